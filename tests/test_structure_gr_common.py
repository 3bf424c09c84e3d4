"""Round 36 (GR): a phone-in host's queue line that names the caller after a lead-in ("Next up
is Loretta in Fresno"), a Hansard topic heading set flush over the record's language note."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.furniture import _trim_heading
from rhetoscope.structure.naming import _handed_caller

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


@pytest.mark.parametrize(
    ("host", "caller"),
    [
        ("Next up is Loretta in Fresno, California, independent line.", "Loretta"),
        ("Let's go to Wendell in Macon, Georgia.", "Wendell"),
        ("Thanks for that. Now Tamika from Dayton, Ohio. Go ahead.", "Tamika"),
        ("Let's go to calls. Ray is in Canton, Ohio, on the line for Republicans.", "Ray"),
        # two candidates: no one
        ("Next up is Loretta in Fresno. Now Wendell in Macon, Georgia.", None),
        ("Let's go to the phones.", None),
    ],
)
def test_queue_names_caller(host: str, caller: str | None) -> None:
    assert _handed_caller("CALLER", host, set()) == caller


@pytest.mark.parametrize(
    ("body", "after", "kept"),
    [
        # the heading goes, the note under it says the record resumes
        (
            "… they sit down.\nHousing",
            "\n[Translation]\nMr. Luc Bergeron (BQ): …",
            "… they sit down.",
        ),
        (
            "… on their pay stubs.\nPublic Safety",
            "\n[English]\nMs. Jo Li (NDP): …",
            "… on their pay stubs.",
        ),
        # no note: a flush unstopped line may be speech that lost its stop
        ("… they sit down.\nHousing", "\nMr. Luc Bergeron (BQ): …", "… they sit down.\nHousing"),
        # the line above ends no sentence
        ("… and then\nHousing", "\n[Translation]\nMr. Luc Bergeron (BQ): …", "… and then\nHousing"),
    ],
)
def test_flush_heading_over_language_note(body: str, after: str, kept: str) -> None:
    text = "X: " + body + after
    start = 3
    end = start + len(body)
    assert text[start : _trim_heading(text, start, end)] == kept


CSPAN = """Washington Journal: Dana Whitfield on the Farm Bill

HOST: Let's get to calls. Ray is in Canton, Ohio, on the line for Republicans. Good morning, Ray.
CALLER: Good morning. Why should taxpayers keep paying for that?
DANA WHITFIELD: Ray makes a fair point.
HOST: Next up is Loretta in Fresno, California, independent line.
CALLER: Yes, hi. My question is about the tariffs. Is that going to happen again?
DANA WHITFIELD: It's a real risk.
"""


def test_cspan_callers_named() -> None:
    doc = PIPELINE(read_text(CSPAN))
    callers = [s.attrs.get("speaker") for s in doc.layer("turns") if s.label == "question"]
    assert "Ray" in callers and "Loretta" in callers
