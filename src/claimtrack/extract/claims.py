"""Assemble claims from a document: one per dated or numeric sentence, one per quote.

The steps read like the pipeline: sentences of the article's prose (skipped
regions never yield claims), then in each sentence its dates, quantities,
named participants, event and modality; quotes with their speakers. A claim
whose sentence is repeated verbatim later in the document (a repeated body,
a pull quote) is one claim with the other places in ``also_at``.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import math
import re
from collections.abc import Sequence

import attrs

from claimtrack.claims import Claim, DateSlot, Event, Mention, Quantity, Quote
from claimtrack.extract.counted import CountedDate, counted_dates, timeline_dates
from claimtrack.extract.entities import (
    NEWS_OUTLETS,
    FoundMention,
    find_mentions,
    first_surnames,
    is_dateline,
    known_names,
    known_people,
    name_words,
)
from claimtrack.extract.events import (
    TOLL_VERBS,
    FoundEvent,
    find_events,
    find_modality,
    find_source,
    nearest_event,
    resulting_participle,
    says_by_pronoun,
)
from claimtrack.extract.holders import holder_of
from claimtrack.extract.lexicon import (
    COMMUNICATION,
    DEADLY,
    EVENT_CLASSES,
    HAPPENING_CLASSES,
    HARM_CLASSES,
    MISHAPS,
    lemma_of,
)
from claimtrack.extract.quantities import (
    find_quantities,
    harm_of,
    qualifier_bounds,
    range_opening,
)
from claimtrack.extract.quotes import find_quotes, quoted_spans, speakers_by_age
from claimtrack.extract.sentences import (
    APPOSITIVE,
    BE_AUXILIARY,
    COUNT_ASIDE,
    is_title_case,
    sentences,
)
from claimtrack.model import Document
from claimtrack.spans import Span
from claimtrack.temporal import TimeExpression, find_dates
from claimtrack.temporal.calendar import set_aside
from claimtrack.temporal.values import RESTATED, ZONE_SUFFIX, day_of, interval

__all__ = ["extract_claims", "name_claims"]

_PASSIVE_AUX = re.compile(BE_AUXILIARY + r"(?:[a-z]+\s+(?:and|or)\s+)?$")
"""``were doubled``, ``was shot and killed``: a passive, whose subject is no agent."""
_PLACE_BEFORE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Ff]rom|of|to|into|[Oo]n)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:['’]s|s['’])\s+"
                           r"(?:[a-z]+\s+){0,2})?$")
_RELATIVE_BEFORE = re.compile(r"[\w’'-]+\s+(?:that|which|who)\s+(?:\w+ly\s+)?\Z")
"""``a pickup truck that killed``: the act of a relative clause is its antecedent's."""
_PASSIVE_BY = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?")
_NEW_SUBJECT = re.compile(r"\b(?:(?:when|while|after|before|because|until|where)\s+(?:a|an|the|"
                          r"someone|one|two|three|\d[\d,]*|at\s+least|more\s+than|nearly|"
                          r"almost|about|some)|where\s+(?:he|she|they|it|we))\s|"
                          r"\b(?:when|while|after|before|because|until|where|as)\s+[a-z]{3,}s\s|"
                          r",\s+[a-z]{3,}s\s+(?:[a-z]+ly\s+)?[a-z]+ed\b",
                          re.IGNORECASE)
"""A clause with a subject of its own: ``when a man drove``, ``when terrorists opened
fire``, ``…, militants opened``."""
_REPORT_TAG = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|confirmed|stated)\s+"
    r"(?:(?:in|at|on)\s+(?:an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?"
    r"(?:statement|post|briefing|conference|update|release|interview|address|speech|"
    r"findings|channel|account)\s+)?"
    r"(?:(?:late|early)\s+(?:on\s+)?|on\s+|in\s+the\s+(?:early\s+)?hours\s+of\s+)?$"
)
_OWN_VERB_GAP = re.compile(r"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+"
                           r"(?:\s+(?!(?:in|on|at|by|for|from|with|into|a|an|the)\b)[\w-]+)"
                           r"{0,4}?)?"
                           + COUNT_ASIDE + r"(?:(?:which|that)\s+)?(?:(?:it|they|he|she|we)\s+)?"
                           r"(?:(?:were|was|are|is|have|has|had|been|being|"
                           r"also|reportedly|later|others?|more|people|would|will|could|may|might|"
                           r"[a-z]{3,}ly)\s+){0,3}")
"""What may stand between a count and its own verb: ``119 people were later killed``,
``14 coaches of the night express derailed``, ``300 people would die``, ``26 people —
mostly tourists — were brutally killed``, ``the record 303 seats it won``; not a
phrase that opens another (``eight pieces of jewellery in a robbery``)."""
_FRAME_BEFORE = re.compile(r"\W*(?:(?:earlier|later|early|late|then|and|but)\s+)?"
                           r"(?:(?:in|on|at|by|since|during|until|from|as\s+of)\s+)?",
                           re.IGNORECASE)
"""What may open a sentence before a date that frames it all: ``Earlier on November 20,``,
``As of 6pm,``."""
_FRONTED_CLAUSE = re.compile(r",\s*(?:as|while|when|after|before|once|until|because|"
                             r"although|though)\s[^,;.]*,")
"""A clause of its own between an opening date and the main clause: ``On Thursday, as
protesters gathered outside parliament, police ran over …``."""
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")
"""``, killing``, ``, resulting in``: a clause of what an event led to."""
_RELATIVE = re.compile(r"\b(?:who|whom|which|that\s+(?:has|have|had|took|occurred|"
                       r"happened|struck|began|started))\b")
"""A relative clause between a date and an event word (``Early on Friday, the plane
carrying the remains of the workers who died in the fire took off``, ``on Saturday …
the flooding that has killed 43``, ``on March 23 following the attack that took place
the day before``): the clause tells of something already known, which the sentence's
date does not date."""
_ASIDE_OPENS = re.compile(r"(?:,\s*(?:which|who)|\b(?:who|which))\s[^,;.]*\Z")
"""A relative clause set off by a comma that is still open: ``, which made landfall on``;
a ``who`` or ``which`` clause closes at its comma even without one before it
(``According to a spokesman who talked to AFP on Friday, 700 people died``: Friday is
the talk's; ``the JD(U) which fought 115, won only 43``)."""


def _aside_around(text: str, slot: DateSlot | Quantity) -> tuple[int, int] | None:
    """The relative clause set off by commas that holds a date or a figure (``The
    hurricane, which made landfall on Tuesday, has caused …``; ``The BJP, which had
    contested 110 seats, won 74``), as ``[start, end)``; ``None`` when it stands in no
    such clause, or the clause does not close before the sentence ends."""
    opens = _ASIDE_OPENS.search(text, max(0, slot.span.start - 80), slot.span.start)
    if opens is None:
        return None
    close = text.find(",", slot.span.end, slot.span.end + 80)
    stop = re.search(r"[.;!?]", text[slot.span.end : slot.span.end + 80])
    if close < 0 or (stop is not None and slot.span.end + stop.start() < close):
        return None
    return opens.start(), close


def _aside_closed_before(text: str, event: FoundEvent, at: int) -> bool:
    """Whether ``event`` stands in a relative clause set off by commas (``, who rose to
    power after the death of Magufuli,``) that closes before ``at``."""
    if event.end > at or _ASIDE_OPENS.search(text, max(0, event.start - 80),
                                             event.start) is None:
        return False
    close = _ASIDE_CLOSE.search(text, event.end, at)
    return close is not None and not re.search(r"[.;!?]", text[event.end : close.start()])


_ASIDE_CLOSE = re.compile(r",(?!\s*\d)")
"""The comma that closes an aside, not the one inside a date (``began on October 1,
2025,``)."""


_CLOSED_RELATIVE = re.compile(r",\s*\Z")
"""A comma before a relative pronoun: the clause is an aside that ends at its next comma
(``a driver, who had just finished delivering food, killing him``)."""


_DEED_NAMED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:massacre|attacks?|bombings?|shootings?|"
                         r"earthquake|quake|tsunami|storm|hurricane|typhoon|cyclone|fire|"
                         r"blast|explosion|crash|riots?|uprising|coup|war)"
                         r"(?:\s+(?:in|on|at|near)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s*,?\s*")
"""What follows a date that names a deed, up to a relative pronoun: ``the October 7
massacre in southern Israel, which``."""


_FIRST_SINCE = re.compile(r"\b(?:first|last|biggest|largest|highest|lowest|worst|best|"
                          r"deadliest|strongest)\s+(?:[\w'’-]+\s+){0,7}?since\s+(?:the\s+)?\Z",
                          re.IGNORECASE)
"""``the first cut since December``, ``the deadliest quake since 2013``: the day after
``since`` is the time of the one before, never of this one."""
_SINCE_WHEN = re.compile(r",?\s+when\b")
"""``since 2013, when a quake hit Kesh``: the clause that tells of the time before."""
_AT_THE_TIME = re.compile(r"(?<![,;])\s+when\s+(?:[\w-]+\s+){0,5}\Z")
"""``on Wednesday when the plane``: what stands between a dated deed's day and the verb of
a clause of the same time (``, when`` opens an aside about a time gone instead)."""
_NAMED_FOR_A_DAY = re.compile(r"(?:\b(?:the|its|their|his|her|this|next|last)|['’]s)\s+\Z",
                              re.IGNORECASE)
"""What opens a noun phrase an event is named in after its day: ``the November 23
elections``, ``the mogul's October 3 sentencing``."""
_ANOTHER_TIME = re.compile(r"\b(?:ahead\s+of|before|after|following|until|since|pending|"
                           r"prior\s+to|in\s+(?:retaliation|response)\s+(?:to|for)|"
                           r"in\s+the\s+wake\s+of)\s+(?:[\w'’-]+\s+){0,4}\Z", re.IGNORECASE)
"""A phrase of another time, whose event the day after it is of: ``a new trial ahead of
the mogul's October 3 sentencing`` (but ``the seats it won in the 2019 election`` were won
in 2019)."""
_ITS_CLAUSE = re.compile(r"(?:\s+(?:in|on|at|near|against)\s+(?:[\w-]+\s+){0,3}?[\w-]+){0,3}"
                         r"\s*,?\s*(?:which|that)\s+(?:\w+ly\s+)?")
