"""Bytes to text: BOMs, UTF-8, BOM-less UTF-16, and a guarded guess among single-byte encodings.

charset-normalizer proposes candidates, but on short Russian text it confuses cp1251, koi8-r and
mac-cyrillic (and even proposes shift_jis). So every candidate decoding is re-scored by how
plausible its non-ASCII part is as Russian/Ukrainian or Western European text: letter frequencies,
the case pattern of each word (koi8-r read as cp1251 turns ``Привет`` into ``пРИВЕТ``), words mixing
scripts, and stray symbols (cp1251 ``я`` read as mac-cyrillic is ``¤``). The best score wins; ties
go to the declared encoding, then to the commoner encoding.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from rhetoscope.errors import BinaryInputError, EncodingError

# How many bytes of a large input are used to choose among single-byte candidates.
_SAMPLE_BYTES = 16 * 1024

# Tried in this order when scores tie: the encodings Russian/Ukrainian/Western text really uses.
_FALLBACK_CANDIDATES: tuple[str, ...] = (
    "cp1251",
    "koi8_r",
    "koi8_u",
    "mac_cyrillic",
    "iso8859_5",
    "cp866",
    "cp1252",
    "iso8859_15",
    "cp1250",
)

# Relative letter frequencies of Russian prose; Ukrainian-only letters added at their Ukrainian
# rates so Ukrainian text scores as well as Russian.
_CYRILLIC_FREQ: dict[str, float] = {
    "о": 0.1097, "е": 0.0845, "а": 0.0801, "и": 0.0735, "н": 0.0670, "т": 0.0626, "с": 0.0547,
    "р": 0.0473, "в": 0.0454, "л": 0.0440, "к": 0.0349, "м": 0.0321, "д": 0.0298, "п": 0.0281,
    "у": 0.0262, "я": 0.0201, "ы": 0.0190, "ь": 0.0174, "г": 0.0170, "з": 0.0165, "б": 0.0159,
    "ч": 0.0144, "й": 0.0121, "х": 0.0097, "ж": 0.0094, "ш": 0.0073, "ю": 0.0064, "ц": 0.0048,
    "щ": 0.0036, "э": 0.0032, "ф": 0.0026, "ъ": 0.0004, "ё": 0.0010,
    "і": 0.0500, "ї": 0.0060, "є": 0.0040, "ґ": 0.0002,
}  # fmt: skip

# Non-ASCII punctuation ordinary text uses, by which side of a word it may touch: openers precede
# a letter, closers follow one, the rest stand apart (or are dashes/apostrophes inside a word).
_OPENERS = frozenset("«„“‘‚‹")
_CLOSERS = frozenset("»”’›…™®©°")
_INWORD = frozenset("’ʼ–‐‑")
_FREE = frozenset("—‒―•·№§€£±×\u00a0\u202f\u2009")
_TEXT_PUNCT = _OPENERS | _CLOSERS | _INWORD | _FREE

_VOWELS = frozenset("аеёиоуыэюяіїє")

# Accented letters of the Western European languages cp1252/latin-9 serve; other Latin letters
# (ō, Ć, ż...) are more often what a wrong code page made of punctuation or Cyrillic.
_WESTERN_ACCENTED = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿœßšž")

# Words: runs between whitespace and ASCII punctuation (so "<p>Министр" yields "Министр").
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes and the name of the encoding that decoded it."""

    text: str
    encoding: str


def decode_bytes(
    data: bytes, *, source: str, forced: str | None = None, declared: str | None = None
) -> Decoded:
    """Decode ``data``; ``forced`` must work, ``declared`` (HTTP/HTML charset) is a preference."""
    decoded = _decode_forced(data, forced, source) if forced else _detect(data, source, declared)
    reject_control_heavy(decoded.text, source)
    return decoded


def reject_control_heavy(text: str, source: str) -> None:
    """Refuse text where over 1 % of characters are control codes: it is binary."""
    if not text:
        return
    controls = len(_CONTROL.findall(text))
    if controls and controls / len(text) > 0.01:
        raise BinaryInputError(
            f"binary content ({controls} control characters in {len(text)}), not text",
            source=source,
        )


# Web (WHATWG) labels Python's codec registry does not know.
_WEB_LABELS = {
    "x-mac-cyrillic": "mac_cyrillic",
    "x-mac-ukrainian": "mac_cyrillic",
    "x-cp1251": "cp1251",
    "x-cp1252": "cp1252",
    "cp-866": "cp866",
    "ibm866": "cp866",
}


