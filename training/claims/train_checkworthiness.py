"""Train the check-worthiness model shipped in src/rhetoscope/models/claims/.

    OMP_NUM_THREADS=1 nice -n 10 python training/claims/train_checkworthiness.py [--no-lodo]

Data (read in place from ../shared/data/claims, never copied): ClaimBuster 25ncs, CheckThat! 2019
task 1 train (19 transcripts with speakers), CheckThat! 2020 task 5 train. Evaluation is
leave-one-debate-out (LODO) over the 19 CheckThat! 2019 transcripts: for each one, train on
everything else after removing every sentence whose normalised text equals a sentence of the
held-out transcript (CheckThat! 2020 and ClaimBuster repeat the 2016 debates), then compute the
average precision of the held-out transcript's ranking. MAP is the mean over transcripts.

Two members are trained and averaged in probability: ``ct`` on the CheckThat! rows (what
fact-checkers chose from transcripts) and ``cb`` on ClaimBuster (what annotators called a
check-worthy factual sentence). Each member comes in two variants:
* ``full`` (English): USE embedding + hashed word n-grams + hand features;
* ``multi``: USE embedding + hand features only, used for non-Latin (Russian) sentences,
  where the English n-gram weights would only add collision noise.

Writes checkworthiness.npz (weights, scored with numpy at inference) and checkworthiness.json
(metrics, data hashes, settings) beside it. Fixed seed; sklearn's liblinear is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rhetoscope.claims import features as F  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "claims"
FILES = {
    "claimbuster": "claimbuster-25ncs.json",
    "checkthat2019": "checkthat2019-task1-train.csv",
    "checkthat2020": "checkthat2020-task5-train.tsv",
}
OUT_DIR = ROOT / "src" / "rhetoscope" / "models" / "claims"
CACHE = Path("/tmp/rhetoscope-claims-cache")
SEED = 13
ROLE_COLS = [F.HAND_FEATURES.index("is_principal"), F.HAND_FEATURES.index("is_moderator")]
C_FULL = 0.5
C_MULTI = 0.5
# CheckThat! rows are the in-domain ones (transcripts, ~3 % positive); ClaimBuster is a balanced-ish
# sample of debate sentences. Equal row weights worked as well as any reweighting we tried.


@dataclass(frozen=True)
class Row:
    text: str
    label: int
    source: str
    transcript: str | None
    role: float


def norm(text: str) -> str:
    """The normalised text used to find the same sentence across corpora."""
    return " ".join(re.findall(r"\w+", text.lower()))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_rows() -> tuple[list[Row], int]:
    rows: list[Row] = []
    with (DATA / FILES["checkthat2019"]).open(encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    # Speaker roles exactly as `rhetoscope claims score --speaker-column` infers them, per file.
    by_file: dict[str, list[dict[str, str]]] = {}
    for r in records:
        by_file.setdefault(r["file_name"], []).append(r)
    for name, recs in by_file.items():
        roles = F.infer_roles([r["speaker"] for r in recs], [r["text"] for r in recs])
        for r, role in zip(recs, roles, strict=True):
            rows.append(Row(r["text"], int(r["label"]), "checkthat2019", name, role))
    seen_2019 = {norm(r.text) for r in rows}
    dropped_2020 = 0
    with (DATA / FILES["checkthat2020"]).open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for rec in reader:
            text, label = "\t".join(rec[:-1]), int(rec[-1])
            # 2020 task 5 re-releases the 2019 transcripts without speakers: keep the 2019 copy.
            if norm(text) in seen_2019:
                dropped_2020 += 1
                continue
            rows.append(Row(text, label, "checkthat2020", None, F.ROLE_UNKNOWN))
    for item in json.loads((DATA / FILES["claimbuster"]).read_text(encoding="utf-8")):
        rows.append(Row(item["text"], int(item["label"]), "claimbuster", None, F.ROLE_UNKNOWN))
    return rows, dropped_2020


def embeddings(texts: list[str]) -> np.ndarray:
    key = hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]
    path = CACHE / f"use-v{F.FEATURE_VERSION}-{key}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    emb = F.embed(texts)
    print(f"embedded {len(texts)} sentences in {time.time() - t0:.0f}s", flush=True)
    np.save(path, emb)
    return emb


def hashed_matrix(texts: list[str]) -> sp.csr_matrix:
    indptr, indices, data = [0], [], []
    for t in texts:
        feats = F.hashed_ngrams(t)
        indices.extend(feats.keys())
        data.extend(feats.values())
        indptr.append(len(indices))
    return sp.csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices), np.asarray(indptr)),
        shape=(len(texts), F.HASH_DIM),
    )


@dataclass
class Fitted:
    emb_w: np.ndarray
    hand_w: np.ndarray
    hash_w: np.ndarray | None
    bias: float


def fit(
    emb: np.ndarray,
    hand: np.ndarray,
    hashed: sp.csr_matrix | None,
    y: np.ndarray,
    c: float,
) -> Fitted:
    blocks: list[sp.spmatrix] = [sp.csr_matrix(emb), sp.csr_matrix(hand)]
    if hashed is not None:
        blocks.append(hashed)
    x = sp.hstack(blocks, format="csr")
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=300, random_state=SEED)
    clf.fit(x, y)
    w = clf.coef_[0].astype(np.float32)
    e, h = emb.shape[1], hand.shape[1]
    return Fitted(
        emb_w=w[:e],
        hand_w=w[e : e + h],
        hash_w=w[e + h :] if hashed is not None else None,
        bias=float(clf.intercept_[0]),
    )


def decision(
    m: Fitted, emb: np.ndarray, hand: np.ndarray, hashed: sp.csr_matrix | None
) -> np.ndarray:
    z = emb @ m.emb_w + hand @ m.hand_w + m.bias
    if m.hash_w is not None and hashed is not None:
        z = z + hashed @ m.hash_w
    return np.asarray(z).ravel()


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))


# Two members, averaged in probability: one learns what fact-checkers picked from transcripts
# (CheckThat! 2019 + 2020), the other what annotators called a check-worthy factual sentence
# (ClaimBuster). Pooling them in one regression did as well on LODO MAP (see quality-claims.md).
MEMBERS: dict[str, tuple[str, ...]] = {
    "ct": ("checkthat2019", "checkthat2020"),
    "cb": ("claimbuster",),
}


def fit_members(
    emb: np.ndarray,
    hand: np.ndarray,
    hashed: sp.csr_matrix | None,
    y: np.ndarray,
    source: np.ndarray,
    c: float,
) -> dict[str, Fitted]:
    return {
        name: fit(emb[m], hand[m], None if hashed is None else hashed[m], y[m], c)
        for name, sources in MEMBERS.items()
        for m in [np.isin(source, sources)]
    }


def ensemble(
    models: dict[str, Fitted], emb: np.ndarray, hand: np.ndarray, hashed: sp.csr_matrix | None
) -> np.ndarray:
    return np.mean([sigmoid(decision(m, emb, hand, hashed)) for m in models.values()], axis=0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-lodo", action="store_true", help="skip the 19-fold evaluation")
    args = ap.parse_args()
    np.random.seed(SEED)

    rows, dropped_2020 = load_rows()
    texts = [r.text for r in rows]
    y = np.asarray([r.label for r in rows], dtype=np.int64)
    print(
        f"{len(rows)} rows ({Counter(r.source for r in rows)}); "
        f"{dropped_2020} CheckThat 2020 rows dropped as copies of 2019 sentences",
        flush=True,
    )
    emb = embeddings(texts)
    hand_raw = np.vstack([F.hand_features(r.text, r.role) for r in rows])
    hashed = hashed_matrix(texts)
    source = np.asarray([r.source for r in rows])
    norms = [norm(t) for t in texts]

    def scaled(hand: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
        return (hand - mean) / std

    per_transcript: dict[str, dict[str, float | int]] = {}
    if not args.no_lodo:
        transcripts = sorted({r.transcript for r in rows if r.transcript})
        for name in transcripts:
            t0 = time.time()
            test = np.asarray([r.transcript == name for r in rows])
            held = {norms[i] for i in np.flatnonzero(test)}
            leak = np.asarray([(not test[i]) and norms[i] in held for i in range(len(rows))])
            train = ~test & ~leak
            mean = hand_raw[train].mean(0)
            std = hand_raw[train].std(0) + 1e-6
            hand = scaled(hand_raw, mean, std)
            args_train = (emb[train], hand[train])
            full = fit_members(*args_train, hashed[train], y[train], source[train], C_FULL)
            multi = fit_members(*args_train, None, y[train], source[train], C_MULTI)
            yt = y[test]
            ap_full = average_precision_score(
                yt, ensemble(full, emb[test], hand[test], hashed[test])
            )
            ap_members = {
                k: average_precision_score(yt, decision(m, emb[test], hand[test], hashed[test]))
                for k, m in full.items()
            }
            ap_multi = average_precision_score(yt, ensemble(multi, emb[test], hand[test], None))
            # The same model when the speaker is not known at test time (no --speaker-column).
            hand_anon = hand_raw[test].copy()
            hand_anon[:, ROLE_COLS] = 0.0  # both indicators off = role unknown
            hand_anon = scaled(hand_anon, mean, std)
            ap_anon = average_precision_score(
                yt, ensemble(full, emb[test], hand_anon, hashed[test])
            )
            leak_by_source = Counter(rows[i].source for i in np.flatnonzero(leak))
            per_transcript[name] = {
                "sentences": int(test.sum()),
                "positives": int(yt.sum()),
                "removed_as_leak": int(leak.sum()),
                "removed_as_leak_by_source": dict(sorted(leak_by_source.items())),
                "ap_full": round(float(ap_full), 4),
                **{f"ap_full_{k}_only": round(float(v), 4) for k, v in ap_members.items()},
                "ap_multilingual": round(float(ap_multi), 4),
                "ap_full_no_speaker": round(float(ap_anon), 4),
                "ap_random": round(float(yt.mean()), 4),
            }
            print(
                f"{name:32s} n={int(test.sum()):5d} pos={int(yt.sum()):3d} "
                f"leak-removed={int(leak.sum()):4d} AP full={ap_full:.3f} "
                f"(ct {ap_members['ct']:.3f}, cb {ap_members['cb']:.3f}) "
                f"multi={ap_multi:.3f} no-speaker={ap_anon:.3f} random={yt.mean():.3f} "
                f"({time.time() - t0:.0f}s)",
                flush=True,
            )
        keys = (
            "ap_full",
            "ap_full_ct_only",
            "ap_full_cb_only",
            "ap_multilingual",
            "ap_full_no_speaker",
            "ap_random",
        )
        for key in keys:
            mean_ap = np.mean([v[key] for v in per_transcript.values()])
            print(f"LODO MAP {key[3:]}: {mean_ap:.4f}")

    mean = hand_raw.mean(0)
    std = hand_raw.std(0) + 1e-6
    hand = scaled(hand_raw, mean, std)
    full = fit_members(emb, hand, hashed, y, source, C_FULL)
    multi = fit_members(emb, hand, None, y, source, C_MULTI)
    arrays: dict[str, np.ndarray] = {
        "feature_version": np.asarray(F.FEATURE_VERSION),
        "members": np.asarray(list(MEMBERS)),
        "hand_mean": mean.astype(np.float32),
        "hand_std": std.astype(np.float32),
    }
    for variant, models in (("full", full), ("multi", multi)):
        for name, m in models.items():
            arrays[f"{variant}_{name}_emb_w"] = m.emb_w
            arrays[f"{variant}_{name}_hand_w"] = m.hand_w
            arrays[f"{variant}_{name}_bias"] = np.asarray(m.bias, dtype=np.float32)
            if m.hash_w is not None:
                # float16 halves the file; the scores move by < 1e-3.
                arrays[f"{variant}_{name}_hash_w"] = m.hash_w.astype(np.float16)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT_DIR / "checkworthiness.npz", **arrays)  # type: ignore[arg-type]
    metrics: dict[str, object] = {
        "model": "checkworthiness",
        "model_sha256": sha256(OUT_DIR / "checkworthiness.npz"),
        "feature_version": F.FEATURE_VERSION,
        "seed": SEED,
        "C": {"full": C_FULL, "multilingual": C_MULTI},
        "members": {k: list(v) for k, v in MEMBERS.items()},
        "data_sha256": {k: sha256(DATA / v) for k, v in FILES.items()},
        "training_rows": dict(Counter(r.source for r in rows)),
        "checkthat2020_rows_dropped_as_2019_copies": dropped_2020,
        "hand_features": list(F.HAND_FEATURES),
    }
    if per_transcript:
        metrics["lodo"] = {
            "map_full": round(float(np.mean([v["ap_full"] for v in per_transcript.values()])), 4),
            "map_full_ct_only": round(
                float(np.mean([v["ap_full_ct_only"] for v in per_transcript.values()])), 4
            ),
            "map_full_cb_only": round(
                float(np.mean([v["ap_full_cb_only"] for v in per_transcript.values()])), 4
            ),
            "map_multilingual": round(
                float(np.mean([v["ap_multilingual"] for v in per_transcript.values()])), 4
            ),
            "map_full_no_speaker": round(
                float(np.mean([v["ap_full_no_speaker"] for v in per_transcript.values()])), 4
            ),
            "map_random": round(
                float(np.mean([v["ap_random"] for v in per_transcript.values()])), 4
            ),
            "per_transcript": per_transcript,
        }
    (OUT_DIR / "checkworthiness.json").write_text(
        json.dumps(metrics, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT_DIR / 'checkworthiness.npz'} and checkworthiness.json")


if __name__ == "__main__":
    main()
