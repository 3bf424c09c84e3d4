"""Check U, batch VW VX VY: an outlet's name that a byline signs with after its writer's name
("Rūta Jankauskienė, Delfi") reported as the one the interview was given to ("In an interview
with Delfi, …"), a lone Cyrillic signature under the last answer over the photo credit, a news
site's independence pitch and reuse terms under the text, and a caps dateline whose town opens
with a two-letter word hyphened to the next."""

from __future__ import annotations

import pytest

from structure_support import run, spoken_rows, turn_rows

_BALTIC = (
    "en.{site}.lt\n"
    "News  Lithuania  World  Opinion  Business\n\n"
    "{headline}\n\n"
    "{writer}, {outlet}\n"
    "2026-04-02 09:41\n\n"
    "{guest}\n"
    "Photo {outlet} / Tomas Vaitkus\n\n"
    "{lead} In an interview with {outlet}, he spoke about {topic}.\n\n"
    "{outlet}: Minister, what did you agree on today?\n\n"
    "{guest}: We agreed on a shared timetable for the freight trains and a joint control "
    "point on the border.\n\n"
    "{outlet}: When will drivers feel the difference?\n\n"
    "{short}: By the autumn, if the funding arrives on time.\n\n"
    "{outlet}: Thank you for the interview.\n"
)


@pytest.mark.parametrize(
    ("site", "outlet", "writer", "guest", "short", "headline", "lead", "topic"),
    [
        (
            "DELFI",
            "Delfi",
            "Rūta Jankauskienė",
            "Oleksii Kuleba",
            "O. Kuleba",
            "Kuleba: the border queues will be gone by summer",
            "Ukraine's Deputy Prime Minister Oleksii Kuleba visited Vilnius this week.",
            "freight corridors",
        ),
        (
            "LRT",
            "Baltica",
            "Gintarė Vaitkutė",
            "Marek Nowicki",
            "M. Nowicki",
            "Nowicki: the rail link will open next year",
            "Poland's Infrastructure Minister Marek Nowicki visited Kaunas on Tuesday.",
            "the rail link",
        ),
    ],
)
def test_interview_with_byline_outlet_asks_as_writer(
    site: str,
    outlet: str,
    writer: str,
    guest: str,
    short: str,
    headline: str,
    lead: str,
    topic: str,
) -> None:
    """The one-word outlet a byline signs with after its writer ("Rūta Jankauskienė, Delfi")
    is no interviewee when the lead says the interview was given to it: its label asks, as the
    byline's one writer, and the guest answers."""
    rows = spoken_rows(
        _BALTIC.format(
            site=site,
            outlet=outlet,
            writer=writer,
            guest=guest,
            short=short,
            headline=headline,
            lead=lead,
            topic=topic,
        )
    )
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", writer),
        ("answer", guest),
        ("question", writer),
        ("answer", guest),
        ("other", writer),
    ]


_SIGNED = (
    "Укрінформ\n"
    "Політика  Економіка  Війна  Суспільство  Регіони\n"
    "Інтерв'ю\n\n"
    "{guest}, {post}\n"
    "{headline}\n"
    "14.04.2026 11:20  1 512\n\n"
    "Про {topic} {post} {guest} розповів Укрінформу.\n\n"
    "Пане міністре, що вдалося зробити за цю зиму?\n\n"
    "Ми відновили більшість мереж і підготували резерв обладнання на наступний сезон.\n\n"
    "Скільки на це потрібно коштів і звідки вони будуть?\n\n"
    "Близько десяти мільярдів гривень. Частину дають партнери, частину – державний бюджет.\n\n"
    "Як просувається програма компенсацій за зруйноване житло?\n\n"
    "Станом на квітень виплати отримали понад сто тисяч родин. Затримки ще є, але рідше.\n\n"
    "Що зараз найскладніше для прифронтових громад?\n\n"
    "Люди. Громади втрачають мешканців, тому ми будуємо житло для фахівців і школи.\n\n"
    "{writer}\n\n"
    "{tail}\n\n"
    "Читайте нас у Telegram\n"
)


@pytest.mark.parametrize(
    ("guest", "post", "headline", "topic", "writer", "tail"),
    [
        (
            "Олексій Кулеба",
            "віцепрем'єр-міністр з відновлення",
            "Ми маємо захистити кожну підстанцію до зими",
            "захист енергетики",
            "Олена Колгушева",
            "Фото: Павло Багмут, Укрінформ\n\nТеги: Відновлення  Енергетика",
        ),
        (
            "Світлана Гринчук",
            "міністерка енергетики",
            "Резерв обладнання вже на складах",
            "підготовку до зими",
            "Тетяна Когутич",
            "Теги: Енергетика  Зима",
        ),
    ],
)
def test_lone_signature_under_last_answer_asks(
    guest: str, post: str, headline: str, topic: str, writer: str, tail: str
) -> None:
    """A Cyrillic full name alone on the first line under the last answer, right over the
    photo credit or the tag box, signs the interview: the unlabelled questions are hers."""
    rows = spoken_rows(
        _SIGNED.format(
            guest=guest, post=post, headline=headline, topic=topic, writer=writer, tail=tail
        )
    )
    assert [(label, speaker) for label, speaker, _ in rows] == [
        ("question", writer),
        ("answer", guest),
    ] * 4


