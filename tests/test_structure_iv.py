"""Small cases for the IV fixer (round 45): an office's capitalised genitive before a quote
headline's name is no given name; a title saying the labelled person addressed the public gives
them the unlabelled address; a man's dative name and patronymic complete an initials label; a
chair's first "Слово …" is a hand-off; a section's rubric links and a counted comments box close
the text; a host's cue for a recording asks no one; "Нагадаємо, …" with a date under the last
turn is the editor's; a head of state's last word that thanks closes a meeting; Ukrinform's
byline block gives the town."""

import pytest

from rhetoscope.structure.furniture import opens_earlier_story
from rhetoscope.structure.header import _quote_headline
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _initials_named
from rhetoscope.structure.roles import _asks
from rhetoscope.structure.speakers import Name
from structure_support import run, turn_rows


@pytest.mark.parametrize(
    ("headline", "given"),
    [
        ("Глава Росавиации Дмитрий Ядров: самолеты МС-21 начнут летать в 2026 году", ("Дмитрий",)),
        ("Мэр Москвы Сергей Собянин: метро откроется в срок", ("Сергей",)),
    ],
)
def test_office_genitive_not_given(headline: str, given: tuple[str, ...]) -> None:
    header = f"ТАСС\nИнтервью\n4 сен 2025, 08:00\n{headline}\nТекст лида.\n"
    name = _quote_headline(header)
    assert name is not None and name.given == given


_ADDRESS = (
    "Головна / Новини / Звернення\n"
    "{title}\n"
    "22 вересня 2025 - 21:47\n"
    "Бажаю здоров'я, українці!\n\n"
    "Сьогодні був дуже насичений день. Провів нараду щодо енергетики, і ми готуємося до зими.\n\n"
    "Слава Україні!\n\n"
    "Відповіді на запитання журналістів:\n"
    "Журналіст: Чи буде додаткове фінансування для громад?\n\n"
    "Володимир Зеленський: Так. Уряд уже готує рішення для прифронтових громад.\n\n"
    "Журналістка: Які очікування від засідання Ради Безпеки ООН?\n\n"
    "Володимир Зеленський: Очікування невеликі, але ми будемо говорити про дітей.\n"
)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        (
            "Володимир Зеленський звернувся до українців і відповів на запитання журналістів",
            "Володимир Зеленський",
        ),
        ("Відповіді на запитання журналістів після наради", None),
    ],
)
def test_titled_address_speaker(title: str, speaker: str | None) -> None:
    rows = turn_rows(_ADDRESS.format(title=title))
    assert rows[0][2].startswith("Бажаю здоров'я")
    assert rows[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Слово Министру финансов Антону Германовичу Силуанову. Пожалуйста.", "Антон Силуанов"),
        ("Слово Министру финансов Антону Германовичу Петрову. Пожалуйста.", None),
    ],
)
def test_dative_patronymic_completes_initials(text: str, full: str | None) -> None:
    assert _initials_named(Name(("А",), "Силуанов", None, False), text) == full


_CABINET = (
    "Заседание Правительства\n"
    "18 сентября 2025\n"
    "Из стенограммы:\n"
    "М.Мишустин: {call}\n\n"
    "А.Силуанов: Уважаемый Михаил Владимирович! Проект бюджета сформирован на базе прогноза.\n\n"
    "М.Мишустин: Спасибо. Сергей Евгеньевич Цивилёв, пожалуйста, об отопительном сезоне.\n\n"
    "С.Цивилёв: Уважаемый Михаил Владимирович! Отопительный сезон начался в 71 регионе.\n\n"
    "М.Мишустин: Спасибо. Коллеги, прошу обеспечить бесперебойное теплоснабжение.\n"
)


