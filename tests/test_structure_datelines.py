"""A wire's dateline closed with a colon is no speaker label."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "voice"),
    [
        ("ISLAMABAD, Jan 22 (APP)", False),
        ("DHAKA, March 3, 2025 (BSS)", False),
        ("Vientiane, 10 Jan. (KPL)", False),
        ("John Smith, CEO", True),
        ("Sergey Lavrov", True),
        ("Question (Reuters)", True),
    ],
)
def test_agency_dateline_is_no_label(label: str, voice: bool) -> None:
    assert (classify_label(label) is not None) is voice
