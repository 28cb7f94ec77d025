"""Find numbers with their units and hedges: money, percentages, counts, measures, ages.

Each quantity becomes an interval: ``at least 19 people`` is [19, inf),
``about 30`` is [27, 33], ``under 50,000`` is [0, 50000). The point value is
what the text wrote. Years, dates, clock times and reference numbers are not
quantities (the temporal tagger owns those); the caller passes their spans so
they are skipped.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable

import attrs

from claimtrack.extract.entities import ONE_PEOPLE, PEOPLE_NOUNS, nationality_of
from claimtrack.extract.lexicon import LIFE_THINGS, lemma_of
from claimtrack.extract.sentences import COUNT_ASIDE
from claimtrack.temporal.lexicon import MONTH_ALIASES, MONTHS, WEEKDAY_ALIASES, number_value

__all__ = [
    "DIMENSION_WORDS",
    "HARM_UNITS",
    "MATCH_MINUTE",
    "PEOPLE_GROUPS",
    "VOTES_AGAINST",
    "VOTES_FOR",
    "FoundQuantity",
    "base_unit",
    "dimension",
    "find_quantities",
    "harm_of",
    "is_turnout",
    "qualifier_bounds",
    "range_opening",
]

_SCALE = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12, "dozen": 12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
"""Words that multiply a number, the Indian ``lakh`` (100,000) and ``crore`` (10
million) among them: ``1.75 crore people``, ``Rs 25 lakh``."""
_CURRENCY_SYMBOL = {"$": "USD", "us$": "USD", "$us": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
                    "₹": "INR", "rs": "INR", "rs.": "INR", "a$": "AUD", "au$": "AUD",
                    "$a": "AUD", "$au": "AUD", "c$": "CAD", "ca$": "CAD", "$c": "CAD",
                    "$ca": "CAD", "nz$": "NZD", "$nz": "NZD", "hk$": "HKD", "s$": "SGD",
                    "r$": "BRL"}
"""Money signs, lower-cased: the dollar alone is the US dollar; ``A$``, ``$A`` and ``AU$``
(as Australian papers write it) the Australian one, and so on."""
_CURRENCY_WORD = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "pounds": "GBP", "gbp": "GBP", "yen": "JPY", "pesos": "COP",
    "rupees": "INR", "yuan": "CNY", "francs": "CHF",
}
_QUALIFIERS = {
    "at least": (1.0, math.inf), "no fewer than": (1.0, math.inf), "more than": (1.0, math.inf),
    "no less than": (1.0, math.inf), "not less than": (1.0, math.inf),
    "not fewer than": (1.0, math.inf), "no more than": (0.0, 1.0), "not more than": (0.0, 1.0),
    "over": (1.0, math.inf), "upwards of": (1.0, math.inf), "in excess of": (1.0, math.inf),
    "nearly": (0.9, 1.0), "almost": (0.9, 1.0), "close to": (0.9, 1.05),
    "just under": (0.9, 1.0), "under": (0.0, 1.0), "less than": (0.0, 1.0),
    "fewer than": (0.0, 1.0), "up to": (0.0, 1.0), "at most": (0.0, 1.0),
    "as many as": (0.0, 1.0), "as much as": (0.0, 1.0), "as high as": (0.0, 1.0),
    "about": (0.9, 1.1), "around": (0.9, 1.1), "approximately": (0.9, 1.1),
    "roughly": (0.9, 1.1), "some": (0.9, 1.1), "an estimated": (0.85, 1.15),
    "estimated": (0.85, 1.15), "just over": (1.0, 1.1), "well over": (1.1, math.inf),
    "a little more than": (1.0, 1.2), "a little over": (1.0, 1.2),
    "slightly more than": (1.0, 1.2), "a little less than": (0.8, 1.0),
    "slightly less than": (0.8, 1.0), "a little under": (0.8, 1.0),
    "exactly": (1.0, 1.0), "past": (1.0, math.inf), "topped": (1.0, math.inf),
    "exceeding": (1.0, math.inf), "beyond": (1.0, math.inf),
}
_BELOW_HUNDRED = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_HUNDREDS = rf"[\s-]hundred(?:(?:\s+and)?[\s-]{_BELOW_HUNDRED}\b)?"
_NUMBER_WORDS = (
    rf"{_BELOW_HUNDRED}(?:{_HUNDREDS})?|a{_HUNDREDS}"
    r"|hundreds|half\s+a\s+dozen|a\s+dozen|dozens|a\s+pair\s+of|a\s+couple\s+of|"
    r"a\s+handful\s+of"
)
"""A count in words: ``seven``, ``twenty-four``, ``Two-hundred fifty``, ``a hundred and
twenty``."""
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS),
                        key=len, reverse=True))
_COUNT_ONLY = frozenset({"past", "topped", "exceeding", "beyond"})
"""Qualifiers of a count (``past 100``) that mean something else before a span of time."""
_FIGURE_BEFORE = re.compile(r"\d\s*\Z")
"""A figure just before a minus sign: a range (``10 -20``), not a negative number."""
_PARTICLE_OF = {
    "over": re.compile(r"\b(?:hand|turn|tak|took|sign|pass)\w*\s+\Z", re.IGNORECASE),
    "up to": re.compile(r"\b(?:inch|edg|tick|went|go|goes|going|mov|creep|crept|shot|jump|"
                        r"climb|rose|ris|drift|crawl|bump|push|nudg|ratchet|pick)\w*\s+\Z",
                        re.IGNORECASE),
}
"""Verbs before which a qualifier is the verb's particle, no hedge: ``handed over`` is not
``more than``, ``inched up to 4.4%`` is not ``at most``."""
_QUAL_LEAD = re.compile(rf"(?P<qual>{_QUAL})\s", re.IGNORECASE)


def qualifier_bounds(phrase: str) -> tuple[float, float] | None:
    """The factors a qualifier opening ``phrase`` puts on its figure: ``less than eight
    minutes`` may be anything under eight (0, 1), ``nearly seven`` just under (0.9, 1),
    ``about four`` either side (0.9, 1.1); ``None`` when no qualifier opens it."""
    m = _QUAL_LEAD.match(phrase)
    if m is None:
        return None
    qual = re.sub(r"\s+", " ", m["qual"].lower())
    if qual in _COUNT_ONLY:
        return None  # "past three days" is a window, not "more than three days"
    return _QUALIFIERS[qual]


def _hedged(value: float, qual: str | None) -> tuple[float, float]:
    """The interval a qualifier allows around ``value``: ``about 30`` is [27, 33]; ``more
    than 30`` is [30, ∞), strictly more, but closed for comparison."""
    lo_f, hi_f = _QUALIFIERS.get(qual, (1.0, 1.0)) if qual else (1.0, 1.0)
    low, high = value * lo_f, (math.inf if math.isinf(hi_f) else value * hi_f)
    if qual in ("more than", "over"):
        low = value
    return low, high


_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\x20\u00a0\u202f\u2009]\d{3})+(?![\d,.])|\d+)"
"""A whole number: ``2,207``, ``2 207`` (grouped by a space, thin or plain), ``2207``."""
_PATTERN = re.compile(
    rf"""
    (?:\b(?P<qual>{_QUAL})\s+)?
    (?:
      (?P<sym>US\$|(?-i:\b(?:AU|CA|NZ|HK|A|C|S|R)\$|\$(?:US|AU|NZ|CA|A|C)(?=\d))|\$|€|£|¥|₹|(?-i:\bRs\b\.?))\s?(?P<snum>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?:[\s-]?(?P<sscale>thousand|million|billion|trillion|bn|mn|m|k|tn|(?<=\d)[bt](?![\w])|lakhs?|crores?)\b)?
      |(?P<num>(?<![\w.,/])(?<!\d:)(?-i:(?<![A-Z]-)){_DIGITS}(?:\.\d+|,\d{{1,2}}(?=\s?%))?(?:[\x20\u00a0][1-9]/[1-9]\d?|[½⅓⅔¼¾])?(?![\d]|[:/]\d|['’]?s\b|(?:st|nd|rd|th)\b))(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|lakhs?|crores?)\b)?
      |(?P<word>\b(?:{_NUMBER_WORDS})\b(?!-(?:thirds?|quarters?|fifths?|tenths?)\b))(?:\s(?P<wscale>thousand|million|billion|dozen|lakhs?|crores?)\b)?
    )
    (?P<pct>\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)
      |[\s-]?(?P<bp>basis[\s-]+points?\b|bps?\b))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"\s*(?:[-–]\s*)?(?P<cur>dollars?|euros?|pounds|yen|pesos|rupees|yuan|francs|usd|eur|gbp)\b"
    r"|(?:\s*|-)(?P<unit>(?:[a-z]+[-\s])?(?:(?P<speed>(?:miles?|kilomet(?:er|re)s?)\s+(?:per|an)"
    r"\s+hour|km/h|kph|mph)|hectares?|ha|acres?|km|kilometers?|kilometres?|"
    r"nautical\s+miles?|miles?|metres?|meters?|feet|foot|ft|inch(?:es)?|yards?|cm|mm|"
    r"centimet(?:er|re)s?|millimet(?:er|re)s?|knots?|tonnes?|tons?|barrels?|kg|"
    r"kilograms?|pounds|litres?|liters?|gallons?|"
    r"square\s+(?:miles|kilometers|kilometres|meters|metres|feet)|mw|megawatts?|gw|gigawatts?|"
    r"storeys?|(?<=-)stor(?:y|ies)|(?-i:m)(?!\s+(?:(?!(?:was|is|has|as|this|its)\b)[a-z]+s|people)\b))"
    r"\b)(?P<dim>[-\s](?:long|high|tall|deep|wide|thick|in\s+(?:length|height|depth|width))\b)?"
    r"|\s+(?:others?\s+|more\s+)?(?:(?:were|was|are|have\s+been|had\s+been)\s+)?"
    r"(?P<harm>injured|wounded|hurt|dead|killed|deceased|missing)\b"
    # a noun, with up to two words before it, but no clause ("France 24 that he has")
    r"|\s+(?P<noun>(?:(?!(?:that|which|who|whom|whose|he|she|it|they|we|you|i)\s)"
    r"[a-z]+\s){0,2}?(?:[a-z]+s(?<!ss)(?<!ous)(?<!\bhas)(?<!\bwas)(?<!\bis)(?<!\bhis)"
    r"(?<!\bits)(?<!\bthis)(?<!\bas)|people|[a-z]*children|[a-z]*men|staff|personnel|police|"
    r"youth(?!\s+[a-z]+s\b)))\b",
    re.IGNORECASE,
)
_GROUP_NOUNS = (r"members|fighters|soldiers|troops|militants|officials|supporters|"
                r"staff|employees|workers|journalists|officers|police|people|civilians")
_OF_ITS_PEOPLE = re.compile(r"\s+of\s+(?:its|their|his|her|our)\s+(?P<noun>"
                            + _GROUP_NOUNS + r")\b")
"""``five of its members``: a count of the owner's people (not ``one of its`` alone)."""
_AND_PEOPLE = re.compile(r"\s+(?:and|&)\s+(?:their\s+)?(?P<noun>[a-z]+)\b(?!['’])")
"""``315 students and teachers``: a second people named with no count of its own, so the
count is of both together."""
_VAGUE_OF = re.compile(r"\s+of\s+(?P<noun>(?!(?:thousands|millions|billions|dozens|hundreds)\b)"
                       r"[a-z]+(?<=s)|people|children|men|women)\b")
"""``hundreds of people``, ``dozens of homes``: what a vague count counts (``hundreds of
thousands`` is another, larger number)."""
_NAMED_GROUP = re.compile(r"\s+(?P<noun>members)\b")
"""The members of a body named between a count and its noun: ``Six Hamas members``
(``nine Taliban fighters`` keep their side: the side's fighters, not any)."""
HARM_UNITS = frozenset({"dead", "injured", "missing", "abducted"})
"""Units of a count of the harmed (``97 dead``, ``150 injured``), by harm. Without them
the injured of ``119 killed and 150 injured`` would be read as a toll."""


_TURNOUT_AFTER = re.compile(r"\s+(?:voter\s+|electoral\s+)?turnout\b", re.IGNORECASE)
_TURNOUT_BEFORE = re.compile(
    r"\bturnout\s+(?:(?:in|for|at)\s+[^.;:%\d]{1,60}?\s+)?"
    r"(?:was\s+|stood\s+at\s+|of\s+|at\s+|reached\s+|hit\s+)(?:(?:about|around|"
    r"nearly|some|roughly|almost|just\s+over|over|more\s+than|just\s+under|under)\s+)?\Z",
    re.IGNORECASE)


def is_turnout(text: str, start: int, end: int) -> bool:
    """Whether the share at ``text[start:end]`` is a vote's turnout: ``a 57 per cent voter
    turnout``, ``a voter turnout of 46.3%``."""
    return _TURNOUT_AFTER.match(text, end) is not None \
        or _TURNOUT_BEFORE.search(text, max(0, start - 100), start) is not None


def harm_of(unit: str) -> str | None:
    """The harm a count of the harmed counts (:data:`HARM_UNITS`), whatever share of the
    toll it is: ``dead`` for ``dead``, ``dead from orla`` and ``dead indians``."""
    harm = unit.split(" ", 1)[0]
    return harm if harm in HARM_UNITS else None


def _harm_unit(word: str) -> str:
    """The :data:`HARM_UNITS` entry of a harm word: ``killing``, ``died``, ``deceased``
    and the ``lives`` of ``lost their lives`` are ``dead``; ``missing`` is ``missing``;
    ``wounded``, ``hurt``, ``injuring`` are ``injured``."""
    low = word.lower()
    if low.startswith(("kill", "dead", "death", "deceas", "die", "perish", "succumb",
                       "massacr")) \
            or low in ("lives", "life"):
        return "dead"
    if low.startswith(("abduct", "kidnap", "hostage", "captive")):
        return "abducted"  # "215 pupils were abducted", "taken hostage"
    return "missing" if low in ("missing", "unaccounted") else "injured"
_HARM_VERB_BEFORE = re.compile(r"\b(?:(?:(?:kill|injur|wound|abduct|kidnapp?)(?:s|ed|ing|e)?|"
                               r"massacr(?:e|es|ed|ing))(?:\s+all)?|deaths?\s+of)\s+\Z",
                               re.IGNORECASE)


_LISTED_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|their|its))\s+[a-z]+(?:\s+[a-z]+)?"
                            r"(?:,\s+[a-z]+(?:\s+[a-z]+)?){1,4},?\s+and\s+\Z")
