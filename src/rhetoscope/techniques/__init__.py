"""Persuasion techniques: taxonomy, scorers, models and the ``techniques`` stage.

Importing this package loads no model; see ``rhetoscope.techniques.detect.find``.
"""

from rhetoscope.techniques.taxonomy import (
    CATEGORIES,
    DEFAULT_SCHEME,
    SCHEMES,
    TECHNIQUES,
    Category,
    Technique,
    convert,
    technique,
)

__all__ = [
    "CATEGORIES",
    "DEFAULT_SCHEME",
    "SCHEMES",
    "TECHNIQUES",
    "Category",
    "Technique",
    "convert",
    "technique",
]
