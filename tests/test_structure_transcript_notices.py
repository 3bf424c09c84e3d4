"""A network's transcript notice in capitals is no speaker (twentieth session, check F): MSNBC
opens its rush transcripts with "BE ADVISED: THIS TRANSCRIPT MAY CONTAIN ERRORS."."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import classify_label

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


@pytest.mark.parametrize("label", ["BE ADVISED", "Be advised", "PLEASE NOTE"])
def test_notice_is_no_label(label: str) -> None:
    assert classify_label(label) is None


def test_msnbc_notice_is_no_turn() -> None:
    page = (
        "Morning Joe, 3/4/26\n\nBE ADVISED: THIS TRANSCRIPT MAY CONTAIN ERRORS.\n\n"
        "MIKA BRZEZINSKI, MSNBC HOST: Welcome back. Joining us now, Governor Josh Shapiro.\n\n"
        "JOSH SHAPIRO (D), PENNSYLVANIA GOVERNOR: Good morning, Mika.\n\n"
        "BRZEZINSKI: Will the trains keep running?\n\n"
        "SHAPIRO: They will, if the legislature does its job.\n"
    )
    doc = PIPELINE(read_text(page))
    speakers = [t.attrs["speaker"] for t in doc.layer("turns")]
    assert "Be Advised" not in speakers
    assert speakers[-2:] == ["Mika Brzezinski", "Josh Shapiro"]
