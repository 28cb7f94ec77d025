"""Detect conflicts, agreements and disputes among aligned claims.

For every aligned pair (see :mod:`claimtrack.align`) the compatibility rules
of :mod:`claimtrack.compare` decide whether the values agree, clash, or
describe separate facts. Threats, hypotheses and denials never make a
factual conflict: a denial against an assertion is a :class:`Dispute`. A
claim never conflicts with itself, save a date written with a weekday it does
not fall on (``Friday, May 22`` when 22 May is a Wednesday), and a page's
repeated body counts once (repeats are one claim, see ``Claim.also_at``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from claimtrack.aliases import canonical_keys, merge_aliases, note_merges
from claimtrack.align import aligned_pairs
from claimtrack.claims import Claim
from claimtrack.detect.base import _Detector
from claimtrack.detect.dates import _dates
from claimtrack.detect.figures import _quantities
from claimtrack.detect.names import _spellings, name_only_claims
from claimtrack.detect.weekdays import _weekdays
from claimtrack.detect.words import _agreements, _disputes, _quotes
from claimtrack.findings import Agreement, Conflict, Dispute
from claimtrack.model import Document

__all__ = ["detect"]


def detect(
    documents: Sequence[Document], claims: Sequence[Claim]
) -> tuple[list[Conflict], list[Agreement], list[Dispute]]:
    """Find conflicts, agreements and disputes among ``claims``.

    Returns:
        Conflicts sorted by severity then id; agreements and disputes by id.
        The order of ``documents`` and ``claims`` does not change the result.
    """
    canon = canonical_keys(claims)
    claims = merge_aliases(claims, canon)  # "Lourve" and "Louvre Museum" are the "Louvre"
    det = _Detector(documents, claims)
    named = name_only_claims(det, claims)
    pairs = note_merges(aligned_pairs(claims, merge_aliases(named, canon)), canon)
    det.link(pairs)
    conflicts: list[Conflict] = []
    groups: dict[str, list] = defaultdict(list)  # type: ignore[type-arg]
    _dates(det, pairs, conflicts, groups)
    figures = _quantities(det, pairs, conflicts)
    _quotes(det, claims, conflicts)
    _weekdays(det, claims, conflicts)
    _spellings(det, claims, named, conflicts)
    rank = {"high": 0, "medium": 1, "low": 2}
    unique = {c.id: c for c in conflicts}
    ordered = sorted(unique.values(), key=lambda c: (rank[c.severity], c.kind, c.id))
    agreements = sorted([*_agreements(det, groups), *figures], key=lambda a: a.id)
    disputes = sorted(_disputes(pairs, det), key=lambda d: d.id)
    return ordered, agreements, disputes
