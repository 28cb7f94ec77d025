"""Compatibility rules: when two values of the same fact agree, and when they clash.

Each rule is a small pure function, so it can be tested alone and quoted in
an explanation:

* **Dates are intervals.** ``January 2025`` contains ``26 January 2025``: they
  agree. Disjoint intervals clash only when they are close enough to be the
  same occurrence (:data:`DATE_WINDOW_DAYS`); an ambassador recalled in 1997 and
  one recalled in 2025 are two events, not one reported twice. Two clock times
  of one day clash when their minutes differ, unless a round hour or a hedge
  (``around 3pm``) allows :data:`CLOCK_SLACK_MINUTES`; a part of the day
  (``shortly after sunrise``) clashes with a clock or a part of that day it cannot hold.
* **Quantities honour qualifiers.** ``about 30 years`` is [27, 33] and agrees
  with ``28 years``; money, measures and round counts may differ by rounding
  (:data:`ROUNDING`), but 189 and 190 people aboard are two different counts.
* **Quotes compare words, not typography.** Case, curly quotes, ``U.S.`` vs
  ``US`` and ellipses do not matter; a shorter quote inside a longer one is a
  partial quote; a changed word (``reckless`` vs ``feckless``) is a clash.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Literal

from claimtrack.claims import DateSlot, Quantity
from claimtrack.extract.quantities import base_unit
from claimtrack.temporal.values import ZONE_SUFFIX

__all__ = [
    "DATE_WINDOW_DAYS",
    "DAYS_PER",
    "ROUNDING",
    "ROUND_SLACK",
    "Relation",
    "compare_clocks",
    "compare_dates",
    "compare_quantities",
    "compare_quotes",
    "quote_words",
    "standard",
    "zoned",
]

Relation = Literal["same", "compatible", "clash", "distinct", "unknown"]

DATE_WINDOW_DAYS = 120
"""Disjoint dates closer than this are read as one event reported differently."""

ROUNDING = 0.02
"""Relative difference two exact figures may have and still agree (rounding)."""


_CLOCK = re.compile(r"T(\d\d):(\d\d)")
CLOCK_SLACK_MINUTES = 30
"""How far a round or hedged time (``3pm``, ``around 3 p.m.``) may be from an exact one
(``2:51pm``) and still agree."""


_HEDGE_BEFORE = re.compile(r"\b(?:around|about|approximately|roughly|some|shortly|just|"
                           r"soon|before|after|by|until)\s+(?:before\s+|after\s+)?(?:at\s+)?\Z",
                           re.IGNORECASE)


def _hedged(slot: DateSlot) -> bool:
    """Whether a time is written with a hedge (``around 3:10pm``, ``shortly before``)."""
    text = slot.span.document.text
    return _HEDGE_BEFORE.search(text, max(0, slot.span.start - 24), slot.span.start) is not None


_PART = re.compile(r"T(MO|MI|AF|EV|NI)\Z")
_PART_HOURS = {"MO": (5, 12), "MI": (11, 14), "AF": (12, 18), "EV": (17, 22), "NI": (20, 29)}
"""The hours each part of a day covers (a night runs on past midnight into the next
day): the windows the parts and clocks of one day are weighed by."""
_SMALL_HOURS_END = 6 * 60
"""A clock before this (``1:30 a.m. Tuesday``) is also the end of the night before it,
which reports often call that day's night."""
_PART_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
               "NI": "night"}
PART_SLACK_MINUTES = 60
"""How far past its edge a part of the day may stretch: ``evening`` is no clock."""


_BEFORE = re.compile(r"\bbefore\s+\Z", re.IGNORECASE)
"""``before dawn Tuesday``: any hour of the day up to its part (``shortly after sunrise``
is a moment, and stays the morning)."""


def _windows(slot: DateSlot) -> tuple[tuple[int, int], ...] | None:
    """The minutes of its day a part of the day or a clock time covers, with slack; a part
    after ``before`` reaches back to midnight (``before dawn Tuesday`` holds 1:30 a.m.)."""
    if (part := _PART.search(slot.value)) is not None:
        h0, h1 = _PART_HOURS[part[1]]
        if _BEFORE.search(slot.span.document.text, max(0, slot.span.start - 8),
                          slot.span.start) is not None:
            return ((0, h1 * 60),)
        return ((h0 * 60 - PART_SLACK_MINUTES, h1 * 60 + PART_SLACK_MINUTES),)
    if (at := _minute_of_day(slot)) is not None:
        return ((at, at), (at + 1440, at + 1440)) if at < _SMALL_HOURS_END else ((at, at),)
    return None


