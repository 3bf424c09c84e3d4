# ruff: noqa: E501  (the case texts are pages, one paragraph a line)
"""What the twenty-fifth session's review found (each case failed before its mend): a caps
section kicker over the date ("UKRAINE WAR") is no byline in capitals; a town's state code or a
section's agency credit ("Austin, TX", "Weather | AP") is no one-word byline; a title-case
headline right over the date ("Rivers Run Dry") is no bare byline. With no byline, the outlet the
guest spoke to asks (session 30)."""

from __future__ import annotations

import pytest

from structure_support import turn_rows

_QA = "Q: How is the grid holding up?\n\nA: It is holding up well, thanks to the crews working day and night.\n\nQ: Will there be outages?\n\nA: Some short ones, in the east.\n"

_CASES = [
    (
        "NRC\nNEWS   POLITICS   ECONOMY   OPINION\n\nThe minister defends the grid plans\n\nUKRAINE WAR\nFeb 17, 2026\n\nSara Aagesen spoke to NRC in The Hague a few hours after the cabinet approved the Ukraine budget for the grid repairs.\n\n"
        + _QA,
        "NRC",
    ),
    (
        "NRC\nNEWS   POLITICS   ECONOMY   OPINION\n\nThe minister defends the grid plans\n\nAustin, TX\n\nFeb 17, 2026\n\nSara Aagesen spoke to NRC in The Hague a few hours after the cabinet approved the budget for the grid repairs.\n\n"
        + _QA,
        "NRC",
    ),
    (
        "NRC\nNEWS   POLITICS   ECONOMY   OPINION\n\nThe minister defends the grid plans\n\nWeather | AP\n\nFeb 17, 2026\n\nSara Aagesen spoke to NRC in The Hague a few hours after the cabinet approved the budget for the grid repairs.\n\n"
        + _QA,
        "NRC",
    ),
    (
        "NRC\nRivers Run Dry\nFeb 17, 2026\n\nSara Aagesen spoke to NRC in The Hague a few hours after the cabinet approved the budget for the grid repairs.\n\n"
        + _QA,
        "NRC",
    ),
]


@pytest.mark.parametrize(("page", "asker"), _CASES)
def test_review_case(page: str, asker: str | None) -> None:
    rows = turn_rows(page)
    assert [r[0] for r in rows].count("question") == 2, rows
    assert {r[1] for r in rows if r[0] == "question"} == {asker}
    assert {r[1] for r in rows if r[0] == "answer"} == {"Sara Aagesen"}
    assert rows[-1][2] == "Some short ones, in the east."
