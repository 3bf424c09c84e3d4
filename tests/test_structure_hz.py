"""Small cases for the HZ round (English print and think-tank Q&A): a site's menu row is no
name, a byline with the writer's post and no "By", a caption's "(Name / PAPER)" credit between
turns and a "Photo courtesy of …" credit over the lead are the page's, a place and a trade
before the interviewee's name, a three-word Malaysian name the headline cuts to two, a Scottish
surname's inner capital, a reporter's contact line over headline links, a newsletter's sign-off
under a rule, and a student's self-introduction from the floor."""

import pytest

from rhetoscope.structure.metadata import find_byline, trailing_start
from structure_support import run, spoken_rows, turn_rows

_QA = (
    "Q: How has the uncertainty changed your customers' behavior?\n\n"
    "A: The biggest change is the length of the contract discussions, which now run for months.\n\n"
    "Q: How big will the new plant be?\n\n"
    "A: Phase one is modest, about 15% of our current capacity for those products.\n\n"
    "Q: Are you hiring enough engineers?\n\n"
    "A: It is the biggest constraint, more than land or power.\n"
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("KENJI IWASAKI, Nikkei staff writer", "KENJI IWASAKI"),
        ("Dana Whitfield, Senior Correspondent", "Dana Whitfield"),
        # two writers: no single byline
        ("CHENG TING-FANG and LAULY LI, Nikkei Asia staff writers", None),
    ],
)
def test_post_byline(line: str, want: str | None) -> None:
    assert find_byline(f"Headline over it\n{line}\nApril 17, 2025\n") == want


def test_menu_row_names_nobody_and_post_byline_asks() -> None:
    text = (
        "Asia Ledger\n"
        "Latest   Business   Markets   Tech   Opinion   Life & Arts\n\n"
        "Semiconductors\n"
        "Penang chip packager Arcadia splits orders between Malaysia and Texas: CEO\n"
        "Tan Boon Hock says U.S. customers want a second address but won't pay for it, "
        "in an interview\n\n"
        "RYO SAKAMOTO, Asia staff writer\n"
        "April 17, 2025 14:22 JST\n\n"
        "Arcadia CEO Tan Boon Hock speaks to Asia Ledger in Penang. (Photo by Ryo Sakamoto)\n\n"
        "PENANG -- Arcadia, one of Malaysia's largest chip assembly companies, will begin "
        "pilot production in Texas next year, its chief executive said.\n\n"
        "Edited excerpts of the interview follow:\n\n" + _QA
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows] == ["Ryo Sakamoto", "Tan Boon Hock"] * 3


def test_place_and_trade_before_the_name() -> None:
    text = (
        "The Duct Letter\nSubscribe   Sign in\n\n"
        'Issue #12: "The installers are the bottleneck"\n'
        "A conversation with Tucson contractor Elena Marsh about training techs and rebates\n\n"
        "Owen Pryce\nFeb 19, 2025 — 6 min read\n\n"
        "Hi all — something different this week. I called Elena Marsh, who owns a heating "
        "company in Tucson and trains about 40 technicians a year.\n\n"
        "Our conversation has been lightly edited and condensed.\n\n"
        "*Let's start with the freeze. What happened to your pipeline in January?*\n\n"
        "It dropped off a cliff for about three weeks. We had maybe 60 jobs in the queue.\n\n"
        "*Why is that the worst time?*\n\n"
        "Because you make decisions in a panic, and the first contractor who comes gets it.\n\n"
        "*Tell me about the apprenticeship program. How did it start?*\n\n"
        "Out of desperation, honestly. In 2021 I had work booked four months out.\n\n"
        "*What's the one policy change that would help you most?*\n\n"
        "Stability. I need to know the program will still exist when we finish the job.\n\n"
        "---\n\n"
        "That's it for this week. If you know a contractor doing something interesting, hit "
        "reply — I read everything.\n"
    )
    rows = spoken_rows(text)
    assert {r[1] for r in rows if r[0] == "answer"} == {"Elena Marsh"}
    assert rows[-1][2].endswith("when we finish the job.")


def test_scottish_surname_and_menu_row_in_capitals_qa() -> None:
    text = (
        "The Northern Courier\n"
        "News   Sport   Business   Farming   Obituaries   Jobs\n\n"
        "Business › Fishing\n\n"
        "‘The sea gave me everything’: Peterhead skipper Douglas MacLeod on quotas and crews\n\n"
        "Douglas MacLeod, 63, landed his last catch in January after 45 years at sea. He talks "
        "to business reporter Fiona Strachan about the changes he has seen.\n\n"
        "By Fiona Strachan\nFebruary 8 2025, 6.00am\n\n"
        "Douglas MacLeod at Peterhead harbour. Image: Kenny Ross\n\n"
        "Douglas MacLeod first went to sea as a 16-year-old deckie on his uncle’s boat.\n\n"
        "HOW DID YOU START OUT?\n"
        "My uncle had a 70-footer, and my father told him to take me. He was right about it.\n\n"
        "WHAT HAS CHANGED MOST SINCE THEN?\n"
        "Everything and nothing. The boats are bigger and safer, and there are fewer of them.\n\n"
        "TELL US ABOUT THE QUOTA YEARS.\n"
        "The 1990s were hard. Decommissioning took a lot of good men out of the industry.\n\n"
        "AND WHY STOP NOW?\n"
        "My knees, mostly. And my wife. She said 45 years was enough, and she was right.\n"
    )
    rows = spoken_rows(text)
    assert {r[1] for r in rows if r[0] == "answer"} <= {"Douglas MacLeod"}
    assert {r[1] for r in rows if r[0] == "question"} <= {"Fiona Strachan"}


