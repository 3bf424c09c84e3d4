"""Round 42 (IE), common sources: a parliament database's bibliographic table pasted with its
tab-split cells (its roster completes the labels, its date and place fields date the page, its
buttons and cells are no voices), an automatic transcript's numbered voice that says its name
while it answers, a blog's sign-up form under the last turn, an announcer's billboard that
names the host, and a committee's numbered question line that only calls the next member."""

import pytest

from rhetoscope.structure.metadata import day_first_slash_date
from structure_support import run, turn_rows

_PARLINFO_HEAD = (
    "Parliament of Australia\nSenators and Members\nVisit Parliament\n\n"
    "Home  > Parliamentary Business  > Hansard\n\n"
    "ParlInfo - Economics Legislation Committee : {date} : Estimates : TREASURY PORTFOLIO\n\n"
    "Bibliographic details\n"
    "Title\tEconomics Legislation Committee\n"
    "Database\tSenate Committees\n"
    "Date\t{dash}\n"
    "Source\tSenate\n"
    "Place\tCanberra\n"
    "Questioner\tNorris, Sen Alana (Chair)\n"
    "\tPike, Sen Gordon\n"
    "Responder\tBellamy, Sen Ruth\n"
    "\tOyelaran, Mr Tunde\n"
    "Status\tProof\n\n"
    "Download Fragment\nDownload Fragment\nPrevious Fragment    Next Fragment\n\n"
)
_PARLINFO_BODY = (
    "[09:02]\n\n"
    "CHAIR (Senator Norris): Welcome, Mr Oyelaran. Do you have an opening statement?\n\n"
    "Mr Oyelaran: No, Chair.\n\n"
    "CHAIR: Senator Pike.\n\n"
    "Senator PIKE: How many staff has the office lost this year?\n\n"
    "Mr Oyelaran: About 140, mostly through natural attrition.\n\n"
    "Senator PIKE: Minister, is that the government's plan?\n\n"
    "Senator BELLAMY: Senator, I reject the premise. Staffing is a matter for the office.\n\n"
    "Senator PIKE: Thank you. I'll put the rest on notice.\n"
)


@pytest.mark.parametrize(
    ("date", "dash", "iso"),
    [("03/06/2025", "03-06-2025", "2025-06-03"), ("11/02/2025", "11-02-2025", "2025-02-11")],
)
def test_parlinfo_table(date: str, dash: str, iso: str) -> None:
    doc = run(_PARLINFO_HEAD.format(date=date, dash=dash) + _PARLINFO_BODY)
    rows = [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]
    assert rows == [
        ("question", "Alana Norris"),
        ("answer", "Tunde Oyelaran"),
        ("other", "Alana Norris"),
        ("question", "Gordon Pike"),
        ("answer", "Tunde Oyelaran"),
        ("question", "Gordon Pike"),
        ("answer", "Ruth Bellamy"),
        ("other", "Gordon Pike"),
    ]
    assert doc.meta.date == iso
    assert doc.meta.place == "Canberra"


@pytest.mark.parametrize(
    ("page", "read"),
    [
        ("ParlInfo - Committee : 03/06/2025 : Estimates", "2025-06-03"),
        ("Parliament of Australia\nCommittee : 03/06/2025", "2025-06-03"),
        ("Committee : 03/06/2025 : Estimates", None),  # nothing says the order
    ],
)
def test_day_first_parliament_site(page: str, read: str | None) -> None:
    found = day_first_slash_date(page, page)
    assert (found[0] if found else None) == read


