"""Scorers against hand-computed cases and a few properties."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rhetoscope.errors import BadRecordError
from rhetoscope.techniques import metrics


@pytest.mark.parametrize(
    ("pred", "gold", "p", "r"),
    [
        # half overlap: 5 of 10 chars either way
        ([("a", 5, 15)], [("a", 0, 10)], 0.5, 0.5),
        # one long prediction covering two gold spans: P = 20/30, R = (1 + 1) / 2
        ([("a", 0, 30)], [("a", 0, 10), ("a", 20, 30)], 2 / 3, 1.0),
        # overlapping predictions are merged before scoring
        ([("a", 0, 6), ("a", 4, 10)], [("a", 0, 10)], 1.0, 1.0),
        # spans of different articles never match
        ([("b", 0, 10)], [("a", 0, 10)], 0.0, 0.0),
        # nothing predicted
        ([], [("a", 0, 10)], 0.0, 0.0),
        # two predictions, one hit in part: P = (4/8 + 0) / 2, R = 4/4
        ([("a", 0, 8), ("a", 50, 60)], [("a", 4, 8)], 0.25, 1.0),
    ],
)
def test_si_hand_cases(pred: list, gold: list, p: float, r: float) -> None:
    score = metrics.si_score(pred, gold)
    assert score.precision == pytest.approx(p)
    assert score.recall == pytest.approx(r)
    f = 2 * p * r / (p + r) if p + r else 0.0
    assert score.f1 == pytest.approx(f)


def test_flc_counts_only_matching_labels() -> None:
    gold = [("a", "Loaded_Language", 0, 10), ("a", "Doubt", 20, 30)]
    pred = [("a", "Loaded_Language", 0, 10), ("a", "Loaded_Language", 20, 30)]
    overall, per = metrics.flc_score(pred, gold)
    assert overall.precision == pytest.approx(0.5)
    assert overall.recall == pytest.approx(0.5)
    assert per["Loaded_Language"].precision == pytest.approx(0.5)
    assert per["Loaded_Language"].recall == pytest.approx(1.0)
    assert per["Doubt"].f1 == 0.0


def test_tc_micro_with_duplicate_spans() -> None:
    gold = [("a", "L", 0, 5), ("a", "D", 6, 9), ("a", "L", 6, 9)]
    pred = [("a", "L", 0, 5), ("a", "L", 6, 9), ("a", "L", 6, 9)]
    overall, per = metrics.tc_score(pred, gold)
    assert overall.f1 == pytest.approx(2 / 3)
    assert per["L"].precision == pytest.approx(2 / 3)
    assert per["L"].recall == pytest.approx(1.0)
    assert per["D"].recall == 0.0


@pytest.mark.parametrize(
    ("pred", "gold", "f1"),
    [
        ({("a", 1): ["A"], ("a", 2): ["C"]}, {("a", 1): ["A", "B"], ("a", 2): []}, 0.5),
        ({("a", 1): ["A", "B"]}, {("a", 1): ["A", "B"]}, 1.0),
        ({("a", 1): []}, {("a", 1): ["A"]}, 0.0),
        # a label listed twice counts once (label sets)
        ({("a", 1): ["A", "A"]}, {("a", 1): ["A"]}, 1.0),
    ],
)
def test_paragraph_micro_f1(pred: dict, gold: dict, f1: float) -> None:
    assert metrics.paragraph_micro_f1(pred, gold)[0].f1 == pytest.approx(f1)


@pytest.mark.parametrize(
    ("spans", "merged"),
    [
        ([(0, 5), (3, 8)], [(0, 8)]),
        ([(0, 5), (5, 8)], [(0, 8)]),
        ([(6, 9), (0, 2)], [(0, 2), (6, 9)]),
        ([(4, 4)], []),
    ],
)
def test_merge_spans(spans: list, merged: list) -> None:
    assert metrics.merge_spans(spans) == merged


_spans = st.lists(
    st.tuples(st.sampled_from("ab"), st.integers(0, 200), st.integers(1, 40)).map(
        lambda t: (t[0], t[1], t[1] + t[2])
    ),
    min_size=1,
    max_size=12,
)


@given(_spans)
def test_si_perfect_prediction_scores_one(spans: list) -> None:
    assert metrics.si_score(spans, spans).f1 == pytest.approx(1.0)


@given(_spans, _spans)
def test_si_swapping_roles_swaps_precision_and_recall(pred: list, gold: list) -> None:
    a, b = metrics.si_score(pred, gold), metrics.si_score(gold, pred)
    assert a.precision == pytest.approx(b.recall)
    assert a.recall == pytest.approx(b.precision)
    assert 0.0 <= a.f1 <= 1.0


@given(
    st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1])))
)
def test_merge_is_idempotent_and_disjoint(spans: list) -> None:
    once = metrics.merge_spans(spans)
    assert metrics.merge_spans(once) == once
    assert all(a[1] < b[0] for a, b in pairwise(once))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("1\tDoubt\t3\t9\n\n2\tSlogans\t0\t4\n", [("1", "Doubt", 3, 9), ("2", "Slogans", 0, 4)]),
        ("7\t3\t9\n", [("7", "", 3, 9)]),
    ],
)
def test_read_labels(tmp_path: Path, content: str, expected: list) -> None:
    path = tmp_path / "x.labels"
    path.write_text(content, encoding="utf-8")
    assert metrics.read_labels(str(path)) == expected


@pytest.mark.parametrize("content", ["1\tDoubt\tthree\t9\n", "1\tDoubt\n"])
def test_read_labels_rejects_malformed_lines(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.labels"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadRecordError, match=r"x\.labels:1"):
        metrics.read_labels(str(path))


_rows = st.lists(
    st.tuples(
        st.from_regex(r"[0-9]{1,9}", fullmatch=True),
        st.sampled_from(["Doubt", "Loaded_Language", "Name_Calling,Labeling"]),
        st.integers(0, 10_000),
        st.integers(1, 500),
    ).map(lambda t: (t[0], t[1], t[2], t[2] + t[3])),
    max_size=20,
)


@given(_rows)
def test_labels_file_round_trip(rows: list) -> None:
    """What `techniques predict` writes, `read_labels` (and so `eval`) reads back unchanged."""
    import tempfile

    from rhetoscope.cli.techniques import _write

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.labels"
        _write(rows, path)
        assert metrics.read_labels(str(path)) == rows


@given(_spans, _spans)
def test_si_sums_pool_over_articles(pred: list, gold: list) -> None:
    parts = [
        metrics.si_sums([p for p in pred if p[0] == a], [g for g in gold if g[0] == a])
        for a in "ab"
    ]
    pooled = metrics.si_from_sums(*(sum(x) for x in zip(*parts, strict=True)))
    assert pooled.f1 == pytest.approx(metrics.si_score(pred, gold).f1)
