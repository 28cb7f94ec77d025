"""A date that contradicts its own weekday: ``Friday, May 22`` when 22 May is a Wednesday.

One article, one sentence, no other source needed: the weekday and the date
are written together as one date, so at most one of them is right. This is
the classic copy-editing slip a pre-publish check exists for, and it is also
why a date stands apart from every other report of the event.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from claimtrack.claims import Claim, DateSlot
from claimtrack.detect.base import _Detector, _stable_id
from claimtrack.detect.evidence import _quote
from claimtrack.findings import Alignment, Conflict, Severity
from claimtrack.temporal.grammar import WD
from claimtrack.temporal.lexicon import WEEKDAY_ALIASES, WEEKDAYS

__all__: list[str] = []

_WEEKDAY = re.compile(rf"(?:(?:last|this|past|next)\s+)?(?P<wd>{WD}),?\s+", re.IGNORECASE)
"""The weekday that opens a date, in the tagger's own grammar (``Friday,``, ``Fri.``)."""

_NEAREST = 3
"""The named weekday nearest the written date lies at most this many days away."""


def _weekday_slip(slot: DateSlot) -> tuple[re.Match[str], dt.date, dt.date] | None:
    """The weekday word of ``slot``, the day written and the day the weekday names
    nearest it, when the written day falls on another weekday; ``None`` when they
    agree."""
    written = slot.start
    if written is None or slot.granularity not in ("day", "time"):
        return None
    m = _WEEKDAY.match(slot.span.text)
    if m is None:
        return None
    offset = (WEEKDAY_ALIASES[m["wd"].lower().rstrip(".")] - written.weekday()) % 7
    if offset == 0:
        return None
    return m, written, written + dt.timedelta(days=offset if offset <= _NEAREST else offset - 7)


def _weekdays(det: _Detector, claims: Sequence[Claim], conflicts: list[Conflict]) -> None:
    """A conflict for every date written with a weekday it does not fall on."""
    for claim in claims:
        for slot in claim.dates:
            slip = _weekday_slip(slot)
            if slip is None:
                continue
            m, written, named_day = slip
            day = slot.value[:10]
            said = WEEKDAYS[written.weekday()].title()
            at = slot.span.start
            explicit = slot.resolution == "absolute"
            severity: Severity = "high" if explicit else "medium"
            rule = ("the weekday and the full date are both written and cannot both be right"
                    if explicit else "the weekday and the date cannot both be right, unless "
                    "the year taken from the publication date is wrong")
            what = claim.event.predicate if claim.event else "date"
            why = Alignment(predicate=what, object=None, shared=(), score=1.0,
                            reason="the weekday and the date are written together as one date")
            positions = (
                det.position(claim, day, at + m.end(), slot.span.end, None, ()),
                det.position(claim, named_day.isoformat(), at + m.start("wd"),
                             at + m.end("wd"), None, ()),
            )
            named = WEEKDAYS[named_day.weekday()].title()
            lines = [
                f"{claim.document_id} writes “{slot.span.text}”, but {day} is a {said}; "
                f"the nearest {named} is {named_day.isoformat()}. One of the two is mistyped.",
                f"In context: “{_quote(claim.span.text)}”",
                f"Aligned because {why.reason}.",
            ]
            if not explicit:
                lines.append(f"The year was taken from the publication date "
                             f"({claim.span.document.published}).")
            conflicts.append(Conflict(
                id=_stable_id("weekday", [f"{claim.id}@{slot.span.start}={day}"]),
                kind="date", severity=severity, severity_rule=rule,
                event=f"weekday of “{slot.span.text}”" + (f" ({what})" if claim.event else ""),
                positions=positions, alignment=why, explanation="\n".join(lines),
            ))
