"""Align claims about the same event, across documents and within one.

Claims are candidates only when they share a block: the same event predicate.
A candidate pair aligns when

* their objects do not differ (``impose tariff`` and ``impose sanction`` are
  two events), and their agents are not mirror images (A's tariff on B and B's
  tariff on A are two events); and
* they name a participant in common, or, in two articles about the same story
  (at least two names in common), they share their object or the predicate is
  the event both articles open with (the capsizing in a capsizing story).

Quotes align by speaker. The blocking index makes the work grow with the
number of claims times the (small) block sizes, not with the square of all
claims; a block larger than :data:`MAX_BLOCK` is split further by participant,
so an archive of millions of claims stays tractable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from claimtrack.attributes import (
    AGE_OF,
    FIRST_ROUND,
    MAGNITUDE_OF,
    attribute_facts,
    attribute_of,
    body_of,
    distance_of,
    group_of,
    is_attribute,
    person_of,
    place_of,
    price_of,
    stake_of,
    thing_of,
    vote_share_of,
)
from claimtrack.claims import Claim, Event, Quantity
from claimtrack.extract.entities import NEWS_OUTLETS
from claimtrack.extract.lexicon import (
    COMMUNICATION,
    EVENT_CLASSES,
    EVENT_NOUNS,
    HAPPENING_CLASSES,
    HARM_CLASSES,
    lemma_of,
)
from claimtrack.findings import Alignment

__all__ = [
    "ABOARD",
    "AGE_OF",
    "CROWD",
    "FACT_BLOCKS",
    "FACT_UNITS",
    "MAGNITUDE_OF",
    "MAX_BLOCK",
    "WEAK_ALIGNMENT",
    "aligned_pairs",
    "is_attribute",
    "is_fact",
    "measures",
    "quote_pairs",
]

WEAK_ALIGNMENT = 0.45
"""Score of an alignment resting only on the story's lead event word; conflicts
found on such alignments are reported at low severity."""

ABOARD = "aboard"
CROWD = "crowd"
FACT_UNITS: dict[str, str] = {"people aboard": ABOARD, "crowd": CROWD}
"""Units that name a fact of the story whatever verb the sentence uses: the people
aboard a vessel or aircraft ("189 passengers on board the aircraft that
crashed", "a flight with 190 on board"). Claims with such figures also meet in
a block of that fact."""
FACT_BLOCKS: frozenset[str] = frozenset(FACT_UNITS.values())


def is_fact(head: str) -> bool:
    """Whether a block key names a fact of the story rather than an event predicate."""
    return head in FACT_BLOCKS or is_attribute(head)


def measures(head: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether ``quantity`` of ``claim`` is a figure the fact ``head`` compares: an
    attribute fact (a ship's length, a person's age, a quake's magnitude) compares only
    the figures that give it; an event or the people aboard compares every other figure
    but an age, which no one's age fact claimed (``her 9-year-old daughter``) and which
    is nobody's count."""
    found = attribute_of(claim, quantity)
    if is_attribute(head):
        return found is not None and found.fact == head
    return found is None and quantity.unit != "magnitude" and quantity.kind != "age"


MAX_BLOCK = 400
"""Largest block compared pairwise; larger ones are split by participant."""

_WEAK_KEYS = frozenset({"united states", "united nations", "european union"})


_LEAD_CHARS = 600
_WORD = re.compile(r"[A-Za-z]+")


def _happenings(text: str) -> frozenset[str]:
    """The classes of event the words of ``text`` name, as verbs or nouns ("collapses",
    "quake")."""
    out = set()
    for w in _WORD.findall(text):
        if p := lemma_of(w):
            out.add(EVENT_CLASSES.get(p, p))
        low = w.lower()
        if noun := EVENT_NOUNS.get(low[:-1] if low.endswith("s") else low):
            out.add(noun)
    return frozenset(out)


def _lead_predicates(claims: list[Claim]) -> dict[str, frozenset[str]]:
    """For each document, the event predicates of its opening (headline and lead)."""
    leads: dict[str, frozenset[str]] = {}
    for claim in claims:
        if claim.document_id in leads:
            continue
        doc = claim.span.document
        leads[claim.document_id] = _happenings(
            "".join(doc.text[a:b] for a, b in doc.prose_ranges())[:_LEAD_CHARS])
    return leads


COMMON_SHARE = 0.02
"""In a large set (:data:`LARGE_SET` documents or more), a name found in more than
this share of documents, and in at least :data:`COMMON_MIN` of them, is too
common to tie two claims together ("Big Board" in a business archive). In a
small set about one story, every name is shared and none is discounted."""
COMMON_MIN = 5
LARGE_SET = 50


def _weak_keys(claims: list[Claim]) -> set[str]:
    """Names that are weak evidence of one event: countries, and names so common
    in this set of documents ("New York Stock Exchange" in a business archive)
    that sharing them says little."""
    weak = set(_WEAK_KEYS)
    docs: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for m in claim.participants:
            docs[m.key].add(claim.document_id)
            if m.kind == "country":
                weak.add(m.key)
    total = len({c.document_id for c in claims})
    if total >= LARGE_SET:
        common = {k for k, d in docs.items()
                  if len(d) >= COMMON_MIN and len(d) / total > COMMON_SHARE}
        weak |= common - _story_names(common, docs, weak)
    return weak


STORY_SHARE = 0.5
"""A common name stays strong evidence when most of the documents that name it also
share one other name that is not common (:func:`_story_names`)."""


STORY_CLUSTER = 0.04
"""The largest share of a feed's documents that one story's common names may span."""
STORY_MIN = 8
"""However small the feed, a story told by this many reports or fewer may have only common
names (in a feed of 69 documents, the six reports of one fire are 9% of it)."""
STORY_OVERLAP = 0.8
"""How many of a common name's reports another must share to be of one story with it."""


def _story_names(common: set[str], docs: dict[str, set[str]], weak: set[str]) -> set[str]:
    """The common names that belong to one story told by several articles: ``Nvidia``
    in six reports of its results, each of which also names ``Jensen Huang`` or
    ``Blackwell``, not ``the New York Stock Exchange`` across an archive of unrelated
    business news. A name counts as a story's when at least :data:`STORY_SHARE` of its
    documents share another name that is neither common nor weak."""
    by_doc: dict[str, set[str]] = defaultdict(set)
    for key, found in docs.items():
        if key not in common and key not in weak:
            for doc in found:
                by_doc[doc].add(key)
    out = set()
    for key in common:
        found = docs[key]
        together = Counter(k for doc in found for k in by_doc[doc])
        if together and max(together.values()) >= STORY_SHARE * len(found):
            out.add(key)
    # A story told by more reports than the common share has only common names: each
    # is still the story's when another common name lies in nearly all its reports and
    # the two are rare in the feed ("Wang Fuk Court" and "Tai Po" in ten reports of a
    # fire), not when they run through it ("New York Stock Exchange", "Dow Jones").
    total = len({doc for found in docs.values() for doc in found})
    rare = {k for k in common - out if len(docs[k]) <= max(STORY_CLUSTER * total, STORY_MIN)}
    for key in sorted(rare):
        found = docs[key]
        if any(other != key and len(found & docs[other]) >= STORY_OVERLAP * len(found)
               for other in rare):
            out.add(key)
    return out


def _keys(claim: Claim) -> frozenset[str]:
    """The names that tie a claim to others: its participants, less the news agencies
    that report it."""
    return frozenset(m.key for m in claim.participants if m.key not in NEWS_OUTLETS)


def _predicate(claim: Claim) -> str | None:
    """The claim's event predicate, with synonyms ("die", "kill") in one class."""
    if claim.event is None:
        return None
    return EVENT_CLASSES.get(claim.event.predicate, claim.event.predicate)


def _block_keys(claim: Claim) -> list[tuple[str, ...]]:
    """The blocks a claim joins: its event predicate, and any fact its figures name."""
    keys: list[tuple[str, ...]] = []
    predicate = _predicate(claim)
    if predicate is not None and predicate not in COMMUNICATION:
        # "X said $40 million", "Y said $50 million": sayings are not facts.
        keys.append((predicate,))
    facts = {FACT_UNITS[q.unit] for q in claim.quantities if q.unit in FACT_UNITS}
    keys.extend((fact,) for fact in sorted(facts | attribute_facts(claim)))
    return keys


def _pairs(block: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of a block sorted by id, the smaller id first (ids are unique).

    A block still larger than :data:`MAX_BLOCK` once split by participant (a thousand
    claims of one verb and one name) is read as a sorted neighbourhood: in order of
    publication, each claim meets the :data:`MAX_BLOCK` claims after it. Reports of one
    event are published close together, and the pairs grow with the claims, not with
    their square."""
    if len(block) <= MAX_BLOCK:
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                yield a, b
        return
    ordered = sorted(block, key=lambda c: (c.span.document.published or dt.date.max,
                                           c.document_id, c.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + MAX_BLOCK]:
            yield (a, b) if a.id < b.id else (b, a)


def _blocks(claims: Iterable[Claim]) -> dict[tuple[str, ...], list[Claim]]:
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        for key in _block_keys(claim):
            blocks[key].append(claim)
    for key in [k for k, v in blocks.items() if len(v) > MAX_BLOCK]:
        # Split an oversized block by each participant: every pair that shares a
        # participant still meets in some sub-block.
        big = blocks.pop(key)
        for claim in big:
            # A claim naming nobody meets only its own article's claims here: one
            # shared sub-block for all of them would bring the square back.
            for p in _keys(claim) or {"@" + claim.document_id}:
                blocks[(*key, p)].append(claim)
    return blocks


def _forenames(claim: Claim, key: str) -> set[str]:
    """The given names the claim writes before the surname ``key`` (``Ilse Brandt``)."""
    return {m.span.text.split()[-2].lower() for m in claim.participants
            if m.key == key and len(m.span.text.split()) >= 2}


def _voting_body(fact: str, a: Claim, b: Claim) -> str | None:
    """The name both claims give the body a split's fact is of (``House of
    Representatives`` for ``split of the vote of the house``), if they share one."""
    body = body_of(fact)
    if body is None:
        return None
    return next((k for k in sorted(_keys(a) & _keys(b))
                 if k == body or k.split()[-1] == body), None)


def _two_people(a: Claim, b: Claim, key: str) -> bool:
    """Whether two claims name two people of one surname: ``Ilse Brandt`` and ``Tomas
    Brandt`` (a bare ``Brandt`` may be either)."""
    fa, fb = _forenames(a, key), _forenames(b, key)
    return bool(fa and fb and not fa & fb)


def _fullest(a: Claim, b: Claim, key: str, words: int = 2) -> str:
    """A name as the two claims write it at its fullest: a person's last ``words`` words
    (``Ilse Brandt``), or with ``words=0`` all of it (``New Orla City``)."""
    forms = [" ".join(m.span.text.split()[-words:] if words else m.span.text.split())
             for c in (a, b) for m in c.participants if m.key == key]
    return max(forms, key=lambda f: (len(f), f)) if forms else key.title()


def _subject(event: Event) -> str | None:
    """The noun an event is said of, unless it names the event itself (``the collision
    happened``): then it tells nothing of whose event it was (``the jet collided``). Plain
    synonyms are one thing: ``the plane crashed`` and ``the jet crashed``."""
    own = EVENT_CLASSES.get(event.predicate, event.predicate)
    if event.subject is None or event.subject == own:
        return None
    return thing_of(event.subject)


def _named_after(claim: Claim, key: str) -> bool:
    """Whether ``claim`` names ``key`` only after its event word: someone who came after
    the act, not who did it (``Lekhak resigned and was soon followed by Adhikari``)."""
    assert claim.event is not None
    spans = [m.span.start for m in claim.participants if m.key == key]
    return bool(spans) and min(spans) >= claim.event.span.end


def _named_besides(claim: Claim) -> bool:
    """Whether the claim names its sayer elsewhere than as the sayer (``killed 72 people
    in Kesh province, officials in Kesh said``: Kesh is where, too)."""
    sayer = claim.asserted_by
    return sayer is not None and any(
        m.key == sayer.key and m.span.start != sayer.span.start for m in claim.participants)


def _same_in_series(a: str | None, b: str | None) -> bool:
    """Whether two events' places in a series (see :attr:`Event.ordinal`) can be one:
    an event no ordinal marks is the first or only one, and ``another`` is any but
    the first."""
    a, b = a or "first", b or "first"
    return a == b or ("another" in (a, b) and "first" not in (a, b))


_PARTS_OF_A_CONTEST = frozenset(
    "round stage leg match game set heat session foursome fourball single singles "
    "quarterfinal quarter-final semifinal semi-final primary qualifier qualifying "
    "group".split())
"""What a contest is played in parts of: ``won the Friday morning foursomes`` or ``won
the first round`` is one part, not the whole contest another report says was won."""


_NUMBERED_PART = re.compile(r"\b(?P<part>Game|Match|Round|Race|Leg|Stage|Heat|Week|Test)\s+"
                            r"(?P<number>\d{1,3})\b")
"""A numbered part of a contest: ``Game 6``, ``Stage 12``, ``Week 10``."""


def _numbered_parts(claim: Claim) -> dict[str, frozenset[str]]:
    """The numbered parts of a contest ``claim`` names, by kind: ``{"Game": {"6"}}``."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in _NUMBERED_PART.finditer(claim.span.text):
        found[m["part"]].add(m["number"])
    return {part: frozenset(numbers) for part, numbers in found.items()}


def _other_parts(parts_a: dict[str, frozenset[str]], parts_b: dict[str, frozenset[str]]
                 ) -> bool:
    """Whether two claims name numbered parts of one kind and none in common: ``a Game 6
    win on Friday`` and ``their first lead in Game 7`` are two games' wins."""
    return any(part in parts_b and not numbers & parts_b[part]
               for part, numbers in parts_a.items())


class _Evidence:
    """What the whole set of claims says about names and stories, for one alignment run."""

    def __init__(self, claims: list[Claim], named: Sequence[Claim] = ()) -> None:
        self.keys = {c.id: _keys(c) for c in claims}
        self.parts = {c.id: parts for c in claims if (parts := _numbered_parts(c))}
        self.leads = _lead_predicates(claims)
        self.weak = _weak_keys([*claims, *named])
        self.story: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            self.story[claim.document_id] |= self.keys[claim.id] - self.weak
        for claim in named:
            # "The death of Ozzy Osbourne has been announced": a sentence that only names
            # someone still tells which story the article is
            self.story[claim.document_id] |= _keys(claim) - self.weak

    def related(self, a: Claim, b: Claim) -> bool:
        """Same article, or two articles sharing at least two specific names."""
        return a.document_id == b.document_id or len(
            self.story[a.document_id] & self.story[b.document_id]) >= 2

    def fact(self, fact: str, a: Claim, b: Claim) -> Alignment | None:
        """Two figures of one fact of the story (the people aboard, the ship's length),
        whatever the verb."""
        person = person_of(fact)
        holder = person or stake_of(fact) or vote_share_of(fact)
        owner = holder or price_of(fact) or _voting_body(fact, a, b)
        # the one name the fact is of, if any: a person, a holder, what was bought, the
        # body that voted
        if not self.related(a, b) and not (
                owner is not None and owner not in self.weak
                and owner in self.story[a.document_id] & self.story[b.document_id]):
            # Two articles that share only one name share a person's age, or a holder's
            # stake, when that name is the person's own (and not common in the feed):
            # "Mamdani, 34"
            return None
        if holder is not None and _two_people(a, b, holder):
            return None
        where = ("the same article" if a.document_id == b.document_id
                 else "articles about the same story")
        what = f"both give the {fact}" if is_attribute(fact) \
            else "both give the size of the crowd" if fact == CROWD \
            else f"both count the people {fact}"
        if person is not None:
            what = f"both give the age of {_fullest(a, b, person)}"
        elif (ends := distance_of(fact)) is not None:
            origin, reference = (_fullest(a, b, key, words=0) if key in self.keys[a.id]
                                 else f"the {key}" for key in ends)
            what = f"both give the distance of {origin} from {reference}"
        elif (place := place_of(fact)) is not None:
            what = f"both give the population of {_fullest(a, b, place, words=0)}"
        elif (bought := price_of(fact)) is not None:
            what = f"both give the price paid for {_fullest(a, b, bought, words=0)}"
        elif (holder := stake_of(fact)) is not None:
            what = f"both give the share of the company {_fullest(a, b, holder)} holds"
        elif (winner := vote_share_of(fact)) is not None:
            name = _fullest(a, b, winner, words=0)
            name = name[4:] if name.lower().startswith("the ") else name  # "The Kesh Union"
            what = f"both give the share of the vote {name} won" + (
                FIRST_ROUND if fact.endswith(FIRST_ROUND) else "")
        elif (group := group_of(fact)) is not None:
            what = f"both give the number of {group.title()} in a breakdown by nationality"
        return Alignment(fact, None, tuple(sorted(self.keys[a.id] & self.keys[b.id])), 0.6,
                         f"{what}, in {where}")

    def _other_cause(self, a: Claim, b: Claim) -> bool:
        """Whether ``a``'s event has a cause (``wall collapses have killed``) that ``b``
        does not share: ``b``'s sentence names another cause, or names none and, from
        another article, its lead does not name this one either."""
        assert a.event is not None
        assert b.event is not None
        cause = a.event.subject
        if cause is None or cause not in HAPPENING_CLASSES or cause == b.event.subject:
            return False
        named = _happenings(b.span.text) & HAPPENING_CLASSES
        if cause in named:
            return False
        if named:
            return True  # b's sentence names its own cause: "after a dam breach flooded"
        return a.document_id == b.document_id or cause not in self.leads[b.document_id]

    def event(self, predicate: str, a: Claim, b: Claim) -> Alignment | None:
        """Whether two claims with one predicate describe one event, and why."""
        assert a.event is not None
        assert b.event is not None
        oa, ob = (thing_of(e.object) if e.object else None for e in (a.event, b.event))
        if oa and ob and oa != ob:
            return None  # "impose tariff" and "impose sanction" are different events
            # ("cut 4,000 jobs" and "eliminate 3,500 positions" are one)
        if (oa in _PARTS_OF_A_CONTEST) != (ob in _PARTS_OF_A_CONTEST):
            return None  # "won the Friday morning foursomes" is not "won the Ryder Cup"
        sa, sb = _subject(a.event), _subject(b.event)
        if sa and sb and sa != sb and not {a.event.subject, b.event.subject} & HAPPENING_CLASSES:
            return None  # "sales fell" and "profit fell": two facts (a cause, "crashed,
            # killing 241", is weighed by _other_cause below)
        if not _same_in_series(a.event.ordinal, b.event.ordinal):
            return None  # "the first landslide" at 2 a.m. and "a second" at 4: two events
        if a.id in self.parts and b.id in self.parts \
                and _other_parts(self.parts[a.id], self.parts[b.id]):
            return None  # "a Game 6 win" and "the Game 7 win": two games
        if self._other_cause(a, b) or self._other_cause(b, a):
            return None  # "wall collapses have killed 30" and the dam burst's 11 dead
        ka, kb = self.keys[a.id], self.keys[b.id]
        if a.asserted_by is not None and b.asserted_by is not None \
                and a.asserted_by.key == b.asserted_by.key and (
                    predicate in HAPPENING_CLASSES or (
                        predicate in HARM_CLASSES and not _named_besides(a)
                        and not _named_besides(b))):
            # "a quake struck Orla, the USGS said" and "a quake struck Tolva, the USGS
            # said": one agency telling of two quakes, storms or crashes names neither;
            # so does one minister telling of two boat strikes' dead (of an act, the
            # sayer is often the actor: "the State Department said it was revoking")
            ka, kb = ka - {a.asserted_by.key}, kb - {b.asserted_by.key}
        if a.document_id == b.document_id and not (oa and oa == ob) and (
                (ka - self.weak or kb - self.weak) and not (ka & kb) - self.weak):
            # One article's 15 dead in Chiapas and 71 in Oaxaca, or its four who died in
            # Taroko park and its toll of nine: parts, or a part and the whole, not rivals.
            return None
        ga, gb = a.event.agent, b.event.agent
        if ga and gb and ga != gb and (
                (ga in kb and gb in ka) or _named_after(a, gb) or _named_after(b, ga)):
            # A's tariff on B and B's tariff on A; "Lekhak resigned and was followed by
            # Adhikari" and "Adhikari resigned": the other's actor named after this act
            # did not do it: two events, not one
            return None
        shared = sorted(ka & kb)
        strong = [k for k in shared if k not in self.weak]
        if ga and gb and ga != gb and not set(strong) - {ga, gb}:
            return None  # different actors and nothing else specific in common
        same_object = bool(oa and oa == ob)
        # Within one article every sentence shares its country: only a shared
        # name counts as evidence across two articles of the same story.
        shared_elsewhere = bool(shared) and a.document_id != b.document_id
        if not strong:
            # Without a specific shared name, claims align only in articles that
            # tell the same story, and only on further evidence: a shared country
            # or institution, the same object, or the event both articles open with.
            lead_event = (predicate in self.leads[a.document_id]
                          and predicate in self.leads[b.document_id])
            if not (self.related(a, b) and (shared_elsewhere or same_object or lead_event)):
                return None
        if strong:
            score = round(0.6 + 0.4 * len(strong) / max(len(ka | kb), 1), 3)
        elif same_object:
            score = 0.55
        elif shared_elsewhere and not (ka - self.weak and kb - self.weak):
            score = 0.5  # two articles of one story naming the same country
        else:
            # Only the story's main event word ties them, or each names its own
            # place or party ("Maharashtra", "Mumbai") and they share only the
            # country: a weak alignment, which caps the severity of what is found.
            score = WEAK_ALIGNMENT
        obj = a.event.object or b.event.object  # as written, not its class
        what = f"“{predicate}”" + (f" of “{obj}”" if obj else "")
        if strong:
            reason = f"both describe {what} involving {', '.join(strong)} (similarity {score:.2f})"
        else:
            common = sorted(self.story[a.document_id] & self.story[b.document_id])[:4]
            reason = (f"both describe {what}, in articles about the same story "
                      f"({', '.join(common) or 'the same article'})")
        return Alignment(predicate, obj, tuple(shared), score, reason)


def aligned_pairs(claims: Iterable[Claim], named: Sequence[Claim] = ()
                  ) -> list[tuple[Claim, Claim, Alignment]]:
    """Pairs of claims about the same event, each with the reason for aligning them.

    ``named`` are claims of sentences that only name people
    (:func:`~claimtrack.extract.claims.name_claims`): never aligned themselves, they add
    their names to their articles' stories.

    Returns:
        Pairs in a deterministic order (by block, then claim ids), each pair once.
    """
    claims = list(claims)
    evidence = _Evidence(claims, named)
    blocks = _blocks(claims)
    seen: set[tuple[str, str, str]] = set()
    out: list[tuple[Claim, Claim, Alignment]] = []
    for key in sorted(blocks):
        head = key[0]
        # A pair aligns once for its event, and once more for each attribute both give
        # (the quake's magnitude, the aftershock's): each is compared on its own.
        kind = head if is_attribute(head) else ""
        for a, b in _pairs(sorted(blocks[key], key=lambda c: c.id)):
            if (a.id, b.id, kind) in seen:
                continue  # met already in another sub-block
            why = (evidence.fact(head, a, b) if is_fact(head)
                   else evidence.event(head, a, b))
            if why is not None:
                seen.add((a.id, b.id, kind))
                out.append((a, b, why))
    return out


def quote_pairs(claims: Iterable[Claim]) -> list[tuple[Claim, Claim, Alignment]]:
    """Pairs of quotes attributed to the same speaker."""
    by_speaker: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.quote is not None and claim.quote.speaker is not None:
            by_speaker[claim.quote.speaker.key].append(claim)
    out = []
    for speaker in sorted(by_speaker):
        block = sorted(by_speaker[speaker], key=lambda c: c.id)
        for a, b in _pairs(block):
            out.append((a, b, Alignment("quote", None, (speaker,), 1.0,
                                        f"both quote {speaker.title()}")))
    return out
