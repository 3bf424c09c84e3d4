"""Small cases for batch NE (PBS Amanpour and Company segment, Pentagon media roundtable, NBC
News transcript article, White House roundtable): a dek's "X speaks with historian Y" makes X
the one who asks; the anchor's tease that hands the interview to a colleague asks no one; a
video page's "Aired: 04/22/25" dates it month first; a short "And on …?" after the answer is the
follow-up of the reporter the moderator called; a news site's dek over its date line and byline
is the page's, the lead below them the introduction; a principal's reply to a round table's
last speaker before his call for questions is his statement."""

import pytest

from structure_support import run, turn_rows

_PBS = (
    "PBS\n"
    "Amanpour and Company\n"
    "A Historian on What Old Archives Can Teach Us\n"
    "Season 2025 Episode 40 | 16m 10s\n"
    "{dek}\n"
    "Aired: {aired}\n"
    "Read Transcript\n\n"
    "CHRISTIANE AMANPOUR, CHIEF INTERNATIONAL ANCHOR: Now, what happens to records when nobody "
    "pays to keep them? Historian Tomas Verhoeven has spent years in the archives. He joins "
    "Walter Isaacson to discuss.\n\n"
    "WALTER ISAACSON, CONTRIBUTOR: Thank you, Christiane. And Tomas Verhoeven, welcome to the "
    "show.\n\n"
    "TOMAS VERHOEVEN, AUTHOR: Thank you, Walter. Glad to be here.\n\n"
    "ISAACSON: Most of us think archives burn. You say they rot. Why?\n\n"
    "VERHOEVEN: Because the money stops long before the fire. Nobody copies the files.\n\n"
    "ISAACSON: What should we do about it?\n\n"
    "VERHOEVEN: Fund the boring things. Archives and libraries, first of all.\n\n"
    "ISAACSON: Tomas Verhoeven, thank you so much for joining us.\n\n"
    "VERHOEVEN: Thank you, Walter.\n\n"
    "AMANPOUR: And finally, tonight, a reminder of what a library can still be.\n"
)


@pytest.mark.parametrize(
    ("dek", "aired", "date"),
    [
        (
            "Walter Isaacson speaks with historian Tomas Verhoeven about his new book.",
            "04/22/25",
            "2025-04-22",
        ),
        (
            "Walter Isaacson speaks with archivist Tomas Verhoeven about the past.",
            "11/03/2024",
            "2024-11-03",
        ),
    ],
)
def test_contributor_interviews_after_the_anchors_handoff(dek: str, aired: str, date: str) -> None:
    text = _PBS.format(dek=dek, aired=aired)
    rows = turn_rows(text)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Christiane Amanpour"),
        ("other", "Walter Isaacson"),
        ("answer", "Tomas Verhoeven"),
        ("question", "Walter Isaacson"),
        ("answer", "Tomas Verhoeven"),
        ("question", "Walter Isaacson"),
        ("answer", "Tomas Verhoeven"),
        ("other", "Walter Isaacson"),
        ("answer", "Tomas Verhoeven"),
        ("other", "Christiane Amanpour"),
    ]
    assert run(text).meta.to_dict().get("date") == date


_PENTAGON = (
    "U.S. Department of Defense\n"
    "Transcript\n"
    "Secretary of the Army Jane Holt Holds a Media Roundtable\n"
    "June 3, 2025 |\n\n"
    "STAFF:  Good afternoon, everyone. Please keep to one question and one follow-up. Ma'am, "
    "over to you.\n\n"
    "SECRETARY OF THE ARMY JANE HOLT:  Thanks, everybody. We are behind on housing, and I want "
    "to be straight with you about it. With that, I'm happy to take your questions.\n\n"
    "STAFF:  Thank you, ma'am. First question goes to {asker}, Army Times.\n\n"
    "Q:  Thank you, Madam Secretary. Can you give us a date for the new barracks?\n\n"
    "SEC. HOLT:  Not today. The program is about a year late, and my job is to bring that in.\n\n"
    "Q:  {follow}\n\n"
    "SEC. HOLT:  Everything is on the table.\n\n"
    "STAFF:  Next, Omar Lindqvist with Defense News.\n\n"
    "Q:  Hi, ma'am. What are you doing for families in the meantime?\n\n"
    "SEC. HOLT:  We are hiring inspectors this year.\n\n"
    "STAFF:  That's all the time we have today. Thanks, everyone.\n"
)


