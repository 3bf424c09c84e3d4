"""Batch AF mechanisms: mid.ru tag lines, agency national services, speeches titled by office."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.dialogue import _office_speech
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import _news_outlet


@pytest.mark.parametrize(
    ("label", "outlet"),
    [
        ("Інтерфакс-Україна", True),
        ("Interfax-Ukraine", True),
        ("Укрінформ", True),
        ("Іван-Франко", False),
        ("Олена Петренко", False),
    ],
)
def test_agency_national_service(label: str, outlet: bool) -> None:
    assert _news_outlet(label) is outlet


@pytest.mark.parametrize(
    ("header", "speaker"),
    [
        (
            "Президент України Володимир Зеленський\nОфіційне інтернет-представництво\n"
            "Кожен день тиску на Росію – звернення Президента України\n22 березня 2025 року",
            "Володимир Зеленський",
        ),
        ("Президент России\nОбращение Президента Российской Федерации\n1 марта 2025", None),
        ("Президент України Володимир Зеленський\nНовини дня\n22 березня 2025 року", None),
    ],
)
def test_speech_titled_by_office(header: str, speaker: str | None) -> None:
    assert _office_speech(header) == speaker


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        ("Поделиться\nПерсоналии: Захарова М.В.\nСтраны: Латвия, Молдавия, Норвегия", True),
        ("Поділитися\nЧитайте також: Андрій Сибіга провів телефонну розмову з Міністром", True),
        ("Страны: все участники согласились с этим.", False),
    ],
)
def test_page_fields_trailer(tail: str, cut: bool) -> None:
    body = "Ответ: Об их характере норвежская сторона будет проинформирована.\n\n"
    assert (trailing_start(body + tail) < len(body) + 1) is cut


def _kremlin(extra: str, closing: str) -> str:
    return (
        "Д.Песков: Добрый вечер, коллеги. «Интерфакс», пожалуйста.\n\n"
        "Вопрос: Владимир Владимирович, когда встреча?\n\n"
        "В.Путин: Когда будет подготовлена.\n\n"
        f"{extra}"
        "Д.Песков: Коллеги, последний вопрос.\n\n"
        "Вопрос: Какие приоритеты?\n\n"
        f"В.Путин: Прежде всего безопасность. {closing}\n"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_kremlin("", "Вот Дмитрий Сергеевич показывает, что время вышло."), "Дмитрий Песков"),
        # Another label with the same initial: the address could be either man's.
        (
            _kremlin(
                "Д.Мантуров: Добавлю о промышленности.\n\nД.Мантуров: И ещё одно.\n\n",
                "Вот Дмитрий Сергеевич показывает, что время вышло.",
            ),
            "Д. Песков",
        ),
        # Two addresses with the initial: no one in particular.
        (
            _kremlin("", "Дмитрий Сергеевич и Денис Валентинович знают."),
            "Д. Песков",
        ),
        # A given name and patronymic with another surname names someone else.
        (
            _kremlin("", "Об этом скажет Денис Валентинович Мантуров."),
            "Д. Песков",
        ),
    ],
)
def test_one_initial_completed_from_address(text: str, speaker: str) -> None:
    doc = build_pipeline(["turns"])(read_text(text, source="t.txt"))
    assert doc.layer("turns")[0].attrs["speaker"] == speaker
