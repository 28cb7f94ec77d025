"""Shared ground for the detectors: the detector state and the helpers every kind uses.

:class:`_Detector` holds what all checks need: the documents by id, the
independent-source groups, the cited evidence, the event components that
merge copies of one disagreement, and every figure of each sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from claimtrack.align import WEAK_ALIGNMENT
from claimtrack.attributes import (
    FIRST_ROUND,
    distance_of,
    group_of,
    person_of,
    place_of,
    price_of,
    stake_of,
    vote_share_of,
)
from claimtrack.claims import Claim, DateSlot, Quantity
from claimtrack.compare import compare_quantities
from claimtrack.detect.evidence import (
    _cited_evidence,
)
from claimtrack.extract.entities import PEOPLE_NOUNS
from claimtrack.extract.lexicon import EVENT_CLASSES, HAPPENING_CLASSES, MOVEMENTS
from claimtrack.extract.quantities import harm_of
from claimtrack.findings import (
    Alignment,
    Position,
    Severity,
)
from claimtrack.model import Document
from claimtrack.sources import Sources

__all__: list[str] = []

K = TypeVar("K", str, int)

_FACTUAL = frozenset({"asserted", "reported", "planned"})
_TOLL = re.compile(r"\b(?:toll|tally|so\s+far)\b", re.IGNORECASE)
"""Words of a running count: its figure and its date are of the counting."""


def _sort_key(key: tuple[object, ...]) -> tuple[str, ...]:
    """A total order for merge keys whose parts may be missing (``None``) or numbers."""
    return tuple("" if part is None else f"{part:>24}" if isinstance(part, float)
                 else str(part) for part in key)


def _stable_id(prefix: str, parts: Iterable[str]) -> str:
    digest = hashlib.sha1("\x1f".join(sorted(parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"


_INFERRED_DAY = frozenset({"clock", "clock24", "noon"})


_WRITTEN = frozenset({"dmy", "mdy", "iso", "fuzzy_month", "numeric", "month_day", "day_month",
                      "month_year", "year", "month", "quarter", "decade", "fiscal_year",
                      "clock_date", "holiday"})


def _written(slot: DateSlot) -> bool:
    """Whether the date is written out rather than worked out (``Friday``, ``last week``)
    from the publication date; a day counted from another (``30 days after the crash``)
    is the article's own arithmetic, and a holiday (``New Year's Eve``) names its day of
    the year as ``Dec. 31`` does."""
    return slot.rule in _WRITTEN or slot.rule == "counted"


def _published_apart(a: Claim, b: Claim, limit: dt.timedelta) -> bool:
    """Whether two claims' articles were both dated and published more than ``limit``
    apart."""
    pa, pb = a.span.document.published, b.span.document.published
    return pa is not None and pb is not None and abs(pa - pb) > limit


_HEADING_LINE = re.compile(r"\n[ \t]*(?=[^\n]*[A-Za-z])(?![-•*–—\d])[^\n.!?:;\"“”]{1,60}\n")
"""A line of a few words with no stop, between two paragraphs: a section's heading."""


_SUMMARY_HEADING = re.compile(
    r"\n[ \t]*(?:what\s+we\s+know|what\s+happened|key\s+(?:points|facts)|the\s+latest|latest|"
    r"summary|at\s+a\s+glance|in\s+brief|quick\s+facts|catch\s+up)\b", re.IGNORECASE)
"""A heading over a summary of the whole story (``What we know so far…``): its figures
are the lead's again, not a new section's."""


def _sections_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims of one article sit under two headings (``Kesh fire``, then
    ``Tolva fire``): a live page or a fact box that gives each section's figures, whose
    subject only the heading names (``It has burned 23,713 acres``, then ``It has burned
    14,021 acres``). A summary's heading starts no section of its own."""
    if a.document_id != b.document_id:
        return False
    first, last = sorted((a.span, b.span), key=lambda s: s.start)
    text = a.span.document.text
    return any(not _SUMMARY_HEADING.match(heading.group())
               for heading in _HEADING_LINE.finditer(text, first.end, last.start))