@pytest.mark.parametrize(
    ("call", "label"),
    [
        ("Слово Министру финансов Антону Германовичу Силуанову. Пожалуйста.", "other"),
        ("Бюджет на три года сохраняет социальную направленность, это главное.", "statement"),
    ],
)
def test_chair_first_floor_call(call: str, label: str) -> None:
    rows = turn_rows(_CABINET.format(call=call))
    assert rows[0][:2] == (label, "Михаил Мишустин")


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Бюджетная политика\nТопливно-энергетический комплекс\nВсе новости раздела\n", True),
        ("Форум\nКомментарии 38\nЧтобы оставить комментарий, войдите\n", True),
        ("Бюджетная политика\nТопливно-энергетический комплекс\n", False),
    ],
)
def test_closing_furniture(tail: str, cut: bool) -> None:
    text = (
        "А.Силуанов: Уважаемый Михаил Владимирович! Доходы федерального бюджета в следующем году "
        "вырастут, ненефтегазовые доходы растут опережающими темпами, расходы сбалансированы.\n\n"
        "М.Мишустин: Спасибо. Проект бюджета одобряем, внести его в Думу.\n" + tail
    )
    end = trailing_start(text)
    assert (text[:end].rstrip().endswith("в Думу.")) is cut


@pytest.mark.parametrize(
    ("body", "answered", "asks"),
    [
        ("Давайте послушаем, что думают об этом люди на улицах Москвы.", False, False),
        ("Давайте поговорим о регионах.", True, True),
    ],
)
def test_clip_cue(body: str, answered: bool, asks: bool) -> None:
    assert _asks(body, "Михаил Соколов", answered=answered) is asks


@pytest.mark.parametrize(
    ("paragraph", "editors"),
    [
        ("Нагадаємо, наступний матч збірна України проведе 13 жовтня в Кракові.", True),
        ("Нагадаємо, що команда грала добре, і ми цим задоволені.", False),
    ],
)
def test_recall_with_date(paragraph: str, editors: bool) -> None:
    assert opens_earlier_story(paragraph, 0) is editors


_MEETING = (
    "Разговор с губернатором Томской области Владимиром Мазуром\n"
    "Владимир Путин провёл рабочую встречу с губернатором Томской области Владимиром Мазуром.\n"
    "14 октября 2025 года\n"
    "В.Путин: Владимир Владимирович, добрый день. Как идут дела?\n\n"
    "В.Мазур: Уважаемый Владимир Владимирович! Ситуация стабильная, промышленность растёт.\n\n"
    "В.Путин: А что с газификацией? Темпы какие?\n\n"
    "В.Мазур: В рамках догазификации заключено более 9 тысяч договоров.\n\n"
    "В.Путин: {last}\n\n"
    "В.Мазур: Спасибо большое, Владимир Владимирович.\n"
)


@pytest.mark.parametrize(
    ("last", "label"),
    [
        ("Хорошо, посмотрим вместе с «Газпромом» и Правительством. Спасибо.", "other"),
        ("Хорошо. Прошу вас вместе с «Газпромом» проработать это. Спасибо.", "statement"),
    ],
)
def test_meeting_closing_thanks(last: str, label: str) -> None:
    rows = turn_rows(_MEETING.format(last=last))
    assert [r[0] for r in rows if r[1] == "Владимир Путин"][-1] == label


@pytest.mark.parametrize(
    ("above", "place"),
    [("Ірина Ковальчук", "Київ"), ("Жнива почалися раніше, ніж торік.", None)],
)
def test_byline_place(above: str, place: str | None) -> None:
    text = (
        "Укрінформ\nГоловна › Економіка › Інтерв'ю\n"
        "Експорт зерна буде не меншим, ніж торік\n"
        f"{above}\nКиїв\n16.07.2025 10:00\n"
        "Жнива стартували на тлі обстрілів портової інфраструктури Одещини.\n\n"
        "Укрінформ: Який урожай очікуєте цього року?\n\n"
        "Тарас Дуднік: Близько 57 мільйонів тонн зернових загалом.\n"
    )
    assert run(text).meta.to_dict().get("place") == place
