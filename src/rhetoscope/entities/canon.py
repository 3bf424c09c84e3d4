"""Canonical names: titles, initials, possessives, spelling variants and surname coreference.

Pure string logic (no models), so the naming rules are cheap to test in case tables. Russian case
forms reach this module already lemmatised by natasha (see ``mentions.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rhetoscope.entities.aliases import Gazetteer, alias_key

# Titles that may precede a name. Matched case-sensitively so "president" in running prose is not
# a title; longest alternatives first.
_TITLES = (
    r"Special (?:Envoy|Representative)(?: (?:for|to) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)?",
    r"Secretary[- ]General",
    r"Secretary of State",
    r"Secretary of Defen[cs]e",
    r"(?:Deputy |Vice[- ])?Prime Minister",
    r"(?:Deputy )?Foreign Minister",
    r"Defen[cs]e Minister",
    r"Minister(?: of [A-Z]\w+(?: Affairs)?)?",
    r"Vice[- ]President",
    r"President",
    r"Chancellor",
    r"Senator",
    r"Ambassador",
    r"Spokes(?:man|woman|person)",
    r"Chairman",
    r"Chairwoman",
    r"Speaker",
    r"Governor",
    r"Mayor",
    r"General",
    r"Pope",
    r"King",
    r"Queen",
    r"Prince",
    r"(?:Arch)?[Bb]ishop",
    r"Cardinal",
    r"Father",
    r"Rev(?:erend|\.)",
    r"Saint",
    r"Rabbi",
    r"Imam",
    r"Sheikh",
    r"Colonel",
    r"Col\.",
    r"Captain",
    r"Admiral",
    r"Commander",
    r"Lord",
    r"Lady",
    r"Judge",
    r"Justice",
    r"Attorney General",
    r"Commissioner",
    r"Director",
    r"Rep\.",
    r"Sen\.",
    r"Gov\.",
    r"Mr\.?",
    r"Mrs\.?",
    r"Ms\.?",
    r"Dr\.?",
    r"Prof\.?",
    r"Sir",
    r"Dame",
)
TITLE = "(?:" + "|".join(_TITLES) + ")"
# Words that can stand before a title: nationality, organisation, "former" ("Russian President").
_TITLE_PREFIX = r"(?:(?:[A-Z][\w.-]*|former|then|acting|the) )*"

_UPPER = "A-ZА-ЯЁ"
_LOWER = "a-zа-яё"
_INITIAL = rf"[{_UPPER}]\.\s?(?:[{_UPPER}]\.\s?)?"
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|della|le|la|bin|al|фон|дер|ван|де)"
# A capitalised name word: "Putin", "O'Brien", "Smith-Jones"; never swallows a possessive "'s".
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:['’][{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}]?[{_LOWER}]+)?"
_SURNAME = rf"(?:{_PARTICLE}\s)*{_WORD}"
# "V.V. Putin", "S. Whitcoff", "U. von der Leyen": initials make a person almost always.
INITIALS_NAME = re.compile(rf"(?<![\w.]){_INITIAL}\s?{_SURNAME}(?![\w])")
# "Secretary of State Rubio", "President Vladimir Putin": the name after a title.
TITLE_NAME = re.compile(
    rf"(?<![\w]){TITLE}\s+(?P<name>(?:{_INITIAL}\s?)?{_WORD}(?:\s{_SURNAME}){{0,2}})(?![\w])"
)
TITLE_BEFORE = re.compile(rf"{_TITLE_PREFIX}{TITLE}\s+$")
_LEADING_TITLE = re.compile(rf"^{_TITLE_PREFIX}{TITLE}\s+(?=[{_UPPER}])")

# Capitalised words that are not surnames even after initials ("U.S. President", "E.U. Council").
NOT_SURNAMES = frozenset(
    {
        "President",
        "Minister",
        "Secretary",
        "Army",
        "Navy",
        "Senate",
        "Congress",
        "Government",
        "Administration",
        "State",
        "States",
        "Department",
        "Council",
        "Commission",
        "Court",
        "Forces",
        "Embassy",
        "Ambassador",
        "Envoy",
        "Representative",
        "Treasury",
        "Military",
        "The",
        "In",
        "On",
        "At",
        "And",
        "But",
        # Last words of places, bodies and days the model sometimes tags PERSON ("Travis Air
        # Force Base", "Border Patrol", "Twitter Saturday"): never a surname to link or spread.
        *[
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
            "Day",
            "Base",
            "Patrol",
            "Ranch",
        ],
        *[
            "Constitution",
            "Party",
            "Force",
            "Guard",
            "Police",
            "Service",
            "Services",
            "Street",
            "Avenue",
            "Square",
        ],
        *[
            "Bridge",
            "Center",
            "Centre",
            "University",
            "College",
            "School",
            "Hospital",
            "Church",
            "Committee",
            "Agency",
        ],
        *[
            "Office",
            "Group",
            "Company",
            "Corp",
            "Inc",
            "Times",
            "News",
            "Post",
            "Airport",
            "Station",
            "Island",
            "River",
            "Lake",
        ],
        *[
            "Valley",
            "County",
            "City",
            "Republic",
            "Kingdom",
            "Union",
            "Act",
            "Bill",
            "Treaty",
            "Accord",
            "Agreement",
        ],
        *[
            "Summit",
            "War",
            "Prize",
            "Award",
            "Foundation",
            "Institute",
            "Bank",
            "Fund",
            "Media",
            "Network",
            "AFB",
        ],
        *["Assembly", "Motors", "Electric", "Staff"],
    }
)
_ROMAN = re.compile(r"[IVXLC]+")


def plausible_surname(word: str) -> bool:
    """A word that can be a person's surname for coreference ("Pius XII" has none)."""
    return word not in NOT_SURNAMES and not _ROMAN.fullmatch(word) and len(word) > 1


