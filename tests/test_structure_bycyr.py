"""Check AF: who asks a Russian or Ukrainian interview its labels do not name, composed across
independent layout parts (byline shape × question label × lead verb × language), and the page
furniture that closed the last answer late.

Mechanisms (docs/structure.md, "Check AF"):
- a byline with only the surname in capitals ("Дмитрий ПАНОВ") is the one writer, named in mixed
  case; a lead that has the guest tell the page itself ("рассказала нашему изданию") makes it an
  interview given to the outlet;
- a capitals label that spells the initials of the quoted outlet the lead has the guest tell
  ("РГ:" under "… «Российской газете»") is that outlet, so it asks as the one byline writer;
- a menu row's items set apart by wide gaps are no name ("ХВИЛЯ   Аналітика", "Технології
  Інтерв'ю");
- an empty comment box's line, a weekly's print-issue note and a box of earlier stories end the
  last answer.
"""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_PIPE = build_pipeline(["metadata", "sentences", "turns"])


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = _PIPE(read_text(text, source="page.txt"))
    return [(t.label, t.attrs.get("speaker"), doc.span_text(t)) for t in doc.layer("turns")]


def _qa(q_label: str, a_label: str, qs: list[str], as_: list[str]) -> str:
    return "".join(f"{q_label}{q}\n\n{a_label}{a}\n\n" for q, a in zip(qs, as_, strict=True))


_RU_QS = ["Сколько сейчас в области действующих комплексов?", "Кто в основном приезжает?"]
_RU_AS = [
    "Двадцать семь, если считать небольшие купальни при базах отдыха.",
    "Почти половина гостей приезжает из соседних регионов, растёт доля москвичей.",
]
_UK_QS = ["Скільки котелень уже готові до зими?", "Хто фінансує ці роботи?"]
_UK_AS = [
    "Дев'яносто чотири з дев'яноста восьми, решту завершимо до кінця жовтня.",
    "Обласний бюджет і кошти партнерів, найбільше допомогла Данія.",
]

# --- the byline's one writer with the surname in capitals; the lead's "нашему изданию" -------

_RU_LEADS = {
    "нашему изданию": "Директор департамента туризма области Надежда Кривошеева рассказала "
    "нашему изданию о новых проектах и о ценах на посещение.",
    "нашей газете": "Директор департамента туризма области Надежда Кривошеева рассказала "
    "нашей газете о новых проектах и о ценах на посещение.",
}
_RU_BYLINES = {
    "caps surname over date": "Дмитрий ПАНОВ\n5 февраля 2026",
    "caps surname, date above": "5 февраля 2026\n\nМарина ОРЛОВА",
    "mixed case over date": "Дмитрий Панов\n5 февраля 2026",
}


def _ru_page(byline: str, lead: str, q_label: str) -> str:
    return (
        "Тюменский вестник\nГЛАВНАЯ   НОВОСТИ   ОБЩЕСТВО   ТУРИЗМ\n\nТУРИЗМ\n\n"
        "Горячая вода как бренд: сколько ещё купален откроют\n\n"
        f"{byline}\n\n{lead}\n\n"
        + _qa(q_label, "Надежда Кривошеева: ", _RU_QS, _RU_AS)
        + "Теги: туризм, купальни\n"
    )


_WRITER_CASES = [
    # (the writer named in mixed case; each failed before: a lead telling "нашему изданию" made
    # no interview given to the outlet, and the fallback read no byline with a caps surname)
    *(
        pytest.param(_ru_page(_RU_BYLINES[b], _RU_LEADS[lead], q), want, id=f"ru-{b}-{lead}-{q}")
        for b, lead, want in (
            ("caps surname over date", "нашему изданию", "Дмитрий Панов"),
            ("caps surname, date above", "нашей газете", "Марина Орлова"),
            ("mixed case over date", "нашему изданию", "Дмитрий Панов"),
            ("mixed case over date", "нашей газете", "Дмитрий Панов"),
        )
        for q in ("Вопрос: ", "Журналист: ")
    ),
]


@pytest.mark.parametrize(("text", "writer"), _WRITER_CASES)
def test_byline_writer_asks(text: str, writer: str) -> None:
    questions = [t for t in _turns(text) if t[0] == "question"]
    assert len(questions) == 2
    assert [t[1] for t in questions] == [writer, writer]


# --- a label of the told outlet's initials asks as the one credited journalist ---------------

_INITIALS_OUTLETS = {
    # (the label, the outlet in the lead's dative)
    "РГ": "«Российской газете»",
    "НГ": "«Новой газете»",
    "КП": "«Комсомольской правде»",
}
_CREDITS = {
    "Беседовала over Q": ("", "Беседовала Елена Маношина\n\n", ""),
    "Беседовал: over Q": ("", "Беседовал: Игорь Лебедев\n\n", ""),
    "Автор: top": ("Автор: Елена Маношина\n\n", "", ""),
}
_CREDIT_WRITER = {
    "Беседовала over Q": "Елена Маношина",
    "Беседовал: over Q": "Игорь Лебедев",
    "Автор: top": "Елена Маношина",
}


