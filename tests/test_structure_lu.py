"""Small cases for batch LU (kremlin.ru, government.ru, RBC, Kommersant, president.gov.ua,
Ukrainska Pravda, Sky, mid.ru English): at a working meeting with no interviewer a remark that
the one who has just spoken takes up next with a yes or a no ("Да, были.", "Так точно, …") was
put to them, a question; president.gov.ua's town on a line of its own under the lead, right
over the first label, is the place."""

import pytest

from structure_support import run, turn_rows

_MEETING = (
    "Президент России\n"
    "Встреча с губернатором Курганской области Вадимом Шумковым\n\n"
    "Владимир Путин провёл рабочую встречу с губернатором Курганской области Вадимом "
    "Шумковым.\n\n"
    "15 апреля 2025 года\n"
    "Москва, Кремль\n\n"
    "В.Путин: Вадим Михайлович, как идёт восстановление жилья после паводка?\n\n"
    "В.Шумков: Уважаемый Владимир Владимирович! Все выплаты произведены в полном объёме, "
    "семьи получили сертификаты и приобрели квартиры.\n\n"
    "В.Путин: Вы сказали про отопительный сезон. В прошлую зиму были аварии в Шадринске.\n\n"
    "В.Шумков: {reply} Сейчас заменяем 48 километров сетей. К 1 сентября всё будет "
    "сделано.\n\n"
    "В.Путин: А дороги? Жалобы от жителей на трассу приходят регулярно.\n\n"
    "В.Шумков: В этом году ремонтируем 86 километров этой трассы, контракты заключены.\n"
)


@pytest.mark.parametrize(
    ("reply", "remark", "answer"),
    [
        ("Да, были.", "question", "answer"),
        ("Так точно, Владимир Владимирович.", "question", "answer"),
        ("Нет, это было в прошлом году.", "question", "answer"),
        # (a report that takes up no yes or no: the remark stays a statement)
        ("Этим летом", "statement", None),
        ("Даже сейчас", "statement", None),
    ],
)
def test_yes_or_no_takes_up_the_remark(reply: str, remark: str, answer: str | None) -> None:
    rows = [r for r in turn_rows(_MEETING.format(reply=reply)) if r[1] is not None]
    assert rows[2][:2] == (remark, "Владимир Путин")
    if answer is not None:
        assert rows[3][:2] == (answer, "Вадим Шумков")


_PRESIDENT = (
    "Офіційне інтернет-представництво Президента України\n"
    "Головна / Новини / Виступи\n\n"
    "Володимир Зеленський поспілкувався з представниками ЗМІ під час робочої поїздки\n\n"
    "11 квітня 2025 - 18:20\n\n"
    "{lead}\n\n"
    "{town}\n\n"
    "Питання: Доброго дня, пане Президенте. Суспільне Ужгород, Марія Гайдош. Про що "
    "домовилися?\n\n"
    "Президент: Дякую. Зустріч була конструктивна. Ми говорили про інвестиції.\n\n"
    "Питання: А коли ви очікуєте відкриття першого кластера?\n\n"
    "Президент: Я вважаю, що технічно Україна готова.\n"
)


@pytest.mark.parametrize(
    ("lead", "town", "place"),
    [
        (
            "Президент України Володимир Зеленський під час робочої поїздки до Закарпатської "
            "області відповів на запитання журналістів.",
            "Ужгород",
            "Ужгород",
        ),
        # (a longer lead, the town still right under it)
        (
            "Президент України Володимир Зеленський під час робочої поїздки до Закарпатської "
            "області поспілкувався з представниками засобів масової інформації та відповів на "
            "їхні запитання.",
            "Ужгород",
            "Ужгород",
        ),
        # (a word the text never names again is no town)
        (
            "Президент України Володимир Зеленський під час робочої поїздки до Закарпатської "
            "області відповів на запитання журналістів.",
            "Мукачево",
            None,
        ),
    ],
)
def test_town_line_under_the_lead(lead: str, town: str, place: str | None) -> None:
    assert run(_PRESIDENT.format(lead=lead, town=town)).meta.place == place
