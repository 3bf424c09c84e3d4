"""A learned paragraph tagger: the last resort for a Q&A page that none of the rules reads.

The rules in :mod:`.dialogue` read label-less interviews (dash, bold, plain questions) with hard
evidence, and a new publisher's layout can fail one of their gates and lose a whole document.
This tagger reads the same page as a sequence of lines and tags each one ``O`` (lead, furniture),
``Q``/``q`` (a question opens / goes on) or ``A``/``a`` (an answer opens / goes on). A
multinomial logistic regression scores each line from its own shape (dash, bold, "?", length,
first and second person, first word, caption and furniture words) and its neighbours', and a
Viterbi pass over learned tag transitions picks the best whole sequence.

It is trained on the transcript fixtures by ``training/structure/train_paragraphs.py`` and
shipped as one small ``.npz``; inference is numpy only. :func:`propose` returns nothing unless
the page looks like a Q&A throughout (see its gates), so an article stays a statement.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from rhetoscope.model import strip_range

TAGS = ("O", "Q", "q", "A", "a")
# The most words of untagged lines below the first question, against the words of the turns.
MAX_UNSPOKEN = 0.35
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "structure" / "paragraphs.npz"

# Transitions that cannot happen: a continuation follows its own opening or itself.
FORBIDDEN = frozenset([("O", "q"), ("O", "a"), ("Q", "a"), ("q", "a"), ("A", "q"), ("a", "q")])


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the page: ``[start, end)`` in the text, and its text."""

    start: int
    end: int
    text: str


def page_lines(text: str, end: int) -> list[Line]:
    """The non-blank lines of ``text[:end]``, stripped."""
    lines = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text[:end]):
        s, e = strip_range(text, m.start(), m.end())
        lines.append(Line(s, e, text[s:e]))
    return lines


_DASH = re.compile(r"[—–-][ \t\u00a0]+(?=\S)")
_BOLD = re.compile(r"(?:\*\*|__)")
_QUESTION_END = re.compile(r"\?[\"'”»’)\]*_]*\s*(?:[—–-]{1,2})?\s*$")
# Second- and first-person words (whole words, any case; "ваш…"/"наш…" with any ending), and
# caption and furniture words (anywhere in a word, any case): sets and substrings, since a
# regex alternation tried at every position of every line of every article is what costs.
_SECOND_WORDS = frozenset(
    [
        "вы",
        "вас",
        "вам",
        "вами",
        "ви",
        "ти",
        "ты",
        "твій",
        "твой",
        "you",
        "your",
        "yours",
        "yourself",
    ]
)
_FIRST_WORDS = frozenset(
    [
        "я",
        "ми",
        "мы",
        "мене",
        "мені",
        "меня",
        "мне",
        "нас",
        "нам",
        "мій",
        "моя",
        "моє",
        "мої",
        "мой",
        "моё",
        "мои",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "ours",
    ]
)
_CAPTION_PARTS = (
    "фото",
    "світлина",
    "photo",
    "getty",
    "reuters",
    "afp",
    "epa",
    "credit",
    "illustration",
    "ілюстрац",
    "иллюстрац",
    "скриншот",
    "кадр",
    "image",
)
_FURNITURE_PARTS = (
    "читайте",
    "читати",
    "read more",
    "related",
    "subscribe",
    "підпис",
    "подпис",
    "реклама",
    "поделиться",
    "поділитися",
    "share",
    "newsletter",
    "sign up",
    "advertisement",
    "теги",
    "тэги",
    "tags",
    "коммент",
    "комент",
    "донат",
    "підтрима",
    "поддерж",
    "support",
    "follow us",
    "also read",
    "смотрите",
    "дивіться",
)
_TOKEN = re.compile(r"[\w’']+")


def _person_words(low: str) -> tuple[bool, bool]:
    """Does the lower-cased line hold a second-person word, a first-person word?"""
    second = first = False
    for tok in _TOKEN.findall(low):
        if tok in _SECOND_WORDS or (tok.startswith("ваш") and tok[3:].isalnum()) or tok == "ваш":
            second = True
        if tok in _FIRST_WORDS or (tok.startswith("наш") and tok[3:].isalnum()) or tok == "наш":
            first = True
    return second, first


