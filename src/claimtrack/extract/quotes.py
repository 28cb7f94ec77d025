"""Quoted passages and their speakers.

Curly quotes pair unambiguously; straight double quotes pair in order within
a paragraph. Single curly quotes count only around two or more words (so an
apostrophe is never an opening quote). The speaker is looked for where news
writing puts it: ``“...,” Kovac said``, ``Kovac said: “...”``, ``according
to Kovac``, ``the mayor wrote on her blog that “...”``, or, for a quote
embedded in reporting (``Hale called the minister “a reckless leader”``), the
subject of the saying verb before it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence

import attrs

from claimtrack.extract.entities import GLUED_PARTICLE, FoundMention, country_of, is_dateline
from claimtrack.extract.lexicon import COMMUNICATION, lemma_of
from claimtrack.extract.sentences import ASIDE, BY_DOER, PASSIVE_BEFORE, is_title_case

__all__ = ["FoundQuote", "find_quotes", "quoted_spans", "speakers_by_age"]

_DOUBLE = re.compile(r"“([^“”\n]{2,2000})”|\"([^\"\n]{2,2000})\"|«([^«»\n]{2,2000})»|"
                     r"(?<![^\s(\[])”([^“”\n]{1,2000}?[,.!?])”(?!\w)")
"""Double quotation marks: curly, straight or guillemets; and a quote opened with a
closing mark, as some sites print it (``”Today marks a turning point,” Kovac began``),
when the mark stands after a space and the passage closes with a stop or a comma."""
_SINGLE = re.compile(r"(?<![\w])‘([^‘’\n]*?\s[^‘’\n]*?)’(?![\w])")
_LOWER = (r"(?:[a-z]+(?:-[a-z]+)*(?:['’]s)?\s+){0,3}"
          r"(?:(?:identified|named|known|described)\s+(?:only\s+)?(?:as\s+)?)?")
"""Up to three lower-case words before a name: ``the airline's spokesman``, ``a pastor
identified only as``, ``first-time champion``."""
_LOWER_LEAD = r"(?:(?:[a-z]+(?:-[a-z]+)*\s+){1,2}(?=[A-Z]))?"
"""Lower-case words before an employer: ``first-time Orla Cup champion Kovac``."""
_NAME_WORD = r"(?:" + GLUED_PARTICLE + r")?[A-Z][\w.’‘'-]*"
"""One capitalised word of a name, its apostrophes and ʻokina stand-in included
(``O’Neill``, ``Hawai‘i``, ``Jr.``), or a surname with its particle (``al-Ansari``)."""
_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}"
_EMPLOYER = r"(?:(?:" + _NAME_WORD + r"\s+){1,3}(?=[a-z]+\s+[A-Z]))?"
"""Whom a speaker works for, before the job: ``CNN reporter Gabe Cohen``."""
_SAYING = (r"said|says|wrote|writes|added|adds|told\s+\w+|tweeted|posted|stated|declared|"
           r"insisted|argued|warned|explained|noted|announced|confirmed|recalled|replied|"
           r"responded|continued|stressed|acknowledged|conceded|remarked|cautioned|expressed|"
           r"asserted|emphasi[sz]ed|vowed|pledged")
_REPORTS_ON = r"(?!\s+that\s+(?!day|night|morning|afternoon|evening|week))"
"""Not a verb of saying that goes on to report something else (``“…” The Centre confirmed
that Jamaica …``); ``said that day`` still attributes."""
_OFFICE = (r"(?:(?:foreign|defen[cs]e|interior|health|finance|justice|state)\s+)?(?:ministry|"
           r"government|army|military|navy|police|embassy|officials?|spokes(?:man|woman|person)|"
           r"authorities|office|agency|department)")
"""An office named by its country or owner before it: ``the Israeli foreign ministry``."""
_AFTER = re.compile(
    r"[,.!?]?\s*(?:(?P<verb1>" + _SAYING + r")\s+(?P<who1>" + _EMPLOYER + _LOWER + _NAME
    + r")|(?P<who2>" + _LOWER_LEAD + _EMPLOYER + _LOWER + _NAME + r"|(?:the\s+)?" + _NAME
    + r"\s+" + _OFFICE
    + r"|he|she|they)\s+(?P<verb2>" + _SAYING + r")" + _REPORTS_ON + r")"
)
"""A speaker and a verb of saying after the quote; not one that goes on to report
something else (``“…” The Hurricane Centre confirmed that Jamaica …``)."""


_SAID_ROLE_NAME = re.compile(
    r"[,.!?]?\s*(?P<verb>" + _SAYING + r")\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:commissioner|minister|spokes(?:man|woman|person)|mayor|governor|president|chief|"
    r"director|secretary|senator|officer|official|head|leader|chair(?:man|woman)?|"
    r"superintendent|ambassador|commander|general|prosecutor|attorney|judge|coroner)"
    r",\s+(?P<who>" + _NAME + r")(?=\s*[.,;!?])")
"""``“…,” said the Delhi police commissioner, Satish Golcha.``: the role, then the name
set beside it, who speaks (not the city the role is of)."""


_EPITHET = re.compile(
    r"\s+(?:politician|lawmaker|legislator|veteran|lawyer|actor|actress|singer|star|player|"
    r"billionaire|tycoon|senator|congress(?:man|woman)|mp|candidate|nominee)"
    r"(?=\s*[,.;:!?])")
"""A person's calling after a party, country or team (``the Orla politician``, ``the
Kesh senator``): a description of someone named before, not a name. An office that is
the body's own (``the Orla spokesman``, ``the Kesh mayor``) may be someone else, and is
left as it was."""
_ACCORDING_AFTER = re.compile(r"[,.!?]?\s*according\s+to\s+(?P<who>" + _EMPLOYER + _LOWER
                              + _NAME + r")")
"""``“…,” according to Kovac``: the words credited to a name after the quote."""
_BODY_AFTER = re.compile(
    r"['’]?s?\s+(?:military|army|navy|air\s+force|armed\s+forces|police|government|"
    r"foreign\s+ministry|ministry(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?|embassy|"
    r"authorities|officials|coast\s+guard|health\s+ministry|interior\s+ministry|"
    r"defen[cs]e\s+ministry|state\s+media)\b")
"""A body a country's name is the owner of (``The Kesh military``, ``Kesh's foreign
ministry``): it speaks for the country, and the words name it."""
_GOES_ON = re.compile(r"[”\"’']?,?[”\"’']?\s*,?\s*(?:and\s+)?(declaring|saying|adding|warning|"
                      r"stressing|insisting|noting|arguing|vowing)\b[^“”\"\n]*[“\"‘']?\Z")
"""``“…,” declaring that …`` after a quote in the same sentence: its sayer speaks on."""
_EMPLOYER_ROLE = re.compile(r"\s+[a-z]+\s+")
"""The role between an employer and a person: ``Chelsea striker Cole Palmer``."""


_TITLE = re.compile(r"[A-Z][\w’'&-]*(?:\s+(?:(?:by|the|of|and|a|an|in|on|for|to|at)\s+)*"
                    r"[A-Z][\w’'&-]*){1,7},?")
"""A quoted name or title (``“Chanukah by the Sea”``, ``“Make Chile Great Again”``):
every word capitalised but the small ones, none of a sentence's stops."""
_QUOTED_AS = re.compile(r"[,.!?]?\s*(?:(?:[^.;:!?“”\"\n]{0,80}?\s)?quoted\s+"
                        r"(?P<who>[^.;:!?“”\"\n]{2,120}?)|(?P<said>[^.;:!?“”\"\n]{2,120}?)"
                        r"\s+(?:was|were|is|has\s+been)\s+quoted)\s+as\s+say(?:ing|s)\b")
