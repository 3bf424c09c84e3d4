"""Repetition by counting."""

from __future__ import annotations

import pytest

from rhetoscope.techniques.repetition import count_in, repeats

TEXT = (
    "We will defend our homeland. The enemy fears our homeland. "
    "Our homeland will stand. And the people of the homeland know it. "
    "Strong borders, strong borders, strong borders!"
)


def test_repeated_phrases_found_with_counts_and_offsets() -> None:
    found = {r.phrase: r for r in repeats(TEXT)}
    assert found["homeland"].count == 4
    assert found["strong borders"].count == 3
    for s, e in found["strong borders"].occurrences:
        assert TEXT[s:e].lower() == "strong borders"
    # "strong" alone is covered by "strong borders" with as many occurrences
    assert "strong" not in found
    assert "the" not in found and "our" not in found


@pytest.mark.parametrize(
    ("fragment", "n"),
    [("homeland", 4), ("Strong  borders", 3), ("enemy", 1), ("missing", 0), ("!!", 0)],
)
def test_count_in(fragment: str, n: int) -> None:
    assert count_in(TEXT, fragment) == n


def test_russian_repetitions() -> None:
    text = "Киевский режим лжёт. Киевский режим боится. Киевский режим падёт."
    found = {r.phrase: r.count for r in repeats(text)}
    assert found.get("киевский режим") == 3
