"""Inquest records and podcast stamps: "Coroner:"/"Witness:" labels, the witness named by the
lead's "is giving evidence" sentence, and a stamp set off from its label by a middle dot."""

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text

INQUEST = (
    "An inquest is being heard today. Area coroner Jane Holt is sitting without a jury. "
    "PC Owen Price of Dyfed Police is giving evidence this morning.\n\n"
    "Coroner: Good morning. When did you arrive at the scene?\n"
    "Witness: I arrived at 21:31, ma'am, and the road was closed.\n"
    "Coroner: Were the lights working?\n"
    "Witness: They were working on that stretch, yes.\n"
)
PODCAST = (
    "Ведущий — Никита Ланской. Гостья — историк Вера Остроумова.\n\n"
    "00:41 · Никита: Привет, у меня в гостях Вера Остроумова. Это можно было остановить?\n"
    "01:05 · Вера: Можно, если бы хоть один дом успели включить в реестр.\n"
    "02:12 · Никита: То есть проблема не в законе, а в скорости?\n"
    "02:16 · Вера: И в скорости, и в том, как система устроена.\n"
)


def _turns(text: str) -> list[tuple[str, str | None, str]]:
    doc = build_pipeline(["metadata", "sentences", "turns", "duplicates"])(read_text(text))
    return [
        (s.label, s.attrs.get("speaker"), doc.text[s.start : s.end].split()[0])
        for s in doc.layer("turns")
        if s.attrs.get("speaker")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            INQUEST,
            [
                ("question", "Jane Holt", "Good"),
                ("answer", "Owen Price", "I"),
                ("question", "Jane Holt", "Were"),
                ("answer", "Owen Price", "They"),
            ],
        ),
        (
            PODCAST,
            [
                ("question", "Никита Ланской", "Привет,"),
                ("answer", "Вера Остроумова", "Можно,"),
                ("question", "Никита Ланской", "То"),
                ("answer", "Вера Остроумова", "И"),
            ],
        ),
    ],
)
def test_turns(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _turns(text) == want
