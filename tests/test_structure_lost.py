# ruff: noqa: E501
"""Session 27, batch ZK–ZR and MH–MO: turns lost or merged inside the page. A plain Q&A whose
lead says the page put its questions to the guest, an outlet's label the lead names as the one
told (a brand of two words, a city site's telephone code) that states or thanks as well as asks,
a broadcaster's kicker with a middle dot over a quote headline, a clip or song between answers,
a two-stamp publication line over the lead, two posts
joined by "and" before the holder's name, a release's media notices under the lead and a
programme's exclaiming title over the headline. Each table crosses the layout with other parts
(language, names, furniture) so the rule holds beyond the page that prompted it."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _doc(text: str):
    return build_pipeline(["metadata", "sentences", "turns"])(read_text(text))


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _doc(text)
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


def directions(text: str) -> list[str]:
    doc = _doc(text)
    return [doc.span_text(d) for d in doc.layer("stage_directions")]


# --- A plain Q&A whose lead says the page put its questions to the guest -------------------

_OUR_QUESTIONS_QA = """{masthead}
News  Politics  Sport  Whats On

Politics

{guest} on {topic}: 'We will be judged on whether it works'

{standfirst}

{writer}
Political Editor
08:00, 3 MAR 2026

{guest} at the launch in {town} (Image: {masthead})

The change is the biggest in a generation, and the election is weeks away. {lead}

Why should people who have lost their local service trust you to run it better?

Because for the first time we can plan the network as a whole. Routes are decided today by whether an operator can make money on them.

That is the model that works in most of Europe.

How much will this cost?

There is public money going in already, more than £80m a year. We will spend it better.

Your opponents say you are rushing this. Are they right?

No. The law went through after years of work, long before anyone talked about an election.

Will fares go up?

Our aim is a simpler and cheaper fare, one ticket across the network.

Read more:
Full timetable revealed

Comments
"""


@pytest.mark.parametrize(
    ("masthead", "guest", "writer", "town", "standfirst", "lead"),
    [
        (
            "WalesOnline",
            "Eluned Morgan",
            "Rhodri Pughe",
            "Cardiff Bay",
            "The First Minister answered our questions ahead of the election",
            "We met her at the depot.",
        ),
        (
            "Teesside Live",
            "Ben Houchen",
            "Alison Tarn",
            "Middlesbrough",
            "The mayor on the new network",
            "We put our questions to the mayor in Middlesbrough.",
        ),
    ],
)
def test_plain_qa_our_questions(masthead, guest, writer, town, standfirst, lead):
    got = turns(
        _OUR_QUESTIONS_QA.format(
            masthead=masthead,
            guest=guest,
            writer=writer,
            town=town,
            topic="buses",
            standfirst=standfirst,
            lead=lead,
        )
    )
    assert [(r, s) for r, s, _ in got] == [("question", writer), ("answer", guest)] * 4
    assert got[0][2].startswith("Why should people")
    assert got[-1][2].startswith("Our aim is")


# --- An outlet's label the lead names as the one told ----------------------------------------

_TOLD_OUTLET = """{masthead}
Новости   Интервью   Мнения

Интервью

{guest}: «{quote}»

17.02.2026, 08:15
{writer}

{lead}

{label}: {address}, с 1 февраля вступили в силу новые правила. Первые итоги уже видны?

{guest}: Видны, но делать выводы рано. Главное, что программа осталась.

{label}: Застройщики переносят старты продаж. Это не угроза для плана?

{surname}: Угрозы плану я не вижу. Часть проектов сдвигается, но в целом объем сохранится.

{label}: Цены все-таки снизятся?

{surname}: Я бы не ждал серьезного снижения. Себестоимость растет.

{label}: А вторичный рынок? Туда ведь ушла часть спроса.{surname}: Ушла, и это нормально. Решение должно быть принято до лета.{label}: Последний вопрос — про частные дома.

{surname}: Доля индивидуального строительства уже больше половины.

{label}: Спасибо.

{surname}: Спасибо.

