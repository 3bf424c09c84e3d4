"""Small cases for the JY round (English print and think-tank Q&A): a "speaks to" dek whose
guest's post is a firm's acronym ("…, CEO of …"); a regional paper's capital questions under a
byline set over its "Published …" line, the lead's "her" the one the sentence before opens
with (a region after a compass word is no person); an alumni magazine's "We caught up with
her"; an "Also Read" box under the last answer; a wire's lowercase agency in its dateline and
its desk code; a "Related Content" box over a think tank's "about us" line; a hybrid event's
venue line under a date line with a time range."""

import pytest

from rhetoscope.structure.header import _header_people
from structure_support import run, spoken_rows

_ANSWER = (
    "Honestly, we are further along on paper than in the plants. Most firms know which lines "
    "are affected, but few have put the money in yet, because the rules are still being written."
)


@pytest.mark.parametrize("post", ["CEO of Swedish carton maker Fjordpak", "CFO at Fjordpak"])
def test_speaks_to_guest_posted_by_acronym(post: str) -> None:
    people = _header_people(
        f"Trade Weekly's Marta Lindqvist speaks to Jonas Berglund, {post}, about the new rules."
    )
    kinds = {n.display(): k for k, n in people}
    assert kinds.get("Jonas Berglund") == "interview with"
    assert kinds.get("Marta Lindqvist") != "interview with"


def test_labelled_trade_qa_asker_by_dek() -> None:
    text = (
        "Trade Weekly\nInterviews\nPublished: 3 April 2025\nMarta Lindqvist, Editor\n\n"
        "Trade Weekly's Marta Lindqvist speaks to Jonas Berglund, CEO of carton maker Fjordpak, "
        "about the new packaging rules.\n\n"
        "Marta Lindqvist: Jonas, the rules apply from next year. How ready is the industry?\n\n"
        f"Jonas Berglund: {_ANSWER}\n\n"
        "ML: Where is Fjordpak investing over the next three years?\n\n"
        f"JB: Mainly in moulded fibre. {_ANSWER}\n\n"
        "ML: And what keeps you up at night?\n\n"
        f"JB: Fibre supply. {_ANSWER}\n"
    )
    rows = spoken_rows(text)
    assert [r[:2] for r in rows[:2]] == [
        ("question", "Marta Lindqvist"),
        ("answer", "Jonas Berglund"),
    ]


_CAPS_QA = (
    "The Harbour Gazette\nQ&A: 'The fish are moving,' says co-op head as Cape Breton season "
    "opens\nRoddy MacNeil\nPublished Nov 25, 2024 • Last updated Nov 25, 2024 • 4 minute read\n\n"
    "SYDNEY, N.S. — Dozens of boats left wharves across northern Cape Breton early Monday as "
    "the season got underway.\n\n"
    "Maureen Doucette has fished out of Glace Bay for 25 years and has led the co-op since "
    "2020. The Harbour Gazette spoke with her on the eve of opening day.\n\n"
    "WHAT ARE YOU HEARING FROM CAPTAINS?\n\n"
    "Cautious optimism. Catches held up well last spring and most people paid down some debt. "
    "Nobody is getting rich on opening day.\n\n"
    "WHERE DO YOU EXPECT THE PRICE TO LAND?\n\n"
    "If I could tell you that I'd be in a different business. A lot depends on the markets "
    "over the holidays.\n\n"
    "IS THE DEPARTMENT DOING ENOUGH SCIENCE?\n\n"
    "No. They have good people, but not enough boats or days at sea. We pay for loggers on "
    "our own boats.\n"
)


def test_caps_qa_byline_over_published_and_her_of_the_paragraph() -> None:
    rows = spoken_rows(_CAPS_QA)
    assert [r[:2] for r in rows[:2]] == [
        ("question", "Roddy MacNeil"),
        ("answer", "Maureen Doucette"),
    ]


