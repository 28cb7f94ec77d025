"""Spans into document text, their W3C selectors, and re-anchoring after edits.

Offsets are half-open ``[start, end)`` and count Unicode code points, the unit
Python strings index by. A span never stores its text: the text is always read
back from the document, so the two cannot drift. Exports that leave the
document behind (W3C ``TextQuoteSelector``) do carry the exact characters.

JavaScript editors count UTF-16 code units; :func:`to_utf16` and
:func:`from_utf16` convert, and differ from code points only for characters
outside the Basic Multilingual Plane (emoji, some CJK).
"""

from __future__ import annotations

import difflib
from typing import Literal

import attrs

from claimtrack.errors import AmbiguousAnchorError, MissingAnchorError, SpanError
from claimtrack.model import Document

__all__ = [
    "Anchor",
    "Span",
    "TextPositionSelector",
    "TextQuoteSelector",
    "from_utf16",
    "quote_selector",
    "reanchor",
    "to_utf16",
]

DEFAULT_CONTEXT = 32
"""Characters of prefix and suffix a quote selector carries by default."""


def _check_offsets(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    n = len(instance.document.text)
    start, end = instance.start, instance.end
    if start < 0:
        raise SpanError(f"start={start} < 0", start=start, end=end, length=n)
    if end < start:
        raise SpanError(f"end={end} < start={start}", start=start, end=end, length=n)
    if end > n:
        raise SpanError(
            f"end={end} > len(text)={n} in document {instance.document.id!r}",
            start=start,
            end=end,
            length=n,
        )


@attrs.frozen(repr=False)
class Span:
    """A half-open ``[start, end)`` range of code points in a document's text.

    Raises:
        SpanError: when ``0 <= start <= end <= len(document.text)`` does not hold.
    """

    document: Document = attrs.field(eq=False, hash=False)
    start: int
    end: int = attrs.field(validator=_check_offsets)
    # Two spans are equal when they cover the same characters of the same
    # document; comparing ids keeps equality O(1) however long the text is.
    document_id: str = attrs.field(init=False, repr=False)

    @document_id.default
    def _document_id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        """The exact source characters, read from the document."""
        return self.document.text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __repr__(self) -> str:
        return f"Span({self.document_id!r}, {self.start}, {self.end}, {self.text!r})"

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies within this span (same document)."""
        return (
            self.document_id == other.document_id
            and self.start <= other.start
            and other.end <= self.end
        )

    def position_selector(self) -> TextPositionSelector:
        """The W3C ``TextPositionSelector`` for this span (code points)."""
        return TextPositionSelector(start=self.start, end=self.end)

    def quote_selector(self, context: int = DEFAULT_CONTEXT) -> TextQuoteSelector:
        """The W3C ``TextQuoteSelector``: the exact text with ``context`` characters either side."""
        return quote_selector(self.document.text, self.start, self.end, context)

    def utf16(self) -> tuple[int, int]:
        """``(start, end)`` in UTF-16 code units, for JavaScript editors."""
        text = self.document.text
        return to_utf16(text, self.start), to_utf16(text, self.end)


@attrs.frozen
class TextPositionSelector:
    """W3C Web Annotation ``TextPositionSelector``: code point offsets."""

    start: int
    end: int
    type: str = "TextPositionSelector"


@attrs.frozen
class TextQuoteSelector:
    """W3C Web Annotation ``TextQuoteSelector``: the exact text and its surroundings."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    type: str = "TextQuoteSelector"


@attrs.frozen
class Anchor:
    """Where a quote was found again.

    Attributes:
        start: first code point of the match in the new text.
        end: one past the last code point.
        score: 1.0 for an exact match with matching context; lower for fuzzy
            matches (the similarity of the matched characters to the quote).
        mode: the mode that found it.
    """

    start: int
    end: int
    score: float
    mode: Literal["strict", "fuzzy"]


def quote_selector(
    text: str, start: int, end: int, context: int = DEFAULT_CONTEXT
) -> TextQuoteSelector:
    """Build a ``TextQuoteSelector`` for ``text[start:end]``."""
    return TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def to_utf16(text: str, offset: int) -> int:
    """Convert a code point offset into ``text`` to a UTF-16 code unit offset."""
    if not 0 <= offset <= len(text):
        raise SpanError(f"offset={offset} outside 0..{len(text)}", start=offset, end=offset,
                        length=len(text))
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """Convert a UTF-16 code unit offset into ``text`` to a code point offset.

    Raises:
        SpanError: when the offset falls inside a surrogate pair or past the text.
    """
    units = 0
    for index, ch in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            raise SpanError(
                f"UTF-16 offset={offset} splits the surrogate pair of character {index}",
                start=offset, end=offset, length=len(text),
            )
    if units == offset:
        return len(text)
    raise SpanError(f"UTF-16 offset={offset} > text length {units} (UTF-16 units)",
                    start=offset, end=offset, length=len(text))


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    pos = text.find(exact)
    while pos != -1:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    return found


def _strict(selector: TextQuoteSelector, text: str) -> Anchor:
    exact = selector.exact
    if not exact:
        raise MissingAnchorError("cannot anchor an empty quote", exact=exact)
    hits = _occurrences(text, exact)
    if not hits:
        raise MissingAnchorError(f"quote {exact[:60]!r} does not occur in the text", exact=exact)
    if len(hits) == 1:
        return Anchor(hits[0], hits[0] + len(exact), 1.0, "strict")
    scored = []
    for pos in hits:
        before = text[max(0, pos - len(selector.prefix)) : pos]
        after = text[pos + len(exact) : pos + len(exact) + len(selector.suffix)]
        scored.append((_common_suffix(before, selector.prefix)
                       + _common_prefix(after, selector.suffix), pos))
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[0][0]
    tied = tuple(pos for score, pos in scored if score == best)
    if len(tied) > 1:
        raise AmbiguousAnchorError(
            f"quote {exact[:60]!r} occurs {len(hits)} times and its context matches "
            f"{len(tied)} of them equally",
            exact=exact,
            candidates=tied,
        )
    pos = tied[0]
    full = len(selector.prefix) + len(selector.suffix)
    return Anchor(pos, pos + len(exact), 1.0 if best == full else best / max(full, 1), "strict")


def _fuzzy(selector: TextQuoteSelector, text: str, threshold: float) -> Anchor:
    exact = selector.exact
    try:
        return _strict(selector, text)
    except MissingAnchorError:
        pass
    # Vote for a start offset with short seeds taken from the quote: a seed found
    # at position p in the text, taken from offset k of the quote, votes for p - k.
    # The cost is linear in the text for each seed.
    size = max(4, min(12, len(exact) // 4 or 1))
    votes: dict[int, int] = {}
    for k in range(0, max(1, len(exact) - size + 1), max(1, size // 2)):
        seed = exact[k : k + size]
        if len(seed) < size:
            break
        for pos in _occurrences(text, seed):
            votes[pos - k] = votes.get(pos - k, 0) + 1
    if not votes:
        raise MissingAnchorError(f"nothing in the text resembles {exact[:60]!r}", exact=exact)
    ranked = sorted(votes.items(), key=lambda item: (-item[1], item[0]))[:5]
    best: tuple[float, int, int] | None = None
    slack = max(2, len(exact) // 5)
    for guess, _ in ranked:
        lo = max(0, guess - slack)
        window = text[lo : guess + len(exact) + slack]
        matcher = difflib.SequenceMatcher(None, exact, window, autojunk=False)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        if not blocks:
            continue
        start = lo + blocks[0].b
        end = lo + blocks[-1].b + blocks[-1].size
        score = difflib.SequenceMatcher(None, exact, text[start:end], autojunk=False).ratio()
        if best is None or score > best[0] or (score == best[0] and start < best[1]):
            best = (score, start, end)
    if best is None or best[0] < threshold:
        raise MissingAnchorError(
            f"no passage is at least {threshold:.0%} similar to {exact[:60]!r}", exact=exact
        )
    return Anchor(best[1], best[2], round(best[0], 4), "fuzzy")


def reanchor(
    selector: TextQuoteSelector,
    text: str,
    *,
    mode: Literal["strict", "fuzzy"] = "strict",
    threshold: float = 0.8,
) -> Anchor:
    """Find a quoted passage again in an edited text.

    Args:
        selector: the quote, with the context it had when it was taken.
        text: the new text.
        mode: ``strict`` finds the exact quote and lets the context decide
            between repeats; ``fuzzy`` falls back to the most similar passage
            and reports its similarity as the score.
        threshold: the lowest similarity a fuzzy match may have (0..1).

    Returns:
        The new offsets and a score.

    Raises:
        MissingAnchorError: the quote is not there (strict) or nothing is similar enough.
        AmbiguousAnchorError: the quote occurs several times and the context ties.
    """
    if mode == "strict":
        return _strict(selector, text)
    if mode == "fuzzy":
        return _fuzzy(selector, text, threshold)
    raise ValueError(f"mode={mode!r}; expected 'strict' or 'fuzzy'")