"""What stands between a deed noun and the verb of its own relative clause: ``massacre in
southern Israel, which``, ``attack on Indian tourists in Kashmir on April 22 that``."""
_IN_THE_DEED = re.compile(r"\s+in\s+(?:a|an|the|two|three|several)\s+"
                         r"(?:(?:series|wave|string|spate)\s+of\s+)?(?:[\w-]+\s+){0,2}")
"""What stands between a harm and the deed noun it was suffered in: ``killed in a series
of``, ``died in the Monday``."""


def _in_relative(text: str, end: int, event: FoundEvent) -> bool:
    """Whether a relative clause opens between ``end`` (a date's) and ``event`` and still
    holds the event. A clause set off by commas closes at its second comma, and what
    follows is the main clause's again (``Kovac, who was elected in 2019, resigned``),
    unless it is a participle after a clause with figures of its own: ``revenue, which is
    projected to jump to $12.7 billion in 2025, representing a 243% increase`` goes on
    telling of the jump."""
    for m in _RELATIVE.finditer(text, end, event.end):
        if _DEED_NAMED.fullmatch(text, end, m.start()):
            continue  # "the October 7 massacre in southern Israel, which killed 1,200":
            # the clause tells of the deed the date names
        comma = text.rfind(",", m.end(), event.start)
        if comma < 0 or not _CLOSED_RELATIVE.search(text, max(0, m.start() - 3), m.start()):
            return True
        if _PARTICIPLE_CLAUSE.match(text, comma) and any(
                ch.isdigit() for ch in text[m.end() : comma]):
            return True
    return False


_RELATIVE_TOLL = re.compile(r",[^.;]*?\bthat\s+(?:left|killed|claimed|hit)\b")
"""A toll told in a relative clause past a comma after the date (``on Wednesday, May 7,
in the wake of the attacks of April 22 that left 26 civilians dead``): the clause's
noun is dated elsewhere, and the date before the comma is not its date (``the 2011
earthquake and tsunami that killed over 18,000`` is dated by its year)."""
_IN_BRACKETS = re.compile(r"[^()\n]{0,40}\)")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.-]{1,9}")
"""A name in brackets (``Adhikari (Nepali Congress) resigned``): an aside about whoever
is named before it, never the one who acts; an acronym in brackets (``the Rapid Support
Forces (RSF) attacked``) is the actor's other name, and stays."""
_HAD_DONE = re.compile(r"\bthat\s+(?:[\w’'.-]+\s+){0,10}had\s+(?:\w+ly\s+)?(?:been\s+)?"
                       r"(?:[a-z]+\s[^.;:,]{0,60}?\band\s+)?\Z", re.IGNORECASE)
"""``at 16:00 UTC today, Orla presented a plan following the announcement by Kesh Motors
that it had filed for bankruptcy``: a clause in the past perfect after the date tells of
what came before it, which the date does not date; so does a second verb the same
``had`` governs (``that the quake had killed 800 people and injured 1,300``)."""
_HAD_REACH = 160
"""How far before the event (in characters) the ``that`` of its past perfect may stand:
``said on Saturday that four men suspected of the attack had been detained``."""
_OWN_SUBJECT_AFTER = re.compile(r"\b(?:after|before|since|until)\s+"
                                r"(?:he|she|they|we|I)\s", re.IGNORECASE)
"""A clause of time with a subject of its own between an event and a later date: the date
is that clause's (``days before the statute was set to expire and three days after she
was installed on September 22nd``)."""
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|happened|occurred|took\s+place|was|is)\s+(?:just\s+|only\s+|barely\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+)?"
    r"(?:hours?|days?|minutes?|weeks?|months?|years?)\s+(?:after|before)\b", re.IGNORECASE)
"""``The Red Fort blast on a busy Monday evening came hours after eight people … were
arrested``: the day is the subject's, and the deed it came after happened at another
time."""
_SET_OFF = re.compile(r",\s*\Z")
"""A comma right before a date, with no preposition: ``in Kesh, Orla, 23 March 2024``."""
_EARLIER_EVENT = re.compile(r"\b(?:following|after|since|ahead\s+of|prior\s+to|before|"
                            r"(?:survivors?|victims?|aftermath|wake)\s+of|"
                            r"recover(?:y|ing)\s+from|about|involved\s+in|responsible\s+for|"
                            r"suspected\s+of\s+carrying\s+out|in\s+connection\s+with)\s+"
                            r"(?:the|a|an|this|that|last|his|her|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}\Z",
                            re.IGNORECASE)
"""An event word named as the date's point of reference (``on March 23 following the
terrorist attack``, ``searched on Saturday for survivors of the flooding``, ``in the
wake of the storm``), as what is spoken of (``to update the public today about the
deadly fires``), or as what those detained are tied to (``On 23 March, 11 suspects were
held, including all four gunmen involved in the attack``): it happened at another
time."""
_LOWER_WORD = re.compile(r"(?<![\w.])[a-z][a-z’'-]+")
_DURATION_UNITS = {"DE": ("decades", 3652.5), "Y": ("years", 365.25),
                   "M": ("months", 30.4375), "W": ("weeks", 7.0), "D": ("days", 1.0),
                   "TH": ("hours", 1 / 24), "TM": ("minutes", 1 / 1440)}
"""The units a duration is counted in, each with its length in days."""
_N = r"(\d+(?:\.\d+)?)"
_DURATION_VALUE = re.compile(
    rf"P(?:{_N}DE)?(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?:{_N}H)?(?:{_N}M)?)?")


def _duration_amount(value: str) -> tuple[float, str] | None:
    """A TimeML duration as a number of its largest unit: ``P6Y6M`` is 6.5 years,
    ``P2DT12H`` 2.5 days, ``PT3H30M`` 3.5 hours; ``None`` for seconds, or a value with
    an unknown count (``PXY``)."""
    m = _DURATION_VALUE.fullmatch(value)
    if m is None or m.lastindex is None:
        return None
    parts = [(float(n), code) for n, code in zip(m.groups(), _DURATION_UNITS, strict=True) if n]
    unit, size = _DURATION_UNITS[parts[0][1]]
    return round(sum(n * _DURATION_UNITS[code][1] for n, code in parts) / size, 9), unit

_MID_CAPITAL = re.compile(r"(?<=[\w,;] )[A-Z][\w’'-]*")
"""A capitalised word inside a sentence (after a word and a space): a name's shape."""

_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
"""Any capitalised word: one written so more than once is taken for a name."""


def _date_slot(doc: Document, e: TimeExpression) -> DateSlot:
    span = interval(e.value) if e.type in ("DATE", "TIME") else None
    return DateSlot(
        span=Span(doc, e.start, e.end), value=e.value, type=e.type, granularity=e.granularity,
        start=span[0] if span else None, end=span[1] if span else None, mod=e.mod,
        confidence=e.confidence, rule=e.rule, resolution=e.resolution,
    )


_WINDOW_BEFORE = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|greatest|strongest|highest|lowest|first|"
    r"(?:most|least)\s+\w+)\b[^.;:]{0,60}?\b(?:in|for)\s+(?:(?:the\s+)?(?:past|last)\s+)?\Z",
    re.IGNORECASE)
"""``the deadliest fire in over six decades``: a span a superlative is measured over,
not a figure of the event."""


_LAST = r"the\s+(?:last|past|previous|next|coming)\s+"
_SPAN_OF_TIME = re.compile(rf"\b(?:in|over|during|within)\s+(?P<last>{_LAST})?\Z",
                           re.IGNORECASE)
_SPAN_OPENS = re.compile(_LAST, re.IGNORECASE)
"""``murders of providers in the last five years``: the time a count was taken over, not a
figure of the event (the expression may hold ``the last`` or follow it)."""
_RELATION_AFTER = re.compile(r"\s+(?:to\s+the\s+day\s+)?(?:after|before)\b", re.IGNORECASE)
"""``one year after he was killed``, ``one year to the day after``: how long before or
after something else an event fell (a date, when the day is known), not a figure of
either."""


_AWAY_AFTER = re.compile(r"['’]?s?\s+(?:away|(?:by\s+)?(?:drive|driving|flight|walk|"
                         r"walking|ride)\b)", re.IGNORECASE)
"""``approximately an hour away``, ``a two hours' drive``: how far a place lies, told
in time, not how long an event lasted."""


def _duration_quantity(doc: Document, e: TimeExpression) -> Quantity | None:
    """``about 30 years`` as a number of years, so durations compare like quantities;
    not the span a superlative is measured over (:data:`_WINDOW_BEFORE`), nor the time a
    count is taken over (``in the last five years``), nor a time between two events
    (``one year after he was killed``), nor how far a place lies (``an hour away``)."""
    amount = _duration_amount(e.value)
    if amount is None:
        return None
    n, unit = amount
    # A duration's mod comes from the qualifier that opens it, read with the ranges
    # counts use: "less than eight minutes" is anything under eight.
    bounds = qualifier_bounds(doc.text[e.start : e.end])
    opening = None if bounds else range_opening(doc.text, 0, e.start, n)
    # "between 40 and 50 years", "10 to 30 years": one figure, the range
    begin = opening[0] if opening else e.start
    if _WINDOW_BEFORE.search(doc.text, max(0, begin - 100), begin):
        return None
    before = doc.text[max(0, begin - 24) : begin]
    if (m := _SPAN_OF_TIME.search(before)) and (
            m["last"] or _SPAN_OPENS.match(doc.text, begin)):
        return None
    if _RELATION_AFTER.match(doc.text, e.end) or _AWAY_AFTER.match(doc.text, e.end):
        return None
    if opening is not None:
        _, low, qualifier = opening
        return Quantity(span=Span(doc, begin, e.end), value=low, low=low, high=n,
                        unit=unit, kind="duration", qualifier=qualifier)
    lo_f, hi_f = bounds or (1.0, 1.0)
    return Quantity(span=Span(doc, e.start, e.end), value=n, low=n * lo_f,
                    high=math.inf if math.isinf(hi_f) else n * hi_f,
                    unit=unit, kind="duration", qualifier=e.mod)