def _said_as(slot: DateSlot) -> str:
    part = _PART.search(slot.value)
    return f"the {_PART_WORDS[part[1]]}" if part else slot.value[11:16]


def _compare_parts(a: DateSlot, b: DateSlot) -> tuple[Relation, str] | None:
    """How a part of a day (``shortly after sunrise on Tuesday``, ``late Tuesday night``)
    and a clock time or another part of the same day relate: a morning and ``5:15 p.m.``
    clash; an evening and ``5:15 p.m.`` agree. ``None`` unless one is a part of the day
    and the other a part or a clock."""
    if a.value == b.value or (_PART.search(a.value) is None and _PART.search(b.value) is None):
        return None
    wa, wb = _windows(a), _windows(b)
    if wa is None or wb is None:
        return None
    if any(x0 <= y1 and y0 <= x1 for x0, x1 in wa for y0, y1 in wb):
        return "compatible", f"{_said_as(a)} and {_said_as(b)} of one day may meet"
    return "clash", f"the same day, but {_said_as(a)} and {_said_as(b)} are different times of it"


def zoned(slot: DateSlot) -> bool:
    """Whether a time is given in GMT/UTC or with an offset (``19:47 GMT``), not in the
    unstated local time of the place (``11:47 pm local time``)."""
    return "T" in slot.value and ZONE_SUFFIX.search(slot.value) is not None


def _compare_clocks(a: DateSlot, b: DateSlot, *, same_day: bool = True
                    ) -> tuple[Relation, str] | None:
    """How two clock times of one day (or, not ``same_day``, of days not weighed) relate;
    ``None`` unless both give hours and minutes. ``4.45pm`` and ``4:41 p.m.`` clash; ``3pm``
    and ``2:51pm`` agree, as a round hour or a hedge allows half an hour either way; with
    the days not weighed, ``11:47 pm`` and ``midnight`` are 13 minutes apart."""
    ma, mb = _CLOCK.search(a.value), _CLOCK.search(b.value)
    if ma is None or mb is None:
        return None
    if zoned(a) != zoned(b):
        return "unknown", ("one time is given in GMT/UTC and the other in local time, whose "
                           "offset the text does not give")
    at = int(ma[1]) * 60 + int(ma[2])
    bt = int(mb[1]) * 60 + int(mb[2])
    if at == bt:
        return None
    loose = a.mod or b.mod or ma[2] == "00" or mb[2] == "00" or _hedged(a) or _hedged(b)
    gap = abs(at - bt)
    if not same_day:
        gap = min(gap, 24 * 60 - gap)  # "11:47 pm" and "around midnight": either side
    if loose and gap <= CLOCK_SLACK_MINUTES:
        return "compatible", f"{gap} minutes apart, within a round or hedged time"
    hours, minutes = divmod(gap, 60)
    apart = (f"{hours} h {minutes:02d} min" if hours else f"{minutes} minutes")
    if not same_day:
        return "clash", f"clock times {apart} apart, whatever the day"
    return "clash", f"the same day, but clock times {apart} apart"


_SMALL_HOURS = 6
"""A night (``last night``, ``Friday night``) runs on past midnight until this hour."""


_EARLY_BEFORE = re.compile(r"\b(?:early|(?:early|small|wee)\s+hours\s+of)\s+(?:on\s+)?\Z",
                           re.IGNORECASE)
"""``early Wednesday``, ``in the early hours of Wednesday``: the start of a day."""


def _night_into(night: DateSlot, other: DateSlot) -> bool:
    """Whether ``other`` is a clock time in the small hours after the night ``night``,
    or the early part of the next day: ``hit around three last night`` and ``3:00 a.m.
    on May 24`` are one moment, and ``will return on Tuesday night`` and ``will return
    early Wednesday`` one journey home."""
    if not (night.value.endswith("TNI") and night.end is not None and other.start == night.end):
        return False
    clock = _CLOCK.search(other.value)
    if clock is not None:
        return int(clock[1]) < _SMALL_HOURS
    text = other.span.document.text
    return other.granularity == "day" and _EARLY_BEFORE.search(
        text, max(0, other.span.start - 24), other.span.start) is not None


