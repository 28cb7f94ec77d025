"""Figures that describe one thing or one person: attribute facts.

Most figures belong to an event (``killed 12``, ``$40 million in aid``) and are
compared only when their events align. Some describe a thing the story is about,
whatever the verb of their sentence: the ship's length (``a 984-foot container
ship``, ``the 948-foot vessel``), the voyage's duration (``a 27-day journey``),
the dam's age (``the 19-year-old dam``), a quake's magnitude, or a person's age
(``Miguel Luna, 49``, ``49-year-old Miguel Luna``), or a place's population
(``Orla, a city of about 90,000 people``). Each such figure names an *attribute
fact* (``length of the ship``, ``age of Luna``, ``population of orla``), and claims
giving the same fact are compared on it alone.

A thing is named by the head noun the figure modifies, with a few plain synonyms
merged (a vessel is a ship, a plane an aircraft, a journey a voyage). An age
needs the definite article (``a 45-year-old farmer`` may be anyone); a measure
needs it too, or a name beside the thing (``the Dali, a 984-foot container
ship``): ``a 30-foot boat`` may be any boat.
"""

from __future__ import annotations

import re

import attrs

from claimtrack.claims import Claim, Mention, Quantity
from claimtrack.extract.entities import nationality_of
from claimtrack.extract.lexicon import EVENT_NOUNS, HAPPENING_CLASSES, lemma_of
from claimtrack.extract.quantities import (
    DIMENSION_WORDS,
    MATCH_MINUTE,
    VOTES_AGAINST,
    VOTES_FOR,
    dimension,
    is_turnout,
)
from claimtrack.financials import RESULT_FACTS, result_of
from claimtrack.temporal.calendar import PAST_CUE
from claimtrack.temporal.lexicon import NUMBER_WORDS

__all__ = [
    "AGE_OF",
    "ALTITUDE_OF",
    "APPROVAL",
    "DISTANCE_OF",
    "FIRST_ROUND",
    "GRAFT_OF",
    "MAGNITUDE_OF",
    "MARGIN",
    "MINUTE_OF",
    "NATIONALS_OF",
    "PAGES_OF",
    "POPULATION_OF",
    "PRICE_OF",
    "QUAKE_DEPTH",
    "SPLIT_OF",
    "STAKE_OF",
    "TURNOUT",
    "VOTE_SHARE_OF",
    "Attribute",
    "attribute_facts",
    "attribute_of",
    "body_of",
    "distance_of",
    "group_of",
    "is_attribute",
    "measured_nouns",
    "person_of",
    "place_of",
    "price_of",
    "stake_of",
    "thing_of",
    "vote_share_of",
]

AGE_OF = "age of the "
"""Prefix of the age of a thing: ``the 19-year-old dam`` and ``the 14-year-old dam``."""

MAGNITUDE_OF = "magnitude of the "
"""Prefix of a fact of one earthquake: ``a 6.9-magnitude earthquake``, ``a magnitude 6.1
quake`` and ``the magnitude 6.5 tremor`` give the magnitude of the story's quake. The
dates of the claims still tell two quakes apart (the one of 2013 recalled in passing)."""

_PERSON_AGE = "age of "
"""Prefix of a person's age, followed by the key of their name: ``age of luna``."""

POPULATION_OF = "population of "
"""Prefix of a place's population, followed by the key of its name: ``Orla, a city of
about 90,000 people``, ``Orla, which is home to 90,000 people``: ``population of orla``."""

NATIONALS_OF = "number by nationality of "
"""Prefix of a count in a breakdown by nationality, followed by the people counted:
``53 Nepalis, five Indians, four Russians and one Irish national`` gives ``number by
nationality of russians``. Only a list of three or more such counts is a breakdown:
``four Indians had planned to go paragliding`` may be any four of them."""

_SMALL_NUMBER = r"\d{1,4}|" + "|".join(
    w for w, n in NUMBER_WORDS.items() if 1 <= n <= 20 and w.isalpha()
    and w not in ("a", "an", "dozen"))
"""A count of a breakdown: digits, or a number word from one to twenty."""
_GROUP_COUNT = re.compile(
    rf"\b(?P<n>{_SMALL_NUMBER})\s+(?P<group>(?:(?:South|North|New)\s+)?[A-Z][a-z]{{2,}})"
    r"(?:\s+(?:citizens?|nationals?|passengers?|people|tourists?|victims?))?\b",
    re.IGNORECASE)
_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+|;\s*")
_BREAKDOWN_MIN = 3

_POPULATION_CUE = re.compile(
    r"\b(?:population\s+of|home\s+to|(?:city|town|village|community|county|district|region|"
    r"province|municipality|island|country|nation)\s+of)\s+\Z", re.IGNORECASE)
_POPULATION_UNITS = frozenset({"", "people", "residents", "inhabitants", "citizens"})
_PLACE_REACH = 100
"""How far before a population (in characters) the place it counts may be named."""

DISTANCE_OF = "distance of "
"""Prefix of how far one place lies from another, followed by the two keys: ``Kesh, a
town 40km south of Orla``, ``Kesh, about 25 miles south of Orla``: ``distance of kesh
from orla``. Without a place before the figure, the story's quake or event is what lies
there (``the epicentre, 71 km southwest of Orla``: ``distance of earthquake from
orla``)."""
_FROM = " from "
_BEARING = re.compile(
    r"\.?(?:\s*\([^()]{1,30}\)|\))?"  # "40km (25 miles) south of", "25 miles) south of"
    r"[\s-]+(?:(?:due\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of|"
    r"(?:away\s+)?from|outside(?:\s+of)?|off(?:\s+the\s+coast\s+of)?|inland\s+from)"
    r"\s+(?:the\s+(?:city|town|village|capital|port|island)\s+of\s+)?(?=[A-Z])")
"""``40km south of Orla``, ``25 miles from Orla``, ``10 km north-east of the city of
Orla``, ``62 km. southeast of Orla``: a length that places something against a named
place. The same length in other units may stand between (``40km (25 miles) south of
Orla``), and so may the bracket that closes it (for ``25 miles``)."""
_EPICENTRE = re.compile(r"\bepicent(?:er|re)\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(r"\s+scale\b")
"""``the Richter scale``: a name that is no place."""

QUAKE_DEPTH = "depth of the "
"""Prefix of how deep a quake struck (``at a depth of 16 kilometers``, ``10 km deep``):
``depth of the earthquake``, ``depth of the aftershock``."""
_DEPTH_BEFORE = re.compile(r"\bdepth\s+of\s+(?:just\s+|only\s+|a\s+mere\s+)?\Z", re.IGNORECASE)
_CONVERTED = re.compile(r"\d[\d.,]*\s*[a-z]+\s*\(\s*\Z", re.IGNORECASE)
"""A figure in brackets after another (``8 kilometres (5 miles)``): the same measure in
other units."""
_DEEP_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:[\s-]+deep\b|\s+(?:beneath|below|under)\s+"
                         r"the\s+(?:surface|ground|earth|seabed|sea\s+floor)\b)", re.IGNORECASE)

