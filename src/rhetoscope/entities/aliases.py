"""The alias gazetteer: curated political actors plus user alias files (YAML).

The packaged ``aliases.yaml`` names actors the statistical NER misses or mislabels ("NATO", "the
West", "Kiev regime") and ties spelling variants to one canonical name ("Whitcoff" -> "Steve
Witkoff"). Users extend it with files listed in ``RHETOSCOPE_ALIASES`` (``os.pathsep``-separated).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from rhetoscope.errors import InputError, ModelError

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "GPE",
    "LOC",
    "NORP",
    "GROUP",
    "EVENT",
    "LAW",
    "OTHER",
)
ALIASES_ENV = "RHETOSCOPE_ALIASES"

_INITIAL_GAP = re.compile(r"(?<=\b\w\.)\s+(?=\w\.)")
_SPACE = re.compile(r"\s+")


def alias_key(text: str) -> str:
    """Case-, space- and quote-insensitive lookup key ("V. V. Putin" == "v.v. putin")."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("ё", "е").replace("Ё", "Е")
    text = _SPACE.sub(" ", text.strip())
    text = _INITIAL_GAP.sub("", text)
    return text.casefold()


@dataclass(frozen=True, slots=True)
class Actor:
    canonical: str
    type: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    # False: the canonical name and aliases only name NER mentions (lookup) and are not searched
    # in raw text, for names that are also people ("Washington", "Paris"); patterns still are.
    text: bool = True


@dataclass(frozen=True, slots=True)
class AliasMatch:
    start: int
    end: int
    actor: Actor


