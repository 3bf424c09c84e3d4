"""Check Q, batch UK UL UG: a quote headline under a section menu and over its author-and-date
line, a labelled interview's closing "Name, Town" signature, a PDF's lone page number and its
running footer with the page number tabbed off, an audio player's card glued into one line."""

from __future__ import annotations

import pytest

from structure_support import run, turn_rows

_UP = (
    "Економічна правда\n"
    "Головне   Новини   Фінанси   Колонки   Відео\n"
    "Підписатися\n\n"
    '{guest}: "{quote}"\n\n'
    "{author} — {date}\n\n"
    "Очільник відомства розповів, як змінилися ціни та що буде з тарифами наступного року.\n\n"
    "**Пане {vocative}, що сталося з цінами минулого року?**\n\n"
    "Ціни зросли менше, ніж прогнозували. Ми втримали ситуацію завдяки запасам.\n\n"
    "**Чи будуть підвищувати тарифи?**\n\n"
    "Ні. Тарифи зафіксовані до кінця опалювального сезону, далі вирішуватиме регулятор.\n\n"
    "**Що буде з імпортом?**\n\n"
    "Імпорт скорочується, і це добре для наших виробників.\n\n"
    "Реклама:\n"
)


@pytest.mark.parametrize(
    ("guest", "quote", "author", "date", "vocative"),
    [
        (
            "Ігор Мельник",
            "Ми втримали ціни без нових позик",
            "Марія Шевчук",
            "Середа, 4 березня 2026, 06:00",
            "міністре",
        ),
        (
            "Тарас Бондар",
            "Тарифи не зростуть до весни",
            "Андрій Коваль",
            "Четвер, 12 лютого 2026, 09:15",
            "голово",
        ),
    ],
)
def test_quote_headline_under_menu_over_author_date_line(
    guest: str, quote: str, author: str, date: str, vocative: str
) -> None:
    """Below a flattened section menu, a quote headline right over the page's "Author — date"
    line is the story's own: its name answers the unlabelled bold questions."""
    text = _UP.format(guest=guest, quote=quote, author=author, date=date, vocative=vocative)
    answers = [r[1] for r in turn_rows(text) if r[0] == "answer"]
    assert answers == [guest] * 3


_UKRINFORM = (
    "Укрінформ\n"
    "Актуальне   Війна   Політика   Регіони   Інтерв'ю\n\n"
    "{guest}, міський голова {genitive}\n"
    "Нові автобуси вийдуть на маршрути вже цього літа\n\n"
    "02.03.2026 11:00\n\n"
    "Про оновлення транспорту кореспондентка Укрінформу поговорила з міським головою.\n\n"
    "Укрінформ: Що зараз із громадським транспортом у місті?\n\n"
    "{guest}: Автобусів не вистачає, частина з них старша за двадцять років.\n\n"
    "Укрінформ: Коли прийдуть нові машини?\n\n"
    "{surname}: Перші двадцять автобусів очікуємо в червні, решту до осені.\n\n"
    "{signer}, {town}\n"
    "Фото автора\n\n"
    "Теги: {town}, транспорт\n"
)


@pytest.mark.parametrize(
    ("guest", "surname", "genitive", "signer", "town"),
    [
        ("Олег Савчук", "Савчук", "Луцька", "Олена Гнатюк", "Луцьк"),
        ("Петро Левчук", "Левчук", "Полтави", "Ірина Марченко", "Полтава"),
    ],
)
def test_labelled_interview_signature_gives_place(
    guest: str, surname: str, genitive: str, signer: str, town: str
) -> None:
    """A labelled interview's closing "Name, Town" signature gives the place, as an unlabelled
    one's does, where the text names the town again."""
    text = _UKRINFORM.format(
        guest=guest, surname=surname, genitive=genitive, signer=signer, town=town
    )
    assert run(text).meta.to_dict().get("place") == town


_BBC = (
    'PLEASE NOTE "{show}" MUST BE CREDITED IF ANY PART OF THIS TRANSCRIPT IS USED\n\n'
    "{show}\n"
    "15TH MARCH, 2026\n\n"
    "INTERVIEW: {guest_caps} MP\n\n"
    "{host}:\tThank you for joining us. Waiting lists went up again. Why?\n\n"
    "{guest}:\tThey went up in one month, but the trend is down. That is what matters.\n\n"
    "{host}:\tPatients don't feel the trend.\n\n"
    "{guest}:\tI understand that, and I am sorry for every one of them who waits too long.\n\n"
    "{page}\n\n"
    "{host}:\tWill you meet the target this year?\n\n"
    "{guest}:\tYes, we will.\n\n"
    "ENDS\n"
)


