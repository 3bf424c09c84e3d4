"""Round-37 (GV) mechanisms: a domain outlet label, an agency/photographer caption credit, a
speakers box below an event transcript, a "Contributor" box signature, an outlet's journalist
named as the lead's subject, and a numbered column of questions."""

import pytest

from rhetoscope.structure.dialogue import _EN_SIGNATURE, _signer
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "outlet"),
    [("swissinfo.ch", "swissinfo.ch"), ("bbc.co.uk", "bbc.co.uk"), ("Meduza.io", "Meduza.io")],
)
def test_domain_outlet_label(label: str, outlet: str) -> None:
    info = classify_label(label)
    assert info is not None and info.outlet == outlet


@pytest.mark.parametrize(
    ("tail", "signer"),
    [
        (
            "\n\nContributor\nHana Whitaker is Newsroom's political editor. She conducted this "
            "interview, which has been edited for length.",
            "Hana Whitaker",
        ),
        (
            "\n\nAbout the contributor\nOwen Baptiste is a freelance reporter. He conducted this "
            "interview for the site.",
            "Owen Baptiste",
        ),
    ],
)
def test_contributor_box_signature(tail: str, signer: str) -> None:
    m = _EN_SIGNATURE.search("A: Thanks." + tail)
    assert m is not None
    named = _signer(m)
    assert named is not None and named.display() == signer


_EVENT = """Transcript: A Conversation with Dr. Jane Roe

Moderator: Welcome. Is the region more secure?

Dr. Roe: Less secure.

Moderator: Why?

Dr. Roe: Because of the withdrawals.

Moderator: Thank you for joining us.

Speakers

Dr. Jane Roe
Senior Fellow, Security Program

Moderator: John Doe
Director, Security Program
"""


def test_speakers_box_below_transcript_names_moderator() -> None:
    s = analyse(_EVENT)
    speakers = {sp.attrs.get("speaker") for sp in s.turns if sp.label == "question"}
    assert speakers == {"John Doe"}
    assert "Speakers" not in _EVENT[s.turns[-1].start : s.turns[-1].end]
