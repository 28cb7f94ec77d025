"""The ``claims`` listing: extracted claims as JSON or a table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from claimtrack.claims import Claim
from claimtrack.model import Document
from claimtrack.report.data import claim_data

__all__ = ["CLAIMS_SCHEMA_VERSION", "render_claims_json", "render_claims_table"]

CLAIMS_SCHEMA_VERSION = "1"


def render_claims_json(
    documents: Sequence[Document], claims: Mapping[str, list[Claim]]
) -> dict[str, Any]:
    """All claims, by document, as documented JSON."""
    return {
        "schema_version": CLAIMS_SCHEMA_VERSION,
        "claims": [claim_data(c) for d in documents for c in claims[d.id]],
    }


def _slots(c: Claim) -> str:
    parts = [d.value for d in c.dates]
    parts += [q.span.text for q in c.quantities]
    if c.quote is not None:
        # The speaker as written ("Jeju Air CEO Kim Lee-bae"), not its merge key.
        who = " ".join(c.quote.described.text.split()) if c.quote.speaker \
            and c.quote.described else \
            " ".join(c.quote.speaker.span.text.split()) if c.quote.speaker else \
            f"{' '.join(c.quote.described.text.split())} (no name)" if c.quote.described \
            else "unattributed"
        parts.append(f"“{' '.join(c.quote.span.text.split())[:60]}” — {who}")
    return "; ".join(parts)


def render_claims_table(
    documents: Sequence[Document], claims: Mapping[str, list[Claim]]
) -> str:
    """Claims as readable lines, one block per document."""
    out: list[str] = []
    for d in documents:
        found = claims[d.id]
        out.append(f"{d.id}  ({len(found)} claims, published "
                   f"{d.published.isoformat() if d.published else 'unknown'})")
        for c in found:
            event = " ".join(w for w in (c.event.ordinal, c.event.predicate, c.event.object)
                             if w) if c.event else "-"
            who = ", ".join(m.key for m in c.participants[:4]) or "-"
            again = f"  (+{len(c.also_at)} repeat)" if c.also_at else ""
            out.append(f"  [{c.span.start}-{c.span.end}) {c.kind:8} {event:22} "
                       f"{_slots(c)}  | {who}  | {c.modality}{again}")
        out.append("")
    return "\n".join(out)
