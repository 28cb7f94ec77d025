"""Rules for dates written out: ``26 January 2025``, ``FY 2012``, ``the 1990s``, ``March``.

A written date may still need the reference for its year (``September 26``)
or its direction (``last October``); what makes a rule belong here is that the
text names the calendar unit itself.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.temporal.calendar import (
    _SENTENCE_END,
    format_value,
    holiday,
    nearest_day,
    nearest_day_of_month,
    nearest_holiday,
    nearest_month,
    past_reach,
    shift,
    tense_of,
)
from claimtrack.temporal.context import (
    _EDGE_MODS,
    _NO_REFERENCE,
    _PARTS,
    _ambiguous_month_word,
    _capitalised,
    _Context,
    _date_or_none,
    _make,
    _month_number,
    _orig,
)
from claimtrack.temporal.grammar import WD
from claimtrack.temporal.lexicon import (
    MONTH_ALIASES,
    ORDINALS,
    SEASONS,
    WEEKDAY_ALIASES,
    fuzzy_month,
    number_value,
)
from claimtrack.temporal.values import TimeExpression, TimexType, interval

__all__ = ["day_range", "year_range"]

_STEP = {"last": -1, "next": 1}
"""How many periods back or on ``last`` and ``next`` count (``this`` stays)."""
_QUANTITY_AFTER_YEAR = re.compile(
    r"\s*(?:people|persons|troops|soldiers|hectares|acres|tons|tonnes|km|kilometers|miles|"
    r"meters|metres|feet|barrels|dollars|euros|pounds|units|cases|deaths|votes|jobs|workers|"
    r"students|homes|cars|copies|points|words|calories|megawatts|mw|kg|rpm|families|"
    r"households|residents|children|houses|buildings|villagers|passengers|refugees|"
    r"migrants|patients|vehicles|members|employees)\b",
    re.IGNORECASE,
)
_COUNT_BEFORE_YEAR = re.compile(
    r"\b(?:(?:more|fewer|less)\s+than|nearly|almost|at\s+least)\s+\Z",
    re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
"""``more than 1000 families``: a qualifier before the number and a plural noun after it
make it a count, whatever is counted."""


_WORD_BEFORE = re.compile(r"(\w[\w'’.-]*)\W{1,3}$")


_YEAR_REACH = 120
"""How far back in its sentence a yearless day looks for the year it falls in."""


_CLAUSE_TURN = re.compile(r"\b(?:that|which|who|whose|but|while|whereas)\b", re.IGNORECASE)
"""Words that close the year's clause: in ``a program approved in 1987 that did not
say, it bought shares through Sept. 29`` the day is the main clause's."""


def _sentence_year(ctx: _Context, start: int) -> int | None:
    """The year named earlier in the sentence of a yearless day (``In 2019, on March
    3``; ``last year … struck the country on Feb. 6``), if one is in reach."""
    focus = ctx.year_focus
    if focus is None or start - focus.end > _YEAR_REACH or start < focus.end:
        return None
    if _SENTENCE_END.search(ctx.text, focus.end, start) \
            or _CLAUSE_TURN.search(ctx.text, focus.end, start):
        return None
    return int(focus.value)


_OPENING_WEEKDAY = re.compile(rf"({WD})\W", re.IGNORECASE)
"""The weekday a written date opens with (``Wednesday, July 23``)."""


_STORY_REACH = 400
_STORY_DAYS = 92


def _story_year(ctx: _Context, start: int, mo: int, day_n: int) -> dt.date | None:
    """The year of a full date of an earlier year written just before (``on Nov. 13,
    2022 … before finally arresting him on Dec. 30``), when the yearless day falls in the
    three months after it: a narrative of that time goes on."""
    named = ctx.named_day
    if named is None or ctx.reference is None or named.year >= ctx.reference.year \
            or ctx.named_at is None or start - ctx.named_at > _STORY_REACH:
        return None
    for year in (named.year, named.year + 1):
        day = _date_or_none(year, mo, day_n)
        if day is not None and 0 < (day - named).days <= _STORY_DAYS:
            return day
    return None


