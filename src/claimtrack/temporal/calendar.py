"""Calendar arithmetic and TIMEX3 formatting for resolved dates.

Pure functions of their arguments: nothing here reads the clock. The
reference date always comes from the article (its publication date).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import TH, relativedelta

from claimtrack.temporal.values import Granularity

__all__ = [
    "FUTURE_CUE",
    "HOLIDAYS",
    "PAST_CUE",
    "format_value",
    "holiday",
    "nearest_day",
    "nearest_day_of_month",
    "nearest_holiday",
    "nearest_month",
    "past_reach",
    "reported_future",
    "set_aside",
    "shift",
    "tense_of",
    "weekday_near",
]

FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|would(?!\s+(?:have|not\s+have)\b)|shall|going\s+to|"
    # "plans to" as a verb, not the noun of "his plans to"
    r"(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bthe )plans?\s+to|"
    r"planned\s+(?:to|for)|planning\s+to|"
    # "expected" as a verb, not the adjective of "a widely expected step", "as expected"
    r"expects?|(?<!\bwidely )(?<!\bas )(?<!\bthan )(?<!\bgenerally )(?<!\blargely )"
    r"(?<!\ban )(?<!\ba )(?<!\bthe )expected|"
    # "scheduled" as a verb, not the adjective of "6% of scheduled flights"
    r"(?<!\bof )(?<!\bthe )(?<!\ball )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bregularly )"
    r"scheduled|set\s+to|due\s+to(?!\s+(?:the|a|an|his|her|its|their|this|that|these|"
    # "due to darkness", "due to heavy rain": a cause, not a plan
    r"those|heavy|bad|poor|rough|severe|high|low|strong|lack|rain|snow|fog|weather|"
    r"[a-z]+(?:ness|tion|sion|ity|ment|ance|ence|ure))\b"
    # a plural noun, a quote or a name after "due to" is a cause too ("due to storms",
    # "due to “exceptional thunderstorms”"): a plan's verb is in its base form
    r"|\s*(?:[“\"‘'0-9]|(?-i:[A-Z]))|\s+(?-i:[a-z]+[^s\W]s)\b)|upcoming|next(?![-‑])|intends?\s+to|is\s+to|are\s+to|"
    # "issues red warning ahead of landfall on Sunday": what is still to come
    r"ahead\s+of|"
    # "a 10% baseline on nearly all imports starting Saturday": when a measure begins
    # (the date itself is cut off the text a cue is sought in: the cue ends it)
    r"(?:starting|beginning)(?=\s+(?:on\s+)?(?:\Z|(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|tomorrow)\b))|"
    # "forecasts" as a verb, not the noun of "well below consensus forecasts of 3.5%"
    r"(?<!\bconsensus )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\bmarket )"
    r"forecasts?(?!\s+of\b)|projected(?=\s+to\b)|as\s+soon\s+as|can(?!['’]t|not)|"
    # the verb, never the month: "may reopen on Wednesday" (not "may have")
    r"(?-i:may|might)(?!\s+(?:have|had|not\s+have)\b)|"
    # the present of a timetable: "Voting takes place Thursday", "the trial begins Monday"
    r"(?:takes\s+place|begins|starts|opens|resumes|(?:is|are)\s+held)(?=\s+(?:on\s+)?(?:[a-z]+day\b|\Z))|"
    r"(?:closed|shut|postponed|adjourned|delayed|suspended|extended|deferred|put\s+off|"
    r"remains?|stays?)\s+(?:[^\s,;:]+\s+){0,12}?(?:until|through|till))\b|['’]ll\b",
    re.IGNORECASE,
)
PAST_CUE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"  # "will be held", "has been met": not past
    r"\b(?:was|were|had|did|said|says|ended|began|took|came|went|made|last|ago|earlier|"
    r"met|won|lost|told|held|left|fell|rose|saw|gave|got|found|brought|bought|sold|spent|"
    r"paid|sent|built|struck|ran|led|kept|thought|became|broke|chose|drove|flew|grew|knew|"
    r"shot|spoke|stole|threw|wrote|fought|caught|sought|felt|fled|stood|sank|swept|died|"
    r"tore|blew|drew|shook|froze|rode|slid|woke|hid|"
    r"since|previously|already|"
    # "the flooded region", "an unnamed official": an adjective, not a verb in the past
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )"
    # "an unspecified date", "unsolved shootings": un- + participle is an adjective,
    # though "unveiled", "unleashed", "uncovered" are verbs
    r"(?!un(?:named|specified|identified|expected|precedented|confirmed|touched|armed|"
    r"affected|disclosed|related|resolved|authori[sz]ed|employed|explained|founded|"
    r"beaten|opposed|changed|scheduled|manned|solved|wanted|limited|exploded|scathed|"
    r"paid|registered|documented|insured|vaccinated|accompanied|fettered|checked|"
    r"challenged|contested|regulated|published|reported|noticed|answered|used|"
    r"finished|occupied|inhabited|detected|deterred|daunted|bowed|biased)\b)"
    r"[a-z]{3,}ed)\b",
    re.IGNORECASE,
)

PAST_PLAN = re.compile(
    r"\b(?:(?:had\s+been|before\s+(?:\w+\s+){1,2}(?:was|were))\s+"
    r"(?:due|scheduled|set|expected|planned|supposed)\s+to"
    r"|(?:was|were)\s+(?:originally\s+|initially\s+|first\s+)?(?:scheduled|slated|set)"
    r"\s+(?:for|to|from)(?:\s+\w+){0,8}?\s+(?:but|however|before)\b"
    r"|(?:was|were)\s+(?:originally|initially|first)\s+(?:scheduled|slated|set|planned|due))\b",
    re.IGNORECASE
)
"""A plan overtaken by events: past, despite ``due to`` (``had been due to expire
Friday``, ``crashed minutes before it was due to land on Sunday``, ``was originally set
for Sunday``, ``was scheduled for Sunday but``)."""

_SENTENCE_END = re.compile(r"[.!?]['\"’”)]*\s")

Tense = Literal["past", "future"] | None


_CUES: tuple[tuple[re.Pattern[str], Tense], ...] = (
    (PAST_PLAN, "past"), (FUTURE_CUE, "future"), (PAST_CUE, "past"))
"""Tense cues, strongest first: on a tie in distance the earlier one wins."""


def tense_of(text: str, start: int, end: int) -> Tense:
    """Whether the clause around ``text[start:end]`` speaks of the past or the future.

    Looks back to the start of the sentence (at most 100 characters) and ahead
    to its end (at most 100), then, if no cue shows, up to 250 either way. The
    cue nearest the expression decides (``plans
    to hold a meeting on Monday`` is future even after a ``said``); at equal
    distance a plan overtaken by events (``had been due to``) beats a future cue
    (``will``, ``plans to``), which beats a past one (``said``, a verb in
    ``-ed``). ``None`` when no cue shows.
    """
    if _SAID_ON.search(text, max(0, start - 24), start):
        return "past"  # "said on Thursday it would cut 4,000 jobs": the saying's day
    line_start = text.rfind("\n", max(0, start - _HEADLINE_REACH), start) + 1
    if _HEADLINE_PLAN.match(text, line_start, start) is not None \
            and not _LINE_ENDS_SENTENCE.match(text, end):
        return "future"  # the headline "Orla Council to hold vote on Saturday"
    found = _cues_near(text, start, end, 100)
    if not found:
        # A long sentence may carry its verb further back ("Nashua's stock has
        # fluctuated sharply on takeover speculation, rising to a high ... in March").
        found = _cues_near(text, start, end, 250)
    return _CUES[min(found)[1]][1] if found else None


_DECLARING = re.compile(r"\b(?:declared|declares|declaring|designated|proclaimed)\s+\Z",
                        re.IGNORECASE)
_DAY_OF = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b", re.IGNORECASE)


def set_aside(text: str, start: int, end: int) -> bool:
    """Whether the day at ``text[start:end]`` is one a declaration sets aside (``declared
    Sunday a national day of mourning``): the declaring's object, not its date."""
    return _DECLARING.search(text, max(0, start - 16), start) is not None \
        and _DAY_OF.match(text, end) is not None