def test_bracketed_credit_caption_between_turns() -> None:
    text = (
        "Northern Daily News\nSign In | Subscribe\n"
        "Alaska News   Politics   Opinions   Sports   Outdoors\n\n"
        "Q&A: Borough manager Anna Lindqvist on roads, runoff and a budget squeeze\n\n"
        "The borough’s first woman in the top job talks about road delays and the school bond.\n\n"
        "By Sam Okafor\nPublished: March 14, 2025\n\n"
        "Anna Lindqvist in her office in Palmer on Tuesday, March 11, 2025. (Jo Reyes / NDN)\n\n"
        "Anna Lindqvist has worked in borough government for 22 years, the last three as "
        "manager of the fastest-growing region in the state.\n\n"
        "NDN: You took over in 2022. What did you expect the job to be?\n\n"
        "Lindqvist: Growth. Instead it has been roads, drainage and the phone ringing at home.\n\n"
        "Traffic backs up on the main road near Wasilla in February. (Bill Roy / NDN)\n\n"
        "NDN: The assembly approved a school bond. Is that fair?\n\n"
        "Lindqvist: It is a fair question, and a policy call for the assembly.\n"
    )
    rows = turn_rows(text)
    answers = [r[2] for r in rows if r[0] == "answer"]
    assert answers[0].endswith("ringing at home.")
    assert (
        "other",
        None,
        "Traffic backs up on the main road near Wasilla in February. (Bill Roy / NDN)",
    ) in rows


def test_courtesy_caption_and_contact_line_over_headline_links() -> None:
    text = (
        "Resin Weekly\nHome   Materials   Recycling   Machinery\n\n"
        "Recycling\nMarch 24, 2025 05:30 AM\n\n"
        "'Not a landfill with a conveyor belt': Harlow on the recycling shakeout\n\n"
        "Mara Quint\nShare   Tweet   Email   Print\n\n"
        "Glen Harlow, CEO of Ridge Polymer, at the company's Ohio plant. Photo courtesy of "
        "Ridge Polymer\n\n"
        "Glen Harlow became CEO of Ridge Polymer in 2023, two years after the plant opened.\n\n"
        "Senior Reporter Mara Quint spoke with Harlow about feedstock and contracts.\n\n"
        "MQ: Why is Ridge still running?\n\n"
        "GH: Partly stubbornness. We sized the plant for the feedstock we could contract.\n\n"
        "MQ: Would you build it again?\n\n"
        "GH: Yes. Smaller first phase, fewer promises. But yes.\n\n"
        "Contact Mara Quint at mquint@resinweekly.com.\n\n"
        "Inline Plastics buys thermoformer in Georgia\n"
        "PRE: Europe's recycling capacity fell in 2024 for the first time\n"
    )
    assert text[trailing_start(text) :].lstrip().startswith("Contact Mara Quint")
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][2].startswith("Glen Harlow became CEO")
    assert rows[-1][2].endswith("But yes.")


def test_self_introduction_with_no_outlet() -> None:
    text = (
        "Policy Institute\nTranscript\n"
        "Critical Questions Live: Who Controls the Graphite in Your Battery?\n"
        "March 6, 2025\n\n"
        "Maria Costa: Good afternoon and welcome. I’m joined by Dr. Peter Ndlovu. Why should a "
        "policymaker care about graphite at all?\n"
        "Peter Ndlovu: Thanks, Maria. The short answer is concentration of supply.\n"
        "Maria Costa: We have some time left, and I see hands already.\n"
        "Q: Hi, Derek Lund, Trade Weekly. Will the duties change supply?\n"
        "Peter Ndlovu: In three years, no, not at the volumes needed.\n"
        "Q: Thanks. Nadia Osei, I’m a master’s student at SAIS. Isn’t synthetic graphite the "
        "way around the mining problem?\n"
        "Peter Ndlovu: Great question. Synthetic graphite is part of the answer.\n"
    )
    rows = turn_rows(text)
    assert [r[1] for r in rows if r[0] == "question"][-2:] == ["Derek Lund", "Nadia Osei"]
    assert run(text).meta.to_dict().get("date") == "2025-03-06"
