"""A person's name spelled two ways: ``Jorgen Watne Frydens`` and ``Jørgen Watne Frydnes``.

A surname written with two letters swapped, one letter too many or one letter changed,
after the same given name, in reports of one story, is one person whose name one
report got wrong: a slip a copy desk exists to catch, and one that hides the person
from every search for the right spelling. People's names are never merged for
alignment (``Hansen`` and ``Hasnen`` may be two people); here the given name and the
story say that they are one, and the report says which spelling most sources write.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Sequence

import attrs

from claimtrack.claims import Claim, Mention
from claimtrack.detect.base import _Detector, _stable_id
from claimtrack.extract.claims import name_claims
from claimtrack.extract.entities import country_of, one_ending
from claimtrack.findings import Alignment, Conflict, counted

__all__: list[str] = []

_SHORTEST = 5
"""The shortest surname weighed: shorter names are as often other names as slips."""
_STORY_NAMES = 2
"""How many other names two reports must share to be of one story."""
_FOLDED = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "ł": "l", "đ": "d",
                         "ð": "d", "þ": "th", "ı": "i"})
"""Letters that no Unicode decomposition takes to plain Latin (``Jørgen``: ``Jorgen``)."""


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


@functools.lru_cache(maxsize=4096)
def _transliterations(word: str) -> frozenset[str]:
    """The plain spellings a name may take in English text: ``Göncz`` is ``Goncz`` or
    ``Goencz``, ``Zelenskiy`` is ``Zelensky`` (:func:`one_ending`), none of them a slip."""
    folded = _folded(word)
    return frozenset({folded, _folded(word.lower().translate(_UMLAUTS)), one_ending(folded)})


def _folded(word: str) -> str:
    """``word`` without case or accents, so that ``Jørgen`` and ``Jorgen`` meet."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(_FOLDED))
    return "".join(ch for ch in plain if ch.isalpha())


def one_slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped, one letter added or
    dropped, or one letter changed (``frydens``, ``frydnes``; ``lucey``, ``lucy``)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] \
            and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


@attrs.frozen
class _Written:
    """A person's surname as one claim writes it, with the given name just before it."""

    claim: Claim
    mention: Mention
    surname: str
    given: str
    at: tuple[int, int]
    given_at: tuple[int, int]

    def part(self, given: bool) -> tuple[str, tuple[int, int]]:
        """The given name (``given``) or the surname, folded, with where the text has it."""
        return (self.given, self.given_at) if given else (self.surname, self.at)


def _written(claims: Sequence[Claim]) -> Iterator[_Written]:
    """Every person named with a given name before the surname (``Jorgen Watne
    Frydens``: ``Watne``, ``Frydens``)."""
    for claim in claims:
        mentions = list(claim.participants)
        if claim.quote is not None and claim.quote.speaker is not None:
            mentions.append(claim.quote.speaker)
        for m in mentions:
            if m.kind != "person":
                continue
            words = m.span.text.split()
            if len(words) < 2 or _folded(words[-1]) != _folded(m.key):
                continue
            surname = _folded(words[-1])
            if len(surname) < _SHORTEST or not words[-2][:1].isupper():
                continue
            end = m.span.end
            # the given name where the text has it, whatever space stands before the surname
            given_at = m.span.start + m.span.text.rfind(words[-2], 0, len(m.span.text)
                                                        - len(words[-1]))
            yield _Written(claim, m, surname, _folded(words[-2]), (end - len(words[-1]), end),
                           (given_at, given_at + len(words[-2])))


def _as_written(w: _Written, given: bool = False) -> str:
    at = w.part(given)[1]
    return w.claim.span.document.text[at[0] : at[1]]


_VOWELS = frozenset("aeiouy")


def _given_slip(a: str, b: str) -> bool:
    """Whether two given names are one slip apart (``Micael``, ``Michael``; ``Micheal``,
    ``Michael``), not two ways of writing one name: a vowel or a ``y`` changed, added or
    dropped, or a letter doubled, is how transliterations differ (``Ahmad``, ``Ahmed``;
    ``Sergey``, ``Sergei``; ``Mohamed``, ``Mohammed``)."""
    if min(len(a), len(b)) < _SHORTEST - 1 or not one_slip(a, b):
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 2 or (a[diff[0]] not in _VOWELS and b[diff[0]] not in _VOWELS)
    short, long_ = sorted((a, b), key=len)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    extra = long_[i]
    doubled = (i > 0 and long_[i - 1] == extra) or (i + 1 < len(long_) and long_[i + 1] == extra)
    return extra not in _VOWELS and not doubled


def _slip_keys(word: str) -> Iterator[tuple[str, str]]:
    """Keys under which two spellings of one slip meet: the same letters in any order
    (a swap), or the same word with one letter left out (an addition, a change)."""
    yield "swap", "".join(sorted(word))
    yield "drop", word
    for i in range(len(word)):
        yield "drop", word[:i] + word[i + 1 :]


def _names_by_document(claims: Sequence[Claim]) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        names[claim.document_id].update(m.key for m in claim.participants)
    return names


