"""Round 59, batch WT WU WW: a self-introduced reporter's cut-off follow-up, a Commons member line
glued onto the last sentence, president.gov.ua's dated related-news links under the closing
thanks, MSNBC's section line with its masthead before a bar, and Ukrinform's one-line byline
block ("Name Surname, Town") over the date."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_BRIEFING = (
    "U.S. Department of State\n\nDepartment Press Briefing\n\nMarch 10, 2026\n\n"
    "MR PIGOTT: Good afternoon. Happy to take questions.\n\n"
    "QUESTION: Hi, {asker}, {outlet}. Thanks for taking my question. Is the department "
    "worried about the border dispute?\n\n"
    "MR PIGOTT: We have said very clearly that the dispute must be settled peacefully.\n\n"
    "QUESTION: {follow}\n\n(Crosstalk.)\n\n"
    "MR PIGOTT: I have seen the statement. It does not change our position.\n\n"
    "QUESTION: Thanks. Leila Haddad, Al-Monitor. Any update on the detained American?\n\n"
    "MR PIGOTT: I don't have anything new to share.\n"
)


@pytest.mark.parametrize(
    ("asker", "outlet", "follow"),
    [
        (
            "Marcus Oyelaran",
            "Caribbean Media Network",
            "But the foreign ministry said yesterday that it doesn't recognize –",
        ),
        (
            "Priya Natarajan",
            "The Hindu",
            "And the ambassador told reporters this morning that the talks are over —",
        ),
        (
            "Tomas Berg",
            "Dagens Nyheter",
            "So the embassy won't be sending observers at all --",
        ),
    ],
)
def test_cut_off_short_follow_up_is_the_self_named_reporters(
    asker: str, outlet: str, follow: str
) -> None:
    """A short "But …" under the bare label right after the answer, cut off on its dash with the
    record's "(Crosstalk.)" under it, is the self-named reporter's follow-up."""
    rows = turn_rows(_BRIEFING.format(asker=asker, outlet=outlet, follow=follow))
    cut = [r for r in rows if r[2].startswith(follow.split()[0] + " ")]
    assert cut
    assert cut[0][0] == "question"
    assert cut[0][1] == asker


_HANSARD = (
    "Hansard\nUK Parliament\n\n{title}\nVolume 778: debated on Wednesday 21 January 2026\n\n"
    "4.31 pm\n\n"
    "Tom Morrison (Cheadle) (LD)\nShare\nI beg to move,\n\n"
    "That this House has considered {topic}.\n\n"
    "Jim Shannon (Strangford) (DUP)\nShare\n"
    "I commend the hon. Member for securing this debate. Does he agree that the Government "
    "must act?\n\n"
    "Tom Morrison\nShare\n"
    "I do. My constituents cannot take a bus that runs twice a week.{chair} ({holder})\n"
    "Share\nI call the Minister.\n\n"
    "4.46 pm\n\n"
    "The Parliamentary Under-Secretary of State for Business and Trade (Gareth Thomas)\nShare\n"
    "I congratulate the hon. Member on securing the debate. The Government will publish "
    "a new model by April.\n\n"
    "Tom Morrison\nShare\nWill the Minister commit to publishing that model first?\n\n"
    "Gareth Thomas\nShare\nI will write to the hon. Member with the timetable.\n\n"
    "Question put and agreed to.\n"
)


@pytest.mark.parametrize(
    ("title", "topic", "chair", "holder", "speaker"),
    [
        (
            "Rural Post Offices",
            "the pay of sub-postmasters",
            "Madam Deputy Speaker",
            "Ms Nusrat Ghani",
            "Nusrat Ghani",
        ),
        (
            "Village Bus Services",
            "rural bus services",
            "Mr Deputy Speaker",
            "Judith Cummins",
            "Judith Cummins",
        ),
    ],
)
def test_member_line_glued_onto_the_last_sentence(
    title: str, topic: str, chair: str, holder: str, speaker: str
) -> None:
    """A Commons scrape that glues the chair's member line straight onto the last sentence
    ("… twice a week.Madam Deputy Speaker (Ms Nusrat Ghani)" / "Share"): the chair's own turn,
    and the answer above ends at its sentence."""
    rows = turn_rows(_HANSARD.format(title=title, topic=topic, chair=chair, holder=holder))
    called = [r for r in rows if r[2].strip() == "I call the Minister."]
    assert called and called[0][1] == speaker
    answer = [r for r in rows if r[2].startswith("I do.")]
    assert answer and answer[0][2].rstrip().endswith("twice a week.")


_FORUM = (
    "Official website of the President of Ukraine\n\n"
    "{headline} – address by the President\n\n12 February 2026 - 14:20\n\n"
    "Ladies and gentlemen! Thank you for coming. Ukraine needs partners.\n\n"
    "Moderator: Mr. President, thank you. Where is the money going to come from?\n\n"
    "Volodymyr Zelenskyy: Partly from our budget and partly from partners.\n\n"
    "Moderator: {thanks}\n\n"
    "Tags: Energy   Investments\n\nPhoto gallery   Video\n\nRelated news\n"
    "11 February 2026 - President held a meeting on the restoration of energy facilities in "
    "Kharkiv region\n"
    "10 February 2026 - {related} – address by the President\n\n"
    "© 2019–2026 Official website of the President of Ukraine.\n"
)


@pytest.mark.parametrize(
    ("headline", "thanks", "related"),
    [
        (
            "Energy storage is our shield",
            "Mr. President, thank you very much.",
            "We must protect our energy system together",
        ),
        (
            "Investors who come now will build the grid",
            "Thank you, Mr. President.",
            "Every transformer we save matters",
        ),
    ],
)
def test_dated_related_news_links_under_the_closing_thanks(
    headline: str, thanks: str, related: str
) -> None:
    """president.gov.ua's related news ("11 February 2026 - President held …", a full date and
    a dash before each headline) is the page's: the moderator's closing thanks ends the text."""
    rows = turn_rows(_FORUM.format(headline=headline, thanks=thanks, related=related))
    assert rows[-1][1] is None and rows[-1][0] == "other"
    assert rows[-1][2].strip() == thanks


@pytest.mark.parametrize(
    ("show", "date", "iso"),
    [
        ("Ayman", "1/24/26", "2026-01-24"),
        ("The Weekend", "2/7/26", "2026-02-07"),
    ],
)
def test_msnbc_section_line_with_masthead_dates_the_show(show: str, date: str, iso: str) -> None:
    """MSNBC's section line with its masthead before a bar, a blank line under it ("MSNBC  |
    TRANSCRIPTS" / "" / "Ayman, 1/24/26"): the show's date, and the show's name is no place."""
    text = (
        f"MSNBC  |  TRANSCRIPTS\n\n{show}, {date}\n\nGuests: Cory Booker\n\n"
        "AYMAN MOHYELDIN, MSNBC HOST: Good evening. Senator, thanks for being here. What "
        "happened at the crossing?\n\n"
        "SEN. CORY BOOKER (D-NJ): A train struck a van. The money to fix it is frozen.\n\n"
        "MOHYELDIN: Is that a distinction that matters?\n\n"
        "BOOKER: Not to the parents in that van.\n"
    )
    meta = run(text).meta.to_dict()
    assert meta.get("date") == iso
    assert meta.get("place") is None


@pytest.mark.parametrize(
    ("author", "town", "again"),
    [
        ("Наталія Коваль", "Львів", "у Львові"),
        ("Оксана Мельник", "Луцьк", "у Луцьку"),
    ],
)
def test_one_line_byline_block_gives_the_town(author: str, town: str, again: str) -> None:
    """Ukrinform's byline block on one line over the date ("Наталія Коваль, Львів" /
    "27.01.2026 09:45"): the town, not the author's name."""
    text = (
        "Укрінформ\nПолітика   Економіка   Регіони\n\nРегіони\n"
        "Реабілітація: «Ми вчимо людей заново жити»\n\n"
        f"{author}, {town}\n27.01.2026 09:45\n\n"
        f"Реабілітаційний центр {again} за рік прийняв понад дві тисячі пацієнтів. Про "
        "протези, черги та кадри ми поговорили з директором центру Тарасом Зваричем.\n\n"
        "Пане Тарасе, що змінилося за рік?\n\n"
        "Найголовніше – ми відкрили власну протезну лабораторію. Раніше пацієнт чекав місяцями.\n\n"
        "А черга?\n\n"
        "Черга все одно є, але вона коротша.\n"
    )
    assert run(text).meta.to_dict().get("place") == town
