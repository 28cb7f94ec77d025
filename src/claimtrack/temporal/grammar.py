"""The regular grammar of English time expressions.

Two compiled patterns do the work:

* :data:`TOKEN` with :data:`TRIGGER_WORDS` finds the *core* word of every
  expression (a month, a weekday, a digit, a unit, ``yesterday`` ...). It is
  cheap and scans the whole text once.
* :data:`EXPRESSION` is tried, anchored, only at a trigger and at the few
  word starts just before it (for modifiers such as ``early``, ``last``,
  ``the``). Each alternative is a named group that names the rule.

Every quantifier is bounded or applies to a disjoint character class, so no
pattern can backtrack catastrophically: matching cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.temporal.lexicon import MONTH_ALIASES, MONTHS, WEEKDAY_ALIASES, WEEKDAYS

__all__ = ["EXPRESSION", "PREFIX_WORDS", "TOKEN", "TRIGGER_WORDS", "ZONES"]


def _alt(words: Iterable[object]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=lambda w: (-len(w), w)))


_MONTH_FULL = _alt(MONTHS)
_MONTH_ABBR = _alt(k for k in MONTH_ALIASES if k not in MONTHS)
MON = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\b\.?)"
MON_WORD = rf"(?:{_MONTH_FULL}|(?:sept|sep|jan|feb|aug|oct|nov|dec)\.)"
"""A month standing alone (``March``, ``Sept.``): full names, or the short forms with
their stop, so that ``jan`` or ``dec`` inside other words never read as months."""
WD_FULL = _alt(WEEKDAYS)
WD = rf"(?:{WD_FULL}|(?:{_alt(k for k in WEEKDAY_ALIASES if k not in WEEKDAYS)})\.)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d])"
NUMW = (
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)[\s-]+and[\s-]+a[\s-]+half|"
    r"(?:half\s+an?|an?\s+(?:half|quarter)(?:\s+of\s+an?)?|three[\s-]quarters\s+of\s+an?)"
    r"(?=[\s-])|"
    r"\d{1,3}(?:,\d{3})+(?![\d,])|"  # "2,000 years"
    r"\d+(?:\.\d+)?(?:\s+1/2|½)?|(?:a\s+)?couple\s+of|a\s+few|a\s+dozen|several|few|many|some|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an)"
)
UNIT = (
    r"(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|"
    r"centur(?:y|ies)|millennium)"
)
PART = r"(?:morning|midday|afternoon|evening|night|overnight)"
EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|" \
       r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end|start)"
APPROX = (
    r"(?:a\s+little\s+(?:more\s+than|less\s+than|over|under)|slightly\s+(?:more|less)\s+than|"
    r"no\s+(?:more|less|fewer)\s+than|"
    r"about|around|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|"
    r"at\s+most|some|roughly|approximately|up\s+to|under|close\s+to|just\s+over|"
    r"just\s+under|well\s+over|only)"
)
SEP = r"[\s\-–—]+"
ZONES: tuple[str, ...] = tuple(
    "est edt cst cdt mst mdt pst pdt gmt utc ist bst cest cet eest eet wet msk jst kst hkt "
    "sgt pkt aest aedt awst nzst nzdt wib eat wat sast et pt".split())
"""Time zones written after a clock time: US, UTC/GMT, and those common in world news."""
ZONE = rf"(?:{_alt(ZONES)})\b"

def _hhmm(hour: str, minute: str) -> str:
    """A 24-hour clock, ``16:00`` or wire copy's ``1600``; four digits without a colon
    after ``in``, ``of``, ``since`` or ``until`` are a year (``in 2014 UTC``), but after
    ``by`` a clock (``had stopped by 1400 GMT``)."""
    return (rf"(?<![\d.,])(?P<{hour}>[01]\d|2[0-3])(?::|(?<!\bin\s\d\d)(?<!\bof\s\d\d)"
            rf"(?<!since\s\d\d)(?<!until\s\d\d))(?P<{minute}>[0-5]\d)")


_MILITARY = (r"(?:0\d[0-5]\d|(?<=\bat\s)(?:1\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[.:][0-5]\d)"
             r"\s+hours\b")
"""``0300 hours``, ``at 1545 hours``, ``14.00 hours``: a time of day in military style, not
a duration."""

_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

_EXPRESSION = rf"""
(?P<iso>(?<![\d-])\d{{4}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])
    (?:[t\x20](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?![\d-]))
