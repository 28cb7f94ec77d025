"""Detect conflicts, agreements and disputes among aligned claims.

For every aligned pair (see :mod:`claimtrack.align`) the compatibility rules
of :mod:`claimtrack.compare` decide whether the values agree, clash, or
describe separate facts. Threats, hypotheses and denials never make a
factual conflict: a denial against an assertion is a :class:`Dispute`. A
claim never conflicts with itself, and a page's repeated body counts once
(repeats are one claim, see ``Claim.also_at``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from claimtrack.align import ABOARD, WEAK_ALIGNMENT, aligned_pairs, quote_pairs
from claimtrack.claims import Claim, DateSlot, Mention, Quantity
from claimtrack.compare import compare_dates, compare_quantities, compare_quotes, quote_words
from claimtrack.extract.lexicon import COMMUNICATION, MOVEMENTS, lemma_of
from claimtrack.findings import (
    Agreement,
    Alignment,
    CitedEvidence,
    Conflict,
    Dispute,
    Position,
    Severity,
)
from claimtrack.model import Document
from claimtrack.sources import Sources
from claimtrack.temporal import find_dates

__all__ = ["detect"]

_FACTUAL = frozenset({"asserted", "reported", "planned"})
_RISING = re.compile(r"\b(?:rose|risen|rises|rising|climbed|climbs|climbing|mounted|mounting|"
                     r"so\s+far|has\s+grown|jumped)\b", re.IGNORECASE)
_TOLL = re.compile(r"\b(?:toll|tally|so\s+far)\b", re.IGNORECASE)
_TALLY_UNITS = re.compile(r"people|dead|deaths|killed|injured|casualties|victims|missing|"
                          r"cases|arrests|evacuated", re.IGNORECASE)


def _sort_key(key: tuple[object, ...]) -> tuple[str, ...]:
    """A total order for merge keys whose parts may be missing (``None``) or numbers."""
    return tuple("" if part is None else f"{part:>24}" if isinstance(part, float)
                 else str(part) for part in key)


def _stable_id(prefix: str, parts: Iterable[str]) -> str:
    digest = hashlib.sha1("\x1f".join(sorted(parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


_INFERRED_DAY = frozenset({"clock", "clock24", "noon"})


_WRITTEN = frozenset({"dmy", "mdy", "iso", "fuzzy_month", "numeric", "month_day", "day_month",
                      "month_year", "year", "month", "quarter", "decade", "fiscal_year"})


def _written(slot: DateSlot) -> bool:
    """Whether the date is written out rather than worked out (``Friday``, ``last week``)."""
    return slot.rule in _WRITTEN


def _same_words(a: Claim, b: Claim) -> bool:
    """Whether two claims are the same sentence (a republished paragraph)."""
    return " ".join(a.span.text.split()) == " ".join(b.span.text.split())


def _same_actor(a: Claim, b: Claim) -> bool:
    """Whether both claims name the same subject noun or the same agent."""
    if a.event is None or b.event is None:
        return False
    if a.event.subject and a.event.subject == b.event.subject:
        return True
    return bool(a.event.agent and a.event.agent == b.event.agent)


def _only_one(det: _Detector, claim: Claim, quantity: Quantity) -> bool:
    """Whether the claim's sentence states just this one figure of its kind and unit."""
    same = [q for q in det.sentence_quantities[(claim.document_id, claim.span.start)]
            if q.kind == quantity.kind and q.unit == quantity.unit and q.per == quantity.per]
    return len(same) == 1


def _primary_date(claim: Claim) -> DateSlot | None:
    """The claim's date for its event: the written date nearest the event word.

    A bare clock time ("at 9:59 p.m.") takes its day from elsewhere, so it
    never outranks a date the sentence writes.
    """
    dated = [d for d in claim.dates if d.type in ("DATE", "TIME")]
    written = [d for d in dated if d.rule not in _INFERRED_DAY]
    dated = written or dated
    if not dated:
        return None
    if claim.event is None:
        return dated[0]
    at = claim.event.span.start
    return min(dated, key=lambda d: (abs(d.span.start - at), d.span.start))