Теги: ипотека, новостройки
"""


@pytest.mark.parametrize(
    ("masthead", "label", "lead_verb"),
    [
        ("BFM.ru", "Business FM", "в интервью Business FM рассказал"),
        ("Tengrinews", "Tengri FM", "рассказал в интервью Tengri FM"),
        ("061.ua", "061", "розповів 061"),
    ],
)
@pytest.mark.parametrize(
    ("guest", "surname", "address"),
    [
        ("Марат Хуснуллин", "Хуснуллин", "Марат Шакирзянович"),
        ("Ирина Лебедева", "Лебедева", "Ирина Сергеевна"),
    ],
)
def test_outlet_label_told_in_lead(masthead, label, lead_verb, guest, surname, address):
    text = _TOLD_OUTLET.format(
        masthead=masthead,
        label=label,
        guest=guest,
        surname=surname,
        address=address,
        writer="Илья Копелевич",
        quote="Льготы станут адресными",
        lead=f"Вице-премьер {guest} {lead_verb}, как изменятся условия ипотеки.",
    )
    got = turns(text)
    asks = [t for t in got if t[1] == "Илья Копелевич"]
    # Every one of the outlet's six turns is read, its label no word of the text.
    assert len(asks) == 6
    assert all(not body.startswith(label) for _, _, body in asks)
    assert asks[0][2].startswith(address)
    assert any(body.startswith("Последний вопрос") for _, _, body in asks)
    assert sum(1 for t in got if t[1] == guest) == 6


# --- A broadcaster's kicker with a middle dot over a quote headline --------------------------

_KICKER_PAGE = """▶ 00:00 / 24:37     Завантажити     Поділитися

{kicker}

{guest}: «Аудіокнига — це окремий твір, а не просто прочитаний текст»

Дата ефіру: 9 січня 2026

Чому українці дедалі частіше слухають книжки? Про це {host_ins} розмовляла з {guest_ins}.

{host}: {guest_voc}, вітаю в студії. Ваша збірка спершу з'явилася як аудіокнига. Це свідомий вибір?

{guest}: Вітаю. Так, абсолютно свідомий. Ці тексти від початку писалися для голосу.

{host}: Вам не було страшно слухати себе?

{guest}: Жахливо. Перші два дні запису я переписувала кожне речення.

{clip}

{host}: Ми щойно чули уривок. Як ви пояснюєте зростання продажів?

{guest}: Думаю, люди багато часу проводять у дорозі.

{host}: Дякую за розмову.

{guest}: Дякую вам.
"""


@pytest.mark.parametrize(
    ("kicker", "clip"),
    [
        ("Українське радіо Культура · Програма «Читацький клуб»", "(Фрагмент аудіокниги)"),
        ("Радіо Промінь · Ранкове шоу «Книжкова полиця»", "(Звучить пісня)"),
    ],
)
@pytest.mark.parametrize(
    ("host", "host_ins", "guest", "guest_ins", "guest_voc"),
    [
        ("Ганна Трегуб", "ведуча Ганна Трегуб", "Ірина Цілик", "Іриною Цілик", "Ірино"),
        ("Олена Бондар", "ведуча Олена Бондар", "Марта Гай", "Мартою Гай", "Марто"),
    ],
)
def test_kicker_over_quote_headline_and_clip(
    kicker, clip, host, host_ins, guest, guest_ins, guest_voc
):
    text = _KICKER_PAGE.format(
        kicker=kicker,
        clip=clip,
        host=host,
        host_ins=host_ins,
        guest=guest,
        guest_ins=guest_ins,
        guest_voc=guest_voc,
    )
    got = turns(text)
    assert got[0][0] == "other" and got[0][2].startswith("Чому українці")
    assert got[1][1] == host and got[1][2].startswith(guest_voc)
    # The clip ends the answer above it.
    answer = next(b for _, s, b in got if b.startswith("Жахливо"))
    assert answer.endswith("кожне речення.")
    assert directions(text) == [clip]


# --- The intro's start and end: stamps above, notices below ---------------------------------

_STAMPED_PAGE = """{masthead}
SUBSCRIBE   LOG IN
News  Politics  Sports  Opinion

OPINION  •  Editorials

Transcript: {guest}'s interview with {board} on water and housing

By {board} |
{stamps}

{board} met with {guest}, a candidate for governor, as part of our endorsement process. The transcript has been lightly edited for clarity.

{board}: Let's start with the river. The basin states missed another deadline. Where does that leave us?

{surname}: In a difficult spot, but not a hopeless one. We have never overused our share.

{board}: So what would you do differently?

