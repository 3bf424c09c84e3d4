"""Small cases for batch OC (ABC News Live, CBS, Fox Business): an anchor's sign-off that only
appreciates the time or says the clock has run out ("Madam Secretary, we appreciate your time.",
"Director, we have to leave it there. We appreciate your time.") asks nothing; a rush
transcript page's dek over its byline and date ("… ." / "ByABC News" / "March 12, 2025, 9:48
PM" / "ShareCopy link" / the notice), or over Fox's fields with the player's "Close" tab and
the "NEWYou can now listen to Fox News articles!" widget, is the site's standfirst, no turn."""

import pytest

from structure_support import turn_rows

_SIGN_OFF = (
    "JANE DOYLE, ANCHOR: Joining us now is Secretary John Parker. Secretary, thank you for "
    "being here.\n\n"
    "JOHN PARKER, AGRICULTURE SECRETARY: Thanks for having me, Jane.\n\n"
    "DOYLE: Prices are still high. When will families feel relief?\n\n"
    "PARKER: We've seen prices come down for three weeks in a row, and that will continue.\n\n"
    "DOYLE: {close}\n\n"
    "PARKER: Thank you, Jane.\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "Madam Secretary, we appreciate your time.",
        "Secretary, we have to leave it there. We appreciate your time.",
        "We'll leave it there. Secretary John Parker, thank you.",
        "Secretary, I really appreciate you being here.",
    ],
)
def test_anchor_sign_off_asks_nothing(close: str) -> None:
    rows = turn_rows(_SIGN_OFF.format(close=close))
    assert [(r[0], r[1]) for r in rows][-2:] == [("other", "Jane Doyle"), ("answer", "John Parker")]


_ABC = (
    "ABC News\nVideo\nLive\nShows\nPolitics\n"
    "Transcript: Agriculture Secretary John Parker on 'ABC News Live Prime'\n"
    "Parker discussed egg prices and the administration's plan to fight bird flu.\n"
    "ByABC News\n"
    "March 12, 2025, 9:48 PM\n"
    "ShareCopy link\n"
    "Video player: Agriculture secretary on egg prices\n"
    'A rush transcript of the interview on "ABC News Live Prime" airing Wednesday, March 12, '
    "2025, on ABC News Live. This copy may not be in its final form and may be updated.\n\n"
)
_FOX = (
    "Fox News\nFox Business\nU.S.\nPolitics\n"
    "Sen. John Parker: Democrats have no plan on taxes but to raise them\n"
    "The senator weighs in on the tax cut extension on 'Kudlow.'\n"
    "By Fox News Staff\n"
    "Published March 6, 2025 11:40pm EST | Fox News\n"
    "Close\n"
    "Sen. John Parker joins 'Kudlow' to discuss the push to make the tax cuts permanent.\n"
    "NEWYou can now listen to Fox News articles!\n"
    'This is a rush transcript from "Kudlow," March 6, 2025. This copy may not be in its final '
    "form and may be updated.\n\n"
)
_BODY = (
    "JANE DOYLE, ANCHOR: Good evening. Joining us now is John Parker. Welcome back.\n\n"
    "JOHN PARKER: Always good to be with you, Jane.\n\n"
    "DOYLE: Will you make the tax cuts permanent or not?\n\n"
    "PARKER: The goal is permanent. There's no question about that.\n"
)


@pytest.mark.parametrize("page", [_ABC, _FOX])
def test_dek_over_byline_and_date_is_no_turn(page: str) -> None:
    rows = turn_rows(page + _BODY)
    assert [(r[0], r[1]) for r in rows] == [
        ("other", "Jane Doyle"),
        ("answer", "John Parker"),
        ("question", "Jane Doyle"),
        ("answer", "John Parker"),
    ]