"""Someone's people listed before the last of the list (``al-Hayya's son, aide, and``,
``his wife, son and``): a count that ends the list counts some of the dead it names
(``in his village and more than 20 remained missing`` lists nothing)."""


def _harm_verb_before(text: str, start: int, at: int) -> re.Match[str] | None:
    """The harm verb just before a count at ``at`` (``killing 45``, ``injured 12
    others``, ``killed all 242``), read no further back than ``start``."""
    return _HARM_VERB_BEFORE.search(text, max(start, at - 16), at)


_HARM_VERB_AFTER = re.compile(
    COUNT_ASIDE
    + r"(?:(?:(?:more|others?|were|was|have\s+been|had\s+been|are|is|remain(?:s|ed)?|still)\s+)+"
    r"(?:\w+ly\s+)?(?:(?:confirmed|reported|feared|presumed|believed|found)\s+"
    r"(?:to\s+be\s+)?)?"
    r"(?:as\s+)?"
    r"(?:killed|injured|wounded|hurt|dead|missing|unaccounted|hospitali[sz]ed|abducted|"
    r"kidnapped|taken\s+(?:hostage|captive))"
    r"|(?:(?:reported|feared|presumed|believed|confirmed)\s+(?:to\s+be\s+)?)?"
    r"(?:injured|wounded|dead|missing|unaccounted(?=\s+for\b)|hospitali[sz]ed|abducted|"
    r"kidnapped)"
    r"|killed(?=[,.;]|\s+(?:and|in|on|at|when|after|by|during|while|as|across|near)\b)"
    r"|(?:who\s+)?(?:have\s+|had\s+)?(?:\w+ly\s+)?(?:died|perished|succumbed)"
    r"|(?:sustained|suffered)\s+(?:(?:gunshot|stab|bullet|multiple)\s+)?(?:injuries|wounds)"
    r"|(?:have\s+|had\s+)?lost\s+(?:their|his|her)\s+(?:lives|life)"
    r"(?!\s+(?:" + "|".join(sorted(LIFE_THINGS)) + r")\b)"
    r"|(?:are|were|is|was)\s+among\s+(?:the\s+)?[\w,]+\s+(?:people\s+)?(?:killed|dead|injured))\b",
    re.IGNORECASE)
"""``killing 45``, ``119 people were killed``, ``five people are dead``, ``279 residents
remain missing``, ``3,408 people injured``, ``six people have been found dead``, ``45
Indians who succumbed``, ``40 Indians are among 49 killed``, ``23 people reported
missing``, ``17 suffered gunshot wounds`` (not ``three suffered critical injuries``, the
worst hurt among the injured):
people counted by what befell them, the hospitalised as injured (a bare ``killed`` only
where no object follows: ``two men killed a guard`` is no toll), so the toll of one article meets
``97 dead`` in another and the injured stay apart. The harm word is the last word of
the match."""
_FATALLY = re.compile(r"\b(?:fatally|mortally)\s+\w+\Z", re.IGNORECASE)
"""``five were fatally injured``: the injured who died, counted with the dead."""
_GRAVELY = re.compile(r"\b(?:critically|seriously|severely|gravely|badly)\s+\w+\Z",
                      re.IGNORECASE)
"""``three are gravely injured``: the worst hurt, a group of the injured, not all of them."""
_CRITICAL_AFTER = re.compile(
    COUNT_ASIDE + r"(?:(?:were|was|are|is|remain(?:s|ed)?)\s+)?(?:(?:reported|said|listed)\s+"
    r"(?:to\s+be\s+)?)?in\s+(?:a\s+)?(?:critical|serious|grave)\s+condition\b", re.IGNORECASE)
"""``three were reported in critical condition``: the worst hurt among the injured."""
_LIVES_TAKEN = re.compile(r"\b(?:claim|cost|take|took|taken)(?:s|ed|ing)?\s+\Z", re.IGNORECASE)
"""``claimed 44 lives``, ``cost 13 lives``: lives counted as lost."""
_CROWD_BEFORE = re.compile(
    r"\b(?:(?P<of>(?:crowd|attendance|audience|gate)\s+of)|in\s+front\s+of|before|watched\s+by)"
    r"\s+(?:(?P<of2>(?:a|the)\s+(?:[\w-]+\s+)?(?:crowd|attendance)\s+of)\s+)?"
    r"(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|a\s+record\s+)?\Z",
    re.IGNORECASE)
"""``before a crowd of 81,188``, ``in front of 81,118 fans``, ``among the crowd of``: the
people who watched, a fact of the event."""
_CROWD_NOUNS = frozenset({"fans", "spectators", "supporters", "crowd"})
_LIVES_LOST = re.compile(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?lost\b",
                         re.IGNORECASE)
"""``with 208 lives lost``, ``12 lives were lost``: lives counted as lost."""
_OTHER_CAUSES = re.compile(
    r"\s+(?:from|of)\s+(?:causes\s+(?:unrelated|not\s+related)|unrelated\s+causes|"
    r"natural\s+causes|other\s+causes)\b", re.IGNORECASE)
"""``eight people died from causes unrelated to the catastrophe``: deaths set apart from
the toll."""
_HARM_NOUNS = {"fatalities": "dead", "deaths": "dead", "injuries": "injured"}
"""Counts named by the harm itself: ``13 fatalities``, ``five injuries``."""
_TOLL_TO = (
    r"(?:(?!\b(?:because|but|while|when|after|although|since|until|and)\b)[^.;:\d]){0,80}"
    r"\b(?:at|of|(?:rose|ris\w+|climb\w*|soar\w*|jump\w*|surg\w*|increas\w*|mount\w*|"
    r"grow\w*|grew|swell\w*|went\s+up|gone\s+up|revised|raised|up|now|has|had)\s+to|to|"
    r"reached|reach|hit|is|was|be|now|exceeded|exceeds|surpassed|passed|topped|past)\s+\Z")
_TALLY_BEFORE = re.compile(
    r"\b(?:(?P<injured>number\s+of\s+(?:injuries|(?:the\s+)?injured|people\s+(?:injured|hurt|"
    r"wounded))|injury\s+(?:toll|count|tally))"
    r"|(?P<dead>toll|death\s+(?:count|tally)|number\s+of\s+(?:deaths|dead|fatalities|victims|"
    r"people\s+(?:(?:confirmed|reported)\s+)?(?:killed|dead))))\b" + _TOLL_TO, re.IGNORECASE)
"""``the death toll rose to 86``, ``the toll in the coastal city of Orla has soared to
11,300``, ``the number of deaths in Orla exceeded 5,300 people``: a count named as a toll
of the dead; ``the number of injuries had climbed to 711``, of the injured. A new clause
ends the tally (``the toll was expected to rise because workers had yet to reach one of
the coaches``)."""
_MARGIN_BEFORE = re.compile(
    r"\b(?:defeat|beat|won|win|lost|los(?:e|ing)|led|lead|trail|edg|ahead)\w*\b[^.;:\d]{0,80}?"
    r"\bby\s+(?:a\s+(?:margin|difference)\s+of\s+)?\Z|\b(?:margin|difference)\s+of\s+\Z",
    re.IGNORECASE)
"""``defeated Munde by 6,553 votes``, ``a margin of 30 seats``: how far apart two counts
are, not a count."""
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:threshold|bar)\b|\s+(?:of\s+(?:the\s+)?(?:vote|votes|ballots)(?:\s+tally)?)?"
    r"(?:,\s*which\s+is|\s+(?:that\s+)?(?:was|is|were|are))?\s+(?:needed|required|necessary)\b")
"""``the 50 percent threshold``, ``50% of the vote tally, which is required``, ``the 50
percent of the vote needed to avoid a runoff``: a bar a result must pass, not a result."""
_IN_FAVOUR = re.compile(r"\s+in\s+favou?r\b")
"""``124 votes in favor``: the votes a motion was carried by, a vote's split as ``124-0``
gives it, not a candidate's tally."""
_EXCEEDED = re.compile(r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp?(?:s|ed|ing))\s+\Z",
                       re.IGNORECASE)
"""``exceeded 5,300``, ``topped 1,000``: a verb that makes the figure a floor."""
_GENERIC_PEOPLE = frozenset({"", "people", "persons", "individuals", "victims", "others",
                             "dead", "injured", "missing", "fatalities", "deaths", "injuries"})
PEOPLE_GROUPS = frozenset(
    "officers police policemen soldiers troops firefighters rescuers guards journalists "
    "children kids students pupils minors teenagers infants babies women girls boys "
    "foreigners crew prisoners inmates detainees civilians adults parishioners worshippers "
    "worshipers teachers members".split())
