"""Scores written from the shared-task definitions.

* SI (SemEval-2020 Task 11, span identification): spans are sets of character offsets; overlapping
  spans of an article are merged first. P = Σ_s Σ_t |s∩t|/|s| / |S|, R = Σ_s Σ_t |s∩t|/|t| / |T|.
* TC (technique classification on given spans): micro P/R/F1 over (article, start, end, label).
* FLC (fragment-level classification): the SI formulas where a pair only counts when the labels
  agree, i.e. the per-technique SI numerators summed, over the total span counts.
* SemEval-2023 Task 3 subtask 3: multi-label micro-F1 over (article, paragraph, technique).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rhetoscope.errors import BadRecordError, UnreadableFileError

LabelledSpan = tuple[str, str, int, int]  # (article id, technique, start, end)


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float
    n_pred: int
    n_gold: int

    @classmethod
    def of(cls, p: float, r: float, n_pred: int, n_gold: int) -> PRF:
        f = 2 * p * r / (p + r) if p + r > 0 else 0.0
        return cls(p, r, f, n_pred, n_gold)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of overlapping (or touching) ranges, sorted; empty ranges dropped."""
    out: list[list[int]] = []
    for s, e in sorted((s, e) for s, e in spans if e > s):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _by_article(spans: Iterable[tuple[str, int, int]]) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for aid, s, e in spans:
        grouped[aid].append((s, e))
    return {aid: merge_spans(v) for aid, v in grouped.items()}


def _overlap_sums(
    pred: Mapping[str, list[tuple[int, int]]], gold: Mapping[str, list[tuple[int, int]]]
) -> tuple[float, float]:
    """(Σ |s∩t|/|s|, Σ |s∩t|/|t|) over all pairs of the same article."""
    p_sum = r_sum = 0.0
    for aid, ps in pred.items():
        for ts, te in gold.get(aid, ()):
            for ps_, pe in ps:
                inter = min(pe, te) - max(ps_, ts)
                if inter > 0:
                    p_sum += inter / (pe - ps_)
                    r_sum += inter / (te - ts)
    return p_sum, r_sum


def si_sums(
    pred: Iterable[tuple[str, int, int]], gold: Iterable[tuple[str, int, int]]
) -> tuple[float, float, int, int]:
    """The SI numerators and span counts (Σ|s∩t|/|s|, Σ|s∩t|/|t|, |S|, |T|); they add up
    across disjoint sets of articles, so scores of article subsets can be pooled."""
    p_art, g_art = _by_article(pred), _by_article(gold)
    p_sum, r_sum = _overlap_sums(p_art, g_art)
    return p_sum, r_sum, sum(len(v) for v in p_art.values()), sum(len(v) for v in g_art.values())


def si_from_sums(p_sum: float, r_sum: float, n_p: int, n_g: int) -> PRF:
    return PRF.of(p_sum / n_p if n_p else 0.0, r_sum / n_g if n_g else 0.0, n_p, n_g)


def si_score(pred: Iterable[tuple[str, int, int]], gold: Iterable[tuple[str, int, int]]) -> PRF:
    """SemEval-2020 Task 11 SI: (article, start, end) triples, labels ignored."""
    return si_from_sums(*si_sums(pred, gold))


def flc_score(
    pred: Iterable[LabelledSpan], gold: Iterable[LabelledSpan]
) -> tuple[PRF, dict[str, PRF]]:
    """Fragment-level classification: overall score and the SI score of each technique."""
    p_lab: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    g_lab: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for aid, lab, s, e in pred:
        p_lab[lab].append((aid, s, e))
    for aid, lab, s, e in gold:
        g_lab[lab].append((aid, s, e))
    per: dict[str, PRF] = {}
    p_tot = r_tot = 0.0
    n_p = n_g = 0
    for lab in sorted(set(p_lab) | set(g_lab)):
        pa, ga = _by_article(p_lab[lab]), _by_article(g_lab[lab])
        ps, rs = _overlap_sums(pa, ga)
        np_, ng = sum(len(v) for v in pa.values()), sum(len(v) for v in ga.values())
        per[lab] = PRF.of(ps / np_ if np_ else 0.0, rs / ng if ng else 0.0, np_, ng)
        p_tot, r_tot, n_p, n_g = p_tot + ps, r_tot + rs, n_p + np_, n_g + ng
    overall = PRF.of(p_tot / n_p if n_p else 0.0, r_tot / n_g if n_g else 0.0, n_p, n_g)
    return overall, per


def _micro(
    pred: Mapping[Any, Counter[str]], gold: Mapping[Any, Counter[str]]
) -> tuple[PRF, dict[str, PRF]]:
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for key in set(pred) | set(gold):
        p, g = pred.get(key, Counter()), gold.get(key, Counter())
        tp.update(p & g)
        n_pred.update(p)
        n_gold.update(g)
    per = {
        lab: PRF.of(
            tp[lab] / n_pred[lab] if n_pred[lab] else 0.0,
            tp[lab] / n_gold[lab] if n_gold[lab] else 0.0,
            n_pred[lab],
            n_gold[lab],
        )
        for lab in sorted(set(n_pred) | set(n_gold))
    }
    t, np_, ng = sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())
    return PRF.of(t / np_ if np_ else 0.0, t / ng if ng else 0.0, np_, ng), per


def tc_score(
    pred: Iterable[LabelledSpan], gold: Iterable[LabelledSpan]
) -> tuple[PRF, dict[str, PRF]]:
    """Micro P/R/F1 of labels on given spans; a span listed twice with two labels counts twice."""
    p: dict[object, Counter[str]] = defaultdict(Counter)
    g: dict[object, Counter[str]] = defaultdict(Counter)
    for aid, lab, s, e in pred:
        p[(aid, s, e)][lab] += 1
    for aid, lab, s, e in gold:
        g[(aid, s, e)][lab] += 1
    return _micro(p, g)


def paragraph_micro_f1(
    pred: Mapping[tuple[str, int], Sequence[str]], gold: Mapping[tuple[str, int], Sequence[str]]
) -> tuple[PRF, dict[str, PRF]]:
    """SemEval-2023 Task 3 subtask 3: micro-F1 over (article, line) x technique label sets."""
    p = {k: Counter(set(v)) for k, v in pred.items()}
    g = {k: Counter(set(v)) for k, v in gold.items()}
    return _micro(p, g)


def read_labels(path: str, *, with_technique: bool = True) -> list[LabelledSpan]:
    """A PTC labels file: ``id<TAB>technique<TAB>start<TAB>end`` (or ``id<TAB>start<TAB>end``)."""
    out: list[LabelledSpan] = []
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UnreadableFileError(f"cannot read labels file {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        parts = line.split("\t")
        if not parts[0].strip():
            continue
        try:
            if len(parts) == 4:
                out.append((parts[0], parts[1], int(parts[2]), int(parts[3])))
            elif len(parts) == 3:
                out.append((parts[0], "", int(parts[1]), int(parts[2])))
            else:
                raise ValueError
        except ValueError:
            raise BadRecordError(
                f"{path}:{n}: expected id<TAB>technique<TAB>start<TAB>end", source=path
            ) from None
    return out
