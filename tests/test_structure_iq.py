"""Small cases for the IQ round (English print Q&A): a regional paper's and a trade site's
byline layouts give an outlet label its one writer; a capitals label that writes the masthead
out is the outlet; a bare surname label beside a labelled namesake is the other person the
lead names in full; a byline asks unlabelled questions when the lead has the guest speak to
the masthead or the writer speak with the guest; a magazine's prompts that do not ask read as
questions between one-paragraph answers."""

import pytest

from rhetoscope.structure.dialogue import _told_the_masthead
from structure_support import spoken_rows

_ANSWERS = (
    "It is tight, but we have seen worse years than this one on the bay.",
    "Not really. The science is thin, and the people on the water know the fish.",
    "Because the old group stopped listening to the small boats years ago.",
)


def _outlet_page(masthead: str, byline_lines: str, label: str) -> str:
    qs = ("How hard is the quota cut?", "Do you trust the survey?", "Why a new group?")
    body = "\n\n".join(
        f"{label}: {q}\n\nMERCER: {a}" if label.isupper() else f"{label}: {q}\n\nMercer: {a}"
        for q, a in zip(qs, _ANSWERS, strict=True)
    )
    return (
        f"{masthead}\nNews   Sports   Business\n\nLocal News\n\n"
        "Q&A: Harbour skipper says the quota cut will hurt\n\n"
        f"{byline_lines}\n\n"
        "Ellen Mercer has fished out of Port Hallow for thirty years and now chairs a new "
        "coalition of small-boat owners on the north shore.\n\n"
        f"Mercer spoke to {masthead} on Monday. The interview has been edited for length.\n\n"
        f"{body}\n"
    )


@pytest.mark.parametrize(
    ("masthead", "byline_lines", "label", "asker"),
    [
        # the reporter, a middle dot and the paper, over the "Published" stamp
        (
            "The Harbour Post",
            "Dana Whitlock · The Harbour Post\nPublished Jun 04, 2025 • 5 minute read",
            "The Harbour Post",
            "Dana Whitlock",
        ),
        # the stamp, the name, the staff line; the label writes the masthead in capitals
        (
            "Grid Weekly",
            "Published March 18, 2025\nDana Whitlock\nSenior Reporter",
            "GRID WEEKLY",
            "Dana Whitlock",
        ),
        # no writer: the outlet asks as written
        ("The Harbour Post", "Published Jun 04, 2025", "The Harbour Post", "The Harbour Post"),
    ],
)
def test_outlet_label_asks_as_byline_writer(
    masthead: str, byline_lines: str, label: str, asker: str
) -> None:
    rows = spoken_rows(_outlet_page(masthead, byline_lines, label))
    assert [r[1] for r in rows if r[0] == "question"] == [asker] * 3


def test_bare_surname_label_is_the_lead_namesake() -> None:
    text = (
        "The Harbour Post\n\nQ&A: Father and son on the quota cut\n\n"
        "Dana Whitlock · The Harbour Post\nPublished Jun 04, 2025 • 5 minute read\n\n"
        "Ellen Mercer has fished out of Port Hallow for thirty years. Mercer, whose son Owen "
        "fishes with her, spoke to The Harbour Post on Monday.\n\n"
        "The Harbour Post: How hard is the quota cut?\n\n"
        f"Mercer: {_ANSWERS[0]}\n\n"
        "The Harbour Post: Owen, why stay in this?\n\n"
        "Owen Mercer: Because I like being my own boss out there.\n\n"
        "The Harbour Post: Do you trust the survey?\n\n"
        f"Mercer: {_ANSWERS[1]}\n"
    )
    answers = [r[1] for r in spoken_rows(text) if r[0] == "answer"]
    assert answers == ["Ellen Mercer", "Owen Mercer", "Ellen Mercer"]