"""Counted nouns that name one group of the people an event harmed, by role, age or
sex: ``two officers`` injured is a part of the injured, never a rival to the whole."""
_LIST_NEXT = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|one|another|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s+[a-z]", re.IGNORECASE)
"""``three hikers and a van driver``: another group of people after a count, making it
one part of a list."""
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?(?P<where>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")
"""``7 deceased from Orla``: the part of a count that comes from one place, not the whole."""
_AT_A_SITE = re.compile(
    r"\s+(?:at|in|tied\s+to)\s+(?:its|their|the|[A-Z][\w.&-]*['’]s)\s+(?:[A-Z][\w.-]*,?\s+){0,4}"
    r"(?P<site>headquarters|head\s+office|plant|factory|offices|campus|facility|site|"
    r"subsidiary|unit)\b")
"""``830 job cuts at its Kesh, Varna headquarters``, ``830 workers tied to Orla's
headquarters``: the part of a company's count at one of its sites."""
_OUT_OF = re.compile(r"\b(?:out\s+)?of\s+(?:the|these|those)\s+[\d,]+\s+"
                     r"(?P<noun>(?:(?:South|North|New)\s+)?[A-Z][a-z]+(?:\s+[a-z]+)?)\b"
                     r"[^.;:!?]{0,120},\s*\Z")
"""``out of the 176 Indian workers who lived there,`` before a count: the whole the
count is a share of."""
_OF_ABOARD = re.compile(r"\b(?:out\s+)?of\s+(?:the|all)\s+[\d,]+\s+(?:[a-z]+\s+){0,3}?"
                        r"(?:(?:on\s*board|aboard)(?:\s+[^,.;:]{1,40}?)?|on\s+the\s+(?:flight|"
                        r"plane|aircraft|jet|ship|vessel|ferry|boat|bus|train))\s*,\s*\Z",
                        re.IGNORECASE)
"""``Of the 242 people on board,``, ``of the 40 aboard the ferry,`` before a count: the
count is a share of those aboard."""
_WHOLE_OF_PART = re.compile(rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:out\s+)?of\s+"
                            r"(?:the|all|its|their)\s+\Z", re.IGNORECASE)
"""``five of the``, ``3 out of all`` before a count: the count is the whole a part is of."""
_WORKFORCE_OF = re.compile(r"\b(?:workforce|work\s+force|staff|headcount|payroll)\s+of\s+"
                           r"(?:(?:about|around|some|nearly|roughly|approximately|almost|over|"
                           r"more\s+than)\s+)?\Z", re.IGNORECASE)
"""``a global workforce of 222,000``: the whole staff, not the share a layoff cuts."""
_PART_HARMED = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the|all|its|their|these|those)\s+(?:{_DIGITS}|{_NUMBER_WORDS})"
    r"(?:\s+(?!(?:who|that|which)\b)[a-z][\w-]*){0,5}?\s+(?:\w+ly\s+)?"
    r"(?:(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+ly\s+)?"
    r"(?:(?:confirmed|reported|feared|presumed|believed|found)\s+(?:to\s+be\s+)?)?"
    r"(?P<harm>killed|injured|wounded|hurt|dead|missing)"
    r"|(?:have\s+|had\s+)?(?P<died>died|perished|succumbed))\b", re.IGNORECASE)
"""``Three out of the 12 workers died``, ``two of its five crew were injured``: the part
is what the verb befell; the whole is only where the part was taken from."""
_FINITE_HARM = re.compile(r"\s+(?:\w+ly\s+)?(?:were|was|have|had|are|is|remain\w*|still|"
                          r"died|perished|succumbed|sustained|suffered)\b", re.IGNORECASE)
"""A harm verb that is the clause's own (``… workers died``, ``… were killed``), not a
clause inside the noun phrase (``the 40 people killed``, ``… who died``)."""
_AGE_BRACKET = re.compile(r"[A-Z][a-z]+\s\(\Z")
"""``Jitesh Maurya (26)``: an age in brackets after a name, as many papers write it."""
_PER = re.compile(r"\s*(?:a|per|each|every)\s+(?P<per>year|month|week|day|hour|annum|share)\b"
                  r"|\s+(?P<adverb>daily|weekly|monthly|yearly|annually)\b", re.IGNORECASE)
"""A figure's rate: ``£5 million a day``, ``1,000 cars per week``, ``£50 million weekly``."""
_ADVERB_PER = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
               "annually": "year"}
_AGE = re.compile(r"\b[A-Z][\w.'’-]*,\s*\Z")
"""``Maria Lopez, 61``: a bare number set off after a name."""
_AGE_ROLE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:[a-z]+(?:er|or|ist|ant|"
    r"ent|ian|"
    r"man|woman)|suspect|victim|pilot|boy|girl|child|mother|father|son|daughter|wife|"
    r"husband|chief|nurse|doctor|judge|priest|resident|student|teacher|worker),\s*\Z")
"""``the prosecutor, 65,``, ``a local farmer, 45,``: a bare number set off after a
person named by their role (a comma must close it, see :data:`_AGE_ROLE_AFTER`)."""
_AGE_ROLE_AFTER = re.compile(r"\s*,")
_AGE_BEFORE = re.compile(
    r"\b(?:aged|(?:at\s+)?(?:the\s+)?age\s+(?:of\s+)?|(?:died|dies|passed\s+away|death)\b"
    r"[^.;:]{0,30}?\bat|(?<![\w,] )(?:he|she)\s+was)\s*\Z", re.IGNORECASE)
"""``aged 69``, ``died on April 21 at age 88``, ``at the age of 88``, ``passed away last
month at 88``: an age, named before it (or by the death it ends); ``He was 100.``, the
obituary's sentence after the name, a bare number of years."""
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+\Z",
                        re.IGNORECASE)
_TOLL_BEFORE = re.compile(
    r"\b(?:fatalities|deaths|dead|killed|died|toll)\b(?:(?!missing|injur|wound|hurt|displac|"
    r"evacuat|unaccounted|rescu|search|survivor)[^.;:])*\Z", re.IGNORECASE)
"""``15 deaths, including 14 civilians``, ``13 people killed, among them eight civilians``:
a group named after a toll is a part of the dead (not after ``… and many missing,
including 20 girls``, a part of the missing)."""
_UPROOTED_PEOPLE = frozenset({"", "people", "residents", "inhabitants", "persons",
                             "individuals"})
"""Counted nouns whose evacuation or displacement counts the evacuated or displaced:
``2,000 residents were evacuated`` and ``2,700 people were evacuated`` count alike."""
_UPROOTED_BEFORE = re.compile(r"\b(?P<how>displac|evacuat|uproot)(?:ed|ing)\s+$", re.IGNORECASE)
_UPROOTED_AFTER = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been|been)\s+)?"
                             r"(?P<how>displac|evacuat|uproot)ed\b", re.IGNORECASE)
"""A bare count right after ``displaced`` or before it (``displaced over 200,000``, ``more
than 35,000 displaced``): the people driven from their homes, not a toll."""
_PARTITIVE = re.compile(r"\s+of\s+(?:them|whom|those)\s+(?:(?:were|are|was|being)\s+)?"
                        r"(?P<noun>[a-z]+)\b")
"""``43 people, 15 of them children``: a share of a count just given, not an age."""
_AGE_AFTER = re.compile(r"\s*[-\s]?years?[-\s]olds?\b", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[\s-]?magnitude\b", re.IGNORECASE)
_RICHTER = re.compile(r"(?:\s+degrees?)?\s+on\s+the\s+(?:open-ended\s+)?(?:richter|"
                      r"(?:moment|local)[\s-]+magnitude)\s+scale\b", re.IGNORECASE)
"""``7 on the Richter scale``, ``7.4 on the moment magnitude scale``: a quake's magnitude,
however the sentence names the quake."""
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[\s-]+(?:(?:of|as|at)\s+)?$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    "of the a an its his her their our that this these those which who where when what is "
    "are was were be has have had and or but to in on at by for from with as it they he "
    "she we us them after before during since until through among between against across "
    "without within now still also already just then even".split()
)
_FORECASTERS = frozenset("economists analysts experts forecasters investors traders "
                         "pollsters markets observers".split())
_FORECAST_VERB = re.compile(r"\s*(?:had\s+|have\s+)?(?:expected|forecast|forecasted|"
                            r"predicted|estimated|projected|anticipated)\b")
"""``the 75,000 economists had forecast``, ``the 1.5% analysts expected``: the people after
a figure who forecast it, the subject of a clause with no ``that``."""
_NOT_COUNT_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds",
                              "decades", "centuries", "times", "points", "others", "cents"})


