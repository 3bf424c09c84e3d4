"""A call to follow the outlet under the last answer ("If you want to stay informed, subscribe
to our Telegram channel") is page furniture: the guest's closing "Thank you." keeps no footer."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_PAGE = (
    "Ukrinform\n\nMayor of Sumy: Trolleybuses will run on batteries this winter\n\n"
    "03.02.2026 12:10\n\nOleh Martynenko\n\n"
    "The mayor of Sumy told Ukrinform how the city keeps public transport running.\n\n"
    "Ukrinform: How many trolleybuses have batteries now?\n\n"
    "Mayor: Forty-two of sixty. The rest will get them by March.\n\n"
    "Ukrinform: Thank you for the interview.\n\n"
    "Mayor: Thank you.\n\n"
    "{footer}\n"
    "Ukrinform – Ukrainian National News Agency © 2015-2026\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Tags: Sumy, transport\nIf you want to stay informed, subscribe to our Telegram channel",
        "If you want to keep up, subscribe to our WhatsApp channel",
        "Subscribe to our Telegram channel",
    ],
)
def test_follow_call_closes_the_last_turn(footer: str) -> None:
    rows = turn_rows(_PAGE.format(footer=footer))
    assert rows[-1][2] == "Thank you."
