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
from claimtrack.temporal.calendar import PAST_CUE, format_value, shift
from claimtrack.temporal.lexicon import number_value
from claimtrack.temporal.values import Granularity, interval

__all__ = ["CountedDate", "counted_dates", "timeline_dates"]


_APPOSITION = re.compile(r",\s*")
"""Between the day named and the count that places it: ``On March 11, 30 days after``."""
_FROM_EVENT = re.compile(r"\s+(after|before)\s+(?:the|a|an|this|that|last|its|their|his|her)\s+"
                         r"(?:[\w’'-]+\s+){0,2}?", re.IGNORECASE)
"""From the count to the event it counts from: ``after the deadly``, ``before the``."""
_PRESENT = re.compile(r"\b(?:is|are|remains?|continues?|stands?|has|have|now)\b",
                      re.IGNORECASE)
"""The present tense of a clause that counts from today: ``Five days after the floods
began, hopes are fading``."""
_VERB_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?[a-z]+\b")
"""The event's own verb, which is past whatever the clause is: ``the floods began``."""
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


def _counts_from_today(text: str, sentence: tuple[int, int], count: TimeExpression,
                       event: FoundEvent) -> bool:
    """Whether the clause around ``N days after the event`` is in the present, so that it
    counts from the publication day: a present verb, and no past one, outside the phrase
    and the event's own verb (``Some areas remain cut off three days after the floods
    began``)."""
    a, z = sentence
    verb = _VERB_AFTER.match(text, event.end, z)
    cut = verb.end() if verb else event.end
    rest = text[a : count.start] + " " + text[cut:z]
    return _PRESENT.search(rest) is not None and PAST_CUE.search(rest) is None


def counted_dates(doc: Document, dates: list[DateSlot], counts: list[TimeExpression],
                  events: list[FoundEvent], sentence: tuple[int, int]
                  ) -> list[CountedDate]:
    """The days counted out in one sentence: a named day, then, set beside it, how long
    after (or before) an event it was (``On March 11, 30 days after the crash``,
    ``on Friday, five days after the quake struck``). Only exact counts of days, weeks,
    months or years, and only from a single named day, or, in a clause in the present
    with no day named, from the publication day (``hopes are fading five days after
    the floods began``), in whole days only (``a week after`` is too loose to count)."""
    text = doc.text
    out: list[CountedDate] = []
    for count in counts:
        number = _COUNT.fullmatch(count.value)
        if number is None or count.mod is not None:
            continue  # "about 30 days after": no day to work out
        anchor = next((d for d in dates if d.granularity == "day"
                       and _APPOSITION.fullmatch(text, d.span.end, count.start)), None)
        if anchor is not None:
            day, confidence, resolution = anchor.value, anchor.confidence, anchor.resolution
        elif not dates and doc.published is not None and number.group(2) == "D":
            day, confidence, resolution = f"{doc.published:%Y-%m-%d}", 0.8, "reference"
        else:
            continue
        for event in events:
            link = _FROM_EVENT.fullmatch(text, count.end, event.start) \
                if event.start > count.end else None
            if link is None:
                continue
            after = link.group(1).lower() == "after"
            if anchor is None and not (after and _counts_from_today(text, sentence, count,
                                                                     event)):
                break
            found = _counted_value(day, int(number.group(1)), number.group(2), back=after)
            if found is None:
                break
            value, granularity = found
            bounds = interval(value)
            out.append(CountedDate(event, DateSlot(
                span=Span(doc, count.start, event.end), value=value, type="DATE",
                granularity=granularity, start=bounds[0] if bounds else None,
                end=bounds[1] if bounds else None,
                confidence=min(confidence, count.confidence), rule="counted",
                resolution=resolution), count))
            break
    return out


_COMPLETIONS = frozenset({"close", "complete", "finish", "conclude"})
"""Events whose expected day a deal's timeline gives: ``expected to close within 12 to
18 months``."""
_TIMELINE = re.compile(
    r"(?:\s+(?:the|this|that|its)\s+(?:deal|transaction|acquisition|merger|purchase|sale|"
    r"takeover))?\s+(?P<within>in|within)\s+(?:about\s+|around\s+|roughly\s+)?"
    r"(?:(?P<lo>\d{1,2}|an?|one|two|three|four|five|six|nine|twelve)"
    r"(?:\s+(?P<lo_unit>months?|years?))?\s*(?:to|-|–)\s*)?"
    r"(?P<hi>\d{1,2}|an?|one|two|three|four|five|six|nine|twelve|eighteen)\s+"
    r"(?P<unit>months?|years?)\b", re.IGNORECASE)
"""How long from now something is to end: ``within 12 to 18 months``, ``in a year to 18
months``, ``the deal in six months``."""
_EXPECTED_BEFORE = re.compile(
    r"\b(?:to|will|would|should|expects?|expected|aims?|hopes?|hoping|plans?|set)\s+"
    r"(?:be\s+)?\Z", re.IGNORECASE)
"""What makes the completion a plan: ``expected to close``, ``will be completed``."""


def _months(word: str, unit: str) -> int | None:
    n = 1 if word.lower() in ("a", "an") else number_value(word)
    if n is None:
        return None
    return n * 12 if unit.lower().startswith("year") else n


def timeline_dates(doc: Document, events: list[FoundEvent]) -> list[tuple[FoundEvent, DateSlot]]:
    """The days a plan is to be completed by, counted from the publication date: ``is
    expected to close within 12 to 18 months`` in an article of 5 December 2025 is
    December 2026 to June 2027, ``in six months`` the months either side of June 2026.
    Only for a completion (close, complete, finish) set out as a plan, and only with a
    publication date to count from; so that ``set to close in the third quarter of
    2026`` can be weighed against it."""
    if doc.published is None:
        return []
    text = doc.text
    out = []
    for event in events:
        if event.predicate not in _COMPLETIONS or not _EXPECTED_BEFORE.search(
                text, max(0, event.start - 30), event.start):
            continue
        m = _TIMELINE.match(text, event.end)
        if m is None:
            continue
        hi = _months(m["hi"], m["unit"])
        lo = _months(m["lo"], m["lo_unit"] or m["unit"]) if m["lo"] else None
        if hi is None or (m["lo"] and (lo is None or lo >= hi)):
            continue
        if lo is not None:
            first, last = shift(doc.published, "M", lo), shift(doc.published, "M", hi)
        elif m["within"].lower() == "within":
            first, last = doc.published, shift(doc.published, "M", hi)
        else:  # "in six months": about then, a month either way
            first, last = shift(doc.published, "M", hi - 1), shift(doc.published, "M", hi + 1)
        out.append((event, DateSlot(
            span=Span(doc, m.start("within"), m.end()),
            value=f"{format_value(first, 'month')}/{format_value(last, 'month')}",
            type="DATE", granularity="month", start=first,
            end=last + dt.timedelta(days=1), confidence=0.6, rule="timeline",
            resolution="reference")))
    return out
