"""Office and role labels (batch II, second pass): a ranked post with whom it serves after it
("Головний тренер гостей:", "Головний тренер «Сули»:") and a club's head coach the sports lead
calls its "mentor" ("наставник «Сули» Вадим Лисенко")."""

from __future__ import annotations

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from structure_support import turn_rows as rows


@pytest.mark.parametrize(
    "label",
    [
        "Головний тренер",
        "Головний тренер гостей",
        "Головний тренер «Сули»",
        "Главный тренер команды",
    ],
)
def test_ranked_post_office(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == label


@pytest.mark.parametrize("label", ["Главный тренер сказал", "Головний тренер гостей відповів"])
def test_ranked_post_not_a_lead_in(label: str) -> None:
    info = classify_label(label)
    assert info is None or info.kind is not LabelKind.OFFICE


_COACHES = (
    "Після матчу тренери обох команд відповіли на запитання журналістів. Першим вийшов головний "
    "тренер гостей Олександр Гринько, потім – наставник «Сули» Вадим Лисенко.\n\n"
    "Прес-аташе: Добрий вечір. Першим – головний тренер гостей.\n\n"
    "Головний тренер гостей: Добрий вечір. Гра була важка, як ми й очікували.\n\n"
    "Журналіст: Не боялися, що не вистачить сил?\n\n"
    "Головний тренер гостей: Боявся, звісно. Але ми цю схему тренували.\n\n"
    "Прес-аташе: Дякуємо. Запрошуємо головного тренера «Сули».\n\n"
    "Головний тренер «Сули»: Добрий вечір. Другий тайм ми просто подарували суперникові.\n\n"
    "Журналіст: Що ви скажете вболівальникам?\n\n"
    "Головний тренер «Сули»: Скажу, що ще нічого не вирішено.\n"
)


def test_coaches_named_in_lead() -> None:
    got = [s for _, s, body in rows(_COACHES) if not body.startswith("Після")]
    assert got == [
        "Прес-аташе",
        "Олександр Гринько",
        None,
        "Олександр Гринько",
        "Прес-аташе",
        "Вадим Лисенко",
        None,
        "Вадим Лисенко",
    ]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Руководитель Лесопожарного центра", "Руководитель Лесопожарного центра"),
        ("HDB CEO", "HDB Chief Executive Officer"),
        ("Уполномоченный", "Уполномоченный"),
        ("Доповідач", "Доповідач"),
        ("Кандидатка", "Кандидатка"),
    ],
)
def test_office_labels(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


@pytest.mark.parametrize(
    ("label", "outlet"), [("Вопрос (НГС24)", "НГС24"), ("Question (BBC2)", "BBC2")]
)
def test_outlet_with_channel_number(label: str, outlet: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.QUESTION and info.outlet == outlet


_PRESSER = (
    "В пресс-центре прошла пресс-конференция. На вопросы журналистов ответили министр лесного "
    "хозяйства Красноярского края Павел Рудаков и руководитель КГАУ «Лесопожарный центр» Сергей "
    "Прохоров. Модерировал пресс-конференцию руководитель пресс-службы министерства Артём "
    "Баранов.\n\n"
    "Ведущий: Добрый день, коллеги. Начинаем. Павел Андреевич, пожалуйста.\n\n"
    "Министр: Добрый день. Сезон в этом году открыли 14 апреля. Слово Сергею Ивановичу.\n\n"
    "Руководитель Лесопожарного центра: Спасибо. Группировка у нас в этом году – 1 560 "
    "человек.\n\n"
    "Ведущий: Переходим к вопросам.\n\n"
    "Вопрос (НГС24): Будут ли ограничивать въезд в леса?\n\n"
    "Министр: Ограничение введено с 1 июня указом губернатора.\n\n"
    "Вопрос: Анна Кравцова, «Комсомольская правда». Хватает ли людей?\n\n"
    "Руководитель Лесопожарного центра: Некомплект около 4 процентов.\n\n"
    "Вопрос: Анна Кравцова, снова «КП». Кто понёс ответственность за поджоги?\n\n"
    "Министр: Возбуждено девять уголовных дел.\n"
)

_OMBUDSMAN = (
    "В эфире программы уполномоченный по правам ребёнка в Омской области Марина Щербакова "
    "ответила на звонки слушателей. Вела эфир Ольга Данилова.\n\n"
    "Ведущая: Добрый день. У нас в студии Марина Щербакова. С чем к вам обращаются?\n\n"
    "Уполномоченный: Здравствуйте. Чаще всего это споры о месте жительства детей.\n\n"
    "Ведущая: Следующий звонок. Здравствуйте, представьтесь, пожалуйста.\n\n"
    "Слушатель: Здравствуйте, меня зовут Андрей, я из Исилькуля. Бывшая жена не даёт видеть "
    "дочь. Что можно сделать?\n\n"
    "Уполномоченный: Андрей, решение суда обязательно для исполнения.\n"
)

_INTERVIEW = (
    "Комісія провела співбесіду з суддею Оксаною Литвиненко. Головував у колегії член ВККС "
    "Андрій Пасічник, доповідачем був член Комісії Сергій Чумак.\n\n"
    "Головуючий: Доброго дня. Наступна кандидатка – Литвиненко Оксана Петрівна. Слово "
    "доповідачу.\n\n"
    "Доповідач: Дякую. Оксано Петрівно, чому у вас так багато скасованих рішень?\n\n"
    "Кандидатка: Дякую за запитання. Це пов'язано зі спеціалізацією.\n\n"
    "Головуючий: Пані Оксано, звідки кошти на квартиру?\n\n"
    "Кандидатка: Мама продала будинок у Жашкові, договори є в досьє.\n\n"
    "Член Комісії: Оксано Петрівно, чому такий низький бал за практичне завдання?\n\n"
    "Кандидатка: Практичне завдання я писала у цивільній спеціалізації.\n"
)

_HOUSING = (
    "Minister for National Development Kelvin Ong spoke to the media on 18 July 2025. He was "
    "accompanied by HDB Chief Executive Officer Jeremy Ho.\n\n"
    "Minister: Good afternoon. The projects are on track.\n\n"
    "Media: How confident is HDB that it can deliver them in under three years?\n\n"
    "HDB CEO: Thank you, Minister. Piling works are completed for all of them.\n\n"
    "Media: Any update on the loan limit?\n\n"
    "Minister: We reviewed it last year.\n"
)

_TOWN_HALL = (
    "The session was chaired by the Registrar, Dr Martin Okafor. The Vice-Chancellor, Professor "
    "Helen Marchbank, spoke first.\n\n"
    "REGISTRAR: Let's take one from the room. Yes – at the front.\n\n"
    "AUDIENCE MEMBER: Hi, I'm Ruth Adeyemi, I work in Library Services. Why is the new building "
    "still going ahead?\n\n"
    "VC: It's a fair question. The building is funded by a loan.\n\n"
    "REGISTRAR: We're at time. Thank you all for coming.\n\n"
    "Share this:\nEmail   Facebook\nLike Loading...\n\n"
    '2 thoughts on "Transcript: all-staff briefing"\n\n'
    "Gwen Parry says:\n16 May 2025 at 6:12 pm\nThank you for doing this.\nReply\n"
)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            _PRESSER,
            [
                "Артём Баранов",
                "Павел Рудаков",
                "Сергей Прохоров",
                "Артём Баранов",
                "НГС24",
                "Павел Рудаков",
                "Анна Кравцова",
                "Сергей Прохоров",
                "Анна Кравцова",
                "Павел Рудаков",
            ],
        ),
        (
            _OMBUDSMAN,
            [
                "Ольга Данилова",
                "Марина Щербакова",
                "Ольга Данилова",
                "Андрей",
                "Марина Щербакова",
            ],
        ),
        (
            _INTERVIEW,
            [
                "Андрій Пасічник",
                "Сергій Чумак",
                "Оксана Литвиненко",
                "Андрій Пасічник",
                "Оксана Литвиненко",
                "Член Комісії",
                "Оксана Литвиненко",
            ],
        ),
        (_HOUSING, ["Kelvin Ong", None, "Jeremy Ho", None, "Kelvin Ong"]),
        (_TOWN_HALL, ["Martin Okafor", "Ruth Adeyemi", "Helen Marchbank", "Martin Okafor"]),
    ],
)
def test_holders_and_askers(text: str, speakers: list[str | None]) -> None:
    got = [s for label, s, body in rows(text) if label != "other" or s]
    assert got == speakers


