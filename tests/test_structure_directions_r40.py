"""Round 40's own fixes: a gallery counter is no stage direction, plural laughter is, and a
notary's certificate under a rule of spaced asterisks is trailing furniture."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.metadata import trailing_start

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

QA = (
    "Interview with Mayor Ann Holt\n\n"
    "Q: How is the bridge repair going, and when will it open?\n\n"
    "HOLT: It is going well. We expect it to open in May.\n\n"
    "{line}\n\n"
    "Q: And the cost of the whole project, including the approaches?\n\n"
    "HOLT: About four million dollars, which is within the budget.\n"
)


@pytest.mark.parametrize(
    ("line", "direction"),
    [
        ("[Image 1 of 2]", False),
        ("[Photo 2 of 5]", False),
        ("(Смеются.)", True),
        ("[сміються]", True),
        ("(LAUGHTER)", True),
    ],
)
def test_gallery_counter_and_plural_laughter(line: str, direction: bool) -> None:
    doc = PIPELINE(read_text(QA.format(line=line)))
    found = [doc.span_text(s) for s in doc.layer("stage_directions")]
    assert (line in found) is direction


def test_notary_certificate_under_spaced_asterisks_is_trailing() -> None:
    body = (
        "MS. WHITCOMB: What did the zoning change do to prices in the first year?\n\n"
        * 12
        + "MS. WHITCOMB: Thank you all for joining us, here and online.\n\n"
        "* * * * *\n\n"
        "CERTIFICATE OF NOTARY PUBLIC\n"
        "I, Jane Roe, do hereby certify that the forgoing electronic file was reduced to text "
        "at my direction.\n\nJane Roe\n(Signature and Seal on File)\n"
        "Notary Public in and for the Commonwealth of Virginia\n"
    )  # the certificate is looked for in the last third of the page
    assert body[: trailing_start(body)].endswith("here and online.")