def _held(doc: Document, start: int, mentions: list[FoundMention], q: Quantity) -> Quantity:
    """``q`` with its holder (:func:`~claimtrack.extract.holders.holder_of`), if any."""
    found = holder_of(doc.text, start, mentions, q.span.start, q.span.end, q.unit, q.kind)
    return q if found is None else attrs.evolve(q, holder=_mention(doc, found))


_BINDS = frozenset({"take effect", "expire", "lapse"})
"""Events of a measure's force, begun or ended, which no one named before them does."""


_THE_AGED = re.compile(r"\b[Tt]he\s+\Z")
_STANDS_FOR_NAMED = re.compile(
    r"\s+(?:(?:former|ex-|then|outgoing|incoming|embattled|jailed|veteran|conservative|"
    r"liberal|socialist|centrist|populist|[a-z]+ist)\s+)*"
    r"(?:president(?:-elect)?|head\s+of\s+state|prime\s+minister|premier|chancellor|"
    r"minister|leader|senator|governor|mayor|king|queen|prince|princess|monarch|pope|"
    r"politician|lawmaker|congressman|congresswoman|ceo|chairman|billionaire|tycoon|"
    r"singer|actor|actress|rapper|star|player|striker|coach|manager|champion)\b"
    r"|\s+(?:[a-z]+ly\s+)?(?:said|says|told|declared|added|was|is|has|had|will|would)\b")
"""What follows ``the 69-year-old`` when it names again someone named before, not
someone new: a title (``the 69-year-old former head of state``) or a verb (``the
70-year-old declared``); ``the 45-year-old victim`` may be anyone."""
_PRONOUN_AGED = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+was\s+\Z")
"""``Kovac died on Sunday. He was 100.``: the obituary's age of the person just named."""
_ANAPHOR_REACH = 2
"""How many sentences back the person an age names again must have been named."""
_SALIENCE_REACH = 60
"""How many sentences back names are counted to find the most named person: a long
article's whole (so that a page of thousands of sentences costs no more per age)."""


def _aged_anaphor(text: str, bounds: list[tuple[int, int]], mentions_by: dict[int, list[
        FoundMention]], i: int, q: Quantity) -> FoundMention | None:
    """The person ``the 69-year-old former head of state`` (or ``He was 100``) names again
    when its sentence (``bounds[i]``) names no one: of the people named in the sentence
    just before (or the one before that), the one the article has named most often so far
    (the first named, on a tie: the lead's). News calls a person by age and title once
    named (``… as Nicolas Sarkozy began serving his sentence. … as the 69-year-old former
    head of state arrived``); of two named just before, the other may be anyone met in
    passing (``the dissenting vote came from Justice Fux, who voted to acquit Bolsonaro.
    The 70-year-old former president …``)."""
    if q.kind != "age" or q.holder is not None or any(
            m.kind == "person" for m in mentions_by.get(i, [])):
        return None
    if not (_THE_AGED.search(text, max(0, q.span.start - 5), q.span.start)
            and _STANDS_FOR_NAMED.match(text, q.span.end, bounds[i][1])) \
            and not _PRONOUN_AGED.search(text, max(0, q.span.start - 12), q.span.start):
        return None
    earlier = [m for k in range(max(0, i - _SALIENCE_REACH), i)
               for m in mentions_by.get(k, [])]
    people = {m.key: m for m in earlier if m.kind == "person"}  # "Jair Bolsonaro"
    if not people:
        return None
    # "Bolsonaro" alone is the same person, and so is "Ozzy" after "Ozzy Osbourne"
    called = {text[m.start : m.end].split()[0].lower(): m.key for m in people.values()
              if len(text[m.start : m.end].split()) > 1} | {key: key for key in people}
    times: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in earlier:
        if (key := called.get(m.key)) is not None:
            times[key] = times.get(key, 0) + 1
            first.setdefault(key, m.start)
    for k in range(i - 1, max(-1, i - 1 - _ANAPHOR_REACH), -1):
        near = {key for m in mentions_by.get(k, []) if (key := called.get(m.key))}
        if near:
            return people[max(near, key=lambda key: (times[key], -first[key]))]
    return None


_OPENS_WITH_NAME = re.compile(r"\W*(?:[Tt]he\s+)?\Z")


def _subject_before(text: str, bounds: list[tuple[int, int]],
                    mentions_by: dict[int, list[FoundMention]], i: int) -> FoundMention | None:
    """The name that opens the sentence before ``bounds[i]``, which a pronoun or ``the
    group`` that says this sentence stands for: ``The Taliban on Sunday issued a strong
    warning … . The group also claimed that …``."""
    if i == 0 or not mentions_by.get(i - 1):
        return None
    first = mentions_by[i - 1][0]
    return first if _OPENS_WITH_NAME.fullmatch(text, bounds[i - 1][0], first.start) else None


def _mention(doc: Document, m: FoundMention) -> Mention:
    return Mention(span=Span(doc, m.start, m.end), key=m.key, kind=m.kind)


def _also_at(doc: Document, start: int, end: int) -> tuple[Span, ...]:
    """Where a repeat region restates ``[start, end)`` verbatim."""
    spans = []
    for r in doc.regions:
        if r.kind == "repeat" and r.of_start is not None:
            n = r.end - r.start
            if r.of_start <= start and end <= r.of_start + n:
                shift = r.start - r.of_start
                spans.append(Span(doc, start + shift, end + shift))
    return tuple(spans)


_REPORT_AFTER = re.compile(r",?\s+(?:said|says|estimated|estimates|reported|confirmed|"
                           r"told\s+\w+)\s+(?:that\s+)?")
"""A saying right after a date (``a UN agency on May 26 estimated that``)."""
_ISSUED = re.compile(r"\b(?:statement|notice|post|release|report|update|bulletin)\s+(?:issued|"
                     r"released|published|posted|put\s+out)\s+(?:(?:on|late|early)\s+)?"
                     r"(?:\w+\s+at\s+)?\Z", re.IGNORECASE)
"""``in a statement issued Thursday at 6:20 pm, the school said the crash had claimed 24
lives``: the day of a statement, not of what it tells."""
_ACCORDING_WRITING = re.compile(
    r"\baccording\s+to\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|report|"
    r"post|briefing|release|update|notice|bulletin)\s+(?:(?:issued|released|published|posted)"
    r"\s+)?(?:(?:late|early)\s+)?(?:on\s+)?\Z", re.IGNORECASE)
"""``collided with the plane, according to a statement Tuesday evening from the safety
board``: the day of the statement, not of what it tells."""
_IN_A_TELLING = re.compile(
    r"\b(?:in|during)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|"
    r"update|briefing|interview|address|speech|post|conference|release|bulletin|broadcast)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?\Z", re.IGNORECASE)
"""``In an update on Friday evening, the police said the cause of the fire``: the day of
a telling, which dates what is said only when the event is the telling's verb."""
_SAID_AFTER = re.compile(r"\b(?:said|says|told|stated|added|confirmed|announced|wrote|"
                         r"warned|insisted|explained)\b")
_PLANNED = re.compile(r"\b(?:would|will|to)\b", re.IGNORECASE)
_NAMED_EVENT = re.compile(r"\b(?:the|a|an|this|its|their)\s+(?:(?!(?:would|will|could|"
                          r"may|might|be|been|was|were|is|are|had|has|have)\b)[\w-]+\s+)"
                          r"{0,2}\Z", re.IGNORECASE)
"""An event word as a noun, after its article: ``the collapse``, ``the deadly attack``."""


_DEICTIC_RULES = frozenset({"day_word", "part_of_day"})
"""Rules of the words a speaker dates by the day they speak: ``today``, ``tonight``,
``yesterday``, ``this morning``."""
_BEFORE_TODAY = re.compile(r"(?:yesterday|last)\b", re.IGNORECASE)
"""``“Last night the airspace was violated,” Tusk wrote``: a day before the speaker's,
which dates what they speak of, never their saying."""


def _said_on(found: list[TimeExpression], quotes: list[tuple[int, int]],
             published: dt.date | None) -> list[TimeExpression]:
    """A sentence's dates, with ``today`` and ``tonight`` inside quotation marks moved to
    the day the sentence says the words were spoken (``conceded on Tuesday night and
    congratulated him on “tonight's victory”``, in Wednesday's paper: Tuesday night),
    when it names one day, in its own words, outside the quote."""
    if published is None or len(found) < 2 or not quotes:
        return found

    def quoted(e: TimeExpression) -> bool:
        k = bisect.bisect_right(quotes, (e.start, math.inf)) - 1
        return k >= 0 and quotes[k][0] <= e.start and e.end <= quotes[k][1]

    days = {day for e in found if not quoted(e) and e.granularity == "day"
            and e.resolution in ("absolute", "reference") and (day := day_of(e.value))}
    if len(days) != 1:
        return found
    spoken = days.pop()
    shift = spoken - published
    if not shift:
        return found
    out = []
    for e in found:
        if quoted(e) and e.rule in _DEICTIC_RULES and e.resolution == "reference" \
                and (day := day_of(e.value)) is not None:
            e = attrs.evolve(e, value=(day + shift).isoformat() + e.value[10:],
                             resolution="previous",
                             note=f"said on {spoken.isoformat()}, as the sentence tells")
        out.append(e)
    return out


def _is_report_date(text: str, slot: DateSlot, event_start: int | None,
                    harm: bool = False) -> bool:
    """``killed 23 people, officials said on Tuesday``, ``a UN agency on May 26
    estimated that more than 670 people died`` or ``in a statement issued Thursday, the
    school said``: the date of the saying, not the event. (``said 3 March that it
    would revoke the licence`` dates the revocation: the saying is the act.)"""
    if event_start is None:
        return False
    before = text[max(0, slot.span.start - 60) : slot.span.start]
    if _ACCORDING_WRITING.search(before):
        return True
    before = before[-40:]
    if event_start < slot.span.start:
        return bool(_REPORT_TAG.search(before)
                    or (_TOLD_OF.search(text, max(0, event_start - 40), event_start)
                        and not _HAPPENED_AFTER.match(text, event_start)))
    if _REPORT_TAG.search(before) and not harm \
            and _NAMED_EVENT.search(text, slot.span.end, event_start):
        # "experts said in findings on Friday it was likely the collapse was caused by
        # explosives": an event named by its noun in what was said is spoken of, not
        # dated, by the day of the saying.
        return True
    if _ISSUED.search(before):
        return True
    if _IN_A_TELLING.search(before) and _SAID_AFTER.search(text, slot.span.end, event_start):
        return True
    saying = _REPORT_AFTER.match(text, slot.span.end)
    return saying is not None and saying.end() <= event_start \
        and not _PLANNED.search(text, saying.end(), event_start)


