"""English month and weekday names, shared by metadata, sentence splitting, speaker labels and
number normalisation (one list, so "Sept." is an abbreviation everywhere it is a month)."""

from __future__ import annotations

_FULL_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# Abbreviations as written before the dot ("Jan.", "Sept."); May has none.
EN_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
EN_MONTHS: dict[str, int] = {
    **{name: i + 1 for i, name in enumerate(_FULL_MONTHS)},
    **EN_MONTH_ABBREVIATIONS,
}
EN_MONTH_NAMES = frozenset(_FULL_MONTHS)
EN_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
EN_WEEKDAY_ABBREVIATIONS = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
