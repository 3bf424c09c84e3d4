"""Repeated passages (exact and near) and the de-duplicated view with its offset map."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rhetoscope.model import Document, Span
from rhetoscope.structure.duplicates import deduplicated_view, duplicate_spans, find_duplicates

PASSAGE = (
    "the American concept was brought to Moscow by his special representative S. Whitcoff, and "
    "as President V. Putin informed President D. Trump, we agreed to take it as a basis"
)


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (PASSAGE, PASSAGE),
        (PASSAGE, PASSAGE.replace("V. Putin", "V.V. Putin")),
        (
            "knock Trump off the path he himself proposed – namely, towards a stable, long-term "
            "peace, rather than an immediate ceasefire",
            "knock Trump off the path he himself proposed — namely, toward a stable, long-term "
            "peace, rather than an immediate ceasefire",
        ),
        (
            'he called it a "historic step toward a just and lasting peace for the whole region '
            'and its peoples"',
            "he called it a «historic step towards a just and lasting peace for the whole region "
            "and its peoples»",
        ),
        (
            "Мы исходим из того, что американская сторона услышала нашу позицию и учтёт её в "
            "дальнейшей работе над мирным соглашением",
            "Мы исходим из того, что американская сторона услышала нашу позицию и учтет ее в "
            "дальнейшей работе над мирным соглашением",
        ),
    ],
    ids=["exact", "initials", "dash-toward", "quotes", "russian-yo"],
)
def test_near_duplicates_are_marked(first: str, later: str) -> None:
    text = f"Intro sentence here. {first}. Then other words follow for a while. {later}. End."
    spans = duplicate_spans(text)
    assert len(spans) == 1
    span = spans[0]
    a, b = span.attrs["duplicate_of"]
    assert b <= span.start
    assert text.rindex(later) <= span.start and span.end <= text.rindex(later) + len(later)
    assert text.index(first) <= a and b <= text.index(first) + len(first)
    assert len(text[span.start : span.end].split()) >= 12
    assert span.label == "duplicate" and 0.8 <= (span.score or 0) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Thank you very much. Thank you very much. Thank you very much.",
        "We will continue to work with our partners. Later: we will continue to work with them.",
        "in the interests of our peoples and countries; and in the interests of our peoples, too",
        "very very very very very very very very very very very very very very very very very",
    ],
)
def test_short_or_self_repeats_are_not_duplicates(text: str) -> None:
    assert find_duplicates(text) == []


def test_three_copies_point_to_the_first() -> None:
    text = f"A. {PASSAGE}. B. {PASSAGE}. C. {PASSAGE}."
    spans = duplicate_spans(text)
    assert len(spans) == 2
    assert spans[0].attrs["duplicate_of"] == spans[1].attrs["duplicate_of"]


def test_view_removes_later_copy_and_maps_back() -> None:
    text = f"Start. {PASSAGE}. Middle part. {PASSAGE}. Finish."
    doc = Document(text=text).with_layer("duplicates", duplicate_spans(text))
    view = deduplicated_view(doc)
    assert view.text.count(PASSAGE[:40]) == 1
    assert view.text.endswith(". Finish.")
    for i, ch in enumerate(view.text):
        assert text[view.to_original(i)] == ch
    data = view.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"text", "segments", "removed"}
    ((start, end),) = data["removed"]
    assert start == doc.layer("duplicates")[0].start and text[start:end].startswith("the American")


def test_view_without_duplicates_is_identity() -> None:
    doc = Document(text="Nothing repeats here.").with_layer("duplicates", [])
    view = deduplicated_view(doc)
    assert view.text == doc.text and view.removed == ()
    assert view.to_original(len(view.text)) == len(doc.text)
    with pytest.raises(IndexError):
        view.to_original(len(view.text) + 1)


words = st.sampled_from(
    [
        "peace",
        "talks",
        "Moscow",
        "—",
        "–",
        "V.",
        "V.V.",
        "toward",
        "towards",
        "sanctions",
        "the",
        "of",
        "and",
        "security",
        "Europe",
        "войска",
        "мир",
        "2025",
        "\n",
        "?",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    base=st.lists(words, min_size=0, max_size=60),
    copy=st.lists(words, min_size=0, max_size=30),
    gaps=st.tuples(st.integers(0, 60), st.integers(0, 60)),
    extra=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=3),
)
def test_view_maps_every_char_back(
    base: list[str], copy: list[str], gaps: tuple[int, int], extra: list[tuple[int, int]]
) -> None:
    parts = list(base)
    for gap in gaps:  # insert the copy twice, so real duplicates occur
        parts[min(gap, len(parts)) : min(gap, len(parts))] = copy
    text = " ".join(parts)
    spans = duplicate_spans(text)
    # Arbitrary (even overlapping) spans must be handled too.
    spans += [
        Span(min(a, len(text)), min(a + n, len(text)), "duplicate", attrs={"duplicate_of": [0, 0]})
        for a, n in extra
    ]
    doc = Document(text=text).with_layer("duplicates", spans)
    view = deduplicated_view(doc)
    for i, ch in enumerate(view.text):
        assert text[view.to_original(i)] == ch
    kept = sum(length for _, _, length in view.segments)
    removed = sum(b - a for a, b in view.removed)
    assert kept == len(view.text) and kept + removed == len(text)
    for span in doc.layer("duplicates"):
        if span.end > span.start:
            assert any(a <= span.start and span.end <= b for a, b in view.removed)
