"""Small cases for the JD fixer: a bold lead that says who gave the agency an "exclusive
interview" names the answerer of the bold questions under it (and is no part of the first
question); a bare photo credit flush under an answer and the editor's "Нагадаємо, у <month> …"
under the last one are the page's; the Rada prints a deputy's seat in brackets straight after
the label ("ГОНЧАРЕНКО О.О. (… виборчий округ, …). Дякую."); a stenogram's long "Стенограму
підготував …" credit and a lone "Видео" player tab under the last turn are trailing."""

import pytest

from rhetoscope.structure.furniture import opens_earlier_story
from structure_support import spoken_rows, turn_rows

_BOLD = (
    "Агентство\n\n14.11.2025 10:15\n\n"
    "Олег Кравченко: Без нових станцій південь залишиться без води\n\n"
    "**Голова Державного агентства водних ресурсів України Олег Кравченко {told} агентству "
    "«Інтерфакс-Україна» розповів про стан зрошувальних систем після руйнування ГЕС, плани з "
    "відновлення каналів і про те, скільки це коштуватиме для держави.**\n\n"
    "**Пане Олеже, яка площа зрошення на півдні зараз фактично працює?**\n\n"
    "Сьогодні від водосховища не поливається практично нічого. Частину площ ми перевели.\n\n"
    "**Скільки коштує такий проєкт?**\n\n"
    "За попередніми оцінками, близько 4,5 млрд грн на першу чергу. Донори готові.\n"
    "Фото: Держводагентство\n\n"
    "**Коли південь отримає воду?**\n\n"
    "Не раніше ніж через п'ять-сім років після деокупації. Але чекати не будемо.\n\n"
    "Нагадаємо, у жовтні Кабінет міністрів схвалив Стратегію зрошення до 2030 року.\n"
)


@pytest.mark.parametrize("told", ["в ексклюзивному інтерв'ю", "в інтерв'ю"])
def test_bold_lead_names_answerer_and_stays_header(told: str) -> None:
    rows = spoken_rows(_BOLD.format(told=told))
    assert [(r[0], r[1]) for r in rows] == [
        ("question", "Інтерфакс-Україна"),  # the header's outlet (session 30)
        ("answer", "Олег Кравченко"),
    ] * 3
    assert rows[0][2].startswith("Пане Олеже")
    assert rows[3][2].endswith("Донори готові.")
    assert rows[5][2].endswith("чекати не будемо.")


@pytest.mark.parametrize(
    ("para", "want"),
    [
        ("Нагадаємо, у жовтні Кабінет міністрів схвалив Стратегію зрошення.", True),
        ("Напомним, в марте правительство утвердило программу.", True),
        # a month but no past verb in reach: no pointer
        ("Нагадаємо, у жовтні буде ще одна нарада щодо тарифів і цін.", False),
    ],
)
def test_reminder_by_month(para: str, want: bool) -> None:
    assert opens_earlier_story(para, 0) is want


_RADA = (
    "ЗАСІДАННЯ ДРУГЕ\n18 вересня 2025 року, 10 година\n\n"
    "Веде засідання Голова Верховної Ради України СТЕФАНЧУК Р.О.\n\n"
    "ГОЛОВУЮЧИЙ. Шановні колеги, слово для запитання. Гончаренко Олексій Олексійович.\n\n"
    "ГОНЧАРЕНКО О.О. ({seat}). Дякую. Навіщо лізти в кишеню людям?\n\n"
    "ГЕТМАНЦЕВ Д.О. Дякую за запитання. Бабуся нічого платити не буде.\n\n"
    "ГОЛОВУЮЧИЙ. Переходимо до наступного питання порядку денного.\n\n"
    "Стенограму підготував відділ стенографічного забезпечення Управління документального "
    "забезпечення Апарату Верховної Ради України\n"
)


@pytest.mark.parametrize(
    "seat",
    [
        "загальнодержавний багатомандатний виборчий округ, політична партія "
        '"Європейська солідарність"',
        "виборчий округ № 216, м. Київ",
    ],
)
def test_rada_seat_bracket_is_label(seat: str) -> None:
    rows = turn_rows(_RADA.format(seat=seat))
    asked = [r for r in rows if r[1] == "Олексій Гончаренко"]
    assert [r[2] for r in asked] == ["Дякую. Навіщо лізти в кишеню людям?"]
    assert rows[-1][2] == "Переходимо до наступного питання порядку денного."


def test_video_tab_trailing() -> None:
    text = (
        "Интервью Марата Хуснуллина телеканалу «Россия 24»\n\n20 декабря 2025\n\n"
        "Вопрос: Марат Шакирзянович, как прошёл год?\n\n"
        "М.Хуснуллин: Год был непростым, но прогнозы по вводу жилья мы выполнили.\n\n"
        "Вопрос: Спасибо за интервью.\n\nМ.Хуснуллин: Спасибо.\n\n"
        "Видео\nИнтервью Марата Хуснуллина телеканалу «Россия 24»\n\n"
        "Рубрики: Строительство\n"
    )
    assert turn_rows(text)[-1][2] == "Спасибо."
