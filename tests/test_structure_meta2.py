"""Small cases for the metadata's places and dates (rounds 45–46): an AP-style town line under a
station's date line ("KENOSHA, Wis."), a page counter after the place on the date's line ("| Ковель
| Переглядів: 1 412"), the BBC's masthead reading a slash date day first, a regional site's town
over its date line or under its correspondent's byline, a district's line, a lead opening with
its town ("Тула. …"), and a municipal record's "TOWN OF …" heading; and the rubrics, sections
and headings of the same layouts, which are never a place."""

import pytest

from rhetoscope.structure.metadata import extract

_LEAD = (
    "Как областная больница закрывает кадровый дефицит в районах и почему молодые врачи снова "
    "едут в районы, мы поговорили с главным врачом."
)
_ANSWER = "Ответ: Мы работаем в {} третий год, и врачей стало больше.\n"

CASES = [
    (
        "WGTD 91.1 FM\nListen Live  |  Programs\n\nA machinist comes back to the shop floor\n\n"
        "February 24, 2025 • 6:42 AM CT\nKENOSHA, Wis.\n\nHOST: Welcome.\n",
        "2025-02-24",
        "Kenosha",
    ),
    (
        "Ковель News\nГоловна › Освіта\n\nПерше вересня з укриттям\n\n"
        "27 серпня 2025, 14:20 | Ковель | Переглядів: 1 412\n\nВедуча: Добрий день.\n",
        "2025-08-27",
        "Ковель",
    ),
    (
        "BBC Radio Lancashire\nListen Live | Schedule\n\nPhone-in: Your questions\n\n"
        "Broadcast: 06/03/2025\nBlackburn\n\nPRESENTER: Good evening.\n",
        "2025-03-06",
        "Blackburn",
    ),
    (
        "Главная / Новости / Общество\nИркутск\n14 марта 2025, 10:15\nЗаголовок статьи\n"
        + _LEAD
        + "\n"
        + _ANSWER.format("Иркутске"),
        "2025-03-14",
        "Иркутск",
    ),
    (
        "Орловская правда\nГлавная » Общество\n05.02.2025 08:40\nПолвека у доски\n"
        "Елена ТИМОХИНА\nТросна\n" + _LEAD + "\n" + _ANSWER.format("Тросне"),
        "2025-02-05",
        "Тросна",
    ),
    (
        "ТЮМЕНСКАЯ ЛИНИЯ\nНовости   Экономика   Агро\nАгро\nТатьяна Мельникова\n"
        "18 июля 2025, 09:30\n«Земля не прощает лени»\nИшимский район\n" + _LEAD + "\n",
        "2025-07-18",
        "Ишимский район",
    ),
    (
        "ТУЛЬСКИЙ ВЕСТНИК\nГлавная / Общество\n«Мы перестали ждать»\n11 февраля 2025, 09:40\n"
        "Тула. " + _LEAD + "\n" + _ANSWER.format("Туле"),
        "2025-02-11",
        "Тула",
    ),
    (
        "                 1\n 1      TOWN OF WESTBROOK, CONNECTICUT\n 2      ZONING BOARD OF "
        "APPEALS\n 3\n 4      REGULAR MEETING\n 5   Date:    Wednesday, November 20, 2024\n"
        "CHAIRMAN DeLUCA:  Next item.\n",
        "2024-11-20",
        "Westbrook",
    ),
    # A rubric over the date line, which its menu line carries, is no place.
    (
        "Главная / Новости / Город\nГород\n14 марта 2025, 10:15\nКак город чистит дворы\n"
        + _LEAD
        + "\nОтвет: Город растёт.\n",
        "2025-03-14",
        None,
    ),
    # An English page's section over its date line is no place.
    (
        "Semafor\nAfrica\nMar 20, 2025, 6:02am EDT\n\n"
        "Nigeria’s finance minister says the worst is over\n\nPriya Natarajan\n"
        "Africa Editor, Semafor\n",
        "2025-03-20",
        None,
    ),
    # A Hansard's headings under the date are no byline and no town.
    (
        "House of Commons Debates\nOFFICIAL REPORT (HANSARD)\nWednesday, October 8, 2025\n"
        "Oral Questions\nFinance\n(1415)\nHon. Karen Dolby: The Minister of Finance said so.\n",
        "2025-10-08",
        None,
    ),
    # Without the BBC's masthead an ambiguous slash date is not read.
    (
        "WXYZ Radio\nListen Live\n\nPhone-in\n\nBroadcast: 06/03/2025\n\nHOST: Hello.\n",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "date", "place"), CASES)
def test_cover_place_and_date(text: str, date: str | None, place: str | None) -> None:
    found = extract(text)
    assert found.date == date
    assert found.place == place