def _initials_page(outlet: str, label: str, credit: str) -> str:
    top, over_q, end = _CREDITS[credit]
    return (
        "Министерство сельского хозяйства\nПресс-служба › Интервью\n\n"
        "Оксана Лут: «Семян хватит»\n\n10 марта 2026 г.\n\n"
        + top
        + "Посевная стартует на юге страны уже в ближайшие недели. О том, хватит ли аграриям "
        + f"семян и как изменится господдержка, министр рассказала {outlet}.\n\n"
        + over_q
        + _qa(
            f"{label}: ",
            "Оксана Лут: ",
            # (the second a prompt in the statement's form, no question mark)
            [
                "Оксана Николаевна, готова ли страна к посевной?",
                "Аграрии жалуются, что отечественные гибриды уступают иностранным.",
            ],
            [
                # (the answer runs on in an unlabelled paragraph)
                "Готова. Аграрии обеспечены семенами, удобрениями и топливом.\n\nОтдельно "
                "отмечу, что цены на удобрения остаются зафиксированными до конца июня.",
                "Мы ожидаем около 53 миллионов тонн, растут поставки в Китай.",
            ],
        )
        + end
        + "Теги: растениеводство\n"
    )


@pytest.mark.parametrize(
    ("outlet_key", "credit"),
    [(o, c) for o in _INITIALS_OUTLETS for c in _CREDITS],
)
def test_initials_label_asks_as_credited_journalist(outlet_key: str, credit: str) -> None:
    label = outlet_key.split()[-1]
    text = _initials_page(_INITIALS_OUTLETS[outlet_key], label, credit)
    questions = [t for t in _turns(text) if t[0] == "question"]
    assert [t[1] for t in questions] == [_CREDIT_WRITER[credit]] * 2


# --- a menu row's gap is no name --------------------------------------------------------------

_MENU_CASES = [
    # (a logo in capitals glued to its menu row, the label the logo's word: the outlet asks,
    # under a desk's byline, not "Аналітика Хвиля")
    pytest.param(
        f"ХВИЛЯ   Аналітика   Економіка   Інтерв'ю\n\n27.01.2026 | Редакція Хвилі | {section}\n\n"
        "Економіст: «Ставку не знизять до осені»\n\n"
        "Чи варто чекати зниження ставки, Хвилі розповів макроекономіст Ігор Степаненко.\n\n"
        + _qa(
            "Хвиля: ",
            f"{a_label}: ",
            ["Чому НБУ не знизив ставку?", "Коли чекати на зниження?"],
            ["Бо сповільнення інфляції поки що нестійке.", "Не раніше другого півріччя."],
        ),
        "Хвиля",
        id=f"uk-glued-logo-{section}-{a_label}",
    )
    for section in ("Економіка", "Фінанси")
    for a_label in ("Ігор Степаненко", "Степаненко")
] + [
    # (a correspondent's label under a masthead whose menu row ends in two capitalised items:
    # no journalist named, so nobody)
    pytest.param(
        f"{masthead}   {menu}\n\n{headline}\n\n{stamp}\n\n{lead}\n\n"
        + _qa(f"{label}: ", f"{guest}: ", qs, as_),
        None,
        id=f"{label}-{menu.split()[-2]}",
    )
    for masthead, label, headline, stamp, lead, guest, qs, as_ in (
        (
            "Кореспондент.net",
            "Кореспондент",
            "Тепловий насос окупиться за п'ять сезонів",
            "04 лютого 2026, 13:45  |  Кореспондент.net",
            "Чи варто ставити тепловий насос, Корреспонденту.net розповів голова агентства "
            "Валерій Петрук.",
            "Валерій Петрук",
            _UK_QS,
            _UK_AS,
        ),
        (
            "Корреспондент.ru",
            "Корреспондент",
            "Тепловой насос окупится за пять сезонов",
            "04 февраля 2026, 13:45  |  Корреспондент.ru",
            "Стоит ли ставить тепловой насос, изданию рассказал глава агентства Валерий Петрук.",
            "Валерий Петрук",
            _RU_QS,
            _RU_AS,
        ),
    )
    for menu in (
        "Україна   Світ   Технології   Інтерв'ю"
        if label == "Кореспондент"
        else "Россия   Мир   Технологии   Интервью",
        "Україна   Економіка   Наука   Інтерв'ю"
        if label == "Кореспондент"
        else "Россия   Экономика   Наука   Интервью",
    )
]


@pytest.mark.parametrize(("text", "asker"), _MENU_CASES)
def test_menu_gap_is_no_name(text: str, asker: str | None) -> None:
    questions = [t for t in _turns(text) if t[0] == "question"]
    assert len(questions) == 2
    assert [t[1] for t in questions] == [asker, asker]


# --- the furniture under the last answer -----------------------------------------------------

_LAST = "Таких регионов в этом году, по моим оценкам, не больше трех."
_FOOTERS = {
    "Тэги + empty comments": "Тэги: выборы, губернаторы\nКомментарии для элемента не найдены.\n",
    "print issue": "Опубликовано в №39 (985)\nТеги: ЖКХ, тарифы\n",
    "print issue, Ukrainian": "Опубліковано в газеті № 12\n",
    "earlier stories": "Мітки: НБУ\n\nПопередні матеріали\nБюджет-2026: де уряд шукатиме гроші\n",
}


@pytest.mark.parametrize("footer", list(_FOOTERS))
@pytest.mark.parametrize("q_label", ["НГ: ", "Корр.: "])
def test_footer_ends_last_answer(footer: str, q_label: str) -> None:
    a_label = "А. Сыромятников: "
    text = (
        "Независимая газета\n\n22.04.2026 20:05:00\n\n«Фильтр для своих»\n\nИван Родин\n\n"
        "Политолог Андрей Сыромятников рассказал «НГ», почему фильтр стал непроходимым.\n\n"
        + _qa(
            q_label,
            a_label,
            ["Кому это выгодно?", "Чего ждать избирателю?"],
            ["Действующим губернаторам, разумеется.", f"Предсказуемости. {_LAST}"],
        ).rstrip("\n")
        + "\n\n"
        + _FOOTERS[footer]
    )
    turns = _turns(text)
    assert turns[-1][0] == "answer"
    assert turns[-1][2].endswith(_LAST)
