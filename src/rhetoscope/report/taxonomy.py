"""Technique names, categories and definitions for the report.

The techniques package owns the taxonomy; the report only reads it. When that package is not
installed (or does not know a label) the span's own attrs are used, so a report never fails for
want of a definition.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

UNCATEGORISED = "Other"


@dataclass(frozen=True, slots=True)
class TechniqueInfo:
    label: str
    name: str
    category: str
    definition: str | None


def humanise(label: str) -> str:
    """``Name_Calling-Labeling`` -> ``Name calling / labeling``."""
    words = label.replace("_", " ").replace("-", " / ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:].lower() if text else label


def _field(entry: Any, *names: str) -> str | None:
    for name in names:
        value = entry.get(name) if isinstance(entry, Mapping) else getattr(entry, name, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


@functools.cache
def _taxonomy_entry(label: str, scheme: str | None) -> tuple[str, str, str | None] | None:
    """(name, category name, definition) from the techniques taxonomy, or None if unknown."""
    try:
        from rhetoscope.techniques import taxonomy
    except ImportError:
        return None
    from rhetoscope.errors import RhetoscopeError

    try:
        entry = taxonomy.technique(label, scheme or taxonomy.DEFAULT_SCHEME)
    except (RhetoscopeError, KeyError, LookupError):
        return None
    category = taxonomy.CATEGORY_BY_ID.get(entry.category)
    return entry.name, category.name if category else str(entry.category), entry.definition


def technique_info(label: str, attrs: Mapping[str, Any] | None = None) -> TechniqueInfo:
    """Name, category and definition of a technique label, from the taxonomy or the span attrs."""
    attrs = attrs or {}
    scheme = _field(attrs, "scheme")
    entry = _taxonomy_entry(label, scheme)
    if entry is not None:
        name, category, definition = entry
        return TechniqueInfo(label, name, category, definition or _field(attrs, "definition"))
    return TechniqueInfo(
        label=label,
        name=humanise(label),
        category=humanise(_field(attrs, "category") or UNCATEGORISED),
        definition=_field(attrs, "definition"),
    )
