"""Phone-in callers in capitals, councillors' abbreviated title, a reporter's bracketed name."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label


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
    info = classify_label(label)
    assert info is not None and info.kind is kind
    if surname is None:
        assert info.name is None
    else:
        assert info.name is not None and info.name.surname == surname
