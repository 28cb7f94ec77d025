"""The report as versioned, documented JSON data (``docs/report.schema.json``).

This is the stable interface: the Markdown and HTML renderers read the same
data, so every format says the same thing. Offsets are code points into each
document's text exactly as read; ``text`` fields repeat those characters.
"""

from __future__ import annotations

import math
from typing import Any

from claimtrack.claims import Claim, DateSlot, Mention, Quantity
from claimtrack.extract.quantities import MATCH_MINUTE
from claimtrack.findings import Agreement, Conflict, Dispute, Position, Report
from claimtrack.report.documents import document_row
from claimtrack.spans import Span

__all__ = ["REPORT_SCHEMA_VERSION", "claim_data", "figure", "report_data"]

REPORT_SCHEMA_VERSION = "1.0"


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def _number(x: float) -> float | str | None:
    if math.isinf(x):
        return None
    return int(x) if x == int(x) else x


def _mention(m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {"key": m.key, "kind": m.kind, "span": _span(m.span)}


def _date(d: DateSlot) -> dict[str, Any]:
    return {
        "value": d.value, "type": d.type, "granularity": d.granularity,
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None, "mod": d.mod,
        "confidence": d.confidence, "rule": d.rule, "resolution": d.resolution,
        "value_span": _span(d.span),
    }


def _quantity(q: Quantity) -> dict[str, Any]:
    return {
        "value": _number(q.value), "low": _number(q.low), "high": _number(q.high),
        "unit": q.unit, "kind": q.kind, "qualifier": q.qualifier, "per": q.per,
        "holder": _mention(q.holder), "value_span": _span(q.span),
    }


def claim_data(claim: Claim) -> dict[str, Any]:
    """One claim as documented JSON."""
    return {
        "id": claim.id,
        "document": claim.document_id,
        "kind": claim.kind,
        "span": _span(claim.span),
        "also_at": [_span(s) for s in claim.also_at],
        "event": None if claim.event is None else {
            "predicate": claim.event.predicate, "object": claim.event.object,
            "agent": claim.event.agent, "ordinal": claim.event.ordinal,
            "span": _span(claim.event.span)},
        "participants": [_mention(m) for m in claim.participants],
        "dates": [_date(d) for d in claim.dates],
        "quantities": [_quantity(q) for q in claim.quantities],
        "quote": None if claim.quote is None else {
            "value": claim.quote.span.text, "speaker": _mention(claim.quote.speaker),
            "verb": claim.quote.verb, "value_span": _span(claim.quote.span),
            "described_speaker": None if claim.quote.described is None
            else _span(claim.quote.described)},
        "asserted_by": _mention(claim.asserted_by),
        "modality": claim.modality,
    }


_VAGUE = frozenset({"dozens", "hundreds", "thousands", "tens of thousands",
                    "hundreds of thousands", "millions", "scores", "several", "a few",
                    "a handful", "many", "some", "a dozen or so", "dozens of", "hundreds of",
                    "thousands of"})
"""Amounts given only by a word, shown as written: ``dozens`` stands for a range, which
the number it is compared at (24) would misstate."""


_CURRENCIES = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "AUD": "A$",
               "CAD": "C$", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "BRL": "R$", "CHF": "",
               "CNY": "", "COP": ""}
"""The currency codes money is kept in, with the sign a reader writes before an amount."""
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _money(value: float, unit: str) -> str:
    """``$57.01 billion``, not ``57010000000 USD``; a currency without a sign keeps its
    code (``4.5 billion CHF``)."""
    for size, word in _SCALES:
        if abs(value) >= size:
            amount = f"{value / size:,.4g} {word}"
            break
    else:
        amount = f"{value:,.2f}".removesuffix(".00")
    sign = _CURRENCIES[unit]
    return f"{sign}{amount}" if sign else f"{amount} {unit}"


