"""Phone-in callers in capitals, councillors' abbreviated title, a reporter's bracketed name."""

import pytest

from rhetoscope.structure.speakers import LabelKind
from structure_support import label_surname


@pytest.mark.parametrize(
    ("label", "kind", "surname"),
    [
        ("CALLER (JANE, LEEDS)", LabelKind.PERSON, "Jane"),
        ("Caller (Denise, Stockport)", LabelKind.PERSON, "Denise"),
        ("CALLER (ANON, BRADFORD)", LabelKind.ANONYMOUS, None),
        ("Cllr Brennan", LabelKind.PERSON, "Brennan"),
    ],
)
def test_label_forms(label: str, kind: LabelKind, surname: str | None) -> None:
    assert label_surname(label) == (kind, surname)
