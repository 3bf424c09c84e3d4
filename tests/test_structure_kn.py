"""Batch KN (round 50): a radio network's photo caption widget above the page's summary.

npr.org prints a photo's caption, its credit, the "hide caption" / "toggle caption" buttons and
the credit again between the byline block and the story's summary; the summary is the
introduction, the caption widget is the page's."""

import re

import pytest

from rhetoscope.structure.dialogue import _in_caption_widget
from structure_support import run

_SUMMARY = (
    "Corn planting is running late in the northern plains. NPR's Mara Ellison talks to Tom "
    "Reyes of the state growers' association about what a wet spring means for prices."
)
_BODY = (
    "\n\nTranscript\n\nMARA ELLISON, HOST:\n\n"
    "Farmers across the Dakotas are waiting for fields to dry out before they can plant.\n\n"
    "ELLISON: Tom Reyes runs the state growers' association, and he joins us now.\n\n"
    "TOM REYES: Good morning, Mara. Thanks for having me.\n\n"
    "ELLISON: How far behind are growers this year?\n\n"
    "REYES: About two weeks, and every day past mid-May costs yield in the fall.\n\n"
    "ELLISON: Tom Reyes, thank you.\n\nREYES: Thank you.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        # caption closed by a full stop, an agency credit set close to the slash
        "A planter sits idle beside a flooded field near Fargo, N.D., in 2024.\n"
        "Jane Doe/AP\nhide caption\ntoggle caption\nJane Doe/AP\n",
        # caption with no sentence mark, a distributor's credit
        "A planter sits idle beside a flooded field near Fargo\n"
        "Jim Watson/AFP via Getty Images\nhide caption\ntoggle caption\n"
        "Jim Watson/AFP via Getty Images\n",
    ],
)
def test_caption_widget_is_the_pages(caption: str) -> None:
    head = (
        "Economy\nCorn farmers wait out a wet spring\nMay 6, 2025 5:07 AM ET\n"
        "Heard on Morning Edition\nMara Ellison\n4-Minute Listen\nPlaylist\nDownload\n"
        "Embed\nTranscript\n"
    )
    doc = run(head + caption + _SUMMARY + _BODY)
    intro = doc.layer("turns")[0]
    assert (intro.label, intro.attrs["speaker"]) == ("other", None)
    assert doc.span_text(intro) == _SUMMARY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hide caption", True),
        ("toggle caption", True),
        # the credit right above the button
        ("Sue Ogrocki/AP\nhide caption", True),
        # the caption two lines above it
        ("A combine harvests wheat near Enid.\nSue Ogrocki/AP\nhide caption", True),
        # a prose paragraph with no button below
        ("A combine harvests wheat near Enid.\nSue Ogrocki/AP\nMore text", False),
        # a closed sentence right above the button is no credit
        ("The harvest began on Monday.\nhide caption", False),
    ],
)
def test_in_caption_widget(text: str, expected: bool) -> None:
    lines = list(re.finditer(r"[^\n]*(?:\n|$)", text))
    assert _in_caption_widget(lines[0].group().strip(), lines[1:]) is expected
