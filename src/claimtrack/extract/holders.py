"""Whose a figure is: the name a figure is stated of.

``the Kesh Party winning 240 seats and the Orla Party 99`` gives the Kesh Party 240 and
the Orla Party 99. Where an article gives figures of one unit to several holders, the
holder is part of the fact, so the detectors never set one party's seats against
another's (see :meth:`claimtrack.detect.base._Detector.held_apart`).
"""

from __future__ import annotations

import re

from claimtrack.extract.entities import FoundMention
from claimtrack.extract.quantities import harm_of, is_turnout

__all__ = ["holder_of"]

_SAYS_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|told|tells|reported|reports|estimated|"
                         r"estimates|announced|announces|confirmed|confirms|measured|measures|"
                         r"recorded|records|put|puts|gave|gives)\b", re.IGNORECASE)
"""A name that says or measures, not holds, the figure after it: ``NDTV reported 240
seats``, ``the Orla Seismic Centre had initially measured the quake at 6.5``."""
_DOING_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+[a-z]+ing\b")
"""A name that does what follows, though a preposition comes before it: ``with the
Bharatiya Janata Party (BJP) winning 240 seats``."""
_OPENING_CLAUSE = re.compile(r"(?i:while|although|though|as|when|if|since|because|whereas)\b"
                             r"[^,;]*,")
"""A clause that opens the sentence and closes at a comma: a name in it holds nothing
the main clause counts."""
_UNHELD = frozenset({"magnitude", "people aboard", "passengers", "crew", "crew members",
                     "passengers and crew"})
"""Figures of the event itself, whoever is named before them: a quake's magnitude,
whichever agency measured it; the people aboard a flight, whichever airline flew it."""
_PLACED_BEFORE = re.compile(r"(?:\b(?i:in|at|from|to|near|on|of|for|with|by|into|over|across|"
                            r"under|off|about|according\s+to|told|tells|telling)\s+(?i:the\s+)?"
                            r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*,\s+)?|\()\Z")
"""A name after a preposition (``a flight from Dubai with 190 on board``, ``measured by
the US Geological Survey at 6.1``, ``in Maui, Hawaii``) is where, whence or by whom, not
whose; one after a verb of telling (``told CamboJA News 18 soldiers were captured``) is who
heard it; one in brackets (``(FEMA)``) only names again what came before."""
_IN_PLACE = re.compile(r"\b(?i:in)\s+(?:the\s+)?\Z")
_PLACE_THEN_FIGURE = re.compile(r",?\s*(?:[a-z]+\s+){0,3}")
"""``In Philadelphia, some 80,000 people rallied``, ``and in Los Angeles between 100,000
and 150,000 marched``: a clause that opens with its place counts that place's people."""
_ASIDE_OPENS = re.compile(r",\s+(?:the|a|an|who|whose|which|part\s+of)\s[^,;:()]*\Z",
                          re.IGNORECASE)
"""An aside that a name sits in (``The Congress, which is part of the INDIA bloc, won 99
seats``): the name there holds nothing the clause counts."""


_TALLIED = re.compile(r"\b(?:won|took|secured|bagged|claimed|grabbed)\b", re.IGNORECASE)
"""A verb of tally in what looks like an aside: the main clause after an opening phrase
(``According to data on the Commission's website, the BJP won 72 seats to emerge as the
senior member in its alliance with Kumar's JDU, which managed just 42``), whose later
names hold their figures."""


_SHARE_FOR = re.compile(r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b)\s+(?:of\s+the\s+(?:vote|votes|"
                        r"ballots)\s+)?for\s+(?:(?:the\s+)?[a-z]+\s+)?")
"""A share and the name it is for: ``39.1% for Ana Kovac``, ``12% for incumbent Ivo
Hale``."""
_OWNS_A_VOTE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}(?:election|vote|race|poll|primary|"
                          r"referendum|runoff|run-off|contest|ballot)s?\b")
"""A name in the possessive before a vote (``Orla's presidential election``): whose vote
it is, not whose share."""


def holder_of(text: str, start: int, mentions: list[FoundMention], at: int, end: int,
              unit: str, kind: str) -> FoundMention | None:
    """The holder of the figure at ``text[at:end]`` (of ``unit`` and ``kind``): the name
    nearest before it in its sentence (from ``start``) that neither says it, nor follows a
    preposition or comes before a colon, nor sits in an aside. A count of the harmed, an
    age, the figures of :data:`_UNHELD` and a turnout, the share of all voters whoever the
    sentence names (``over 4.6 million Kesh citizens voted …, a 57 per cent turnout``),
    have none."""
    if harm_of(unit) or kind == "age" or unit in _UNHELD \
            or (kind == "percent" and is_turnout(text, at, end)):
        return None
    if kind == "percent":
        named = next((m for m in mentions if m.start > at
                      and _SHARE_FOR.fullmatch(text, at, m.start)), None)
        if named is not None:
            return named  # "winning 52.8% of the vote against 39.1% for Ana Kovac"
    if kind == "count":
        for m in reversed(mentions):
            if m.start < start or m.end > at:
                continue
            opens = _IN_PLACE.search(text, max(start, m.start - 12), m.start)
            if opens is not None and (opens.start() == start or text[
                    max(start, opens.start() - 6) : opens.start()].rstrip().endswith(
                    (",", ";", "and"))) and _PLACE_THEN_FIGURE.fullmatch(text, m.end, at):
                return m  # "In Philadelphia, some 80,000 people rallied": the city's count
            break
    for m in reversed(mentions):
        if m.start < start or m.end > at:
            continue
        if _SAYS_AFTER.match(text, m.end, at) or ":" in text[m.end : at] \
                or (_PLACED_BEFORE.search(text, max(start, m.start - 40), m.start)
                    and not _DOING_AFTER.match(text, m.end, at)):
            continue  # a sayer, a dateline ("Kozhikode, Aug 08: There were 189"), a place
        if (opening := _OPENING_CLAUSE.match(text, start)) and m.end <= opening.end() <= at:
            continue  # "While the Lok Sabha comprises 543 members, counting … 542 seats"
        if "," in text[m.end : at] and (aside := _ASIDE_OPENS.search(text, start, m.start)) \
                and not _TALLIED.search(aside.group(0)):
            continue  # the aside closes before the figure
        if kind == "percent" and _OWNS_A_VOTE.match(text, m.end):
            continue  # "Hale won Orla's presidential election with 58.2%": Hale's share
        if text.startswith(("'s", "’s"), m.end) and text[max(start, m.start - 2) : m.start] \
                == ", " and "," in text[m.end : at]:
            continue  # "Ivo Tolvan, Orla's former finance minister, was sentenced": an
            # apposition opened by its owner's name
        return m
    return None