_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def _shape(line: str) -> list[str]:
    """The features of one line's own shape."""
    f: list[str] = []
    s = line
    if (dash := _DASH.match(s)) is not None:
        f.append("dash")
        s = s[dash.end() :]
    if _BOLD.match(s):
        f.append("bold")
        if re.search(r"(?:\*\*|__)[\"'”»’)\]]*[.?!:]?$", s):
            f.append("bold_all")
    elif re.match(r"[*_](?=\S)", s):
        f.append("italic")
    if s.startswith("#"):
        f.append("md_heading")
    core = re.sub(r"[\s*_]+$", "", re.sub(r"^[\s*_#]+", "", s))
    if (dash := _DASH.match(core)) is not None and "dash" not in f:
        f.append("dash_in_bold")
        core = core[dash.end() :]
    if _QUESTION_END.search(s):
        f.append("end_q")
    elif "?" in s:
        f.append("has_q")
    last = core.rstrip("\"'”»’)]")[-1:] if core else ""
    f.append(
        "end_"
        + {".": "stop", "!": "bang", ":": "colon", "…": "dots", "?": "q"}.get(
            last, "word" if last.isalnum() else "other"
        )
    )
    words = core.split()
    n = len(words)
    f.append(
        "len_"
        + (
            "1"
            if n <= 1
            else "3"
            if n <= 3
            else "8"
            if n <= 8
            else "20"
            if n <= 20
            else "40"
            if n <= 40
            else "80"
            if n <= 80
            else "long"
        )
    )
    if n <= 12 and last.isalnum():
        f.append("heading")
    low = core.lower()
    second, first_person = _person_words(low)
    if second:
        f.append("p2")
    if first_person:
        f.append("p1")
    if core[:1] in "«\"“„'":
        f.append("quote0")
    if any(part in low for part in _CAPTION_PARTS):
        f.append("caption")
    if any(part in low for part in _FURNITURE_PARTS):
        f.append("furniture")
    if re.match(r"\d+[.)]\s", core):
        f.append("numbered")
    if re.search(r"https?://|www\.", core):
        f.append("url")
    if core[:1].isupper():
        f.append("upper0")
    elif core[:1].islower():
        f.append("lower0")
    elif core[:1].isdigit():
        f.append("digit0")
    if re.search(r"\b\d{4}\b", core) and n <= 12:
        f.append("year_short")
    first = _WORD.search(core)
    if first is not None and first.start() <= 2:
        f.append("w0=" + first.group().lower())
    return f


_CONTEXT = frozenset(
    [
        "dash",
        "bold",
        "bold_all",
        "end_q",
        "has_q",
        "heading",
        "caption",
        "furniture",
        "p1",
        "p2",
        "len_1",
        "len_3",
        "len_8",
        "len_20",
        "len_40",
        "len_80",
        "len_long",
        "end_stop",
        "end_word",
        "md_heading",
        "italic",
    ]
)


def line_features(lines: Sequence[Line]) -> list[list[str]]:
    """Each line's features: its shape, its neighbours' shapes, its place, the page's style."""
    shapes = [_shape(ln.text) for ln in lines]
    n = len(lines)
    dashes = sum("dash" in s for s in shapes)
    bolds = sum("bold" in s for s in shapes)
    style = "S=dash" if dashes >= 0.2 * n else "S=bold" if bolds >= 0.08 * n else "S=plain"
    asks = [i for i, s in enumerate(shapes) if "end_q" in s]
    first_q = asks[0] if asks else n
    out = []
    for i, s in enumerate(shapes):
        f = ["bias", style, *s]
        f += [f"{style}|{x}" for x in s if not x.startswith("w0=")]
        for off, tag in ((-1, "p:"), (1, "n:"), (-2, "pp:"), (2, "nn:")):
            j = i + off
            if 0 <= j < n:
                f += [tag + x for x in shapes[j] if x in _CONTEXT]
            else:
                f.append(tag + "none")
        if i < first_q:
            f.append("before_first_q")
        if i < 3:
            f.append(f"pos{i}")
        out.append(f)
    return out


