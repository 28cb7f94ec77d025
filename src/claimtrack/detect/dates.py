"""Date conflicts and attribution conflicts between aligned claims."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import attrs

from claimtrack.align import WEAK_ALIGNMENT, is_attribute
from claimtrack.claims import Claim, DateSlot, Mention
from claimtrack.compare import compare_clocks, compare_dates, compare_quantities, zoned
from claimtrack.detect.base import (
    _FACTUAL,
    _TOLL,
    _cap,
    _Detector,
    _event_words,
    _one_name_after_words,
    _other_targets,
    _primary_date,
    _published_apart,
    _same_words,
    _sort_key,
    _stable_id,
    _written,
)
from claimtrack.detect.evidence import (
    _quote,
    _with_evidence,
)
from claimtrack.extract.entities import country_of
from claimtrack.extract.lexicon import (
    COMMUNICATION,
    DEADLY,
    EVENT_CLASSES,
    HARM_CLASSES,
    MISHAPS,
    MOVEMENTS,
    lemma_of,
)
from claimtrack.extract.quantities import harm_of
from claimtrack.findings import (
    Alignment,
    Conflict,
    Severity,
    counted,
)
from claimtrack.temporal.lexicon import MONTHS, WEEKDAY_ALIASES

__all__: list[str] = []

_SEVERITY_RANK: dict[str, int] = {"high": 0, "medium": 1, "low": 2}

_PAIR_GAP = 12
"""The most characters between the two days of a pair (``October 19 and 20``)."""


_ROUNDED = {"week": dt.timedelta(days=7), "month": dt.timedelta(days=31)}
"""How far a count of weeks or months may be off: news rounds them (``six weeks later``
for 47 days)."""



def _other_sums(a: Claim, b: Claim) -> bool:
    """Whether two claims each state sums of money and none of one's agrees with one of
    the other's: two deals, whatever verb they share."""
    ma = [q for q in a.quantities if q.kind == "money"]
    mb = [q for q in b.quantities if q.kind == "money"]
    return bool(ma and mb) and not any(
        compare_quantities(x, y)[0] in ("same", "compatible") for x in ma for y in mb)

def _rounded_count(slot: DateSlot) -> DateSlot:
    """``slot`` widened by one of its units each way when it counts whole weeks or months
    from another date (``arrested six weeks later``): such counts are rounded, so a day
    within one unit of it agrees with it."""
    pad = _ROUNDED.get(slot.granularity)
    if pad is None or slot.rule not in ("later_earlier", "ago") or slot.start is None \
            or slot.end is None:
        return slot
    return attrs.evolve(slot, start=slot.start - pad, end=slot.end + pad)


def _with_paired_day(claim: Claim, slot: DateSlot) -> DateSlot:
    """``slot`` stretched over the day it is paired with (``on October 19 and 20, 2025``):
    the claim dates its event by both days, so either of them agrees with it."""
    if slot.granularity != "day" or slot.start is None or slot.end is None:
        return slot
    for other in claim.dates:
        if other is slot or other.granularity != "day" or other.start is None \
                or other.end is None or "day_range" not in (slot.rule, other.rule):
            continue
        first, second = sorted((slot, other), key=lambda d: d.span.start)
        if second.span.start - first.span.end <= _PAIR_GAP:
            return attrs.evolve(slot, start=min(slot.start, other.start),
                                end=max(slot.end, other.end))
    return slot


def _date_severity(a: DateSlot, b: DateSlot, ca: Claim, cb: Claim) -> tuple[Severity, str]:
    explicit = a.resolution == b.resolution == "absolute"
    precise = a.granularity == b.granularity == "day"
    confident = min(a.confidence, b.confidence) >= 0.8
    if explicit and precise and "counted" in (a.rule, b.rule):
        return "medium", ("one day is counted out from another (“ten days after …”), and "
                          "such counts are often loose")
    if explicit and precise and confident:
        return "high", "both dates are written out to the day"
    if explicit and precise:
        return "medium", "both dates are written out, but one is read with low confidence"
    if precise and _written(a) and _written(b):
        if a.start is None or b.start is None:
            return "medium", ("day and month are written out, but at least one article "
                              "gives no year and no publication date")
        return "medium", "day and month are written out; a year was taken from the publication date"
    if explicit:
        return "medium", "the dates are explicit but not both precise to the day"
    if a.granularity == b.granularity == "time" and (_guessed_day(ca, a)
                                                     or _guessed_day(cb, b)):
        # weighed by the clock alone (see _dates)
        return "medium", "both clock times are written out, though not the day"
    return "low", "at least one date was worked out from the publication date"


def _same_day_other_clock(a: DateSlot, b: DateSlot) -> bool:
    """Whether a clash of two dates lies on the clock alone: the same day, times whose
    minutes differ (``4.45pm`` and ``4:41 p.m.`` on the Wednesday), or two clocks of
    undated reports. However the day was worked out, the clocks clash."""
    if a.start is None:
        # two clocks with no day at all (undated reports), or weighed without their days
        return "T" in a.value and "T" in b.value and a.value[:10] == b.value[:10]
    return (a.start, a.end) == (b.start, b.end)


