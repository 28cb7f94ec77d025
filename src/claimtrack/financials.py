"""A company's reported results: its revenue or net income for a quarter, as facts.

Earnings coverage states the same few figures in every outlet (``Revenue hit $57.01
billion``, ``Q3 revenue totaled $57.01bn``, ``sales of $57 billion in the quarter``),
with verbs that otherwise say a price moved. Read as the figure of a result, each names
one fact (``revenue for the third quarter``), compared whatever the verbs, so that one
outlet's slip (``Revenue reached $570.1 billion``) stands out.

Only the whole is read: a figure of a segment (``data center revenue``, ``gaming
sales``) or of another period (``a year earlier``) names no such fact, and neither does
a forecast or an analyst's estimate (``expected to be``, ``expectations of``), which
follow no linking verb. The quarter is the one the sentence names nearest the figure,
else the first the article's lead names. Whose result it is, the detector settles: the
company the sentence names as owner (``Kovatek's revenue``), else the name the article
gives most often.
"""

from __future__ import annotations

import re

from claimtrack.claims import Claim, Quantity

__all__ = ["RESULT_FACTS", "owner_of", "result_of"]

RESULT_FACTS = ("revenue for the ", "net income for the ")
"""Prefixes of the result facts: ``revenue for the third quarter``."""

_METRICS = {"revenue": "revenue", "revenues": "revenue", "sales": "revenue",
            "turnover": "revenue", "net income": "net income", "net profit": "net income",
            "profit": "net income"}
_METRIC_WORDS = r"(?:revenues?|sales|turnover|net\s+income|net\s+profit|profit)"
"""The words of a result's metric, as written (a pattern to embed)."""
_PERIOD_WORDS = (r"(?:(?:fiscal|financial)\s+)?(?:(?:first|second|third|fourth)[\s-]+"
                 r"(?:fiscal[\s-]+)?quarter|q[1-4](?:\s+(?:fy)?\d{2,4})?)(?:['’]s)?")
_LINK = (r"(?:was|were|is|are|of|reach(?:ed|ing)|hit(?:ting)?|totall?(?:ed|ing)|came\s+in\s+at|"
         r"amounted\s+to|stood\s+at|"
         r"(?:rose|grew|climbed|jumped|surged|increased|fell|dropped|declined|slipped)\s+"
         r"(?:\d+(?:\.\d+)?%\s+)?to)")
_RESULT_BEFORE = re.compile(
    r"(?:^|[.;:(]\s*|,\s*|\b(?:the|its|their|a|an|on|with|record|quarterly|total|overall|"
    r"adjusted|reported)\s+|['’]s\s+|\b" + _PERIOD_WORDS + r"\s+)"
    r"(?P<metric>" + _METRIC_WORDS + r")"
    r"(?:\s+for\s+the\s+" + _PERIOD_WORDS + r")?"
    r"\s+" + _LINK + r"\s+(?:a\s+)?(?:record\s+)?\Z",
    re.IGNORECASE)
"""The metric and the linking verb just before a figure: ``Q3 revenue totaled``,
``Nvidia's revenue for the third fiscal quarter was``, ``on sales of``, ``Net income
surged to``. A word other than a determiner or a period before the metric makes it a
segment's (``data center revenue``), so none is read."""
_NAMES = ("first", "second", "third", "fourth")
"""The quarters by name, in order: a fact names its quarter in words."""
_ORDINALS = {name: n for n, name in enumerate(_NAMES, 1)}
_QUARTER = re.compile(r"\b(?:(?P<word>first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter"
                      r"|q(?P<digit>[1-4])\b)", re.IGNORECASE)
_OTHER_PERIOD = re.compile(
    r"\b(?:year[\s-]+(?:earlier|ago)|a\s+year\s+(?:earlier|before|ago)|last\s+year|"
    r"previous\s+(?:quarter|year)|prior\s+(?:quarter|year)|same\s+(?:period|quarter)|"
    r"for\s+the\s+(?:full\s+)?(?:fiscal\s+)?year|annual|current\s+quarter|next\s+quarter)\b",
    re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:expect\w*|estimat\w*|forecast\w*|project(?:s|ed|ion)|"
                       r"guidance|anticipat\w*|polled|consensus|outlook|predict\w*)\b",
                       re.IGNORECASE)
"""Words before a figure that make it someone's expectation, not the result."""
_SEGMENT = re.compile(r"\b(?:segments?|divisions?|units?|business|data[\s-]+cent(?:er|re)s?)\b",
                      re.IGNORECASE)
"""Words before a figure that make it a part's: ``the data center segment``."""
_HEADING = re.compile(r"\n[ \t]*([^\n.!?]{1,60})[ \t]*\n\s*\Z")
"""A short line without a full stop just before a paragraph: a section heading
(``Data Center``), under which a bare ``revenue`` is that section's."""
_LEAD_CHARS = 400


def _quarter(m: re.Match[str]) -> int:
    return _ORDINALS[m["word"].lower()] if m["word"] else int(m["digit"])


def _quarter_of(text: str, at: int, lead: str) -> int | None:
    """The quarter a figure at ``at`` of ``text`` is for: the one named nearest before
    it in its sentence (``revenue for the third fiscal quarter was $57.01 billion;
    … fourth-quarter revenue of about $65 billion``), else the first after it, else the
    first the article's lead names (``Nvidia Reports $57 Billion in Q3 Revenue``)."""
    before = list(_QUARTER.finditer(text, 0, at))
    if before:
        return _quarter(before[-1])
    if (after := _QUARTER.search(text, at)) is not None:
        return _quarter(after)
    if (first := _QUARTER.search(lead)) is not None:
        return _quarter(first)
    return None


_OWNER_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w&.-]*)['’]s\s+(?:" + _PERIOD_WORDS +
                          r"\s+)?" + _METRIC_WORDS + r"\b")
"""``Nvidia's revenue``, ``Armco's third-quarter sales``: the company a result is of."""


def result_of(claim: Claim, quantity: Quantity) -> str | None:
    """The result fact a money figure gives (``revenue for the third quarter``), if it
    is one: the whole of a metric, for one quarter, linked to the figure by a verb."""
    if quantity.kind != "money" or quantity.per is not None:
        return None
    text, base = claim.span.text, claim.span.start
    at = quantity.span.start - base
    m = _RESULT_BEFORE.search(text, max(0, at - 90), at)
    if m is None or _OTHER_PERIOD.search(text, 0, at) or _FORECAST.search(text, 0, at) \
            or _SEGMENT.search(text, 0, at):
        return None
    doc = claim.span.document.text
    if _HEADING.search(doc, max(0, claim.span.start - 200), claim.span.start) is not None:
        return None  # "Data Center" over "Third-quarter revenue was …": a segment's
    metric = _METRICS[re.sub(r"\s+", " ", m["metric"].lower())]
    quarter = _quarter_of(text, at, doc[:_LEAD_CHARS])
    if quarter is None:
        return None  # a result of no quarter the article names: of which period?
    return f"{metric} for the {_NAMES[quarter - 1]} quarter"


def owner_of(claim: Claim, quantity: Quantity) -> str | None:
    """The company a result's sentence says it is of (``Kovatek's third-quarter
    revenue was``), lower-cased, if it says; else the article's company is meant."""
    text, base = claim.span.text, claim.span.start
    at = quantity.span.start - base
    owner = _OWNER_BEFORE.search(text, max(0, at - 90), at)
    return owner["owner"].lower() if owner is not None else None