@attrs.frozen
class FoundQuantity:
    """A quantity in text coordinates (see :class:`claimtrack.claims.Quantity`)."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    low: float
    high: float
    unit: str
    kind: str
    qualifier: str | None
    per: str | None


_PEOPLE = {"persons": "people", "individuals": "people", "positions": "jobs", "roles": "jobs",
           "job cuts": "jobs", "job losses": "jobs", "layoffs": "jobs",
           "travelers": "passengers", "travellers": "passengers",
           "air travelers": "passengers", "air travellers": "passengers",
           "air passengers": "passengers", **ONE_PEOPLE}
"""Words that count the same people or posts: ``3,500 positions`` and ``4,000 jobs``,
``300,000 air travellers`` and ``200,000 passengers``."""
_PRAISE = frozenset("priceless precious valuable invaluable irreplaceable historic rare "
                    "antique famous iconic unidentified unnamed unknown masked hooded".split())
"""Words that praise or veil what is counted without saying which: ``nine priceless pieces``
are the ``nine pieces`` another report counts, ``4 unidentified suspects`` its ``four
suspects``. (A word that sorts the counted, ``conservative lawmakers``, stays.)"""


def _plain(unit: str) -> str:
    """``unit`` without the words of :data:`_PRAISE` that open it."""
    words = unit.split(" ")
    while len(words) > 1 and words[0] in _PRAISE:
        words = words[1:]
    return " ".join(words)

_VAGUE = {"dozens": (24.0, 143.0), "hundreds": (200.0, 999.0)}
"""The ranges plural round numbers allow: ``dozens`` is two dozen or more, short of
a gross."""
_CARRYING = re.compile(r"\bcarr(?:ying|ied|ies|y)\s+\Z", re.IGNORECASE)
"""``the ferry, carrying 212 passengers``: a craft's load counts the people aboard, as
``212 passengers on board`` does."""
_ABOARD = re.compile(r"\s+(?:on\s*board|aboard|on\s+(?:the|that|this)\s+(?:flight|plane|"
                     r"aircraft|jet|airliner|ship|vessel|ferry|boat|bus|train))\b"
                     r"(?!\s+(?:and|or)\s+(?:on|in|at)\b)",
                     re.IGNORECASE)
"""``189 passengers on board``, ``aboard``, ``80 passengers on the flight``: the people a
craft carried."""
_HARM = (r"(?:kill(?:s|ed|ing)?|dead|died|dies|deaths?|perish(?:ed|es|ing)?|succumbed|lives|"
         r"injur(?:ed|ing|ies)|wound(?:ed|ing))")
_HARM_BEFORE = re.compile(_HARM + r"\s+(?:[\w,]+\s+){0,3}$", re.IGNORECASE)
_HARM_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:were\s+|was\s+)?" + _HARM + r"\b", re.IGNORECASE)
"""A count of people aboard is the trip's, unless the clause counts the harmed among
them (``killing 265 people on board``, ``241 people aboard ... killed``)."""


def _harmed_aboard(text: str, start: int, first: int, end: int, stop: int | None = None
                   ) -> bool:
    """Whether the count of people aboard in ``text[first:end]`` counts the harmed among
    them (:data:`_HARM_BEFORE`, :data:`_HARM_AFTER`); ``start`` bounds the look back."""
    return bool(_HARM_BEFORE.search(text, max(start, first - 40), first)
                or _HARM_AFTER.match(text, end, len(text) if stop is None else stop))
_UNIT_SPELLING = {"metre": "meter", "kilometre": "kilometer", "litre": "liter",
                  "km": "kilometer", "kg": "kilogram", "mw": "megawatt", "gw": "gigawatt",
                  "centimetre": "centimeter", "cm": "centimeter", "millimetre": "millimeter",
                  "mm": "millimeter", "ha": "hectare", "m": "meter"}
_WHOLE_UNITS = {"ft": "feet", "foot": "feet", "feet": "feet", "mph": "miles per hour",
                "km/h": "kilometers per hour", "kph": "kilometers per hour",
                "storey": "storeys", "storeys": "storeys", "story": "storeys",
                "stories": "storeys", "inch": "inches", "inches": "inches"}
"""Units whose canonical form is not the plural of their singular."""
_DIMENSIONS = {"long": "length", "length": "length", "high": "height", "tall": "height",
               "height": "height", "deep": "depth", "depth": "depth", "wide": "width",
               "width": "width", "thick": "thickness"}
DIMENSION_WORDS: frozenset[str] = frozenset(_DIMENSIONS)
"""Words after a length that say which dimension it is (``-high``, ``in depth``)."""
_LENGTHS = frozenset({"kilometers", "miles", "nautical miles", "meters", "feet", "inches",
                      "yards", "centimeters", "millimeters"})
_OTHER_DIMENSIONS = {"knots": "speed", "miles per hour": "speed", "kilometers per hour": "speed",
                     "tonnes": "weight", "tons": "weight", "kilograms": "weight",
                     "pounds": "weight", "hectares": "area", "acres": "area",
                     "barrels": "volume", "liters": "volume", "gallons": "volume",
                     "megawatts": "power", "gigawatts": "power",
                     "storeys": "height in storeys"}


def dimension(unit: str, written: str = "") -> str | None:
    """What a measure in ``unit`` measures, so that a ship's length and a bridge's height
    are never compared: ``length`` for feet or miles unless the word after the unit
    (``written``: ``-high``, ``in depth``) says height, depth or width; ``speed``,
    ``weight``, ``area``, ``volume`` or ``power`` for the other units; ``None`` otherwise."""
    if unit in _LENGTHS:
        words = written.replace("-", " ").split()
        return _DIMENSIONS.get(words[-1].lower(), "length") if words else "length"
    if unit.startswith("square "):
        return "area"
    return _OTHER_DIMENSIONS.get(unit)


_TO_BASE: dict[str, tuple[str, float]] = {
    "meters": ("meters", 1.0), "kilometers": ("meters", 1000.0),
    "centimeters": ("meters", 0.01), "millimeters": ("meters", 0.001),
    "feet": ("meters", 0.3048), "inches": ("meters", 0.0254), "yards": ("meters", 0.9144),
    "miles": ("meters", 1609.344), "nautical miles": ("meters", 1852.0),
    "hectares": ("square meters", 1e4), "acres": ("square meters", 4046.8564224),
    "square meters": ("square meters", 1.0), "square kilometers": ("square meters", 1e6),
    "square miles": ("square meters", 2589988.110336),
    "square feet": ("square meters", 0.09290304),
    "kilometers per hour": ("meters per second", 1 / 3.6),
    "miles per hour": ("meters per second", 0.44704),
    "knots": ("meters per second", 1852 / 3600),
    "kilograms": ("kilograms", 1.0), "tonnes": ("kilograms", 1000.0),
    "liters": ("liters", 1.0), "megawatts": ("watts", 1e6), "gigawatts": ("watts", 1e9),
}
"""Units one measure may be written in, with the unit they convert to and the factor:
``40 kilometers`` and ``25 miles`` are one distance. Only unambiguous units convert:
a ton (short, long or metric), a pound (weight or money), a gallon (US or imperial) and
a barrel stay as written."""


def base_unit(unit: str) -> tuple[str, float] | None:
    """The unit a measure in ``unit`` converts to, and the factor (``miles``:
    ``("meters", 1609.344)``), or ``None`` when it does not convert."""
    return _TO_BASE.get(unit)


def _canonical_unit(raw: str) -> str:
    """One spelling per unit: ``metres``, ``meters`` and ``metre`` all give ``meters``;
    ``foot``, ``ft`` and ``feet`` give ``feet``."""
    words = re.sub(r"\s+", " ", raw.lower()).split(" ")
    if words[-1] == "hour":  # "miles per hour", "kilometres an hour"
        return "miles per hour" if words[0].startswith("mile") else "kilometers per hour"
    last = words[-1]
    if last in _WHOLE_UNITS:
        return " ".join([*words[:-1], _WHOLE_UNITS[last]])
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    singular = _UNIT_SPELLING.get(singular, singular)
    return " ".join([*words[:-1], singular + "s"])


_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4}
"""Fractions set as one character: ``2⅔ innings``."""


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
"""A number whose comma has one or two digits after it (``28,5``), read only before a
percent sign: a comma that groups thousands always has three."""


def _parse_number(raw: str) -> float | None:
    raw = raw.strip()
    if raw and raw[0].isdigit() and raw[-1] in _VULGAR:
        units = _parse_number(raw[:-1])
        return None if units is None else round(units + _VULGAR[raw[-1]], 4)
    if raw and raw[0].isdigit() and "/" in raw:
        written, fraction = raw.rsplit(None, 1)  # "17 2/3 innings"
        above, below = fraction.split("/")
        number = _parse_number(written)
        return None if number is None else round(number + int(above) / int(below), 4)
    if raw and raw[0].isdigit():
        if _DECIMAL_COMMA.fullmatch(raw):
            return float(raw.replace(",", "."))  # "28,5%": a decimal comma, never a group
        try:
            return float(re.sub(r"[,\s]", "", raw))  # "2,207", "2 207" (thin or plain space)
        except ValueError:
            return None
    low = re.sub(r"\s+", " ", raw.lower())
    if low in _VAGUE:
        return _VAGUE[low][0]
    if low == "a handful of":
        return 5.0
    if low == "half a dozen":
        return 6.0
    n = number_value(low.replace("a pair of", "two").replace("a couple of", "two")
                     .replace("a dozen", "dozen").replace("a hundred", "hundred"))
    return None if n is None else float(n)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted, disjoint ``spans``: O(log n)."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and start < spans[j][1] and end > spans[j][0]:
            return True
    return False


_SINGULAR_S = re.compile(r"(?:ss|us|is|series|species|news|people|children|men|women|staff|"
                         r"personnel|police|youth)\Z")
"""Words that may follow ``one`` though they end in -s (``one species``, ``one bus``,
``one crisis``, ``one news``), or need no -s to be nouns (``one staff``)."""
_LABEL_NOUNS = frozenset("flight seat runway gate route platform terminal row room highway "
                         "channel model exit bay pier berth ward zone unit line region "
                         "intensity level category rule article section clause annex chapter "
                         "paragraph resolution amendment phase stage tier grade class "
                         "page game round heat leg episode".split())
_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w.-]*['’]s\s\Z")
"""``Air India's 787 crash``: a bare number after a name's possessive is its model."""
_LABEL_BEFORE = re.compile(r"([A-Za-z][\w.-]*)[ \t-]\Z")
_LABEL_AFTER = re.compile(r"(?![GMKT]Wh?\b|K[MG]\b)[A-Z](?![a-z])")
"""A capital glued to a number makes it a label (``seat 11A``, ``5G``), unless it opens a
unit written in capitals (``15GW``, ``40MW``)."""
_LABEL_TAIL = re.compile(r"[A-Z]?(?:[-/\u2010\u2011]\w+)*")
"""What a label carries after its number: ``11A``, ``787-8``, ``787‑8`` (a hyphen that
does not break), ``A320/321``."""
_MODEL_TAIL = re.compile(r"-\d{3,}\b")
_FORMATION_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:Infantry|Battalion|Brigade|Regiment|"
                              r"Division|Squadron|Corps|Fleet|Artillery|Airborne|Rifles|"
                              r"Parachute|Armou?red|Mechani[sz]ed)\b")
"""``the 122 Infantry Battalion``: a number that names a military formation."""
_INDEX_BEFORE = re.compile(r"(?-i:\b(?:S&P|FTSE|Nikkei|Russell|Fortune|DAX|CAC|Stoxx|STOXX|"
                           r"Nasdaq|NASDAQ|Nifty|KOSPI|Kospi|ASX|TSX|Euro\s+Stoxx))[ \t]\Z")
"""A market index or a ranking whose name holds a number (``the S&P 500``, ``the FTSE
100``, ``a Fortune 500 company``): the number names it and counts nothing."""
_FOLD_AFTER = re.compile(r"[-\u2010\u2011 ]fold\b", re.IGNORECASE)
"""``risen 12-fold``: a multiple, no count of anything."""
_NOT_NAMES = frozenset(
    "about around nearly almost over under some more than least only just from to in of at "
    "by with for and or the a an as on into after before since until up down toward "
    "towards".split()) | frozenset(MONTH_ALIASES) | frozenset(WEEKDAY_ALIASES)
"""Capitalised words before a number that are no name: qualifiers, function words
(in a Title Case headline), months and weekdays."""
_NO_BEFORE = re.compile(r"\b[Nn]o\s\Z")
_WINDOW_OF = re.compile(r"\b(?:of|in|over|across|during)\s+(?:the|its|their|his|her)\s+"
                        r"(?:last|past|previous)\s+\Z", re.IGNORECASE)
"""What opens the span a record is counted over (``11th win in the last 15 Ryder Cups``,
``over the past three seasons``): a window, not a figure of the event."""
_SENTENCE_OPENS = re.compile(r"[.!?:][\"'”’)]*[^\S\n]+\Z")


_LIST_MARK = re.compile(r"[ \t]?[-–.)][ \t]")
_LINE_OPENS = re.compile(r"(?:\A|\n)[ \t]*\Z")
"""A number that opens a line and is closed by a dash, stop or bracket (``1- Born …``,
``2) In 1975 …``): it numbers a list's item and counts nothing."""


_NUMBERED = re.compile(r"\bNo\.[ \t]?\Z|#\Z|\b(?P<noun>[A-Za-z]+)[ \t]+(?:number|no\.)[ \t]?\Z")
"""``Gate No. 1``, ``gate number 1``, ``#3``: a number given as a thing's name or rank
after a name or a label noun (not ``he said no. 5 people …``)."""


_CODE_BEFORE = re.compile(r"\b[A-Za-z]+[-\u2010\u2011][A-Za-z]+[-\u2010\u2011]\Z")
"""Two words hyphened onto the number: an identifier (``us-east-1``, ``US‑EAST‑1``)."""


def _bare(unit: re.Match[str] | None) -> bool:
    """Whether a number has no unit or noun after it: none matched, or the noun matched is
    an event word and a verb (``Boeing 787 crash leaves hundreds dead``: a crash, no
    ``crash leaves`` counted)."""
    if unit is None:
        return True
    words = (unit["noun"] or "").lower().split()
    return len(words) > 1 and not words[0].endswith("s") and lemma_of(words[0]) is not None \
        and lemma_of(words[-1]) is not None


_MODEL_NEXT = re.compile(r" (?!(?:" + "|".join(m.title() for m in sorted(MONTHS))
                         + r")\b)[A-Z][a-z]+\b")
