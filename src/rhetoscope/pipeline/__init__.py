"""Named pipeline stages with declared inputs/outputs, and the Pipeline that runs them."""

from rhetoscope.pipeline.registry import Component, component, get_component, registered
from rhetoscope.pipeline.runner import DEFAULT_STAGES, BatchResult, Pipeline

__all__ = [
    "DEFAULT_STAGES",
    "BatchResult",
    "Component",
    "Pipeline",
    "component",
    "get_component",
    "registered",
]
