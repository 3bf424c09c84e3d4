"""Small cases for batch LS (the Senedd, the Commission press corner, GOV.UK among the common
sources): a committee record's member named alone on a line with the bilingual post-nominal
("Russell George AS/MS", a Welsh "ap" patronymic too), the roster of bare names above it no
label, its Welsh-first closing lines ("Daeth rhan gyhoeddus y cyfarfod i ben am 10:58.")
trailing; the press corner's quoted "Check against delivery" and its "Print friendly pdf" /
"Related media" foot; GOV.UK's cookie banner counting for no header line, so the summary naming
the office's holder is read, an office in the possessive ("… Secretary's press conference") no
name, and the page's "Published …" / "Explore the topic" / "Report a problem" foot."""

import pytest

from structure_support import turn_rows

_SENEDD = (
    "Health and Social Care Committee - Sixth Senedd\n"
    "12/03/2025\n"
    "Committee Members in Attendance\n"
    "{chair}\tCadeirydd y Pwyllgor / Committee Chair\n"
    "{member}\n"
    "Joyce Watson\n"
    "James Evans\n"
    "Witnesses\n"
    "{minister}\tCabinet Secretary for Health and Social Care\n"
    "The meeting began at 09:30.\n"
    "09:31\n"
    "{chair} AS/MS\n"
    "Good morning, Cabinet Secretary. Why has that target been missed?\n"
    "{minister} AS/MS\n"
    "Thank you, Chair. It has been missed, and I'm not going to pretend otherwise.\n"
    "{chair} AS/MS\n"
    "Thank you. {member}.\n"
    "{member} AS/MS\n"
    "Diolch, Cadeirydd. How much of the money has actually been spent?\n"
    "{minister} AS/MS\n"
    "Around two thirds of it has been committed to date.\n"
    "10:58\n"
    "{chair} AS/MS\n"
    "We've come to the end of our time. Thank you for your evidence this morning.\n"
    "Daeth rhan gyhoeddus y cyfarfod i ben am 10:58.\n"
    "The public part of the meeting ended at 10:58.\n"
)


@pytest.mark.parametrize(
    ("chair", "member", "minister"),
    [
        ("Russell George", "Mabon ap Gwynfor", "Jeremy Miles"),
        ("Peredur Owen", "Sioned Williams", "Rebecca Evans"),
    ],
)
def test_senedd_member_lines_with_post_nominal(chair: str, member: str, minister: str) -> None:
    rows = turn_rows(_SENEDD.format(chair=chair, member=member, minister=minister))
    spoken = [r for r in rows if r[1] is not None]
    assert [r[1] for r in spoken] == [chair, minister, chair, member, minister, chair]
    assert spoken[0][0] == "question" and spoken[1][0] == "answer"
    assert spoken[-1][2].endswith("evidence this morning.")
    assert all(r[1] != "Joyce Watson" for r in rows)


_PRESS_CORNER = (
    "European Commission\n"
    "Press corner\n"
    "Remarks by Commissioner {surname} at the press conference on the Action Plan\n"
    "Brussels, 26 February 2025\n"
    '"Check against delivery"\n'
    "Good afternoon, everyone.\n"
    "\n"
    "Energy prices in Europe are too high. I am happy to take your questions.\n"
    "\n"
    "Question (Katharina Lenz, Handelsblatt): What do you say to the companies closing plants?\n"
    "\n"
    "Commissioner {surname}: Several of these measures can be implemented tomorrow.\n"
    "\n"
    "Question (Agence Europe): And on Russian LNG?\n"
    "\n"
    "Commissioner {surname}: We will present a roadmap in the coming weeks.\n"
    "\n"
    "Print friendly pdf\n"
    "SPEECH/25/612\n"
    "Related media\n"
    "Affordable Energy Action Plan: press conference by Commissioner {surname}\n"
    "Press contacts:\n"
    "Anna Itkonen\n"
    "Phone +32 2 29 56186\n"
)


@pytest.mark.parametrize("surname", ["Jørgensen", "Hoekstra"])
def test_press_corner_note_and_foot(surname: str) -> None:
    rows = turn_rows(_PRESS_CORNER.format(surname=surname))
    assert rows[0][1] == f"Commissioner {surname}"
    assert rows[0][2].startswith("Good afternoon")
    assert rows[-1][2] == "We will present a roadmap in the coming weeks."
    assert len(rows) == 5


_GOVUK = (
    "Cookies on GOV.UK\n"
    "We use some essential cookies to make this website work.\n"
    "Accept additional cookies   Reject additional cookies   View cookies\n"
    "Skip to main content\n"
    "GOV.UK\n"
    "Home  Health and social care  Public health\n"
    "Speech\n"
    "{office}'s press conference on winter NHS pressures: 4 December 2025\n"
    "{office} {name} gave a press conference on NHS preparations for winter.\n"
    "From:\n"
    "Department of Health and Social Care and The Rt Hon {name} MP\n"
    "Published\n"
    "4 December 2025\n"
    "Good afternoon, and thank you for coming. This winter is going to be tough.\n"
    "\n"
    "I'm happy to take your questions. Chris.\n"
    "\n"
    "Chris Mason, BBC News: Can you promise that nobody will be treated in a corridor?\n"
    "\n"
    "{name}: No, I can't promise that, Chris.\n"
    "\n"
    "Tom Harding, The Times: Will you be getting your own flu jab on camera?\n"
    "\n"
    "{name}: I had it last Tuesday, Tom.\n"
    "\n"
    "Published 4 December 2025\n"
    "Explore the topic\n"
    "Public health\n"
    "Is this page useful?  Yes  No  Report a problem with this page\n"
)


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Health and Social Care Secretary", "Wes Streeting"),
        ("Health and Social Care Secretary", "Victoria Atkins"),
    ],
)
def test_govuk_speech_page_office_and_foot(office: str, name: str) -> None:
    rows = turn_rows(_GOVUK.format(office=office, name=name))
    assert rows[0][:2] == ("statement", name)
    assert rows[-1] == ("answer", name, "I had it last Tuesday, Tom.")
