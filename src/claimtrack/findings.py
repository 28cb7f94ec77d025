"""What checking finds: conflicts, agreements, disputes — frozen data, no I/O."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from claimtrack.claims import Claim
from claimtrack.model import Document

__all__ = [
    "Agreement",
    "Alignment",
    "CitedEvidence",
    "Conflict",
    "ConflictKind",
    "Dispute",
    "Position",
    "Report",
    "Severity",
    "counted",
]

ConflictKind = Literal["date", "quantity", "quote", "attribution", "order", "name"]
Severity = Literal["high", "medium", "low"]
SEVERITY_RANK: dict[str, int] = {"low": 1, "medium": 2, "high": 3}


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless one: ``1 conflict``, ``3 independent sources``.
    Every count in a report reads as an editor would write it."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@attrs.frozen
class Alignment:
    """Why claims were judged to speak of the same event.

    Attributes:
        predicate: the shared event predicate (or ``quote`` for quotes).
        object: the shared object, if any.
        shared: participant keys both claims name.
        score: 0..1 similarity of the two claims' slots.
        reason: the grouping in words.
    """

    predicate: str
    object: str | None
    shared: tuple[str, ...]
    score: float
    reason: str


@attrs.frozen
class CitedEvidence:
    """A cited source (a reference list entry) that bears on a disputed value.

    Attributes:
        document_id: the document whose reference list holds it.
        start: where the entry's date is written.
        end: one past it.
        date: the date the cited source carries.
        text: the reference entry, as written.
    """

    document_id: str
    start: int
    end: int
    date: dt.date
    text: str


@attrs.frozen
class Position:
    """One side of a conflict: a claim, the value it states, and its support.

    Attributes:
        claim: the claim.
        value: the value in interchange form (TIMEX3 string, number, quoted words).
        value_start: where the value is written in the claim's document.
        value_end: one past it.
        unit: for quantities, the unit.
        per: for a rate, the period it is given per (``day`` for ``£5 million a day``).
        sources: how many independent documents state a compatible value
            (copies and a page's own repeats count once).
        documents: the ids of those documents.
        evidence: cited sources dated before this value, where that matters.
    """

    claim: Claim
    value: str | float
    value_start: int
    value_end: int
    unit: str | None = None
    sources: int = 1
    documents: tuple[str, ...] = ()
    evidence: tuple[CitedEvidence, ...] = ()
    per: str | None = None


@attrs.frozen
class Conflict:
    """Two statements of the same fact that cannot both be true.

    Attributes:
        id: stable: the same claims and values give the same id, whatever the
            order or location of the input files.
        kind: date, quantity, quote, attribution, order, or name (a person's name
            spelled two ways).
        severity: high, medium or low.
        severity_rule: why that severity.
        event: the event in words.
        positions: the competing claims, each with its value and support.
        alignment: why the claims were taken to be about the same event.
        explanation: the conflict in words an editor understands.
    """

    id: str
    kind: ConflictKind
    severity: Severity
    severity_rule: str
    event: str
    positions: tuple[Position, ...]
    alignment: Alignment
    explanation: str


@attrs.frozen
class Agreement:
    """A fact several independent sources state compatibly."""

    id: str
    kind: ConflictKind
    event: str
    value: str
    positions: tuple[Position, ...]
    sources: int
    explanation: str


@attrs.frozen
class Dispute:
    """One source asserts what another denies: attributed disagreement, not a factual conflict."""

    id: str
    event: str
    positions: tuple[Position, ...]
    explanation: str


@attrs.frozen
class Report:
    """The result of checking a set of documents."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    agreements: tuple[Agreement, ...]
    disputes: tuple[Dispute, ...] = ()

    def worst(self) -> Severity | None:
        """The highest severity among the conflicts, or ``None`` when there are none."""
        if not self.conflicts:
            return None
        return max((c.severity for c in self.conflicts), key=SEVERITY_RANK.__getitem__)
