"""Find and normalise numbers, quantities, percentages, money, durations, ranges and dates.

English and Russian, rules only (fast, offline, predictable)::

    >>> [q.to_dict() for q in extract("the Russian side handed over more than 9,000 bodies")]
    [{'text': 'more than 9,000 bodies', 'start': 30, 'end': 52, 'value': 9000,
      'qualifier': 'more than', 'unit': 'bodies', 'kind': 'quantity'}]

``kind`` is one of ``quantity`` (a count, ``unit`` = the counted noun as written, lower-cased, or
None), ``percent`` (``unit`` "percent" or "percentage points"), ``money`` (``unit`` an ISO 4217
code), ``duration`` (``unit`` the time word as written), ``range`` (``value`` = ``[low, high]``,
``unit`` as for the bound's kind) and ``date`` (``value`` an ISO 8601 string: "2025-11-13",
"2024-06", "2022", "--11-13" for a day without a year, "--06" for a month, "199X" for a decade).
``qualifier`` is the hedge or bound before the figure as written, lower-cased ("more than",
"около", "since"); None when there is none. Offsets are relative to the string passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rhetoscope.claims.features import is_cyrillic
from rhetoscope.datewords import EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_MONTHS

Value = int | float | str | list[int | float]

KINDS = ("quantity", "percent", "money", "duration", "range", "date")


@dataclass(frozen=True, slots=True)
class Quantity:
    text: str
    start: int
    end: int
    value: Value
    qualifier: str | None
    unit: str | None
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "kind": self.kind,
        }

    def shifted(self, offset: int) -> Quantity:
        """The same quantity with offsets moved by ``offset`` (sentence -> document)."""
        return Quantity(
            self.text,
            self.start + offset,
            self.end + offset,
            self.value,
            self.qualifier,
            self.unit,
            self.kind,
        )


# --- lexicons ------------------------------------------------------------------------------------

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
_ABBR_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                "bn": 1_000_000_000, "tn": 1_000_000_000_000}  # fmt: skip


def _ru_forms() -> tuple[dict[str, float], dict[str, int]]:
    """Russian numerals in the case forms met in news text -> value; scale words -> factor."""
    units: dict[str, float] = {}

    def add(value: float, *forms: str) -> None:
        for f in forms:
            units[f] = value

    add(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну")
    add(2, "два", "две", "двух", "двум", "двумя")
    add(3, "три", "трёх", "трех", "трём", "трем", "тремя")
    add(4, "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя")
    add(1.5, "полтора", "полторы", "полутора")
    for value, stem in (
        (5, "пят"), (6, "шест"), (7, "сем"), (9, "девят"), (10, "десят"),
        (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"), (14, "четырнадцат"),
        (15, "пятнадцат"), (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"),
        (19, "девятнадцат"), (20, "двадцат"), (30, "тридцат"),
    ):  # fmt: skip
        add(value, stem + "ь", stem + "и", stem + "ью")
    add(8, "восемь", "восьми", "восьмью", "восемью")
    add(40, "сорок", "сорока")
    for value, nom, obl in (
        (50, "пятьдесят", "пятидесяти"), (60, "шестьдесят", "шестидесяти"),
        (70, "семьдесят", "семидесяти"), (80, "восемьдесят", "восьмидесяти"),
    ):  # fmt: skip
        add(value, nom, obl)
    add(90, "девяносто", "девяноста")
    add(100, "сто", "ста", "сотни", "сотню")
    add(200, "двести", "двухсот", "двумстам")
    add(300, "триста", "трёхсот", "трехсот")
    add(400, "четыреста", "четырёхсот", "четырехсот")
    for value, nom, gen in (
        (500, "пятьсот", "пятисот"), (600, "шестьсот", "шестисот"), (700, "семьсот", "семисот"),
        (800, "восемьсот", "восьмисот"), (900, "девятьсот", "девятисот"),
    ):  # fmt: skip
        add(value, nom, gen)
    scales: dict[str, int] = {}
    for factor, stem, endings in (
        (1_000, "тысяч", ("а", "и", "", "у", "ам", "ами", "ах", "ей", "ью")),
        (1_000_000, "миллион", ("", "а", "ов", "ы", "ам", "ами", "ах", "ом", "е")),
        (1_000_000_000, "миллиард", ("", "а", "ов", "ы", "ам", "ами", "ах", "ом", "е")),
        (1_000_000_000_000, "триллион", ("", "а", "ов", "ы", "ам", "ами", "ах", "ом", "е")),
    ):
        for e in endings:
            scales[stem + e] = factor
    scales.update({"тыс": 1_000, "млн": 1_000_000, "млрд": 1_000_000_000,
                   "трлн": 1_000_000_000_000})  # fmt: skip
    return units, scales


_RU_UNITS, _RU_SCALES = _ru_forms()
_WORD_VALUES: dict[str, float] = {**_EN_UNITS, **_RU_UNITS}
_SCALE_VALUES: dict[str, int] = {**_EN_SCALES, **_RU_SCALES}


def _alt(words: Any) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_QUALIFIERS_EN = (
    "no more than", "no fewer than", "no less than", "not more than", "not less than",
    "not fewer than", "more than", "less than", "fewer than", "greater than", "at least",
    "at most", "up to", "as many as", "as much as", "as few as", "just over", "just under",
    "well over", "well under", "over", "under", "above", "below", "about", "around",
    "approximately", "roughly", "nearly", "almost", "some", "close to", "upwards of",
    "in excess of", "exactly", "only", "barely", "an estimated", "estimated", "circa",
    "a mere", "just",
)  # fmt: skip
_QUALIFIERS_RU = (
    "более чем", "менее чем", "больше чем", "не менее", "не более", "не больше", "не меньше",
    "по меньшей мере", "по крайней мере", "как минимум", "чуть более", "чуть менее",
    "чуть больше", "чуть меньше", "без малого", "более", "свыше", "больше", "менее", "меньше",
    "около", "почти", "примерно", "приблизительно", "порядка", "минимум", "максимум", "ровно",
    "лишь", "только", "всего", "целых", "до",
)  # fmt: skip
_QUALIFIER_RE = re.compile(
    r"(?<![\w-])(" + _alt(_QUALIFIERS_EN + _QUALIFIERS_RU) + r")\s+$", re.IGNORECASE
)

_CURRENCY_SYMBOL = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "CNY"}
_CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    (r"us dollars?|dollars?|usd|долл\.|доллар\w*", "USD"),
    (r"euros?|eur|евро", "EUR"),
    (r"pounds? sterling|gbp|фунт\w* стерлингов", "GBP"),
    (r"rubles?|roubles?|rub|руб\.|рубл\w*", "RUB"),
    (r"yuan|cny|юан\w*", "CNY"),
    (r"hryvnias?|uah|гривн\w*", "UAH"),
)
_CURRENCY_AFTER_RE = re.compile(
    r"\s?(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_WORDS)) + r")"
    r"(?![\w])",
    re.IGNORECASE,
)
_CURRENCY_BEFORE_RE = re.compile(r"(US\$|[$€£₽¥])\s?$")
_PERCENT_AFTER_RE = re.compile(
    r"\s?(?:(?P<pp>percentage points?|п\.\s?п\.|процентн\w+ пункт\w*)|"
    r"(?P<pc>%|percent\b|per cent\b|процент\w*))",
    re.IGNORECASE,
)
_DURATION_WORDS_RE = re.compile(
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|"
    r"лет|год|года|годы|годам|годами|месяц\w*|недел\w*|день|дня|дней|дням|сут\w*|час\w*|"
    r"минут\w*|секунд\w*|десятилети\w*|век\w*|столети\w*)$",
    re.IGNORECASE,
)
_STOP_WORDS = """of the a an and or to in on at by for from with was were is are be been being has
    have had that which who whom this these those it its per as than more less fewer times so but
    if when where while there their his her our your my we they he she i you me us them not
    no nor into onto over under after before since until about around out up down off all
    each every any some such other another only just also still yet ago later earlier
    percent dollars euros
    и в во на с со к по о об от до за из у для при без над под что как а но же ли или не
    ни это этот эта эти тот та те то его ее её их мы вы они он она оно более менее чем
    раз из них году года"""
_UNIT_STOP = frozenset(_STOP_WORDS.split())
_ADJ_EN_RE = re.compile(r"(?:al|ic|ian|ean|ish|ese|ive|ous|ful|ern|ary|ed|ing|less|able|ible)$")
_ADJ_RU_RE = re.compile(r"(?:ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю)$")
_UNIT_WORDS_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)(?:\s+([^\W\d_][\w'’-]*))?")

# --- number atoms --------------------------------------------------------------------------------

_NUM_WORD_ALT = _alt(list(_WORD_VALUES) + list(_SCALE_VALUES))
_SCALE_ALT = _alt(_SCALE_VALUES)
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 9,000 / 1,234.5
    r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d.,]\d)(?:,\d+)?"  # 9 000 / 9 000,5
    r"|\d+(?:[.,]\d+)?"
)
_ATOM_RE = re.compile(
    r"(?<![^\W\d_]-)(?<![\w.,])"
    r"(?:(?P<digits>" + _DIGITS + r")"
    r"(?:(?P<abbr>bn|mn|mln|tn|[km])(?![\w])"
    r"|\s*(?P<dscale>(?:" + _SCALE_ALT + r")(?![\w])(?:(?<=тыс)\.)?))?"
    r"|(?P<words>(?:(?:an?|one)\s+)?(?:" + _NUM_WORD_ALT + r")"
    r"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:" + _NUM_WORD_ALT + r"))*)(?![\w]))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# --- dates ---------------------------------------------------------------------------------------

# Full names, and abbreviations only with their dot ("Jan.", never "Jan" or "mar").
_EN_MONTHS = {
    **{name: EN_MONTHS[name] for name in EN_MONTH_NAMES},
    **{abbr + ".": n for abbr, n in EN_MONTH_ABBREVIATIONS.items()},
}
_RU_MONTH_STEMS = (
    ("январ", ("ь", "я", "е")), ("феврал", ("ь", "я", "е")), ("март", ("", "а", "е")),
    ("апрел", ("ь", "я", "е")), ("ма", ("й", "я", "е")), ("июн", ("ь", "я", "е")),
    ("июл", ("ь", "я", "е")), ("август", ("", "а", "е")), ("сентябр", ("ь", "я", "е")),
    ("октябр", ("ь", "я", "е")), ("ноябр", ("ь", "я", "е")), ("декабр", ("ь", "я", "е")),
)  # fmt: skip
_RU_MONTHS = {stem + e: i + 1 for i, (stem, ends) in enumerate(_RU_MONTH_STEMS) for e in ends}
# English months must be capitalised ("may" is a verb); Russian ones are written lower-case.
_EN_MONTH_ALT = "|".join(
    sorted((re.escape(m.capitalize()) for m in _EN_MONTHS), key=len, reverse=True)
)
_RU_MONTH_ALT = _alt(_RU_MONTHS)
_MONTH = rf"(?P<month>{_EN_MONTH_ALT}|(?i:{_RU_MONTH_ALT}))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|-?го|-?е)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.))"
_DATE_PREP = (
    r"(?P<prep>since|until|till|by|before|after|from|through|as of|as early as|as late as|"
    r"не позднее|начиная с|вплоть до|с|до|после|к|со|по)\s+"
)
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    # A capital may follow directly: scraped titles run into the next line ("2025Question:").
    re.compile(r"(?<![\w-])(?:(?i:" + _DATE_PREP + r"))?" + p + r"(?![0-9a-zа-яё_])")
    for p in (
        r"(?P<iso>(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d))",
        r"(?P<dotted>(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4}))" + _YEAR_WORD + "?",
        _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
        _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + _YEAR_WORD + "?",
        _MONTH + r",?\s+" + _YEAR + _YEAR_WORD + "?",
        _MONTH + r"\s+" + _DAY + r"(?![\d,]|\s*\d)",
        _DAY + r"\s+(?:of\s+)?" + _MONTH,
        r"(?P<decade>1\d{3}|20\d{2})(?:'?s|-(?:х|е|ых)(?:\s+годах|\s+годов|\s+годы)?)",
        _YEAR + r"(?:-м|-го)?" + _YEAR_WORD,
    )
)
_YEAR_PREP_RE = re.compile(
    r"(?<![\w-])(?:(?i:(?P<prep>since|until|till|by|before|after|from|through|as of|"
    r"начиная с|вплоть до|с|до|после|к|со)|in|during|of|early|late|mid-?|в|во))\s+"
    r"(?:the\s+year\s+)?(?P<year>1[5-9]\d{2}|20\d{2})(?:-м)?(?![\w%]|[.,]\d)"
)
_BARE_YEAR_RE = re.compile(r"(?<![\w.,$€£₽-])(?P<year>19\d{2}|20\d{2})(?![\w%]|[.,]\d|\s?%)")
_MONTH_ONLY_RE = re.compile(
    r"(?<![\w-])(?:(?i:(?P<prep>since|until|till|by|before|after|from|through|с|до|после|к))|"
    r"(?i:in|last|next|this|early|late|mid-?|в|во|прошлом|этом))\s+" + _MONTH + r"(?![\w])"
)


def _month_number(word: str) -> int:
    w = word.lower()
    return _EN_MONTHS.get(w) or _RU_MONTHS[w]


def _find_dates(text: str) -> list[Quantity]:
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(m: re.Match[str], value: str, start: int | None = None) -> None:
        prep = m.groupdict().get("prep")
        start = m.start() if prep else (m.start() if start is None else start)
        if not prep:
            # Outside a preposition the match starts at the date itself.
            start = min(
                (
                    m.start(g)
                    for g in ("iso", "dotted", "month", "day", "decade", "year")
                    if g in m.re.groupindex and m.start(g) >= 0
                ),
                default=m.start(),
            )
        if not free(start, m.end()):
            return
        taken.append((start, m.end()))
        found.append(
            Quantity(
                text[start : m.end()],
                start,
                m.end(),
                value,
                prep.lower() if prep else None,
                None,
                "date",
            )
        )

    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            if g.get("iso") or g.get("dotted"):
                y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    add(m, f"{y:04d}-{mo:02d}-{d:02d}")
            elif g.get("decade"):
                add(m, g["decade"][:3] + "X")
            elif g.get("month"):
                mo = _month_number(g["month"])
                day = int(g["day"]) if g.get("day") else None
                if day is not None and not 1 <= day <= 31:
                    continue
                if g.get("year"):
                    add(m, f"{g['year']}-{mo:02d}" + (f"-{day:02d}" if day else ""))
                elif day is not None:
                    add(m, f"--{mo:02d}-{day:02d}")
            elif g.get("year"):
                add(m, g["year"])
    for m in _MONTH_ONLY_RE.finditer(text):
        add(m, f"--{_month_number(m.group('month')):02d}")
    for m in _YEAR_PREP_RE.finditer(text):
        add(m, m.group("year"))
    for m in _BARE_YEAR_RE.finditer(text):
        # A bare 19xx/20xx is a year unless a count noun follows ("2000 troops" is rare in
        # edited text, which writes "2,000 troops").
        nxt = _UNIT_WORDS_RE.match(text, m.end())
        if (
            nxt
            and nxt.group(1).lower().endswith(("s", "ов", "ей", "ев"))
            and not nxt.group(1)[0].isupper()
        ):
            continue
        add(m, m.group("year"))
    return found


# --- quantities ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    base: float
    scale: int  # 1 when none was written


def _parse_digits(raw: str, cyrillic: bool) -> float | None:
    s = re.sub(r"[\u00a0\u202f\u2009 ]", "", raw)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s) and not cyrillic:
        return float(s.replace(",", ""))
    if "," in s:
        # Russian (and continental) decimal comma: "1,5 млрд".
        if s.count(",") > 1:
            return None
        return float(s.replace(",", "."))
    try:
        return float(s)
    except ValueError:
        return None


def _parse_words(raw: str) -> tuple[float, int] | None:
    """'two million' -> (2, 1e6); 'twenty-five' -> (25, 1); 'a dozen' -> (12, 1)."""
    words = [w for w in re.split(r"[\s-]+", raw.lower()) if w and w != "and"]
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    total, current, seen_numeral = 0.0, 0.0, False
    last_scale = 1
    for w in words:
        if w in _WORD_VALUES:
            current += _WORD_VALUES[w]
            seen_numeral = True
        elif w in ("hundred",):
            current = (current or 1) * 100
        elif w in _SCALE_VALUES:
            if not seen_numeral:
                return None
            factor = _SCALE_VALUES[w]
            total += (current or 1) * factor
            current = 0.0
            last_scale = factor
        else:
            return None
    if not seen_numeral:
        return None
    if current == 0 and last_scale > 1:
        return total / last_scale, last_scale
    return total + current, 1


def _atoms(text: str, cyrillic: bool, taken: list[tuple[int, int]]) -> Iterator[_Atom]:
    for m in _ATOM_RE.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if m.group("digits"):
            base = _parse_digits(m.group("digits"), cyrillic)
            if base is None:
                continue
            scale = 1
            if m.group("abbr"):
                scale = _ABBR_SCALES[m.group("abbr").lower()]
            elif m.group("dscale"):
                scale = _SCALE_VALUES[m.group("dscale").lower().rstrip(".")]
            yield _Atom(m.start(), m.end(), base, scale)
        else:
            raw = m.group("words")
            parsed = _parse_words(raw)
            if parsed is None:
                continue
            base, scale = parsed
            # A lone "one"/"один" is a pronoun far more often than a count.
            if (
                base == 1
                and scale == 1
                and raw.lower() in {"one", "a", "an"} | {w for w, v in _RU_UNITS.items() if v == 1}
            ):
                continue
            yield _Atom(m.start(), m.end(), base, scale)


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else round(x, 6)


def _unit_after(text: str, pos: int) -> tuple[str | None, str, int]:
    """(unit, kind, end) read right after a figure ending at ``pos``."""
    m = _PERCENT_AFTER_RE.match(text, pos)
    if m:
        return ("percentage points" if m.group("pp") else "percent"), "percent", m.end()
    m = _CURRENCY_AFTER_RE.match(text, pos)
    if m:
        for i, (_, code) in enumerate(_CURRENCY_WORDS):
            if m.group(f"c{i}"):
                return code, "money", m.end()
    m = _UNIT_WORDS_RE.match(text, pos)
    if not m:
        return None, "quantity", pos
    first, second = m.group(1), m.group(2)
    if _DURATION_WORDS_RE.match(first.lower()):
        return first.lower(), "duration", m.end(1)
    if first.lower() in _UNIT_STOP:
        return None, "quantity", pos
    adjectival = (
        _ADJ_EN_RE.search(first.lower())
        or _ADJ_RU_RE.search(first.lower())
        or (first[0].isupper() and second is not None and second[0].islower())
    )
    if adjectival and second and second.lower() not in _UNIT_STOP:
        return second.lower(), "quantity", m.end(2)
    return first.lower(), "quantity", m.end(1)


_RANGE_SEP_RE = re.compile(r"\s*(?:[-–—]|to|and|до|по|или|or)\s*", re.IGNORECASE)
_RANGE_OPEN_RE = re.compile(r"(?<![\w-])(between|from|от|между)\s+$", re.IGNORECASE)


def extract(text: str, lang: str | None = None) -> list[Quantity]:
    """All dates and quantities of ``text``, sorted by offset, never overlapping."""
    cyrillic = lang == "ru" if lang else is_cyrillic(text)
    out = _find_dates(text)
    taken = [(q.start, q.end) for q in out]
    atoms = list(_atoms(text, cyrillic, taken))
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        start = atom.start
        currency: str | None = None
        cur = _CURRENCY_BEFORE_RE.search(text, 0, start)
        if cur:
            currency = _CURRENCY_SYMBOL[cur.group(1)]
            start = cur.start()
        # Ranges: "10-20%", "between 2 and 3 million", "от 10 до 20 тысяч".
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        low: _Atom | None = None
        opener = _RANGE_OPEN_RE.search(text, 0, start)
        if nxt is not None:
            sep = _RANGE_SEP_RE.fullmatch(text, atom.end, nxt.start)
            if sep is None and _CURRENCY_BEFORE_RE.search(text, 0, nxt.start):
                gap = text[atom.end : nxt.start].rstrip("$€£₽¥US ")
                sep = _RANGE_SEP_RE.fullmatch(gap)
            # "10-20", "two or three" stand alone; "to"/"and"/"до" need "from/between/от".
            word_sep = sep is not None and sep.group(0).strip().lower() not in (
                "-",
                "–",
                "—",
                "or",
                "или",
            )
            if sep is not None and (not word_sep or opener is not None):
                low, atom = atom, nxt
                i += 1
        if low is not None and opener is not None:
            start = opener.start()
        qualifier: str | None = None
        if opener is None or low is None:
            q = _QUALIFIER_RE.search(text, 0, start)
            if q:
                qualifier = q.group(1).lower()
                start = q.start()
        end = atom.end
        if currency is not None:
            unit: str | None = currency
            kind = "money"
            after = _CURRENCY_AFTER_RE.match(text, end)  # "$5 billion USD"
            end = after.end() if after else end
        else:
            unit, kind, end = _unit_after(text, end)
        value: Value
        if low is not None:
            scale = atom.scale
            low_value = low.base * (low.scale if low.scale > 1 else scale)
            value = [_number(low_value), _number(atom.base * scale)]
            kind = "range"
        else:
            value = _number(atom.base * atom.scale)
        if low is not None and opener is not None and qualifier is None:
            qualifier = None
        out.append(Quantity(text[start:end], start, end, value, qualifier, unit, kind))
        i += 1
    out.sort(key=lambda q: (q.start, q.end))
    return out
