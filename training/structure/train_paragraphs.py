"""Train the paragraph tagger (rhetoscope/models/structure/paragraphs.npz) on the fixtures.

Usage:
    python training/structure/train_paragraphs.py cv      # grouped 5-fold CV, prints figures
    python training/structure/train_paragraphs.py final   # fit on all, write the .npz

The examples are the label-less Q&A pages among tests/fixtures/transcripts (no speaker label
the rules find, three or more gold questions): each non-blank line is tagged from the gold
table (O, Q/q, A/a). The CV holds out whole documents (seeded folds) and scores what
:func:`rhetoscope.structure.proposer.propose` makes of each held-out page against its gold turns
with exact boundaries, as the benchmark does; it also counts how many label-less pages that are
not Q&A (speeches and articles among the fixtures, and PTC news articles when ../shared/data is
there) the gates would wrongly turn into a dialogue.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from rhetoscope.structure import proposer
from rhetoscope.structure.labels import find_labels
from rhetoscope.structure.metadata import trailing_start

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "transcripts"
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train-articles"
SEED = 13
C = 0.5
MIN_COUNT = 2
# Weight of a line of a page that is no Q&A: a Q&A's answers read like an article's paragraphs.
# (0.05 up to round 45; on 379 pages it read 5 of the 415 articles as Q&A, 0.1 reads 3 for one
# page and 0.4 points of turn recall fewer; on round 48's 395 pages 0.1 reads 4 and 0.15 still 4,
# with 0.5 points of turn recall fewer, so 0.1 stays.)
NEG_WEIGHT = 0.1
CARD = proposer.MODEL_PATH.with_suffix(".json")


def gold_spans(text: str, gold: list[list[object]]) -> list[tuple[str, int, int]]:
    """Each gold row's ``(label, start, end)`` found in order (prefix, then the next suffix)."""
    out = []
    cursor = 0
    for label, _, prefix, suffix in gold:
        s = text.find(str(prefix), cursor)
        if s < 0:
            continue
        e = text.find(str(suffix), s)
        if e < 0:
            continue
        e += len(str(suffix))
        out.append((str(label), s, e))
        cursor = s + 1
    return out


def line_tags(lines: list[proposer.Line], spans: list[tuple[str, int, int]]) -> list[str]:
    tags = ["O"] * len(lines)
    for label, s, e in spans:
        if label == "other":
            continue
        role = "Q" if label == "question" else "A"
        first = True
        for i, ln in enumerate(lines):
            if ln.end > s and ln.start < e:
                if tags[i] == "O":
                    tags[i] = role if first else role.lower()
                first = False
    return tags


def examples() -> tuple[list[tuple[str, str, list[list[object]]]], list[tuple[str, str]]]:
    """Label-less Q&A fixtures (name, text, gold) and label-less non-Q&A texts (name, text)."""
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    positives, negatives = [], []
    for name, case in sorted(expected.items()):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        if find_labels(text):
            continue
        gold = case["turns"]
        if sum(r[0] == "question" for r in gold) >= 3:
            positives.append((name, text, gold))
        elif not any(r[0] == "question" for r in gold):
            negatives.append((name, text))
    return positives, negatives


def ptc_articles() -> list[tuple[str, str]]:
    """PTC's label-less news articles (held out: never trained on), when ../shared is there."""
    out = []
    for path in sorted(PTC.glob("*.txt")) if PTC.exists() else []:
        text = path.read_text(encoding="utf-8")
        if not find_labels(text):
            out.append((path.name, text))
    return out


def featurise(text: str) -> tuple[list[proposer.Line], list[list[str]]]:
    lines = proposer.page_lines(text, trailing_start(text))
    return lines, proposer.line_features(lines)


def fit(
    docs: list[tuple[str, str, list[list[object]]]], others: list[tuple[str, str]]
) -> proposer.ParagraphTagger:
    """Fit on the Q&A pages' line tags and the other pages' lines, every one of them ``O``
    (the transitions are the Q&A pages' only)."""
    from scipy.sparse import csr_matrix  # training only
    from sklearn.linear_model import LogisticRegression

    feats: list[list[str]] = []
    tags: list[str] = []
    seqs: list[list[str]] = []
    weight: list[float] = []
    for _, text, gold in docs:
        lines, doc_feats = featurise(text)
        t = line_tags(lines, gold_spans(text, gold))
        feats += doc_feats
        tags += t
        weight += [1.0] * len(lines)
        seqs.append(t)
    for _, text in others:
        lines, doc_feats = featurise(text)
        feats += doc_feats
        tags += ["O"] * len(lines)
        weight += [NEG_WEIGHT] * len(lines)
    counts = Counter(x for f in feats for x in set(f))
    names = sorted(x for x, c in counts.items() if c >= MIN_COUNT)
    vocab = {x: i for i, x in enumerate(names)}
    rows, cols = [], []
    for r, line_feats in enumerate(feats):
        for x in set(line_feats):
            if x in vocab:
                rows.append(r)
                cols.append(vocab[x])
    x_mat = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))
    y = np.array([proposer.TAGS.index(t) for t in tags])
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    clf.fit(x_mat, y, sample_weight=np.array(weight))
    k = len(proposer.TAGS)
    weights = np.zeros((len(vocab), k), dtype=np.float32)
    bias = np.zeros(k, dtype=np.float32)
    for ci, cls in enumerate(clf.classes_):
        weights[:, cls] = clf.coef_[ci]
        bias[cls] = clf.intercept_[ci]
    missing = [t for t in range(k) if t not in clf.classes_]
    bias[missing] = -30.0
    tag_counts = np.bincount(y, weights=np.array(weight), minlength=k) + 1.0
    prior = np.log(tag_counts / tag_counts.sum())
    start = np.full(k, 0.1)
    trans = np.full((k, k), 0.1)
    for seq in seqs:
        start[proposer.TAGS.index(seq[0])] += 1
        for a, b in itertools.pairwise(seq):
            trans[proposer.TAGS.index(a), proposer.TAGS.index(b)] += 1
    for a, b in proposer.FORBIDDEN:
        trans[proposer.TAGS.index(a), proposer.TAGS.index(b)] = 1e-12
    start[[proposer.TAGS.index("q"), proposer.TAGS.index("a")]] = 1e-12
    start = np.log(start / start.sum())
    trans = np.log(trans / trans.sum(axis=1, keepdims=True))
    return proposer.ParagraphTagger(
        vocab,
        weights,
        bias,
        prior.astype(np.float32),
        start.astype(np.float32),
        trans.astype(np.float32),
    )


