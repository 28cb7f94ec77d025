"""The ``documents`` listing: what claimtrack read, as JSON or a table.

The JSON form is the stable interface (see ``docs/documents.md``); the table
is for people.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimtrack.model import Document

__all__ = ["document_row", "render_documents_json", "render_documents_table"]

DOCUMENTS_SCHEMA_VERSION = "1"


def document_row(doc: Document) -> dict[str, Any]:
    """The documented JSON object for one document."""
    return {
        "id": doc.id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "authors": list(doc.authors),
        "language": doc.language,
        "published": doc.published.isoformat() if doc.published else None,
        "published_from": doc.published_from,
        "published_note": doc.published_note,
        "retrieved": doc.retrieved.isoformat() if doc.retrieved else None,
        "encoding": doc.encoding,
        "length": len(doc.text),
        "skipped_regions": [
            {"kind": r.kind, "start": r.start, "end": r.end,
             **({"repeat_of": r.of_start} if r.of_start is not None else {})}
            for r in doc.regions
        ],
    }


def render_documents_json(documents: Sequence[Document]) -> dict[str, Any]:
    """The listing as JSON-ready data, versioned."""
    return {"schema_version": DOCUMENTS_SCHEMA_VERSION,
            "documents": [document_row(d) for d in documents]}


def render_documents_table(documents: Sequence[Document]) -> str:
    """The listing as an aligned plain-text table."""
    rows = [("id", "published", "from", "length", "skipped regions", "source")]
    for d in documents:
        kinds: dict[str, int] = {}
        for r in d.regions:
            kinds[r.kind] = kinds.get(r.kind, 0) + (r.end - r.start)
        skipped = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "-"
        rows.append((d.id, d.published.isoformat() if d.published else "unknown",
                     d.published_from, str(len(d.text)), skipped, d.source))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    notes = [f"  {d.id}: {d.published_note}" for d in documents
             if d.published is None and d.published_note]
    if notes:
        lines += ["", "publication date unknown:", *notes]
    return "\n".join(lines) + "\n"