"""A capitalised word after a number, which with a name before it makes a model's name
(``Boeing 787 Dreamliners``, ``Boeing 777 Freighters``), no count."""


def _label(text: str, n_start: int, n_end: int, bare: bool) -> bool:
    """Whether a number names a thing rather than counting it.

    ``seat 11A`` (a letter glued to it) and ``runway 23``, ``flight AI-171``
    (a label noun just before it) are labels, as are ``the 122 Infantry Battalion``
    (a formation), a list item's number opening a line (``2) In 1975 …``),
    ``Mi-17`` (a short capitalised word hyphened to it) and a bare
    ``737-800`` (a model and its variant); so is ``Boeing 787`` when ``bare`` (no
    unit or noun follows the number): a name just before it, in mid-sentence, that
    is neither a function word nor a verb (``Killing 11``).
    """
    if _LABEL_AFTER.match(text, n_end) or _FORMATION_AFTER.match(text, n_end):
        return True
    if _INDEX_BEFORE.search(text, max(0, n_start - 10), n_start) or _FOLD_AFTER.match(
            text, n_end):
        return True  # "the S&P 500 added 0.3%", "risen 12-fold": a name, a multiple
    if bare and _LIST_MARK.match(text, n_end) and _LINE_OPENS.search(text, max(0, n_start - 8),
                                                                       n_start):
        return True  # "1- Born July 11, 1934, in …": the number of a list's item
    numbered = _NUMBERED.search(text, max(0, n_start - 24), n_start)
    if numbered is not None and (numbered["noun"] is None or numbered["noun"][0].isupper()
                                 or numbered["noun"].lower() in _LABEL_NOUNS
                                 or (numbered.group().lower().rstrip(" \t").endswith("number")
                                     and numbered["noun"].lower() not in _FUNCTION_WORDS)):
        return True  # "Gate No. 1", "tunnel number 8": the thing's number, not a count
    if _CODE_BEFORE.search(text, max(0, n_start - 30), n_start):
        return True  # "us-east-1", "eu-west-2": a region's code, not one of anything
    model = _MODEL_TAIL.match(text, n_end) if bare and n_end - n_start >= 3 else None
    if model is not None and not _UNIT_AFTER.match(text, model.end()):
        return True  # "737-800 crash": a model and its variant, not "120-150 people"
    if bare and _POSSESSOR_BEFORE.search(text, max(0, n_start - 24), n_start):
        return True
    before = _LABEL_BEFORE.search(text, max(0, n_start - 24), n_start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _LABEL_NOUNS:
        return True
    if text[n_start - 1] == "-" and word[0].isupper() and len(word) <= 4 \
            and word.lower() not in _NOT_NAMES:
        return True  # "two Mi-17 helicopters", "Su-30 jets": a model's name, not 17 or 30
    if not bare or not word[0].isupper() or len(word) < 2:
        return False
    low = word.lower().rstrip(".")
    at = before.start(1)
    # read back no further than a sentence's end shows, so that a page with no line
    # breaks costs no more per number
    opens_sentence = at == 0 or text[at - 1] == "\n" or \
        _SENTENCE_OPENS.search(text, max(0, at - 16), at)
    return opens_sentence is None and low not in _NOT_NAMES and lemma_of(low) is None


VOTES_FOR = "votes in favour"
"""The unit of a vote's split (``a 4-1 majority``, ``by a vote of six to three``): the
votes that carried it. The split's span holds the votes against too."""
VOTES_AGAINST = "votes against"
"""The unit of the votes a split was carried against (the ``209`` of ``a 222-209 vote``),
a count of its own inside the split's span, so that ``222-209`` and ``222 to 219`` clash."""
_SIDE = r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_SPLIT = re.compile(
    rf"(?<!\bfrom\s)\b(?P<for>{_SIDE})(?:\s*[-–—]\s*|\s+to\s+)(?P<against>{_SIDE})"
    rf"(?=\s+(?:majority|vote|votes|decision|ruling|verdict|split)\b)"
    rf"|\bby\s+a\s+(?:[a-z]+\s+)?(?:vote|margin)\s+of\s+(?P<for2>{_SIDE})"
    rf"(?:\s*[-–—]\s*|\s+to\s+)"
    rf"(?P<against2>{_SIDE})\b"
    rf"|\bby\s+(?P<for3>{_SIDE})\s+votes?\s+to\s+(?P<against3>{_SIDE})\b", re.IGNORECASE)


MATCH_MINUTE = "minute of the match"
"""The unit of when in a match a goal came: ``in the 73rd minute``, ``a 73rd-minute
header``, ``on 78 minutes`` or ``after 12 minutes`` in a sentence of a goal."""
_MINUTE_OF_PLAY = re.compile(
    r"\b(?:in|on)\s+the\s+(?P<n1>\d{1,3})(?:st|nd|rd|th)[\s-]+minute\b"
    r"|\b(?P<n2>\d{1,3})(?:st|nd|rd|th)-minute\b"
    r"|\((?P<n3>\d{1,3})(?:st|nd|rd|th)\s+minute\)"
    r"|\bon\s+(?P<n4>\d{1,3})\s+minutes\b(?!\s+of\b)"
    r"|\bafter\s+(?P<n5>\d{1,3})\s+minutes\b(?!\s+(?:of|later|earlier|before|after|"
    r"to\s+go|left|remaining|from)\b)", re.IGNORECASE)
_GOAL_WORDS = re.compile(
    r"\b(?:goals?|scor(?:ed|es|ing)|nett?(?:ed|s)|opener|equali[sz]er|header|penalty|"
    r"tap-in|curled|volleyed|slotted|fired\s+in|struck|strike|doubled|winner|lead|"
    r"provider|assist(?:ed)?|set(?:ting)?\s+up|(?:the|a)\s+(?:second|third|fourth|fifth|"
    r"sixth)(?!\s+(?:half|time|day|round|leg|set|quarter|period|minute)))\b",
    re.IGNORECASE)
"""Words that make a sentence's minutes the time of a goal, not a span of time."""


def _match_minutes(text: str, start: int, stop: int) -> list[FoundQuantity]:
    """When in a match its goals came (:data:`MATCH_MINUTE`), in a sentence that speaks of
    a goal; ``on 78 minutes`` and ``after 12 minutes`` only there, and never ``12
    minutes later``."""
    if "minute" not in text[start:stop] or _GOAL_WORDS.search(text, start, stop) is None:
        return []
    out: list[FoundQuantity] = []
    for m in _MINUTE_OF_PLAY.finditer(text, start, stop):
        group = next(g for g in ("n1", "n2", "n3", "n4", "n5") if m[g])
        value = float(m[group])
        if not 1 <= value <= 130:
            continue
        # "the 73rd minute", "73rd-minute", "(73rd minute)", "78 minutes": no preposition
        begin = m.start() + m[0].lower().find("the") if group == "n1" \
            else m.start(group) if group in ("n4", "n5") else m.start()
        out.append(FoundQuantity(begin, m.end(), m.start(group), m.end(group), value, value,
                                 value, MATCH_MINUTE, "duration", None, None))
    return out


def _splits(text: str, start: int, stop: int) -> list[FoundQuantity]:
    """The splits of votes in ``text[start:stop]``: ``The court's 6-3 ruling``, ``a 4-1
    majority``, ``by a vote of four to one``, ``by 364 votes to 194``, each the count of
    the votes for it."""
    out: list[FoundQuantity] = []
    part = text[start:stop]
    if not ("-" in part or "–" in part or "—" in part or "ote of" in part or "argin of" in part
            or "votes to" in part or "vote to" in part or (" to " in part and "vote" in part)):
        return out  # no dash, no "vote of", "margin of" or "votes to": no split to scan for
    for m in _SPLIT.finditer(text, start, stop):
        side, other = ("for", "against") if m["for"] else ("for2", "against2") \
            if m["for2"] else ("for3", "against3")
        votes, against = _parse_number(m[side]), _parse_number(m[other])
        if votes is None or against is None or votes <= against:
            continue  # "a 1-0 vote" is fine, "2-5" is no majority's split
        out.append(FoundQuantity(m.start(side), m.end(other), m.start(side), m.end(side),
                                 votes, votes, votes, VOTES_FOR, "count", None, None))
        out.append(FoundQuantity(m.start(other), m.end(other), m.start(other), m.end(other),
                                 against, against, against, VOTES_AGAINST, "count", None, None))
    return out


_SCORE = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%-]|[.,]\d)")
_RESULT_WORDS = re.compile(
    r"\b(?:win|wins|won|winning|beat|beats|beating|victory|defeat(?:s|ed)?|draw|drew|lost|"
    r"loss|lead|led|leads|thrash(?:ed|es)?|crush(?:ed|es)?|demolish(?:ed|es)?|rout(?:ed)?|"
    r"stun(?:s|ned)?|edge[sd]?|score[sd]?|scoreline|final|match|game|semi-finals?|"
    r"halftime|half-time|record|knockouts?|kos|unbeaten|undefeated)\b", re.IGNORECASE)
"""Words that make ``3-0`` a result, not a range, or ``42-0`` a fighter's record."""
_RECORD = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}-\d{1,3}(?![\d%-]|[.,]\d)")
"""``63-3-2``: wins, losses and draws, a record, no count of anything."""