def _same_words(a: Claim, b: Claim) -> bool:
    """Whether two claims are the same sentence (a republished paragraph)."""
    return _spaced(a.span.text) == _spaced(b.span.text)


@functools.lru_cache(maxsize=4096)
def _spaced(text: str) -> str:
    """``text`` with every run of white space one space (each sentence read once, however
    many pairs it is in; the cache is bounded)."""
    return " ".join(text.split())


def _same_actor(a: Claim, b: Claim) -> bool:
    """Whether both claims name the same subject noun or the same agent."""
    if a.event is None or b.event is None:
        return False
    if a.event.subject and a.event.subject == b.event.subject:
        return True
    return bool(a.event.agent and a.event.agent == b.event.agent)


_ON_TARGET = re.compile(r"\b(?:on|against|from)\s+(?:the\s+|imports\s+from\s+)?\Z")
"""What stands before the target of a measure: ``tariffs on Orla``, ``sanctions against
Kesh``, ``imports from Tolva``."""


def _targets(claim: Claim) -> frozenset[str]:
    """The names a claim's measure is aimed at, right after its object's preposition
    (``raise tariffs on Orla``: ``orla``)."""
    if claim.event is None or claim.event.object is None:
        return frozenset()
    text = claim.span.document.text
    after = claim.event.span.end
    return frozenset(m.key for m in claim.participants if m.span.start > after
                     and _ON_TARGET.search(text, max(after, m.span.start - 24), m.span.start))


def _other_targets(a: Claim, b: Claim) -> bool:
    """Whether two claims aim one measure at different names: ``raise tariffs on Orla by
    10%`` and ``raise tariffs on Kesh by 11%`` are two measures, whoever imposes them."""
    ta, tb = _targets(a), _targets(b)
    return bool(ta and tb and not ta & tb)


def _same_holder(a: Quantity, b: Quantity) -> bool:
    """Whether two figures may be of one holder (:attr:`Quantity.holder`): either names
    none, or both name the same, one perhaps with a word before it (``the Opposition
    INDIA alliance`` and ``INDIA bloc members``)."""
    if a.holder is None or b.holder is None:
        return True
    return _one_name_after_words(a.holder.key, b.holder.key)


