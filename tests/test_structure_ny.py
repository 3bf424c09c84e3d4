"""Small cases for batch NY (the Pentagon, NBC, state.gov, CNN): a reporter's "And just to follow
up, …" under the bare ``Q:`` is the one who asked before the answer; NBC's show opening on the
played clip itself, before the anchor brings the guest on, has the clip voice as a statement; a
radio host's "I am joined now by …" under ``QUESTION:`` that ends on a welcome asks nothing;
and a cable host's opening tease that plays a clip in before the guest is introduced is no
question."""

import pytest

from structure_support import turn_rows

_PENTAGON = (
    "Gen. Stephen Whiting Holds a Press Briefing\n"
    "March 12, 2025\n"
    "\n"
    "STAFF: Good afternoon. Sir, over to you.\n"
    "\n"
    "GEN. WHITING: Thanks, and good afternoon. I'm happy to take your questions.\n"
    "\n"
    "STAFF: Thank you, sir. First question goes to Megan Hollis, Defense One.\n"
    "\n"
    "Q: Thank you, General. Has Russia tested that system since last year?\n"
    "\n"
    "GEN. WHITING: I can't go into the specifics, but we're watching it very closely.\n"
    "\n"
    "Q: {follow}, is the new shield going to be under your command?\n"
    "\n"
    "GEN. WHITING: That's a decision for the Secretary.\n"
    "\n"
    "STAFF: Next, Ryo Tanaka.\n"
    "\n"
    "Q: Hi, General. Ryo Tanaka with Kyodo News. Will Japan join this year?\n"
    "\n"
    "GEN. WHITING: Japan is already a superb partner.\n"
)


@pytest.mark.parametrize(
    ("follow", "asker"),
    [
        ("And just to follow up", "Megan Hollis"),
        ("Just to follow up", "Megan Hollis"),
        ("So just a quick follow-up", "Megan Hollis"),
        # a bare "follow-up" later in the words is anyone's
        ("General, a colleague asked about a follow-up launch", None),
    ],
)
def test_and_just_to_follow_up_is_the_last_askers(follow: str, asker: str | None) -> None:
    rows = turn_rows(_PENTAGON.format(follow=follow))
    row = next(r for r in rows if r[2].startswith(follow))
    assert row[0] == "question"
    assert row[1] == asker


_NBC = (
    "NBC News\n"
    "Meet the Press NOW — March 12, 2025\n"
    "March 12, 2025, 5:05 PM EDT\n"
    "\n"
    "[START TAPE]\n"
    "\n"
    "PRESIDENT DONALD TRUMP:\n"
    "\n"
    "Now it's up to Russia. And hopefully we can get the show on the road.\n"
    "\n"
    "[END TAPE]\n"
    "\n"
    "KRISTEN WELKER:\n"
    "\n"
    "That was President Trump earlier today. {intro} Senator, welcome back to the program.\n"
    "\n"
    "SEN. MARK KELLY:\n"
    "\n"
    "Thanks, Kristen. Good to be with you.\n"
    "\n"
    "KRISTEN WELKER:\n"
    "\n"
    "Do you give the President credit for this deal?\n"
    "\n"
    "SEN. MARK KELLY:\n"
    "\n"
    "I give credit to the Ukrainians.\n"
)


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("Joining me now is Democratic Sen. Mark Kelly of Arizona.", "statement"),
        # no guest brought on after the clip: the clip block's convention
        ("Ukraine has signed on to a ceasefire.", "other"),
    ],
)
def test_cold_open_on_the_clip_itself(intro: str, label: str) -> None:
    rows = turn_rows(_NBC.format(intro=intro))
    clip = next(r for r in rows if r[1] == "Donald Trump")
    assert clip[0] == label


_STATE = (
    "Secretary of State Marco Rubio With Hugh Hewitt of The Hugh Hewitt Show\n"
    "INTERVIEW\n"
    "MARCO RUBIO, SECRETARY OF STATE\n"
    "MARCH 6, 2025\n"
    "QUESTION: Morning, America. Hugh Hewitt here. {joined} the Secretary of State, Marco "
    "Rubio. Mr. Secretary, welcome back, and thanks for making time.\n"
    "\n"
    "SECRETARY RUBIO: Thanks for having me, Hugh.\n"
    "\n"
    "QUESTION: What does success look like in Jeddah?\n"
    "\n"
    "SECRETARY RUBIO: Success is that both sides are serious.\n"
)


@pytest.mark.parametrize("joined", ["I am joined now by", "I'm joined by", "We are joined by"])
def test_radio_host_brings_the_guest_in(joined: str) -> None:
    rows = turn_rows(_STATE.format(joined=joined))
    opening = next(r for r in rows if r[2].startswith("Morning, America"))
    assert opening[0] == "other"
    assert [r[0] for r in rows if r[2].startswith("What does")] == ["question"]


_CNN = (
    "SMERCONISH\n"
    "Aired March 15, 2025 - 09:00   ET\n"
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
    "\n"
    "MICHAEL SMERCONISH, CNN HOST: I'm Michael Smerconish in Philadelphia. Is Josh Shapiro "
    "running for president? He says he's focused on Pennsylvania. {cue}\n"
    "\n"
    "(BEGIN VIDEO CLIP)\n"
    "\n"
    "GOV. JOSH SHAPIRO (D-PA): We don't have to agree on everything to get stuff done.\n"
    "\n"
    "(END VIDEO CLIP)\n"
    "\n"
    "SMERCONISH: Joining me now is Berwood Yost, director of the poll. Berwood, welcome back.\n"
    "\n"
    "BERWOOD YOST, DIRECTOR, FRANKLIN & MARSHALL COLLEGE POLL: Thanks, Michael.\n"
    "\n"
    "SMERCONISH: How popular is the governor right now?\n"
    "\n"
    "YOST: Very popular, by any standard.\n"
)


@pytest.mark.parametrize(
    ("cue", "label"),
    [
        ("Here's some of what he told lawmakers in Harrisburg.", "other"),
        ("Let's listen.", "other"),
    ],
)
def test_cable_tease_that_plays_a_clip_in(cue: str, label: str) -> None:
    rows = turn_rows(_CNN.format(cue=cue))
    assert rows[0][1] == "Michael Smerconish"
    assert rows[0][0] == label
    assert [r[0] for r in rows if r[2].startswith("How popular")] == ["question"]