"""``“…,” local broadcaster Kompas TV quoted agency head Fadli Tahar as saying``, ``“…,”
Ana Kovac was quoted as saying``: whom an outlet quotes is the speaker, not the outlet."""
_QUOTED_AS_BEFORE = re.compile(r"\bquoted\s+(?P<who>[^.;:!?“”\"\n]{2,120}?)\s+as\s+saying"
                               r"\s*[:,]?\s*[\"“‘']?\Z")
"""``Reuters quoted Ana Kovac as saying: “…”``."""


_AFTER_TITLED = re.compile(
    r"[,.!?]?\s*(?P<who>" + _NAME_WORD + r"(?:\s+(?:of|the|and|for|" + _NAME_WORD + r")){1,10})"
    r"\s+(?:said|says|wrote|writes|added|adds|told|stated|declared|explained|noted|"
    r"announced|confirmed)\b" + _REPORTS_ON)
"""``“…,” South Korea’s Minister of the Interior and Safety Lee Sang-min said``: a title
too long for :data:`_AFTER`; the speaker is the last name in it."""


_AFTER_APPOSED = re.compile(
    r"[,.!?]?\s*(?P<who>" + _NAME + r"),\s+(?:\d{1,3},\s+)?(?:[\w’'-]+\s+){0,14}?[\w’'-]+,\s+"
    r"(?P<verb>" + _SAYING + r")\b")
"""``“…,” Amparo Fort, mayor of the town of Chiva, told public radio``, ``“…,” Ana Kovac,
33, a passenger on the first train, told El País``, ``“…,” Cuomo,
who was vying to come back from a sexual harassment scandal, told supporters``: the
speaker is the name before the apposition or relative clause (up to 15 words)."""


_OPENING = r"(?:^|[.!?\n][\"”’']?)\s*"
"""The start of the text or of a sentence, past a closing quote mark."""
_OPENS = re.compile(_OPENING + "$")
_AFTER_COMMA = re.compile(r"(?:,|;|\bbut)\s*$")
_TITLE_WORDS = ("mayor|governor|president|minister|chief|spokesman|spokeswoman|spokesperson|"
                "director|commissioner|secretary|senator|officer|head|leader|chairman|"
                "chairwoman|deputy|prime|foreign|county|city|state|police|fire|the|a|an|"
                "ministry|department|agency|army|military|government|health|interior|"
                "defence|defense|justice|finance|disaster|emergency|civil|party|national|"
                "regional|provincial|district|airport|hospital|union|embassy|council|court")
_TITLED_OPENING = re.compile(
    _OPENING + r"(?:(?:" + _NAME_WORD + "|(?:" + _TITLE_WORDS + r")|[a-z]+['’]s)\s+){1,5}\Z")
"""A person whose title opens the sentence: ``Maui County mayor Richard Bissen Jr. said``,
``The airline's spokesman Max Hale``."""
_NAMED_OPENING = re.compile(_OPENING + r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){1,3}?(?:named|called|"
                            r"identified\s+as)\s+\Z")
"""A sentence opened by someone the text then names: ``A doctor named Krishna, who
witnessed the crash, described …``."""
_NAMED_AS_WHO = re.compile(_OPENING + r"[Tt]he\s+[^.;:!?\"“”]{0,40}?\b(?:was|is)\s+"
                           r"[^.;:!?\"“”]{0,80}?\Z")
_NAMED_LAST = re.compile(r"\s*\.")
"""A sentence that says who its subject was, naming him last: ``The lone survivor was a
40-year-old British national, Ramesh Vishwaskumar.``"""
_VERB_NEXT = re.compile(r",?\s+(?!(?:of|and|or|in|on|at|to|for|with|from|by|as|the|a|an|"
                        r"which|who|whose|where|when)\b)(?:[a-z]+ly\s+)?(?![a-z]+ing\b)[a-z]+\b")
"""A clause subject: a name after a comma, followed by a lower-case word that is no
preposition (``…, Kovac evaded``, ``…, Kovac quietly said``, ``a spokesman, Kovac,
told``) and no participle (``told the news agency, Xinhua, adding that``)."""