_HEADLINE_REACH = 120
"""How long a headline may be before the date in it, in characters."""
_HEADLINE_PLAN = re.compile(r"[A-Z][\w’'&-]*(?:[ \t]+[\w’'&-]+){0,5}?[ \t]+to[ \t]+(?:be[ \t]+)?"
                            r"[a-z]+\b[^\n.!?]*\Z")
"""A headline's subject and its plan, up to the date: ``Orla Council to hold vote on``,
``Kesh to be sworn in on``. A headline's bare ``to`` is its future tense."""
_LINE_ENDS_SENTENCE = re.compile(r"[^\n]*[.!?]['\"’”)]*[ \t]*(?:\n|\Z)")
"""The rest of a line that ends as a sentence does, so is no headline."""
_SAID_ON = re.compile(r"\b(?:said|announced|told\s+\w+|reported|confirmed|stated|declared)"
                      r"\s+(?:on\s+)?\Z", re.IGNORECASE)
"""A verb of saying in the past right before a day (``said on Thursday``, ``announced
Thursday``): the day is the telling's, gone, whatever future the words told hold."""
_STOP_AFTER = re.compile(r"\.(?!\d)")
_ABBREVIATED = re.compile(
    r"\b(?:[A-Za-z]|vs|etc|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Inc|Corp|Co|"
    r"Ltd|No|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|"
    r"Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|"
    r"Wyo)\Z")
