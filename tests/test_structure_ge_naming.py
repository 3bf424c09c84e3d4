"""Round 34 (GE): speakers the page names away from the labels (short snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import (
    _defined_acronym,
    _nicknamed,
    _paper_label,
    _vietnamese_given,
)
from rhetoscope.structure.speakers import Name


@pytest.mark.parametrize(
    ("word", "before", "want"),
    [
        (
            "Sasha",
            "Oleksandra Kovalchuk-Demydenko — Sasha to everyone on the fourth floor — worked",
            "Oleksandra Kovalchuk-Demydenko",
        ),
        ("Sasha", "Oleksandra Kovalchuk-Demydenko met Sasha at the station.", None),
    ],
)
def test_nickname_used_by(word: str, before: str, want: str | None) -> None:
    assert _nicknamed(word, before) == want


@pytest.mark.parametrize(
    ("text", "given", "surname", "want"),
    [
        ("For two decades Nguyễn Thị Thu Hà has measured", "Thu", "Ha", ("Nguyễn", "Thị", "Thu")),
        ("said Tran Van Minh of the institute", "Minh", "Thanh", ("Minh",)),
        ("Pieter Van Jan Dijk spoke", "Jan", "Dijk", ("Jan",)),
    ],
)
def test_vietnamese_full_name(text: str, given: str, surname: str, want: tuple[str, ...]) -> None:
    assert _vietnamese_given(text, given, surname) == want


@pytest.mark.parametrize(
    ("label", "preface", "want"),
    [
        ("OÓB", "Réka Szabó-Kovács (RSK) spoke with Oisín Ó Briain (OÓB) in", "Oisín Ó Briain"),
        ("GT", "the Uruguayan minister spoke with the Global Times (GT)", "Global Times"),
    ],
)
def test_acronym_with_one_letter_word(label: str, preface: str, want: str) -> None:
    assert _defined_acronym(Name((), label, None, True), preface) == want


@pytest.mark.parametrize(
    ("label", "header", "want"),
    [
        ("Lowland Review", "she spoke to Lowland Review about pumps, sand and politics.", True),
        ("Lowland Review", "she spoke to us about pumps.", False),
        ("Maria Lopez", "she spoke to Maria Lopez about pumps.", False),
    ],
)
def test_periodical_label(label: str, header: str, want: bool) -> None:
    assert _paper_label(label, [], header) is want


def test_two_signed_journalists() -> None:
    people = _lead_people_ru("Вопросы задавали Дарья Мельникова и Святослав Ким\n")
    assert {n.display() for _, n in people} >= {"Дарья Мельникова", "Святослав Ким"}


@pytest.mark.parametrize(
    "tail",
    [
        "Newsletter: The Long Read, every Saturday. Sign up ›",
        'Next session: Panel 4, "Water after the drought", 15:30, Main Hall A',
        "Oisín Ó Briain is a freelance writer based in Galway.",
        "About the interviewee\nSzabó-Kovács Réka (b. 1978, Pécs) is a senior research fellow"
        " and editor of the dictionary.",
    ],
)
def test_trailing_furniture(tail: str) -> None:
    body = "Q: Print or online?\n\nA: Online for the users, print for the archive."
    text = f"{body}\n\n{tail}\n"
    assert trailing_start(text) == len(body)
