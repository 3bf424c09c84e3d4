"""The one outlet-label convention (docs/structure.md, Speakers): an outlet's label ("TIME:",
"AP:", "The Kyiv Independent:") asks as the one journalist the page names, a single-author
byline or the lead's named interviewer; two writers, a desk's byline, a contributor's line or
no byline at all keep the outlet as written."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

BODY = """
{lead}

This interview has been edited for length and clarity.

{label}: What will the ministry do about the harbour this year?

Okonkwo: We will dredge the channel and rebuild the north quay before the winter storms.

{label}: And who pays for it?

Okonkwo: The port authority pays half, and the rest comes from the national budget.
{tail}"""

HEAD = """Harbour minister: 'The quay will be ready before winter'

{byline}
March 4, 2025
"""

LEAD = (
    "Harbour Minister Ada Okonkwo sat down with {outlet} in her office on Monday to talk about "
    "the dredging plan and the budget."
)


def page(label: str, byline: str, *, lead: str | None = None, tail: str = "") -> str:
    head = HEAD.format(byline=byline) if byline else HEAD.replace("{byline}\n", "")
    return head + BODY.format(
        lead=lead if lead is not None else LEAD.format(outlet=label), label=label, tail=tail
    )


CASES = [
    # a single-author byline: the outlet's questions are that writer's
    pytest.param(page("TIME", "By Simon Shuster"), "Simon Shuster", id="single-byline-caps-outlet"),
    pytest.param(page("AP", "By NOAH ELLISON"), "Noah Ellison", id="single-byline-in-capitals"),
    pytest.param(
        page("The Harbour Herald", "By Priya Natarajan, Deputy News Editor"),
        "Priya Natarajan",
        id="single-byline-with-post",
    ),
    # two authors: the outlet asks
    pytest.param(page("TIME", "By Simon Shuster and Vera Bergengruen"), "TIME", id="two-authors"),
    # two journalists named in the lead under one byline: the outlet asks
    pytest.param(
        page(
            "TIME",
            "By Simon Shuster",
            lead=(
                "Harbour Minister Ada Okonkwo spoke to TIME's Simon Shuster and Vera Bergengruen "
                "in her office on Monday about the dredging plan and the budget."
            ),
        ),
        "TIME",
        id="two-journalists-in-lead",
    ),
    # a desk's or staff byline: the outlet asks
    pytest.param(page("AP", "By AP Staff"), "AP", id="staff-byline"),
    pytest.param(page("The Hill", "By Staff Reports"), "The Hill", id="staff-reports-byline"),
    # a contributor's line names a second writer: the outlet asks
    pytest.param(
        page(
            "AP",
            "By MARA LINDQVIST",
            tail="\nAssociated Press writer Daniel Ofori contributed to this report.\n",
        ),
        "AP",
        id="contributor-line",
    ),
    # no byline at all: the outlet asks
    pytest.param(page("TIME", ""), "TIME", id="no-byline"),
    # "Interview by X": X asks under the outlet's label
    pytest.param(
        page(
            "TIME",
            "Interview by Simon Shuster",
            lead="Harbour Minister Ada Okonkwo spoke to TIME about the dredging plan.",
        ),
        "Simon Shuster",
        id="interview-by",
    ),
    pytest.param(
        page(
            "AP",
            "Interview by Noah Ellison",
            lead="Harbour Minister Ada Okonkwo spoke with The Associated Press about the quay.",
        ),
        "Noah Ellison",
        id="interview-by-agency",
    ),
    # the lead names the outlet's one journalist
    pytest.param(
        page(
            "Dawn",
            "",
            lead=(
                "Harbour Minister Ada Okonkwo spoke to Dawn's Baqir Sajjad Syed in her office "
                "on Monday about the dredging plan and the budget."
            ),
        ),
        "Baqir Sajjad Syed",
        id="journalist-in-lead",
    ),
]


@pytest.mark.parametrize(("text", "asker"), CASES)
def test_outlet_label_asker(text: str, asker: str) -> None:
    doc = PIPELINE(read_text(text))
    turns = [t for t in doc.layer("turns") if t.label == "question"]
    assert len(turns) == 2, [(t.label, t.attrs) for t in doc.layer("turns")]
    assert {t.attrs["speaker"] for t in turns} == {asker}
    answers = [t for t in doc.layer("turns") if t.label == "answer"]
    assert {t.attrs["speaker"] for t in answers} == {"Ada Okonkwo"}
