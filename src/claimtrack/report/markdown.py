"""The report as Markdown, readable in a pull request or a review queue."""

from __future__ import annotations

from typing import Any

from claimtrack.findings import Report, counted
from claimtrack.report.data import figure, report_data

__all__ = ["render"]

_BADGE = {"high": "🔴 high", "medium": "🟠 medium", "low": "🟡 low"}


def _context(claim: dict[str, Any], value: dict[str, Any]) -> str:
    """The sentence with the disputed value in bold."""
    span, vs = claim["span"], value
    text = span["text"]
    a, b = vs["start"] - span["start"], vs["end"] - span["start"]
    if 0 <= a <= b <= len(text):
        text = f"{text[:a]}**{text[a:b]}**{text[b:]}"
    return " ".join(text.split())


def render(report: Report) -> str:
    """Render ``report`` as Markdown."""
    data = report_data(report)
    s = data["summary"]
    out = ["# claimtrack report", ""]
    out.append(f"{counted(s['documents'], 'document')} · {counted(s['claims'], 'claim')} · "
               f"**{counted(s['conflicts'], 'conflict')}** ({s['by_severity']['high']} high, "
               f"{s['by_severity']['medium']} medium, {s['by_severity']['low']} low) · "
               f"{counted(s['agreements'], 'agreement')} · {counted(s['disputes'], 'dispute')}")
    out.append("")
    unknown = [d["id"] for d in data["documents"] if d["published"] is None]
    if unknown:
        out.append(f"Publication date unknown for {', '.join(unknown)}: relative dates there "
                   "stay unresolved.")
        out.append("")
    out.append("## Conflicts")
    out.append("")
    if not data["conflicts"]:
        out.append("No conflicts found.")
        out.append("")
    for n, c in enumerate(data["conflicts"], 1):
        out.append(f"### {n}. {c['kind'].title()} conflict — {c['event']} "
                   f"({_BADGE[c['severity']]})")
        out.append("")
        out.append("| source | value | support |")
        out.append("| --- | --- | --- |")
        for p in c["claims"]:
            value = figure(p)
            out.append(f"| `{p['document']}` | **{value}** | "
                       f"{counted(p['support']['sources'], 'independent source')} |")
        out.append("")
        for p in c["claims"]:
            out.append(f"> **{p['document']}** [{p['span']['start']}–{p['span']['end']}): "
                       f"{_context(p, p['value_span'])}")
            out.append("")
        out.append("**Why:** " + c["explanation"].split("\n")[0])
        out.append("")
        told = tuple(f"{p['document']}{mark}" for p in c["claims"] for mark in (" ", ":"))
        for line in c["explanation"].split("\n")[1:]:
            if line.startswith("A source cited"):
                out.append(f"- Evidence: {line}")
            elif not line.startswith((*told, "Aligned because")):
                # what the table and the quotes above do not already show: "Both were
                # worked out from the same publication date …", "The year was taken …"
                out.append(f"- {line}")
        out.append(f"- Aligned: {c['alignment']['reason']}")
        out.append(f"- Severity: {c['severity']} — {c['severity_rule']}")
        out.append(f"- Conflict id: `{c['id']}`")
        out.append("")
    if data["disputes"]:
        out.append("## Disputes (attributed disagreement, not a factual conflict)")
        out.append("")
        for d in data["disputes"]:
            out.append(f"- {d['event']}: {d['explanation']}")
        out.append("")
    out.append("## Agreements")
    out.append("")
    if not data["agreements"]:
        out.append("No fact is stated by two or more independent sources.")
    for a in data["agreements"]:
        out.append(f"- **{a['event']}**: {a['value']} — {a['explanation']}")
    out.append("")
    return "\n".join(out)
