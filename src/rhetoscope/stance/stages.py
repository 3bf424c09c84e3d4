"""Registers the `stance` stage."""

from __future__ import annotations

from rhetoscope.model import Document
from rhetoscope.pipeline import component
from rhetoscope.stance.extract import extract_stance


@component("stance", requires=("entities",), assigns=("stance",))
def stance_stage(doc: Document) -> Document:
    """How each speaker portrays each actor: polarity and hero/villain/victim role per mention."""
    return doc.with_layer("stance", extract_stance(doc))
