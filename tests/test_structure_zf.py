"""Check Z, batch XP XQ XV: a genitive "-а" declension surname in an interview's headline, a
Federation Council stenogram's initials-first capitals labels on their own line, a direct
line's host who puts callers through, and a woman's "-vich" surname in a self-introduction."""

import pytest

from structure_support import run

MFA = """Міністерство закордонних справ України
Головна  /  Прес-центр  /  Новини

Інтерв'ю Міністра закордонних справ України Дмитра Кулеби агентству Reuters

3 лютого 2026, 11:20

Питання: Пане Міністре, як Ви оцінюєте підтримку партнерів?

Відповідь: Дуже високо. Ми отримали все, що планували на цей рік, і навіть більше.

Питання: Що буде далі?

Відповідь: Далі буде спільне виробництво. Це вже вирішено на рівні урядів.
"""

SOVFED = """СОВЕТ ФЕДЕРАЦИИ
Главная / Деятельность / Стенограммы

СТЕНОГРАММА
пятьсот девяностого заседания Совета Федерации
14 марта 2026 года.

Председательствующий. Уважаемые коллеги, переходим ко второму вопросу. Игорь Петрович Носов.

И.П. НОСОВ
Уважаемая Валентина Ивановна, уважаемые коллеги! Закон уточняет порядок лицензирования.

Председательствующий. Спасибо. Есть вопросы? Марина Олеговна Лаврова, пожалуйста.

М.О. ЛАВРОВА
Игорь Петрович, как закон скажется на малом бизнесе?

И.П. НОСОВ
Марина Олеговна, для малого бизнеса срок продлён на год.

Председательствующий. Спасибо. Ставлю на голосование. Решение принято.
"""

DIRECT_LINE = """ПРАВИТЕЛЬСТВО ОБЛАСТИ
Главная / Новости

Губернатор ответил на вопросы жителей в ходе прямой линии
10.02.2026 18:00

Губернатор области Сергей Петров провёл прямую линию в эфире областного телеканала.

Ведущий: Добрый вечер! В эфире прямая линия с губернатором. Сергей Иванович, здравствуйте.

С. Петров: Добрый вечер! Спасибо всем, кто прислал вопросы.

Ведущий: У нас телефонный звонок. Говорите, вы в эфире.

Вопрос: Здравствуйте! Когда у нас отремонтируют дорогу до школы?

С. Петров: Дорога включена в программу этого года, работы начнутся в мае.

Ведущий: Ещё один звонок. Слушаем вас.

Вопрос: Добрый вечер. Будет ли построена новая поликлиника?

С. Петров: Будет, проект уже прошёл экспертизу.
"""

KREMLIN = """President of Russia
News   Events   Transcripts

Press statements following talks
February 20, 2026, 19:30   Minsk

Dmitry Peskov: Colleagues, we have time for a few questions. Please go ahead.

Question: Good evening. Olga Yankovich, Belarus 1 TV channel. What will the agreement change?

Vladimir Putin: Good evening. It will make trade between our countries simpler and cheaper.

Question: Good evening. Pavel Zarubin, Rossiya TV channel. What about energy prices?

Vladimir Putin: Prices will stay the same for the whole of next year.
"""


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = run(text)
    return [(s.attrs.get("speaker_label"), s.attrs.get("speaker")) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (MFA, "Відповідь", "Дмитро Кулеба"),
        (SOVFED, "И.П. НОСОВ", "Игорь Носов"),
        (SOVFED, "М.О. ЛАВРОВА", "Марина Лаврова"),
        (KREMLIN, "Question", "Olga Yankovich"),
    ],
)
def test_speaker_named(text: str, label: str, speaker: str) -> None:
    assert (label, speaker) in _speakers(text)


def test_direct_line_host_unnamed() -> None:
    turns = _speakers(DIRECT_LINE)
    hosts = [sp for lab, sp in turns if lab == "Ведущий"]
    assert len(hosts) == 3
    assert hosts == [None, None, None]
    assert ("С. Петров", "Сергей Петров") in turns
