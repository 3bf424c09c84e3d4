"""Small cases for the JG round (English print, newsletter and think-tank Q&A): a courtesy
title in capitals ("MR:") is a speaker's initials where the page names the person so; a
newsletter's "Our conversation has been … edited." above the lead is the page's; a
newsletter's, a paper's and a trade weekly's foot ("3 Comments", "Support X and become a
subscriber today.", "No comments yet. Sign in to comment.", "X can be contacted at …", a
masthead's slogan over the copyright line) is nobody's; a magazine's dek over its photo credit
is header; a title-case wire dateline and a think tank's venue line give the place; an
italic-question alumni Q&A's answerer is the one person its lead names past a caption's
place and a quoted headline."""

import pytest

from structure_support import run, spoken_rows, turn_rows

_QS = (
    "Lithium prices have collapsed. Isn't that terrible news for a recycler?",
    "Two of your competitors didn't make it this year. What did they get wrong?",
    "So where is your feedstock coming from?",
)
_AS = (
    "It's bad news for anyone whose pitch was that prices will go up forever. Not ours.",
    "I think some of the industry built enormous plants before they had feedstock to fill them.",
    "Right now, about 80 percent is manufacturing scrap from cell factories, I'd say.",
)


def _newsletter(initials: str, name: str, tail: str) -> str:
    body = "\n\n".join(f"**JT:** {q}\n\n**{initials}:** {a}" for q, a in zip(_QS, _AS, strict=True))
    return (
        "The Cleanup\nPosts   Podcast   About   Subscribe\n\n"
        "Issue #142: The battery recycler who thinks lithium prices are a distraction\n\n"
        "Jesse Tan\nSep 11, 2025\n\n"
        "Our conversation has been lightly edited.\n\n"
        "Welcome back to The Cleanup, where you get one conversation a week about "
        "decarbonisation.\n\n"
        f"This week I spoke with {name}, co-founder and CEO of Circulith, a Reno-based startup "
        "that pulls metals out of dead EV batteries.\n\n"
        f"{body}\n\n**JT:** Thanks, {name.split()[0]}.\n\n{tail}"
    )


_SUBSTACK_TAIL = (
    "Thanks for reading The Cleanup! Subscribe for free to receive new posts and support my "
    "work.\n\nType your email...   Subscribe\n\n3 Comments\n\nDana K.   Sep 11\n"
    "Great interview. Would love a follow-up.\n\nReply\n\n© 2025 Jesse Tan · Privacy · Terms\n"
)


@pytest.mark.parametrize(
    ("initials", "name"),
    [("MR", "Meera Rao"), ("MS", "Maya Singh"), ("DR", "Dana Reyes"), ("MK", "Meera Kapoor")],
)
def test_title_letters_as_initials_and_newsletter_foot(initials: str, name: str) -> None:
    text = _newsletter(initials, name, _SUBSTACK_TAIL)
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][2].startswith("Welcome back")
    assert [(r[0], r[1]) for r in rows[1:7]] == [
        ("question", "Jesse Tan"),
        ("answer", name),
    ] * 3
    assert rows[-1][2] == f"Thanks, {name.split()[0]}."


def test_title_letters_unnamed_stay_no_label() -> None:
    # No "M… R…" named on the page: "MR:" spells nobody, and the writer's turns run on.
    text = _newsletter("MR", "Circulith's founder", "")
    assert all(r[1] != "MR" for r in turn_rows(text))


_PAPER_QS = (
    "HOW HAS THE END OF THE OLD SCHEME CHANGED THINGS ON YOUR FARM?",
    "HAVE YOU SIGNED UP TO THE NEW SCHEMES?",
    "THERE IS TALK OF REWILDING THE UPLANDS. WHERE DO YOU STAND?",
    "WILL YOUR SONS TAKE THE FARM ON?",
)
_PAPER_AS = (
    "It has taken about a third of our income away, just like that. The paperwork is worse.",
    "We have. We're blocking grips on the moor to hold water back, which pays a little.",
    "People say rewilding as if there were nobody here. We've been here three hundred years.",
    "Joe wants to. Sam's at college in Harrogate doing agriculture, so we'll see.",
)


