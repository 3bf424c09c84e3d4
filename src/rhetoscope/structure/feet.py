"""A learned page-foot tagger: page furniture swallowed into the end of the last turn.

On a publisher the rules have never seen, the commonest boundary miss is the page's foot read as
the end of the last answer: a footer, a "support us" plea, an author credit, a newsletter or
"follow us" line, related links, a photo credit, the copyright, a comments header. Their wording
changes with every publisher, so rules do not transfer; this logistic regression over hashed
word and character n-grams and the shape of each paragraph, fitted on the page feet of every
transcript fixture (training/structure/train_feet.py), does.

:func:`foot_cut` walks back from the end of the last turn over its paragraphs and cuts off each
one the model reads as the page's foot above the threshold; it never cuts the turn's first
paragraph, never extends a turn, never cuts a paragraph ending with ``?`` from a question, and
cuts nothing where a stage direction lies in what it would cut.
Inference is numpy only; the weights load lazily, once.

The turns stage applies it to the rules' last turn (turns._foot_cut). No feature says where the
paragraph stands on the page: nearly every fixture ends in a foot, so position alone read the
closing sentence of short pages as one; see docs/structure.md, "Session 27".
"""

from __future__ import annotations

import functools
import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "structure" / "feet.npz"
BUCKETS = 1 << 17
# At most this many paragraphs are cut off one turn.
MAX_CUT = 6