_WAVES = frozenset({"protest", "riot", "clash"})
"""Events that come in waves lasting days: ``the protests on Tuesday`` and ``protests on
Monday`` are two days of one wave."""
_WAVE_DAYS = 7


def _days_of_a_wave(why: Alignment, a: Claim, da: DateSlot, b: Claim, db: DateSlot) -> bool:
    """Whether two days are days of one wave of protests, riots or clashes: the event is
    one that comes in waves, at least one side names it in the plural (``the protests``),
    and the days lie within a week of each other. A single protest told on two days
    (``Saturday's protest``, ``the protest on Sunday``) still clashes."""
    if why.predicate not in _WAVES or da.start is None or db.start is None:
        return False
    plural = any(c.event is not None and c.event.span.text.lower().endswith("s")
                 for c in (a, b))
    return plural and abs((da.start - db.start).days) <= _WAVE_DAYS


_PERIOD_OPENS = re.compile(r"\b(?:from|between)\s+(?:(?:early|mid|late)\s+)?\Z", re.IGNORECASE)
_PERIOD_CLOSES = re.compile(r"\s*(?:-|–|to|until|till|through|and)\s+(?:(?:early|mid|late)\s+)?\Z",
                            re.IGNORECASE)


def _period_end(claim: Claim, start: DateSlot) -> DateSlot | None:
    """The date a period the claim gives ends on, when ``start`` opens one: ``from
    February 2009 to January 2010`` ends in January 2010."""
    text = claim.span.document.text
    if not _PERIOD_OPENS.search(text, max(0, start.span.start - 16), start.span.start):
        return None
    for slot in claim.dates:
        if slot.span.start > start.span.end and _PERIOD_CLOSES.fullmatch(
                text, start.span.end, slot.span.start):
            return slot
    return None


def _within_period(claim: Claim, start: DateSlot, other: DateSlot) -> bool:
    """Whether ``other`` falls within the period ``start`` opens in ``claim`` (``between
    11:49 PM on October 19 and 3:01 PM on October 20``): a day inside it is no rival."""
    end = _period_end(claim, start)
    return end is not None and start.start is not None and end.end is not None \
        and other.start is not None and other.end is not None \
        and start.start <= other.start and other.end <= end.end


def _ends_apart(a: Claim, da: DateSlot, b: Claim, db: DateSlot
                ) -> tuple[DateSlot, DateSlot] | None:
    """The ends of two periods that start alike, when the ends clash."""
    ea, eb = _period_end(a, da), _period_end(b, db)
    if ea is None or eb is None or compare_dates(ea, eb)[0] not in ("clash", "distinct"):
        return None
    return ea, eb


def _in_zone_of(claim: Claim, mine: DateSlot, theirs: DateSlot) -> DateSlot:
    """The claim's time told the way the other claim's is (``11:47 pm local time (19:47
    GMT) on March 8`` against ``at 19:17 GMT``: the GMT one, not the local clock or the
    day), so that two clocks compare in one zone; ``mine`` when the claim gives no other."""
    if "T" not in theirs.value or zoned(mine) == zoned(theirs):
        return mine
    return next((d for d in claim.dates if d.type == "TIME" and d.value[:10] == mine.value[:10]
                 and zoned(d) == zoned(theirs)), mine)


_UNTIL = re.compile(r"\b(?:until|till|through|thru|by|into)\s+(?:the\s+end\s+of\s+)?\Z",
                    re.IGNORECASE)


def _deadline(slot: DateSlot) -> bool:
    """Whether a date is the end a state runs to or a deadline (``extended its offer
    until 5 p.m. EST Nov. 9``, ``funds the government through January 30``, ``keeping
    the Louvre closed all day and into Tuesday``), not when something happened."""
    text = slot.span.document.text
    return _UNTIL.search(text, max(0, slot.span.start - 24), slot.span.start) is not None


_ONCE = frozenset({"earthquake", "storm", "flood", "tsunami", "erupt", "landslide", "crash",
                   "collapse", "derail", "stampede", "accident"})
"""Events a story tells of once: an article giving two days for one of them contradicts
itself, unlike one giving two days for a win, a vote or an attack."""


_DEICTIC = frozenset({"day_word", "part_of_day"})


def _told_today(claim: Claim, slot: DateSlot, other: DateSlot) -> bool:
    """Whether ``slot`` is a speaker's ``today`` or ``this morning`` inside the claim's
    quotation marks, dated only by the publication date, a day or less from ``other``:
    a statement republished the next day says ``this morning`` of the day before."""
    if slot.rule not in _DEICTIC or slot.resolution != "reference":
        return False
    before = claim.span.text[: slot.span.start - claim.span.start]
    if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
        return False  # not inside quotation marks
    if slot.start is None or other.start is None:
        return False
    return abs((slot.start - other.start).days) <= 1


_SEASON = 45
"""Days between two dates one article gives for a recurring event (a protest, a vote, an
attack) past which it tells of two occurrences, not a slip: ``the June 2025 No Kings
rallies`` and ``No Kings rallies on Oct. 18``. A slip confuses nearby days."""