@pytest.mark.parametrize(
    ("show", "host", "guest", "guest_caps", "page"),
    [
        ("SUNDAY MORNING LIVE", "KB", "DM", "DAVID MARR", "1"),
        ("THE WEEKEND PROGRAMME", "AR", "JS", "JANE SIMMS", "2"),
    ],
)
def test_pdf_lone_page_number_leaves_the_answer(
    show: str, host: str, guest: str, guest_caps: str, page: str
) -> None:
    """A PDF's page number, a paragraph of its own under an answer's stopped sentence, is the
    page's, not the words."""
    text = _BBC.format(show=show, host=host, guest=guest, guest_caps=guest_caps, page=page)
    bodies = [r[2] for r in turn_rows(text)]
    assert bodies[3].endswith("who waits too long.")


_COMMONS = (
    "{committee}\n"
    "Oral evidence: {inquiry}, HC {hc}\n\n"
    "Wednesday 11 March 2026\n\n"
    "Ordered by the House of Commons to be published on 11 March 2026.\n\n"
    "Members present: Jane Holt (Chair); Peter Lane; Sam Ode.\n\n"
    "Questions 12 - 14\n\n"
    "Witnesses\n\n"
    "I: Tom Reeve MP, Minister for Rail, Department for Transport; and Anna Ford, Director of "
    "Freight, Department for Transport.\n\n"
    "Q12 Chair: Minister, welcome. Why are the figures late again?\n\n"
    "Tom Reeve: Because the data system was replaced in the autumn, Chair.\n\n"
    "Q13 Peter Lane: When will they be published?\n\n"
    "Anna Ford: By the end of next month, and then every quarter.\n\n"
    "Q14 Chair: {close}\n\n"
    "Oral evidence: {inquiry}, HC {hc}\t{page}"
)


@pytest.mark.parametrize(
    ("committee", "inquiry", "hc", "page", "close"),
    [
        (
            "Transport Committee",
            "Rail freight",
            "412",
            "3",
            "Thank you both. We will follow up in writing on the resettlement payments.",
        ),
        (
            "Treasury Committee",
            "Pension reform",
            "730",
            "7",
            "Thank you both. We shall come back to you in writing on the transition scheme.",
        ),
    ],
)
def test_running_footer_with_tabbed_page_number(
    committee: str, inquiry: str, hc: str, page: str, close: str
) -> None:
    """A record's footer repeats its title line with the page number tabbed off after it: it
    leaves the chair's closing words."""
    text = _COMMONS.format(committee=committee, inquiry=inquiry, hc=hc, page=page, close=close)
    assert turn_rows(text)[-1][2] == close


_CBC = (
    "Skip to Main Content\n"
    "CBC\n"
    "Menu\n"
    "Search\n"
    "Radio\n"
    "{show}\n\n"
    "{headline}\n"
    "{dek}\n"
    "CBC Radio · Posted: Mar 3, 2026 4:00 AM EST | Last Updated: March 3\n\n"
    "Social Sharing\n\n"
    "{show}{clock}{episode}\n\n"
    "{lead}\n\n"
    "Here is part of their conversation. It has been edited for length and clarity.\n\n"
    "{host}: How bad is it this year?\n\n"
    "{guest}: Worse than last year, and last year was bad enough.\n\n"
    "{host}: What would help?\n\n"
    "{guest}: Money for maintenance, and people to do it.\n"
)


@pytest.mark.parametrize(
    ("show", "clock", "episode", "headline", "dek", "lead", "host", "guest"),
    [
        (
            "The Current",
            "18:05",
            "Why are Canada's rural roads falling apart?",
            "Rural roads are crumbling. This reeve says Ottawa has to help",
            "Saskatchewan reeve Paul Denny says gravel roads cannot wait another year.",
            "Rural municipalities say their road budgets have not kept up with the traffic.",
            "Matt Galloway",
            "Paul Denny",
        ),
        (
            "As It Happens",
            "7:12",
            "Can a small town keep its only grocery store?",
            "A town's only grocery store is closing. Its mayor wants a co-op",
            "Mayor Lise Carrier says residents will drive an hour for milk.",
            "The only grocery store in town closes at the end of the month.",
            "Nil Köksal",
            "Lise Carrier",
        ),
    ],
)
def test_glued_player_card_is_no_introduction(
    show: str,
    clock: str,
    episode: str,
    headline: str,
    dek: str,
    lead: str,
    host: str,
    guest: str,
) -> None:
    """An audio player's card flattened into one line, the show, the runtime and an episode
    title that asks glued together, is the page's: the introduction starts at the lead."""
    text = _CBC.format(
        show=show,
        clock=clock,
        episode=episode,
        headline=headline,
        dek=dek,
        lead=lead,
        host=host,
        guest=guest,
    )
    first = turn_rows(text)[0]
    assert first[0] == "other"
    assert first[2].startswith(lead)
