"""Rules for dates worked out, durations, sets and clock times.

``on Friday``, ``last year``, ``two days later``, ``8 hours ago``, ``the past
two months``, ``daily``, ``3 p.m.``: each resolved against the publication date
or the date the text mentioned just before, and left underspecified (with a
note) when neither is known.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.temporal.absolute import _day
from claimtrack.temporal.calendar import (
    format_value,
    reported_future,
    set_aside,
    shift,
    tense_of,
    weekday_near,
)
from claimtrack.temporal.context import (
    _EDGE_MODS,
    _MODS,
    _NO_REFERENCE,
    _PARTS,
    _UNIT_GRANULARITY,
    _capitalised,
    _Context,
    _count,
    _duration_value,
    _make,
    _month_number,
    _orig,
    _unit_code,
)
from claimtrack.temporal.grammar import WD_FULL
from claimtrack.temporal.lexicon import (
    WEEKDAY_ALIASES,
)
from claimtrack.temporal.values import Granularity, TimeExpression, day_of, interval

__all__: list[str] = []

_PER_BEFORE = re.compile(
    r"(?:\d|million|billion|trillion|percent|%|dollars|euros|pounds|times|twice)\W{0,3}$",
    re.IGNORECASE,
)


_SATURDAY = 5
"""``date.weekday()`` of a Saturday: on a weekend day, the weekend just gone is this one."""


def _theweekend(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if ctx.reference is None:
        return _make(m, "weekend", "DATE", "XXXX-WXX-WE", "week", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    # A past verb means the weekend just gone ("the quake that struck at the weekend",
    # told on a Thursday), a future one the coming weekend. Otherwise, early in the week
    # "the weekend" is the one just past; later, the coming one.
    ref = ctx.reference
    tense = tense_of(ctx.text, m.start(), m.end())
    if tense == "past":
        day = ref if ref.weekday() >= _SATURDAY else ref - dt.timedelta(days=7)
    elif tense == "future":
        day = ref
    else:
        day = ref - dt.timedelta(days=7) if ref.weekday() <= 1 else ref
    return _make(m, "weekend", "DATE", format_value(day, "week") + "-WE", "week",
                 confidence=0.7, resolution="reference")


_DAY_FRAME = re.compile(
    r"(?:\b(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|"
    r"start|started|for|during|in|on))\s+$", re.IGNORECASE)


def _theday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``ended the day up 2%``, ``later in the day``: the day just spoken of.

    Only in those frames; ``the day before``, ``the day of the vote`` and ``the
    day he left`` point at days the text has not given.
    """
    if _DAY_FRAME.search(ctx.text, max(0, m.start() - 12), m.start()) is None:
        return None
    if ctx.focus is not None and ctx.focus.granularity == "day" \
            and m.start() - ctx.focus.end < 300:
        span = interval(ctx.focus.value)
        if span is not None:
            return _make(m, "the_day", "DATE", span[0].isoformat(), "day", confidence=0.7,
                         resolution="previous")
    if ctx.reference is None:
        return _make(m, "the_day", "DATE", "XXXX-XX-XX", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    return _make(m, "the_day", "DATE", ctx.reference.isoformat(), "day", confidence=0.6,
                 resolution="reference")


def _beforeafter(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``after the Senate passed it the day before.``, ``left the day after.``: the day
    before or after the date the text last gave, when nothing follows to say before or
    after what (``the day before the vote`` points at a day the text has not given).
    ``the year before`` is left alone: after ``last year`` it means the year before that,
    which a date worked out from the publication date does not say."""
    word = m["ba_u"].lower()
    expr = _relative(m, ctx, "relative_unit", 1, "D",
                     -1 if m["ba_dir"].lower() == "before" else 1, True)
    if expr is not None and word == "night" and day_of(expr.value) and "T" not in expr.value:
        expr = attrs.evolve(expr, value=expr.value + "TNI", type="TIME")
    return expr


_OWNER_BEFORE = re.compile(r"['’]s\s+\Z")
"""A possessive just before a capitalised ``Today``: ``NBC's Today show``, a title."""
_NAME_BEFORE = re.compile(r"(?:^|(?<![:;\"“‘'(—–-])\s)[A-Z][\w&.-]*(?<!\.)\s\Z",
                          re.MULTILINE)
"""A capitalised word (not one closing a sentence) just before a capitalised ``Today``:
``told USA Today``, ``broadcaster Orla Today``, ``This is VOA Today``: the name of a
paper or a programme."""
_PROSE_WORD = re.compile(r"\b(?!(?:a|an|the|and|but|or|nor|for|so|yet|at|by|in|of|on|to|up|"
                         r"as)\b)[a-z]{2,}\b")
"""A lower-case word no title-case headline writes: a line with one is prose, so a
capitalised word in it is a name (``Verdict Today`` in a headline may be the day)."""


_LINE_REACH = 300
"""How far either way a line is read to tell prose from a headline: a bounded look, so
that a page of one endless line costs no more per word than any other."""


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding ``text[start:end]``, at most :data:`_LINE_REACH` characters
    either way."""
    lo = max(text.rfind("\n", max(0, start - _LINE_REACH), start) + 1, start - _LINE_REACH, 0)
    hi = text.find("\n", end, end + _LINE_REACH)
    return lo, (min(len(text), end + _LINE_REACH) if hi < 0 else hi)


def _dayword(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = m["dw"].lower()
    if word == "today" and _orig(ctx, m, "dw") == "Today" and m.end() == m.end("dw") \
            and _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start()):
        return None  # "told NBC's Today show": a programme, no day
    if word == "today" and _orig(ctx, m, "dw") == "Today" and m.end() == m.end("dw") \
            and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and _PROSE_WORD.search(ctx.text, *_line_around(ctx.text, m.start(), m.end())):
        return None  # "in an interview with broadcaster Orla Today": a name, no day
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


_RANGE_TO = re.compile(r"\s*(?:-|–|—|into|through|thru|to|until|till)\s*", re.IGNORECASE)
"""``Saturday night into Sunday``, ``from Friday through Sunday``: the join of a span of
days, whose end comes after its start."""


def _range_end(focus: TimeExpression | None, m: re.Match[str], ctx: _Context
               ) -> dt.date | None:
    """The day a weekday names when it ends a span opened by the weekday just before it
    (``Saturday night into Sunday``): the first such day after that one."""
    if focus is None or focus.rule != "weekday" or not _RANGE_TO.fullmatch(
            ctx.text, focus.end, m.start()):
        return None
    span = interval(focus.value)
    if span is None:
        return None
    wd = WEEKDAY_ALIASES[m["wd_n"].lower()]
    return span[0] + dt.timedelta(days=(wd - span[0].weekday()) % 7 or 7)


_NAMED_DAY_REACH = dt.timedelta(days=14)
"""How far before publication a day the text has written out may be, for a bare weekday
of the same name to be taken as that day."""


_RESTATES = re.compile(r"\s*[,(]\s*")
"""What stands between a date and the weekday that restates it: ``May 7, Wednesday``,
``March 7 (Saturday)``."""


def _weekday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    name = _orig(ctx, m, "wd_n")
    if not _capitalised(name):
        return None
    wd = WEEKDAY_ALIASES[name.lower()]
    rel = re.sub(r"\s+", " ", (m["wd_rel"] or "").lower())
    part = (m["wd_part"] or "").lower()
    if ctx.reference is None:
        return _make(m, "weekday", "DATE", f"XXXX-WXX-{wd + 1}", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    # "declared Sunday a national day of mourning": the day set aside is still to come,
    # whatever the tense of the declaring
    future = tense_of(ctx.text, m.start(), m.end()) == "future" \
        or set_aside(ctx.text, m.start(), m.end())
    base, how = ctx.reference, "reference"
    focus = ctx.focus
    story = _story_day(ctx, m.start()) if not rel else None
    if story is not None:
        # "On April 28, a blackout hit Spain. … 92% was restored by early Tuesday",
        # published weeks later: the Tuesday of the story's week, nearest its day, not
        # the one before publication.
        base, how = story, "previous"
    elif not rel and future and (told := _telling_day(ctx, m.start())) is not None:
        # "LFB was called at 11.23pm on Thursday. … announced the airport would be
        # closed until Friday", published on Saturday: the Friday after the telling,
        # which is past by publication, not the Friday still to come.
        base, how = told, "previous"
    elif rel in _FROM_FOCUS_DAY:
        # "the previous Friday", "the following Monday": counted from the day the
        # text last gave, not from the publication date
        rel = _FROM_FOCUS_DAY[rel]
        if (focus_day := _focus_day(ctx)) is not None:
            base, how = focus_day, "previous"
    elif (
        not rel
        and focus is not None
        and focus.granularity == "day"
        and (focus.resolution == "absolute" or (
            # "early on March 7, Saturday": the weekday restates the date just written
            focus.resolution == "reference" and focus.value[:1] != "X"
            and _RESTATES.fullmatch(ctx.text, focus.end, m.start()) is not None))
        and m.start() - focus.end < 120
        and "\n" not in ctx.text[focus.end : m.start()]
    ):
        # "the comments May 27, 2013 during a visit Monday": the weekday
        # belongs to the date the sentence has just given, not to today.
        span = interval(focus.value)
        if span is not None:
            base, how = span[0], "previous"
    day = weekday_near(base, wd, rel, future) if story is None else \
        story + dt.timedelta(days=(wd - story.weekday() + 3) % 7 - 3)
    named = ctx.named_day if ctx.named_day and ctx.named_day.weekday() == wd else None
    if not rel and how == "reference" and named is not None and named != day != base \
            and dt.timedelta(0) < base - named < _NAMED_DAY_REACH:
        # "hit by an outage on Friday, July 19th … pushed out on Friday", published ten
        # days later: the Friday the text has named, not the one before publication.
        # The weekday of publication itself stays today ("speaking Tuesday", published
        # on a Tuesday a week after "Aug. 8").
        day, how = named, "previous"
    which = _WEEKDAY_NOTES.get(
        rel, "the nearest such day " + ("after " if future else "on or before "))
    note = which + ("the publication date" if how == "reference" else "the date just mentioned")
    if day == named and how == "previous" and base == ctx.reference:
        note = f"the {day:%A} the text wrote out earlier, {day.isoformat()}"
    if story is not None:
        note = (f"the {day:%A} nearest {story.isoformat()}, the day the paragraph tells of "
                f"(the article was published {(ctx.reference - story).days} days later)"
                if ctx.reference is not None else note)
    if not rel and (end := _range_end(focus, m, ctx)) is not None:
        day, how, note = end, "previous", "the first such day after the one that opens the span"
    numbered = _NUMBERED_DAY.match(ctx.text, m.end()) if not part else None
    if numbered is not None and (dated := _numbered(ctx.reference, wd, int(numbered[1]))):
        # "died this Sunday (14) …, authorities reported this Monday (15)": the day of
        # the month in brackets says which Sunday, past or to come
        expr = _make(m, "weekday", "DATE", dated.isoformat(), "day", confidence=0.9,
                     resolution="reference",
                     note=f"the {dated:%A} the {dated.day} in brackets names")
        return attrs.evolve(expr, end=numbered.end())
    if part:
        return _make(m, "weekday", "TIME", f"{day.isoformat()}T{_PARTS[part]}", "day",
                     confidence=0.8, resolution=how)
    return _make(m, "weekday", "DATE", day.isoformat(), "day", confidence=0.8,
                 resolution=how, note=note)


_NUMBERED_DAY = re.compile(r"\s*\(([1-9]|[12]\d|3[01])\)")
"""A day of the month in brackets after a weekday: ``this Sunday (14)``."""


def _numbered(reference: dt.date, weekday: int, number: int) -> dt.date | None:
    """The day within a fortnight of ``reference`` that falls on ``weekday`` and is the
    ``number``-th of its month, if there is one."""
    days = [reference + dt.timedelta(days=k) for k in range(-14, 15)]
    fits = [d for d in days if d.weekday() == weekday and d.day == number]
    return min(fits, key=lambda d: abs((d - reference).days)) if fits else None


_WEEKDAY_NOTES = {"next": "the first such day after ", "coming": "the first such day after ",
                  "last": "the last such day before ", "past": "the last such day before ",
                  "this": "that day in the week of "}
"""How a weekday after ``next``, ``last`` or ``this`` was found, for its note."""
_FROM_FOCUS_DAY = {"the following": "next", "the next": "next", "the previous": "last",
                   "the prior": "last"}
"""Words before a weekday that count from the date just mentioned, and the direction.
Only with the article: bare ``following`` is a preposition (``following Tuesday's vote``)."""


_STORY_GAP = (dt.timedelta(days=7), dt.timedelta(days=90))
"""How long after the day a paragraph tells of an article must be published (and at
most) for a bare weekday in that paragraph to be taken as of the story's week rather
than of the publication's: a look back weeks on, not a year's review."""
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|stated|confirmed|reported)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:on\s+)?\Z")
"""``officials said privately Thursday``: the day of the telling, which is the news's."""


def _story_day(ctx: _Context, at: int) -> dt.date | None:
    """The day a paragraph tells of, when it wrote that day out in full earlier in the
    paragraph and the article came out more than a week after it: a look back at an
    event, whose weekdays are of the event's week."""
    focus = ctx.focus
    if focus is None or ctx.reference is None or focus.granularity != "day" \
            or focus.resolution != "absolute" or "\n" in ctx.text[focus.end : at]:
        return None
    span = interval(focus.value)
    if span is None or not _STORY_GAP[0] < ctx.reference - span[0] <= _STORY_GAP[1] \
            or _SAID_BEFORE.search(ctx.text, max(0, at - 40), at):
        return None
    return span[0]


def _focus_day(ctx: _Context) -> dt.date | None:
    """The day of the date the text last gave, when that date names a day or a time."""
    if ctx.focus is None or ctx.focus.granularity not in ("day", "time"):
        return None
    span = interval(ctx.focus.value)
    return span[0] if span else None


_TELLING_REACH = dt.timedelta(days=6)
"""How long before publication the day of a past telling may be for a weekday it
foresaw to be counted from it: within the week, where the weekday is ambiguous."""


def _telling_day(ctx: _Context, at: int) -> dt.date | None:
    """The day the text last gave, when the weekday at ``at`` is what a past telling said
    would come and that day is in the days before publication: the telling's day."""
    if ctx.reference is None or not reported_future(ctx.text, at):
        return None
    day = _focus_day(ctx)
    if day is None or not dt.timedelta(0) < ctx.reference - day <= _TELLING_REACH:
        return None
    return day


_OF_A_DAY = re.compile(r"\s+(?:hours\s+)?of\s+(?:(?-i:[A-Z])|\d)")
"""``… hours of July 4``, ``… of Friday, Oct. 23``: the part of a day the text names next
(not ``the morning of the attack``)."""


def _partday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``mid-afternoon yesterday``, ``early morning``, ``late evening on Friday``: a part of
    the day named, the day, else the date just mentioned, else the publication date."""
    return _part_of_day(m, ctx, _PARTS[m["pd_part"].lower()], "pd_day")


_SUN_PARTS = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV",
              "nightfall": "EV"}
"""The sun's hours as the parts of the day they open or close: ``shortly after sunrise on
Tuesday`` is Tuesday morning, ``at dusk on Friday`` Friday evening."""


def _sunpart(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``dawn on Friday``, ``sunset Sunday``: the part of the named day the sun marks (the
    day must be named: ``a pre-dawn raid`` dates nothing)."""
    return _part_of_day(m, ctx, _SUN_PARTS[m["sp_part"].lower()], "sp_day")


def _part_of_day(m: re.Match[str], ctx: _Context, part: str, day_group: str
                 ) -> TimeExpression | None:
    word = (m[day_group] or "").lower()
    if word in WEEKDAY_ALIASES and not _capitalised(_orig(ctx, m, day_group)):
        return None
    if not word and _OF_A_DAY.match(ctx.text, m.end()):
        return None  # "the early morning hours of July 4": the day says which, after it
    if ctx.reference is None:
        return _make(m, "part_of_day", "TIME", f"XXXX-XX-XXT{part}", "day", confidence=0.5,
                     resolution="unresolved", note=_NO_REFERENCE)
    day, how = ctx.reference, "reference"
    if word in WEEKDAY_ALIASES:
        future = tense_of(ctx.text, m.start(), m.end()) == "future"
        day = weekday_near(ctx.reference, WEEKDAY_ALIASES[word], "", future)
    elif word:
        day += dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    elif (focus_day := _focus_day(ctx)) is not None:
        day, how = focus_day, "previous"
    return _make(m, "part_of_day", "TIME", f"{day.isoformat()}T{part}", "day",
                 confidence=0.8 if word else 0.6, resolution=how)


_UNKNOWN = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}
"""The TIMEX3 value of a year, month or week no reference places."""


