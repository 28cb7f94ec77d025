"""Quantity conflicts: the same figure stated differently, running tallies excepted."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict

import attrs

from claimtrack.align import (
    CROWD,
    MAGNITUDE_OF,
    WEAK_ALIGNMENT,
    is_attribute,
    is_fact,
    measures,
)
from claimtrack.attributes import (
    DISTANCE_OF,
    MARGIN,
    NATIONALS_OF,
    POPULATION_OF,
    PRICE_OF,
    QUAKE_DEPTH,
    SPLIT_OF,
    STAKE_OF,
    TURNOUT,
    VOTE_SHARE_OF,
    measured_nouns,
)
from claimtrack.claims import Claim, DateSlot, Quantity, Quote
from claimtrack.compare import DAYS_PER, compare_dates, compare_quantities, standard
from claimtrack.detect.base import (
    _FACTUAL,
    _TOLL,
    _cap,
    _Components,
    _Detector,
    _event_words,
    _only_one,
    _other_targets,
    _primary_date,
    _published_apart,
    _same_actor,
    _same_words,
    _sections_apart,
    _sort_key,
    _stable_id,
    _stated_besides,
    _written,
)
from claimtrack.detect.evidence import _quote
from claimtrack.extract.entities import NEWS_OUTLETS, country_of
from claimtrack.extract.events import resulting_participle
from claimtrack.extract.lexicon import EVENT_CLASSES, HARM_CLASSES, MOVEMENTS
from claimtrack.extract.quantities import HARM_UNITS, PEOPLE_GROUPS, harm_of
from claimtrack.extract.sentences import COMMA_ASIDE
from claimtrack.financials import RESULT_FACTS, owner_of
from claimtrack.findings import (
    SEVERITY_RANK,
    Agreement,
    Alignment,
    Conflict,
    Position,
    Severity,
    counted,
)
from claimtrack.temporal.lexicon import MONTHS, NUMBER_WORDS, WEEKDAY_ALIASES, WEEKDAYS

__all__: list[str] = []

_RISING = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|mounted|mounting|"
                     r"so\s+far|thus\s+far|has\s+grown|jumped|"
                     r"(?:votes|ballots)\s+(?:(?:were|have\s+been|had\s+been)\s+)?counted)\b"
                     r"|\b(?:bring|brings|bringing|brought)\s[^.;]{0,60}?(?<!\bup\s)\bto\s+"
                     r"(?:[a-z]+\s+){0,2}\d", re.IGNORECASE)
"""``the toll climbed to …``, ``bringing this round of job cuts to 30,000``, a lead
``with 98% of votes counted``: a count in progress (``bring up to 20 inches of rain`` is a
bound, not a total)."""

_SUPERSEDED = re.compile(r"\b(?:(?:was|were)\s+going\s+to|had\s+(?:earlier|previously|initially)|"
                         r"(?:previously|initially|earlier|first)\s+(?:it\s+was\s+)?"
                         r"(?:put|puts|gave|set|estimated|reported|said|counted|recorded|measured|"
                         r"registered|rated)|(?:initial|preliminary|earlier|original)\s+"
                         r"(?:death\s+)?(?:toll|count|tally|estimate|reading|figure)s?)\b",
                         re.IGNORECASE)
"""``Health authorities previously put the death toll at 5,500``, ``confirmed an initial
death toll of 35``, ``Earlier it was reported that about 500 people died``, ``It was
initially reported as a 7.5 magnitude earthquake``, ``Reuters reported that Amazon was going
to lay off 30,000``: a figure the article itself says was overtaken, of a toll or of
anything else."""


_TALLY_RISING = re.compile(r"\b(?:(?:surge[sd]?|surging|soar(?:s|ed|ing)?)\s+to\b|"
                           r"(?:crosse[sd]|tops|topped|passe[sd]|exceeds|exceeded)\s+"
                           r"(?=(?:the\s+)?\d))", re.IGNORECASE)
"""``the death toll surged to 332``, ``KP death toll crosses 330``: a tally in progress (a
company's net income that ``surged to $31.91bn`` is a result, not a tally)."""
_RUNNING_UNITS = re.compile(r"\b(?:cases|infections|arrests|evacuees|evacuated|displaced|"
                            r"missing|rescued|detained)\b", re.IGNORECASE)
"""Counts that grow while a story runs, as a toll does (``28 suspected cases``, ``1,200
arrests``): two reports' figures differ with the hour they were told."""
_RUNNING_EVENTS = frozenset({"rescue", "evacuate", "arrest", "detain"})
"""Deeds whose count grows while an operation runs (``rescued 80 passengers``, then
``104``, then ``155``): like a toll, a moment's figure, even within one article. Those
freed or released under a deal are its terms, and stay fixed."""
_TALLY_UNITS = re.compile("|".join(sorted(PEOPLE_GROUPS | set(
    "people dead deaths killed injured casualties victims missing cases arrests evacuated "
    "bodies teachers workers passengers civilians residents protesters migrants".split()))),
    re.IGNORECASE)
"""Counts of people (the dead, the missing, the students among them): tallies that grow
as a story unfolds, so two undated ones reported on different days are two moments."""


_PLACE_WORDS = (r"[A-Z][\w-]+(?:[ \t](?!(?:" + "|".join(
    w.title() for w in (*WEEKDAYS, *MONTHS) if w != "may") + r")\b)[A-Z][\w-]+){0,3}")
"""A place's name of up to four capitalised words (``Sri Lanka``, ``New Delhi``: not
``Sri`` and ``New``, which would make New York and New Delhi one place), not the day or
the month after it (``killed 12 in Orla Monday``)."""
_PLACE_KINDS = frozenset("county province city region district state prefecture parish "
                         "town village municipality governorate".split())
"""Words for a place's kind that its name is written with or without (``Kesh County``,
``Kesh``): one place either way."""


def _place_name(written: str) -> str | None:
    """A place as a count names it, less the word for its kind after it; ``None`` for a
    month or a day, which is no place (``in June, where 19 people died``), or a code with
    a digit (``30 injured in M7.5 quake``: a magnitude)."""
    words = written.split()
    if words[0].lower() in MONTHS or words[0].lower() in WEEKDAY_ALIASES \
            or any(ch.isdigit() for ch in words[0]):
        return None
    while len(words) > 1 and words[-1].lower() in _PLACE_KINDS:
        words.pop()
    return " ".join(words)


_COUNTED_IN = re.compile(
    r"(?:" + COMMA_ASIDE + r")?"
    r"[^.;:,]{0,30}?\bin\s+(?:the\s+(?:[\w-]+\s+)?(?:state|province|city|region|district|"
    r"county|town|village)s?\s+of\s+|neighbou?ring\s+|(?:different|several|various|many)\s+"
    r"parts\s+of\s+)?"
    r"(?P<place>" + _PLACE_WORDS + r"|(?:just\s+|only\s+)?(?:one|a\s+single|each|every)\s+[a-z]+|"
    r"(?:his|her|their)\s+(?:village|town|city|neighbou?rhood|street|district|area))")
"""``15 deaths in the state of Chiapas``, ``71 people died in Oaxaca``, ``330 people were
injured in the regions of Nangarhar and Laghman``, ``four people,
including a child, died in Chooralmala``, ``hundreds injured in neighbouring Nangarhar``:
the place a count is of; ``30 people have been killed in just one village``, ``five to
10 injured people in every household``: a count of one part, not of the whole."""


_SCENE = re.compile(
    r"(?:^[ \t]*|(?<=[.!?])\s+)In\s+(?:neighbou?ring\s+|the\s+)?(?P<place>" + _PLACE_WORDS
    + r")[ ,]",
    re.MULTILINE)
"""``In Thailand, ...`` opening a sentence: where the paragraph's sentences take place."""


def _scene(claim: Claim, quantity: Quantity) -> str | None:
    """The place a paragraph sets before a count (``In Thailand, the quake brought down a
    tower. Sixteen people were injured.``): the last ``In <Place>`` opening a sentence of
    the count's paragraph, up to the count."""
    text = claim.span.document.text
    at = quantity.span.start
    para = text.rfind("\n", 0, claim.span.start) + 1
    found = [place for m in _SCENE.finditer(text, para, at)
             if (place := _place_name(m["place"])) is not None]
    return found[-1] if found else None


_SCENE_YEAR = re.compile(
    r"(?:^[ \t]*|(?<=[.!?])\s+)(?:Back\s+)?In\s+(?P<year>(?:19|20)\d\d)\s*,", re.MULTILINE)
"""``In 2019, ...`` opening a sentence: the year the paragraph's sentences look back to."""


def _scene_year(claim: Claim) -> int | None:
    """The year a passage sets before an undated claim (``In 2019, Johnson's party won a
    majority. The Conservatives won 365 seats.``): the last ``In <year>,`` opening a
    sentence of the claim's paragraph or the one before it, up to the claim."""
    text = claim.span.document.text
    # The start of the line before the claim's, blank lines skipped.
    before = text[: max(0, text.rfind("\n", 0, claim.span.start))].rstrip()
    para = before.rfind("\n") + 1 if before else 0
    found = [int(m["year"]) for m in _SCENE_YEAR.finditer(text, para, claim.span.start + 1)]
    return found[-1] if found else None


def _other_years(det: _Detector, a: Claim, b: Claim, years: dict[str, int | None]) -> bool:
    """Whether two undated claims are of different years by their passages. A claim
    whose passage sets a year (:func:`_scene_year`) is of that year; one whose passage
    sets none is of its article's publication year. ``years`` keeps each claim's passage
    year, read once however many pairs the claim is in."""
    for claim in (a, b):
        if claim.id not in years:
            years[claim.id] = _scene_year(claim)
    sa, sb = years[a.id], years[b.id]
    if sa is None and sb is None:
        return False
    pa, pb = det.docs[a.document_id].published, det.docs[b.document_id].published
    ya = sa if sa is not None else (pa.year if pa else None)
    yb = sb if sb is not None else (pb.year if pb else None)
    return ya != yb


_ELSEWHERE = re.compile(
    r"[^.;:,]{0,20}?\b(?:elsewhere|(?:in|across|throughout)\s+other\s+(?:parts|areas|regions|"
    r"cities|towns|villages|provinces|states|districts|counties|countries)|outside\s+"
    r"(?:the\s+(?:city|town|region|capital)|[A-Z][\w-]+))\b")
"""``about 170 people elsewhere in the country``, ``12 more outside the capital``, ``nine
deaths were spread throughout other counties``: a count said of everywhere but the
story's place."""
_OTHER_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+\Z", re.IGNORECASE)
"""``The other nine deaths``: the rest of a toll, told apart from a part already given."""
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of|(?:early\s+|late\s+|mid-?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|\d{4}\b))|"
    r"\b(?:the|this|a)\s+(?:[a-z]+\s+){0,2}?(?:war|conflict|fighting|insurgency|pandemic|"
    r"epidemic)\s+(?:[\w’'-]+\s+){0,10}?(?:has|have)\s+(?:led\s+to|killed|left|claimed|"
    r"caused)\b|"
    # "killed in 22 strikes", "since the campaign began", "in these operations": a tally
    # of many events
    r"\b(?:in|across|over)\s+(?:\d+|[a-z]+teen|twenty|thirty|dozens\s+of|these|those|the)\s+"
    r"(?:strikes|attacks|raids|operations|incidents|clashes|shootings|bombings)\b|"
    r"\bsince\s+the\s+(?:campaign|operation|offensive|strikes|attacks)\s+(?:began|started)\b|"
    r"\bthe\s+death\s+toll\s+of\s+the\s+(?:campaign|war|offensive)\b",
    re.IGNORECASE)