|(?P<numeric>(?<![\d/.])(?P<nu_a>[0-3]?\d)/(?P<nu_b>[0-3]?\d)/(?P<nu_y>\d{{4}}|\d{{2}})(?![\d/]))
|(?P<numdot>(?<![\d.\-])(?P<nd_a>[0-3]?\d)(?P<nd_sep>[.\-])(?P<nd_b>[0-3]?\d)(?P=nd_sep)
    (?P<nd_y>(?:19|20)\d\d)(?![\d\-]|\.\d))
|(?P<ymd>(?<![\d/.])(?P<ymd_y>(?:19|20)\d\d)/(?P<ymd_m>[01]?\d)/(?P<ymd_d>[0-3]?\d)(?![\d/]))
|(?P<dmy>(?:(?:(?:last|this|past|next)\s+)?(?P<dmy_wd>{WD}),?\s+)?(?:the\s+)?(?P<dmy_d>{DAY})(?:(?:\s+of)?\s+(?:de\s+)?|-(?={MON}-))
    (?P<dmy_m>{MON})(?:,?\s+(?:de\s+|del\s+)?|(?<=[a-z])-)(?P<dmy_y>{YEAR}))
|(?P<mdy>(?:(?:(?:last|this|past|next)\s+)?(?P<mdy_wd>{WD}),?\s+)?(?P<mdy_m>{MON})(?:\s+|,\s*(?=\d{{1,2}},\s*\d{{4}}))(?P<mdy_d>{DAY})\s?,?\s+(?P<mdy_y>{YEAR}))
|(?P<fuzzy_dmy>(?P<fz1_d>{DAY})\s+(?P<fz1_m>[a-z]{{4,10}})\.?,?\s+(?P<fz1_y>{YEAR}))
|(?P<fuzzy_mdy>(?P<fz2_m>[a-z]{{4,10}})\.?\s+(?P<fz2_d>{DAY}),?\s+(?P<fz2_y>{YEAR}))
|(?P<ordday>(?:(?<=\bon\s)|(?<=\bby\s)|(?<=until\s)|(?<=since\s)|(?<=\bfrom\s))the\s+
    (?P<od_d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?:\s+of\s+(?P<od_of>this|last)\s+month)?
    (?=\s*(?:[,.;:)]|$)|\s+(?:and|at|when|but|that|in)\b))