def canonical_name(encoding: str) -> str:
    """Python's canonical codec name, e.g. ``'windows-1251'`` -> ``'cp1251'``."""
    label = encoding.strip().lower()
    return codecs.lookup(_WEB_LABELS.get(label, label)).name


def _decode_forced(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        name = canonical_name(encoding)
    except LookupError:
        raise EncodingError(f"unknown encoding {encoding!r}", source=source) from None
    if name in ("utf-8", "utf-8-sig") and data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"the bytes are not valid {encoding} (bad byte at offset {exc.start}); "
            "drop --encoding to detect it",
            source=source,
        ) from None
    return Decoded(text, name)


def _detect(data: bytes, source: str, declared: str | None) -> Decoded:
    bom = _decode_bom(data, source)
    if bom is not None:
        return bom
    if b"\x00" in data:
        utf16 = _decode_utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise BinaryInputError("binary content (NUL bytes), not text", source=source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _guess_single_byte(data, source, declared)


def _decode_bom(data: bytes, source: str) -> Decoded | None:
    # UTF-32-LE's BOM begins with UTF-16-LE's, so test the longer ones first.
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                if name == "utf-32":
                    continue  # FF FE 00 00 may also be UTF-16-LE text starting with U+0000
                raise BinaryInputError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(bad bytes at offset {exc.start})",
                    source=source,
                ) from None
            label = name if name != "utf-16" else ("utf-16-le" if bom[0] == 0xFF else "utf-16-be")
            if name == "utf-32":
                label = "utf-32-le" if bom[0] == 0xFF else "utf-32-be"
            return Decoded(text, label)
    return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: spaces and ASCII put NUL high bytes at one parity of offsets."""
    if len(data) % 2:
        return None
    head = data[:_SAMPLE_BYTES]
    name = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    # Judge a sample first: a large binary file with NULs must not be decoded whole.
    sample = _decode_prefix(head, name, final=len(head) == len(data))
    if not sample or not any(ch.isalpha() for ch in sample):
        return None
    if sum(1 for ch in sample if _is_texty(ch)) / len(sample) < 0.97:
        return None
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        return None


def _is_texty(ch: str) -> bool:
    if ch in "\t\n\r\f\v":
        return True
    return unicodedata.category(ch) not in ("Cc", "Cn", "Co", "Cs")


def _guess_single_byte(data: bytes, source: str, declared: str | None) -> Decoded:
    sample = _cut_sample(data)
    # Equal scores go to the earliest: the declared encoding, then the encodings Russian,
    # Ukrainian and Western text really use, then charset-normalizer's more exotic proposals.
    order: list[str] = []
    for name in (declared, *_FALLBACK_CANDIDATES, *_charset_normalizer_candidates(sample)):
        if not name:
            continue
        try:
            canon = canonical_name(name)
        except LookupError:
            continue
        if canon not in order:
            order.append(canon)

    scored: list[tuple[float, int, str]] = []
    non_ascii = 0
    for name in order:
        text = _decode_prefix(sample, name, final=len(sample) == len(data))
        if text is None:
            continue
        non_ascii = max(non_ascii, sum(1 for ch in text if not ch.isascii()))
        scored.append((plausibility(text), -len(scored), name))
    scored.sort(reverse=True)
    if scored and non_ascii >= 20 and scored[0][0] / non_ascii < -1.0:
        # Every code page turns these bytes into symbol soup: it is binary, not text.
        raise BinaryInputError("binary content (no encoding yields readable text)", source=source)
    for _score, _pref, name in scored:
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError:
            continue  # fine on the sample, invalid further on
    raise BinaryInputError("not text in any supported encoding", source=source)


def _cut_sample(data: bytes) -> bytes:
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
    return data[: cut + 1] if cut > _SAMPLE_BYTES // 2 else data[:_SAMPLE_BYTES]


def _decode_prefix(sample: bytes, name: str, *, final: bool) -> str | None:
    try:
        decoder = codecs.getincrementaldecoder(name)(errors="strict")
        return str(decoder.decode(sample, final=final))
    except (UnicodeDecodeError, LookupError):
        return None


def _charset_normalizer_candidates(sample: bytes) -> list[str]:
    from charset_normalizer import from_bytes

    return [match.encoding for match in list(from_bytes(sample))[:5]]


@cache
def _cyrillic_weights() -> dict[str, float]:
    # log-likelihood ratio against a uniform letter, squashed: common letters ~ +1.6, rare ~ -1.
    uniform = 1 / len(_CYRILLIC_FREQ)
    return {ch: max(-1.0, 1.0 + 0.5 * math.log(f / uniform)) for ch, f in _CYRILLIC_FREQ.items()}


def plausibility(text: str) -> float:
    """How much the non-ASCII part of ``text`` looks like real text (higher is better).

    Only words with non-ASCII characters are scored: ASCII decodes identically in every candidate.
    """
    weights = _cyrillic_weights()
    seen: dict[str, float] = {}  # words repeat (Zipf), so score each distinct word once
    total = 0.0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        score = seen.get(word)
        if score is None:
            score = seen[word] = _word_score(word, weights)
        total += score
    return total


def _word_score(word: str, weights: dict[str, float]) -> float:
    score = 0.0
    letters: list[str] = []
    latin_accented = 0
    scripts: set[str] = set()
    prev_letter = False
    for i, ch in enumerate(word):
        if ch.isalpha():
            letters.append(ch)
            script = _script(ch)
            scripts.add(script)
            if not ch.isascii():
                if script == "cyrillic":
                    # Letters outside the Russian/Ukrainian alphabets (Kazakh ө, Serbian ђ...)
                    # are what a wrong Cyrillic code page produces.
                    score += weights.get(ch.lower(), -2.5)
                elif script == "latin":
                    latin_accented += 1
                    score += 0.8 if ch.lower() in _WESTERN_ACCENTED else 0.1
                    if any(c.isdigit() for c in word[max(0, i - 1) : i + 2]):
                        score -= 1.5  # "ú4": accented letters do not touch digits
                else:
                    score -= 1.5  # Greek, CJK, Arabic... in a single-byte guess: unlikely
            prev_letter = True
            continue
        if ch.isascii():
            prev_letter = False
            continue
        if ch in _TEXT_PUNCT:
            next_letter = i + 1 < len(word) and word[i + 1].isalpha()
            score += _punct_score(ch, prev_letter, next_letter)
        elif unicodedata.category(ch) == "Cc":
            score -= 4.0
        else:
            score -= 3.0  # box drawing, currency, math and other symbols
        prev_letter = False
    if len(scripts - {"other"}) > 1:
        score -= 3.0 * len(letters)
    if len(letters) > 1 and not _case_pattern_ok("".join(letters)):
        score -= 3.0 + len(letters)
    if len(letters) == 1 and latin_accented and letters[0].isupper():
        score -= 1.5  # a lone accented capital ("Ç") is a mis-decoded symbol
    if scripts == {"cyrillic"}:
        score += _cyrillic_shape(letters)
    if len(letters) >= 4 and latin_accented / len(letters) > 0.6:
        score -= 2.0 * latin_accented  # "Ïðèâåò": cp1251 Russian read as Latin-1
    return score


def _cyrillic_shape(letters: list[str]) -> float:
    """Russian/Ukrainian words alternate vowels and consonants and are mostly lower case."""
    lowered = [ch.lower() for ch in letters]
    penalty = 0.0
    if len(lowered) >= 3 and not any(ch in _VOWELS for ch in lowered):
        penalty -= 2.0 * len(lowered)
    run = 0
    for ch in lowered:
        run = 0 if ch in _VOWELS or ch in "ьъй" else run + 1
        if run == 5:
            penalty -= 3.0
    # Capitals past the first letter are rarer than lower case (acronyms, all-caps headings).
    penalty -= 0.25 * sum(1 for ch in letters[1:] if ch.isupper())
    return penalty


def _punct_score(ch: str, prev_letter: bool, next_letter: bool) -> float:
    """Typographic punctuation on the wrong side of a letter is a mis-decoded letter."""
    if prev_letter and next_letter:
        return 0.3 if ch in _INWORD else -2.0
    if next_letter:
        return 0.3 if ch in _OPENERS or ch in _INWORD or ch in "—№§" else -1.5
    if prev_letter:
        return 0.3 if ch in _CLOSERS or ch in _INWORD or ch == "—" else -1.5
    return 0.3


@cache
def _script(ch: str) -> str:
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("LATIN"):
        return "latin"
    return "other"


def _case_pattern_ok(letters: str) -> bool:
    """lower, UPPER or Title case; anything else (``пРИВЕТ``, ``ПрИвЕт``) is suspicious."""
    return (
        letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower())
    )
