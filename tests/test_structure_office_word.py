"""An office's last word is no given name (twentieth session): wherever a reader completed a
surname label from a lead that writes the office straight before the name ("… Agrarian Policy
and Food Oksana Marchuk"), the name drops that word when the page also writes it without."""

from __future__ import annotations

import pytest

from rhetoscope.analysis import build_pipeline
from rhetoscope.ingest import read_text
from rhetoscope.structure.turns import _office_word_dropped

PIPELINE = build_pipeline(["metadata", "sentences", "turns", "duplicates"])

PAGE = """Oksana Marchuk, Deputy Minister of Agrarian Policy and Food of Ukraine
Farmers will sow less sunflower this year

The spring campaign starts under shelling again. Ukrinform asked Deputy Minister of Agrarian \
Policy and Food Oksana Marchuk how much land will be sown.

Q: How many hectares will farmers sow this spring?
Marchuk: About 14 million hectares, roughly the same as last year.
Q: Are there enough fertilizers?
Marchuk: Right now there is no deficit. The problem is the price.
"""


def test_surname_label_completed_without_the_office_word() -> None:
    doc = PIPELINE(read_text(PAGE))
    answers = [t.attrs["speaker"] for t in doc.layer("turns") if t.label == "answer"]
    assert answers == ["Oksana Marchuk", "Oksana Marchuk"]


@pytest.mark.parametrize(
    ("text", "speaker", "want"),
    [
        # the office's last word after "and", the name written bare elsewhere
        (
            "Minister of Policy and Food Oksana Marchuk said. Oksana Marchuk, minister",
            "Food Oksana Marchuk",
            "Oksana Marchuk",
        ),
        # after "for", on its own line elsewhere
        (
            "Minister for Communities and Territories Serhii Kovalchuk\nSerhii Kovalchuk",
            "Territories Serhii Kovalchuk",
            "Serhii Kovalchuk",
        ),
        # never written without the first word: a three-word name stays
        (
            "the head of the Lars-Erik Holm Institute and Anna Maria Berg spoke",
            "Anna Maria Berg",
            "Anna Maria Berg",
        ),
        # no connector before it: a given name
        ("Mary Ann Smith said so. Ann Smith is her cousin.", "Mary Ann Smith", "Mary Ann Smith"),
        # the bare form only as a label: a particle surname ("Ag Mohamed:") keeps the given name
        (
            "Aminata Traoré and Moussa Ag Mohamed, a logistics officer.\nAg Mohamed: Yes.",
            "Moussa Ag Mohamed",
            "Moussa Ag Mohamed",
        ),
        # two words never lose one
        ("Minister of Food Oksana, Oksana", "Food Oksana", "Food Oksana"),
        (None, None, None),
    ],
)
def test_office_word_dropped(text: str | None, speaker: str | None, want: str | None) -> None:
    assert _office_word_dropped(text or "", speaker) == want
