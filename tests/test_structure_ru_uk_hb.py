"""Round-38 shapes of Russian/Ukrainian press interviews (short snippets, not the blind files)."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end].split("\n")[0][:24])
        for s in doc.layer("turns")
    ]


INITIALS = """Спорт

Новачок повертається додому

Ігор Мельник, 02.09.2023

Воротар Петро Шевчук знову грає за рідний клуб. Ми поговорили після тренування.

**І. М.** Петре, чому повернувся саме зараз?

**П. Ш.** Контракт закінчився, і я довго не думав.

**І. М.** У Чехії ти грав мало.

— Так, сезон був важким. Травма, потім новий тренер.

**І. М.** Цілі на сезон?

— Потрапити в першу шістку.
"""

COLON = """«Театр не должен молчать»

Директор областного театра рассказала о сезоне

В январе у Марины Зотовой закончился второй сезон в должности директора театра.

**Марина Андреевна, что изменилось за два года. Что оказалось главным:**

— Зритель. Мы поменяли репертуар, и зал стал полным.

**Продажи выросли. За счет чего:**

— За счет студентов и школьников, для них у нас теперь свои спектакли.

**Что будет с малой сценой:**

— Летом закроем ее на ремонт, а осенью откроем снова.
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            INITIALS,
            [
                ("question", "Ігор Мельник", "Петре, чому повернувся с"),
                ("answer", "Петро Шевчук", "Контракт закінчився, і я"),
                ("question", "Ігор Мельник", "У Чехії ти грав мало."),
                ("answer", "Петро Шевчук", "Так, сезон був важким. Т"),
                ("question", "Ігор Мельник", "Цілі на сезон?"),
                ("answer", "Петро Шевчук", "Потрапити в першу шістку"),
            ],
        ),
    ],
)
def test_bold_initials_dialogue(text: str, want: list[tuple[str, str | None, str]]) -> None:
    assert turns(text) == want


def test_bold_colon_prompts_over_dashes() -> None:
    got = turns(COLON)
    assert [t[0] for t in got] == ["question", "answer"] * 3
    assert got[1][2].startswith("Зритель.")
