"""Australian tribunal transcripts ("?---" answers) and bracketed holders of role labels."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.speakers import LabelKind, classify_label

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

FWC = """Transcript of the hearing, day 2.

<JANE DOE, AFFIRMED                                [10.05 AM]

<CROSS-EXAMINATION BY MR SMITH                     [10.05 AM]

PN10
MR SMITH: You have been the manager of the ward since March 2021?---That's right, since March.

PN11
And you prepare the roster four weeks ahead?---Usually four weeks, sometimes three.

PN12
THE COMMISSIONER: Does the log record who asked for the change?---No, it only records the date.

PN13
MR SMITH: Nothing further, Commissioner.
"""


def test_witness_answers_split_from_examiners_paragraph() -> None:
    doc = PIPELINE(read_text(FWC))
    got = [
        (t.label, t.attrs.get("speaker"), doc.text[t.start : t.end].split()[0])
        for t in doc.layer("turns")
    ]
    surnames = [(a, ((b or "").split() or [""])[-1], c) for a, b, c in got]
    assert ("question", "Smith", "You") in surnames
    answers = [(b, c) for a, b, c in got if a == "answer"]
    assert answers == [("Jane Doe", "That's"), ("Jane Doe", "Usually"), ("Jane Doe", "No,")]
    assert not any("PN1" in doc.text[t.start : t.end] for t in doc.layer("turns"))


@pytest.mark.parametrize(
    ("label", "kind", "name"),
    [
        ("Moderator (Principal Dana Okafor)", LabelKind.PERSON, "Dana Okafor"),
        ("Host (Dr Ama Mensah)", LabelKind.PERSON, "Ama Mensah"),
        ("Student (Aiden, 7th grade)", LabelKind.PERSON, "Aiden"),
        ("Resident (Maria, Elm Street)", LabelKind.PERSON, "Maria"),
    ],
)
def test_bracketed_holder(label: str, kind: LabelKind, name: str) -> None:
    info = classify_label(label)
    assert info is not None and info.kind is kind
    assert info.name is not None and name.endswith(info.name.surname)


SHOW = """Как сеть пекарен пережила рост цен

В гостях у Ольги Мироновой — основатель сети пекарен «Хлебный двор» Артём Кравцов. Говорим о ценах.

[Ведущий] всем привет, меня зовут Ольга Миронова, и сегодня у нас Артём Кравцов.

[Гость] привет, Оля, спасибо, что позвали.

[Ведущий] как вы пережили подорожание муки и подняли ли цены?

[Гость] подняли, конечно, но не на треть, а примерно на двенадцать процентов.
"""


def test_show_host_in_genitive_before_the_guest() -> None:
    doc = PIPELINE(read_text(SHOW))
    speakers = {t.attrs.get("speaker") for t in doc.layer("turns") if t.label != "other"}
    assert "Артём Кравцов" in speakers
    assert not any(s and s.startswith("Ольги") for s in speakers)
