"""A surname-first initials label glued on by a lost line break, and a bare outlet label that
asks once at a briefing beside other one-off askers."""

import pytest

from structure_support import run


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = run(text)
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end].split()[0])
        for s in doc.layer("turns")
        if s.attrs.get("speaker")
    ]


MEETING = """Стенограмма совещания в администрации района
10 марта 2025 года

Глава района Олег Смирнов: Добрый день. Начнём. Вера Павловна, пожалуйста.

Орлова В.П.: Спасибо. Ремонт школы идёт по графику, работы закончим к июню.

О.Смирнов: А что с поликлиникой?

Орлова В.П.: Проект готов, экспертиза займёт два месяца.

Титов С.А.: Подрядчика выбрали, контракт подпишем в апреле.Зуева Е.Н.: Олег Иванович,
разрешите добавить по сёлам.

О.Смирнов: Хорошо, рассмотрим. Всем спасибо.
"""

BRIEFING = """Брифінг голови обласної військової адміністрації
Голова ОВА Петро Бондар та речник Сил оборони Андрій Ткач провели брифінг.

Петро Бондар: Доброго дня. Вночі ворог атакував область дронами, пошкоджено підстанцію.

Андрій Ткач: Сили ППО знешкодили 12 з 15 ударних дронів.

Суспільне: Пане Петре, чи будуть сьогодні графіки відключень?

Петро Бондар: Так, у двох районах до завершення ремонту.

Вежа: Пане Андрію, звідки заходили дрони? Люди пишуть, що бачили їх над річкою.

Андрій Ткач: Деталі не розкриватиму, заходили з кількох напрямків.

Петро Бондар: Додам, що пункти незламності працюють цілодобово.

Ірина Гай, «Вісті»: Коли почнуть виплачувати компенсації?

Петро Бондар: Перші виплати очікуємо протягом місяця.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (MEETING, (None, "Зуева", "Олег")),
        (BRIEFING, ("question", "Вежа", "Пане")),
    ],
)
def test_one_off_voice(text: str, want: tuple[str | None, str, str]) -> None:
    label, surname, first = want
    got = [(lab, w) for lab, spk, w in _turns(text) if spk and spk.split()[-1] == surname]
    assert got and got[0][1] == first
    if label is not None:  # the glued label's role is the meeting's business, not tested
        assert got[0][0] == label
