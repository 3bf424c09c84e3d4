"""Office labels and their holders from blind batch EP (short snippets)."""

from __future__ import annotations

import pytest

from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Director-General", "Director-General"),
        ("Глава города", "Глава города"),
        ("Міністр фінансів", "Міністр фінансів"),
        ("Министр финансов", "Министр финансов"),
        ("Міністр", "Міністр"),
        ("Министр заявил", None),  # a news lead-in, no label
        ("Глава города отметила", None),
    ],
)
def test_office_labels(label: str, office: str | None) -> None:
    info = classify_label(label)
    if office is None:
        assert info is None or info.kind is not LabelKind.OFFICE
    else:
        assert info is not None and info.kind is LabelKind.OFFICE
        assert info.office == office


def _speakers(text: str) -> list[str | None]:
    return [t.attrs.get("speaker") for t in analyse(text).turns]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # the holder after the organisation the office serves, in a dek
            "Trade Weekly\n\nThe Director-General of the Nordic Carriers Association, Henrik "
            "Solberg, on fuel mandates\n\n"
            "Interviewer: Is the industry ready?\n\nDirector-General: For 2%, yes.\n\n"
            "Interviewer: And after 2030?\n\nDirector-General: Not yet.\n",
            [None, "Henrik Solberg", None, "Henrik Solberg"],
        ),
        (  # a government byline: "Minister for …, the Hon. Name MP"
            "Transcript - Doorstop, Geraldton\nMinister for Energy, the Hon. Dana Okafor MP\n\n"
            "MINISTER: Good morning.\n\nJOURNALIST: How many jobs?\n\n"
            "MINISTER: About 350.\n\nJOURNALIST: When?\n\nMINISTER: Next year.\n",
            ["Dana Okafor", None, "Dana Okafor", None, "Dana Okafor"],
        ),
    ],
)
def test_office_holder_named(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


def test_bracketed_ad_slot_is_furniture() -> None:
    text = "Q: Thanks?\n\nA: Thank you.\n\n[Advertisement]\nSubscribe to X Weekly for full access\n"
    assert text[trailing_start(text) :].strip().startswith("[Advertisement]")