def _anchor(ctx: _Context) -> tuple[dt.date, Granularity, str] | None:
    """The date the text last spoke of, or the reference, for ``later``/``earlier``."""
    if ctx.focus is not None:
        span = interval(ctx.focus.value)
        if span is not None:
            return span[0], ctx.focus.granularity, "previous"
    if ctx.reference is not None:
        return ctx.reference, "day", "reference"
    return None


def _later_than_undated(m: re.Match[str], rule: str, gran: Granularity,
                        mod: str | None) -> TimeExpression:
    """``N units later`` counted from an event the text does not date: unresolved."""
    return _make(m, rule, "DATE", _UNKNOWN.get(gran, "XXXX-XX-XX"), gran, confidence=0.4,
                 resolution="unresolved", mod=mod,
                 note="later than an event the text does not date")


def _relative(m: re.Match[str], ctx: _Context, rule: str, n: float, unit: str,
              direction: int, from_focus: bool, mod: str | None = None) -> TimeExpression | None:
    base = _anchor(ctx) if from_focus else (
        (ctx.reference, "day", "reference") if ctx.reference else None)
    if base is None:
        return _make(m, rule, "DATE", "XXXX", _UNIT_GRANULARITY.get(unit, "day"),
                     confidence=0.4, resolution="unresolved", note=_NO_REFERENCE, mod=mod)
    day, focus_gran, how = base
    gran = _UNIT_GRANULARITY.get(unit, "day")
    if how == "reference" and direction > 0 and rule == "later_earlier" \
            and tense_of(ctx.text, m.start(), m.end()) != "future":
        # "Two days later, the RSF kidnapped six health workers" in a text that names no
        # date, or the headline "43 Days Later: Orla Signs Bill": later than an event it
        # does not date, never after its own publication (unless the clause says it will be)
        return _later_than_undated(m, rule, gran, mod)
    if rule != "relative_unit" and gran in ("decade", "century"):
        gran = "year"  # "a decade ago" is about 1989, not "the 1980s"
    # "a year earlier" after "the third quarter" means the same quarter a year
    # before: keep the focus granularity when it is finer than the unit.
    if how == "previous" and focus_gran != "day" and _finer(focus_gran, gran):
        gran = focus_gran
    moved = shift(day, unit, direction * n)
    if how == "previous" and direction > 0 and rule in ("later_earlier", "relative_unit") \
            and ctx.reference is not None and day <= ctx.reference < moved \
            and tense_of(ctx.text, m.start(), m.end()) == "past":
        # "Seven months later, Hale could not bring Kovac even to pause": counted from
        # the last date named it would fall after publication, which a clause in the
        # past cannot; it counts from an event the text does not date
        return _later_than_undated(m, rule, gran, mod)
    if how == "previous" and focus_gran in ("month", "year") and _finer(gran, focus_gran):
        # "that same day" after "last October": the day is not given, only its month.
        known: Granularity = "month" if focus_gran == "month" and gran == "day" else "year"
        open_part = {"day": "-XX" if known == "month" else "-XX-XX", "week": "-WXX",
                     "month": "-XX"}[gran]
        return _make(m, rule, "DATE", format_value(moved, known) + open_part, focus_gran,
                     confidence=0.5,
                     resolution=how, mod=mod,
                     note=f"counted from {ctx.focus.value if ctx.focus else 'a date'}, "
                          f"which names no {gran}")
    return _make(m, rule, "DATE", format_value(moved, gran), gran, confidence=0.75,
                 resolution=how, mod=mod)


