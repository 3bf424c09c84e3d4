"""Session 34, Russian and Ukrainian pages: a TV host who opens under his full name and asks
under the role word after, a standfirst's teller clause whose told topic names another person,
a TASS-style answer that lost its dash, an ad slot's label under a photo caption, and the last
question of a page whose answers go unlabelled."""

from __future__ import annotations

import pytest
from tests.structure_support import turn_rows

# --- 1. The host's full name before the role word -------------------------------------------

_TV = (
    "Интервью {guest_gen} телеканалу «{channel}». Полный текст\n"
    "14 марта 2025, 20:00\n\n"
    "{host}: Добрый вечер! В эфире «{channel}», у микрофона {host}. Сегодня у нас в гостях "
    "{guest}. Здравствуйте.\n\n"
    "{guest}: Здравствуйте.\n\n"
    "{role}: Начнём с экономики. Что будет с ценами на бензин этой весной?\n\n"
    "{guest}: Цены будут расти медленнее, чем в прошлом году. Мы видим стабилизацию.\n\n"
    "{role}: А что с зарплатами бюджетников в регионах?\n\n"
    "{guest}: Их проиндексируют с первого июня, как и обещали.\n\n"
    "{role}: {guest_voc}, спасибо за интервью.\n\n"
    "{guest}: Спасибо.\n"
)


@pytest.mark.parametrize(
    ("host", "guest", "guest_gen", "guest_voc", "channel", "role"),
    [
        (
            "Ахмед Гаджиев",
            "Дмитрий Волков",
            "Дмитрия Волкова",
            "Дмитрий Сергеевич",
            "Россия 24",
            "Ведущий",
        ),
        ("Ирина Белова", "Олег Титов", "Олега Титова", "Олег Петрович", "Мир", "Ведущая"),
    ],
)
def test_host_named_before_the_role_word(
    host: str, guest: str, guest_gen: str, guest_voc: str, channel: str, role: str
) -> None:
    text = _TV.format(
        host=host, guest=guest, guest_gen=guest_gen, guest_voc=guest_voc, channel=channel, role=role
    )
    rows = turn_rows(text)
    asked = [who for label, who, _ in rows if label == "question"]
    assert asked and all(who == host for who in asked)
    assert all(who == guest for label, who, _ in rows if label == "answer")


def test_two_named_openers_leave_the_role_word_unnamed() -> None:
    # Two named voices stop before the role word takes over: no one host to give it to.
    text = (
        "Интервью Дмитрия Волкова телеканалу «Мир». Полный текст\n14 марта 2025, 20:00\n\n"
        "Ирина Белова: Добрый вечер! Сегодня в студии Дмитрий Волков.\n\n"
        "Павел Орлов: И я, Павел Орлов, тоже здесь.\n\n"
        "Дмитрий Волков: Добрый вечер.\n\n"
        "Ведущий: Что будет с ценами на бензин этой весной?\n\n"
        "Дмитрий Волков: Цены будут расти медленнее, чем в прошлом году.\n\n"
        "Ведущий: А что с зарплатами бюджетников в регионах?\n\n"
        "Дмитрий Волков: Их проиндексируют с первого июня.\n"
    )
    rows = turn_rows(text)
    assert all(who is None for label, who, _ in rows if label == "question")


# --- 2. A teller clause whose told topic names another person -------------------------------

_KOMMERSANT = (
    "«Мы не видим повода для спешки»\n\n"
    "Замминистра {post} {teller} о переговорах\n\n"
    "{journalist}\n\n"
    "Заместитель министра {post} {teller}, курирующий отношения с США, рассказал "
    "корреспонденту “Ъ” {journalist_dat}, {clause} {other}.\n\n"
    "— Как вы оцениваете последние контакты с американской стороной?\n\n"
    "— Контакты полезные, но до прорыва далеко. Работа идёт.\n\n"
    "— Возможна ли встреча на высшем уровне в этом году?\n\n"
    "— Её надо хорошо подготовить, иначе она не нужна.\n\n"
    "— Чего вы ждёте от новых консультаций?\n\n"
    "— Конкретики. Разговоров было уже достаточно.\n\n"
    "Беседовала {journalist}\n"
)


