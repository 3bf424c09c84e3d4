"""Ukrainian dative surnames, and a meeting head's calls between reports (round 39, batch HM)."""

import pytest

from rhetoscope.structure.speakers import dative_surname
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [
        ("Тарасенку", "Тарасенко"),  # "розповів ведучому Олексію Тарасенку"
        ("Коваленкові", "Коваленко"),
        ("Мельникові", "Мельник"),
        ("Гайдуку", "Гайдук"),  # a consonant stem keeps its plain "-у" rule
        ("Гудимі", "Гудима"),
        ("Голові", "Голова"),  # a short "-ові" is a noun's "-а"
    ],
)
def test_dative_surname(dative: str, nominative: str) -> None:
    assert dative_surname(dative) == nominative


def test_host_named_in_dative() -> None:
    text = (
        "Представник ГУР Андрій Юсов в ефірі Радіо НВ розповів ведучому Олексію Тарасенку "
        "про нові типи дронів.\n\n"
        "Ведучий: Пане Андрію, вітаю вас в ефірі.\n\n"
        "Андрій Юсов: Доброго вечора.\n\n"
        "Ведучий: Що змінилося в дронах противника?\n\n"
        "Юсов: Змінилося кілька речей.\n"
    )
    speakers = {t.attrs.get("speaker") for t in analyse(text).turns}
    assert "Олексій Тарасенко" in speakers


def test_meeting_call_between_reports() -> None:
    text = (
        "Совещание о ходе паводкового сезона\n\n"
        "Владимир Путин в режиме видеоконференции провёл совещание о ходе паводкового сезона.\n\n"
        "В совещании приняли участие Министр по чрезвычайным ситуациям Александр Куренков, "
        "губернатор Тюменской области Александр Моор.\n\n"
        "В.Путин: Добрый день, уважаемые коллеги! Сегодня обсудим ход паводкового сезона. Вода "
        "идёт позже обычного, но объёмы в ряде регионов сопоставимы с прошлогодними. Прошу "
        "доложить, что сделано, чтобы не повторить ошибок прошлого года, когда людям месяцами "
        "не могли выплатить компенсации. Пожалуйста, Александр Вячеславович.\n\n"
        "А.Куренков: Уважаемый Владимир Владимирович! Режим чрезвычайной ситуации введён в "
        "шести субъектах. Доклад окончен.\n\n"
        "В.Путин: Сколько домов придётся признать непригодными?\n\n"
        "А.Куренков: Не более трёхсот, Владимир Владимирович.\n\n"
        "В.Путин: Хорошо. Тюменская область, пожалуйста. Александр Викторович.\n\n"
        "А.Моор: Уважаемый Владимир Владимирович! Пик паводка ожидаем в начале мая. Доклад "
        "окончен.\n\n"
        "В.Путин: А с выплатами не будет задержек?\n\n"
        "А.Моор: Нет, Владимир Владимирович.\n"
    )
    turns = analyse(text).turns
    call = next(t for t in turns if text[t.start : t.end].startswith("Хорошо. Тюменская"))
    assert call.label == "other"  # the call asks nothing
    report = next(t for t in turns if t.attrs.get("speaker") == "Александр Моор")
    assert report.label == "statement"  # the report it calls answers no question