class Gazetteer:
    """Actors indexed by alias key, plus one compiled regex that finds them in running text."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors: tuple[Actor, ...] = tuple(actors)
        self._by_key: dict[str, Actor] = {}
        for actor in self.actors:
            self._by_key.setdefault(alias_key(actor.canonical), actor)
            for alias in actor.aliases:
                self._by_key[alias_key(alias)] = actor
        literals = sorted(
            {a for actor in self.actors if actor.text for a in (actor.canonical, *actor.aliases)},
            key=len,
            reverse=True,
        )
        self._owner: dict[str, Actor] = {}
        for actor in self.actors:
            if actor.text:
                for alias in (actor.canonical, *actor.aliases):
                    self._owner[alias] = actor
        # Whole-word literal alternation (longest first), then each pattern as its own group so a
        # match can be traced back to its actor.
        parts = [r"(?P<lit>" + _factor_by_first_char(literals) + r")"] if literals else []
        self._pattern_owner: list[Actor] = []
        for actor in self.actors:
            for pat in actor.patterns:
                flags = ""
                body = pat
                if body.startswith("(?i)"):
                    flags, body = "(?i:", body[4:]
                group = f"p{len(self._pattern_owner)}"
                inner = f"{flags}{body})" if flags else body
                parts.append(f"(?P<{group}>{inner})")
                self._pattern_owner.append(actor)
        self._regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None

    def lookup(self, name: str) -> Actor | None:
        """The actor a name (any case, spacing of initials) is an alias of, if any."""
        return self._by_key.get(alias_key(name))

    def find(self, text: str, start: int = 0, end: int | None = None) -> Iterator[AliasMatch]:
        """Non-overlapping alias occurrences in ``text[start:end]``, leftmost-longest."""
        if self._regex is None:
            return
        stop = len(text) if end is None else end
        for m in self._regex.finditer(text, start, stop):
            group = m.lastgroup
            if group == "lit":
                actor = self._owner[m.group()]
            elif group is not None:
                actor = self._pattern_owner[int(group[1:])]
            else:  # pragma: no cover - every alternative is a named group
                continue
            yield AliasMatch(m.start(), m.end(), actor)


def _factor_by_first_char(literals: Sequence[str]) -> str:
    """One alternation per first character, longest first within it.

    Same matches as a flat longest-first alternation (literals with different first characters
    never compete), but the regex engine tries one branch per position instead of hundreds.
    """
    groups: dict[str, list[str]] = {}
    for lit in literals:
        groups.setdefault(lit[0], []).append(lit[1:])
    branches = []
    for first, rests in groups.items():
        rests.sort(key=len, reverse=True)
        branches.append(re.escape(first) + "(?:" + "|".join(re.escape(r) for r in rests) + ")")
    return "|".join(branches)


def _parse(data: Any, origin: str, error: type[InputError] | type[ModelError]) -> list[Actor]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise error(f"alias file {origin} must be a YAML list of entries with 'canonical'")
    actors: list[Actor] = []
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or not isinstance(entry.get("canonical"), str):
            raise error(f"alias file {origin}: entry {i + 1} needs a 'canonical' string")
        etype = str(entry.get("type", "OTHER")).upper()
        if etype not in ENTITY_TYPES:
            raise error(
                f"alias file {origin}: entry {entry['canonical']!r} has type {etype!r}; "
                f"use one of {', '.join(ENTITY_TYPES)}"
            )
        aliases = entry.get("aliases") or []
        patterns = entry.get("patterns") or []
        if not all(isinstance(a, str) for a in [*aliases, *patterns]):
            raise error(
                f"alias file {origin}: aliases/patterns of {entry['canonical']!r} must be strings"
            )
        text = entry.get("text", True)
        if not isinstance(text, bool):
            raise error(f"alias file {origin}: 'text' of {entry['canonical']!r} must be true/false")
        for pat in patterns:
            try:
                re.compile(pat)
            except re.error as exc:
                raise error(f"alias file {origin}: bad pattern {pat!r} ({exc})") from exc
        actors.append(Actor(entry["canonical"], etype, tuple(aliases), tuple(patterns), text))
    return actors


def _merge(base: list[Actor], extra: list[Actor]) -> list[Actor]:
    by_name = {a.canonical: a for a in base}
    for actor in extra:
        old = by_name.get(actor.canonical)
        if old is None:
            by_name[actor.canonical] = actor
        else:
            by_name[actor.canonical] = Actor(
                actor.canonical,
                actor.type,
                old.aliases + actor.aliases,
                old.patterns + actor.patterns,
                old.text and actor.text,
            )
    return list(by_name.values())


@cache
def _packaged() -> tuple[Actor, ...]:
    try:
        raw = resources.files("rhetoscope.entities").joinpath("aliases.yaml").read_text("utf-8")
        return tuple(_parse(yaml.safe_load(raw), "aliases.yaml (packaged)", ModelError))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(
            f"packaged aliases.yaml is missing or broken ({exc}); reinstall rhetoscope"
        ) from exc


@cache
def _user_file(path: str, mtime: float) -> tuple[Actor, ...]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(
            f"cannot read alias file {path} ({exc.strerror}); fix {ALIASES_ENV} or the path"
        ) from exc
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" near line {line + 1}" if line is not None else ""
        raise InputError(f"alias file {path} is not valid YAML{where}") from exc
    return tuple(_parse(data, path, InputError))


def user_alias_paths() -> tuple[str, ...]:
    raw = os.environ.get(ALIASES_ENV, "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


@cache
def _build(paths: tuple[tuple[str, float], ...]) -> Gazetteer:
    actors = list(_packaged())
    for path, mtime in paths:
        actors = _merge(actors, list(_user_file(path, mtime)))
    return Gazetteer(actors)


def gazetteer(extra_paths: Sequence[str | Path] = ()) -> Gazetteer:
    """The packaged gazetteer extended by ``RHETOSCOPE_ALIASES`` files and ``extra_paths``.

    Built once per distinct set of files (and their modification times), so editing an alias
    file takes effect on the next document without a restart.
    """
    stamped: list[tuple[str, float]] = []
    for p in (*user_alias_paths(), *(str(x) for x in extra_paths)):
        try:
            stamped.append((p, os.stat(p).st_mtime))
        except OSError as exc:
            raise InputError(
                f"alias file {p} not found ({exc.strerror}); fix {ALIASES_ENV} or the path"
            ) from exc
    return _build(tuple(stamped))