def _minute_of_day(slot: DateSlot) -> int | None:
    clock = _CLOCK.search(slot.value)
    return None if clock is None else int(clock[1]) * 60 + int(clock[2])


def _across_midnight(early: DateSlot, late: DateSlot) -> str | None:
    """Why a clock just after midnight and the day (or a clock late in the day) before
    it are one moment, when either is round or hedged: ``around midnight on Monday`` and
    ``August 31 around 11:45 p.m.``; ``None`` when they are not."""
    minute = _minute_of_day(late)
    if minute is None or early.end is None or early.end != late.start \
            or zoned(early) != zoned(late):
        return None
    before = _minute_of_day(early)
    gap = minute + (24 * 60 - before if before is not None else 0)
    loose = early.mod or late.mod or late.value.endswith(":00") or _hedged(early) \
        or _hedged(late)
    if not loose or gap > CLOCK_SLACK_MINUTES:
        return None
    return (f"{late.value} is {gap} minutes into the day after {early.value[:10]}, within a "
            f"round or hedged time")


def compare_clocks(a: DateSlot, b: DateSlot) -> tuple[Relation, str] | None:
    """How the clock times of two dates relate, whatever their days: for a one-off event
    timed by a bare clock (``shortly after 6:40 in the evening``) whose day the sentence
    does not name. ``None`` unless both give hours and minutes."""
    if _CLOCK.search(a.value) is None or _CLOCK.search(b.value) is None:
        return None
    return _compare_clocks(a, b, same_day=False) or ("same", "the same time of day")


_DAY_OF_YEAR = re.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)\Z")


def _compare_days_of_year(a: DateSlot, b: DateSlot) -> tuple[Relation, str] | None:
    """How a day without a year (``Aug. 27`` in an undated article) relates to another
    day: ``XXXX-08-27`` and ``2025-08-28`` are a day apart whatever the year, the nearest
    way round the calendar; ``None`` unless both are days and one lacks its year."""
    ma, mb = _DAY_OF_YEAR.match(a.value), _DAY_OF_YEAR.match(b.value)
    if ma is None or mb is None or "XXXX" not in (ma[1], mb[1]):
        return None
    try:  # a leap year, so that 29 February has a place
        days = [dt.date(2000, int(m[2]), int(m[3])).toordinal() for m in (ma, mb)]
    except ValueError:
        return None
    apart = abs(days[0] - days[1])
    gap = min(apart, 366 - apart)
    yearless = a.value if ma[1] == "XXXX" else b.value
    if gap == 0:
        return "compatible", f"the same day of the year, whatever the year of {yearless}"
    if gap > DATE_WINDOW_DAYS:
        return "distinct", f"{gap} days apart: read as separate occurrences"
    return "clash", f"{gap} day{'s' if gap != 1 else ''} apart, whatever the year of {yearless}"


