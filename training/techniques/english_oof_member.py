"""Out-of-fold scores of the other taggers of the ensemble (english.MEMBERS), for english_cv.py.

    python training/techniques/english_oof_member.py s1000 0 1 2 3 4
    python training/techniques/english_oof_member.py lex 0 1 2 3 4

Same split, inner hold-out and epochs as english_oof.py (which scores the first member), with
the member's seed offset and lexical columns; scores go to oof_<member>/fold<k>.npz in the cache.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data
import english as E


def main(name: str, folds: list[int]) -> None:
    t0 = time.time()
    m = E.member(name)
    arts = E.load()
    fold = data.folds([a.aid for a in arts])
    out_dir = E.oof_dir(m)
    out_dir.mkdir(parents=True, exist_ok=True)
    for k in folds:
        train = [a for a in arts if fold[a.aid] != k]
        test = [a for a in arts if fold[a.aid] == k]
        inner = [a for i, a in enumerate(train) if i % 10 == 0]
        fit = [a for i, a in enumerate(train) if i % 10 != 0]
        tagger = E.train_tagger(fit, E.TAG_EPOCHS, data.SEED + k + m.offset, m.n_lex)
        probs = {a.aid: E.tag_probs(tagger, a) for a in inner + test}
        np.savez(
            out_dir / f"fold{k}.npz",
            inner=np.array([a.aid for a in inner]),
            test=np.array([a.aid for a in test]),
            **{f"p{aid}": p for aid, p in probs.items()},
        )
        print(f"{name} fold {k} saved [{time.time() - t0:.0f}s]", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], [int(x) for x in sys.argv[2:]])
