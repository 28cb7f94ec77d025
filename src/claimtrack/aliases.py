"""Feed-level alias merging: one thing written two ways across articles.

Extraction keys each name on its own (``U.S.`` and ``United States`` share a key, and a
later ``Kovac`` is ``Ana Kovac``). Across a feed three further spellings name one thing:
an acronym and the name it spells (``USGS``, ``United States Geological Survey``), a
place with the word for its kind (``Louvre Museum``) when other reports write the bare
name (``Louvre``), a slip of two neighbouring letters (``Lourve``) for a name the
feed writes right more often, and words written apart or joined (``Orla Air Lines``,
``Orla Airlines``). Before claims are aligned, this pass gives each such
name the key of the other. Spans and written names are untouched: only keys change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import attrs

from claimtrack.claims import Claim, Mention
from claimtrack.findings import Alignment

__all__ = ["canonical_keys", "merge_aliases", "note_merges"]

_INSTITUTION_HEADS = frozenset(
    "museum gallery hospital airport university stadium palace cathedral hotel prison".split())
"""Words after a name that only say what kind of place it is: the ``Louvre Museum`` is
the ``Louvre``."""

_LEGAL_FORMS = frozenset(
    "corp corporation inc incorporated ltd limited co llc plc gmbh ag group holdings".split())
"""Words after a company's name that only say its legal form: ``Orla Rail Corp.`` is the
``Orla Rail`` another report names."""

_LINKS = frozenset({"of", "the", "and", "for", "de", "del", "la", "&"})
"""Words an acronym skips: ``IMF`` is the International Monetary Fund."""

_SHORTEST_SLIP = 6
"""Names shorter than this are left alone: ``Iran`` and ``Iraq``, ``Mali`` and ``Mail``
are other words, not slips."""


def _swaps(key: str) -> list[str]:
    """``key`` with each pair of neighbouring letters swapped (``lourve``: ``louvre``)."""
    return [key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)
            if key[i] != key[i + 1] and key[i].isalpha() and key[i + 1].isalpha()]


def canonical_keys(claims: Sequence[Claim]) -> dict[str, str]:
    """The names of ``claims`` that another key names too, each mapped to that key.

    An acronym maps to the one name of the feed it spells (``USGS``: ``United States
    Geological Survey``, ``RSF``: ``Rapid Support Forces``), so that the two count as
    one name, not two shared names; ``Louvre Museum`` maps to ``louvre`` when some claim
    names the bare ``Louvre``; a name of at least :data:`_SHORTEST_SLIP` characters maps
    to the neighbour-swapped spelling, or the one with its words joined or split
    (``delta airlines``, ``delta air lines``), written in more documents (ties: the
    alphabetically larger, so that the map is the same whatever the order of the
    claims). People's names are never merged: ``Hansen`` and ``Hasnen`` may be two
    people, and a surname merges with its full name already.
    """
    docs: dict[str, set[str]] = defaultdict(set)
    people: set[str] = set()
    for claim in claims:
        for m in claim.participants:
            docs[m.key].add(claim.document_id)
            if m.kind == "person":
                people.add(m.key)
    spelled = _spelled_out(docs, people)
    joined: dict[str, set[str]] = defaultdict(set)
    for key in docs:
        if key not in people:
            joined[_squashed(key)].add(key)
    canon: dict[str, str] = {}
    for key in sorted(docs):
        if key not in people and (
                same := _same_as(key, docs, people, spelled, joined[_squashed(key)])) is not None:
            canon[key] = same
    # "USGS" is the "United States Geological Survey", which is the "Geological Survey"
    # other reports write: each key goes to the end of its chain (a loop stops it).
    for key in list(canon):
        seen = {key}
        while (target := canon[key]) in canon and canon[target] not in seen:
            seen.add(target)
            canon[key] = canon[target]
    return canon


def _spelled_out(docs: dict[str, set[str]], people: set[str]) -> dict[str, set[str]]:
    """The names of two words or more, by the acronym they would have (``usgs``)."""
    spelled: dict[str, set[str]] = defaultdict(set)
    for key in docs:
        words = [w for w in key.split() if w not in _LINKS]
        if len(words) >= 2 and key not in people:
            spelled["".join(w[0] for w in words)].add(key)
    return spelled


def _squashed(key: str) -> str:
    """``key`` with no spaces or hyphens: ``delta air lines`` and ``delta airlines`` are
    both ``deltaairlines``."""
    return key.replace(" ", "").replace("-", "")


def _same_as(key: str, docs: dict[str, set[str]], people: set[str],
             spelled: dict[str, set[str]], joined: set[str]) -> str | None:
    """The other key that ``key`` names, by the rules of :func:`canonical_keys`
    (``joined``: the keys that are ``key`` with its words joined or split)."""
    if key in spelled and len(spelled[key]) == 1:
        return next(iter(spelled[key]))  # "USGS" is the named survey
    head, _, last = key.rpartition(" ")
    if head and (last in _INSTITUTION_HEADS or last in _LEGAL_FORMS) and head in docs \
            and head not in people:
        return head  # "Louvre Museum" is the "Louvre", "Orla Rail Corp" is "Orla Rail"
    words = key.split()
    for i in range(1, len(words)):
        home, name = " ".join(words[:i]), " ".join(words[i:])
        if home in docs and name in docs and name not in people and home not in people \
                and len(name) >= _SHORTEST_SLIP and (" " in name or name.endswith("s")):
            # "Los Angeles Dodgers" are the "Dodgers", "Toronto Pearson Airport" the
            # "Pearson Airport" (a lone word only when it is a team's plural name: a
            # "Kashmir Valley" is no mere "valley")
            return name
    if len(key) < _SHORTEST_SLIP:
        return None
    rivals = [s for s in _swaps(key) if s in docs and s not in people] \
        + sorted(joined - {key})
    best = max([key, *rivals], key=lambda k: (len(docs[k]), k))
    return None if best == key else best  # "Lourve" is the "Louvre", "Air Lines" "Airlines"


def _merged(mention: Mention | None, canon: dict[str, str]) -> Mention | None:
    if mention is None or mention.key not in canon:
        return mention
    return attrs.evolve(mention, key=canon[mention.key])


def merge_aliases(claims: Sequence[Claim], canon: dict[str, str]) -> list[Claim]:
    """``claims`` with the keys ``canon`` (see :func:`canonical_keys`) merges rewritten
    everywhere a claim holds a key: its participants, its event's agent, its figures'
    holders, its quote's speaker and who asserts it. Claims that name no merged key are
    returned as they are."""
    if not canon:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        held = [claim.asserted_by, *(q.holder for q in claim.quantities),
                claim.quote.speaker if claim.quote is not None else None]
        keys = {m.key for m in (*claim.participants, *held) if m is not None}
        if claim.event is not None and claim.event.agent:
            keys.add(claim.event.agent)
        if not keys & canon.keys():
            out.append(claim)
            continue
        event = claim.event
        if event is not None and event.agent in canon:
            event = attrs.evolve(event, agent=canon[event.agent])
        quote = claim.quote
        if quote is not None and quote.speaker is not None and quote.speaker.key in canon:
            quote = attrs.evolve(quote, speaker=_merged(quote.speaker, canon))
        out.append(attrs.evolve(
            claim,
            event=event,
            participants=tuple(_merged(m, canon) or m for m in claim.participants),
            quantities=tuple(attrs.evolve(q, holder=_merged(q.holder, canon))
                             if q.holder is not None and q.holder.key in canon else q
                             for q in claim.quantities),
            quote=quote,
            asserted_by=_merged(claim.asserted_by, canon),
        ))
    return out


def _bare(written: str) -> str:
    words = written.lower().split()
    while len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def note_merges(pairs: list[tuple[Claim, Claim, Alignment]], canon: dict[str, str]
                ) -> list[tuple[Claim, Claim, Alignment]]:
    """``pairs`` with each alignment that rests on a merged name saying so: ``“Lourve”
    and “Louvre” taken as one name``, so an editor sees why two spellings met."""
    merged = set(canon.values())
    if not merged:
        return pairs
    out = []
    for a, b, why in pairs:
        notes = []
        for key in why.shared:
            if key not in merged:
                continue
            forms = sorted({_bare(m.span.text): m.span.text for c in (a, b)
                            for m in c.participants if m.key == key}.values())
            if len(forms) > 1:
                notes.append(" and ".join(f"“{f}”" for f in forms) + " taken as one name")
        if notes:
            why = attrs.evolve(why, reason=f"{why.reason}; {'; '.join(notes)}")
        out.append((a, b, why))
    return out