_AVENGED = re.compile(r"\b(?:in\s+(?:retaliation|response|revenge)\s+(?:to|for)|in\s+the\s+wake\s+"
                      r"of|to\s+avenge|avenging)\s+(?:[\w'’-]+\s+){0,6}\Z", re.IGNORECASE)
"""What names a deed as the one another answers: ``comes in retaliation to the April 22
terror attack``, ``in response to an attack on tourists``."""


def _avenged(claim: Claim) -> bool:
    """Whether the claim's event is the deed another answers (:data:`_AVENGED`): in one
    article, a deed apart from the answer it tells of on another day."""
    if claim.event is None:
        return False
    text = claim.span.document.text
    at = claim.event.span.start
    return _AVENGED.search(text, max(claim.span.start, at - 80), at) is not None


_NEWS_APART = dt.timedelta(days=30)
"""How far apart two articles' publication dates must be for the days each works out
from its own to be each article's own news, not one event."""


def _own_news_apart(a: Claim, da: DateSlot, b: Claim, db: DateSlot) -> bool:
    """Whether two dates were each worked out from its own article's publication date
    (``today``, ``in February``, ``this week``) and the articles were published more than
    :data:`_NEWS_APART` apart: each tells of its own news."""
    return _published_apart(a, b, _NEWS_APART) and da.resolution == db.resolution == "reference"


def _seasons_apart(da: DateSlot, db: DateSlot) -> bool:
    """Whether two dates lie more than :data:`_SEASON` days apart."""
    if da.start is None or db.start is None or da.end is None or db.end is None:
        return False
    gap = max(da.start, db.start) - min(da.end, db.end)
    return gap.days > _SEASON


def _people(claim: Claim) -> set[str]:
    """The people a claim names as taking part, not the one who tells it."""
    teller = {m.key for m in (claim.asserted_by,
                              claim.quote.speaker if claim.quote else None) if m}
    return {m.key for m in claim.participants if m.kind == "person"} - teller


def _other_people(a: Claim, b: Claim) -> bool:
    """Whether two claims name wholly different people: ``Ganaie and Shaheen were
    arrested on October 30`` and ``A third doctor, Adeel Rather, was arrested on November
    5`` are two arrests, not one told on two days."""
    pa, pb = _people(a), _people(b)
    return bool(pa) and bool(pb) and not pa & pb


_MEETINGS = frozenset({"meet", "talk", "visit", "host", "call"})
"""Events told by whom they bring together: ``meet Tolva on Monday`` and ``Hale and
Kovac are to meet on Friday`` are two meetings."""
_MET_GAP = re.compile(r"\s+(?:with\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,3})?\Z")


def _met(claim: Claim) -> set[str]:
    """The people a meeting claim says are met, named right after its verb (``meet
    Tolva``, ``met with Kesh President Ana Tolva``)."""
    if claim.event is None:
        return set()
    text, after = claim.span.document.text, claim.event.span.end
    return {m.key for m in claim.participants if m.kind in ("person", "other")
            and m.span.start >= after
            and m.span.start - after <= 48 and _MET_GAP.fullmatch(text, after, m.span.start)}


def _other_meetings(why: Alignment, a: Claim, b: Claim) -> bool:
    """Whether two aligned meetings bring different people together: one names whom it
    meets (``meet Tolva on Monday``), the other does not name them but names other
    people (``Hale and Kovac are scheduled to meet on Friday``)."""
    if why.predicate not in _MEETINGS:
        return False
    for one, other in ((a, b), (b, a)):
        met, keys = _met(one), {m.key for m in other.participants}
        if met and not met & keys and _people(other) - {m.key for m in one.participants}:
            return True
    return False


def _two_peoples_harm(det: _Detector, a: Claim, b: Claim, why: Alignment) -> bool:
    """Whether two aligned deaths, killings or injuries are two people's, met only in a
    place: the claims share no person and name different ones, or their articles name
    people and share none of them."""
    if not HARM_CLASSES.get(EVENT_CLASSES.get(why.predicate, why.predicate)) \
            or set(why.shared) & (_people(a) | _people(b)):
        return False
    pa, pb = det.people_of(a.document_id), det.people_of(b.document_id)
    return _other_people(a, b) or (bool(pa) and bool(pb) and not pa & pb)


_SET_IN = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:city\s+of\s+)?"
                     r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_NAME_WORDS = re.compile(r"[A-Z][\w’'-]+")


def _settings(claim: Claim) -> frozenset[str]:
    """The places a claim sets its deed in (``a shooting in Jerusalem``), as written; a
    country, a month or a weekday names no scene narrow enough to tell two deeds apart."""
    return frozenset(
        place for m in _SET_IN.finditer(claim.span.text)
        if country_of(place := m["place"].lower()) != place
        and place.split()[0] not in MONTHS and place.split()[0] not in WEEKDAY_ALIASES)


def _set_apart(a: Claim, b: Claim) -> bool:
    """Whether two violent deeds are set in two places, neither naming the other's: ``the
    strikes in response to a Monday shooting in Jerusalem`` and ``an Israeli airstrike in
    Doha`` on Tuesday are two deeds, not one told on two days."""
    if a.event is None or b.event is None or not (_is_violent(a) and _is_violent(b)):
        return False
    sa, sb = _settings(a), _settings(b)
    if not sa or not sb:
        return False
    text_a, text_b = a.span.text.lower(), b.span.text.lower()
    return not any(place in text_b for place in sa) and not any(
        place in text_a for place in sb)


