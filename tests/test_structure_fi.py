"""Round-31 FI naming rules on short snippets: an outlet a Slavic lead calls a newspaper asks
through the journalist it credits, an office label after its holder's full label, a briefing
giver in the nominative after "провела", a bracketed outlet's closing quote, a glued hashtag
after a question."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import bracket_outlet

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def speakers(text: str) -> list[tuple[str, str | None]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs["speaker"]) for s in doc.layer("turns")]


ELPAIS = """Інтерв’ю Президента України Володимира Зеленського іспанській газеті El País

Розмову провела журналістка Марта Лопес.

El País: Пане Президенте, дякую за час. Чого Україна очікує від Мадрида далі?

Володимир Зеленський: Дякую Іспанії. Ми дуже цінуємо кожен пакет допомоги.

El País: Чи обговорювали ви це з прем’єр-міністром особисто?

Президент: Так, ми говорили про це кілька днів тому телефоном.

El País: Як ви оцінюєте шанси на вступ до ЄС до 2030 року?

Президент: Я вважаю, що це реально. Україна виконує всі рекомендації.
"""

BRIEFING = """Брифинг официального представителя МИД России М.В.Захаровой, 19 марта 2025 года

Брифинг провела официальный представитель МИД России Мария Захарова.

Вопрос (РИА Новости): Как в МИД прокомментируют заявление генерального секретаря НАТО?

Ответ: Мы неоднократно предупреждали, что подобные шаги не укрепляют безопасность.

Вопрос (ИА «Регнум»): Планируется ли визит С.В.Лаврова в Латинскую Америку?

Ответ: Такие планы есть. Как только будут согласованы сроки, мы сообщим.
"""

HASHTAG = """Брифінг Міністерства оборони України

Олена Гнатюк: Добрий день, колеги. Слово надаю заступнику міністра Ігорю Савчуку.

Ігор Савчук: Дякую. За перший квартал міністерство уклало нові контракти.

Питання (Суспільне): Чи є затримки з постачанням снарядів?

Савчук: Затримки бувають, і ми цього не приховуємо.

Ярослав Мельник, Укрінформ: Коли запрацює застосунок для військових, про який ви говорили?#МОУ

Савчук: Тестування вже триває в трьох бригадах.

Питання: А скільки військових уже користуються електронною чергою?

Савчук: Понад 40 тисяч.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            ELPAIS,
            [("question", "Марта Лопес"), ("answer", "Володимир Зеленський")] * 3,
        ),
        (
            BRIEFING,
            [
                ("question", "РИА Новости"),
                ("answer", "Мария Захарова"),
                ("question", "ИА «Регнум»"),
                ("answer", "Мария Захарова"),
            ],
        ),
    ],
    ids=["outlet-journalist-and-office-after-full-label", "briefing-giver-nominative"],
)
def test_named_speakers(text: str, want: list[tuple[str, str | None]]) -> None:
    got = [t for t in speakers(text) if t[0] != "other"]
    assert got == want


def test_glued_hashtag_keeps_one_off_asker() -> None:
    assert ("question", "Ярослав Мельник") in speakers(HASHTAG)


@pytest.mark.parametrize(
    ("who", "want"),
    [("ИА «Регнум»", "ИА «Регнум»"), ("РИА Новости", "РИА Новости")],
)
def test_bracket_outlet_keeps_closing_quote(who: str, want: str) -> None:
    assert bracket_outlet(who) == want
