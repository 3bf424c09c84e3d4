"""The twentieth session's review pass over the rules its fixers added: each case a reading
that was wrong before the review."""

from __future__ import annotations

import pytest

from rhetoscope.structure import regex as re
from rhetoscope.structure.dialogue import _SPEECH_BY_OFFICE_EN
from rhetoscope.structure.metadata import _TRAILING_LINE, PROMO
from rhetoscope.structure.roles import _SUSPENDS

PROMO_RE = re.compile(PROMO, re.IGNORECASE)


@pytest.mark.parametrize(
    ("title", "office", "state"),
    [
        ("We must hold – address by the President of Ukraine", "President", "Ukraine"),
        # the article belongs to the state's name, so a holder after it is looked up whole
        ("Remarks by the President of the United States", "President", "the United States"),
    ],
)
def test_speech_by_office_keeps_the_article(title: str, office: str, state: str) -> None:
    m = _SPEECH_BY_OFFICE_EN.search(title)
    assert m is not None and m.groups() == (office, state)


@pytest.mark.parametrize(
    ("line", "trailing"),
    [
        ("Reproduction of materials only with a hyperlink to ukrinform.net.", True),
        ("Any use of our content without written permission is prohibited.", True),
        # an answer's words, not a notice: the subject is no material
        ("Any use of force without the consent of the Security Council is illegal.", False),
    ],
)
def test_reprint_notice(line: str, trailing: bool) -> None:
    assert (_TRAILING_LINE.match(line) is not None) is trailing


@pytest.mark.parametrize(
    ("line", "promo"),
    [
        ("Newsnight is on BBC Two on weekdays at 22:30 and on BBC iPlayer.", True),
        ("the show is on air every day at 10.30 here", False),
        ("The vote is on the agenda on holidays at 10:00 sharp", False),
    ],
)
def test_programme_slot_needs_its_capitals(line: str, promo: bool) -> None:
    assert (PROMO_RE.fullmatch(line) is not None) is promo


@pytest.mark.parametrize(
    "body",
    ["We will suspend for 10 minutes.", "We will suspend for 5 minutes.", "We'll adjourn briefly."],
)
def test_suspends(body: str) -> None:
    assert _SUSPENDS.search(body) is not None
