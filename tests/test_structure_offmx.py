"""Office labels at briefings resolved by who the page says holds them (the office matrix,
benchmarks/structure_office_matrix.py): each case composes an office label's shape with how
the page names its holder and the askers."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns"])


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    doc = _PIPE(read_text(text, source="offmx.txt"))
    return [(doc.span_text(t)[:24], t.attrs.get("speaker"), t.label) for t in doc.layer("turns")]


def _page(header: str, label: str, q: str, intros: tuple[str, str] = ("", "")) -> str:
    return (
        f"{header}\n\n"
        f"{q}: {intros[0]}Will the cargo checks start before the summer?\n\n"
        f"{label}: They start in June at the two northern ports first.\n\n"
        f"{q}: {intros[1]}And the cost of the new scanners?\n\n"
        f"{label}: The fund pays for them, not the port operators.\n"
    )


@pytest.mark.parametrize(
    ("header", "label", "q", "holder"),
    [
        # An agency's acronym before a compound office, all in capitals: named by the title …
        (
            "Press conference by the OPCW Director-General, Rafael Moreno\n\n4 May 2026",
            "OPCW DIRECTOR-GENERAL",
            "Q",
            "Rafael Moreno",
        ),
        # … by a lead that writes the acronym after the post …
        (
            "Briefing\n\nThe Secretary-General of NATO, Mark Hollis, met the press in Brussels.",
            "NATO SECRETARY-GENERAL",
            "QUESTION",
            "Mark Hollis",
        ),
        # … by a speakers line that writes it after the post …
        (
            "Press conference\n\nSpeakers: Joanna Pike, Director-General, WHO",
            "WHO DIRECTOR-GENERAL",
            "Q",
            "Joanna Pike",
        ),
        # … or by nobody: the office stays, with its agency.
        ("Press conference\n\n4 May 2026", "OPCW DIRECTOR-GENERAL", "Q", "OPCW Director-General"),
        # (an office of role words alone after the acronym is unheld, and no one: session 28's
        # convention, applied to `NATO Spokesperson` in session 32)
        ("Press conference\n\n4 May 2026", "NATO SECRETARY GENERAL", "Q", None),
    ],
)
def test_agency_acronym_caps_office(header: str, label: str, q: str, holder: str | None) -> None:
    turns = _speakers(_page(header, label, q))
    answers = [(sp, role) for _, sp, role in turns if role == "answer"]
    assert answers == [(holder, "answer")] * 2


@pytest.mark.parametrize(
    ("header", "label", "q", "intros", "askers", "holder"),
    [
        # A reporter sharing the official's surname introduces herself with her outlet.
        (
            "Пресконференція мера Львова Андрія Гнатюка\n\n12 березня 2026 року",
            "Мер",
            "Запитання",
            ("Добрий день! Марта Гнатюк, «Суспільне». ", "Дмитро Бойко, Укрінформ. "),
            ["Марта Гнатюк", "Дмитро Бойко"],
            "Андрій Гнатюк",
        ),
        (
            "Мэр Калуги Ольга Морозова провела пресс-конференцию по итогам года.",
            "Мэр",
            "Вопрос",
            ("Анна Морозова, ТАСС. ", "Игорь Белов, «Известия». "),
            ["Анна Морозова", "Игорь Белов"],
            "Ольга Морозова",
        ),
        (
            "Remarks by the Tánaiste, Simon Harris, on the port checks\n\n4 May 2026",
            "The Tánaiste",
            "Q",
            ("Good morning. Ciara Harris, RTÉ News. ", "Hi. Tom Ellis, Politico Europe. "),
            ["Ciara Harris", "Tom Ellis"],
            "Simon Harris",
        ),
    ],
)
def test_namesake_reporter_introduces_herself(
    header: str,
    label: str,
    q: str,
    intros: tuple[str, str],
    askers: list[str],
    holder: str,
) -> None:
    turns = _speakers(_page(header, label, q, intros))
    assert [sp for _, sp, role in turns if role == "question"] == askers
    assert {sp for _, sp, role in turns if role == "answer"} == {holder}
