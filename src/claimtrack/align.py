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

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from claimtrack.claims import Claim, Quantity
from claimtrack.extract.lexicon import (
    COMMUNICATION,
    EVENT_CLASSES,
    EVENT_NOUNS,
    HAPPENING_CLASSES,
    lemma_of,
)
from claimtrack.findings import Alignment

__all__ = [
    "ABOARD",
    "AGE_OF",
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
FACT_UNITS: dict[str, str] = {"people aboard": ABOARD}
"""Units that name a fact of the story whatever verb the sentence uses: the people
aboard a vessel or aircraft ("189 passengers on board the aircraft that
crashed", "a flight with 190 on board"). Claims with such figures also meet in
a block of that fact."""
FACT_BLOCKS: frozenset[str] = frozenset(FACT_UNITS.values())

AGE_OF = "age of the "
"""Prefix of an attribute fact: ``the 19-year-old dam`` and ``the 14-year-old dam``
give the age of one thing (the definite article says the story knows which)."""

MAGNITUDE_OF = "magnitude of the "
"""Prefix of a fact of one earthquake: ``a 6.9-magnitude earthquake``, ``a magnitude 6.1
quake`` and ``the magnitude 6.5 tremor`` give the magnitude of the story's quake. The
dates of the claims still tell two quakes apart (the one of 2013 recalled in passing)."""

_QUAKES = frozenset({"earthquake", "aftershock"})
"""The event classes (:data:`EVENT_NOUNS`) a magnitude is given to."""

_NEXT_WORD = re.compile(r"[\s-]+([a-z]{3,})\b")

_QUAKE_WORD = re.compile(
    rf"\b({'|'.join(sorted(w for w, kind in EVENT_NOUNS.items() if kind in _QUAKES))})s?\b",
    re.IGNORECASE)
"""Any noun of a quake (:data:`EVENT_NOUNS` of the :data:`_QUAKES` classes)."""

_QUAKE_REACH = 120
"""How far before a magnitude (in characters) the quake it measures may be named: ``an
aftershock, measuring 7.0``, ``aftershocks including one measuring a strong 6.4 magnitude``."""


def is_fact(head: str) -> bool:
    """Whether a block key names a fact of the story rather than an event predicate."""
    return head in FACT_BLOCKS or is_attribute(head)


def is_attribute(head: str) -> bool:
    """Whether a block key names a figure of one thing: its age, a quake's magnitude."""
    return head.startswith((AGE_OF, MAGNITUDE_OF))


def measures(head: str, claim: Claim, quantity: Quantity) -> bool:
    """Whether ``quantity`` of ``claim`` is a figure the fact ``head`` compares: an age
    fact compares ages and a magnitude fact the magnitudes of its own quake (not the
    aftershock's), not the claims' other figures; the other facts compare every figure
    but magnitudes, which are only ever compared as their quake's fact."""
    if head.startswith(AGE_OF):
        return quantity.kind == "age"
    if quantity.unit != "magnitude":
        return not head.startswith(MAGNITUDE_OF)
    base = claim.span.start
    quake = _quake_measured(claim.span.text, quantity.span.start - base,
                            quantity.span.end - base)
    return quake is not None and head == MAGNITUDE_OF + quake


def _quake_measured(text: str, at: int, end: int) -> str | None:
    """The class of the quake a magnitude at ``[at, end)`` of ``text`` is given to: the
    quake noun right after it (``a 6.4-magnitude aftershock``), else the nearest one
    before it (``the quake, with an initial magnitude of 7.7``)."""
    thing = _NEXT_WORD.match(text, end)
    if thing is not None and (
            kind := EVENT_NOUNS.get(thing.group(1).lower().removesuffix("s"))) in _QUAKES:
        return kind
    before = list(_QUAKE_WORD.finditer(text, max(0, at - _QUAKE_REACH), at))
    if not before:
        return None
    return EVENT_NOUNS[before[-1].group(1).lower()]


def _attribute_facts(claim: Claim) -> set[str]:
    """``age of the dam`` for each ``the N-year-old dam`` in the claim, and ``magnitude
    of the earthquake`` for each magnitude given to a quake."""
    facts = set()
    text, base = claim.span.text, claim.span.start
    for q in claim.quantities:
        at, end = q.span.start - base, q.span.end - base
        if q.unit == "magnitude":
            if (kind := _quake_measured(text, at, end)) is not None:
                facts.add(MAGNITUDE_OF + kind)
            continue
        thing = _NEXT_WORD.match(text, end)
        if thing is not None and q.kind == "age" and text[max(0, at - 4) : at].lower(
                ).endswith("the "):
            facts.add(AGE_OF + thing.group(1).lower())
    return facts

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
        weak |= {k for k, d in docs.items()
                 if len(d) >= COMMON_MIN and len(d) / total > COMMON_SHARE}
    return weak


def _keys(claim: Claim) -> frozenset[str]:
    return frozenset(m.key for m in claim.participants)


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
    keys.extend((fact,) for fact in sorted(facts | _attribute_facts(claim)))
    return keys


def _pairs(block: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Every pair of a block sorted by id, the smaller id first (ids are unique)."""
    for i, a in enumerate(block):
        for b in block[i + 1 :]:
            yield a, b


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


class _Evidence:
    """What the whole set of claims says about names and stories, for one alignment run."""

    def __init__(self, claims: list[Claim]) -> None:
        self.keys = {c.id: _keys(c) for c in claims}
        self.leads = _lead_predicates(claims)
        self.weak = _weak_keys(claims)
        self.story: dict[str, set[str]] = defaultdict(set)
        for claim in claims:
            self.story[claim.document_id] |= self.keys[claim.id] - self.weak

    def related(self, a: Claim, b: Claim) -> bool:
        """Same article, or two articles sharing at least two specific names."""
        return a.document_id == b.document_id or len(
            self.story[a.document_id] & self.story[b.document_id]) >= 2

    def fact(self, fact: str, a: Claim, b: Claim) -> Alignment | None:
        """Two figures of one fact of the story (the people aboard), whatever the verb."""
        if not self.related(a, b):
            return None
        where = ("the same article" if a.document_id == b.document_id
                 else "articles about the same story")
        what = f"both give the {fact}" if is_attribute(fact) \
            else f"both count the people {fact}"
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
        oa, ob = a.event.object, b.event.object
        if oa and ob and oa != ob:
            return None  # "impose tariff" and "impose sanction" are different events
        sa, sb = a.event.subject, b.event.subject
        if sa and sb and sa != sb:
            return None  # "sales fell" and "profit fell": two facts
        if self._other_cause(a, b) or self._other_cause(b, a):
            return None  # "wall collapses have killed 30" and the dam burst's 11 dead
        ka, kb = self.keys[a.id], self.keys[b.id]
        if a.document_id == b.document_id and not (oa and oa == ob) and (
                ka - self.weak and kb - self.weak and not (ka & kb) - self.weak):
            return None  # one article's 15 dead in Chiapas and 71 in Oaxaca: parts, not rivals
        ga, gb = a.event.agent, b.event.agent
        if ga and gb and ga != gb and ga in kb and gb in ka:
            return None  # A's tariff on B and B's tariff on A: two events, not one
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
        obj = oa or ob
        what = f"“{predicate}”" + (f" of “{obj}”" if obj else "")
        if strong:
            reason = f"both describe {what} involving {', '.join(strong)} (similarity {score:.2f})"
        else:
            common = sorted(self.story[a.document_id] & self.story[b.document_id])[:4]
            reason = (f"both describe {what}, in articles about the same story "
                      f"({', '.join(common) or 'the same article'})")
        return Alignment(predicate, obj, tuple(shared), score, reason)


def aligned_pairs(claims: Iterable[Claim]) -> list[tuple[Claim, Claim, Alignment]]:
    """Pairs of claims about the same event, each with the reason for aligning them.

    Returns:
        Pairs in a deterministic order (by block, then claim ids), each pair once.
    """
    claims = list(claims)
    evidence = _Evidence(claims)
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
        if len(block) > MAX_BLOCK:
            block = block[:MAX_BLOCK]
        for a, b in _pairs(block):
            out.append((a, b, Alignment("quote", None, (speaker,), 1.0,
                                        f"both quote {speaker.title()}")))
    return out