def _is_violent(claim: Claim) -> bool:
    """Whether the claim's deed is one of people's violence: a killing, a shooting, an
    attack, a strike, a bombing (not a quake's or a storm's toll)."""
    assert claim.event is not None
    return claim.event.predicate in _VIOLENCE or claim.event.object in _VIOLENCE


_VIOLENCE = frozenset({"shoot", "attack", "strike", "bomb", "stab", "massacre", "murder",
                       "assassinate", "raid", "kill"})


def _still_ahead(det: _Detector, claim: Claim, slot: DateSlot) -> bool:
    """Whether ``claim`` tells of a plan for a day after its article was published."""
    published = det.docs[claim.document_id].published
    return claim.modality == "planned" and published is not None and \
        slot.start is not None and slot.start > published


def _dates(det: _Detector, pairs: list[tuple[Claim, Claim, Alignment]],
           conflicts: list[Conflict], agreements: dict[str, list]) -> None:  # type: ignore[type-arg]
    support: dict[str, set[str]] = defaultdict(set)
    agreeing: dict[str, list[tuple[Claim, DateSlot]]] = defaultdict(list)
    clashes = []
    for a, b, why in pairs:
        if a.modality not in _FACTUAL or b.modality not in _FACTUAL:
            continue
        if is_attribute(why.predicate):
            continue  # aligned for a figure of one thing; their dates may be of anything
        da, db = _primary_date(a), _primary_date(b)
        if da is None or db is None or _as_of(a, da) or _as_of(b, db):
            continue
        da, db = _with_paired_day(a, da), _with_paired_day(b, db)
        da, db = _rounded_count(da), _rounded_count(db)
        da, db = _in_zone_of(a, da, db), _in_zone_of(b, db, da)
        guessed = _guessed_day(a, da) or _guessed_day(b, db)
        if guessed and not (da.granularity == db.granularity == "time" and (
                da.value[:10] == db.value[:10]
                or (why.predicate in _ONCE and _days_near(da, db)))):
            continue  # "struck at around 8am" weighs against a clock, not against a day
        by_clock = guessed and da.value[:10] != db.value[:10]
        if by_clock:
            # "shortly after 6:40 in the evening" against "at about 7.40pm on Sunday": a
            # crash happens once, so its clock is weighed whatever day was guessed for it
            relation, reason = compare_clocks(da, db) or ("unknown", "")
        else:
            relation, reason = compare_dates(da, db)
        if relation == "clash" and (until := (_deadline(da), _deadline(db))) != (False, False):
            if until[0] != until[1]:
                continue  # "extended the offer until Nov. 9" against the day it was made
            if det.docs[a.document_id].published != det.docs[b.document_id].published:
                continue  # a deadline reported on two days: moved, as deadlines are
        if relation == "clash" and why.predicate in MOVEMENTS and a.quantities \
                and b.quantities:
            continue  # "sales dropped 18% last year", "fell 35% in January": a level or a
            # change is of its own period, and markets move every day (a deal's closing,
            # which has no figure, keeps its day)
        if relation == "clash" and _own_news_apart(a, da, b, db):
            continue  # "Apple today launched" in June, "in February" in an April article:
            # each article's own news, months apart
        if relation == "clash" and not why.shared and _other_people(a, b):
            continue  # "Lekhak stepped down on September 8" and "Oli submitted his
            # resignation on September 9": aligned by the story alone, two people's acts
        if relation == "clash" and (_within_period(a, da, db) or _within_period(b, db, da)):
            continue  # "outages between 11:49 PM on October 19 and 3:01 PM on October 20"
            # hold "the early hours of October 20" another report gives
        if relation == "clash" and _two_peoples_harm(det, a, b, why):
            continue  # "Kirk was fatally shot … in Utah" and "the veteran actor … died in
            # his sleep" in Utah, in an article on Redford: two people's deaths
        if relation == "clash" and (_set_apart(a, b) or _other_targets(a, b)
                                    or _other_meetings(why, a, b) or det.other_storms(a, b)
                                    or det.other_quakes(a, b, why.predicate)):
            continue  # "a Monday shooting in Jerusalem", "an airstrike in Doha": two deeds
        if relation == "clash" and a.modality != b.modality \
                and (_still_ahead(det, a, da) or _still_ahead(det, b, db)):
            continue  # "is scheduled to be released on December 16" against "was released
            # Thursday": a plan still ahead and a thing done are two occurrences
        if relation == "clash" and (_told_today(a, da, db) or _told_today(b, db, da)):
            continue  # "has passed away this morning," the family said: said which day?
        if relation == "clash" and (_day_ahead(a, da, db) or _day_ahead(b, db, da)):
            continue  # "skidded off the runway early Monday", filed on Sunday evening in
            # New York: the Monday of the place, a day ahead, not the one before
        if relation == "clash" and (_told_after(a, da, db) or _told_after(b, db, da)):
            continue  # "On Tuesday, officials confirmed that the floods killed 105" and
            # "floods killed 24 on July 4": told on Tuesday of a deed days before
        if relation == "clash" and _days_of_a_wave(why, a, da, b, db):
            continue  # "protests on Monday", "the protests on Tuesday": one wave, two days
        if relation == "clash" and (_same_words(a, b) or not (
                _written(da) or _written(db) or _one_reference(a, da, b, db)
                or (why.score > WEAK_ALIGNMENT and why.shared and _two_weekdays(a, da, b, db))
                or _same_day_other_clock(da, db) or by_clock)):
            # One sentence republished (resolved against two publication dates),
            # or two weekdays worked out from two publication dates: too uncertain.
            continue
        if relation == "same" and da.granularity == "day":
            _attribution(det, a, b, da, why, conflicts)
        if relation in ("same", "compatible") and (ends := _ends_apart(a, da, b, db)):
            # "from February 2009 to January 2010" and "from Feb. 2009 to Jan. 2015": one
            # start, two ends.
            reason = f"the end of a period both start in {min(da.value, db.value)}"
            relation, (da, db) = "clash", ends
        if why.score <= WEAK_ALIGNMENT and _other_sums(a, b):
            continue  # "Kesh AI's $13bn raise in September", "AI startups have raised
            # $118 billion in the first half": two raisings a roundup tells of
        if relation in ("same", "compatible"):
            support[a.id].add(b.document_id)
            support[b.id].add(a.document_id)
            agreeing[b.id].append((a, da))
            agreeing[a.id].append((b, db))
            if a.document_id != b.document_id:
                agreements[det.component(a.id)].append((a, da, b, db, why))
        elif relation == "clash":
            clashes.append((a, da, b, db, why, reason))
    # An article that itself dates the event on two days, one of them the other side's,
    # speaks of two occurrences: "the Dodgers win on Friday" in a report that also dates
    # the Series win to Saturday is Game 6, no rival to another report's Saturday.
    def told_apart(a: Claim, da: DateSlot, b: Claim) -> bool:
        return any(c.document_id == a.document_id and c.id != a.id
                   and compare_dates(dc, da)[0] == "clash" for c, dc in agreeing[b.id])

    # "Tuesday saw one killed outside a high school", in an article that dates the
    # story's killings to Wednesday too: its Tuesday is another deed, not a slip.
    dated_by_doc: dict[str, list[tuple[str, DateSlot]]] = defaultdict(list)
    for claim in det.claims:
        if claim.event is not None and (day := _primary_date(claim)) is not None:
            dated_by_doc[claim.document_id].append(
                (EVENT_CLASSES.get(claim.event.predicate, claim.event.predicate), day))

    # An article that dates a deadly deed on the other side's day tells of that deed's
    # dead apart from its own: "retaliation to the April 22 terror attack" in a report
    # of the strikes that killed 80 on May 7 is no rival to "killed 26" on April 22.
    def also_dated(a: Claim, da: DateSlot, db: DateSlot, predicate: str) -> bool:
        return any((p == predicate or (predicate in HARM_CLASSES and p in DEADLY))
                   and compare_dates(d, db)[0] in ("same", "compatible")
                   and compare_dates(d, da)[0] == "clash" for p, d in dated_by_doc[a.document_id])

    # A quake, a storm, a crash happens once in a story: an article that dates it on two
    # days has slipped, and the slip is the conflict (attacks and bombings recur).
    def one_occurrence(a: Claim, da: DateSlot, b: Claim, db: DateSlot, why: Alignment) -> bool:
        if why.predicate in _ONCE:
            return True
        if a.document_id == b.document_id:
            # "strikes … on May 7" and "in retaliation to the April 22 terror attack": the
            # article tells the deed answered apart from the answer
            return not (_seasons_apart(da, db) or _other_people(a, b)
                        or _avenged(a) != _avenged(b))
        if {da.granularity, db.granularity} <= {"day", "time"} and _seasons_apart(da, db):
            # "seized 350 kg on Monday" and "seized 2,900 kg on June 3": a slip confuses
            # nearby days; two days a season apart are two seizures, raids or votes
            return False
        return not (told_apart(a, da, b) or told_apart(b, db, a)
                    or also_dated(a, da, db, why.predicate) or also_dated(b, db, da, why.predicate))

    clashes = [clash for clash in clashes if one_occurrence(*clash[:5])]
    # Two deeds of one sentence dated alike ("crashed on Thursday, killing 265"): the
    # same two sentences disagree once, under the deed of the first pair found
    told: set[tuple[tuple[str, int, str], ...]] = set()
    once = []
    for clash in clashes:
        a, da, b, db = clash[:4]
        sentences = tuple(sorted([(a.document_id, a.span.start, da.value[:10]),
                                  (b.document_id, b.span.start, db.value[:10])]))
        if sentences not in told:
            told.add(sentences)
            once.append(clash)
    clashes = once
    clashed = {c.id for a, _, b, _, _, _ in clashes for c in (a, b)}
    for group in list(agreements):
        agreements[group] = [item for item in agreements[group]
                           if item[0].id not in clashed and item[2].id not in clashed]
    # One clash per event and pair of days: "Wednesday" against "Thursday" and
    # "Thursday afternoon" in three aligned articles is one disagreement.
    merged: dict[tuple[str, str, str], list] = defaultdict(list)  # type: ignore[type-arg]
    for a, da, b, db, why, reason in clashes:
        (ca, sa), (cb, sb) = sorted([(a, da), (b, db)], key=lambda cs: cs[1].value)
        # "Aug. 28" in an undated article is the other's "August 28, 2025": one side
        cut = 4 if "XXXX" in (sa.value[:4], sb.value[:4]) else 0
        days = sorted((sa.value[cut:10], sb.value[cut:10]))
        # (one day told at several times, "5:15 p.m.", "shortly after sunrise", "late
        # Tuesday night", is one disagreement too, over all of them)
        merged[(det.component(a.id), days[0], days[1])].append(
            (ca, sa, cb, sb, why, reason))
    for key in sorted(merged, key=_sort_key):
        items = merged[key]
        # The pair that shows the clash most plainly speaks for all: "15 April 2024"
        # against "13 April", not against a "Saturday" worked out from a date line.
        a, da, b, db, why, reason = min(items, key=lambda it: (
            _SEVERITY_RANK[_date_severity(it[1], it[3], it[0], it[2])[0]],
            it[0].id, it[2].id))
        sides: dict[str, list[Claim]] = defaultdict(list)
        # each time told, once: "Aug. 28" in an undated report is "2025-08-28" told again
        cut = 4 if any(x.value.startswith("XXXX") for it in items for x in (it[1], it[3])) else 0
        told_as: dict[str, tuple[Claim, DateSlot]] = {da.value[cut:]: (a, da),
                                                      db.value[cut:]: (b, db)}
        for ca, sa, cb, sb, _, _ in items:
            sides[sa.value].append(ca)
            sides[sb.value].append(cb)
            told_as.setdefault(sa.value[cut:], (ca, sa))
            told_as.setdefault(sb.value[cut:], (cb, sb))
        severity, rule = _cap(_date_severity(da, db, a, b), why)
        positions = []
        for claim, slot in told_as.values():
            backers = {c.document_id for c in sides[slot.value]} | support[claim.id]
            pos = det.position(claim, slot.value, slot.span.start, slot.span.end, None, backers)
            if slot.start is not None:
                cited = tuple(e for e in det.evidence.get(why.predicate, [])
                              if e.date < slot.start)
                if cited:
                    pos = _with_evidence(pos, cited)
            positions.append(pos)
        event = _event_words(a, why)
        same_doc = a.document_id == b.document_id
        lines = [_dates_told(event, [slot.value for _, slot in told_as.values()], da, db,
                             reason, same_doc)]
        for (claim, slot), pos in zip(told_as.values(), positions, strict=True):
            lines.append(f"{claim.document_id} says {slot.value} (stated by "
                         f"{counted(pos.sources, 'independent source')}): "
                         f"“{_quote(claim.span.text)}”")
        if not (_written(da) or _written(db)):
            lines.append(
                f"Both were worked out from publication dates within a week ({_published(a)} "
                f"and {_published(b)}), and they name different weekdays: "
                f"“{da.span.text}” and “{db.span.text}”, which one day cannot both be."
                if _published(a) != _published(b) else
                f"Both were worked out from the same publication date "
                f"({_published(a)}), so the words themselves disagree: "
                f"“{da.span.text}” and “{db.span.text}”.")
        for claim, slot in ((a, da), (b, db)):
            if slot.rule == "timeline":
                lines.append(f"Note: {claim.document_id} names no date; it says how long "
                             f"from its publication ({_published(claim)}) it is to be: "
                             f"“{slot.span.text}”.")
            if slot.rule == "counted":
                lines.append(f"Note: {claim.document_id} does not name that day; it counts "
                             f"it out from the day its sentence names: “{slot.span.text}”.")
        for claim, slot in ((a, da), (b, db)):
            verb = _saying_verb_near(claim, slot)
            if verb:
                lines.append(f"Note: in {claim.document_id} the date belongs to “{verb}”, so "
                             "it may date the statement rather than the event itself.")
        for pos in positions:
            for ev in pos.evidence[:1]:
                lines.append(
                    f"A source cited in {ev.document_id}, dated {ev.date.isoformat()}, already "
                    f"reports it, before {pos.value}: {ev.text}"
                )
        lines.append(f"Aligned because {why.reason}.")
        conflicts.append(Conflict(
            id=_stable_id("date", [c.id + "=" + v for v, cs in sides.items() for c in cs]),
            kind="date", severity=severity, severity_rule=rule, event=event,
            positions=tuple(positions), alignment=why, explanation="\n".join(lines),
        ))


