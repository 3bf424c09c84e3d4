"""rhetoscope: what a political statement is made of — offline, evidence-linked analysis.

Curated public API::

    import rhetoscope
    doc = rhetoscope.analyze("interview.txt")
    for turn in doc.layer("turns"):
        print(turn.label, turn.attrs["speaker"], doc.span_text(turn)[:60])
"""

from rhetoscope.analysis import analyze, analyze_batch, analyze_text, build_pipeline
from rhetoscope.errors import RhetoscopeError
from rhetoscope.model import SCHEMA_VERSION, Document, Meta, Span
from rhetoscope.pipeline import BatchResult, Pipeline, component

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "BatchResult",
    "Document",
    "Meta",
    "Pipeline",
    "RhetoscopeError",
    "Span",
    "__version__",
    "analyze",
    "analyze_batch",
    "analyze_text",
    "build_pipeline",
    "component",
]
