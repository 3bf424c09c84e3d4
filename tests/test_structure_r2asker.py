# ruff: noqa: E501  (the case texts are pages, one paragraph a line)
"""Session 27 round two, batch MP–MW: who asks and who answers, by layout property.

Each case is a short page written for the test (a variant of a layout the blind batch showed,
no copy of it) and the speakers its question and answer turns must get."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns"])(read_text(text))
    return [
        (s.label, s.attrs.get("speaker"))
        for s in doc.layer("turns")
        if s.label in ("question", "answer")
    ]


_RANKED_BYLINE = """Военный вестник
Главная   Армия   Флот   Культура

Капитан Игорь ЛАПИН
12.03.2026

«Каждый выпускник должен уметь летать ночью»

Корреспондент «Военного вестника» побывал в училище и побеседовал с его начальником генерал-майором Сергеем Волковым о наборе курсантов.

— Сергей Петрович, сколько курсантов вы набираете в этом году?

— В этом году мы принимаем четыреста человек. Конкурс вырос почти вдвое, особенно на штурманский факультет.

— Хватает ли самолетов для учебных полетов?

— Хватает. В прошлом году училище получило двенадцать новых машин, и летать стали больше.

— Что бы вы пожелали абитуриентам?

— Учить физику и математику. Остальному мы научим.
"""

_SLASH_BYLINE = """The Daily Ledger
City   Pune News
'Ring road will be ready before the monsoon, we are not cutting corners'
Rohan Mehta / TNN / Updated: Mar 3, 2026, 06:40 IST
Share
Follow us
Vikram Joshi, chief engineer of Pune Municipal Corporation
PUNE: Pune Municipal Corporation is pushing to finish the inner ring road before the rains. Vikram Joshi, chief engineer of the corporation, spoke to TOI about deadlines and costs. Excerpts:

When will the first stretch of the ring road open?

Our target is to open the eastern half by May. The flyovers are complete and only the surfacing remains on two of the nine sections.

Residents near Kharadi complain about dust and noise. What are you doing about it?

We have put up screens and we water the site four times a day. Night work is stopped after eleven.

Will the toll be charged on the new road?

No. There is no proposal for a toll on the ring road at present.
"""

_NEUTER_OUTLET = """Суспільне Новини
Головна  Війна  Політика  Регіони  Суспільне Полтава

Полтава

"Ми втратили половину пасіки": пасічник з Миргорода про зиму і ціни на мед

4 квітня 2026, 09:20

Оксана Литвиненко

Холодна зима знищила частину бджолосімей на Полтавщині. Як пасічники готуються до сезону, Суспільне Полтава розпитало власника пасіки Василя Гончаренка.

Суспільне Полтава: Василю, скільки бджолосімей ви втратили цієї зими?

Василь Гончаренко: Майже половину. З вісімдесяти вуликів навесні ожили сорок два, такого не було років десять.

Суспільне Полтава: Як це позначиться на ціні меду?

Василь Гончаренко: Мед подорожчає, це точно. Я думаю, гривень на двадцять за кілограм.

Суспільне Полтава: Що порадите тим, хто тільки починає?

Василь Гончаренко: Не купувати багато вуликів одразу і вчитися в досвідчених людей.
"""

_DATIVE_JOURNALIST = """Про компанію   Новини   Прес-центр   Партнерам
Головна / Прес-центр / Новини

Андрій Мельник: «Мережа витримала зиму, але ремонт триватиме до осені»

3 квітня 2026

Голова правління АТ «Обленерго» Андрій Мельник розповів журналістці «Енергетичного вісника» Олені Гребенюк, як відновлюються підстанції після атак і скільки коштуватиме ремонт. Публікуємо текст розмови.

ЕВ: Андрію, скільки підстанцій пошкоджено за зиму?

Андрій Мельник: Сорок дві, з них дев'ять повністю. Більшість ми вже відновили, хоча на кількох працюємо досі.

ЕВ: Хто фінансує відновлення?

Андрій Мельник: Частково держава, частково міжнародні партнери. Наші власні кошти теж ідуть на ремонт.

ЕВ: Коли завершите роботи?

Андрій Мельник: Плануємо до жовтня, до початку опалювального сезону.
"""

_CAPS_SURNAME_LEAD = """ГОЛОС КРАЮ
Щотижнева газета

Головна  Політика  Економіка  Регіони

ЕКОНОМІКА

Олександр ТКАЧЕНКО: «Кожна громада має знати, скільки землі в неї є»

Ірина БОЙКО
Номер 14 (1201), 12.03.2026

Уряд готує зміни до порядку інвентаризації земель. Що це дасть громадам, ми поговорили з головою профільного комітету обласної ради Олександром ТКАЧЕНКОМ.

— Олександре Петровичу, навіщо потрібна нова інвентаризація?

