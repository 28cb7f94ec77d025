"""Time expressions as values: TIMEX3 strings and the intervals they cover.

A date in claimtrack is an *interval with a granularity*: ``2024-03`` covers
1 March to 31 March 2024, and agrees with ``2024-03-14``. The TIMEX3
string (TimeML's ``value`` attribute) is the interchange form; :func:`interval`
turns one into a half-open ``[lo, hi)`` range of calendar days.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

import attrs

__all__ = [
    "RESTATED",
    "ZONE_SUFFIX",
    "Granularity",
    "Resolution",
    "TimeExpression",
    "TimexType",
    "day_of",
    "interval",
]

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "time", "day", "week", "month", "quarter", "season", "year", "decade", "century", "none"
]
RESTATED = re.compile(r"\s*[,(]\s*")
"""What stands between a day and the date that restates it: ``Monday night, 3 November``,
``Tuesday (November 11)``, ``yesterday, May 7``."""

ZONE_SUFFIX = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)\Z")
"""The zone a TIMEX3 clock value ends with, when it gives one: ``…T19:47Z``,
``…T08:00+05:30``."""
Resolution = Literal["absolute", "reference", "previous", "unresolved", "none"]
"""How a value was fixed: written out in full (``absolute``), computed from the
publication date (``reference``), from the date mentioned just before
(``previous``), left underspecified for lack of a reference (``unresolved``),
or not a point in time at all (``none``: durations, sets, ``PRESENT_REF``)."""


@attrs.frozen
class TimeExpression:
    """One time expression found in a text.

    Attributes:
        start: first code point of the expression in the text it was found in.
        end: one past its last code point.
        type: TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        value: TIMEX3 value, e.g. ``2024-03-14``, ``2024-W11``, ``P3Y``,
            ``PAST_REF``, or ``XXXX-10-19`` when the year is not known.
        mod: TIMEX3 ``mod`` (``START``, ``MID``, ``END``, ``APPROX``,
            ``MORE_THAN``, ``LESS_THAN``, ``EQUAL_OR_MORE``), if any.
        granularity: the unit the value is precise to.
        confidence: 0..1; lower for guessed years, misspelt months, weekdays.
        rule: the name of the rule that produced it, for explanations.
        resolution: how the value was fixed (see :data:`Resolution`).
        note: a human-readable remark, such as why a value is underspecified.
    """

    start: int
    end: int
    type: TimexType
    value: str
    granularity: Granularity
    rule: str
    confidence: float = 1.0
    mod: str | None = None
    resolution: Resolution = "absolute"
    note: str | None = None

    @property
    def interval(self) -> tuple[dt.date, dt.date] | None:
        """The calendar days covered, ``[lo, hi)``, or ``None`` if not a dated point."""
        if self.type not in ("DATE", "TIME"):
            return None
        return interval(self.value)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:-XX)?$")
_YEAR = re.compile(r"^(\d{4})(?:-XX(?:-XX)?|-WXX|-QX)?$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_FISCAL = re.compile(r"^FY(\d{4})$")

_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def _month_start(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, 1)


def day_of(value: str) -> dt.date | None:
    """The calendar day a TIMEX3 value names, with or without a time of it
    (``2025-11-12``, ``2025-11-12TNI``, ``2025-11-12T14:15``); ``None`` for any other
    value (``2025-11``, ``XXXX-11-12``, ``PAST_REF``)."""
    m = _DAY.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def interval(value: str) -> tuple[dt.date, dt.date] | None:
    """Return the half-open day interval ``[lo, hi)`` a TIMEX3 date value covers.

    A value that leaves its finer part open covers the part it gives:
    ``1998-10-XX`` (some day in October 1998) covers the month, ``1998-WXX``
    the year. Values without a year (``XXXX-10-19``), references
    (``PAST_REF``) and anything that is not a calendar date give ``None``.
    """
    try:
        if m := _DAY.match(value):
            lo = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return lo, lo + dt.timedelta(days=1)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return _month_start(y, mo), _month_start(y, mo + 1)
        if m := _YEAR.match(value):
            y = int(m[1])
            return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
        if m := _FISCAL.match(value):
            # Fiscal years differ by organisation; the US federal one starts in
            # October of the previous year. Cover both readings.
            y = int(m[1])
            return dt.date(y - 1, 10, 1), dt.date(y + 1, 1, 1)
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 10, 1, 1)
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 100, 1, 1)
        if m := _WEEK.match(value):
            y, w = int(m[1]), int(m[2])
            monday = dt.date.fromisocalendar(y, w, 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
            return monday, monday + dt.timedelta(days=7)
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return _month_start(y, 3 * q - 2), _month_start(y, 3 * q + 1)
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return _month_start(y, 6 * h - 5), _month_start(y, 6 * h + 1)
        if m := _SEASON.match(value):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            return _month_start(y, first), _month_start(y, last)
    except ValueError:
        return None
    return None
