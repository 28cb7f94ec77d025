"""claimtrack: extract checkable claims from news and report where articles disagree.

The pipeline reads like the package: ingest (documents) → extract (claims)
→ align → detect (conflicts) → report. Every claim, value and quote keeps
half-open code point offsets into the document text exactly as read.
"""

from claimtrack.errors import (
    AmbiguousAnchorError,
    AnchorError,
    ClaimtrackError,
    InputError,
    MetadataError,
    MissingAnchorError,
    SchemaError,
    SpanError,
)
from claimtrack.ingest import LoadResult, document_from_text, load
from claimtrack.model import Document, Region
from claimtrack.spans import (
    Anchor,
    Span,
    TextPositionSelector,
    TextQuoteSelector,
    from_utf16,
    reanchor,
    to_utf16,
)
from claimtrack.temporal import TimeExpression, find_dates, interval

__version__ = "0.1.0"

__all__ = [
    "AmbiguousAnchorError",
    "Anchor",
    "AnchorError",
    "ClaimtrackError",
    "Document",
    "InputError",
    "LoadResult",
    "MetadataError",
    "MissingAnchorError",
    "Region",
    "SchemaError",
    "Span",
    "SpanError",
    "TextPositionSelector",
    "TextQuoteSelector",
    "TimeExpression",
    "__version__",
    "document_from_text",
    "find_dates",
    "from_utf16",
    "interval",
    "load",
    "reanchor",
    "to_utf16",
]