@dataclass(frozen=True)
class ParagraphTagger:
    """Weights of the line classifier and the tag transitions (log probabilities)."""

    vocab: dict[str, int]
    weights: np.ndarray  # (features, tags)
    bias: np.ndarray  # (tags,)
    prior: np.ndarray  # log P(tag)
    start: np.ndarray  # log P(first tag)
    trans: np.ndarray  # log P(tag | previous tag)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> ParagraphTagger:
        with np.load(path, allow_pickle=False) as z:
            names = [str(v) for v in z["vocab"]]
            return cls(
                {v: i for i, v in enumerate(names)},
                z["weights"].astype(np.float32),
                z["bias"].astype(np.float32),
                z["prior"].astype(np.float32),
                z["start"].astype(np.float32),
                z["trans"].astype(np.float32),
            )

    def posteriors(self, feats: Sequence[Sequence[str]]) -> np.ndarray:
        """P(tag | line features) for each line, (lines, tags)."""
        scores = np.tile(self.bias, (len(feats), 1))
        for i, f in enumerate(feats):
            idx = [self.vocab[x] for x in f if x in self.vocab]
            if idx:
                scores[i] += self.weights[idx].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        return p / p.sum(axis=1, keepdims=True)

    def tag(self, lines: Sequence[Line]) -> list[str]:
        """The most probable tag sequence (Viterbi over posteriors scaled by the priors)."""
        if not lines:
            return []
        emit = np.log(self.posteriors(line_features(lines)) + 1e-9) - self.prior
        n, k = emit.shape
        score = self.start + emit[0]
        back = np.zeros((n, k), dtype=np.int64)
        for i in range(1, n):
            cand = score[:, None] + self.trans  # (prev, cur)
            back[i] = cand.argmax(axis=0)
            score = cand.max(axis=0) + emit[i]
        best = [int(score.argmax())]
        for i in range(n - 1, 0, -1):
            best.append(int(back[i, best[-1]]))
        return [TAGS[t] for t in reversed(best)]


@functools.lru_cache(maxsize=1)
def tagger() -> ParagraphTagger:
    return ParagraphTagger.load()


def blocks(lines: Sequence[Line], tags: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """``(role, first line, last line + 1)`` of each question and answer the tags make."""
    i = 0
    while i < len(tags):
        t = tags[i]
        if t in ("Q", "A"):
            j = i + 1
            while j < len(tags) and tags[j] == t.lower():
                j += 1
            yield ("question" if t == "Q" else "answer", i, j)
            i = j
        else:
            i += 1


# What opens a turn's line and is no word of it: a markdown heading's hashes, bold or italic
# marks, the dash of a dialogue; and what closes it: the bold or italic marks.
_OPENER = re.compile(r"#{1,6}[ \t]+|(?:\*\*|__)[ \t]*|[*_](?=\S)|[—–-][ \t\u00a0]+(?=\S)")
_CLOSER = re.compile(r"(?<=\S)(?:\*\*|__|[*_])[ \t]*$")


def body_range(text: str, start: int, end: int) -> tuple[int, int]:
    """A turn's body inside its lines: without the heading hashes, the opening dash and the bold
    or italic marks."""
    s, e = strip_range(text, start, end)
    while (m := _OPENER.match(text, s, e)) is not None and m.end() > s:
        s = m.end()
    while (m := _CLOSER.search(text, s, e)) is not None and m.start() < e:
        e = m.start()
    return strip_range(text, s, e)


class Tagger(Protocol):
    """What :func:`propose` needs of a model: a tag per line."""

    def tag(self, lines: Sequence[Line]) -> list[str]: ...


# A writer's bio under the last answer: "Rachel Amsel is a contributing writer at …".
_WRITER_BIO = re.compile(
    r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,2}[ \t]+is[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}(?:writer|editor|reporter|correspondent|journalist|columnist)\b"
)


_CREDIT_WORD = re.compile(r"\b(?:Фото|Photo|Credit|Читайте|Read)\b", re.IGNORECASE)


def _answer_prose(line: str) -> bool:
    """A paragraph of speech: twelve words or more, closed by a sentence's stop, no credit."""
    line = line.strip()
    return (
        len(line.split()) >= 12
        and re.search(r"[.!?…»\"”]$", line) is not None
        and _CREDIT_WORD.search(line) is None
        and _WRITER_BIO.match(line) is None
    )


def _intertitle(line: str) -> bool:
    """A short line closed by no sentence's stop: an intertitle, an ad's tag ("Реклама:")."""
    line = line.strip()
    return 1 <= len(line.split()) <= 6 and re.search(r"[.!?…]$", line) is None


