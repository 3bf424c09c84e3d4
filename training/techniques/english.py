"""English span identification (SI) and technique classification (TC) on frozen MiniLM states.

SI: BiLSTM token taggers (is this wordpiece inside a propaganda span?) over the int8 encoder's
token states plus a few lexical features; three ensemble MEMBERS (two seeds, and one that also
reads the loaded-language cues of features.loaded_features) whose probabilities are averaged.
TC: an MLP over pooled span/sentence states plus span features (length, repetition count in the
article, quotes, punctuation).

    python training/techniques/english.py final   # train on all articles, export the heads
    python training/techniques/english.py tagger lex  # (re)train and export one member only
    python training/techniques/english.py retune  # re-choose decoding for the exported tagger

Cross-validation lives in english_oof.py (tagger scores per fold) and english_cv.py (scores).
"""

from __future__ import annotations

import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
import data

from rhetoscope.techniques import features as F
from rhetoscope.techniques import metrics
from rhetoscope.techniques.taxonomy import LABELS

PTC_LABELS = LABELS["semeval2020"]
torch.set_num_threads(1)


@dataclass
class Article:
    aid: str
    text: str
    offsets: np.ndarray
    states: np.ndarray
    seg: np.ndarray
    lex: np.ndarray  # token_features then loaded_features (TOKEN_LEX_DIM + LOADED_DIM columns)
    y: np.ndarray  # token inside any gold span
    gold: list[tuple[str, int, int]]


def load() -> list[Article]:
    arts, labels = data.ptc_articles(), data.ptc_labels()
    out = []
    for aid, text in arts.items():
        offs, states, seg = data.cached_states(aid, text)
        gold = labels.get(aid, [])
        y = np.zeros(len(offs), np.float32)
        for _, s, e in gold:
            y[(offs[:, 0] < e) & (offs[:, 1] > s)] = 1.0
        lex = np.concatenate([F.token_features(text, offs), F.loaded_features(text, offs)], axis=1)
        out.append(Article(aid, text, offs, states, seg, lex, y, gold))
    return out


# ---------------------------------------------------------------- SI tagger
class Tagger(nn.Module):
    def __init__(self, d_in: int, hidden: int = 128) -> None:
        super().__init__()
        self.proj = nn.Sequential(nn.Dropout(0.2), nn.Linear(d_in, 192), nn.GELU())
        self.lstm = nn.LSTM(192, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, _ = self.lstm(self.proj(x))
        return self.out(h).squeeze(-1)


@dataclass(frozen=True)
class Member:
    """One tagger of the ensemble."""

    name: str  # file tagger.onnx or tagger_<name>.onnx; OOF scores in oof/ or oof_<name>/
    offset: int  # seed offset
    n_lex: int  # lexical columns read: TOKEN_LEX_DIM, or + LOADED_DIM


# All three were measured in the 5-fold CV (english_cv.py averages their out-of-fold scores).
MEMBERS = (
    Member("", 0, F.TOKEN_LEX_DIM),
    Member("s1000", 1000, F.TOKEN_LEX_DIM),
    Member("lex", 0, F.TOKEN_LEX_DIM + F.LOADED_DIM),
)


def member(name: str) -> Member:
    return next(m for m in MEMBERS if m.name == name)


def oof_dir(m: Member) -> Path:
    return data.CACHE / ("oof" if not m.name else f"oof_{m.name}")


def tagger_path(m: Member) -> Path:
    from rhetoscope.techniques.model import TAGGER_PATH

    return TAGGER_PATH if not m.name else TAGGER_PATH.with_name(f"tagger_{m.name}.onnx")


def features(a: Article, n_lex: int) -> np.ndarray:
    return np.concatenate([a.states.astype(np.float32), a.lex[:, :n_lex]], axis=1)


def segments(arts: list[Article], n_lex: int) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for a in arts:
        feats = features(a, n_lex)
        for k in np.unique(a.seg):
            m = a.seg == k
            out.append((feats[m], a.y[m]))
    return out


def pad(batch: list[tuple[np.ndarray, np.ndarray]]) -> tuple[torch.Tensor, ...]:
    n = max(len(x) for x, _ in batch)
    d = batch[0][0].shape[1]
    X = np.zeros((len(batch), n, d), np.float32)
    Y = np.zeros((len(batch), n), np.float32)
    M = np.zeros((len(batch), n), np.float32)
    for i, (x, y) in enumerate(batch):
        X[i, : len(x)], Y[i, : len(y)], M[i, : len(y)] = x, y, 1
    return torch.from_numpy(X), torch.from_numpy(Y), torch.from_numpy(M)


def train_tagger(
    arts: list[Article], epochs: int, seed: int, n_lex: int = F.TOKEN_LEX_DIM
) -> Tagger:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    segs = segments(arts, n_lex)
    model = Tagger(segs[0][0].shape[1])
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-2)
    steps = epochs * ((len(segs) + 31) // 32)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=2e-3, total_steps=steps)
    lens = np.array([len(x) for x, _ in segs])
    for ep in range(epochs):
        model.train()
        # bucket by length for speed, shuffle the buckets
        order = np.argsort(lens + rng.uniform(0, 8, len(lens)))
        batches = [order[i : i + 32] for i in range(0, len(order), 32)]
        rng.shuffle(batches)
        tot = 0.0
        for b in batches:
            X, Y, M = pad([segs[i] for i in b])
            logit = model(X)
            loss = nn.functional.binary_cross_entropy_with_logits(logit, Y, reduction="none") * M
            loss = loss.sum() / M.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            tot += float(loss.detach())
        print(f"  tagger epoch {ep} loss {tot / len(batches):.4f}", flush=True)
    return model.eval()


def tag_probs(model: Tagger, a: Article) -> np.ndarray:
    feats = features(a, model.proj[1].in_features - a.states.shape[1])
    probs = np.zeros(len(a.offsets), np.float32)
    with torch.no_grad():
        for k in np.unique(a.seg):
            m = a.seg == k
            probs[m] = torch.sigmoid(model(torch.from_numpy(feats[m])[None]))[0].numpy()
    return probs


# ---------------------------------------------------------------- TC classifier
class SpanMLP(nn.Module):
    def __init__(self, d_in: int, n_out: int) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Dropout(0.3),
            nn.Linear(d_in, 256),
            nn.GELU(),
            nn.Dropout(0.3),
            nn.Linear(256, n_out),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x)


