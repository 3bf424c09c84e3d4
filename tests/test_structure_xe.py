"""Commons-debate roles, as documented (docs/structure.md, "A Commons debate"): on a Hansard
debate page (member lines with the seat and party in brackets, a chair's line, members
addressing "the hon. Member" / "the Minister") each member's speech that opens or answers the
debate is a statement, an intervention that asks is a question and the member's reply to it an
answer, and the chair's calls are ``other``."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_PAGE = (
    "Hansard - UK Parliament\n"
    "Commons Chamber   Westminster Hall   Written Statements   Lords Chamber\n"
    "{title}\n"
    "Volume 779: debated on Tuesday 3 March 2026\n"
    "Download text\n"
    "Share this debate\n\n"
    "6.52 pm\n"
    "{mover} ({seat}) ({party})\n"
    "Share\n"
    "I beg to move,\n\n"
    "That this House has considered {subject}.\n\n"
    "{opening}\n"
    "{intervener} ({seat2}) (Lab)\n"
    "Share\n"
    "{intervention}\n"
    "{mover}\n"
    "Share\n"
    "{reply}\n\n"
    "7.04 pm\n"
    "{chair}\n"
    "Share\n"
    "Order. I call the Minister.\n\n"
    "7.12 pm\n"
    "The {post} ({minister})\n"
    "Share\n"
    "{speech}\n"
    "{mover}\n"
    "Share\n"
    "Will the Minister meet me and representatives from {town} to go through that report "
    "when it arrives?\n"
    "{minister}\n"
    "Share\n"
    "I would be happy to meet the hon. Gentleman. I expect the report within weeks.\n\n"
    "Question put and agreed to.\n"
    "7.25 pm\n"
    "House adjourned.\n\n"
    "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.\n"
)

_BANKS = dict(
    title="Banking Hubs: Market Towns",
    mover="Ben Maguire",
    seat="North Cornwall",
    party="LD",
    subject="the provision of banking hubs in market towns",
    opening=(
        "Since 2015 more than 6,000 bank branches have closed across the UK. In North Cornwall, "
        "Bude, Camelford and Wadebridge have each lost their last bank. Elderly residents now "
        "take two buses to reach a counter in Truro, and small traders drive their takings 30 "
        "miles to deposit cash. The promise was that banking hubs would fill the gap, yet a year "
        "after Link recommended one for Wadebridge, the doors have still not opened."
    ),
    intervener="Anna Gelderd",
    seat2="South East Cornwall",
    intervention=(
        "Does the hon. Member agree that the problem is not the criteria but how long it takes "
        "to get from a recommendation to an open hub, and that Link should publish a deadline "
        "for each one?"
    ),
    reply=(
        "I agree entirely. A recommendation is not a hub. In Wadebridge the landlord, the Post "
        "Office and Cash Access UK spent nine months arguing about who pays for a security door. "
        "That is not good enough, and I hope the Minister will set a firm timescale tonight."
    ),
    chair="Madam Deputy Speaker (Caroline Nokes)",
    post="Economic Secretary to the Treasury",
    minister="Lucy Rigby",
    speech=(
        "I thank the hon. Member for North Cornwall for raising this important issue and for "
        "the constructive way in which he did so. The Government committed to rolling out 350 "
        "banking hubs during this Parliament, and more than 200 are now open. Access to cash "
        "legislation gives the Financial Conduct Authority powers to make sure that gaps are "
        "assessed and filled. I recognise the frustration about delays. Too many hubs have been "
        "held up by property issues, and I have asked Cash Access UK for a report on every site "
        "that has waited longer than six months."
    ),
    town="Wadebridge",
)

_LIFEBOATS = dict(
    _BANKS,
    title="Lifeboat Stations",
    mover="Rebecca Smith",
    seat="South West Devon",
    party="Con",
    subject="the contribution of lifeboat stations to coastal communities",
    opening=(
        "Every one of the stations along the south Devon coast is crewed by volunteers who "
        "leave their work and their families when the pagers go off. Last year they launched "
        "more than 400 times, and the cost of fuel, kit and training keeps rising while the "
        "donations that fund them have fallen back since the pandemic."
    ),
    intervener="Steff Aquarone",
    seat2="North Norfolk",
    intervention=(
        "I congratulate the hon. Member on securing this debate. Does she agree that the "
        "coastguard's rescue helicopters and the lifeboats depend on each other, and that any "
        "cut to one puts pressure on the other?"
    ),
    reply=(
        "The hon. Gentleman makes an excellent point, and it is one that the crews in Salcombe "
        "made to me last month. I hope the Minister will confirm the helicopter contract today."
    ),
    chair="Sir Christopher Chope (in the Chair)",
    post="Parliamentary Under-Secretary of State for Transport",
    minister="Keir Mather",
    speech=(
        "It is a pleasure to serve under your chairmanship, Sir Christopher. I congratulate the "
        "hon. Member for South West Devon on securing this debate and on the way she spoke for "
        "the crews. The lifeboat service is a charity, and that independence is precious, but "
        "the Government work closely with it through the coastguard. The helicopter contract "
        "runs until 2032, and we are looking at how the coastguard's training grants can help "
        "the smaller stations with the cost of kit."
    ),
    town="Salcombe",
)


def _label(rows: list[tuple[str, str | None, str]], opens: str) -> str:
    (hit,) = [r for r in rows if r[2].startswith(opens)]
    return hit[0]


@pytest.mark.parametrize("page", [_BANKS, _LIFEBOATS], ids=["chamber", "westminster_hall"])
@pytest.mark.parametrize(
    ("opens", "role"),
    [
        # the mover's opening speech
        ("I beg to move,", "statement"),
        # the mover's reply to the intervention, though it names the Minister
        ("{reply}", "answer"),
        # the Minister's reply to the debate after the chair's call
        ("{speech}", "statement"),
    ],
)
def test_commons_debate_roles(page: dict[str, str], opens: str, role: str) -> None:
    rows = turn_rows(_PAGE.format(**page))
    assert _label(rows, opens.format(**page)[:40]) == role
    # (the intervention asks, the chair's call is hers)
    assert _label(rows, page["intervention"][:40]) == "question"
    assert _label(rows, "Order. I call the Minister.") == "other"