def _ago(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    direction_word = re.sub(r"\s+", " ", m["ago_dir"].lower())
    unit = _unit_code(m["ago_u"])
    n = _count(m["ago_n"] + (m["ago_half"] or ""))  # "a year and a half ago"
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
    if unit in ("H", "MIN", "S"):
        # "a minute and a half later": a span of time within the day, as TimeML reads it
        return _make(m, "duration", "DURATION", _duration_value(n, unit), "day",
                     resolution="none", mod=mod)
    direction = -1 if direction_word in ("earlier", "before") else 1
    return _relative(m, ctx, "later_earlier", n, unit, direction, True, mod)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[A-Z]")
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


_EDGE_OF_MODS = {"the end": "END", "end": "END", "late": "END", "the start": "START",
                 "start": "START", "the beginning": "START", "early": "START",
                 "the middle": "MID"}


def _edgeof(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``the end of the year``, ``earlier in the month``, ``year-end``: a part of the
    year (month, week) the text is speaking of.

    That is the year of a date just named in the same sentence, or in the one
    before when the clause tells of the past ("In 1987 it grew. By the end of
    the year ..."); otherwise the reference's, or the one before it after
    ``since`` its end ("since year-end"; "since the start of the year" is this year's).
    """
    unit = (m["eo_u"] or m["eo_u2"]).lower()
    edge = re.sub(r"\s+", " ", (m["eo_edge"] or m["eo_in"] or "end").lower())
    mod = _EDGE_OF_MODS.get(edge)
    gran: Granularity = "year" if unit == "year" else "month" if unit == "month" else "week"
    base: dt.date | None = None
    how = "reference"
    focus = ctx.focus
    since = _SINCE.search(ctx.text, max(0, m.start() - 8), m.start()) is not None
    if since:
        focus = None  # "since year-end": the last one before the reference
    if focus is not None and m.start() - focus.end < 200 \
            and (focus.granularity == gran or _finer(focus.granularity, gran)) \
            and (_SENTENCE_BREAK.search(ctx.text, focus.end, m.start()) is None
                 or tense_of(ctx.text, m.start(), m.end()) == "past"):
        span = interval(focus.value)
        if span is not None:
            base, how = span[0], "previous"
    if base is None and ctx.reference is not None:
        base = ctx.reference
        if since and mod == "END":
            base = shift(base, unit[0].upper(), -1)  # "since year-end": last year's end
    if base is None:
        return _make(m, "edge_of", "DATE", _UNKNOWN[unit], gran,
                     confidence=0.5, resolution="unresolved", note=_NO_REFERENCE, mod=mod)
    return _make(m, "edge_of", "DATE", format_value(base, gran), gran, confidence=0.7,
                 resolution=how, mod=mod)


_GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade", "century")


def _finer(small: str, big: str) -> bool:
    """Whether granularity ``small`` is strictly finer than ``big`` (``time`` and
    ``none`` are neither)."""
    order = _GRANULARITIES
    return small in order and big in order and order.index(small) < order.index(big)


def _yearago(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _relative(m, ctx, "year_earlier", 1, _unit_code(m["ya_adj"]), -1, True)


_ENDED = re.compile(r"\s+(?:that\s+)?end(?:ed|ing)\s+(?:on\s+)?(?:[A-Z0-9]|(?:tomorrow|today|"
                    r"yesterday|next|last|this)\b)")
"""``the year ended Sept. 30``, ``the year ending tomorrow``: a span closed by the date
after it (not ``before the year ends``, the year itself)."""


def _relunit(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    rel = re.sub(r"\s+", " ", m["ru_rel"].lower())
    edge = re.sub(r"\s+", " ", m["ru_edge"].lower()) if m["ru_edge"] else None
    mod = _EDGE_MODS.get(edge) if edge else None
    if m["ru_nu"]:
        if rel == "that":
            return None  # "said that 25 years is not enough": a conjunction, not "that"
        n = _count(m["ru_n"])
        unit = _unit_code(m["ru_nu"])
        return _make(m, "duration", "DURATION", _duration_value(n, unit),
                     _UNIT_GRANULARITY.get(unit, "day"), resolution="none")
    unit = _unit_code(m["ru_u"])
    if rel == "this past" or (unit == "WE" and rel in ("past", "the past")):
        rel = "last"  # "this past week", "the past weekend": the one just gone, a date
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
    if rel == "the" and _ENDED.match(ctx.text, m.end()):
        # "for the year ended Sept. 30": a twelve-month span closed by the date after it
        return _make(m, "duration", "DURATION", _duration_value(1, unit),
                     _UNIT_GRANULARITY.get(unit, "day"), resolution="none")
    if rel == "the":  # "for the year": the year of the date last spoken of
        if _capitalised(_orig(ctx, m, "ru_u")) and not _capitalised(_orig(ctx, m, "ru_rel")):
            return None  # "Person of the Year": a title, not a time
        base = _anchor(ctx)
        if base is None:
            return _make(m, "relative_unit", "DATE", "XXXX", "year", confidence=0.4,
                         resolution="unresolved", note=_NO_REFERENCE)
        return _make(m, "relative_unit", "DATE", format_value(base[0], "year"), "year",
                     confidence=0.6, resolution=base[2])
    if _capitalised(_orig(ctx, m, "ru_u")) and _capitalised(_orig(ctx, m, "ru_rel")) \
            and _TITLE_QUOTED.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # ABC News' "This Week," ABC-TV's "This Week With …": a show's title
    step = {"last": -1, "previous": -1, "the previous": -1, "the prior": -1, "next": 1,
            "coming": 1, "following": 1, "the following": 1, "the next": 1}.get(rel, 0)
    from_focus = rel in ("the following", "following", "the previous", "previous",
                         "the prior", "the next", "that", "the same", "same")
    if unit == "D" and not from_focus:
        return None  # "this day", "last day": not a resolvable date
    return _relative(m, ctx, "relative_unit", abs(step), unit, 1 if step >= 0 else -1,
                     from_focus, mod)


_TITLE_QUOTED = re.compile(r"[\"“‘]\s*\Z")
"""An opening quotation mark just before a capitalised ``This Week``: a title."""

_FRACTION_OF = re.compile(r"\s+of\b", re.IGNORECASE)
"""``of`` after one quarter: a share of something (``more than a quarter of the market``),
where ``several quarters of losses`` counts quarters of a year. A quarter of a time unit
reads as that unit (``a quarter of an hour``), never as quarters."""


_COMPOUND_HEAD = re.compile(
    r"\s+(?:vision|shift|train|flight|club|sky|watch|bus|raid|market|school|guard|duty|"
    r"game|session|care|job|labou?rers?|rate|cent(?:re|er)|students?)\b", re.IGNORECASE)
"""The noun ``day`` or ``night`` qualifies in a compound (``a night vision goggles test``,
``a night shift``, ``a day job``): a kind of thing done by day or night, not one day's
length (``a one-day trip`` lasts a day)."""


_OBSERVANCE = re.compile(
    r"\s+of\s+(?:(?:national|public|official|international)\s+)?(?:mourning|prayers?|"
    r"remembrance|action|protests?|rest|reflection|celebration|fasting|solidarity|rage|"
    r"silence|thanksgiving|commemoration)\b", re.IGNORECASE)
"""``a day of national mourning``: a day set aside and named for what it holds, not a
day's length (``a day of talks`` still lasts a day)."""


def _duration(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    n = _count(m["du_n"] + (m["du_half"] or ""))  # "a minute and a half"
    unit = _unit_code(m["du_u"])
    raw_n = m["du_n"].strip().lower()
    mod = _MODS.get(re.sub(r"\s+", " ", m["du_q"].lower())) if m["du_q"] else None
    if raw_n in ("a", "an") and m.group(0).lower() == f"{raw_n} {m['du_u'].lower()}":
        before = ctx.text[max(0, m.start() - 24) : m.start()]
        if _PER_BEFORE.search(before):
            return _make(m, "set", "SET", _duration_value(1, unit), "none", resolution="none")
    if raw_n in ("a", "an", "one") and ctx.text[m.end("du_u") : m.end("du_u") + 1] == "s":
        return None  # "a decades-long feud": the plural is not a count of one
    if raw_n in ("a", "an") and unit == "D" and _OBSERVANCE.match(ctx.text, m.end()):
        return None  # "declared Tuesday a day of national mourning"
    if raw_n in ("a", "an") and unit == "D" and m.end() == m.end("du_u") \
            and not m.group(0)[len(raw_n):].startswith("-") \
            and _COMPOUND_HEAD.match(ctx.text, m.end()):
        return None  # "a night vision goggles test", "a day job": a compound noun
    if re.match(r"-(?:earlier|ago|end|on-year|to-date)\b", ctx.text[m.end() : m.end() + 12]):
        return None  # "a year-earlier loss": the compound is a relative date, not a duration
    if m["du_long"] and "old" in m["du_long"].lower():
        return None  # "61 years old" is an age: a quantity, not a time
    if unit == "Q" and ("-" in m.group(0) or (
            raw_n in ("a", "an", "one") and _FRACTION_OF.match(ctx.text, m.end()))):
        return None  # "three-quarters", "more than a quarter of the market": fractions
    if raw_n.isdigit() and len(raw_n) == 4 and ctx.text[m.end("du_u") : m.end("du_u") + 1] != "s":
        return None  # "2025 year", "the 1988 quarter": a year naming a unit, not a count of it
    return _make(m, "duration", "DURATION", _duration_value(n, unit),
                 _UNIT_GRANULARITY.get(unit, "day"), resolution="none", mod=mod)


def _plural(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    q = re.sub(r"\s+", " ", (m["pl_q"] or "").lower())
    unit = _unit_code(m["pl_u"])
    if q == "the" and not m["pl_ahead"]:
        return None  # "the years of war": only "the weeks ahead" is a span of time
    if not q:
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\b(?:for|over)\s+$", before) and "long" not in m.group(0).lower():
            return None
    return _make(m, "duration", "DURATION", _duration_value(None, unit),
                 _UNIT_GRANULARITY.get(unit, "day"), resolution="none")


_BEFORE_A_NOUN = re.compile(
    r"\s+(?!(?:and|or|in|at|on|by|to|from|for|until|through|since|thereafter)\b)[a-z]")
"""A lower-case word after ``quarterly`` other than a conjunction or preposition: the noun
it qualifies (``its quarterly dividend``), a kind of payment rather than a schedule told."""


def _set(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if m["set_w"]:
        if m["set_w"].lower() == "quarterly" and _BEFORE_A_NOUN.match(ctx.text, m.end()):
            return None
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
    minute = int(m["cl_m"] or m["cl_m2"] or 0)  # "8:30 pm", "830pm"
    return _time_of_day(m, ctx, hour, minute, m["cl_tz"])


def _clockday(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    expr = _clockday_at(m, ctx)
    return _as_midday(expr) if expr is not None and m["cd_noon"] == "midday" else expr


def _as_midday(expr: TimeExpression) -> TimeExpression:
    """``midday`` is a part of the day (TimeML's ``MI``), not the stroke of noon: a report
    of "midday" does not clash with one of 12:50."""
    day = expr.value[: expr.value.index("T")]
    return attrs.evolve(expr, value=f"{day}TMI", granularity="day")


_MIDNIGHT_OPENS = re.compile(r"\b(?:after|around|about|approximately|near)\s+\Z",
                             re.IGNORECASE)
"""Words before ``midnight`` and a day that put it at the day's start, not its end."""


def _clockday_at(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    if m["cd_noon"]:
        hour, minute = 12, 0
        if m["cd_noon"] == "midnight":
            # "midnight Friday" ends Friday (TimeML's T24:00); "just after midnight
            # Friday" and "around midnight on Monday" (an event, not a deadline) are in
            # its first minutes
            after = _MIDNIGHT_OPENS.search(ctx.text, max(0, m.start() - 16), m.start())
            hour = 0 if after else 24
    elif m["cd_h24"]:
        hour, minute = int(m["cd_h24"]), int(m["cd_m24"])
    else:
        hour = int(m["cd_h"]) % 12 + (12 if m["cd_ap"].lower().startswith("p") else 0)
        minute = int(m["cd_m"] or 0)
    if m["cd_mon"]:
        # "5 p.m. EST Nov. 9": the day is read as any date is, then timed
        day_expr = _day(m, ctx, "clock_date", m["cd_md"], _month_number(m["cd_mon"]),
                        m["cd_y"])
        if day_expr is None:
            return None
        return attrs.evolve(
            day_expr, type="TIME", granularity="time",
            value=f"{day_expr.value}T{hour:02d}:{minute:02d}{_zone(m['cd_tz'])}")
    word = m["cd_day"].lower()
    if ctx.reference is None:
        return _make(m, "clock_day", "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "time",
                     confidence=0.5, resolution="unresolved", note=_NO_REFERENCE)
    told = None
    if word in WEEKDAY_ALIASES:
        future = tense_of(ctx.text, m.start(), m.end()) == "future"
        told = _telling_day(ctx, m.start()) if future else None
        day = weekday_near(told or ctx.reference, WEEKDAY_ALIASES[word], "", future)
    else:
        day = ctx.reference + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return _make(m, "clock_day", "TIME",
                 f"{day.isoformat()}T{hour:02d}:{minute:02d}{_zone(m['cd_tz'])}", "time",
                 confidence=0.8, resolution="previous" if told else "reference")


def _clock24(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    return _time_of_day(m, ctx, int(m["c24_h"]), int(m["c24_m"]), m["c24_tz"])


_LATER_PART_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night|tonight|(?:this|that|on\s+\w+)\s+"
    r"(?:afternoon|evening|night))\b", re.IGNORECASE)
"""``shortly after 6:40 in the evening``, ``at 9:15 that night``: a clock of the second
half of the day, written on a twelve-hour dial."""


def _clockat(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    """``at 14:30``, ``until 00:01``: a 24-hour clock after a word that times something;
    ``at 6:40 in the evening`` is 18:40."""
    hour = int(m["ca_h"])
    part = (m["ca_part"] or "").lower()
    if 1 <= hour < 12 and ((part and "morning" not in part)
                           or _LATER_PART_AFTER.match(ctx.text, m.end())):
        hour += 12
    return _time_of_day(m, ctx, hour, int(m["ca_m"]))


_MIDNIGHT_ENDS = re.compile(r"\b(?:before|until|till|by)\s+\Z", re.IGNORECASE)
"""Words before a bare ``midnight`` that make it the end of the day in hand (``a news
conference that began shortly before midnight``, after a Saturday evening: 24:00 of that
Saturday), not its first minute, once the text has reached that day's second half."""


_LATER_HALF = re.compile(r"T(?:AF|EV|NI|1[2-9]:\d\d|2[0-3]:\d\d)")
"""A part of the day or a clock in its second half: ``Saturday evening``, ``9:15 p.m.``."""


def _later_in_the_day(ctx: _Context) -> bool:
    """Whether the text last named the second half of a day, so that the midnight just
    before is that day's end; after a whole day (``voted on Friday``) it may as well be the
    night before."""
    return ctx.focus is not None and _LATER_HALF.search(ctx.focus.value) is not None


def _noon(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = m.group(0)
    hour = 12 if word != "midnight" else 24 if _MIDNIGHT_ENDS.search(
        ctx.text, max(0, m.start() - 16), m.start()) and _later_in_the_day(ctx) else 0
    expr = _time_of_day(m, ctx, hour, 0)
    return _as_midday(expr) if word == "midday" else expr


def _zone(tz: str | None) -> str:
    """ISO 8601's ``Z`` for a clock time in UTC or GMT. Other zones stay local, as in
    TimeML, where ``4 a.m. EDT`` is ``T04:00``."""
    return "Z" if tz is not None and tz.lower() in ("utc", "gmt") else ""


_WEEKDAY_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,24}\)\s*)?,?\s*(?:on\s+)?(?P<wd>"
    + WD_FULL + r")\b", re.IGNORECASE)
"""A weekday just after a clock, past a bracketed second clock: ``10:35 a.m. (0735 GMT)
Friday``."""


_EARLY_HOUR = 9
"""Before this hour, a clock told after a late hour of the day before runs on into the
next morning."""
_CLOCK_HOUR = re.compile(r"T(\d\d):")
_LOOKS_BACK = re.compile(r"\b(?:earlier|before|previously|prior)\b", re.IGNORECASE)
"""Words between two clocks that turn the telling back in time (``Earlier, at 6 a.m.``)."""
_LATE_HOUR = 21
"""From this hour on, a clock told in the past tense with no day of its own is taken for
the evening before the publication date (articles carry a date, not an hour)."""


def _pair_holds_reference(ctx: _Context) -> bool:
    """Whether the focus closes a pair of days the publication date lies within."""
    if ctx.focus_from is None or ctx.focus is None or ctx.reference is None:
        return False
    first, last = interval(ctx.focus_from.value), interval(ctx.focus.value)
    return first is not None and last is not None and first[0] <= ctx.reference < last[1]


_OTHER_TIME = dt.timedelta(days=31)
"""How far from publication the last day given may be for a clock paragraphs later to fall
on it."""


def _other_time(ctx: _Context, day: dt.date, at: int) -> bool:
    """Whether the day the text last gave is of another time than a clock paragraphs after
    it: more than a month from publication (``CM from August 7, 2016 to September 11,
    2021`` in a profile; then, a paragraph on, ``departed at 1339 IST`` on the day of the
    news). A timeline told in one paragraph keeps its day."""
    assert ctx.focus is not None
    return ctx.reference is not None and abs(day - ctx.reference) > _OTHER_TIME \
        and "\n" in ctx.text[ctx.focus.end : at]


def _time_of_day(m: re.Match[str], ctx: _Context, hour: int, minute: int,
                 tz: str | None = None) -> TimeExpression:
    """A clock's day: a weekday just after it, else the last date before it (a timeline
    runs on over paragraphs: ``On Sunday …`` then ``At 9:34 a.m. …``), else the
    publication date. After a pair of days (``mourning on July 30 and 31``) that holds
    the publication date, the clock is on the publication date: nothing ties it to
    the pair's second day."""
    day = None
    how = "unresolved"
    after = _WEEKDAY_AFTER.match(ctx.text, m.end())
    if after and ctx.reference is not None:
        future = tense_of(ctx.text, m.start(), m.end()) == "future"
        day = weekday_near(ctx.reference, WEEKDAY_ALIASES[after["wd"].lower()], "", future)
        how = "reference"
    elif (focus_day := _focus_day(ctx)) is not None and not _pair_holds_reference(ctx) \
            and not _other_time(ctx, focus_day, m.start()):
        day, how = focus_day, "previous"
    note = None
    if how == "previous" and day is not None and ctx.focus is not None \
            and hour < _EARLY_HOUR and (late := _CLOCK_HOUR.search(ctx.focus.value)) \
            and int(late.group(1)) >= _LATE_HOUR \
            and not _LOOKS_BACK.search(ctx.text, ctx.focus.end, m.start()):
        # "The quake struck at 11:15 pm. … The advisory was lifted at 6:20 a.m.": a
        # timeline runs on past midnight, so the morning is the next day's
        day += dt.timedelta(days=1)
        note = "the morning after the late hour told before it"
    if day is not None and day == ctx.reference and how == "previous" \
            and _LATE_HOUR <= hour < 24 and tense_of(ctx.text, m.start(), m.end()) == "past":
        day = None  # "lifted on Tuesday morning. The temblor struck at 11.15 pm", in
        # Tuesday's paper: a late hour past, as with no day before it (below)
    if day is None and ctx.reference is not None:
        day, how = ctx.reference, "reference"
        if _LATE_HOUR <= hour < 24 and tense_of(ctx.text, m.start(), m.end()) == "past":
            # "the quake struck at 11:47 pm", in an article dated the next morning: a
            # late hour already past is, most likely, the night before the date
            day -= dt.timedelta(days=1)
            note = "a late hour told in the past tense: the night before the publication date"
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return _make(m, "clock", "TIME", f"{prefix}T{hour:02d}:{minute:02d}{_zone(tz)}", "time",
                 resolution=how, confidence=0.8,
                 note=note if day else _NO_REFERENCE)


def _ref(m: re.Match[str], ctx: _Context) -> TimeExpression | None:
    word = re.sub(r"\s+", " ", m["ref_w"].lower())
    value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
             "presently": "PRESENT_REF", "current": "PRESENT_REF", "recently": "PAST_REF",
             "lately": "PAST_REF", "the past": "PAST_REF", "recent": "PAST_REF",
             "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
             "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
             "the short term": "FUTURE_REF", "these days": "PRESENT_REF"}.get(word)
    if value is None:
        return None
    if word in ("current", "recent", "future"):
        return None  # adjectives ("current account", "future plans"): too often not times
    if word in ("the future", "the past") and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the future of our peoples": what lies ahead for them, no time
    if word == "soon" and _AS_SOON_AS.match(ctx.text, max(0, m.start() - 3)):
        return None  # "as soon as trading opened": a conjunction, not a time
    if word == "now" and _DISCOURSE_NOW.match(ctx.text, m.start()) and _opens_sentence(
            ctx.text, m.start()):
        return None  # "Now, he says, …": a turn of the telling, not a time
    return _make(m, "reference_word", "DATE", value, "none", resolution="none")


_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_AS_SOON_AS = re.compile(r"as\s+soon\s+as\b(?!\s+(?:possible|practicable|feasible)\b)",
                         re.IGNORECASE)
"""``as soon as``: a conjunction that ties one event to another (a TimeML signal), naming
no time of its own; ``as soon as possible`` still means soon."""


_DISCOURSE_NOW = re.compile(r"Now\s*,")
"""``Now,`` opening a sentence: a turn of the telling (``Now, Ms. Conlin said, it will have
new resonance``), not the present moment."""


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``text[at:]`` opens a sentence: nothing but space, quotes or a paragraph
    break since the last full stop."""
    before = text[max(0, at - 4) : at].rstrip(" \t\"“‘'")
    return not before or before.endswith((".", "!", "?", "\n"))