_DUE_BEFORE = re.compile(r"\bdue\s+(?:(?:on|by|in|at)\s+)?\Z", re.IGNORECASE)
"""``Initial Findings Due Today``: a day something is due, which dates that thing, not an
event told before it (``the payment is due Friday`` dates the payment)."""
_BE_GAP = re.compile(r"\s+(?:(?:is|are|was|were|now|also)\s+)*")
"""What may stand between a thing and its ``due``: ``the payment is due``."""


_BASELINE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:(?:the\s+)?(?:same|corresponding|"
    r"comparable|year-ago|year-earlier)\s+(?:period|quarter|month|week|time)\s+)?"
    r"(?:of\s+|in\s+|during\s+)?\Z", re.IGNORECASE)
"""``an 8% increase compared to the same period last year``, ``higher than in 2023``: the
date a figure is measured against, which dates no event of the sentence."""
_TOLD_OF = re.compile(r"\b(?:confirmed|announced|reported|revealed|disclosed)\s+(?:the\s+|"
                      r"(?:his|her|their|its)\s+|"
                      r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)\Z")
"""``Hale confirmed Kovac's arrest during a live television interview on Friday``:
an act named as what was told; a date after it is the telling's."""
_HAPPENED_AFTER = re.compile(r"[\w-]+\s+(?:had\s+)?(?:took\s+place|happened|occurred|began|"
                             r"started|unfolded|broke\s+out|erupted)\b")
"""``Police confirmed the assault took place just after 9:30 a.m.``: the told event has a
clause of its own, and the date after is the event's."""


_HAPPENED_ASIDE = re.compile(r"(?:\s+(?:in|near|at|on|outside|inside)\s+[^,;.]{1,40}?)?"
                             r",\s*which\s+(?:had\s+)?(?:took\s+place|happened|occurred|"
                             r"unfolded|came)\b[^,;.]*")
"""``The cause of the explosion near the fort, which took place just before 7pm on
Monday,``: an aside that only says when the noun before it (and where) happened dates
that noun, not another deed."""


_TURN_OF_CLAUSE = re.compile(r"[,;]\s*(?:but|yet|while|whereas|although|though)\s|"
                           r",\s*after\s(?![a-z]+ing\b)|"
                           r"\s(?:but|whereas|although)\s(?!also\b|not\b)|;\s|"
                           r",\s*as\s+(?!well\b|of\b|part\b|many\b|much\b|far\b|long\b|"
                           r"soon\b|a\s+result\b|such\b|if\b|in\b)|"
                           r"\s[–—]\s*\Z")
"""Where a sentence turns to a clause of its own (``when the landslide occurred, but it
was not until late on May 26 that the first excavator reached the area``; ``the toll
rose to 142 in the derailment, as rescue workers wrapped up on Monday``; ``guarded the
streets yesterday, after two days of protests forced him out``; ``causing multiple
injuries – today people are urged``, a dash just before the date): a date on one side
does not date an event on the other. ``, after announcing`` is no turn: a gerund shares
the main clause's subject and moment."""


_SETTING_BEFORE = re.compile(r"\b(?:in|during|at|on|amid)\s+(?:the\s+)?\Z", re.IGNORECASE)
"""What sets an event in the noun a possessive date owns: ``killed 30 people in Friday's
attack``, ``In Sunday's debate, Spitzer attacked``."""
_OWNED_NOUN = re.compile(r"['’]s\s+(?:[\w.-]+\s+){0,6}?(?:(?:has|have|had|was|were|is|are|"
                         r"also|reportedly)\s+)*")
"""A date in the possessive, the noun it owns and that noun's verb: ``Sunday's
earthquake killed``, ``Wednesday night's plane crash``."""

_OWNED_WRITING = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:updates?|blog|edition|newsletter|(?:news)?paper|coverage|"
    r"reports?|statement|briefing|broadcast|episode|show|podcast|column|story|article)\b",
    re.IGNORECASE)
"""A possessive date that owns a writing or a broadcast (``follow the attack in Saturday's
live updates``): the day it is told, not a setting of the event it tells of."""


def _is_harm(event: FoundEvent) -> bool:
    """Whether ``event`` harms people (``killed``, ``the deaths``, ``injuring``)."""
    return EVENT_CLASSES.get(event.predicate, event.predicate) in HARM_CLASSES


_WHEN_CLAUSE = re.compile(r",\s*when\s")
_WHICH_CLAUSE = re.compile(r",\s*(?:which|who)\s|\s(?:who|whom)\s")
_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:start|end)\s+of)\s+)?\Z",
                    re.IGNORECASE)
_RECORD = re.compile(r"\b(?:first|last|only|\w{3,}est|most\s+\w+|second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?:\s+[\w.’'-]+){0,8}?\s*\Z",
                     re.IGNORECASE)
"""``the first rate cut since March 2020``, ``the city's deadliest since 1948``, ``Peru's
seventh president since 2016``: a record or a count measured from a date up to the
event, which the date does not date (``missing since Sunday``, ``died since Monday
night`` are dated from it)."""


def _owned_by_other_noun(text: str, date: DateSlot, event: FoundEvent) -> bool:
    """Whether a date in the possessive dates another noun than ``event``: it dates the
    noun it owns and what that noun did (``Sunday's earthquake killed 12``), and, before
    it, only the harm that noun caused (``the death toll from Wednesday's fire``) or an
    event set in it (``killed 30 people in Friday's attack``). ``recovered 30 bodies
    following Wednesday night's plane crash`` dates the crash, not the recovery."""
    if not text.startswith(("'s", "’s"), date.span.end):
        return False
    if event.start >= date.span.end:
        if _SETTING_BEFORE.search(text, max(0, date.span.start - 12), date.span.start):
            return False  # "In Sunday's debate against Vacco, Spitzer attacked him"
        return not _OWNED_NOUN.fullmatch(text, date.span.end, event.start)
    return not _is_harm(event) and (
        not _SETTING_BEFORE.search(text, event.end, date.span.start)
        or _OWNED_WRITING.match(text, date.span.end) is not None)


_IN_RESPONSE_TO = re.compile(r"\b(?:in\s+response\s+to|in\s+retaliation\s+for|in\s+revenge\s+"
                             r"for|following|after)\s+(?:a|an|the|last|this)\s+\Z",
                             re.IGNORECASE)
"""``in response to a Monday shooting``: the day of what the event answered."""


def _apart_after(text: str, date: DateSlot, event: FoundEvent) -> bool:
    """Whether a date after ``event`` belongs elsewhere: to a ``, which`` or ``who``
    clause that opens far from the event (``the cut …, particularly the labor market,
    which has shown signs of cooling over the summer``; ``arriving at La Sante prison …
    in a stunning downfall for a man who led the country between 2007 and 2012``), to
    what the event answered (``ordered the strikes in response to a Monday shooting``),
    or to a record it is measured from (``its first rate cut since March 2020``)."""
    clause = _WHICH_CLAUSE.search(text, event.end, date.span.start)
    if clause is not None and clause.start() - event.end > 25:
        return True
    if _IN_RESPONSE_TO.search(text, max(0, date.span.start - 32), date.span.start):
        return True  # "ordered the strikes in response to a Monday shooting"
    since = _SINCE.search(text, max(0, date.span.start - 16), date.span.start)
    return since is not None and _RECORD.search(
        text, max(0, since.start() - 80), since.start()) is not None


def _not_dated_by(text: str, date: DateSlot, event: FoundEvent, framing: bool = False
                  ) -> bool:
    """Whether ``event`` lies across a turn of clause from ``date`` (unless the date
    opens the sentence and frames it all), or, after it, in a relative clause or named
    as the date's point of reference, or before it when the date owns another noun or
    belongs elsewhere (:func:`_apart_after`), and so happened at another time."""
    if not framing and _TURN_OF_CLAUSE.search(text, min(date.span.end, event.end),
                                            max(date.span.start, event.start)):
        return True
    if _BASELINE.search(text, max(0, date.span.start - 50), date.span.start):
        return True  # "an 8% increase compared to the same period last year"
    if (aside := _aside_around(text, date)) is not None \
            and not aside[0] <= event.start < aside[1] \
            and not (event.end <= aside[0] and _HAPPENED_ASIDE.fullmatch(
                text, event.end, date.span.start)):
        return True  # "The hurricane, which made landfall on Tuesday, caused damage"
    if _owned_by_other_noun(text, date, event):
        return True
    if event.end <= date.span.start and _in_dash_aside(text, event, date.span.start):
        return True  # "intercepted the flotilla—a convoy carrying aid—on Wednesday"
    if event.end <= date.span.start and _apart_after(text, date, event):
        return True
    if event.end <= date.span.start and _REDUCED_PASSIVE.search(text, event.end,
                                                                date.span.start):
        return True  # "took a fresh turn with a new security review initiated by the
        # administration in April": April is the review's
    if event.end <= date.span.start and _OWN_SUBJECT_AFTER.search(text, event.end,
                                                                  date.span.start):
        return True  # "set to expire and three days after she was installed … on
        # September 22nd": the date is the clause's that has a subject of its own
    if event.end <= date.span.start and set_aside(text, date.span.start, date.span.end):
        return True  # "declared Sunday a national day of mourning": the day declared
    if event.end <= date.span.start and _SET_OFF.search(text, event.end, date.span.start) \
            and _EARLIER_EVENT.search(text, max(0, event.start - 48), event.start):
        return True  # "mourn following a terrorist attack in Orla, Kesh, 23 March": the
        # mourning's day, set off by a comma after the place, as a caption dates its
        # picture; "following the crash of an Orla jet near Kesh late Tuesday night" and
        # "after the quake struck Kesh, the second city, around 12:50" date the event
    return bool(_in_relative(text, date.span.end, event)
                or _RELATIVE_TOLL.match(text, date.span.end, event.end)
                or _EARLIER_EVENT.search(text, date.span.end, event.start)
                or _CAME_AFTER.search(text, date.span.end, event.start)
                or (date.span.end <= event.start
                    and _HAD_DONE.search(text, max(date.span.end, event.start - _HAD_REACH),
                                         event.start)))