def _scores(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The results of a match in ``text[start:stop]`` (``beat PSG 3-0``, ``a 24-17
    win``): a score, no count of anything; a range runs low to high (``10-12 people``)."""
    out: list[tuple[int, int]] = []
    part = text[start:stop]
    if "-" not in part and "–" not in part:
        return out
    for m in _SCORE.finditer(text, start, stop):
        first, second = re.split(r"\s?[-–]\s?", m.group(0))
        if int(first) < int(second) or not _RESULT_WORDS.search(
                text, max(start, m.start() - 40), min(stop, m.end() + 30)):
            continue
        out.append(m.span())
    out.extend(m.span() for m in _RECORD.finditer(text, start, stop))
    return sorted(out)


_MONEY_OPENS = re.compile(r"(?:\$|€|£|¥|₹)\s?\d[\d,.]*\s?[-–—]\s?\Z")
"""The first figure of a range of money and its dash, just before a second figure."""
_SCALE_LETTER = re.compile(r"(?-i:[BMKT])(?![\w-])")
"""A scale written as one capital letter after the second figure of a range of money
(``$2.89-3.01B``): no label's letter, as it would be after ``seat 11``."""


def find_quantities(
    text: str, start: int = 0, end: int | None = None, *, exclude: Iterable[tuple[int, int]] = ()
) -> list[FoundQuantity]:
    """Find quantities in ``text[start:end]``, skipping the ``exclude`` spans (dates, times)."""
    stop = len(text) if end is None else end
    splits = _splits(text, start, stop) + _match_minutes(text, start, stop)
    excluded = sorted([*exclude, *((q.start, q.end) for q in splits),
                       *_scores(text, start, stop)])
    starts = [a for a, _ in excluded]
    last_end = start
    out: list[FoundQuantity] = []
    for m in _PATTERN.finditer(text, start, stop):
        num_group = "snum" if m["snum"] else "num" if m["num"] else "word"
        n_start, n_end = m.start(num_group), m.end(num_group)
        if n_start < last_end or _overlaps(n_start, n_end, excluded, starts):
            continue
        raw = m[num_group]
        if num_group == "word" and raw.lower() == "one" and _NO_BEFORE.search(
                text, max(start, n_start - 3), n_start):
            continue  # "No one was injured": nobody, not one person
        if not m["sym"] and not m["pct"] and _WINDOW_OF.search(
                text, max(start, n_start - 30), n_start):
            continue  # "five of the last 10 Ryder Cups": the span a record is taken over
        value = _parse_number(raw)
        if value is None:
            continue
        if num_group == "num" and re.fullmatch(r"\d{5,}", raw) and not m["pct"]:
            continue  # "2882015": an identifier, not an amount written for readers
        letter = _SCALE_LETTER.match(text, n_end) if num_group == "num" and not m["scale"] \
            and _MONEY_OPENS.search(text, max(start, n_start - 20), n_start) else None
        if letter is None and num_group == "num" and not m["sym"] and not m["pct"] and _label(
                text, n_start, n_end, bare=_bare(_UNIT_AFTER.match(text, m.end(), stop))
                or _MODEL_NEXT.match(text, n_end, stop) is not None):
            # "seat 11A", "Boeing 787-8", "flight AI-171": names, not amounts
            tail = _LABEL_TAIL.match(text, n_end, stop)
            last_end = tail.end() if tail else n_end
            continue
        scale = (m["sscale"] or m["scale"] or m["wscale"] or (letter and letter[0]) or "").lower()
        value *= _SCALE.get(scale, 1.0)
        q_end = letter.end() if letter else m.end()
        quoted = q_end < stop and text[q_end] in "\"”" and m.start() > start \
            and text[m.start() - 1] in "\"“"
        if quoted:
            q_end += 1  # '“about 700” people have died': a figure quoted from its sayer
        unit, kind, per = "", "count", None
        if m["sym"]:
            unit, kind = _CURRENCY_SYMBOL[m["sym"].lower()], "money"
        elif m["bp"]:
            # "50 basis points", "a 50-basis-point cut": hundredths of a percentage point
            unit, kind, value = "percentage points", "percent", value / 100
        elif m["pct"]:
            unit, kind = ("percentage points" if "point" in m["pct"].lower() else "percent",
                          "percent")
            if unit == "percent" and _THRESHOLD_AFTER.match(text, q_end, stop):
                unit = "percent needed"  # "the 50 percent threshold": a bar, no result
        after = _UNIT_AFTER.match(text, q_end, stop)
        # "five of the": this count is the whole a part is taken from
        of_part = (_WHOLE_OF_PART.search(text, max(start, m.start() - 24), m.start())
                   or _WORKFORCE_OF.search(text, max(start, m.start() - 40), m.start())) \
            if kind == "count" else None
        richter = _RICHTER.match(text, q_end, stop) if value < 10 else None
        magnitude = _MAGNITUDE_AFTER.match(text, q_end, stop) if kind == "count" else None
        # "the magnitude-7.6 quake destroyed houses": a magnitude, whatever noun follows
        after_magnitude = kind == "count" and value < 10 and "." in raw and \
            _MAGNITUDE_BEFORE.search(text, max(start, m.start() - 16), m.start()) is not None
        if richter is not None:
            # "measured it at 7 on the Richter scale", "7 degrees on the Richter scale"
            unit, kind, q_end = "magnitude", "measure", richter.end()
        elif magnitude is not None:
            # "the 6.9-magnitude earthquake", "as 7.7 magnitude earthquake jolts": the
            # magnitude, not a noun phrase after it
            unit, kind, q_end = "magnitude", "measure", magnitude.end()
        elif after_magnitude:
            unit, kind = "magnitude", "measure"
        elif kind == "count" and (part := _PART_HARMED.match(text, q_end, stop)):
            unit = _harm_unit(part["harm"] or part["died"])  # "Three out of the 12 … died"
        elif kind == "count" and num_group == "word" and raw.lower() in _VAGUE and (
                vague := _VAGUE_OF.match(text, q_end, stop)) is not None:
            if vague["noun"] in _NOT_COUNT_NOUNS:
                continue  # "dozens of times", "hundreds of years": how often or how long
            unit, q_end = _PEOPLE.get(vague["noun"], vague["noun"]), vague.end()
        elif kind == "count" and after:
            if after["cur"]:
                unit, kind = _CURRENCY_WORD.get(after["cur"].lower(), after["cur"].upper()), "money"
                q_end = after.end()
            elif after["unit"]:
                unit, kind = _canonical_unit(after["unit"]), "measure"
                q_end = after.end()
            elif after["harm"] and not (of_part and _FINITE_HARM.match(after.group(0))):
                unit = _harm_unit(after["harm"])
                q_end = after.end()
            elif after["noun"]:
                words = after["noun"].lower().split()
                noun = words[-1]
                if noun == "others" and len(words) == 1 and (_harm_verb_before(
                        text, start, m.start()) or _HARM_VERB_AFTER.match(
                        text, after.end(), stop)):
                    # "and injured 12 others", "Seventeen others, 14 of them children,
                    # were wounded"
                    unit, q_end = "others", after.end()
                elif noun in _NOT_COUNT_NOUNS:
                    continue  # durations and "times" belong to other readers
                if words[0] in ("suffered", "sustained"):
                    pass  # "17 suffered gunshot wounds": the verb of the count, no noun
                elif noun in _FORECASTERS and _FORECAST_VERB.match(text, after.end(), stop):
                    pass  # "far below the 75,000 economists had forecast": who forecast
                    # the figure, not what it counts
                elif value > 1 and (own := _OF_ITS_PEOPLE.match(text, q_end, stop)):
                    # "five of its members were killed": the five are members
                    unit, q_end = own["noun"].lower(), own.end()
                elif any(w in _FUNCTION_WORDS for w in words):
                    if num_group == "word":
                        continue  # "one of its", "one that offers": not a count
                elif after["noun"][:1].isupper() and words[-1] == "members" \
                        and len(words) > 1 and nationality_of(after["noun"]) is None:
                    unit, q_end = words[-1], after.end()  # "Six Kesh members"
                elif after["noun"][:1].isupper() and (named := _NAMED_GROUP.match(
                        text, after.end(), stop)) is not None:
                    # "Six Hamas members were killed": members of the body named
                    unit, q_end = named["noun"].lower(), named.end()
                else:
                    unit = _plain(re.sub(r"\s+", " ", after["noun"].lower()))
                    unit = _PEOPLE.get(unit, unit)
                    q_end = after.end()
                    if value == 1 and _SINGULAR_S.search(words[-1]) is None:
                        # "One early clue seems", "one official says": after one, a
                        # word in -s is the verb, and the noun ends before it
                        unit = " ".join(words[:-1])
                        q_end = after.start("noun") + after["noun"].rstrip().rfind(" ") \
                            if len(words) > 1 else after.start()
        elif kind == "count" and not after and (
                hyphened := _HYPHEN_NOUN.match(text, q_end, stop)) is not None:
            unit = _plural(hyphened["noun"])  # "an 84-page appeal": a count of pages
            if unit == "members":
                unit = "members in all"  # "the nine-member committee": its size, a whole
            q_end = hyphened.end()
        if kind == "count" and (unit in PEOPLE_GROUPS or unit in PEOPLE_NOUNS) and (
                both := _AND_PEOPLE.match(text, q_end, stop)) is not None and (
                both["noun"].lower() in PEOPLE_GROUPS or both["noun"].lower() in PEOPLE_NOUNS
                or both["noun"].lower() == "staff") and both["noun"].lower() != "crew":
            # ("passengers and crew" are read with the craft's people aboard)
            unit, q_end = "people", both.end()  # "315 students and teachers": all of them
        # "killing 40 Indians", "42 Indian nationals died": a count of one people,
        # a share of the toll, not the toll; so is "out of the 176 Indian workers …,
        # 46 have died".
        written = unit
        group = nationality_of(after["noun"]) if kind == "count" and unit and after \
            and after["noun"] else None
        if kind == "count" and not unit and (whole := _OUT_OF.search(
                text, max(start, m.start() - 160), m.start())):
            group = nationality_of(whole["noun"])
        if group is not None:
            unit = "people"
        if kind == "count" and (crowd := _CROWD_BEFORE.search(
                text, max(start, m.start() - 50), m.start())) is not None and (
                unit in _CROWD_NOUNS or ((crowd["of"] or crowd["of2"])
                                         and unit in ("", "people"))):
            unit = "crowd"  # "before a crowd of 81,188", "in front of 81,118 fans"
        if kind == "count" and unit in _HARM_NOUNS:
            unit = _HARM_NOUNS[unit]  # "13 fatalities"
        elif kind == "count" and unit == "lives" and (_LIVES_TAKEN.search(
                text, max(start, m.start() - 10), m.start()) or _LIVES_LOST.match(text, q_end)):
            unit = "dead"  # "claimed 44 lives", "with 208 lives lost"
        elif kind == "count" and unit in _UPROOTED_PEOPLE and (
                moved := _UPROOTED_BEFORE.search(text, max(start, m.start() - 16), m.start())
                or _UPROOTED_AFTER.match(text, q_end, stop)):
            unit = "evacuated" if moved["how"].lower() == "evacuat" else "displaced"
        elif kind == "count" and " " not in unit and unit not in HARM_UNITS:
            # "119 people were killed", "40 victims died", "killing 45"
            harm_after = _HARM_VERB_AFTER.match(text, q_end, stop)
            if harm_after is None and (ab := _ABOARD.match(text, q_end, stop)):
                # "all 242 people on board have died": the dead, wherever they were
                harm_after = _HARM_VERB_AFTER.match(text, ab.end(), stop)
            if harm_after and of_part and _FINITE_HARM.match(harm_after.group(0)):
                harm_after = None  # "Three out of the 12 workers died": the three died
            if harm_after and _LISTED_BEFORE.search(text, max(start, m.start() - 60),
                                                    m.start()):
                harm_after = None  # "al-Hayya's son, aide, and three bodyguards died":
                # the last of a list of the dead, not their toll
            harm_before = None if harm_after else _harm_verb_before(text, start, m.start())
            critical = None if harm_after else _CRITICAL_AFTER.match(text, q_end, stop)
            if harm_after:
                unit = "dead" if _FATALLY.search(harm_after.group(0)) \
                    else _harm_unit(harm_after.group(0).split()[-1])
                if unit == "dead" and _OTHER_CAUSES.match(text, harm_after.end(), stop):
                    unit = "dead of other causes"  # not of the disaster: not its toll
                if unit == "injured" and _GRAVELY.search(harm_after.group(0)):
                    unit = "injured seriously"  # "Three are gravely injured": the worst hurt
            elif critical:
                unit = "injured seriously"  # "three were reported in critical condition"
            elif harm_before:
                unit = _harm_unit(harm_before.group(0).split()[0])
            elif unit in ("", "people") and (tally := _TALLY_BEFORE.search(
                    text, max(start, m.start() - 120), m.start())):
                # "the death toll rose to 86", "the number of injuries had climbed to 711"
                unit = "injured" if tally["injured"] else "dead"
        if group is not None:
            unit = f"{unit} {group}" if unit in HARM_UNITS else written
        if kind == "count" and unit and not harm_of(unit) and _MARGIN_BEFORE.search(
                text, max(start, m.start() - 100), m.start()):
            unit = f"{unit} margin"  # "defeated Munde by 6,553 votes": a difference
        elif kind == "count" and unit == "votes" and (
                favour := _IN_FAVOUR.match(text, q_end, stop)):
            # "removed with 124 votes in favor": the side that carried it
            unit, q_end = VOTES_FOR, favour.end()
        if kind == "count" and unit and not harm_of(unit) and of_part:
            # "Five of the six coast guard members … were confirmed dead": six is the
            # whole the part is taken from, not a rival to "five coast guard members".
            # (A harmed whole, "two of the 40 people killed", is the toll itself.)
            unit = f"{unit} in all"
        if kind == "count" and written in PEOPLE_GROUPS and unit == written and _INCLUDING.search(
                text, max(start, m.start() - 16), m.start()) and _TOLL_BEFORE.search(
                text, max(start, m.start() - 60), m.start()):
            unit = "dead"  # "15 deaths, including 14 civilians": a group of the dead
        if kind == "count" and unit in HARM_UNITS and (written in PEOPLE_GROUPS or (
                written not in _GENERIC_PEOPLE and _LIST_NEXT.match(text, q_end, stop))):
            # "injuring two officers", "three children were hurt", "the deaths of three
            # hikers and a van driver": one group of the harmed, not the toll
            unit = f"{unit} {written}"
        if kind == "count" and (unit in HARM_UNITS or unit in PEOPLE_NOUNS) and (
                part := _FROM_PLACE.match(text, q_end, stop)):
            # "40 pilgrims from Orla": a share of the whole count ("eight pieces from
            # the Orla museum" are just where the pieces came from)
            unit = f"{unit} from {part['where'].lower()}"
        elif kind == "count" and unit and not harm_of(unit) and (
                site := _AT_A_SITE.match(text, q_end, stop)):
            # "830 job cuts at its Kesh headquarters": the share of one site, not the
            # company's whole count
            unit = f"{unit} at {' '.join(site['site'].lower().split())}"
        aboard = _ABOARD.match(text, q_end, stop)
        if aboard and _harmed_aboard(text, start, m.start(), aboard.end(), stop):
            if kind == "count" and unit in HARM_UNITS:
                # "killing 241 people onboard and dozens on the ground": the dead of
                # the craft, a share of the toll (as "dead from Orla" is)
                unit = f"{unit} aboard"
            aboard = None
        elif kind == "count" and unit in HARM_UNITS and _OF_ABOARD.search(
                text, max(start, m.start() - 80), m.start()):
            unit = f"{unit} aboard"  # "Of the 242 people on board, 241 were confirmed dead"
        if kind == "count" and aboard and unit in ("", "people", "passengers"):
            unit, q_end = "people aboard", aboard.end()  # "189 passengers on board"
        elif kind == "count" and unit in ("people", "passengers") and _CARRYING.search(
                text, max(start, m.start() - 16), m.start()) and not _harmed_aboard(
                text, start, m.start(), q_end, stop):
            unit = "people aboard"  # "the ferry, carrying 212 passengers"
        if kind == "count" and not unit:
            bracketed = text[q_end : q_end + 1] == ")" and _AGE_BRACKET.search(
                text, max(start, m.start() - 24), m.start())
            partitive = _PARTITIVE.match(text, q_end, stop)
            if partitive and partitive["noun"] in PEOPLE_NOUNS:
                unit = partitive["noun"]  # "15 of them children"
                whole_unit = out[-1].unit if out and out[-1].end > start else ""
                harmed = _HARM_VERB_AFTER.match(text, partitive.end() + (
                    text[partitive.end() : partitive.end() + 1] == ","), stop)
                harm = _harm_unit(harmed.group(0).split()[-1]) if harmed \
                    else harm_of(whole_unit)
                if harm:
                    # "17 people were injured, 14 of them children", "another 17
                    # victims, 14 of them children, were injured": a group of the harmed
                    unit = f"{harm} {unit}"
            elif not partitive and num_group == "num" and 1 <= value <= 120 and (
                    bracketed or _AGE.search(text, max(start, m.start() - 40), m.start())
                    or _AGE_BEFORE.search(text, max(start, m.start() - 60), m.start())
                    or (_AGE_ROLE.search(text, max(start, m.start() - 50), m.start())
                        and _AGE_ROLE_AFTER.match(text, q_end, stop))):
                unit, kind = "years", "age"  # "Maria Lopez, 61,"; "Jitesh Maurya (26)"
            elif (age := _AGE_AFTER.match(text, q_end, stop)) and (
                    value <= 130 or age.group(0)[:1] == "-"):
                # "61 years old"; "a 139-year-old church" (things outlive people)
                unit, kind, q_end = "years", "age", age.end()
            elif value < 10 and _MAGNITUDE_BEFORE.search(text, max(start, m.start() - 16),
                                                         m.start()):
                unit, kind = "magnitude", "measure"  # "a magnitude 6.9 earthquake"
            elif num_group == "word" and not m["qual"] and not (
                    _RANGE_BETWEEN.search(text, max(start, m.start() - 8), m.start())
                    and _RANGE_OPEN.match(text, q_end)):
                continue  # a bare "one" or "two" is not a claim; "between eight and 10" is
        if kind == "money" or (kind == "count" and unit and unit not in _NOT_COUNT_NOUNS
                               and harm_of(unit) is None):
            # "£5 million a day", "produce about 1,000 cars per day": a rate, not a total
            rate = _PER.match(text, q_end, stop)
            if rate and (kind == "money" or rate["per"] != "share"):
                per = _ADVERB_PER[rate["adverb"].lower()] if rate["adverb"] else \
                    rate["per"].lower().replace("annum", "year")
                q_end = rate.end()
        qual = re.sub(r"\s+", " ", m["qual"].lower()) if m["qual"] else None
        q_start = m.start() - quoted
        if num_group == "num" and qual is None and n_start > start \
                and text[n_start - 1] in "-−" \
                and (n_start - 1 == start or text[n_start - 2] in " (\n") \
                and not _FIGURE_BEFORE.search(text, max(start, n_start - 8), n_start - 1):
            # "revised from +22,000 to -4,000": a loss, signed; a range ("2020-21") or a
            # hyphened word never stands before it with a space
            value, q_start = -value, n_start - 1
        if qual in _PARTICLE_OF and _PARTICLE_OF[qual].search(
                text, max(start, q_start - 12), q_start):
            # "handed over thirteen more captives", "inched up to 4.4%": the verb's
            # particle, no hedge
            qual, q_start = None, m.end("qual")
            while text[q_start].isspace():
                q_start += 1
        low, high = _hedged(value, qual)
        if num_group == "word" and raw.lower() in _VAGUE:
            low, high = _VAGUE[raw.lower()]  # "dozens": any number of dozens
            if qual in ("more than", "over"):
                low = value
        if qual is None and _EXCEEDED.search(text, max(start, m.start() - 12), m.start()):
            high = math.inf  # "the toll exceeded 5,300": more than 5,300, by the verb
        out.append(FoundQuantity(q_start, q_end, n_start, n_end, value, low, high, unit,
                                 kind, qual, per))
        last_end = q_end
    if splits:
        out = sorted([*out, *splits], key=lambda q: q.start)
    out = _points(text, start, stop, out, excluded)
    return _conversions(text, _aboard_together(text, start, _elided(text, _lists(
        text, _ranges(text, start, out)))))


_TALLY_VERB = re.compile(r"\b(?:won|wins|win|winning|took|secured|bagged|got|managed|"
                         r"contested|fought|lost)\s+(?:(?:just|only|a\s+mere|another)\s+)?\Z",
                         re.IGNORECASE)
_TALLY_GAP = re.compile(r"[^.;:!?]{1,120}")


_CONTESTED = re.compile(r"\b(?:contested|contesting|contests|contest|fought|fielded\s+"
                        r"candidates\s+in)\s+(?:(?:all|just|only|the)\s+)?\Z", re.IGNORECASE)
"""``contested 110 seats``, ``fought 115``: the seats a party stood in, not those it won."""


_LIST_STEP = re.compile(r"[^.;:!?]{0,80}?,\s*(?:and\s+)?")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")


def _elided(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """A bare count after a verb of tally takes the unit of the count the sentence gave
    just before it: ``the BJP, which had contested 110 seats, won 74 while the JD(U)
    … won only 43`` counts seats three times. Seats contested are another fact than
    seats won (``seats contested``). A bare count of a place, next in a list after a
    count of the dead or injured of another, counts the same harm: ``30 died in Bogo
    City, 10 in Medellin town``."""
    out = list(found)
    for i, q in enumerate(out):
        if i and q.kind == "count" and not q.unit and harm_of(out[i - 1].unit) \
                and _LIST_STEP.fullmatch(text, out[i - 1].end, q.start) \
                and _IN_PLACE.match(text, q.end):
            # "30 died in Bogo City, 10 in Medellin town": the dead of each place
            q = out[i] = attrs.evolve(q, unit=out[i - 1].unit)
            continue
        if i and q.kind == "count" and not q.unit:
            prior = out[i - 1]
            if prior.kind == "count" and prior.unit and not harm_of(prior.unit) \
                    and prior.unit not in PEOPLE_NOUNS \
                    and _TALLY_VERB.search(text, max(0, q.start - 24), q.start) \
                    and _TALLY_GAP.fullmatch(text, prior.end, q.start):
                q = out[i] = attrs.evolve(q, unit=prior.unit.removesuffix(" in all")
                                          .removesuffix(" contested"))
        if q.kind == "count" and q.unit and not harm_of(q.unit) \
                and not q.unit.endswith(" contested") \
                and _CONTESTED.search(text, max(0, q.start - 32), q.start):
            out[i] = attrs.evolve(q, unit=f"{q.unit.removesuffix(' in all')} contested")
    return out


_POINT_SHARE = re.compile(
    r"\b(?:(?P<half>half(?:\s+of)?\s+a|one[\s-]half(?:\s+of\s+a)?|half)"
    r"|(?P<quarter>(?:a|one)[\s-]quarter(?:\s+of\s+a)?|quarter)"
    r"|(?P<three>three[\s-]quarters?\s+of\s+a))(?:[\s-]+(?P<pct>percentage)[\s-]+|(?P<glued>-)|\s+)"
    r"points?\b",
    re.IGNORECASE)
"""``half a percentage point``, ``a quarter-point cut``, ``three quarters of a point``: a
share of a percentage point, written in words. A bare ``half a point`` counts only
after a rate (``cut interest rates by half a point``); a chess game's is no percentage."""
_RATE_BEFORE = re.compile(r"\brates?\b[^.;:]{0,60}\Z", re.IGNORECASE)
_SHARES = {"half": 0.5, "quarter": 0.25, "three": 0.75}


def _points(text: str, start: int, stop: int, found: list[FoundQuantity],
            excluded: list[tuple[int, int]]) -> list[FoundQuantity]:
    """``found`` with the shares of a percentage point written in words
    (:data:`_POINT_SHARE`), which compare with ``50 basis points`` and ``0.5 percentage
    point``."""
    shares = []
    for m in _POINT_SHARE.finditer(text, start, stop):
        if any(a < m.end() and m.start() < b for a, b in excluded) or any(
                q.start < m.end() and m.start() < q.end and not (
                    m.start() <= q.start and q.end <= m.end()) for q in found):
            continue  # a figure of its own reaches into it
        if not (m["pct"] or m["glued"]) and not _RATE_BEFORE.search(
                text, max(start, m.start() - 80), m.start()):
            continue
        value = next(v for k, v in _SHARES.items() if m[k])
        shares.append(FoundQuantity(m.start(), m.end(), m.start(), m.end(), value, value,
                                    value, "percentage points", "percent", None, None))
    if not shares:
        return found
    # "three quarters of a point": the share, not a count of three quarters
    kept = [q for q in found if not any(p.start <= q.start and q.end <= p.end for p in shares)]
    return sorted(kept + shares, key=lambda q: q.start)


_CREW = re.compile(r"\s*crew(?:\s+members)?\b", re.IGNORECASE)
_AND_CREW = re.compile(r"\s+and\s+crew(?:\s+members)?\b", re.IGNORECASE)
_PAIR_GAP = re.compile(r"\s+(?:and|plus)\s+|,\s+(?:and\s+)?", re.IGNORECASE)


_ONE_AT_THE_HELM = re.compile(r"\b(?:a|one|the|its)\s+(?:pilot|captain|driver|skipper)\s+and\s+\Z",
                              re.IGNORECASE)
"""``one pilot and four passengers``: one more aboard than the passengers."""


def _passengers(text: str, q: FoundQuantity) -> bool:
    """Whether ``q`` counts passengers (``175 passengers``, ``four passengers on board``)."""
    return q.unit == "passengers" or (
        q.unit == "people aboard" and "passenger" in text[q.start : q.end].lower())


def _crew_end(text: str, q: FoundQuantity) -> int | None:
    """Where a count of crew ends (``six crew members``, ``6 crew``, ``two pilots``),
    else ``None``."""
    if q.unit in ("crew", "crew members", "pilots"):
        return q.end
    m = _CREW.match(text, q.end) if q.unit == "" else None
    return m.end() if m else None


def _aboard_together(text: str, start: int, found: list[FoundQuantity]
                     ) -> list[FoundQuantity]:
    """``175 passengers and six crew members``, ``68 passengers on board and four crew
    members`` and ``181 passengers and crew`` count the people aboard, as ``181 people on
    board`` does: one figure (the sum) of unit ``people aboard``. Not where the clause
    counts the harmed among them (``179 passengers and crew were killed``)."""
    out: list[FoundQuantity] = []
    i = 0
    while i < len(found):
        q = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        joined: tuple[FoundQuantity, int, float, float, float] | None = None
        first = q.start
        if q.unit == "passengers" and (m := _AND_CREW.match(text, q.end)):
            joined = (q, m.end(), q.value, q.low, q.high)
        elif _passengers(text, q) and (
                helm := _ONE_AT_THE_HELM.search(text, max(start, q.start - 24), q.start)):
            first = helm.start()
            joined = (q, q.end, q.value + 1, q.low + 1, q.high + 1)
        elif nxt is not None and _PAIR_GAP.fullmatch(text, q.end, nxt.start):
            crew_first = _crew_end(text, q)
            if _passengers(text, q) and (end := _crew_end(text, nxt)) is not None:
                joined = (nxt, end, q.value + nxt.value, q.low + nxt.low, q.high + nxt.high)
            elif crew_first is not None and _passengers(text, nxt):
                joined = (nxt, nxt.end, q.value + nxt.value, q.low + nxt.low,
                          q.high + nxt.high)
        if joined is not None:
            last, end, value, low, high = joined
            if aboard := _ABOARD.match(text, end):
                end = aboard.end()
            if not _harmed_aboard(text, start, q.start, end):
                out.append(FoundQuantity(first, end, q.number_start, last.number_end, value,
                                         low, high, "people aboard", "count", q.qualifier,
                                         None))
                i += 2 if last is not q else 1
                continue
            if last is q and first == q.start:
                # "the deaths of all 64 passengers and crew members": the harmed are
                # everyone aboard, never a rival to a count of passengers alone.
                out.append(attrs.evolve(q, end=end, unit="passengers and crew"))
                i += 1
                continue
        out.append(q)
        i += 1
    return out


_HYPHEN_NOUN = re.compile(
    r"-(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|fold|odd|something|plus|"
    r"strong|old|long|times?|percent|per|and|or|to|alarm|star|way|sided)\b)"
    r"(?P<noun>[a-z]{3,})(?![\w-])")
"""``an 84-page appeal``, ``a 15-member panel``: a count written as a modifier of the noun
it counts (not a span of time, ``40-odd``, ``a 5,000-strong crowd``, nor a grade: ``a
five-alarm fire``, ``a four-star general``)."""


def _plural(noun: str) -> str:
    """The plural a count's unit is kept in: ``pages``, ``parties``, ``boxes``."""
    if noun.endswith("man"):
        return noun[:-3] + "men"  # "a three-man crew"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|or)\s*|\s+and\s+", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"(?<!\branging\s)(?<!\branges\s)(?<!\branged\s)(?<!\bvarying\s)"
                          r"(?<!\banywhere\s)\bfrom\s+\Z", re.IGNORECASE)
"""``rose from 5 to 10`` is a change; ``ranging from four to seven``, ``anywhere from 4 to
7`` are a range."""
_RANGE_OPEN = re.compile(r"\s+and\s+\d")
"""``between eight and 10 shots``: a bare number word that opens a range."""


_RANGE_FIRST = re.compile(
    rf"(?P<between>\bbetween\s+)?(?<![\w.,$€£-])(?P<n>\d+(?:\.\d+)?|{_NUMBER_WORDS})"
    rf"(?P<gap>{_RANGE_GAP.pattern})\Z", re.IGNORECASE)


def range_opening(text: str, start: int, at: int, value: float
                  ) -> tuple[int, float, str | None] | None:
    """Where a range closed by the figure ``value`` at ``at`` opens, its first figure and
    its written qualifier (``between`` or none): ``10 to`` before ``30 years``,
    ``between 40 and`` before ``50 years``,
    ``five to`` before ``six-and-a-half-year``; ``None`` when none does. As in
    :func:`find_quantities`, ``and`` joins only after ``between``, ``from 5 to 10``
    is a change, and the first figure must be below the second."""
    m = _RANGE_FIRST.search(text, max(start, at - 40), at)
    if m is None or (m["gap"].strip().lower() == "and" and not m["between"]) \
            or _CHANGE_FROM.search(text, max(start, m.start() - 5), m.start()):
        return None
    first = _parse_number(m["n"])
    if first is None or not 0 < first < value:
        return None
    return m.start(), first, "between" if m["between"] else None


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|"
                       r"\s+(?P<of>(?:out\s+)?of(?:\s+the)?)\s+", re.IGNORECASE)
