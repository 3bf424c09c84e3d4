"""Round 28 (EJ): naming an English Q&A's sides from the header, short snippets."""

import pytest

from rhetoscope.structure.header import _after_article, _lead_interviewee
from rhetoscope.structure.naming import _crumb_only, _double_given
from rhetoscope.structure.speakers import name_from_phrase


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # A pronoun that spoke to someone is the lead's subject: the one spoken to listens.
        (
            "JAKARTA -- Indonesia's Trade Minister Ratna Wulandari says the country will court "
            "investment. She spoke to Nikkei Asia at her ministry office on Monday.",
            "Ratna Wulandari",
        ),
        # The object of an outlet's "spoke with" is still the one interviewed.
        ("Stateline spoke with Senator Dana Whitcombe about premiums.", "Dana Whitcombe"),
    ],
)
def test_lead_interviewee(header: str, want: str) -> None:
    found = _lead_interviewee(header, [])
    assert found is not None and found.display() == want


@pytest.mark.parametrize(
    ("header", "pair", "want"),
    [
        (
            "Jordan's ambassador to the United Nations in Geneva, Faisal al-Tamimi",
            "United Nations",
            True,
        ),
        ("United Nations envoy speaks; the United Nations said", "United Nations", False),
    ],
)
def test_after_article(header: str, pair: str, want: bool) -> None:
    assert _after_article(header, *pair.split()) is want


@pytest.mark.parametrize(
    ("header", "pair", "want"),
    [
        ("Stateline\nStateline Home > Health > Interview\nQ&A: …", "Stateline Home", True),
        ("Home > News\nStateline Home is a person here, said the lead.", "Stateline Home", False),
    ],
)
def test_crumb_only(header: str, pair: str, want: bool) -> None:
    assert _crumb_only(header, *pair.split()) is want


@pytest.mark.parametrize(
    ("header", "want"),
    [
        (
            "transition. Ana Paula de Souza, Secretary for Economic Policy, talks to us.\n"
            "Ana Paula de Souza, Secretary for Economic Policy, Brazil.",
            ("Ana", "Paula"),
        ),
        ("Minister Paula de Souza said. Later Paula de Souza added.", ("Paula",)),
    ],
)
def test_double_given(header: str, want: tuple[str, ...]) -> None:
    assert _double_given(header, "Paula", "de Souza") == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("IMF Country Focus", "IMF Country Focus"),  # a publication's name, kept whole
        ("МЗС Олексій Бондар", "Олексій Бондар"),  # a ministry's acronym before its spokesman
    ],
)
def test_acronym_headed_label(phrase: str, want: str) -> None:
    name = name_from_phrase(phrase)
    assert name is not None and name.display() == want