"""A stop after an abbreviation (``Roe vs. Wade``, ``Birmingham, Ala.``, ``Gen.``, ``U.S.``)
ends no sentence: the clause after a date reads on past it to its verb."""


def _sentence_before(text: str, start: int, reach: int) -> str:
    """The words of ``start``'s sentence before it, at most ``reach`` characters back (a
    line break or a sentence's stop ends the look)."""
    before = text[max(0, start - reach):start].rpartition("\n")[2]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[ends[-1] :] if ends else before


def _cues_near(text: str, start: int, end: int, reach: int) -> list[tuple[int, int]]:
    """(distance from the expression, strength rank) of every tense cue within
    ``reach`` characters of ``text[start:end]`` in its sentence."""
    before = _sentence_before(text, start, reach)
    after = text[end : end + reach].partition("\n")[0]  # a line ends its sentence
    after = after[: next((m.start() for m in _STOP_AFTER.finditer(after)
                          if not _ABBREVIATED.search(after, 0, m.start())), len(after))]
    found = [(len(before) - m.end(), rank) for rank, (cue, _) in enumerate(_CUES)
             for m in cue.finditer(before)]
    tail = _ATTRIBUTION_TAIL.match(after) if found else None
    if found and (turn := _NEW_CLAUSE.search(after)) is not None:
        # "fell in October after a similar drop in September, and the Bank now expects
        # flat output": the next clause's cue tells nothing of this one, which has its own
        after = after[: turn.start()]
    found += [(m.start(), rank) for rank, (cue, _) in enumerate(_CUES)
              if (m := cue.search(after, tail.end() if tail else 0)) is not None]
    return found


_REPORTED_FUTURE = re.compile(
    r"\b(?:said|announced|told|stated|warned|added|confirmed|reported|indicated|promised)\b"
    r"(?:[^.;!?]|\.\d)*\bwould\b(?!\s+(?:have|not\s+have)\b)"
    r"(?:(?!\b(?:will|said|says)\b)(?:[^.;!?]|\.\d))*\Z",
    re.IGNORECASE)
"""A past telling of what ``would`` come, up to a date: ``announced the airport would be
closed until 11.59pm on``."""