@pytest.mark.parametrize(
    "tail",
    [
        "Grace Hammond can be contacted at grace.hammond@example.co.uk\n\nRead more\n"
        "Farmers in the Dales warn of 'cliff edge' as payments end\n"
        "Great Show 2025: full guide to this year's event\n\n"
        "Support The Dales Post and become a subscriber today.\n",
        "Related articles\nDairy farmers sign three-year deal\nStores to close\n\nComments\n\n"
        "No comments yet. Sign in to comment.\n",
        "Grace Hammond is a senior writer at DALESMAN covering farming.\n\nMore From DALESMAN\n"
        "The Upland Payments Puzzle\nInside the Auction Mart\n\n"
        "DALESMAN is where the uplands are heard.\n© 2025 Dales Media. All rights reserved.\n",
    ],
)
def test_paper_foot_after_last_answer(tail: str) -> None:
    body = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(_PAPER_QS, _PAPER_AS, strict=True))
    text = (
        "DALESMAN\nNews   Farming   Sport\n\n"
        "Hill farmer Tom Hartley: 'We are the ones who keep the uplands'\n\n"
        "By Grace Hammond\nMonday, 14 July 2025\n\n"
        "Tom Hartley farms 400 acres above Pateley Bridge. Grace Hammond asked him about the "
        "end of the old subsidy and what comes next.\n\n"
        f"{body}\n\n{tail}"
    )
    answers = [r[2] for r in spoken_rows(text) if r[0] == "answer"]
    assert answers == list(_PAPER_AS)


def test_magazine_dek_over_photo_credit_is_header() -> None:
    text = (
        "GADGETRY\nSECURITY   POLITICS   GEAR\n\nRavi Coleman\nBusiness\nOct 2, 2025 7:00 AM\n\n"
        "This Robot Folds Your Laundry. Its Creator Says That's the Easy Part\n\n"
        "Tessa Haldane's startup has shipped 1,200 home robots. She tells us why the hardest "
        "problem in robotics is your sock drawer.\n\nPhotograph: Maya Lindqvist\n\n"
        "Save this story\n\n"
        "Tessa Haldane spent six years at a big autonomous-vehicle company before founding "
        "Crease, which makes a two-armed robot that folds laundry.\n\n"
        "**Ravi Coleman:** Why laundry?\n\n"
        "**Tessa Haldane:** Because everyone hates it and nobody has solved it.\n\n"
        "**Ravi Coleman:** How does the robot learn?\n\n"
        "**Tessa Haldane:** Mostly from people who control the arms remotely.\n"
    )
    rows = turn_rows(text)
    assert rows[0][0] == "other" and rows[0][2].startswith("Tessa Haldane spent six")


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("Kampala (AFP) - Uganda will pump crude next year, the minister said.", "Kampala"),
        ("KAMPALA (AFP) - Uganda will pump crude next year, the minister said.", "Kampala"),
    ],
)
def test_title_case_agency_dateline(lead: str, place: str) -> None:
    text = (
        "AFP\nInternational   Africa   Energy\n\n"
        "Uganda's oil will flow 'in 2026', minister tells AFP\n\n"
        "Published on 30/07/2025 at 11:42 GMT\n\n"
        f"{lead} Energy Minister Ruth Nankabirwa told AFP in an interview on Wednesday.\n\n"
        "AFP: The project has been delayed several times. Why believe the date?\n\n"
        "Nankabirwa: Because the wells are drilled and the pipeline is more than half built.\n\n"
        "AFP: What about the banks that refused to finance it?\n\n"
        "Nankabirwa: Others stepped in. Chinese and African lenders saw the value.\n"
    )
    assert run(text).meta.place == place


def test_institution_venue_line_gives_town() -> None:
    text = (
        "Institute for Maritime Affairs\nHome  >  Events  >  Transcript\n\n"
        "Event Transcript: Shipping Under Fire\n\n18 February 2025\n"
        "IMA, 61 Whitehall, London\n\n"
        "Harriet Moss: Good evening, everyone. Tom, has the naval mission achieved anything?\n\n"
        "Tom Ashcroft: Thank you, Harriet. It has achieved something, but not what it set out "
        "to achieve.\n\n"
        "Harriet Moss: Priya, what do the insurers say?\n\n"
        "Priya Venkataraman: They look at the risk, and the ships go round the Cape.\n"
    )
    assert run(text).meta.place == "London"


def test_italic_questions_answerer_from_lead() -> None:
    qs = ("You grew up in Lagos. Did flooding shape your career?", "Do you think about Stanford?")
    ans = (
        "Completely. Every rainy season our street turned into a river.",
        "All the time. I took a hydrology class that I nearly dropped.",
    )
    body = "\n\n".join(f"*{q}*\n\n{a}" for q, a in zip(qs, ans, strict=True))
    text = (
        "STANFORD MAGAZINE\nStanford Alumni Association\n\nHome  /  Q&A\n\n"
        "'Every Flood Map Is Already Out of Date'\n\n"
        "A civil engineer on why cities keep drowning in the same ways.\n\n"
        "By Mariah Castellanos\nMarch 4, 2025\n\n"
        "[Photo: Adaeze Okeke at the Palo Alto Baylands. Photo: Toni Gauthier]\n\n"
        "When Adaeze Okeke, '09, MS '11, left Stanford, she expected to design drainage. We "
        "asked her what the rest of us keep getting wrong.\n\n"
        "This interview has been edited for length and clarity.\n\n"
        f"{body}\n"
    )
    rows = spoken_rows(text)
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Mariah Castellanos"),
        ("answer", "Adaeze Okeke"),
    ] * 2