def _one_name_after_words(a: str, b: str) -> bool:
    """Whether two keys are one name, one of them with words before it (``opposition
    india alliance``, ``india alliance``)."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _held_key(claim: Claim, q: Quantity) -> tuple[str, str, str]:
    """Which holders' figures a figure is read among: those of its article, kind and unit,
    a whole with its parts (``21 seats in all`` with ``20 seats``)."""
    return claim.document_id, q.kind, q.unit.removesuffix(" in all")


def _only_one(det: _Detector, claim: Claim, quantity: Quantity) -> bool:
    """Whether the claim's sentence states just this one figure of its kind and unit
    (for its holder, when it names one: ``the NDA won 294 seats while the INDIA
    alliance had 231 seats`` states one for each). One figure written twice over
    (``half a percentage point, or 50 basis points``) is one."""
    same = {(q.low, q.high) for q in det.sentence_quantities[(claim.document_id, claim.span.start)]
            if q.kind == quantity.kind and q.unit == quantity.unit and q.per == quantity.per
            and (quantity.holder is None or _same_holder(q, quantity))}
    return len(same) == 1


def _primary_date(claim: Claim) -> DateSlot | None:
    """The claim's date for its event: the written date nearest the event word.

    A bare clock time ("at 9:59 p.m.") takes its day from elsewhere, so it
    never outranks a date the sentence writes.
    """
    dated = [d for d in claim.dates if d.type in ("DATE", "TIME")]
    written = [d for d in dated if d.rule not in _INFERRED_DAY]
    dated = written or dated
    if not dated:
        return None
    if claim.event is None:
        best = dated[0]
    else:
        at = claim.event.span.start
        best = min(dated, key=lambda d: (abs(d.span.start - at), d.span.start))
    # "just before 7pm local time (1330 GMT) on Monday night", "a Monday evening …
    # exploded at around 7:45 p.m.": a clock on the day the sentence names times the
    # event more finely than the day does
    if best.granularity != "day":
        return best
    return next((d for d in claim.dates if d.rule in _INFERRED_DAY
                 and d.value[:10] == best.value[:10]), best)


_ACRONYM_MAX = 5
"""The longest word in capitals read as an acronym in a title (``EMSC``, ``UNHCR``)."""
_THE = re.compile(r"^[Tt]he\s+")
"""The article a name may be written with (``The EMSC``)."""


def _as_written(claim: Claim, key: str) -> str:
    """A shared name as the claim writes it at its fullest: a person-like name (``Hong
    Kong``, ``Andy Yeung``) rather than the surname key that merges it with a later
    ``Yeung``; other names as written when the writing is the key (``Agusan del Sur``,
    an acronym in its capitals: ``EMSC``; ``U.S. Steel`` for ``us steel``; ``Bank of
    England`` for ``england bank``), else by their key (``United States`` for ``U.S.``)."""
    forms = [m.span.text for m in claim.participants if m.key == key and m.kind == "person"]
    if not forms:
        written = {_THE.sub("", m.span.text) for m in claim.participants if m.key == key}
        # (A long word in capitals is a dateline's place, "TORONTO", not an acronym.)
        same = sorted((w.isupper(), w) for w in written if w.lower().replace(".", "") == key
                      and not (w.isupper() and len(w) > _ACRONYM_MAX))
        if not same:
            # "Bank of England", keyed as "england bank": the words of the key, reordered
            same = sorted((w.isupper(), w) for w in written if " of " in w.lower() and sorted(
                x for x in w.lower().split() if x not in ("of", "the")) == sorted(key.split()))
        return same[0][1] if same else key.title()
    # The given name and surname of the fullest form, titles aside.
    name = " ".join(max(forms, key=lambda f: (len(f), f)).split()[-2:])
    return name.title() if name.isupper() and " " in name else name


_NOUN_OF = {"die": "death"}
"""A verb's noun, for a title that names its object: the ``death toll``."""


def _event_words(claim: Claim, alignment: Alignment, unit: str = "",
                 owner: str | None = None) -> str:
    """What a finding is about, for its title: the aligned event and the names the
    claims share, or the one name whose figure it is (``receive seat (Orla Party)`` of
    ``the Kesh Union will receive 208 seats, the Orla Party — 151``). A count of the
    harmed is named by its harm (``people missing``), which the sentence's verb
    (``injure``) may not say."""
    what = alignment.predicate
    if claim.event is not None and EVENT_CLASSES.get(claim.event.predicate) == what:
        what = claim.event.predicate  # "die" as the claim says, not its class "kill"
    person = person_of(what)
    if person is not None:
        return f"age of {_as_written(claim, person)}"
    if (place := place_of(what)) is not None:
        return f"population of {_as_written(claim, place)}"
    if (bought := price_of(what)) is not None:
        return f"price of {_as_written(claim, bought)}"
    if (group := group_of(what)) is not None:
        return f"number of {group.title()}"
    if (holder := stake_of(what)) is not None:
        return f"stake held by {_as_written(claim, holder)}"
    if (winner := vote_share_of(what)) is not None:
        which = FIRST_ROUND if what.endswith(FIRST_ROUND) else ""
        return f"share of the vote won by {_as_written(claim, winner)}{which}"
    if (ends := distance_of(what)) is not None:
        origin, reference = ends
        if origin not in {m.key for m in claim.participants}:
            return f"distance of the {origin} from {_as_written(claim, reference)}"
        return f"distance of {_as_written(claim, origin)} from {_as_written(claim, reference)}"
    if alignment.object:
        what = f"{_NOUN_OF.get(what, what)} {alignment.object}"  # "death toll"
    elif unit in PEOPLE_NOUNS and " " not in what and not harm_of(unit):
        what = f"{what} {unit}"  # "affect passengers": the verb alone says not whom
    elif what in MOVEMENTS and claim.event is not None and claim.event.subject \
            and claim.event.subject not in HAPPENING_CLASSES:
        what = f"{claim.event.subject} {what}"  # "profit fall": what fell
    if claim.event is not None and claim.event.ordinal and claim.event.predicate == what:
        what = f"{claim.event.ordinal.replace('another', 'later')} {what}"  # "second landslide"
    if harm := harm_of(unit):
        # "people dead from Orla"; a people's count is "Indians dead".
        whose = unit[len(harm):].strip()
        what = f"people {unit}" if not whose or whose.startswith("from ") or whose == "aboard" \
            else f"{whose.title()} {harm}"
    names = [_as_written(claim, k) for k in alignment.shared][:3]
    if owner is not None and owner in alignment.shared:
        names = [_as_written(claim, owner)]
    return what + (f" ({', '.join(names)})" if names else "")


