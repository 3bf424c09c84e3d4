"""The taxonomy is complete and its mappings are consistent with the datasets' label sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from rhetoscope.errors import PipelineError
from rhetoscope.techniques import taxonomy as tx


def test_23_techniques_in_6_categories() -> None:
    assert len(tx.TECHNIQUES) == 23
    assert len(tx.CATEGORIES) == 6
    assert {t.category for t in tx.TECHNIQUES} == {c.id for c in tx.CATEGORIES}
    for t in tx.TECHNIQUES:
        assert t.definition.strip() and t.example.strip() and t.name.strip()
        assert t.example not in t.definition


@pytest.mark.parametrize(
    ("path", "labels"),
    [
        ("semeval2023/techniques.txt", tx.LABELS["semeval2023"]),
        ("semeval2021-memes/techniques.txt", tx.LABELS["semeval2021"]),
    ],
)
def test_label_sets_match_the_data(shared_data: Path, path: str, labels: tuple[str, ...]) -> None:
    names = {x.strip() for x in (shared_data / path).read_text("utf-8").splitlines() if x.strip()}
    assert names == set(labels)


def test_ptc_labels_match_the_data(shared_data: Path) -> None:
    lines = (shared_data / "ptc" / "train-task-flc-tc.labels").read_text("utf-8").splitlines()
    assert {x.split("\t")[1] for x in lines if x.strip()} == set(tx.LABELS["semeval2020"])


@pytest.mark.parametrize("scheme", tx.SCHEMES)
def test_every_label_maps_to_2023_and_back(scheme: str) -> None:
    for label in tx.LABELS[scheme]:  # type: ignore[index]
        tech = tx.to_2023(label, scheme)
        assert tech in tx.BY_ID
        # going back lands on the same label (merged PTC classes include their first member)
        assert tx.from_2023(tech, scheme) == label


@pytest.mark.parametrize("scheme", tx.SCHEMES)
def test_every_2023_technique_has_a_target_or_none(scheme: str) -> None:
    for t in tx.TECHNIQUES:
        out = tx.from_2023(t.id, scheme)
        assert out is None or out in tx.LABELS[scheme]  # type: ignore[index]


@pytest.mark.parametrize(
    ("label", "source", "target", "expected"),
    [
        ("Name_Calling,Labeling", "semeval2020", "semeval2023", "Name_Calling-Labeling"),
        ("Thought-terminating_Cliches", "semeval2020", "semeval2023", "Conversation_Killer"),
        ("Straw_Man", "semeval2023", "semeval2020", "Whataboutism,Straw_Men,Red_Herring"),
        ("Appeal_to_Values", "semeval2023", "semeval2020", None),
        ("Smears", "semeval2021", "semeval2023", "Questioning_the_Reputation"),
        ("Reductio ad hitlerum", "semeval2021", "semeval2020", "Bandwagon,Reductio_ad_hitlerum"),
        ("Doubt", "semeval2020", "semeval2020", "Doubt"),
    ],
)
def test_convert(label: str, source: str, target: str, expected: str | None) -> None:
    assert tx.convert(label, source, target) == expected


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (tx.to_2023, ("Doubt", "semeval1999")),
        (tx.to_2023, ("Nonsense", "semeval2020")),
        (tx.from_2023, ("Nonsense", "semeval2020")),
        (tx.convert, ("Nonsense", "semeval2023", "semeval2023")),
    ],
)
def test_bad_labels_and_schemes_raise(call: object, args: tuple[str, ...]) -> None:
    with pytest.raises(PipelineError):
        call(*args)  # type: ignore[operator]
