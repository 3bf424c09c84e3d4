"""Stance: how each speaker portrays each actor (polarity and entity-framing role), rule-based."""

from rhetoscope.stance.extract import JUDGED_TYPES, extract_stance, portrayal_matrix
from rhetoscope.stance.portrayal import Portrayal, judge

__all__ = ["JUDGED_TYPES", "Portrayal", "extract_stance", "judge", "portrayal_matrix"]