_NAMES_A_DEED = re.compile(r"\s+(?:[A-Za-z]+\s+)?(?:massacre|attacks?|riots?|bombings?|"
                           r"uprising|coup|shootings?|assault|raids?|killings?|"
                           r"insurrection|invasion|incursion)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
"""``the October 7 massacre``, ``the January 6 Capitol attack``: a day that names a deed
done."""


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
    year = _sentence_year(ctx, m.start())
    weekday = _OPENING_WEEKDAY.match(m.group(0))
    if year is not None and weekday is not None and (value := _date_or_none(
            year, mo, day_n)) is not None and value.weekday() != WEEKDAY_ALIASES[
            weekday.group(1).lower().rstrip(".")]:
        # "students killed in 2022 … a hearing on Wednesday, July 23": the weekday says
        # the day is not of the year named before it
        year = None
    if year is not None:
        value = _date_or_none(year, mo, day_n)
        if value is None:
            return None
        return _make(m, rule, "DATE", value.isoformat(), "day", confidence=0.85,
                     resolution="previous", note=f"year taken from {year} earlier in the sentence")
    story = _story_year(ctx, m.start(), mo, day_n)
    if story is not None:
        return _make(m, rule, "DATE", story.isoformat(), "day", confidence=0.75,
                     resolution="previous",
                     note=f"the {story.year} of {ctx.named_day} written just before it")
    if ctx.reference is None:
        return _make(m, rule, "DATE", f"XXXX-{mo:02d}-{day_n:02d}", "day",
                     confidence=0.6, resolution="unresolved", note=_NO_REFERENCE)
    if _NAMES_A_DEED.match(ctx.text, m.end()) and _THE_BEFORE.search(
            ctx.text, max(0, m.start() - 5), m.start()):
        # "the October 7 massacre", "the January 6 riot": a deed named by its day has
        # happened, however far back in the year
        resolved = nearest_day(ctx.reference, mo, day_n, "past", 366)
    else:
        resolved = nearest_day(ctx.reference, mo, day_n,
                               tense_of(ctx.text, m.start(), m.end()),
                               past_reach(ctx.text, m.start()))
    if resolved is None:
        return None
    written = ctx.written_years.get((mo, day_n))
    if written is not None and written != resolved.year and resolved != ctx.reference \
            and (value := _date_or_none(written, mo, day_n)) is not None:
        # "taken on October 7, 2023 … captured on October 7": the day the text wrote out,
        # again (unless it is the publication day: an anniversary's own day)
        return _make(m, rule, "DATE", value.isoformat(), "day", confidence=0.85,
                     resolution="previous", note=f"the year {written} written with this day "
                     "earlier in the text")
    return _make(m, rule, "DATE", resolved.isoformat(), "day", confidence=0.85,
                 resolution="reference", note="year taken from the publication date")


def _iso(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    s = _orig(ctx, m, "iso")
    if len(s) > 10:  # "2024-03-14T14:05", "2024-11-24 17:25:20"
        return _make(m, "iso", "TIME", f"{s[:10]}T{s[11:16]}", "time")
    y, mo, d = (int(p) for p in s.split("-"))
    return _make(m, "iso", "DATE", s, "day") if _date_or_none(y, mo, d) else None


_ALL_NUMBER_DATE = re.compile(
    r"(?<![\d/.\-])([0-3]?\d)([/.\-])([0-3]?\d)\2(?:\d{4}|\d\d)(?![\d/.\-])")


def _document_day_first(ctx: _Context) -> bool | None:
    """Whether the document writes all-number dates day first, judged from the ones
    that can only be read one way (``22/03/2013``, ``03/22/2013``); ``None`` if none can."""
    if not ctx.order_read:
        votes = 0
        for m in _ALL_NUMBER_DATE.finditer(ctx.text):
            a, b = int(m.group(1)), int(m.group(3))
            votes += (a > 12 >= b) - (b > 12 >= a)
        ctx.day_first = None if votes == 0 else votes > 0
        ctx.order_read = True
    return ctx.day_first


def _all_numbers(m: re.Match[str], ctx: _Context, a: str, b: str, y: str,
                 day_first_by_default: bool) -> TimeExpression | None:
    """A date written in numbers only, day and month in either order.

    A part over 12 can only be the day. When both are 12 or less the order is
    the document's own (another of its dates may settle it), else the usual
    one for the separator: month first with slashes (US), day first with dots
    or dashes (``22.03.2013``, ``22-03-2013``).
    The guess is said in the note and lowers the confidence.
    """
    first, second = int(a), int(b)
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    note = None
    if first > 12 or second > 12 or first == second:
        day_first, conf = first > 12, 0.9
    else:
        known = _document_day_first(ctx)
        day_first = day_first_by_default if known is None else known
        conf = 0.6
        why = "as the document's other dates are written" if known is not None else (
            "the usual order for this separator")
        first_part = "day" if day_first else "month"
        note = f"day and month could be either way round; read {first_part} first, {why}"
    d, mo = (a, second) if day_first else (b, first)
    expr = _day(m, ctx, "numeric", d, mo, str(year), conf)
    return expr if expr is None or note is None else attrs.evolve(expr, note=note)


def _numeric(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _all_numbers(m, ctx, m["nu_a"], m["nu_b"], m["nu_y"], day_first_by_default=False)


def _numdot(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _all_numbers(m, ctx, m["nd_a"], m["nd_b"], m["nd_y"], day_first_by_default=True)


def _ymd(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _day(m, ctx, "numeric", m["ymd_d"], int(m["ymd_m"]), m["ymd_y"], 0.9)


def _ordday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``on the 17th``: a day of the month the text just named, else of the reference's
    month or the one either side, by the clause's tense; ``on the 14th of this month``
    (or ``of last month``) says which."""
    day_n = int(m["od_d"])
    if m["od_of"] and ctx.reference is not None:
        first = ctx.reference.replace(day=1)
        if m["od_of"] == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        day = _date_or_none(first.year, first.month, day_n)
        return None if day is None else _make(
            m, "day_of_month", "DATE", day.isoformat(), "day", confidence=0.8,
            resolution="reference", note=f"{m['od_of']} month, from the publication date")
    focus = ctx.focus
    span = interval(focus.value) if focus and focus.granularity in ("day", "month") else None
    if focus is not None and span is not None:
        day = _date_or_none(span[0].year, span[0].month, day_n)
        if day is None:
            return None
        return _make(m, "day_of_month", "DATE", day.isoformat(), "day", confidence=0.7,
                     resolution="previous", note=f"the month of {focus.value}")
    if ctx.reference is None:
        return _make(m, "day_of_month", "DATE", f"XXXX-XX-{day_n:02d}", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    resolved = nearest_day_of_month(ctx.reference, day_n, tense_of(ctx.text, m.start(), m.end()))
    if resolved is None:
        return None
    return _make(m, "day_of_month", "DATE", resolved.isoformat(), "day", confidence=0.6,
                 resolution="reference", note="month taken from the publication date")


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


def _day_of_relative_year(m: re.Match[str], ctx: _Context, rule: str, d: str, mo: int,
                          rel: str) -> TimeExpression | None:
    """``August 5 last year``, ``5 August this year``: the day in the year the
    publication date's year and the word name; with no publication date, yearless."""
    day_n = int(re.sub(r"\D", "", d))
    if _date_or_none(2000, mo, day_n) is None:
        return None
    if ctx.reference is None:
        return _make(m, rule, "DATE", f"XXXX-{mo:02d}-{day_n:02d}", "day", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    value = _date_or_none(ctx.reference.year + _STEP.get(rel.lower(), 0),
                          mo, day_n)
    if value is None:
        return None  # "February 29 last year" in a year after a common one
    return _make(m, rule, "DATE", value.isoformat(), "day", resolution="reference")


def _dm(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if _ambiguous_month_word(_orig(ctx, m, "dm_m")):
        return None
    if m["dm_rel"]:
        return _day_of_relative_year(m, ctx, "day_month", m["dm_d"], _month_number(m["dm_m"]),
                                     m["dm_rel"])
    return _day(m, ctx, "day_month", m["dm_d"], _month_number(m["dm_m"]), None)


def _md(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = _orig(ctx, m, "md_m")
    if _ambiguous_month_word(word) or not _capitalised(word):
        return None
    if m["md_rel"]:
        return _day_of_relative_year(m, ctx, "month_day", m["md_d"], _month_number(m["md_m"]),
                                     m["md_rel"])
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
    year = ctx.reference.year + _STEP.get(m["myr_rel"].lower(), 0)
    edge = re.sub(r"\s+", " ", (m["myr_edge"] or "").lower())
    return _make(m, "month_relative_year", "DATE", f"{year:04d}-{mo:02d}", "month",
                 resolution="reference", mod=_EDGE_MODS.get(edge))


_WEEK_ANCHOR = {"first": 4, "second": 11, "third": 18, "fourth": 25}
"""The day whose ISO week is "the Nth week of" a month: the middle of its Nth seven days."""


def _weekof(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``the last week of March``, ``the first weekend of June``, ``the final days of 2009``.

    A week is the ISO week holding the middle of the month's Nth seven days
    (the last seven, for ``last``); a weekend is the Nth Saturday's. The
    first or last *days* are the month itself, with ``mod`` START or END.
    """
    ordinal, unit = m["wo_ord"].lower(), m["wo_u"].lower()
    if unit == "days" and ordinal not in ("first", "last", "final"):
        return None
    if m["wo_m"]:
        if _ambiguous_month_word(_orig(ctx, m, "wo_m")):
            return None
        mo = _month_number(m["wo_m"])
        if m["wo_y"]:
            year, resolution = int(m["wo_y"]), "absolute"
        elif ctx.reference is None:
            return _make(m, "week_of_month", "DATE", f"XXXX-{mo:02d}", "month",
                         confidence=0.5, resolution="unresolved", note=_NO_REFERENCE)
        else:
            year = nearest_month(ctx.reference, mo, tense_of(ctx.text, m.start(),
                                                             m.end())).year
            resolution = "reference"
        first = dt.date(year, mo, 1)
    else:
        rel = m["wo_rel"].lower()
        if rel == "the" and ctx.focus is not None and ctx.focus.granularity in ("day", "month"):
            first = dt.date.fromisoformat(ctx.focus.value[:7] + "-01")
        elif ctx.reference is None:
            return _make(m, "week_of_month", "DATE", "XXXX-XX", "month", confidence=0.4,
                         resolution="unresolved", note=_NO_REFERENCE)
        else:
            first = shift(ctx.reference.replace(day=1), "M", _STEP.get(rel, 0))
        resolution = "reference"
    last = shift(first, "M", 1) - dt.timedelta(days=1)
    confidence = 0.9 if resolution == "absolute" else 0.75
    if unit == "days":
        return _make(m, "week_of_month", "DATE", f"{first.year:04d}-{first.month:02d}",
                     "month", confidence=confidence, resolution=resolution,
                     mod="START" if ordinal == "first" else "END")
    if unit == "week":
        day = last - dt.timedelta(days=3) if ordinal in ("last", "final") else \
            first.replace(day=_WEEK_ANCHOR[ordinal])
        return _make(m, "week_of_month", "DATE", format_value(day, "week"), "week",
                     confidence=confidence, resolution=resolution)
    if ordinal in ("last", "final"):
        day = last - dt.timedelta(days=(last.weekday() - 5) % 7)
    else:
        day = first + dt.timedelta(days=(5 - first.weekday()) % 7 + 7 * (ORDINALS[ordinal] - 1))
        if day > last:
            return None
    return _make(m, "week_of_month", "DATE", format_value(day, "week") + "-WE", "week",
                 confidence=confidence, resolution=resolution)


_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|interceptions?|field\s+goals?|fumbles?|quarterbacks?|half-?time|"
    r"free\s+throws?|rebounds?|three-pointers?|buzzer|overtime|scored|scoring|yards?|sacks?|"
    r"baskets?|punts?|kick-?off|innings?)\b", re.IGNORECASE)
_MONEY_WORDS = re.compile(
    r"\b(?:earnings|revenues?|profits?|sales|income|fiscal|results|gdp|economy|economic|"
    r"growth|loss|losses|shares?|dividends?|percent|billion|million|quarterly)\b|[$€£%]",
    re.IGNORECASE)
_GAME_REACH = 150


def _in_a_game(ctx: _Context, m: re.Match[str]) -> bool:
    """Whether a yearless quarter is a quarter of a game: its passage tells of play
    (``a second-quarter interception``, ``a 46-yard touchdown pass late in the third
    quarter``) and of no money, results or growth."""
    lo, hi = max(0, m.start() - _GAME_REACH), m.end() + _GAME_REACH
    return _GAME_WORDS.search(ctx.text, lo, hi) is not None \
        and _MONEY_WORDS.search(ctx.text, lo, hi) is None


def _quarter(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    rel = (m["q_rel"] or "").lower()
    ordinal = (m["q_ord"] or "").lower()
    if not (m["q_y"] or m["q_y0"] or m["q_y1"] or m["q_yrel"] or m["q_yrel0"]) \
            and _in_a_game(ctx, m):
        return None  # "late in the third quarter", of a match: no quarter of a year
    if m["q_y1"] and not ordinal:
        # "the 1988 quarter": the quarter the text is speaking of, in that year
        focus = ctx.focus
        which = focus.value[-1] if focus is not None and focus.granularity == "quarter" \
            and focus.value[-2:-1] == "Q" else "X"
        return _make(m, "quarter", "DATE", f"{m['q_y1']}-Q{which}", "quarter",
                     confidence=0.8 if which != "X" else 1.0,
                     resolution="previous" if which != "X" else "absolute")
    if m["q_y"] or m["q_y0"]:
        if not ordinal:
            return None
        year_text = m["q_y"] or m["q_y0"]
        return _make(m, "quarter", "DATE", f"{year_text}-Q{ORDINALS[ordinal]}", "quarter")
    if not ordinal and not rel and not m["q_ago"] and not m.group(0).lower().startswith("the"):
        return None  # a bare "quarter" is a fraction, not a time
    if ctx.reference is None:
        q = ORDINALS[ordinal] if ordinal else "X"
        return _make(m, "quarter", "DATE", f"XXXX-Q{q}", "quarter", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    ref = ctx.reference
    current = (ref.month - 1) // 3 + 1
    year_rel = m["q_yrel"] or m["q_yrel0"]
    if ordinal and year_rel:
        # "the first quarter of last year", "next year's first quarter"
        year = ref.year + _STEP.get(year_rel, 0)
        return _make(m, "quarter", "DATE", f"{year:04d}-Q{ORDINALS[ordinal]}", "quarter",
                     confidence=0.9, resolution="reference")
    if ordinal:
        year, q = ref.year, ORDINALS[ordinal]
        if rel in ("last", "previous"):
            year -= 1
        elif rel == "next":
            year += 1
        elif not rel and q > current and tense_of(ctx.text, m.start(), m.end()) != "future":
            year -= 1  # "the fourth quarter" reported in March: last year's
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
    if m["q_ago"]:
        # "the year-ago third quarter": the same quarter a year before; worked out, so
        # (as "a year earlier") it does not become the date the text speaks of
        return _make(m, "year_earlier", "DATE", f"{year - 1:04d}-Q{q}", "quarter",
                     confidence=0.8, resolution="reference")
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
    if m["dec_t"]:
        # "the 70s" without its apostrophe: a decade only after "the" ("in her 80s" is
        # an age) and not in a weather report ("highs in the 80s").
        if not m.group(0).lower().startswith("the") or _WEATHER_BEFORE.search(
                ctx.text, max(0, m.start() - 40), m.start()):
            return None
        dec = f"19{m['dec_t']}"
    elif m["dec_d"]:
        dec = m["dec_d"]
        if not m["dec_edge"] and not m.group(0).lower().startswith("the") \
                and m.group(0)[-2] in "'’" and _TITLE_NEXT.match(ctx.text, m.end()):
            # "directing 1980's Ordinary People": the year's possessive, before a title
            owner = _make(m, "year", "DATE", dec + "0", "year", confidence=0.8)
            return attrs.evolve(owner, end=m.end() - 2)
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


_TITLE_NEXT = re.compile(r"\s+[\"“‘]?(?-i:[A-Z])")
"""A capitalised word after ``1980's``: the year's possessive before a name or a title,
not the decade (``the 1980's`` keeps its article)."""


_APYEAR_BEFORE = re.compile(
    r"\b(?:in|of|since|until|till|from|to|and|by|between|early|late|mid|spring|summer|autumn|"
    r"fall|winter)\s+\Z", re.IGNORECASE)


def _apyear(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``in '82``, ``the class of '09``: a year cut to two digits after an apostrophe,
    in the reference's century unless that would put it in the future (without a
    reference, the 1900s)."""
    if not _APYEAR_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None  # "'82 percent": a quotation opening, not a year
    two = int(m["ap_y"])
    year = 1900 + two
    if ctx.reference is not None and 2000 + two <= ctx.reference.year:
        year = 2000 + two
    return _make(m, "apostrophe_year", "DATE", f"{year:04d}", "year", confidence=0.8)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


_WEATHER_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?|readings?|degrees?|mercury)\b[^.]{0,20}$", re.IGNORECASE)


def _decword(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``the nineties``: the latest such decade begun by a few years after the
    reference ("the nineties" said in 1989 looks ahead; said in 2026, back), and
    the 1900s without a reference, as most text that spells decades out means."""
    if _WEATHER_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "highs in the sixties": degrees, not years
    digit = _DECADE_WORDS[m["dw_w"]]
    base = ctx.reference.year if ctx.reference is not None else 1999
    year = base // 100 * 100 + digit * 10
    if year > base + 3:
        year -= 100
    mod = _EDGE_MODS.get(m["dw_edge"].lower()) if m["dw_edge"] else None
    return _make(m, "decade", "DATE", f"{year // 10:03d}", "decade", mod=mod,
                 confidence=0.8)


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
    rel = re.sub(r"\s+", " ", rel)
    if not rel or (name == "fall" and rel not in ("last", "this", "next", "this past")):
        return None  # "summer camp", "the fall of Rome": not a season of a year
    if ctx.reference is None:
        return _make(m, "season", "DATE", f"XXXX-{code}", "season", confidence=0.6,
                     resolution="unresolved", note=_NO_REFERENCE)
    ref = ctx.reference
    begins = _SEASON_START[code]
    year = ref.year + _STEP.get(rel, 0)
    if rel == "this past" and begins > ref.month:
        year -= 1
    elif rel == "the":
        # "the summer", as news tells it: the one just past, or the coming one in
        # a clause about the future. Not "the summer camp", "the winter storm".
        if _SEASON_NOUN_AFTER.match(ctx.text, m.end()):
            return None
        future = tense_of(ctx.text, m.start(), m.end()) == "future"
        if future and begins + 2 < ref.month:
            year += 1
        elif not future and begins > ref.month:
            year -= 1
    return _make(m, "season", "DATE", f"{year:04d}-{code}", "season",
                 confidence=0.6 if rel == "the" else 0.8, resolution="reference",
                 mod=_EDGE_MODS.get(rel))


_SEASON_NOUN_AFTER = re.compile(
    r"[\s\-–]+(?!(?:of|and|or|when|while|before|after|as|in|on|at|to|for|with|by|is|was|"
    r"has|had|will|would|could|saw|brought|months?|season)\b)[A-Za-z]")
"""A word after ``the summer`` that makes the season an adjective (``the summer camp``)."""


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The month each season begins in (northern hemisphere, as TimeML's codes assume)."""


_BARE_HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "halloween"})
_HOLIDAY_BEFORE = re.compile(r"\b(?:on|at|by|before|after|since|until|till|over|around|"
                             r"during|through|from|for|of)\s+\Z", re.IGNORECASE)
_HOLIDAY_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|when|while|as|in|on|at|this|last|next|with|but|the|to|for|of|"
    r"is|was|will|had|has)\b)[a-z]")
"""``Christmas tree``, ``Easter Island``-like compounds (in lower case: ``Easter egg``):
the holiday's name used as a modifier, not a date."""


def _holiday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``Christmas Eve``, ``New Year's Day 2025``, ``last Thanksgiving``, ``before
    Easter``: the holiday's day, its year written, else taken from the reference by the
    clause's tense (``last``/``next`` the one before or after it). A part of the day
    after it is that part of the holiday (``on New Year's morning``, ``Christmas Eve
    night``), as after a weekday."""
    name = re.sub(r"\s+", " ", m["ho_n"].lower()).replace("’", "'")
    if name == "new year's":
        name = "new year's day"  # "New Year's morning"
    rel = (m["ho_rel"] or "").lower()
    if name in _BARE_HOLIDAYS and not (rel or m["ho_y"]) and (
            not _HOLIDAY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
            or _HOLIDAY_NOUN_AFTER.match(ctx.text, m.end())):
        return None  # "Christmas shopping", "Easter Island": a name, not a day
    part = f"T{_PARTS[m['ho_part'].lower()]}" if m["ho_part"] else ""
    kind: TimexType = "TIME" if part else "DATE"
    if m["ho_y"]:
        return _make(m, "holiday", kind, holiday(name, int(m["ho_y"])).isoformat() + part,
                     "day")
    if ctx.reference is None:
        return _make(m, "holiday", kind, "XXXX-XX-XX" + part, "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    day = nearest_holiday(ctx.reference, name, tense_of(ctx.text, m.start(), m.end()), rel)
    return _make(m, "holiday", kind, day.isoformat() + part, "day", confidence=0.8,
                 resolution="reference", note="year taken from the publication date")


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
    elif (named := _sentence_year(ctx, m.start())) is not None:
        year = named  # "the final cut for 2025, following reductions in May, February"
    else:
        year = nearest_month(ref, mo, tense_of(ctx.text, m.start(), m.end()),
                             past_reach(ctx.text, m.start())).year
    return _make(m, "month", "DATE", f"{year:04d}-{mo:02d}", "month", confidence=0.8,
                 resolution="reference", mod=mod)


def _year(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    after = ctx.text[m.end() : m.end() + 24]
    if _QUANTITY_AFTER_YEAR.match(after) or (
            _PLURAL_AFTER.match(after)
            and _COUNT_BEFORE_YEAR.search(ctx.text, max(0, m.start() - 20), m.start())):
        return None
    if re.match(r"\.\d", after) or (re.match(r"\s*[-–]\s*\d{1,2}\b(?!\d)", after)
                                     and _year_after(m["y_n"], after) is None):
        return None  # a decimal, or a figure after the year that counts no year on
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
            # carries the year; it is still a year, but a weaker one. A name
            # with a number of long ago is a model ("the Frecciarossa 1000").
            if int(m["y_n"]) < 1500:
                return None
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


_RANGE_DAY = r"(?P<d>(?:3[01]|[12]\d|0?[1-9]))(?:st|nd|rd|th)?"
_RANGE_JOIN = r"\s*(?:[-–]|\s(?:and|or|to|through|until|till)\s)\s*"
_RANGE_TAIL = re.compile(
    _RANGE_JOIN + _RANGE_DAY + r"(?![\d:.,]\d|\s*%|[\w-])"
    r"(?:,?\s+(?P<y>(?:1[0-9]\d\d|20\d\d|21\d\d))(?![\d,.]\d|\s*%))?")
_RANGE_HEAD = re.compile(r"(?<![\d.,$€£/-])" + _RANGE_DAY + _RANGE_JOIN + "$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|at|on|of|and|or|to|the|this|that|last|next|when|while|as|for|after|"
    r"before|respectively|with|from|by|each|both|is|was|were|are|will|would|has|had|have)\b)"
    r"[a-z]")


_SHORT_YEAR = re.compile(r"[-–](?P<yy>\d\d)(?![\d:-]|[.,]\d|\s*%)")


def _year_after(year: str, after: str) -> re.Match[str] | None:
    """``-08`` after ``2007``: the next years' last two digits (a season, a budget year,
    ``the 2007–08 violence``), counting on from the year within its century."""
    m = _SHORT_YEAR.match(after)
    return m if m is not None and int(year[2:]) < int(m["yy"]) else None


def year_range(expr: TimeExpression, low: str) -> list[TimeExpression]:
    """A year and the two-digit year written after it (``the 2024–25 budget``,
    ``2007-08``), as two years; ``[expr]`` when no such year follows."""
    if expr.rule != "year" or expr.end - expr.start != 4:
        return [expr]
    m = _year_after(expr.value, low[expr.end : expr.end + 4])
    if m is None:
        return [expr]
    second = f"{expr.value[:2]}{m['yy']}"
    return [expr, TimeExpression(
        start=expr.end + m.start("yy"), end=expr.end + m.end("yy"), type="DATE", value=second,
        granularity="year", rule="year_range", confidence=expr.confidence,
        resolution=expr.resolution, note=f"the century of {expr.value!r}")]


def day_range(expr: TimeExpression, ctx: _Context, low: str) -> list[TimeExpression]:
    """A written day and the bare day number it is paired with, as two dates.

    ``April 24 and 25``, ``September 26-27, 2025`` and ``24-25 April`` name
    two days of one month; the bare number takes the month (and year) of its
    partner, and a year written after the second day is the first's too. The
    number must count on from (or up to) its partner's day and must not be
    followed by a noun (``May 3 and 4 others``). Returns ``[expr]`` unchanged
    when there is no such partner.
    """
    if expr.granularity != "day" or expr.type != "DATE":
        return [expr]
    if expr.value[:1] == "X" and not (
            expr.rule == "month_day" and (ranged := _RANGE_TAIL.match(low, expr.end)) is not None
            and ranged["y"]):
        return [expr]  # (a yearless day takes the year written after its range, below)
    year, month, day = expr.value[:4], expr.value[5:7], int(expr.value[8:10])
    if expr.rule == "month_day":
        m = _RANGE_TAIL.match(low, expr.end)
        if m is None or int(m["d"]) <= day or _NOUN_AFTER.match(low, m.end()):
            return [expr]
        if m["y"]:
            year = m["y"]
            expr = attrs.evolve(expr, value=f"{year}-{month}-{day:02d}", confidence=1.0,
                                resolution="absolute", note=f"year {year} written after the range")
        second = _date_or_none(int(year), int(month), int(m["d"]))
        if second is None:
            return [expr]
        tail = _paired_day(expr, m.start("d"), m.end("y") if m["y"] else m.end("d"), second,
                           f"the month{' and year' if not m['y'] else ''} of "
                           f"{ctx.text[expr.start:expr.end]!r}")
        return [expr, tail]
    if expr.rule in ("day_month", "dmy"):
        m = _RANGE_HEAD.search(low, max(0, expr.start - 12), expr.start)
        if m is None or int(m["d"]) >= day:
            return [expr]
        first = _date_or_none(int(year), int(month), int(m["d"]))
        if first is None:
            return [expr]
        head = _paired_day(expr, m.start("d"), m.end("d"), first,
                           f"the month of {ctx.text[expr.start:expr.end]!r}")
        return [head, expr]
    return [expr]


def _paired_day(partner: TimeExpression, start: int, end: int, day: dt.date, note: str
                ) -> TimeExpression:
    """The bare day of a pair, read as sure as its written partner."""
    return TimeExpression(start=start, end=end, type="DATE", value=day.isoformat(),
                          granularity="day", rule="day_range", confidence=partner.confidence,
                          resolution=partner.resolution, note=note)