def test_candidate_answers_commission_asks() -> None:
    got = [label for label, s, _ in rows(_INTERVIEW) if s]
    assert got == ["other", "question", "answer", "question", "answer", "question", "answer"]


def test_comments_under_wordpress_post_end_last_turn() -> None:
    last = rows(_TOWN_HALL)[-1][2]
    assert last.endswith("Thank you all for coming.")


def test_delegate_by_acronym() -> None:
    info = classify_label("Представниця ГРД")
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == "Представниця ГРД"


_LEGAL_NEWS = (
    "Судово-юридична газета\n"
    "Новини   Аналітика   Судова практика   Судді   Адвокатура   Інтерв'ю   Пошук...\n"
    "Головна / Новини / Суддівський корпус\n\n"
    "ВККС провела співбесіду з кандидаткою: стенограма\n\n"
    "14 травня 2025, 16:27\n\n"
    "Комісія провела співбесіду з суддею Оксаною Литвиненко. Головував у колегії член ВККС "
    "Андрій Пасічник. У співбесіді взяла участь представниця Громадської ради доброчесності "
    "Вікторія Бойчук.\n\n"
    "Головуючий: Доброго дня. Слово представниці Громадської ради доброчесності.\n\n"
    "Представниця ГРД: Дякую. Оксано Петрівно, чи вважаєте ви це рішення помилкою?\n\n"
    "Кандидатка: Я ухвалювала рішення на підставі тих матеріалів, які були в суді.\n\n"
    "Представниця ГРД: Чому ви не оскаржили ухвалу?\n\n"
    "Кандидатка: Ухвалу не оскаржували сторони.\n\n"
    "Головуючий: Дякую. Співбесіду завершено.\n\n"
    "Нагадаємо, раніше ВККС оголосила результати кваліфікаційного оцінювання кандидатів.\n\n"
    "Читайте також:\nВККС визначила дату співбесід\n"
)


