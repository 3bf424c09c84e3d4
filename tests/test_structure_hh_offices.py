"""Offices a label names alone, and where the page names their holder (round 38, batch HH)."""

import pytest

from rhetoscope.structure.speakers import LabelKind, classify_label
from rhetoscope.structure.turns import analyse


@pytest.mark.parametrize(
    ("label", "office"),
    [
        ("Chief Inspector", "Chief Inspector"),
        ("COUNTY EXECUTIVE", "County Executive"),
        ("Cathaoirleach", "Cathaoirleach"),
        ("Атаман", "Атаман"),
    ],
)
def test_post_is_an_office(label: str, office: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is LabelKind.OFFICE and info.office == office


def _speakers(text: str) -> dict[str, str | None]:
    doc = analyse(text)
    return {text[t.start : t.end].split()[0]: t.attrs.get("speaker") for t in doc.turns}


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        # A quoted programme title is no person; the caption's apposed post names the holder,
        # though the lead's "Presenter: …" line comes first.
        (
            "Prison Reform Network\n\n"
            "Transcript of an interview broadcast on Northern Talk Radio's \"The Evening "
            'Brief", 9 October 2024. Presenter: Tom Ashworth.\n\n'
            "Image caption: Helen Marwood, HM Chief Inspector of Prisons, outside the prison.\n\n"
            "Presenter: What did your inspectors find?\n\n"
            "Chief Inspector: They found a prison that had stopped functioning.\n\n"
            "Presenter: How does that happen?\n\n"
            "Chief Inspector: It happens when a jail loses its officers.\n",
            "They",
            "Helen Marwood",
        ),
        # A title-case headline's verb after the name, before a lowercase preposition.
        (
            "Harlow County Government\n\n"
            "TRANSCRIPT: County Executive Marcus Delgado Briefs on Water Main Break\n\n"
            "County Executive Marcus Delgado was joined by Public Works Director Alan Strick.\n\n"
            "COUNTY EXECUTIVE: Good afternoon, everyone. A main failed this morning.\n\n"
            "Q: How many customers?\n\n"
            "COUNTY EXECUTIVE: About 41,000.\n",
            "Good",
            "Marcus Delgado",
        ),
        # The host "spoke with the state treasurer": the host is no treasurer.
        (
            "Cumberland Public Radio\n\n"
            "Host Carla Jimenez spoke with the state treasurer about the record balance.\n\n"
            "HOST: Is that a cushion?\n\n"
            "TREASURER: It's a cushion, and not an especially thick one.\n\n"
            "HOST: Will you run again?\n\n"
            "TREASURER: I have a job, Carla, and I like it.\n",
            "It's",
            "Treasurer",
        ),
        # A Cossack head named after his society's name in guillemets.
        (
            "Радио «Донская волна»\n\n"
            "В студии — ведущий Дмитрий Корнеев. Гость программы — атаман станичного "
            "казачьего общества «Старочеркасская станица» Павел Игнатьевич Сорокин.\n\n"
            "Ведущий: Откуда такой спрос?\n\n"
            "Атаман: Спрос идёт от родителей.\n\n"
            "Ведущий: А молодёжь?\n\n"
            "Атаман: Уезжают.\n",
            "Спрос",
            "Павел Сорокин",
        ),
    ],
)
def test_office_holder(text: str, opening: str, speaker: str) -> None:
    assert _speakers(text)[opening] == speaker
