"""Round 31 (FH): ministry briefings and agency interviews — outlets in a label's brackets,
honorific titles, a glued dash dialogue, double surnames and "gave an interview" leads."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.speakers import Name, bracket_outlet, classify_label, resolve_names
from structure_support import turn_rows


@pytest.mark.parametrize(
    ("who", "outlet"),
    [
        ("Channel 12", "Channel 12"),  # the medium's word and its number are the name
        ("i24NEWS", "i24NEWS"),  # a brand opening on a small letter
        ("Reuters", "Reuters"),
        ("iPhone", None),
        ("00:12", None),
    ],
)
def test_bracket_outlet_forms(who: str, outlet: str | None) -> None:
    assert bracket_outlet(who) == outlet


@pytest.mark.parametrize(
    ("label", "outlet", "surname"),
    [
        ("Question from GNA (Ghana News Agency)", "GNA (Ghana News Agency)", None),
        (
            "Question from Kenya Broadcasting Corporation (KBC)",
            "Kenya Broadcasting Corporation (KBC)",
            None,
        ),
        ("Question from Kofi Mensah (Daily Graphic)", None, "Mensah"),
    ],
)
def test_question_from_outlet_or_person(
    label: str, outlet: str | None, surname: str | None
) -> None:
    info = classify_label(label)
    assert info is not None
    assert info.outlet == outlet
    assert (info.name.surname if info.name else None) == surname


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [("Amb. Haile", (), "Haile"), ("Alhaji Sani Danjuma", ("Sani",), "Danjuma")],
)
def test_honorific_titles(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


def test_gave_an_interview_names_the_interviewee() -> None:
    people = _header_people(
        "Minister of Health of Mongolia D.Batbayar gave an interview to the agency.\n"
    )
    assert [(k, n.display()) for k, n in people] == [("interview with", "D. Batbayar")]


def test_double_surname_label_joins_the_full_name() -> None:
    full = Name(("Ana", "García"), "López", None, False)
    short = Name(("García",), "López", None, False)
    canon = resolve_names([full, short])
    assert canon[short] == canon[full] == "Ana García López"


GLUED_DASHES = """Health Minister D.Batbayar gave an interview to the agency ahead of the forum.

-Minister, thank you for your time. What will the forum discuss?

-Thank you. The forum will discuss primary care and the supply of medicines.

-How many hospitals will be built this year?

-Four new hospitals will open in the provinces by December.

-Thank you.
"""


def test_dash_glued_to_a_capital_opens_a_turn() -> None:
    rows = turn_rows(GLUED_DASHES)
    spoken = [r for r in rows if r[0] in ("question", "answer")]
    assert [r[0] for r in spoken] == ["question", "answer", "question", "answer"]
    assert spoken[0][2].startswith("Minister, thank you")
    assert spoken[1][1] == "D. Batbayar"