def _event_words(claim: Claim, alignment: Alignment) -> str:
    what = alignment.predicate
    if alignment.object:
        what += f" {alignment.object}"
    names = [k.title() for k in alignment.shared][:3]
    return what + (f" ({', '.join(names)})" if names else "")


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date_severity(a: DateSlot, b: DateSlot, ca: Claim, cb: Claim) -> tuple[Severity, str]:
    explicit = a.resolution == b.resolution == "absolute"
    precise = a.granularity == b.granularity == "day"
    confident = min(a.confidence, b.confidence) >= 0.8
    if explicit and precise and confident:
        return "high", "both dates are written out to the day"
    if explicit and precise:
        return "medium", "both dates are written out, but one is read with low confidence"
    if precise and {a.rule, b.rule} <= {"dmy", "mdy", "iso", "fuzzy_month", "numeric",
                                         "month_day", "day_month"}:
        return "medium", "day and month are written out; a year was taken from the publication date"
    if explicit:
        return "medium", "the dates are explicit but not both precise to the day"
    return "low", "at least one date was worked out from the publication date"


def _cap(found: tuple[Severity, str], why: Alignment) -> tuple[Severity, str]:
    """An alignment resting only on the story's main event word caps severity at low."""
    if why.score <= WEAK_ALIGNMENT and found[0] != "low":
        return "low", found[1] + "; but the claims share only the article's main event word"
    return found


def _quantity_severity(a: Quantity, b: Quantity) -> tuple[Severity, str]:
    if a.low == a.high and b.low == b.high:
        ratio = abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)
        if ratio > 0.1:
            return "high", f"two exact figures {ratio:.0%} apart"
        return "medium", f"two exact figures {ratio:.0%} apart"
    gap = max(a.low, b.low) / max(min(a.high, b.high), 1e-9)
    if gap > 1.5:
        return "medium", f"hedged figures, but even their ranges are {gap:.1f} times apart"
    return "low", "at least one figure is hedged (about, more than ...)"


class _Detector:
    def __init__(self, documents: Sequence[Document], claims: Sequence[Claim]) -> None:
        self.docs = {d.id: d for d in documents}
        self.claims = claims
        self.sources = Sources(documents)
        self.evidence = _cited_evidence(documents)
        self._parent: dict[str, str] = {}
        # Every figure of each sentence, whichever event claim it was given to.
        self.sentence_quantities: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
        for claim in claims:
            self.sentence_quantities[(claim.document_id, claim.span.start)].extend(
                claim.quantities)

    def link(self, pairs: Iterable[tuple[Claim, Claim, Alignment]]) -> None:
        """Join aligned claims into components: one event each, for merging copies."""
        for a, b, _ in pairs:
            ra, rb = self.component(a.id), self.component(b.id)
            if ra != rb:
                self._parent[max(ra, rb)] = min(ra, rb)

    def component(self, claim_id: str) -> str:
        """The smallest claim id of the claim's event component."""
        parent = self._parent
        root = claim_id
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(claim_id, claim_id) != root:
            parent[claim_id], claim_id = root, parent[claim_id]
        return root

    def position(self, claim: Claim, value: str | float, start: int, end: int,
                 unit: str | None, supporters: Iterable[str]) -> Position:
        docs = tuple(sorted(set(supporters) | {claim.document_id}))
        return Position(claim=claim, value=value, value_start=start, value_end=end, unit=unit,
                        sources=self.sources.independent(docs), documents=docs)


def _cited_evidence(documents: Sequence[Document]) -> dict[str, list[CitedEvidence]]:
    """Reference list entries, by the event predicates their titles use."""
    found: dict[str, list[CitedEvidence]] = defaultdict(list)
    for doc in documents:
        for region in doc.regions:
            if region.kind != "references":
                continue
            for line in re.finditer(r"[^\n]+", doc.text[region.start : region.end]):
                a = region.start + line.start()
                entry = line.group(0)
                dated = [e for e in find_dates(entry) if e.granularity == "day"
                         and e.resolution == "absolute" and e.type == "DATE"]
                if not dated:
                    continue
                # The publication date of the cited piece: the first full date
                # not introduced by "Accessed".
                pick = next((e for e in dated
                             if "accessed" not in entry[max(0, e.start - 12) : e.start].lower()),
                            None)
                if pick is None:
                    continue
                day = dt.date.fromisoformat(pick.value[:10])
                lemmas = {lemma_of(w) for w in re.findall(r"[A-Za-z]+", entry)} - {None}
                for lemma in lemmas:
                    assert lemma is not None
                    found[lemma].append(CitedEvidence(doc.id, a + pick.start, a + pick.end, day,
                                                      _quote(entry, 240)))
    return found


