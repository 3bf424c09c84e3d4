"""Claim types from cue words and numbers, English and Russian."""

from __future__ import annotations

import pytest

from rhetoscope.claims.numbers import extract
from rhetoscope.claims.types import CLAIM_TYPES, claim_type

CASES = [
    ("The Russian side handed over more than 9,000 bodies of soldiers.", "quantity"),
    ("We received 143 bodies of our soldiers from Ukraine.", "quantity"),
    ("Unemployment fell to 4.1 percent.", "quantity"),
    ("Unemployment is lower than it was in 2016.", "comparison"),
    ("This is the largest tax cut in our history.", "comparison"),
    ("Prices went up because of the sanctions.", "causal"),
    ("The sanctions led to a surge in energy prices.", "causal"),
    ("We will build the wall by 2030.", "prediction"),
    ("Inflation is going to come down next year.", "prediction"),
    ("According to the Financial Times, the talks failed.", "quote"),
    ("The minister said that the summit had been cancelled.", "quote"),
    ("The summit took place in Anchorage in August 2025.", "event"),
    ("In February 2014 a coup happened in Kiev.", "event"),
    ("Thank you very much.", "other"),
    ("I will only say that the side handed over more than 9,000 bodies.", "quantity"),
    ("Передано более 9 тысяч тел военнослужащих.", "quantity"),
    ("Цены выросли из-за санкций.", "causal"),
    ("Экономика будет расти и дальше.", "prediction"),
    ("По словам министра, переговоры зашли в тупик.", "quote"),
    ("Он заявил, что встреча не состоится.", "quote"),
    ("Рост оказался выше, чем ожидали.", "comparison"),
    ("Саммит состоялся в Анкоридже.", "event"),
    ("Спасибо за вопрос.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claim_type(text: str, expected: str) -> None:
    assert claim_type(text, extract(text)) == expected


def test_numeric_qualifier_is_not_a_comparison() -> None:
    text = "More than 85% of the world's population lives there."
    assert claim_type(text, extract(text)) == "quantity"
    assert claim_type(text) == "comparison"  # without the numbers the cue would win


def test_every_case_type_is_known() -> None:
    assert {e for _, e in CASES} <= set(CLAIM_TYPES)