_OTHER_PRONOUN = re.compile(r"\b(?:they|we|I|you)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
"""A saying verb whose subject is a plural or personal pronoun (``what they described
as``), which names no one the text does."""
_SAID_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:" + _SAYING + r")\b")
"""A saying verb just after a name: ``Sheila Warren told The Post``."""


_SHARED_BEFORE = re.compile(r"(?<![-A-Za-z])(shared|shares)\s*[,:]\s*[\"“‘']?\Z")
"""``Berger shared, “…”``: a verb that says nothing alone (``shared a video``), but with
a comma or a colon right before the quote hands it over."""


_INTRODUCES = re.compile(r"\s*:\s*[\"“‘']?")
"""A colon that hands over to the quote: ``Said Kovac: “…”``."""


_BRACKETED = re.compile(r"\([^()]*\)")
"""``on X (formerly known as Twitter), police said``: a name in brackets is no speaker."""


@attrs.frozen
class FoundQuote:
    """A quote in text coordinates: the words inside the marks, its speaker, and, when
    the text names no one, the words that describe who spoke (``the fashion house``)."""

    start: int
    end: int
    speaker: FoundMention | None
    verb: str | None
    described: tuple[int, int] | None = None


_DESCRIBED_SAYING = (r"said|says|told|wrote|writes|added|adds|stated|read|reads|estimated|"
                     r"explained|noted|confirmed|announced|continued|insisted|warned")
_DESCRIBED_WHO = (r"(?:the|a|an|his|her|its|their|one|another)\s+(?:[\w’'-]+\s+){0,4}?"
                  r"[a-z][\w’'-]*|it|police|officials|authorities|witnesses|residents|rescuers|"
                  r"doctors|experts|analysts|investigators|prosecutors|sources")
_DESCRIBED_AFTER = re.compile(
    r"[,.!?]?\s*(?:(?P<who>" + _DESCRIBED_WHO + r")\s+(?:\w+ly\s+)?(?P<verb>"
    + _DESCRIBED_SAYING + r")\b" + _REPORTS_ON + r"|(?P<verb2>said|says|added|wrote)\s+(?P<who2>"
    r"(?:the|a|an|one|another)\s+(?:[\w’'-]+\s+){0,4}[a-z][\w’'-]*)(?=\s*[,.;:!?]))")
"""Who spoke, described but not named, after the quote: ``“…,” the fashion house said``,
``“…,” it said``, ``“…” the statement read``, ``“…,” said a stunned museum visitor``."""


_DESCRIBED_BEFORE = re.compile(
    r"(?P<who>(?:(?-i:[AT]he|A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*)|"
    r"(?-i:Police|Officials|Authorities|Witnesses|Residents|Rescuers|Doctors|Sources))"
    r"\s+(?:\w+ly\s+)?(?P<verb>" + _DESCRIBED_SAYING + r")\b(?:\s+(?:reporters|journalists))?"
    r"\s*[,:]?\s*[“\"‘']?\Z")
"""Who spoke, described but not named, opening the sentence just before the quote: ``A
source said, “…”``, ``The spokesman told reporters: “…”``."""


_DESCRIBED_SUBJECT = re.compile(
    r"(?P<who>(?-i:A|An|The|One)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)"
    r"(?=\s+(?:who|whose|,|said|says|told|recalled|described|added)\b)")
"""A sentence that opens on someone described, not named, who speaks: ``A local worker
who witnessed the crash said …`` (then ``“…,” he said`` is that worker)."""


_PEOPLE_OF = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:newspapers?|press|media|outlets?|commentators?|analysts?|"
    r"experts?|residents?|people|fans?|users?|observers?|witnesses|tourists?|"
    r"journalists?|reporters?|scholars?|economists?|voters?|critics?|international|"
    r"striker|forward|midfielder|defender|goalkeeper|player|star|winger|company|firm|"
    r"carmaker|automaker|chipmaker|maker|manufacturer|retailer|airline|carrier|bank|lender|"
    r"insurer|group|giant|conglomerate|startup|broadcaster|publisher)\b")
"""``some French newspapers calling it``, ``Polish fans described``, ``The Sweden
international … has said``, ``The British company said``: a country's word before people
or a business that are not its state; they speak, not the country."""
_REDUCED_PASSIVE = re.compile(r",\s*(?:\w+ly\s+)?\Z")
"""A saying verb in ``-ed`` right after a comma and right before ``as`` (:data:`_AS_NEXT`):
``Baisaran, popularly referred to as``, ``the Gloria line, described as``: a participle of
what is said of the name before (``Kovac, described it as`` is her saying)."""
_AS_NEXT = re.compile(r"\s+(?:to\s+)?as\b")
_UNNAMED_SAYER = re.compile(
    r"(?:(?P<prev>[\w.’'-]+)\s+)?\b(?:[Aa]uthorities|[Oo]fficials|[Pp]olice|[Ww]itnesses|"
    r"[Ee]yewitnesses|[Rr]esidents|"
    r"experts|analysts|investigators|sources|observers|critics|doctors|rescuers|"
    r"scientists|survivors|neighbou?rs|locals)\s+(?:(?:have|has|had)\s+)?(?:\w+ly\s+)?\Z")
"""``what authorities have described as``, ``witnesses said``: a plural common noun
right before the saying verb, with no name of its own before it (``Hong Kong police
said`` names whose police)."""
_UNNAMED_WHO = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}?(?:witness|survivor|resident|"
    r"official|man|woman|mother|father|parent|student|teacher|worker|driver|passenger|"
    r"neighbou?r|source|friend|relative|local|fan|tourist|visitor)\s+who\b")
"""``A witness who survived …``: a sentence whose subject is someone the text does not
name, then a relative clause that may name places and others."""
_WORDS_WERE = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?=['’]s?\s))(?:['’]s?)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:words|statement|message|remarks|reply|response|answer|tweet|"
    r"post)\b[^.;:“”\"]{0,60}?\b(?:were|was|read|reads)\s*:?\s*[“\"‘]?\Z")
