"""Registers the `entities` stage."""

from __future__ import annotations

from rhetoscope.entities.extract import extract_entities
from rhetoscope.model import Document
from rhetoscope.pipeline import component


@component("entities", requires=("turns",), assigns=("entities",))
def entities_stage(doc: Document) -> Document:
    """Named actors (people, organisations, places, groups) under one canonical name each."""
    return doc.with_layer("entities", extract_entities(doc))