{surname}: I'd spend more time on the Western Slope.
"""


@pytest.mark.parametrize(
    "stamps",
    [
        "PUBLISHED: April 9, 2026 at 6:00 a.m. | UPDATED: April 9, 2026 at 11:42 a.m.",
        "Published: March 2, 2026 at 5:30 p.m. | Updated: March 3, 2026 at 8:05 a.m.",
    ],
)
@pytest.mark.parametrize(
    ("masthead", "board", "guest", "surname"),
    [
        ("DENVER POST", "The Denver Post", "Michael Bennet", "Bennet"),
        ("MERCURY NEWS", "The Mercury News", "Ana Ruiz", "Ruiz"),
    ],
)
def test_intro_below_two_stamp_line(stamps, masthead, board, guest, surname):
    got = turns(
        _STAMPED_PAGE.format(
            masthead=masthead, board=board, guest=guest, surname=surname, stamps=stamps
        )
    )
    assert got[0][0] == "other"
    assert got[0][2].startswith(f"{board} met with")


_RELEASE_PAGE = """The Official Website of New York State
Governor Kathy Hochul
Home   News   Programs

April 2, 2026
New York, NY

VIDEO, AUDIO, PHOTOS & RUSH TRANSCRIPT: Governor Hochul Announces {what}

Governor Kathy Hochul today announced {what_lower}. The Governor was joined by {post} {guest}.

{notices}

Governor Hochul: Good morning, everybody. It's great to be here with all of you.

New Yorkers have waited a long time for this.

{post} {guest}: Thank you, Governor. This was done at no cost to the public, and our crews worked overnight for hundreds of nights.

Question: Governor, when will the remaining lines be covered?

Governor Hochul: By the end of next year.
"""


@pytest.mark.parametrize(
    "notices",
    [
        "Video of the event is available on YouTube here.\n\nAudio of the event is available here."
        "\n\nPhotos of the event are available on the Governor's Flickr page.\n\n"
        "A rush transcript of the Governor's remarks is available below:",
        "Audio of the event is available here.\n\n"
        "A rush transcript of the Governor's remarks is available below:",
    ],
)
@pytest.mark.parametrize(
    ("post", "guest"),
    [("MTA Chair and CEO", "Janno Lieber"), ("Port Authority Chair and CEO", "Kevin O'Toole")],
)
def test_release_notices_and_joined_posts(notices, post, guest):
    got = turns(
        _RELEASE_PAGE.format(
            what="Full Cell Service in Subway Stations",
            what_lower="full cell service in every subway station",
            notices=notices,
            post=post,
            guest=guest,
        )
    )
    assert got[0][0] == "other" and got[0][2].endswith(f"{post} {guest}.")
    assert got[1][1] == "Kathy Hochul" and got[1][2].endswith("waited a long time for this.")
    assert got[2][1] == guest and got[2][2].startswith("Thank you, Governor.")


# --- A programme's exclaiming title over the headline ---------------------------------------

_SHOW_PAGE = """Українське радіо · Промінь
Наживо   Програми   Подкасти

{show}

«Бігти — це вже перемога»: організаторка забігів про те, як зібрати тисячі людей

22.05.2025   10:12

Ведуча {host} поговорила в ефірі з організаторкою марафону {guest_ins} про підготовку до забігу.

Ведуча: {guest_voc}, доброго ранку! Розкажіть, що це буде за забіг?

{guest}: Забіг відбудеться 15 червня. Буде три дистанції.

Ведуча: А якщо людина ніколи не бігала?

{guest}: Обов'язково реєструйтеся! У нас немає ліміту часу.
"""


@pytest.mark.parametrize("show", ["Ранкове шоу «Прокидайся!»", "Вечірня програма «Хто там?»"])
@pytest.mark.parametrize(
    ("host", "guest", "guest_ins", "guest_voc"),
    [
        ("Олена Бондаренко", "Дарина Савчук", "Дариною Савчук", "Дарино"),
        ("Ірина Мельник", "Оксана Лис", "Оксаною Лис", "Оксано"),
    ],
)
def test_programme_title_over_headline(show, host, guest, guest_ins, guest_voc):
    got = turns(
        _SHOW_PAGE.format(
            show=show, host=host, guest=guest, guest_ins=guest_ins, guest_voc=guest_voc
        )
    )
    assert got[0][0] == "other"
    assert got[0][2].startswith(f"Ведуча {host} поговорила")