ALTITUDE_OF = "altitude of the "
"""Prefix of how high an aircraft flew (``reached an altitude of only 625 feet``,
``having reached a mere 650 feet``, ``after reaching just over 600 feet``):
``altitude of the aircraft``."""
_ALTITUDE_BEFORE = re.compile(
    r"\b(?:(?:altitude|height)\s+of|(?:reach(?:ed|es|ing)?|climb(?:ed|s|ing)?\s+to|"
    r"r(?:ose|isen|ising)\s+to|gain(?:ed|ing)?)(?:\s+(?:an?|the))?"
    r"(?:\s+(?:mere|maximum|peak|top|height\s+of|altitude\s+of))?)"
    r"\s+(?:(?:only|just|barely)\s+)?\Z", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:aircraft|(?:air)?planes?|jet(?:liner)?s?|airliners?|flights?|"
                       r"helicopters?|Dreamliners?)\b", re.IGNORECASE)
"""What an altitude is of: a sentence must name an aircraft for its height reached to
be one (``the river reached 20 feet`` is a flood's)."""

PRICE_OF = "price of "
"""Prefix of what was paid for one player, company or thing, followed by its key:
``Chelsea paid Benfica £106m for midfielder Enzo Fernandez``, ``£107 million paid for
Enzo Fernandez``, ``signing Yoane Wissa from Brentford for £50m``, ``Yoane Wissa
(£55m)``: ``price of fernandez``, ``price of wissa``. Only in a sentence about a deal
(``signed``, ``paid``, ``bought``, ``acquired``, ``deal``, ``fee`` …)."""
_DEAL = re.compile(r"\b(?:sign(?:s|ed|ing)?|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|"
                   r"acquisition|pa(?:y|ys|id|ying)|s(?:ell|ells|old|elling)|transfers?|"
                   r"deals?|fees?|bids?|swoop|purchas(?:e|es|ed|ing)|takeover)\b",
                   re.IGNORECASE)
_FOR_NAME = re.compile(r"\s+(?:(?:deal|fee|bid|move|transfer|paid|spent)\s+)?(?:for|"
                       r"(?:signing|purchase|acquisition|takeover|sale)\s+of)\s+(?:the\s+)?"
                       r"(?:(?:[a-z]+|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}")
"""``£106m for midfielder Enzo Fernandez``, ``£100m signing of German playmaker Florian
Wirtz``: the figure, then whom or what it bought."""
_NAME_FOR = re.compile(r"(?:\s+from\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s+for\s+"
                       r"(?:an?\s+|the\s+)?(?:(?:initial|reported|fee\s+of|total\s+of|fixed|"
                       r"record|British\s+record)\s+)*")
"""``Nick Woltemade from Stuttgart for an initial £69m``: whom or what, then the figure."""
_DEAL_TO_BUY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:deal|transaction|takeover|offer|bid|"
                          r"agreement)\s+(?:[A-Za-z]+\s+){0,2}?to\s+(?:buy|acquire|purchase|"
                          r"take\s+over)\s+(?:the\s+)?")
"""``an $85 billion deal on Tuesday to buy Orla Rail``: the figure, then what it buys."""
_BUY_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|acquires?|acquired|acquiring|"
                         r"purchases?|purchased|purchasing)\s+(?:the\s+)?\Z", re.IGNORECASE)
_BOUGHT_IN = re.compile(r"[.,]?\s+in\s+(?:an?\s+)?(?:(?:[\w-]+\s+){0,3}?(?:deal|transaction|"
                        r"agreement|takeover|merger)\s+(?:valued\s+at|worth)\s+(?:about\s+|"
                        r"roughly\s+|nearly\s+|some\s+|around\s+)?)?")
"""``buying Orla Rail in an 85-billion-dollar deal``, ``to acquire Orla Rail Corp. in a
cash-and-stock transaction valued at $85 billion``: what is bought, then the figure."""
_NO_PRICE = re.compile(r"\b(?:package|award|bonus|salary|compensation|prize|grant|aid|"
                       r"reward|budget(?:ed)?|fine|damages|settlement|loan|pledge[sd]?)\s+"
                       r"(?:of\s+)?(?:(?:about|around|roughly|nearly|some|almost|up\s+to|"
                       r"more\s+than|over)\s+)?\Z", re.IGNORECASE)
"""Sums that buy nothing: ``a pay package of about $1 trillion for Elon Musk``,
``budgeted roughly $55 million for ESCAPADE``, ``a fine of $5m for Orla Corp``."""
_SELLER = re.compile(r"\bfrom\s+\Z")
"""``from Stuttgart``: the club or firm that sold, not what was bought."""
_BRACKETED = re.compile(r"\s*\(\s*")
"""``Yoane Wissa (£55m)``: the figure in brackets after the name."""

_MEASURES = ("length", "height", "depth", "width", "thickness", "speed", "weight", "area",
             "volume", "power", "duration", "height in storeys")
_TIME_INTO = "time into the "
"""Prefix of how far into something an event came: ``six minutes into his speech``,
``about 10 minutes into Kovac's speech``: ``time into the speech``."""
SPLIT_OF = "split of the vote"
"""The fact of a vote's split: ``a 4-1 majority`` and ``the 8-3 majority decision`` in two
reports of one ruling give it twice."""
_VOTING_BODY = re.compile(
    r"\b(?:(?:upper|lower)\s+(?:house|chamber)|"
    r"senate|senators|house|representatives|parliament|lawmakers|legislators|legislature|"
    r"congress|assembly|"
    r"court|justices|judges|panel|committee|council|board|jury|jurors|cabinet|commission|"
    r"shareholders|members)\b", re.IGNORECASE)
_BODIES = {"senators": "senate", "representatives": "house", "lawmakers": "parliament",
           "legislators": "parliament", "legislature": "parliament", "congress": "parliament",
           "justices": "court", "judges": "court", "panel": "court", "jurors": "jury"}
"""Who voted, merged where two words name one body (``justices``, ``the court``;
``lawmakers``, ``Congress``, the whole of a country's legislature); a parliament's ``upper
house`` and ``lower house`` are two bodies."""
STAKE_OF = "stake held by "
"""Prefix of the share of a company one holder owns, followed by the holder's key:
``Musk currently owns about 13% of the company's outstanding shares``, ``excluding the
15 percent already owned by Musk``: ``stake held by musk``. Only a holding now (``owns``,
``holds``, ``owned by``), not one a plan would give (``his stake will rise to 25%``)."""
_OWNS_BEFORE = re.compile(
    r"\b(?:already\s+|currently\s+|now\s+)?(?:owns|holds|controls)\s+(?:(?:about|around|"
    r"roughly|nearly|some|almost|more\s+than|over|just\s+over|under|less\s+than)\s+)?\Z")
_OWNED_AFTER = re.compile(r"\s+(?:of\s+[^.;,]{0,40}?\s+)?(?:already\s+|currently\s+)?"
                          r"(?:owned|held)\s+by\s+\Z")