"""``16 and 12 seats``, ``20 out of 21 seats``: bare counts listed before the one that
names their unit."""


def _one_group(q: FoundQuantity) -> bool:
    """Whether ``q`` counts one group of people, unharmed so far (``215 pupils``,
    ``12 teachers``; not ``people``, nor ``dead``)."""
    return q.kind == "count" and not harm_of(q.unit) and q.unit not in _GENERIC_PEOPLE \
        and (q.unit in PEOPLE_GROUPS or q.unit in PEOPLE_NOUNS)


def _lists(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """A bare count listed before a count of things takes their unit: ``won 16 and 12
    seats`` counts seats twice, so neither is taken alone for the whole; the part of
    ``20 out of 21 seats`` or ``240 of the 543 seats`` counts seats, the whole being the
    seats in all. A group of people listed before a group of the harmed was harmed
    alike: ``215 pupils and 12 teachers were abducted`` (both groups, neither the
    whole)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        gap = _LIST_GAP.fullmatch(text, first.end, second.start)
        listed = gap is not None and not gap["of"]
        harm = harm_of(second.unit)
        if listed and harm and second.unit != harm and _one_group(first) \
                and first.unit != second.unit.partition(" ")[2]:
            out[i] = attrs.evolve(first, unit=f"{harm} {first.unit}")
            continue
        harm = harm_of(first.unit)
        if listed and harm and first.unit != harm and _one_group(second):
            # "abducted 303 pupils and 12 teachers": the verb before the list befell both
            out[i + 1] = attrs.evolve(second, unit=f"{harm} {second.unit}")
            continue
        if gap is None or first.unit or first.kind != "count" or second.kind != "count" \
                or not second.unit or harm_of(second.unit):
            continue
        unit = second.unit.removesuffix(" in all")
        if unit != second.unit and not gap["of"]:
            continue
        out[i] = attrs.evolve(first, unit=unit)
        if gap["of"]:
            out[i + 1] = attrs.evolve(second, unit=f"{unit} in all")
    return out


_CONVERSION_GAP = re.compile(r"\s*\(\s*")


def _conversions(text: str, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """A figure in brackets just after another (``more than 2,100 acres (850 hectares)``)
    converts it, so it takes the hedge of the figure it converts: more than 850 hectares,
    not exactly 850."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if first.qualifier is None or second.qualifier is not None \
                or first.kind != second.kind or first.unit == second.unit \
                or not _CONVERSION_GAP.fullmatch(text, first.end, second.start):
            continue
        low, high = _hedged(second.value, first.qualifier)
        out[i] = attrs.evolve(second, qualifier=first.qualifier, low=low, high=high)
    return out


def _word_opened(text: str, floor: int, q: FoundQuantity) -> FoundQuantity:
    """``q`` widened to the range a bare number word opens before it: ``four to six
    militants``, ``five to 10 injured people`` (a bare number word is no figure alone,
    so it was not found). ``from four to seven`` is a change, as with digits."""
    if q.qualifier is not None or q.kind != "count":
        return q
    m = _RANGE_FIRST.search(text, max(floor, q.start - 40), q.start)
    if m is None or m["n"][0].isdigit() or (
            m["gap"].strip().lower() == "and" and not m["between"]) \
            or _CHANGE_FROM.search(text, max(floor, m.start() - 5), m.start()):
        return q
    first = _parse_number(m["n"])
    if first is None or not 0 < first < q.value:
        return q
    return FoundQuantity(m.start(), q.end, m.start("n"), q.number_end, first, first, q.high,
                         q.unit, q.kind, "between" if m["between"] else None, q.per)


def _ranges(text: str, start: int, found: list[FoundQuantity]) -> list[FoundQuantity]:
    """Join ``18,000 to 20,000 deaths``, ``between 300 and 400 people``, ``5,000-6,000
    homes`` into one figure whose interval is the range (its value is the low end, as
    for ``at least``). ``from 5 to 7 percent`` is a change, not a range, and a first
    figure far below the second (``5 to 7 million``: five what?) stays apart."""
    out: list[FoundQuantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and harm_of(prev.unit) and q.unit == "people" \
                and _RANGE_GAP.fullmatch(text, prev.end, q.start):
            q = attrs.evolve(q, unit=prev.unit)  # "killed 4 to 6 people": a toll's range
        if prev is not None and prev.kind == "money" and (
                (q.kind == "count" and not q.unit) or (q.kind == "money" and q.unit == prev.unit)) \
                and re.fullmatch(r"\s*[-–—]\s*|\s+to\s+", text[prev.end:q.start]) \
                and (written := _parse_number(text[q.number_start:q.number_end])) \
                and q.value > written and prev.value < written \
                and not _CHANGE_FROM.search(text, max(start, prev.start - 5), prev.start):
            # "€700–800 million", "$2.89-3.01B", "$220–$243 billion": one sum of money, its
            # scale written once, at the end
            scale = round(q.value / written)  # a power of ten, exact
            out[-1] = FoundQuantity(
                prev.start, q.end, prev.number_start, q.number_end, prev.value * scale,
                prev.low * scale, q.high, prev.unit, "money", prev.qualifier, prev.per)
            continue
        if prev is None or prev.end <= q.start - 1:
            q = _word_opened(text, start if prev is None else prev.end, q)
        if prev is not None and not prev.per and prev.unit in ("", q.unit) \
                and 0 < prev.value < q.value <= prev.value * 100 \
                and (gap := _RANGE_GAP.fullmatch(text, prev.end, q.start)):
            between = _RANGE_BETWEEN.search(text, max(start, prev.start - 8), prev.start)
            joined = gap.group(0).strip().lower() != "and" or between is not None
            if joined and not _CHANGE_FROM.search(text, max(start, prev.start - 5), prev.start):
                out[-1] = FoundQuantity(
                    between.start() if between else prev.start, q.end, prev.number_start,
                    q.number_end, prev.value, prev.low, q.high, q.unit, q.kind,
                    prev.qualifier or ("between" if between else None), q.per)
                continue
        out.append(q)
    return out
