"""Small cases for English transcript mechanisms: called askers, self-introductions, portfolio
offices, headline labels, glued White House "Q"."""

from __future__ import annotations

import pytest

from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.naming import _called_asker, _self_introduced
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (
            "We have time. The first question goes to Rachel Oduya of Agence France-Presse.",
            "Rachel Oduya",
        ),
        ("The next question, Piotr Zalewski from Rzeczpospolita.", "Piotr Zalewski"),
        ("The next question, Mr Secretary, is yours.", None),
        ("Thank you, Commissioner. Euractiv first, please.", None),
    ],
)
def test_called_asker(previous: str, expected: str | None) -> None:
    assert _called_asker(previous, set()) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi, General. Dmitri Kovalenko with Defense Dispatch. On munitions …?",
            "Dmitri Kovalenko",
        ),
        ("Olena Zelenska, Prime Minister of Ukraine, said …", None),
    ],
)
def test_self_introduced(body: str, expected: str | None) -> None:
    assert _self_introduced(body, set()) == expected


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Health Secretary", LabelKind.OFFICE),
        ("Education Secretary", LabelKind.OFFICE),
        ("Chief Spokesperson", LabelKind.OFFICE),
    ],
)
def test_portfolio_office(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


def test_headline_is_no_label() -> None:
    assert classify_label("OVERSIGHT OF FEDERAL IMPROPER PAYMENTS") is None


def test_glued_q_without_space() -> None:
    # A lost line break leaves no space before the White House's "Q" and its wide gap.
    exchange = "Q    Thanks, Dana.  Is the President going to announce new money today?\n\n"
    answer = "MS. WHITCOMB:  The President has been very clear about that, as you know.\n\n"
    text = (
        "MS. WHITCOMB:  Hi, everyone.  Happy Friday.  I'll take your questions.\n\n"
        + (exchange + answer) * 3
        + "MS. WHITCOMB:  We'd welcome her there.Q    On Ukraine, is the envoy traveling?\n\n"
        + answer
    )
    assert [h.text for h in find_labels(text)].count("Q") == 4
