"""An office written before its holder in a page's header, and the record's own note above the
first label (round 44's OSCE press conference)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import is_title_token
from rhetoscope.structure.turns import analyse

VALTONEN = "Elina Valtonen"
OPENING = (
    "Good afternoon. This morning I addressed the Permanent Council for the second time "
    "during our Chairpersonship, and I thank everyone."
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Transcript of press conference by OSCE Chairperson-in-Office, Finnish Foreign "
            "Minister Elina Valtonen, following the Permanent Council",
            "Elina Valtonen",
        ),
        # An office alone names no one: the opening is narration.
        ("Transcript of press conference by OSCE Chairperson-in-Office", None),
        ("Remarks by NATO Secretary General Mark Rutte, following the Council", "Mark Rutte"),
    ],
)
def test_office_then_holder(title: str, speaker: str | None) -> None:
    text = (
        f"OSCE\n{title}\nVIENNA, 10 July 2025\n\n{OPENING}\n\n"
        "Question (APA): Minister, which delegations are blocking it?\n\n"
        "Elina Valtonen: I will not name any delegation here.\n"
    )
    first = analyse(text).turns[0]
    assert text[first.start : first.end] == OPENING
    assert first.attrs["speaker"] == speaker
    assert first.label == ("statement" if speaker else "other")


@pytest.mark.parametrize(
    "note",
    [
        "Unofficial transcript. One question was asked in Russian; the English text below is "
        "the interpretation provided on site.",
        "(Unofficial translation)",
        "Check against delivery!",
    ],
)
def test_record_note_is_no_turn(note: str) -> None:
    text = (
        "OSCE\nOrganization for Security and Co-operation in Europe\n"
        "Home > Chairpersonship > Press releases and statements\n"
        "Transcript of press conference by Foreign Minister Elina Valtonen\n"
        f"VIENNA, 10 July 2025\n{note}\n\n\n"
        "Moderator: Good afternoon, and welcome. Minister, the floor is yours.\n\n"
        f"Elina Valtonen: {OPENING}\n\n"
        "Question (APA): Minister, which delegations are blocking it?\n\n"
        "Elina Valtonen: I will not name any delegation here.\n"
    )
    turns = analyse(text).turns
    assert [t.attrs["speaker"] for t in turns] == ["Moderator", VALTONEN, "APA", VALTONEN]


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("Chairperson-in-Office", True),
        ("Commander-in-Chief", True),
        ("Sergeant-at-Arms", True),
        ("Vice-President", True),
        ("Smith-Jones", False),
        ("Stratford-upon-Avon", False),
    ],
)
def test_office_compound(word: str, title: bool) -> None:
    assert is_title_token(word) is title


@pytest.mark.parametrize(
    "note",
    [
        "The following transcript has been lightly edited for readability.",
        "This interview has been condensed and edited for clarity.",
        "The following is a near-verbatim transcript of the event.",
    ],
)
def test_editor_line_above_the_first_label_is_no_turn(note: str) -> None:
    text = (
        "Wilson Center\nThe Mekong at a Crossroads\nMarch 4, 2025\n"
        "Dr. Sokha Chea, Senior Research Fellow\n\n"
        f"{note}\n\n"
        "LAUREN WHITFIELD: Good morning, and welcome. Sokha, why does the flood pulse matter?\n\n"
        "SOKHA CHEA: Thank you, Lauren. It feeds the fishery that feeds millions.\n\n"
        "LAUREN WHITFIELD: And what has changed?\n\n"
        "SOKHA CHEA: The dams upstream hold the water back.\n"
    )
    turns = analyse(text).turns
    assert [t.label for t in turns] == ["question", "answer", "question", "answer"]


@pytest.mark.parametrize(
    ("headline", "lead", "speaker"),
    [
        (
            "Министр природных ресурсов Карелии Громов: лесные пожары обошли республику",
            "рассказал министр природных ресурсов и экологии Карелии Алексей Громов.",
            "Алексей Громов",
        ),
        # The lead never writes the place before the name again: the surname stays unnamed
        # by the place's genitive only when the page says nothing more.
        (
            "Министр природных ресурсов Карелии Громов: лесные пожары обошли республику",
            "рассказал глава министерства.",
            None,
        ),
    ],
)
def test_office_place_surname_headline(headline: str, lead: str, speaker: str | None) -> None:
    text = (
        f"ТАСС\nИнтервью\n{headline}\n19 АВГ, 08:00\n"
        f"ПЕТРОЗАВОДСК, 19 августа. /ТАСС/. О лесах в интервью ТАСС {lead}\n\n"
        "— Как прошел пожароопасный сезон?\n\n— Спокойно. Пожаров было вдвое меньше.\n\n"
        "— А лесовосстановление?\n\n— Мы посадили восемь миллионов саженцев.\n"
    )
    answers = [t for t in analyse(text).turns if t.label == "answer"]
    assert answers
    if speaker is None:
        assert all(t.attrs["speaker"] != "Карелии Громов" for t in answers)
    else:
        assert {t.attrs["speaker"] for t in answers} == {speaker}