def _cap(found: tuple[Severity, str], why: Alignment) -> tuple[Severity, str]:
    """An alignment resting only on the story's main event word caps severity at low."""
    if why.score <= WEAK_ALIGNMENT and found[0] != "low":
        return "low", found[1] + "; but the claims share only the article's main event word"
    return found


class _Components(Generic[K]):
    """Disjoint sets of keys, each named by its smallest key (union-find with path
    compression): the event components that merge copies of one disagreement, the
    groups of one fact's clashes that share a figure. Joining is near-constant time, so
    a feed's components cost near-linear time in its pairs."""

    def __init__(self) -> None:
        self._parent: dict[K, K] = {}

    def join(self, a: K, b: K) -> None:
        """Put ``a`` and ``b`` in one set."""
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def root(self, key: K) -> K:
        """The smallest key of ``key``'s set."""
        parent = self._parent
        root = key
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(key, key) != root:
            parent[key], key = root, parent[key]
        return root


_AGREE = frozenset({"same", "compatible"})


def _stated_besides(figures: Iterable[Quantity], own: Quantity, other: Quantity,
                    unlike_own: bool = False) -> bool:
    """Whether ``figures`` hold, besides ``own``, one of ``other``'s unit that agrees with
    ``other`` (and, with ``unlike_own``, not with ``own`` too: ``more than 20`` agrees
    with both 26 and 28 and tells neither apart)."""
    return any(q.span != own.span and q.unit == other.unit and q.kind == other.kind
               and compare_quantities(q, other)[0] in _AGREE
               and not (unlike_own and compare_quantities(q, own)[0] in _AGREE)
               for q in figures)


_NAMED_STORM = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|(?:Tropical|Winter)\s+Storm|Storm)\s+"
    r"(?!(?:Center|Centre|Season|Hunters?|Warnings?|Watch(?:es)?|Preparedness|Relief|"
    r"Recovery|Shelters?|Prediction|Surge|Damage|Forces?|Tracker|Track|Team|Alley|"
    r"Response|Drain|Water|System|Strength|Category)\b)([A-Z][a-z]{2,})\b")
"""A storm by its name: ``Hurricane Orla``, ``Typhoon Kesh``, ``Storm Tolva`` (not the
``National Hurricane Center`` or the ``Storm Prediction Center``)."""
_LATER_QUAKE = re.compile(
    r"\b(?:second|another|new|fresh)\s+(?:(?:strong|powerful|major|deadly)\s+)?"
    r"(?:earthquake|quake|temblor|tremor)\b[^.;]{0,80}?\bafter\b", re.IGNORECASE)
"""An article on a later quake of a pair: ``It was the second temblor to rock Orla after a
magnitude 7.4 earthquake struck the same area on Friday morning``."""
_QUAKE_FACTS = ("earthquake", "aftershock", "magnitude of the ", "depth of the ",
                "distance of the earthquake")


