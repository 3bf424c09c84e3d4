"""A Commons chair's member line, the post with its holder in brackets ("Madam Deputy Speaker
(Judith Cummins)"), is a label like any member's: her short call to order between the members
is her own `other` turn, not the tail of the speech above."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

_DEBATE = (
    "Hansard\nCommons Chamber\n\nLibrary Services\n\nVolume 781: debated on Tuesday 3 March 2026"
    "\n\n5.02 pm\n\n"
    "Anna Price (Stroud) (Lab){btn}\n"
    "I beg to move,\nThat this House has considered library services in rural areas.\n\n"
    "Three of the five branch libraries in my constituency now open two days a week.\n\n"
    "Mr David Lowe (Ludlow) (Con){btn}\n"
    "Does the hon. Lady accept that mobile libraries can reach villages better?\n\n"
    "Anna Price\n"
    "They can, but the county has cut its mobile fleet from four vans to one.\n\n"
    "{chair}{btn}\n"
    "{call}\n\n"
    "The Minister for Culture (Tom Bradley){btn}\n"
    "I congratulate the hon. Member for Stroud (Anna Price) on securing this debate.\n\n"
    "Anna Price\nWill the Minister meet me and the county librarian?\n\n"
    "Tom Bradley\nI would be glad to.\n"
)

_CALL = "Order. I call the Minister."


@pytest.mark.parametrize(
    ("chair", "call", "btn", "speaker"),
    [
        ("Madam Deputy Speaker (Judith Cummins)", _CALL, "", "Judith Cummins"),
        ("Madam Deputy Speaker (Judith Cummins)", _CALL[7:], "\nShare", "Judith Cummins"),
        ("Mr Speaker (Lindsay Hoyle)", "Order. Interventions must be brief.", "", "Lindsay Hoyle"),
        ("Mr Deputy Speaker (Nusrat Ghani)", _CALL, "ExcerptsShare", "Nusrat Ghani"),
    ],
)
def test_chair_line_is_her_own_turn(chair: str, call: str, btn: str, speaker: str) -> None:
    doc = PIPE(read_text(_DEBATE.format(chair=chair, call=call, btn=btn)))
    turns = [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]
    assert ("other", speaker, call) in turns
    # the speech above ends before the chair's line
    above = [t for t in turns if t[2].startswith("They can, but")]
    assert above and above[0][2].endswith("to one.")
