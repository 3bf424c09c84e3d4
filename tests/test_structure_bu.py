"""Blind batch BU: Rev pages where nobody speaks twice, a caps outlet label's casing, a
resumed "Q    —" question, CNN's closing links, NPR's named soundbites."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

REV_ONCE = """Candidate Rally in Reno

Speaker 1 (00:00):
Ladies and gentlemen, please welcome to the stage Commissioner Sam Dutton!

Sam Dutton (00:09):
Thank you, Reno! Please give a big welcome to Lena Ortiz!

Lena Ortiz (03:12):
Thank you so much. Early voting starts Saturday. God bless Nevada!
"""

OUTLET = """FRANKFURT, May 22 (Reuters) - A policymaker told Reuters in an interview that a cut
was not a done deal.

Photo: REUTERS/File Photo

REUTERS: Markets are pricing in a cut. Are they right?

WENDT-OSSNER: I would caution against treating June as a done deal.

REUTERS: How much do tariffs change the picture?

WENDT-OSSNER: In the short run they are probably disinflationary.
"""

RESUMED = """MS. WHITFIELD:  Good afternoon, everybody.  Happy Wednesday.

Q    Dana, on the bridge grants —

MS. WHITFIELD:  Sure, I'll take that one.

Q    — Republicans on the Hill say this money was already appropriated.  Is that fair?

MS. WHITFIELD:  It's not fair.

Q    One more, on tariffs.  Is the President open to lowering them?

MS. WHITFIELD:  The President has been very clear.
"""

CNN_FOOT = """Return to Transcripts main page

CNN STATE OF THE UNION

KESSLER: Congresswoman, thanks for being here. Will you vote for this bill?

VEGA: No. I'm a no.

KESSLER: Congresswoman, thank you for joining us this morning.

VEGA: Thank you.

(COMMERCIAL BREAK)

Return to Transcripts main page
Search CNN
"""


@pytest.mark.parametrize(
    ("text", "index", "want"),
    [
        (REV_ONCE, -3, (None, "Ladies and gentlemen, please welcome")),
        (REV_ONCE, -2, ("Sam Dutton", "Thank you, Reno!")),
        (REV_ONCE, -1, ("Lena Ortiz", "Thank you so much.")),
        (OUTLET, -4, ("Reuters", "Markets are pricing")),
        (RESUMED, 3, (None, "— Republicans on the Hill")),
        (RESUMED, 2, ("Dana Whitfield", "Sure, I'll take that one.")),
        (CNN_FOOT, -1, ("Marisol Vega", "Thank you.")),
    ],
)
def test_bu_turns(text: str, index: int, want: tuple[str | None, str]) -> None:
    rows = turn_rows(text)
    _, speaker, body = rows[index]
    # The snippets carry no header, so a surname label speaks as its surname.
    if want[0] is None:
        assert speaker is None
    else:
        assert speaker is not None and speaker.split()[-1] == want[0].split()[-1]
    assert body.startswith(want[1])
    if text is CNN_FOOT and index == -1:
        assert body == "Thank you."
