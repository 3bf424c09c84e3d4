"""A programme's or an outlet's possessive before a name in the lead ("spoke to Morning Report's
Ingrid Hipkiss") is no part of the name: the host keeps the name her label gives."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

_PAGE = (
    "RNZ\nHome\nNews\nMorning Report\n\n"
    "Stanford says attendance target on track\n7:22 am on 4 March 2026\nShare this\n\n"
    "Education Minister Erica Stanford.\nPhoto: RNZ / Mark Papalii\nListen duration 6′ 48″\n\n"
    "The Education Minister says the 2030 attendance target is still in reach, despite new "
    "figures. Erica Stanford spoke to {owner} Ingrid Hipkiss.\n\n"
    "Ingrid Hipkiss: Minister, attendance dropped to 51 percent. How is that on track?\n\n"
    "Erica Stanford: Because the trend since the start of the year is clearly up.\n\n"
    "Ingrid Hipkiss: Will you fine parents?\n\n"
    "Erica Stanford: Fines are a last resort, and we use them rarely.\n\n"
    "Ingrid Hipkiss: Erica Stanford, thank you.\n"
)


@pytest.mark.parametrize("owner", ["Morning Report's", "RNZ's", "Checkpoint’s"])
def test_possessive_owner_not_in_name(owner: str) -> None:
    doc = PIPE(read_text(_PAGE.format(owner=owner)))
    askers = {s.attrs["speaker"] for s in doc.layer("turns") if s.label == "question"}
    assert askers == {"Ingrid Hipkiss"}