def compare_dates(a: DateSlot, b: DateSlot) -> tuple[Relation, str]:
    """How two dates of the same event relate, with the reason in words."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        if a.value == b.value:
            return "same", "the same underspecified date"
        if a.value[:10] == b.value[:10] and (
                clocks := _compare_clocks(a, b, same_day=False)) is not None:
            return clocks  # "6:40 in the evening" and "19:45" in two undated reports
        return _compare_days_of_year(a, b) or (
            "unknown", "at least one date lacks a year or a reference to resolve it")
    if a.start == b.start and a.end == b.end:
        return _compare_clocks(a, b) or _compare_parts(a, b) or ("same", "the same date")
    if a.start < b.end and b.start < a.end:
        wider, narrower = (a, b) if (a.end - a.start) >= (b.end - b.start) else (b, a)
        return "compatible", (
            f"{narrower.value} lies within {wider.value}: a difference of precision"
        )
    for night, clock in ((a, b), (b, a)):
        if _night_into(night, clock):
            return "compatible", (
                f"{clock.value} falls in the small hours after the night of {night.value[:10]}"
                if _CLOCK.search(clock.value) else
                f"early {clock.value} is the end of the night of {night.value[:10]}")
    for late, early in ((a, b), (b, a)):
        if (across := _across_midnight(early, late)) is not None:
            return "compatible", across
    gap = (max(a.start, b.start) - min(a.end, b.end)).days + 1
    if gap > DATE_WINDOW_DAYS:
        return "distinct", f"{gap} days apart: read as separate occurrences"
    if a.granularity == b.granularity and a.granularity in ("year", "month", "quarter"):
        return "clash", f"different {a.granularity}s"
    return "clash", f"{gap} day{'s' if gap != 1 else ''} apart and neither contains the other"


DAYS_PER = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
"""Days in each period a rate may be given per (``£50 million a week`` is about £7.1
million a day), or a span of time counted in."""


def standard(q: Quantity) -> tuple[str, float, float, float]:
    """A figure's unit, value, low and high bounds in the unit its kind of measure
    converts to (``25 miles``: meters), and a rate per day (``1,000 cars per week``),
    so that figures written in two systems compare; a figure in any other unit as
    written."""
    base = base_unit(q.unit) if q.kind == "measure" else None
    unit, factor = base if base is not None else (q.unit, 1.0)
    if q.per in DAYS_PER:
        factor /= DAYS_PER[q.per]
    if factor == 1.0:
        return unit, q.value, q.low, q.high
    return unit, q.value * factor, q.low * factor, q.high * factor


ROUND_SLACK = 0.025
"""How far a round figure (``300 meters``, ``40 km``) may be from the figure it converts,
as a share of it: a trailing zero may be a rounding or a digit, so it earns less than its
place (``300`` is not 250 to 350)."""

_DIGITS = re.compile(r"[\d.]+")


def _last_digit(q: Quantity, converted: float) -> float:
    """How far a figure may be from what it rounds, in the unit it is ``converted`` to
    (its value there): half the place of its last digit (``28``: 0.5; ``2.5``: 0.05), or
    for a round figure at most :data:`ROUND_SLACK` of it (``40``: 1; ``300``: 7.5)."""
    written = _DIGITS.search(q.number_span.text.replace(",", "")) if q.number_span else None
    if written is None or not q.value or not float(written.group(0)):
        return 0.0
    digits = written.group(0)
    scale = converted / float(digits)  # the written digits to the converted unit
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1]) / 2 * scale
    zeros = len(digits) - len(digits.rstrip("0"))
    if not zeros:
        return scale / 2
    return min(10.0 ** zeros / 2 * scale, ROUND_SLACK * abs(converted))


def _shortens(short: float, half: float, full: float, full_half: float) -> bool:
    """Whether ``short``, written to a digit worth ``2 * half``, rounds or cuts ``full``
    (written to one worth ``2 * full_half``): ``57`` of ``57.76``; ``28.5`` of ``28.54``,
    but not of ``28.6``. Only a coarser figure cuts a finer one."""
    return short - half - 1e-9 <= full < short + 2 * half - 1e-9 and (
        full < short + half - 1e-9 or half > full_half + 1e-12)


def _unit_key(q: Quantity) -> tuple[str, str, str | None]:
    unit = standard(q)[0].lower().rstrip("s")
    return q.kind, unit, "day" if q.per in DAYS_PER else q.per


def _may_be_rounded(q: Quantity) -> bool:
    """Money, measures and shares are often rounded; a head count only when it is round;
    a quake's magnitude never (7.5 and 7.6 are two readings)."""
    if q.unit == "magnitude":
        return False
    if q.kind in ("money", "measure", "percent", "duration"):
        return True
    return q.value >= 100 and q.value % 100 == 0


def compare_quantities(a: Quantity, b: Quantity) -> tuple[Relation, str]:
    """How two figures for the same fact relate, honouring their qualifiers."""
    if _unit_key(a) != _unit_key(b):
        return "distinct", "different units or rates"
    _, va, lo_a, hi_a = standard(a)
    _, vb, lo_b, hi_b = standard(b)
    if va == vb:
        return "same", "the same figure"
    if a.per != b.per:
        # "£5 million a day" and "£50 million a week": put per day, and neither exact
        if (lo_a <= hi_b and lo_b <= hi_a) or abs(va - vb) <= ROUNDING * max(abs(va), abs(vb)):
            return "compatible", (f"{a.span.text} and {b.span.text} agree once both are "
                                  "put per day, up to rounding")
        return "clash", (f"{a.span.text} and {b.span.text} differ even once both are put "
                         "per day")
    if a.unit != b.unit:
        # "40 km" and "25 miles": one figure likely converts the other, each rounded.
        sa, sb = _last_digit(a, va), _last_digit(b, vb)
        if lo_a - sa <= hi_b + sb and lo_b - sb <= hi_a + sa:
            return "compatible", (f"{a.span.text} and {b.span.text} are one figure in two "
                                  "systems of units, up to rounding")
        return "clash", (f"{a.span.text} and {b.span.text} differ even once converted to "
                         "one unit and allowed for rounding")
    if a.low == a.high and b.low == b.high:
        if a.kind == b.kind == "percent":
            # "28.5%" and "28.6%", "84%" and "82.5%": a share is rounded (or cut) to the
            # digit it is written to, so one agrees with another only if it rounds or cuts
            # it ("57 per cent" of "57.76 percent")
            ha, hb = _last_digit(a, va), _last_digit(b, vb)
            if _shortens(va, ha, vb, hb) or _shortens(vb, hb, va, ha):
                return "compatible", "equal up to the rounding of their last digits"
            return "clash", "two exact shares that differ beyond their rounding"
        if _may_be_rounded(a) or _may_be_rounded(b):
            tolerance = ROUNDING * max(abs(va), abs(vb))
            if abs(va - vb) <= tolerance:
                return "compatible", "equal up to rounding"
        return "clash", "two exact figures that differ"
    if lo_a <= hi_b and lo_b <= hi_a:
        return "compatible", "the ranges their wording allows overlap"
    return "clash", "even the ranges their wording allows do not overlap"