def _dates(det: _Detector, pairs: list[tuple[Claim, Claim, Alignment]],
           conflicts: list[Conflict], agreements: dict[str, list]) -> None:  # type: ignore[type-arg]
    support: dict[str, set[str]] = defaultdict(set)
    clashes = []
    for a, b, why in pairs:
        if a.modality not in _FACTUAL or b.modality not in _FACTUAL:
            continue
        da, db = _primary_date(a), _primary_date(b)
        if da is None or db is None:
            continue
        relation, reason = compare_dates(da, db)
        if relation == "clash" and (_same_words(a, b) or not (_written(da) or _written(db))):
            # One sentence republished (resolved against two publication dates),
            # or two weekdays worked out from publication dates: too uncertain.
            continue
        if relation == "same" and da.granularity == "day":
            _attribution(det, a, b, da, why, conflicts)
        if relation in ("same", "compatible"):
            support[a.id].add(b.document_id)
            support[b.id].add(a.document_id)
            if a.document_id != b.document_id:
                agreements[det.component(a.id)].append((a, da, b, db, why))
        elif relation == "clash":
            clashes.append((a, da, b, db, why, reason))
    clashed = {c.id for a, _, b, _, _, _ in clashes for c in (a, b)}
    for group in list(agreements):
        agreements[group] = [item for item in agreements[group]
                           if item[0].id not in clashed and item[2].id not in clashed]
    merged: dict[tuple[str, str | None, str, str], list] = defaultdict(list)  # type: ignore[type-arg]
    for a, da, b, db, why, reason in clashes:
        (ca, sa), (cb, sb) = sorted([(a, da), (b, db)], key=lambda cs: cs[1].value)
        merged[(det.component(a.id), why.object, sa.value, sb.value)].append(
            (ca, sa, cb, sb, why, reason))
    for key in sorted(merged, key=_sort_key):
        items = merged[key]
        a, da, b, db, why, reason = min(items, key=lambda it: (it[0].id, it[2].id))
        sides: dict[str, list[Claim]] = defaultdict(list)
        for ca, sa, cb, sb, _, _ in items:
            sides[sa.value].append(ca)
            sides[sb.value].append(cb)
        severity, rule = _cap(_date_severity(da, db, a, b), why)
        positions = []
        for claim, slot in ((a, da), (b, db)):
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
        lines = [
            f"The {'same article gives' if same_doc else 'articles give'} two dates for "
            f"“{event}”: {da.value} and {db.value} ({reason}).",
        ]
        for claim, slot, pos in ((a, da, positions[0]), (b, db, positions[1])):
            lines.append(f"{claim.document_id} says {slot.value} (stated by {pos.sources} "
                         f"independent source{'s' if pos.sources != 1 else ''}): "
                         f"“{_quote(claim.span.text)}”")
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


_WORDS = re.compile(r"[A-Za-z]+")


def _saying_verb_near(claim: Claim, slot: DateSlot) -> str | None:
    """A verb of saying nearer the date than the event word (``Petro stated on 15 ...``)."""
    if claim.event is None:
        return None
    text = claim.span.document.text
    event_gap = abs(claim.event.span.start - slot.span.start)
    for m in _WORDS.finditer(text, claim.span.start, claim.span.end):
        if m.group(0)[0].isupper():
            continue  # "Department of State" names an office, not a saying
        if lemma_of(m.group(0)) in COMMUNICATION and abs(m.start() - slot.span.start) < event_gap \
                and abs(m.start() - slot.span.start) <= 20:
            return m.group(0)
    return None


def _agent_mention(claim: Claim) -> Mention | None:
    if claim.event is None or claim.event.agent is None:
        return None
    return next((m for m in claim.participants if m.key == claim.event.agent), None)


def _attribution(det: _Detector, a: Claim, b: Claim, day: DateSlot, why: Alignment,
                 conflicts: list[Conflict]) -> None:
    """Same event, same day, but a different actor: ``announced by the ministry`` vs
    ``announced by the president``. A country and a person are not compared: a
    government and its leader are routinely named for each other."""
    ma, mb = _agent_mention(a), _agent_mention(b)
    if ma is None or mb is None or ma.key == mb.key:
        return
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


def _with_evidence(pos: Position, cited: tuple[CitedEvidence, ...]) -> Position:
    return attrs.evolve(pos, evidence=cited)


