"""Small cases for batch LR (state.gov, NPR): a reporter's closing thanks to the principal by
a courtesy title ("QUESTION: Thank you, Mr. Secretary.") asks nothing; a radio host's opening
that tees the show up with a question of its own, brings the correspondent in and greets them
last ("… Hey, Will."), greeted back, asks the correspondent nothing."""

import pytest

from structure_support import turn_rows

_STATE = (
    "Secretary Rubio's Remarks to Press\n"
    "REMARKS\n"
    "Marco Rubio, Secretary of State\n"
    "Doha, Qatar\n"
    "October 9, 2025\n\n"
    "SECRETARY RUBIO: Well, I just wanted to give you a quick update before we get on the "
    "plane. We had a very productive day here. So I'll take a couple of questions.\n\n"
    "QUESTION: Mr. Secretary, is there any agreement yet on who governs once the troops pull "
    "back?\n\n"
    "SECRETARY RUBIO: That's the work that's going on now. It won't be the militia.\n\n"
    "QUESTION: {last}\n\n"
    "SECRETARY RUBIO: Thank you, guys. See you on the plane.\n"
)


@pytest.mark.parametrize(
    ("last", "label"),
    [
        ("Thank you, Mr. Secretary.", "other"),
        ("Thanks, Dr. Patel.", "other"),
        ("Thank you, Mr. Secretary. Will you travel to Kyiv?", "question"),
    ],
)
def test_closing_thanks_by_courtesy_title(last: str, label: str) -> None:
    rows = turn_rows(_STATE.format(last=last))
    assert [r[0] for r in rows if r[2].startswith(last[:20])] == [label]


_NPR = (
    "Transcript\n"
    "SCOTT DETROW, HOST:\n"
    "For 25 years, the country has been able to say that measles was eliminated here. That "
    "status could be gone by January.\n"
    "DETROW: Canada already lost its status this week. Consider This: Can the U.S. keep its "
    "own? From NPR, I'm Scott Detrow. NPR health correspondent Will Stone has been following "
    "the outbreaks. {greet}\n"
    "WILL STONE, BYLINE: {reply}\n"
    "DETROW: So what does it actually take to lose elimination status?\n"
    "STONE: It comes down to one thing - whether a single chain of transmission keeps going "
    "for 12 months or more.\n"
    "DETROW: And do we know if they are connected?\n"
    "STONE: The genetic sequencing so far suggests they're closely related.\n"
    "DETROW: NPR's Will Stone, thank you.\n"
    "STONE: Thanks, Scott.\n"
)


@pytest.mark.parametrize(
    ("greet", "reply", "label"),
    [
        ("Hey, Will.", "Hey, Scott.", "other"),
        ("Hi, Will.", "Hi, Scott. Good to be here.", "other"),
        # (the guest takes the tease up: the host's question was put to him)
        ("Hey, Will.", "Hey, Scott. Probably not, and here is why.", "question"),
        # (no greeting last: the turn's question stands)
        ("Will, is it already too late?", "Not yet, Scott.", "question"),
    ],
)
def test_host_greets_correspondent_last(greet: str, reply: str, label: str) -> None:
    rows = turn_rows(_NPR.format(greet=greet, reply=reply))
    assert [r[0] for r in rows if r[2].startswith("Canada already")] == [label]
