# ruff: noqa: E501
"""Round 35 (GK): a show-titled headline's interviewee, a guillemet outlet in a question label's
brackets, a chair's short closing instruction."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import bracket_outlet

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])


def turns(text: str) -> list[tuple[str, str | None]]:
    doc = PIPELINE(read_text(text))
    return [(s.label, s.attrs.get("speaker")) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("inside", "outlet"),
    [
        ("МИА «Россия сегодня»", "МИА «Россия сегодня»"),
        ("ИА «Синьхуа»", "ИА «Синьхуа»"),
        ("газета «Известия»", "Известия"),
        ("как переведено", None),
        ("to both leaders", None),
    ],
)
def test_bracket_outlet_guillemets(inside: str, outlet: str | None) -> None:
    assert bracket_outlet(inside) == outlet


SHOW = """Home > News > Politics > Sunday with Nora Hallam

Sunday with Nora Hallam
Owen Pritchard interview
Sunday 9 March 2025

Share

NORA HALLAM: Chancellor, welcome to the programme.

OWEN PRITCHARD: Good morning, Nora.

NORA HALLAM: Growth has stalled for a second quarter. Isn't your plan failing?

OWEN PRITCHARD: No, I don't accept that. Wages are rising faster than prices.

NORA HALLAM: Why should anyone believe the next forecast?

OWEN PRITCHARD: Because the independent forecasters have confirmed it.
"""


def test_show_host_asks_headlined_guest_answers() -> None:
    got = turns(SHOW)
    assert [lab for lab, _ in got[2:]] == ["question", "answer", "question", "answer"]
    assert got[2][1] == "Nora Hallam"


MEETING = """Оперативное совещание с вице-премьерами

Михаил Мишустин провёл оперативное совещание с заместителями Председателя Правительства.

Участники: Председатель Правительства Михаил Мишустин, Заместитель Председателя Правительства Александр Новак.

М.Мишустин: Добрый день, уважаемые коллеги! Начнём с ситуации на рынке топлива. Александр Валентинович, пожалуйста.

А.Новак: Михаил Владимирович, уважаемые коллеги! Внутренний рынок полностью обеспечен топливом, запасы бензина и дизельного топлива выше уровня прошлого года, биржевые цены стабильны.

М.Мишустин: Спасибо, Александр Валентинович. Прошу продолжить мониторинг и при необходимости вносить предложения.
"""


def test_chair_closing_instruction_is_statement() -> None:
    assert turns(MEETING)[-1] == ("statement", "Михаил Мишустин")
