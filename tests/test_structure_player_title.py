"""An embedded player's title under its marker is display type, never a speaker's turn (a
foxnews.com page's "Video" / "Energy Secretary Chris Wright: We are going to unleash American
energy" over the clip's blurb and the rush transcript)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.turns import analyse

PAGE = """Fox News
Published June 12, 2025 9:15pm EDT
Energy Secretary Chris Wright: Gas prices will come down 'because we're drilling again'
Energy Secretary Chris Wright discusses the administration's energy agenda on 'The Story.'
By Fox News Staff | Fox News
{mark}
Energy Secretary Chris Wright: We are going to unleash American energy
Energy Secretary Chris Wright joins 'The Story' to discuss gas prices and the power grid.
This is a rush transcript from "The Story with Martha MacCallum," June 12, 2025.
MARTHA MACCALLUM, FOX NEWS HOST: Summer driving season is here. Mr. Secretary, welcome.
CHRIS WRIGHT, ENERGY SECRETARY: Thank you, Martha. Great to be here.
MACCALLUM: Where do you see gas prices going over the summer?
WRIGHT: Down, because we're drilling again.
"""


@pytest.mark.parametrize("mark", ["Video", "VIDEO", "Watch"])
def test_player_title_is_no_turn(mark: str) -> None:
    turns = analyse(PAGE.format(mark=mark)).turns
    assert all(t.attrs["speaker"] != "Chris Wright" or t.label == "answer" for t in turns)
    assert [t.attrs["speaker"] for t in turns if t.label == "answer"] == ["Chris Wright"] * 2
