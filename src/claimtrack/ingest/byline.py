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

__all__ = ["Byline", "find_byline"]

_PREFIX = re.compile(
    r"^\s*(?:[•·*-]\s*)?(?:(?:published|posted|updated|last\s+updated|first\s+published|"
    r"date|on)\s*(?:on|at)?\s*:?\s*)?(?:by\s+[^|,\n]{2,60}?\s*[|,–—-]\s*)?",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
    r"\s*(?:[|•·]\s*\d+\s*min(?:ute)?s?\s+read)?\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"^\s*(?:[•·*-]\s*)?(?:(?:published|posted|updated)\s*:?\s*)?"
    r"(\d+|an?|one)\s+(minute|hour|day|week)s?\s+ago\s*$",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]+)?,?\s*$")


@attrs.frozen
class Byline:
    """What the text says about its own publication date.

    Attributes:
        date: the date, or ``None`` when the byline cannot be resolved.
        start: where the date expression starts in the text.
        end: where it ends.
        line: the byline's line, to mark as a region.
        note: how it was found, or why it could not be resolved.
    """

    date: dt.date | None
    start: int
    end: int
    line: tuple[int, int]
    note: str


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
    return Byline(day, line.start + first.start, line.start + first.end,
                  (line.start, line.end), "byline date in the text")


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
    s = line.content[:200]
    found = find_dates(s, None)
    if not found:
        return None
    first = found[0]
    if first.granularity != "day" or first.resolution != "absolute" or first.start > 60:
        return None
    after = s[first.end : first.end + 20]
    if not _DATELINE.match(s[: first.start].rstrip(", ")) or not re.match(
        r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]", after
    ):
        return None
    day = dt.date.fromisoformat(first.value[:10])
    return Byline(day, line.start + first.start, line.start + first.end,
                  (line.start, line.start + first.end), "dateline at the start of the article")


def find_byline(
    lines: list[Line], regions: list[Region], retrieved: dt.datetime | None = None
) -> Byline | None:
    """Find the publication date an article states about itself.

    Args:
        lines: the text's lines (see :func:`~claimtrack.ingest.regions.split_lines`).
        regions: boilerplate regions; dates inside them are page furniture.
        retrieved: when the page was fetched, to resolve ``8 hours ago``.

    Returns:
        The first byline or dateline outside boilerplate, or ``None``.
    """
    first_prose: Line | None = None
    for line in lines:
        if not line.stripped or _in(regions, line.start):
            continue
        if len(line.stripped) <= 80:
            hit = _absolute(line) or _relative(line, retrieved)
            if hit is not None:
                return hit
        elif first_prose is None:
            first_prose = line
            hit = _dateline(line)
            if hit is not None:
                return hit
    return None
