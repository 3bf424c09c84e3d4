"""An editor's recap under the last answer, and kremlin.ru's singular section field."""

import pytest

from structure_support import run

HEAD = (
    "Зарубин: Дмитрий Сергеевич, что дальше?\n\n"
    "Песков: Дальше будет плотно. Подробнее расскажем позже.\n\n"
    "Зарубин: Президент читает западную прессу?\n\n"
    "Песков: Получает обзоры прессы. Но времени на это немного.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "last_words"),
    [
        # The editor recalls what the speaker said before: not his words.
        ("Ранее Песков заявил, что Кремль не получал предложений.\n", "на это немного."),
        ("Ранее Пескову задали вопрос о санкциях, он отказался отвечать.\n", "на это немного."),
        # kremlin.ru's page field, one section.
        ("Опубликован в разделе: Стенограммы\nДата публикации: 10 октября 2025 года\n", None),
        # A recap that names no one of the transcript is the speaker's own last paragraph.
        ("Ранее мы говорили об этом с коллегами.\n", "с коллегами."),
        ("Ранее Лавров заявил об этом, и я согласен.\n", "и я согласен."),
    ],
)
def test_last_turn_end(tail: str, last_words: str | None) -> None:
    doc = run(HEAD + tail)
    turns = list(doc.layer("turns"))
    last = doc.text[turns[-1].start : turns[-1].end]
    assert last.endswith(last_words or "на это немного.")
