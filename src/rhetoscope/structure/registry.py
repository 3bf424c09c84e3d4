"""Well-known people's full names for speakers a page gives by title and surname only.

``THE PRESIDENT:`` under ``Remarks by President Trump`` resolves to ``President Trump``, a
``Песков:`` label under a headline that never spells the given name stays ``Песков``: the page
names the person, but not in the canonical form a corpus needs to count one speaker as one
(``Donald Trump``, ``Дмитрий Песков``). The alias gazetteer (``entities/aliases.yaml``, extended
by the user's ``RHETOSCOPE_ALIASES`` files) knows these people; where a speaker is a bare
surname, after office titles at most, that one person in the gazetteer answers to, the speaker
takes that person's given name and surname as the gazetteer spells them with the page's own
spelling of the surname (``Zelenskyy`` → ``Volodymyr Zelenskyy``). Never where the page itself
pairs the surname with another given name (``Eric Trump``), and never under a title of address
that may be someone else in the family (``Mrs.``, ``Ms.``).
"""

from __future__ import annotations

import re
from functools import cache

from rhetoscope.entities.aliases import Gazetteer, alias_key, gazetteer

# Title words that may stand before a surname in a resolved speaker: offices and male or
# neutral address ("President Trump", "Foreign Minister Lavrov", "Mr. Putin").
# fmt: off
_TITLES = frozenset({
    "president", "vice", "prime", "minister", "foreign", "secretary", "chancellor", "premier",
    "mr", "mr.", "senator", "sen.", "governor", "ambassador", "spokesperson", "spokesman",
    "spokeswoman", "press", "special", "envoy", "representative", "high", "commissioner",
    "leader", "speaker", "general", "director", "deputy", "chairman", "chair", "the", "of",
    "state", "defense", "defence", "treasury", "commerce", "dr.", "dr",
    "президент", "министр", "премьер-министр", "господин", "пресс-секретарь", "глава", "мид",
    "президента", "прем'єр-міністр", "міністр", "пан", "речник",
})
# fmt: on
# Words that may stand capitalised before a surname without being a given name.
# fmt: off
_NOT_GIVEN = frozenset({
    "and", "but", "so", "the", "when", "if", "dear", "thank", "thanks", "as", "with", "said",
    "says", "told", "by", "for", "to", "from", "of", "on", "in", "at", "that", "while", "after",
    "before", "because", "yes", "no", "well", "now", "then", "also", "и", "а", "но", "с", "что",
})
# fmt: on
_WORD = r"[^\W\d_][\w'’.-]*"


def registry_name(speaker: str, text: str) -> str | None:
    """The full name the gazetteer gives a title-and-surname ``speaker``, or None."""
    tokens = speaker.split()
    if not tokens or any(t.casefold() not in _TITLES for t in tokens[:-1]):
        return None
    surname = tokens[-1]
    if len(surname) < 3 or not surname[0].isupper() or "." in surname:
        return None
    full = _full_names(gazetteer()).get(surname)
    if full is None:
        return None
    given = full.split()[0]
    menu = _menu_lines(text, given, surname) if _has_office(tokens[:-1]) else ()
    for m in re.finditer(rf"({_WORD})[ \t]+{re.escape(surname)}(?![\w])", text):
        word = m.group(1)
        if _initial_of(word, given, text[max(0, m.start() - 80) : m.start()]):
            continue  # a middle initial after the given name (`Donald J. Trump`)
        if _line_at(text, m.start()) in menu:
            continue  # a namesake's menu item beside the person's own (see _menu_lines)
        if word[:1].isupper() and word != given and not _title_or_function(word):
            return None  # the page pairs the surname with another given name
    return full


# Title words of address, not of an office: "Mr. Trump" may be a son as well as the father.
_ADDRESS = frozenset({"mr", "mr.", "dr", "dr.", "the", "of", "господин", "пан"})


def _has_office(titles: list[str]) -> bool:
    return any(t.casefold() not in _ADDRESS for t in titles)


def _line_at(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _menu_lines(text: str, given: str, surname: str) -> frozenset[int]:
    """Starts of the lines that are a site menu's name items, where that menu also lists the
    gazetteer's person by full name: the White House's `Administration` menu lists `Donald J.
    Trump` / `JD Vance` / `Melania Trump`, each name alone on its line. A namesake there is
    another section of the site, not someone the page pairs with an office-titled speaker
    (`PRESIDENT TRUMP:`), so it blocks nothing; a namesake in the running text still does."""
    item = re.compile(rf"[ \t]*(?:{_WORD}[ \t]+){{1,3}}{re.escape(surname)}[ \t]*")
    own = re.compile(
        rf"[ \t]*{re.escape(given)}(?:[ \t]+[^\W\d_]\.)*[ \t]+{re.escape(surname)}[ \t]*"
    )
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    out: set[int] = set()
    for i, (_, line) in enumerate(lines):
        if not own.fullmatch(line):
            continue
        # the menu: the run of short lines with no sentence mark around the person's own item
        lo = hi = i
        while lo > 0 and _menu_item(lines[lo - 1][1]):
            lo -= 1
        while hi + 1 < len(lines) and _menu_item(lines[hi + 1][1]):
            hi += 1
        if hi - lo < 2:
            continue  # a name alone on its line is a byline or a caption, no menu
        out.update(start for start, text_ in lines[lo : hi + 1] if item.fullmatch(text_))
    return frozenset(out)


def _menu_item(line: str) -> bool:
    """A menu's line: one to four words, no sentence mark, no colon."""
    words = line.split()
    return 1 <= len(words) <= 4 and not re.search(r"[,:;!?]|[^\W\d_]{2}\.(?:\s|$)", line)


def _initial_of(word: str, given: str, before: str) -> bool:
    """``word`` is a middle initial written right after ``given`` (`Donald J.` before `Trump`)."""
    if not re.fullmatch(r"[^\W\d_]\.", word):
        return False
    return re.search(rf"(?<![\w]){re.escape(given)}[ \t]+$", before) is not None


def _title_or_function(word: str) -> bool:
    key = word.casefold().rstrip(",")
    return key in _TITLES or key in _NOT_GIVEN or key.rstrip(".") in _TITLES


@cache
def _full_names(gaz: Gazetteer) -> dict[str, str]:
    """Surname as written → the one person's "Given Surname" with that spelling."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for actor in gaz.actors:
        if actor.type != "PERSON":
            continue
        names = (actor.canonical, *actor.aliases)
        bare = {n for n in names if " " not in n and "." not in n}
        for surname in bare:
            pairs = [
                n
                for n in names
                if len(n.split()) == 2
                and n.split()[1] == surname
                and "." not in n.split()[0]
                and len(n.split()[0]) > 1
            ]
            if not pairs:
                continue
            # the canonical pairing first, else the alias list's first
            full = actor.canonical if actor.canonical in pairs else pairs[0]
            if surname in out and alias_key(out[surname]) != alias_key(full):
                clash.add(surname)
            out.setdefault(surname, full)
    for surname in clash:
        del out[surname]
    return out
