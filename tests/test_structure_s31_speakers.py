"""Session 31, speaker attribution on held-out pages: a city alone over the date no author; a lead's
`Antony J. Blinken` its subject and `… spoke with me` the byline's writer asking; a quote and
its deck on one line; a long quote headline over its authors-and-date line; a podcast's two
numbered voices named by the host's own welcome."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

# --- a city alone over the date is the page's dateline ------------------------------------

_UN = (
    "United Nations Secretary-General\n"
    "Press Encounters\n"
    "Home / Press Encounters\n"
    "{city}\n"
    "{date}\n"
    "Secretary-General's press encounter on the climate summit [with Q&A]\n\n"
    "Spokesperson Anna Keller:  Good morning.  The Secretary-General will say a few words.\n\n"
    "Secretary-General Maria Lindqvist:  Good morning.  The summit must deliver real money "
    "for adaptation.  Thank you.\n\n"
    "Spokesperson:  Thank you.  Ben, please.\n\n"
    "Question:  Thank you, sir.  {reporter}, {outlet}.  Will the summit agree on a fund?\n\n"
    "Secretary-General:  I hope so.  The negotiators are working day and night.\n\n"
    "Question:  Sir, and the coal phase-out?\n\n"
    "Secretary-General:  That remains essential for the goal.\n\n"
    "Spokesperson:  Thank you all.\n"
)


@pytest.mark.parametrize(
    ("city", "date", "reporter", "outlet"),
    [
        ("New York", "14 March 2025", "Ben Carter", "Reuters"),
        ("San Francisco", "2 May 2025", "Olivia Brandt", "Bloomberg"),
    ],
)
def test_city_over_the_date_is_no_author(city: str, date: str, reporter: str, outlet: str) -> None:
    """A two-word city alone over the date (`New York` / `14 March 2025`) is no byline: the
    reporter who introduces herself asks, the one who does not is nobody named."""
    text = _UN.format(city=city, date=date, reporter=reporter, outlet=outlet)
    askers = [r[1] for r in turn_rows(text) if r[0] == "question"]
    assert askers == [reporter, None]


# --- a lead's middle initial; the byline's writer who says "spoke with me" ----------------

_EXIT = (
    "Politics\n"
    "{surname}, in Exit Interview, Looks Back on Four Years\n"
    "By {author}\n"
    "Reporting from Washington\n"
    "Jan. 10, 2025\n"
    "With days left in office, {full} has been defending the record of the administration. "
    "Critics see it otherwise.\n\n"
    "Mr. {surname} spoke with me for an hour on Tuesday in his office. {surname} was "
    "reflective.\n\n"
    "This conversation has been edited and condensed.\n\n"
    "Are you leaving the world safer than you found it?\n\n"
    "In many ways, yes. Our alliances are stronger than they have been in decades.\n\n"
    "What was your biggest mistake?\n\n"
    "I will leave that to the historians. We made hard choices, and I stand by them.\n\n"
    "Would you do it all again?\n\n"
    "Every day. It was the honour of my life to serve.\n\n"
    "What will you do next?\n\n"
    "Rest, for a start. Then I will teach and write.\n"
)


@pytest.mark.parametrize(
    ("full", "surname", "author", "answerer"),
    [
        ("Secretary of State Antony J. Blinken", "Blinken", "Michael Crowley", "Antony Blinken"),
        ("Treasury Secretary Janet L. Yellen", "Yellen", "Alan Rappeport", "Janet Yellen"),
    ],
)
def test_lead_subject_with_middle_initial_and_writer_met_me(
    full: str, surname: str, author: str, answerer: str
) -> None:
    """A lead naming its subject with a middle initial answers as given name and surname (no
    headline phrase such as `Exit Interview`), and the byline's one writer who says the guest
    `spoke with me` asks."""
    text = _EXIT.format(full=full, surname=surname, author=author)
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "answer"} == {answerer}
    assert {r[1] for r in rows if r[0] == "question"} == {author}


# --- a quote headline and its deck on one line ----------------------------------------------

_DECK = (
    "Медиа\n"
    "Новости\n"
    "Истории\n\n"
    "Разбор\n\n"
    "«{quote}» {post} {name} — о том, {about}\n\n"
    "Интервью\n\n"
    "10:15, 3 ноября 2025\n\n"
    "Правительство внесло в парламент проект закона о налогах. Министр финансов Антон Силуанов "
    "назвал его сбалансированным. Мы спросили экономиста, что это значит.\n\n"
    "Почему налоги повышают именно сейчас?\n\n"
    "Потому что доходы падают, а расходы растут. Других источников почти не осталось.\n\n"
    "Это надолго?\n\n"
    "Думаю, на несколько лет. Быстро это не изменится.\n\n"
    "Что будет с ценами?\n\n"
    "Они вырастут, но не резко. Многое зависит от курса рубля.\n\n"
    "Беседовала {asker}\n"
)


@pytest.mark.parametrize(
    ("quote", "post", "name", "about", "asker"),
    [
        (
            "Бюджет держится на налогах",
            "Экономист",
            "Ольга Смирнова",
            "почему растут налоги",
            "Ирина Белова",
        ),
        (
            "Рубль будет слабеть",
            "Аналитик",
            "Сергей Орлов",
            "что ждет валютный рынок",
            "Анна Титова",
        ),
    ],
)
def test_quote_and_deck_on_one_line(
    quote: str, post: str, name: str, about: str, asker: str
) -> None:
    """`«…» Экономист Имя Фамилия — о том, …` on one line: the quote is the headline, the deck's
    person answers (named once), the closing `Беседовала …` asks."""
    text = _DECK.format(quote=quote, post=post, name=name, about=about, asker=asker)
    rows = turn_rows(text)
    assert {r[1] for r in rows if r[0] == "answer"} == {name}
    assert {r[1] for r in rows if r[0] == "question"} == {asker}


# --- a long quote headline over its authors-and-date line ----------------------------------

_UP_LONG = (
    "Українська правда\n"
    "Головне\n"
    "Новини\n"
    "Інтерв'ю\n\n"
    "{guest}: {quote}\n\n"
    "{authors} — Вівторок, 18 листопада 2025, 06:00\n\n"
    "Віцепрем'єр очолює відомство третій рік. Ми поговорили з ним про реформи.\n\n"
    "– Почнімо з головного. Що змінилося за рік?\n\n"
    "– Ми перевели всі послуги в застосунок. Черг більше немає.\n\n"
    "– А що з бюджетом?\n\n"
    "– Бюджет скоротили, але ми впоралися. Працюємо ефективніше.\n\n"
    "– Чи підете ви в політику?\n\n"
    "– Ні. Мені цікава робота, а не посада.\n"
)


@pytest.mark.parametrize(
    ("guest", "quote", "authors"),
    [
        (
            "Олег Савчук",
            "Ми будуємо державу, в якій кожна послуга займає хвилину, а черги лишилися в "
            "минулому назавжди",
            "Ірина Кравець, Богдан Литвин",
        ),
        (
            "Наталія Гончар",
            "Ми змінили систему так, що жоден документ більше не треба носити з кабінету в "
            "кабінет вручну",
            "Роман Ткачук",
        ),
    ],
)
def test_long_quote_headline_over_dated_byline(guest: str, quote: str, authors: str) -> None:
    """A quote headline of 15 to 24 words is the page's own when its authors-and-date line
    stands right below it: its person answers the dash dialogue."""
    text = _UP_LONG.format(guest=guest, quote=quote, authors=authors)
    answers = [r[1] for r in turn_rows(text) if r[0] == "answer"]
    assert answers and set(answers) == {guest}


# --- a podcast's two numbered voices named by the host's welcome ----------------------------

_PODCAST = (
    '{show} — {guest}: "We will not be alone again"\n'
    "Podcast · Episode 12 · 30 min\n"
    "Transcript (auto-generated)\n\n"
    "Speaker 1  0:02\n"
    "Hello and welcome to {show}, the podcast about power. I'm {host}, executive editor "
    "here. My guest this week has held just about every office going. {guest}, welcome to "
    "{show}.\n\n"
    "Speaker 2  0:30\n"
    "{thanks}, {host_given}. It's a pleasure to be here.\n\n"
    "Speaker 1  0:33\n"
    "Let's start with the summit. What did you take away from it?\n\n"
    "Speaker 2  0:40\n"
    "That Europe has to do more for itself, and quickly.\n\n"
    "Speaker 1  1:02\n"
    "Is that realistic?\n\n"
    "Speaker 2  1:05\n"
    "It has to be. There is no alternative.\n"
)


@pytest.mark.parametrize(
    ("show", "host", "guest", "thanks"),
    [
        ("Power Talk", "Anne Carter", "Mikael Lindgren", "Thank you"),
        ("Inside Europe", "Oliver Hartmann", "Sofia Marques", "Thanks"),
    ],
)
def test_podcast_numbered_voices_named_by_the_welcome(
    show: str, host: str, guest: str, thanks: str
) -> None:
    text = _PODCAST.format(
        show=show, host=host, guest=guest, thanks=thanks, host_given=host.split()[0]
    )
    speakers = {r[1] for r in turn_rows(text) if r[1] is not None}
    rows = turn_rows(text)
    assert speakers == {host, guest}
    assert [r[1] for r in rows if r[0] == "question"] == [host, host]
    assert [r[1] for r in rows if r[0] == "answer"][-2:] == [guest, guest]


def test_podcast_voices_stay_unnamed_without_the_welcome() -> None:
    """No welcome in the first turn, or no thanks in the reply: the voices stay nobody's."""
    text = _PODCAST.format(
        show="Power Talk",
        host="Anne Carter",
        guest="Mikael Lindgren",
        thanks="Well",
        host_given="Anne",
    )
    assert {r[1] for r in turn_rows(text)} == {None}
