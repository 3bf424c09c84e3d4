"""English print Q&A pages: outlet labels for two named interviewers, an outlet's initials as
its label, accent-free initials, an unlabelled answerer named in the lead beside an outlet's
acronym, and the boxes set between turns (newsletter sign-up, "Also Read", "Recommended",
"About <Name>") and under the last one (author bio, "originally published", "Follow us")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import spoken_rows as rows

_TWO_INTERVIEWERS = (
    "DER SPIEGEL\nInternational\n\n"
    "Economics Minister Jonas Keller\n"
    '"We Cannot Subsidize Our Way Out"\n\n'
    "In an interview, Economics Minister Jonas Keller explains his plans.\n\n"
    "Interview Conducted By Anna Vogt and Felix Berger\n\n"
    "DER SPIEGEL: Mr. Keller, how many more plant closures are coming?\n\n"
    "Keller: Some plants will close. The question is whether new ones open.\n\n"
    "DER SPIEGEL: What would you do instead?\n\n"
    "Keller: Lower the cost of doing business for everybody.\n\n"
    "About Jonas Keller\n"
    "Jonas Keller, 51, has been economics minister since May.\n\n"
    "DER SPIEGEL: Do you still believe in the car?\n\n"
    "Keller: Yes. The engineers are here and the suppliers are here.\n"
)


def test_outlet_label_for_two_interviewers_is_the_outlet() -> None:
    got = rows(_TWO_INTERVIEWERS)
    assert [r[1] for r in got] == ["DER SPIEGEL", "Jonas Keller"] * 3
    assert got[3][2] == "Lower the cost of doing business for everybody."


_INITIALS = (
    "Transcript: Élise Moreau on France’s budget\n\n"
    "The French finance minister spoke to the FT about the deficit.\n\n"
    "France’s finance minister Élise Moreau sat down with the Financial Times on Tuesday.\n\n"
    "**FT:** How worried are you about the spread?\n\n"
    "**EM:** I look at it every morning. I would say I am attentive.\n\n"
    "**FT:** Is the pension reform on the table?\n\n"
    "**EM:** No. I understand the politics. I also understand arithmetic.\n\n"
    "Recommended\n\n"
    "The Big Read\n"
    "France’s debt dilemma: can Paris escape the bond vigilantes?\n\n"
    "**FT:** Will you meet the path agreed with the Commission?\n\n"
    "**EM:** We will meet it in 2026, yes.\n"
)


def test_outlet_initials_stay_as_written_and_accented_initials_resolve() -> None:
    got = rows(_INITIALS)
    assert [r[1] for r in got] == ["FT", "Élise Moreau"] * 3
    assert [r[0] for r in got] == ["question", "answer"] * 3
    assert got[3][2].endswith("I also understand arithmetic.")


_ACRONYM_OUTLET = (
    "News\n"
    "City News\n"
    "'We will chase the right ones': Karnataka IT minister\n\n"
    "Text Size\n\n"
    "R Venkatesh Rao\n\n"
    "BENGALURU: Karnataka's IT minister R Venkatesh Rao has been in office for a year. "
    "In an interview with TOI, he spoke about power supply and traffic. Excerpts:\n\n"
    "Q: Is Bengaluru losing the race?\n\n"
    "I don't accept that it is a race with one winner. Hyderabad has done well.\n\n"
    "Q: Can the state supply both power and water?\n\n"
    "Power, yes. Water is the more serious question, and that is why we choose.\n\n"
    "Also Read\n"
    "Bengaluru suburban rail: First corridor trial run likely by December\n\n"
    "Q: When will we see results?\n\n"
    "Ask me next August. If the numbers are not better, you can print that also.\n\n"
    "FOLLOW US ON SOCIAL MEDIA\n"
    "Visual Stories\n"
    "Start a Conversation\n"
)


def test_acronym_interviewer_outlet_leaves_the_lead_person_answering() -> None:
    got = rows(_ACRONYM_OUTLET)
    # (a desk's byline names no journalist: the outlet the lead names asks, session 30)
    assert [r[1] for r in got] == ["TOI", "R Venkatesh Rao"] * 3
    assert got[3][2].endswith("that is why we choose.")
    assert got[5][2].endswith("print that also.")


_NEWSLETTER = (
    "Norway’s defense chief: ‘Europe cannot outsource the Arctic’\n\n"
    "By Camille Durand\n\n"
    "Solberg sat down with POLITICO in Oslo.\n\n"
    "POLITICO: What does carrying more of the load look like?\n\n"
    "Henrik Solberg: Maritime patrol aircraft and submarines. It sounds unglamorous.\n\n"
    "SIGN UP for POLITICO Europe’s Morning Defense newsletter\n"
    "Email\n"
    "By signing up, you acknowledge and agree to our Privacy Policy.\n"
    "Sign Up\n\n"
    "POLITICO: What do you expect next week?\n\n"
    "Solberg: A stronger statement. Then the real work starts.\n\n"
    "Camille Durand is POLITICO Europe’s defense correspondent.\n"
)


def test_newsletter_box_and_author_bio_are_furniture() -> None:
    got = rows(_NEWSLETTER)
    assert got[1][2].endswith("It sounds unglamorous.")
    assert got[3][2].endswith("Then the real work starts.")


@pytest.mark.parametrize(
    "tail",
    [
        "This article was originally published in German in issue 38/2025 of DER SPIEGEL.",
        "This interview first appeared in Le Monde.",
        "Jane Roe is The Atlantic’s Washington bureau chief.",
        "FOLLOW US ON SOCIAL MEDIA",
    ],
)
def test_trailer_lines(tail: str) -> None:
    text = "Keller: That doesn't disappear in one bad decade.\n\n" + tail + "\n"
    assert text[: trailing_start(text)].endswith("bad decade.")
