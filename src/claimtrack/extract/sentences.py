"""Split text into sentences with exact offsets.

A sentence ends at ``.``, ``!`` or ``?`` (and any closing quotes or brackets
after it) followed by white space and an opening capital, digit or quote —
unless the word before the stop is an abbreviation (``U.S.``, ``Dr.``,
``Oct.``) or an initial. A line break ends a sentence too, so headlines and
list items without a full stop stand alone. Offsets are code points into the
text; the text is never altered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["ABBREVIATIONS", "APPOSITIVE", "ASIDE", "BE_AUXILIARY", "BY_DOER", "COMMA_ASIDE",
           "COUNT_ASIDE", "LONGEST_SENTENCE", "PASSIVE_BEFORE", "is_title_case", "sentences"]

ASIDE = re.compile(r",[^,“”\"]{3,80},\s*(?:(?:had|has|have|would|will|also|later|then|"
                   r"previously|earlier)\s+)*$")
"""An aside between a speaker and the verb of saying, searched up to the verb: ``Ruiz,
while at her farm in Tolva, wrote``. Names in it are not the speaker."""

APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|who|whose|which)\s[^,;:()\n]*,\s+(?:[a-z]+\s+){0,3}\Z")
"""The narrower aside that hides an actor: one that opens with an article or a relative
pronoun, searched up to the event word: ``Ana Kovac, the former MP for Tolva, will
visit``. Any :data:`ASIDE` would also hide the actor of ``The Singapore-flagged vessel,
identified as the Dali, struck``."""

BE_AUXILIARY = r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?"
"""The auxiliary of a passive and an adverb after it: ``was``, ``has been widely`` (a
pattern to embed, whose match ends where the participle begins)."""

PASSIVE_BEFORE = re.compile(BE_AUXILIARY + r"\Z", re.IGNORECASE)
"""A passive auxiliary just before a verb, searched up to it: ``was called``, ``has been
confirmed``. The verb's subject is what was acted on, not the doer."""

BY_DOER = re.compile(r"[,.]?\s*by\s+(?:the\s+)?")
"""``by`` after a passive verb or its quote, matched where they end: the doer of ``has
been confirmed by Phivolcs`` or ``was called “…” by Kovac`` follows it."""

_NAME_AGED = r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3},\s*\d{1,3}"
COMMA_ASIDE = (r",\s*(?:(?:mostly|mainly|many|most|all|including|ages?|aged)\s[^,.;:]{1,40}|"
               r"\d+\s+of\s+(?:them|whom)\s[^,.;:\d]{1,30}|"
               + _NAME_AGED + r"(?:,?\s+and\s+" + _NAME_AGED + r"|,\s*" + _NAME_AGED
               + r"){0,5}),")
"""An aside between commas that tells who a count's people were: ``19 people, mostly
students,``, ``four people, including a child,``, ``Two students, ages 8 and 10,``,
``another 17 victims, 14 of them children,``, ``two men, Adrian Daulby, 53, and Melvin
Cravitz, 66,`` (a pattern to embed)."""

COUNT_ASIDE = (r"(?:\s*[—–]\s*[^—–.;:]{1,40}[—–]|\s+-\s+[^.;:]{1,40}?\s-|"
               r"\s+including\s+(?:the|a|an|one|two|three|four|\d+)\s+[a-z][\w-]*|"
               + COMMA_ASIDE + r")?(?:\s+|(?<=[—–]))")
"""The aside that may part a count from its verb, and the space after it: ``26 people —
mostly tourists — were killed``, ``28 people—mostly tourists—were killed``, ``19 people,
mostly students, died``, ``Two people including the shooter are dead`` (a pattern to
embed, whose match ends where the verb's words begin)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt",
        "cmdr", "adm", "sgt", "sen", "rep", "gov", "pres", "rev", "hon", "insp", "supt",
        "inc", "corp", "ltd", "co", "plc", "llc", "bros", "dept", "univ", "assn",
        "vs", "etc", "e.g", "i.e", "cf", "approx", "est", "fig", "no", "nos", "vol", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "ft", "mt", "ave", "blvd",
    }
)

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9¿¡])|\n"
                       r"|(?<=[a-z]{3})\.(?=(?:The|A|An|He|She|It|They|We|But|In|On|This|"
                       r"That|Its|Their|His|Her|Police|Officials)\s)"
                       r"|(?:(?<=[a-z]{3})|(?<=\d\d))\.(?=[A-Z][a-z]+\s+[a-z]+\b)")
"""A stop and the space after it; or, in scraped text, a stop glued to a common sentence
opener (``Morogoro and Shinyanga.The main opposition party``) or to a capitalised word
and a lower-case one (``died at age 89.Redford died in his sleep``)."""
_WORD_BEFORE = re.compile(r"([\w.]+)$")


_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
"""Letters each closed by a dot: initials (``K.P. Sharma Oli``, ``J.R.R. Tolkien``) or an
abbreviation like ``U.A.E.``."""


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the ``.`` at ``stop`` closes an abbreviation or an initial."""
    if text[stop] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(0, stop - 12), stop)
    if not m:
        return False
    # "1:30a.m. Tuesday": the abbreviation may be glued to the number it follows.
    word = m.group(1).lower().strip(".")
    if word not in ABBREVIATIONS and word.lstrip("0123456789") in ABBREVIATIONS:
        word = word.lstrip("0123456789")
    if word in ABBREVIATIONS or _INITIALS.fullmatch(word):
        # "in the U.S. The next day": an abbreviation may also end a sentence;
        # treat it as an end only when a common sentence opener follows.
        nxt = text[stop + 1 : stop + 12].lstrip()
        return not re.match(r"(?:The|A|An|He|She|It|They|We|I|But|In|On|This|That)\b", nxt)
    # an initial: "J. K. Rowling"; a lower-case letter ends a unit ("at about 7 km/h.")
    return len(word) == 1 and word.isalpha() and text[stop - 1].isupper()


_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")
_STOPPED = re.compile(r"[.!?][\"”’]?\s*$")


def is_title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Title Case headline (``U.S. Army Veteran Kills 15
    In Deadly Truck Attack``): most of its longer words capitalised and no full stop. Its
    capitals say nothing of names or of sentence openings."""
    words = _LONG_WORD.findall(text, start, end)
    return bool(words) and sum(w[0].isupper() for w in words) > 0.6 * len(words) \
        and not _STOPPED.search(text, start, end)


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence in ``text[start:end]``, white space trimmed."""
    stop = len(text) if end is None else end
    pos = start
    for m in _BOUNDARY.finditer(text, start, stop):
        if m.group(0) != "\n" and _is_abbreviation(text, m.start()):
            continue
        cut = m.end()
        yield from _bounded(text, pos, cut)
        pos = cut
    yield from _bounded(text, pos, stop)


LONGEST_SENTENCE = 1500
"""The most characters one sentence may hold. News sentences run to a few hundred; a
longer run without a stop (a scraped table, a list, hostile input) is cut at its last
``;``, ``,`` or space before the limit, so that the work done per sentence, which grows
with the square of its dates and events, stays bounded and the whole stays linear."""


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``_trimmed`` pieces of ``text[start:end]``, none longer than
    :data:`LONGEST_SENTENCE`."""
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        cut = limit if cut <= start else cut + 1
        yield from _trimmed(text, start, cut)
        start = cut
    yield from _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
