"""Small cases for batch OB (Ukrainska Pravda bold-question interview): the editor's pointer
to the paper's own earlier story names the outlet in straight or curly quotes ("Нагадаємо,
раніше "Українська правда" писала, що …") and ends the last answer above it, as the same
pointer with the name in guillemets or bare does."""

import pytest

from structure_support import turn_rows

_UP = (
    "Українська правда\n"
    '"Ми не гарантуємо, що зима пройде без відключень". Інтерв\'ю заступника міністра\n'
    "Роман Романюк, Михайло Ткач — Неділя, 7 вересня 2025, 05:30\n\n"
    "Українська правда поговорила із заступником міністра енергетики Миколою Колісником.\n\n"
    "**Скільки генерації вдалося відновити після весняних атак?**\n\n"
    "Приблизно половину з того, що було пошкоджено. Частину блоків треба будувати заново.\n\n"
    "**Що ви порадите людям, які готуються до зими?**\n\n"
    "Мати павербанк, ліхтарик, запас води. І стежити за графіками в застосунках обленерго.\n\n"
    "Нагадаємо, раніше {outlet} писала, що енергетики оприлюднили прогноз балансу "
    "енергосистеми на зимовий період.\n\n"
    "Роман Романюк, Михайло Ткач, УП\n"
    "Новини партнерів\n"
)


@pytest.mark.parametrize(
    "outlet", ['"Українська правда"', "“Українська правда”", "„Українська правда“"]
)
def test_earlier_story_pointer_with_quoted_outlet_ends_last_answer(outlet: str) -> None:
    rows = turn_rows(_UP.format(outlet=outlet))
    assert [r[0] for r in rows] == ["question", "answer", "question", "answer"]
    assert rows[-1][2].endswith("в застосунках обленерго.")
