"""Small cases for the JQ round (English print and think-tank Q&A): a bold question whose opening
words end in a colon ("**Last question: what …?**") is no label; plain "?" questions under a dek
that says the subject "tells our reporter"; a newsletter's capital questions under "Four
questions for …" and a lead that introduces "X, who …"; "A sits down with B" where B is the
byline's writer; an event's Title Case title that asks, over its date line; an italic prompt
that the paragraph tagger ran on into the answer; Bloomberg's credits under the last answer."""

import pytest

from rhetoscope.structure import dialogue
from rhetoscope.structure.labels import titlecase_question
from structure_support import run, turn_rows

_BOLD = (
    "Interview\n"
    "'Rivers don't read our maps': the hydrologist rethinking Scotland's floodplains\n"
    "Morag Lindsay, who leads the new catchment restoration programme, on peat, beavers and the "
    "price of a dry basement\n"
    "Morag Lindsay beside the Spey near Aviemore. Photograph: Iain Ross/The Guardian\n"
    "Callum Baird\n"
    "Sun 6 Apr 2025 08.00 BST\n"
    "Morag Lindsay has worked on rivers for twenty years. I met her beside the Spey on a cold "
    "morning in March, where her team has been pulling out old flood banks.\n"
    "\n"
    "**Why take the banks down at all?**\n"
    "\n"
    "Because they move the problem downstream. Every bank we built pushed the water faster into "
    "the next town.\n"
    "\n"
    "**Farmers must hate that. Do they?**\n"
    "\n"
    "Some did at first. Now several of them ask us to come and look at their fields.\n"
    "\n"
    "**What about the beavers?**\n"
    "\n"
    "They are very good engineers and they work for free. We just have to agree where they work.\n"
    "\n"
    "**Last question: what should a homeowner in a flood zone do first?**\n"
    "\n"
    "Find out which way the water comes in. Then spend money on that, not on anything else.\n"
)

_PLAIN = (
    "The Herald\n"
    "News\n"
    "Lighthouse keeper's daughter on 30 years guiding ships into Ullapool\n"
    "Ailsa Munro is stepping down as harbour pilot. She tells our reporter about gales, whales and "
    "the night the radio died.\n"
    "By Euan Fraser\n"
    "March 3 2025, 7.00am\n"
    "Ailsa Munro grew up in the keeper's cottage at Rubha Reidh and took her first pilot's ticket "
    "in 1995. Ailsa Munro will bring her last ship in on Friday.\n"
    "Why piloting and not keeping the light?\n"
    "\n"
    "The lights were going automatic by then. There was no future in it, and I liked boats more "
    "than lamps.\n"
    "\n"
    "What was the hardest job you ever did?\n"
    "\n"
    "A tanker in a force nine with the radio gone. We did it with hand signals and a lot of "
    "shouting.\n"
    "\n"
    "Have the ships changed much?\n"
    "\n"
    "They are three times the size and half the crew. The bridge looks like a computer shop now.\n"
    "\n"
    "What comes next?\n"
    "\n"
    "My sister has a boat that needs painting. I expect that will take the summer.\n"
)

_CAPS = (
    "View this email in your browser\n"
    "THE WATER LINE\n"
    "Issue #88 · May 2, 2025\n"
    "By Priya Raman\n"
    "Four questions for the woman rebuilding a city's pipes\n"
    "Hello everyone,\n"
    "This week the newsletter goes to Teresa Okonkwo, who became director of Harbor City Water two "
    "years ago with a backlog of 9,000 leaks. We spoke on Thursday.\n"
    "\n"
    "WHY START WITH THE SMALLEST PIPES?\n"
    "Because that is where most of the water is lost. The big mains get the attention, but the "
    "service lines leak every day.\n"
    "\n"
    "WHO PAYS FOR IT?\n"
    "Mostly ratepayers, over thirty years. We also won two federal grants last autumn.\n"
    "\n"
    "HOW DO YOU FIND THE LEAKS?\n"
    "Acoustic sensors on the hydrants. They hear a leak before anyone sees it.\n"
    "\n"
    "WHAT WOULD YOU TELL A NEW DIRECTOR?\n"
    "Walk the streets with your crews. You learn more in a morning than in a month of reports.\n"
    "\n"
    "That's all for this week. Reply and tell me what you think.\n"
    "– Priya\n"
)

_SITS = (
    "The Harbour Gazette\n"
    "Politics\n"
    "'We are not going to hit the number this year': Transport minister on rail delays\n"
    "Transport Minister Niamh Costello sits down with Declan Rourke to discuss signalling, tunnels "
    "and fares\n"
    "Declan Rourke\n"
    "Sat Mar 8 2025 - 06:00\n"
    "Niamh Costello became transport minister in December. The new line to the airport is two "
    "years late. We met in her department on Leeson Lane.\n"
    "\n"
    "Declan Rourke: What has surprised you most?\n"
    "\n"
    "Niamh Costello: How much of the delay is in signalling software. Nobody warned me about "
    "that.\n"
    "\n"
    "DR: Will the airport line open in 2027?\n"
    "\n"
    "NC: I expect it to. I am not going to promise a month.\n"
    "\n"
    "DR: Are fares going up?\n"
    "\n"
    "NC: Not this year. After that it depends on the budget.\n"
)