_REV = (
    "Governor Holds Briefing on Flooding Transcript\n\nTranscript\n\n"
    "Dana Whitlock (00:00):\nGood afternoon. I'll ask our director to talk about shelters.\n\n"
    "Speaker 1 (00:48):\n{intro} We have opened six shelters across the county.\n\n"
    "Reporter 1 (01:30):\nHow many people are in them tonight?\n\n"
    "Speaker 1 (01:36):\nAbout 400, and we have room for twice that.\n\n"
    "Dana Whitlock (01:52):\nAll right, thank you, everybody. Stay safe.\n\n"
    "Hungry For More?\nLuckily for you, we deliver. Subscribe to our blog today.\n"
    "Email\nSubscribe\nThank You for Subscribing!\n"
    "A confirmation email is on its way to your inbox.\n\n"
    "Share this post\nLinkedIn\nFacebook\n\nRelated Content\nTranscripts\n"
)


@pytest.mark.parametrize(
    ("intro", "named"),
    [
        (
            "Thank you, Governor. Good afternoon. My name is Paula Okafor, I'm the director.",
            "Paula Okafor",
        ),
        ("Good afternoon. My name is Paula Okafor, and I run emergency services.", "Paula Okafor"),
        ("Thank you, Governor. I'm glad to be here.", None),  # no name given: never guessed
    ],
)
def test_numbered_voice_names_itself(intro: str, named: str | None) -> None:
    rows = turn_rows(_REV.format(intro=intro))
    voices = [
        r[1]
        for r in rows
        if r[2].startswith(("Thank you, Governor", "Good afternoon. My", "About 400"))
    ]
    assert voices == [named, named]
    assert rows[-1][2].endswith("Stay safe.")  # the sign-up form is the page's


_MTP = (
    "MEET THE PRESS\n\n"
    "KRISTEN WELKER: This Sunday: a deal on the budget, and a revolt in the Senate.\n\n"
    "[START TAPE]\n\nSEN. TOM GARRITY: I voted to keep the government open.\n\n[END TAPE]\n\n"
    "KRISTEN WELKER: But the fight over spending is far from over, with layoffs mounting.\n\n"
    "ANNOUNCER: From NBC News in Washington, this is Meet the Press with {host}.\n\n"
    "KRISTEN WELKER: Good Sunday morning. Senator, why did you vote for it?\n\n"
    "SEN. TOM GARRITY: Because a shutdown hurts the people we say we protect.\n\n"
    "KRISTEN WELKER: Are you worried about the tariffs?\n\n"
    "SEN. TOM GARRITY: I'm always worried about our farmers.\n\n"
    "KRISTEN WELKER: But Senator, how much room? Because prices at the store —\n\n"
    "SEN. TOM GARRITY: I'm not going to put a calendar on it.\n\n"
    "KRISTEN WELKER: Senator Tom Garrity, thank you very much for being here.\n\n"
    "SEN. TOM GARRITY: Thanks, Kristen.\n\n"
    "KRISTEN WELKER: When we come back, our panel is next.\n"
)


def test_billboard_names_the_host() -> None:
    rows = turn_rows(_MTP.format(host="Kristen Welker"))
    host = [r[0] for r in rows if r[1] == "Kristen Welker"]
    assert host == ["other", "other", "question", "question", "question", "other", "other"]
    assert rows[-2][0] == "answer"  # the guest's reply to the thanks


_EVIDENCE = (
    "Members present: Dame Philippa Rowe (Chair); Tom Abernethy; Sarah Gill.\n"
    "Witnesses: Dr Helen Marsh.\n\n"
    "Q1 Chair: Dr Marsh, are councils equipped to deal with this?\n\n"
    "Dr Marsh: In short, no. The funding has never matched the duty.\n\n"
    "Q2 Chair: {call}\n\n"
    "Sarah Gill: Thank you, Chair. Dr Marsh, is riparian ownership the problem?\n\n"
    "Dr Marsh: Very much so.\n"
)


@pytest.mark.parametrize(
    ("call", "label"),
    [
        ("Sarah Gill.", "other"),
        ("Ms Gill.", "other"),
        ("Tom Abernethy.", "question"),  # a name, but not the member who asks next
    ],
)
def test_numbered_call_of_next_member(call: str, label: str) -> None:
    rows = turn_rows(_EVIDENCE.format(call=call))
    assert rows[2][0] == label, rows
