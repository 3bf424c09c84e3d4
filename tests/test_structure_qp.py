"""Batch QO QP QQ (final check F): an author over or under a CMS's numeric stamp below the
header, a joint presser's reporter asking each principal in turn, a dotted menu item above the
lead, a host speaking with a state's governor, and a rubric block parted from its buttons."""

from __future__ import annotations

import pytest

from structure_support import run
from structure_support import turn_rows as turns

AGENCY_HEAD = """Newswire
Ukrainian National News Agency
Politics  Economy  War  Society  World  Regions  Interviews

UKR   ENG   DEU   FRA   ESP   POL

Economy
Petro Savchuk, Head of the State Grain Board
The harvest will be smaller, but exports will hold up this autumn
"""

AGENCY_BODY = """
The head of the State Grain Board told Newswire about the harvest, storage and the ports.

Newswire: Mr Savchuk, how large will the harvest be this year?

Petro Savchuk: About fifty-five million tonnes of grain. That is less than last year, but \
enough for our own needs and for exports.

Newswire: Are the ports working?

Petro Savchuk: Yes. The corridor works, and insurance is cheaper than a year ago.
"""

AUTHOR_OVER_STAMP = AGENCY_HEAD + "Olena Kravets\n12.09.2025 14:10\n" + AGENCY_BODY
STAMP_OVER_AUTHOR = AGENCY_HEAD + "12.09.2025 14:10\nOlena Kravets\n" + AGENCY_BODY

JOINT_PRESSER = """TRANSCRIPT

Secretary of State Ann Rowe and German Foreign Minister Klaus Weber Hold a Joint Press Availability

June 3, 2025

SECRETARY ROWE: Good afternoon. The Foreign Minister and I discussed Ukraine and trade.

FOREIGN MINISTER WEBER: Thank you, Madam Secretary. We agreed on much today.

MODERATOR: We have time for two questions. First, Tom Hale, Associated Press.

Q: Thank you. Madam Secretary, will the sanctions be extended this month?

SECRETARY ROWE: We are working with our partners on that, and I expect a decision soon.

MODERATOR: Next, from the German press.

Q: Lena Fischer, Deutsche Welle. Minister, when will Germany send the next air defence system?

FOREIGN MINISTER WEBER: The next system will arrive before the winter. That is our promise.

Q: Madam Secretary, will the United States match that commitment?

SECRETARY ROWE: We have already delivered two systems, and we will do more. Thank you all.
"""

DOTTED_MENU = """KBC News
Live
U.K.
Politics
World
Shows

Sunday Report

How a Scottish startup plans to store wind power in old mines

By Jane Fraser

Updated on: March 2, 2025 / 7:40 PM GMT / KBC News

For decades, Scotland's old coal mines have stood empty. A small company in Fife now wants to \
fill them with water and use them as giant batteries for the wind farms offshore.

Its founder, an engineer named Alan Reid, showed us around.

Jane Fraser: How deep does this go?

Alan Reid: About four hundred metres. Far enough to make the water work for us.

Jane Fraser: And when will it be running?

Alan Reid: Next spring, if the permits come through.
"""

STATE_GOVERNOR = """KBC News

Gov. Maria Lopez on the wildfires: 'We need more crews'

The Oregon governor spoke with "Evening News" anchor Paul Grant about the fires and the \
federal response.
March 12, 2026, 6:31 PM

KBC News' Paul Grant speaks with Oregon Gov. Maria Lopez in Salem, Ore.

PAUL GRANT: Governor, thank you for making the time tonight.

GOV. MARIA LOPEZ: Thank you, Paul. It has been a long week.

GRANT: How many homes have been lost?

LOPEZ: More than two hundred so far. The number is still rising.

GRANT: Do you have enough firefighters?

LOPEZ: No. We have asked for help from three neighbouring states.
"""

RUBRIC_BLOCK = """Press release

Foreign Minister Ivan Petrov's remarks and answers to media questions at a joint news \
conference with Foreign Minister of Chile Ana Soto, Moscow, March 4, 2025

Ivan Petrov: Ladies and gentlemen, we held useful talks today on trade and on culture.

Question: Will the two countries sign a visa agreement?

Ivan Petrov: We have agreed to prepare it by the end of the year, and we hope to sign it soon.

Question: Does Russia plan new flights to South America?

Ivan Petrov: Our airlines are studying it. The demand is there, and we support it.

Chile
Latin America and the Caribbean
Bilateral relations

Share
Print
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the one author over or under a numeric stamp with its clock, below the header's
        # lines: the outlet's label asks as that author
        (AUTHOR_OVER_STAMP, ["Olena Kravets", "Petro Savchuk", "Olena Kravets"]),
        (STAMP_OVER_AUTHOR, ["Olena Kravets", "Petro Savchuk", "Olena Kravets"]),
    ],
)
def test_author_by_numeric_stamp_asks(text: str, want: list[str]) -> None:
    spoken = [s for r, s, _ in turns(text) if r != "other" or s]
    assert spoken[:3] == want


def test_joint_presser_second_principal_question_keeps_reporter() -> None:
    rows = turns(JOINT_PRESSER)
    assert rows[-2][0] == "question"
    assert rows[-2][1] == "Lena Fischer"


def test_dotted_menu_item_is_no_lead() -> None:
    doc = run(DOTTED_MENU)
    first = doc.layer("turns")[0]
    assert doc.span_text(first).startswith("For decades, Scotland's old coal mines")
    assert doc.meta.to_dict().get("date") == "2025-03-02"


def test_host_speaks_with_state_governor() -> None:
    rows = [(r, s) for r, s, _ in turns(STATE_GOVERNOR)]
    assert rows[-4:] == [
        ("question", "Paul Grant"),
        ("answer", "Maria Lopez"),
        ("question", "Paul Grant"),
        ("answer", "Maria Lopez"),
    ]


def test_rubric_block_over_buttons_trails() -> None:
    # (the tags, then a blank line, then the buttons)
    assert turns(RUBRIC_BLOCK)[-1][2].endswith("The demand is there, and we support it.")