_QUOTES = "\"'“”«»‘’„"
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def clean_surface(text: str) -> str:
    """Surface form without quotes, a leading "the", a possessive "'s" or surrounding space."""
    out = " ".join(text.split()).strip(_QUOTES + " ,;:")
    out = _POSSESSIVE.sub("", out)
    out = _LEADING_THE.sub("", out)
    return out.strip(_QUOTES + " ")


def strip_title(name: str) -> str:
    """``"Russian President Vladimir Putin"`` -> ``"Vladimir Putin"``; a bare title stays."""
    stripped = _LEADING_TITLE.sub("", name)
    return stripped or name


def title_before(text: str, start: int, window: int = 80) -> str | None:
    """The title written just before ``text[start:]`` ("Secretary of State "), if any."""
    m = TITLE_BEFORE.search(text, max(0, start - window), start)
    if m is None:
        return None
    title = _LEADING_THE.sub("", m.group().strip())
    return title or None


def _is_initial(token: str) -> bool:
    return bool(re.fullmatch(rf"(?:[{_UPPER}]\.)+", token))


@dataclass(frozen=True, slots=True)
class NameParts:
    """A person's name split into initials (first letters of given names), given names, surname."""

    initials: str  # "VV" for "V.V. Putin", "V" for "Vladimir Putin", "" for "Putin"
    given: tuple[str, ...]
    surname: str

    @property
    def is_full(self) -> bool:
        """At least one given name written in full: a coreference anchor."""
        return any(len(g) > 1 for g in self.given)


def name_parts(name: str) -> NameParts:
    """Split a (title-free) person name; particles stay with the surname ("von der Leyen")."""
    spaced = re.sub(rf"([{_UPPER}]\.)(?=[{_UPPER}])", r"\1 ", name)  # "V.V.Putin" -> "V. V. Putin"
    tokens = spaced.replace(".", ". ").split()
    # Surname: the last word plus any lowercase particles just before it.
    i = len(tokens) - 1
    while i > 0 and re.fullmatch(_PARTICLE, tokens[i - 1]):
        i -= 1
    surname = " ".join(tokens[i:])
    given_tokens = [t for t in tokens[:i] if t != "."]
    given: list[str] = []
    initials = ""
    for tok in given_tokens:
        if _is_initial(tok):
            letters = tok.replace(".", "")
            initials += letters
            given.extend(letters)
        else:
            initials += tok[0]
            given.append(tok)
    return NameParts(initials=initials.upper(), given=tuple(given), surname=surname)


