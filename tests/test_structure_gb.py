"""Batch SF SG SH (Check K): a paper's own name as the asking label, and a sign-up form's
confirmation under the last turn."""

from __future__ import annotations

import pytest

from structure_support import turn_rows as turns

# A head of state's site: the lead names the paper the interview was given to, whose name is the
# asking label; no journalist named anywhere.
PAPER_LABEL = """Official website of the President
News  Interviews

Andriy Kovalenko's interview with Die Zeit
12 March 2026 - 09:40

President of Moldova Andriy Kovalenko gave an interview to the German weekly Die Zeit. \
The conversation focused on energy prices and the reconstruction of the power grid.

Die Zeit: Mr. President, how many substations were repaired this winter?

Andriy Kovalenko: More than forty. Our engineers worked day and night, and our partners \
sent transformers.

Die Zeit: Will Germany send more equipment?

Andriy Kovalenko: Yes. We agreed on a new package last week.

Die Zeit: Thank you, Mr. President.
"""

# The same layout with a news agency's name as the label and "interview with".
AGENCY_LABEL = """Interviews

The Prime Minister gave an interview with the news agency Nova Press on farm exports.

Nova Press: Prime Minister, are the ports working normally again?

Olena Marchuk: They are. Exports rose by a fifth in February.

Nova Press: What do you expect from the spring talks?

Olena Marchuk: A clear date for the quotas.
"""

# A network's web transcript whose sign-up form left its confirmation in the page's tail.
SUBSCRIBED_TAIL = """Sunday programme transcript

HOST: Minister, will the shipyards hire this year?

GRANT: They will. We are funding apprenticeships in every yard.

HOST: Minister, thank you.

GRANT: Thank you, Anna.

Copyright 2026 Example Network. All rights reserved.

RELATED TOPICS
Politics  Navy

You've successfully subscribed to this newsletter!

This material may not be published, broadcast, rewritten, or redistributed. ©2026 Example \
Network, LLC. All rights reserved.
"""


@pytest.mark.parametrize(
    ("text", "asker", "roles"),
    [
        (PAPER_LABEL, "Die Zeit", ["question", "answer", "question", "answer", "other"]),
        (AGENCY_LABEL, "Nova Press", ["question", "answer", "question", "answer"]),
    ],
)
def test_paper_label_asks(text: str, asker: str, roles: list[str]) -> None:
    rows = [r for r in turns(text) if r[1] is not None]
    assert [r[0] for r in rows] == roles
    assert all(r[1] == asker for r in rows if r[0] == "question")


def test_subscribed_confirmation_is_furniture() -> None:
    rows = turns(SUBSCRIBED_TAIL)
    assert rows[-1][2] == "Thank you, Anna."


# A portal's English interview, Q and A labels: its reuse ban under the related links and
# tags ends the page, no one's words.
REUSE_BAN = """Interview

Minister: the grid will hold this winter

Q: Would the grid survive another strike on the substations?

A: It would. We have spare transformers in every region now.

Q: What would you say to readers who fear blackouts?

A: Thank you for your patience. We will keep the lights on.

Related
Grid operator reports record imports

Tags: energy  grid  interview

It is strictly prohibited to use information published by the portal on other websites or to \
distribute our material in any form without consent.
"""


def test_reuse_ban_is_furniture() -> None:
    assert turns(REUSE_BAN)[-1][2] == "Thank you for your patience. We will keep the lights on."


# A Sunday show's page foot: the show's name over its airtime line, then the footer row.
AIRTIME_FOOT = """HOST: Secretary, will the rule survive in court?

SECRETARY DANA PRICE: It will. We wrote it on the science.

HOST: Secretary Dana Price, thank you for joining us.


Face the Week
Sundays on CBC and streaming on CBC Gem
Transcript
Terms of Service  Privacy Policy  © 2026 Example Media
"""


def test_airtime_line_is_furniture() -> None:
    assert turns(AIRTIME_FOOT)[-1][2] == "Secretary Dana Price, thank you for joining us."