def _dates_told(event: str, values: list[str], da: DateSlot, db: DateSlot, reason: str,
                same_doc: bool) -> str:
    """The first line of a date conflict: the dates the articles give, and why the pair
    that shows it most plainly clashes (``3 times of 2025-11-04`` when all fall on it)."""
    if len(values) == 2:
        return (f"The {'same article gives' if same_doc else 'articles give'} two dates for "
                f"“{event}”: {da.value} and {db.value} ({reason}).")
    what = f"times of {da.value[:10]}" if len({v[:10] for v in values}) == 1 else "dates"
    return (f"The articles give {len(values)} {what} for “{event}”: "
            f"{', '.join(values[:-1])} and {values[-1]} ({da.value} against {db.value}: "
            f"{reason}).")


def _published(claim: Claim) -> str:
    published = claim.span.document.published
    return published.isoformat() if published else "unknown"


_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:(?:late|early|the)\s+)?\Z", re.IGNORECASE)
_BRIEFING = re.compile(r"\b(?:(?:news|press)\s+(?:conference|briefing)|briefing)\s+"
                       r"(?:(?:on|late|early)\s+){0,2}\Z", re.IGNORECASE)
"""``confirmed 99 deaths at a news conference Monday``: the day a briefing was held."""


_TALLIES = frozenset({"toll", "tally", "count"})
"""Objects of an event that make it a count of the harmed, dated when it was counted."""