_DASH = re.compile(r"—|\s–\s")
"""An em dash, or a spaced en dash: what sets an aside off inside a sentence."""
_DASH_REACH = 160
"""How far before an event the dash that opens its aside may stand, in characters."""


def _in_dash_aside(text: str, event: FoundEvent, at: int) -> bool:
    """Whether ``event`` stands in an aside between dashes that closes before ``at``
    (``intercepted the flotilla—a convoy of 40 vessels carrying aid—on Wednesday
    evening``): the date after the aside is the main clause's."""
    start = max(0, event.start - _DASH_REACH)
    before = text[start : event.start]
    stop = max(before.rfind(". "), before.rfind("\n"), before.rfind("; "))
    if stop >= 0:
        before = before[stop + 1 :]
    if len(_DASH.findall(before)) % 2 != 1:
        return False  # no aside open at the event
    close = _DASH.search(text, event.end, at)
    return close is not None and not re.search(r"[.;!?]\s", text[event.end : close.start()])


_WHILE_DOING = re.compile(r"\b(?:while|when)\s+\Z")
"""What opens a gerund that tells the moment of the verb before it: ``while landing``."""
_REDUCED_PASSIVE = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[a-z]+(?<!\bwas)(?<!\bwere)"
    r"(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)(?<!\bbeing)\s+[a-z]+ed\s+by\s+[^,.;:]{1,80}?"
    r"\s(?:in|on|at)\s+(?:the\s+)?\Z")
"""A noun and the participle of a passive that describes it, just before a date: ``a new
security review initiated by the Tolva administration in``: the date is of that act."""
_NOUN_AFTER_YEAR = re.compile(r"\s(?!(?:and|or|to|in|on|at|of|for|from|was|were|is|are|had|"
                              r"has|when|after|before|with|by|as|that|which|who|but)\b)[a-z]{3,}")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|since|by|of|from|until|till|during|before|after|to|through|between|and|or|"
    r"early|mid|late|around|circa|about|at|on|for|over)\s+(?:(?:the|a|an|its|their|his|her)\s+)?\Z",
    re.IGNORECASE)


def _names_a_thing(text: str, slot: DateSlot) -> bool:
    """Whether a year written before a noun, in no phrase of time, names the thing rather
    than the time of the clause: ``shattering 1987 flood records`` (but ``won in the 2019
    election`` won in 2019); a work's year always does (``her role in the 1977 film``)."""
    if not re.fullmatch(r"\d{4}", text[slot.span.start : slot.span.end]):
        return False
    if _WORK_AFTER_YEAR.match(text, slot.span.end):
        return True  # "her role in the 1977 film": the film's year, whatever before it
    if text.startswith(")", slot.span.end) and _TITLE_BEFORE_YEAR.search(
            text, max(0, slot.span.start - 40), slot.span.start):
        return True  # "for directing Ordinary People (1980)": the work's year, in brackets
    if _TITLE_AFTER_YEAR.match(text, slot.span.end):
        return True  # "directing 1980's Ordinary People"
    return _NOUN_AFTER_YEAR.match(text, slot.span.end) is not None \
        and not _PREPOSITION_BEFORE.search(text, max(0, slot.span.start - 20), slot.span.start)


_WORK_AFTER_YEAR = re.compile(
    r"\s(?:[a-z]+\s)?(?:film|movie|album|book|novel|song|single|play|musical|documentary|"
    r"series|sitcom|memoir|painting|opera|game)s?\b")
"""A work named by its year: ``the 1977 film``, ``her 1972 debut album``."""


_TITLE_BEFORE_YEAR = re.compile(r"[A-Z][\w’'!?.-]*[\"”’]?\s\(\Z")
"""A title just before a year in brackets: ``Ordinary People (1980)``, ``The Sting
(1973)``."""
_TITLE_AFTER_YEAR = re.compile(r"['’]s\s+(?:[\"“‘])?[A-Z]")
"""A year's possessive before a title: ``1980's Ordinary People``."""


_ZONE_BRACKET = re.compile(r"\s*(?:local\s+time\s*)?\(\s*(?:or\s+)?\Z", re.IGNORECASE)


def _restated_clock(text: str, prior: TimeExpression, expr: TimeExpression) -> bool:
    """Whether ``expr`` is a clock in brackets that restates the clock just before it in
    another zone its value does not carry (``around midnight local time (3:30 p.m. ET
    Sunday)``): one moment, not a second time of the claim. A bracketed clock in GMT or UTC
    (``11:47 pm local time (19:47 GMT)``) stays, to meet other GMT clocks."""
    return prior.type == expr.type == "TIME" and "T" in prior.value and "T" in expr.value \
        and not ZONE_SUFFIX.search(expr.value) \
        and _ZONE_BRACKET.fullmatch(text, prior.end, expr.start) is not None


def _restated_day(text: str, expr: TimeExpression, after: TimeExpression) -> bool:
    """Whether the date just after ``expr`` restates its day (``on Friday (13 June)``,
    ``yesterday, May 7``): one day, kept once, in the words that write it out."""
    return expr.type == after.type == "DATE" and expr.granularity == after.granularity == "day" \
        and expr.value == after.value and RESTATED.fullmatch(text, expr.end, after.start) \
        is not None


_MODIFIER_GAP = re.compile(r"\s(?:[\w-]+\s){0,2}")


def _named_for_its_day(text: str, end: int, at: int) -> bool:
    """Whether the event noun at ``at`` follows the day that ends at ``end`` with at most
    two words before it that name no act (``the April 22 terror attack``, ``the mogul's
    October 3 sentencing``; not ``the April 22 report said attacks``)."""
    return _MODIFIER_GAP.fullmatch(text, end, at) is not None and all(
        lemma_of(w.lower()) is None for w in text[end:at].split())