@pytest.mark.parametrize(
    ("teller", "journalist", "journalist_dat", "clause", "other"),
    [
        (
            "Сергей Рябинин",
            "Елена Чернова",
            "Елене Черновой",
            "чего Москва ждет от контактов с администрацией",
            "Дональда Трампа",
        ),
        (
            "Андрей Соколов",
            "Мария Лебедева",
            "Марии Лебедевой",
            "как идут консультации с командой",
            "Марко Рубио",
        ),
    ],
)
def test_told_topic_names_no_teller(
    teller: str, journalist: str, journalist_dat: str, clause: str, other: str
) -> None:
    text = _KOMMERSANT.format(
        post="иностранных дел",
        teller=teller,
        journalist=journalist,
        journalist_dat=journalist_dat,
        clause=clause,
        other=other,
    )
    rows = turn_rows(text)
    answers = [who for label, who, _ in rows if label == "answer"]
    assert len(answers) == 3 and all(who == teller for who in answers)


# --- 3. A TASS-style answer that lost its dash ----------------------------------------------

_DASHLESS = (
    "Главная › Интервью\n\n"
    "Генерал {name}: зимняя кампания будет тяжелой\n\n"
    "Суббота 18 октября 2025 07:00\n\n"
    "О положении на фронте и планах противника рассказал генерал-лейтенант {name}.\n\n"
    "{voc}, начнем с фронта. Как вы оцениваете ситуацию?\n\n"
    "– Ситуация тяжелая, но контролируемая. Противник давит на нескольких направлениях.\n\n"
    "Есть ли риск нового наступления с севера?\n\n"
    "– Сейчас я такой угрозы не вижу. Группировка там слишком мала для этого.\n\n"
    "{orphan}\n\n"
    "Это часть одной и той же войны. Противник проверяет реакцию соседей и ищет слабые места.\n\n"
    "Какие цели ставит противник на зиму?\n\n"
    "– Энергетика, как и в прошлом году. Нам надо готовить защиту уже сейчас.\n\n"
    "И последнее. Чего ждать в ближайшие полгода?\n\n"
    "– Фронт сохранится примерно в нынешней конфигурации, с локальными изменениями.\n"
)


@pytest.mark.parametrize(
    ("name", "voc", "orphan"),
    [
        (
            "Игорь Романов",
            "Игорь Александрович",
            "Провокации с дронами над соседними странами – это тоже часть войны или уже нет?",
        ),
        (
            "Петр Климов",
            "Петр Иванович",
            "А учения у западной границы, которые идут всю осень, стоит ли их бояться?",
        ),
    ],
)
def test_plain_question_over_an_answer_without_its_dash(name: str, voc: str, orphan: str) -> None:
    rows = turn_rows(_DASHLESS.format(name=name, voc=voc, orphan=orphan))
    questions = [body for label, _, body in rows if label == "question"]
    assert orphan in questions
    answers = [body for label, _, body in rows if label == "answer"]
    assert any(b.startswith("Это часть одной и той же войны.") for b in answers)
    assert any(b.endswith("слишком мала для этого.") for b in answers)


def test_rhetorical_question_inside_an_answer_stays_the_answer() -> None:
    # One "?" paragraph under an answer, with every other question a plain one over a dash,
    # is still a question only when the line below it asks nothing and no dash opens it; a
    # question the interviewee asks and answers himself in the same paragraph is no line apart.
    text = _DASHLESS.format(
        name="Игорь Романов",
        voc="Игорь Александрович",
        orphan="Почему так? Потому что противник учится быстрее, чем мы думали.",
    )
    rows = turn_rows(text)
    assert not any(b.startswith("Почему так?") for label, _, b in rows if label == "question")


# --- 4. An ad slot's label under a photo caption and its credit ------------------------------

