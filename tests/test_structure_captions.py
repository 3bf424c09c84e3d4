"""Caption-track pastes (">> NAME:") and a radio show's seated studio guest."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

_YOUTUBE = (
    "Host Priya Raman sits down with Dr. Tomas Ekberg. Our producer Sam reads your questions.\n"
    "Transcript\n0:06\n>> PRIYA: welcome back, I'm\n0:09\nPriya Raman. Tomas, do heat pumps\n"
    "0:14\nstop working below freezing?\n0:19\n>> TOMAS: no, and I hear this one every\n0:22\n"
    "week. most new houses have one.\n0:34\n>> PRIYA: okay but Norway has cheap\n0:36\n"
    "electricity, right?\n0:41\n>> TOMAS: that's the fair question. it\n0:44\ndepends.\n"
    "1:12\n>> SAM: we've got a question from the\n1:14\ncomments: do I need a furnace?\n"
    "1:21\n>> TOMAS: keep some backup, yes.\n"
)
_RADIO = (
    "Радио › Программы › Вечерний разговор\n"
    "Вечерний разговор: как сохранить сердце здоровым\n5 марта 2026, 19:05\n\n"
    "Ведущая – Марина Остапенко. В студии – врач-кардиолог Дмитрий Лебедев.\n\n"
    "ВЕДУЩАЯ: Добрый вечер, это «Вечерний разговор». Когда проверять сердце?\n\n"
    "ГОСТЬ: Добрый вечер. С двадцати лет.\n\n"
    "ВЕДУЩАЯ: А кофе вреден?\n\n"
    "ГОСТЬ: Нет, две чашки не вредны.\n"
    "\nВЕДУЩАЯ: У нас звонок. На линии Виктор из Тольятти. Виктор, здравствуйте.\n\n"
    "СЛУШАТЕЛЬ: Здравствуйте. Отец бросил пить лекарства, как его убедить?\n\n"
    "ГОСТЬ: Виктор, сходите к врачу вместе.\n"
)

_TELEMIST = (
    "Головна › Програми › Телеміст\n"
    "Телеміст: як міста готуються до зими\n14 листопада 2025, 20:15\n\n"
    "Ведучі у київській студії – Оксана Мельничук і Тарас Гребенюк. На зв'язку з Харкова – "
    "заступник міського голови Ігор Савченко.\n\n"
    "ВЕДУЧА: Добрий вечір. Пане Ігорю, скільки будинків мають тепло?\n\n"
    "Ігор Савченко (Харків): Добрий вечір. Майже всі.\n\n"
    "ВЕДУЧИЙ: Дякуємо. А резерв є?\n\n"
    "Ігор Савченко (Харків): Так, резерв є.\n"
)


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(read_text(text))
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end]) for s in doc.layer("turns")
    ]


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (_YOUTUBE, "welcome back", "Priya Raman"),
        (_YOUTUBE, "no, and I hear", "Tomas Ekberg"),
        (_YOUTUBE, "we've got a question", "Sam"),
        (_RADIO, "Добрый вечер. С двадцати", "Дмитрий Лебедев"),
        (_RADIO, "Здравствуйте. Отец", "Виктор"),
        (_TELEMIST, "Добрий вечір. Пане", "Оксана Мельничук"),
        (_TELEMIST, "Дякуємо. А резерв", "Тарас Гребенюк"),
    ],
)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    hits = [sp for _, sp, body in _turns(text) if body.startswith(opening)]
    assert hits == [speaker]


def test_show_title_is_no_outlet_label() -> None:
    assert not any(body.startswith("как сохранить") for _, _, body in _turns(_RADIO))
