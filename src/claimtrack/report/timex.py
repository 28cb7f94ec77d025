"""The ``dates`` output: time expressions as TIMEX3-style JSON or a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from claimtrack.model import Document
from claimtrack.temporal import TimeExpression

__all__ = ["render_dates_json", "render_dates_table", "timex_row"]


def timex_row(text: str, expr: TimeExpression) -> dict[str, Any]:
    """One expression as ``{start, end, text, type, value, ...}``."""
    row: dict[str, Any] = {
        "start": expr.start,
        "end": expr.end,
        "text": text[expr.start : expr.end],
        "type": expr.type,
        "value": expr.value,
        "granularity": expr.granularity,
        "confidence": expr.confidence,
        "rule": expr.rule,
        "resolution": expr.resolution,
    }
    if expr.mod:
        row["mod"] = expr.mod
    if expr.note:
        row["note"] = expr.note
    return row


def render_dates_json(
    documents: Sequence[Document], found: Mapping[str, list[TimeExpression]]
) -> Any:
    """A list of expressions for one document; an object keyed by id for several."""
    rows = {d.id: [timex_row(d.text, e) for e in found[d.id]] for d in documents}
    if len(documents) == 1:
        return rows[documents[0].id]
    return rows


def render_dates_table(
    documents: Sequence[Document],
    found: Mapping[str, list[TimeExpression]],
    reference: dt.date | None,
) -> str:
    """An aligned table per document, headed by the reference used."""
    out: list[str] = []
    for d in documents:
        ref = reference or d.published
        how = "given" if reference else d.published_from
        out.append(f"{d.id}  (reference: {ref.isoformat() if ref else 'unknown'}, {how})")
        for e in found[d.id]:
            snippet = d.text[e.start : e.end].replace("\n", " ")
            flag = "" if e.resolution != "unresolved" else "  [unresolved]"
            out.append(f"  {e.start:>6}-{e.end:<6} {e.type:<8} {e.value:<14} {snippet}{flag}")
        out.append("")
    return "\n".join(out)
