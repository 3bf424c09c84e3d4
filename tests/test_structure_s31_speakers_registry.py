"""Session 31: a middle initial after the gazetteer's given name (`President Donald J. Trump` in a
White House page's related links) is no other given name: `President Trump` is `Donald Trump`."""

from __future__ import annotations

import pytest

from rhetoscope.structure.registry import registry_name
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("speaker", "page", "want"),
    [
        # the related links spell the name with its middle initial: still Donald Trump
        (
            "President Trump",
            "Remarks by President Trump\nRelated\nFact Sheet: President Donald J. Trump Signs …",
            "Donald Trump",
        ),
        ("President Trump", "Remarks by President Trump\nDonald J. Trump Library", "Donald Trump"),
        # another given name before the surname still blocks it
        ("President Trump", "Remarks by President Trump\nEric Trump said …", None),
        # an initial that follows no given name may be anyone's
        ("President Trump", "Remarks by President Trump\nwith L. Trump, his niece", None),
    ],
)
def test_middle_initial_after_given_name(speaker: str, page: str, want: str | None) -> None:
    assert registry_name(speaker, page) == want


_GAGGLE = (
    "Briefings & Statements\n"
    "Remarks by President Trump in Press Gaggle Aboard Air Force One\n"
    "The White House\n"
    "June 6, 2025\n\n"
    "THE PRESIDENT:  Hello, everybody.  A very good day for the country.\n\n"
    "Q    Mr. President, will you meet the Chinese leader this month?\n\n"
    "THE PRESIDENT:  We'll see.  We're talking, and I think it's going very well.\n\n"
    "Q    Sir, what about the budget bill?\n\n"
    "THE PRESIDENT:  It's a great bill.  It's going to pass.\n\n"
    "END                 6:02 P.M. EDT\n\n"
    "Related\n"
    "Fact Sheet: President Donald J. Trump Secures a Trade Deal\n"
)


def test_gaggle_president_named_in_full_despite_middle_initial() -> None:
    rows = turn_rows(_GAGGLE)
    assert {r[1] for r in rows if r[0] == "answer"} == {"Donald Trump"}
