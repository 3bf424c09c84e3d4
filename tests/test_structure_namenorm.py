"""Check AG: a speaker read as the right person in the wrong form (name forms of speakers)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = _PIPE(read_text(text, source="case.txt"))
    return [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]


def _briefing(lead: str, label: str) -> str:
    return (
        "TRANSCRIPT: Post-Cabinet Media Briefing\n"
        "Thursday 19th February, 2026\n\n"
        f"{lead}\n\n"
        "PRIME MINISTER: Thank you, and good afternoon everyone. The Minister will give you "
        "the details of what Cabinet approved today.\n\n"
        f"{label}: Thank you, Prime Minister. Over the next eighteen months we will complete "
        "the first phase of the programme.\n\n"
        "REPORTER: When will the work actually start?\n\n"
        f"{label}: The tender closes at the end of March, and we expect work to begin by July.\n"
    )


@pytest.mark.parametrize(
    ("lead", "label", "speaker"),
    [
        # An office's portfolio runs from "of" to the name: its last word is no given name
        # (office × portfolio length × label in capitals or title case).
        (
            "Prime Minister Ruth Ellery, joined by Minister of Public Utilities Barry Padarath, "
            "addressed members of the media.",
            "MINISTER PADARATH",
            "Barry Padarath",
        ),
        (
            "Prime Minister Ruth Ellery was joined by Minister of National Infrastructure "
            "Mark Tolan, who answered questions on the roads programme.",
            "Minister Tolan",
            "Mark Tolan",
        ),
        (
            "Prime Minister Ruth Ellery and Secretary of State Enterprises Grace Okoro "
            "addressed the media.",
            "SECRETARY OKORO",
            "Grace Okoro",
        ),
        # (unless the page also writes that word right after a title: a double given name)
        (
            "Prime Minister Ruth Ellery and Minister of Foreign Affairs José Manuel Albares "
            "held talks. The Prime Minister welcomed Minister José Manuel Albares to Amman.",
            "MINISTER ALBARES",
            "José Manuel Albares",
        ),
        # A capitals header sets a three-word name whole after a style (style × name shape
        # × label in capitals or title case).
        (
            "PRESS CONFERENCE BY THE PRIME MINISTER AND THE MINISTER FOR SUGAR INDUSTRY, "
            "HON. CHARAN JEATH SINGH",
            "MINISTER SINGH",
            "Charan Jeath Singh",
        ),
        (
            "MEDIA BRIEFING WITH THE MINISTER OF FISHERIES, HON. MARIA LUISA FONTANA",
            "Minister Fontana",
            "Maria Luisa Fontana",
        ),
        # An office label of two surnames the lead writes after a style with one given name
        # more (double surname × style × label in capitals or title case).
        (
            "Education Minister, Hon. Dana Morris Dixon, and Dr. Kasan Troupe updated "
            "journalists on the reopening of schools.",
            "MINISTER MORRIS DIXON",
            "Dana Morris Dixon",
        ),
        (
            "Foreign Affairs Minister, Senator the Hon. Kamina Johnson Smith, briefed the "
            "media on the summit.",
            "Minister Johnson Smith",
            "Kamina Johnson Smith",
        ),
    ],
)
def test_office_label_name_form(lead: str, label: str, speaker: str) -> None:
    turns = _speakers(_briefing(lead, label))
    named = {sp for lab, sp in turns if lab in ("statement", "answer")} - {None}
    assert speaker in named
    assert all(speaker.split()[-1] not in sp or sp == speaker for sp in named)


def _korean(byline: str, guest: str, q: str, a: str) -> str:
    return (
        "Startup bets on care robots as the country grays faster than expected\n\n"
        "Published: 26 Jan. 2026, 07:00\n\n"
        f"{byline}\n\n"
        f"Its CEO, {guest}, a former engineer, sat down with the paper to talk about the "
        "company's pilots, funding and plans.\n\n"
        f"{q} What does the robot actually do?\n\n"
        f"{a} It handles transfers, moving a patient from bed to wheelchair.\n\n"
        f"{q} How many are in use?\n\n"
        f"{a} Forty-two units in 11 nursing homes in Seoul and Gyeonggi.\n"
    )


@pytest.mark.parametrize(
    ("byline", "guest", "q", "a", "asker"),
    [
        # A hyphened given name recased from a capitals byline takes the page's way with such
        # names (byline form × guest's name × label style).
        ("BY KIM JI-HYE [kim.jihye@example.co.kr]", "Yoon Seo-jin", "Q.", "A.", "Kim Ji-hye"),
        ("BY PARK SO-YEON", "Lee Min-ho", "Q:", "A:", "Park So-yeon"),
        ("BY HSIAO YU-TING", "Chen Wei-lun", "Q.", "A.", "Hsiao Yu-ting"),
    ],
)
def test_byline_syllable_casing(byline: str, guest: str, q: str, a: str, asker: str) -> None:
    turns = _speakers(_korean(byline, guest, q, a))
    assert [sp for lab, sp in turns if lab == "question"] == [asker, asker]


def _headlined(rubric: str, name: str, vocative: str, lead: str) -> str:
    return (
        "Футзал / Україна\n\n"
        f"{rubric} {name}: «Ми граємо у залі, де взимку +8, але команда не розбіглася»\n\n"
        "Ігор Бондар\n22 січня 2026, 14:27\n\n"
        f"{lead}\n\n"
        f"{vocative}, «Кристал» після першого кола на шостому місці. Це ваш максимум?\n\n"
        "Ні, я так не вважаю. Ми втратили щонайменше п'ять очок у матчах, які контролювали.\n\n"
        "Кажуть, у вашому залі взимку дуже холодно. Це правда?\n\n"
        "Правда. Бувало +8. Суперники жартують, що це наша домашня перевага.\n\n"
        "Яка мета на друге коло?\n\n"
        "Зачепитися за плей-оф. У нас буде п'ять домашніх матчів із дев'яти.\n"
    )


@pytest.mark.parametrize(
    ("rubric", "name", "vocative", "lead"),
    [
        # A headline's rubric in capitals with a full stop is no part of the name (rubric ×
        # name shape).
        (
            "ІНТЕРВ'Ю.",
            "Тарас Гнатишин",
            "Тарасе",
            "Головний тренер клубу «Кристал» Тарас Гнатишин розповів про сезон в Екстра-лізі.",
        ),
        (
            "ЕКСКЛЮЗИВ.",
            "Олег Коваль-Сидоренко",
            "Олеже",
            "Головний тренер клубу «Кристал» Олег Коваль-Сидоренко розповів про сезон в "
            "Екстра-лізі.",
        ),
    ],
)
def test_headline_rubric_dropped(rubric: str, name: str, vocative: str, lead: str) -> None:
    turns = _speakers(_headlined(rubric, name, vocative, lead))
    assert {sp for lab, sp in turns if lab == "answer"} == {name}
