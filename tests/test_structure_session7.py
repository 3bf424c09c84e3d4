"""Small cases for the seventh session's lead-side fixes: a photo caption and a share button
are nobody's words, and an outlet whose two journalists the lead names asks as the outlet."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _photo_caption
from rhetoscope.structure.speakers import classify_label
from structure_support import spoken_rows


@pytest.mark.parametrize(
    ("para", "caption"),
    [
        ("Ночная смена в контакт-центре. Иллюстративное фото", True),
        ("Nurses at the clinic in Lagos. Photo: Reuters", True),
        ("Медсестри в лікарні. Фото: Суспільне", True),
        ("Вы бы вернулись в колл-центр? Фото", False),  # asks
        ("Мы делали фото каждый день, это была работа", False),  # the word, not a credit
    ],
)
def test_photo_caption(para: str, caption: bool) -> None:
    assert _photo_caption(para) is caption


@pytest.mark.parametrize("raw", ["Follow Us", "Share this", "Text Size"])
def test_page_buttons_are_no_labels(raw: str) -> None:
    assert classify_label(raw) is None


def test_outlet_with_two_named_journalists_asks_as_the_outlet() -> None:
    text = (
        "ThePrint\n\nKerala MP on delimitation\n\n"
        "New Delhi: Suresh Raghavan has emerged as a loud voice against delimitation. In an "
        "interview with ThePrint's Arjun Mehta and Priya Nair, he explained why.\n\n"
        "ThePrint: Why are you worried?\n\n"
        "Raghavan: Because seats are power.\n\n"
        "ThePrint: And the finance commission?\n\n"
        "Raghavan: It must reward states that did well.\n"
    )
    rows = spoken_rows(text)
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", "ThePrint"),
        ("answer", "Suresh Raghavan"),
        ("question", "ThePrint"),
        ("answer", "Suresh Raghavan"),
    ]
