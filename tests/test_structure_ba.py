"""Small cases for batch VP VQ VR (Check T): a radio page whose lead says the guest spoke "in an
interview with" the page's own dated byline writer, over surname-capitals labels (the writer
asks); a site's Title Case tagline above a "Name, Firm: quote" headline is no prose, so the
headline stays header and the byline writer asks for the outlet's label; a flattened one-word
menu above a "Surname: quote" headline counts as one menu line; a footer's wide-gapped topic
row under the cut foot goes with it, so the last answer ends on its own words."""

import pytest

from structure_support import turn_rows

_RADIO = """Harbour FM | Jane Porter
Listen live    Schedule    Podcasts

Okafor: 'We will not raise fares this year'

The transport minister was questioned about rail fares

Jane Porter
Monday March 2 2026, 8.15am GMT

{lead}

PORTER: Minister, thanks for coming in.

OKAFOR: Thanks for having me, Jane.

PORTER: Commuters have paid more every year for a decade. Why should they believe you now?

OKAFOR: Because the money is already in the budget. The freeze is funded for a year.

PORTER: And after that?

OKAFOR: After that we will set fares by the new index, which tracks wages rather than prices.
""".format(
    lead="Daniel Okafor, the transport minister, has insisted that fares will stay frozen, in an"
    " interview with Jane Porter on Harbour FM. Below is an edited transcript."
)

_WIRE = """Newswire
Independent Platform for Reporting in Regional Languages
Politics  Economy  Society  Interviews  Photo

Interviews

Marta Kovalenko, Delta Port Logistics: We can move 40 barges a week even under fire

14.02.2026 09:20

Ivan Petrenko

{lead}

Newswire: Ms. Kovalenko, how many barges did you lose this winter?

Marta Kovalenko: Two were damaged at the quay and one sank. Nobody was hurt.

Newswire: How do you reroute cargo now?

Marta Kovalenko: We split convoys and load at three berths instead of one.

Newswire: Thank you for the interview.
""".format(
    lead="Barges on the lower Danube keep running despite the strikes. Marta Kovalenko, director"
    " of Delta Port Logistics, told Newswire how her company reroutes cargo and what it needs"
    " from the state."
)

_MENU = """Skip to content
Broadcaster
Home
News
Sport
Business
Culture
Audio
Video
Live

Business

Hughes: Steel plant rescue 'a loan, not a gift'

3 March 2026
Share

Morning Radio, Breakfast programme

{lead}

He was speaking to presenter Sara Lewis the morning after the deal was signed.

SARA LEWIS: Alan Hughes, good morning.

ALAN HUGHES: Good morning, Sara.

SARA LEWIS: Is this a bailout by another name?

ALAN HUGHES: No. It is a loan at a commercial rate, to be repaid within seven years.
""".format(
    lead="The Energy Secretary Alan Hughes has defended the rescue of the Port Talbot furnace,"
    " telling the Breakfast programme that the money would be repaid in full."
)

_FOOT = """Home Office
Press conference
Home Secretary's statement on knife crime: 4 March 2026

Home Secretary:

Good morning. Today we are putting a named officer in every town centre.

Question:

Will the new officers be funded from existing budgets?

Home Secretary:

Yes. The money comes from the settlement announced in January. Thank you all very much.

Published 4 March 2026

Updates to this page
Published 4 March 2026

Sign up for emails or print this page

Services and information
Benefits  Births, death, marriages and care  Business and self-employed  Crime, justice and the law

All content is available under the Open Government Licence v3.0, except where otherwise stated
"""


@pytest.mark.parametrize(
    ("text", "index", "role", "speaker"),
    [
        # the byline writer the lead's "interview with" names asks, the minister answers
        (_RADIO, 2, "answer", "Daniel Okafor"),
        (_RADIO, 3, "question", "Jane Porter"),
        (_RADIO, 4, "answer", "Daniel Okafor"),
        (_RADIO, 5, "question", "Jane Porter"),
        # the headline under a Title Case tagline is header: the lead is the first turn and
        # the byline writer asks under the outlet's label
        (_WIRE, 0, "other", None),
        (_WIRE, 1, "question", "Ivan Petrenko"),
        (_WIRE, 3, "question", "Ivan Petrenko"),
        # the headline under a one-word-a-line menu is header: the lead opens the turns
        (_MENU, 0, "other", None),
    ],
)
def test_roles_and_speakers(text: str, index: int, role: str, speaker: str | None) -> None:
    rows = turn_rows(text)
    assert rows[index][:2] == (role, speaker)


def test_menu_headline_is_header() -> None:
    rows = turn_rows(_MENU)
    assert rows[0][2].startswith("The Energy Secretary Alan Hughes")
    assert not any("Steel plant rescue" in r[2] for r in rows)


def test_footer_topic_row_is_trailing() -> None:
    rows = turn_rows(_FOOT)
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("Thank you all very much.")
