"""Find and normalise time expressions: :func:`find_dates`.

The scan is in two steps (see :mod:`claimtrack.temporal.grammar`): a cheap
pass finds trigger words, then the full grammar is matched only at each
trigger and the few word starts just before it. Each named rule has a
handler here that turns the match into a :class:`TimeExpression`, resolving
relative expressions against the reference date (the article's publication
date) or, for ``two days later``, against the date mentioned just before.

Nothing here reads the clock. Without a reference, relative and yearless
expressions stay underspecified (``XXXX-10-19``) and say so in their note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from claimtrack.temporal.calendar import (
    format_value,
    is_future_context,
    nearest_day,
    nearest_month,
    shift,
    tense_of,
    weekday_near,
)
from claimtrack.temporal.grammar import EXPRESSION, PREFIX_WORDS, TOKEN, TRIGGER_WORDS
from claimtrack.temporal.lexicon import (
    MONTH_ALIASES,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAY_ALIASES,
    fuzzy_month,
    number_value,
)
from claimtrack.temporal.values import Granularity, TimeExpression, TimexType, interval

__all__ = ["find_dates"]

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
_QUANTITY_AFTER_YEAR = re.compile(
    r"\s*(?:people|persons|troops|soldiers|hectares|acres|tons|tonnes|km|kilometers|miles|"
    r"meters|metres|feet|barrels|dollars|euros|pounds|units|cases|deaths|votes|jobs|workers|"
    r"students|homes|cars|copies|points|words|calories|megawatts|mw|kg|rpm)\b",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|percent|%|dollars|euros|pounds|times|twice)\W{0,3}$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(\w[\w'’.-]*)\W{1,3}$")


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


def _day(m: re.Match[str], ctx: _Context, rule: str, d: str, mo: int, y: str | None,
         confidence: float = 1.0) -> TimeExpression | None:
    day_n = int(re.sub(r"\D", "", d))
    if y is not None:
        value = _date_or_none(int(y), mo, day_n)
        if value is None:
            return None
        return _make(m, rule, "DATE", value.isoformat(), "day", confidence=confidence)
    if _date_or_none(2000, mo, day_n) is None:  # 2000 is a leap year: 29 February passes
        return None
    if ctx.reference is None:
        return _make(m, rule, "DATE", f"XXXX-{mo:02d}-{day_n:02d}", "day",
                     confidence=0.6, resolution="unresolved", note=_NO_REFERENCE)
    resolved = nearest_day(ctx.reference, mo, day_n, tense_of(ctx.text, m.start(), m.end()))
    if resolved is None:
        return None
    return _make(m, rule, "DATE", resolved.isoformat(), "day", confidence=0.85,
                 resolution="reference", note="year taken from the publication date")


def _iso(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    s = _orig(ctx, m, "iso")
    if "T" in s or "t" in s:
        return _make(m, "iso", "TIME", s[:16], "time")
    y, mo, d = (int(p) for p in s.split("-"))
    return _make(m, "iso", "DATE", s, "day") if _date_or_none(y, mo, d) else None


def _numeric(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    mo, d, y = m.group("numeric").split("/")
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    # US order (month/day/year) is assumed; a day-first reading is just as
    # possible when both parts are 12 or less, so say so in the confidence.
    conf = 0.6 if int(d) <= 12 and mo != d else 0.9
    return _day(m, ctx, "numeric", d, int(mo), str(year), conf)


def _dmy(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _day(m, ctx, "dmy", m["dmy_d"], _month_number(m["dmy_m"]), m["dmy_y"])


def _mdy(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _day(m, ctx, "mdy", m["mdy_d"], _month_number(m["mdy_m"]), m["mdy_y"])


def _fuzzy(m: re.Match[str], ctx: _Context, d: str, word: str, y: str) -> TimeExpression | None:
    mo = fuzzy_month(word)
    if mo is None:
        return None
    # One edit from exactly one month name, between a day and a year: the
    # reading is safe, but the misspelling itself is worth a lower confidence.
    expr = _day(m, ctx, "fuzzy_month", d, mo, y, confidence=0.85)
    if expr is None:
        return None
    source = ctx.text[m.start() : m.end()]
    return attrs.evolve(expr, note=f"{source!r}: read as a misspelt month name")


def _fuzzy_dmy(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _fuzzy(m, ctx, m["fz1_d"], m["fz1_m"], m["fz1_y"])


def _fuzzy_mdy(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _fuzzy(m, ctx, m["fz2_d"], m["fz2_m"], m["fz2_y"])


def _dm(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if _ambiguous_month_word(_orig(ctx, m, "dm_m")):
        return None
    return _day(m, ctx, "day_month", m["dm_d"], _month_number(m["dm_m"]), None)


def _md(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = _orig(ctx, m, "md_m")
    if _ambiguous_month_word(word) or not _capitalised(word):
        return None
    return _day(m, ctx, "month_day", m["md_d"], _month_number(m["md_m"]), None)


def _my(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if _ambiguous_month_word(_orig(ctx, m, "my_m")):
        return None
    mo = _month_number(m["my_m"])
    edge = m["my_edge"]
    mod = _EDGE_MODS.get(re.sub(r"\s+", " ", edge.lower())) if edge else None
    return _make(m, "month_year", "DATE", f"{int(m['my_y']):04d}-{mo:02d}", "month", mod=mod)


def _myrel(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    mo = _month_number(m["myr_m"])
    if ctx.reference is None:
        return _make(m, "month_relative_year", "DATE", f"XXXX-{mo:02d}", "month",
                     confidence=0.5, resolution="unresolved", note=_NO_REFERENCE)
    year = ctx.reference.year + {"last": -1, "next": 1}.get(m["myr_rel"].lower(), 0)
    return _make(m, "month_relative_year", "DATE", f"{year:04d}-{mo:02d}", "month",
                 resolution="reference")


def _theweekend(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if ctx.reference is None:
        return _make(m, "weekend", "DATE", "XXXX-WXX-WE", "week", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    # Early in the week "the weekend" is the one just past; later, the coming one.
    ref = ctx.reference
    day = ref - dt.timedelta(days=7) if ref.weekday() <= 1 else ref
    return _make(m, "weekend", "DATE", format_value(day, "week") + "-WE", "week",
                 confidence=0.7, resolution="reference")


def _quarter(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    rel = (m["q_rel"] or "").lower()
    ordinal = (m["q_ord"] or "").lower()
    if m["q_y"]:
        if not ordinal:
            return None
        return _make(m, "quarter", "DATE", f"{m['q_y']}-Q{ORDINALS[ordinal]}", "quarter")
    if not ordinal and not rel and not m.group(0).lower().startswith("the"):
        return None  # a bare "quarter" is a fraction, not a time
    if ctx.reference is None:
        q = ORDINALS[ordinal] if ordinal else "X"
        return _make(m, "quarter", "DATE", f"XXXX-Q{q}", "quarter", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    ref = ctx.reference
    current = (ref.month - 1) // 3 + 1
    if ordinal and m["q_yrel"]:
        # "the first quarter of last year"
        year = ref.year + {"last": -1, "next": 1}.get(m["q_yrel"], 0)
        return _make(m, "quarter", "DATE", f"{year:04d}-Q{ORDINALS[ordinal]}", "quarter",
                     confidence=0.9, resolution="reference")
    if ordinal:
        year, q = ref.year, ORDINALS[ordinal]
        if rel in ("last", "previous"):
            year -= 1
        elif rel == "next":
            year += 1
    elif rel in ("this", "current"):
        year, q = ref.year, current
    elif rel == "next":
        nxt = shift(ref, "Q", 1)
        year, q = nxt.year, (nxt.month - 1) // 3 + 1
    else:
        # "the quarter", "the latest quarter", "last quarter": the one most
        # recently completed, which is what earnings reports speak of.
        prev = shift(ref, "Q", -1)
        year, q = prev.year, (prev.month - 1) // 3 + 1
    return _make(m, "quarter", "DATE", f"{year:04d}-Q{q}", "quarter", confidence=0.8,
                 resolution="reference")


def _qcode(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    y = m["qc_y"]
    if y:
        y = y.lstrip("'")
        year = int(y) if len(y) == 4 else 2000 + int(y)
        return _make(m, "quarter", "DATE", f"{year:04d}-Q{m['qc_n']}", "quarter")
    if ctx.reference is None:
        return _make(m, "quarter", "DATE", f"XXXX-Q{m['qc_n']}", "quarter", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    return _make(m, "quarter", "DATE", f"{ctx.reference.year:04d}-Q{m['qc_n']}", "quarter",
                 confidence=0.8, resolution="reference")


def _half(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    h = 1 if m["h_ord"].lower() == "first" else 2
    if m["h_y"]:
        return _make(m, "half", "DATE", f"{m['h_y']}-H{h}", "quarter")
    return None  # "the first half" of a match, a speech ... is not a date


def _fiscal(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    y = m["fy_y"]
    year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    # TimeML writes a fiscal year as the plain year; the organisation's fiscal
    # calendar is not known here.
    return _make(m, "fiscal_year", "DATE", f"{year:04d}", "year", confidence=0.9,
                 note="fiscal year: its first months may fall in the previous calendar year")


def _decade(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if m["dec_d"]:
        dec = m["dec_d"]
    elif ctx.reference is not None:
        digit = int(m["dec_s"])
        century = ctx.reference.year // 100
        year = century * 100 + digit * 10
        if year > ctx.reference.year:
            year -= 100
        dec = f"{year // 10:03d}"
    else:
        dec = f"19{m['dec_s']}"
    mod = _EDGE_MODS.get(m["dec_edge"].lower()) if m["dec_edge"] else None
    return _make(m, "decade", "DATE", dec, "decade", mod=mod)


def _century(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    n = int(m["cen_n"])
    if not 1 <= n <= 22:
        return None
    mod = _EDGE_MODS.get(m["cen_edge"].lower()) if m["cen_edge"] else None
    return _make(m, "century", "DATE", f"{n - 1:02d}", "century", mod=mod)


def _season(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    name, rel = m["se_n"].lower(), (m["se_rel"] or "").lower()
    code = SEASONS[name]
    if m["se_y"]:
        mod = _EDGE_MODS.get(rel)
        return _make(m, "season", "DATE", f"{m['se_y']}-{code}", "season", mod=mod)
    if not rel or rel == "the" or (name == "fall" and rel not in ("last", "this", "next")):
        return None  # "in the summer", "the fall of Rome": no year to give
    if ctx.reference is None:
        return _make(m, "season", "DATE", f"XXXX-{code}", "season", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    year = ctx.reference.year + {"last": -1, "next": 1}.get(rel, 0)
    return _make(m, "season", "DATE", f"{year:04d}-{code}", "season", confidence=0.8,
                 resolution="reference", mod=_EDGE_MODS.get(rel))


def _dayword(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = m["dw"].lower()
    part = (m["dw_part"] or "").lower() or ("tonight" if word == "tonight" else "")
    if ctx.reference is None:
        return _make(m, "day_word", "DATE", "XXXX-XX-XX", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    day = ctx.reference + dt.timedelta(days=offset)
    if part:
        return _make(m, "day_word", "TIME", f"{day.isoformat()}T{_PARTS[part]}", "day",
                     resolution="reference")
    return _make(m, "day_word", "DATE", day.isoformat(), "day", resolution="reference")


def _partword(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    rel, part = m["pw_rel"].lower(), m["pw_part"].lower()
    if ctx.reference is None:
        return _make(m, "part_of_day", "TIME", f"XXXX-XX-XXT{_PARTS[part]}", "day",
                     confidence=0.5, resolution="unresolved", note=_NO_REFERENCE)
    day = ctx.reference - dt.timedelta(days=1 if rel == "last" else 0)
    return _make(m, "part_of_day", "TIME", f"{day.isoformat()}T{_PARTS[part]}", "day",
                 resolution="reference")


def _weekday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    name = _orig(ctx, m, "wd_n")
    if not _capitalised(name):
        return None
    wd = WEEKDAY_ALIASES[name.lower()]
    rel = (m["wd_rel"] or "").lower()
    part = (m["wd_part"] or "").lower()
    if ctx.reference is None:
        return _make(m, "weekday", "DATE", f"XXXX-WXX-{wd + 1}", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    future = is_future_context(ctx.text, m.start(), m.end())
    base, how = ctx.reference, "reference"
    focus = ctx.focus
    if (
        not rel
        and focus is not None
        and focus.granularity == "day"
        and focus.resolution == "absolute"
        and m.start() - focus.end < 120
        and "\n" not in ctx.text[focus.end : m.start()]
    ):
        # "the comments May 27, 2013 during a visit Monday": the weekday
        # belongs to the date the sentence has just given, not to today.
        span = interval(focus.value)
        if span is not None:
            base, how = span[0], "previous"
    day = weekday_near(base, wd, rel, future)
    if part:
        return _make(m, "weekday", "TIME", f"{day.isoformat()}T{_PARTS[part]}", "day",
                     confidence=0.8, resolution=how)
    anchor = "the publication date" if how == "reference" else "the date just mentioned"
    return _make(m, "weekday", "DATE", day.isoformat(), "day", confidence=0.8,
                 resolution=how,
                 note="the nearest such day " + ("after " if future else "on or before ")
                 + anchor)


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


def _anchor(ctx: _Context) -> tuple[dt.date, Granularity, str] | None:
    """The date the text last spoke of, or the reference, for ``later``/``earlier``."""
    if ctx.focus is not None:
        span = interval(ctx.focus.value)
        if span is not None:
            return span[0], ctx.focus.granularity, "previous"
    if ctx.reference is not None:
        return ctx.reference, "day", "reference"
    return None


def _relative(m: re.Match[str], ctx: _Context, rule: str, n: float, unit: str,
              direction: int, from_focus: bool, mod: str | None = None) -> TimeExpression | None:
    base = _anchor(ctx) if from_focus else (
        (ctx.reference, "day", "reference") if ctx.reference else None)
    if base is None:
        return _make(m, rule, "DATE", "XXXX", _UNIT_GRANULARITY.get(unit, "day"),
                     confidence=0.4, resolution="unresolved", note=_NO_REFERENCE, mod=mod)
    day, focus_gran, how = base
    gran = _UNIT_GRANULARITY.get(unit, "day")
    # "a year earlier" after "the third quarter" means the same quarter a year
    # before: keep the focus granularity when it is finer than the unit.
    order = ["day", "week", "month", "quarter", "year", "decade", "century"]
    if how == "previous" and focus_gran in order and gran in order \
            and order.index(focus_gran) < order.index(gran) and focus_gran != "day":
        gran = focus_gran
    moved = shift(day, unit, direction * n)
    return _make(m, rule, "DATE", format_value(moved, gran), gran, confidence=0.75,
                 resolution=how, mod=mod)


def _ago(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    direction_word = re.sub(r"\s+", " ", m["ago_dir"].lower())
    unit = _unit_code(m["ago_u"])
    n = _count(m["ago_n"])
    mod = _MODS.get(re.sub(r"\s+", " ", m["ago_q"].lower())) if m["ago_q"] else None
    if direction_word == "on":
        if n is None:
            return None
        return _make(m, "duration", "DURATION", _duration_value(n, unit),
                     _UNIT_GRANULARITY.get(unit, "day"), resolution="none", mod=mod)
    if n is None:
        ref = "PAST_REF" if direction_word in ("ago", "earlier", "before") else "FUTURE_REF"
        return _make(m, "ago", "DATE", ref, "none", resolution="none", mod=mod)
    if direction_word == "ago":
        focus = ctx.focus
        if unit == "Y" and focus is not None and focus.granularity == "quarter":
            # "a year ago" after "the third quarter": the same quarter a year before.
            return _relative(m, ctx, "ago", n, unit, -1, True, mod)
        return _relative(m, ctx, "ago", n, unit, -1, False, mod)
    if direction_word in ("from now", "hence"):
        return _relative(m, ctx, "from_now", n, unit, 1, False, mod)
    direction = -1 if direction_word in ("earlier", "before") else 1
    return _relative(m, ctx, "later_earlier", n, unit, direction, True, mod)


def _yearago(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _relative(m, ctx, "year_earlier", 1, _unit_code(m["ya_adj"]), -1, True)


def _relunit(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    rel = re.sub(r"\s+", " ", m["ru_rel"].lower())
    edge = re.sub(r"\s+", " ", m["ru_edge"].lower()) if m["ru_edge"] else None
    mod = _EDGE_MODS.get(edge) if edge else None
    if m["ru_nu"]:
        n = _count(m["ru_n"])
        unit = _unit_code(m["ru_nu"])
        return _make(m, "duration", "DURATION", _duration_value(n, unit),
                     _UNIT_GRANULARITY.get(unit, "day"), resolution="none")
    unit = _unit_code(m["ru_u"])
    if rel in ("past", "the past", "the last", "the coming", "the next") and unit != "D":
        return _make(m, "duration", "DURATION", _duration_value(1, unit),
                     _UNIT_GRANULARITY.get(unit, "day"), resolution="none")
    if unit == "WE":
        if ctx.reference is None:
            return _make(m, "weekend", "DATE", "XXXX-WXX-WE", "week", confidence=0.5,
                         resolution="unresolved", note=_NO_REFERENCE)
        day = ctx.reference + dt.timedelta(days={"last": -7, "next": 7}.get(rel, 0))
        return _make(m, "weekend", "DATE", format_value(day, "week") + "-WE", "week",
                     resolution="reference")
    step = {"last": -1, "previous": -1, "the previous": -1, "the prior": -1, "next": 1,
            "coming": 1, "following": 1, "the following": 1, "the next": 1}.get(rel, 0)
    from_focus = rel in ("the following", "following", "the previous", "previous",
                         "the prior", "the next", "that", "the same", "same")
    if unit == "D" and not from_focus:
        return None  # "this day", "last day": not a resolvable date
    return _relative(m, ctx, "relative_unit", abs(step), unit, 1 if step >= 0 else -1,
                     from_focus, mod)


def _duration(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    n = _count(m["du_n"])
    unit = _unit_code(m["du_u"])
    raw_n = m["du_n"].strip().lower()
    mod = _MODS.get(re.sub(r"\s+", " ", m["du_q"].lower())) if m["du_q"] else None
    if raw_n in ("a", "an") and m.group(0).lower() == f"{raw_n} {m['du_u'].lower()}":
        before = ctx.text[max(0, m.start() - 24) : m.start()]
        if _PER_BEFORE.search(before):
            return _make(m, "set", "SET", _duration_value(1, unit), "none", resolution="none")
    if raw_n in ("a", "an", "one") and ctx.text[m.end("du_u") : m.end("du_u") + 1] == "s":
        return None  # "a decades-long feud": the plural is not a count of one
    if re.match(r"-(?:earlier|ago|end|on-year|to-date)\b", ctx.text[m.end() : m.end() + 12]):
        return None  # "a year-earlier loss": the compound is a relative date, not a duration
    if m["du_long"] and "old" in m["du_long"].lower():
        return None  # "61 years old" is an age: a quantity, not a time
    if unit == "Q" and "-" in m.group(0):
        return None  # "three-quarters" is a fraction
    if raw_n.isdigit() and len(raw_n) == 4 and unit == "Y":
        return None  # "2025 year" is not a duration
    return _make(m, "duration", "DURATION", _duration_value(n, unit),
                 _UNIT_GRANULARITY.get(unit, "day"), resolution="none", mod=mod)


def _plural(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    q = re.sub(r"\s+", " ", (m["pl_q"] or "").lower())
    unit = _unit_code(m["pl_u"])
    if q == "recent":
        return _make(m, "past_ref", "DATE", "PAST_REF", "none", resolution="none")
    if not q:
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\b(?:for|over)\s+$", before) and "long" not in m.group(0).lower():
            return None
    return _make(m, "duration", "DURATION", _duration_value(None, unit),
                 _UNIT_GRANULARITY.get(unit, "day"), resolution="none")


def _set(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if m["set_w"]:
        code = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
                "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
                "hourly": "PT1H"}[m["set_w"].lower()]
        return _make(m, "set", "SET", code, "none", resolution="none")
    word = m["set_u"].lower()
    if word in WEEKDAY_ALIASES:
        return _make(m, "set", "SET", f"XXXX-WXX-{WEEKDAY_ALIASES[word] + 1}", "none",
                     resolution="none")
    return _make(m, "set", "SET", _duration_value(1, _unit_code(word)), "none",
                 resolution="none")


def _clock(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    hour = int(m["cl_h"]) % 12 + (12 if m["cl_ap"].lower().startswith("p") else 0)
    minute = int(m["cl_m"] or 0)
    return _time_of_day(m, ctx, hour, minute)


def _clockday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if m["cd_noon"]:
        hour, minute = (12 if m["cd_noon"].lower() == "noon" else 0), 0
    else:
        hour = int(m["cd_h"]) % 12 + (12 if m["cd_ap"].lower().startswith("p") else 0)
        minute = int(m["cd_m"] or 0)
    word = m["cd_day"].lower()
    if ctx.reference is None:
        return _make(m, "clock_day", "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "time",
                     confidence=0.5, resolution="unresolved", note=_NO_REFERENCE)
    if word in WEEKDAY_ALIASES:
        tense = tense_of(ctx.text, m.start(), m.end())
        day = weekday_near(ctx.reference, WEEKDAY_ALIASES[word], "", tense == "future")
    else:
        day = ctx.reference + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return _make(m, "clock_day", "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}", "time",
                 confidence=0.8, resolution="reference")


def _clock24(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _time_of_day(m, ctx, int(m["c24_h"]), int(m["c24_m"]))


def _noon(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _time_of_day(m, ctx, 12 if m.group(0).lower() == "noon" else 0, 0)


def _time_of_day(m: re.Match[str], ctx: _Context, hour: int, minute: int) -> TimeExpression:
    day = None
    how = "unresolved"
    if ctx.focus is not None and ctx.focus.granularity == "day":
        span = interval(ctx.focus.value)
        day = span[0] if span else None
        how = "previous"
    if day is None and ctx.reference is not None:
        day, how = ctx.reference, "reference"
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return _make(m, "clock", "TIME", f"{prefix}T{hour:02d}:{minute:02d}", "time",
                 resolution=how, confidence=0.8,
                 note=None if day else _NO_REFERENCE)


def _month(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    name = _orig(ctx, m, "mo_n")
    if not _capitalised(name):
        return None
    if name.lower() in ("may", "march"):
        # Capitalised "May" still starts many sentences as a verb; require a
        # temporal cue word before it.
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if not m["mo_edge"] and not re.search(
            r"\b(?:in|since|until|by|during|from|through|of|last|next|this|early|late|mid)\s+$",
            before,
        ):
            return None
    mo = _month_number(name)
    edge = re.sub(r"\s+", " ", (m["mo_edge"] or "").lower())
    mod = _EDGE_MODS.get(edge)
    if ctx.reference is None:
        return _make(m, "month", "DATE", f"XXXX-{mo:02d}", "month", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE, mod=mod)
    ref = ctx.reference
    if edge == "last":
        year = ref.year if mo < ref.month else ref.year - 1
    elif edge == "next":
        year = ref.year if mo > ref.month else ref.year + 1
    elif edge == "this":
        year = ref.year
    else:
        year = nearest_month(ref, mo, tense_of(ctx.text, m.start(), m.end())).year
    return _make(m, "month", "DATE", f"{year:04d}-{mo:02d}", "month", confidence=0.8,
                 resolution="reference", mod=mod)


def _year(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    after = ctx.text[m.end() : m.end() + 24]
    if _QUANTITY_AFTER_YEAR.match(after):
        return None
    if re.match(r"\s*(?:[-–]\s*\d{1,2}\b(?!\d)|\.\d)", after):
        return None  # a score (2010-11) or a decimal
    word = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    if word and not m["y_edge"]:
        prev = word.group(1)
        gap = ctx.text[word.end(1) : m.start()]
        lead = ctx.text[max(0, word.start() - 3) : word.start()]
        sentence_start = re.search(r"[.!?\n]\s*$", lead)
        if (
            prev[:1].isupper()
            and gap.strip() == ""
            and not sentence_start
            and word.start() > 0
            and prev.lower().rstrip(".") not in MONTH_ALIASES
            and not prev.endswith(("'s", "’s"))
            and prev.lower() not in ("in", "since", "by", "until", "from", "of", "the")
        ):
            # "Vision 2030", "Euro 2024", "World Drug Report 2025": a name
            # carries the year; it is still a year, but a weaker one.
            return _make(m, "year", "DATE", m["y_n"], "year", confidence=0.6,
                         note=f"may be part of a name ({prev} {m['y_n']})")
    mod = _EDGE_MODS.get(re.sub(r"\s+", " ", m["y_edge"].lower())) if m["y_edge"] else None
    return _make(m, "year", "DATE", m["y_n"], "year", confidence=0.9, mod=mod)


def _wordyear(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """Years spoken as words, as broadcast transcripts write them."""
    if m["wy_tens"]:
        year = 1900 + (number_value(m["wy_tens"]) or 0) + (number_value(m["wy_unit"] or "") or 0)
    elif m["wy_teen"]:
        year = 1900 + (number_value(m["wy_teen"]) or 0)
    else:
        before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
        if not m.group(0).startswith("the year") and not re.search(
            r"\b(?:in|since|by|until|of)\s+$", before
        ):
            return None  # "two thousand and five people" is a number
        year = 2000 + (number_value(m["wy_2k"] or "") or 0)
    return _make(m, "word_year", "DATE", f"{year:04d}", "year", confidence=0.8)


def _ref(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = re.sub(r"\s+", " ", m["ref_w"].lower())
    value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
             "presently": "PRESENT_REF", "current": "PRESENT_REF", "recently": "PAST_REF",
             "lately": "PAST_REF", "the past": "PAST_REF", "recent": "PAST_REF",
             "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF"}.get(word)
    if value is None:
        return None
    if word in ("current", "recent", "future"):
        return None  # adjectives ("current account", "future plans"): too often not times
    return _make(m, "reference_word", "DATE", value, "none", resolution="none")


_HANDLERS: dict[str, Handler] = {
    "iso": _iso, "numeric": _numeric, "dmy": _dmy, "mdy": _mdy, "fuzzy_dmy": _fuzzy_dmy,
    "fuzzy_mdy": _fuzzy_mdy, "dm": _dm, "md": _md, "my": _my, "myrel": _myrel,
    "theweekend": _theweekend, "clockday": _clockday, "quarter": _quarter,
    "qcode": _qcode, "half": _half, "fiscal": _fiscal, "decade": _decade,
    "century": _century, "season": _season, "dayword": _dayword, "partword": _partword,
    "weekday": _weekday, "ago": _ago, "relunit": _relunit, "yearago": _yearago,
    "duration": _duration, "plural": _plural, "set": _set, "clock": _clock,
    "clock24": _clock24, "noon": _noon, "month": _month, "year": _year, "ref": _ref,
    "wordyear": _wordyear,
}

_RELATIVE_RULES = frozenset({"ago", "later_earlier", "year_earlier", "relative_unit",
                             "from_now"})
_DIGIT_WORD = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")
_TOKEN_TAIL = re.compile(r"[a-z0-9]+$")
_PREVIOUS_WORD = re.compile(r"(?<![a-z0-9.])([a-z0-9.]+)[ \t\r\n,\-–—']+$")


def _candidate_starts(low: str, trigger_start: int, floor: int) -> list[int]:
    """Where an expression holding the trigger may start, latest first.

    The trigger itself; the start of the token it sits in (``fy2012``,
    ``mid-2010s``); and up to four words back, as long as each is a word that
    can open an expression (``early``, ``the``, ``last``, a day number ...).
    """
    starts = [trigger_start]
    token = _TOKEN_TAIL.search(low, max(floor, trigger_start - 12), trigger_start)
    pos = token.start() if token else trigger_start
    if pos != trigger_start:
        starts.append(pos)
    for _ in range(4):
        prev = _PREVIOUS_WORD.search(low, max(floor, pos - 24), pos)
        if prev is None:
            break
        word = prev.group(1).rstrip(".")
        if word not in PREFIX_WORDS and not _DIGIT_WORD.fullmatch(word):
            break
        pos = prev.start(1)
        starts.append(pos)
    return starts


_CODE_PREFIX = re.compile(r"(?<![a-z])(?:q|fy|h)$")
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s?cent\b)")


def _not_a_date_number(low: str, start: int, end: int) -> bool:
    """Cheap test that a number is money, a percentage or the tail of a larger number.

    Skipping these before any grammar is matched saves a third of the work on
    news text; none of them can begin a time expression.
    """
    before = low[start - 1] if start else ""
    if before in "$€£¥₹":
        return True
    if before in ",." and start >= 2 and low[start - 2].isdigit():
        return True
    return _PERCENT_AFTER.match(low, end) is not None


def _lowered(text: str) -> str:
    """``text`` in lower case with every offset unchanged (a few letters lengthen)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def find_dates(
    text: str, reference: dt.date | None = None, *, start: int = 0, end: int | None = None
) -> list[TimeExpression]:
    """Find the time expressions in ``text`` and give each a TIMEX3 value.

    Args:
        text: the text to scan; offsets in the result are code points into it.
        reference: the publication date that relative expressions (``last
            year``, ``on Friday``) and yearless dates are resolved against.
            ``None`` leaves them underspecified, with a note saying so.
        start: where to begin scanning (offsets stay relative to ``text``).
        end: where to stop scanning (default: the end of the text).

    Returns:
        Non-overlapping expressions, sorted by start offset.
    """
    stop = len(text) if end is None else end
    ctx = _Context(text=text, reference=reference)
    low = _lowered(text)
    found: list[TimeExpression] = []
    covered = start
    words = TRIGGER_WORDS
    for trig in TOKEN.finditer(low, start, stop):
        t_start = trig.start()
        if t_start < covered:
            continue
        if trig.lastindex == 1:  # digits
            if t_start and low[t_start - 1].isalpha() and not _CODE_PREFIX.search(
                low, max(0, t_start - 3), t_start
            ):
                continue  # "Astra1002", "A320": part of a name, not a number
            if _not_a_date_number(low, t_start, trig.end()):
                continue
        elif trig.lastindex is None and trig.group() not in words:
            continue
        best_expr: TimeExpression | None = None
        for cand in reversed(_candidate_starts(low, t_start, covered)):
            m = EXPRESSION.match(low, cand, stop)
            if m is None or m.end() <= t_start or m.lastgroup is None:
                continue
            expr = _HANDLERS[m.lastgroup](m, ctx)
            if expr is None:
                continue
            # Candidates come earliest first and the earliest start wins
            # (modifiers belong to the expression): the first accepted is best.
            best_expr = expr
            break
        if best_expr is None:
            continue
        found.append(best_expr)
        covered = best_expr.end
        # Only a date the text names becomes the focus; a date worked out from
        # the focus ("a year earlier") must not shift it, or repeats would drift.
        if best_expr.type in ("DATE", "TIME") and best_expr.resolution in (
            "absolute", "reference"
        ) and best_expr.granularity not in ("none", "decade", "century") \
                and best_expr.rule not in _RELATIVE_RULES:
            ctx.focus = best_expr
    return found
