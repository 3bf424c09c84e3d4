# ruff: noqa: E501
"""Small cases for batch VN VO (Check T): an agency's own label ("TASS:") under a credit line of
its own ("Interviewed by …") asks as the credited journalist; a Baltic site's English Q&A under
"Q:" asks as its writer, a name with its own letters over an ISO stamp; a lead's moderator named
after a post in lower case ("moderated by the conference chair, Martina Huber") is the
"Moderator:" label; a reporter's introduction with a broadcaster's standing in lower case
("Hungarian public radio"); a press conference chaired by a journalist under her own name, whose
bare "Запитання:" are the reporters' who introduce themselves; a Lithuanian tag field ("Žymės:")
under the last answer is no one's words."""

import pytest

from structure_support import turn_rows

_AGENCY = """TASS
Russian News Agency
Russian Politics & Diplomacy    World    Business & Economy    Society & Culture    Sports

Moscow open to resuming fisheries talks with Oslo — envoy

"The door is not closed," Pavel Sorokin said

World
April 2, 2026, 10:40

Russian Ambassador to Norway Pavel Sorokin in an interview with TASS spoke about fisheries and the grain corridor.

Interviewed by Darya Kovalenko

TASS: Mr. Ambassador, when did the working group last meet?

Sorokin: In the autumn of 2023. Since then there have been only contacts at the expert level.

TASS: Is there a chance it meets this year?

Sorokin: We are ready. The decision is up to our Norwegian colleagues.
"""

_ISO_BYLINE = """LRT ENGLISH
News    Politics    Economy
LT | RU | EN

Interview | Latvian minister: the port of Liepāja can double its container traffic

Rūta Petrauskaitė
2026-05-11 09:40

Photo: LRT / Jonas Jonaitis

Latvia's Minister of Transport Andris Kalniņš visited Vilnius this week to discuss rail freight. In an interview with Lrytas, he spoke about the ports of the Baltic coast and the gauge problem.

Q: How much cargo goes through Liepāja today?

A. Kalniņš: About seven million tonnes a year, most of it timber and grain.

Q: And what stops it from growing?

A. Kalniņš: The railway link. That is the whole story.
"""

_MODERATED = """Office of the President
English

Address at the Baltic Energy Forum in Tallinn
12 March 2026 - 11:00

The President addressed the Baltic Energy Forum in Tallinn and answered questions. The discussion was moderated by the forum director, Piret Tamm.

Volodymyr Zelenskyy: Thank you. Dear friends, our grid held this winter.

Moderator: Thank you, Mr. President. Questions, please.

Question: Marek Nowak, Polish public radio. Will Ukraine export power to Poland next year?

Volodymyr Zelenskyy: Yes, if our plants are protected. We are ready.

Question: But would Warsaw pay the market price?

Volodymyr Zelenskyy: That is for our companies to agree.

Moderator: Thank you very much.
"""

_PRESS = """Укрінформ
Пресцентр
Одеса готує укриття для шкіл
14.09.2025 12:10

У пресцентрі Укрінформу в Одесі відбулася пресконференція про підготовку шкіл. Участь у ній взяв директор департаменту освіти Ігор Коваль. Модерувала пресконференцію журналістка Укрінформу Ірина Дуб.

Ірина Дуб: Добрий день, колеги. Пане Ігоре, будь ласка.

Ігор Коваль: Дякую. Цього року ми обладнали 120 укриттів у школах міста.

Ірина Дуб: Дякую. Переходимо до запитань.

Запитання: Суспільне Одеса, Ольга Бойко. Скільки шкіл ще не мають укриттів?

Ігор Коваль: Одинадцять. Їх добудують до грудня.

Запитання: А дитячі садки?

Ігор Коваль: Там ситуація краща, укриття мають усі.

Ірина Дуб: Дякуємо всім.
"""

_TAGS = """DELFI EN
Lithuania    Politics    Economy

Interview | Minister: we will finish the bridge by spring

Jonas Kazlauskas
2026-04-20 11:15

Lithuania's transport minister Tomas Petraitis spoke to Delfi about the new bridge in Kaunas.

Q: When will the bridge open?

T. Petraitis: In the spring, if the weather lets us pour the concrete in March.

Delfi
Žymės: Kaunas, bridge, transport
"""


@pytest.mark.parametrize(
    ("page", "index", "speaker"),
    [
        # the agency's label asks as the credit line's journalist
        (_AGENCY, 1, "Darya Kovalenko"),
        (_AGENCY, 3, "Darya Kovalenko"),
        # "Q:" asks as the writer over the ISO stamp
        (_ISO_BYLINE, 1, "Rūta Petrauskaitė"),
        # the lead's moderator, named after her post in lower case
        (_MODERATED, 2, "Piret Tamm"),
        (_MODERATED, 7, "Piret Tamm"),
        # "…, Polish public radio." names the reporter
        (_MODERATED, 3, "Marek Nowak"),
        # the chair speaks under her own name; the floor introduces itself
        (_PRESS, 4, "Ольга Бойко"),
    ],
)
def test_speaker(page: str, index: int, speaker: str) -> None:
    rows = turn_rows(page)
    assert rows[index][1] == speaker, rows


def test_press_conference_statements() -> None:
    rows = turn_rows(_PRESS)
    assert [r[0] for r in rows[1:4]] == ["other", "statement", "other"]


def test_tag_field_cut() -> None:
    rows = turn_rows(_TAGS)
    assert rows[-1][2].endswith("pour the concrete in March."), rows[-1]
