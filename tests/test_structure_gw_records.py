"""Records of proceedings and press pages (round 37, GW): a dissertation council's officers by
post, a peer's territorial title, a Lords bishop by his see, a press conference's asker in
brackets after "Q:", a justice's double surname, a court's and a radio page's closing lines."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label, parse_name
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Учёный секретарь", "Учёный секретарь"),
        ("Секретарь", "Секретарь"),
        ("Соискатель", "Соискатель"),
    ],
)
def test_council_posts_are_offices(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize(
    ("tokens", "display"),
    [
        ("Lord Hendry of Marsh", "Lord Hendry of Marsh"),
        ("Lord Bassett", "Lord Bassett"),
    ],
)
def test_peer_keeps_territorial_title(tokens: str, display: str) -> None:
    name = parse_name(tokens.split())
    assert name is not None and name.display() == display


def test_lords_bishop_by_see_is_a_label() -> None:
    info = classify_label("The Lord Bishop of St Albans")
    assert info is not None and info.kind is LabelKind.PERSON


_COUNCIL = (
    "СТЕНОГРАММА\nзаседания диссертационного совета 24.2.391.05\n\n"
    "Председатель совета – доктор технических наук, профессор Кузнецов Андрей Викторович.\n"
    "Учёный секретарь – кандидат технических наук, доцент Лаврова Елена Игоревна.\n\n"
    "Повестка дня: защита диссертации Мельниковой Ольги Сергеевны «Прогноз устойчивости».\n\n"
    "Председатель: Заседание объявляется открытым. Слово предоставляется учёному секретарю.\n"
    "Учёный секретарь: В деле соискателя имеются все документы.\n"
    "Председатель: Спасибо. Слово предоставляется соискателю.\n"
    "Соискатель: Уважаемые члены совета! Доклад окончен.\n"
    "Председатель: Спасибо, Ольга Сергеевна. Пожалуйста, вопросы к соискателю.\n"
    "Ершов Б.Н.: На каком объёме замеров получена зависимость?\n"
    "Соискатель: По 312 замерам на двух карьерах.\n"
)


def test_dissertation_council_officers_are_named() -> None:
    got = [(label, speaker) for label, speaker, _ in rows(_COUNCIL)]
    assert got[:5] == [
        ("other", "Андрей Кузнецов"),
        ("statement", "Елена Лаврова"),
        ("other", "Андрей Кузнецов"),
        ("statement", "Ольга Мельникова"),
        ("other", "Андрей Кузнецов"),
    ]
    assert got[-1] == ("answer", "Ольга Мельникова")


_FIA = (
    "2026 Austrian Grand Prix - Thursday press conference transcript\n\n"
    "DRIVERS: Mateo ARRIAGA (Vantage), Jonas WILLEMSEN (Kestrel)\n\n"
    "Q: Mateo, let's start with you. What's changed since Monaco?\n"
    "Mateo ARRIAGA: Honestly, not as much as people think.\n"
    "Q: (Dan Whitcombe – The Race) Jonas, have you spoken to anyone else?\n"
    "Jonas WILLEMSEN: Nice try. I'm happy where I am.\n"
)


def test_asker_in_brackets_after_q() -> None:
    got = rows(_FIA)
    assert got[2][:2] == ("question", "Dan Whitcombe")
    assert got[2][2].startswith("Jonas, have you")


_SCOTUS = (
    "BEFORE: Chief Justice John Roberts; Justices Clarence Thomas, Elena Kagan and Amy Coney "
    "Barrett.\n\nP R O C E E D I N G S\n"
    "CHIEF JUSTICE ROBERTS: We'll hear argument first this morning. Mr. Voss.\n"
    "MR. VOSS: Mr. Chief Justice, and may it please the Court: the release was void.\n"
    "JUSTICE BARRETT: Mr. Voss, does your rule depend on the hospital corridor?\n"
    "MR. VOSS: It would apply in the conference room too, Justice Barrett.\n"
    "CHIEF JUSTICE ROBERTS: Thank you, counsel. The case is submitted.\n"
    "(Whereupon, at 11:02 a.m., the case was submitted.)\n"
)


def test_justice_double_surname_and_closing_line() -> None:
    got = rows(_SCOTUS)
    assert any(r[:2] == ("question", "Amy Coney Barrett") for r in got)
    assert got[-1][2] == "Thank you, counsel. The case is submitted."