def span_matrix(arts: list[Article], spans_by_art: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    rows = []
    for a in arts:
        sp = spans_by_art.get(a.aid, [])
        if sp:
            rows.append(F.span_features(a.text, a.offsets, a.states, a.seg, sp))
    return np.concatenate(rows) if rows else np.zeros((0, F.SPAN_DIM), np.float32)


def train_tc(
    X: np.ndarray, y: np.ndarray, epochs: int, seed: int
) -> tuple[SpanMLP, np.ndarray, np.ndarray]:
    torch.manual_seed(seed)
    mu, sd = X.mean(0), X.std(0) + 1e-4
    Xt = torch.from_numpy((X - mu) / sd).float()
    yt = torch.from_numpy(y).long()
    model = SpanMLP(X.shape[1], len(PTC_LABELS))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=5e-2)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        perm = torch.randperm(len(Xt), generator=g)
        for i in range(0, len(perm), 64):
            b = perm[i : i + 64]
            loss = nn.functional.cross_entropy(model(Xt[b]), yt[b], label_smoothing=0.05)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model.eval(), mu, sd


def tc_predict(model: SpanMLP, mu: np.ndarray, sd: np.ndarray, X: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return torch.softmax(model(torch.from_numpy((X - mu) / sd).float()), -1).numpy()


def gold_spans(arts: list[Article]) -> tuple[dict[str, list[tuple[int, int]]], np.ndarray]:
    by: dict[str, list[tuple[int, int]]] = {}
    ys = []
    for a in arts:
        by[a.aid] = [(s, e) for _, s, e in a.gold]
        ys += [PTC_LABELS.index(t) for t, _, _ in a.gold]
    return by, np.array(ys, np.int64)


# Span decoding grid; english_cv.py picks from it on out-of-fold scores (never a test fold's).
DECODE_GRID = {
    "threshold": [0.2, 0.25, 0.3, 0.35, 0.4, 0.45],
    "low": [0.0, 0.05, 0.1, 0.15],  # hysteresis: runs grow over pieces >= threshold - low
    "gap": [1, 2, 3],
}


def decode(a: Article, probs: np.ndarray, cfg: dict[str, float]) -> list[tuple[int, int]]:
    return F.decode_spans(
        a.text, a.offsets, probs, cfg["threshold"],
        low=cfg["threshold"] - cfg["low"], gap=int(cfg["gap"]),
    )  # fmt: skip


def si_of(arts: list[Article], probs: dict[str, np.ndarray], cfg: dict[str, float]) -> float:
    gold = [(a.aid, s, e) for a in arts for _, s, e in a.gold]
    pred = [(a.aid, s, e) for a in arts for s, e in decode(a, probs[a.aid], cfg)]
    return metrics.si_score(pred, gold).f1


def choose_decoding(arts: list[Article], probs: dict[str, np.ndarray]) -> dict[str, float]:
    configs = [
        dict(zip(DECODE_GRID, v, strict=True)) for v in itertools.product(*DECODE_GRID.values())
    ]
    return max(configs, key=lambda c: si_of(arts, probs, c))


TAG_EPOCHS, TC_EPOCHS = 6, 30


def final() -> None:
    """Train every tagger and the TC head on all articles and export them; the decoding comes
    from english_cv.py (all folds' out-of-fold ensemble scores), so run that first."""
    from rhetoscope.techniques.model import TC_PATH

    arts = load()
    cfg = shipped_decoding()
    if cfg is None:
        raise SystemExit("run english_cv.py first: it chooses the decoding (decoding.json)")
    for m in MEMBERS:
        export_tagger(arts, m)
    gspans, gy = gold_spans(arts)
    tc_model, mu, sd = train_tc(span_matrix(arts, gspans), gy, TC_EPOCHS, data.SEED)
    lin1, lin2 = tc_model.net[1], tc_model.net[4]
    np.savez_compressed(
        TC_PATH,
        mu=mu.astype(np.float32),
        sd=sd.astype(np.float32),
        W1=lin1.weight.detach().numpy().T.astype(np.float16),
        b1=lin1.bias.detach().numpy(),
        W2=lin2.weight.detach().numpy().T.astype(np.float16),
        b2=lin2.bias.detach().numpy(),
    )
    write_meta(cfg)
    print(f"wrote {len(MEMBERS)} taggers, {TC_PATH.name} (decoding {cfg})")


def export_tagger(arts: list[Article], m: Member) -> None:
    tagger = train_tagger(arts, TAG_EPOCHS, data.SEED + m.offset, m.n_lex)
    d_in = tagger.proj[1].in_features
    torch.onnx.export(
        tagger,
        (torch.zeros(1, 7, d_in),),
        str(tagger_path(m)),
        input_names=["x"],
        output_names=["logit"],
        dynamic_axes={"x": {1: "n"}, "logit": {1: "n"}},
        opset_version=17,
        dynamo=False,
    )
    print(f"wrote {tagger_path(m).name}", flush=True)


def write_meta(cfg: dict[str, float]) -> None:
    from rhetoscope.techniques.model import META_PATH

    meta = {"threshold": cfg["threshold"], "low": round(cfg["threshold"] - cfg["low"], 4),
            "gap": int(cfg["gap"]), "seed": data.SEED}  # fmt: skip
    META_PATH.write_text(json.dumps(meta, indent=1) + "\n")


def shipped_decoding() -> dict[str, float] | None:
    """The decoding english_cv.py chose on all five folds' out-of-fold scores, if it ran."""
    path = data.CACHE / "decoding.json"
    return dict(json.loads(path.read_text())) if path.exists() else None


def retune() -> None:
    """Set decoding of the exported taggers: english_cv.py's choice, else a 10% inner split."""
    from rhetoscope.techniques import model

    cfg = shipped_decoding()
    if cfg is not None:
        write_meta(cfg)
        print(f"decoding {cfg}")
        return
    arts = load()
    inner = [a for i, a in enumerate(arts) if i % 10 == 0]
    probs = {
        a.aid: model.token_probs(
            model.Encoded(a.text, a.offsets, a.states.astype(np.float32), a.seg)
        )
        for a in inner
    }
    cfg = choose_decoding(inner, probs)
    write_meta(cfg)
    print(f"decoding {cfg}")


if __name__ == "__main__":
    if sys.argv[1] == "tagger":
        export_tagger(load(), member(sys.argv[2] if len(sys.argv) > 2 else ""))
    else:
        {"final": final, "retune": retune}[sys.argv[1]]()
