"""Claims and their slot values: frozen data, no I/O.

Kept apart from :mod:`claimtrack.model` because every value here holds a
:class:`~claimtrack.spans.Span`, and spans in turn hold a
:class:`~claimtrack.model.Document`: documents, then spans, then claims.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from claimtrack.spans import Span

__all__ = [
    "Claim",
    "ClaimKind",
    "DateSlot",
    "Event",
    "Mention",
    "Modality",
    "Quantity",
    "QuantityKind",
    "Quote",
]

Modality = Literal["asserted", "reported", "threatened", "planned", "requested", "denied",
                   "hypothetical", "attempted", "cancelled"]
ClaimKind = Literal["date", "quantity", "quote", "event"]
QuantityKind = Literal["money", "percent", "count", "measure", "age", "duration"]


@attrs.frozen
class Mention:
    """A named participant as written, with the key that merges its aliases.

    Attributes:
        span: where the name is written.
        key: the canonical form shared by aliases (``U.K.``, ``Britain`` and
            ``London`` all give ``united kingdom``).
        kind: a coarse type when known: ``country``, ``person``, ``org``, or ``other``.
    """

    span: Span
    key: str
    kind: str = "other"


@attrs.frozen
class DateSlot:
    """A date or time a claim states, as an interval with a granularity.

    Attributes:
        span: the expression's characters.
        value: its TIMEX3 value (``2024-03-14``, ``2024-03``, ``XXXX-10-19``).
        type: TIMEX3 type (``DATE``, ``TIME``, ``DURATION``, ``SET``).
        granularity: the unit the value is precise to.
        start: first day covered (inclusive), when it is a calendar date.
        end: day after the last one covered (exclusive).
        mod: TIMEX3 ``mod`` (``START``, ``APPROX`` ...).
        confidence: 0..1.
        rule: the rule that read it.
        resolution: how it was fixed (``absolute``, ``reference`` ...).
    """

    span: Span
    value: str
    type: str
    granularity: str
    start: dt.date | None
    end: dt.date | None
    mod: str | None = None
    confidence: float = 1.0
    rule: str = ""
    resolution: str = "absolute"


@attrs.frozen
class Quantity:
    """A number a claim states, with its unit and the interval its qualifier allows.

    Attributes:
        span: the whole expression (``at least 19 people``).
        value: the number as written, scaled (``$743 million`` gives 743e6).
        low: the smallest value the wording allows (``at least 19``: 19).
        high: the largest (``at least 19``: infinity; ``about 30``: 33).
        unit: ``USD``, ``EUR``, ``percent``, ``hectares``, ``people`` ...
        kind: money, percent, count, measure, age or duration.
        qualifier: the hedge as written (``about``, ``more than``), if any.
        per: the period of a rate (``a year``), if any.
        number_span: the digits or number words alone.
        holder: the name the figure is stated of, the nearest before it in its clause
            (``the BJP winning 240 seats and the Congress 99``: the BJP's 240; ``in
            Odisha, winning 20 out of 21 seats``: Odisha's 21), if any;
            figures of two different holders are two facts. Counts of the harmed have
            none: a toll is the event's, whoever gives it.
    """

    span: Span
    value: float
    low: float
    high: float
    unit: str
    kind: QuantityKind
    qualifier: str | None = None
    per: str | None = None
    number_span: Span | None = None
    holder: Mention | None = None


@attrs.frozen
class Quote:
    """A quoted passage and who said it.

    Attributes:
        span: the quoted words, without the quotation marks.
        speaker: the speaker when the text names one.
        verb: the attribution verb (``said``, ``wrote``), if found.
        described: when the text names no speaker, the words that describe who spoke
            (``the fashion house``, ``a stunned museum visitor``, ``it``), if any: the
            quote is attributed, though to no name.
    """

    span: Span
    speaker: Mention | None = None
    verb: str | None = None
    described: Span | None = None


@attrs.frozen
class Event:
    """What happened, as a normalised predicate.

    Attributes:
        predicate: the verb's lemma, shared by its nominalisation
            (``revoked``, ``revoking`` and ``revocation`` all give ``revoke``).
        span: the word that expresses it.
        object: the head of what it acts on (``licence``, ``tariff``), if found.
        agent: the key of the participant named just before it (who did it), if any.
        subject: the common noun it is said of (``sales`` in ``sales fell``), if any.
        ordinal: which of a series of like events it is (``first``, ``second``,
            ``another``), when the text says so: ``the second landslide``.
    """

    predicate: str
    span: Span
    object: str | None = None
    agent: str | None = None
    subject: str | None = None
    ordinal: str | None = None


@attrs.frozen
class Claim:
    """A checkable statement in one sentence, with typed slots, tied to its source.

    Attributes:
        id: stable within the document: ``<document>#<start>-<end>``.
        document_id: the document it comes from.
        kind: the main slot: ``date``, ``quantity``, ``quote`` or ``event``.
        span: the sentence (or clause) that states it.
        also_at: further places the same claim is stated in the same document
            (a repeated body, a pull quote); it counts once.
        event: what happened, when a predicate was found.
        participants: the named actors and things involved.
        dates: dates and times stated.
        quantities: numbers stated.
        quote: the quotation, for quote claims.
        asserted_by: who the text says asserts it (``the ministry said``).
        modality: asserted, reported, threatened, planned, requested (``prosecutors
            sought 40 years``), denied, hypothetical or attempted (``raced to find
            survivors``).
    """

    id: str
    document_id: str
    kind: ClaimKind
    span: Span
    also_at: tuple[Span, ...] = ()
    event: Event | None = None
    participants: tuple[Mention, ...] = ()
    dates: tuple[DateSlot, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quote: Quote | None = None
    asserted_by: Mention | None = None
    modality: Modality = "asserted"