_OF_SHARES = re.compile(r"\s+of\s+(?:the\s+company|[A-Z]|its\b|their\b)")
GRAFT_OF = "sum "
"""Prefix of the sum a graft case is about, whatever the sentence's verb: ``taking $3.4
million in bribes``, ``accepting $4.3 million in kickbacks`` (``sum of the bribes``);
``embezzled $12 million``, ``found guilty of embezzling $21 million`` (``sum
embezzled``)."""
_IN_BRIBES = re.compile(r"\s+in\s+(?:bribes|kickbacks|illicit\s+payments|illegal\s+payments)\b",
                        re.IGNORECASE)
_EMBEZZLED_BEFORE = re.compile(
    r"\b(?:embezzl|misappropriat|siphon)\w*\s+(?:(?:about|around|nearly|more\s+than|over|"
    r"some|roughly|almost)\s+)?\Z", re.IGNORECASE)
PAGES_OF = "pages of the "
"""Prefix of the length of a document a story is about, in pages: ``the 887-page
legislation`` and ``the 940-page bill`` (``pages of the bill``)."""
_PAGED = frozenset("bill law legislation report indictment ruling judgment judgement "
                   "filing complaint lawsuit memo memorandum budget treaty agreement "
                   "decision opinion".split())
"""Documents a story tells of once, whose length in pages is a fact of the story."""
TURNOUT = "turnout of the vote"
"""The share of voters who voted, whatever the sentence's verb: ``a voter turnout of
46.3%``, ``amounting to a 57 per cent voter turnout``, ``representing a 57.76 percent
turnout``. A turnout of a year named beside it (``2018's 53.85 per cent turnout``) is of
another vote."""
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d(?:['’]s)?\s+(?:[\w-]+\s+){0,3}\Z")
_YEAR_AFTER = re.compile(r"\s+(?:voter\s+)?turnout\s+(?:in|of|for)\s+(?:the\s+)?(?:19|20)\d\d\b",
                         re.IGNORECASE)
MARGIN = "margin of the vote"
"""The votes between the winner and the runner-up, whatever the verb: ``a razor-thin
margin separating the two candidates, just 120,000 votes`` and ``the margin between the
candidates is approximately 369,000 votes``. No rival to a count of votes won."""
_MARGIN_BEFORE = re.compile(r"\b(?:margin|lead|gap)\b[^.;:\d]{0,60}\Z", re.IGNORECASE)
APPROVAL = "share of the vote in favour"
"""The share of a vote that approved what was put to it, whatever the verb: ``59% of
members who cast ballots agreed to approve``, ``voted by 59% to approve the deal``,
``approved by 59% of union membership``, ``59% approval``. A share against (``64% voted
against the second offer``) is another fact, often of another vote."""
_APPROVAL_AFTER = re.compile(
    r"\s+(?:approval\b(?!\s+(?:rating|score|figure)s?\b)|in\s+favou?r\b|"
    r"of\s+(?:the\s+)?(?:members|voters|delegates|"
    r"shareholders|workers|ballots)\b[^.;:]{0,40}?\b(?:voted|agreed|chose)\s+"
    r"(?:to\s+(?:approve|accept|ratify)|in\s+favou?r)\b|to\s+(?:approve|accept|ratify)\b)",
    re.IGNORECASE)
_APPROVAL_BEFORE = re.compile(r"\b(?:approved|ratified|accepted|passed)\s+by\s+(?:a\s+)?\Z",
                              re.IGNORECASE)
"""What makes a share the vote's in favour of a measure (``approved by 59%``, ``voted by
59% to approve``), never a candidate's (``52% of voters voted for Kovac``), a poll's
(``backed by 30% of voters``) or a leader's standing (``a 38% approval rating``)."""
VOTE_SHARE_OF = "share of the vote won by "
"""Prefix of the share of an election's vote one party or candidate won, followed by its
key: ``the Kesh Union received 28.5% of the vote``, ``won the election on Sunday with 28.6%
of the vote``: ``share of the vote won by kesh union``. The winner is the first name of the clause
that is not a country (``Orla's conservative Kesh alliance … won … with 28.6% of the
vote``); a share against a measure, or approving one, is :data:`APPROVAL`. A share the
sentence puts in an election's first round ends in :data:`FIRST_ROUND`."""
FIRST_ROUND = " in the first round"
"""What ends a share of the vote won in an election's first round (``In the first round,
held on May 18, Kovac received 31.36%``): no rival to the runoff's share."""
_FIRST_ROUND = re.compile(r"\b(?:first|1st|initial|opening)[- ](?:round|vote|ballot)\b",
                          re.IGNORECASE)
_VOTE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?:(?:popular|national|party|valid|total|overall|first|"
    r"second)\s+)?(?:votes?|ballots)\b(?!\s+(?:cast\s+)?(?:in\s+favou?r|against\s+(?:the|it|"
    r"this|that|a|an)\b|to\s+(?:approve|accept|ratify|reject)))", re.IGNORECASE)
_WON_BEFORE = re.compile(
    r"\b(?:won|wins|winning|received|receives|receiving|secured|secures|securing|earned|"
    r"earns|earning|garnered|garnering|got|getting|took|takes|taking|captured|polled|"
    r"achieved|achieving|obtained|obtaining|with)\s+(?:(?:about|around|nearly|almost|just\s+over|"
    r"over|more\s+than|less\s+than|some|roughly|only|just|a\s+record)\s+)?\Z",
    re.IGNORECASE)
_CLAUSE_OPEN = re.compile(r"[;:.!?]\s|\s[—–]\s|,\s+(?:but|while|whereas|and|with)\s|"
                          r"\b[Aa]ccording\s+to\s[^,;.]*,\s|"
                          r"(?<!been )(?<!was )(?<!were )(?<!is )"
                          r"\b(?:said|says|announced|declared|showed|shows)\s+(?:(?:on|late|"
                          r"early)\s+\w+\s+)?(?:that\s+)?|\bthat\s")
"""Where the clause a winner opens begins: after a stop, a dash, a turn (``, while the
opposition candidate Ana Kovac received``), a source (``According to the Orla Electoral
Commission, he received``) or a saying (``The Council said on Monday that the incumbent
had secured``: the council reports the share, it did not win it)."""
MINUTE_OF = "minute of the "
"""Prefix of when in a match a goal came, followed by which goal: ``setting up Kovac for
the fourth in the 73rd minute`` and ``curled in a fourth on 78 minutes``: ``minute of the
fourth goal``."""
_GOAL_ORDINAL = re.compile(
    r"\b(?:the|a|his|her|their|its)\s+(?P<ord>opener|opening\s+goal|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!\s+(?:half|time|day|round|leg|"
    r"set|quarter|period|minute|season|title|trophy|final))", re.IGNORECASE)
"""Which goal a minute is of, named before it in its sentence: ``the opener``, ``a
fourth``."""
_PREFIXES = (_PERSON_AGE, MAGNITUDE_OF, MINUTE_OF, GRAFT_OF, TURNOUT, APPROVAL, MARGIN, PAGES_OF,
             ALTITUDE_OF, POPULATION_OF, NATIONALS_OF, _TIME_INTO, DISTANCE_OF, SPLIT_OF,
             PRICE_OF, STAKE_OF, VOTE_SHARE_OF, *RESULT_FACTS,
             *(f"{m} of the " for m in _MEASURES))
_INTO = re.compile(r"\s+into\s+(?:(?:the|his|her|its|their|[A-Z][\w'’-]*['’]s?)\s+)?"
                   r"(?P<noun>[a-z]{3,})\b")

_QUAKES = frozenset({"earthquake", "aftershock"})
"""The event classes (:data:`EVENT_NOUNS`) a magnitude is given to."""

_NEXT_WORD = re.compile(r"[\s-]+([a-z]{3,})\b")
_QUAKE_WORD = re.compile(
    rf"\b({'|'.join(sorted(w for w, kind in EVENT_NOUNS.items() if kind in _QUAKES))})s?\b",
    re.IGNORECASE)
"""Any noun of a quake (:data:`EVENT_NOUNS` of the :data:`_QUAKES` classes)."""

_LATER_QUAKE = re.compile(
    r"\b(?:subsequent|later|following|another|second|smaller|next)\s+(?:[a-z-]+\s+)?\Z",
    re.IGNORECASE)
"""What makes a quake noun name an aftershock: ``one of the subsequent quakes was 6.5
magnitude``, ``another strong tremor``."""

_ANOTHER = re.compile(r"\b(?:another|a\s+second|a\s+third|a\s+further|the\s+second)\s+\Z",
                      re.IGNORECASE)
_AFTERSHOCK = re.compile(r"\baftershock\b", re.IGNORECASE)
_LATER_CUE = re.compile(r"\b(?:\w+\s+(?:seconds?|minutes?|hours?)\s+later|followed\s+(?:\w+\s+)?by)"
                        r"\b", re.IGNORECASE)
"""``Just 20 minutes later, a 4.5 magnitude earthquake``, ``followed by a 5.2 magnitude
quake``: a quake after the story's, an aftershock whatever its noun."""
_SINGLED_OUT = re.compile(r"\b(?:one|the\s+(?:largest|strongest|biggest))\b", re.IGNORECASE)
"""What picks one aftershock out of many: ``aftershocks including one measuring 6.4``.
Without it a magnitude of ``aftershocks`` (``at least two aftershocks measuring 5.2``,
``aftershocks as strong as 5.2``) is of no one aftershock."""

_POSITIONS = frozenset({"mark", "marker", "point", "milepost", "milestone", "post"})
"""Nouns a measure locates rather than measures: ``found at the 0.5km mark`` and ``the
couple are likely close to the 1.5-km mark`` are two places on one trail."""

_QUAKE_REACH = 120
"""How far before a magnitude (in characters) the quake it measures may be named: ``an
aftershock, measuring 7.0``, ``aftershocks including one measuring a strong 6.4 magnitude``."""

_MODIFIER = re.compile(r"\d(?:-|[a-z])|-(?:year|month|week|day|hour|minute)")
"""A figure written as a modifier of the noun after it: ``984-foot``, ``985ft``,
``nine-year-old``, ``27-day``."""

_WORD_AFTER = re.compile(r"[ \t-]+([A-Za-z][A-Za-z'’-]*)")
_DETERMINER = re.compile(r"(?:\b(?P<det>the|a|an|this|its|their|his|her)|['’]s)\s+"
                         r"(?:(?:giant|huge|massive|colossal|enormous|vast|large|small|tiny|"
                         r"new|old|modern|historic|famous|iconic)\s+)?\Z", re.IGNORECASE)
"""The determiner of a figure's phrase, past one word of its size or age: ``the 948-foot
vessel``, ``a giant 948-foot cargo ship``."""
_DETERMINER_REACH = 20
"""How far before a figure (in characters) its determiner may stand."""
_NOT_NOUNS = frozenset(
    "of the a an its his her their our that this these those which who whom whose where "
    "when what is are was were be been being has have had and or but to in on at by for "
    "from with as it they he she we us them than then into onto off out over under "
    "near nearby between among across through inside outside beyond along around behind "
    "below above beneath after before during since until".split())

_THINGS = {"vessel": "ship", "freighter": "ship", "containership": "ship",
           "cargo-ship": "ship", "plane": "aircraft", "jet": "aircraft",
           "airplane": "aircraft", "aeroplane": "aircraft",
           "airliner": "aircraft", "jetliner": "aircraft", "journey": "voyage", "tanker": "ship",
           "trip": "voyage", "passage": "voyage", "temblor": "earthquake",
           "quake": "earthquake", "tower": "building", "block": "building",
           "high-rise": "building", "skyscraper": "building", "position": "job",
           "role": "job", "legislation": "bill"}
"""Plain synonyms of the things whose figures are facts, merged into one class."""

_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*)(?:,\s*(?:aged\s+)?|\s*\(|,\s+(?:an?|the)\s+)\Z")
"""The name an age follows: ``Luna, 49``, ``Luna, aged 49``, ``Luna (49)``, ``Luna, a
49-year-old welder``."""

_THE_ROLE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<role>[a-z]+),\s*(?:aged\s+)?\Z")
"""``the prosecutor, 65``, ``the pilot, aged 45``: the age of the one person the story
knows in that role, as ``the 63-year-old prosecutor`` gives it."""
_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:made|scored|said|was|is|has|had|took|added|"
                        r"told|won|lost|finished|struck|netted|became|left|died|[a-z]+ed)\b")