@pytest.mark.parametrize(
    "closing",
    [
        "We're independent. Support us on Patreon.",
        "We are reader-funded and independent. Support us today.",
    ],
)
def test_independence_pitch_trails(closing: str) -> None:
    """A site's independence pitch with its ask ("We're independent. Support us on …") over
    its copyright line is the page's: the last answer stops above the writer's box."""
    text = (
        "Harbour Daily\n\n"
        "Port chief on the new ferry line\n\n"
        "by Marta Hryhorchuk\n"
        "January 22, 2026 5:14 PM\n\n"
        "The port authority opened a new ferry line this winter.\n\n"
        "Question: Why a ferry rather than a bridge?\n\n"
        "Answer: Money and time. A bridge would take ten years.\n\n"
        "Question: Thank you.\n\n"
        "Answer: Thank you.\n\n"
        "Marta Hryhorchuk\n"
        "Business Reporter\n"
        "Marta Hryhorchuk is a business reporter at Harbour Daily covering transport.\n\n"
        "Read more\n"
        "City launches night tram routes\n\n"
        f"{closing}\n"
        "© 2026 Harbour Daily. All rights reserved.\n"
    )
    assert turn_rows(text)[-1][2] == "Thank you."


_REUSE = (
    "Українська правда\n"
    "Новини  Публікації  Колонки  Відео\n\n"
    "{headline}\n"
    "{writer} — Вівторок, 14 квітня 2026, 06:10\n\n"
    "{lead}\n\n"
    "– Пане міністре, чи витримають порти ще одну зиму?\n\n"
    "– Витримають. Ми захистили підстанції і маємо резервні генератори на кожному терміналі.\n\n"
    "– Скільки суден проходить коридором зараз?\n\n"
    "– Близько сорока на тиждень, і це більше, ніж рік тому.\n\n"
    "– Ви готові піти у відставку, якщо коридор закриють?\n\n"
    "– {last}\n\n"
    "{writer}, УП\n\n"
    "Теги: Мінінфраструктури, порти\n\n"
    "Головне на УП\n"
    "Рада ухвалила законопроєкт про порти\n\n"
    "{terms}\n"
)


@pytest.mark.parametrize(
    ("headline", "writer", "lead", "last", "terms"),
    [
        (
            "Міністр інфраструктури Олексій Кравець: Порти працюватимуть і взимку",
            "Ірина Ткач",
            "Про морський коридор УП поговорила з міністром інфраструктури Олексієм Кравцем.",
            "Я на цій посаді стільки, скільки вважатиме за потрібне парламент.",
            "Українська правда – 2000–2026. Використання матеріалів сайту лише за умови "
            "посилання (для інтернет-видань – гіперпосилання) на «Українську правду».",
        ),
        (
            "Міністр інфраструктури Олексій Кравець: Порти працюватимуть і взимку",
            "Олег Павлюк",
            "Про морський коридор УП поговорила з міністром інфраструктури Олексієм Кравцем.",
            "Поки є робота, я працюю. Рішення ухвалює парламент.",
            "Економічна правда – 2005–2026. Використання матеріалів лише за умови посилання на "
            "«Економічну правду».",
        ),
    ],
)
def test_reuse_terms_trail(headline: str, writer: str, lead: str, last: str, terms: str) -> None:
    """The site's reuse terms after its name and years ("… Використання матеріалів сайту лише
    за умови посилання …") are the page's: the last answer ends on its own words."""
    rows = turn_rows(
        _REUSE.format(headline=headline, writer=writer, lead=lead, last=last, terms=terms)
    )
    assert rows[-1][2] == last


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("ЛА-ПАС, 3 мар — РИА Новости.", "Ла-Пас"),
        ("ЛЕ-МАН, 12 фев — РИА Новости.", "Ле-Ман"),
    ],
)
def test_caps_dateline_two_letter_hyphened_town(dateline: str, place: str) -> None:
    """A caps dateline whose town opens with a two-letter word hyphened to the next gives the
    place as the town ("ЛА-ПАС" → "Ла-Пас")."""
    text = (
        "РИА Новости\n\n"
        "Посол: проекты идут по графику\n\n"
        "09:00 03.03.2026\n\n"
        f"{dateline} Россия и партнеры рассчитывают запустить завод в этом году. Беседовал "
        "Алексей Ворошилов.\n\n"
        "— Как идут проекты?\n\n"
        "— По графику, задержек нет.\n"
    )
    assert run(text).meta.to_dict().get("place") == place