def _unasked_prompts(lines: Sequence[Line], tags: Sequence[str]) -> list[str]:
    """``tags`` with a magazine's prompts that do not ask read as questions: where the tagger
    already reads two questions or more, each one paragraph over a one-paragraph answer, a
    short paragraph right after an answer with a long untagged one below it and a question or
    the page's end after that ("Let's talk about Hoover." / "Hoover is fascinating …", "And
    then, in 2005, the country watched it happen again." / "Not exactly again. …") is a
    prompt and its answer. A writer's bio closing the last answer is the page's."""
    out = list(tags)
    opened = [i for i, t in enumerate(out) if t == "Q"]
    if len(opened) < 2 or any(
        i + 1 >= len(out) or out[i + 1] != "A" or (i + 2 < len(out) and out[i + 2] == "a")
        for i in opened[:2]
    ):
        return out
    for i in range(opened[0] + 2, len(out) - 1):
        words = len(lines[i].text.split())
        if (
            out[i] in ("O", "a")
            and out[i - 1] == "A"
            and 2 <= words <= 25
            and out[i + 1] == "O"
            and len(lines[i + 1].text.split()) >= 40
            and (i + 2 == len(out) or out[i + 2] == "Q")
            and _WRITER_BIO.match(lines[i].text) is None
        ):
            out[i], out[i + 1] = "Q", "A"
    for i in range(len(out) - 1, opened[0], -1):
        if out[i] == "a" and _WRITER_BIO.match(lines[i].text) is not None:
            out[i] = "O"
            break
        if out[i] != "O":
            break
    return out


def _answer_tails(lines: Sequence[Line], tags: Sequence[str]) -> list[str]:
    """``tags`` with an answer's closing paragraphs over an intertitle read as the answer's."""
    out = list(tags)
    # The answer's closing paragraphs over an intertitle the tagger leaves to no one
    # ("Північна Салтівка – це окрема біль. …" / "Я не хочу обіцяти, що …" / "Реклама:" /
    # "Школи в метро" / "Ви відкрили …?"): prose paragraphs right under the answer, only short
    # unpunctuated lines (the intertitle, an ad's tag) between them and the next question.
    for i in range(1, len(out)):
        if out[i] != "O" or out[i - 1] not in ("A", "a") or not _answer_prose(lines[i].text):
            continue
        j = i
        while j < len(out) and out[j] == "O" and _answer_prose(lines[j].text):
            j += 1
        k = j
        while k < len(out) and out[k] == "O" and _intertitle(lines[k].text):
            k += 1
        if j < k < len(out) and out[k] == "Q":
            for m in range(i, j):
                out[m] = "a"
    return out


def propose(text: str, end: int, model: Tagger | None = None) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` of the question and answer turns of a label-less Q&A page, or
    nothing when the page does not read as one: two lines ending in "?" or more before any
    tagging, then at least three questions, each with an answer
    after it, no two questions in a row, questions a sixth of the lines from the first, and
    little untagged prose below the first question. ``model`` is the shipped tagger unless given
    (cross-validation passes each fold's)."""
    lines = page_lines(text, end)
    if len(lines) < 6:
        return []
    # Every Q&A page among the fixtures asks with "?" at a line's end twice or more; most
    # articles never do, and need no tagging at all (it would double the turns stage's time).
    if sum(_QUESTION_END.search(ln.text) is not None for ln in lines) < 2:
        return []
    tags = (model or tagger()).tag(lines)
    if model is None:
        tags = _answer_tails(lines, _unasked_prompts(lines, tags))
    found = list(blocks(lines, tags))
    questions = [b for b in found if b[0] == "question"]
    if len(questions) < 3:
        return []
    first = questions[0][1]
    roles = [r for r, _, _ in found]
    if any(a == b == "question" for a, b in itertools.pairwise(roles)):
        return []
    if roles[-1] == "question":
        return []
    if len(questions) < (len(lines) - first) / 6:
        return []
    # Prose the tagger leaves to no one below the first question (a columnist's run of
    # rhetorical questions in the middle of an article): page furniture is short.
    words = [len(ln.text.split()) for ln in lines]
    spoken = sum(words[i] for i in range(first, len(lines)) if tags[i] != "O")
    unspoken = sum(words[i] for i in range(first, len(lines)) if tags[i] == "O")
    if unspoken > MAX_UNSPOKEN * spoken:
        return []
    out = []
    for role, i, j in found:
        s, e = body_range(text, lines[i].start, lines[j - 1].end)
        if e > s:
            out.append((role, s, e))
    return out
