"""Small cases for batch LC (State, MSNBC, Sky, Radio Svoboda among the common sources): an
author box's "Журналістка Радіо Свобода" names the outlet, no interviewer, so the outlet label
asks as the one author over the date; MSNBC's show title under its "TRANSCRIPTS" section line
dates the show; a "Read more:" box over the site's footer row trails once the row is cut; a
reporter whose given name is also an English verb ("Said Arikat, Al-Quds.") names himself."""

import pytest

from structure_support import run, turn_rows

_SVOBODA = (
    "Радіо Свобода\n"
    "Новини   Війна   Політика   Економіка\n"
    "Економіка\n"
    "«Ми пройдемо цю зиму» – експертка про відключення світла\n"
    "{author}\n"
    "17 березня 2025, 07:30\n"
    "\n"
    "Чи будуть відключення влітку, Радіо Свобода запитало в експертки з енергетичної безпеки "
    "Марії Колесник.\n"
    "\n"
    "Радіо Свобода: Пані Маріє, чи можна сказати, що найгірше вже позаду?\n"
    "\n"
    "Марія Колесник: Цю зиму ми пройдемо, це вже очевидно.\n"
    "\n"
    "Радіо Свобода: Тобто влітку можливі графіки відключень?\n"
    "\n"
    "Марія Колесник: Можливі, але короткочасні і не щодня.\n"
    "\n"
    "Поділитися\n"
    "Facebook   Telegram   X   Email\n"
    "Коментарі\n"
    "Читайте також\n"
    "Удари по газовидобуванню: скільки газу втратила Україна\n"
    "{author}\n"
    "{post} Радіо Свобода. Пише про економіку та енергетику.\n"
    "© 2025 RFE/RL, Inc. Усі права захищені.\n"
)


@pytest.mark.parametrize(
    ("author", "post"),
    [("Ірина Штогрін", "Журналістка"), ("Андрій Гуменюк", "Журналіст")],
)
def test_author_box_outlet_is_no_interviewer(author: str, post: str) -> None:
    rows = turn_rows(_SVOBODA.format(author=author, post=post))
    assert {r[1] for r in rows if r[0] == "question"} == {author}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Марія Колесник"}


_MSNBC = (
    "MSNBC\n"
    "{section}\n"
    "All In with Chris Hayes, {stamp}\n"
    "Guests: Dana Alvarez\n"
    "Transcript:\n"
    "\n"
    "CHRIS HAYES, MSNBC HOST: Joining me now is Congresswoman Dana Alvarez. Good to have you.\n"
    "\n"
    "REP. DANA ALVAREZ (D-NM): Good to be with you, Chris.\n"
    "\n"
    "HAYES: So you voted no on this bill. Why?\n"
    "\n"
    "ALVAREZ: Because this is not a clean bill.\n"
)


@pytest.mark.parametrize(
    ("section", "stamp", "date"),
    [
        ("TRANSCRIPTS", "3/12/25", "2025-03-12"),
        ("Transcripts", "11/4/2025", "2025-11-04"),
    ],
)
def test_show_title_under_transcripts_section_dates_the_show(
    section: str, stamp: str, date: str
) -> None:
    assert run(_MSNBC.format(section=section, stamp=stamp)).meta.date == date


_SKY = (
    "Sky News - back to home\n"
    "Minister admits homes target 'will be very hard'\n"
    "Sunday 16 March 2025 10:41, UK\n"
    "\n"
    "Here is the full exchange:\n"
    "\n"
    "Trevor Phillips: Is the 1.5 million target dead?\n"
    "\n"
    "Rachel Okoro: No, it isn't. It's going to be very hard.\n"
    "\n"
    "Trevor Phillips: What do you say to your backbencher?\n"
    "\n"
    "Rachel Okoro: Nobody is going to build on the fields she's worried about.\n"
    "\n"
    "Read more:\n"
    "Chancellor to set out spending cuts in spring statement\n"
    "Planning bill clears Commons hurdle despite Labour rebellion\n"
    "{promo}\n"
    "Follow Sky News on WhatsApp\n"
    "Related Topics\n"
    "Housing   Labour Party\n"
    "About Sky News   About Us   Sky News Arabia   Sky Group   Sky News Library Sales   Site "
    "Map   Editorial Guidelines   Sky News Board   Privacy & Cookies\n"
)


@pytest.mark.parametrize(
    "promo",
    [
        "Sunday Morning With Trevor Phillips airs every Sunday from 8.30am on Sky News.",
        "Watch Politics Hub every weekday from 7pm on Sky News.",
    ],
)
def test_read_more_box_over_footer_row_trails(promo: str) -> None:
    rows = turn_rows(_SKY.format(promo=promo))
    assert rows[-1][:2] == ("answer", "Rachel Okoro")
    assert rows[-1][2].endswith("she's worried about.")


_BRIEFING = (
    "Department Press Briefing – March 11, 2025\n"
    "Tammy Bruce, Department Spokesperson\n"
    "Washington, D.C.\n"
    "\n"
    "MS BRUCE: Hello, everyone. I'll take your questions. Matt.\n"
    "\n"
    "QUESTION: Thanks, Tammy. Who is carrying the proposal to the Russians?\n"
    "\n"
    "MS BRUCE: I'm not going to get ahead of the conversations. {call}\n"
    "\n"
    "QUESTION: {intro} On Gaza, is the United States urging Israel to reopen the crossings?\n"
    "\n"
    "MS BRUCE: We remain engaged with our partners in the region.\n"
)


@pytest.mark.parametrize(
    ("call", "intro", "asker"),
    [
        ("Said.", "Thank you. Said Arikat, Al-Quds.", "Said Arikat"),
        ("Go ahead.", "Thanks, Tammy. Said Arikat with Al-Quds.", "Said Arikat"),
        ("Yes.", "Thank you. Tom Ellis, Reuters.", "Tom Ellis"),
    ],
)
def test_reporter_with_verb_like_given_name_introduces_himself(
    call: str, intro: str, asker: str
) -> None:
    rows = turn_rows(_BRIEFING.format(call=call, intro=intro))
    questions = [r[1] for r in rows if r[0] == "question"]
    assert questions[-1] == asker