def score(
    text: str, gold: list[list[object]], turns: list[tuple[str, int, int]]
) -> tuple[int, int]:
    """Gold question/answer rows matched exactly (prefix and suffix, in order), of all such rows."""
    rows = [r for r in gold if r[0] in ("question", "answer", "statement")]
    matched = 0
    cursor = 0
    for _label, _, prefix, suffix in rows:
        for i in range(cursor, len(turns)):
            body = text[turns[i][1] : turns[i][2]]
            if body.startswith(str(prefix)) and body.endswith(str(suffix)):
                matched += 1
                cursor = i + 1
                break
    return matched, len(rows)


Examples = tuple[list[tuple[str, str, list[list[object]]]], list[tuple[str, str]]]


def all_examples() -> Examples:
    """The Q&A fixtures, and every page that is no Q&A: the fixtures' and PTC's (read once)."""
    positives, negatives = examples()
    return positives, negatives + ptc_articles()


def cv(data: Examples, folds: int = 5) -> dict[str, object]:
    """Grouped k-fold figures of the tagger and of :func:`proposer.propose`'s gates."""
    positives, negatives = data
    order = np.random.default_rng(SEED).permutation(len(positives))
    fold_of = {int(d): n % folds for n, d in enumerate(order)}
    neg_fold = {name: n % folds for n, (name, _) in enumerate(negatives)}
    matched = total = accepted = line_ok = line_n = 0
    false_pos: list[str] = []
    for k in range(folds):
        train = [d for i, d in enumerate(positives) if fold_of[i] != k]
        test = [d for i, d in enumerate(positives) if fold_of[i] == k]
        model = fit(train, [d for d in negatives if neg_fold[d[0]] != k])
        for _, text, gold in test:
            lines = proposer.page_lines(text, trailing_start(text))
            want = line_tags(lines, gold_spans(text, gold))
            got = model.tag(lines)
            line_ok += sum(a == b for a, b in zip(want, got, strict=True))
            line_n += len(want)
            turns = proposer.propose(text, trailing_start(text), model)
            accepted += bool(turns)
            m, t = score(text, gold, turns)
            matched += m
            total += t
        for name, text in negatives:
            if neg_fold[name] == k and proposer.propose(text, trailing_start(text), model):
                false_pos.append(name)
    figures: dict[str, object] = {
        "folds": folds,
        "qa_pages": len(positives),
        "qa_pages_read": accepted,
        "turns": total,
        "turns_exact": matched,
        "turn_recall": round(matched / total, 4),
        "line_accuracy": round(line_ok / line_n, 4),
        "other_pages": len(negatives),
        "other_pages_read_as_qa": len(false_pos),
    }
    print(f"label-less Q&A pages: {len(positives)}, question/answer turns: {total}")
    print(f"line tag accuracy (held out): {line_ok / line_n:.3f} over {line_n} lines")
    print(f"pages read as Q&A: {accepted}/{len(positives)}")
    print(f"turns with exact boundaries (held out): {matched}/{total} = {matched / total:.3f}")
    print(f"label-less pages that are no Q&A, read as one: {len(false_pos)}/{len(negatives)}")
    for name in false_pos:
        print("  false positive:", name)
    return figures


def examples_sha256(data: Examples) -> str:
    """What the shipped model was fitted on: the fixtures' texts and gold, and PTC's texts."""
    positives, negatives = data
    h = hashlib.sha256()
    for name, text, gold in positives:
        h.update(json.dumps([name, text, gold], ensure_ascii=False).encode())
    for name, text in negatives:
        h.update(json.dumps([name, text], ensure_ascii=False).encode())
    return h.hexdigest()


def final() -> None:
    positives, negatives = examples()
    ptc = ptc_articles()
    data = (positives, negatives + ptc)
    figures = cv(data)
    model = fit(*data)
    names = sorted(model.vocab, key=model.vocab.__getitem__)
    proposer.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        proposer.MODEL_PATH,
        vocab=np.array(names),
        weights=model.weights.astype(np.float16),
        bias=model.bias,
        prior=model.prior,
        start=model.start,
        trans=model.trans,
    )
    card = {
        "model_sha256": hashlib.sha256(proposer.MODEL_PATH.read_bytes()).hexdigest(),
        "examples_sha256": examples_sha256(data),
        "ptc_articles": len(ptc),
        "features": len(names),
        "cv": figures,
    }
    CARD.write_text(json.dumps(card, indent=2) + "\n", encoding="utf-8")
    size = proposer.MODEL_PATH.stat().st_size
    print(f"wrote {proposer.MODEL_PATH} ({len(names)} features, {size / 1024:.0f} KiB) and {CARD}")


if __name__ == "__main__":
    if (sys.argv[1] if len(sys.argv) > 1 else "cv") == "final":
        final()
    else:
        cv(all_examples())
