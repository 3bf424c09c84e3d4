"""Small cases for the sixth session's lead-side fixes: acronyms are no given names, and a
newsletter box the paragraph tagger reads as a remark is dropped with its blurb."""

from __future__ import annotations

import pytest

from rhetoscope.structure.dialogue import _unboxed
from rhetoscope.structure.header import _acronym_pair
from rhetoscope.structure.speakers import Name


@pytest.mark.parametrize(
    ("given", "surname", "acronym"),
    [
        ("DOJ", "Surrenders", True),
        ("NATO", "Summit", True),
        ("JD", "Vance", False),  # two capitals: initials, kept
        ("Joe", "Biden", False),
        ("KOWALCZYK", "ANNA", False),  # a name in capitals throughout
    ],
)
def test_acronym_pair(given: str, surname: str, acronym: bool) -> None:
    assert _acronym_pair(Name((given,), surname, None, False)) is acronym


def test_newsletter_box_read_as_a_remark_is_dropped() -> None:
    text = (
        "Is the target dead?\n\nNo. We will build more.\n\n"
        "Sign up for the Inside Politics newsletter\n\n"
        "Our political team on what matters, every Thursday.\n\n"
        "Was the tax a failure?\n\nIt raised less, but that was never the point.\n"
    )

    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    proposed = [
        ("question", *span("Is the target dead?")),
        ("answer", *span("No. We will build more.")),
        ("question", *span("Sign up for the Inside Politics newsletter")),
        ("answer", *span("Our political team on what matters, every Thursday.")),
        ("question", *span("Was the tax a failure?")),
        ("answer", *span("It raised less, but that was never the point.")),
    ]
    kept = _unboxed(text, proposed)
    assert [text[s:e] for _, s, e in kept] == [
        "Is the target dead?",
        "No. We will build more.",
        "Was the tax a failure?",
        "It raised less, but that was never the point.",
    ]