def _as_of(claim: Claim, date: DateSlot) -> bool:
    """Whether the claim's date is when a toll was counted (``raised the death toll to
    115 this Saturday``), not when the deaths happened; or any date written after ``as
    of``, which says when a count or a state held (``151 people had died from the crowd
    surge as of Sunday morning``), never when anything happened; or the day of a
    briefing where it was told (``confirmed 99 deaths at a news conference Monday``)."""
    text = claim.span.document.text
    if _AS_OF.search(text, max(0, date.span.start - 24), date.span.start):
        return True
    if _BRIEFING.search(text, max(0, date.span.start - 32), date.span.start) and not (
            claim.event is not None and claim.event.predicate in COMMUNICATION):
        return True  # the day of the briefing, not of what it told of
    if claim.event is not None and claim.event.object in _TALLIES:
        return True  # "raised to 43 the death toll this Wednesday": the toll's day
    return bool(_TOLL.search(claim.span.text)) and any(
        harm_of(q.unit) for q in claim.quantities)


_GUESS_DAYS = 7
"""How many days a bare clock's guessed day (the publication's) may lie from another
report's day for the two clocks to be of one event: a report filed a week on still times
it by the clock; a quake five months earlier is another quake."""


def _days_near(a: DateSlot, b: DateSlot) -> bool:
    """Whether two clocks' days may be one, as far as a guessed day can tell: either day
    is unknown, or they lie within :data:`_GUESS_DAYS`."""
    if a.start is None or b.start is None:
        return True
    return abs((a.start - b.start).days) <= _GUESS_DAYS


