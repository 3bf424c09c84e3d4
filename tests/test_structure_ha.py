"""Check M, batch SQ SR: a business paper's deck naming the interviewee without a dash, the
predicate's dash before "это" inside an answer, and an English reuse ban "without a written
permission" under the last answer."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

BARE_DECK = """КОММЕРЦИЯ
Бизнес  Рынки  Экономика  Транспорт  Политика  Мнения

Бизнес / Интервью

«Мы не строим склады впрок»

Председатель правления «Северного терминала» Игорь Масленников о тарифах, складах и кадрах

Анна Крылова
Сергей Панин

Портовый бизнес переживает перестройку. Как компания справляется, рассказал глава терминала.

— Как изменился грузооборот за год?

— Он вырос на 7%, в основном за счет контейнеров. Навалочные грузы остались на прежнем уровне.

— Будете ли вы повышать тарифы?

— Да, с июля примерно на 6%. Это ниже инфляции издержек.

— Хватает ли людей?

— Нет. Мы учим крановщиков сами и платим стипендии.

Справка
Игорь Масленников
Родился в 1975 году в Калининграде.
"""

DASH_ETO = """Главное  Политика  Экономика

Глава ведомства: весна будет сложной

МОСКВА, 3 мар — Новости. Руководитель ведомства Павел Громов в интервью рассказал о подготовке.

— Павел Сергеевич, каким будет сезон?

— Сложным. Воды в снегу больше нормы.

— Готовы ли дамбы?

— Большинство готовы. Остальные ремонтируем.

— Что посоветуете жителям?

— Слушать оповещения. И не возвращаться, пока не разрешат, — это правило бережет людей.

Общество  Россия
"""

REUSE_BAN = """NEWS PORTAL EN
Business   Opinion

INTERVIEW
Estonia's port chief: we can carry Ukraine's grain north

By Marta Ilves
2026-02-11 09:00

Estonia wants more transit cargo. The portal spoke with port authority chief Tarmo Kask in Tallinn.

Q: How much grain can your terminals take?

A: About two million tonnes a year. We have spare silo capacity now.

Q: What stands in the way?

A: Rail gauge and the price of transshipment. We are talking to the railways about both.

Q: When could the first ships sail?

A: In spring, if the contracts are signed. The berths are ready.

Copying or reprinting the materials of this portal without a written permission is prohibited.

Related articles
Tallinn port posts record year
"""


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs["speaker"], doc.span_text(s)) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("text", "index", "label", "speaker", "ends"),
    [
        # The deck "<post> <Name> о …" with no dash names the one who answers (the name stands
        # again in the bio box); two bylines name no single asker.
        (BARE_DECK, 1, "answer", "Игорь Масленников", "на прежнем уровне."),
        (BARE_DECK, 5, "answer", "Игорь Масленников", "платим стипендии."),
        # "…, — это простое правило …" is the answer's own predicate dash, not an attribution.
        (DASH_ETO, -1, "answer", "Павел Громов", "бережет людей."),
        # The reuse ban under the last answer is furniture, so the answer is a full turn.
        (REUSE_BAN, -1, "answer", "Tarmo Kask", "The berths are ready."),
    ],
)
def test_check_m_turns(text: str, index: int, label: str, speaker: str, ends: str) -> None:
    turn = _turns(text)[index]
    assert turn[0] == label
    assert turn[1] == speaker
    assert turn[2].endswith(ends)