_NORMALISE = [
    (re.compile(r"\bu\.\s?s\.(?:\s?a\.)?", re.IGNORECASE), "us"),
    (re.compile(r"\bu\.\s?k\.", re.IGNORECASE), "uk"),
    (re.compile(r"\bu\.\s?n\.", re.IGNORECASE), "un"),
    (re.compile(r"\[[^\]]*\]"), " "),
    (re.compile(r"[’‘`´]"), "'"),
    (re.compile(r"[^\w\s']"), " "),
]
_EDGE_WORDS = frozenset({"a", "an", "the", "and", "but", "that"})


_ELLIPSIS = re.compile(r"\.\.\.|…")
GAP = "…"
"""The word that stands for an ellipsis: words a quotation left out there."""


_CONTRACTED_IS = frozenset("it that there here what who where how he she".split())
_CONTRACTIONS = {"won't": ["will", "not"], "can't": ["can", "not"], "shan't": ["shall", "not"],
                 "let's": ["let", "us"]}
_ENDINGS = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'ve", "have"), ("'m", "am"))


_NUMERALS = {"ii": "two", "iii": "three", "iv": "four", "vi": "six", "vii": "seven",
             "viii": "eight", "ix": "nine", "1": "one", "2": "two", "3": "three", "4": "four",
             "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten"}
"""Small numbers written in figures or Roman numerals, as words: ``World War III`` and
``World War Three`` are one quote (``i``, ``v`` and ``x`` stay: they are words too)."""


def _expanded(word: str) -> list[str]:
    """A contraction as its words (``there's``: ``there is``, ``I'll``: ``I will``,
    ``don't``: ``do not``), a small number as its word (:data:`_NUMERALS`): a quote
    written out or contracted is the same words. A possessive (``Kovac's``) and the
    ambiguous ``'d`` stay as they are."""
    if word in _NUMERALS:
        return [_NUMERALS[word]]
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    for ending, full in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return [word[: -len(ending)], full]
    if word.endswith("'s") and word[:-2] in _CONTRACTED_IS:
        return [word[:-2], "is"]
    return [word]


def quote_words(text: str) -> list[str]:
    """The words of a quote, without case, punctuation or typographic variants; an
    ellipsis is the word :data:`GAP` (``your country, Mr. President. ... I think``)."""
    out: list[str] = []
    for k, part in enumerate(_ELLIPSIS.split(text.lower())):
        if k and (not out or out[-1] != GAP):
            out.append(GAP)
        for pattern, repl in _NORMALISE:
            part = pattern.sub(repl, part)
        for w in part.split():
            w = w.strip("'")
            if w:
                out.extend(_expanded(w))
    while out and out[0] == GAP:
        out.pop(0)
    while out and out[-1] == GAP:
        out.pop()
    return out


def _changed(wa: list[str], wb: list[str], op: tuple[str, int, int, int, int],
             flip: bool = False) -> str:
    """One change between two quotations' words, as an editor reads it: a replaced word
    by itself (``“lies” vs “errors”``), a word one side adds between the words around it
    (``“this act will” vs “this will”``); ``flip`` puts ``wb``'s words first."""
    tag, i1, i2, j1, j2 = op
    if tag == "replace":
        sides = [" ".join(wa[i1:i2]), " ".join(wb[j1:j2])]
    else:
        sides = [" ".join(wa[max(i1 - 1, 0) : i2 + 1]), " ".join(wb[max(j1 - 1, 0) : j2 + 1])]
    first, second = reversed(sides) if flip else sides
    return f"“{first}” vs “{second}”"