@pytest.mark.parametrize(
    ("lead", "asker"),
    [
        ("She spoke to Meridian about hiring and data.", "Julia Okonjo"),
    ],
)
def test_byline_asks_bold_questions(lead: str, asker: str | None) -> None:
    qa = "\n\n".join(
        f"**{q}**\n\n{a}"
        for q, a in zip(
            ("Why build another station?", "Who will work there?", "When will data come?"),
            _ANSWERS,
            strict=True,
        )
    )
    text = (
        "Skip to main content\n\nMeridian\nExplore content\n\nQ&A\n17 March 2025\n\n"
        "'We cannot study the forest from the coast': the ecologist building a station\n\n"
        "Ana Prado on why a permanent observatory matters.\n\n"
        "By Julia Okonjo\n\n"
        f"The station's director will be Ana Prado, an ecologist in Manaus. {lead}\n\n"
        "This interview has been edited for length and clarity.\n\n"
        f"{qa}\n"
    )
    rows = spoken_rows(text)
    assert [r[1] for r in rows if r[0] == "question"] == [asker] * 3


@pytest.mark.parametrize(
    ("lead", "told"),
    [
        ("Meridian\nNews\n\nShe spoke to Meridian about hiring and data.", True),
        ("Meridian\nNews\n\nI recently spoke by phone with Prado-Reyes.", True),
        # the guest spoke to someone the masthead is not: a reported talk, no interview
        ("Meridian\nNews\n\nShe spoke to Reuters about the cuts last year.", False),
        ("Meridian\nNews\n\nShe has spent twenty years on the river.", False),
    ],
)
def test_lead_reports_the_interview(lead: str, told: bool) -> None:
    assert _told_the_masthead(lead) is told


def test_unasked_prompts_read_as_questions() -> None:
    long_a = " ".join(["The levees failed because the engineers trusted them too much."] * 5)
    text = (
        "The Quarterly\nNewsletter\nSign In\n\nQ. & A.\n\nThe Flood Nobody Remembers\n\n"
        "The historian Marta Ruiz-Cole on levees and memory.\n\nBy Helen Strand\nApril 2, 2025\n\n"
        "Marta Ruiz-Cole, a historian in New Orleans, has spent a decade in the archives of the "
        "flood. I recently spoke by phone with Ruiz-Cole. Our conversation has been edited for "
        "length and clarity.\n\n"
        "Your book opens with a woman in a shelter telling you it was the same thing. Why start "
        "there?\n\n"
        f"Because she was right. {long_a}\n\n"
        "What do you mean by a man-made disaster?\n\n"
        f"I mean that the rain is natural. {long_a}\n\n"
        "Let's talk about the commerce secretary.\n\n"
        f"He was very good at it. {long_a}\n\n"
        "How much did the flood push people north?\n\n"
        f"A great deal. {long_a}\n\n"
        "And then, decades later, the country watched it happen again.\n\n"
        f"Not exactly again. {long_a}\n\n"
        "Is the country better at this now?\n\n"
        f"Better at the engineering. {long_a}\n\n"
        "Helen Strand is a contributing writer at The Quarterly, where she writes about "
        "history.\n"
    )
    rows = spoken_rows(text)
    assert [r[0] for r in rows] == ["question", "answer"] * 6
    assert {r[1] for r in rows if r[0] == "question"} == {"Helen Strand"}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Marta Ruiz-Cole"}


@pytest.mark.parametrize(
    "dateline",
    ["BONAVISTA, N.L.", "MONCTON, N.B.", "KELOWNA, B.C.", "STEINBACH, Man."],
)
def test_canadian_dateline_is_no_voice(dateline: str) -> None:
    # A Canadian paper's dateline closes like an AP one (the province abbreviated, a dash):
    # the lead after it is no turn of a speaker called "Bonavista".
    text = (
        "The Telegram\n\nQ&A: Skipper says the capelin cut will hurt\n\n"
        f"{dateline} — Wayne Drover has fished out of the harbour for 41 years and now chairs "
        "a new group of owner-operators.\n\n"
        "The Telegram: How bad is the cut?\n\nDrover: It's a hit, no question.\n\n"
        "The Telegram: Do you believe the survey?\n\nDrover: I believe the fish are smaller.\n"
    )
    rows = spoken_rows(text)
    city = dateline.split(",")[0].title()
    assert [r[1] for r in rows if r[0] == "answer"] == ["Wayne Drover", "Wayne Drover"]
    assert all(r[1] != city and not r[2].startswith("Wayne Drover has") for r in rows)
