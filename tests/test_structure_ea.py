"""Round 26 (EA): state pages' office labels, lead names, accents and closing furniture."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Head of State", LabelKind.OFFICE),
        ("Head of Government", LabelKind.OFFICE),
        ("Chief of Staff", LabelKind.OFFICE),
        ("Supplementary Question", LabelKind.QUESTION),
        ("Follow-up question", LabelKind.QUESTION),
        ("Anna Head", LabelKind.PERSON),
    ],
)
def test_label_kinds(label: str, kind: LabelKind) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind


_AKORDA = """Head of State Kassym-Jomart Tokayev's interview to Egemen Qazaqstan newspaper

On the eve of the new season, President Kassym-Jomart Tokayev gave an extensive interview to \
Darkhan Kydyrali, editor-in-chief of the newspaper.

Question: Mr. President, how would you assess the year?

Head of State: The year was not an easy one.

Question: What about inflation?

Head of State: Inflation is the number one enemy.
"""

_CGTN = """Exclusive: Serbian President Aleksandar Vučić speaks to CGTN

Editor's note: CGTN's Liu Xin sat down with Serbian President Aleksandar Vučić in Belgrade.

Liu Xin: Mr. President, what has changed since then?

Vucic: A lot has changed.

Liu Xin: Thank you very much for your time.

Vucic: Thank you. Živeli!

#Serbia #China #Belt and Road #Vuci
c #CGTN Europe
"""

_MOFA = """Transcript of the Press Briefing by the Spokesperson on Friday, 07 March 2025

Spokesperson Ambassador Shafqat Ali Khan

Question: Asad Ali, Express News. Sir, have you raised this issue?

Answer: Thank you, Asad. Yes, we have.

Supplementary Question: Is Pakistan considering closing the border?

Answer: I will not speculate on that.

Question: Shaukat Piracha, Aaj News. Thank you, sir, for the briefing.

Answer: Thank you very much.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _AKORDA,
            [
                ("question", "Darkhan Kydyrali"),
                ("answer", "Kassym-Jomart Tokayev"),
                ("question", "Darkhan Kydyrali"),
                ("answer", "Kassym-Jomart Tokayev"),
            ],
        ),
        (
            _CGTN,
            [
                ("question", "Liu Xin"),
                ("answer", "Aleksandar Vučić"),
                ("other", "Liu Xin"),
                ("answer", "Aleksandar Vučić"),
            ],
        ),
        (
            _MOFA,
            [
                ("question", "Asad Ali"),
                ("answer", "Shafqat Ali Khan"),
                ("question", None),
                ("answer", "Shafqat Ali Khan"),
                ("other", "Shaukat Piracha"),
                ("answer", "Shafqat Ali Khan"),
            ],
        ),
    ],
)
def test_state_pages(text: str, want: list[tuple[str, str | None]]) -> None:
    got = [(label, speaker) for label, speaker, _ in turn_rows(text) if label != "other" or speaker]
    assert got == want


def test_wrapped_hashtag_with_more_tags_is_no_turn_text() -> None:
    assert turn_rows(_CGTN)[-1][2] == "Thank you. Živeli!"


def test_short_caps_outlet_beside_outlets_keeps_its_capitals() -> None:
    text = (
        "Weekly press conference of the Foreign Ministry Spokesman\n\n"
        "Spokesman Esmaeil Baghaei: Good morning.\n\n"
        "IRNA: Can you confirm the date?\n\n"
        "Baghaei: I cannot announce any date.\n\n"
        "ISNA: Will the Foreign Minister travel to New York?\n\n"
        "Baghaei: The schedule has not been finalised.\n"
    )
    speakers = [speaker for _, speaker, _ in turn_rows(text)]
    assert "ISNA" in speakers and "Isna" not in speakers