def _group_by_event(
    text: str, start: int, events: list[FoundEvent], dates: list[DateSlot],
    quantities: list[Quantity], quoted: list[tuple[int, int]],
) -> list[tuple[FoundEvent | None, list[DateSlot], list[Quantity]]]:
    """Give each date and figure to the nearest event word of its sentence, on the same
    side of any quotation marks (``quoted``)."""
    if not events:
        return [(None, dates, quantities)]
    groups: dict[int, tuple[list[DateSlot], list[Quantity]]] = {}
    moved: dict[int, int] = {}
    orphans: list[Quantity] = []
    slots: list[DateSlot | Quantity] = [*dates, *quantities]
    framing = [d for d in dates if _FRAME_BEFORE.fullmatch(text, start, d.span.start)
               and text.startswith(",", d.span.end)]
    fronted = _FRONTED_CLAUSE.match(text, framing[0].span.end) if framing else None
    main = [j for j in range(len(events)) if fronted and events[j].start >= fronted.end()]
    opening = framing[0] if main else None
    for slot in slots:
        at = slot.span.start
        # An event in someone's quoted words is not dated or counted by the narrative
        # around the quote, nor the other way round.
        voice = [(a, b) for a, b in quoted if a <= at < b]
        # "On Thursday, as protesters gathered outside parliament, police ran over a
        # driver, killing him": the opening date, and what the main clause counts, are
        # the main clause's, not the gathering's.
        frame = slot is opening or (fronted is not None and bool(main) and at >= fronted.end())
        candidates = [j for j in (main if frame else range(len(events)))
                      if not isinstance(slot, DateSlot)
                      or not _not_dated_by(text, slot, events[j], framing=slot is opening)]
        if isinstance(slot, DateSlot) and _FIRST_SINCE.search(text, max(start, at - 60), at):
            # "the Fed's first cut since December": December was the cut before, the time
            # of no event before it ("since 2013, when a quake hit Kesh" dates that quake)
            when = _SINCE_WHEN.match(text, slot.span.end)
            candidates = [j for j in candidates
                          if when is not None and events[j].start >= when.end()]
        same_voice = [j for j in candidates if voice == [
            (a, b) for a, b in quoted if a <= events[j].start < b]]
        if not same_voice and voice and isinstance(slot, DateSlot) \
                and slot.rule in _DEICTIC_RULES and _BEFORE_TODAY.match(slot.span.text):
            continue  # the speaker's "last night" dates what they speak of, not the saying
        if not same_voice and voice and isinstance(slot, DateSlot) \
                and slot.rule in _DEICTIC_RULES:
            # A speaker's "today" dates their saying, not the narrative's other acts:
            # "“Today, we're sending a message,” Hale said before signing the bill".
            same_voice = [j for j in candidates if events[j].predicate in COMMUNICATION]
            if not same_voice:
                continue
        candidates = same_voice or candidates
        # "the deadliest quake since 2013, when a magnitude 7.2 quake hit Bohol": the
        # figure is the earlier quake's, told in a clause of its own
        candidates = [j for j in candidates if not (
            events[j].end <= at and _WHEN_CLAUSE.search(text, events[j].end, at))] or candidates
        # An aside closed before the slot holds none of its events: "The storm, which
        # killed 12 people, hit Orla on Monday" (Monday is the main clause's); "Hassan,
        # who rose to power after the death of Magufuli, faced 16 candidates"
        outside = [j for j in candidates if not _aside_closed_before(text, events[j], at)]
        if isinstance(slot, DateSlot):
            candidates = outside or candidates
        else:
            # "The BJP, which had contested 110 seats, won 74": a figure in an aside is
            # none of the main clause's
            candidates = outside
            if not harm_of(slot.unit) and (aside := _aside_around(text, slot)) is not None:
                # (the toll of "the death toll, which has mounted to 15," is the deaths')
                candidates = [j for j in candidates
                              if aside[0] <= events[j].start < aside[1]]
            if not candidates:
                # "Embaló, who took office in 2020, has claimed to have survived three
                # coup attempts": a figure of no event word the sentence has
                orphans.append(slot)
                continue
        if not candidates:
            continue
        # A count's own verb follows it ("more than 140 died in 2010", "150 were
        # injured"); otherwise English puts a date or a figure after its verb
        # ("capsized on Lake Varna on 2 May"): the nearest event word on the left
        # wins when it is close.
        own = [j for j in range(len(events)) if (
            slot.span.start < events[j].start < slot.span.end  # "150 injured"
            or _OWN_VERB_GAP.fullmatch(text, slot.span.end, events[j].start))
        ] if isinstance(slot, Quantity) else [
            # "ahead of the mogul's October 3 sentencing": a day written just before an
            # event noun names that event's day
            j for j in candidates if events[j].start > slot.span.start
            and _named_for_its_day(text, slot.span.end, events[j].start)
            and _NAMED_FOR_A_DAY.search(text, max(0, slot.span.start - 12), slot.span.start)
            and _ANOTHER_TIME.search(text, max(0, slot.span.start - 48), slot.span.start)
            and not text.endswith("ed", events[j].start, events[j].end)]
        if isinstance(slot, DateSlot) and not own and _names_a_thing(text, slot):
            # "surged 26 feet, shattering 1987 flood records": the year is the records',
            # a thing's, and dates no deed of the clause unless it names one ("the 1987
            # flood was the worst")
            own = [j for j in candidates if 0 < events[j].start - slot.span.end <= 1]
            if not own:
                continue
        left = [j for j in candidates if 0 <= at - events[j].end <= 60]
        harmed = harm_of(slot.unit) if isinstance(slot, Quantity) else None
        harm = [j for j in range(len(events))
                if HARM_CLASSES.get(EVENT_CLASSES.get(events[j].predicate, events[j].predicate))
                == harmed] if harmed else []
        if own:
            k = own[0]
        elif left:
            k = max(left, key=lambda j: events[j].start)
            if isinstance(slot, DateSlot) and text.endswith("ing", events[k].start, events[k].end) \
                    and _WHILE_DOING.search(text, max(start, events[k].start - 8), events[k].start):
                # "skidded off the runway while landing at Varna on Monday evening": the
                # gerund tells the main verb's moment; the date is the skid's
                main = [j for j in candidates if events[j].end <= events[k].start
                        and events[k].start - events[j].end <= 80]
                k = max(main, key=lambda j: events[j].start, default=k)
        else:
            # A participle clause after the slot ("on Wednesday, killing 13") tells of
            # what followed; the slot stays with the main clause before it.
            near = [j for j in candidates if events[j].end <= at
                    or not _PARTICIPLE_CLAUSE.search(text, slot.span.end, events[j].end)]
            if isinstance(slot, DateSlot) and text.startswith(",", slot.span.end):
                # "launched strikes on Pakistani territory … on Wednesday, in response to
                # an attack … on April 22": a phrase after the date's comma tells of
                # another time; the date stays with the clause it closes
                near = [j for j in near or candidates if events[j].end <= at] or near
            k = min(near or candidates, key=lambda j: (abs(events[j].start - at), j))
        if harm and k not in harm:
            # "the death toll in Orla has soared to 11,300 as of Monday": a count of the
            # dead is a fact of the deaths, whatever verb moves the toll; the toll's date
            # goes with it.
            moved[k] = min(harm, key=lambda j: (abs(events[j].start - at), j))
            k = moved[k]
        if isinstance(slot, DateSlot) and _is_report_date(
                text, slot, events[k].start, _is_harm(events[k])):
            continue
        if isinstance(slot, DateSlot) and (due := _DUE_BEFORE.search(
                text, max(start, slot.span.start - 12), slot.span.start)) is not None \
                and events[k].end < due.start() \
                and not _BE_GAP.fullmatch(text, events[k].end, due.start()):
            continue  # "Crash: 16 Dead, Initial Findings Due Today": the findings' day
        bucket = groups.setdefault(k, ([], []))
        if isinstance(slot, DateSlot):
            bucket[0].append(slot)
        else:
            bucket[1].append(slot)
    for was, now in moved.items():
        if was in groups and not groups[was][1]:
            # The toll's date goes with the count, unless a turn of clause parts them
            # ("stood at 670, but only five bodies were recovered by Monday").
            kept: list[DateSlot] = []
            for d in groups.pop(was)[0]:
                (kept if _not_dated_by(text, d, events[now])
                 else groups.setdefault(now, ([], []))[0]).append(d)
            if kept:
                groups[was] = (kept, [])
    if framing:
        # "In November, 127 were killed and 150 injured": an opening date frames
        # every event of the sentence.
        for k, (ds, _qs) in groups.items():
            if not ds and not _not_dated_by(text, framing[0], events[k], framing=True):
                ds.append(framing[0])
    for k, (ds, qs) in groups.items():
        if ds or not qs or not _is_harm(events[k]):
            continue
        # "the October 7 massacre in southern Israel, which killed 1,200": the toll of
        # the dated deed its clause tells of
        deed = next((j for j in sorted(groups, reverse=True) if j < k and groups[j][0]
                     and (_is_harm(events[j]) or events[j].predicate in DEADLY)
                     and _ITS_CLAUSE.fullmatch(text, events[j].end, events[k].start)), None)
        if deed is not None:
            ds.extend(groups[deed][0])
    for k, (ds, qs) in groups.items():
        if ds or not qs or not _is_harm(events[k]):
            continue
        # "Over 80 terrorists were killed in a series of attacks … early on May 7": the
        # toll of the dated deed it was suffered in
        deed = next((j for j in sorted(groups) if j > k and groups[j][0]
                     and _IN_THE_DEED.fullmatch(text, events[k].end, events[j].start)), None)
        if deed is not None:
            ds.extend(groups[deed][0])
    for k, (ds, qs) in groups.items():
        if ds or not qs or not _is_harm(events[k]) \
                or not resulting_participle(text, events[k].start, events[k].end, start):
            continue
        # "Gunfire erupted Wednesday at the school, killing two students": the toll of
        # the dated deed the participle follows, on its day
        deed = next((j for j in sorted(groups, reverse=True) if j < k and groups[j][0]), None)
        if deed is not None:
            ds.extend(d for d in groups[deed][0] if d.granularity in ("day", "time")
                      and d.span.end <= events[k].start)
    dated_deeds = sorted((j for j in groups if groups[j][0]), reverse=True)
    for k in range(len(events)):
        if k in groups:
            continue
        # "were killed on Wednesday when the plane crashed": what happened when the
        # dated deed did is dated by it (", when" opens an aside about a time gone)
        deed = next((j for j in dated_deeds if j < k), None)
        if deed is None:
            continue
        when = _AT_THE_TIME.search(text, events[deed].end, events[k].start)
        if when is not None and when.end() == events[k].start:
            dated = [d for d in groups[deed][0] if events[deed].end <= d.span.start
                     and d.span.end <= when.start()]
            if dated:
                groups[k] = (dated, [])
                dated_deeds = sorted([*dated_deeds, k], reverse=True)
    for k, (ds, qs) in groups.items():
        deed = next((j for j in sorted(groups, reverse=True) if j < k and groups[j][0]), None)
        if ds or not qs or deed is None:
            continue
        # "similar protests in June, where 19 people died": the deaths of the place and
        # time the clause opens on, not of the sentence's day
        where = _WHERE_CLAUSE.search(text, events[deed].end, events[k].start)
        if where is not None and where.end() == events[k].start:
            ds.extend(d for d in groups[deed][0] if events[deed].end <= d.span.start
                      and d.span.end <= where.start())
    grouped: list[tuple[FoundEvent | None, list[DateSlot], list[Quantity]]] = [
        (events[k], ds, qs) for k, (ds, qs) in sorted(groups.items()) if ds or qs]
    return [(None, [], orphans), *grouped] if orphans else grouped


_WHERE_CLAUSE = re.compile(r",\s+where\s+(?:[\w-]+\s+){0,5}\Z")
"""``in June, where 19 people died``: a clause of what happened at the time and place
just named."""


def _with_counted(groups: list[tuple[FoundEvent | None, list[DateSlot], list[Quantity]]],
                  counted: list[CountedDate],
                  timelines: Sequence[tuple[FoundEvent, DateSlot]] = (),
                  ) -> list[tuple[FoundEvent | None, list[DateSlot], list[Quantity]]]:
    """Give each event its day counted out from another (``30 days after the crash``) or
    from the publication date (``expected to close within 12 to 18 months``), unless the
    sentence dates it itself; in the order of the events."""
    for found, slot in [(c.event, c.slot) for c in counted] + list(timelines):
        group = next((g for g in groups if g[0] is found), None)
        if group is None:
            groups.append((found, [slot], []))
        elif not group[1]:
            group[1].append(slot)
    return sorted(groups, key=lambda g: -1 if g[0] is None else g[0].start)


_AFTER_PREPOSITION = re.compile(
    r"\b(?:following|after|before|amid|over|since|despite|in\s+connection\s+with|"
    r"in\s+the\s+wake\s+of|in\s+response\s+to)\s+(?:the|a|an|this|that|its|his|her|"
    r"their|last\s+week['’]s|[A-Z][a-z]+['’]s)\s+(?:[a-z-]+\s+){0,2}\Z")
"""``following the tragic``, ``in connection with the``: an event noun after this is
inside a phrase of time or cause, and whoever the clause names before it did something
else (``during`` is not here: ``Biden made the comments during a visit`` is his visit)."""
_SAID_FIRST = re.compile(r"\b(?:said|says|told|tells|stated|added|"
                         r"(?:reported|announced|confirmed|claimed)(?=\s+that\b))\s+")
"""A saying before the clause it reports; ``reported``, ``announced``, ``confirmed`` and
``claimed`` only before ``that`` (``announced a ban`` is the sayer's own act)."""
_SAID_WHEN = re.compile(r"(?:[^,.;“\"]{0,40}?\s+(?:that\s+|(?=(?:it|they|he|she|we|its|"
                        r"their|his|her|our)\b))|that\s+)?")
"""What may stand between a saying and its clause: ``on Monday that``, ``Sunday``, ``26
September 2025 that``."""
_CARRIED_SUBJECT = re.compile(r"(?:it|they|he|she|we|its|their|his|her|our|at|in|on|during|"
                              r"while|as|when|after|before|by|with|for|from|to|of)\b")
"""The words that open no subject of the said clause's own: a pronoun carrying the sayer
on (``said it killed``), or a phrase about the saying (``said at Monday's signing
ceremony``, ``said while announcing the results``)."""
_SUFFERED_FIRST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+"
                             r"(?:during|in|at|amid|on)\b")


