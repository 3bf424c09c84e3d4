"""Round 32 (FO): English pages of non-English governments — label and name forms."""

import pytest

from rhetoscope.structure.cover import _event_moderators
from rhetoscope.structure.hashtags import is_tag_line
from rhetoscope.structure.metadata import trailing_start
from rhetoscope.structure.speakers import Name, classify_label, resolve_names


@pytest.mark.parametrize(
    ("label", "given", "surname"),
    [
        ("Ambassador Bùi Văn Nghị", ("Bùi", "Văn"), "Nghị"),
        ("Minister for Foreign Affairs Dr Tan Wei Liang", ("Tan", "Wei"), "Liang"),
        ("Secretary for Security Chris Tang", ("Chris",), "Tang"),
        ("Minister of Government Communication Omar Haddadin", ("Omar",), "Haddadin"),
        ("Canciller Restrepo", (), "Restrepo"),
    ],
)
def test_label_names(label: str, given: tuple[str, ...], surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None
    assert (info.name.given, info.name.surname) == (given, surname)


def test_bracketed_daily_keeps_its_name() -> None:
    info = classify_label("Journalist (Daily Mirror)")
    assert info is not None and info.outlet == "Daily Mirror"


def test_paternal_surname_label_is_the_double_surname() -> None:
    names = [classify_label(s).name for s in ("Canciller Restrepo", "Restrepo Ortiz")]
    full = Name(("Laura", "Restrepo"), "Ortiz", "Foreign Minister", False)
    short = Name(("Laura",), "Restrepo", "Foreign Minister", False)
    canon = resolve_names([n for n in names if n is not None], [full, short], [])
    assert set(canon.values()) == {"Laura Restrepo Ortiz"}


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (
            "before the courts. Thank you very much.\n\n.     .     .     .     .\n\nMINISTRY",
            "much.",
        ),
        ("new partnerships. (end) ds.ma\n\nKUNA 201430 Jan 25NNNN\n", "partnerships."),
        ("for coming.\n\n#MeetThePress #24HourEco\nnomy\n", "coming."),
    ],
)
def test_trailing_furniture(tail: str, kept: str) -> None:
    text = "Minister: We spoke at length about it all, " + tail
    assert text[: trailing_start(text)].endswith(kept)


def test_digit_led_hashtag() -> None:
    assert is_tag_line("#MeetThePress #24HourEco") and not is_tag_line("#1 #2")


def test_lead_moderator_after_office() -> None:
    lead = (
        "The Minister spoke. The session was moderated by the Director of Information "
        "Services, Mrs. Abena Ofori.\n"
    )
    assert [(n.given, n.surname) for n in _event_moderators(lead)] == [(("Abena",), "Ofori")]
