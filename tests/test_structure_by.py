"""Blind batch BY: a BBC cover naming the guest in capitals for an initials label, a GPO
hearing's statement headings, a moderator announcing opening remarks, a press secretary
calling on the next reporter by seat, mid.ru's closing "Mentioned countries:" field."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

BBC = """SUNDAY WITH NINA FALK
2ND MARCH 2025

INTERVIEW: GRAHAM HUNT MP, SECRETARY OF STATE FOR TRANSPORT

NF:\tGraham Hunt, welcome. Will fares go up again?

GH:\tGood morning, Nina. Fares are set by a formula.

NF:\tGraham Hunt, thank you.

GH:\tThank you.
"""

HEARING = """                         TUESDAY, MARCH 4, 2025

                                       U.S. Senate,
       Committee on Commerce, Science, and Transportation,
                                                    Washington, DC.
    The Committee met, pursuant to notice, at 10:02 a.m., in room
SR-253, Russell Senate Office Building, Hon. Paul Reyes, Chairman
of the Committee, presiding.
    Present: Senators Reyes [presiding], Lund, and Moss.

            OPENING STATEMENT OF HON. PAUL REYES,
                    U.S. SENATOR FROM OHIO

    The Chairman. Good morning. I now recognize Senator Lund.

            STATEMENT OF HON. MAYA LUND,
                  U.S. SENATOR FROM OREGON

    Senator Lund. Thank you, Mr. Chairman. Are our pipelines safe? I believe they
are, but the margin is thinning.
    The Chairman. Thank you. Administrator Hale, you are recognized.

     STATEMENT OF HON. RUTH HALE, ADMINISTRATOR, PIPELINE SAFETY
                        ADMINISTRATION

    Ms. Hale. Thank you, Chairman Reyes. Pipelines remain safe. I look forward to
your questions.
    The Chairman. Thank you, Administrator. How many inspectors do you have?
    Ms. Hale. Senator, about 400.
    The Chairman. Senator Moss.
    Senator Moss. Administrator, when will the new rule be final?
    Ms. Hale. Senator, this fall.
"""

NATO = """Moderator: Good afternoon. The Secretary General and the Minister will make short
opening remarks, and then we will take a few questions.

Secretary General Lena Vik: Good afternoon. Minister, welcome to NATO Headquarters.

Minister Jan Ors: Thank you, Secretary General. We will spend more on defence.

Moderator: Thank you. We start with Reuters.

Question [Reuters]: Will every Ally sign up to the target?

Secretary General Lena Vik: I am confident that we will agree.
"""

ROW = """MS. WHITCOMBE:  Good afternoon.  I'll turn it over to Director Okafor.

MR. OKAFOR:  Thanks, Dana.  Happy to take questions.

MS. WHITCOMBE:  Go ahead.

Q  Will prices go up?

MR. OKAFOR:  Some prices may adjust at the margins.

MS. WHITCOMBE:  Go ahead, in the second row.

Q  Will the President travel to Ohio?

MS. WHITCOMBE:  I can confirm that.
"""

MID = """Foreign Minister Andrei Korolev's remarks and answers to media questions, Moscow

Question: How do you assess these attempts?

Andrei Korolev: We know about these attempts.

Andrei Korolev (adding): Let me add one thing. It is the Europeans who cut off contacts.

Share
Print
Mentioned countries: Serbia
Documents
"""


@pytest.mark.parametrize(
    ("text", "index", "want"),
    [
        (BBC, 1, ("answer", "Graham Hunt", "Good morning, Nina.")),
        (BBC, -1, ("answer", "Graham Hunt", "Thank you.")),
        (HEARING, 1, ("statement", "Maya Lund", "Thank you, Mr. Chairman.")),
        (HEARING, 3, ("statement", "Ruth Hale", "Thank you, Chairman Reyes.")),
        (HEARING, -1, ("answer", "Ruth Hale", "Senator, this fall.")),
        (NATO, 1, ("statement", "Lena Vik", "Good afternoon. Minister,")),
        (NATO, 2, ("statement", "Jan Ors", "Thank you, Secretary General.")),
        (NATO, -1, ("answer", "Lena Vik", "I am confident")),
        (ROW, 5, ("other", "Ms. Whitcombe", "Go ahead, in the second row.")),
        (MID, -1, ("answer", "Andrei Korolev", "Let me add one thing.")),
    ],
)
def test_by_rows(text: str, index: int, want: tuple[str, str, str]) -> None:
    label, speaker, body = turn_rows(text)[index]
    assert (label, speaker) == want[:2]
    assert body.startswith(want[2])


def test_mid_footer_off_the_last_answer() -> None:
    assert turn_rows(MID)[-1][2].endswith("cut off contacts.")
