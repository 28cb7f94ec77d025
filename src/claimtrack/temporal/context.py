"""Shared ground for the rule handlers: the matching context and value helpers.

Each rule of the grammar (:mod:`claimtrack.temporal.grammar`) has a handler in
:mod:`.absolute` (dates written out) or :mod:`.relative` (dates worked out from
the publication date or the date just mentioned, durations, sets, clock times).
They build :class:`TimeExpression` values through :func:`_make` and read the
source's own casing through :func:`_orig`, since matching runs on lower case.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from claimtrack.temporal.lexicon import (
    MONTH_ALIASES,
    UNITS,
    number_value,
)
from claimtrack.temporal.values import Granularity, TimeExpression, TimexType

__all__: list[str] = []

_NO_REFERENCE = "no publication date is known to resolve it against"


_MODS = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "over": "MORE_THAN",
    "more than": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "a little more than": "MORE_THAN", "a little over": "MORE_THAN",
    "slightly more than": "MORE_THAN", "a little less than": "LESS_THAN",
    "a little under": "LESS_THAN", "slightly less than": "LESS_THAN",
    "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
    "no fewer than": "EQUAL_OR_MORE",
}


_EDGE_MODS = {
    "early": "START", "earlier": "START", "start": "START", "the start of": "START",
    "the beginning of": "START", "mid": "MID", "the middle of": "MID", "late": "END",
    "end": "END", "the end of": "END", "the first half of": "START",
    "the second half of": "END",
}


_PARTS = {"morning": "MO", "midday": "MI", "afternoon": "AF", "evening": "EV", "night": "NI",
          "overnight": "NI", "tonight": "NI"}


_UNIT_GRANULARITY: dict[str, Granularity] = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade",
    "CE": "century", "H": "day", "MIN": "day", "S": "day", "WE": "week",
}


@attrs.define
class _Context:
    text: str
    reference: dt.date | None
    focus: TimeExpression | None = None
    focus_from: TimeExpression | None = None
    """When the focus closes a pair of days (``on July 30 and 31``), the pair's first day."""
    day_first: bool | None = None
    """How this document writes all-number dates (``22/03/2013``), once read."""
    order_read: bool = False
    year_focus: TimeExpression | None = None
    """The last year the text named (``in 2019``, ``last year``): a yearless day later
    in its sentence falls in it."""
    named_day: dt.date | None = None
    """The last day the text wrote out with its number (``Friday, July 19th``): a bare
    weekday of its name later on is most likely that day again."""
    named_at: int | None = None
    """Where the text wrote :attr:`named_day`."""
    written_years: dict[tuple[int, int], int] = attrs.field(factory=dict)
    """The year each month and day was last written with (``October 7, 2023``): the same
    day written later without one (``captured on October 7``) is that day again."""


Handler = Callable[[re.Match[str], _Context], TimeExpression | None]


def _unit_code(word: str) -> str:
    w = word.lower().rstrip("s")
    if w.startswith("centur"):
        return "CE"
    if w in ("minute", "min"):
        return "MIN"
    return UNITS.get(w, "D")


def _make(m: re.Match[str], rule: str, type_: TimexType, value: str,
          granularity: Granularity, **kw: object) -> TimeExpression:
    return TimeExpression(start=m.start(), end=m.end(), type=type_, value=value,
                          granularity=granularity, rule=rule, **kw)  # type: ignore[arg-type]


def _date_or_none(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _month_number(word: str) -> int:
    return MONTH_ALIASES[word.lower().rstrip(".")]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _orig(ctx: _Context, m: re.Match[str], group: str) -> str:
    """A group's characters as the source writes them (matching runs on lower case)."""
    return ctx.text[m.start(group) : m.end(group)]


def _ambiguous_month_word(word: str) -> bool:
    """``may`` and ``march`` are also verbs: only their capitalised forms are months."""
    return word.lower().rstrip(".") in ("may", "march") and not _capitalised(word)


_HALF = re.compile(r"\s+1/2$|[\s-]+and[\s-]+a[\s-]+half$|½$")


_FRACTION = re.compile(r"(half|quarter|three[ -]quarters)(?: of)?(?: an?)?|an? (half|quarter)"
                       r"(?: of an?)?")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75}


def _count(word: str | None) -> float | None:
    """The number a count word means (``3``, ``three``, ``2 1/2``, ``six and a half``)."""
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.strip().lower())
    fraction = _FRACTION.fullmatch(w)
    if fraction is not None:
        return _FRACTIONS[fraction.group(1) or fraction.group(2)]
    half = _HALF.search(w)
    if half is not None:
        whole = _count(w[: half.start()])
        return None if whole is None else whole + 0.5
    try:
        return float(w.replace(",", ""))  # "2,000 years"
    except ValueError:
        n = number_value(w)
        return None if n is None or n == 0 else float(n)


_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
"""The next unit down, for writing ``2 1/2 years`` as ``P2Y6M`` (ISO 8601, as TimeML does)."""


def _duration_value(n: float | None, unit: str) -> str:
    """The TIMEX3 value of ``n`` units: ``P3Y``, ``PT5H30M``; decades and centuries in years."""
    if unit in ("DE", "CE") and n is not None:
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if n is not None and n != int(n) and unit in _SMALLER:
        small, per = _SMALLER[unit]
        rest = (n - int(n)) * per
        if rest.is_integer():  # 2.5 years is 2 years 6 months; 1.3 years stays P1.3Y
            return _two_units(int(n), unit, int(rest), small)
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit == "WE":
        return f"P{amount}WE"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def _two_units(big: int, unit: str, small: int, small_unit: str) -> str:
    """``P2Y6M``, ``P1DT12H``, ``PT5H30M``: a whole number of one unit and some of the next."""
    def part(k: int, u: str) -> str:
        return f"{k}{'M' if u == 'MIN' else u}" if k else ""

    if unit in ("H", "MIN"):
        return f"PT{part(big, unit)}{part(small, small_unit)}"
    if small_unit == "H":
        return f"P{part(big, unit)}T{part(small, small_unit)}"
    return f"P{part(big, unit)}{part(small, small_unit)}"