_BLANK = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|ru|ua|uk)\b", re.IGNORECASE)
_BULLET = re.compile(r"^[ \t]*(?:[-–—•*·>]|\d+[.)])[ \t]")
# An ad slot's label left alone on its paragraph by the scrape: "Advertisement", "Реклама".
# Never anyone's words; the tagger, which reads what a paragraph says, scores the bare word low,
# so between the last answer and the foot under it it would stop the walk back.
# A rule drawn alone on its paragraph ("___", "***", "- - -"), AP's over the credits under its
# story, is likewise the page's ornament, no one's words: it does not stop the walk either.
_PAGE_MARK = re.compile(
    r"[ \t]*(?:Advertisement|ADVERTISEMENT|Реклама|РЕКЛАМА"
    r"|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*"
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks of ``text`` as ``(start, end)``, trailing blanks left out;
    single lines where the page has no blank line."""
    if _BLANK.search(text.strip()):
        cuts = [(m.start(), m.end()) for m in _BLANK.finditer(text)]
    else:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n\s*", text)]
    out = []
    pos = 0
    for a, b in [*cuts, (len(text), len(text))]:
        block = text[pos:a]
        if block.strip():
            lead = len(block) - len(block.lstrip())
            out.append((pos + lead, pos + len(block.rstrip())))
        pos = b
    return out


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def shape(par: str) -> list[str]:
    """The paragraph's form: length, closing mark, links and signs, digits, capitals, lines."""
    letters = [c for c in par if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / max(len(letters), 1)
    digits = sum(c.isdigit() for c in par) / max(len(par), 1)
    words = len(par.split())
    last = par.rstrip()[-1:] if par.strip() else ""
    end = last if last in '.?!:»"”)…' else ("w" if last.isalnum() else "x")
    lines = par.count("\n") + 1
    out = [
        f"len{_bucket(len(par), (20, 40, 80, 160, 320, 640, 1280))}",
        f"words{_bucket(words, (2, 4, 8, 16, 32, 64))}",
        f"end{end}",
        f"caps{_bucket(caps, (0.1, 0.2, 0.4, 0.7, 0.95))}",
        f"digits{_bucket(digits, (0.01, 0.05, 0.15, 0.3))}",
        f"lines{_bucket(lines, (2, 4, 8))}",
    ]
    if _URL.search(par):
        out.append("url")
    for sign, name in (("@", "at"), ("©", "copy"), ("|", "bar"), ("→", "arrow"), ("#", "hash")):
        if sign in par:
            out.append(name)
    if _BULLET.match(par):
        out.append("bullet")
    if par.lstrip().startswith(("[", "![", "(")):
        out.append("bracket")
    return out


def features(text: str, paras: list[tuple[int, int]], i: int) -> list[str]:
    """Features of paragraph ``i`` of ``paras`` (the page's paragraphs)."""
    s, e = paras[i]
    par = text[s:e]
    low = par.lower()
    words = _WORD.findall(low)
    words = words[:40] + words[-10:] if len(words) > 50 else words
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    if words:
        out.append(f"first:{words[0]}")
    head = re.sub(r"\s+", " ", low[:120])
    out += [f"c:{head[k : k + 4]}" for k in range(max(len(head) - 3, 0))]
    out += [f"s:{x}" for x in shape(par)]
    # No feature says where the paragraph stands on the page: nearly every fixture ends in a
    # foot, so "last on the page" alone would read a short page's closing sentence as one. What
    # the paragraph says, and the shape of the one above it, decide.
    if i > 0:
        out += [f"p:{x}" for x in shape(text[paras[i - 1][0] : paras[i - 1][1]])]
    else:
        out.append("p:none")
    out.append("bias")
    return out


def hashed(feats: list[str]) -> np.ndarray:
    """The features' bucket indices (crc32, stable across runs and machines), each once."""
    return np.unique(np.array([zlib.crc32(f.encode()) % BUCKETS for f in feats], dtype=np.int64))


@dataclass(frozen=True)
class FootModel:
    weights: np.ndarray
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> FootModel:
        with np.load(path, allow_pickle=False) as z:
            return cls(
                z["weights"].astype(np.float32),
                float(z["bias"]),
                float(z["threshold"]),
            )

    def prob(self, text: str, paras: list[tuple[int, int]], i: int) -> float:
        score = float(self.weights[hashed(features(text, paras, i))].sum()) + self.bias
        return 1.0 / (1.0 + float(np.exp(-score)))


@functools.lru_cache(maxsize=1)
def model() -> FootModel | None:
    return FootModel.load() if MODEL_PATH.exists() else None


def walk_back(
    text: str, start: int, end: int, *, question: bool = False, foot: FootModel | None = None
) -> list[tuple[float, int]]:
    """From the last paragraph of ``text[start:end]`` back (at most MAX_CUT, never the first):
    each one's probability of being the page's foot and the turn's end were it cut off."""
    foot = foot or model()
    if foot is None:
        return []
    paras = paragraphs(text)
    inside = [k for k, (s, e) in enumerate(paras) if s < end and e > start]
    if len(inside) >= 2 and paras[inside[-1]][1] > end:
        # The rules cut the page's last lines off the turn at a line's end, inside the last
        # paragraph ("Subscribe to … Products" / "Hosted by …" / "About | Contact | FOIA"
        # cut after "Hosted by …"): the tagger reads the lines the rules left as that paragraph.
        s, e = paras[inside[-1]]
        kept = len(text[:end].rstrip())
        if s < kept and re.match(r"[ \t]*\n", text[kept:e]) is not None:
            paras = [*paras[: inside[-1]], (s, kept)]
    if len(inside) < 2 or paras[inside[-1]][1] > end:
        # (a turn that ends inside a paragraph's line, or of one paragraph, is the rules' own cut)
        return []
    out = []
    for k in list(reversed(inside[1:]))[:MAX_CUT]:
        s, e = paras[k]
        if question and text[s:e].rstrip().endswith("?"):
            break
        prob = 1.0 if _PAGE_MARK.fullmatch(text[s:e]) else foot.prob(text, paras, k)
        out.append((prob, paras[k - 1][1]))
    return out


def foot_cut(
    text: str,
    start: int,
    end: int,
    *,
    question: bool = False,
    foot: FootModel | None = None,
    threshold: float | None = None,
    directions: Sequence[tuple[int, int]] = (),
) -> int:
    """The end of the turn ``text[start:end]`` once the page's foot is cut off its last
    paragraphs (``end`` itself when nothing is). A stage direction the rules found in what
    would be cut ("(END VIDEO CLIP)", "[Laughter]") marks it as the transcript's, not the
    page's: then nothing is cut."""
    foot = foot or model()
    if foot is None:
        return end
    limit = foot.threshold if threshold is None else threshold
    new_end = end
    for prob, cut in walk_back(text, start, end, question=question, foot=foot):
        if prob <= limit:
            break
        new_end = cut
    inside = [(a, b) for a, b in directions if new_end <= a < end]
    if inside and not _break_over_foot(text, new_end, inside):
        return end
    return min(new_end, end)


# A programme's break cue: "[break]", "(COMMERCIAL BREAK)", "[Commercial break]".
BREAK_CUE = re.compile(r"[(\[][ \t]*(?:commercial[ \t]+)?break[ \t]*[)\]]", re.IGNORECASE)


def _break_over_foot(text: str, cut: int, inside: Sequence[tuple[int, int]]) -> bool:
    """Is the one direction in what would be cut a programme's break cue alone on the first
    line cut, the page's foot below it ("… Stay with us." / "[break]" / "The original content
    of this program is licensed …")? The show ends at the break, so the cue is no sign that the
    words below are the transcript's."""
    if len(inside) != 1:
        return False
    a, b = inside[0]
    return (
        not text[cut:a].strip()
        and BREAK_CUE.fullmatch(text[a:b]) is not None
        and re.match(r"[ \t]*\n", text[b:]) is not None
        and bool(text[b:].strip())
    )