def test_menu_line_and_editors_pointer_are_the_pages() -> None:
    got = rows(_LEGAL_NEWS)
    assert got[0][2].startswith("Комісія провела співбесіду")
    assert got[-1][2] == "Дякую. Співбесіду завершено."
    assert [s for _, s, _ in got[1:]] == [
        "Андрій Пасічник",
        "Вікторія Бойчук",
        "Кандидатка",
        "Вікторія Бойчук",
        "Кандидатка",
        "Андрій Пасічник",
    ]


_CHAIRED = (
    "The session was chaired by the Registrar and Chief Operating Officer, Dr Martin Okafor, who "
    "read out questions. The Vice-Chancellor, Professor Helen Marchbank, spoke first.\n\n"
    "REGISTRAR: Good afternoon, everyone. I'll hand straight over to the Vice-Chancellor.\n\n"
    "VC: Thank you, Martin. This year we are forecasting a deficit.\n\n"
    'REGISTRAR: Thank you. The most upvoted one is this: "Can you rule out redundancies?"\n\n'
    "VC: No, I can't rule them out, and I'm not going to promise that.\n\n"
    "REGISTRAR: Let's take one from the room. Yes – at the front.\n\n"
    "AUDIENCE MEMBER: Hi, I'm Ruth Adeyemi, I work in Library Services. Why is the new building "
    "still going ahead?\n\n"
    "VC: It's a fair question. The building is funded by a loan.\n"
)


def test_chair_named_after_post_in_lead_reads_questions() -> None:
    got = [(label, s) for label, s, body in rows(_CHAIRED) if not body.startswith("The session")]
    assert got[0] == ("other", "Martin Okafor")
    assert got[2] == ("question", "Martin Okafor")
    assert got[3] == ("answer", "Helen Marchbank")
    assert got[4] == ("other", "Martin Okafor")
    assert got[5] == ("question", "Ruth Adeyemi")