"""``Since the start of the fighting in April 2023, … at least 1,204 dead``, ``The conflict
between the RSF and the army has led to over 40,000 deaths``: a tally of a whole war or
season, not of the day's event."""
_AT_SITE = re.compile(r"[^.;:,]{0,30}?\b(?:(?:at|on)\s+the\s+(?P<site>scene|site)|(?:in|at)\s+"
                      r"(?:the\s+|a\s+)?(?P<hospital>hospital))\b")
"""``40 people killed at the site of the fire``, ``four more died in hospital``: the
part of a toll counted at one place of the event, which fits within the whole."""
_PLACE_WHERE = re.compile(r"\bin\s+(?P<place>[A-Z][\w-]+(?:\s+(?:and\s+)?[A-Z][\w-]+){0,4}),?"
                          r"\s+where\s+(?:[^.;,]{0,25}?\s+and\s+)?\Z")
"""``in Kerr County, where 43 deaths were confirmed``, ``in Gilgit-Baltistan and Azad Jammu
and Kashmir, where at least 12 and nine people have died``: a place named just before a
count."""
_ONE_OF_THEM = re.compile(r"\s*(?:One|Another|A\s+(?:second|third))\s+of\s+(?:the|its|their)"
                          r"\s+[a-z]+s\b")
"""``One of the missiles hit a mosque …, killing a child and injuring two others``: what
one of several deeds did, a part of their toll."""
_PLACE_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+|\bthat\s+)(?:[Tt]he\s+)?(?P<place>[A-Z][\w-]+)(?:\s+(?:[Dd]istrict|"
    r"[Pp]rovince|[Cc]ounty|[Cc]ity|[Rr]egion|[Ss]tate))?\s+(?:(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:reported|recorded|registered|confirmed)\s+(?:[^.;]{0,50}?(?:,\s+|\s+)with\s+"
    r"[^.;]{0,50}?)?|"
    r"(?:was|is|remains|has\s+emerged\s+as|(?:has\s+)?(?:also\s+)?(?:suffered|borne|bore))"
    r"\s+the\s+(?:worst|hardest|most|heaviest|brunt)\b[^.;]{0,50}?"
    r"(?:,\s+|\s+)(?:with|where)\s+[^.;]{0,50}?)(?:at\s+least\s+|more\s+than\s+|over\s+|"
    r"around\s+|about\s+|nearly\s+)?\Z")
"""``Shangla reported 36 deaths``, ``Buner has emerged as the hardest-hit district, with
204 deaths``, ``Buner district was the worst affected, where floods killed around 100``,
``the Kandy District has suffered the most severe impact, with 51 confirmed deaths``,
``The Badulla District has also reported significant losses, with 35 fatalities``: the
place whose count it is, the clause's subject."""

_ELSEWHERE_PLACE = "elsewhere"

_ALSO_STRUCK = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been)\s+also\s+[a-z]+ed|also\s+(?:hit|struck|"
    r"affected|flooded|submerged|battered|lashed|swamped|inundated))\b", re.IGNORECASE)
"""``The state capital Mumbai was also submerged this week, causing 18 deaths``: a toll
of one more place the disaster struck, a part of some whole, never the story's own."""


_OWN_TOLL = re.compile(r"\b(?P<place>[A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+){0,2}(?:death\s+)?"
                       r"(?:toll|tally|count)\b[^.;:]{0,40}\Z")
"""``Thailand's national death toll from the quake stands at 20``: a toll said of one
place."""


_SIDE = re.compile(r"\b(?:on|from)\s+(?:(?P<own>its|their)|the\s+(?P<adj>[A-Z][\w-]+))\s+"
                   r"side\b")
"""``13 people have been killed on its side``, ``22 from the Thai side``: a count of one
party to a conflict."""
_OWN_SOURCE = re.compile(
    r"\b(?P<place>[A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}?(?:[Mm]inistry|[Aa]rmy|[Mm]ilitary|"
    r"[Ff]orces|[Gg]overnment|[Oo]fficials|[Aa]uthorities)\b[^.;:]*\Z")
"""``Thailand's health ministry revealed … 15 deaths``: a toll a country's own ministry or
army gives, which in a story of two countries is that country's."""
_OWN_SOURCE_REACH = 200
"""How far before a count its source may be named (which also bounds the search)."""
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@functools.lru_cache(maxsize=256)
def _countries_named(text: str) -> frozenset[str]:
    """The countries a text names or whose people it names (read once per text; the
    cache is bounded, so a long run over an archive holds no more than a few texts)."""
    return frozenset(c for w in set(_CAPITALISED.findall(text))
                     if (c := country_of(w)) is not None)


def _side_of(claim: Claim, quantity: Quantity) -> str | None:
    """The country whose count ``quantity`` is, in an article about two or more: said on
    its side (``Cambodia has announced that 13 people have been killed on its side, among
    them eight civilians``, ``22 from the Thai side``) or given by its own ministry or
    army (``Thailand's health ministry reported 15 fatalities``)."""
    text = claim.span.text
    opens = quantity.span.start - claim.span.start
    side = _SIDE.search(text, max(0, opens - 80), min(len(text), opens + 80))
    if side is not None:
        if side["adj"]:
            return country_of(side["adj"])
        first = next((c for w in _CAPITALISED.findall(text, 0, opens)
                      if (c := country_of(w)) is not None), None)
        if first is not None:
            return first
    if len(_countries_named(claim.span.document.text)) < 2:
        return None  # one country's disaster: its ministry speaks for the whole toll
    own = _OWN_SOURCE.search(text, max(0, opens - _OWN_SOURCE_REACH), opens)
    return country_of(own["place"]) if own else None


_APART_IN_KIND = 10_000
"""How many times one sum of money may be another's and still be a figure of the same
thing: a slip of `million` for `billion` is a thousand times; ten thousand times and more
is a price of one share against a whole deal (`close to $24` against `$72 billion`)."""


def _digits_swapped(qa: Quantity, qb: Quantity) -> bool:
    """Whether two exact whole figures write the same digits in another order (``14`` and
    ``41``, ``2,719`` and ``2,179``)."""
    if qa.low != qa.high or qb.low != qb.high or qa.value != int(qa.value) \
            or qb.value != int(qb.value):
        return False
    da, db = str(int(qa.value)), str(int(qb.value))
    return len(da) >= 2 and da != db and sorted(da) == sorted(db)


