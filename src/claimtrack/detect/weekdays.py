"""A date that contradicts its own weekday: ``Friday, May 22`` when 22 May is a Wednesday.

One article, one sentence, no other source needed: the weekday and the date
are written together as one date, so at most one of them is right. This is
the classic copy-editing slip a pre-publish check exists for, and it is also
why a date stands apart from every other report of the event.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence

import attrs

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


_BARE_WEEKDAY = re.compile(WD, re.IGNORECASE)
"""A weekday standing alone (``Thursday``), before the date that restates it."""
_RESTATED = re.compile(r"\s*[,(]\s*")
"""What stands between a weekday and the date that restates it: ``Thursday (July 25)``,
``Friday, July 25``, where the tagger reads two expressions."""


@attrs.frozen
class _WrittenDay:
    """A day written with its weekday: the weekday word and where it stands, the day's
    slot and where its date stands, and the characters of both together."""

    weekday: str
    weekday_at: tuple[int, int]
    slot: DateSlot
    date_at: tuple[int, int]
    text: str


def _written_days(claim: Claim) -> Iterator[_WrittenDay]:
    """The days ``claim`` writes with a weekday: one expression (``Friday, May 22``), or a
    weekday and the date right after it (``Thursday (July 25)``)."""
    slots = sorted(claim.dates, key=lambda s: s.span.start)
    for slot in slots:
        m = _WEEKDAY.match(slot.span.text)
        if m is not None and m.end() < len(slot.span.text):
            at = slot.span.start
            yield _WrittenDay(m["wd"], (at + m.start("wd"), at + m.end("wd")), slot,
                              (at + m.end(), slot.span.end), slot.span.text)
    for first, second in itertools.pairwise(slots):
        gap = claim.span.text[first.span.end - claim.span.start
                              : second.span.start - claim.span.start]
        if first.rule == "weekday" and _BARE_WEEKDAY.fullmatch(first.span.text) \
                and _RESTATED.fullmatch(gap):
            close = second.span.end - claim.span.start
            if "(" in gap and claim.span.text[close : close + 1] == ")":
                close += 1  # "Thursday (July 25)": the bracket closes the date
            both = claim.span.text[first.span.start - claim.span.start : close]
            yield _WrittenDay(first.span.text, (first.span.start, first.span.end), second,
                              (second.span.start, second.span.end), both)



def _weekday_slip(day: _WrittenDay) -> tuple[dt.date, dt.date] | None:
    """The day written and the day its weekday names nearest it, when the written day
    falls on another weekday; ``None`` when they agree."""
    slot = day.slot
    written = slot.start
    if written is None or slot.granularity not in ("day", "time"):
        return None
    offset = (WEEKDAY_ALIASES[day.weekday.lower().rstrip(".")] - written.weekday()) % 7
    if offset == 0:
        return None
    return written, written + dt.timedelta(days=offset if offset <= _NEAREST else offset - 7)


def _weekdays(det: _Detector, claims: Sequence[Claim], conflicts: list[Conflict]) -> None:
    """A conflict for every date written with a weekday it does not fall on."""
    for claim in claims:
        for written_day in _written_days(claim):
            slip = _weekday_slip(written_day)
            if slip is None:
                continue
            written, named_day = slip
            slot = written_day.slot
            day = slot.value[:10]
            said = WEEKDAYS[written.weekday()].title()
            explicit = slot.resolution == "absolute"
            severity: Severity = "high" if explicit else "medium"
            rule = ("the weekday and the full date are both written and cannot both be right"
                    if explicit else "the weekday and the date cannot both be right, unless "
                    "the year taken from the publication date is wrong")
            what = claim.event.predicate if claim.event else "date"
            why = Alignment(predicate=what, object=None, shared=(), score=1.0,
                            reason="the weekday and the date are written together as one date")
            positions = (
                det.position(claim, day, *written_day.date_at, None, ()),
                det.position(claim, named_day.isoformat(), *written_day.weekday_at, None, ()),
            )
            named = WEEKDAYS[named_day.weekday()].title()
            lines = [
                f"{claim.document_id} writes “{written_day.text}”, but {day} is a {said}; "
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
                event=f"weekday of “{written_day.text}”" + (f" ({what})" if claim.event else ""),
                positions=positions, alignment=why, explanation="\n".join(lines),
            ))
