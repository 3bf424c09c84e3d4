"""Round 32 (FP): background-call office labels, a moderator's hand-off to a reporter's line,
a fleeting vowel in a dative surname, a Rada chair named below the cover's office line, and
a news anchor's set-up before a one-off soundbite."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import LabelKind, classify_label, dative_surname


def _turns(text: str) -> list[tuple[str, str | None]]:
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(read_text(text))
    return [(s.label, s.attrs.get("speaker")) for s in doc.layer("turns")]


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("SENIOR STATE DEPARTMENT OFFICIAL", "Senior State Department Official"),
        ("SENIOR ADMINISTRATION OFFICIAL", "Senior Administration Official"),
        ("Senior Defense Official", "Senior Defense Official"),
    ],
)
def test_background_official_is_an_office(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


def test_former_official_after_a_name_stays_the_person() -> None:
    info = classify_label("LAURA WHITFIELD, FORMER TREASURY OFFICIAL")
    assert info is not None and info.kind is LabelKind.PERSON


@pytest.mark.parametrize(
    ("dative", "nominative"),
    [("Кравцю", "Кравець"), ("Стрільцю", "Стрілець"), ("Дудю", "Дудь"), ("Киселёву", "Киселёв")],
)
def test_dative_surname(dative: str, nominative: str) -> None:
    assert dative_surname(dative) == nominative


_BACKGROUND = """Senior State Department Official on the Secretary’s Upcoming Travel
BACKGROUND BRIEFING

MODERATOR: Thanks for joining. Let’s go to the line of Dana Ortiz with AFP.

QUESTION: Thanks for doing this. Will sanctions come up?

SENIOR STATE DEPARTMENT OFFICIAL: They will. We have had a candid dialogue on that.

MODERATOR: Next, let’s go to Omar Reyes with CNN.

QUESTION: Will the Secretary meet civil society?

SENIOR STATE DEPARTMENT OFFICIAL: Yes, there will be a roundtable.

MODERATOR: Thanks, everyone, for joining.
"""


def test_background_call_speakers() -> None:
    speakers = [s for _, s in _turns(_BACKGROUND)]
    assert speakers[-7:] == [
        None,  # the moderator and the official, whom a background call never names
        "Dana Ortiz",
        None,
        None,
        "Omar Reyes",
        None,
        None,
    ]


_RADA = """СТЕНОГРАМА
пленарного засідання Верховної Ради України

Веде засідання Голова Верховної Ради України
СТЕФАНЧУК Р.О.

ГОЛОВУЮЧИЙ. Доброго ранку, шановні народні депутати! Доповідає
міністр фінансів Марченко Сергій Михайлович.

МАРЧЕНКО С.М., міністр фінансів України. Шановні народні депутати! Прошу підтримати законопроект.

ГОЛОВУЮЧИЙ. Дякую. Прошу голосувати.
"""


def test_rada_chair_named_below_the_office_line() -> None:
    speakers = {s for _, s in _turns(_RADA)}
    assert "Ради України" not in speakers
    assert any(s and "Стефанчук" in s for s in speakers)


_NEWSHOUR = """PBS NEWS HOUR

Geoff Bennett:
The agency is preparing to cut a fifth of its workforce. At a hearing today,
the acting chief defended the plan.

Dale Porter, Acting FEMA Administrator:
We are not walking away from anyone. States are already equipped to do this work.

Geoff Bennett:
For a look at what's at stake, I'm joined by Lauren Whitcomb, a former deputy administrator.

Lauren, what does a cut of this size mean on the ground?

Lauren Whitcomb, Former FEMA Deputy Administrator:
It means fewer people who know the local emergency managers.

Geoff Bennett:
Is he wrong?

Lauren Whitcomb:
Some states are equipped. Many are not.
"""


def test_soundbite_after_anchor_setup_is_a_statement() -> None:
    turns = _turns(_NEWSHOUR)
    assert turns[:4] == [
        ("statement", "Geoff Bennett"),
        ("statement", "Dale Porter"),
        ("question", "Geoff Bennett"),
        ("answer", "Lauren Whitcomb"),
    ]
