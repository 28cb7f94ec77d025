"""Renderers: every format through one interface, ``render(report, format) -> str``."""

from __future__ import annotations

from collections.abc import Callable

from claimtrack.findings import Report
from claimtrack.report import html, markdown
from claimtrack.report.data import REPORT_SCHEMA_VERSION, report_data
from claimtrack.serialize import dumps

__all__ = ["FORMATS", "REPORT_SCHEMA_VERSION", "render", "report_data"]


def _json(report: Report) -> str:
    return dumps(report_data(report))


FORMATS: dict[str, Callable[[Report], str]] = {
    "json": _json,
    "markdown": markdown.render,
    "html": html.render,
}


def render(report: Report, format: str = "markdown") -> str:
    """Render a report as ``json``, ``markdown`` or ``html``.

    Raises:
        ValueError: for an unknown format.
    """
    try:
        return FORMATS[format](report)
    except KeyError:
        raise ValueError(f"format={format!r}; expected one of {sorted(FORMATS)}") from None
