"""Round 39 (HJ) snippets: Mc initials, bold bracketed initials, italic questions, "Words by"
bylines, a lead's "Dr" subject, "Speaking to …'s …" and "sat down with" leads, closing thanks."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.dialogue import _headlined_subject, _lead_people_en
from rhetoscope.structure.metadata import find_byline
from rhetoscope.structure.speakers import LabelKind, _initialisms, classify_label, name_from_phrase

_PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _PIPE(read_text(text, source="t.txt"))
    return [(s.label, s.attrs.get("speaker"), doc.span_text(s)) for s in doc.layer("turns")]


@pytest.mark.parametrize("label", ["AMcC", "JMacD", "TvL"])
def test_particle_initials_are_a_person(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.PERSON


def test_mc_initials_spelled_without_accent() -> None:
    name = name_from_phrase("Áine McCartan")
    assert name is not None and "AMCC" in _initialisms(name)


def test_full_names_then_mc_initials() -> None:
    text = (
        "Minister Áine McCartan spoke to Claire Simpson in Belfast about water.\n\n"
        "Claire Simpson: Minister, how bad is it?\n\n"
        "Áine McCartan: It is as bad as I have seen.\n\n"
        "CS: Is housing going to stall?\n\n"
        "AMcC: In some places it already has.\n\n"
        "CS: So where does the money come from?\n\n"
        "AMcC: Borrowing, in part.\n"
    )
    assert [t[1] for t in _turns(text)[-4:]] == ["Claire Simpson", "Áine McCartan"] * 2


def test_bold_bracketed_initials_with_italic_questions() -> None:
    text = (
        "Interview\n\n12 June 2025\n\n"
        "After the blackout, we spoke with Ines de Oliveira about the grid.\n\n"
        "**[JM]** *Two months after the blackout, do we know what happened?*\n\n"
        "**[IdO]** We know most of it.\n\n"
        "**[JM]** *Why has it taken so long?*\n\n"
        "**[IdO]** Permitting in the Pyrenees.\n\n"
        "**[JM]** *What should the EU do now?*\n\n"
        "**[IdO]** Treat grids as strategic infrastructure.\n"
    )
    turns = _turns(text)
    assert ("question", "Why has it taken so long?") in [(t[0], t[2]) for t in turns]
    assert ("answer", "Permitting in the Pyrenees.") in [(t[0], t[2]) for t in turns]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("Q&A: Housing\n\nWords by Liam Okoro\nPublished 27 August 2025\n", "Liam Okoro"),
        ("Q&A: Housing\n\nStory by Dana Ruiz\n", "Dana Ruiz"),
    ],
)
def test_words_by_byline(head: str, want: str) -> None:
    assert find_byline(head) == want


def test_dr_subject_of_the_lead() -> None:
    lead = (
        "Dr Maarten van Rooij, a Dutch water adviser, spoke to Tamanna Haque about the plan.\n\n"
        "Dr Maarten van Rooij. Photo: Courtesy\n"
    )
    assert _headlined_subject(lead, "Tamanna Haque") == "Maarten van Rooij"


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (
            "Deputy Transport Minister Hasan Basri Eroğlu has said volumes could triple.\n\n"
            "Speaking to daily Hürriyet's Barçın Yener in Istanbul, Eroğlu discussed the line."
            "\n\nDeputy Transport Minister Hasan Basri Eroğlu. AA Photo\n",
            {("interview with", "Hasan Basri Eroğlu"), ("interview by", "Barçın Yener")},
        ),
        (
            "Deputy Investment Minister Rizal Hakim Pratama sat down with the Jakarta Globe at "
            "his office to discuss the policy.\n",
            {("interview with", "Rizal Hakim Pratama")},
        ),
    ],
)
def test_lead_people(lead: str, want: set[tuple[str, str]]) -> None:
    assert {(k, n.display()) for k, n in _lead_people_en(lead)} == want


def test_closing_thanks_then_narration() -> None:
    text = (
        "Senator Marisol Ocampo talked with Ben Kessler about the bill.\n\n"
        "Interviewer: Why now?\n\n"
        "The Senator: Two more fire seasons.\n\n"
        "Interviewer: Will you accept amendments?\n\n"
        "The Senator: I'll look at anything.\n\n"
        "Interviewer: Thank you, Senator.\n\n"
        "The bill has been referred to the Joint Committee on Ways and Means.\n"
    )
    assert _turns(text)[-1][2] == "Thank you, Senator."
