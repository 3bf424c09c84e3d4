"""Small cases for the CF round: flush captions, a second asker given the interview, hashtag
blocks above share furniture, rhetorical questions inside an implied answer."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _rest_asks
from rhetoscope.structure.furniture import flush_caption
from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import _mangled_above_furniture


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("With Bharat Global TV journalists Ritika Malhotra and Arvind Nair.", True),
        ("At the meeting with Prime Minister of India Narendra Modi.", True),
        ("With regard to Ukraine, nothing has changed.", False),
        ("At the same time we will continue our work.", False),
        ("With journalists.", False),
    ],
)
def test_flush_caption(line: str, caption: bool) -> None:
    assert flush_caption(line) is caption


def test_two_askers_given_the_interview() -> None:
    header = "Vladimir Putin gave an interview to Ritika Malhotra and Arvind Nair of the channel."
    askers = {n.surname for k, n in _header_people(header) if k == "interview by"}
    assert {"Malhotra", "Nair"} <= askers


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("… for Ukraine.#\nDenmark#\nZelenskyy\nShare:\n", ("Denmark", "Zelenskyy")),
        ("… prosperity.#\nHungary#\nRussia–EU relations\nSource: https://x.org/1\n", None),
        ("… Russia.#\nNATO#\nEuropean security\nShare\nFacebook\nTwitter\nVK\n", None),
    ],
)
def test_mangled_block_above_furniture(text: str, tags: tuple[str, ...] | None) -> None:
    block = _mangled_above_furniture(text)
    assert block is not None
    if tags:
        assert block.tags == tags


@pytest.mark.parametrize(
    ("rest", "asks"),
    [
        ("I am confident. But if not the loan, then what? Taxpayers will not pay.", False),
        ("And what about Serbia? I ask because …", True),
        ("Context first.\n\nSo will you sign it?", True),
    ],
)
def test_rest_asks(rest: str, asks: bool) -> None:
    assert _rest_asks(rest) is asks
