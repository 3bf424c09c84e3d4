"""Small cases for batch RA RC (final check G): an editor's reminder under the last answer that
dates the news by month and year ("Нагадаємо, у березні 2025 року …"); a pointer to the full
interview with no verb ("Полная версия интервью – в видео."); a paragraph opened by the given
name and patronymic of the one addressed, then a clause ("Иван Петрович, есть просьба: …"),
is the speaker's own words, not a label; an outlet label's thanks to the guest by full name
("RT: Peter Huber, thank you very much.") asks nothing."""

import pytest

from structure_support import turn_rows

_DASH = (
    "Суспільне Новини\n"
    "Вчений про експедицію: «Ми працюємо на межі можливостей»\n"
    "12 лютого 2026, 10:15\n"
    "Автор: Петро Коваль\n"
    "\n"
    "Геофізик Андрій Мельник розповів Суспільному про зимівлю.\n"
    "\n"
    "— Як минула зимівля?\n"
    "\n"
    "— Складно, але цікаво. Ми зібрали багато даних.\n"
    "\n"
    "— Чи поїдете ви знову?\n"
    "\n"
    "— Так, я вже подав заявку. Наука не чекає.\n"
    "\n"
    "{tail}\n"
    "\n"
    "Теги: наука, Антарктида\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Нагадаємо, у березні 2025 року на станцію «Академік Вернадський» прибула 30-та "
        "експедиція.",
        "Нагадаємо, у грудні 2025 року до станції «Академік Вернадський» вирушила 31-ша "
        "експедиція.",
    ],
)
def test_reminder_by_month_and_year_is_the_pages(tail: str) -> None:
    rows = turn_rows(_DASH.format(tail=tail))
    assert rows[-1][2].rstrip().endswith("Наука не чекає.")


_LABELS = (
    "Радио Свобода\n"
    "«Бюджет трещит по швам»: экономист о дефиците\n"
    "14 января 2026\n"
    "Олег Петров\n"
    "\n"
    "Экономист Сергей Ивлев рассказал о бюджете.\n"
    "\n"
    "Олег Петров: Насколько велик дефицит?\n"
    "\n"
    "Сергей Ивлев: Он больше, чем признаёт Минфин.\n"
    "\n"
    "Олег Петров: Спасибо, Сергей.\n"
    "\n"
    "{tail}\n"
    "\n"
    "Смотрите также\n"
    "Рубль в январе: прогноз\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Полная версия интервью – в видео.",
        "Полная версия беседы — на нашем YouTube-канале.",
    ],
)
def test_full_version_pointer_without_verb_is_the_pages(tail: str) -> None:
    rows = turn_rows(_LABELS.format(tail=tail))
    assert rows[-1][2].strip() == "Спасибо, Сергей."


_MEETING = (
    "Встреча Михаила Мишустина с губернатором Тверской области Игорем Руденей\n"
    "\n"
    "М.Мишустин: Игорь Михайлович, как идёт подготовка к зиме?\n"
    "\n"
    "И.Руденя: Подготовка идёт по графику. Мы заменили 30 км сетей.\n"
    "\n"
    "{opening} рассмотреть возможность поддержки строительства новой котельной.\n"
    "\n"
    "М.Мишустин: Подготовьте, пожалуйста, обращение.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "Михаил Владимирович, есть просьба:",
        "Михаил Владимирович, у нас просьба:",
        "Михаил Владимирович, разрешите обратиться с просьбой:",
    ],
)
def test_patronymic_address_opening_a_paragraph_is_no_label(opening: str) -> None:
    rows = [r for r in turn_rows(_MEETING.format(opening=opening)) if r[1]]
    speakers = [spk for _, spk, _ in rows]
    assert speakers == ["Михаил Мишустин", "Игорь Руденя", "Михаил Мишустин"]
    assert "котельной" in rows[1][2]


_OUTLET = (
    "RT\n"
    "'Austria must stay neutral': former diplomat speaks to RT\n"
    "Published: 3 Feb, 2026 10:00\n"
    "\n"
    "RT's Anna Volkova spoke with former Austrian diplomat Peter Huber about neutrality.\n"
    "\n"
    "RT: Is Austrian neutrality still relevant?\n"
    "\n"
    "Huber: It is more relevant than ever. Small states need it.\n"
    "\n"
    "RT: {thanks}\n"
    "\n"
    "Huber: Thank you.\n"
)


@pytest.mark.parametrize(
    "thanks",
    [
        "Peter Huber, thank you very much.",
        "Peter Huber, thanks.",
        "Peter Huber, thank you so much.",
    ],
)
def test_outlet_label_thanks_by_name_is_other(thanks: str) -> None:
    rows = [r for r in turn_rows(_OUTLET.format(thanks=thanks)) if r[1]]
    assert [lab for lab, _, _ in rows] == ["question", "answer", "other", "answer"]
