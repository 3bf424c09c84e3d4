"""Russian and Ukrainian press interviews (round 36): one-line exchanges with the question
dashed in bold, heading questions that lost their "?", a closing quick-fire round, a first
question labelled by the interviewer's surname in capitals, a couple under a Ukrainian plural
surname, capitals questions, a visit lead, an initials label on the first answer."""

from __future__ import annotations

import pytest

from rhetoscope.structure.furniture import _READ_ALSO
from rhetoscope.structure.header import _lead_people_ru
from rhetoscope.structure.naming import _plural_couple
from rhetoscope.structure.turns import analyse


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    return [(t.label, t.attrs.get("speaker"), text[t.start : t.end]) for t in analyse(text).turns]


def test_dashed_bold_lines_without_question_mark() -> None:
    text = (
        "Губернские вести\n\n«Мы откроем три школы»\n\n"
        "О планах рассказал министр образования области Павел Зуев.\n\n"
        "**— Павел Сергеевич, сколько школ откроется в этом году?** — Три. Две в городе.\n\n"
        "**— Родители жалуются на очереди в сады** — Очереди есть, мы их сокращаем.\n\n"
        "**— Понятно.** — И ещё: строим два новых сада.\n\n"
        "**— Когда они откроются?** — Осенью.\n\n"
        "Беседовала Анна Крылова\n"
    )
    turns = _turns(text)
    assert ("question", "Анна Крылова", "Родители жалуются на очереди в сады") in turns
    assert ("other", "Анна Крылова", "Понятно.") in turns
    assert ("answer", "Павел Зуев", "Очереди есть, мы их сокращаем.") in turns
    assert ("answer", "Павел Зуев", "Осенью.") in turns


def test_heading_questions_and_quick_fire_round() -> None:
    text = (
        "Северные вести\n\nКак живёт лесничий\n\n"
        "Мы побывали в гостях у Ирины Беловой — лесничей Пуровского района.\n\n"
        "### Как вы попали в лес?\n\nСлучайно. Искала работу с жильём.\n\n"
        "### С чем приходится сталкиваться чаще всего\n\nС пожарами и браконьерами.\n\n"
        "### Блиц\n\n— Зима или лето?\n— Зима.\n— Кофе или чай?\n— Чай.\n"
    )
    turns = _turns(text)
    assert ("question", None, "С чем приходится сталкиваться чаще всего") in turns
    assert ("answer", "Ирина Белова", "С пожарами и браконьерами.") in turns
    assert ("question", None, "Кофе или чай?") in turns
    assert ("answer", "Ирина Белова", "Чай.") in turns


def test_caps_surname_labels_first_question_only() -> None:
    text = (
        "Волжская газета\n\nТекст: Ольга Миронова\n\n"
        "В город приехал профессор Сергей Лавров, специалист по почвам.\n\n"
        "МИРОНОВА: Сергей Петрович, почему мелеют реки?\n"
        "– Из-за правил работы водохранилищ.\n"
        "– Кто должен их менять?\n"
        "– Ведомства вместе с энергетиками.\n"
        "– Вы оптимист?\n"
        "– Я учёный.\n"
    )
    turns = _turns(text)
    assert turns[0] == ("question", "Ольга Миронова", "Сергей Петрович, почему мелеют реки?")
    assert turns[1][:2] == ("answer", "Сергей Лавров")


@pytest.mark.parametrize(
    ("g", "g2", "sur", "want"),
    [
        ("Андрій", "Олена", "Бондаренки", ["Андрій Бондаренко", "Олена Бондаренко"]),
        ("Петро", "Ганна", "Шевчуки", ["Петро Шевчук", "Ганна Шевчук"]),
        ("Наталья", "Игорь", "Ветровы", ["Наталья Ветрова", "Игорь Ветров"]),
    ],
)
def test_plural_couple(g: str, g2: str, sur: str, want: list[str]) -> None:
    couple = _plural_couple(g, g2, sur)
    assert couple is not None
    assert [n.display() for n in couple] == want


def test_caps_questions_between_couple_labels() -> None:
    text = (
        "Полтавські новини\n\nПасіка без кредитів\n\n"
        "Петро та Ганна Шевчуки переїхали в село. Тепер у них сто вуликів.\n\n"
        "ЧОМУ САМЕ БДЖОЛИ?\n\n**Петро:** Бо це тихе господарство.\n\n"
        "**Ганна:** А ще я люблю мед.\n\n"
        "ХТО КУПУЄ ВАШ МЕД\n\n**Ганна:** Ресторани й сусіди.\n\n"
        "ЯКІ ПЛАНИ?\n\n**Петро:** Розширюватися.\n"
    )
    turns = _turns(text)
    assert ("question", None, "ХТО КУПУЄ ВАШ МЕД") in turns
    assert ("answer", "Ганна Шевчук", "Ресторани й сусіди.") in turns
    assert ("answer", "Петро Шевчук", "Розширюватися.") in turns


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        ("Мы побывали в гостях у Натальи Коваль — фельдшера.", "Наталья Коваль"),
        ("Мы побывали в гостях у фермера Ивана Петрова.", "Иван Петров"),
    ],
)
def test_visit_lead_names_interviewee(lead: str, want: str) -> None:
    assert want in [n.display() for k, n in _lead_people_ru(lead) if k == "interview with"]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Реклама · Спортивне харчування зі знижкою до −20%", True),
        ("Реклама", True),
        ("Реклама на сайті коштує дорого, каже він.", False),
    ],
)
def test_ad_slot_with_teaser(line: str, furniture: bool) -> None:
    assert (_READ_ALSO.fullmatch(line) is not None) is furniture


def test_initials_label_on_first_answer() -> None:
    text = (
        "Черкаські вісті\n\nІнтерв'ю\n\n"
        "Ми поговорили з Оксаною Лисенко — координаторкою центру.\n\n"
        "**— Оксано, скільки людей звертається?**\n\nО. Л.: Щотижня шістсот родин.\n\n"
        "**— Звідки продукти?**\n\n- Від підприємців.\n\n"
        "**— Чого бракує?**\n\n- Приміщення.\n\nРозмовляв Ігор Савчук\n"
    )
    turns = _turns(text)
    assert ("answer", "Оксана Лисенко", "Щотижня шістсот родин.") in turns
