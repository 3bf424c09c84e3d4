"""Small cases for batch LK (office and role labels): an office with "vice" inside a word
("Director of Services") is no vice-office; a radio page's "LISTEN BACK:" rubric names no
interviewee; a Ukrainian service's "Спікер:" is a lone post, its holder in the genitive behind
a four-word domain; a host's "у микрофона Дмитрий Бойко" and a moderator's "I'm X from …" name
them; a clipped compound post ("фінуправління") spelled out in the lead; the cover's presiding
secretary chairs under an office label; a channel's number in guillemets is its name; a
hearing's short call to order that gives the witness the floor is no statement."""

import pytest

from structure_support import turn_rows

_DIRECTOR = (
    "{headline}\n\n"
    "The Morning Show with Ciarán Moloney  ·  Published: 3 March 2025, 11:05\n\n"
    "The county council's Director of Services for Roads and Transportation, Eoin Hartigan, "
    "joined the programme to answer listeners' questions on the closure.\n\n"
    "PRESENTER: You're listening to the Morning Show, I'm Ciarán Moloney. Eoin, good morning.\n\n"
    "DIRECTOR OF SERVICES: Good morning, Ciarán, and good morning to your listeners.\n\n"
    "PRESENTER: Why four weeks, and why now?\n\n"
    "DIRECTOR OF SERVICES: The retaining wall moved after the storm, so we closed the road.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "LISTEN BACK: Council roads chief takes your calls on N67 closure",
        "Council roads chief takes your calls on N67 closure",
    ],
)
def test_office_with_vice_inside_a_word_and_media_rubric(headline: str) -> None:
    rows = turn_rows(_DIRECTOR.format(headline=headline))
    assert {r[1] for r in rows if r[0] == "answer"} == {"Eoin Hartigan"}


_SPIKER = (
    "ДПСУ: черги на кордоні скоротилися\n\n"
    "У середу відбувся брифінг спікера Державної прикордонної служби України Андрія Демченка "
    "щодо ситуації на кордоні. Модерувала брифінг журналістка агентства Олена Гуменюк.\n\n"
    "Модераторка: Доброго дня, колеги. Пане Андрію, вам слово.\n\n"
    "Спікер: Дякую. За минулу добу кордон перетнули понад 98 тисяч осіб.\n\n"
    "Журналістка: Суспільне, Ірина Ковальчук. Чи відновили роботу в пункті пропуску?\n\n"
    "Спікер: Так, з понеділка рух вантажівок відновлено.\n"
)


def test_spokesman_post_held_by_genitive_name_behind_long_domain() -> None:
    rows = turn_rows(_SPIKER)
    assert {r[1] for r in rows if r[0] in ("statement", "answer")} == {"Андрій Демченко"}


@pytest.mark.parametrize(
    ("label", "opening", "host"),
    [
        (
            "Ведущий",
            "Добрый вечер, это «Открытая студия», у микрофона Дмитрий Бойко. Сегодня у нас "
            "в гостях министр. Здравствуйте.",
            "Дмитрий Бойко",
        ),
        (
            "MODERATOR",
            "Good morning, everyone. I'm Lusiana Tuilau from the Bank's Communications team "
            "and I'll be moderating this morning. Governor.",
            "Lusiana Tuilau",
        ),
    ],
)
def test_host_or_moderator_says_own_name_in_first_turn(label: str, opening: str, host: str) -> None:
    text = (
        "Transcript\n\nThe programme's guest answered questions.\n\n"
        f"{label}: {opening}\n\n"
        "GUEST: Thank you, good morning to everyone listening.\n\n"
        f"{label}: First question, please.\n\n"
        "QUESTION: Is an increase on the table this year?\n\n"
        "GUEST: Every option is always on the table.\n"
    )
    rows = turn_rows(text)
    assert rows[0][1] == host
    assert all(r[1] != host for r in rows if r[0] == "question")


