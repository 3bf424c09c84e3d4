"""Office and trade labels whose holder the page names elsewhere: clergy and vice-regal posts,
a port's two-word master, a hospital's clinicians by trade, Ukrainian and Russian "head of"
words in the feminine; and the holder found in a "sworn in as" lead, a participants line's
lower-case grade, a "Present" list's qualified post; a host who "spoke to the new" office."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import spoken_rows, turn_rows


@pytest.mark.parametrize(
    "label",
    [
        "Chief Rabbi",
        "Imam",
        "LORD LIEUTENANT",
        "Harbour Master",
        "Deputy Harbour Master",
        "Surgeon",
        "Anaesthetist",
        "Керівниця ЦНАП",
        "Очільник громади",
        "Начальница управления",
    ],
)
def test_office_label(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE, info


def test_plural_possessive_inside_an_organisation_only() -> None:
    assert classify_label("Residents' Association") is not None
    assert classify_label("Jones'") is None


_CASES = [
    # A lead's "X was sworn in as OFFICE"; the host "spoke to the new OFFICE"; a weekday under
    # the headline is no holder.
    (
        "Morning Show\nTranscript: meet the new Lord Lieutenant\nBroadcast Sunday 8 June 2025\n\n"
        "Sam Price spoke to the new Lord Lieutenant about the role.\n\n"
        "Dame Ruth Okafor was sworn in as Lord Lieutenant of Kent on Tuesday.\n\n"
        "PRESENTER: Good morning. What does the job involve?\n\n"
        "LORD LIEUTENANT: Mostly turning up, Sam.\n\n"
        "PRESENTER: Is it paid?\n\n"
        "LORD LIEUTENANT: Not a penny.\n",
        [
            ("question", "Sam Price", "Good morning. What does the job involve?"),
            ("answer", "Ruth Okafor", "Mostly turning up, Sam."),
            ("question", "Sam Price", "Is it paid?"),
            ("answer", "Ruth Okafor", "Not a penny."),
        ],
    ),
    # A participants line's "Name, consultant … surgeon"; a header sentence's credit after
    # another sentence's "sat down with".
    (
        "Participants: Mr Omar Haddad, consultant vascular surgeon; Dr Lena Moss, consultant "
        "anaesthetist.\n\n"
        "Journalist: How did it go?\n\n"
        "Surgeon: Very well, thank you.\n\n"
        "Journalist: And the anaesthetic?\n\n"
        "Anaesthetist: Routine, in the end.\n\n"
        "Journalist: Any complications?\n\n"
        "Surgeon: None at all.\n",
        [
            ("question", None, "How did it go?"),
            ("answer", "Omar Haddad", "Very well, thank you."),
            ("question", None, "And the anaesthetic?"),
            ("answer", "Lena Moss", "Routine, in the end."),
            ("question", None, "Any complications?"),
            ("answer", "Omar Haddad", "None at all."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), _CASES)
def test_turn_rows(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert spoken_rows(text) == want


def test_credit_after_a_sat_down_sentence() -> None:
    text = (
        "Chief Rabbi Aaron Gold sat down with the Valley Chronicle. Interview by Mia Ross.\n\n"
        "Interviewer: Thank you for your time. Why open a shelter now?\n\n"
        "Chief Rabbi: Because the winter will not wait.\n\n"
        "Interviewer: Who will run it?\n\n"
        "Chief Rabbi: Our own volunteers.\n"
    )
    speakers = {r[1] for r in turn_rows(text) if r[0] != "other" or r[1]}
    assert speakers == {"Mia Ross", "Aaron Gold"}


def test_present_list_qualified_chair() -> None:
    text = (
        "Present\nMrs Jane Pell – Board Chair (in the chair)\nCaptain Tom Reed – Harbour Master\n\n"
        "Chair: Good evening. Captain Reed, over to you.\n\n"
        "Harbour Master: Thank you, Chair. The channel has silted.\n\n"
        "Sailing Club: Will the quay stay open?\n\n"
        "Harbour Master: Yes.\n\n"
        "Chair: Thank you all.\n\n"
        "Download these minutes (PDF, 120 KB) | Back to Forum\n"
    )
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[1]} == {"Jane Pell", "Tom Reed", "Sailing Club"}
    assert rows[-1][2] == "Thank you all."