def _orders_apart(qa: Quantity, qb: Quantity) -> bool:
    """Whether two sums are too far apart in size to be one sum told two ways."""
    low, high = sorted((abs(standard(qa)[1]), abs(standard(qb)[1])))
    return low > 0 and high / low >= _APART_IN_KIND


_RUNNING_SLACK = 0.15
"""How far, as a share of the days between two articles, a span still running may have
grown more or less than those days (each span is rounded: ``about a week``)."""


def _still_running(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Whether two spans of time in articles published days apart differ by about the
    days between them: one span that ran on between the two (``burned … in about a week``
    on 15 January, ``after nearly three and a half weeks of destruction`` on 1 February),
    not two lengths of one finished span (an ``eight-week`` trial and a ``nine-week``
    one, told three days apart)."""
    pa, pb = a.span.document.published, b.span.document.published
    ua, ub = DAYS_PER.get(qa.unit.rstrip("s")), DAYS_PER.get(qb.unit.rstrip("s"))
    if pa is None or pb is None or pa == pb or ua is None or ub is None \
            or not (math.isfinite(qa.high) and math.isfinite(qb.high)):
        return False
    (early, per_early), (late, per_late) = ((qa, ua), (qb, ub)) if pa < pb \
        else ((qb, ub), (qa, ua))
    gap = abs((pb - pa).days)
    least = late.low * per_late - early.high * per_early
    most = late.high * per_late - early.low * per_early
    return least <= gap * (1 + _RUNNING_SLACK) + 1 and most >= gap * (1 - _RUNNING_SLACK) - 1


def _whole_and_parts(figures: list[Quantity]) -> frozenset[float]:
    """The values of an article's figures of one kind and unit when they are a whole and
    its parts: the largest is, up to rounding or its qualifier (``more than 16,000``),
    the sum of the others (``6,800`` and ``9,400``); else none. Two of them are then a
    whole and a part, or two parts, never rivals."""
    values = {q.value: q for q in figures}
    if len(values) < 3:
        return frozenset()
    whole = values[max(values)]
    rest = sum(v for v in values if v != whole.value)
    top = whole.high if math.isfinite(whole.high) else rest
    fits = whole.low * (1 - _SUM_SLACK) <= rest <= top * (1 + _SUM_SLACK)
    return frozenset(values) if fits else frozenset()


_SUM_SLACK = 0.05
"""How far parts may sum from their whole, each rounded (``6,800 + 9,400`` against
``16,000``)."""


def _one_of_its_place(det: _Detector, claim: Claim, quantity: Quantity,
                      memo: dict[tuple[str, int], str | None]) -> bool:
    """Whether the claim's sentence states just this one figure of its kind and unit, or
    just this one of the place it counts (``30 died in Bogo City, 10 in Medellin``: one
    toll of each town)."""
    if _only_one(det, claim, quantity):
        return True
    place = _place_memo(claim, quantity, memo)
    if place is None:
        return False
    return sum(1 for q in claim.quantities if q.kind == quantity.kind and q.unit == quantity.unit
               and q.per == quantity.per and _place_memo(claim, q, memo) == place) == 1


def _place_memo(claim: Claim, quantity: Quantity,
                memo: dict[tuple[str, int], str | None]) -> str | None:
    """The place a count is of (:func:`_counted_in`), read once per count."""
    if (claim.id, quantity.span.start) not in memo:
        memo[(claim.id, quantity.span.start)] = _counted_in(claim, quantity)
    return memo[(claim.id, quantity.span.start)]


def _counted_in(claim: Claim, quantity: Quantity) -> str | None:
    """The place a count is of: written right after it (``15 deaths in Chiapas``) or just
    before it (``in Kesh, where 43 deaths were confirmed``), the scene or a hospital
    (``40 killed at the site of the fire``, ``four died in hospital``), owning
    its toll (``Thailand's death toll … stands at 20``), set by its paragraph (``In
    Thailand, ...``), or :data:`_ELSEWHERE_PLACE` for a count of everywhere but the
    story's place (``170 people elsewhere in the country``)."""
    at = quantity.span.end - claim.span.start
    opens = quantity.span.start - claim.span.start
    if _ELSEWHERE.match(claim.span.text, at) or _ALSO_STRUCK.search(
            claim.span.text, 0, opens) or _OTHER_BEFORE.search(
            claim.span.text, max(0, opens - 16), opens):
        return _ELSEWHERE_PLACE
    if (site := _AT_SITE.match(claim.span.text, at)) is not None:
        return "the scene" if site["site"] else "hospital"
    if (one := _ONE_OF_THEM.match(claim.span.text)) is not None and one.end() <= opens:
        return one[0].lower()  # "One of the missiles hit a mosque, … injuring two others"
    m = _COUNTED_IN.match(claim.span.text, at) or _PLACE_WHERE.search(
        claim.span.text, max(0, opens - 90), opens) or _PLACE_SUBJECT.search(
        claim.span.text, max(0, opens - 140), opens)
    if m and (place := _place_name(m["place"])) is not None:
        return place
    own = _OWN_TOLL.search(claim.span.text, 0, quantity.span.start - claim.span.start)
    if own:
        return own["place"]
    side = _side_of(claim, quantity)
    return side if side is not None else _scene(claim, quantity)


_TOLLS_APART = dt.timedelta(days=14)
"""How far apart two reports' undated tolls may be published and still be of one event."""


_SLIP_DAYS = 6
"""How far apart two weekdays of one strongly aligned deed may fall and still be one day
told two ways (the date conflict says so), rather than two deeds."""


def _weekday_slip(da: DateSlot, db: DateSlot, why: Alignment) -> bool:
    """Whether two weekdays worked out from publication dates (``on Monday``, ``on
    Tuesday``) date one deed that two reports align strongly (the same act, object and
    at least two names): the figures of that one deed still compare."""
    return da.rule == db.rule == "weekday" and da.start is not None and db.start is not None \
        and abs((da.start - db.start).days) <= _SLIP_DAYS and len(why.shared) >= 2 \
        and why.score >= _STRONG_ALIGNMENT


_STRONG_ALIGNMENT = 0.9
"""The similarity of an alignment that leaves no doubt it is one deed."""


def _weeks_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims' articles were published more than :data:`_TOLLS_APART` apart
    (``killing 6``, in a report of 17 October, and ``three individuals were killed``, in
    one of 9 November, of a campaign of boat strikes)."""
    return _published_apart(a, b, _TOLLS_APART)


_FIGURES_APART = dt.timedelta(days=30)
"""How far apart two articles' publication dates may be for their undated figures to be
of one fact: further apart, each article's figure is of its own news."""
_QUAKES_APART = dt.timedelta(days=7)
"""How far apart two articles' publication dates may be for their quake's magnitude or
depth to be of one quake: a region's quakes come days apart, and the readings of one
settle within days."""


def _told_that_day(det: _Detector, a: Claim, da: DateSlot | None, b: Claim,
                   db: DateSlot | None) -> bool:
    """Whether a toll dated to one day and an undated toll published that day are told of
    one day: an undated count of the dead stands as of its publication. An undated
    headline tells of an event its article's publication follows within
    :data:`_HEADLINE_REACH`."""
    slot, undated = (da, b) if da is not None else (db, a)
    published = det.docs[undated.document_id].published
    if slot is None or slot.start is None or published is None \
            or slot.granularity not in ("day", "time"):
        return False
    if undated.span.start == 0 and "\n" not in undated.span.text \
            and dt.timedelta(0) <= published - slot.start <= _HEADLINE_REACH:
        return True  # "Thieves steal crown jewels in 4 minutes": the headline's news is
        # the event its body dates to the Sunday before
    return slot.start == published \
        and any(harm_of(q.unit) for q in a.quantities) \
        and any(harm_of(q.unit) for q in b.quantities)


def _dated_elsewhere(tolls: dict[tuple[str, float], set[dt.date]], undated: Claim,
                     slot: DateSlot | None) -> bool:
    """Whether every toll of ``undated`` is one another report dates to another day than
    ``slot``'s: ``the recent attack in Tolva, where 26 people were killed`` is the 26
    killed on April 22 that other reports date, not a toll of the strikes of the day it
    was published."""
    if slot is None or slot.start is None:
        return False
    harmed = [q for q in undated.quantities if harm_of(q.unit)]
    return bool(harmed) and all(
        any(day != slot.start for day in tolls.get((q.unit, q.value), ())) for q in harmed)


_HEADLINE_REACH = dt.timedelta(days=3)
"""How long before its publication an undated headline still tells of a day another
report dates: a headline is the news of the day or two before."""


def _other_places(a: Claim, qa: Quantity, b: Claim, qb: Quantity,
                  memo: dict[tuple[str, int], str | None]) -> bool:
    """Whether two counts are parts of a toll rather than rivals: each said of a place,
    and not the same place (the 15 dead of Chiapas in one article and the 71 of Oaxaca in
    another); a count of "elsewhere" against the story's own place; or a place's count
    that fits within a count said of no place. ``memo`` keeps each count's place, read
    once however many pairs the count is in."""
    pa, pb = _place_memo(a, qa, memo), _place_memo(b, qb, memo)
    if _ELSEWHERE_PLACE in (pa, pb):
        return pa != pb
    if (pa is None) != (pb is None):
        # One count of a place, one of no place: a part and, likely, the whole. They
        # clash only if the part could not fit in the whole ("71 died in Kesh" against
        # "the quake killed 58"), not when it can ("27 died in Marrakesh" against "at
        # least 820").
        part, whole = (qa, qb) if pa is not None else (qb, qa)
        return part.low <= whole.high
    return pa is not None and pb is not None and pa != pb


_PASSENGERS_ONLY = re.compile(r"passengers?\b(?!.*\b(?:crew|pilots?|and|plus)\b)",
                              re.IGNORECASE | re.DOTALL)
_CREW_AT_LEAST = 2
"""The fewest crew a passenger plane flies with: ``189 passengers on board`` cannot fit in
``190 on board``, but ``367 passengers on board`` fits in ``379 on board``."""


def _passengers_within(qa: Quantity, qb: Quantity) -> bool:
    """Whether one count of people aboard names the passengers alone and fits, with a
    crew, within the other count of everyone aboard."""
    if qa.unit != "people aboard" or qb.unit != "people aboard":
        return False
    only_a = bool(_PASSENGERS_ONLY.search(qa.span.text))
    if only_a == bool(_PASSENGERS_ONLY.search(qb.span.text)):
        return False
    passengers, everyone = (qa, qb) if only_a else (qb, qa)
    return passengers.high + _CREW_AT_LEAST <= everyone.low


_STAGE = re.compile(r"\b(?:Category|Level|Phase|Stage)\s+(\d{1,2}|[a-z]+)\b")
"""``a Category 4 storm``, ``a Level 3 alert``: the stage a thing was at when measured."""


def _stages(claim: Claim) -> frozenset[str]:
    return frozenset(str(NUMBER_WORDS.get(m[1], m[1])) for m in _STAGE.finditer(claim.span.text)
                     if m[1].isdigit() or m[1] in NUMBER_WORDS)


def _other_stages(a: Claim, b: Claim, memo: dict[str, frozenset[str]]) -> bool:
    """Whether two claims put their thing at different stages: ``a Category 4 storm with
    winds of 130 mph`` and ``a 185 mph Category 5 storm`` are two moments of one storm,
    each figure true of its own. ``memo`` keeps each claim's stages."""
    for claim in (a, b):
        if claim.id not in memo:
            memo[claim.id] = _stages(claim)
    sa, sb = memo[a.id], memo[b.id]
    return bool(sa and sb and not sa & sb)


def _other_things(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Whether two measures are of things that share no word: ``20 inches of rain``
    and ``a 12-foot storm surge``."""
    na, nb = measured_nouns(a, qa), measured_nouns(b, qb)
    return bool(na and nb and not na & nb)


def _own_date(claim: Claim) -> DateSlot | None:
    """The claim's date for its figures: none when the toll's verb is a participle that
    took its day from the deed before it (``struck on Sunday, killing at least 800``).
    That toll stands as of its report, as an undated one does, not as of a day gone."""
    date = _primary_date(claim)
    event = claim.event
    if date is None or event is None \
            or EVENT_CLASSES.get(event.predicate, event.predicate) not in HARM_CLASSES:
        return date
    if date.span.end <= event.span.start and resulting_participle(
            claim.span.document.text, event.span.start, event.span.end):
        return None
    return date


def _placed(date: DateSlot | None) -> DateSlot | None:
    """``date``, unless it is a day no reference could place on the calendar."""
    return None if date is None or date.start is None else date


def _one_measured(head: str, claim: Claim) -> bool:
    """Whether the claim gives just one figure of the attribute ``head``: one, or one
    in two units (``about 375km (233 miles)``)."""
    measured = [q for q in claim.quantities if measures(head, claim, q)]
    return bool(measured) and all(compare_quantities(measured[0], q)[0] in ("same", "compatible")
                                  for q in measured[1:])


def _coalesced(merged: dict[tuple[str, str | None, str, float, float], list]  # type: ignore[type-arg]
               ) -> dict[tuple[str, str | None, str, float, float], list]:  # type: ignore[type-arg]
    """The copies of one disagreement merged when a side's figures agree up to rounding:
    948 feet against 984 in two articles and against 985 in a third is one conflict."""
    samples: dict[tuple[str, str | None, str], dict[float, Quantity]] = defaultdict(dict)
    for (component, obj, unit, _, _), items in merged.items():
        by_value = samples[(component, obj, unit)]
        for _, qa, _, qb, _, _ in items:
            for q in (qa, qb):
                value = standard(q)[1]
                # A value stands for itself as exactly as any side wrote it: "around 49"
                # must not make an exact 49 and an exact 50 one figure.
                if value not in by_value or q.high - q.low < by_value[value].high - \
                        by_value[value].low:
                    by_value[value] = q
    canonical: dict[tuple[str, str | None, str, float], float] = {}
    for group, by_value in samples.items():
        # Figures join a run while they agree with every figure in it, so that a loose
        # one ("dozens killed") cannot join two exact ones that clash (26 and 28).
        run: list[Quantity] = []
        for value in sorted(by_value):
            q = by_value[value]
            if not run or any(compare_quantities(r, q)[0] not in ("same", "compatible")
                              for r in run):
                run = []
            run.append(q)
            canonical[(*group, value)] = standard(run[0])[1]
    out: dict[tuple[str, str | None, str, float, float], list] = defaultdict(list)  # type: ignore[type-arg]
    for (component, obj, unit, va, vb), items in merged.items():
        key = (component, obj, unit, canonical[(component, obj, unit, va)],
               canonical[(component, obj, unit, vb)])
        if key[3] != key[4]:
            out[key].extend(items)
    return out


_SUMMED = re.compile(r"\s(?:and|plus)\s|,\s")


def _stated(q: Quantity) -> str:
    """A figure as written, with its total where the words add two counts: ``232
    passengers and 12 crew members (244 in all)``, ``one pilot and four passengers (5 in
    all)``."""
    if q.unit == "people aboard" and _SUMMED.search(q.span.text):
        return f"{q.span.text} ({q.value:,.0f} in all)"
    return q.span.text


_PROVISIONAL = re.compile(
    r"\b(?:exit\s+polls?|projections?|projected|preliminary|provisional|partial\s+"
    r"(?:results|count)|early\s+(?:results|returns)|first\s+figures|with\s+(?:about\s+|"
    r"nearly\s+|over\s+|more\s+than\s+)?[\d.]+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?"
    r"(?:votes?|ballots|precincts)\s+(?:counted|tallied|in|reporting))", re.IGNORECASE)
"""What marks a share of the vote as not yet the result: ``according to exit poll data``,
``with 94.4 percent of the votes tallied``, ``based on the first figures``."""


_FACT_CAPS: tuple[tuple[str, Severity, str], ...] = (
    (POPULATION_OF, "medium", "a population is an estimate, of some year"),
    (f"{QUAKE_DEPTH}earthquake", "low",
     "a quake's depth is an estimate that agencies and revisions often change"),
    (f"{QUAKE_DEPTH}aftershock", "low",
     "a quake's depth is an estimate that agencies and revisions often change"),
    (DISTANCE_OF, "medium",
     "a distance may be by road or as the crow flies, and from the centre or the edge"),
    (NATIONALS_OF, "medium", "a breakdown by nationality is revised as the people are "
     "identified"),
    (PRICE_OF, "medium", "a price is reported with or without add-ons or debt, and "
     "often as a reported figure"),
    (STAKE_OF, "medium", "a stake is counted on different bases (outstanding shares, "
     "voting power, with or without options)"),
    (VOTE_SHARE_OF, "medium", "a share of the vote moves as the count goes on, from "
     "projections to the final result, and is rounded in different ways"),
    ("arrest", "medium", "arrests are a running count: a probe detains more people as it "
     "goes on"),
    ("detain", "medium", "detentions are a running count: a probe detains more people as "
     "it goes on"),
)
"""Facts whose figures are estimates or revised counts, with the most severe a clash of
them may be and why."""


def _quantity_severity(a: Quantity, b: Quantity) -> tuple[Severity, str]:
    _, va, lo_a, hi_a = standard(a)
    _, vb, lo_b, hi_b = standard(b)
    if a.low == a.high and b.low == b.high:
        ratio = abs(va - vb) / max(abs(va), abs(vb), 1e-9)
        apart = f"{ratio:.0%}" if ratio >= 0.01 else "less than 1%"  # 241 and 242
        return "high" if ratio > 0.1 else "medium", f"two exact figures {apart} apart"
    gap = max(lo_a, lo_b) / max(min(hi_a, hi_b), 1e-9)
    if gap > 1.5:
        return "medium", f"hedged figures, but even their ranges are {gap:.1f} times apart"
    return "low", "at least one figure is hedged (about, more than ...)"


_OWN_EYES = re.compile(r"\b(?:[Mm]y|me|(?:I|we)\s+(?:saw|see|heard|watched|counted))\b")
"""A quotation in which the speaker tells what befell them or what they saw (``My husband
was shot in the head. Seven others were injured``): its count is of what one witness saw,
not the toll."""


_PERPETRATOR = r"(?:gunman|shooter|attacker|assailant|bomber|perpetrator|suspect)"
_PERPETRATOR_DIED = re.compile(
    r"\b(?:and|including|plus)\s+the\s+" + _PERPETRATOR + r"\b|\b" + _PERPETRATOR
    + r"\b[^.;]{0,60}?\b(?:killed\s+(?:himself|herself)|took\s+(?:his|her)\s+own\s+life|"
    r"(?:was|were)\s+(?:shot\s+)?(?:dead|killed)|died)\b", re.IGNORECASE)
"""An article that counts the attacker among the dead or says he died: its toll may be one
more than another's that counts only the victims."""


def _perpetrator_died(det: _Detector, claim: Claim) -> bool:
    """Whether the article of ``claim`` says its attacker died (``two children and the
    gunman dead``, ``the shooter killed himself``)."""
    return _PERPETRATOR_DIED.search(det.docs[claim.document_id].text) is not None


_MOVED_BEFORE = re.compile(r"\b(?:evacuated|airlifted|transferred|treated|admitted|rushed|"
                           r"ferried|flown|brought|taken|took|moved)\s+\Z", re.IGNORECASE)
_MOVED_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:(?:and|were|are|was|is|have\s+been|had\s+been)\s+)+(?:taken|rushed|"
    r"admitted|brought|transferred|airlifted|evacuated)\s+to\b"
    r"|\s+(?:are|were|is|was)\s+(?:still\s+)?(?:undergoing|receiving|under)\s+treatment\b"
    r"|\s+(?:are|were|is|was)\s+(?:still\s+)?being\s+treated\b", re.IGNORECASE)
"""``Helicopters evacuated more than 400 injured victims``, ``15 people were injured and
taken to the local hospital``, ``Over 90 injured were rushed to the hospital``, ``36
injured are undergoing treatment at the medical college``: the harmed some hands moved or
treated, a part of the toll told by where they went, not the toll."""


_ALREADY_AFTER = re.compile(r"\s+(?:already|so\s+far)\b", re.IGNORECASE)
_ALREADY_BEFORE = re.compile(r"\balready\s+(?:[a-z]+\s+){0,2}\Z", re.IGNORECASE)


_INCREMENT_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+\Z",
                               re.IGNORECASE)
