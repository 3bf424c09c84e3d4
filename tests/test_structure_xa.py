"""Check Q, batch UF UH: an outlet label under a lead that names the interview's journalist by
post (a hyphenated given name, the paper given the interview, written after its medium's word),
a Commons motion opening on its comma under a "Share" row, the bare "Madam Deputy Speaker" chair,
the Minister's speech after her call, a venue in its own language between a town and the date,
Ukrinform's town before a numeric date."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_OUTLET_PAGE = (
    "Official website of the President of Ukraine\n"
    "President   News   Interviews   Addresses\n\n"
    "Interview of the President of Ukraine Volodymyr Zelenskyy to the {kind} {outlet}\n\n"
    "3 March 2026 - 09:40\n\n"
    "During his visit to {city}, President of Ukraine Volodymyr Zelenskyy gave an interview to "
    "{outlet}. The interview was conducted by {post} {journalist}.\n\n"
    "{outlet}: Mr. President, how is the grid holding up this month?\n\n"
    "Volodymyr Zelenskyy: It is hard, but our engineers repair it under fire every night.\n\n"
    "{outlet}: What do you expect from the new package?\n\n"
    "Volodymyr Zelenskyy: Air defense first, and equipment for the power plants.\n\n"
    "{outlet}: Thank you for the interview.\n\n"
    "Volodymyr Zelenskyy: Thank you.\n"
)


@pytest.mark.parametrize(
    ("kind", "outlet", "city", "post", "journalist"),
    [
        ("Finnish newspaper", "Helsingin Sanomat", "Helsinki", "journalist", "Anna-Liisa Virtanen"),
        ("Swedish newspaper", "Svenska Dagbladet", "Stockholm", "reporter", "Karl-Erik Lind"),
        ("Danish newspaper", "Berlingske Tidende", "Copenhagen", "journalist", "Mette Holm"),
    ],
)
def test_outlet_label_asks_as_journalist_the_lead_names(
    kind: str, outlet: str, city: str, post: str, journalist: str
) -> None:
    """The paper the interview was given to, named after its medium's word, is the outlet
    whose label asks through the one journalist the lead names by post."""
    text = _OUTLET_PAGE.format(
        kind=kind, outlet=outlet, city=city, post=post, journalist=journalist
    )
    rows = turn_rows(text)
    asked = [r for r in rows if r[0] == "question" or r[2].startswith("Thank you for")]
    assert len(asked) == 3, rows
    assert {r[1] for r in asked} == {journalist}, rows


_DEBATE = (
    "Hansard\nUK Parliament\n\n"
    "{title}\nVolume 773: debated on Tuesday 3 February 2026\n\n"
    "{mover} ({seat}) (Lab)\nShare\n"
    "I beg to move,\n"
    "That this House has considered {motion}.\n"
    "Families in my constituency have waited too long for this, and the Government must act.\n\n"
    "{member} (Wealden) (Con)\nShare\n"
    "I congratulate the hon. Lady on securing this debate. Does she agree that councils need "
    "more certainty about funding?\n\n"
    "{mover}\nShare\n"
    "I do agree, and I hope the Minister will say so today.\n\n"
    "Madam Deputy Speaker (Judith Cummins)\nShare\n"
    "Order. Speeches are limited to five minutes. I call {backbencher}.\n\n"
    "{backbencher} (Derby North) (Lab)\nShare\n"
    "Thank you, Madam Deputy Speaker. My constituents have told me the same story again and "
    "again, and I want to add their voices to this debate.\n\n"
    "Madam Deputy Speaker\nShare\n"
    "I call the Minister.\n\n"
    "The Parliamentary Under-Secretary of State for Housing (Sarah Langley)\nShare\n"
    "I congratulate my hon. Friend on securing this debate and on the way she opened it. The "
    "Government agree that families have waited too long. We are providing new funding this "
    "year, we are consulting on a faster planning route, and we will publish guidance for "
    "councils before the summer so that every authority knows what is expected of it and "
    "families can see progress in their own areas. I will write to every Member who has "
    "spoken with the details of the scheme in their constituency.\n\n"
    "{member}\nShare\n"
    "Will the Minister commit to a date for that guidance?\n\n"
    "Sarah Langley\nShare\n"
    "I will set out the timetable in my letter before Easter.\n"
)


@pytest.mark.parametrize(
    ("title", "mover", "seat", "motion", "member", "backbencher"),
    [
        (
            "Flood Defences in Market Towns",
            "Helen Marsh",
            "Stroud",
            "flood defences in market towns",
            "Nus Ghani",
            "Tom Keane",
        ),
        (
            "Special Educational Needs Transport",
            "Clare Boyd",
            "Bolton West",
            "home-to-school transport for children with special educational needs",
            "Huw Merriman",
            "Paul Dorn",
        ),
    ],
)
def test_commons_debate_motion_chair_and_minister(
    title: str, mover: str, seat: str, motion: str, member: str, backbencher: str
) -> None:
    """The motion opening on its comma under a "Share" row is the mover's speech; the bare
    "Madam Deputy Speaker" line is the chair named in brackets before, her call its own turn;
    the Minister she calls replies to the debate at length: a statement."""
    text = _DEBATE.format(
        title=title,
        mover=mover,
        seat=seat,
        motion=motion,
        member=member,
        backbencher=backbencher,
    )
    rows = turn_rows(text)
    first = rows[0]
    assert first[1] == mover and first[2].startswith("I beg to move,"), rows
    call = [r for r in rows if r[2] == "I call the Minister."]
    assert call == [("other", "Judith Cummins", "I call the Minister.")], rows
    backbench = [r for r in rows if r[1] == backbencher]
    assert len(backbench) == 1 and backbench[0][2].endswith("voices to this debate."), rows
    minister = [r for r in rows if r[2].startswith("I congratulate my hon. Friend")]
    assert minister and minister[0][:2] == ("statement", "Sarah Langley"), rows


_ABROAD = (
    "U.S. Department of State\n"
    "Home › Office of the Spokesperson › Secretary Rubio at a Press Availability\n\n"
    "Secretary Marco Rubio At a Press Availability\nREMARKS\n"
    "Marco Rubio, Secretary of State\n"
    "{town}, {country}\n{venue}\n"
    "February 20, 2026\n\n"
    "SECRETARY RUBIO: Good afternoon. I just met the Foreign Minister. Happy to take a few "
    "questions.\n\n"
    "QUESTION: Thank you, Mr. Secretary. Will you raise port security?\n\n"
    "SECRETARY RUBIO: We did, at length, and we agreed to set up a working group.\n\n"
    "QUESTION: And on cables?\n\n"
    "SECRETARY RUBIO: Same answer: the working group will cover them too.\n"
)


@pytest.mark.parametrize(
    ("town", "country", "venue"),
    [
        ("Lisbon", "Portugal", "Palácio das Necessidades"),
        ("Brasília", "Brazil", "Palácio do Itamaraty"),
        ("Brussels", "Belgium", "Palais des Académies"),
    ],
)
def test_palace_venue_between_town_and_date(town: str, country: str, venue: str) -> None:
    """A palace named in its own language between the town line and the date is the venue."""
    meta = run(_ABROAD.format(town=town, country=country, venue=venue)).meta.to_dict()
    assert meta.get("place") == town


_UKRINFORM = (
    "Укрінформ\n"
    "Актуально  Політика  Економіка  Регіони  {town}  Пресцентр\n\n"
    "Пресконференції\n\n"
    "Ремонт мостів: коли відновлять рух\n\n"
    "{town} 18.02.2026 12:30\n\n"
    "У пресцентрі Укрінформу відбулася пресконференція про ремонт мостів у {town_loc}.\n\n"
    "Модераторка: Добрий день. Сьогодні у нас директор департаменту Віктор Коваль.\n\n"
    "Віктор Коваль: Дякую. Роботи тривають на трьох мостах, рух відновимо до осені.\n\n"
    "Запитання: Ольга Руденко, Укрінформ. Чи вистачить коштів?\n\n"
    "Віктор Коваль: Так, кошти передбачено в бюджеті.\n"
)


@pytest.mark.parametrize(
    ("town", "town_loc"),
    [("Київ", "Києві"), ("Львів", "Львові"), ("Одеса", "Одесі")],
)
def test_town_before_numeric_date_and_time(town: str, town_loc: str) -> None:
    """Ukrinform's dateline with no comma, the town before a numeric date and its time, gives
    the place when the text names the town again."""
    meta = run(_UKRINFORM.format(town=town, town_loc=town_loc)).meta.to_dict()
    assert meta.get("place") == town
