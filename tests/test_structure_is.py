"""Small cases for the IS round (other transcript shapes): a court reporter's numbered lines
are page furniture; a UK inquiry's "Questioned by" heading ends the turn above it; an assembly
member's "AM"/"MS" letters are no part of the name; a caption export's bare ">>" opens an
unnamed voice and its clock line is no one's words; a phone-in's signed reader questions ask
as their readers."""

import pytest

from rhetoscope.structure.turns import _mask_line_gutter
from structure_support import spoken_rows, turn_rows


def _numbered(lines: list[str]) -> str:
    return "\n".join(f"{i} {line}" for i, line in enumerate(lines, 1)) + "\n"


_INQUIRY = (
    "THE RIVER FLOODING INQUIRY\n\nHearing Day 3\n\nTuesday, 4 March 2025\n\n"
    "Chair: Sir Alan Pryce\n\n"
    + _numbered(
        [
            "Tuesday, 4 March 2025",
            "(10.00 am)",
            "THE CHAIR: Good morning, everyone. Yes, Ms Reid.",
            "MS REID: Good morning, Chair. This morning we will",
            "hear from Mr Tom Hale, the area manager.",
            "MR TOM HALE (affirmed)",
            "Questioned by MS REID",
            "MS REID: Mr Hale, could you give the Inquiry",
            "your full name, please?",
            "A. Thomas Edward Hale.",
            "Q. Who decided when the walls were",
            "inspected after a storm?",
            "A. The field team leader, using the",
            "guidance. It was a matter of judgement.",
            "Q. Was the wall at Mill Road inspected",
            "after the storm in February?",
            "A. I believe a visual inspection was",
            "carried out from the road.",
            "THE CHAIR: Were you ever told that four",
            "inspectors was not enough?",
            "A. I raised it myself, sir, in the",
            "business case.",
            "Q. What happened to that request?",
            "A. It was declined at regional level.",
            "MS REID: Thank you. Those are all my questions.",
        ]
    )
    + "\n1\nOfficial Court Reporters\n\n"
    + _numbered(
        [
            "THE CHAIR: Thank you very much, Mr Hale.",
            "You're free to go.",
            "THE WITNESS: Thank you.",
            "(The witness withdrew)",
        ]
    )
    + "\n2\nOfficial Court Reporters\n"
)


def test_line_gutter_blanked_same_length() -> None:
    masked = _mask_line_gutter(_INQUIRY)
    assert len(masked) == len(_INQUIRY)
    assert "\n  THE CHAIR:" in masked and "\n13 guidance" not in masked
    # a short numbered list is no gutter
    listing = _numbered(["Apples", "Pears", "Plums"])
    assert _mask_line_gutter(listing) == listing


def test_numbered_inquiry_transcript() -> None:
    rows = turn_rows(_INQUIRY)
    assert [(r[0], r[1]) for r in rows][:6] == [
        ("other", "Alan Pryce"),
        ("statement", "Ms Reid"),
        ("question", "Ms Reid"),
        ("answer", "Tom Hale"),
        ("question", "Ms Reid"),
        ("answer", "Tom Hale"),
    ]
    # the affirmation line and the "Questioned by" heading belong to no turn
    assert rows[1][2].rstrip().endswith("the area manager.")
    assert rows[-1][1:] == ("Tom Hale", "Thank you.")


@pytest.mark.parametrize("letters", ["AM", "MS", "MBE AM"])
def test_assembly_member_letters(letters: str) -> None:
    text = (
        "Transport Committee - 4 March 2025\n\nTranscript of Agenda Item 5 - Step-free Access\n\n"
        f"Rachel Stone {letters} (Chair): Welcome. How many stations will be step-free?\n\n"
        "Priya Lal (Deputy Mayor for Transport): Twelve this year, and more after that.\n\n"
        f"Rachel Stone {letters} (Chair): Can you give the Committee a list?\n\n"
        "Priya Lal (Deputy Mayor for Transport): Yes, we will write to you.\n\n"
        f"Tom Ash {letters}: Thank you, Chair. Why are lifts out of service for weeks?\n\n"
        "Priya Lal (Deputy Mayor for Transport): Parts take time to source.\n\n"
        f"Tom Ash {letters}: Does that match what your members say?\n\n"
        "Helen Marsh (Transport for All): No, it does not.\n"
    )
    speakers = {r[1] for r in spoken_rows(text)}
    assert speakers == {"Rachel Stone", "Priya Lal", "Tom Ash", "Helen Marsh"}


_COUNCIL = (
    "City Council Work Session Transcript\n\n[9:04:17 AM]\n\n"
    ">> Mayor Hill: Good morning. I'm going to turn it over to staff.\n\n"
    ">> Good morning, mayor and council. Ana Ruiz, director of parks. Questions welcome.\n\n"
    ">> Mayor Hill: Thank you. Council member Okoro.\n\n"
    ">> Okoro: Thank you, mayor. When will the lots be cleared?\n\n"
    ">> In the fall, council member.\n\n"
    ">> Okoro: Thank you. That's all I have.\n\n"
    ">> Mayor Hill: All right. We'll move to the next briefing.\n\n"
    "[9:24:51 AM]\n"
)


def test_bare_chevron_opens_unnamed_voice() -> None:
    rows = turn_rows(_COUNCIL)
    assert [r[1] for r in rows] == [
        "Mayor Hill",
        "Ana Ruiz",  # she says who she is (see test_structure_is2.py)
        "Mayor Hill",
        "Okoro",
        None,
        "Okoro",
        "Mayor Hill",
    ]
    assert rows[-1][2].rstrip().endswith("next briefing.")


@pytest.mark.parametrize(
    ("signature", "reader"),
    [
        ("(Валентина Петровна, Железногорск)", "Валентина Петровна"),
        ("(Марина, Красноярск)", "Марина"),
        ("(Людмила Сергеевна)", "Людмила Сергеевна"),
    ],
)
def test_phone_in_reader_signed(signature: str, reader: str) -> None:
    text = (
        "Красноярский рабочий\n\n«Привиться ещё не поздно»: эпидемиолог ответила на вопросы "
        "читателей\n\n14.05.2025 11:20 | Здоровье\n\nСезон клещей в разгаре. На вопросы наших "
        "читателей в ходе прямой линии в редакции ответила эпидемиолог Ольга Шестакова.\n\n"
        "— Ольга Александровна, насколько активен сезон в этом году?\n\n"
        "— Сезон начался на неделю раньше обычного.\n\n"
        f"— Можно ли прививаться в мае? {signature}\n\n"
        "— Можно, есть экстренная схема.\n\n"
        "— Куда сдавать клеща? Лаборатория закрылась. — спрашивает Пётр из Ачинска.\n\n"
        "— В лабораторию на улице Кирова.\n\n"
        "— А без прививки что делать?\n\n"
        "— Ставить иммуноглобулин в первые сутки.\n"
    )
    askers = [r[1] for r in spoken_rows(text) if r[0] == "question"]
    # the unsigned questions keep their unknown asker
    assert askers == [None, reader, "Пётр", None]


def test_one_bracket_signs_nothing() -> None:
    text = (
        "Вести\n\nИнтервью\n\n"
        "— Вы ездили в столицу? (Москва)\n\n"
        "— Да, весной.\n\n"
        "— Как вам город?\n\n"
        "— Шумно.\n"
    )
    askers = [r[1] for r in spoken_rows(text) if r[0] == "question"]
    assert "Москва" not in askers