"""``Another 20 people were treated at the scene``: more on top of those the article has
just counted, no rival to them."""


_YEAR_OF = re.compile(r"[^.;]{0,40}?\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?"
                      r"(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\b")
"""``a 6.3-magnitude earthquake in 2023``: the year the quake a magnitude measures struck."""


_AFTER_AN_EARLIER = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?|decades?|hours?)\s+after|(?:second|another|new|"
    r"latest|fresh)\s+(?:[\w-]+\s+){0,4}?after)\s+"
    r"(?:,\s*(?=when\b|which\b)|\.(?=\d)|[^,.;]){0,120}\Z",
    re.IGNORECASE)
"""What puts a magnitude in an earlier quake the sentence measures its own against: ``came
just 11 days after a magnitude 6.9 earthquake killed 75``, ``two weeks after the country
suffered its deadliest quake, when a 6.9-magnitude quake off Kesh killed 72``, ``the
second temblor to rock Orla after a magnitude 7.4 earthquake struck``."""


def _recalled(claim: Claim, q: Quantity) -> bool:
    """Whether a magnitude is of another, earlier quake: of an earlier year, named just
    after it (``less than a year after a 6.3-magnitude earthquake in 2023, which killed
    thousands``), where no date of the claim says so, or after what came days or weeks
    after it (:data:`_AFTER_AN_EARLIER`)."""
    text = claim.span.document.text
    if _AFTER_AN_EARLIER.search(text, claim.span.start, q.span.start):
        return True
    published = claim.span.document.published
    m = _YEAR_OF.match(text, q.span.end, claim.span.end)
    return m is not None and published is not None and int(m["year"]) < published.year