_UP = (
    "Українська правда\n\nПублікації\n\n"
    "{name}: місто готове до зими\n\n"
    "Роман Романюк — Понеділок, 20 жовтня 2025, 05:30\n\n"
    "Ми поговорили з {name_instr} про зиму та укриття.\n\n"
    "– Чи готове місто до зими?\n\n"
    "– Готове настільки, наскільки це можливо. Ми встановили сотні генераторів.\n\n"
    "– А укриття?\n\n"
    "– Після аудиту ми відремонтували понад тисячу укриттів. Треба бачити, що зроблено.\n\n"
    "{caption}\nФото: {credit}\n\n"
    "{ad}\n\n"
    "– Чи відчуваєте ви підтримку партнерів?\n\n"
    "– Так, і я їм за це дуже вдячний.\n"
)


@pytest.mark.parametrize(
    ("name", "name_instr", "caption", "credit", "ad"),
    [
        (
            "Віталій Кличко",
            "Віталієм Кличком",
            "Кличко у своєму кабінеті",
            "Дмитро Ларін",
            "Реклама:",
        ),
        ("Ігор Терехов", "Ігорем Тереховим", "Терехов під час інтерв'ю", "Олег Петров", "Реклама"),
    ],
)
def test_ad_label_under_a_photo_caption_ends_the_answer(
    name: str, name_instr: str, caption: str, credit: str, ad: str
) -> None:
    text = _UP.format(name=name, name_instr=name_instr, caption=caption, credit=credit, ad=ad)
    rows = turn_rows(text)
    answers = [body for label, _, body in rows if label == "answer"]
    assert any(b.endswith("Треба бачити, що зроблено.") for b in answers)
    assert not any(ad.rstrip(":") in b or credit in b for _, _, b in rows)


# --- 5. The last question of a page whose answers go unlabelled -------------------------------

_PRESIDENT = (
    "Відповіді {office} на запитання журналістів\n\n"
    "2 жовтня 2025 року - 18:30\n\n"
    "Запитання: {voc}, чи обговорювали ви питання ППО?\n\n"
    "{person}: Так, ми обговорювали це з усіма партнерами, і є нові домовленості.\n\n"
    "Запитання: Чого очікувати взимку від ворога?\n\n"
    "Ситуація складна, я не буду казати, що все добре. Але ми готуємося.\n\n"
    "Запитання: Дякую. Останнє питання. {last}\n\n"
    "{answer}\n\n"
    "Теми: Міжнародна діяльність\n"
)


@pytest.mark.parametrize(
    ("office", "voc", "person", "last", "answer"),
    [
        (
            "Президента України Володимира Зеленського",
            "Пане Президенте",
            "Володимир Зеленський",
            "Чи не стає цей формат просто місцем для спільних фотографій?",
            "Ні, я так не вважаю. Це дуже практичний формат. Дякую всім. Слава Україні!",
        ),
        (
            "Прем'єр-міністра України Юлії Свириденко",
            "Пані Прем'єр-міністре",
            "Юлія Свириденко",
            "Коли уряд ухвалить бюджет?",
            "Найближчими тижнями, ми вже завершуємо роботу над ним. Дякую всім.",
        ),
    ],
)
def test_last_question_runs_into_unlabelled_answer(
    office: str, voc: str, person: str, last: str, answer: str
) -> None:
    rows = turn_rows(
        _PRESIDENT.format(office=office, voc=voc, person=person, last=last, answer=answer)
    )
    assert rows[-2][0] == "question" and rows[-2][2].endswith(last)
    assert rows[-1][0] == "answer" and rows[-1][2] == answer
    assert rows[-1][1] == person


def test_last_question_alone_keeps_its_tail_where_no_answer_went_unlabelled() -> None:
    # Every other answer labelled: the last question's body is left as it is.
    text = (
        "Відповіді Президента України Володимира Зеленського на запитання журналістів\n\n"
        "Запитання: Пане Президенте, чи обговорювали ви питання ППО?\n\n"
        "Володимир Зеленський: Так, ми обговорювали це з усіма партнерами.\n\n"
        "Запитання: Чого очікувати взимку?\n\n"
        "Володимир Зеленський: Ситуація складна, але ми готуємося.\n\n"
        "Запитання: Дякую. Останнє питання. Коли буде наступна зустріч?\n\n"
        "Це питання до організаторів, ми всі чекаємо на рішення.\n"
    )
    rows = turn_rows(text)
    assert rows[-1][0] == "question"
