"""Batch BB mechanisms: kremlin.ru's "Текстовая версия" tool line over its page fields."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start

_BODY = "В.Путин: Хорошо, спасибо. Перейдём к основной повестке.\n\n"


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        # kremlin.ru: the tool line, then the page fields.
        (
            "Текстовая версия\nДата публикации: 27 февраля 2025 года, 19:05\n"
            "Ссылка на материал: kremlin.ru/d/76377\n",
            True,
        ),
        ("Текстова версія\n", True),
        ("Текстовая версия   Версия для печати\n", True),
        # A sentence that only mentions a text version is the speaker's.
        ("Текстовая версия закона будет опубликована завтра, и мы её обсудим подробно.\n", False),
    ],
)
def test_kremlin_text_version_footer(tail: str, cut: bool) -> None:
    assert (trailing_start(_BODY + tail) <= len(_BODY)) is cut
