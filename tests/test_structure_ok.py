"""Small cases for batch OK (state.gov, MSNBC, PBS NewsHour): the interviewer of a state.gov
interview whose show carries his surname ("… With Mark Levin of Life, Liberty & Levin"); a
show named after its host is no double surname ("The Rachel Maddow Show" over "RACHEL MADDOW,
MSNBC HOST:"); PBS's author box under the last turn ("Listen to this Segment" / "WATCH: …" /
"By —" / the name / the bio / "@handle") is the page's."""

import pytest

from structure_support import run, turn_rows

_STATE = (
    "Secretary of State Marco Rubio With Mark Levin of {show}\n"
    "INTERVIEW\n"
    "MARCO RUBIO, SECRETARY OF STATE\n"
    "WASHINGTON, D.C.\n"
    "MARCH 15, 2025\n"
    "\n"
    "QUESTION:  Let's start with Ukraine. Where does the ceasefire stand with the Russians?\n"
    "\n"
    "SECRETARY RUBIO:  Thanks for having me, Mark. The ball is in Russia's court now.\n"
    "\n"
    "QUESTION:  And on Iran, quickly. Are we closer to a confrontation?\n"
    "\n"
    "SECRETARY RUBIO:  The President has been clear. Iran will not have a nuclear weapon.\n"
)


@pytest.mark.parametrize(
    ("show", "asker"),
    [
        ("Life, Liberty & Levin", "Mark Levin"),
        ("Levin Tonight", "Mark Levin"),
        # (a place is no show, whatever it is called)
        ("Canada", None),
    ],
)
def test_show_named_after_its_host(show: str, asker: str | None) -> None:
    rows = turn_rows(_STATE.format(show=show))
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Marco Rubio"}


_MSNBC = (
    "Transcript: The Rachel Maddow Show, 3/24/25\n"
    "\n"
    "The full transcript of The Rachel Maddow Show, 3/24/25\n"
    "\n"
    "RACHEL MADDOW, MSNBC HOST: All right. Joining us now is Senator Carlos Abeyta of New "
    "Mexico. Senator, thank you for being here tonight.\n"
    "\n"
    "SEN. CARLOS ABEYTA (D-NM): Thank you, Rachel. Good to be with you.\n"
    "\n"
    "MADDOW: Is it true on the ground in New Mexico?\n"
    "\n"
    "ABEYTA: It's true on paper. The people who maintain the engines got fired.\n"
)


def test_show_named_after_host_is_no_double_surname() -> None:
    speakers = {r[1] for r in turn_rows(_MSNBC)}
    assert speakers == {"Rachel Maddow", "Carlos Abeyta"}


_PBS = (
    "Amna Nawaz:\n"
    "\n"
    "Jonathan, do you think it holds?\n"
    "\n"
    "Jonathan Capehart:\n"
    "\n"
    "I'm not as confident as David is. The court orders are a lifeline that may not last.\n"
    "\n"
    "Amna Nawaz:\n"
    "\n"
    "We'll be watching for that number. Jonathan Capehart, David Brooks, always good to see "
    "you both. Thank you.\n"
    "\n"
    "Listen to this Segment\n"
    "\n"
    "WATCH: Fed holds interest rates steady as uncertainty over tariffs grows\n"
    "\n"
    "By —\n"
    "Amna Nawaz\n"
    "Amna Nawaz is co-anchor and co-managing editor of PBS News Hour.\n"
    "{handle}"
    "\n"
    "Support Provided By: Learn more\n"
)


@pytest.mark.parametrize("handle", ["\n@IAmAmnaNawaz\n", ""])
def test_author_box_with_handle_under_last_turn(handle: str) -> None:
    rows = turn_rows(_PBS.format(handle=handle))
    assert rows[-1][1] == "Amna Nawaz"
    assert rows[-1][2].endswith("always good to see you both. Thank you.")


def test_host_welcome_onto_the_show_asks_nothing() -> None:
    text = _STATE.format(show="Life, Liberty & Levin").replace(
        "QUESTION:  Let's start",
        "QUESTION:  Mr. Secretary, welcome back to Life, Liberty & Levin. It's great to have "
        "you.\n\nSECRETARY RUBIO:  Thanks for having me, Mark.\n\nQUESTION:  Let's start",
        1,
    )
    rows = turn_rows(text)
    assert rows[0][:2] == ("other", "Mark Levin")
    assert rows[2][:2] == ("question", "Mark Levin")


_WH = (
    "Press Briefing by Press Secretary Karoline Leavitt and Secretary of Energy Chris Wright\n"
    "James S. Brady Press Briefing Room\n"
    "\n"
    "MS. LEAVITT:  Good afternoon, everyone. The Secretary will take a few questions. "
    "Mr. Secretary.\n"
    "\n"
    "SECRETARY WRIGHT:  Thank you, Karoline. I'm happy to take a few questions.\n"
    "\n"
    "Q    Mr. Secretary, what will this cost the average household?\n"
    "\n"
    "SECRETARY WRIGHT:  Less than the blackout would. It's cheaper than the alternative.\n"
    "\n"
    "MS. LEAVITT:  Thank you, Mr. Secretary. We appreciate it. Okay, I'll take a few more. "
    "Jacqui.\n"
    "\n"
    "Q    Thanks, Karoline. Which countries are we talking about?\n"
    "\n"
    "MS. LEAVITT:  The President is going to make that decision.\n"
)


def test_guest_thanked_off_then_a_few_more_and_a_name() -> None:
    rows = [r for r in turn_rows(_WH) if r[2].startswith("Thank you, Mr. Secretary.")]
    assert [r[:2] for r in rows] == [("other", "Karoline Leavitt")]


def test_transcript_title_dates_the_show_over_the_web_stamp() -> None:
    text = _MSNBC.replace(
        "The full transcript of The Rachel Maddow Show, 3/24/25\n",
        "The full transcript of The Rachel Maddow Show, 3/24/25\n\nMarch 25, 2025, 9:52 AM EDT\n",
    )
    assert run(text).meta.date == "2025-03-24"
