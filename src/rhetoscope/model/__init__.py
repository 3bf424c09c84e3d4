"""The data model: a :class:`Document` with immutable text and named layers of spans.

No NLP imports here: this package must stay cheap to import (it is what outside tools load to read
our JSON).
"""

from rhetoscope.model.document import (
    SCHEMA_VERSION,
    Document,
    Meta,
    Span,
    normalize_text,
    strip_range,
)

__all__ = ["SCHEMA_VERSION", "Document", "Meta", "Span", "normalize_text", "strip_range"]
