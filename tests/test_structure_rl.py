"""Check I, batch RL: a state site's masthead over an office label names no holder."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

CASES = [
    (
        "Президент України Офіційне інтернет-представництво\n\n"
        "Головна / Новини\n\n"
        "Президент України Володимир Зеленський провів пресконференцію у Львові\n\n"
        "14 березня 2026 - 15:10\n\n"
        "Модерувала пресконференцію речниця Олена Мельник.\n\n"
        "Президент: Добрий день. Сьогодні ми підписали угоду про енергетику.\n\n"
        "Модератор: Дякую. Перше запитання.\n\n"
        "Запитання: Пане Президенте, коли почнеться будівництво?\n\n"
        "Президент: Вже цього літа. Гроші є, підрядники обрані.\n",
        "Президент",
        "Володимир Зеленський",
    ),
    (
        "Президент України Офіційний вебсайт\n\n"
        "Новини\n\n"
        "Президент України Петро Коваленко зустрівся з журналістами в Одесі\n\n"
        "3 квітня 2026\n\n"
        "Президент: Доброго вечора. Порт працює, кораблі заходять.\n\n"
        "Запитання: Чи буде новий коридор?\n\n"
        "Президент: Ми над цим працюємо з партнерами.\n",
        "Президент",
        "Петро Коваленко",
    ),
]


@pytest.mark.parametrize(("text", "label", "speaker"), CASES)
def test_masthead_is_no_holder(text: str, label: str, speaker: str) -> None:
    doc = PIPE(read_text(text))
    spoken = {s.attrs["speaker"] for s in doc.layer("turns") if s.attrs["speaker_label"] == label}
    assert spoken == {speaker}
