"""Batch PP: an international body's interview page whose headline names the outlet the office
holder spoke "with" and whose credit line, under a date stamp and a language row, names the one
journalist who conducted it."""

from __future__ import annotations

import pytest

from structure_support import spoken_rows

NATO_PAGE = """NATO
North Atlantic Treaty Organization
Skip to main content | Home | News | Multimedia | Topics | Events
Home > News > Interview of NATO Secretary General Mark Rutte with Nordic Daily

Interview
Interview of NATO Secretary General Mark Rutte with Nordic Daily
3 Mar. 2025 |
Last updated: 3 Mar. 2025 11:05
English | French | Russian | Ukrainian

Interview conducted by Anna Lindqvist. The interview was published in Swedish on 3 March 2025.

Nordic Daily: Secretary General, what has changed in the Alliance since last year?

NATO Secretary General: A great deal. Allies spend more and plan together much more closely.

Nordic Daily: Is the new target realistic?

NATO Secretary General: It is realistic, and it is a political choice.
"""


@pytest.mark.parametrize(
    ("page", "asker", "answerer"),
    [(NATO_PAGE, "Anna Lindqvist", "Mark Rutte")],
)
def test_outlet_the_headline_names_asks_through_the_credited_journalist(
    page: str, asker: str, answerer: str
) -> None:
    rows = spoken_rows(page)
    asked = [r[1] for r in rows if r[0] == "question"]
    answered = [r[1] for r in rows if r[0] == "answer"]
    assert asked and set(asked) == {asker}
    assert answered and set(answered) == {answerer}
