"""The claimtrack exception hierarchy.

Every error claimtrack raises derives from :class:`ClaimtrackError`, so a caller
can catch them all in one place. Each child also derives from the matching
built-in exception (``ValueError``, ``OSError`` ...) so code written against the
standard library keeps working. Errors carry their data as attributes, not only
in the message.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousAnchorError",
    "AnchorError",
    "ClaimtrackError",
    "InputError",
    "MetadataError",
    "MissingAnchorError",
    "SchemaError",
    "SpanError",
]


class ClaimtrackError(Exception):
    """Root of every error claimtrack raises."""


class SpanError(ClaimtrackError, ValueError):
    """A span's offsets do not fit its document.

    Attributes:
        start: the offending start offset (code points).
        end: the offending end offset (code points).
        length: the length of the document text the span was meant for.
    """

    def __init__(self, message: str, *, start: int, end: int, length: int) -> None:
        super().__init__(message)
        self.start = start
        self.end = end
        self.length = length


class InputError(ClaimtrackError, ValueError):
    """An input (file, record, stream) cannot be read as a document.

    Attributes:
        source: the path or record address that failed (``article.json#3``).
        reason: what is wrong, in one line, without the source.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class MetadataError(InputError):
    """A metadata value (a date, a list of authors ...) is malformed or impossible."""


class AnchorError(ClaimtrackError, LookupError):
    """A quote could not be anchored again in an edited text.

    Attributes:
        exact: the quote that was looked for.
        candidates: start offsets of the places that matched equally well.
    """

    def __init__(self, message: str, *, exact: str, candidates: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.exact = exact
        self.candidates = candidates


class MissingAnchorError(AnchorError):
    """The quote does not occur in the new text (strict mode) or nothing is close enough."""


class AmbiguousAnchorError(AnchorError):
    """The quote occurs several times and its context does not decide between them."""


class SchemaError(ClaimtrackError, ValueError):
    """Serialised data does not have the shape claimtrack expects.

    Attributes:
        path: where in the data the problem is, as a JSONPath (``$.claims[3].start``).
    """

    def __init__(self, message: str, *, path: str = "$") -> None:
        super().__init__(f"{message} @ {path}")
        self.path = path
