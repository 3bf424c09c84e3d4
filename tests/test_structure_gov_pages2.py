"""Round 37 (GX): English pages of non-English governments — who asks, and glued outlets."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.speakers import LabelKind, classify_label


@pytest.mark.parametrize(
    ("header", "want"),
    [
        # An untitled subject who talks to an office holder is the journalist; the name before
        # a sentence's full stop ends there.
        (
            "Anna Kowal talks to Deputy Foreign Minister Jan Nowak. Unofficial translation.",
            {("interview by", "Kowal"), ("interview with", "Nowak")},
        ),
        # "interview with journalist X": the journalist asks.
        (
            "Prime Minister Petros Alexiou' interview with journalist Maria Dimou on ERT",
            {("interview by", "Dimou")},
        ),
    ],
)
def test_header_askers(header: str, want: set[tuple[str, str]]) -> None:
    got = {(k, n.surname) for k, n in _header_people(header)}
    assert want <= got
    assert not any(
        n.surname.endswith(".") or n.surname == "Unofficial" for _, n in _header_people(header)
    )


@pytest.mark.parametrize(
    ("label", "kind", "surname", "outlet"),
    [
        ("Vijeshi - Hassan Riza", LabelKind.QUESTION, "Riza", None),
        ("Avas Online", LabelKind.QUESTION, None, "Avas Online"),
    ],
)
def test_outlet_labels(
    label: str, kind: LabelKind, surname: str | None, outlet: str | None
) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind
    assert (info.name.surname if info.name else None) == surname
    assert info.outlet == outlet


def test_glued_acronym_outlet() -> None:
    text = (
        "Minister Haddad: Welcome to all.\n\n"
        "Tele Liban TV: Minister, when will the talks resume?\n\n"
        "Minister Haddad: Next week, in Geneva.MTV: And the aid? When does it arrive?\n\n"
        "Minister Haddad: This month.\n"
    )
    assert "MTV" in [h.text for h in find_labels(text)]
