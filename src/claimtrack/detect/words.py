"""Quotation conflicts, disputes (denials) and agreements."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimtrack.align import quote_pairs
from claimtrack.claims import Claim, DateSlot
from claimtrack.compare import compare_dates, compare_quotes, quote_words
from claimtrack.detect.base import (
    _FACTUAL,
    _Detector,
    _event_words,
    _stable_id,
)
from claimtrack.detect.evidence import _quote
from claimtrack.findings import (
    Agreement,
    Alignment,
    Conflict,
    Dispute,
    counted,
)

__all__: list[str] = []

def _core_words(quote: str) -> str:
    """A quote's words without leading or trailing articles: one key per wording."""
    words = quote_words(quote)
    while words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def _same_passage(x: str, y: str) -> bool:
    """Two wordings of which one quotes the other, or part of it."""
    return x == y or compare_quotes(x, y)[0] in ("same", "compatible")


def _one_misquotation(merged: dict[tuple[str, str, str], list]  # type: ignore[type-arg]
                      ) -> list[list]:  # type: ignore[type-arg]
    """The clashing pairs of each misquotation: pairs of one speaker whose sides quote
    the same passage, one side perhaps longer (``Thank you from the bottom of our
    hearts`` in one article and the longer quote that ends with it in another, each
    against ``… from the bottom of my heart``), are one conflict, not one per pair."""
    groups: list[tuple[str, list[str], list[str], list]] = []  # type: ignore[type-arg]
    for speaker, ka, kb in sorted(merged):
        for g_speaker, sides_a, sides_b, items in groups:
            if g_speaker != speaker:
                continue
            if (any(_same_passage(ka, x) for x in sides_a)
                    and any(_same_passage(kb, y) for y in sides_b)):
                sides_a.append(ka)
                sides_b.append(kb)
                items.extend(merged[(speaker, ka, kb)])
                break
            if (any(_same_passage(ka, y) for y in sides_b)
                    and any(_same_passage(kb, x) for x in sides_a)):
                sides_a.append(kb)
                sides_b.append(ka)
                items.extend((cb, ca, why, reason)
                             for ca, cb, why, reason in merged[(speaker, ka, kb)])
                break
        else:
            groups.append((speaker, [ka], [kb], list(merged[(speaker, ka, kb)])))
    return [items for _, _, _, items in groups]


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
    for items in _one_misquotation(merged):
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
            f"{a.document_id} (and {counted(pa.sources, 'independent source')} in all): "
            f"“{_quote(ta)}”",
            f"{b.document_id} (and {counted(pb.sources, 'independent source')} in all): "
            f"“{_quote(tb)}”",
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
        if a.document_id == b.document_id and (a.span.start, a.span.end) == (
                b.span.start, b.span.end):
            continue  # a sentence and the quote inside it: one statement, not two parties
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
        for items in _agreeing(groups[key]):
            out.extend(_agreement(det, items))
    return out


def _agreeing(items: list) -> list[list]:  # type: ignore[type-arg]
    """The pairs of one aligned story split by the date they agree on: the most
    precise date and every pair whose dates both fit it are one agreement, and what is
    left is read again. ``The last cut, in March 2020`` agreeing with ``the first cut
    since March 2020`` is another agreement than the one on this week's cut, though all
    speak of cuts and were aligned as one story."""
    left = list(items)
    out = []
    while left:
        best = min(((c, d) for a, da, b, db, _ in left for c, d in ((a, da), (b, db))),
                   key=_most_precise)[1]
        fits: list = []  # type: ignore[type-arg]
        rest: list = []  # type: ignore[type-arg]
        for it in left:
            # a date left unresolved ("Sunday", no publication date) sides with the rest
            agrees = all(d.start is None or compare_dates(best, d)[0] in ("same", "compatible")
                         for d in (it[1], it[3]))
            (fits if agrees else rest).append(it)
        if not fits:
            break  # no pair fits the most precise date: nothing agrees on it
        out.append(fits)
        left = rest
    return out


def _most_precise(dated: tuple[Claim, DateSlot]) -> tuple[int, str]:
    """Sort key of a claim's date: the fewest days first (an unresolved date last), then
    the claim id, so that ties fall the same way every run."""
    claim, date = dated
    days = (date.end - date.start).days if date.start and date.end else 10**6
    return days, claim.id


def _agreement(det: _Detector, items: list) -> list[Agreement]:  # type: ignore[type-arg]
    """One agreement of claims that agree, when two independent sources or more back it."""
    claims: dict[str, tuple[Claim, DateSlot]] = {}
    for a, da, b, db, _ in items:
        claims[a.id] = (a, da)
        claims[b.id] = (b, db)
    docs = sorted({c.document_id for c, _ in claims.values()})
    sources = det.sources.independent(docs)
    if sources < 2:
        return []
    best = min(claims.values(), key=_most_precise)
    why = items[0][4]
    event = _event_words(best[0], why)
    positions = tuple(
        det.position(c, d.value, d.span.start, d.span.end, None, docs)
        for c, d in sorted(claims.values(), key=lambda cd: cd[0].id)
    )
    return [Agreement(
        id=_stable_id("agree", list(claims)), kind="date", event=event,
        value=best[1].value, positions=positions, sources=sources,
        explanation=(f"{sources} independent sources give compatible dates for “{event}”; "
                     f"the most precise is {best[1].value}."),
    )]