@pytest.mark.parametrize(
    ("asker", "follow"),
    [
        ("Dana Whitcombe", "And on the contractor — is cancellation on the table?"),
        ("Peter Okoye", "And about the budget, are you asking for more next year?"),
    ],
)
def test_called_reporters_and_on_follow_up(asker: str, follow: str) -> None:
    rows = turn_rows(_PENTAGON.format(asker=asker, follow=follow))
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions == [asker, asker, "Omar Lindqvist"]


_NBC = (
    "NBC News Logo\n"
    "Politics\n"
    "Read the full transcript of Hallie Jackson's interview with Sen. Dana Whitlow\n"
    "The Vermont senator spoke about the funding bill and whether she will run for governor.\n"
    "{date}\n"
    "By NBC News\n"
    "Sen. Dana Whitlow, D-Vt., sat down with NBC News correspondent Hallie Jackson on Friday, "
    "hours after the Senate passed a stopgap bill. Read the full transcript below.\n"
    "This transcript has been lightly edited for clarity.\n\n"
    "HALLIE JACKSON: Senator, thanks for being with us.\n\n"
    "SEN. DANA WHITLOW: Thanks for having me, Hallie.\n\n"
    "JACKSON: You voted no. What did that accomplish?\n\n"
    "WHITLOW: It put me on the record, and that matters to the families at home.\n"
)


@pytest.mark.parametrize("date", ["April 12, 2025, 6:00 PM EDT", "May 2, 2025, 9:15 AM EDT"])
def test_dek_over_date_and_byline_is_the_pages(date: str) -> None:
    rows = turn_rows(_NBC.format(date=date))
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith("Sen. Dana Whitlow, D-Vt., sat down")
    assert rows[0][2].endswith("Read the full transcript below.")


_WH = (
    "The White House\n"
    "Remarks by President Trump in a Roundtable with Farmers\n"
    "April 2, 2025\n"
    "State Dining Room\n\n"
    "THE PRESIDENT:  Well, thank you very much, everybody. We have with us Secretary Brooke "
    "Rollins and Carl Jessup, who runs a dairy in Wisconsin. Carl, please.\n\n"
    "MR. JESSUP:  Thank you, Mr. President. We milk 400 cows, and I'd ask that the department "
    "keep cutting the paperwork, because it costs us a hire every year.\n\n"
    "THE PRESIDENT:  {reply} Okay, maybe we'll take a couple of questions. Go ahead.\n\n"
    "Q    Mr. President, on the tariffs — what do you say to dairy farmers?\n\n"
    "THE PRESIDENT:  They're doing better than ever, and the costs are coming down.\n\n"
    "Q    And on the farm bill — will you sign it this month?\n\n"
    "THE PRESIDENT:  I think so. Thank you all very much.\n"
)


@pytest.mark.parametrize(
    ("reply", "label"),
    [
        ("We're going to do that.", "statement"),
        ("We'll get that done for you, Carl.", "statement"),
        ("Thank you, Carl.", "other"),
    ],
)
def test_reply_before_the_call_for_questions(reply: str, label: str) -> None:
    rows = turn_rows(_WH.format(reply=reply))
    assert [(r[0], r[1]) for r in rows] == [
        ("statement", "Donald Trump"),
        ("statement", "Carl Jessup"),
        (label, "Donald Trump"),
        ("question", None),
        ("answer", "Donald Trump"),
        ("question", None),
        ("answer", "Donald Trump"),
    ]
