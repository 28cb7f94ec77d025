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
}


_EDGE_MODS = {
    "early": "START", "earlier": "START", "start": "START", "the start of": "START",
    "the beginning of": "START", "mid": "MID", "the middle of": "MID", "late": "END",
    "end": "END", "the end of": "END", "the first half of": "START",
    "the second half of": "END",
}


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
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


Handler = Callable[[re.Match[str], _Context], TimeExpression | None]


def _unit_code(word: str) -> str:
    w = word.lower().rstrip("s")
    if w.startswith("centur"):
        return "CE"
    if w == "minute":
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


def _count(word: str | None) -> float | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.strip().lower())
    try:
        return float(w)
    except ValueError:
        n = number_value(w)
        return None if n is None or n == 0 else float(n)


def _duration_value(n: float | None, unit: str) -> str:
    amount = "X" if n is None else (str(int(n)) if n == int(n) else str(n))
    if unit == "WE":
        return f"P{amount}WE"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"