def _guessed_day(claim: Claim, date: DateSlot) -> bool:
    """Whether a bare clock time (``struck at around 8am``) took its day from the
    publication date or from a date in an earlier sentence, not from a day its own
    sentence names. A report filed days later still dates the event by the clock, so
    the day is a guess: only another clock on that day can be weighed against it.
    """
    if date.rule != "clock" or date.resolution == "absolute":
        return False
    return not any(d.granularity == "day" and d.value[:10] == date.value[:10]
                   for d in claim.dates)  # (a part of the day too: "on Monday night")


def _one_reference(a: Claim, da: DateSlot, b: Claim, db: DateSlot) -> bool:
    """Whether two dates were both worked out from one and the same publication date.

    Then ``on Wednesday`` and ``on Thursday`` in two articles clash in the words
    themselves, not in how two publication dates resolved them (within one
    article, two named days are more often two events). Only single named days count
    (``last week`` has no agreed edges), and neither may date a statement
    (``said Saturday``) rather than the event.
    """
    published = a.span.document.published
    return (a.document_id != b.document_id
            and published is not None and published == b.span.document.published
            and da.resolution == db.resolution == "reference"
            and da.rule in _DAY_WORDS and db.rule in _DAY_WORDS
            and _saying_verb_near(a, da) is None and _saying_verb_near(b, db) is None)


def _day_ahead(claim: Claim, slot: DateSlot, other: DateSlot) -> bool:
    """Whether a past weekday (``early Monday``), worked out as the one before the
    publication date, names the day after it that another report gives: the article was
    filed where it was still the day before (``Sunday, 8:00 PM EDT``, of a crash early
    Monday in Hong Kong), so the weekday has two readings and the other report's is one."""
    published = claim.span.document.published
    return (published is not None and slot.rule == "weekday"
            and slot.resolution == "reference" and slot.start is not None
            and other.start is not None and other.granularity in ("day", "time")
            and other.start == published + dt.timedelta(days=1)
            and other.start - slot.start == dt.timedelta(days=7))


_WEEK = 6
"""Two publication dates this many days apart or fewer still look back on one week."""


def _two_weekdays(a: Claim, da: DateSlot, b: Claim, db: DateSlot) -> bool:
    """Whether two articles published within a week name different weekdays for one
    event (``on Saturday``, ``on Sunday``): whatever the publication dates, one day has
    one name, so the words disagree. Only bare weekdays count, within a week of each
    other, and neither may date a statement (``said Saturday``); the caller asks, too,
    that the claims share a name, not only the story."""
    pa, pb = a.span.document.published, b.span.document.published
    return (a.document_id != b.document_id and pa is not None and pb is not None
            and abs((pa - pb).days) <= _WEEK
            and da.rule == db.rule == "weekday" and da.resolution == db.resolution == "reference"
            and da.start is not None and db.start is not None
            and abs((da.start - db.start).days) <= _WEEK
            and da.start.weekday() != db.start.weekday()
            and _saying_verb_near(a, da) is None and _saying_verb_near(b, db) is None)