def reported_future(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what a past telling said ``would`` come (``Hale
    announced the airport would be closed until Friday``): a future seen from the day of
    the telling, which may have passed by publication."""
    return _REPORTED_FUTURE.search(_sentence_before(text, start, 160)) is not None


_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although)\s+(?:the|a|an|its|their|"
                         r"it|they|he|she|we|[A-Z][a-z]+)\b|"
                         r"^\s+that\s+(?:the|its|their|it|they|he|she|we|[A-Z][a-z]+)\b")
"""Where the words after a date turn to a clause of their own: ``, and the Bank now
expects``, or what was said on that day (``Kovac's comments on Tuesday that Orla expects
to generate $500 billion``: the comments are past, whatever they foresee)."""


_ATTRIBUTION_TAIL = re.compile(
    r"[^,;:.]{0,30}?,\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|told|reported|added|confirmed)\b",
    re.IGNORECASE)
"""``…, sources said`` after the expression: the saying, past as it always is, tells
nothing of the tense of a clause that has a cue of its own (``He was scheduled to return
on Friday, sources said``)."""


def shift(day: dt.date, unit: str, n: float) -> dt.date:
    """Move ``day`` by ``n`` units (``Y``, ``M``, ``W``, ``D``, ``Q``, ``DE``, ``CE``)."""
    k = int(n)
    if unit == "Y":
        return day + relativedelta(months=round(12 * n))  # "a year and a half"
    if unit == "M":
        return day + relativedelta(months=k)
    if unit == "Q":
        return day + relativedelta(months=3 * k)
    if unit == "W":
        return day + dt.timedelta(weeks=k)
    if unit == "DE":
        return day + relativedelta(years=round(10 * n))
    if unit == "CE":
        return day + relativedelta(years=round(100 * n))  # "half a century ago"
    if unit in ("H", "MIN", "S"):
        # The hour of the reference is unknown: the likeliest day is the nearest
        # whole number of days away ("8 hours ago" is the same day two times in
        # three, "30 hours ago" the day before).
        hours = k if unit == "H" else k / 60 if unit == "MIN" else k / 3600
        return day + dt.timedelta(days=round(hours / 24))
    return day + dt.timedelta(days=k)


def format_value(day: dt.date, granularity: Granularity) -> str:
    """The TIMEX3 value of ``day`` at ``granularity`` (``2024-W11``, ``2024-Q1`` ...)."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    return day.isoformat()


_PAST_VERB_JUST_BEFORE = re.compile(
    r"(?<![a-z])(?!(?:scheduled|planned|expected|slated|projected|targeted|proposed|needed|"
    r"required|delayed|postponed|extended|moved|pushed|set|due)\b)"
    r"(?:(?:[a-z]{3,}ed|died)\s+(?:on\s+|in\s+)?|"
    # "took office in October", "won the election in May": a done deed of the clause
    r"(?:(?:took|came|won|lost|fled|became|began|broke|fell|rose|sank|struck)"
    r"(?:\s+(?!to\b|be\b|by\b)[a-z]+){1,2}|"
    # the object's article tells the verb from an adjective ("an unspecified date in")
    r"(?<!\bbe\s)(?<!\bbeen\s)[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their)\s+[a-z]+)"
    r"\s+in\s+)$",
    re.IGNORECASE)


def past_reach(text: str, start: int) -> int:
    """How many days back a past-tense clause may reach for the yearless date at ``start``.

    A verb in the past just before the date (``the fiscal year ended Jan. 31``,
    ``died on March 3``), or with its object (``took office in October``), ties the date
    to a done event: the last such day, even most
    of a year back. Otherwise about nine months: a past-tense cue further off (``said``)
    is weaker, and past that the nearest reading is safer.
    """
    return 365 if _PAST_VERB_JUST_BEFORE.search(text, max(0, start - 40), start) else 270


_FUTURE_REACH = 320
"""How many days ahead a future-tense clause may reach for a date given without its year."""


def _pick(candidates: list[dt.date], reference: dt.date, tense: Tense,
          reach: int = 270) -> dt.date:
    if tense == "future":
        # A day to come is seldom written without its year most of a year ahead: "a
        # premium to the price of $168.32 on September 25", in a sentence of what holders
        # will receive, published on the 29th, is four days back, not 51 weeks on.
        later = [c for c in candidates if c >= reference
                 and (c - reference).days <= _FUTURE_REACH]
        if later:
            return min(later)
    if tense == "past":
        # A past-tense clause rarely reaches back most of a year for a date it
        # gives without a year; past that, the nearest reading is safer.
        earlier = [c for c in candidates if c <= reference and (reference - c).days <= reach]
        if earlier:
            return max(earlier)
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


def nearest_day(reference: dt.date, month: int, day: int, tense: Tense,
                reach: int = 270) -> dt.date | None:
    """Give a yearless ``month``/``day`` the year that fits a news reader's reading.

    In a past-tense clause the latest such date on or before the reference
    wins; in a future one, the first on or after it; otherwise the nearest.
    """
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return _pick(candidates, reference, tense, reach) if candidates else None


HOLIDAYS: dict[str, tuple[int, int] | str] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "halloween": (10, 31), "valentine's day": (2, 14),
    "easter": "easter", "easter sunday": "easter", "easter monday": "easter+1",
    "good friday": "easter-2", "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving", "fourth of july": (7, 4), "july fourth": (7, 4),
}
"""Holidays of English-language news, by their normalised name: a fixed day of the
year, or a rule (Easter by the Western computus; Thanksgiving as in the United States,
the fourth Thursday of November)."""