def name_only_claims(det: _Detector, claims: Sequence[Claim]) -> list[Claim]:
    """For each document, the :func:`name_claims` of its sentences that no claim holds:
    a name is checkable wherever an article writes it, and tells its story."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.document_id].append(claim)
    return [extra for doc_id in sorted(det.docs)
            for extra in name_claims(det.docs[doc_id], by_doc[doc_id])]


def _spellings(det: _Detector, claims: Sequence[Claim], named: Sequence[Claim],
               conflicts: list[Conflict]) -> None:
    """Report each person whose surname the story writes two ways after one given name;
    ``named`` are the documents' :func:`name_only_claims`."""
    claims = [*claims, *named]
    written = sorted(_written(claims), key=lambda w: (w.claim.id, w.at))
    blocks: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    given_blocks: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    by_surname: dict[tuple[str, str], list[_Written]] = defaultdict(list)
    for w in written:
        by_surname[(w.given, w.surname)].append(w)
        for kind, key in _slip_keys(w.surname):
            blocks[(kind, w.given, key)].add(w.surname)
        for kind, key in _slip_keys(w.given):
            given_blocks[(kind, w.surname, key)].add(w.given)
    names = _names_by_document(claims)
    pairs: set[tuple[str, str, str]] = set()
    for (_, given, _), surnames in blocks.items():
        for a in surnames:
            for b in surnames:
                if a < b and one_slip(a, b):
                    pairs.add((given, a, b))
    given_pairs = {(surname, a, b) for (_, surname, _), givens in given_blocks.items()
                   for a in givens for b in givens if a < b and _given_slip(a, b)}
    found = [(by_surname[(given, a)], by_surname[(given, b)], {a, b}, False)
             for given, a, b in sorted(pairs) if not _place_and_people(a, b)]
    # (not "Sri Lanka" and "Sri Lankan": a place and its people's word)
    found += [(by_surname[(a, surname)], by_surname[(b, surname)], {a, b}, True)
              for surname, a, b in sorted(given_pairs)]
    for side_a, side_b, spelled, in_given in found:
        sides = [side_a, side_b]
        plain = [set().union(*(_transliterations(w) for w in {
            _as_written(x, in_given) for x in side})) for side in sides]
        if plain[0] & plain[1]:
            continue  # "Göncz" and "Goencz": one name, two ways of writing an umlaut
        docs = [{w.claim.document_id for w in side} for side in sides]
        if not _one_story(docs, names, spelled):
            continue
        conflicts.append(_conflict(det, sides, docs, in_given))


def _place_and_people(a: str, b: str) -> bool:
    """Whether one word is the other with a people's ``-n`` (``lanka``, ``lankan``;
    ``arabia``, ``arabian``): a place and its adjective, no slip."""
    short, long_ = sorted((a, b), key=len)
    return long_ == short + "n" and short.endswith("a")


def _one_story(docs: list[set[str]], names: dict[str, set[str]], spelled: set[str]) -> bool:
    """Whether a report of each spelling shares other names with one of the other: one
    article, or two of one story, not two people of one name in an archive."""
    for da in docs[0]:
        for db in docs[1]:
            shared = (names[da] & names[db]) - spelled
            if da == db or len(shared) >= _STORY_NAMES or any(
                    " " in key and country_of(key) is None for key in shared):
                return True  # (one name of two words or more is specific: "kesh motors")
    return False


def _conflict(det: _Detector, sides: list[list[_Written]], docs: list[set[str]],
              given: bool = False) -> Conflict:
    """The conflict of a surname (or, ``given``, a given name) written two ways."""
    # The spelling more reports write first; a tie goes alphabetically.
    (major, major_docs), (minor, minor_docs) = sorted(
        zip(sides, docs, strict=True),
        key=lambda sd: (-len(sd[1]), sd[0][0].part(given)[0]))
    first, other = major[0], minor[0]
    full = first.mention.span.text
    spelled = [_as_written(first, given), _as_written(other, given)]
    positions = tuple(det.position(w.claim, written, *w.part(given)[1], None, d)
                      for w, written, d in ((first, spelled[0], major_docs),
                                            (other, spelled[1], minor_docs)))
    lines = [
        f"One person's name is written two ways: “{spelled[0]}” "
        f"({counted(len(major_docs), 'document')}: {', '.join(sorted(major_docs))}) and "
        f"“{spelled[1]}” ({counted(len(minor_docs), 'document')}: "
        f"{', '.join(sorted(minor_docs))}).",
        f"{first.claim.document_id}: “{full}”; {other.claim.document_id}: "
        f"“{other.mention.span.text}”.",
        f"Both come before the surname “{_as_written(first)}”, and the given names are one "
        f"slip of the keyboard apart; one of them is likely misspelled." if given else
        f"Both follow the given name “{first.mention.span.text.split()[-2]}”, and the "
        f"surnames are one slip of the keyboard apart; one of them is likely misspelled.",
    ]
    why = Alignment(predicate="name", object=None, shared=(first.mention.key,), score=1.0,
                    reason="the same surname after given names one slip apart, in reports "
                           "of one story" if given else "the same given name before surnames "
                           "one slip apart, in reports of one story")
    return Conflict(
        id=_stable_id("name", sorted(f"{w.claim.id}={w.part(given)[0]}"
                                     for w in (first, other))),
        kind="name", severity="medium",
        severity_rule="a person's name spelled two ways: one spelling is likely a slip",
        event=f"the name of {full}", positions=positions, alignment=why,
        explanation="\n".join(lines),
    )
