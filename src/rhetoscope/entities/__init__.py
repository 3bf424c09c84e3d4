"""Entities: who is named, under one canonical name per actor (English spaCy, Russian natasha,
plus a curated, user-extendable gazetteer of political actors)."""

from rhetoscope.entities.aliases import ALIASES_ENV, ENTITY_TYPES, Actor, Gazetteer, gazetteer
from rhetoscope.entities.canon import canonical_name, clean_surface, name_parts, strip_title
from rhetoscope.entities.extract import extract_entities
from rhetoscope.entities.table import actor_table

__all__ = [
    "ALIASES_ENV",
    "ENTITY_TYPES",
    "Actor",
    "Gazetteer",
    "actor_table",
    "canonical_name",
    "clean_surface",
    "extract_entities",
    "gazetteer",
    "name_parts",
    "strip_title",
]
