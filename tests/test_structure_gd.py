"""Small cases for batch SL SM SN SO (Ukrinform EN, the Kyiv Independent, whitehouse.gov, gov.uk,
NBC): the masthead's one word after a menu item is no person's surname; an outlet label "The X:"
asks through the byline's one writer when the lead writes "spoke to the X"; a bare question's
short "But …?" / "And the …, …?" straight after the answer is the last asker's follow-up; and a
tape block around the whole exchange is the taped interview, not a played clip."""

import pytest

from structure_support import turn_rows

_AGENCY = (
    "Newswire\n"
    "National News Agency\n"
    "News  Politics  Economy  Regions  Newswire TV  Newswire Photo\n"
    "\n"
    "Interviews\n"
    "\n"
    "Lviv water utility head Marta Kovalchuk: {headline}\n"
    "\n"
    "Andriy Melnyk\n"
    "03.03.2026 10:05\n"
    "\n"
    "Newswire spoke with the head of the Lviv water utility, Marta Kovalchuk, about pumps.\n"
    "\n"
    "Marta Kovalchuk / Photo: Newswire\n"
    "\n"
    "How many pumping stations run on generators now?\n"
    "\n"
    "Eleven of the fourteen. The other three are waiting for parts from our partners, and we\n"
    "expect them before the end of the month, so the whole network will be covered.\n"
    "\n"
    "What happens during a long outage?\n"
    "\n"
    "We switch to the reserve tanks. They hold a day and a half for the whole city, and the\n"
    "crews drive water to the hospitals first, then to the schools and the shelters.\n"
    "\n"
    "Has the city started charging more for water?\n"
    "\n"
    "No. The tariff has not changed since 2024, and we do not plan to raise it this winter.\n"
    "The generators were paid for by our international partners and the regional budget.\n"
    "\n"
    "What would you ask of residents?\n"
    "\n"
    "Keep a few bottles at home and report leaks at once. Every leak we find early saves\n"
    "water for the whole district, and the crews can reach it before it freezes.\n"
    "\n"
    "Tags: Lviv  water\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "We keep the water running through every blackout",
        "Every pump has its own generator now",
    ],
)
def test_masthead_word_after_menu_item_is_no_surname(headline: str) -> None:
    rows = turn_rows(_AGENCY.format(headline=headline))
    answers = [r for r in rows if r[0] == "answer"]
    assert answers
    assert {r[1] for r in answers} == {"Marta Kovalchuk"}


_OUTLET = (
    "Skip to content\n"
    "Black Sea Independent\n"
    "News  Business  Opinion  Podcasts\n"
    "\n"
    "Interview: Transport minister says ferries will run all winter\n"
    "\n"
    "by Olha Tkachenko\n"
    "January 12, 2026 4:20 PM  4 min read\n"
    "\n"
    "Transport Minister Ivan Hrytsenko {verb} the Black Sea Independent about the ferry budget.\n"
    "\n"
    "The Black Sea Independent: How many ferries will run this winter?\n"
    "\n"
    "Hrytsenko: Six, two more than last year.\n"
    "\n"
    "The Black Sea Independent: Who pays for the fuel?\n"
    "\n"
    "Hrytsenko: The state budget, with help from the city.\n"
)


@pytest.mark.parametrize("verb", ["spoke to", "talked with"])
def test_outlet_label_with_lowered_article_asks_as_byline_writer(verb: str) -> None:
    rows = turn_rows(_OUTLET.format(verb=verb))
    questions = [r for r in rows if r[0] == "question"]
    assert len(questions) == 2
    assert {r[1] for r in questions} == {"Olha Tkachenko"}