"""A verb right after ``the 22-year-old``: the age stands for a person already named."""
_SUBJECT_REACH = 3
"""How far into its sentence the name that opens it may start (past a quote mark)."""
_ROLE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:suspect|shooter|gunman|attacker|killer|assassin|accused|"
    r"defendant|victim|survivor|witness|supporter|fan|critic|aide)s?\b")
"""``22-year-old Orla Hale shooting suspect``: the name only modifies the person the
age is of."""
_ROLE_THEN_NAME = re.compile(
    r"(?:[ \t]+[A-Z][\w.’'-]*){0,3}[ \t]+(?:officer|soldier|student|pilot|captain|doctor|"
    r"nurse|teacher|worker|journalist|reporter|photographer|activist|lawyer|commander|"
    r"sergeant|lieutenant|constable|engineer|businessman|businesswoman|tourist|resident|"
    r"farmer|driver|player|striker|singer|actor|actress|rapper|influencer|priest|pastor|"
    r"official|politician|candidate|councillor|councilor|mayor)[ \t]+(?=[A-Z])")
"""A role between an age and the person it is of: ``26-year-old Navy officer Lt. Vinay
Narwal``, ``the 22-year-old Orla student Ana Kovac``."""
_APPOSED = re.compile(r"\b([a-z]{3,}),\s*\Z")
"""``The giant ship, 984 feet in length``: the noun a measure stands beside."""


@attrs.frozen
class Attribute:
    """The fact one figure gives (``length of the ship``)."""

    fact: str


def is_attribute(head: str) -> bool:
    """Whether a block key names a figure of one thing: its age, a quake's magnitude,
    a ship's length, a person's age."""
    return head.startswith(_PREFIXES)


def person_of(fact: str) -> str | None:
    """The name key of a person's age fact (``age of luna``: ``luna``), else ``None``."""
    if fact.startswith(_PERSON_AGE) and not fact.startswith(AGE_OF):
        return fact[len(_PERSON_AGE):]
    return None


