"""Round 38 (HC): digit brands as outlet labels, blockquoted plain Q&A, closing boxes."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("e360", LabelKind.PERSON),  # Yale Environment 360's brand asks as an outlet
        ("NY1", LabelKind.PERSON),
        ("Q1", LabelKind.QUESTION),  # a numbered question stays one
        ("A2", LabelKind.ANSWER),
    ],
)
def test_digit_brand_label(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


@pytest.mark.parametrize(
    "tail",
    [
        "About the interviewer: Leila Haddad is a communications officer at The Kresge Foundation.",
        "Learn more about the Lagos Clean Air Collaborative at lagoscleanair.org.",
        "Comments will be moderated. Keep comments relevant to the article.",
        "Chea Sophal is Secretary of State at the Ministry of Water Resources of Cambodia.",
    ],
)
def test_closing_box_is_trailer(tail: str) -> None:
    body = "Q: Is it working?\n\nA: It works when the data arrives on time.\n\n"
    text = body + tail + "\n"
    assert trailing_start(text) <= len(body.rstrip()) + 2


BLOCKQUOTED = """The Daily Ledger

Anna Petrova, an economist at a research institute in Berlin, has tracked the budget for years. \
The Daily Ledger asked her about the deficit and the National Wealth Fund.

> The deficit forecast was revised twice. How worried should we be?

Anna Petrova: Worried, but not panicked. The deficit itself is not huge.

> How much is left in the fund?

Less than three trillion rubles, and falling.

> So the banks fill the gap.

Yes, through domestic bonds.

> Who pays in the end?

Households, through inflation and higher taxes.
"""


def test_blockquoted_plain_qa() -> None:
    turns = analyse(BLOCKQUOTED).turns
    got = [
        (t.label, t.attrs.get("speaker"), BLOCKQUOTED[t.start : t.end].split()[0]) for t in turns
    ]
    assert got == [
        ("question", None, "The"),
        ("answer", "Anna Petrova", "Worried,"),
        ("question", None, "How"),
        ("answer", "Anna Petrova", "Less"),
        ("question", None, "So"),
        ("answer", "Anna Petrova", "Yes,"),
        ("question", None, "Who"),
        ("answer", "Anna Petrova", "Households,"),
    ]