"""``His last words to fans at Villa Park were:``, ``Kovac's statement read:``: whose words
the quote after them is, though no verb of saying stands before it."""
_WORDS_REACH = 600
"""How far back ``his`` or ``her`` before such words may find the person they mean."""
_AFTER_REACH = 400
"""How far after a quote its speaker may be named (``“…,” Kompas TV quoted agency head
… as saying`` reaches 240 characters)."""
_RELATIVE_IT = re.compile(r",?\s*\b(?:which|that)\s+(?:it|they)\s+(?:\w+ly\s+)?\Z")
"""``Melissa, which it described as``: the relative clause's subject pronoun."""
_LOCATIVE_BEFORE = re.compile(r"\b(?:from|in|at|near|outside|inside)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)?\Z")
"""``from White House, Westmoreland``: a place named after a preposition, and the
larger place after it, which say where someone is from, not who speaks."""
_UNNAMED_SUBJECT = re.compile(r"\s*[\"“‘']?(?:The\s+)?(?:Police|Officials|Authorities|"
                             r"Investigators|Prosecutors|Witnesses|Residents|Protesters|"
                             r"Rescuers|Doctors|Troops|Soldiers|Lawmakers)\s+(?:\w+ly\s+)?"
                             r"[a-z]+(?:ed|s)\b")
"""A sentence opened by people the text does not name, then their verb (``Police arrested
Kovac, saying …``): the participle's words are theirs, not the named person's the sentence
acts on (``Residents like Tomas Ruiz …, noting`` names its speaker)."""


_OPENING_PHRASE = re.compile(
    r"(?:(?:In|On|At|During|After|Before|Later|Earlier|Meanwhile|Separately|However|Then|"
    r"Also|Still|Yet|Instead)\b[^,]{0,50},\s*)?(?:[Tt]he\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:attorney|lawyer|spokes(?:man|woman|person)|minister|official|"
    r"officer|chief|director|judge|senator|prosecutor|analyst|economist|leader|secretary|"
    r"governor|mayor|captain|coach|manager|striker|president|counsel)\s+)?")
"""What may open a sentence before its subject: ``In their statement, TRF cited …``,
``The ministry, citing …``, a role before the name (``Defense attorney Alexandra Shapiro
urged …``)."""


def quoted_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every passage in quotation marks in ``text[start:stop]``,
    the marks excluded: someone's own words, whose events are theirs to date."""
    found = []
    for m in _DOUBLE.finditer(text, start, stop):
        group = next(g for g in (1, 2, 3, 4) if m.group(g) is not None)
        found.append((m.start(group), m.end(group)))
    for m in _SINGLE.finditer(text, start, stop):
        if not any(a <= m.start() < b for a, b in found):
            found.append((m.start(1), m.end(1)))
    return sorted(found)


