"""Session 29 (en2), page furniture under the last turn: a podcast's plug that names no show
after "Subscribe", a sponsored-stories widget whose vendor credit sits on the next line, and a
blog platform's "Posted by … at …" footer under the post."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

_PODCAST = (
    "Anna Berg: Welcome to Trade Talk. Commissioner, is the simplification agenda a rollback?\n\n"
    "Tom Hale: No. We are cutting paperwork, not protections, and I will defend every line.\n\n"
    "Anna Berg: Will the council back you?\n\n"
    "Tom Hale: I think it will, but I count nothing before the vote.\n\n"
    "Anna Berg: That's all for this week's Trade Talk. I'm Anna Berg. See you next week.\n\n"
    "[MUSIC]\n\n"
)

_SHOW = (
    "WELKER: Mr. Secretary, is a ceasefire close?\n\n"
    "BLINKEN: We are working every day to get there, Kristen.\n\n"
    "WELKER: Will you meet the prime minister this week?\n\n"
    "BLINKEN: I expect to, yes. Thank you, Kristen.\n\n"
    "WELKER: And when we come back, Senator Tom Cotton joins me. Stay with us.\n\n"
)

_BLOG = (
    "Q: Mayor, the bond goes to the council on Thursday. Do you have the votes?\n"
    "A: I think we do. We have four solid yeses.\n"
    "Q: What happens if it fails?\n"
    "A: Then we go back to the drawing board.\n"
    "Q: Will you run again?\n"
    "A: Ask me after Thursday.\n"
)

LAST_TURN_CASES = [
    # A podcast's closing plug after the outro music, "Subscribe" with no show named.
    (
        _PODCAST + "Trade Talk is the Courier's weekly podcast. Subscribe wherever you get your "
        "podcasts.\n\nAbout the Courier\nAdvertise\nCareers\nPrivacy Policy\n",
        "That's all for this week's Trade Talk. I'm Anna Berg. See you next week.",
    ),
    (
        _PODCAST + "Subscribe wherever you get your podcasts.\n\nAbout the Courier\nCareers\n",
        "That's all for this week's Trade Talk. I'm Anna Berg. See you next week.",
    ),
    # A "Sponsored Stories" widget, its vendor credit on the next line, over a headline with a
    # colon, the show's host card and the site's footer menu.
    (
        _SHOW + "Sponsored Stories\nby Taboola\nDoctors Stunned: This Simple Trick Fixes Knee "
        "Pain\nHealth Journal\nMeet the Press\nKristen Welker\nKristen Welker is the moderator "
        "of “Meet the Press.”\n\nAbout\nContact\nHelp\nCareers\nPrivacy Policy\n"
        "© 2024 NBCUniversal\n",
        "And when we come back, Senator Tom Cotton joins me. Stay with us.",
    ),
    (
        _SHOW + "Promoted Links\nby Outbrain\nExperts Warn: Stop Eating This Breakfast\n"
        "Daily Health\n\nAbout\nContact\nPrivacy Policy\n© 2024 NBCUniversal\n",
        "And when we come back, Senator Tom Cotton joins me. Stay with us.",
    ),
    # Blogger's footer under the post: the labels, comments and sidebar below it are no answer.
    (
        _BLOG + "Posted by Tom Brannigan at 9:14 AM\nLabels: housing bond, interviews\n"
        "2 comments:\nMarjorie P. said...\nThanks for posting the whole thing, Tom.\n"
        "Post a Comment\nNewer Post Older Post Home\nBlog Archive\n",
        "Ask me after Thursday.",
    ),
    (
        _BLOG + "Posted by Tom Brannigan at 9:14 PM\n1 comment:\nDale R. said...\nWe'll see.\n",
        "Ask me after Thursday.",
    ),
]


@pytest.mark.parametrize(("text", "last"), LAST_TURN_CASES)
def test_last_turn_ends_above_the_page_foot(text: str, last: str) -> None:
    rows = turn_rows(text)
    assert rows[-1][2] == last


# The words themselves are no footer: a speaker who says "subscribe" or "posted" keeps them.
KEPT_CASES = [
    (
        _PODCAST.replace(
            "See you next week.", "Subscribe to the show wherever you like, and see you."
        ),
        "That's all for this week's Trade Talk. I'm Anna Berg. Subscribe to the show wherever "
        "you like, and see you.",
    ),
    (
        _BLOG.replace("Ask me after Thursday.", "I posted the numbers online at noon."),
        "I posted the numbers online at noon.",
    ),
]


@pytest.mark.parametrize(("text", "last"), KEPT_CASES)
def test_speech_that_mentions_it_stays(text: str, last: str) -> None:
    assert turn_rows(text)[-1][2] == last
