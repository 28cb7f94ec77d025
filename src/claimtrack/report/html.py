"""The report as a self-contained HTML page (no scripts, no external assets)."""

from __future__ import annotations

from html import escape

from claimtrack.findings import Report, counted
from claimtrack.report.data import figure, report_data

__all__ = ["render"]

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
.conflict{border:1px solid #ccc;border-left-width:6px;border-radius:4px;padding:.5rem 1rem;
margin:1rem 0}.high{border-left-color:#c62828}.medium{border-left-color:#ef6c00}
.low{border-left-color:#f9a825}blockquote{margin:.5rem 0;padding-left:1rem;border-left:3px solid
#ddd;color:#444}mark{background:#fff3a0}table{border-collapse:collapse}td,th{padding:.2rem .6rem;
border-bottom:1px solid #eee;text-align:left}code{font-size:.85em}
"""


def render(report: Report) -> str:
    """Render ``report`` as an HTML page."""
    data = report_data(report)
    s = data["summary"]
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             "<title>claimtrack report</title>", f"<style>{_STYLE}</style></head><body>",
             "<h1>claimtrack report</h1>",
             f"<p>{counted(s['documents'], 'document')} · {counted(s['claims'], 'claim')} · "
             f"<strong>{counted(s['conflicts'], 'conflict')}</strong> · "
             f"{counted(s['agreements'], 'agreement')} · {counted(s['disputes'], 'dispute')}</p>",
             "<h2>Conflicts</h2>"]
    if not data["conflicts"]:
        parts.append("<p>No conflicts found.</p>")
    for c in data["conflicts"]:
        parts.append(f'<section class="conflict {c["severity"]}" id="{escape(c["id"])}">')
        parts.append(f"<h3>{escape(c['kind'].title())} conflict — {escape(c['event'])} "
                     f"<small>({escape(c['severity'])})</small></h3>")
        parts.append("<table><tr><th>source</th><th>value</th><th>support</th></tr>")
        for p in c["claims"]:
            value = figure(p)
            parts.append(f"<tr><td><code>{escape(p['document'])}</code></td>"
                         f"<td><strong>{escape(value)}</strong></td>"
                         f"<td>{counted(p['support']['sources'], 'independent source')}</td></tr>")
        parts.append("</table>")
        for p in c["claims"]:
            text, start = p["span"]["text"], p["span"]["start"]
            a = p["value_span"]["start"] - start
            b = p["value_span"]["end"] - start
            if 0 <= a <= b <= len(text):
                body = (escape(text[:a]) + "<mark>" + escape(text[a:b]) + "</mark>"
                        + escape(text[b:]))
            else:
                body = escape(text)
            parts.append(f"<blockquote><strong>{escape(p['document'])}</strong>: "
                         f"{body}</blockquote>")
        parts.append("<p>" + "<br>".join(escape(line) for line in c["explanation"].split("\n"))
                     + "</p>")
        parts.append(f"<p><small>Severity rule: {escape(c['severity_rule'])} · id "
                     f"<code>{escape(c['id'])}</code></small></p></section>")
    parts.append("<h2>Agreements</h2><ul>")
    for ag in data["agreements"]:
        parts.append(f"<li><strong>{escape(ag['event'])}</strong>: {escape(ag['value'])} — "
                     f"{escape(ag['explanation'])}</li>")
    parts.append("</ul></body></html>")
    return "\n".join(parts) + "\n"
