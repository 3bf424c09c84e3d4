"""Small cases for batch NJ (BBC radio, CBC, a Commons committee): a guest's greetings to two
hosts joined by a comma ("Good morning, Nicky, good morning Rachel.") answer and hand the floor
to no one; a doctor's title before a word that is also an office ("Dr Reeve:") is a surname,
completed from the witness list; a radio Q&A's "Q&A edited for length and clarity. Produced by
…" and a broadcaster's newsletter box and footer row under the last answer trail."""

import pytest

from rhetoscope.structure.speakers import LabelKind
from structure_support import label_surname, turn_rows

_BBC = (
    "BBC\nRadio 5 Live Breakfast\n"
    "Presenters: Nicky Campbell and Rachel Burden\n"
    "Interview: Daniel Okoye MP, Secretary of State for Energy\n\n"
    "NICKY CAMPBELL: It's twenty past eight. The Energy Secretary Daniel Okoye is in our "
    "Westminster studio. Good morning to you.\n\n"
    "DANIEL OKOYE: {greeting}\n\n"
    "RACHEL BURDEN: Let's start with the bills. Why haven't they come down?\n\n"
    "DANIEL OKOYE: Well, I understand people's frustration, I really do.\n\n"
    "NICKY CAMPBELL: So it's by the end of the Parliament now?\n\n"
    "DANIEL OKOYE: It was always by the end of the Parliament, Nicky.\n\n"
    "NICKY CAMPBELL: Daniel Okoye, thank you very much indeed.\n\n"
    "DANIEL OKOYE: Thank you.\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning, Nicky, good morning Rachel.",
        "Good morning, Nicky. Good morning, Rachel.",
    ],
)
def test_guest_greets_both_hosts(greeting: str) -> None:
    rows = turn_rows(_BBC.format(greeting=greeting))
    greeted = next(r for r in rows if r[2] == greeting)
    assert greeted[:2] == ("answer", "Daniel Okoye")
    assert rows[-1][:2] == ("answer", "Daniel Okoye")


@pytest.mark.parametrize(
    ("raw", "kind", "surname"),
    [
        ("Dr Reeve", LabelKind.PERSON, "Reeve"),
        ("Dr. Reeve", LabelKind.PERSON, "Reeve"),
        ("Professor Mayor", LabelKind.PERSON, "Mayor"),
        ("Reeve", LabelKind.OFFICE, None),
        ("Mr Speaker", LabelKind.OFFICE, None),
    ],
)
def test_doctor_before_office_word(raw: str, kind: LabelKind, surname: str | None) -> None:
    assert label_surname(raw) == (kind, surname)


_COMMITTEE = (
    "Environmental Audit Committee\n"
    "Oral evidence: Water quality in rivers, HC 512\n"
    "Members present: Toby Perkins (Chair); Barry Gardiner.\n"
    "Witnesses: Dr Alison Reeve and Martin Hale.\n\n"
    "Q88 Chair: Could I ask you briefly to introduce yourselves for the record?\n"
    "Dr Reeve: Good morning. I am Alison Reeve, chief executive of the Rivers Trust Alliance.\n"
    "Martin Hale: I am Martin Hale, director of operations at Severn Valley Water.\n\n"
    "Q89 Barry Gardiner: Dr Reeve, is it a fair explanation?\n"
    "Dr Reeve: It is part of the explanation, but only part.\n"
)


def test_doctor_label_completed_from_witnesses() -> None:
    rows = turn_rows(_COMMITTEE)
    assert [r[1] for r in rows if r[2].startswith(("Good morning. I am", "It is part"))] == [
        "Alison Reeve",
        "Alison Reeve",
    ]


_CBC = (
    "Glaciers in the Rockies lost a tenth of their ice in two years. Here is part of their "
    "conversation.\n"
    "Bob McDonald: Dr. Castonguay, how do you measure the volume of a glacier?\n"
    "Mireille Castonguay: We use an airborne laser, what's called lidar.\n"
    "Bob McDonald: Dr. Castonguay, thank you so much for speaking with me.\n"
    "Mireille Castonguay: Thank you, Bob. It was a pleasure.\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Q&A edited for length and clarity. Produced by Amanda Buckiewicz.\n",
        "Q&A edited for length and clarity. Produced by Amanda Buckiewicz.\n"
        'Add some "good" to your morning and evening.\n'
        "A variety of newsletters you'll love, delivered straight to you.\n"
        "Sign up now\n"
        "Corrections and clarifications|Submit a news tip|Report error\n",
    ],
)
def test_qa_edit_note_and_newsletter_box_trail(tail: str) -> None:
    rows = turn_rows(_CBC.format(tail=tail))
    assert rows[-1] == ("answer", "Mireille Castonguay", "Thank you, Bob. It was a pleasure.")
