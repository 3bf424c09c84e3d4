"""Session 35, Ukrainian and Russian pages: a radio host who names herself "у студії" in her
first turn under a bare role label; a programme host with a guest and recordings he plays in
(only he ever ends on a "?") asks, a voice whose label says it is a recording is a statement;
a quote headline whose quotation asks is no label and no introduction; a minister's assent to
the head's closing instruction at a working meeting answers it; an abbreviation the running
text writes in capitals is no dateline town; a stenogram's "(Вимкнення мікрофона)" line is a
direction; a wire credit "(Name / AFP via Getty Images)" closing a caption."""

from __future__ import annotations

import pytest
from tests.structure_support import run, turn_rows

from rhetoscope.structure.furniture import caption_paragraphs
from rhetoscope.structure.metadata import _dateline_place

# --- 1. A host in the studio -------------------------------------------------------------

_STUDIO = (
    "Радіо Громада\n\n"
    "Інтерв'ю\n"
    "Директор водоканалу Петро Мельник розповів про ремонт насосної станції.\n\n"
    "Ведуча: Добрий вечір. Це програма «Вечірня розмова», {intro}. На зв'язку з нами директор "
    "водоканалу Петро Мельник. Пане Петре, коли в будинках знову буде вода?\n\n"
    "Петро Мельник: Добрий вечір. Насосну станцію ми відремонтуємо до п'ятниці, і тоді подача "
    "води відновиться в усіх районах міста.\n\n"
    "Ведуча: А що з тарифами? Люди бояться, що після ремонту вони зростуть.\n\n"
    "Петро Мельник: Тарифи цього року не зміняться, це рішення вже ухвалене.\n\n"
    "Ведуча: Дякую, пане Петре.\n"
)


@pytest.mark.parametrize(
    ("intro", "host"),
    [
        ("у студії Оксана Литвин", "Оксана Литвин"),
        ("у студії я, Оксана Литвин", "Оксана Литвин"),
        ("у студії я Оксана Литвин", "Оксана Литвин"),
        # (the studio's guest with her post after a comma is no host's name)
        ("у студії Оксана Литвин, економістка", None),
    ],
)
def test_host_named_in_the_studio(intro: str, host: str | None) -> None:
    rows = turn_rows(_STUDIO.format(intro=intro))
    hosts = {speaker for _, speaker, body in rows if body.startswith(("Добрий вечір. Це", "А що"))}
    assert hosts == {host}


def test_studio_guest_under_her_own_label_is_no_host() -> None:
    text = (
        "Ведуча: Добрий вечір. Сьогодні говоримо про школи. У студії Марина Дорош. "
        "Пані Марино, скільки таких шкіл?\n\n"
        "Марина Дорош: Зараз працює одинадцять підземних шкіл, ще сорок будуються.\n\n"
        "Ведуча: А хто їх фінансує? Держава чи громади?\n\n"
        "Марина Дорош: Змішана модель: субвенція, донори і сама громада.\n"
    )
    rows = turn_rows(text)
    assert {s for _, s, b in rows if b.startswith(("Добрий", "А хто"))} == {None}


# --- 2. A programme host with recordings -----------------------------------------------------

_PROGRAMME = (
    "Радио Свобода\n\n"
    "Портреты эпохи\n"
    "Пётр Григоренко: «Почему генерал стал диссидентом?»\n"
    "Иван Петров\n"
    "12 марта 2025\n\n"
    "Иван Петров: Портреты эпохи. Сегодня – Пётр Григоренко. Мой собеседник – историк Олег "
    "Лавров. Олег, здравствуйте. Когда вы впервые услышали это имя?\n\n"
    "Олег Лавров: Здравствуйте, Иван. Это было в конце семидесятых, по радио, и имя генерала "
    "звучало тогда как вызов всей системе.\n\n"
    "Иван Петров: Но ведь он начинал как убеждённый коммунист. Что его изменило?\n\n"
    "Олег Лавров: Хрущёвская критика культа личности. Он принял её всерьёз и пошёл дальше, чем "
    "партия была готова.\n\n"
    "Иван Петров: В нашем архиве сохранилась его запись. Послушаем фрагмент.\n\n"
    "Пётр Григоренко (запись 1979 года): Я никогда не считал себя врагом своей страны. Я "
    "требовал только, чтобы власть соблюдала собственные законы.\n\n"
    "Иван Петров: Его объявили душевнобольным и отправили в спецпсихбольницу. Почему именно "
    "так?\n\n"
    "Олег Лавров: Суд над генералом был бы слишком громким. Диагноз позволял обойтись без "
    "суда и без свидетелей.\n\n"
    "Иван Петров: Последние годы он прожил в эмиграции, в Нью-Йорке.\n\n"
    "Олег Лавров: Да, и до конца жизни он так и не получил назад своё гражданство.\n"
)


