"""Small cases for batch MF (Ukrinform English, the Kyiv Independent, RIA, LIGA.net): a page's
bookmark button beside its comments link ("Добавить в избранное  Комментарии") under a tags row
trails; a journalist's box ("Марія Кравченко" / "Журналістка LIGA.net, пише про …") trails; a
reporter's signed membership pitch ("Note from the author:" / "… consider becoming a member of
…") trails; an outlet that "spoke with Deputy Energy Minister Oleksandr Hrebin" after a sentence
names him in full, his post before the name; the one Latin author over a CMS's numeric stamp
("Iryna Dovzhenko" / "14.03.2025 12:40") asks for the outlet's label."""

import pytest

from structure_support import turn_rows

_RIA = (
    "РИА Новости\n"
    "Денисов: резерв не торгует на бирже\n"
    "МОСКВА, 18 фев — РИА Новости. О северном завозе рассказал в интервью РИА Новости "
    "глава Росрезерва Алексей Денисов. Беседовала Ольга Лапина.\n\n"
    "— Алексей Викторович, все ли регионы получили топливо?\n\n"
    "— Да, все заявки регионов выполнены.\n\n"
    "— Может ли Росрезерв сбить цены на бензин?\n\n"
    "— Это не наша функция. Рыночные колебания регулируются другими инструментами.\n\n"
    "{tail}"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Экономика  Россия  Росрезерв  Северный завоз  Арктика\n"
        "Добавить в избранное  Комментарии\n",
        "Добавить в избранное  Комментарии (14)\n",
        "Экономика  Россия  Росрезерв\nДобавить в избранное\n",
        "",
    ],
)
def test_bookmark_button_row_trails(tail: str) -> None:
    rows = turn_rows(_RIA.format(tail=tail))
    assert rows[-1][0] == "answer"
    assert rows[-1][2].endswith("другими инструментами.")


_LIGA = (
    "LIGA.net\n"
    "Бізнес\n"
    '"Ціни на борошно не зростуть". Гендиректор агрохолдингу про експорт\n'
    "Марія Кравченко\n"
    "14 березня 2025, 08:00\n\n"
    "Генеральний директор компанії Олег Бондарчук в інтерв'ю LIGA.net розповів, як працює "
    "морський коридор.\n\n"
    "**Олеже, як компанія пройшла зиму?**\n\n"
    "Приблизно 80% урожаю ми вже продали.\n\n"
    "**Які плани на посівну?**\n\n"
    "Зменшуємо соняшник на 3 000 га на користь сої. Дрони для внесення добрив.\n\n"
    "{box}"
    "Читайте LIGA.net у Telegram: тільки важливі новини\n"
)


@pytest.mark.parametrize(
    "box",
    [
        "Марія Кравченко\nЖурналістка LIGA.net, пише про аграрний ринок і логістику\n\n",
        "Марія Кравченко\nОглядачка LIGA.net\n\n",
        "",
    ],
)
def test_journalist_box_trails(box: str) -> None:
    rows = turn_rows(_LIGA.format(box=box))
    assert rows[-1][:2] == ("answer", "Олег Бондарчук")
    assert rows[-1][2].endswith("Дрони для внесення добрив.")


_KI = (
    "The Kyiv Independent\n"
    "Business\n"
    "'We buy whatever transformers we can find' — deputy minister on next winter\n"
    "by Dmytro Basmat\n"
    "March 6, 2025 6:18 PM\n\n"
    "Russia has struck Ukraine's gas production more than a dozen times since December. "
    "The Kyiv Independent spoke with Deputy Energy Minister Oleksandr Hrebin about equipment "
    "imports.\n\n"
    "**Will there be scheduled blackouts in the summer?**\n\n"
    "We cannot rule out short outages in the evening peak.\n\n"
    "**Is there any chance of lowering electricity prices?**\n\n"
    "Not this year. The current tariff covers only part of the real cost.\n\n"
    "{note}"
)


@pytest.mark.parametrize(
    "note",
    [
        "Note from the author:\n\nHi, this is Dmytro Basmat, I cover Ukraine's energy sector. "
        "Thank you for reading. If you value independent reporting from Ukraine, consider "
        "becoming a member of the Kyiv Independent.\n\nBecome a member\n",
        "",
    ],
)
def test_outlet_spoke_with_posted_name_and_author_pitch(note: str) -> None:
    rows = turn_rows(_KI.format(note=note))
    assert [r[:2] for r in rows] == [
        ("question", "Dmytro Basmat"),
        ("answer", "Oleksandr Hrebin"),
    ] * 2
    assert rows[-1][2].endswith("part of the real cost.")


_UKRINFORM = (
    "Ukrinform\n"
    "Interviews\n"
    "Deputy Economy Minister Marchenko: We expect the tranche before the summer\n"
    "Iryna Dovzhenko\n"
    "{stamp}\n\n"
    "Deputy Minister of Economy of Ukraine Taras Marchenko told Ukrinform what has been done.\n\n"
    "Ukrinform: Mr. Marchenko, how many indicators has Ukraine met?\n\n"
    "Marchenko: Out of the twelve indicators we have fully met nine.\n\n"
    "Ukrinform: When do you expect the money?\n\n"
    "Marchenko: Before the summer.\n"
)


@pytest.mark.parametrize(
    ("stamp", "asker"),
    [
        ("14.03.2025 12:40", "Iryna Dovzhenko"),
        ("14.03.2025, 12:40", "Iryna Dovzhenko"),
    ],
)
def test_latin_author_over_numeric_stamp_asks_for_outlet(stamp: str, asker: str) -> None:
    rows = [r for r in turn_rows(_UKRINFORM.format(stamp=stamp)) if r[0] != "other"]
    assert [r[:2] for r in rows] == [("question", asker), ("answer", "Taras Marchenko")] * 2
