"""Round-28 (EO) naming from the page: legislator and community-head office labels, role labels
told apart by the lead's post words, an abbreviated office, a first-name label in capitals
completed by a Mac- or double-barrelled surname, an old short patronymic, a footnote that
signs the interview."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _patronymic
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> set[tuple[str, str | None]]:
    return {
        (sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns if sp.label != "other"
    }


@pytest.mark.parametrize("label", ["Депутат", "Голова"])
def test_office_labels(label: str) -> None:
    assert classify_label(label).kind is LabelKind.OFFICE


@pytest.mark.parametrize(
    ("word", "expected"), [("Ильич", True), ("Петрович", True), ("Ильин", False)]
)
def test_short_patronymic(word: str, expected: bool) -> None:
    assert _patronymic(word) is expected


CASES = [
    (
        # Two journalists told apart by their posts; "Sen." before the senator's name, whose
        # surname carries lowercase particles.
        "TRANSCRIPT: the rail bill\n\nState Sen. Ana de la Cruz-Whitfield sat down with News 9 "
        "anchor Dee Mitchell and political reporter Kay van Houten on Tuesday.\n\n"
        "ANCHOR: Is it dead?\n\nSENATOR: It is wounded.\n\nREPORTER: How much more?\n\n"
        "SENATOR: Forty million.\n\nANCHOR: Who pays?\n\nSENATOR: That's the fight.\n",
        {
            ("question", "Dee Mitchell"),
            ("question", "Kay van Houten"),
            ("answer", "Ana de la Cruz-Whitfield"),
        },
    ),
    (
        # A deputy's dek in the nominative; a meeting verb names whom the correspondent met,
        # not him; the closing "Беседовал …" names who asks.
        "«Мусор»\n\nДепутат Законодательного собрания Ольга Черных — о полигоне\n\n"
        "Корреспондент «Вечернего Города» встретился с Ольгой Николаевной Черных.\n\n"
        "Журналист: Полигон построят?\n\nДепутат: Построят.\n\n"
        "Журналист: А тарифы?\n\nДепутат: Вырастут.\n\nБеседовал Артём Гусев\n",
        {("question", "Артём Гусев"), ("answer", "Ольга Черных")},
    ),
    (
        # A community head in the instrumental ("з головою громади …"); an outlet's apostrophe
        # inside quotes is no journalist's name.
        "Кореспондент «Голосу Придніпров'я» поговорив з головою громади Оксаною Коваленко.\n\n"
        "Кореспондент: Що найважче?\n\nГолова: Рішення.\n\n"
        "Кореспондент: Звідки гроші?\n\nГолова: З гранту.\n\nРозмовляв Богдан Мельничук\n",
        {("question", "Богдан Мельничук"), ("answer", "Оксана Коваленко")},
    ),
    (
        # First-name labels in capitals, the full names in the title line.
        "Festival transcripts\n\nAnna Benali-Duvernoy in conversation with Ciarán MacGillivray\n\n"
        "CIARÁN: Where did she come from?\n\nANNA: From a ledger.\n\n"
        "CIARÁN: Did you worry?\n\nANNA: Constantly.\n",
        {("question", "Ciarán MacGillivray"), ("answer", "Anna Benali-Duvernoy")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_from_page(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected
