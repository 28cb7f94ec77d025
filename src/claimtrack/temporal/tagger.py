"""Find and normalise time expressions: :func:`find_dates`.

The scan is in two steps (see :mod:`claimtrack.temporal.grammar`): a cheap
pass finds trigger words, then the full grammar is matched only at each
trigger and the few word starts just before it. Each named rule has a
handler (in :mod:`.absolute` for dates written out, :mod:`.relative` for the
rest) that turns the match into a :class:`TimeExpression`, resolving relative
expressions against the reference date (the article's publication date) or,
for ``two days later``, against the date mentioned just before.

Nothing here reads the clock. Without a reference, relative and yearless
expressions stay underspecified (``XXXX-10-19``) and say so in their note.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.temporal.absolute import (
    _apyear,
    _century,
    _decade,
    _decword,
    _dm,
    _dmy,
    _fiscal,
    _fuzzy_dmy,
    _fuzzy_mdy,
    _half,
    _holiday,
    _iso,
    _md,
    _mdy,
    _month,
    _my,
    _myrel,
    _numdot,
    _numeric,
    _ordday,
    _qcode,
    _quarter,
    _season,
    _weekof,
    _wordyear,
    _year,
    _ymd,
    day_range,
    year_range,
)
from claimtrack.temporal.context import (
    Handler,
    _Context,
    _date_or_none,
)
from claimtrack.temporal.grammar import EXPRESSION, PREFIX_WORDS, TOKEN, TRIGGER_WORDS
from claimtrack.temporal.relative import (
    _ago,
    _beforeafter,
    _clock,
    _clock24,
    _clockat,
    _clockday,
    _dayword,
    _duration,
    _edgeof,
    _noon,
    _partday,
    _partword,
    _plural,
    _ref,
    _relunit,
    _set,
    _sunpart,
    _theday,
    _theweekend,
    _weekday,
    _yearago,
)
from claimtrack.temporal.values import RESTATED, ZONE_SUFFIX, TimeExpression

__all__ = ["find_dates"]


_HANDLERS: dict[str, Handler] = {
    "iso": _iso, "numeric": _numeric, "numdot": _numdot, "ymd": _ymd, "dmy": _dmy,
    "mdy": _mdy, "fuzzy_dmy": _fuzzy_dmy, "ordday": _ordday,
    "fuzzy_mdy": _fuzzy_mdy, "dm": _dm, "md": _md, "my": _my, "myrel": _myrel,
    "theweekend": _theweekend, "theday": _theday,
    "beforeafter": _beforeafter, "clockday": _clockday, "quarter": _quarter,
    "qcode": _qcode, "half": _half, "fiscal": _fiscal, "decade": _decade,
    "century": _century, "season": _season, "holiday": _holiday, "apyear": _apyear,
    "dayword": _dayword,
    "partday": _partday, "sunpart": _sunpart, "partword": _partword,
    "weekday": _weekday, "ago": _ago, "relunit": _relunit, "yearago": _yearago,
    "duration": _duration, "plural": _plural, "set": _set, "clock": _clock,
    "clock24": _clock24, "clockat": _clockat, "noon": _noon, "month": _month, "year": _year,
    "ref": _ref,
    "wordyear": _wordyear, "decword": _decword, "edgeof": _edgeof, "weekof": _weekof,
}


_RELATIVE_RULES = frozenset({"ago", "later_earlier", "year_earlier", "relative_unit",
                             "from_now"})


_DIGIT_WORD = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|\d{1,3}(?:,\d{3})+")


_TOKEN_TAIL = re.compile(r"[a-z0-9]+$")


_PREVIOUS_WORD = re.compile(
    r"(?<![a-z0-9.,])(\d{1,3}(?:,\d{3})+|[a-z0-9.]+)[ \t\r\n,\-–—']+$")
"""The word before a position: a grouped number whole (``2,000``), never its tail."""


_GLUE = {
    "and": re.compile(r"and([ -])a\1half"),
    "no": re.compile(r"no (?:more|less|fewer) than"),
    "in": re.compile(r"(?:earlier|later|early|late) in "),
}
"""Prefix words that may open an expression only in these phrases (checked around them)."""


def _candidate_starts(low: str, trigger_start: int, floor: int) -> list[int]:
    """Where an expression holding the trigger may start, latest first.

    The trigger itself; the start of the token it sits in (``fy2012``,
    ``mid-2010s``); and up to seven words back (``no more than six and a half years``), as
    long as each is a word that can open an expression (``early``, ``the``, ``last``, a
    day number ...).
    """
    starts = [trigger_start]
    token = _TOKEN_TAIL.search(low, max(floor, trigger_start - 12), trigger_start)
    pos = token.start() if token else trigger_start
    if pos != trigger_start:
        starts.append(pos)
    for _ in range(7):
        prev = _PREVIOUS_WORD.search(low, max(floor, pos - 24), pos)
        if prev is None:
            break
        word = prev.group(1).rstrip(".")
        if word not in PREFIX_WORDS and not _DIGIT_WORD.fullmatch(word):
            break
        if word in _GLUE and not _GLUE[word].search(low, prev.start(1) - 8, prev.end(1) + 12):
            break  # "and", "in" open nothing except "two and a half", "later in the"
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
    before = low[start - 1] if start else " "
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


_CLOCK_RANGE = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_PART_BEFORE_DAY = re.compile(r",?\s+(?:[a-z]+\s+){0,2}?on\s+(?:the\s+)?|,\s*")
"""What may stand between a part of a day and the day it is of: ``the early morning
floods on the Fourth of July``, ``early morning, July 4``."""
_CLOCK_BEFORE_DAY = re.compile(r"\s+(?:local\s+time\s+)?(?:on\s+)?(?:the\s+)?"
                               r"(?:Bank\s+Holiday\s+)?")
"""What may stand between a clock and the day it is of: ``at approximately 3 pm local time
on 9 September``, ``at around 6pm on Bank Holiday Monday``, a live blog's ``830pm EDT Oct
9th``."""
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
"""A bracket that restates the day just named: ``Tonight (July 21)``."""


def _day_apart(a: str, b: str) -> int:
    """How many days lie between two day values (``2025-07-22TNI``, ``2025-07-21``)."""
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


_PART_OF_TODAY = re.compile(r"(?:this|last)\b", re.IGNORECASE)
"""``this morning``, ``last night``: a part of a day its own words place."""



def _day_written_after(found: list[TimeExpression], expr: TimeExpression, text: str
                       ) -> None:
    """Give the clock just found the day written after it, in ``expr``: the day that
    closes a range of clocks (``between 1.30 am and 6 am on Tuesday``), the date
    after a weekday (``6:12 p.m. on Saturday, July 13``, where the weekday alone would
    take the Saturday nearest the publication date), the date after a clock (``3 pm
    local time on 9 September``), the date in brackets after ``tonight`` (``Tonight (July
    21)``, in a paper dated the 22nd), or the date a part of a day is of (``the early
    morning floods on the Fourth of July``)."""
    if not found:
        return
    clock = found[-1]
    gap = text[clock.end : expr.start]
    if clock.rule == "clock" and expr.rule == "clock_day" and expr.value[:1] != "X" \
            and _CLOCK_RANGE.fullmatch(gap):
        day = expr.value[:10]
        note = f"the day of {text[expr.start:expr.end]!r}, which closes the range"
        if clock.value[10:16] > expr.value[10:16]:
            # "between 10 pm and 2 am on Tuesday": the range opens the night before
            day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
            note = f"the night before {text[expr.start:expr.end]!r}, which closes the range"
    elif expr.type == "DATE" and expr.granularity == "day" \
            and _DAY_VALUE.fullmatch(expr.value) and (
                (clock.rule == "clock_day" and re.fullmatch(r",?\s*", gap))
                or (clock.rule == "clock" and expr.value[:1] != "X"
                    and _CLOCK_BEFORE_DAY.fullmatch(gap))
                or (clock.rule in ("day_word", "part_of_day") and clock.resolution == "reference"
                    and expr.value[:1] != "X" and _BRACKET_OPENS.fullmatch(gap)
                    and _day_apart(clock.value, expr.value) <= 1)
                or (clock.rule == "part_of_day" and clock.resolution in ("reference", "previous")
                    and not _PART_OF_TODAY.match(text, clock.start)
                    and _PART_BEFORE_DAY.fullmatch(gap) and expr.value[:1] != "X")):
        day = expr.value
        note = f"on {text[expr.start:expr.end]!r}, written after it"
    elif clock.rule == "weekday" and clock.value[:1] != "X" and expr.type == "DATE" \
            and expr.granularity == "day" and _DAY_VALUE.fullmatch(expr.value) \
            and expr.value[:1] != "X" and RESTATED.fullmatch(gap) \
            and dt.date.fromisoformat(clock.value[:10]).weekday() == \
            dt.date.fromisoformat(expr.value).weekday():
        # "no earlier than Monday night, 3 November": the Monday that date names
        day = expr.value
        note = f"the weekday of {text[expr.start:expr.end]!r}, written after it"
    else:
        return
    if clock.value[:10] != day:
        found[-1] = attrs.evolve(clock, value=day + clock.value[10:],
                                 resolution=expr.resolution, note=note)
        opening = found[-2] if len(found) > 1 else None
        if opening is not None and opening.rule == "clock" and opening.type == "TIME" \
                and opening.resolution == "reference" and opening.value[:10] != day \
                and _CLOCK_RANGE.fullmatch(text, opening.end, clock.start):
            # "from about 11:30 to 14:30 UTC on 18 November": the range opens that day,
            # in the zone that closes it
            zone = ZONE_SUFFIX.search(found[-1].value)
            value = day + opening.value[10:]
            if zone is not None and ZONE_SUFFIX.search(value) is None:
                value += zone.group(0)
            found[-2] = attrs.evolve(opening, value=value, resolution=expr.resolution,
                                     note=f"the day of {text[expr.start:expr.end]!r}, which "
                                          "closes the range")


_DURATION_PART = re.compile(r"P(?:(?P<n>\d+)(?P<u>[YMWD])|T(?P<tn>\d+)(?P<tu>[HMS]))")
_NEXT_UNIT = {"Y": ("M",), "M": ("D",), "W": ("D",), "D": ("TH",), "TH": ("TM",),
              "TM": ("TS",)}
"""The unit that may follow each in a compound duration (``four years and two months``,
``a day and 12 hours``, ``3 hours, 20 minutes``): always a smaller one."""
_DURATION_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _duration_unit(value: str) -> tuple[int, str] | None:
    m = _DURATION_PART.fullmatch(value)
    if m is None:
        return None
    return (int(m["n"]), m["u"]) if m["n"] else (int(m["tn"]), "T" + m["tu"])


def _compound_duration(found: list[TimeExpression], expr: TimeExpression, text: str
                       ) -> TimeExpression | None:
    """The duration just found and ``expr`` as one, when ``expr`` goes on in a smaller
    unit (``about four years and two months``: ``P4Y2M``, fifty months, not four years
    and, apart, two months)."""
    if not found or expr.type != "DURATION" or found[-1].type != "DURATION" \
            or expr.mod is not None or not _DURATION_JOIN.fullmatch(text, found[-1].end,
                                                                      expr.start):
        return None
    first, second = _duration_unit(found[-1].value), _duration_unit(expr.value)
    if first is None or second is None or second[1] not in _NEXT_UNIT.get(first[1], ()):
        return None
    if first[1].startswith("T"):
        value = f"PT{first[0]}{first[1][1]}{second[0]}{second[1][1]}"
    elif second[1].startswith("T"):
        value = f"P{first[0]}{first[1]}T{second[0]}{second[1][1]}"
    else:
        value = f"P{first[0]}{first[1]}{second[0]}{second[1]}"
    return attrs.evolve(found[-1], end=expr.end, value=value,
                        confidence=min(found[-1].confidence, expr.confidence))


_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+\Z", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<hm>\d\d:\d\d)")


def _clock_range(found: list[TimeExpression], expr: TimeExpression, text: str
                 ) -> tuple[TimeExpression, re.Match[str], re.Match[str]] | None:
    """The clock that opens a range ``expr`` closes, on the same day (``from 3:15 to 6:48
    p.m.``, ``from 7:00 p.m. to 6:00 a.m.``), with both clocks' values read; ``None``
    when ``expr`` closes no range of clocks."""
    if not found or expr.rule != "clock" or found[-1].type != "TIME":
        return None
    first = found[-1]
    m_first, m_expr = _CLOCK_VALUE.match(first.value), _CLOCK_VALUE.match(expr.value)
    if m_first is None or m_expr is None or m_first["day"] != m_expr["day"] \
            or not _CLOCK_RANGE.fullmatch(_clock_gap(text, first.end, expr.start)):
        return None
    return first, m_first, m_expr


def _after_midnight(found: list[TimeExpression], expr: TimeExpression, text: str
                    ) -> TimeExpression:
    """``expr`` on the next day when it closes a range of clocks that runs past
    midnight (``a curfew from 7:00 p.m. to 6:00 a.m.``, ``between 10 pm and 2 am``):
    a range's end comes after its start."""
    pair = _clock_range(found, expr, text)
    if pair is None:
        return expr
    first, m_first, m_expr = pair
    if m_expr["hm"] >= m_first["hm"] \
            or not _RANGE_OPENS.search(text, max(0, first.start - 10), first.start):
        return expr
    day = dt.date.fromisoformat(m_expr["day"]) + dt.timedelta(days=1)
    return attrs.evolve(expr, value=day.isoformat() + expr.value[10:],
                        note=f"the morning after {text[first.start:first.end]!r}, which "
                             f"opens the range")


_BARE_CLOCK = re.compile(r"(?P<h>\d{1,2}):\d\d")
_AFTERNOON = re.compile(r"p\.?\s?m\.?", re.IGNORECASE)


def _afternoon_range(found: list[TimeExpression], expr: TimeExpression, text: str) -> None:
    """Put the bare clock that opens a range in the afternoon when the clock that closes
    it is (``parked from 3:15 to 6:48 p.m.``: 15:15, not a quarter past three at night),
    so long as the range still runs forward."""
    pair = _clock_range(found, expr, text)
    if pair is None or pair[0].rule != "clock" \
            or not _AFTERNOON.search(text, expr.start, expr.end):
        return
    first, m_first, m_expr = pair
    bare = _BARE_CLOCK.fullmatch(text, first.start, first.end)
    if bare is None or not 1 <= int(bare["h"]) <= 11:
        return
    hour = int(m_first["hm"][:2]) + 12
    moved = f"{hour:02d}{m_first['hm'][2:]}"
    if hour < 24 and moved <= m_expr["hm"]:
        found[-1] = attrs.evolve(first, value=first.value.replace(
            f"T{m_first['hm']}", f"T{moved}", 1),
            note=f"in the afternoon, as {text[expr.start:expr.end]!r} that closes the range")


_ZONE_WORDS = re.compile(r"\s+local\s+time\b", re.IGNORECASE)


def _clock_gap(text: str, start: int, end: int) -> str:
    """What stands between two clocks, less a ``local time`` after the first."""
    gap = text[start:end]
    m = _ZONE_WORDS.match(gap)
    return gap[m.end():] if m else gap


_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|at\b|in\b|on\b|of\b|was\b|were\b|is\b|"
                         r"are\b|will\b|when\b|that\b|which\b)[a-z]")


_COMPARED_BEFORE = re.compile(
    r"(?:(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )\bthan(?!\s+\d)"
    r"|\bcompared\s+(?:with|to))\b(?:[^.;:!?]|\.(?=\d)){0,80}\Z")
"""A comparison a day is the baseline of: ``higher than the 67.3% reported in the first
round on 18 May`` (not a hedge: ``after more than 24 hours, reports confirmed on
Wednesday``)."""


def _attributive(text: str, expr: TimeExpression) -> bool:
    """Whether a day names a thing rather than sets the time of the narrative: ``the
    November 23 presidential and parliamentary elections``, or the day a comparison is
    made against (``higher than the 67.3% in the first round on 18 May``). A clock told
    later (``at around 1:00 p.m., gunfire was heard``, ``Voting started at 7 am``) is
    not on that day."""
    if expr.granularity != "day":
        return False
    return (bool(_THE_BEFORE.search(text, max(0, expr.start - 6), expr.start))
            and _NOUN_AFTER.match(text, expr.end) is not None) \
        or _COMPARED_BEFORE.search(text, max(0, expr.start - 90), expr.start) is not None


def _apposed_day(found: list[TimeExpression], expr: TimeExpression, text: str
                 ) -> TimeExpression:
    """``expr`` with the year of the day just before it, where it restates that day:
    in ``beginning yesterday, May 7, to elect``, the future cue after ``May 7`` must
    not take it a year on, when ``yesterday`` already says which May 7 it is."""
    if not found or expr.rule != "month_day" or expr.resolution != "reference":
        return expr
    prior = found[-1]
    if prior.type != "DATE" or prior.granularity != "day" \
            or not _DAY_VALUE.fullmatch(prior.value) or prior.value[:1] == "X" \
            or not RESTATED.fullmatch(text, prior.end, expr.start) \
            or not _DAY_VALUE.fullmatch(expr.value) \
            or prior.value[4:] != expr.value[4:] or prior.value == expr.value:
        return expr
    return attrs.evolve(expr, value=prior.value, note=f"the same day as "
                        f"{text[prior.start:prior.end]!r}, just before it")


_JOINED = re.compile(r"\s*,?\s+(?:and|or|to|through|until|till)\s+|\s*[-–—]\s*",
                     re.IGNORECASE)
"""What joins two months or days of a pair or a range: ``July and August``, ``March to
May``, ``June–July``."""
_YEARLESS = frozenset({"month", "month_day", "day_month"})
_YEAR_WRITTEN = re.compile(r"\d{4}|\byear\b", re.IGNORECASE)


def _year_written_after(found: list[TimeExpression], expr: TimeExpression, text: str
                        ) -> None:
    """Give the yearless month or day just before ``expr`` the year ``expr`` writes, when
    the two are joined as a pair or a range: in ``during July and August of 2024`` and
    ``from March to May 2023`` the first month is of the year written once, after the
    second, not the year nearest the publication date. A first month later in the year
    than the second (``December to February 2024``) is of the year before."""
    if not found:
        return
    first = found[-1]
    clocks = first.rule in ("clock_day", "clock_date") and first.value.startswith("XXXX") \
        and expr.type == "TIME"  # "between 11:49 PM on October 19 and 3:01 PM on October
    # 20, 2025": two clocks of a range, the year written once, after the second
    if (not clocks and (first.rule not in _YEARLESS or first.type != "DATE"
                        or first.granularity not in ("month", "day")
                        or expr.type != "DATE" or expr.granularity not in ("month", "day"))) \
            or expr.rule in _YEARLESS or not expr.value[:4].isdigit() \
            or not _YEAR_WRITTEN.search(text, expr.start, expr.end) \
            or not _JOINED.fullmatch(text, first.end, expr.start):
        return
    year = int(expr.value[:4]) - (first.value[5:7] > expr.value[5:7])
    value = f"{year:04d}{first.value[4:]}"
    if first.granularity == "day" and _DAY_VALUE.fullmatch(value) and _date_or_none(
            year, int(value[5:7]), int(value[8:10])) is None:
        return  # "February 29 and March 1, 2026": no such first day that year
    found[-1] = attrs.evolve(first, value=value, resolution=expr.resolution,
                             confidence=min(first.confidence, expr.confidence),
                             note=f"the year of {text[expr.start:expr.end]!r}, written after it")


_ALTERNATIVE = re.compile(r"\s*,?\s+(?:or|and)\s+(?:(?:early|late)\s+)?(?:on\s+)?",
                          re.IGNORECASE)


def _alternative_days(found: list[TimeExpression], expr: TimeExpression, text: str) -> None:
    """Put the weekday just before ``expr`` in the week before it when the two are joined
    as alternatives or a pair a few days apart in the week's order (``late Tuesday or
    early Wednesday``, ``on Thursday and Friday``) and were each resolved on their own
    the wrong way round: a storm forecast,
    in a text published on a Wednesday, to hit ``late Tuesday or early Wednesday`` hits
    the Tuesday before that Wednesday, not the one after it."""
    if not found or expr.rule != "weekday" or found[-1].rule != "weekday" \
            or expr.resolution != "reference" or found[-1].resolution != "reference" \
            or not _DAY_VALUE.match(expr.value) or not _DAY_VALUE.match(found[-1].value) \
            or not _ALTERNATIVE.fullmatch(text, found[-1].end, expr.start):
        return
    first = found[-1]
    day, then = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(expr.value[:10])
    if day <= then or not 1 <= (then.weekday() - day.weekday()) % 7 <= 3:
        return  # "statements made Friday and Thursday": a list, latest first
    day -= dt.timedelta(weeks=1)
    found[-1] = attrs.evolve(first, value=day.isoformat() + first.value[10:],
                             note=f"the {day:%A} before {text[expr.start:expr.end]!r} "
                                  f"({then.isoformat()}), its alternative")


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
        pair = day_range(best_expr, ctx, low) if best_expr.rule != "year" \
            else year_range(best_expr, low)
        if pair[0].start < covered or pair[-1].end > stop:
            pair = [best_expr]
        if len(pair) == 1 and (whole := _compound_duration(found, pair[0], text)) is not None:
            found[-1] = whole  # "four years and two months": one span of time
            covered = whole.end
            continue
        _afternoon_range(found, pair[0], text)
        pair = [_after_midnight(found, _apposed_day(found, pair[0], text), text),
                *pair[1:]]
        _day_written_after(found, pair[0], text)
        _year_written_after(found, pair[0], text)
        _alternative_days(found, pair[0], text)
        found.extend(pair)
        best_expr = pair[-1]
        covered = best_expr.end
        # Only a date the text names becomes the focus; a date worked out from
        # the focus ("a year earlier") must not shift it, or repeats would drift.
        if best_expr.type in ("DATE", "TIME") and best_expr.resolution in (
            "absolute", "reference"
        ) and best_expr.granularity not in ("none", "decade", "century") \
                and best_expr.rule not in _RELATIVE_RULES \
                and not _attributive(text, best_expr):
            ctx.focus = best_expr
            ctx.focus_from = pair[0] if len(pair) > 1 else None
        if best_expr.type == "DATE" and best_expr.granularity == "year" \
                and best_expr.value.isdigit() and text[best_expr.end : best_expr.end + 1] != "-":
            ctx.year_focus = best_expr  # (not "the 1991-built jet": a thing's year)
        for expr in pair:
            # A day written out with its number (``Friday, July 19th``, ``July 19``), not
            # one worked out from words (``yesterday``, ``Friday``).
            if expr.resolution in ("absolute", "reference") and expr.granularity == "day" \
                    and _DAY_VALUE.match(expr.value) and expr.value[0] != "X" \
                    and expr.rule not in _RELATIVE_RULES \
                    and any(c.isdigit() for c in text[expr.start : expr.end]):
                ctx.named_day = dt.date.fromisoformat(expr.value[:10])
                ctx.named_at = expr.end
                if expr.resolution == "absolute":
                    day = ctx.named_day
                    ctx.written_years[day.month, day.day] = day.year
    return found