_BRIEFING = (
    "Press Briefing by the Press Secretary\n"
    "April 2, 2026\n"
    "\n"
    "{label}  {intro} Who pays for the new grid orders?\n"
    "\n"
    "SECRETARY LANE: The costs are spread across the region, as under every earlier order.\n"
    "\n"
    "{label}  {follow}\n"
    "\n"
    "SECRETARY LANE: You'll get that in writing.\n"
    "\n"
    "{label}  Mr. Secretary, on data centers — are they the reason demand is rising?\n"
    "\n"
    "SECRETARY LANE: They are part of it.\n"
)


@pytest.mark.parametrize(
    ("label", "intro", "follow"),
    [
        ("Q", "Hi. Dana Reyes with Reuters.", "But can you give a number?"),
        ("Q", "Hi. Dana Reyes with Reuters.", "But will you release the figure?"),
    ],
)
def test_short_but_question_is_last_askers(label: str, intro: str, follow: str) -> None:
    rows = turn_rows(_BRIEFING.format(label=label, intro=intro, follow=follow))
    row = next(r for r in rows if r[2].startswith(follow[:12]))
    assert row[0] == "question"
    assert row[1] == "Dana Reyes"


_PRESSER = (
    "Home Secretary's remarks at the knife crime press conference\n"
    "From: Home Office and The Rt Hon Yvette Carter MP\n"
    "Published 3 March 2026\n"
    "\n"
    "Yvette Carter: Good morning. Since January the amnesty has taken thirty thousand blades off\n"
    "our streets. I'm happy to take some questions.\n"
    "\n"
    "Question: Dana Reyes, Reuters. Home Secretary, isn't this largely symbolic?\n"
    "\n"
    "Yvette Carter: No, I don't think it is. These are weapons made to cause harm.\n"
    "\n"
    "Question: {follow}\n"
    "\n"
    "Yvette Carter: If retailers keep selling to children, the consequences will be serious.\n"
    "\n"
    "Question: Tom Ellis from the Guardian. How will you fund the patrols?\n"
    "\n"
    "Yvette Carter: The money is in this year's settlement.\n"
)


@pytest.mark.parametrize(
    "follow",
    [
        "And the liability for retailers, will anyone actually go to prison?",
        "And the liability for shop owners, will anyone actually go to prison?",
    ],
)
def test_and_the_question_is_last_askers(follow: str) -> None:
    rows = turn_rows(_PRESSER.format(follow=follow))
    row = next(r for r in rows if r[2].startswith(follow[:12]))
    assert row[0] == "question"
    assert row[1] == "Dana Reyes"


_TAPED = (
    "NBC NEWS\n"
    "\n"
    "Meet the Press – April 5, 2026\n"
    "\n"
    "April 5, 2026, 11:30 AM EDT\n"
    "By Meet the Press\n"
    "\n"
    "[{begin}]\n"
    "\n"
    "KRISTEN WELKER: Joining me now is Republican Senator Tom Reed. Welcome to the program.\n"
    "\n"
    "SEN. TOM REED: Thanks, Kristen. Good to be here.\n"
    "\n"
    "KRISTEN WELKER: Will you vote for the tariff bill this week?\n"
    "\n"
    "SEN. TOM REED: I will, if the loophole for transshipped steel is closed.\n"
    "\n"
    "KRISTEN WELKER: Senator Tom Reed, thank you very much.\n"
    "\n"
    "SEN. TOM REED: Thank you.\n"
    "\n"
    "[{end}]\n"
)


@pytest.mark.parametrize(
    ("begin", "end"), [("START TAPE", "END TAPE"), ("BEGIN VIDEOTAPE", "END VIDEOTAPE")]
)
def test_tape_block_around_whole_exchange_is_the_interview(begin: str, end: str) -> None:
    rows = turn_rows(_TAPED.format(begin=begin, end=end))
    q = next(r for r in rows if r[2].startswith("Will you vote"))
    a = next(r for r in rows if r[2].startswith("I will"))
    assert (q[0], q[1]) == ("question", "Kristen Welker")
    assert (a[0], a[1]) == ("answer", "Tom Reed")
