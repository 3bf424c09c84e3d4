"""Round-26 (DZ) pages: lower-case surname particles in labels and leads, podcast guests
"joined by" the host, and the credits, notes and disclaimers under an interview."""

from __future__ import annotations

import pytest

from rhetoscope.structure.header import _header_people
from rhetoscope.structure.metadata import _TRAILING_LINE
from rhetoscope.structure.speakers import classify_label
from rhetoscope.structure.turns import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(sp.label, sp.attrs.get("speaker")) for sp in analyse(text).turns]


@pytest.mark.parametrize(("label", "surname"), [("af Ekström", "af Ekström")])
def test_lower_particle_label(label: str, surname: str) -> None:
    info = classify_label(label)
    assert info is not None and info.name is not None and info.name.surname == surname


def test_particle_label_completed_from_lead() -> None:
    text = (
        "Karin af Ekström, a Liberal MP, tells The Local why the rules must change.\n\n"
        "The Local: Why the change of heart on the salary threshold?\n\n"
        "af Ekström: I would not call it a change of heart. We did not foresee the effect.\n\n"
        "The Local: What would you exempt?\n\n"
        "af Ekström: Occupations on the official shortage list. It is simple to administer.\n"
    )
    got = speakers(text)
    assert ("answer", "Karin af Ekström") in got


def test_glued_label_with_particle() -> None:
    text = (
        "Liesbeth van den Broek, the defense minister, spoke to POLITICO.\n\n"
        "POLITICO: What are you proposing?\n\n"
        "Van den Broek: A standing mission, not an exercise. Ships from five navies.\n\n"
        "POLITICO: Are you in a position to lecture others?Van den Broek: I'm not lecturing"
        " anyone. We were late, I admit it.\n"
    )
    assert [sp for sp in speakers(text) if sp[0] == "answer"] == [
        ("answer", "Liesbeth van den Broek"),
        ("answer", "Liesbeth van den Broek"),
    ]


def test_joined_by_names_guest_and_host() -> None:
    people = _header_people(
        "In this episode, host Teodora Vasile is joined by Karim al-Haddad, senior policy fellow"
        " with ECFR's Middle East and North Africa programme.\n"
    )
    kinds = {(k, n.display()) for k, n in people}
    assert ("is joined by", "Karim al-Haddad") in kinds
    assert ("interview by", "Teodora Vasile") in kinds
    # the think tank's programme is no journalist of it
    assert not any(n.surname == "East" for _, n in people)


@pytest.mark.parametrize(
    "line",
    [
        "Interview by Pavel Gruzdev. Translated by Meduza’s English-language team.",
        "This story has been updated to correct the Senate vote count.",
        "REPUBLISH",
        "Our stories may be republished online or in print under Creative Commons license"
        " CC BY-NC-ND 4.0.",
        "Are you affected by the work permit rules? Get in touch at news@thelocal.se",
        "The European Council on Foreign Relations does not take collective positions. ECFR"
        " publications only represent the views of their individual authors.",
    ],
)
def test_trailing_furniture(line: str) -> None:
    assert _TRAILING_LINE.match(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Interview by interview, we built trust with them.",
        "That is why I would contact us all again.",
        "This story is about the farmers, not the cities.",
    ],
)
def test_speech_is_no_trailing_furniture(line: str) -> None:
    assert _TRAILING_LINE.match(line) is None