_DAY_WORDS = frozenset({"weekday", "day_word"})
"""Rules that read a single named day (``on Wednesday``, ``today``): two of them
resolved against one publication date differ only if their words do."""


_WORDS = re.compile(r"[A-Za-z]+")
_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def _told_after(claim: Claim, slot: DateSlot, other: DateSlot) -> bool:
    """Whether ``slot`` dates a statement (``On Tuesday, officials confirmed that the
    floods killed …``), not the deed, and lies on or after ``other``: a deed told of on
    Tuesday as done may have happened on any day before it. A deed told as going on
    (``said 17 October it was revoking``) is the statement's own day."""
    if slot.end is None or slot.granularity not in ("day", "time") or claim.event is None:
        return False
    other_end = other.end or _in_year_of(other.value, slot.end)
    if other_end is None or other_end > slot.end:
        return False
    deed = claim.event.span
    return not deed.text.lower().endswith("ing") and deed.start > slot.span.end \
        and _saying_verb_near(claim, slot) is not None


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _in_year_of(value: str, end: dt.date) -> dt.date | None:
    """The day after a yearless day (``XXXX-01-29``) read in the year of the day it is
    weighed against (``end`` is the day after that one): ``January 29`` against
    Thursday 30 January 2025 is 29 January 2025."""
    m = _YEARLESS_DAY.fullmatch(value[:10])
    if m is None:
        return None
    try:
        day = dt.date((end - dt.timedelta(days=1)).year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None  # "XXXX-02-29" in a year without one
    return day + dt.timedelta(days=1)


def _saying_verb_near(claim: Claim, slot: DateSlot) -> str | None:
    """A verb of saying nearer the date than the event word (``Kovac stated on 15 ...``)."""
    if claim.event is None:
        return None
    text = claim.span.document.text
    event_gap = abs(claim.event.span.start - slot.span.start)
    event = claim.event.span
    event_clause = not _CLAUSE_BREAK.search(text, min(event.end, slot.span.end),
                                            max(event.start, slot.span.start))
    for m in _WORDS.finditer(text, claim.span.start, claim.span.end):
        if m.group(0)[0].isupper():
            continue  # "Department of State" names an office, not a saying
        if event_clause and _CLAUSE_BREAK.search(text, min(m.end(), slot.span.end),
                                                 max(m.start(), slot.span.start)):
            continue  # "As the storm hit the coast on Monday, residents said": the storm's day
        if lemma_of(m.group(0)) in COMMUNICATION and abs(m.start() - slot.span.start) < event_gap \
                and abs(m.start() - slot.span.start) <= 20:
            return m.group(0)
    return None


def _agent_mention(claim: Claim) -> Mention | None:
    if claim.event is None or claim.event.agent is None:
        return None
    return next((m for m in claim.participants if m.key == claim.event.agent), None)


_BEFALLS = MISHAPS | {"die"}
"""Events whose subject is whom they befell, not an actor: two names for one death or
one sinking are two deaths or two ships, not a clash over who did it."""


def _one_body(a: str, b: str) -> bool:
    """Whether two actors' keys name one body, one of them with a word more: ``G20`` and
    ``G20 Summit``, ``Hamas`` and ``Hamas movement`` (its meeting or its wing acts for it)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short + " ") or _one_name_after_words(a, b)


def _attribution(det: _Detector, a: Claim, b: Claim, day: DateSlot, why: Alignment,
                 conflicts: list[Conflict]) -> None:
    """Same event, same day, but a different actor: ``announced by the ministry`` vs
    ``announced by the president``. A country and a person are not compared: a
    government and its leader are routinely named for each other."""
    ma, mb = _agent_mention(a), _agent_mention(b)
    if ma is None or mb is None or ma.key == mb.key or _one_body(ma.key, mb.key):
        return
    if any(c.event is not None and c.event.predicate in _BEFALLS for c in (a, b)):
        return  # "Goodall passed away", "the ferry sank": whom it befell, not who did it
    if "country" in (ma.kind, mb.kind) or a.document_id == b.document_id:
        return
    event = _event_words(a, why)
    lines = [
        f"The articles name different actors for “{event}” on {day.value}: "
        f"{ma.span.text} ({a.document_id}) and {mb.span.text} ({b.document_id}).",
        f"{a.document_id}: “{_quote(a.span.text)}”",
        f"{b.document_id}: “{_quote(b.span.text)}”",
        f"Aligned because {why.reason}; the dates agree.",
    ]
    conflicts.append(Conflict(
        id=_stable_id("attribution", [f"{a.id}={ma.key}", f"{b.id}={mb.key}"]),
        kind="attribution", severity="medium",
        severity_rule="the same event on the same day is credited to different actors",
        event=event,
        positions=(det.position(a, ma.span.text, ma.span.start, ma.span.end, None, ()),
                   det.position(b, mb.span.text, mb.span.start, mb.span.end, None, ())),
        alignment=why, explanation="\n".join(lines),
    ))
