"""Dates an article counts out from another: ``On March 11, 30 days after the crash``.

The sentence names one day (March 11) and says how long after an event it fell; the
event's own day follows by arithmetic (February 9). Articles that get such a count
wrong disagree with every article that names the event's day, so the counted day is
a date of the event like any other, with a rule (``counted``) that says where it came
from and the whole phrase (``30 days after the crash``) as its span.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.claims import DateSlot
from claimtrack.extract.events import FoundEvent
from claimtrack.model import Document
from claimtrack.spans import Span
from claimtrack.temporal import TimeExpression
from claimtrack.temporal.calendar import format_value, shift
from claimtrack.temporal.values import Granularity, interval

__all__ = ["CountedDate", "counted_dates"]


_APPOSITION = re.compile(r",\s*")
"""Between the day named and the count that places it: ``On March 11, 30 days after``."""
_FROM_EVENT = re.compile(r"\s+(after|before)\s+(?:the|a|an|this|that|last|its|their|his|her)\s+"
                         r"(?:[\w’'-]+\s+){0,2}?", re.IGNORECASE)
"""From the count to the event it counts from: ``after the deadly``, ``before the``."""
_DAY = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)")
_COUNT = re.compile(r"P(\d+)([DWMY])")
_SAMPLE_YEARS = (2023, 2024)
"""A common and a leap year: a day without a year is counted in both, and kept only
when both give the same month and day."""


@attrs.frozen
class CountedDate:
    """A day worked out for ``event`` from a named day and a count of time."""

    event: FoundEvent
    slot: DateSlot
    count: TimeExpression


_GRANULARITY: dict[str, Granularity] = {"D": "day", "W": "day", "M": "month", "Y": "year"}
"""What a count of each unit keeps of its day: ``two weeks before`` a day is a day,
``three months after`` one a month."""


def _counted_value(anchor: str, n: int, unit: str, back: bool) -> tuple[str, str] | None:
    """The TIMEX3 value ``n`` units before (or after) the day ``anchor``, or ``None`` when
    the anchor has no year and the answer would depend on one."""
    m = _DAY.fullmatch(anchor)
    if m is None:
        return None
    known = m.group(1) != "XXXX"
    granularity = _GRANULARITY[unit]
    values = set()
    for year in (int(m.group(1)),) if known else _SAMPLE_YEARS:
        try:
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        moved = shift(day, unit, -n if back else n)
        if not known and (moved.year != year or granularity == "year"):
            return None  # counted across New Year, or to a year: no year to give
        value = format_value(moved, granularity)
        values.add(value if known else "XXXX" + value[4:])
    return (values.pop(), granularity) if len(values) == 1 else None


def counted_dates(doc: Document, dates: list[DateSlot], counts: list[TimeExpression],
                  events: list[FoundEvent]) -> list[CountedDate]:
    """The days counted out in one sentence: a named day, then, set beside it, how long
    after (or before) an event it was (``On March 11, 30 days after the crash``,
    ``on Friday, five days after the quake struck``). Only exact counts of days, weeks,
    months or years, and only from a single named day."""
    text = doc.text
    out: list[CountedDate] = []
    for count in counts:
        number = _COUNT.fullmatch(count.value)
        if number is None or count.mod is not None:
            continue  # "about 30 days after": no day to work out
        anchor = next((d for d in dates if d.granularity == "day"
                       and _APPOSITION.fullmatch(text, d.span.end, count.start)), None)
        if anchor is None:
            continue
        for event in events:
            link = _FROM_EVENT.fullmatch(text, count.end, event.start) \
                if event.start > count.end else None
            if link is None:
                continue
            found = _counted_value(anchor.value, int(number.group(1)), number.group(2),
                                   back=link.group(1).lower() == "after")
            if found is None:
                break
            value, granularity = found
            bounds = interval(value)
            out.append(CountedDate(event, DateSlot(
                span=Span(doc, count.start, event.end), value=value, type="DATE",
                granularity=granularity, start=bounds[0] if bounds else None,
                end=bounds[1] if bounds else None, confidence=min(anchor.confidence,
                                                                  count.confidence),
                rule="counted", resolution=anchor.resolution), count))
            break
    return out
