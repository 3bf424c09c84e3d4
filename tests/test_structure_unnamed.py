"""A voice known only by its role or an office the page never ties to a person is null."""

from __future__ import annotations

import pytest

from rhetoscope.structure.unnamed import names_no_one
from structure_support import run


@pytest.mark.parametrize(
    ("speaker", "no_one"),
    [
        ("Moderator", True),
        ("The Moderator", True),
        ("Модератор", True),
        ("Ведущий", True),
        ("Staff", True),
        ("Operator", True),
        ("Mr Speaker", True),
        ("The Vice President", True),
        ("Senior State Department Official", True),
        ("Deputy Secretary-General", True),
        ("Secretary Bessent", False),
        ("President Trump", False),
        ("Chair Powell", False),
        ("Ms Bruce", False),
        ("Reuters", False),
        ("ТАСС", False),
        ("Sergey Lavrov", False),
        ("Ведущий Соловьев", False),
    ],
)
def test_names_no_one(speaker: str, no_one: bool) -> None:
    assert names_no_one(speaker) is no_one


BRIEFING = (
    "Press conference on the summit\n\n"
    "MODERATOR: Good afternoon. The floor is yours, Minister.\n\n"
    "MINISTER KOVAL: Thank you. We agreed on three things today.\n\n"
    "MODERATOR: Questions, please. Anna Berg, Reuters.\n\n"
    "QUESTION: Will the deal hold?\n\n"
    "MINISTER KOVAL: It will, if both sides keep their word.\n\n"
    "MODERATOR: Thank you all.\n"
)


def test_unnamed_moderator_is_null_but_keeps_its_label() -> None:
    doc = run(BRIEFING)
    chair = [t for t in doc.layer("turns") if t.attrs["speaker_label"] == "MODERATOR"]
    assert len(chair) == 3
    assert all(t.label == "other" and t.attrs["speaker"] is None for t in chair)
    askers = [t.attrs["speaker"] for t in doc.layer("turns") if t.label == "question"]
    assert askers == ["Anna Berg"]


def test_named_moderator_keeps_the_name() -> None:
    doc = run(BRIEFING.replace("MODERATOR:", "MODERATOR (Lina Park):", 1))
    chair = [t for t in doc.layer("turns") if t.label == "other"]
    assert {t.attrs["speaker"] for t in chair} == {"Lina Park"}