def test_programme_host_asks_and_the_recording_is_a_statement() -> None:
    rows = turn_rows(_PROGRAMME)
    role = {body[:24]: label for label, _, body in rows}
    assert role["Портреты эпохи. Сегодня "] == "question"
    assert role["Здравствуйте, Иван. Это "] == "answer"
    assert role["Я никогда не считал себя"] == "statement"
    # (the host's remark the guest takes up asks)
    assert role["Последние годы он прожил"] == "question"
    assert role["Да, и до конца жизни он "] == "answer"


def test_quote_headline_that_asks_is_no_turn() -> None:
    rows = turn_rows(_PROGRAMME)
    assert not any(body.startswith("«Почему") or "Почему генерал" in body for _, _, body in rows)
    assert run(_PROGRAMME).meta.date == "2025-03-12"


# --- 3. A minister's assent to the closing instruction ---------------------------------------

_MEETING = (
    "Встреча с Министром транспорта Романом Старовойтом\n\n"
    "12 марта 2025 года\n15:30\nМосква, Кремль\n\n"
    "Владимир Путин провёл рабочую встречу с Министром транспорта Романом Старовойтом. "
    "Обсуждались итоги работы отрасли.\n\n"
    "В.Путин: Роман Владимирович, год завершён. Как идёт строительство трассы? Начнём с "
    "главного.\n\n"
    "Р.Старовойт: Уважаемый Владимир Владимирович!\n\n"
    "Все участки идут по графику, первую очередь откроем в декабре, вторую – через год.\n\n"
    "В.Путин: Как регионы используют дорожные фонды? Мы договаривались, что они пойдут на "
    "ремонт мостов.\n\n"
    "Р.Старовойт: Так и есть, Владимир Владимирович. Ремонт мостов идёт по плану.\n\n"
    "Уже в прошлом году регионы направили на эти цели больше половины средств.\n\n"
    "В.Путин: А как начался этот год? Насколько я понимаю, есть определённое напряжение.\n\n"
    "Р.Старовойт: В январе подрядчики задержали часть работ из-за морозов. Это в пределах "
    "графика.\n\n"
    "В.Путин: Хорошо. Прошу Вас обратить внимание на содержание региональных дорог. Многим "
    "регионам сложно. Нужно посмотреть, какие механизмы работают, и подготовить предложения.\n\n"
    "Р.Старовойт: {reply}\n"
)


@pytest.mark.parametrize(
    ("reply", "role"),
    [
        (
            "Хорошо, Владимир Владимирович. Мы с регионами подготовим предложения и доложим.",
            "answer",
        ),
        ("Спасибо, Владимир Владимирович. Предложения подготовим к концу месяца.", "answer"),
    ],
)
def test_assent_to_closing_instruction_answers(reply: str, role: str) -> None:
    rows = turn_rows(_MEETING.format(reply=reply))
    assert rows[-1][0] == role
    # (the head's instruction itself stays a statement, as documented)
    assert rows[-2][0] == "statement"


# --- 4. An abbreviation is no dateline town --------------------------------------------------

