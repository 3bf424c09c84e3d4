"""Small cases for batch PR (round 54): a news site's "Материал дополняется" note and a Russian
outlet's media registration line ("Certificate of registration of mass media …") are trailing
furniture; a meeting head's closing "Хорошо. Давайте … подробнее" only moves the meeting on and
stays "other" (as kremlin.ru's English "Let us now discuss … in more detail." does)."""

import pytest

from rhetoscope.structure.metadata import trailing_start
from structure_support import turn_rows

_LAST = "Т.Голикова: По инсулинам производство полностью покрывает потребность.\nСпасибо.\n"


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        (
            "Материал дополняется\nВы сообщаете — мы проверяем\nНаш телеграм\nПрямой эфир\n",
            "Спасибо.",
        ),
    ],
)
def test_story_box_and_update_note_trail(tail: str, last: str) -> None:
    text = _LAST + tail
    assert text[: trailing_start(text)].endswith(last)


def test_media_registration_line_trails() -> None:
    text = (
        "- When will the commission meet next?\n"
        "- We are planning the next meeting for the second half of the year in Kazan.\n"
        "Tags\nRussia-Malaysia relations\nBRICS\nShow more\nTASS Russian News Agency\n"
        "Certificate of registration of mass media EL No. FS77-81744 issued on 07.09.2021\n"
    )
    assert text[: trailing_start(text)].endswith("second half of the year in Kazan.")


_MEETING = (
    "Владимир Путин провёл рабочую встречу с руководителем Федеральной антимонопольной службы "
    "Максимом Шаскольским.\n"
    "В.Путин: Максим Алексеевич, добрый день! Какие основные направления?\n"
    "М.Шаскольский: Уважаемый Владимир Владимирович! В прошлом году мы возбудили более "
    "двух тысяч дел.\n"
    "В.Путин: А что с топливом?\n"
    "М.Шаскольский: Ситуация на оптовом рынке сейчас стабильная, мы следим.\n"
    "В.Путин: {close}\n"
    "<…>\n"
)


@pytest.mark.parametrize(
    ("close", "label"),
    [
        ("Хорошо. Давайте по каждому из этих направлений подробнее.", "other"),
        ("Хорошо. Давайте посмотрим документы.", "other"),
    ],
)
def test_lets_go_into_detail_moves_on(close: str, label: str) -> None:
    rows = turn_rows(_MEETING.format(close=close))
    assert rows[-1][0] == label