_SHARED_RUN = 5
"""The fewest words two quotations must share, after different lead-ins, to be read as one
passage quoted twice."""


def compare_quotes(a: str, b: str) -> tuple[Relation, str]:
    """How two quotations of the same speaker relate; a clash names the changed words."""
    wa, wb = quote_words(a), quote_words(b)
    if not wa or not wb:
        return "unknown", "empty quote"
    if wa == wb:
        return "same", "the same words"
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    if any(long_[i : i + n] == short for i in range(len(long_) - n + 1)):
        return "compatible", "one quotes part of the other"
    found = _word_changes(wa, wb)
    if found[0] == "distinct":
        # the diff is not symmetric: read the other way round, a passage's end may line
        # up where it did not ("greatly missed." against "missed greatly. The family …")
        turned = _word_changes(wb, wa, flip=True)
        if turned[0] == "clash":
            return turned
    return found


def _word_changes(wa: list[str], wb: list[str], flip: bool = False) -> tuple[Relation, str]:
    """How two quotations' words differ, read from ``wa`` to ``wb``; ``flip`` names each
    change the other way round (``wb``'s words first), for a diff read backwards."""
    ops = difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    # Words added or dropped at either end are a longer or shorter excerpt; so are two
    # different lead-ins to one passage of five words or more ("It's the last song ever.
    # … thank you from the bottom of our hearts", "You've no idea how I feel – thank you
    # from the bottom of my heart").
    while ops and (ops[0][0] in ("insert", "delete") or (
            ops[0][0] == "replace" and len(ops) > 1 and ops[1][0] == "equal"
            and ops[1][2] - ops[1][1] >= _SHARED_RUN)):
        ops = ops[1:]
    while ops and ops[-1][0] in ("insert", "delete"):
        ops = ops[:-1]
    # Words one side leaves out at its ellipsis are elided, not changed: "Mr. President.
    # ... I think" against "Mr. President, with respect. I think".
    ops = [op for op in ops if not (op[0] != "equal" and (
        wa[op[1]:op[2]] == [GAP] or wb[op[3]:op[4]] == [GAP]))]
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    changes = [(tag, wa[i1:i2], wb[j1:j2]) for tag, i1, i2, j1, j2 in ops if tag != "equal"]
    if not changes:
        return "compatible", "one quotes part of the other"
    small = all(len(x) <= 2 and len(y) <= 2 for _, x, y in changes)
    # One changed word or pair of words inside an otherwise identical passage is a
    # misquotation; two or more changes are more likely parallel phrasing
    # ("disobey the orders of X", "obey the orders of Y").
    # measured on the passage both quote, past different lead-ins
    span_a = sum(i2 - i1 for _, i1, i2, _, _ in ops)
    span_b = sum(j2 - j1 for _, _, _, j1, j2 in ops)
    if equal >= 2 and equal >= 0.5 * min(span_a, span_b) and small and len(changes) == 1:
        words = "; ".join(
            _changed(wa, wb, op, flip) for op in ops
            if op[0] != "equal" and (set(wa[op[1]:op[2]]) - _EDGE_WORDS
                                     or set(wb[op[3]:op[4]]) - _EDGE_WORDS)
        )
        if not words:
            return "compatible", "they differ only in articles or conjunctions"
        return "clash", f"the wording differs: {words}"
    if equal >= _LONG_SHARED and equal >= 0.75 * min(span_a, span_b) and len(changes) <= 3 \
            and all(len(x) <= 3 and len(y) <= 3 for _, x, y in changes):
        # "passed away on September 16 at his home … He will be missed greatly" and
        # "passed away at his home … Redford will be greatly missed": one statement,
        # a long passage word for word, told with a few words changed
        words = "; ".join(_changed(wa, wb, op, flip) for op in ops if op[0] != "equal")
        return "clash", f"the wording differs in {len(changes)} places: {words}"
    return "distinct", "different passages"


_LONG_SHARED = 12
"""Words two quotes must share, word for word, before a few changes between them make
one statement misquoted rather than two statements alike."""