def _quantities(det: _Detector, pairs: list[tuple[Claim, Claim, Alignment]],
                conflicts: list[Conflict]) -> None:
    merged: dict[tuple[str, str | None, str, float, float], list] = defaultdict(list)  # type: ignore[type-arg]
    for a, b, why in pairs:
        if a.modality not in _FACTUAL or b.modality not in _FACTUAL:
            continue
        da, db = _primary_date(a), _primary_date(b)
        if why.predicate == ABOARD:
            da = db = None  # how many were aboard is a fact of the trip, not of a date
        if (da is None) != (db is None):
            continue  # a figure for a stated date and one for none: different facts
        if da is not None and db is not None and compare_dates(da, db)[0] not in (
                "same", "compatible"):
            continue  # figures for different dates or years are different facts
        if _same_words(a, b):
            continue
        same_actor = _same_actor(a, b)
        if why.predicate in MOVEMENTS and not (
            same_actor and da is not None and db is not None and _written(da) and _written(db)
        ):
            continue  # a price or a change is a fact only for one subject at one time
        for qa in a.quantities:
            for qb in b.quantities:
                if not (_only_one(det, a, qa) and _only_one(det, b, qb)):
                    continue  # "fell to $486.6 million from $521 million": which one?
                if qa.kind == "percent" and not same_actor:
                    continue  # "net fell 3.1%", "earnings fell 8%": shares of what?
                relation, reason = compare_quantities(qa, qb)
                if relation != "clash":
                    continue
                pa, pb = det.docs[a.document_id].published, det.docs[b.document_id].published
                if da is None and pa != pb and _TALLY_UNITS.search(qa.unit):
                    continue  # a running tally reported on different days
                if _RISING.search(a.span.text) or _RISING.search(b.span.text):
                    continue  # "the toll climbed to ...": a count in progress, not a fixed fact
                (ca, xa), (cb, xb) = sorted([(a, qa), (b, qb)], key=lambda cq: cq[1].value)
                merged[(det.component(a.id), why.object, qa.unit, xa.value, xb.value)].append(
                    (ca, xa, cb, xb, why, reason))
    for key in sorted(merged, key=_sort_key):
        items = merged[key]
        a, qa, b, qb, why, reason = min(items, key=lambda it: (it[0].id, it[2].id))
        docs_a = {ca.document_id for ca, _, _, _, _, _ in items}
        docs_b = {cb.document_id for _, _, cb, _, _, _ in items}
        severity, rule = _cap(_quantity_severity(qa, qb), why)
        if _TOLL.search(a.span.text) or _TOLL.search(b.span.text):
            severity, rule = "low", ("a toll is a running count: sources and hours differ "
                                     "before it settles")
        event = _event_words(a, why)
        side_a = det.position(a, qa.value, qa.span.start, qa.span.end, qa.unit, docs_a)
        side_b = det.position(b, qb.value, qb.span.start, qb.span.end, qb.unit, docs_b)
        lines = [
            f"The {'same article gives' if a.document_id == b.document_id else 'articles give'}"
            f" different figures for “{event}”: "
            f"{qa.span.text} and {qb.span.text} ({reason}).",
            f"{a.document_id} ({side_a.sources} independent source(s)): "
            f"“{_quote(a.span.text)}”",
            f"{b.document_id} ({side_b.sources} independent source(s)): "
            f"“{_quote(b.span.text)}”",
            f"Aligned because {why.reason}.",
        ]
        conflicts.append(Conflict(
            id=_stable_id("quantity", [f"{ca.id}={xa.value}|{cb.id}={xb.value}"
                                       for ca, xa, cb, xb, _, _ in items]),
            kind="quantity", severity=severity, severity_rule=rule, event=event,
            positions=(side_a, side_b), alignment=why, explanation="\n".join(lines),
        ))