def _part_to_date(claim: Claim, q: Quantity) -> bool:
    """Whether a figure is the part done so far (``credited with roughly 12 months
    already served``, ``has already paid $2 million``), not the whole it is part of
    (``would serve 50 months``)."""
    text = claim.span.document.text
    return bool(_ALREADY_AFTER.match(text, q.span.end)
                or _ALREADY_BEFORE.search(text, max(0, q.span.start - 30), q.span.start))


def _increment(claim: Claim, q: Quantity) -> bool:
    """Whether a figure counts more on top of others (:data:`_INCREMENT_BEFORE`)."""
    return _INCREMENT_BEFORE.search(claim.span.document.text, max(0, q.span.start - 16),
                                    q.span.start) is not None


_SOME_DIED_LATER = re.compile(
    r"[^.;]{0,60}?\b(?:instantly|on\s+the\s+spot|at\s+the\s+scene|immediately)\b"
    r"[^.;]{0,60}?\b(?:died|succumbed)\b[^.;]{0,30}?\b(?:later|in\s+(?:the\s+)?hospital|"
    r"of\s+(?:their|his|her)\s+(?:injuries|wounds))\b", re.IGNORECASE)
"""``Fifteen people were killed instantly and one person died later in the hospital``:
those who died at once, a part of the toll the rest of the sentence completes."""


def _died_at_once(claim: Claim, q: Quantity) -> bool:
    """Whether a count of the dead counts only those killed at once, with more who died
    later told after it (:data:`_SOME_DIED_LATER`)."""
    return _SOME_DIED_LATER.match(claim.span.document.text, q.span.end, claim.span.end) \
        is not None


def _moved(claim: Claim, q: Quantity) -> bool:
    """Whether a count of the harmed counts those moved to care (:data:`_MOVED_BEFORE`)."""
    text = claim.span.document.text
    return bool(_MOVED_BEFORE.search(text, max(0, q.span.start - 16), q.span.start)
                or _MOVED_AFTER.match(text, q.span.end))


def _witnessed(quotes: dict[str, list[Quote]], claim: Claim, q: Quantity) -> bool:
    """Whether the count ``q`` is told in a witness's own words (:data:`_OWN_EYES`)."""
    return any(quote.span.start <= q.span.start < quote.span.end
               and _OWN_EYES.search(quote.span.text)
               for quote in quotes.get(claim.document_id, ()))


def _backing(det: _Detector, members: dict[str, list[Claim]], claim: Claim, q: Quantity,
             predicate: str) -> set[str]:
    """The articles that state the very figure ``q`` (same value, qualifier and unit) of
    the claim's event and date, in a claim of its event component: the support a side of
    a clash has beyond the pairs that clashed (``26 killed`` in five reports against
    ``28 killed`` in one)."""
    date = _placed(_primary_date(claim))
    figure = standard(q)
    found: set[str] = set()
    for other in members.get(det.component(claim.id), ()):
        if other.document_id in found or other.modality not in _FACTUAL:
            continue
        when = _placed(_primary_date(other))
        if date is not None and when is not None and \
                compare_dates(date, when)[0] not in ("same", "compatible"):
            continue
        if any(standard(x) == figure and measures(predicate, other, x)
               and _only_one(det, other, x) for x in other.quantities):
            found.add(other.document_id)
    return found


def _states_too(det: _Detector, claim: Claim, own: Quantity, other: Quantity) -> bool:
    """Whether ``claim``'s sentence also states, besides ``own``, a figure that agrees
    with ``other`` (``Liverpool's £100m signing of Florian Wirtz will rise to £116m``
    against ``£116m for Florian Wirtz``): it gives both figures, so it contradicts
    neither."""
    return _stated_besides(det.sentence_quantities[(claim.document_id, claim.span.start)],
                           own, other)


def _fallen(qa: Quantity, pa: dt.date | None, qb: Quantity, pb: dt.date | None) -> bool:
    """Whether two counts of the dead, published on two days, fall over time: the later
    report's exact figure is below the earlier exact one, but not by half (``all 242 on
    board have died`` on the 12th, ``241 were confirmed dead`` on the 15th). A toll of
    the dead only rises as bodies are found, so a fall is a correction, not a moment of
    a running count (the missing and the injured may fall as people are found)."""
    if pa is None or pb is None or pa == pb or harm_of(qa.unit) != "dead" \
            or harm_of(qb.unit) != "dead":
        return False
    earlier, later = (qa, qb) if pa < pb else (qb, qa)
    exact = earlier.low == earlier.high and later.low == later.high
    # Less than half the earlier figure is more likely a part of it (the dead of one
    # attack against a whole offensive's) than a correction.
    return exact and earlier.low / 2 <= later.high < earlier.low


