"""Find an article's publication date in its own text: bylines and datelines.

Used only when no metadata gives the date. A byline date is a line that is
nothing but a date (``November 19, 2025``, ``28 de October de 2025``,
``Published: 3 May 2024 10:02``), or ``By Jane Doe | May 3, 2024``; a
dateline opens the first paragraph (``GENEVA, Oct. 5, 2025 —``). Dates
inside menus (a page header showing today's date) do not count. A relative
byline (``8 hours ago``) is resolved only against a known retrieval time.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.ingest.regions import Line
from claimtrack.model import Region
from claimtrack.temporal import find_dates

__all__ = ["Byline", "find_byline", "find_bylines", "find_dateline", "preferred_byline"]

_PREFIX = re.compile(
    r"^\s*(?:[•·*-]\s*)?"
    r"(?:by\s+[^|,\n]{2,60}?\s*(?:[|,–—-]\s*|\s(?=(?:published|posted|updated)\b)))?"
    r"(?:(?P<keyword>published|posted|updated|last\s+updated|first\s+published|"
    r"date|on)\s*(?:on|at)?\s*:?\s*)?(?:by\s+[^|,\n]{2,60}?\s*[|,–—-]\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
    r"\s*(?:[|•·]\s*\d+\s*min(?:ute)?s?\s+read)?"
    r"(?:\s*[|•·]?\s*\d+\s+(?:comments?|shares?|views?|replies))?"
    r"(?:\s*[|•·,]?\s*(?:last\s+)?(?:updated|modified)\s*(?:on|at)?\s*:?\s*[^|\n]{0,60})?\s*$",
    re.IGNORECASE,
)
_STATED = ("published", "posted", "first published", "date", "on")
"""Byline words that name the publication itself; ``updated`` names a later edit, and
a bare date may be a page header's today (``WEDNESDAY JAN 15, 2025``)."""
_STATED_WORD = re.compile(r"\b(?:published|posted|updated)\b", re.IGNORECASE)
_STATED_MAX = 140
"""A byline that names itself (``By Agencies Published: Tue 20 Jun 2023, 10:26 AM Last
updated: Tue 20 Jun 2023, 10:36 AM``) may run longer than a bare date line."""
_RELATIVE = re.compile(
    r"^\s*(?:[•·*-]\s*)?(?:(?:published|posted|updated)\s*:?\s*)?"
    r"(\d+|an?|one)\s+(minute|hour|day|week)s?\s+ago\s*$",
    re.IGNORECASE,
)
_COUNTRY_IN_BRACKETS = r"(?:\s*\[[A-Z][A-Za-z .]{1,30}\])?"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'’-]{1,40}" + _COUNTRY_IN_BRACKETS
    + r"(?:,\s*[A-Z][A-Za-z.]+)?(?:,|\s+[—–-])?"
    r"|[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,3}" + _COUNTRY_IN_BRACKETS
    + r"(?:,\s*[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+)?)?(?:,|\s+[—–-]))"
    r"\s*$"
)
"""What opens a dateline before its date: a place in capitals (``GENEVA``, ``DAR ES
SALAAM, Tanzania``), or a place in title case followed by a comma (``Naypyidaw,``,
``New Delhi,``, ``Wellington, New Zealand,``) or a dash (``Baltimore, MD -``); either
place may have its country in square brackets (``Tolva [Orla],``)."""

_DATELINE_TAIL = re.compile(
    r"\s*(?:\([^)]{1,30}\)\s*(?:[—–-]{1,2}|:)|[—–-]{1,2}|\([A-Z][A-Za-z&. ]{0,29}\)(?=\s+[A-Z])"
    r"|:(?=\s+[A-Z]))\s*"
)
"""What closes a dateline after its date: a dash, an agency in brackets then a dash or a
colon (``November 18 (ANI):``), an agency in brackets before the first sentence starts
(``Taipei, April 8 (CNA) Six``), or a colon before it (``National Times Bureau, November
22: Gunmen stormed``)."""


@attrs.frozen
class Byline:
    """What the text says about its own publication date.

    Attributes:
        date: the date, or ``None`` when the byline cannot be resolved.
        start: where the date expression starts in the text.
        end: where it ends.
        line: the byline's line, to mark as a region.
        note: how it was found, or why it could not be resolved.
        stated: whether the byline says it gives the publication (``Published on
            …``), which makes it outrank a bare date such as a page header's today.
    """

    date: dt.date | None
    start: int
    end: int
    line: tuple[int, int]
    note: str
    stated: bool = False


def _in(regions: list[Region], offset: int) -> bool:
    return any(r.start <= offset < r.end and r.kind != "repeat" for r in regions)


def _absolute(line: Line) -> Byline | None:
    s = line.content
    prefix = _PREFIX.match(s)
    lead = prefix.end() if prefix else 0
    found = find_dates(s, None, start=lead)
    if not found:
        return None
    first = found[0]
    if first.start != lead or first.granularity != "day" or first.resolution != "absolute":
        return None
    if not _TAIL.match(s[first.end :]):
        return None
    day = dt.date.fromisoformat(first.value[:10])
    keyword = prefix["keyword"] if prefix else None
    stated = keyword is not None and re.sub(r"\s+", " ", keyword.lower()) in _STATED
    return Byline(day, line.start + first.start, line.start + first.end,
                  (line.start, line.end),
                  "publication date stated in the byline" if stated else "byline date in the text",
                  stated=stated)