class _Detector:
    def __init__(self, documents: Sequence[Document], claims: Sequence[Claim]) -> None:
        self.docs = {d.id: d for d in documents}
        self.claims = claims
        self.sources = Sources(documents)
        self.evidence = _cited_evidence(documents)
        self._components: _Components[str] = _Components()
        self._main_names: dict[str, str] | None = None
        self._people: dict[str, set[str]] | None = None
        self._storms: dict[str, frozenset[str]] = {}
        self._later: dict[str, bool] = {}
        # Every figure of each sentence, whichever event claim it was given to.
        self.sentence_quantities: dict[tuple[str, int], list[Quantity]] = defaultdict(list)
        # Every figure of each article.
        self._article_quantities: dict[str, list[Quantity]] = defaultdict(list)
        # The holders each article gives figures of one unit to ("the BJP won 240 seats
        # … the Congress won 99 seats"): two or more make the holder part of the fact.
        self._holders: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        # The sentences of each article that state two or more figures of one unit.
        self._several: dict[str, set[tuple[str, int]]] = defaultdict(set)
        self._component_docs: dict[str, set[str]] | None = None
        self._told: dict[tuple[object, ...], bool] = {}  # see told_together
        for claim in claims:
            key = (claim.document_id, claim.span.start)
            self.sentence_quantities[key].extend(claim.quantities)
            self._article_quantities[claim.document_id].extend(claim.quantities)
            if len(self.sentence_quantities[key]) > 1:
                self._several[claim.document_id].add(key)
            for q in claim.quantities:
                if q.holder is not None:
                    self._holders[_held_key(claim, q)].add(q.holder.key)

    def held_apart(self, a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
        """Whether two figures may be of different holders, where an article gives
        figures of that unit to several (``the BJP won 240 seats``, ``the Congress won
        99 seats``): then a figure of no holder, or of another, is another fact, not a
        clash. Elsewhere a lone holder may be a name in passing, and counts for nothing."""
        several = any(len(self._holders[_held_key(c, q)]) > 1 for c, q in ((a, qa), (b, qb)))
        return several and (qa.holder is None or qb.holder is None
                            or not _same_holder(qa, qb))

    def main_name(self, document_id: str) -> str | None:
        """The key of the name the article's claims give most often, the first named on
        a tie, countries aside: the company of an earnings report (``nvidia``)."""
        if self._main_names is None:
            counts: dict[str, Counter[str]] = defaultdict(Counter)
            first: dict[tuple[str, str], int] = {}
            for claim in self.claims:
                for m in claim.participants:
                    if m.kind != "country":
                        counts[claim.document_id][m.key] += 1
                        first.setdefault((claim.document_id, m.key), m.span.start)
            self._main_names = {}
            for doc, keys in counts.items():
                ranked = sorted(keys, key=lambda k: (-keys[k], first[(doc, k)]))
                self._main_names[doc] = ranked[0]
        return self._main_names.get(document_id)

    def people_of(self, document_id: str) -> set[str]:
        """The keys of the people an article's claims name: two articles that share none
        tell of two people's deeds, or deaths, whatever place they share."""
        if self._people is None:
            self._people = defaultdict(set)
            for claim in self.claims:
                self._people[claim.document_id].update(
                    m.key for m in claim.participants if m.kind == "person")
        return self._people.get(document_id, set())

    def storms_of(self, document_id: str) -> frozenset[str]:
        """The named storms an article tells of (``Hurricane Orla``: ``orla``)."""
        if document_id not in self._storms:
            text = self.docs[document_id].text
            self._storms[document_id] = frozenset(
                m.group(1).lower() for m in _NAMED_STORM.finditer(text))
        return self._storms[document_id]

    def other_quakes(self, a: Claim, b: Claim, predicate: str) -> bool:
        """Whether one article tells of a later quake of a pair (:data:`_LATER_QUAKE`) and
        the other does not (an evening's magnitude 6.9 and its time are not the morning
        7.4's another report gives), or either claim is the sentence that tells the two
        apart."""
        if not predicate.startswith(_QUAKE_FACTS):
            return False
        if self._later_quake(a.id, a.span.text) or self._later_quake(b.id, b.span.text):
            return True  # "the second temblor … after a 7.4 quake struck on Friday
            # morning": the sentence that sets the two apart dates neither against another
        return self._later_quake(a.document_id, self.docs[a.document_id].text) \
            != self._later_quake(b.document_id, self.docs[b.document_id].text)

    def _later_quake(self, key: str, text: str) -> bool:
        """Whether ``text`` (a claim's or a whole article's, by ``key``) tells of a later
        quake of a pair, read once per key however many pairs it is in."""
        if key not in self._later:
            self._later[key] = _LATER_QUAKE.search(text) is not None
        return self._later[key]

    def other_storms(self, a: Claim, b: Claim) -> bool:
        """Whether two articles tell of different named storms and none in common: the
        landfall of Hurricane Orla and that of Hurricane Tolva on one coast are two."""
        sa, sb = self.storms_of(a.document_id), self.storms_of(b.document_id)
        return bool(sa) and bool(sb) and not sa & sb

    def link(self, pairs: Iterable[tuple[Claim, Claim, Alignment]]) -> None:
        """Join aligned claims into components: one event each, for merging copies."""
        for a, b, _ in pairs:
            self._components.join(a.id, b.id)

    def writes_both(self, claim: Claim, own: Quantity, other: Quantity) -> bool:
        """Whether the article of ``claim`` states, besides ``own``, a figure of its unit
        that agrees with ``other`` (``the seizure of 350 kg of explosives from the rented
        home of Dr Ganaie`` and ``about 2,900 kg of explosives were recovered``): the
        article tells the two figures apart, so another's ``2,900 kg`` is no rival to its
        ``350 kg``."""
        return _stated_besides(self._article_quantities[claim.document_id], own, other,
                               unlike_own=True)

    def told_together(self, a: Claim, qa: Quantity, qb: Quantity) -> bool:
        """Whether one sentence of an article in the story of ``a`` states figures that
        agree with both ``qa`` and ``qb`` (``about $72 billion in equity and $82.7
        billion, including debt``): two measures of one thing that the article tells
        apart, not rival figures for it."""
        if self._component_docs is None:
            self._component_docs = defaultdict(set)
            for claim in self.claims:
                self._component_docs[self.component(claim.id)].add(claim.document_id)
        component = self.component(a.id)
        memo = (component, qa.kind, qa.unit, qa.low, qa.high, qb.low, qb.high)
        if memo not in self._told:
            self._told[memo] = any(
                self._states_both(key, qa, qb)
                for doc in self._component_docs[component]
                for key in self._several.get(doc, ()))
        return self._told[memo]

    def _states_both(self, key: tuple[str, int], qa: Quantity, qb: Quantity) -> bool:
        figures = [q for q in self.sentence_quantities[key]
                   if q.kind == qa.kind and q.unit == qa.unit]
        like_a = [q for q in figures if compare_quantities(q, qa)[0] in _AGREE]
        like_b = [q for q in figures if compare_quantities(q, qb)[0] in _AGREE]
        return any(x.span != y.span for x in like_a for y in like_b)

    def component(self, claim_id: str) -> str:
        """The smallest claim id of the claim's event component."""
        return self._components.root(claim_id)

    def position(self, claim: Claim, value: str | float, start: int, end: int,
                 unit: str | None, supporters: Iterable[str],
                 per: str | None = None) -> Position:
        docs = tuple(sorted(set(supporters) | {claim.document_id}))
        return Position(claim=claim, value=value, value_start=start, value_end=end, unit=unit,
                        sources=self.sources.independent(docs), documents=docs, per=per)
