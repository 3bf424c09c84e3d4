"""Small cases for the second JZ pass: a hearing cover's roster headings ("BOARD OF INQUIRY:"
over "Name, Post" lines) name no speaker; counsel's surname label completed by the cover's
initials ("MS R. DAVIES SC" → "R. Davies"); counsel's "those are my questions" and a member's
"Thank you. Ms. Whitfield?" hand-off ask nothing; a chair resuming with thanks and a call."""

import pytest

from structure_support import turn_rows

_NTSB = """NATIONAL TRANSPORTATION SAFETY BOARD

Investigative Hearing

BOARD OF INQUIRY:
MARTHA KELLER, Chair
Dr. Omar Reyes, Hearing Officer

TECHNICAL PANEL:
Nina Patel, Operations Group Chairman
Greg Lowe, Human Performance

CHAIR KELLER:  Thank you. We will now move to panel two. Ms. Patel, please begin when you are ready.

MS. PATEL:  Thank you, Madam Chair. Captain Ruiz, could you describe your role at the airline?

CAPT. RUIZ:  I have been Director of Flight Operations since 2022 and oversee line pilots.

MS. PATEL:  Thank you. Mr. Lowe?

MR. LOWE:  Captain, how was the change communicated to line pilots?

CAPT. RUIZ:  Through a flight operations bulletin in April.

CHAIR KELLER:  Thank you. We'll take a ten-minute recess.
"""


def test_roster_headings_and_hand_offs() -> None:
    rows = turn_rows(_NTSB)
    speakers = [r[1] for r in rows]
    assert "Board Of Inquiry" not in speakers and "Technical Panel" not in speakers
    assert rows[0][:2] == ("other", "Martha Keller")
    handoff = [r for r in rows if r[2].startswith("Thank you. Mr. Lowe?")]
    assert handoff and handoff[0][0] == "other"
    assert any(r[0] == "question" and r[1] == "Greg Lowe" for r in rows)


_COMMISSION = """ROYAL COMMISSION INTO REGIONAL HOSPITAL STAFFING

THE HONOURABLE ANNE BRENNAN AO, Commissioner

MS K. LOWRY SC, Counsel Assisting
MR P. TRAN appears for Eastside Health

COMMISSIONER:   Yes, Ms Lowry.

MS LOWRY:   Commissioner, the next witness is Mr Adam Shaw. I call Mr Shaw.

<ADAM JOHN SHAW, SWORN                                [10.01 am]

<EXAMINATION BY MS LOWRY

MS LOWRY:   Mr Shaw, you are the director of nursing at Eastside?

MR SHAW:   I am, yes.

MS LOWRY:   What did you do on those nights?

MR SHAW:   I came in myself, more times than I could count.

MS LOWRY:   Commissioner, those are my questions. I understand Mr Tran has some questions.

COMMISSIONER:   Mr Tran.

MR TRAN:   Mr Shaw, you'd agree the provider approved a retention payment?

MR SHAW:   It approved one, yes.
"""


def test_counsel_completed_by_cover_initials() -> None:
    rows = turn_rows(_COMMISSION)
    speakers = {r[1] for r in rows}
    assert "K. Lowry" in speakers and "P. Tran" in speakers
    assert "Ms Lowry" not in speakers
    done = [r for r in rows if r[2].startswith("Commissioner, those are my questions")]
    assert done and done[0][0] == "other"


@pytest.mark.parametrize(
    "cover",
    [
        # two different initials for the surname: no completion
        "MS K. LOWRY SC, Counsel Assisting\nMS J. LOWRY, Solicitor",
        # no initials at all: the label stays
        "MS LOWRY SC, Counsel Assisting",
    ],
)
def test_initials_need_one_form(cover: str) -> None:
    text = _COMMISSION.replace("MS K. LOWRY SC, Counsel Assisting", cover)
    speakers = {r[1] for r in turn_rows(text)}
    assert "Ms Lowry" in speakers
