from __future__ import annotations

import pytest

from rhetoscope.errors import PipelineError, RhetoscopeError
from rhetoscope.model import Document, Span
from rhetoscope.pipeline import Component, Pipeline


def _add(name: str) -> Component:
    return Component(
        name=name, func=lambda d: d.with_layer(name, [Span(0, 1, name)]), assigns=(name,)
    )


def test_order_is_checked() -> None:
    needs_a = Component(name="b", func=lambda d: d, requires=("a",), assigns=("b",))
    with pytest.raises(PipelineError, match="requires a"):
        Pipeline([needs_a, _add("a")])
    assert Pipeline([_add("a"), needs_a]).names == ("a", "b")


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        Pipeline(["nope"])


def test_batch_survives_bad_items() -> None:
    def boom(doc: Document) -> Document:
        if doc.text == "bad":
            raise ValueError("kaput")
        return doc

    pipe = Pipeline([Component(name="boom", func=boom)])
    items = [
        ("1", Document(text="ok")),
        ("2", RhetoscopeError("nope")),
        ("3", Document(text="bad")),
        ("4", Document(text="ok too")),
    ]
    results = list(pipe.run_batch(items))
    assert [r.ok for r in results] == [True, False, False, True]
    assert "kaput" in str(results[2].error)
