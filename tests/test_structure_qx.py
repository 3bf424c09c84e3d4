"""Small cases for batch QC QE QH (round 55): a brief follow-up question with no greeting or
self-introduction, right after the answer to a reporter the text names, under the same bare
label ("Any timeline?", "So no opt-out?", "And on cargo volumes? There were forecasts …"); a
host's sign-off of two thanks ("Mr. Secretary, we appreciate your time.  Thanks for coming on.");
a photo caption over its photographer's slash-set agency credit ("Ernesto Benavides/AFP via Getty
Images") above the lead; a broadcaster's footer under the closing tease (a newsletter box's
sign-up line over its one-line pitch, a related-links box, the footer menu flattened into one
line)."""

import pytest

from structure_support import spoken_rows, turn_rows

_BRIEFING = (
    "Department of Defense\n"
    "Press Secretary Dana Pruitt Holds a Press Briefing\n"
    "May 6, 2025\n"
    "\n"
    "PRESS SECRETARY DANA PRUITT:  Good afternoon. I'll take your questions.\n"
    "\n"
    "{label}:  Thanks, Dana. Paul Ferreira, Defense News. Has the review of the contract "
    "been completed?\n"
    "\n"
    "MS. PRUITT:  The review is ongoing, and we'll update you when we have something.\n"
    "\n"
    "{label}:  {follow}\n"
    "\n"
    "MS. PRUITT:  Not today.\n"
)


@pytest.mark.parametrize(
    ("label", "follow"),
    [
        ("Q", "Any timeline?"),
        ("Q", "So no decision yet?"),
        ("QUESTION", "And on the costs?"),
        ("Q", "And on the costs? There were estimates of two billion."),
    ],
)
def test_short_follow_up_is_the_named_reporters(label: str, follow: str) -> None:
    rows = spoken_rows(_BRIEFING.format(label=label, follow=follow))
    assert [(lab, spk) for lab, spk, _ in rows] == [
        ("statement", "Dana Pruitt"),
        ("question", "Paul Ferreira"),
        ("answer", "Dana Pruitt"),
        ("question", "Paul Ferreira"),
        ("answer", "Dana Pruitt"),
    ]


_SIGN_OFF = (
    "Secretary of State Marco Rubio With Jane Doyle of WXYZ Radio\n"
    "Interview\n"
    "March 3, 2026\n"
    "\n"
    "QUESTION:  We are joined now by the Secretary of State. Mr. Secretary, welcome.\n"
    "\n"
    "SECRETARY RUBIO:  Thanks for having me.\n"
    "\n"
    "QUESTION:  What is the department doing about visa delays?\n"
    "\n"
    "SECRETARY RUBIO:  We've added staff, and the waits are down to three weeks.\n"
    "\n"
    "QUESTION:  {closing}\n"
    "\n"
    "SECRETARY RUBIO:  Thank you, Jane.\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Mr. Secretary, we appreciate your time.  Thanks for coming on.",
        "Mr. Secretary, we appreciate your time.  Thank you for joining us today.",
    ],
)
def test_two_thanks_sign_off_asks_nothing(closing: str) -> None:
    rows = turn_rows(_SIGN_OFF.format(closing=closing))
    assert [lab for lab, _, _ in rows][-2:] == ["other", "answer"]


_CAPTION = (
    "NPR\n"
    "Farmers in the Central Valley brace for a dry summer\n"
    "April 2, 2026 4:46 PM ET\n"
    "Heard on All Things Considered\n"
    "\n"
    "Transcript\n"
    "\n"
    "A farmer checks an empty irrigation canal near Fresno, Calif., on March 30.\n"
    "Justin Sullivan/Getty Images via Reuters\n"
    "\n"
    "California's snowpack is at its lowest in a decade. NPR's Lena Ortiz reports from Fresno.\n"
    "\n"
    "MARY LOUISE KELLY, HOST:\n"
    "\n"
    "Growers in the valley are bracing for cuts. Lena, how bad is it?\n"
    "\n"
    "LENA ORTIZ, BYLINE: Pretty bad, Mary Louise. Growers are already fallowing fields.\n"
    "\n"
    "KELLY: And what are the growers asking the state for?\n"
    "\n"
    "ORTIZ: More groundwater pumping, mostly. The state says the aquifers can't take it.\n"
    "\n"
    "KELLY: NPR's Lena Ortiz in Fresno. Thank you, Lena.\n"
    "\n"
    "ORTIZ: Thank you.\n"
)


def test_caption_over_a_slash_set_agency_credit_is_no_lead() -> None:
    rows = turn_rows(_CAPTION)
    assert rows[0][0] == "other" and rows[0][1] is None
    assert rows[0][2].startswith("California's snowpack")


_TEASE = (
    "Meet the Press\n"
    "Meet the Press – April 5, 2026\n"
    "\n"
    "KRISTEN WELKER:\n"
    "Senator, will the Senate pass the bill this month?\n"
    "\n"
    "SEN. MARIA LOPEZ:\n"
    "I expect it will, Kristen.\n"
    "\n"
    "KRISTEN WELKER:\n"
    "Senator Lopez, thank you very much.\n"
    "\n"
    "SEN. MARIA LOPEZ:\n"
    "Thanks, Kristen.\n"
    "\n"
    "KRISTEN WELKER:\n"
    "And when we come back, our panel weighs in. Stay with us.\n"
    "\n"
    "Sign up for The Meet the Press Newsletter\n"
    "Get the week's biggest political stories and exclusive interviews.\n"
    "\n"
    "MORE FROM MEET THE PRESS\n"
    "Meet the Press – March 29, 2026\n"
    "Meet the Press NOW – April 2, 2026\n"
    "\n"
    "About  Contact  Help  Careers  Ad Choices  Privacy Policy  Terms of Service (Updated JULY "
    "2025)  Closed Captioning  Advertise\n"
    "© 2026 NBCUniversal Media, LLC\n"
)


def test_closing_tease_stops_above_the_footer() -> None:
    rows = turn_rows(_TEASE)
    assert rows[-1][1] == "Kristen Welker"
    assert rows[-1][2].endswith("Stay with us.")
