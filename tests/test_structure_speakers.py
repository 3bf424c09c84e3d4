"""Speaker naming: the canonical speaker is the fullest name the text gives for that person.

Batch K (blind, see docs/structure.md) found five naming gaps; each row below pins one mechanism
on a short text, with the cases where the text does *not* name the person kept null/as written.
"""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.model import Document
from rhetoscope.structure.speakers import Name, resolve_names
from rhetoscope.structure.turns import _nominative, _strip_paren

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

RU_QA = "Вопрос: Как дела?\n\n{label} Хорошо.\n\nВопрос: {q}\n\n{label} Посмотрим.\n"


def run(text: str) -> Document:
    return PIPELINE(read_text(text))


def speakers(text: str) -> list[str | None]:
    return [t.attrs["speaker"] for t in run(text).layer("turns")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Initials label, full name in a possessive header (Latin script).
        (
            "Vladimir Putin's interview with Rossiya TV\n\nP. Zarubin: Why now?\n\n"
            "V. Putin: Because.\n\nP. Zarubin: And then?\n\nV. Putin: We will see.\n",
            ["P. Zarubin", "Vladimir Putin", "P. Zarubin", "Vladimir Putin"],
        ),
        # Initials label, full name only in the body, in the genitive.
        (
            "Интервью газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Что думает команда Сергея Лаврова?"),
            [None, "Сергей Лавров", None, "Сергей Лавров"],
        ),
        # Given name and patronymic agreeing with both initials.
        (
            "Интервью С.В.Лаврова газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Сергей Викторович, а дальше?"),
            [None, "Сергей Лавров", None, "Сергей Лавров"],
        ),
        # A patronymic that disagrees with the second initial names someone else.
        (
            "Интервью С.В.Лаврова газете «Труд»\n\n"
            + RU_QA.format(label="С.В.Лавров:", q="Сергей Петрович, а дальше?"),
            [None, "С.В. Лавров", None, "С.В. Лавров"],
        ),
        # Two different full names with the same initial: no guess.
        (
            "Интервью газете «Труд»\n\n"
            + RU_QA.format(label="С.Лавров:", q="Сергей Лавров или Семён Лавров?"),
            [None, "С. Лавров", None, "С. Лавров"],
        ),
        # Nothing in the text names the person: the initials stay.
        (
            "Интервью газете «Труд»\n\n" + RU_QA.format(label="Д.Песков:", q="А дальше?"),
            [None, "Д. Песков", None, "Д. Песков"],
        ),
        # Russian instrumental: "беседа с Марией Захаровой".
        (
            "Беседа с Марией Захаровой в эфире радио «Спутник»\n\n"
            + RU_QA.format(label="М.В.Захарова:", q="А дальше?"),
            [None, "Мария Захарова", None, "Мария Захарова"],
        ),
        # "X told the BBC's Y": a header naming a person twice still names one person.
        (
            "Kaja Kallas told the BBC's Laura Kuenssberg about drones\nSunday with Laura "
            "Kuenssberg\n\nLK: Ready?\n\nKK: Getting there.\n\nLK: When?\n\nKK: Soon.\n",
            ["Laura Kuenssberg", "Kaja Kallas", "Laura Kuenssberg", "Kaja Kallas"],
        ),
        # state.gov "Interview with X of <broadcaster acronym> <show>": X asks.
        (
            "Secretary Rubio's Interview with Margaret Brennan of CBS Face the Nation\n"
            "Secretary of State Marco Rubio\n\nQUESTION: Will it hold?\n\n"
            "SECRETARY RUBIO: It will.\n\nQUESTION: Who disarms Hamas?\n\n"
            "SECRETARY RUBIO: A force.\n",
            ["Margaret Brennan", "Marco Rubio", "Margaret Brennan", "Marco Rubio"],
        ),
        # "… with X of <country>" names no interviewer.
        (
            "Remarks by Secretary Rubio in a Meeting with Mark Carney of the UK Delegation\n\n"
            "QUESTION: Will it hold?\n\nSECRETARY RUBIO: It will.\n\nQUESTION: When?\n\n"
            "SECRETARY RUBIO: Soon.\n",
            [None, "Secretary Rubio", None, "Secretary Rubio"],
        ),
        # A journalist after an outlet's possessive asks, whatever the preposition.
        (
            "Secretary Rubio's Interview with CNN's Jake Tapper\n\nQUESTION: Will it hold?\n\n"
            "SECRETARY RUBIO: It will.\n\nQUESTION: When?\n\nSECRETARY RUBIO: Soon.\n",
            ["Jake Tapper", "Secretary Rubio", "Jake Tapper", "Secretary Rubio"],
        ),
        (
            "Interview of President of Ukraine Volodymyr Zelenskyy with Fox News' Bret Baier\n\n"
            "Journalist: Disappointed?\n\nPresident: No.\n\nJournalist: Ceasefire?\n\n"
            "President: Yes.\n",
            ["Bret Baier", "Volodymyr Zelenskyy", "Bret Baier", "Volodymyr Zelenskyy"],
        ),
        # A country's possessive is a determiner: Orban answers, the asker is unknown.
        (
            "Interview with Hungary's Viktor Orban\n\nQ: Why?\n\nA: Because.\n\nQ: When?\n\n"
            "A: Now.\n",
            [None, "Viktor Orban", None, "Viktor Orban"],
        ),
    ],
    ids=[
        "initials-possessive-header",
        "initials-genitive-body",
        "initials-patronymic",
        "patronymic-disagrees",
        "two-full-names",
        "never-named",
        "instrumental-given-name",
        "header-names-twice",
        "interviewer-of-broadcaster",
        "with-x-of-country",
        "outlet-possessive-journalist",
        "outlet-plural-possessive",
        "country-possessive",
    ],
)
def test_fullest_name_the_text_gives(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


def test_dash_dialogue_answerer_completed_from_address() -> None:
    text = (
        "Интервью Министра иностранных дел России С.В.Лаврова газете «Коммерсант»\n\n"
        "— Сергей Викторович, как Вы оцениваете переговоры?\n\n— Это был полезный разговор.\n\n"
        "— А что дальше?\n\n— Продолжим работу.\n"
    )
    assert speakers(text) == [None, "Сергей Лавров", None, "Сергей Лавров"]


@pytest.mark.parametrize(
    ("word", "nominative"),
    [
        ("Марией", "Мария"),
        ("Натальей", "Наталья"),
        ("Владимиром", "Владимир"),
        ("Павлом", "Павел"),
        ("Захаровой", "Захарова"),
        ("Сергея", "Сергей"),
        ("Алексей", "Алексей"),
    ],
)
def test_nominative(word: str, nominative: str) -> None:
    assert _nominative(word) == nominative


@pytest.mark.parametrize(
    ("label", "written"),
    [
        ("HOLT (voice-over)", "HOLT"),
        ("SEN. JOHN THUNE (R-SD), MAJORITY LEADER", "SEN. JOHN THUNE (R-SD), MAJORITY LEADER"),
        ("Mr. Nebenzia (Russian Federation) (spoke in Russian)", "Mr. Nebenzia"),
        ("[00:01:02] Hannah Cole", "Hannah Cole"),
    ],
)
def test_speaker_label_keeps_inner_parentheticals(label: str, written: str) -> None:
    assert _strip_paren(label) == written


def test_header_people_deduplicated_for_initialisms() -> None:
    laura = Name(given=("Laura",), surname="Kuenssberg", title=None, caps=False)
    lk = Name(given=(), surname="LK", title=None, caps=True)
    canon = resolve_names([lk], [], [laura, laura])
    assert canon[lk] == "Laura Kuenssberg"


@pytest.mark.parametrize(
    ("header", "date"),
    [
        (
            'This is a rush transcript of "This Week" airing Sunday, October 26, 2025 on ABC News.',
            "2025-10-26",
        ),
        # A long sentence that is no transcript notice dates news, not the document.
        ("The minister said that the talks held on October 26, 2025 in Geneva were useful.", None),
    ],
)
def test_broadcast_notice_dates_the_transcript(header: str, date: str | None) -> None:
    text = f"Transcript\n{header}\n\nHOST: Why?\n\nGUEST: Because.\n\nHOST: When?\n\nGUEST: Now.\n"
    assert run(text).meta.date == date