|(?P<dm>(?:(?:(?:last|this|past|next)\s+)?(?P<dm_wd>{WD}),?\s+)?(?:the\s+)?(?P<dm_d>{DAY})(?:\s+of)?\s+(?P<dm_m>{MON})(?!\s*\d)(?:,?\s+(?P<dm_rel>this|last|next)\s+year(?!['’]))?)
|(?P<md>(?:(?:(?:last|this|past|next)\s+)?(?P<md_wd>{WD}),?\s+)?(?P<md_m>{MON})\s+(?P<md_d>{DAY})(?![\d:,]\d|\s*%)(?:,?\s+(?P<md_rel>this|last|next)\s+year(?!['’]))?)
|(?P<my>(?:(?P<my_edge>{EDGE}){SEP}(?:of\s+)?)?(?P<my_m>{MON}),?\s+(?:of\s+)?(?P<my_y>{YEAR}))
|(?P<myrel>(?:(?P<myr_edge>{EDGE}){SEP}(?:of\s+)?)?(?P<myr_m>{MON_WORD})\s+(?:of\s+)?(?P<myr_rel>this|last|next)\s+year)
|(?P<weekof>(?:the\s+)?(?P<wo_ord>first|second|third|fourth|last|final)\s+(?P<wo_u>week|weekend|days)\s+of\s+
    (?:(?P<wo_m>{MON_WORD})(?:,?\s+(?P<wo_y>{YEAR}))?|(?P<wo_rel>this|last|next|the)\s+month)(?![\w-]))
|(?P<quarter>(?:the\s+)?(?:(?P<q_rel>last|this|next|previous|latest|current|same)\s+)?
    (?:(?P<q_yrel0>last|this|next)\s+year['’]s\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]))?
    (?:(?P<q_y0>{YEAR})\s+(?=(?:first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]))?
    (?:(?:comparable|corresponding)\s+)?(?P<q_ago>year[\s-]+(?:ago|earlier)\s+)?
    (?:(?P<q_y1>{YEAR})\s+(?=(?:fiscal\s+)?quarter(?!s)))?
    (?:(?P<q_ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+)?
    (?:fiscal\s+)?quarter(?!s|ly|[\s-]?(?:finals?|points?|mile|hour)\b)(?:\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?)?(?P<q_y>{YEAR})|\s+of\s+(?P<q_yrel>last|this|next)\s+year)?)
|(?P<qcode>q(?P<qc_n>[1-4])(?:(?:\s*|-)(?P<qc_y>{YEAR}|'\d\d|\d\d))?\b)
|(?P<half>(?:the\s+)?(?P<h_ord>first|second|last)\s+half(?:\s+of\s+(?P<h_y>{YEAR}))?)
|(?P<fiscal>(?:fiscal(?:\s+year)?|fy)\s*'?(?P<fy_y>{YEAR}|\d\d)(?!\d))
|(?P<decade>(?:the\s+)?(?:(?P<dec_edge>early|mid|late){SEP})?(?:(?P<dec_d>1\d\d|20\d)0|['’](?P<dec_s>\d)0|(?P<dec_t>[3-9])0)['’]?s\b)
|(?P<apyear>['’](?P<ap_y>\d\d)(?![\w'’]))
|(?P<decword>the\s+(?:(?P<dw_edge>early|mid|late){SEP})?(?P<dw_w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)
|(?P<century>(?:the\s+)?(?:(?P<cen_edge>early|mid|late){SEP})?(?P<cen_n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century)
|(?P<season>(?:(?P<se_rel>this\s+past|last|this|next|early|late|mid|the)\s+)?(?P<se_n>spring|summer|autumn|fall|winter)
    (?:\s+(?:of\s+)?(?P<se_y>{YEAR}))?)
|(?P<holiday>(?:(?P<ho_rel>last|this|next)\s+)?(?P<ho_n>christmas\s+(?:eve|day)|christmas|
    new\s+year['’]s\s+(?:eve|day)|new\s+year['’]s(?=\s+(?:morning|afternoon|evening)\b)|
    boxing\s+day|halloween|valentine['’]s\s+day|
    thanksgiving(?:\s+day)?|easter\s+(?:sunday|monday)|easter|good\s+friday|
    fourth\s+of\s+july|july\s+fourth)(?![\w'’-])
    (?:\s+(?P<ho_part>morning|afternoon|evening|night)\b)?
    (?:,?\s+(?P<ho_y>{YEAR}))?)
|(?P<beforeafter>the\s+(?P<ba_u>day|night)\s+(?P<ba_dir>before|after)
    (?=\s*(?:[.,;:!?)]|$)))
|(?P<theweekend>the\s+weekend)|(?P<theday>the\s+day(?![\w-]|\s+(?:before|after|of|when|that|
    on|in|at|he|she|they|we|i|it|his|her|their|our|its|the|a)\b))|(?P<dayword>(?P<dw>today|yesterday|tomorrow|tonight)(?:\s+(?P<dw_part>{PART}))?)
|(?P<partday>(?P<pd_edge>mid|late|early)[\s-]?(?P<pd_part>morning|afternoon|evening)\b
    (?:\s+(?:on\s+)?(?P<pd_day>yesterday|today|tomorrow|{WD_FULL})\b|(?!\s+of\b)))
|(?P<sunpart>(?P<sp_part>dawn|daybreak|sunrise|dusk|sunset|nightfall)\s+(?:on\s+)?
    (?P<sp_day>yesterday|today|tomorrow|{WD_FULL})\b)
|(?P<partword>(?P<pw_rel>this|last)\s+(?P<pw_part>{PART}|night))
|(?P<weekday>(?:(?P<wd_rel>last|this|next|past|coming|the\s+(?:following|previous|prior|next))\s+)?(?P<wd_n>{WD_FULL})
    (?:\s+(?P<wd_part>{PART}))?)
|(?P<ago>(?:(?P<ago_q>{APPROX})\s+)?(?!{_MILITARY})(?P<ago_n>{NUMW}|)\s*(?P<ago_u>{UNIT}|hr|min|sec|yr|wk)s?(?P<ago_half>\s+and\s+a\s+half)?\s+
    (?P<ago_dir>ago|earlier|later|from\s+now|hence|on(?=\s*(?:[,.;:!?—–)]|$|from\b|and\b))))
|(?P<relunit>(?:(?P<ru_edge>early|earlier|late|later|mid|the\s+end\s+of|the\s+start\s+of|
    the\s+beginning\s+of)\s+)?(?P<ru_rel>last|this\s+past|this|next|past|coming|previous|
    following|current|that|same|the\s+following|the\s+previous|the\s+next|the\s+same|the\s+current|the\s+past|
    the\s+last|the\s+coming|the\s+prior|the\s+full(?=\s+year)|the(?=\s+fiscal\s+year)|
    (?(ru_edge)(?!)|the(?=\s+year\b(?![\w'’-]|\s+(?:\d|(?:two|nineteen|twenty|earlier|ago|before|
    after|previous|prior|later|of|round|long|old)\b)))))\s+
    (?:(?P<ru_fiscal>fiscal)\s+)?(?P<ru_u>{UNIT}|(?P<ru_n>{NUMW})\s+(?P<ru_nu>{UNIT})s?)\b)
|(?P<edgeof>(?:(?P<eo_edge>the\s+end|the\s+start|the\s+beginning|the\s+middle|end|start)\s+of
    |(?P<eo_in>earlier|later|early|late)\s+in)\s+the\s+(?P<eo_u>year|month|week)\b(?![\s-]+(?:earlier|ago|before)\b)
    |(?P<eo_u2>year|month)(?:[\s-]+|['’]s\s+)end\b)
|(?P<yearago>(?P<ya_adj>year|month|week|day)[\s-]+(?:earlier|ago)\b)
|(?P<duration>(?:(?P<du_q>{APPROX})\s+)?(?!{_MILITARY})(?P<du_n>{NUMW})[\s\-–]+
    (?:(?:more|additional|extra|straight|consecutive|trading|business|working)\s+)?(?P<du_u>{UNIT})s?
    (?P<du_half>\s+and\s+a\s+half)?(?P<du_long>[\s-]+long|[\s-]+olds?)?\b
    (?!(?:\s+of\s+an?)?[\s-]+(?:percentage[\s-]+)?points?\b))
|(?P<plural>(?:(?P<pl_q>recent|several|many|few|the\s+past|the\s+last|the\s+coming|
    the\s+next|coming|the)\s+)?(?P<pl_u>second|minute|hour|day|week|month|year|decade)s
    (?:[\s\-–]long|(?P<pl_ahead>\s+ahead))?\b)
|(?P<set>(?P<set_w>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly)\b
    |(?:every|each|per)\s+(?:single\s+)?(?P<set_u>{UNIT}|{WD_FULL}))
|(?P<clockday>(?:(?P<cd_h>1[0-2]|0?[1-9])(?:[:.](?P<cd_m>[0-5]\d))?\s*(?P<cd_ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|(?P<cd_noon>noon|midday|midnight)
    |{_hhmm("cd_h24", "cd_m24")}
        (?=\s+(?:{ZONE})\b|,?\s+(?:on\s+)?(?:{WD_FULL}|today|yesterday|tomorrow)\b|\s+on\s+{MON}\s+\d))
    (?:\s+(?:local\s+time|(?P<cd_tz>{ZONE})))?,?\s+(?:on\s+)?
    (?:(?P<cd_day>{WD_FULL}|today|yesterday|tomorrow)|(?P<cd_mon>{MON})\s+(?P<cd_md>{DAY})
        (?:,?\s+(?P<cd_y>{YEAR})|(?![\d:]|,?\s+\d))))
|(?P<clock>(?P<cl_h>1[0-2]|0?[1-9])(?:[:.](?P<cl_m>[0-5]\d)|(?P<cl_m2>[0-5]\d)(?=[ap]m\b))?\s*(?P<cl_ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)
    (?:\s+(?P<cl_tz>{ZONE}))?)
|(?P<clock24>{_hhmm("c24_h", "c24_m")}(?:\s+(?P<c24_tz>{ZONE})|\s+local\s+time|\s?hrs
    |(?<=0\d\d\d)\s+hours|(?<=\bat\s\d\d\d\d)\s+hours)\b)
|(?P<clockat>(?:(?<=\bat\s)|(?<=\bby\s)|(?<=until\s)|(?<=\bfrom\s)|(?<=before\s)|(?<=after\s)
    |(?<=around\s)|(?<=about\s)|(?<=approximately\s)|(?<=roughly\s))(?P<ca_h>[01]?\d|2[0-3]):(?P<ca_m>[0-5]\d)(?![\d:])
    (?P<ca_part>\s+in\s+the\s+(?:morning|afternoon|evening)\b|\s+at\s+night\b)?)
|(?P<noon>(?<!high\s)noon|midday|midnight)
|(?P<month>(?:(?P<mo_edge>{EDGE}|last|this|next)[\s\-–]+(?:of\s+)?)?(?P<mo_n>{MON_WORD})(?![\w-])
    (?(mo_edge)(?!\s+{DAY}\b(?![.,]?\d))))
|(?P<year>(?:(?P<y_edge>early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|
    the\s+middle\s+of){SEP}(?:of\s+)?)?(?<![\w$€£#.,])(?<![a-z]\d-)(?<![a-z]\d\d-)(?<![a-z]\d\d\d-)(?P<y_n>{YEAR})(?P<y_s>['’]s)?(?![,.]\d|\s*%))
|(?P<wordyear>(?:the\s+year\s+)?(?:nineteen[\s-](?P<wy_tens>{_TENS})(?:[\s-](?P<wy_unit>{_ONES}))?
    |nineteen[\s-](?P<wy_teen>{_TEENS})|two\s+thousand(?:\s+and)?(?:[\s-](?P<wy_2k>{_ONES}|{_TEENS}))?)\b)
|(?P<ref>(?P<ref_w>now|currently|recently|lately|nowadays|presently|soon|former|formerly|
    the\s+near\s+future|the\s+(?:near|short)\s+term|these\s+days|
    the\s+future|the\s+past|future|once|previously|current|recent|earlier|later|shortly|
    the\s+time|that\s+time)\b)
"""

EXPRESSION: re.Pattern[str] = re.compile(_EXPRESSION, re.VERBOSE)
"""Every rule, as named alternatives; ``match`` it, at a candidate start, in lower-cased text."""

_TRIGGER_WORDS = (
    *MONTHS, *(k for k in MONTH_ALIASES if k not in MONTHS), *WEEKDAYS,
    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
    "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall",
    "nights", "overnight", "now", "currently", "recently", "lately", "nowadays", "presently",
    "soon", "future", "past", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
    "weekend", "weekends", "week", "weeks", "fortnight", "month", "months", "quarter",
    "quarters", "year", "years", "decade", "decades", "century", "centuries", "millennium",
    "spring", "summer", "autumn", "fall", "winter", "half", "daily", "weekly", "monthly",
    "quarterly", "annually", "yearly", "nightly", "hourly", "noon", "midday", "midnight", "fiscal",
    "fy", "q1", "q2", "q3", "q4", "am", "pm", "nineteen", "thousand", "term", "twenties",
    "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    "christmas", "halloween", "valentine", "thanksgiving", "easter",
)


TRIGGER_WORDS: frozenset[str] = frozenset(_TRIGGER_WORDS)
"""The core words every expression contains (besides numbers)."""

TOKEN: re.Pattern[str] = re.compile(r"[a-z]{3,}|(\d+)|(['’]\d0s\b|['’]\d\d(?![\w'’]))")
"""Letter runs, digit runs, ``'90s`` and ``'82``: scanned once over the lower-cased text;
a letter run is a trigger when it is in :data:`TRIGGER_WORDS`. A plain
tokenizer and a set lookup scan faster than one large alternation. Runs of
one or two letters are skipped in the scanner itself: no trigger word is that
short except ``am``, ``pm`` and ``fy``, which always follow or precede digits,
and digits are triggers of their own."""

PREFIX_WORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "last", "this", "next", "past", "coming", "previous", "following",
        "new", "good", "boxing", "comparable", "corresponding",
        "current", "same", "that", "prior", "latest", "early", "earlier", "mid", "late",
        "later", "end", "start", "beginning", "middle", "of", "de", "del", "about", "around",
        "nearly", "almost", "over", "more", "less", "fewer", "than", "at", "least", "most",
        "some", "roughly", "approximately", "up", "to", "under", "close", "just", "well",
        "only", "recent", "several", "many", "few", "couple", "dozen", "every", "each", "per",
        "single", "first", "second", "third", "fourth", "final", "full", "1st", "2nd", "3rd", "4th",
        "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "fiscal", "fy", "year", "month", "week", "day", "noon",
        "midday", "midnight", "am", "pm", "in", "near", "short", "these", "additional", "extra",
        "straight", "consecutive", "trading", "business", "working", "and", "little", "slightly",
        "no",
        *WEEKDAYS, *MONTHS,
        *(k for k in MONTH_ALIASES if k not in MONTHS),
        *(k for k in WEEKDAY_ALIASES if k not in WEEKDAYS),  # "Fri., 22 May"
    }
)
"""Words that may open an expression before its trigger (``early``, ``the``, ``last`` ...)."""