_ACRONYM = (
    "МЕДИА\nНовости\nИстории\nПодкасты\nПоддержать\n\n"
    "Интервью\n"
    "«Налоги растут»\n"
    "Экономист Анна Ершова — о том, почему правительство заговорило о повышении НДС\n"
    "10:15, 3 октября 2025\n\n"
    "Правительство внесло в Госдуму проект бюджета, в котором предлагается повысить ставку НДС. "
    "Мы поговорили с экономистом Анной Ершовой о том, что это значит.\n\n"
    "Повышение налога — признак нехватки денег?\n\n"
    "Это признак того, что простые решения закончились. Резервы сократились, занимать дорого.\n\n"
    "НДС — налог неприятный, но очень собираемый. Платить будут все, через цены.\n\n"
    "То есть инфляция ускорится?\n\n"
    "Разовый эффект на цены будет почти наверняка, и Центробанк это понимает.\n\n"
    "А ставку снизят?\n\n"
    "Вряд ли быстро. Регулятор будет двигаться осторожно и ссылаться на налоги.\n\n"
    "Есть ли риск рецессии?\n\n"
    "Риск есть, но это скорее долгая стагнация, чем резкое падение.\n"
)


def test_abbreviation_in_capitals_is_no_place() -> None:
    assert run(_ACRONYM).meta.place is None


@pytest.mark.parametrize(
    ("header", "place"),
    [
        # (the dek writes the abbreviation in capitals after a lowercase word: no town)
        (
            "Экономист — о повышении НДС\n3 октября 2025\n\nНДС — налог неприятный, но собираемый.",
            None,
        ),
        ("Речь о сокращении ВВП\n\nВВП — показатель, который все обсуждают.", None),
        # (a town the prose never writes in capitals stays a dateline)
        ("Энергетика\n\nХАРЬКОВ — В городе восстановили подачу света после обстрела.", "Харьков"),
    ],
)
def test_caps_dateline_against_abbreviation(header: str, place: str | None) -> None:
    assert _dateline_place(header) == place


def test_caps_dateline_town_still_read() -> None:
    text = (
        "KYIV — Ukraine's energy minister said on Monday that the grid will hold this winter, "
        "despite the attacks on power plants across the country.\n\n"
        "The minister spoke to reporters in Kyiv after a government meeting.\n"
    )
    assert run(text).meta.place == "Kyiv"


# --- 5. A stenogram's microphone line, a wire credit under a caption ------------------------


@pytest.mark.parametrize("cue", ["(Вимкнення мікрофона)", "(Отключение микрофона)"])
def test_microphone_switched_off_line_ends_the_turn(cue: str) -> None:
    text = (
        'ГОЛОВУЮЧИЙ. Дякую. Слово має Ткачук Олег, "Голос".\n\n'
        "ТКАЧУК О.В. Дякую, пане Голово. Пане міністре, скільки коштів повернули до бюджету "
        "торік?\n\n"
        f"{cue}\n\n"
        "ГОЛОВУЮЧИЙ. Дякую. Будь ласка, пане міністре.\n\n"
        "МАРЧЕНКО С.М. Торік до бюджету повернули дванадцять мільярдів гривень.\n"
    )
    bodies = [body for _, _, body in turn_rows(text)]
    assert any(b.endswith("торік?") for b in bodies)
    assert not any(cue in b for b in bodies)


@pytest.mark.parametrize(
    ("credit", "caption"),
    [
        ("(Jane Roe / AFP via Getty Images)", True),
        ("(Jane Roe / ADN)", True),
        # (an aside in brackets after a sentence is no credit)
        ("(they said so / in March)", False),
    ],
)
def test_via_getty_credit_closes_a_caption(credit: str, caption: bool) -> None:
    text = (
        "Because I expect more. The Red Cross has a mandate, and it must use it, every day.\n\n"
        f"Relatives of prisoners of war hold photos during a rally in Kyiv on Sept. 14, 2025. "
        f"{credit}\n\n"
        "What about the children?\n"
    )
    found = [text[a:b] for a, b in caption_paragraphs(text, 0, len(text))]
    assert any(credit in f for f in found) is caption