def _other_verb_first(text: str, start: int, at: int) -> bool:
    """Whether between a name (ending at ``start``) and the event word at ``at`` the name
    says something whose clause opens with a subject of its own (``Atori said 215 pupils
    were taken during the assault``; ``Orla said on Monday that it had seized`` carries
    Orla on), or suffers a passive before the phrase that names the event (``215 pupils
    of St Mary's, Papiri, were seized during a midnight attack``)."""
    if _SUFFERED_FIRST.search(text, start, at):
        return True
    said = _SAID_FIRST.search(text, start, at)
    if said is None:
        return False
    clause = _SAID_WHEN.match(text, said.end(), at)
    opens = clause.end() if clause else said.end()
    return opens < at and not _CARRIED_SUBJECT.match(text, opens, at)
_NAMED_AS = re.compile(r"\b(?:was|were|is|are)\s+(?:the|a|an)\s")
"""A copula and an article after a name: what the name is, not what it did."""


_RULERS_OF = re.compile(r"\s+(?:government|authorities|administration|regime|junta)\s+"
                        r"(?:in|of)\s+(?:the\s+)?")
"""``the Taliban government in Afghanistan``: who rules a state, named with it."""


def _agent(text: str, mentions: list[FoundMention], at: int, end: int | None = None
           ) -> str | None:
    """Who did it: ``announced by X`` (passive), else the participant named last
    before the event word in its clause."""
    if end is not None:
        passive = _PASSIVE_BY.match(text, end)
        if passive:
            after = [m for m in mentions if passive.end() <= m.start <= passive.end() + 12]
            if after:
                return after[0].key
    if _PASSIVE_AUX.search(text, max(0, at - 24), at):
        return None  # "their fees were doubled": the subject of a passive is no agent
    if _AFTER_PREPOSITION.search(text, max(0, at - 60), at):
        # "Authorities have made an arrest following the shooting of Hale": an act
        # named inside a phrase is not the act of the clause's subject
        return None
    before = [m for m in mentions if m.end <= at and not re.search(r"[;:]", text[m.end : at])
              and not _PLACE_BEFORE.search(text, max(0, m.start - 60), m.start)
              # "JOHANNESBURG (AP) — World leaders adopted": the wire's credit, no actor
              and not (m.key in NEWS_OUTLETS and text[m.start - 1 : m.start] == "(")
              and not is_dateline(text, m)
              and not (_IN_BRACKETS.match(text, m.end) and not m.key.isupper()
                       and not _ACRONYM.fullmatch(text, m.start, m.end))]
    if before and (((relative := _RELATIVE_BEFORE.search(text, before[-1].end, at)) and
                   relative.start() > before[-1].end + 1)
                   or _NEW_SUBJECT.search(text, before[-1].end, at)):
        # "The man the FBI said was behind the wheel of a truck that killed", "Bourbon
        # Street was transformed when a man drove into the crowd, killing ten": a clause
        # with a subject of its own opens between the name and the act.
        return None
    if before and _other_verb_first(text, before[-1].end, at):
        # "Atori said 215 pupils were taken during the assault", "215 pupils of St
        # Mary's, Papiri, were seized during a midnight attack": the name says or
        # suffers something first; the act named after that is no deed of theirs
        return None
    if before and _NAMED_AS.search(text, before[-1].end, at) and not text.endswith("to ", 0, at):
        return None  # "Hale was the only dissenter to Wednesday's cut": what Hale was, not
        # who cut ("Hale was the first to cut rates" is Hale's cut)
    if before and (aside := APPOSITIVE.search(text, max(0, at - 160), at)) is not None:
        # "Ana Kovac, the former MP for Tolva, will visit": Tolva is in an aside.
        before = [m for m in before if m.end <= aside.start()]
    if not before:
        return None
    last = before[-1]
    if len(before) > 1 and (_PURPOSE.search(text, max(0, at - 24), at)
                            or _WITH_DEED.search(text, max(0, at - 60), at)):
        # "Chelsea demolished Paris Saint-Germain 3-0 to claim the title": Chelsea
        # claims it, its clause's subject, not the side just beaten ("urged Hale to
        # resign" is Hale's resignation)
        opens = max((m.end() for m in _CLAUSE_OPENS.finditer(text, before[0].start, at)),
                    default=before[0].start)
        clause = [m for m in before if m.start >= opens]
        control = _OBJECT_CONTROL.search(text, clause[0].end, last.start) \
            if len(clause) > 1 else None
        if len(clause) > 1 and control is None \
                and not re.search(r"[.;:!?]", text[clause[0].end : at]):
            last = clause[0]
        elif control is not None:
            # "scored twice to inspire Paris St Germain to their first European Cup
            # triumph with a 5-0 win": the win is the object's, the side inspired
            last = next((m for m in clause if m.start >= control.end()), last)
    if text[last.end : last.end + 2] in ("’s", "'s"):
        return None  # "Hale's licence was revoked": the owner, not the agent
    if (rulers := _RULERS_OF.match(text, last.end)) is not None:
        # "The Taliban government in Afghanistan claimed that its forces killed":
        # the state's act, as another report tells it ("Afghanistan said it killed")
        return next((m.key for m in mentions if m.start == rulers.end()), last.key)
    return last.key


_CLAUSE_OPENS = re.compile(r"(?:,|\b(?:as|when|while|after|before|because|since|and|but))\s+")
"""Where a clause may open inside a sentence: ``Palmer starred as Chelsea demolished``."""
_PURPOSE = re.compile(r"\b\d+[-–]\d+\s+to\s+\Z|\bto\s+\Z")
"""An infinitive of purpose right before the event word: ``… 3-0 to claim``."""
_WITH_DEED = re.compile(r"\bwith\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}\Z")
"""A deed the clause's subject does with its verb: ``Chelsea stunned Paris Saint-Germain
with a commanding 3-0 victory`` is Chelsea's victory, not the side beaten."""
_OBJECT_CONTROL = re.compile(
    r"\b(?:urg|ask|told|tell|forc|order|call(?:ed|s|ing)?\s+on|allow|invit|persuad|"
    r"encourag|want|expect|requir|help|press|push|appoint|elect|nam|choos|chose|pick|"
    r"select|hir|commission|direct|instruct|authori[sz]|permit|enabl|lead|led|inspir|"
    r"propel|spur|power)\w*",
    re.IGNORECASE)
"""Verbs whose object does the infinitive after it, or wins the prize it leads to: ``urged
Hale to resign``, ``inspired Orla to a 5-0 win``."""


_FIRST_PERSON = re.compile(r"\bI\s+(?:(?:have|had|has|am|was|will|would|just|also|already|"
                           r"now|then|[a-z]+ly)\s+){0,2}\Z")
"""``I have resigned``: the speaker of the quote is who acts (``we`` may speak for a whole
ministry or force, so it names no one)."""


def _speaking(text: str, speakers: list[tuple[int, int, str]], at: int) -> str | None:
    """The speaker of the quote ``at`` lies in, when the quote puts the event in the first
    person singular: in ``“I have resigned effective today,” Oli said``, Oli resigned.
    ``speakers`` are ``(start, end, key)`` of attributed quotes, in text order."""
    i = bisect.bisect_right(speakers, (at, len(text), "")) - 1
    if i < 0:
        return None
    start, end, key = speakers[i]
    if at >= end or not _FIRST_PERSON.search(text, max(start, at - 40), at):
        return None
    return key


def _dedupe_mentions(mentions: list[Mention]) -> tuple[Mention, ...]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return tuple(out)


def _sentence_mentions(text: str, bounds: list[tuple[int, int]],
                       only: Sequence[int] | None = None) -> dict[int, list[FoundMention]]:
    """The names of each sentence (by index into ``bounds``), read with the document's
    own evidence of what is a name; a headline in title case names only what the body
    names. With ``only``, the names of those sentences alone, headlines aside."""
    mentions_by: dict[int, list[FoundMention]] = {}
    common = frozenset(_LOWER_WORD.findall(text))
    capitals = collections.Counter(w.lower() for w in _CAPITAL.findall(text))
    named = frozenset(w.lower() for w in _MID_CAPITAL.findall(text)) | {
        w for w, n in capitals.items() if n > 1}
    indices = range(len(bounds)) if only is None else only
    titled = {i for i in indices if is_title_case(text, *bounds[i])}
    for i in indices:
        if i not in titled:
            mentions_by[i] = find_mentions(text, *bounds[i], common=common, named=named)
    first_surnames(text, mentions_by)
    known_people(text, mentions_by)
    if only is not None:
        return mentions_by
    known = name_words(text, [m for found in mentions_by.values() for m in found])
    for i in titled:
        mentions_by[i] = known_names(text, *bounds[i], known)
    return mentions_by


_FULL_NAME = re.compile(r"[A-Z][\w’'.-]+\s+[A-Z]")
"""Two capitalised words in a row: a sentence that may name a person in full."""


def name_claims(doc: Document, claims: Sequence[Claim]) -> list[Claim]:
    """Claims of kind ``event`` for the sentences of ``doc`` that name a person in full
    (a given name before the surname) but state no date, figure or quote, so none of
    ``claims`` holds them: ``Sheikh Hasida, the deposed former prime minister, was
    handed a death sentence``. The spelling of a name is checkable too; these claims
    let a misspelt name be compared wherever an article writes it."""
    text = doc.text
    bounds = [b for a, z in doc.prose_ranges() for b in sentences(text, a, z)]
    starts = [a for a, _ in bounds]
    held: set[int] = set()
    for c in claims:
        if c.document_id == doc.id:
            i = max(0, bisect.bisect_right(starts, c.span.start) - 1)
            while i < len(bounds) and bounds[i][0] < c.span.end:
                held.add(i)  # a sentence the claim covers, in whole or in part
                i += 1
    free = [i for i in range(len(bounds)) if i not in held
            and _FULL_NAME.search(text, *bounds[i])]
    if not free:
        return []
    mentions_by = _sentence_mentions(text, bounds, free)
    out = []
    for i in mentions_by:
        if any(m.kind == "person" and len(text[m.start : m.end].split()) > 1
               for m in mentions_by[i]):
            a, z = bounds[i]
            out.append(Claim(id=f"{doc.id}#{a}-{z}", document_id=doc.id, kind="event",
                             span=Span(doc, a, z),
                             participants=_dedupe_mentions([_mention(doc, m)
                                                            for m in mentions_by[i]])))
    return out


