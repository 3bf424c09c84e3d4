"""Out-of-fold tagger scores for tuning span decoding without retraining.

    python training/techniques/english_oof.py 0 1 2 3 4   # folds to run; scores cached in /tmp

Each fold trains the same tagger as `english.py cv` (same seed) and stores the token scores of
its inner-validation and test articles, so decoding settings can be chosen on the inner split
and scored on the test fold (`english_decode.py`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data
import english as E


def main(folds: list[int]) -> None:
    t0 = time.time()
    arts = E.load()
    fold = data.folds([a.aid for a in arts])
    out_dir = data.CACHE / "oof"
    out_dir.mkdir(parents=True, exist_ok=True)
    for k in folds:
        train = [a for a in arts if fold[a.aid] != k]
        test = [a for a in arts if fold[a.aid] == k]
        inner = [a for i, a in enumerate(train) if i % 10 == 0]
        fit = [a for i, a in enumerate(train) if i % 10 != 0]
        tagger = E.train_tagger(fit, E.TAG_EPOCHS, data.SEED + k)
        probs = {a.aid: E.tag_probs(tagger, a) for a in inner + test}
        np.savez(
            out_dir / f"fold{k}.npz",
            inner=np.array([a.aid for a in inner]),
            test=np.array([a.aid for a in test]),
            **{f"p{aid}": p for aid, p in probs.items()},
        )
        print(f"fold {k} saved [{time.time() - t0:.0f}s]", flush=True)


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]])