def _core_words(quote: str) -> str:
    """A quote's words without leading or trailing articles: one key per wording."""
    words = quote_words(quote)
    while words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _quotes(det: _Detector, claims: Sequence[Claim], conflicts: list[Conflict]) -> None:
    merged: dict[tuple[str, str, str], list] = defaultdict(list)  # type: ignore[type-arg]
    for a, b, why in quote_pairs(claims):
        assert a.quote is not None
        assert b.quote is not None
        relation, reason = compare_quotes(a.quote.span.text, b.quote.span.text)
        if relation != "clash":
            continue
        wa = _core_words(a.quote.span.text)
        wb = _core_words(b.quote.span.text)
        (ca, ka), (cb, kb) = sorted([(a, wa), (b, wb)], key=lambda ck: ck[1])
        merged[(why.shared[0], ka, kb)].append((ca, cb, why, reason))
    for key in sorted(merged):
        items = merged[key]
        a, b, why, reason = min(items, key=lambda it: (it[0].id, it[1].id))
        assert a.quote is not None
        assert b.quote is not None
        docs_a = {ca.document_id for ca, _, _, _ in items}
        docs_b = {cb.document_id for _, cb, _, _ in items}
        ta, tb = a.quote.span.text, b.quote.span.text
        speaker = why.shared[0].title()
        pa = det.position(a, ta, a.quote.span.start, a.quote.span.end, None, docs_a)
        pb = det.position(b, tb, b.quote.span.start, b.quote.span.end, None, docs_b)
        lines = [
            f"{speaker} is quoted in two versions ({reason}).",
            f"{a.document_id} (and {pa.sources} independent source(s) in all): “{_quote(ta)}”",
            f"{b.document_id} (and {pb.sources} independent source(s) in all): “{_quote(tb)}”",
            "A changed word in a quotation changes what the speaker is reported to have said; "
            "check the original.",
        ]
        conflicts.append(Conflict(
            id=_stable_id("quote", [f"{c.id}={c.quote.span.text}" for it in items
                                    for c in it[:2] if c.quote is not None]),
            kind="quote", severity="medium",
            severity_rule="a quotation's wording differs by a word or two",
            event=f"{speaker} quoted", positions=(pa, pb), alignment=why,
            explanation="\n".join(lines),
        ))


def _disputes(pairs: list[tuple[Claim, Claim, Alignment]], det: _Detector) -> list[Dispute]:
    out = []
    seen: set[str] = set()
    for a, b, why in pairs:
        modes = {a.modality, b.modality}
        denial = a if a.modality == "denied" else b
        if denial.id in seen:
            continue  # one dispute per denial, however many assertions it meets
        if "denied" in modes and modes & _FACTUAL:
            seen.add(denial.id)
            event = _event_words(a, why)
            out.append(Dispute(
                id=_stable_id("dispute", [a.id, b.id]), event=event,
                positions=(det.position(a, a.modality, a.span.start, a.span.end, None, ()),
                           det.position(b, b.modality, b.span.start, b.span.end, None, ())),
                explanation=(f"One statement asserts “{event}” and another reports a denial; "
                             "this is a disagreement between the parties, reported as such, "
                             "not a factual conflict between the articles."),
            ))
    return out


def _agreements(det: _Detector, groups: dict[str, list]) -> list[Agreement]:  # type: ignore[type-arg]
    out = []
    for key in sorted(groups):
        items = groups[key]
        claims: dict[str, tuple[Claim, DateSlot]] = {}
        for a, da, b, db, _ in items:
            claims[a.id] = (a, da)
            claims[b.id] = (b, db)
        docs = sorted({c.document_id for c, _ in claims.values()})
        sources = det.sources.independent(docs)
        if sources < 2:
            continue
        best = min(claims.values(), key=lambda cd: (
            (cd[1].end - cd[1].start).days if cd[1].start and cd[1].end else 10**6, cd[0].id))
        why = items[0][4]
        event = _event_words(best[0], why)
        positions = tuple(
            det.position(c, d.value, d.span.start, d.span.end, None, docs)
            for c, d in sorted(claims.values(), key=lambda cd: cd[0].id)
        )
        out.append(Agreement(
            id=_stable_id("agree", list(claims)), kind="date", event=event,
            value=best[1].value, positions=positions, sources=sources,
            explanation=(f"{sources} independent sources give compatible dates for “{event}”; "
                         f"the most precise is {best[1].value}."),
        ))
    return out


def detect(
    documents: Sequence[Document], claims: Sequence[Claim]
) -> tuple[list[Conflict], list[Agreement], list[Dispute]]:
    """Find conflicts, agreements and disputes among ``claims``.

    Returns:
        Conflicts sorted by severity then id; agreements and disputes by id.
        The order of ``documents`` and ``claims`` does not change the result.
    """
    det = _Detector(documents, claims)
    pairs = aligned_pairs(claims)
    det.link(pairs)
    conflicts: list[Conflict] = []
    groups: dict[str, list] = defaultdict(list)  # type: ignore[type-arg]
    _dates(det, pairs, conflicts, groups)
    _quantities(det, pairs, conflicts)
    _quotes(det, claims, conflicts)
    rank = {"high": 0, "medium": 1, "low": 2}
    unique = {c.id: c for c in conflicts}
    ordered = sorted(unique.values(), key=lambda c: (rank[c.severity], c.kind, c.id))
    agreements = sorted(_agreements(det, groups), key=lambda a: a.id)
    disputes = sorted(_disputes(pairs, det), key=lambda d: d.id)
    return ordered, agreements, disputes
