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

from claimtrack.claims import Claim
from claimtrack.extract.lexicon import COMMUNICATION, EVENT_CLASSES, lemma_of
from claimtrack.findings import Alignment

__all__ = ["ABOARD", "MAX_BLOCK", "WEAK_ALIGNMENT", "aligned_pairs", "quote_pairs"]

WEAK_ALIGNMENT = 0.45
"""Score of an alignment resting only on the story's lead event word; conflicts
found on such alignments are reported at low severity."""

ABOARD = "aboard"
"""Block of claims counting the people aboard a vessel or aircraft: a fact of the
trip itself, whatever verb the sentence uses ("189 passengers on board the
aircraft that crashed", "a flight with 190 on board")."""

MAX_BLOCK = 400
"""Largest block compared pairwise; larger ones are split by participant."""

_WEAK_KEYS = frozenset({"united states", "united nations", "european union"})


_LEAD_CHARS = 600
_WORD = re.compile(r"[A-Za-z]+")


def _lead_predicates(claims: list[Claim]) -> dict[str, frozenset[str]]:
    """For each document, the event predicates of its opening (headline and lead)."""
    leads: dict[str, frozenset[str]] = {}
    for claim in claims:
        if claim.document_id in leads:
            continue
        doc = claim.span.document
        text = "".join(doc.text[a:b] for a, b in doc.prose_ranges())[:_LEAD_CHARS]
        leads[claim.document_id] = frozenset(
            EVENT_CLASSES.get(p, p) for w in _WORD.findall(text) if (p := lemma_of(w)))
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


def _block_key(claim: Claim) -> tuple[str, ...] | None:
    predicate = _predicate(claim)
    if predicate is None or predicate in COMMUNICATION:
        return None  # "X said $40 million", "Y said $50 million": sayings are not facts
    return (predicate,)


def _pairs(block: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    for i, a in enumerate(block):
        for b in block[i + 1 :]:
            if a.id != b.id:
                yield a, b


def _blocks(claims: Iterable[Claim]) -> dict[tuple[str, ...], list[Claim]]:
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        key = _block_key(claim)
        if key is not None:
            blocks[key].append(claim)
        if any(q.unit == "people aboard" for q in claim.quantities):
            blocks[(ABOARD,)].append(claim)
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


def aligned_pairs(claims: Iterable[Claim]) -> list[tuple[Claim, Claim, Alignment]]:
    """Pairs of claims about the same event, each with the reason for aligning them.

    Returns:
        Pairs in a deterministic order (by claim ids), each pair once.
    """
    seen: set[tuple[str, str]] = set()
    out: list[tuple[Claim, Claim, Alignment]] = []
    claims = list(claims)
    keys = {c.id: _keys(c) for c in claims}
    leads = _lead_predicates(claims)
    weak = _weak_keys(claims)
    story: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        story[claim.document_id] |= _keys(claim) - weak
    blocks = _blocks(claims)
    for key in sorted(blocks):
        for a, b in _pairs(sorted(blocks[key], key=lambda c: c.id)):
            pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if pair in seen:
                continue
            if key[0] == ABOARD:
                if a.document_id == b.document_id or len(
                        story[a.document_id] & story[b.document_id]) >= 2:
                    seen.add(pair)
                    first, second = (a, b) if a.id < b.id else (b, a)
                    out.append((first, second, Alignment(
                        ABOARD, None, tuple(sorted(keys[a.id] & keys[b.id])), 0.6,
                        "both count the people aboard, in "
                        + ("the same article" if a.document_id == b.document_id
                           else "articles about the same story"))))
                continue
            assert a.event is not None
            assert b.event is not None
            oa, ob = a.event.object, b.event.object
            if oa and ob and oa != ob:
                continue  # "impose tariff" and "impose sanction" are different events
            sa, sb = a.event.subject, b.event.subject
            if sa and sb and sa != sb:
                continue  # "sales fell" and "profit fell": two facts
            ga, gb = a.event.agent, b.event.agent
            if ga and gb and ga != gb and ga in keys[b.id] and gb in keys[a.id]:
                continue  # A's tariff on B and B's tariff on A: two events, not one
            shared = sorted(keys[a.id] & keys[b.id])
            strong = [k for k in shared if k not in weak]
            if ga and gb and ga != gb and not set(strong) - {ga, gb}:
                continue  # different actors and nothing else specific in common
            related = a.document_id == b.document_id or len(
                story.get(a.document_id, set()) & story.get(b.document_id, set())) >= 2
            # Without a specific shared name, claims align only in articles that
            # tell the same story, and only on further evidence: a shared country
            # or institution, the same object, or the event both articles open with.
            predicate = key[0]
            lead_event = (predicate in leads[a.document_id]
                          and predicate in leads[b.document_id])
            # Within one article every sentence shares its country: only a shared
            # name counts as evidence across two articles of the same story.
            shared_counts = bool(shared) and a.document_id != b.document_id
            same_story = related and (shared_counts or bool(oa and oa == ob) or (
                lead_event and (not oa or not ob or oa == ob)))
            if not strong and not same_story:
                continue
            seen.add(pair)
            union = keys[a.id] | keys[b.id]
            if strong:
                score = round(0.6 + 0.4 * len(strong) / max(len(union), 1), 3)
            elif oa and oa == ob:
                score = 0.55
            elif shared and a.document_id != b.document_id:
                score = 0.5  # two articles of one story naming the same country
            else:
                # Only the story's main event word ties them: a weak alignment,
                # which caps the severity of anything found on it.
                score = WEAK_ALIGNMENT
            obj = oa or ob
            what = f"“{predicate}”" + (f" of “{obj}”" if obj else "")
            if strong:
                reason = (f"both describe {what} involving {', '.join(strong)}"
                          f" (similarity {score:.2f})")
            else:
                common = sorted(story[a.document_id] & story[b.document_id])[:4]
                reason = (f"both describe {what}, in articles about the same story "
                          f"({', '.join(common) or 'the same article'})")
            first, second = (a, b) if a.id < b.id else (b, a)
            out.append((first, second, Alignment(predicate, obj, tuple(shared), score,
                                                 reason)))
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