_EVENT = (
    "Wilson Policy Forum\n"
    "Events\n"
    "Event\n"
    "Cobalt Corridors: Can Central Africa Keep More of the Mining Value?\n"
    "Tuesday, June 10, 2025\n"
    "9:30 AM - 10:45 AM EDT\n"
    "Transcript\n"
    "\n"
    "MARTA KOWALSKA: Welcome, everyone. I'm Marta Kowalska, and I'll be moderating today. With me "
    "is Joseph Mwamba.\n"
    "\n"
    "MARTA KOWALSKA: Joseph, what has changed in the last two years?\n"
    "\n"
    "JOSEPH MWAMBA: Mostly the export rules. Concentrate now has to be processed before it leaves "
    "the country.\n"
    "\n"
    "MARTA KOWALSKA: Is that working?\n"
    "\n"
    "JOSEPH MWAMBA: Partly. The refineries need power, and the grid is not ready.\n"
)

_WIRE = (
    "ACCRA (Bloomberg) -- Bank of Ghana Governor Kofi Mensah said the cedi will stay under "
    "pressure until cocoa exports recover, in an interview at the bank's offices in Accra on "
    "Monday.\n"
    "\n"
    "Bloomberg: When will the cedi stabilize?\n"
    "\n"
    "Mensah: Not before the cocoa harvest comes in. We expect that by the fourth quarter.\n"
    "\n"
    "Bloomberg: Will you raise rates again?\n"
    "\n"
    "Mensah: Only if inflation surprises us. For now we are watching.\n"
    "\n"
    "--With assistance from Ama Owusu.\n"
    "\n"
    "To contact the reporters on this story:\n"
    "Daniel Asante in Accra at dasante@bloomberg.net\n"
    "Ruth Kamau in Nairobi at rkamau@bloomberg.net\n"
)


@pytest.mark.parametrize(
    ("text", "asker", "answerer", "first_question", "last_answer_end"),
    [
        # a bold question opening "Last question:" in lower case after the colon
        (
            _BOLD,
            "Callum Baird",
            "Morag Lindsay",
            "Why take the banks down at all?",
            "not on anything else.",
        ),
        # plain "?" lines under "She tells our reporter about …" and "By Euan Fraser"
        (
            _PLAIN,
            "Euan Fraser",
            "Ailsa Munro",
            "Why piloting and not keeping the light?",
            "will take the summer.",
        ),
        # capital questions under "Four questions for …", the lead's "Teresa Okonkwo, who …"
        (
            _CAPS,
            "Priya Raman",
            "Teresa Okonkwo",
            "WHY START WITH THE SMALLEST PIPES?",
            "a month of reports.",
        ),
    ],
)
def test_unlabelled_print_questions(
    text: str, asker: str, answerer: str, first_question: str, last_answer_end: str
) -> None:
    rows = [r for r in turn_rows(text) if r[0] != "other"]
    assert rows[0] == ("question", asker, first_question)
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    assert {r[1] for r in rows if r[0] == "answer"} == {answerer}
    assert rows[-1][0] == "answer" and rows[-1][2].endswith(last_answer_end)
    assert len(rows) == 8


def test_sits_down_with_the_bylines_writer() -> None:
    rows = [r for r in turn_rows(_SITS) if r[0] != "other"]
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Declan Rourke"),
        ("answer", "Niamh Costello"),
    ] * 3


def test_event_title_that_asks_is_no_label_nor_turn() -> None:
    doc = run(_EVENT)
    rows = [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]
    assert rows == [
        ("other", "Marta Kowalska"),
        ("question", "Marta Kowalska"),
        ("answer", "Joseph Mwamba"),
        ("question", "Marta Kowalska"),
        ("answer", "Joseph Mwamba"),
    ]
    assert doc.meta.date == "2025-06-10"


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("Can Central Africa Keep More of the Mining Value?", True),
        ("Can the city keep more of the value it mines?", False),
        ("WHO PAYS FOR IT?", False),
        ("Europe Must Pay Its Share", False),
    ],
)
def test_titlecase_question(line: str, asks: bool) -> None:
    assert titlecase_question(line) is asks


def test_wire_credits_close_the_last_answer() -> None:
    rows = turn_rows(_WIRE)
    assert rows[-1] == (
        "answer",
        "Kofi Mensah",
        "Only if inflation surprises us. For now we are watching.",
    )


_ITALIC = (
    "*How did you start?*\n\nA neighbour kept hives.\n\n"
    "*What do people get wrong?*\n\nThat bees want to sting.\n\n"
    '*Tell me about the worst summer.*\n\nIt rained all June. One customer asked, "Where is '
    'it?"\n\n'
    "I kept that letter.\n\n"
    "*Any advice?*\n\nStart with two hives.\n"
)


def test_italic_prompt_ends_where_its_emphasis_ends() -> None:
    def at(s: str) -> int:
        return _ITALIC.index(s)

    def end(s: str) -> int:
        return _ITALIC.index(s) + len(s)

    proposed = [
        ("question", at("How did"), end("How did you start?")),
        ("answer", at("A neighbour"), end("kept hives.")),
        ("question", at("What do"), end("get wrong?")),
        ("answer", at("That bees"), end("to sting.")),
        # the tagger ran the prompt on into the answer's first paragraph, which asks
        ("question", at("Tell me"), end('"Where is it?"')),
        ("answer", at("I kept"), end("that letter.")),
        ("question", at("Any advice"), end("Any advice?")),
        ("answer", at("Start with"), end("two hives.")),
    ]
    bounded = dialogue._emphasis_bounds(_ITALIC, proposed)
    texts = [(role, _ITALIC[s:e]) for role, s, e in bounded]
    assert texts[4] == ("question", "Tell me about the worst summer.")
    assert texts[5][0] == "answer"
    assert texts[5][1].startswith("It rained") and texts[5][1].endswith("that letter.")
    assert len(texts) == 8