def holiday(name: str, year: int) -> dt.date:
    """The day of the holiday ``name`` (a :data:`HOLIDAYS` key) in ``year``."""
    rule = HOLIDAYS[name]
    if isinstance(rule, tuple):
        return dt.date(year, *rule)
    if rule == "thanksgiving":
        return dt.date(year, 11, 1) + relativedelta(weekday=TH(4))
    shift_days = int(rule[len("easter"):] or 0)
    return easter(year) + dt.timedelta(days=shift_days)


def nearest_holiday(reference: dt.date, name: str, tense: Tense, relation: str = "") -> dt.date:
    """The holiday ``name`` a reader of an article of ``reference`` takes it to mean:
    ``last`` the one before the reference, ``next`` the one after, ``this`` the one of
    its year; otherwise by the clause's tense, as :func:`nearest_day` does for a
    yearless date."""
    if relation == "this":
        return holiday(name, reference.year)
    candidates = [holiday(name, y) for y in (reference.year - 1, reference.year,
                                            reference.year + 1)]
    if relation == "last":
        return max(c for c in candidates if c < reference)
    if relation == "next":
        return min(c for c in candidates if c > reference)
    return _pick(candidates, reference, tense)


def nearest_day_of_month(reference: dt.date, day: int, tense: Tense) -> dt.date | None:
    """Give a bare day of the month (``on the 17th``) its month, as :func:`nearest_day`
    gives a yearless date its year: the reference's month, or the one either side."""
    this_month = reference.replace(day=1)
    candidates = []
    for step in (-1, 0, 1):
        first = this_month + relativedelta(months=step)
        try:
            candidates.append(first.replace(day=day))
        except ValueError:
            continue
    return _pick(candidates, reference, tense) if candidates else None


def nearest_month(reference: dt.date, month: int, tense: Tense, reach: int = 270) -> dt.date:
    """The first day of the ``month`` a bare month name most likely means.

    Same policy as :func:`nearest_day`, counted in whole months: a past clause's
    reach of about nine months takes in January from October (``In January, the
    company brought in a new chief``), though the first of January is 273 days off.
    """
    this_month = reference.replace(day=1)
    candidates = [dt.date(y, month, 1) for y in (reference.year - 1, reference.year,
                                                 reference.year + 1)]
    furthest = this_month - relativedelta(months=round(reach / 30))
    return _pick(candidates, this_month, tense, (this_month - furthest).days)


def weekday_near(reference: dt.date, weekday: int, relation: str, future: bool) -> dt.date:
    """Resolve a weekday name against the reference date.

    ``relation`` is the word before it (``last``, ``next``, ``this``, ``coming``
    or empty). A bare weekday means the most recent such day, or the next one
    in a future context; the reference day itself counts as both.
    """
    delta = (weekday - reference.weekday()) % 7
    if relation in ("next", "coming"):
        return reference + dt.timedelta(days=delta or 7)
    if relation in ("last", "past"):
        back = (reference.weekday() - weekday) % 7
        return reference - dt.timedelta(days=back or 7)
    if relation == "this":
        monday = reference - dt.timedelta(days=reference.weekday())
        return monday + dt.timedelta(days=weekday)
    if future:
        return reference + dt.timedelta(days=delta)
    back = (reference.weekday() - weekday) % 7
    return reference - dt.timedelta(days=back)
