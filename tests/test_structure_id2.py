"""Check N, batch TF: a tag row under a photo credit is no caption naming the interviewee; a
spokesperson's call of an agency ("Next question, Agence Europe.") names no asker; a four-word
label the page uses elsewhere keeps its turn when the space after its colon is lost."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

RIA = """РИА Новости

Петров: урожай зерна в Сибири может вырасти на пятую часть

10:15 03.03.2026

{lead}

— Олег Иванович, каким будет урожай в этом году?

{answer}

— Хватит ли элеваторов?

— В регионе строятся три новых элеватора, к осени они должны заработать.

— Подорожает ли хлеб?

— Цены на хлеб зависят от многих факторов, и мы следим за ними.

Фото: Олег Петров. © РИА Новости / Иван Сидоров

{tags}
"""

EC = """European Commission - Press corner

Remarks by Commissioner Lindqvist at the press conference on the water resilience plan

Commissioner Erik Lindqvist: Good afternoon. Today we present the water resilience plan.

Spokesperson Maria Ferreira: Thank you. The first question, Hanna Weber.

Question: Commissioner, how much money is behind the plan?

Commissioner Erik Lindqvist: Fifteen billion euros over five years.

Spokesperson Maria Ferreira: Next question, {outlet}.

Question: Will the plan cover drought insurance for farmers?

Commissioner Erik Lindqvist: It will, through the national programmes.
"""

LEAD = (
    "НОВОСИБИРСК, 3 мар — РИА Новости. О посевной, ценах на хлеб и новых элеваторах заместитель"
    " министра сельского хозяйства Олег Петров рассказал в интервью РИА Новости. Беседовала"
    " Мария Смирнова."
)
ANSWER = (
    "— Аграрии ждут около 15 миллионов тонн, это на пятую часть больше, чем в прошлом сезоне."
    " Но все решит погода в августе."
)

NATO = """NATO Press Conference

Deputy Spokesperson Tom Reilly: Good morning. The Secretary General will take questions.

NATO Secretary General Mark Rutte: Thank you, Tom. Ministers agreed on the new plans today.

Deputy Spokesperson Tom Reilly: We'll start with AFP.

Question [Anne Morel – AFP]: Secretary General, how many Allies will send ships?

NATO Secretary General Mark Rutte: Seven Allies have offered ships so far.

{glued}Next question, please.

Question [Jan Kowal – TVN]: Did Ministers agree on air defence?

NATO Secretary General Mark Rutte: Yes, they did.
"""


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(s.label, s.attrs["speaker"], text[s.start : s.end]) for s in analyse(text).turns]


@pytest.mark.parametrize(
    ("tags", "answerer"),
    [
        # a tag row of double-spaced cells under the credit: "Экономика  Алтайский" is no name
        ("Экономика  Алтайский край  Минсельхоз  Олег Петров", "Олег Петров"),
        ("Зерно  Сибирский  федеральный округ  Олег Петров", "Олег Петров"),
    ],
)
def test_tag_row_under_credit_names_no_interviewee(tags: str, answerer: str) -> None:
    page = RIA.replace("{lead}", LEAD).replace("{answer}", ANSWER)
    turns = _turns(page.replace("{tags}", tags))
    answers = [t for t in turns if t[0] == "answer"]
    assert len(answers) == 3
    assert {t[1] for t in answers} == {answerer}


@pytest.mark.parametrize(
    ("outlet", "asker"),
    [
        ("Agence Europe", None),
        ("Agencia Noticias", None),
        ("Agenzia Nova", None),
    ],
)
def test_agency_called_names_no_asker(outlet: str, asker: str | None) -> None:
    turns = _turns(EC.replace("{outlet}", outlet))
    drought = next(t for t in turns if t[2].startswith("Will the plan cover"))
    assert drought[0] == "question"
    assert drought[1] == asker


@pytest.mark.parametrize(
    "glued",
    ["Deputy Spokesperson Tom Reilly:", "NATO Deputy Spokesperson Reilly:"],
)
def test_glued_four_word_label_keeps_turn(glued: str) -> None:
    # the spokesperson's label as the page writes it elsewhere, glued to the words once
    text = NATO.replace("Deputy Spokesperson Tom Reilly:", glued).replace("{glued}", glued)
    turns = _turns(text)
    floor = [t for t in turns if t[2] == "Next question, please."]
    assert len(floor) == 1
    assert floor[0][0] == "other"
    assert any(t[2] == "Seven Allies have offered ships so far." for t in turns)
