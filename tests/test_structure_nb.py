"""Small cases for batch NB: a CBC web Q&A (the third-person editor's line under the standfirst,
a photo caption closed by its unspaced or "Submitted by" credit between turns, the standards and
corrections links under the last answer), a UN press conference's "A follow-up, please." under
the same bare label, a British breakfast host's "Let's talk now to …" bringing the guest in, and
a British broadcaster's masthead that reads a slash date day first."""

import pytest

from structure_support import run, turn_rows

_CBC = (
    "CBC News\n"
    "Halifax\n"
    "Menu  Search  Sign In\n"
    "Food bank director says demand has doubled since the fall\n"
    "Information Morning · CBC News · Posted: Mar 04, 2025 6:00 AM AST\n"
    "A volunteer sorts donations at a warehouse in Dartmouth. (Jane Doe/CBC)\n"
    "Demand at Halifax food banks has doubled since September. Aoife Brennan, the director of "
    "the North End Food Bank, spoke with Information Morning host Portia Clark.\n"
    "{editor}\n"
    "Portia Clark: How many people came through your doors last week?\n"
    "Aoife Brennan: More than 900 households, which is twice what we saw a year ago.\n"
    "{caption}\n"
    "Portia Clark: Who are the new clients?\n"
    "Aoife Brennan: Many are working families who simply cannot cover rent and groceries.\n"
    "\n"
    "{footer}"
    "RELATED STORIES\n"
    "Province adds funding for school lunch programs\n"
)


@pytest.mark.parametrize(
    "editor",
    [
        "Their conversation has been edited for length and clarity.",
        "This conversation has been edited for length and clarity.",
    ],
)
@pytest.mark.parametrize(
    "caption",
    [
        "Shelves at the food bank on Monday. Brennan says stock runs out by Thursday. "
        "(Submitted by North End Food Bank)",
        "Shelves at the food bank on Monday. Brennan says stock runs out by Thursday. "
        "(John Smith/CBC)",
    ],
)
@pytest.mark.parametrize(
    "footer",
    [
        "CBC's Journalistic Standards and Practices|About CBC News\nCorrections and "
        "clarifications\n",
        "Corrections and clarifications\n",
        "",
    ],
)
def test_cbc_qa_editor_line_caption_and_footer(editor: str, caption: str, footer: str) -> None:
    rows = turn_rows(_CBC.format(editor=editor, caption=caption, footer=footer))
    assert [r[0] for r in rows] == [
        "other",
        "question",
        "answer",
        "other",
        "question",
        "answer",
    ]
    assert rows[0][1] is None and rows[0][2].endswith("host Portia Clark.")
    assert rows[3][1] is None and rows[3][2].startswith("Shelves at the food bank")
    assert rows[-1][1] == "Aoife Brennan"
    assert rows[-1][2].endswith("rent and groceries.")


_UN = (
    "Secretary-General's press conference on the funding crisis [with Q&A]\n"
    "Secretary-General António Guterres\n"
    "New York, 2 May 2025\n"
    "Spokesperson: Good morning. The Secretary-General will make some remarks and then take "
    "questions. Secretary-General, the floor is yours.\n"
    "SG: Good morning. Our appeal is only 12 per cent funded. Thank you.\n"
    "Spokesperson: Thank you, sir. Tomás.\n"
    "Question: Tomás Reyes, La Nación. Secretary-General, will the cuts hit the food pipeline "
    "in Sudan first?\n"
    "SG: The food pipeline is our first priority and we will protect it as long as we can.\n"
    "Question: {follow}\n"
    "SG: We will keep every option open, and I will speak to the Council.\n"
    "Spokesperson: Thank you very much, Secretary-General.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        ("A follow-up, please. Will you brief the Security Council on it?", "Tomás Reyes"),
        ("A follow-up, if I may: will you brief the Security Council on it?", "Tomás Reyes"),
        # (a bare "A follow-up on …" may be anyone's)
        ("A follow-up on Sudan. Will you brief the Security Council on it?", None),
    ],
)
def test_follow_up_asking_leave_is_the_last_askers(follow: str, asker: str | None) -> None:
    rows = turn_rows(_UN.format(follow=follow))
    row = next(r for r in rows if r[2].startswith("A follow-up"))
    assert row[0] == "question" and row[1] == asker


_BREAKFAST = (
    "Rt Hon Daniel Ford MP\n"
    "Member of Parliament for Leeds West | Secretary of State for Health\n"
    "\n"
    "Transcript: Health Secretary on BBC Breakfast\n"
    "Posted on 12 March 2025\n"
    "\n"
    "The following is a transcript of the Health Secretary's interview on BBC Breakfast this "
    "morning, on waiting lists.\n"
    "\n"
    "JON KAY: {opening}\n"
    "DANIEL FORD: Good morning, Jon.\n"
    "JON KAY: Waiting lists went up again last month. Why?\n"
    "DANIEL FORD: Winter pressures were worse than we planned for, and we are catching up.\n"
    "JON KAY: When will they start to come down?\n"
    "DANIEL FORD: By the summer, and I have said so to every trust chief executive.\n"
    "JON KAY: Daniel Ford, thank you.\n"
)


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        (
            "Let's talk now to the Health Secretary, Daniel Ford, who's in our Westminster "
            "studio. Good morning to you.",
            "other",
        ),
        ("Let's talk to Daniel Ford, the Health Secretary. Good morning.", "other"),
        # (talk about something is a prompt: it asks)
        ("Let's talk about the waiting lists, Health Secretary.", "question"),
    ],
)
def test_host_bringing_the_guest_in_asks_nothing(opening: str, label: str) -> None:
    assert turn_rows(_BREAKFAST.format(opening=opening))[0][0] == label


@pytest.mark.parametrize(
    ("masthead", "date"),
    [
        ("GB News\nPolitics\n", "2025-04-01"),
        ("Sky News\n", "2025-04-01"),
        ("The Daily Record\nPolitics\n", None),
    ],
)
def test_british_broadcaster_masthead_reads_slash_dates_day_first(
    masthead: str, date: str | None
) -> None:
    text = (
        f"{masthead}"
        "Energy Minister pressed on bills as price cap rises\n"
        "By Jack Walters\n"
        "Published: 01/04/2025 - 08:47\n"
        "\n"
        "The minister was pressed on the price cap this morning.\n"
        "\n"
        "CLAIRE ASHBY: Bills go up again today. Where is the saving you promised?\n"
        "NICK ROWNTREE: The savings come by the end of this Parliament.\n"
    )
    got = run(text).meta.to_dict().get("date")
    if date is None:
        assert got != "2025-04-01"
    else:
        assert got == date