def figure(position: dict[str, Any]) -> str:
    """A position's value with its unit, as a reader would write it: ``2 storeys``, but
    ``1 storey`` (units are kept in the plural), ``dozens missing`` and ``dozens injured``
    as written, ``80,000 people`` with its thousands marked, and a rate with its period
    (``£5 million a day``)."""
    shown = _figure(position)
    per = position.get("per")
    return f"{shown} a {per}" if per else shown


def _figure(position: dict[str, Any]) -> str:
    value, unit = position["value"], position["unit"]
    written = position["value_span"]["text"]
    if written.lower() in _VAGUE:
        return f"{written} {unit}" if unit else written  # "dozens", not 24
    if written.split(maxsplit=1)[0].lower() in _VAGUE and not any(c.isdigit() for c in written):
        return " ".join(written.split())  # "dozens injured", its unit written with it
    if not unit:
        return str(value)
    if unit in _CURRENCIES and isinstance(value, (int, float)):
        return _money(value, unit)
    if unit == MATCH_MINUTE and isinstance(value, int):
        # "73rd minute": when in the match, as the reports write it
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            value % 10, "th")
        return f"{value}{suffix} minute"
    if value == 1 and unit.endswith("s") and not unit.endswith("ss"):
        unit = unit[:-3] + "y" if unit.endswith("ies") else unit[:-1]
    if isinstance(value, int) and abs(value) >= 10_000:
        return f"{value:,} {unit}"  # "80,000 people", as the articles write it
    return f"{value} {unit}"


def _position(p: Position) -> dict[str, Any]:
    doc = p.claim.span.document
    value: Any = _number(p.value) if isinstance(p.value, float) else p.value
    return {
        "claim": p.claim.id,
        "document": p.claim.document_id,
        "span": _span(p.claim.span),
        "value": value,
        "unit": p.unit,
        "per": p.per,
        "value_span": {"start": p.value_start, "end": p.value_end,
                       "text": doc.text[p.value_start : p.value_end]},
        "support": {"sources": p.sources, "documents": list(p.documents)},
        "evidence": [
            {"document": e.document_id, "date": e.date.isoformat(),
             "span": {"start": e.start, "end": e.end}, "text": e.text}
            for e in p.evidence
        ],
    }


def _conflict(c: Conflict) -> dict[str, Any]:
    return {
        "id": c.id, "kind": c.kind, "severity": c.severity, "severity_rule": c.severity_rule,
        "event": c.event, "explanation": c.explanation,
        "alignment": {"predicate": c.alignment.predicate, "object": c.alignment.object,
                      "shared_participants": list(c.alignment.shared),
                      "score": c.alignment.score, "reason": c.alignment.reason},
        "claims": [_position(p) for p in c.positions],
    }


def _agreement(a: Agreement) -> dict[str, Any]:
    return {"id": a.id, "kind": a.kind, "event": a.event, "value": a.value,
            "sources": a.sources, "explanation": a.explanation,
            "claims": [_position(p) for p in a.positions]}


def _dispute(d: Dispute) -> dict[str, Any]:
    return {"id": d.id, "event": d.event, "explanation": d.explanation,
            "claims": [_position(p) for p in d.positions]}


def report_data(report: Report, *, include_claims: bool = False) -> dict[str, Any]:
    """The whole report as documented JSON data."""
    worst = report.worst()
    data: dict[str, Any] = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "summary": {
            "documents": len(report.documents), "claims": len(report.claims),
            "conflicts": len(report.conflicts), "agreements": len(report.agreements),
            "disputes": len(report.disputes), "worst_severity": worst,
            "by_severity": {s: sum(1 for c in report.conflicts if c.severity == s)
                            for s in ("high", "medium", "low")},
        },
        "documents": [document_row(d) for d in report.documents],
        "conflicts": [_conflict(c) for c in report.conflicts],
        "agreements": [_agreement(a) for a in report.agreements],
        "disputes": [_dispute(d) for d in report.disputes],
    }
    if include_claims:
        data["claims"] = [claim_data(c) for c in report.claims]
    return data