_RU_POSSESSIVE = re.compile(r"^(.*(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ой|ою|ых|ыми)$")
_RU_ADJECTIVAL = re.compile(r"^(.*(?:ск|цк))(?:ого|ому|им|ом|ая|ой|ую|ий)$")


def surname_key(surname: str) -> str:
    """Comparison key of a surname; Russian case and gender endings folded ("Лаврову",
    "Лаврова" -> "лавров"; "Зеленского" -> "зеленский") so coreference survives inflection."""
    key = alias_key(surname)
    if m := _RU_POSSESSIVE.match(key):
        return m.group(1)
    if m := _RU_ADJECTIVAL.match(key):
        return m.group(1) + "ий"
    return key


def russian_masculine(name: str) -> str:
    """``name`` with its last word in the masculine nominative ("С.В. Лаврова" -> "С.В. Лавров")."""
    head, _, last = name.rpartition(" ")
    if m := _RU_POSSESSIVE.match(last):
        last = m.group(1)
    elif m := _RU_ADJECTIVAL.match(last):
        last = m.group(1) + "ий"
    else:
        return name
    return f"{head} {last}" if head else last


def _compatible(mention: NameParts, anchor: NameParts) -> bool:
    """ "V.V. Putin" fits "Vladimir Putin"; "D. Trump" does not fit "Melania Trump"."""
    if surname_key(mention.surname) != surname_key(anchor.surname):
        return False
    if not mention.initials:
        return True
    return anchor.initials.startswith(mention.initials[:1])


class PersonResolver:
    """Within-document coreference of person names onto full-name anchors and speakers.

    Anchors are full names seen in the document or used as speaker names. A surname-only or
    initials mention links to the one compatible anchor; with none or several it keeps its own
    (cleaned) form, because guessing between two Clintons is worse than not linking.
    """

    def __init__(self, gazetteer: Gazetteer, anchors: Iterable[str]) -> None:
        self.gazetteer = gazetteer
        self._anchors: dict[str, list[tuple[NameParts, str]]] = {}
        for name in anchors:
            canonical = self.resolve_alone(name)
            parts = name_parts(canonical)
            if not parts.is_full or not plausible_surname(parts.surname):
                continue
            bucket = self._anchors.setdefault(surname_key(parts.surname), [])
            if all(c != canonical for _, c in bucket):
                bucket.append((parts, canonical))

    def _known(self, clean: str) -> str | None:
        actor = self.gazetteer.lookup(clean) or self.gazetteer.lookup(russian_masculine(clean))
        return None if actor is None else actor.canonical

    def resolve_alone(self, name: str) -> str:
        """Canonical form using the gazetteer only (no document context)."""
        clean = strip_title(clean_surface(name))
        return self._known(clean) or clean

    def resolve(self, name: str) -> str:
        clean = strip_title(clean_surface(name))
        known = self._known(clean)
        if known is not None:
            return known
        parts = name_parts(clean)
        if parts.is_full:
            return clean
        candidates = {
            canonical
            for anchor, canonical in self._anchors.get(surname_key(parts.surname), [])
            if _compatible(parts, anchor)
        }
        if len(candidates) == 1:
            return candidates.pop()
        return clean


def canonical_name(
    name: str,
    label: str = "PERSON",
    *,
    gazetteer: Gazetteer,
    context: Iterable[str] = (),
) -> str:
    """Canonical name of one mention, given other names of the document as ``context``.

    The function the stage uses, exposed for tests and for callers naming things by hand.
    """
    clean = clean_surface(name)
    if label == "PERSON":
        return PersonResolver(gazetteer, context).resolve(clean)
    actor = gazetteer.lookup(clean)
    if actor is not None:
        return actor.canonical
    return normalise_other(clean, label)


def normalise_other(clean: str, label: str) -> str:
    """Non-person names: nationalities singular ("Russians" -> "Russian"), the rest as written."""
    if label == "NORP" and re.fullmatch(r"[A-Z][a-z-]+[^s]s", clean):
        return clean[:-1]
    return clean
