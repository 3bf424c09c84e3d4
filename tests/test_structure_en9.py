"""Small cases for the BM (en9) fixes: an office label resolved to the person who gave it in
brackets, an outlet bracket followed by a note, a wire story's reporting credit."""

import pytest

from rhetoscope.structure.speakers import classify_label
from structure_support import run


def _turns(text: str) -> list[tuple[str | None, str]]:
    doc = run(text)
    return [(s.attrs.get("speaker"), doc.text[s.start : s.end]) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("raw", "outlet"),
    [
        ("Question [Le Monde] (interpreted from French)", "Le Monde"),
        ("Question (Reuters) (follow-up)", "Reuters"),
    ],
)
def test_outlet_bracket_then_note(raw: str, outlet: str) -> None:
    info = classify_label(raw)
    assert info is not None and info.outlet == outlet


def test_office_label_is_the_bracketed_person() -> None:
    text = (
        "Farah Dalton (NATO Spokesperson): Good afternoon. Secretary General.\n\n"
        "NATO Secretary General: Thank you. I'm happy to take your questions.\n\n"
        "NATO Spokesperson: We'll start with Reuters, please.\n\n"
        "Question [Reuters]: Will every Ally meet the targets?\n\n"
        "NATO Secretary General: Every Ally has agreed to them.\n"
    )
    speakers = [sp for sp, _ in _turns(text)]
    assert speakers[2] == "Farah Dalton"


def test_wire_reporting_credit_ends_the_last_turn() -> None:
    text = (
        "AP: Is there a deadline?\n\n"
        "HARGROVE: The president wants agreements, not deadlines.\n\n"
        "ADVERTISEMENT\n\n"
        "Santos reported from Washington. Dunne reported from Des Moines, Iowa.\n"
    )
    assert _turns(text)[-1][1].endswith("not deadlines.")