def _quoted_at(quoted: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``quoted`` (sorted spans, a few nested at most):
    found by bisection, so a page of many quotes is not read once per name."""
    i = bisect.bisect_right(quoted, (pos, math.inf)) - 1
    return any(quoted[k][0] <= pos < quoted[k][1] for k in range(i, max(-1, i - 3), -1))


def _mention_in(mentions: list[FoundMention], start: int, end: int) -> FoundMention | None:
    """The first name that begins in ``[start, end)``: a long title and name ("said OCD
    Assistant Secretary Rafael Alejandro IV") may run past the words matched."""
    inside = [m for m in mentions if start <= m.start < end]
    return inside[0] if inside else None


def _named_in(mentions: list[FoundMention], start: int, end: int) -> list[FoundMention]:
    """The names wholly inside ``[start, end)``."""
    return [m for m in mentions if start <= m.start and m.end <= end]


def _following(pattern: re.Pattern[str], text: str, q_end: int, stop: int
               ) -> re.Match[str] | None:
    """``pattern`` read just after a quote, its speaker (group ``who``) in the same
    paragraph: a name after a line break is someone else's."""
    m = pattern.match(text, q_end + 1, min(stop, q_end + 140))
    return m if m is not None and "\n" not in text[q_end : m.start("who")] else None


def _last_person(named: list[FoundMention]) -> FoundMention | None:
    """The person named last in a speaker's words (``CNN reporter Gabe Cohen``, ``Orla's
    Minister of Ports Max Hale``): whom they work for and where are named before."""
    people = [m for m in named if m.kind == "person"]
    return people[-1] if people else None


def _last_subject(text: str, mentions: list[FoundMention], starts: list[int], before: int,
                  quoted: list[tuple[int, int]], since: int) -> FoundMention | None:
    """The person who last opened a sentence or clause before ``before``: what ``he``
    most likely means (``When reporters asked Kovac …, Kovac evaded the question. He
    …``).

    Words inside quotation marks are someone else's sentence (``“… Obey the orders
    of humanity!”``), so a name there is never the narrative's subject. Nothing
    before ``since`` is looked at. ``mentions`` are in text order, ``starts`` their
    starts, so each call reads only the mentions in ``[since, before)``.
    """
    for k in range(bisect.bisect_left(starts, before) - 1, -1, -1):
        m = mentions[k]
        if m.start < since:
            break
        if m.kind not in ("person", "other"):
            continue
        if _quoted_at(quoted, m.start):
            continue
        if country_of(text[m.start : m.end]) and _PEOPLE_OF.match(text, m.end):
            continue  # "The Sweden international …": a player, not the country
        if m.start == 0 or _opens_clause(text, m) \
                or (m.kind == "person" and _TITLED_OPENING.search(text, max(0, m.start - 80),
                                                                  m.start)) \
                or _NAMED_OPENING.search(text, max(0, m.start - 60), m.start) \
                or (m.kind == "person" and _NAMED_LAST.match(text, m.end)
                    and _NAMED_AS_WHO.search(text, max(0, m.start - 100), m.start)) \
                or (m.kind == "person" and _SAID_NEXT.match(text, m.end)):
            return m
    return None


def _opens_clause(text: str, m: FoundMention) -> bool:
    """Whether ``m`` opens a sentence, or a clause after a comma or ``but`` as its verb's
    subject (``Born in Kesh in 1948, Kovac rose to fame``, ``… but Hale did not let her
    finish``)."""
    return bool(_OPENS.search(text, max(0, m.start - 4), m.start)
                or (_AFTER_COMMA.search(text, max(0, m.start - 5), m.start)
                    and _VERB_NEXT.match(text, m.end)))


def _latest(speaker: FoundMention | None, speaker_end: int, subject: FoundMention | None,
            since: int) -> FoundMention | None:
    """Who ``he`` or an unattributed quote most likely means: the sentence subject
    named after the last quote's speaker spoke, else that speaker if the quote ended
    after ``since`` (``One police official noted …`` in between is someone new)."""
    if subject is not None and (speaker is None or subject.start > speaker_end):
        return subject
    return speaker if speaker_end >= since else None


_SPEAKING_KINDS = frozenset({"person", "other", "org"})


def _opener(text: str, mentions: list[FoundMention], sent_start: int, before: int,
            kinds: frozenset[str] | None = _SPEAKING_KINDS) -> FoundMention | None:
    """The name that opens the sentence as its subject, past an opening phrase (``In
    their statement, TRF …``), ending before ``before``; of ``kinds`` (any, if ``None``)."""
    return next((m for m in mentions if sent_start <= m.start and m.end <= before
                 and (kinds is None or m.kind in kinds)
                 and _OPENING_PHRASE.fullmatch(text[sent_start : m.start].lstrip(" \"“‘'"))),
                None)


def _speaker_before(text: str, mentions: list[FoundMention], sent_start: int,
                    q_start: int, antecedent: FoundMention | None,
                    quoted: Sequence[tuple[int, int]] = (),
                    ) -> tuple[FoundMention | None, str | None]:
    """The subject of the last saying verb before the quote, in its sentence; for a
    ``he`` or ``she`` with no name before it there, ``antecedent``.

    A saying verb joined by ``and`` with no subject of its own (``He said Tolva
    was “…” and called for “…”``) shares the subject of the sentence's first one.
    """
    before = text[sent_start:q_start]
    verb_at = None
    verb = None
    first_at = None
    for m in re.finditer(r"(?<![-A-Za-z])[A-Za-z]+", before):
        # "a so-called “demographic invasion”": the end of a compound is no saying verb
        lemma = lemma_of(m.group(0))
        if lemma in COMMUNICATION:
            verb_at, verb = sent_start + m.start(), m.group(0)
            first_at = verb_at if first_at is None else first_at
    if verb_at is None and (shared := _SHARED_BEFORE.search(before)) is not None:
        # "In an official statement, Berger shared, “…”": sharing words is saying them
        verb_at, verb = sent_start + shared.start(1), shared.group(1)
    if verb_at is not None and first_at is not None and verb_at != first_at \
            and re.search(r"\band\s+(?:\w+ly\s+)?$", text[sent_start:verb_at]):
        verb_at = first_at
    elif verb_at is not None and re.search(r"\band\s+(?:\w+ly\s+)?$", text[sent_start:verb_at]):
        # "A video released by the ministry showed Kovac … and stated she was “…”": the
        # verb shares the sentence's subject, not the name just before it; but "prompting
        # Kovac to raise her voice and say" makes the name before "to" its subject
        controlled = [m for m in mentions if sent_start <= m.start and m.end < verb_at
                      and _CONTROL_BEFORE.search(text, max(sent_start, m.start - 16), m.start)
                      and _TO_AFTER.match(text, m.end)]
        if controlled:
            return controlled[-1], verb
        return _opener(text, mentions, sent_start, verb_at, _SPEAKING_KINDS | {"country"}), verb
    according = re.search(r"according\s+to\s+$", before[-40:]) if before else None
    if according:
        return None, "according to"
    if verb_at is None and (words := _WORDS_WERE.search(text, sent_start, q_start)):
        # "His last words to fans at Villa Park were: “…”", "Kovac's statement read:"
        owner = words["owner"]
        if owner.lower() in ("his", "her"):
            # the person who last opened a sentence of the passage before, when no
            # subject is nearer (not a band named in passing)
            person_keys = {m.key for m in mentions if m.kind == "person"}
            named = [m for m in mentions if m.key in person_keys and m.end <= sent_start
                     and sent_start - m.start <= _WORDS_REACH and _opens_clause(text, m)]
            return antecedent or (max(named, key=lambda m: m.start) if named else None), "words"
        return next((m for m in mentions if m.start == words.start("owner")), None), "words"
    if verb_at is None and (label := _LABEL.fullmatch(text, sent_start, q_start)):
        # "Hale: “I'm talking about …”": a transcript's speaker, named before a colon
        return next((m for m in mentions if m.start == label.start("who")
                     and m.end == label.end("who") and m.kind in ("person", "other")),
                    None), None
    if verb_at is None:
        return None, None
    if PASSIVE_BEFORE.search(text, max(sent_start, verb_at - 16), verb_at) or (
            verb is not None and verb.lower().endswith("ed")
            and _REDUCED_PASSIVE.search(text, max(sent_start, verb_at - 24), verb_at)
            and _AS_NEXT.match(text, verb_at + len(verb))):
        # "was called “the heist of the century” by several local newspapers", "Baisaran,
        # popularly referred to as ‘mini Switzerland’": the sentence's subject is what
        # was said of, not who said it
        return None, verb
    if _UNNAMED_WHO.match(text[sent_start:verb_at].lstrip(" \"“‘'")):
        # "A witness who survived the collapse of the Orla Mosque described the chaos:":
        # the witness speaks, not the mosque named in the relative clause
        return None, verb
    if (unnamed := _UNNAMED_SAYER.search(text, max(sent_start, verb_at - 60), verb_at)) \
            and not (unnamed["prev"] or "a")[0].isupper():
        # "what authorities have described as …", "witnesses said": people the text
        # does not name speak, not the person named before them
        return None, verb
    if verb is not None and verb.lower().endswith("ing") \
            and not re.search(r",\s*$", before[: verb_at - sent_start]):
        # "greeting the faithful from the balcony of the Basilica saying, “…”": the
        # sentence's subject speaks, not the place named just before; but "It began with
        # Hale telling Kovac, “…”": the person the participle is said of
        doer = next((m for m in mentions if m.end + 1 == verb_at and m.kind == "person"
                     and _WITH_BEFORE.search(text, max(sent_start, m.start - 6), m.start)),
                    None)
        return doer or _opener(text, mentions, sent_start, verb_at), verb
    if (relative := _RELATIVE_IT.search(text, max(sent_start, verb_at - 24), verb_at)):
        # "The NHC said Melissa, which it described as …": ``it`` is the sentence's
        # subject, not the thing the relative clause is about
        return _opener(text, mentions, sent_start, relative.start(), None), verb
    if verb is not None and verb.endswith("ing") \
            and re.search(r",\s*$", before[: verb_at - sent_start]):
        # "Kovac, addressing a crowd in Tolva, called for …, adding, “…”": a
        # participle after a comma says what the sentence's subject said.
        opener = _opener(text, mentions, sent_start, verb_at)
        if opener is not None:
            return opener, verb
        if _PRONOUN_OPENS.match(text, sent_start):
            return antecedent, verb  # "He went further, warning, “…”": who "he" is
        if _UNNAMED_SUBJECT.match(text, sent_start):
            return None, verb  # "Police arrested Kovac, saying …": the police, unnamed
    subject_end = verb_at
    aside = ASIDE.search(text, sent_start, verb_at)
    if aside:
        named = [m for m in mentions if aside.start() < m.start and m.end < aside.end()]
        if len(named) == 1 and named[0].kind == "person" and \
                text[aside.start() + 1 : aside.end()].strip(" ,") == \
                text[named[0].start : named[0].end]:
            # "The state premier of Tolva, Ana Kovac, described it as …": the name set
            # beside the title is the speaker, not an aside
            return named[0], verb
        subject_end = aside.start()  # "Ruiz, while at her farm in Tolva, wrote"
    bracketed = [(b.start(), b.end()) for b in _BRACKETED.finditer(text, sent_start, verb_at)]
    candidates = [m for m in mentions if sent_start <= m.start and m.end <= subject_end
                  and (m.end - m.start > 2 or m.kind == "country")
                  and not is_dateline(text, m)  # "NEW YORK (AP) — A judge said"
                  and not _quoted_at(quoted, m.start)
                  and not any(a <= m.start < b for a, b in bracketed)
                  and not ((m.kind == "country" or country_of(text[m.start : m.end]))
                           and _PEOPLE_OF.match(text, m.end, verb_at))]
    if _OTHER_PRONOUN.search(text, sent_start, verb_at):
        # "for what they described as a “historic fraud”": a group or the writer
        # speaks, not the person named last
        return None, verb
    pronoun = re.search(r"\b(?:he|she)\s+(?:\w+\s+)?$", text[sent_start:verb_at], re.IGNORECASE)
    if pronoun:
        # "Kovac's remarks on the radio, where she claimed ...": the person named last
        # before the pronoun; failing that, the one who last opened a sentence.
        people = [m for m in candidates if m.kind in ("person", "other")
                  and m.end <= sent_start + pronoun.start()]
        people = [m for m in people if m.kind == "person"] or people
        return (people[-1] if people else antecedent), verb
    if not candidates:
        inverted = [m for m in mentions if verb_at < m.start and m.end <= q_start
                    and m.kind in ("person", "other")]
        if inverted and _INTRODUCES.fullmatch(text, inverted[-1].end, q_start):
            # "Said fellow Kansas Sen. Roger Marshall: “…”": the verb before its subject
            return inverted[-1], verb
        return None, verb
    # The name nearest before the saying verb is its subject; prefer a person or
    # an organisation over a country or a place named in passing ("Whyte from White
    # House, Westmoreland, expressed …").
    people = [m for m in candidates if m.kind in ("person", "other", "org")
              and not _LOCATIVE_BEFORE.search(text, max(sent_start, m.start - 60), m.start)]
    return (people or candidates)[-1], verb


_CONTROL_BEFORE = re.compile(r"\b(?:prompting|forcing|causing|leading|urging|asking|"
                             r"pushing|inviting|allowing|getting)\s+\Z")
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")
"""``prompting Kovac to raise her voice and say``: the one made to act is the subject of
the verbs that follow."""
_LABEL = re.compile(r"\s*(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s*:\s*[\"“‘']?")
"""``Hale: “…”``: a name and a colon opening a quote, as a transcript names who speaks."""
_WITH_BEFORE = re.compile(r"\bwith\s+\Z")
_PRONOUN_OPENS = re.compile(r"\s*[\"“‘']?(?:He|She)\b")
_UNSTOPPED = re.compile(r"\w[^\w.!?…,;:]*\Z")
"""A passage whose last word has no stop after it (``Cardiac arrest``), as a heading's."""


def _quoted_heading(text: str, q_start: int, q_end: int, stop: int) -> bool:
    """Whether the quote is a line of its own with no stop inside (``‘Cardiac arrest’``):
    a subheading quoting the story's words, which no one said in that place."""
    if _UNSTOPPED.search(text, q_start, q_end) is None:
        return False
    before = text[max(0, q_start - 4) : q_start]
    after = text[q_end : min(stop, q_end + 4)]
    # (a few characters each way: the quote marks, and the line break or the text's edge)
    return (q_start < 4 or "\n" in before) and not before.rpartition("\n")[2].strip(
        " \t\"“‘'") and (q_end + 4 > stop or "\n" in after) and not after.partition(
        "\n")[0].strip(" \t\"”’'")


def find_quotes(
    text: str,
    sentence_bounds: list[tuple[int, int]],
    mentions: list[FoundMention],
    start: int = 0,
    end: int | None = None,
    quoted: list[tuple[int, int]] | None = None,
) -> list[FoundQuote]:
    """Find quotes in ``text[start:end]`` and attribute each to a speaker where possible.

    Args:
        text: the document text.
        sentence_bounds: sentence ``(start, end)`` pairs, to bound the search for a speaker.
        mentions: named mentions already found, to name speakers by key.
        start: where to begin.
        end: where to stop.
        quoted: the :func:`quoted_spans` of ``text[start:end]``, if read already.
    """
    stop = len(text) if end is None else end
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    sentence_starts = [a for a, _ in sentence_bounds]
    out: list[FoundQuote] = []
    last_speaker: FoundMention | None = None
    last_end = -1
    if quoted is None:
        quoted = quoted_spans(text, start, stop)
    for q_start, q_end in quoted:
        inner = text[q_start:q_end].strip()
        if len(inner.split()) < 2:
            continue  # a scare-quoted word ("fascist") is kept only with its speaker below
        k = bisect.bisect_right(sentence_starts, q_start) - 1
        at = k if k >= 0 and q_start < sentence_bounds[k][1] else None
        sent = (q_start, q_end) if at is None else sentence_bounds[at]
        if _TITLE.fullmatch(inner) and not is_title_case(text, *sent):
            # an event called "Chanukah by the Sea": a name, not words said (a headline
            # capitalises every word, quoted or not)
            continue
        # "he" means the subject or speaker of this sentence or the one before; a quote
        # left unattributed reaches back two
        recent = sentence_bounds[at - 1][0] if at else sent[0]
        earlier = sentence_bounds[at - 2][0] if at and at > 1 else recent
        # The names a speaker may be found among: a window around the quote, so that
        # each quote reads the names near it, not every name of the page.
        near = ordered[bisect.bisect_left(starts, min(earlier, sent[0]) - _WORDS_REACH):
                       bisect.bisect_right(starts, q_end + _AFTER_REACH)]
        subject = _last_subject(text, ordered, starts, sent[0], quoted, recent)
        antecedent = _latest(last_speaker, last_end, subject, recent)
        speaker, verb = None, None
        described: tuple[int, int] | None = None
        after = _AFTER.match(text, q_end + 1, min(stop, q_end + 80))
        if after and "\n" in text[q_end : after.start("who1" if after["who1"] else "who2")]:
            after = None  # a new paragraph is someone else's: "… them.”\nDr Kovac said"
        if relayed := _QUOTED_AS.match(text, q_end + 1, min(stop, q_end + 240)):
            # "“…,” Kompas TV quoted agency head Fadli Tahar as saying": the one quoted
            # speaks, not the outlet that relays the words
            named = _named_in(near, *relayed.span("who" if relayed["who"] else "said"))
            speaker = _last_person(named) or (named[-1] if named else None)
            verb = "quoted as saying"
        elif according := _ACCORDING_AFTER.match(text, q_end + 1, min(stop, q_end + 120)):
            # "… at “a very, very rapid speed,” according to Kesh Gov. Ana Kovac": the one
            # the words are credited to, not the sentence's subject
            verb = "according to"
            who_start, who_end = according.span("who")
            cut = text.find("\n", who_start, who_end)
            named = _named_in(near, who_start, who_end if cut == -1 else cut)
            speaker = _last_person(named) or (named[-1] if named else None)
            if last_speaker is not None and sent[0] <= last_end < q_start and (
                    going_on := _GOES_ON.match(text, last_end, q_start)) is not None:
                # "Kesh decried Tolva's “wicked hand,” declaring that its foe “has
                # prepared a bitter fate,” according to Reuters": the sayer goes on
                # speaking; the agency only relays the words
                speaker, verb = last_speaker, going_on.group(1)
        elif role := _SAID_ROLE_NAME.match(text, q_end + 1, min(stop, q_end + 120)):
            verb = role["verb"]
            named = _named_in(near, *role.span("who"))
            speaker = _last_person(named) or (named[-1] if named else None)
        elif after:
            who_start = after.start("who1") if after["who1"] else after.start("who2")
            who_end = after.end("who1") if after["who1"] else after.end("who2")
            verb = after["verb1"] or after["verb2"]
            speaker = _mention_in(near, who_start, who_end)
            named = [m for m in near if who_start <= m.start < who_end]
            if after["who2"] or (len(named) > 1 and _EMPLOYER_ROLE.fullmatch(
                    text, named[0].end, named[-1].start)):
                # "CNN reporter Gabe Cohen said", "said Chelsea striker Cole Palmer": the
                # person named last, not the employer before the role (a name the article
                # gives no person's shape, "Orla Cup champion Tolvan", still the last)
                speaker = _last_person(named) or (
                    named[-1] if len(named) > 1 and _EMPLOYER_ROLE.fullmatch(
                        text, named[-2].end, named[-1].start) else speaker)
            if after["who1"] and speaker is not None and speaker.kind != "person" \
                    and text.startswith("the ", who_start) \
                    and (epithet := _EPITHET.match(text, who_end)) is not None:
                # "“…,” said the Orla politician": a person named before, described by
                # party or country, not the party speaking
                speaker = _last_subject(text, ordered, starts, q_start, quoted, sent[0]) \
                    or (antecedent if antecedent is not None and antecedent.kind == "person"
                        else None)
                described = (who_start, epithet.end()) if speaker is None else None
            if speaker is None and (after["who2"] or "").lower() in ("he", "she", "they"):
                # "Beshear said the site was “…,” he told reporters": the subject of
                # this very sentence, before the quote, is nearer than any before it
                speaker = _last_subject(text, ordered, starts, q_start, quoted,
                                        sent[0]) or antecedent
                if speaker is None and at and (subject_words := _DESCRIBED_SUBJECT.match(
                        text, sentence_bounds[at - 1][0], sentence_bounds[at - 1][1])):
                    # "A local worker who witnessed the crash said … “…,” he said": the
                    # one the sentence before described, with no name
                    described = subject_words.span("who")
        elif apposed := _following(_AFTER_APPOSED, text, q_end, stop):
            verb = apposed["verb"]  # the apposition names no one else
            named = _named_in(near, *apposed.span("who"))
            speaker = _last_person(named) or (named[-1] if named else None)
        elif titled := _following(_AFTER_TITLED, text, q_end, stop):
            named = _named_in(near, *titled.span("who"))
            speaker = _last_person(named) or (named[-1] if named else None)
        if speaker is None and (
                relayed := _QUOTED_AS_BEFORE.search(text, sent[0], q_start)) is not None:
            named = _named_in(near, *relayed.span("who"))
            speaker = _last_person(named) or (named[-1] if named else None)
            verb = "quoted as saying"
        if speaker is None:
            found, found_verb = _speaker_before(text, near, sent[0], q_start, antecedent,
                                                quoted)
            speaker, verb = found or speaker, verb or found_verb
        if speaker is None and verb is not None and (
                by := BY_DOER.match(text, q_end + 1, min(stop, q_end + 12))):
            # "was described as “a reckless gamble” by Ana Kovac": the passive's doer
            speaker = next((m for m in near if m.start == by.end()), None)
        if speaker is None and last_speaker is not None and q_start - last_end < 60 \
                and sent[0] <= last_end:
            # "“A,” Kovac said, “B.”": the second part continues the first speaker.
            speaker = last_speaker
        elif speaker is None and last_speaker is not None and q_start - last_end < 400 \
                and text.count("\n", last_end, q_start) <= 2 \
                and not text[sent[0]:q_start].strip(" \t\n\"“‘'") \
                and not _quoted_heading(text, q_start, q_end, stop):
            # "“A,” said Kovac, the mayor. “B.”": a quote that is a sentence of its own
            # goes on with the last speaker, unless someone else has taken the stage
            # since ("“A,” said Kovac. Hale disagreed. “B.”").
            speaker = _latest(last_speaker, last_end, subject, earlier)
        if speaker is None and described is None and (
                opening := _DESCRIBED_BEFORE.fullmatch(text, sent[0], q_start)) is not None:
            # "A source said, “27 terrorists have been killed …”": attributed, to no name
            described = opening.span("who")
            verb = verb or opening["verb"]
        if speaker is None and described is None and (unnamed := _DESCRIBED_AFTER.match(
                text, q_end + 1, min(stop, q_end + 80))) is not None \
                and "\n" not in text[q_end : unnamed.end()]:
            # "“…,” the fashion house said in a statement": attributed, to no name
            who = "who" if unnamed["who"] else "who2"
            described = unnamed.span(who)
            verb = verb or unnamed["verb"] or unnamed["verb2"]
        if speaker is not None and described is None and (
                speaker.kind == "country" or country_of(speaker.key) is not None) and (
                body := _BODY_AFTER.match(text, speaker.end)) is not None:
            # "The Kesh military … had said": the country's military speaks for it; the
            # words that say so describe the speaker better than the country's name
            described = (speaker.start, body.end())
        out.append(FoundQuote(q_start, q_end, speaker, verb, described))
        if speaker is not None:
            last_speaker, last_end = speaker, q_end
    return out


_AGE_AFTER_NAME = re.compile(r"(?:,\s*(?P<a>\d{1,3})\s*,|[^.;:!?\n]{0,40}?\b(?:aged|at\s+the\s+"
                             r"age\s+of|died\s+at|dies\s+at|dead\s+at)\s+(?P<b>\d{1,3})\b)")
"""``Ana Kovac, 61,``, ``Orla Hale has died aged 76``: the age the text gives a name."""
_AGE_BEFORE_NAME = re.compile(r"\b(?P<a>\d{1,3})-year-old\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+)?\Z")
"""``the 22-year-old suspect Tomas Kesh``, ``The 27-year-old Tolvan ace, Ana
Kovac``: an age set before a name."""
_AGED_SPEAKER = re.compile(r"\b[Tt]he\s+(?P<age>\d{1,3})[- ]year[- ]old\b(?:\s+[a-z-]+){0,2}?"
                           r"(?=\s+(?:said|says|told|tells|added|adds|wrote|writes)\b)")
"""``The 76-year-old said``, ``the 76 year old told the crowd``: a speaker named by age."""


def speakers_by_age(text: str, quotes: list[FoundQuote], mentions: list[FoundMention]
                    ) -> list[FoundQuote]:
    """``quotes`` whose saying verb has an age for its subject (``The 76-year-old said:
    “…”``, ``…, the 76 year old told the crowd: “…”``) given the one person the text
    gives that age (``Orla Hale has died aged 76``): the speaker is the words ``The
    76-year-old``, keyed by that person, whatever name came before (``at Villa Park``).
    Two people of one age, or none, leave the quote unattributed."""
    if "year" not in text:
        return quotes
    ages: dict[int, set[str]] = {}
    for m in mentions:
        if m.kind != "person":
            continue
        after = _AGE_AFTER_NAME.match(text, m.end, min(len(text), m.end + 60))
        before = _AGE_BEFORE_NAME.search(text, max(0, m.start - 60), m.start)
        for found in (after, before):
            age = found and (found["a"] or found.groupdict().get("b"))
            if age:
                ages.setdefault(int(age), set()).add(m.key)
    out = []
    for q in quotes:
        # the descriptor just before the quote, or just after its closing mark
        for lo, hi in ((max(0, q.start - 80), q.start), (q.end, min(len(text), q.end + 60))):
            said = _AGED_SPEAKER.search(text, lo, hi)
            if said is None:
                continue
            keys = ages.get(int(said["age"]), set())
            speaker = FoundMention(said.start(), said.end(), next(iter(keys)), "person") \
                if len(keys) == 1 else None
            q = attrs.evolve(q, speaker=speaker)
            break
        out.append(q)
    return out
