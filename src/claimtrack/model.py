"""Documents and the regions inside them: frozen data, no I/O.

A :class:`Document` holds the text exactly as read (after decoding) and what is
known about where it came from. Nothing in claimtrack ever rewrites that text:
boilerplate and repeated passages are described as :class:`Region` objects that
later stages skip or count once, so every offset stays valid.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

__all__ = [
    "SKIPPED_REGION_KINDS",
    "Document",
    "PublishedFrom",
    "Region",
    "RegionKind",
]

RegionKind = Literal[
    "navigation", "share", "calendar", "footer", "byline", "repeat", "references", "caption"
]
"""What a region is. ``references`` is not skipped as evidence, only as claims."""

PublishedFrom = Literal["metadata", "text", "unknown"]

SKIPPED_REGION_KINDS: frozenset[str] = frozenset(
    {"navigation", "share", "calendar", "footer", "byline", "repeat", "references", "caption"}
)
"""Region kinds that claim extraction does not read as article prose."""


def _check_region(instance: Region, attribute: attrs.Attribute[int], value: int) -> None:
    if instance.start < 0 or instance.end < instance.start:
        raise ValueError(f"region [{instance.start}, {instance.end}) is not a valid range")


@attrs.frozen
class Region:
    """A stretch of a document that later stages skip or count once.

    Attributes:
        start: first code point of the region.
        end: one past the last code point (half-open).
        kind: what the region is (navigation menu, share buttons, a repeat ...).
        of_start: for ``repeat`` regions, where the original copy starts; the
            repeat is ``text[of_start:of_start + (end - start)]`` again, verbatim.
    """

    start: int
    end: int = attrs.field(validator=_check_region)
    kind: RegionKind
    of_start: int | None = None

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end


@attrs.frozen(cache_hash=True)
class Document:
    """One article: its text exactly as read, and its metadata.

    Attributes:
        id: a stable identifier: the file stem by default, a record's own id.
        text: the decoded text. Offsets everywhere are code points into it.
        source: where it was read from (a path, ``-`` or ``file.jsonl#3``).
        url: the article's address, if known.
        outlet: the publisher (``og:site_name``, a scraper's ``source_domain``).
        title: the headline, if known.
        authors: bylined authors, in the order given.
        language: a BCP 47 tag such as ``en``, if known.
        published: the publication date, the reference for relative dates.
        published_from: where ``published`` came from: ``metadata``,
            ``text`` (a byline or dateline), or ``unknown``.
        published_note: why the date is unknown, or how it was found.
        retrieved: when the page was fetched, if known (resolves ``8 hours ago``).
        regions: boilerplate and repeated passages, sorted by start.
        encoding: the character encoding the bytes were decoded with.
    """

    id: str
    text: str = attrs.field(repr=False)
    source: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom = "unknown"
    published_note: str | None = None
    retrieved: dt.datetime | None = None
    regions: tuple[Region, ...] = ()
    encoding: str = "utf-8"

    def __attrs_post_init__(self) -> None:
        n = len(self.text)
        for region in self.regions:
            if region.end > n:
                raise ValueError(
                    f"document {self.id!r}: region [{region.start}, {region.end}) "
                    f"ends past the text (length {n})"
                )

    def skipped(self, start: int, end: int) -> Region | None:
        """Return the skipped region that contains ``[start, end)``, if any."""
        for region in self.regions:
            if region.kind in SKIPPED_REGION_KINDS and region.start <= start and end <= region.end:
                return region
        return None

    def prose_ranges(self) -> list[tuple[int, int]]:
        """Return the ``[start, end)`` ranges outside every skipped region, in order."""
        ranges: list[tuple[int, int]] = []
        pos = 0
        for region in sorted(self.regions, key=lambda r: (r.start, r.end)):
            if region.kind not in SKIPPED_REGION_KINDS:
                continue
            if region.start > pos:
                ranges.append((pos, region.start))
            pos = max(pos, region.end)
        if pos < len(self.text):
            ranges.append((pos, len(self.text)))
        return ranges

