"""claimtrack: extract checkable claims from news and report where articles disagree.

The pipeline reads like the package: ingest (documents) → extract (claims)
→ align → detect (conflicts) → report. Every claim, value and quote keeps
half-open code point offsets into the document text exactly as read.
"""

from claimtrack.check import check
from claimtrack.claims import Claim, DateSlot, Event, Mention, Quantity, Quote
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
from claimtrack.extract import extract_claims
from claimtrack.findings import Agreement, Conflict, Dispute, Position, Report
from claimtrack.ingest import LoadResult, document_from_text, load
from claimtrack.model import Document, Region
from claimtrack.report import render
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
    "Agreement",
    "AmbiguousAnchorError",
    "Anchor",
    "AnchorError",
    "Claim",
    "ClaimtrackError",
    "Conflict",
    "DateSlot",
    "Dispute",
    "Document",
    "Event",
    "InputError",
    "LoadResult",
    "Mention",
    "MetadataError",
    "MissingAnchorError",
    "Position",
    "Quantity",
    "Quote",
    "Region",
    "Report",
    "SchemaError",
    "Span",
    "SpanError",
    "TextPositionSelector",
    "TextQuoteSelector",
    "TimeExpression",
    "__version__",
    "check",
    "document_from_text",
    "extract_claims",
    "find_dates",
    "from_utf16",
    "interval",
    "load",
    "reanchor",
    "render",
    "to_utf16",
]