def body_of(fact: str) -> str | None:
    """The body a vote's split is of (``split of the vote of the house, votes against``:
    ``house``), else ``None``."""
    head = f"{SPLIT_OF} of the "
    if not fact.startswith(head):
        return None
    return fact[len(head):].split(",")[0]


def place_of(fact: str) -> str | None:
    """The name key of a population fact (``population of orla``: ``orla``), else
    ``None``."""
    return fact[len(POPULATION_OF):] if fact.startswith(POPULATION_OF) else None


def distance_of(fact: str) -> tuple[str, str] | None:
    """The two ends of a distance fact (``distance of kesh from orla``: ``("kesh",
    "orla")``), else ``None``."""
    if not fact.startswith(DISTANCE_OF):
        return None
    origin, _, reference = fact[len(DISTANCE_OF):].partition(_FROM)
    return origin, reference


def group_of(fact: str) -> str | None:
    """The people a count by nationality counts (``number by nationality of russians``:
    ``russians``), else ``None``."""
    return fact[len(NATIONALS_OF):] if fact.startswith(NATIONALS_OF) else None


def _breakdown(claim: Claim) -> dict[int, str]:
    """Where each count of a breakdown by nationality in ``claim`` starts (document
    offsets of its number), with the people it counts."""
    text, base = claim.span.text, claim.span.start
    runs: list[list[tuple[int, str]]] = []
    last_end = -1
    for m in _GROUP_COUNT.finditer(text):
        key = nationality_of(m["group"])
        if key is None:
            last_end = -1
            continue
        item = (base + m.start("n"), key)
        if runs and last_end >= 0 and _LIST_GAP.fullmatch(text, last_end, m.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
        last_end = m.end()
    return {at: key for run in runs if len(run) >= _BREAKDOWN_MIN for at, key in run}


def _nationals(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``number by nationality of russians`` for ``four Russians`` in a breakdown by
    nationality (``53 Nepalis, five Indians, four Russians``)."""
    if quantity.number_span is None:
        return None
    base = claim.span.start
    own = _GROUP_COUNT.match(claim.span.text, quantity.number_span.start - base)
    if own is None or not own["group"][:1].isupper():
        return None  # most counts: no people named after the number, no list to read
    key = _breakdown(claim).get(quantity.number_span.start)
    return None if key is None else Attribute(NATIONALS_OF + key)


def _population(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``population of orla`` for a count of people a place is said to hold (``Orla, a
    community of around 125,000 people``, ``the port city of Orla, which is home to
    90,000 people``): the place is the nearest name before it, not a person's."""
    text, base = claim.span.document.text, claim.span.start
    at = quantity.span.start
    if quantity.unit not in _POPULATION_UNITS or not _POPULATION_CUE.search(
            text, max(base, at - 24), at):
        return None
    places = [m for m in claim.participants if m.span.end <= at
              and at - m.span.end <= _PLACE_REACH and m.kind not in ("person", "org")]
    if not places:
        return None  # "the city of 100,000 people": which city?
    return Attribute(POPULATION_OF + max(places, key=lambda m: m.span.start).key)


def thing_of(word: str) -> str:
    """The class of thing a head noun names, in the singular: ``the 32-storey towers``
    and ``the 31-storey building`` are both of ``building``."""
    low = word.lower()
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        low = low[:-1]
    return _THINGS.get(low, low)


def _head_after(text: str, end: int) -> tuple[str, int] | None:
    """The head noun of the phrase a modifier at ``text[:end]`` opens (``984-foot
    container ship``: ``ship``; ``948-foot Singapore-flagged vessel``: ``vessel``),
    at most two words on, and where it ends; none before a name of two words (``the
    948-foot Orla Star``), which is no noun of a kind."""
    head: tuple[str, int] | None = None
    converted = _CONVERSION_AFTER.match(text, end)
    pos = end if converted is None else converted.end()  # "985-foot (300-meter) tanker"
    for _ in range(2):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if (low in _NOT_NOUNS or lemma_of(low) is not None or low.endswith("ly")
                or (low.endswith(("ed", "ing")) and "-" not in low) or PAST_CUE.fullmatch(low)):
            break  # "the 63-year-old prosecutor spoke": a verb, even an irregular one
        if head is not None and low.endswith("s") and _VERB_OBJECT.match(text, m.end()):
            break  # "the 64-year-old leader comes to the helm": the noun's verb
        if low.endswith(("'s", "’s")):
            return low[:-2], m.end()  # "the 1.6-mile bridge's supports": the bridge
        if word[0].isupper() and (after := _WORD_AFTER.match(text, m.end())) is not None \
                and after.group(1)[0].isupper():
            return None  # "the 948-foot Orla Star": a name, which says no kind of thing
        head, pos = (low, m.end()), m.end()
    return head


_CONVERSION_AFTER = re.compile(r"\s*\([^()\n]{1,30}\)")
"""The same measure in other units, in brackets after a modifier: ``985-foot
(300-meter)``."""
_VERB_OBJECT = re.compile(r"\s+(?:(?:to|the|a|an|in|on|at|from|with|into|after|before|as|out|"
                          r"up|back|down|his|her|their|its)\b|[$€£\d])")
"""What follows a verb in ``-s`` after a noun, not a plural noun's second word: ``the
64-year-old leader comes to the helm``, ``the 887-page legislation includes $4.5
trillion``."""


_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]*,\s*\Z")
_NAMED_AFTER = re.compile(r",?\s+(?:(?:called|named|identified\s+as|known\s+as)\s+)?"
                          r"(?:the\s+)?['‘’\"“]?[A-Z]")


def _named(text: str, opens: int, head_end: int) -> bool:
    """Whether the thing an indefinite phrase at ``[opens, head_end)`` describes is named
    beside it: ``the Dali, a 984-foot container ship`` or ``a 985ft container ship, the
    Dali`` (``a 30-foot boat sank`` may be any boat)."""
    return bool(_NAMED_BEFORE.search(text, max(0, opens - 40), opens)
                or _NAMED_AFTER.match(text, head_end))


def _quake_measured(text: str, at: int, end: int) -> str | None:
    """The class of the quake a magnitude at ``[at, end)`` of ``text`` is given to: the
    quake noun right after it (``a 6.4-magnitude aftershock``), else the nearest one
    before it (``the quake, with an initial magnitude of 7.7``)."""
    thing = _NEXT_WORD.match(text, end)
    if thing is not None and (
            kind := EVENT_NOUNS.get(thing.group(1).lower().removesuffix("s"))) in _QUAKES:
        if kind == "aftershock" and (thing.group(1).lower().endswith("s") or _ANOTHER.search(
                text, max(0, at - 30), at) or _AFTERSHOCK.search(text, 0, at)):
            return None  # "aftershocks", "another aftershock", a second one: which?
        if kind != "aftershock" and _LATER_CUE.search(text, 0, at):
            return "aftershock"  # "Just 20 minutes later, a 4.5 magnitude earthquake"
        return kind
    before = list(_QUAKE_WORD.finditer(text, max(0, at - _QUAKE_REACH), at))
    if not before:
        return None
    last = before[-1]
    noun = last.group(0).lower()
    if noun.endswith("s") and EVENT_NOUNS.get(noun[:-1]) == "aftershock" \
            and not _SINGLED_OUT.search(text, last.end(), at):
        return None  # "at least two aftershocks measuring 5.2": which one?
    if _LATER_QUAKE.search(text, max(0, last.start() - 30), last.start()):
        if EVENT_NOUNS[last.group(1).lower()] == "aftershock":
            return None  # "followed by another aftershock, this one of 5.2": which?
        return "aftershock"
    return EVENT_NOUNS[last.group(1).lower()]


def _person(claim: Claim, start: int, end: int) -> Mention | None:
    """The participant written at ``[start, end)`` (document offsets), if a name is."""
    return next((m for m in claim.participants
                 if m.span.start <= start and end <= m.span.end
                 and m.kind not in ("country", "org")), None)


_DIED_AT = re.compile(r"\b(?:died|dies|dead|passed\s+away|passes\s+away)\b"
                      r"(?:[^.;:()]|\.(?=\s\d)){0,40}?"
                      r"\b(?:aged|at(?:\s+the)?\s+age(?:\s+of)?|at)\s+\Z", re.IGNORECASE)
"""An age at death: ``died on Monday at age 84``, ``dies at 84``, ``dead at the age of 84``,
``died on Dec. 29 at the age of 100``."""
_ASIDE = re.compile(r",\s+(?:who|which|whose|a|an|the)\b[^,;]*,")
"""An aside between a name and its verb (``Hale, who served under Ana Kovac, died``): no
name in it is the verb's subject."""


def _person_age(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``age of luna`` for an age written against a name: before it (``Luna, 49``,
    ``Luna (49)``, ``Luna, a 49-year-old welder``) or right after it (``49-year-old
    Miguel Luna``)."""
    text, base = claim.span.text, claim.span.start
    at, end = quantity.span.start - base, quantity.span.end - base
    before = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if before is not None:
        who = _person(claim, base + before.start(1), base + before.end(1))
        if who is not None:
            return Attribute(_PERSON_AGE + who.key)
    if (role := _ROLE_THEN_NAME.match(text, end)) is not None:
        # "26-year-old Navy officer Lt. Vinay Narwal": the role, then the person
        who = _person(claim, base + role.end(), base + role.end() + 1)
        if who is not None and who.kind == "person" \
                and not _ROLE_AFTER.match(text, who.span.end - base):
            return Attribute(_PERSON_AGE + who.key)
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        who = _person(claim, base + after.start(1), base + after.end(1))
        if who is not None and not _ROLE_AFTER.match(text, who.span.end - base):
            return Attribute(_PERSON_AGE + who.key)
    if (role := _THE_ROLE_BEFORE.search(text, max(0, at - 40), at)) is not None:
        return Attribute(f"{AGE_OF}{thing_of(role['role'])}")  # "the prosecutor, 65,"
    if quantity.holder is not None and quantity.holder.kind == "person":
        return Attribute(_PERSON_AGE + quantity.holder.key)  # named in a sentence before
    if (died := _DIED_AT.search(text, max(0, at - 60), at)) is not None:
        # "Ivo Hale, who served under Ana Kovac, died on Monday at age 84": the age of
        # the one who died, the last person named before the verb outside an aside (an
        # age at some other moment, "his first heart attack at age 37", is no age now)
        asides = [m.span() for m in _ASIDE.finditer(text, 0, died.start())]
        who = max((m for m in claim.participants if m.kind == "person"
                   and m.span.end - base <= died.start()
                   and not any(s <= m.span.start - base < e for s, e in asides)),
                  key=lambda m: m.span.start, default=None)
        if who is not None:
            return Attribute(_PERSON_AGE + who.key)
    if _THE_BEFORE.search(text, max(0, at - 5), at) and _VERB_NEXT.match(text, end):
        # "Palmer opened the scoring …, and the 22-year-old made no mistake": the
        # sentence's subject, named at its start
        first = min((m for m in claim.participants if m.span.end <= quantity.span.start),
                    key=lambda m: m.span.start, default=None)
        if first is not None and first.span.start - base <= _SUBJECT_REACH \
                and (who := _person(claim, first.span.start, first.span.end)) is not None:
            return Attribute(_PERSON_AGE + who.key)
    return None


def _distance(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``distance of kesh from orla`` for a length that places one thing against a named
    place (``Kesh, a town 40km south of Orla``). What lies there is the quake, when the
    sentence gives its epicentre or is about it (``the quake struck 72 km southwest of
    Orla``); else the nearest place or body named before the figure (``Kesh``, ``Orla
    University Hospital, located 950 metres from Kesh``); else the sentence's happening
    (``the jet crashed 10 km from Orla``)."""
    text, base = claim.span.document.text, claim.span.start
    bearing = _BEARING.match(text, quantity.span.end, claim.span.end)
    if bearing is None:
        return None
    reference = next((m for m in claim.participants if m.span.start == bearing.end()
                      and m.kind not in ("person", "org")), None)
    if reference is None or text.startswith(("’s", "'s"), reference.span.end):
        return None  # "17.2km from Orla's second-largest city of Kesh": from which?
    start = quantity.span.start
    event = EVENT_NOUNS.get(claim.event.predicate, claim.event.predicate) \
        if claim.event is not None else None
    places = [m for m in claim.participants if m.span.end <= start
              and start - m.span.end <= _PLACE_REACH and m.key != reference.key
              and m.kind != "person" and not _SCALE_AFTER.match(text, m.span.end)]
    place = max(places, key=lambda m: m.span.start) if places else None
    quakes = list(_QUAKE_WORD.finditer(text, base, start))
    if _EPICENTRE.search(text, base, start) or (
            (event in _QUAKES or quakes) and (
            place is None or (quakes and quakes[-1].start() > place.span.start))):
        origin = "earthquake"  # "the quake struck 72 km southwest of Orla"
    elif place is not None:
        origin = place.key  # "the quake destroyed Kesh, a village 30 km from Orla"
    elif event in HAPPENING_CLASSES:
        origin = event
    else:
        return None
    return Attribute(f"{DISTANCE_OF}{origin}{_FROM}{reference.key}")


def _price(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``price of fernandez`` for a sum paid for one named player, company or thing
    (:data:`PRICE_OF`), in a sentence about a deal."""
    if quantity.per is not None or not _DEAL.search(claim.span.text):
        return None
    text = claim.span.document.text
    start, end = quantity.span.start, quantity.span.end
    if _NO_PRICE.search(text, max(claim.span.start, start - 40), start):
        return None  # "a pay package of about $1 trillion for Elon Musk": not a purchase
    named = [m for m in claim.participants if m.kind != "country"]
    bought = next((m for m in named if end < m.span.start <= end + 80
                   and (_FOR_NAME.fullmatch(text, end, m.span.start)
                        or _DEAL_TO_BUY.fullmatch(text, end, m.span.start))), None)
    if bought is None:
        # "buying Orla Rail in an 85-billion-dollar deal"
        bought = next((m for m in reversed(named) if m.span.end <= start
                       and _BUY_BEFORE.search(text, max(0, m.span.start - 16), m.span.start)
                       and _BOUGHT_IN.fullmatch(text, m.span.end, start)), None)
    if bought is None:
        # "Nick Woltemade from Stuttgart for an initial £69m", "Yoane Wissa (£55m)"
        bought = next((m for m in reversed(named) if m.span.end <= start
                       and not _SELLER.search(text, max(0, m.span.start - 6), m.span.start)
                       and (_NAME_FOR.fullmatch(text, m.span.end, start)
                            or (_BRACKETED.fullmatch(text, m.span.end, start)
                                and text.startswith(")", end)))), None)
    return None if bought is None else Attribute(f"{PRICE_OF}{bought.key}")


def _stake(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``stake held by musk`` for a share of a company a named holder owns now
    (:data:`STAKE_OF`)."""
    text = claim.span.document.text
    start, end = quantity.span.start, quantity.span.end
    named = [m for m in claim.participants if m.kind in ("person", "org", "other")]
    owns = _OWNS_BEFORE.search(text, max(claim.span.start, start - 40), start)
    if owns is not None and _OF_SHARES.match(text, end):
        # "Musk currently owns about 13% of the company's shares": the subject holds it
        holder = next((m for m in reversed(named) if m.span.end <= owns.start()
                       and owns.start() - m.span.end <= 12), None)
    else:
        # "excluding the 15 percent already owned by Musk"
        holder = next((m for m in named if m.span.start > end
                       and _OWNED_AFTER.fullmatch(text, end, m.span.start)), None)
    return None if holder is None else Attribute(f"{STAKE_OF}{holder.key}")


_POSSESSIVE = re.compile(r"['’]s?\s")
"""An owner's mark after a name (``Orla's President Ivo Hale``): whose, not who."""


_OF_AN_ELECTION = re.compile(r"\b(?:votes?|ballots?|electoral|elections?|run-?off|"
                             r"(?:first|second|final)[- ]round)\b", re.IGNORECASE)
"""Words that make a share a candidate ``received`` one of an election's vote, though
``of the vote`` is not written after it (``after counting 100% of the votes, Kovac
received 50.89%, while Hale got 49.11%``)."""
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they)\s+(?:[a-z]+ly\s+)?\Z")
"""A pronoun right before the verb: the share is of whoever it stands for, named in
another sentence, not of a name earlier in this one."""
_WHO_BEFORE = re.compile(r",\s+who\s+(?:[a-z]+ly\s+)?\Z")
"""``Ana Kovac, who received 49.11%``: the share is the name's before the comma."""


def _vote_share(claim: Claim, quantity: Quantity) -> Attribute | None:
    """``share of the vote won by kesh union`` for a share of an election's vote a named party
    or candidate won (:data:`VOTE_SHARE_OF`)."""
    text = claim.span.document.text
    start, end = quantity.span.start, quantity.span.end
    won = _WON_BEFORE.search(text, max(claim.span.start, start - 30), start)
    if won is None:
        return None
    with_share = won.group(0).lower().startswith("with")  # "…, with 28.6% of the vote"
    if _VOTE_AFTER.match(text, end) is None and (
            with_share or _OF_AN_ELECTION.search(text, claim.span.start, claim.span.end) is None):
        return None
    if _SUBJECT_PRONOUN.search(text, max(0, won.start() - 20), won.start()):
        return None  # "after the ballots were processed, he received 50.89%"
    which = FIRST_ROUND if _FIRST_ROUND.search(text, claim.span.start, claim.span.end) else ""
    if (who := _WHO_BEFORE.search(text, max(0, won.start() - 20), won.start())) is not None:
        named = [m for m in claim.participants if m.span.end == who.start()]
        return Attribute(f"{VOTE_SHARE_OF}{named[0].key}{which}") if named else None
    opens = [claim.span.start] + [m.end() for m in _CLAUSE_OPEN.finditer(
        text, claim.span.start, start)]
    if len(opens) > 1 and opens[-1] == won.end() and with_share:
        opens.pop()  # "Hassan had won, with nearly 98% of the votes": the clause before's
    opened = opens[-1]
    winner = next((m for m in claim.participants if opened <= m.span.start
                   and m.span.end <= start and m.kind in ("person", "org", "other")
                   and not _POSSESSIVE.match(text, m.span.end)
                   and text[m.span.start - 1 : m.span.start] != "("), None)
    return None if winner is None else Attribute(f"{VOTE_SHARE_OF}{winner.key}{which}")


def vote_share_of(fact: str) -> str | None:
    """The winner's key of a vote share fact (``share of the vote won by hale``, ``… by
    hale in the first round``: ``hale``)."""
    if not fact.startswith(VOTE_SHARE_OF):
        return None
    return fact[len(VOTE_SHARE_OF):].removesuffix(FIRST_ROUND)


def stake_of(fact: str) -> str | None:
    """The holder's key of a stake fact (``stake held by musk``: ``musk``)."""
    return fact[len(STAKE_OF):] if fact.startswith(STAKE_OF) else None


def price_of(fact: str) -> str | None:
    """The key of what a price fact is of (``price of fernandez``: ``fernandez``)."""
    return fact[len(PRICE_OF):] if fact.startswith(PRICE_OF) else None


def attribute_of(claim: Claim, quantity: Quantity) -> Attribute | None:
    """The attribute fact ``quantity`` gives in ``claim``, if it describes one thing."""
    text, base = claim.span.text, claim.span.start
    at, end = quantity.span.start - base, quantity.span.end - base
    if quantity.unit == MATCH_MINUTE:
        # "for the fourth in the 73rd minute": the minute of that goal; a minute of no
        # goal named is of no fact two reports can be sure to share
        named = [m["ord"].lower() for m in _GOAL_ORDINAL.finditer(text, max(0, at - 90), at)]
        if not named:
            return None
        which = "first" if named[-1].startswith("open") else named[-1]
        return Attribute(f"{MINUTE_OF}{which} goal")
    if quantity.unit in (VOTES_FOR, VOTES_AGAINST):
        # "a 4-1 majority", "by a vote of four to one": the body that voted, where the
        # sentence names one, tells the Senate's vote from the House's
        # ("after the Senate passed it in a 60-40 vote": the body named last before it)
        before = [m[0] for m in _VOTING_BODY.finditer(text, 0, at)]
        after = _VOTING_BODY.search(text, end)
        body = before[-1] if before else after[0] if after else None
        fact = SPLIT_OF if body is None else \
            f"{SPLIT_OF} of the {_BODIES.get(body.lower(), ' '.join(body.lower().split()))}"
        # the votes against are a fact of their own: "222-209" and "222 to 219" clash
        return Attribute(fact if quantity.unit == VOTES_FOR else f"{fact}, votes against")
    if quantity.unit == "magnitude":
        kind = "earthquake" if "richter" in text[at:end].lower() else \
            _quake_measured(text, at, end)
        return None if kind is None else Attribute(MAGNITUDE_OF + kind)
    if quantity.kind == "money":
        result = result_of(claim, quantity)
        if result is not None:
            return Attribute(result)  # "Q3 revenue totaled $57bn"
        if _IN_BRIBES.match(text, end):
            return Attribute(f"{GRAFT_OF}of the bribes")  # "$3.4 million in bribes"
        if _EMBEZZLED_BEFORE.search(text, max(0, at - 40), at):
            return Attribute(f"{GRAFT_OF}embezzled")  # "guilty of embezzling $21 million"
        return _price(claim, quantity)
    if quantity.kind == "age":
        person = _person_age(claim, quantity)
        if person is not None:
            return person
    if quantity.kind == "measure" and dimension(quantity.unit) == "length":
        # "a depth of 8 kilometres (5 miles)": the converted figure is the same depth
        converted = _CONVERTED.search(text, max(0, at - 30), at)
        lead = at if converted is None else converted.start()
        if (_DEPTH_BEFORE.search(text, max(0, lead - 24), lead)
                or _DEEP_AFTER.match(text, end) or text[at:end].endswith(" deep")) and (
                quake := _quake_measured(text, at, end)
                or ("earthquake" if _EPICENTRE.search(text, 0, at) else None)) is not None:
            # "at a depth of 16 km"; "the epicenter was traced 17 km north of Bogo City at
            # a depth of 10 km": an epicentre's depth is the quake's
            return Attribute(f"{QUAKE_DEPTH}{quake}")
        if _ALTITUDE_BEFORE.search(text, max(0, lead - 40), lead) and _AIRCRAFT.search(text):
            return Attribute(f"{ALTITUDE_OF}aircraft")  # "reached an altitude of 625 feet"
        if (distance := _distance(claim, quantity)) is not None:
            return distance
    if quantity.kind == "measure":
        what = dimension(quantity.unit, text[quantity.number_span.end - base : end]
                         if quantity.number_span is not None else "")
    elif quantity.kind == "duration":
        if (into := _INTO.match(text, end)) is not None:
            return Attribute(_TIME_INTO + into["noun"])
        what = "duration"
    elif quantity.kind == "age":
        what = "age"
    elif quantity.kind == "count":
        if quantity.unit == "pages" and _MODIFIER.search(text[at:end]) \
                and (head := _head_after(text, end)) is not None \
                and (document := thing_of(head[0])) in _PAGED:
            return Attribute(PAGES_OF + document)  # "the 940-page bill"
        if quantity.unit == "votes" and _MARGIN_BEFORE.search(text, max(0, at - 60), at):
            return Attribute(MARGIN)  # "the margin between them is 369,000 votes"
        return _population(claim, quantity) or _nationals(claim, quantity)
    elif quantity.kind == "percent":
        if is_turnout(text, at, end) and not _YEAR_BEFORE.search(text, max(0, at - 40), at) \
                and not _YEAR_AFTER.match(text, end):
            return Attribute(TURNOUT)  # "a voter turnout of 46.3%", "a 57 per cent turnout"
        if _APPROVAL_AFTER.match(text, end) or _APPROVAL_BEFORE.search(
                text, max(0, at - 24), at):
            return Attribute(APPROVAL)  # "voted by 59% to approve", "59% approval"
        return _vote_share(claim, quantity) or _stake(claim, quantity)
    else:
        return None
    if what is None:
        return None
    written = text[at:end]
    det = _DETERMINER.search(text, max(0, at - _DETERMINER_REACH), at)
    if _MODIFIER.search(written) and (head := _head_after(text, end)) is not None:
        noun, noun_end = head
        if noun in _POSITIONS:
            return None  # "the 0.5km mark" is a place on a trail, not a figure of a mark
        if det is None or (what == "age" and (det["det"] or "").lower() != "the"):
            return None  # "a 45-year-old farmer" may be anyone
        definite = (det["det"] or "the").lower() not in ("a", "an")
        if not definite and not _named(text, det.start(), noun_end) and not (
                what == "duration" and thing_of(noun) in _SPELLS):
            return None  # "a 30-foot boat" may be any boat; "the Dali, a 984-foot ship" not
        return Attribute(f"{what} of the {thing_of(noun)}")
    apposed = _APPOSED.search(text, max(0, at - 30), at)
    if what != "age" and apposed is not None and written.split()[-1] in DIMENSION_WORDS:
        return Attribute(f"{what} of the {thing_of(apposed.group(1))}")
    return None


_SPELLS = frozenset("trial hearing siege standoff blockade shutdown lockdown curfew "
                    "ceasefire truce strike manhunt occupation war".split())
"""Spells a story tells of once, whose length an indefinite phrase still gives: the
``eight-week trial`` of one report is the ``nine-week trial`` of another (a ``30-foot
boat`` may be any boat)."""


_NOUNS_OF = re.compile(r"\s+of\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?")
_WORTH_OF = re.compile(r"\s+worth\s+of\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?")
"""``$6.6 billion worth of stock``: the thing is the stock."""
_NOUNS_BEFORE_OF = re.compile(r"\b(?:([a-z]+)\s+)?([a-z]+)\s+of\s+\Z")


def _noun_words(*words: str | None) -> frozenset[str]:
    """The words of a short noun phrase, up to the first function word, in the singular
    and with plain synonyms merged (``winds`` is ``wind``, ``towers`` ``building``)."""
    out: set[str] = set()
    for word in words:
        if word is None or word in _NOT_NOUNS:
            break
        if word.endswith("ly"):
            continue
        out.add(thing_of(word))
    return frozenset(out)


def measured_nouns(claim: Claim, quantity: Quantity) -> frozenset[str]:
    """The words of the thing a measure is of, where the text says: ``20 inches of
    rain`` (rain), ``a 12-foot storm surge`` (storm, surge), ``sustained winds of 185
    mph`` (sustained, wind). Two measures whose things share no word measure two things;
    an empty set says nothing. Money names its thing the same ways: ``a $6B share
    sale`` (share, sale), ``a $500 billion valuation`` (valuation), ``a valuation of $500
    billion``."""
    if quantity.kind not in ("measure", "money"):
        return frozenset()
    text, base = claim.span.text, claim.span.start
    at, end = quantity.span.start - base, quantity.span.end - base
    if (m := _NOUNS_OF.match(text, end) or _WORTH_OF.match(text, end)) is not None:
        return _noun_words(m[1], m[2])
    if quantity.kind == "money" or _MODIFIER.search(text[at:end]):
        words: list[str | None] = []
        pos = end
        for _ in range(2):
            if (w := _WORD_AFTER.match(text, pos)) is None or not w[1].islower() \
                    or w[1].endswith(("ed", "ing")):
                break
            words.append(w[1])
            pos = w.end()
        if words or quantity.kind == "measure":
            return _noun_words(*words)
    if (m := _NOUNS_BEFORE_OF.search(text, max(0, at - 40), at)) is not None:
        first, second = m[1], m[2]
        if second in _NOT_NOUNS:
            return frozenset()
        return _noun_words(second) | (_noun_words(first) if first else frozenset())
    return frozenset()


def attribute_facts(claim: Claim) -> set[str]:
    """Every attribute fact the claim's figures give."""
    return {found.fact for q in claim.quantities
            if (found := attribute_of(claim, q)) is not None}
