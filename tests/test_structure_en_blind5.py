"""Short snippets for the fifth English blind batch: initials of a hyphenated surname, a
toolbar one button a line, a page's "TRANSCRIPT CONTINUES" trailer, a "RELATED COVERAGE" box."""

from __future__ import annotations

import pytest

from structure_support import turn_rows


def turns(text: str) -> list[tuple[str, str | None, str, str]]:
    return [(label, speaker, body[:20], body[-20:]) for label, speaker, body in turn_rows(text)]


BBC = """SUNDAY WITH CLARE PENNINGTON
PRESENTER: CLARE PENNINGTON
INTERVIEW: YASMIN COLE-HARPER MP, HOME SECRETARY

CP: Home Secretary, welcome to the programme. Haven't you failed?

YCH: No, I don't accept that. Nobody is satisfied with those numbers, least of all me.

CP: When will the numbers actually come down?

YCH: I'm not going to stand here and give you a date for that.
"""

MID = """The Ministry of Foreign Affairs of the Russian Federation
Home / Press service / Minister's speeches
Foreign Minister Pavel Orlov's statement and answers at a news conference, Moscow, June 18, 2025

18 June 2025 16:40
1198-18-06-2025

Print version
Share

Ladies and gentlemen,

We have held substantive and trust-based talks with our friends from Serbia today.

Question: How does Moscow view this pressure from Brussels?

Pavel Orlov: This is not the first time we have heard such demands from them.
"""

CNN = """TORRES: Joining me now is the governor of New Hampshire. Do you agree with him?

GOV. PATRICIA LOWE (R-NH): Well, I'd put it a little differently than the senator did.

TORRES: Governor Lowe, thank you for your time.

(COMMERCIAL BREAK)

[09:21:07]

TRANSCRIPT CONTINUES
"""

AP = """AP: You've paused new offshore wind leases. Why do it?

HARROW: Because the numbers don't work. It raises people's bills.

RELATED COVERAGE
Offshore wind developer cancels New Jersey project after lease pause
What to know about the LNG export debate

AP: What do you say to those workers?

HARROW: Nobody's taking a paycheck away from anyone at all.
"""


@pytest.mark.parametrize(
    ("text", "index", "want"),
    [
        # "YCH" spells Yasmin Cole-Harper: each part of the hyphenated surname has its capital.
        (BBC, 1, ("answer", "Yasmin Cole-Harper", None, None)),
        (BBC, 3, ("answer", "Yasmin Cole-Harper", None, None)),
        # mid.ru's buttons one a line under the date are no part of the opening statement.
        (MID, 0, ("statement", "Pavel Orlov", "Ladies and gentlemen", None)),
        # The page's trailer (and the break and stamp above it) end the host's closing turn.
        (CNN, 2, ("other", None, None, "k you for your time.")),
        # AP's "RELATED COVERAGE" box between two turns is nobody's words.
        (AP, 1, ("answer", None, None, "ises people's bills.")),
    ],
)
def test_blind5(text: str, index: int, want: tuple[str | None, ...]) -> None:
    got = turns(text)[index]
    for g, w in zip(got, want, strict=True):
        if w is not None:
            assert g == w
