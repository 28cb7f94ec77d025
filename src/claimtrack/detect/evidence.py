"""Cited evidence: reference list entries dated before a disputed value.

A reference list (a ``references`` region) often cites the first reports of an
event with their dates. An entry whose title uses the event's predicate and
whose date precedes a claimed date is evidence against that date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

import attrs

from claimtrack.extract.lexicon import lemma_of
from claimtrack.findings import (
    CitedEvidence,
    Position,
)
from claimtrack.model import Document
from claimtrack.temporal import find_dates

__all__: list[str] = []

def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cited_evidence(documents: Sequence[Document]) -> dict[str, list[CitedEvidence]]:
    """Reference list entries, by the event predicates their titles use."""
    found: dict[str, list[CitedEvidence]] = defaultdict(list)
    for doc in documents:
        for region in doc.regions:
            if region.kind != "references":
                continue
            for line in re.finditer(r"[^\n]+", doc.text[region.start : region.end]):
                a = region.start + line.start()
                entry = line.group(0)
                dated = [e for e in find_dates(entry) if e.granularity == "day"
                         and e.resolution == "absolute" and e.type == "DATE"]
                if not dated:
                    continue
                # The publication date of the cited piece: the first full date
                # not introduced by "Accessed".
                pick = next((e for e in dated
                             if "accessed" not in entry[max(0, e.start - 12) : e.start].lower()),
                            None)
                if pick is None:
                    continue
                day = dt.date.fromisoformat(pick.value[:10])
                lemmas = {lemma_of(w) for w in re.findall(r"[A-Za-z]+", entry)} - {None}
                for lemma in lemmas:
                    assert lemma is not None
                    found[lemma].append(CitedEvidence(doc.id, a + pick.start, a + pick.end, day,
                                                      _quote(entry, 240)))
    return found


def _with_evidence(pos: Position, cited: tuple[CitedEvidence, ...]) -> Position:
    return attrs.evolve(pos, evidence=cited)