def _relative(line: Line, retrieved: dt.datetime | None) -> Byline | None:
    m = _RELATIVE.match(line.content)
    if not m:
        return None
    start = line.start + m.start(1)
    end = line.start + len(line.content.rstrip())
    phrase = line.content[m.start(1) : len(line.content.rstrip())]
    if retrieved is None:
        return Byline(None, start, end, (line.start, line.end),
                      f"relative byline {phrase!r} cannot be resolved without a retrieval time")
    n = 1 if m.group(1).lower() in ("a", "an", "one") else int(m.group(1))
    unit = m.group(2).lower()
    delta = {"minute": dt.timedelta(minutes=n), "hour": dt.timedelta(hours=n),
             "day": dt.timedelta(days=n), "week": dt.timedelta(weeks=n)}[unit]
    return Byline((retrieved - delta).date(), start, end, (line.start, line.end),
                  f"relative byline {phrase!r} resolved against the retrieval time")


def _dateline(line: Line) -> Byline | None:
    """A wire dateline opening ``line`` (``KIRKHAVEN, Jan. 8, 2026 —``, ``Naypyidaw, Mar 30
    (V7N) –``). Its region runs to the dash; its date is ``None`` when it gives no year."""
    s = line.content[:200]
    found = find_dates(s, None)
    if not found:
        return None
    first = found[0]
    if first.granularity != "day" or first.start > 60 or first.type != "DATE":
        return None
    tail = _DATELINE_TAIL.match(s, first.end)
    if not _DATELINE.match(s[: first.start]) or tail is None:
        return None
    end = line.start + tail.end()
    if first.resolution != "absolute":
        return Byline(None, line.start + first.start, line.start + first.end,
                      (line.start, end), f"dateline {s[first.start:first.end]!r} gives no year")
    day = dt.date.fromisoformat(first.value[:10])
    return Byline(day, line.start + first.start, line.start + first.end,
                  (line.start, end), "dateline at the start of the article")


_STOPPED = re.compile(r"[.!?…][\"”’')]*\s*\Z")


def find_dateline(lines: list[Line], regions: list[Region]) -> Byline | None:
    """The wire dateline that opens the article's first paragraph, if there is one.

    A dateline says where and when the report was filed, not when anything in its
    sentence happened, so its span is page furniture even when metadata gives the
    publication date.
    """
    for line in lines:
        if line.stripped and not _in(regions, line.start) and len(line.stripped) > 80 \
                and _STOPPED.search(line.content):
            return _dateline(line)  # (a long headline, with no stop, is no paragraph)
    return None


def find_bylines(
    lines: list[Line], regions: list[Region], retrieved: dt.datetime | None = None,
    dateline: Byline | None = None,
) -> list[Byline]:
    """Every byline an article shows about itself, in text order.

    Those above the first paragraph, or failing any there, the first one further
    down. All of them are page furniture; :func:`preferred_byline` says which
    gives the publication date.

    Args:
        lines: the text's lines (see :func:`~claimtrack.ingest.regions.split_lines`).
        regions: boilerplate regions; dates inside them are page furniture.
        retrieved: when the page was fetched, to resolve ``8 hours ago``.
        dateline: the article's dateline (:func:`find_dateline`), already read.
    """
    early: list[Byline] = []
    for line in lines:
        if not line.stripped or _in(regions, line.start):
            continue
        if len(line.stripped) <= 80 or (len(line.stripped) <= _STATED_MAX
                                          and _STATED_WORD.search(line.stripped)):
            hit = _absolute(line) or _relative(line, retrieved)
            if hit is not None:
                early.append(hit)
            continue
        if dateline is not None and dateline.date is not None \
                and dateline.line[0] == line.start:
            early.append(dateline)  # the first paragraph opens with a dated dateline
        if early and _paragraph(line):
            break  # the first paragraph is reached: the bylines above it decide
    return early


def preferred_byline(bylines: list[Byline]) -> Byline | None:
    """The byline that gives the publication date: one that says so (``Published on
    …``) over a bare date, which may be a page header's today; else the first."""
    chosen = [b for b in bylines if b.stated] or bylines
    return chosen[0] if chosen else None


def find_byline(
    lines: list[Line], regions: list[Region], retrieved: dt.datetime | None = None,
    dateline: Byline | None = None,
) -> Byline | None:
    """Find the publication date an article states about itself: the
    :func:`preferred_byline` of :func:`find_bylines`, or ``None``."""
    return preferred_byline(find_bylines(lines, regions, retrieved, dateline))


def _paragraph(line: Line) -> bool:
    """Whether a long line is body text rather than a headline: it ends a sentence, or
    runs past any headline's length."""
    text = line.stripped
    return len(text) > 200 or text.endswith((".", "!", "?", "\"", "”", "'", "’"))