def extract_claims(doc: Document) -> list[Claim]:
    """Extract the checkable claims of one document.

    Returns:
        Claims in document order: date and quantity claims (one per sentence
        that states a date or a number) and quote claims (one per quotation).
    """
    text = doc.text
    prose = doc.prose_ranges()
    bounds = [b for a, z in prose for b in sentences(text, a, z)]
    if not bounds:
        return []
    starts = [a for a, _ in bounds]
    expressions = find_dates(text, doc.published)
    by_sentence: dict[int, list[TimeExpression]] = {}
    # An expression the splitter cut in two still hides its digits from the
    # quantity reader in every sentence it touches ("at 1:30" never counts 1).
    touching: dict[int, list[tuple[int, int]]] = {}
    for e in expressions:
        i = bisect.bisect_right(starts, e.start) - 1
        if i >= 0 and e.end <= bounds[i][1]:
            by_sentence.setdefault(i, []).append(e)
        j = max(i, 0)
        while j < len(bounds) and bounds[j][0] < e.end:
            if bounds[j][1] > e.start:
                touching.setdefault(j, []).append((e.start, e.end))
            j += 1
    mentions_by = _sentence_mentions(text, bounds)
    all_mentions = [m for i in range(len(bounds)) for m in mentions_by[i]]
    claims: list[Claim] = []
    events_by: dict[int, list[FoundEvent]] = {}
    spans_by_range = {(a, z): quoted_spans(text, a, z) for a, z in prose}
    # Whole quoted sentences only: a partial quote woven into the narrator's syntax
    # ("nearly 40 of them “are so seriously injured …”") is the narrator's clause.
    quoted = sorted(q for spans in spans_by_range.values() for q in spans
                    if not text[q[0]].islower())
    quoted_ends = [b for _, b in quoted]
    every_quote = sorted(q for spans in spans_by_range.values() for q in spans)
    for i, found in by_sentence.items():
        by_sentence[i] = _said_on(found, every_quote, doc.published)
    found_quotes = [q for a, z in prose
                    for q in find_quotes(text, [b for b in bounds if a <= b[0] < z],
                                         all_mentions, a, z, spans_by_range[(a, z)])]
    found_quotes = speakers_by_age(text, found_quotes, all_mentions)
    speakers = sorted((q.start, q.end, q.speaker.key) for q in found_quotes if q.speaker)
    for i, (a, z) in enumerate(bounds):
        exprs = by_sentence.get(i, [])
        dates = [_date_slot(doc, e) for n, e in enumerate(exprs)
                 if e.type in ("DATE", "TIME") and not e.value.endswith("_REF")
                 and not (n and _restated_clock(text, exprs[n - 1], e))
                 and not (n + 1 < len(exprs) and _restated_day(text, e, exprs[n + 1]))]
        durations = [e for e in exprs if e.type == "DURATION"]
        spans_of_time = [(e, d) for e in durations if (d := _duration_quantity(doc, e))]
        # the first figure of a range of time ("10 to 30 years") is the range's
        opened = [(d.span.start, e.start) for e, d in spans_of_time if d.span.start < e.start]
        quantities = [
            Quantity(span=Span(doc, q.start, q.end), value=q.value, low=q.low, high=q.high,
                     unit=q.unit, kind=q.kind, qualifier=q.qualifier, per=q.per,  # type: ignore[arg-type]
                     number_span=Span(doc, q.number_start, q.number_end))
            for q in find_quantities(text, a, z, exclude=touching.get(i, []) + opened)
        ]
        # (a goal's minute, "after 12 minutes", is no span of time)
        quantities += [d for _, d in spans_of_time if not any(
            q.span.start <= d.span.start < q.span.end for q in quantities)]
        if (not dates and not quantities and not durations) or len(text[a:z].split()) < 3:
            continue  # nothing checkable, or a stray line ("0") rather than a sentence
        # A name inside a date takes no part: the Easter of "died on Easter Monday"
        mentions = [m for m in mentions_by[i] if not any(
            d.span.start <= m.start and m.end <= d.span.end for d in dates)]
        quantities = [_held(doc, a, mentions, q) for q in quantities]
        quantities = [attrs.evolve(q, holder=_mention(doc, named)) if (
            named := _aged_anaphor(text, bounds, mentions_by, i, q)) else q
            for q in quantities]
        source = find_source(text, a, z, mentions)
        if source is None and (pronoun := says_by_pronoun(text, a, z)) is not None:
            # "Lachlan Moran … was waiting when he heard shots, he told AP": the person the
            # sentence named; "Pakistan's military said … . It said 23 of its own troops
            # were killed": the sayer of a sentence before
            source = next((m for m in reversed(mentions)
                           if m.kind == "person" and m.end <= pronoun), None) \
                or next((earlier for k in range(i - 1, max(-1, i - 3), -1) if (
                    earlier := find_source(text, *bounds[k], mentions_by[k])) is not None),
                    None) or _subject_before(text, bounds, mentions_by, i)
        # The quotes around the sentence, read once for the whole text: pairing the
        # marks of one sentence alone would misread a quote that spans sentences.
        k = bisect.bisect_right(quoted_ends, a)
        around = [q for q in quoted[k : k + 8] if q[0] < z]
        # A word inside a date is no event of its own: "at the end of last month"; nor
        # is a person's name, or the surname that ends it, that is also a verb ("Hurts
        # threw for 221 yards", where the article names Ivo Hurts; the "Storm" of a
        # storm named "Storm Orla" stays its event).
        people = [m for m in mentions if m.kind == "person"]
        events_by[i] = [e for e in find_events(text, a, z, around)
                        if not any(d.span.start <= e.start and e.end <= d.span.end
                                   for d in dates)
                        and not any(m.start <= e.start and e.end == m.end for m in people)]
        counted = counted_dates(doc, dates, durations, events_by[i], (a, z))
        used = {(c.count.start, c.count.end) for c in counted}
        timelines = timeline_dates(doc, events_by[i])
        quantities = [q for q in quantities if (q.span.start, q.span.end) not in used
                      and not any(t.span.start <= q.span.start < t.span.end
                                  for _, t in timelines)]
        groups = _with_counted(
            _group_by_event(text, a, events_by[i], dates, quantities, around), counted,
            timelines)
        for n, (found_event, g_dates, g_quantities) in enumerate(groups):
            if not g_dates and not g_quantities:
                continue  # only a span of time that is no figure ("in 25 years")
            event = None if found_event is None else Event(
                predicate=found_event.predicate,
                span=Span(doc, found_event.start, found_event.end),
                object=found_event.object,
                # A quake, a storm or a crash has no agent; whoever is named before it is
                # not one; nor is anyone the agent of a measure that takes effect or
                # lapses (``the Gaza ceasefire went into effect``). Nor has a toll (``the
                # quake that shook Myanmar and Thailand claimed 2,719 lives``): what
                # claimed the lives is never a name.
                agent=None if found_event.subject in HAPPENING_CLASSES
                or found_event.predicate in MISHAPS or found_event.predicate in _BINDS
                or (found_event.predicate == "kill"
                    and text[found_event.start : found_event.end].lower() in TOLL_VERBS)
                else _agent(text, mentions, found_event.start, found_event.end)
                or _speaking(text, speakers, found_event.start),
                subject=found_event.subject,
                ordinal=found_event.ordinal,
            )
            suffix = f"@{found_event.start}" if found_event is not None and n else ""
            claims.append(Claim(
                id=f"{doc.id}#{a}-{z}{suffix}", document_id=doc.id,
                kind="date" if g_dates else "quantity", span=Span(doc, a, z),
                also_at=_also_at(doc, a, z), event=event,
                participants=_dedupe_mentions([_mention(doc, m) for m in mentions]),
                dates=tuple(g_dates),
                quantities=tuple(sorted(g_quantities, key=lambda q: q.span.start)),
                asserted_by=_mention(doc, source) if source else None,
                modality=find_modality(  # type: ignore[arg-type]
                    text, a, z, found_event,
                    min([d.span.start for d in g_dates] + [q.span.start for q in g_quantities],
                        default=None), figures=bool(g_quantities)),
            ))
    for q in found_quotes:
        i = max(0, bisect.bisect_right(starts, q.start) - 1)
        sa, sz = bounds[i]
        sa, sz = min(sa, q.start), max(sz, q.end)
        # The sentence's events were read already, unless the quote reaches past it.
        events = (events_by.get(i) if (sa, sz) == bounds[i] else None)
        if events is None:
            events = find_events(text, sa, sz)
        found_event = nearest_event(events, [q.start])
        claims.append(Claim(
            id=f"{doc.id}#q{q.start}-{q.end}", document_id=doc.id, kind="quote",
            span=Span(doc, sa, sz), also_at=_also_at(doc, sa, sz),
            event=None if found_event is None else Event(
                predicate=found_event.predicate,
                span=Span(doc, found_event.start, found_event.end),
                object=found_event.object, ordinal=found_event.ordinal),
            participants=_dedupe_mentions([_mention(doc, m) for m in mentions_by.get(i, [])]),
            quote=Quote(span=Span(doc, q.start, q.end),
                        speaker=_mention(doc, q.speaker) if q.speaker else None,
                        verb=q.verb,
                        described=Span(doc, *q.described) if q.described else None),
            asserted_by=_mention(doc, q.speaker) if q.speaker else None,
            modality="reported",
        ))
    claims.sort(key=lambda c: (c.span.start, c.id))
    return _folded_repeats(claims)


def _folded_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim for a sentence the document states word for word more than once (a
    pull quote inside a paragraph, a scraped page repeating a line), its later places
    in ``also_at``: it counts once, as a repeated paragraph does."""
    first: dict[tuple[object, ...], int] = {}
    out: list[Claim] = []
    for claim in claims:
        key = (claim.kind, claim.span.text,
               None if claim.event is None else claim.event.span.start - claim.span.start,
               None if claim.quote is None else claim.quote.span.start - claim.span.start)
        at = first.get(key)
        if at is None:
            first[key] = len(out)
            out.append(claim)
        else:
            kept = out[at]
            out[at] = attrs.evolve(kept, also_at=(*kept.also_at, claim.span, *claim.also_at))
    return out
