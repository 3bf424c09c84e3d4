"""Town-hall residents, a city mayor's office label, webinar chat questions, podcast voicemail,
UK inquiry clock lines and a sponsor read between its marks."""

import pytest

from rhetoscope.structure.directions import _AD_BLOCK, _HANSARD_CLOCK
from rhetoscope.structure.speakers import LabelKind
from structure_support import label_surname


@pytest.mark.parametrize(
    ("label", "kind", "who"),
    [
        ("RESIDENT", LabelKind.ANONYMOUS, None),
        ("WOMAN IN AUDIENCE", LabelKind.ANONYMOUS, None),
        ("Житель", LabelKind.ANONYMOUS, None),
        ("Жителька", LabelKind.ANONYMOUS, None),
        ("Voicemail", LabelKind.ANONYMOUS, None),
        ("Міський голова", LabelKind.OFFICE, None),
        ("Q FROM CHAT", LabelKind.QUESTION, None),
        ("Q from chat (Mateus, São Paulo)", LabelKind.QUESTION, "Mateus"),
        ("Caller (Denise, Stockport)", LabelKind.PERSON, "Denise"),
    ],
)
def test_label_forms(label: str, kind: LabelKind, who: str | None) -> None:
    assert label_surname(label) == (kind, who)


@pytest.mark.parametrize(
    ("line", "clock"), [("10.00 am", True), ("2.15 pm", True), ("1420", True), ("Day 14", False)]
)
def test_clock_lines(line: str, clock: bool) -> None:
    assert (_HANSARD_CLOCK.fullmatch(line) is not None) is clock


def test_sponsor_read_block() -> None:
    text = "law of nature.\n\n[Ad break]\nThis episode is supported by X.\n[End of ad break]\n"
    m = _AD_BLOCK.search(text)
    assert m is not None and m.group().startswith("[Ad break]")
    assert m.group().endswith("[End of ad break]")
