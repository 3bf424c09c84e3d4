"""Speakers named from the page around the labels: closing credits, oblique-case leads, rosters,
show notes, masthead initials; and the trailing notes under the last turn."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.header import _header_people
from rhetoscope.structure.naming import _complete_from_header, _nicknamed, _rostered
from rhetoscope.structure.speakers import Name


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(
        read_text(text, source="x.txt")
    )
    return [(s.label, s.attrs.get("speaker")) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("surname", "lead", "want"),
    [
        # a woman's adjectival double-barrelled surname in the instrumental
        (
            "Кушнир-Ярошевская",
            "С Анной Кушнир-Ярошевской, которая руководит музеем, мы поговорили о фондах.",
            "Анна Кушнир-Ярошевская",
        ),
        # the Ukrainian instrumental "-ською"
        ("Вишневська", "Розмова з Оленою Вишневською про театр.", "Олена Вишневська"),
    ],
)
def test_feminine_adjectival_surname_from_oblique_lead(surname: str, lead: str, want: str) -> None:
    found = _complete_from_header([Name((), surname, None, False)], lead)
    assert [n.display() for n in found] == [want]


@pytest.mark.parametrize(
    ("word", "before", "want"),
    [
        (
            "Abood",
            'This week\'s guest is Abdulrahman "Abood" Abu Sitta, a baker from Amman.',
            "Abdulrahman Abu Sitta",
        ),
        ("Sandro", 'Aleksandre "Sandro" Beridzeshvili exports wine.', "Aleksandre Beridzeshvili"),
    ],
)
def test_quoted_nickname_keeps_particled_surname(word: str, before: str, want: str) -> None:
    assert _nicknamed(word, before) == want


@pytest.mark.parametrize(
    ("speaker", "header", "want"),
    [
        (
            "José de la Fuente",
            "Panellists: Serhiy Hrytsenko-Lis (SES); Rear Admiral (ret.) María José de la Fuente"
            " y Ortega (Spanish Navy); Tomás Ó Briain (NATO)\n",
            "María José de la Fuente y Ortega",
        ),
        # a plural office before the name is no given name
        (
            "Alan Ng",
            "Participants: Board Chair Rita Gomez; Trustees Alan Ng and Maria Soto.\n",
            "Alan Ng",
        ),
        (
            "Serhiy Hrytsenko-Lis",
            "Panellists: Serhiy Hrytsenko-Lis (SES)\n",
            "Serhiy Hrytsenko-Lis",
        ),
    ],
)
def test_roster_line_writes_name_in_full(speaker: str, header: str, want: str) -> None:
    assert _rostered(speaker, header) == want


def test_sentence_initial_particle_is_no_given_name() -> None:
    header = (
        "Europe · Energy · Interview\n\n"
        "STRASBOURG — Energy Commissioner Annelie von Roth-Kessler sat down with Courant"
        " correspondents Chidi Okafor and Léa Baptiste. Von Roth-Kessler's office asked that"
        " the conversation be transcribed in full.\n"
    )
    assert all(n.given != ("Von",) for _, n in _header_people(header))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a plural Ukrainian signature names both interviewers
        (
            "Галицький оглядач\n\nНіно Гварамадзе: «Переклад — це еміграція»\n\n"
            "Ярина: Пані Ніно, почнемо з простого: як ви опинилися у Львові?\n\n"
            "Гварамадзе: Через кохання. Я думала, що приїду на рік.\n\n"
            "Богдан: А залишилися на десять?\n\n"
            "Гварамадзе: На десять і, здається, назавжди.\n\n"
            "Ярина: Що ви перекладаєте зараз?\n\n"
            "Гварамадзе: Поезію сучасних українських авторок.\n\n"
            "Богдан: Дякуємо за розмову?\n\n"
            "Гварамадзе: Дякую вам.\n\n"
            "Розмовляли Ярина Кульчицька та Богдан Стецьків\n",
            {"Ярина Кульчицька", "Богдан Стецьків", "Ніно Гварамадзе"},
        ),
        # a patronymic nickname label completed from a dative lead
        (
            "Люди района\n\n«Трактор я чиню быстрее»\n\n"
            "Николаю Петровичу Саврасову из села Ключи исполнилось семьдесят.\n\n"
            "Автор: Игорь Мкртчян\n\n"
            "И. М.: Николай Петрович, с юбилеем! Семьдесят — это много?\n\n"
            "Петрович: Спасибо. Для трактора много, для человека нормально.\n\n"
            "И. М.: Вы пришли в совхоз сразу после армии?\n\n"
            "Петрович: В семьдесят шестом. Дали мне старый трактор.\n",
            {"Игорь Мкртчян", "Николай Саврасов"},
        ),
    ],
)
def test_speakers_named_from_page(text: str, want: set[str]) -> None:
    assert {sp for _, sp in _speakers(text) if sp} == want


def test_trailing_signup_and_transcript_note_end_the_last_turn() -> None:
    text = (
        "The Ledgerpoint | Markets\n\nInterview\n\nBy Rory Quinn\n\n"
        "LP: Do you still walk the quay every morning?\n\n"
        "Tsang: Most mornings, yes, at six.\n\n"
        "LP: Why?\n\n"
        "Tsang: The night shift tells me more than any dashboard does.\n\n"
        "This interview has been edited for length and clarity.\n\n"
        "Sign up for The Ledgerpoint Asia Briefing — every weekday at 7 a.m. HKT.\n"
    )
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(
        read_text(text, source="x.txt")
    )
    last = list(doc.layer("turns"))[-1]
    assert doc.text[last.start : last.end].endswith("any dashboard does.")