def _fall(det: _Detector, a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> str:
    """The line that says which report gave fewer dead, and when."""
    pa, pb = det.docs[a.document_id].published, det.docs[b.document_id].published
    (early, q_early, p_early), (late, q_late, p_late) = sorted(
        [(a, qa, pa), (b, qb, pb)], key=lambda it: str(it[2]))
    return (f"{late.document_id}, published {p_late}, gives fewer dead ({_stated(q_late)}) "
            f"than {early.document_id} did on {p_early} ({_stated(q_early)}).")


_REVISED_NEXT = re.compile(r"\s*(?:However|But),?\s+(?:[\w-]+\s+){0,3}?(?:later\s+)?"
                           r"(?:downgraded|revised|upgraded|lowered|raised|corrected|updated)\b")
"""A next sentence that revises the figure just given: ``Phivolcs logged the earthquake at
7.6 magnitude. However, the agency downgraded it …``."""


def _revised_next(claim: Claim) -> bool:
    """Whether the sentence after ``claim`` revises its figure (:data:`_REVISED_NEXT`)."""
    return _REVISED_NEXT.match(claim.span.document.text, claim.span.end) is not None


def _said(claim: Claim, pattern: re.Pattern[str], memo: dict[tuple[str, str], bool]) -> bool:
    """Whether ``claim``'s sentence holds ``pattern`` (a running toll, a figure overtaken,
    a war's tally), read once per claim however many pairs the claim is in."""
    key = (claim.id, pattern.pattern)
    if key not in memo:
        memo[key] = pattern.search(claim.span.text) is not None
    return memo[key]


def _claimant(claim: Claim) -> tuple[str, str] | None:
    """Who the claim says gives its figure, as (key, name as written): a state for its
    body or people (``Pakistan's military said``, ``the Pakistani military reported``),
    a person, a body. A news agency passes on what others claim, and is no claimant."""
    said = claim.asserted_by
    if said is None or said.key in NEWS_OUTLETS:
        return None
    return country_of(said.key) or said.key, said.span.text


def _claimed_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """The claimants of two clashing figures, as written, when each is someone's own
    claim and the two are different: Pakistan's army counts 23 of its dead, the Taliban
    58. The parties disagree; the reports, each telling one party's claim, may not."""
    found_a, found_b = _claimant(a), _claimant(b)
    if found_a is None or found_b is None or found_a[0] == found_b[0]:
        return None
    return found_a[1], found_b[1]


def _quantities(det: _Detector, pairs: list[tuple[Claim, Claim, Alignment]],
                conflicts: list[Conflict]) -> list[Agreement]:
    """Find the figure conflicts of ``pairs`` (appended to ``conflicts``) and return the
    figures two independent sources or more give alike."""
    same: dict[tuple[str, str, str, float], dict[str, tuple[Claim, Quantity]]] = \
        defaultdict(dict)  # the same figure of one fact in two articles, for agreements
    same_why: dict[tuple[str, str, str, float], Alignment] = {}
    merged: dict[tuple[str, str | None, str, float, float], list] = defaultdict(list)  # type: ignore[type-arg]
    quotes: dict[str, list[Quote]] = defaultdict(list)
    years: dict[str, int | None] = {}  # each claim's passage year (see _other_years)
    fallen: set[tuple[str, str]] = set()  # pairs whose later report gives fewer dead
    places: dict[tuple[str, int], str | None] = {}  # each count's place (_other_places)
    stages: dict[str, frozenset[str]] = {}  # each claim's stages (_other_stages)
    said: dict[tuple[str, str], bool] = {}  # what each claim's words say (_said)
    tolls: dict[tuple[str, float], set[dt.date]] = defaultdict(set)  # days of each toll
    own: dict[tuple[str, str, str], list[Quantity]] = defaultdict(list)
    for claim in det.claims:
        if claim.quote is not None:
            quotes[claim.document_id].append(claim.quote)
        for q in claim.quantities:
            own[(claim.document_id, q.kind, q.unit)].append(q)
        if (day := _placed(_own_date(claim))) is not None and day.start is not None:
            for q in claim.quantities:
                if harm_of(q.unit):
                    tolls[(q.unit, q.value)].add(day.start)
    wholes = {key: parts for key, figures in own.items()
              if (parts := _whole_and_parts(figures))}  # each article's whole and its parts
    for a, b, why in pairs:
        if a.modality not in _FACTUAL or b.modality not in _FACTUAL:
            continue
        # A day no reference could place ("on Sunday" with no publication date) tells
        # no two facts apart: the figure counts as undated.
        da, db = _placed(_own_date(a)), _placed(_own_date(b))
        attribute = is_attribute(why.predicate)
        if is_fact(why.predicate) and not why.predicate.startswith((MAGNITUDE_OF, SPLIT_OF)):
            if why.predicate == CROWD and (
                    (da is not None and db is not None
                     and compare_dates(da, db)[0] not in ("same", "compatible"))
                    or _weeks_apart(a, b)):
                continue  # the crowds at two finals weeks apart: two events' crowds
            # How many were aboard is a fact of the trip, not of a date; a magnitude
            # keeps its date, which tells the story's quake from one recalled.
            da = db = None
        if (da is None) != (db is None) and _told_that_day(det, a, da, b, db) \
                and not _dated_elsewhere(tolls, b if da is not None else a, da or db):
            da = db = None  # "37 deaths" seen in a report "earlier today", and "36 deaths"
        if (da is None) != (db is None):
            continue  # a figure for a stated date and one for none: different facts
        slipped = False
        if da is not None and db is not None and compare_dates(da, db)[0] not in (
                "same", "compatible"):
            if not _weekday_slip(da, db, why):
                continue  # figures for different dates or years are different facts
            slipped = True  # "sentenced on Monday … to six years" and "sentenced on
            # Tuesday to five years": one sentencing, its day told two ways
        if _same_words(a, b):
            continue
        if _sections_apart(a, b):
            continue  # "Kesh fire … 23,713 acres" and "Tolva fire … 14,021 acres"
        if da is None and db is None and not is_fact(why.predicate) \
                and _other_years(det, a, b, years):
            continue  # "In 2019, …": an undated figure of a year gone, against today's
        if _other_targets(a, b):
            continue  # tariffs on Orla and tariffs on Kesh: two measures
        if det.other_storms(a, b) or det.other_quakes(a, b, why.predicate):
            continue  # Hurricane Orla's toll and Hurricane Tolva's: two storms
        if _other_stages(a, b, stages):
            continue  # a Category 4 storm and a Category 5 one: two moments of it
        same_actor = _same_actor(a, b)
        if why.predicate in MOVEMENTS and not (
            same_actor and da is not None and db is not None and _written(da) and _written(db)
        ):
            continue  # a price or a change is a fact only for one subject at one time
        for qa in a.quantities:
            for qb in b.quantities:
                if not (measures(why.predicate, a, qa) and measures(why.predicate, b, qb)):
                    continue  # the age fact compares ages, not the claims' other figures
                if slipped and (harm_of(qa.unit) or _TALLY_UNITS.search(qa.unit)
                                or _RUNNING_UNITS.search(qa.unit)):
                    continue  # a count that grows is of its day, whichever day it is
                if (qa.unit in HARM_UNITS or harm_of(qa.unit) or qa.unit in PEOPLE_GROUPS
                        or qa.unit.endswith(" in all")) and _other_places(a, qa, b, qb, places):
                    continue  # counts of the harmed, or wholes, of two different places
                if harm_of(qa.unit) and _said(a, _CUMULATIVE, said) != _said(
                        b, _CUMULATIVE, said):
                    continue  # a war's tally since its start, against the day's toll
                if harm_of(qa.unit) and da is None and db is None and _weeks_apart(a, b):
                    continue  # undated tolls told weeks apart: likelier two strikes or raids
                    # of one campaign than one revised
                if attribute:
                    if not (_one_measured(why.predicate, a) and _one_measured(why.predicate, b)):
                        continue  # "7.5, then 7.7 after revision": which one?
                elif not (_one_of_its_place(det, a, qa, places)
                          and _one_of_its_place(det, b, qb, places)):
                    continue  # "fell to $486.6 million from $521 million": which one?
                if not attribute and _other_things(a, qa, b, qb):
                    continue  # "20 inches of rain", "a 12-foot storm surge": two things
                if (qa.unit == "magnitude" or harm_of(qa.unit)) \
                        and _recalled(a, qa) != _recalled(b, qb):
                    continue  # "after a 6.3-magnitude earthquake in 2023", "11 days after a
                    # quake killed 75 people": another quake, and its toll
                if _part_to_date(a, qa) != _part_to_date(b, qb):
                    continue  # "12 months already served" of "50 months"
                if a.document_id == b.document_id and {qa.value, qb.value} <= wholes.get(
                        (a.document_id, qa.kind, qa.unit), frozenset()):
                    continue  # "destroyed more than 16,000 structures", then "6,800" in one
                    # fire and "9,400" in the other: a whole and its parts
                if a.document_id == b.document_id and (_increment(a, qa) or _increment(b, qb)):
                    continue  # "Another 20 people were treated": more than the article's
                    # other count, not a rival to it ("another three fatalities in
                    # Thailand" still meets another report's count there)
                if qa.kind == "percent" and not attribute and not same_actor and not (
                        qa.holder is not None and qb.holder is not None
                        and qa.holder.key == qb.holder.key):
                    continue  # "net fell 3.1%", "earnings fell 8%": shares of what? (one
                    # holder's share is one: Hale's 58.2% and Hale's 52.8% of the vote)
                if why.predicate.startswith(RESULT_FACTS):
                    if a.document_id == b.document_id:
                        continue  # two revenues in one article: a roundup's companies
                    company = owner_of(a, qa) or det.main_name(a.document_id)
                    if company is None or company != (
                            owner_of(b, qb) or det.main_name(b.document_id)):
                        continue  # "Kovatek's revenue" in a story about Orlatek
                elif not attribute and det.held_apart(a, qa, b, qb):
                    continue  # "the BJP winning 240 seats", "the Congress won 99 seats" (a
                    # fact of one thing, a turnout or an age, is no holder's share)
                relation, reason = compare_quantities(qa, qb)
                if relation == "same" and a.document_id != b.document_id:
                    unit, value = standard(qa)[:2]
                    agreed = (det.component(a.id), why.predicate, unit, value)
                    same[agreed].update({a.id: (a, qa), b.id: (b, qb)})
                    same_why.setdefault(agreed, why)
                if relation != "clash" or _passengers_within(qa, qb):
                    continue
                if qa.kind == "money" and _orders_apart(qa, qb):
                    continue  # "Paramount's close to $24 bid" (a share) and "$72 billion"
                if qa.kind == "duration" and not attribute and why.score <= WEAK_ALIGNMENT:
                    continue  # "five years without a murder" and "10 years for a burglary
                    # charge": spans of time tied by nothing but the story's main event
                if qa.kind == "duration" and _still_running(a, qa, b, qb):
                    continue  # "in about a week" on the 15th, "after nearly three and a
                    # half weeks" on the 1st: one span, told as it ran
                if da is None and db is None and not attribute \
                        and _published_apart(a, b, _FIGURES_APART):
                    continue  # undated figures of articles published a month or more
                    # apart are each of its own news: GM's 30,000 job cuts of 2006 and its
                    # 10,000 at Opel in 2009 (alike, they still agree; a thing's measure,
                    # a trial's length, is one whenever told)
                if why.predicate.startswith((MAGNITUDE_OF, QUAKE_DEPTH)) \
                        and _published_apart(a, b, _QUAKES_APART):
                    continue  # a quake's measure in articles published a week or more
                    # apart: two quakes of one region (one on September 30, another on
                    # October 10), as a quake's readings settle within days
                if _states_too(det, a, qa, qb) or _states_too(det, b, qb, qa):
                    continue  # "£100m … will rise to £116m" against "£116m": both said
                if a.document_id != b.document_id and not attribute and not (
                        harm_of(qa.unit) or _TALLY_UNITS.search(qa.unit)) and (
                        det.writes_both(a, qa, qb) or det.writes_both(b, qb, qa)):
                    continue  # "350 kg from his home", "about 2,900 kg" in all: both told
                    # (a toll's earlier figure is a moment of a running count instead; a
                    # fact of one value, a quarter's revenue or an age, stated two ways by
                    # one article is its own slip, no part and whole)
                if qa.kind == "money" and det.told_together(a, qa, qb):
                    continue  # "$72 billion in equity and $82.7 billion, including debt"
                if harm_of(qa.unit) and (_witnessed(quotes, a, qa) or _witnessed(quotes, b, qb)
                                         or _moved(a, qa) or _moved(b, qb)
                                         or _died_at_once(a, qa) or _died_at_once(b, qb)):
                    continue  # "Seven others were injured," said a survivor: one view;
                    # "15 killed instantly and one died later": a part of the toll
                pa, pb = det.docs[a.document_id].published, det.docs[b.document_id].published
                if da is None and pa != pb and not attribute and (
                        _TALLY_UNITS.search(qa.unit) or why.predicate in _RUNNING_EVENTS):
                    if not _fallen(qa, pa, qb, pb):
                        continue  # a running tally reported on different days
                    fallen.add((a.id, b.id))  # fewer dead in the later report
                if harm_of(qa.unit) == "dead" and abs(qa.value - qb.value) == 1 and (
                        _perpetrator_died(det, a) or _perpetrator_died(det, b)):
                    continue  # "two children and the gunman dead": three with him, two not
                if _said(a, _RISING, said) or _said(b, _RISING, said):
                    continue  # "the toll climbed to ...": a count in progress, not a fixed fact
                if _TALLY_UNITS.search(qa.unit) and (
                        _said(a, _TALLY_RISING, said) or _said(b, _TALLY_RISING, said)):
                    continue  # "the death toll surged to 332": a tally in progress
                if _said(a, _SUPERSEDED, said) or _said(b, _SUPERSEDED, said) \
                        or _revised_next(a) or _revised_next(b):
                    continue  # "previously put the toll at ...": overtaken, by its own account
                # Figures in two systems of units ("40 km", "28 miles") meet in one.
                unit, va = standard(qa)[:2]
                vb = standard(qb)[1]
                (ca, xa, sa), (cb, xb, sb) = sorted([(a, qa, va), (b, qb, vb)],
                                                    key=lambda cq: cq[2])
                # Each place's count is a fact of its own: Shangla's 36 against 37 is
                # not Buner's 204 against 208, though one agency gives all four.
                place = places.get((a.id, qa.span.start)) or places.get((b.id, qb.span.start))
                obj = why.object if place is None else f"{why.object or ''}@{place}"
                merged[(det.component(a.id), obj, unit, sa, sb)].append(
                    (ca, xa, cb, xb, why, reason))
    members: dict[str, list[Claim]] = defaultdict(list)
    if merged:
        for claim in det.claims:
            if claim.quantities:
                members[det.component(claim.id)].append(claim)
    facts: dict[tuple[str, str | None, str, str, str], list[Conflict]] = defaultdict(list)
    for key in sorted(merged := _coalesced(merged), key=_sort_key):
        items = merged[key]
        a, qa, b, qb, why, reason = min(items, key=lambda it: (it[0].id, it[2].id))
        docs_a = {ca.document_id for ca, _, _, _, _, _ in items} | _backing(
            det, members, a, qa, why.predicate)
        docs_b = {cb.document_id for _, _, cb, _, _, _ in items} | _backing(
            det, members, b, qb, why.predicate)
        severity, rule = _cap(_quantity_severity(qa, qb), why)
        if severity != "low" and qa.unit == "magnitude" and abs(qa.value - qb.value) <= 0.2:
            severity, rule = "low", ("magnitudes a tenth or two apart: seismic agencies "
                                     "often give different readings of one quake")
        if why.predicate.startswith((VOTE_SHARE_OF, TURNOUT, MARGIN)) and any(
                _PROVISIONAL.search(c.span.text) for it in items for c in (it[0], it[2])):
            # (a headline's "Kovac secures 50.7 percent" is the exit poll its body names)
            severity, rule = "low", ("one figure is an exit poll, a projection or a partial "
                                     "count, which the final result replaces")
        for fact, cap, why_cap in _FACT_CAPS:
            if why.predicate.startswith(fact) and \
                    SEVERITY_RANK[severity] > SEVERITY_RANK[cap]:
                severity, rule = cap, f"{rule}; but {why_cap}"
            elif why.predicate.startswith(fact) and severity == cap:
                rule = f"{rule}, and {why_cap}"  # the reason it can go no higher
        falls = any((ca.id, cb.id) in fallen or (cb.id, ca.id) in fallen
                    for ca, _, cb, _, _, _ in items)
        if falls:
            severity, rule = "medium", ("a death toll only rises as a story unfolds, yet the "
                                        "later report gives fewer dead: one of them was "
                                        "corrected or is wrong")
        elif not is_attribute(why.predicate) and (
                _TOLL.search(a.span.text) or _TOLL.search(b.span.text) or (
                a.document_id != b.document_id and harm_of(qa.unit))):
            severity, rule = "low", ("a toll is a running count: sources and hours differ "
                                     "before it settles")
        elif not is_attribute(why.predicate) and a.document_id != b.document_id \
                and _RUNNING_UNITS.search(qa.unit):
            severity, rule = "low", (f"{qa.unit} are a running count: sources and hours "
                                     "differ before it settles")
        elif why.predicate in _RUNNING_EVENTS:
            severity, rule = "low", (f"the count of those {why.predicate}d grows while the "
                                     "operation runs: figures differ with the hour told")
        if _digits_swapped(qa, qb) and SEVERITY_RANK[severity] < SEVERITY_RANK["medium"]:
            severity, rule = "medium", (f"{_stated(qa)} and {_stated(qb)} have the same "
                                        "digits in another order: likely a slip of the "
                                        "keyboard, which a running count does not explain")
        claimants = _claimed_apart(a, b)
        if claimants is not None and not falls:
            severity, rule = "low", (f"each figure is its claimant's own ({claimants[0]}: "
                                     f"{_stated(qa)}; {claimants[1]}: {_stated(qb)}): the "
                                     "parties disagree, not necessarily the reports")
        event = _event_words(a, why, qa.unit, _holder_key(qa, qb))
        if why.predicate == CROWD:
            event = "the size of the crowd"
        if (place := places.get((a.id, qa.span.start)) or places.get((b.id, qb.span.start))):
            # the place the counts are of names them better than the names they share
            event = f"{event.split(' (')[0]} (in {place})"
        side_a = det.position(a, qa.value, qa.span.start, qa.span.end, qa.unit, docs_a, qa.per)
        side_b = det.position(b, qb.value, qb.span.start, qb.span.end, qb.unit, docs_b, qb.per)
        lines = [
            f"The {'same article gives' if a.document_id == b.document_id else 'articles give'}"
            f" different figures for “{event}”: "
            f"{_stated(qa)} and {_stated(qb)} ({reason}).",
            f"{a.document_id} ({counted(side_a.sources, 'independent source')}): "
            f"“{_quote(a.span.text)}”",
            f"{b.document_id} ({counted(side_b.sources, 'independent source')}): "
            f"“{_quote(b.span.text)}”",
            *([_fall(det, a, qa, b, qb)] if falls else []),
            *([f"Who says so: {claimants[0]} gives {_stated(qa)}; {claimants[1]} gives "
               f"{_stated(qb)}."] if claimants is not None else []),
            f"Aligned because {why.reason}.",
        ]
        # One holder's figures are one fact: Philadelphia's crowd and Los Angeles' are two.
        holders = {q.holder.key if q.holder is not None else ""
                   for _, xa, _, xb, _, _ in items for q in (xa, xb)}
        held = min(holders) if len(holders) == 1 else ""
        facts[(*key[:3], why.predicate, held)].append(Conflict(
            id=_stable_id("quantity", [f"{ca.id}={xa.value}|{cb.id}={xb.value}"
                                       for ca, xa, cb, xb, _, _ in items]),
            kind="quantity", severity=severity, severity_rule=rule, event=event,
            positions=(side_a, side_b), alignment=why, explanation="\n".join(lines),
        ))
    clashed: set[tuple[str, int]] = set()
    for found in _overlapping(facts):
        conflicts.append(_torn(found[0] if len(found) == 1 else _one_fact(found)))
        clashed.update((p.claim.id, p.value_start) for c in found for p in c.positions)
    return _agreements(det, same, same_why, clashed)


def _holder_key(*figures: Quantity) -> str | None:
    """The one name all ``figures`` are held by (``the Orla Party — 151``), if they share one."""
    keys = {q.holder.key if q.holder is not None else None for q in figures}
    return keys.pop() if len(keys) == 1 else None


def _agreements(det: _Detector,
                same: dict[tuple[str, str, str, float], dict[str, tuple[Claim, Quantity]]],
                why: dict[tuple[str, str, str, float], Alignment],
                clashed: set[tuple[str, int]]
                ) -> list[Agreement]:
    """One agreement for each figure of one fact that two independent sources or more
    give alike (``42-year-old`` in six articles), unless one of its figures is in a
    conflict, which shows its support already (a quake's depth in conflict takes nothing
    from the magnitude the same sentence gives)."""
    out = []
    for key in sorted(same, key=_sort_key):
        held = same[key]
        if clashed & {(claim_id, fig.span.start) for claim_id, (_, fig) in held.items()}:
            continue  # the figure is in a conflict (another fact of its sentence may agree)
        docs = sorted({claim.document_id for claim, _ in held.values()})
        sources = det.sources.independent(docs)
        if sources < 2:
            continue
        # the figure as the plainest of them writes it: unhedged, with its noun
        first, q = min(held.values(), key=lambda cq: (
            cq[1].qualifier is not None, -len(cq[1].span.text), cq[0].id))
        event = _event_words(first, why[key], q.unit,
                             _holder_key(*(fig for _, fig in held.values())))
        value = _stated(q)
        positions = tuple(det.position(claim, fig.value, fig.span.start, fig.span.end,
                                       fig.unit, docs, fig.per)
                          for claim, fig in (held[i] for i in sorted(held)))
        out.append(Agreement(
            id=_stable_id("agree", sorted(held)), kind="quantity", event=event, value=value,
            positions=positions, sources=sources,
            explanation=(f"{counted(sources, 'independent source')} give the same figure "
                         f"for “{event}”.")))
    return out


def _overlapping(facts: dict[tuple[str, str | None, str, str, str], list[Conflict]]
                 ) -> list[list[Conflict]]:
    """The clashes of each fact, with the groups of one fact that share a figure of one
    article (of one holder) joined: a headline's `17 injured` against `18 injured`, and
    the body's `injuring 17 passengers` against `at least 18 individuals`, name their
    places differently but are one disagreement; Philadelphia's 100,000 and Los
    Angeles' `between 100,000 and 150,000` in one sentence are two cities'."""
    found = [(group, conflict) for group in sorted(facts, key=_sort_key)
             for conflict in facts[group]]
    parts: _Components[int] = _Components()
    seen: dict[tuple[str, str, str, str, float], int] = {}
    for i, (group, conflict) in enumerate(found):
        for side in conflict.positions:
            # unit, predicate and holder, not the object: "injuring 17 passengers" and
            # "17 injured" count one harm; the article and its figure, so that two
            # stories' tolls in one feed (26 against 28 dead in one, 600 against
            # "dozens" in another) stay two disagreements
            mark = (group[2], group[3], group[4], side.claim.document_id,
                    float(side.value))
            parts.join(i, seen.setdefault(mark, i))
    joined: dict[int, list[Conflict]] = defaultdict(list)
    for i, (_, conflict) in enumerate(found):
        joined[parts.root(i)].append(conflict)
    return [joined[r] for r in sorted(joined)]


def _figure_as_written(position: Position) -> str:
    """The figure of ``position`` as its claim writes it (``more than 300 injured``)."""
    text = position.claim.span.document.text
    return text[position.value_start:position.value_end]


def _torn(conflict: Conflict) -> Conflict:
    """``conflict`` with a note naming each article that states two of its clashing figures
    (``the 948-foot vessel`` in one paragraph, ``the 985-foot tanker`` in another, or a
    headline's toll against its body's): its editor will want to know first, whether the
    article slipped or quotes two sources that differ."""
    if len({d for p in conflict.positions for d in (*p.documents, p.claim.document_id)}) == 1:
        return conflict  # one article alone: "The same article gives …" says it already
    sides = [(p, next((x for x in p.claim.quantities
                       if x.span.start <= p.value_start < x.span.end), None))
             for p in conflict.positions]
    torn = sorted({d for i, (p, fp) in enumerate(sides) for q, fq in sides[i + 1:]
                   if fp is not None and fq is not None
                   and compare_quantities(fp, fq)[0] not in ("same", "compatible")
                   for d in set(p.documents) & set(q.documents)})
    notes = []
    for doc in torn:
        written = [f"“{_figure_as_written(p)}”" for p in conflict.positions if doc in p.documents]
        notes.append(f"Note: {doc} itself gives both {', '.join(written[:-1])} and "
                     f"{written[-1]}.")
    return attrs.evolve(conflict, explanation="\n".join([conflict.explanation, *notes])) \
        if notes else conflict


def _one_fact(pairs: list[Conflict]) -> Conflict:
    """The clashes of one fact between three or more figures as one conflict: the
    injured counted 17, 18 and 19 is one disagreement with three positions, not three
    pairs. Each figure is shown once, by the claim with the most support; severity and
    alignment are those of the most severe pair."""
    worst = min(pairs, key=lambda c: (-SEVERITY_RANK[c.severity], c.id))
    sides: dict[float, Position] = {}
    for conflict in pairs:
        for side in conflict.positions:
            value = float(side.value)
            held = sides.get(value)
            if held is None or (side.sources, held.claim.id) > (held.sources, side.claim.id):
                sides[value] = side
    positions = tuple(sides[v] for v in sorted(sides))
    ident = _stable_id("quantity", sorted(c.id for c in pairs))
    if len(positions) == 2:
        # Two figures told in several places: the most severe telling speaks for them.
        return attrs.evolve(worst, id=ident)
    figures = [_figure_as_written(p) for p in positions]
    one_doc = len({p.claim.document_id for p in positions}) == 1
    lines = [
        f"The {'same article gives' if one_doc else 'articles give'} {len(positions)} "
        f"different figures for “{worst.event}”: {', '.join(figures[:-1])} and "
        f"{figures[-1]}.",
        *(f"{p.claim.document_id} ({counted(p.sources, 'independent source')}): "
          f"“{_quote(p.claim.span.text)}”" for p in positions),
        f"Aligned because {worst.alignment.reason}.",
    ]
    return attrs.evolve(worst, id=ident, positions=positions, explanation="\n".join(lines))
