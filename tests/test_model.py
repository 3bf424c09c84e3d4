from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.errors import SchemaError
from rhetoscope.model import SCHEMA_VERSION, Document, Meta, Span, normalize_text


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(max_size=200))
    n = len(text)
    layers: dict[str, list[Span]] = {}
    for name in draw(
        st.lists(st.sampled_from(["turns", "sentences", "x y", "техники"]), unique=True, max_size=3)
    ):
        spans = []
        for _ in range(draw(st.integers(0, 5))):
            a = draw(st.integers(0, n))
            b = draw(st.integers(a, n))
            score = draw(st.none() | st.floats(0, 1))
            attrs = draw(
                st.dictionaries(
                    st.text(max_size=5), st.none() | st.integers() | st.text(max_size=5), max_size=3
                )
            )
            spans.append(Span(a, b, draw(st.text(max_size=8)), score, attrs))
        layers[name] = spans
    meta = Meta(
        title=draw(st.none() | st.text(max_size=20)),
        hashtags=tuple(draw(st.lists(st.text(min_size=1, max_size=6), max_size=3))),
        language=draw(st.sampled_from([None, "en", "ru"])),
    )
    return Document(text=text, meta=meta, layers=layers, id=draw(st.none() | st.text(max_size=5)))


@given(documents())
def test_json_round_trip_is_lossless(doc: Document) -> None:
    again = Document.from_json(doc.to_json())
    assert again == doc
    assert again.to_dict() == doc.to_dict()


@given(documents())
def test_spans_always_lie_inside_text(doc: Document) -> None:
    for spans in doc.layers.values():
        for s in spans:
            assert 0 <= s.start <= s.end <= len(doc.text)


def test_span_outside_text_is_rejected() -> None:
    with pytest.raises(ValueError, match="outside the text"):
        Document(text="abc", layers={"x": [Span(1, 4, "l")]})


def test_layers_are_immutable_and_sorted() -> None:
    doc = Document(text="hello world", layers={"x": [Span(6, 11, "b"), Span(0, 5, "a")]})
    assert [s.label for s in doc.layer("x")] == ["a", "b"]
    with pytest.raises(TypeError):
        doc.layers["y"] = ()  # type: ignore[index]
    doc2 = doc.with_layer("y", [Span(0, 1, "h")])
    assert not doc.has_layer("y") and doc2.has_layer("y")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("e\u0301", "\u00e9"), ("plain", "plain")],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "payload",
    [
        '{"schema": "other/1", "text": ""}',
        "[1]",
        "not json",
        f'{{"schema": "{SCHEMA_VERSION}"}}',
        f'{{"schema": "{SCHEMA_VERSION}", "text": "ab", '
        '"layers": {"x": [{"start": 0, "end": 9, "label": "l"}]}}',
    ],
)
def test_bad_json_is_a_schema_error(payload: str) -> None:
    with pytest.raises(SchemaError):
        Document.from_json(payload)