— Бо стара давно не відповідає дійсності. Частина земель досі не внесена до кадастру, і громади недоотримують податки.

— Скільки це коштуватиме громадам?

— Для невеликої громади — кілька сотень тисяч гривень. Частину витрат покриє держава.

— Коли почнеться робота?

— Сподіваюся, вже цього літа.
"""

_TAG_ROW = """Главная / Новости / Губернатор
Поиск   Версия для слабовидящих

Иван Сидоров: в 2026 году в области построят 15 школ

20 февраля 2026, 10:15
Образование   Губернатор

Губернатор области Иван Сидоров в интервью телеканалу «Регион» рассказал о строительстве школ и ремонте дорог.

— Иван Петрович, сколько школ откроется в этом году?

— Пятнадцать, из них шесть в сельских районах. Это наш главный приоритет.

— Жители жалуются на дороги. Что будет сделано?

— Мы отремонтируем четыреста километров. Подрядчики уже определены.

— И последний вопрос: что вы пожелаете учителям?

— Терпения и хороших учеников.
"""

_SURNAME_LABELS = """PBS   Weekend Talk
Schedule   Episodes   About
Gov. Ellen Park
Season 2026 Episode 4 | 26m 10s
Governor Ellen Park on water rights, wildfire budgets and the next session.
Aired: 02/20/26
Transcript

BARNES: Governor Ellen Park, welcome to the program.

PARK: Thank you, Julia. It's good to be back in the studio.

BARNES: Let's start with water. The compact talks stalled again last month. What happened?

PARK: The downstream states want guarantees we can't give in a drought year. We'll get there, but not by promising water that isn't in the river.

BARNES: Are you prepared to go to court over it?

PARK: Julia, nobody wants that. But we will defend our farmers if we have to.
"""

_FOLLOW_UP_ADDRESSED = """Ministry of Information
Press Briefing on Flood Relief

Moderator: We will take questions now. Kindly state your name and media house.

Journalist: Good morning, Minister. Ama Owusu from Citi FM. How many families have received relief items so far?

Hon. Kofi Mensah: Thank you for the question. About twelve thousand families have received relief items, and the distribution continues this week.

Journalist: A follow-up, Minister. What about the families still in the schools?

Hon. Kofi Mensah: They will be moved to the temporary shelters at Kasoa by the end of the month.

Journalist: Good morning. Yaw Boateng, Daily Graphic. When will the drains be desilted?

Hon. Kofi Mensah: The contractors are already on site in six districts.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A military paper's byline: the rank, then the name, its surname in capitals.
        (
            _RANKED_BYLINE,
            [("question", "Игорь Лапин"), ("answer", "Сергей Волков")] * 3,
        ),
        # A byline whose fields stand between spaced slashes, over the guest's caption line.
        (
            _SLASH_BYLINE,
            [("question", "Rohan Mehta"), ("answer", "Vikram Joshi")] * 3,
        ),
        # An outlet label the lead writes as the subject of a neuter verb of asking.
        (
            _NEUTER_OUTLET,
            [("question", "Оксана Литвиненко"), ("answer", "Василь Гончаренко")] * 3,
        ),
        # An initials label of the quoted outlet whose journalist the lead names, dative.
        (
            _DATIVE_JOURNALIST,
            [("question", "Олена Гребенюк"), ("answer", "Андрій Мельник")] * 3,
        ),
        # A lead that sets the guest's surname in capitals, as the headline does.
        (
            _CAPS_SURNAME_LEAD,
            [("question", "Ірина Бойко"), ("answer", "Олександр Ткаченко")] * 3,
        ),
        # A tag row under the date, its items set apart by a wide gap, is nobody: the channel
        # the lead gives the interview to asks (session 30).
        (
            _TAG_ROW,
            [("question", "Регион"), ("answer", "Иван Сидоров")] * 3,
        ),
        # A bare surname label completed by the other speaker's reply that addresses it.
        (
            _SURNAME_LABELS,
            [("answer", "Ellen Park")]
            + [("question", "Julia Barnes"), ("answer", "Ellen Park")] * 2,
        ),
        # "A follow-up, Minister." is the asker's own next question.
        (
            _FOLLOW_UP_ADDRESSED,
            [
                ("question", "Ama Owusu"),
                ("answer", "Kofi Mensah"),
                ("question", "Ama Owusu"),
                ("answer", "Kofi Mensah"),
                ("question", "Yaw Boateng"),
                ("answer", "Kofi Mensah"),
            ],
        ),
    ],
    ids=[
        "ranked_byline",
        "slash_byline",
        "neuter_outlet",
        "dative_journalist",
        "caps_surname_lead",
        "tag_row",
        "surname_labels",
        "follow_up_addressed",
    ],
)
def test_r2asker_speakers(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == want