def test_alumni_magazine_we_caught_up_with_her() -> None:
    text = (
        "Alumni Quarterly\nWinter 2025\nAlumni Profiles | Q&A\nThe Mapper of Floods\n"
        "By Priya Venkataraman '09\nJanuary 21, 2025\n\n"
        "When Ifeoma Chukwu '98 started measuring floods in Port Harcourt a decade ago, she "
        "carried a tape measure and a notebook. Today her lab runs 90 river gauges. We caught "
        "up with her by video call between classes.\n\n"
        "*How does an economics major end up studying floods?*\n\n"
        "Through a seminar on cities, really. I kept asking why nobody measured the basic "
        "conditions people lived in, and then my aunt's market flooded.\n\n"
        "*What did you find when you started measuring?*\n\n"
        "That the difference between streets is enormous. A market by the creek floods three "
        "times as often as the road above it.\n\n"
        "*Has the government actually used your maps?*\n\n"
        "More than I expected. The state ministry used them to decide where to clear drains "
        "first.\n\n"
        "*Any advice for current students?*\n\n"
        "Learn one technical skill deeply, and then go and listen to the people who live "
        "with the problem.\n"
    )
    rows = spoken_rows(text)
    questions = [r for r in rows if r[0] == "question"]
    assert questions and all(r[1] == "Priya Venkataraman" for r in questions)


def test_also_read_box_under_last_answer() -> None:
    text = (
        "Earth Weekly\nBy Rohan Mehta\n\nDeepa Iyer has studied aquifers for two decades. "
        "Earth Weekly spoke with her about the data.\n\n"
        "EW: Why the gap between the two networks?\n\n"
        "Iyer: The official network has one well for every 400 square kilometres.\n\n"
        "EW: What would you change?\n\n"
        "Iyer: Publish the data in a form people can read.\n\n"
        "EW: What role does free electricity play?\n\n"
        "Iyer: A big one. When power is free, there is no cost to pumping.\n\n"
        "Also Read\nWhy desilting alone will not recharge aquifers\n"
        "Groundwater extraction touches 60% of recharge, says report\n\n"
        "We are a voice to you; you have been a support to us. Together we build journalism "
        "that is independent, credible and fearless. You can further help us by making a "
        "donation.\n"
    )
    rows = spoken_rows(text)
    assert rows[-1][2] == "A big one. When power is free, there is no cost to pumping."


def test_wire_dateline_lowercase_agency_and_desk_code() -> None:
    text = (
        "dpa International\nWind head warns on grid\n14 May 2025, 06:05 CEST\n"
        "By Karin Vogt, dpa\n\n"
        "Hamburg (dpa) - Germany risks missing its target, the head of the operators' "
        "federation, Sabine Kraus, has warned. In an interview with dpa, Kraus said permits had "
        "not turned into power.\n\n"
        "dpa: Ms Kraus, why are you still worried?\n\n"
        "Kraus: Because a permit is not a turbine.\n\n"
        "dpa: What should the government do first?\n\n"
        "Kraus: Treat the grid as a priority.\n\n"
        "dpa: Will Germany reach its target?\n\n"
        "Kraus: On the current path, no.\n\n"
        "dpa kv xx ab\n"
    )
    doc = run(text)
    assert doc.meta.place == "Hamburg"
    turns = list(doc.layer("turns"))
    assert doc.span_text(turns[-1]) == "On the current path, no."


def test_related_box_over_think_tank_boilerplate_and_hybrid_venue() -> None:
    text = (
        "Institute for Energy Futures\nEvent Transcript\n"
        "Can Carbon Markets Regain Trust?\n"
        "February 26, 2025 | 12:30 pm - 1:30 pm ET\n"
        "Online and at IEF, 1200 K St NW, Washington, DC\n"
        "Speakers: Helen Park (moderator), Ravi Menon\n\n"
        "Helen Park: Welcome, everyone. Ravi, what changed for buyers this year?\n\n"
        "Ravi Menon: Almost everything. We now check every project ourselves.\n\n"
        "Helen Park: Is there enough supply of durable removals?\n\n"
        "Ravi Menon: Not today, no. Prices are still very high.\n\n"
        "Helen Park: Thank you, Ravi, and thanks to everyone who joined us.\n\n"
        "Related Content\nReport: Assessing the Quality of Offsets\n"
        "Energy Futures Radio: Carbon Removal Procurement, with Ravi Menon\n"
        "Institute for Energy Futures (IEF) is an independent, nonprofit research institution "
        "in Washington, DC.\n"
    )
    doc = run(text)
    assert doc.meta.place == "Washington"
    rows = spoken_rows(text)
    assert rows[-1][:2] == ("other", "Helen Park")
    assert all(r[1] != "Energy Futures Radio" for r in rows)
