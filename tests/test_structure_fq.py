"""Round 32 (FQ): speakers named from a credit line, a declined lead, a suffix, a double surname."""

import pytest

from rhetoscope.structure.header import _patronymic_mended
from rhetoscope.structure.naming import _HOST_CREDIT, _double_surname, _pair_nominative
from rhetoscope.structure.speakers import LabelKind, Name, classify_label


@pytest.mark.parametrize("label", ["Директор", "Полковник"])
def test_lone_posts_are_offices(label: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ведучий програми — Максим Дерев'янко. Звукорежисерка — Олена Сич.", "Максим Дерев'янко"),
        (
            "Transcript produced by VPR. Host: HOLLOWAY, Brent. Producer: NGUYEN, Thao.",
            "HOLLOWAY, Brent",
        ),
        ("Presenter: Corin Dalgety", "Corin Dalgety"),
    ],
)
def test_host_credit(text: str, name: str) -> None:
    found = [m.group("name") for m in _HOST_CREDIT.finditer(text)]
    assert found == [name]


@pytest.mark.parametrize(
    ("speaker", "text", "want"),
    [
        (
            "María José Ortega",
            "Mayor María José Ortega Villalba on water\n\nOrtega Villalba, who took office …",
            "María José Ortega Villalba",
        ),
        (
            "Thomas W. Beaumont",
            "A conversation with Sen. Thomas W. Beaumont III\n\nBeaumont III, a Democrat, holds "
            "a seat his grandfather, Thomas W. Beaumont Sr., held.",
            "Thomas W. Beaumont III",
        ),
        # Never written alone: the name stays as read.
        ("Keir Starmer", "Prime Minister Keir Starmer Visits Paris", "Keir Starmer"),
    ],
)
def test_double_surname(speaker: str, text: str, want: str) -> None:
    assert _double_surname(speaker, text) == want


def test_declined_patronymic_lead() -> None:
    text = "Мы поговорили с директором заповедника Петром Семёновичем Ковалёвым о туристах."
    got = _patronymic_mended(
        [("interview with", Name(("Семёнович",), "Ковалёв", None, False))], text
    )
    assert got[0][1].display() == "Пётр Ковалёв"


@pytest.mark.parametrize(
    ("given", "surname", "want"),
    [
        ("Соломія", "Гринів-Марчук", ("Соломія", "Гринів-Марчук")),
        ("Андрія", "Мельника", ("Андрій", "Мельник")),
    ],
)
def test_pair_nominative(given: str, surname: str, want: tuple[str, str]) -> None:
    assert _pair_nominative(given, surname) == want
