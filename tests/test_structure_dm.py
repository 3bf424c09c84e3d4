"""Small cases for the DM round: an office holder's interview with a news outlet, long agency
names, and a journalist's outlet joined by "and"."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.naming import _self_introduced
from rhetoscope.structure.speakers import _news_outlet


@pytest.mark.parametrize(
    ("header", "kind", "surname"),
    [
        (
            "Deputy Foreign Minister Nikolai Vereshchagin’s interview with Rossiya Segodnya "
            "International Information Agency, November 12, 2025",
            "interview with",
            "Vereshchagin",
        ),
        (
            "Foreign Minister Sergey Lavrov’s interview with Izvestia newspaper, May 3, 2025",
            "interview with",
            "Lavrov",
        ),
    ],
)
def test_possessive_interview_with_outlet(header: str, kind: str, surname: str) -> None:
    assert [(k, n.surname) for k, n in _header_people(header)] == [(kind, surname)]


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Rossiya Segodnya International Information Agency", True),
        ("Xinhua News Agency", True),
        ("Nikolai Vereshchagin", False),
    ],
)
def test_agency_names(label: str, outlet: bool) -> None:
    assert _news_outlet(label) is outlet


def test_outlet_joined_by_and() -> None:
    body = "Thank you. Jennifer Osei, Stars and Stripes. Families at the base ask why?"
    assert _self_introduced(body, set()) == "Jennifer Osei"
