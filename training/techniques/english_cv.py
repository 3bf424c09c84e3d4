"""5-fold cross-validation by article of the English models: SI, TC and FLC.

    python training/techniques/english_oof.py 0 1 2 3 4   # tagger scores per fold (slow part)
    python training/techniques/english_oof_member.py s1000 0 1 2 3 4   # the other two taggers
    python training/techniques/english_oof_member.py lex 0 1 2 3 4
    python training/techniques/english_cv.py                # decoding, TC heads, scores

Span decoding for fold k is chosen on the out-of-fold tagger scores of the other four folds
(never on fold k's labels); the decoding for the shipped model is chosen on all five (written to
decoding.json, read by `english.py final`/`retune`). Token scores are the mean over the tagger
ensemble (english.MEMBERS), as at inference. The TC head of fold k is trained on the
other folds' gold spans. Writes cv_english.json to the cache for report.py.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data
import english as E

from rhetoscope.techniques import metrics
from rhetoscope.techniques.detect import counted_repetitions, has_content


def _table(per: dict[str, metrics.PRF]) -> dict[str, dict[str, float]]:
    return {
        k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "n_gold": v.n_gold}
        for k, v in per.items()
    }


def _sums_per_config(
    arts: dict[str, E.Article], probs: dict[str, np.ndarray], configs: list[dict[str, float]]
) -> np.ndarray:
    """(configs, articles, 4) SI sums of each decoding config on each article."""
    out = np.zeros((len(configs), len(arts), 4))
    for j, a in enumerate(arts.values()):
        gold = [(a.aid, s, e) for _, s, e in a.gold]
        for c, cfg in enumerate(configs):
            out[c, j] = metrics.si_sums(
                [(a.aid, s, e) for s, e in E.decode(a, probs[a.aid], cfg)], gold
            )
    return out


def _best(sums: np.ndarray, mask: np.ndarray, configs: list[dict[str, float]]) -> dict[str, float]:
    f1 = [metrics.si_from_sums(*sums[c, mask].sum(0)).f1 for c in range(len(configs))]
    return configs[int(np.argmax(f1))]


def _oof(k: int) -> tuple[list[str], dict[str, np.ndarray]]:
    """Fold k's test articles and their token scores, averaged over the ensemble's taggers."""
    zs = [np.load(E.oof_dir(m) / f"fold{k}.npz") for m in E.MEMBERS]
    test = [str(x) for x in zs[0]["test"]]
    assert all([str(x) for x in z["test"]] == test for z in zs)
    return test, {aid: np.mean([z[f"p{aid}"] for z in zs], axis=0) for aid in test}


def main() -> None:
    t0 = time.time()
    arts = {a.aid: a for a in E.load()}
    fold = data.folds(list(arts))
    oof: dict[str, np.ndarray] = {}
    for k in range(5):
        oof.update(_oof(k)[1])
    configs = [
        dict(zip(E.DECODE_GRID, v, strict=True)) for v in itertools.product(*E.DECODE_GRID.values())
    ]
    sums = _sums_per_config(arts, oof, configs)
    folds_arr = np.array([fold[aid] for aid in arts])
    final_cfg = _best(sums, folds_arr >= 0, configs)
    (data.CACHE / "decoding.json").write_text(json.dumps(final_cfg))
    print(f"decoding for the shipped model: {final_cfg} [{time.time() - t0:.0f}s]", flush=True)
    si_pred, si_gold, tc_pred, tc_gold, flc_pred = [], [], [], [], []
    # the shipped post-processing (content filter), and the optional Repetition-by-counting
    post_si, post_flc, count_si, count_flc = [], [], [], []
    chosen = []
    for k in range(5):
        test_ids, probs = _oof(k)
        test = [arts[aid] for aid in test_ids]
        assert all(fold[a.aid] == k for a in test)
        train = [a for a in arts.values() if fold[a.aid] != k]
        cfg = _best(sums, folds_arr != k, configs)
        chosen.append(cfg)
        gspans, gy = E.gold_spans(train)
        tc_model, mu, sd = E.train_tc(E.span_matrix(train, gspans), gy, E.TC_EPOCHS, data.SEED + k)
        tspans, _ = E.gold_spans(test)
        P = E.tc_predict(tc_model, mu, sd, E.span_matrix(test, tspans))
        labels = iter(E.PTC_LABELS[int(i)] for i in P.argmax(1))
        f_pred, f_gold, t_pred, t_gold = [], [], [], []
        for a in test:
            t_pred += [(a.aid, next(labels), s, e) for _, s, e in a.gold]
            t_gold += [(a.aid, t, s, e) for t, s, e in a.gold]
            spans = E.decode(a, probs[a.aid], cfg)
            f_pred += [(a.aid, s, e) for s, e in spans]
            f_gold += [(a.aid, s, e) for _, s, e in a.gold]
            if spans:
                Q = E.tc_predict(tc_model, mu, sd, E.span_matrix([a], {a.aid: spans}))
                labelled = [
                    (a.aid, E.PTC_LABELS[int(q.argmax())], s, e)
                    for q, (s, e) in zip(Q, spans, strict=True)
                ]
                flc_pred += labelled
                # what `detect.find` ships: stop-word-only spans dropped
                kept = [x for x in labelled if has_content(a.text[x[2] : x[3]])]
                taken = [(s, e) for _, lab, s, e in kept if lab == "Repetition"]
                counted = [(a.aid, "Repetition", f.start, f.end)
                           for f in counted_repetitions(a.text, taken)]  # fmt: skip
                post_flc += kept
                count_si += [(aid, s, e) for aid, _, s, e in kept + counted]
                count_flc += kept + counted
                post_si += [(aid, s, e) for aid, _, s, e in kept]
        si_k, tc_k = metrics.si_score(f_pred, f_gold), metrics.tc_score(t_pred, t_gold)[0]
        print(
            f"fold {k}: decoding {cfg} SI {si_k.f1:.4f} (P {si_k.precision:.3f} "
            f"R {si_k.recall:.3f}) TC {tc_k.f1:.4f} [{time.time() - t0:.0f}s]",
            flush=True,
        )
        si_pred += f_pred
        si_gold += f_gold
        tc_pred += t_pred
        tc_gold += t_gold
    si = metrics.si_score(si_pred, si_gold)
    tc, tc_per = metrics.tc_score(tc_pred, tc_gold)
    flc, flc_per = metrics.flc_score(flc_pred, tc_gold)
    print(f"CV SI F1 {si.f1:.4f} P {si.precision:.4f} R {si.recall:.4f}")
    post = metrics.si_score(post_si, si_gold)
    post_flc_score, _ = metrics.flc_score(post_flc, tc_gold)
    print(f"as shipped (content filter): SI F1 {post.f1:.4f}; FLC F1 {post_flc_score.f1:.4f}")
    cnt = metrics.si_score(count_si, si_gold)
    cnt_flc, _ = metrics.flc_score(count_flc, tc_gold)
    print(f"plus Repetition by counting: SI F1 {cnt.f1:.4f}; FLC F1 {cnt_flc.f1:.4f}")
    print(f"CV TC micro-F1 {tc.f1:.4f}; FLC F1 {flc.f1:.4f}")
    res = {
        "si": {"f1": si.f1, "precision": si.precision, "recall": si.recall},
        "tc": {"micro_f1": tc.f1, "per_technique": _table(tc_per)},
        "flc": {"f1": flc.f1, "precision": flc.precision, "recall": flc.recall,
                "per_technique": _table(flc_per)},
        "shipped": {"si_f1": post.f1, "si_precision": post.precision,
                    "si_recall": post.recall, "flc_f1": post_flc_score.f1},
        "with_counted_repetition": {"si_f1": cnt.f1, "flc_f1": cnt_flc.f1},
        "decoding_per_fold": chosen,
        "decoding_shipped": final_cfg,
        "seconds": round(time.time() - t0),
    }  # fmt: skip
    (data.CACHE / "cv_english.json").write_text(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
