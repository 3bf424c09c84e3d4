"""Round-32 (FM) mechanisms: class-year labels, '###' questions, a foot contributor box, the
article of an office label, a lead's office modifiers, and an outlet's journalist by beat."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _office_after
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.naming import _office_holder, _outlet_job_holder
from rhetoscope.structure.speakers import classify_label


@pytest.mark.parametrize(
    ("label", "surname", "given"),
    [
        ("Theo Marchetti ’12", "Marchetti", ("Theo",)),
        ("Dana Ruiz '09", "Ruiz", ("Dana",)),
    ],
)
def test_class_year_label(label: str, surname: str, given: tuple[str, ...]) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.surname, info.name.given) == (surname, given)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (
            "—\n\nAbout the contributor\nOwen Baptiste is a freelance energy reporter based in "
            "Providence. He conducted this interview for Smart Cities Dive.",
            False,
        ),
        (
            '"On the Record" is produced by Nia Whitaker. Subscribe wherever you get podcasts.',
            False,
        ),
        ("Theo Marchetti ’12 is a writer in Chicago and a frequent contributor to OAM.", False),
    ],
)
def test_trailing_furniture(tail: str, kept: bool) -> None:
    body = "A: We will build it next year, and the state will pay for most of it."
    text = f"{body}\n\n{tail}\n"
    assert (trailing_start(text) > len(body)) is kept


def test_the_office_label_holder() -> None:
    lead = "Mexican Senator Rocío Valdivia Herrera, who represents Sonora, visited the campus."
    assert _office_holder("The Senator", [], [], {}, lead) == "Rocío Valdivia Herrera"


@pytest.mark.parametrize(
    ("text", "at", "office"),
    [("Q&A: Visiting Mexican senator on water", 21, True), ("Rosa Diaz said", 9, False)],
)
def test_office_after(text: str, at: int, office: bool) -> None:
    assert _office_after(text, at) is office


def test_outlet_job_holder() -> None:
    lead = "Minister Garba spoke to RFI's Sahel correspondent Claire Fontenay about ECOWAS."
    named = _outlet_job_holder("RFI", lead)
    assert named is not None and named.display() == "Claire Fontenay"
