"""Check AF, the byline matrix's residue: byline askers and lead guests.

Each case composes at least two independent layout parts (a header with or without a masthead
line, a byline shape at the top or the end, a lead's verb, and the label style of the questions
and answers) and asserts who asks and who answers.
"""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns"])


def _speakers(text: str) -> dict[str, set[str | None]]:
    doc = _PIPE(read_text(text, source="bymx2.txt"))
    out: dict[str, set[str | None]] = {"question": set(), "answer": set()}
    for t in doc.layer("turns"):
        if t.label in out:
            out[t.label].add(t.attrs.get("speaker"))
    return out


def _qa(q: str, a: str, pairs: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"{q}{x}\n\n{a}{y}\n\n" for x, y in pairs)


EN_PAIRS = (
    (
        "How many ferries still run on the northern route?",
        "Four, down from nine before the storm season began last year.",
    ),
    (
        "When will the new pier open?",
        "In June if the steel arrives on time, which it usually does not.",
    ),
    ("Who pays for the repairs?", "The port authority and the regional budget, half each."),
)
RU_PAIRS = (
    ("Сколько паромов сейчас ходит на север?", "Четыре, раньше было девять, но зимой шторма."),
    ("Когда откроют новый причал?", "В июне, если металл привезут вовремя, что бывает редко."),
    ("Кто платит за ремонт?", "Порт и областной бюджет, пополам."),
)
UK_PAIRS = (
    ("Скільки поромів зараз ходить на північ?", "Чотири, раніше було дев'ять, але взимку шторми."),
    ("Коли відкриють новий причал?", "У червні, якщо метал привезуть вчасно, що буває рідко."),
    ("Хто платить за ремонт?", "Порт і обласний бюджет, навпіл."),
)

CASES = [
    # no masthead line (a menu row only) × "told The …" lead × the masthead's initials label ×
    # anonymous "A:" answers: the initials stand for the outlet the lead names, the byline asks;
    # the lead's "The Harbour Ledger" is no guest.
    pytest.param(
        "Home   News   Interviews   Opinion\n\nFerries return to the north\n\n"
        "By Tomas Reyes\n\nThe storm season cut the northern ferry route in half. Port director "
        "Helen Okafor told The Harbour Ledger when the new pier will open.\n\n"
        + _qa("THL: ", "A: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="initials-label-no-masthead-told-The",
    ),
    # no header × bare byline over a date × a capitals word of the lead's outlet as the label
    pytest.param(
        "Ferries return to the north\n\nTomas Reyes\n\n04.02.2026 10:15\n\nThe storm season "
        "cut the northern ferry route in half. Port director Helen Okafor told The Harbour "
        "Ledger when the new pier will open.\n\n" + _qa("LEDGER: ", "A: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="masthead-word-label-no-masthead",
    ),
    # the writer's own voice ("I sat down with") × a "The …" label no masthead line spells ×
    # anonymous "A:" answers
    pytest.param(
        "Ferries return to the north\n\nBy Tomas Reyes\n\nThe storm season cut the northern "
        "ferry route in half. I sat down with port director Helen Okafor at her office to ask "
        "when the new pier will open.\n\n" + _qa("The Harbour Ledger: ", "A: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="first-person-lead-The-label",
    ),
    # a Russian closing "Текст:" credit under the last answer × a masthead × dash turns
    pytest.param(
        "Северный вестник\n\n«Паромы вернутся на север»\n\n4 февраля 2026\n\nДиректор порта "
        "Елена Окунева рассказала «Северному вестнику», когда откроют новый причал.\n\n"
        + _qa("— ", "— ", RU_PAIRS)
        + "\nТекст: Томас Рейес\n",
        "Томас Рейес",
        "Елена Окунева",
        id="ru-closing-text-credit",
    ),
    # a Ukrainian "Текст:" credit closing the page × a masthead × dash turns
    pytest.param(
        "Північний вісник\n\nПороми повертаються на північ\n\n4 лютого 2026\n\nДиректорка "
        "порту Олена Окунева розповіла Північному віснику, коли відкриють новий причал.\n\n"
        + _qa("— ", "— ", UK_PAIRS)
        + "\nТекст: Тарас Рейко\n",
        "Тарас Рейко",
        "Олена Окунева",
        id="uk-closing-text-credit-dash",
    ),
    # the Ukrainian "нашому виданню" lead, the dative before its verb × a bare byline ×
    # "Запитання:" / "Відповідь:" labels
    pytest.param(
        "Північний вісник\n\nПороми повертаються на північ\n\nТарас Рейко\n\nЯк порт "
        "готується до літа, нашому виданню розповіла директорка порту Олена Окунева.\n\n"
        + _qa("Запитання: ", "Відповідь: ", UK_PAIRS),
        "Тарас Рейко",
        "Олена Окунева",
        id="uk-nashomu-vydanniu-lead-labels",
    ),
    # a guest with an institution after "of" × the masthead told × anonymous answers
    pytest.param(
        "Harbour Ledger\n\nFerries return to the north\n\nBy Tomas Reyes\n\nPort engineer Helen "
        "Okafor of the Northern Institute for Coastal Studies told Harbour Ledger when the "
        "new pier will open.\n\n" + _qa("Q: ", "A: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="guest-of-institution",
    ),
    # a guest with two comma posts × "spoke to" the masthead × a menu under the masthead
    pytest.param(
        "Harbour Ledger\nHome  Business  Ports  Travel\n\nFerries return to the north\n\n"
        "By Tomas Reyes\n\nHelen Okafor, director of North Sound Ferries, an operator owned by "
        "three coastal towns, spoke to Harbour Ledger about the new pier.\n\n"
        + _qa("Q: ", "A: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="guest-two-comma-posts-spoke-to-masthead",
    ),
    # "In an interview with" the masthead × a guest at a university × "Answer:" labels
    pytest.param(
        "Harbour Ledger\n\nFerries return to the north\n\nTomas Reyes\n\nIn an interview with "
        "Harbour Ledger, Helen Okafor, an engineer at Coastal Sound University, explained "
        "when the new pier will open.\n\n" + _qa("Question: ", "Answer: ", EN_PAIRS),
        "Tomas Reyes",
        "Helen Okafor",
        id="interview-with-masthead-guest-at-university",
    ),
    # a Cyrillic guest after a post, an adverbial before the verb × "Вопрос:"/"Ответ:" labels
    pytest.param(
        "Северный вестник\n\n«Паромы вернутся на север»\n\n4 февраля 2026\n\nТекст: Томас Рейес"
        "\n\nИнженер Елена Окунева девять лет строит причалы. «Северный вестник» расспросил её о "
        "новом причале.\n\n" + _qa("Вопрос: ", "Ответ: ", RU_PAIRS),
        "Томас Рейес",
        "Елена Окунева",
        id="ru-cyrillic-guest-anonymous-labels",
    ),
]


@pytest.mark.parametrize(("text", "asker", "guest"), CASES)
def test_byline_asker_and_lead_guest(text: str, asker: str, guest: str) -> None:
    got = _speakers(text)
    assert got["question"] == {asker}
    assert got["answer"] == {guest}