_SESSION = (
    "СТЕНОГРАМА\nпленарного засідання 58 сесії міської ради\n\n"
    "Веде засідання секретар міської ради Тарас Мельничук\n\n"
    "Питання 4. Про внесення змін до бюджету\n"
    "Доповідає: начальниця фінансового управління Ірина Ткачук\n\n"
    "Секретар ради: Переходимо до четвертого питання. Ірино Василівно, будь ласка.\n\n"
    "Начальниця фінуправління: Шановні депутати. Пропонується збільшити дохідну частину "
    "бюджету на 14,6 мільйона гривень. Доповідь закінчила.\n\n"
    "Секретар ради: Дякую. Чи є запитання до доповідачки? Депутатка Савчук.\n\n"
    "Оксана Савчук: Які саме три школи отримають кошти?\n\n"
    "Начальниця фінуправління: Ліцей № 2, ліцей № 7 і гімназія.\n\n"
    "Секретар ради: У мене теж уточнення. Ці кошти вже надійшли?\n\n"
    "Начальниця фінуправління: Фактично надійшли, станом на 1 квітня.\n\n"
    "Секретар ради: Дякую. Ставлю на голосування. Рішення прийнято.\n"
)


def test_clipped_post_and_presiding_secretary_under_office_label() -> None:
    rows = [r[:2] for r in turn_rows(_SESSION)]
    assert rows == [
        ("other", "Тарас Мельничук"),
        ("statement", "Ірина Ткачук"),
        ("other", "Тарас Мельничук"),
        ("question", "Оксана Савчук"),
        ("answer", "Ірина Ткачук"),
        ("question", "Тарас Мельничук"),
        ("answer", "Ірина Ткачук"),
        ("other", "Тарас Мельничук"),
    ]


def test_channel_number_in_guillemets_asks_as_outlet() -> None:
    text = (
        "Пресс-конференция начальника ГУ МЧС\n\n"
        "Во вторник прошла пресс-конференция начальника управления Алексея Дорофеева.\n\n"
        "Начальник ГУ МЧС: Добрый день, коллеги. Паводок может прийти раньше.\n\n"
        "Вопрос (телеканал «12 канал»): Будут ли ограничения для рыбаков?\n\n"
        "Начальник ГУ МЧС: Выход на лёд уже запрещён.\n"
    )
    assert ("question", "12 канал") in [r[:2] for r in turn_rows(text)]


_HEARING = (
    "SENATE STANDING COMMITTEE ON VETERANS, MILITARY AFFAIRS, AND PUBLIC PROTECTION\n\n"
    "TRANSCRIPT OF PROCEEDINGS\n\nTuesday, February 11, 2025\nFrankfort, Kentucky\n\n"
    "MEMBERS PRESENT:\nSen. Rhonda Whitcomb, Chair\nSen. Marcus Holland, Vice Chair\n"
    "Sen. Gary Pruitt\n\n"
    "WITNESS:\nBrigadier General Deborah Lassiter, The Adjutant General\n\n"
    "CHAIR WHITCOMB: {opening}\n\n"
    "THE ADJUTANT GENERAL: Thank you, Madam Chair. The Guard has just under 7,800 soldiers.\n\n"
    "CHAIR WHITCOMB: Thank you, General. Senator Holland, you're recognized.\n\n"
    "SENATOR HOLLAND: General, what happens to those communities?\n\n"
    "THE ADJUTANT GENERAL: We would transfer those buildings to the counties.\n\n"
    "CHAIR WHITCOMB: General, before we adjourn, which center comes first?\n\n"
    "THE ADJUTANT GENERAL: Hopkinsville, Madam Chair.\n\n"
    "CHAIR WHITCOMB: Thank you, General. We are adjourned.\n"
)


@pytest.mark.parametrize(
    ("opening", "label"),
    [
        (
            "We'll call the committee to order. Secretary, please call the roll. We do have a "
            "quorum. Our only item this morning is an update on the armory plan. General "
            "Lassiter, welcome, the floor is yours.",
            "other",
        ),
    ],
)
def test_short_call_to_order_gives_the_floor(opening: str, label: str) -> None:
    # (a chair's opening that says something of its own stays her statement: the fixture
    # senate_hearing_dw's "Chair Whitford (00:00:04):")
    rows = turn_rows(_HEARING.format(opening=opening))
    assert rows[0][:2] == (label, "Rhonda Whitcomb")
    assert ("question", "Rhonda Whitcomb") in [r[:2] for r in rows]
