"""What a sentence says happened: predicate, object, modality and who asserts it.

Without a parser, the predicate is chosen by proximity: of the event words in
a sentence (verbs and their nominalisations, see :mod:`.lexicon`), the one
nearest the date or number the claim is about, preferring words that state
an event over words of saying (``said``, ``announced``). Its object is the
first common noun after it. Modality comes from cue words: ``threatened to``,
``denied``, ``would``, ``reportedly``.
"""

from __future__ import annotations

import re

import attrs

from claimtrack.extract.entities import ONE_PEOPLE, FoundMention
from claimtrack.extract.lexicon import (
    COMMUNICATION,
    DENIAL,
    EVENT_CLASSES,
    EVENT_NOUNS,
    HAPPENING_CLASSES,
    HAPPENINGS,
    HARM_CLASSES,
    LIFE_THINGS,
    PREDICATES,
    THREAT,
    irregular_past,
    lemma_of,
)
from claimtrack.extract.quotes import quoted_spans
from claimtrack.extract.sentences import BY_DOER, PASSIVE_BEFORE, is_title_case
from claimtrack.temporal.lexicon import MONTHS, NUMBER_WORDS, WEEKDAY_ALIASES, number_value

__all__ = ["TOLL_VERBS", "FoundEvent", "find_events", "find_modality", "find_source",
           "nearest_event", "resulting_participle", "says_by_pronoun"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.%]*|[^\sA-Za-z\d]")
_LIGHT = frozenset({"make", "take", "give", "go", "come", "see", "know", "set", "hold",
                    "bring", "run", "hit", "lead", "send", "seek", "throw", "lie",
                    "speak", "certify"})
_STOP = frozenset(
    "a an the of to in on at by for from with and or but that this these those its his "
    "her their our your my it he she they we i as than then so not no all any some each "
    "every both more most less few many much several such other another own same new old "
    "former last next first second third also only just very too what which who whom "
    "whose when where why how is was were be been being are has have had do does did will "
    "would shall should may might can could must due about over under after before since "
    "until into onto upon against between among through during without within across up "
    "down out off again further once here there us him them me away apart "
    "nearby offshore inland abroad overseas according themselves itself himself herself "
    "ourselves yourself myself".split()
)
_ROMAN = re.compile(r"[ivxlc]+")
_AUXILIARIES = frozenset("was were is are be been being has have had will would could may "
                         "might also just only not never".split())
_PERIODS = frozenset("quarter year period months weeks half days fiscal season term".split())
_SUBJECT_NOUNS = frozenset("sales profit profits earnings revenue revenues income output "
                           "prices price shares stock exports imports".split())
_SETTING = frozenset(
    "in on at near during amid across around along within inside outside via "
    "between off toward towards beside behind below above beyond aboard onboard under "
    "into onto past".split())
"""Prepositions that set the scene of an event: a noun after one is never its object
(nor is ``aboard`` itself: ``killing 241 people onboard``)."""
_CHARGED = frozenset({"charged", "accused", "convicted", "suspected", "arrested", "jailed",
                      "sentenced", "indicted", "acquitted", "guilty", "suspicion"})
"""Words before ``with``, ``of`` or ``for`` that make the next event word a charge
(``charged with murder``, ``on suspicion of manslaughter``): the deed alleged, not one
the sentence dates."""
_MODALS = frozenset("will would shall should can could may might must".split())
"""Words that open a verb of their own: what follows is no object of the event before."""
_CLAUSE = frozenset({"to", "that", "because", "after", "before", "when", "while", "where",
                     "which", "who", "as", "if", "since", "until", "following", "including",
                     "despite", "ahead"})
_PLAN_NOUNS = frozenset("package packages plan plans measure measures scheme schemes bill "
                        "programme program policy policies effort efforts drive powers "
                        "budget proposal proposals".split())
"""Nouns a compound like ``tax raising`` or ``cost cutting`` qualifies: ``the tax raising
package`` is a package, not the act of raising."""
_TAKE = frozenset({"take", "takes", "took", "taken", "taking"})
_COMPLEMENTS = frozenset({"effective", "unopposed", "alive", "unharmed", "unhurt", "guilty",
                          "innocent", "surrounded", "peacefully"})
"""Words that say how an act stood, not what it was done to: ``resigned effective
today``, ``was returned unopposed``, ``found alive``, ``found guilty``, ``died surrounded
by love``. They end the search for an object."""
_PRONOUNS = frozenset("else anyone anybody anything someone somebody something everyone "
                      "everybody everything nobody nothing".split())
"""Indefinite pronouns (``found no one else in the home``, ``said nothing``): the act
has an object, but no noun that tells what it was."""
_NUMBER_WORDS = frozenset(
    # numbers, time words, units, hedges and outcomes: never the object of an event
    "thousand million billion trillion percent per cent bn mn m k hundred dozen morning "
    "afternoon evening night today yesterday tomorrow tonight week month year day weekend "
    "late early earlier later ago worldwide nationwide statewide countrywide overseas abroad "
    "metres meters metre meter kilometres kilometers km miles mile feet foot hectares acres "
    "tonnes tons barrels dollars euros pounds people around about nearly almost roughly "
    "approximately least most only just some others dozens hundreds thousands millions "
    "billions missing dead injured wounded hurt half lives life persons individuals".split()
) | frozenset(NUMBER_WORDS)
_TIME_UNITS = frozenset("seconds minute minutes hour hours days weeks months years "
                        "decades decade century centuries".split())
"""Spans of time (``crashed minutes after``): when an event happened, not what it was."""
_PREPOSITIONS = frozenset(
    "in on at for with from over under after before during against amid into by as near "
    "off onto around along across toward towards within beside behind below above beyond "
    "inside outside via between past".split()
)
_MODAL_PLANNED = re.compile(r"\b(?:would|will|plans?\s+to|planned\s+to|expected\s+to|is\s+to|"
                            r"are\s+to|intends?\s+to|set\s+(?:to|for)|going\s+to|"
                            r"(?:scheduled|slated)\s+(?:to|for)|due\s+(?:to\s+be|out|for))\b",
                            re.IGNORECASE)
_CALLED_OFF = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+off|scrub(?:s|bed|bing)?|postpon(?:e|es|ed|ing)|"
    r"cancel(?:s|led|ed|ling|ing)?|abort(?:s|ed|ing)?|st(?:and|ands|anding|ood)\s+down\s+from)"
    r"\s+(?:the|a|an|its|their|today['’]s|this)\s+(?:[\w-]+\s+){0,3}?\Z", re.IGNORECASE)
"""``had to call off the much-awaited launch``: an act that did not take place on the day
told (modality ``cancelled``)."""
_CALLED_OFF_WORDS = r"(?:called\s+off|scrubbed|postponed|cancell?ed|aborted)"
"""The participles of calling an act off."""
_BE_AFTER_EVENT = r"\s+(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been|is|are)\s+"
"""From an event noun to the auxiliary of what is said of it: ``launch … was``."""
_CALLED_OFF_AFTER = re.compile(_BE_AFTER_EVENT + _CALLED_OFF_WORDS + r"\b", re.IGNORECASE)
"""``the launch was scrubbed``: an act called off."""
_PLAN_AFTER = re.compile(
    _BE_AFTER_EVENT + r"(?P<first>(?:originally|first|initially|previously)\s+)?"
    r"(?:scheduled|slated|set\s+for|planned)\b", re.IGNORECASE)
"""``The launch was set for Sunday``: the event is a plan, whatever date follows; one
``originally`` set, or set ``but postponed`` (:data:`_BUT_CALLED_OFF`), was called off."""
_BUT_CALLED_OFF = re.compile(
    r"\b(?:but|however)\s+(?:it\s+)?(?:was|were|had\s+been)\s+(?:" + _CALLED_OFF_WORDS
    + r"|delayed|pushed\s+back|put\s+off)\b", re.IGNORECASE)
_NEVER_HAPPENED = re.compile(
    r"\b(?:but|however)\s+(?:this|that|it|they)\s+(?:did\s+not|didn['’]t|never)\s+"
    r"(?:happen|happened|materiali[sz]e|take\s+place|come\s+to\s+pass)\b", re.IGNORECASE)
"""``would release 10 hostages in each phase, but this did not happen``: a plan that was
not carried out."""
_MODAL_HYPO = re.compile(r"\b(?:if|whether|could|might|may|possibly|perhaps|can\s+(?:reach|rise|"
                         r"climb|exceed|top|hit|surpass|increase|grow|double)|(?:un)?likely\s+to|"
                         r"on\s+(?:course|track)\s+to|poised\s+to|(?:projected|forecast|"
                         r"predicted)\s+to)\b")
"""A guess or a forecast: ``could reach``, ``is likely to win around 38%``, ``on course to
beat``, ``poised to claim 410 seats``."""
_FORECAST = re.compile(r"\b(?:(?:economists|analysts|experts|forecasters|investors|pollsters|"
                       r"markets)\s+(?:had\s+|have\s+|were\s+)?(?:forecast|forecasted|"
                       r"predicted|expected|expecting|projected|anticipated|estimated)|"
                       r"polls?\s+(?:had\s+)?(?:indicated|suggested|showed|gave|put|projected|"
                       r"predicted))\b", re.IGNORECASE)
"""``Economists had forecast payrolls to expand by 50,000``, ``polls indicated his party
with only 12 seats``: what was expected, not what happened."""
_MODAL_ATTEMPT = re.compile(r"\b(?:tr(?:y|ies|ied|ying)|rac(?:e|es|ed|ing)|struggl(?:e|es|ed|ing)|"
                            r"attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|hop(?:e|es|ed|ing)|"
                            r"scrambl(?:e|es|ed|ing))\s+to\s+\Z", re.IGNORECASE)
"""An attempt right before the event: ``rescuers raced to find survivors``, ``a man tried
to shoot``. The trying is told; what was tried is not said to have happened."""
_CASE_WORDS = "indictment|charge|case|count|complaint|conviction"
"""What a court acts on when it dismisses or rejects (see :data:`_DENIED_THING`)."""
_DENIED_THING = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing|ion)?|dismiss(?:es|ed|ing|al)?|"
    r"refut\w*|disput\w*)\s+(?:of\s+)?(?:(?:the|a|an|his|her|their|its|this|that)\s+|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s?\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:narrative|account|version|appeal|motion|bid|request|plea|argument|defen[cs]e|offer|"
    r"proposal|application|petition|lawsuit|suit|challenge|objection|wrongdoing|"
    r"wrong-doing|guilt|" + _CASE_WORDS + r")s?\b")
"""``the jurors' rejection of Kovac's narrative``, ``the court dismissed his appeal``, ``a
judge dismissed the indictments``: a denial of what someone argued or asked for, or a
court's act on a case, which leaves the sentence's event standing."""
_THING_DENIED = re.compile(
    r"\b(?:" + _CASE_WORDS + r"|appeal|motion|lawsuit|suit|petition|request|bid|claim)s?\s+"
    r"(?:[^.;:]{0,120}?\s)?(?:was|were|been|being)\s+"
    r"(?:\w+ly\s+)?(?:dismissed|rejected|denied)\b", re.IGNORECASE)
"""``The federal criminal cases … were dismissed on Monday``: the passive of
:data:`_DENIED_THING`, a court's act, no denial of the sentence's event."""
_NOT_A_DENIAL = re.compile(
    r"\bdisputed\s+(?!(?:that|this|these|those|the|a|an|his|her|its|their|claims?|reports?|"
    r"allegations?|accounts?|figures?|findings?)\b)[a-z]+"
    r"|(?:\b(?:the|a|an|this|that|its|their|his|her|border|territorial|trade|legal|land|"
    r"long-running|ongoing|cross-border|contract|labou?r|pay|family|diplomatic)\s+)disputes?\b"
    r"|\bdisputes?\b(?=\s+(?:over|between|with|about)\b)"
    # "beyond dispute", "not in dispute": a certainty, no denial
    r"|\b(?:beyond|without|not\s+in)\s+dispute\b"
    # "after her dismissal": a firing, or a case thrown out, not a word against a claim
    r"|\bdismissals?\b"
    # "confessing to four counts of murder, charges he had previously denied": a stance
    # given up, not a denial of the sentence's event
    r"|\b(?:charges?|counts?|allegations?|accusations?|crimes?)\s+(?:that\s+|which\s+)?"
    r"(?:he|she|they)\s+(?:had|has|have)\s+(?:\w+ly\s+)?denied\b"
    # "to deny Kesh in their bid for a third title", "denied Orla a second win": kept from
    # a prize, not a word against a claim
    r"|\bden(?:y|ies|ied|ying)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}(?:in\s+(?:their|its|"
    r"his|her)\s+(?:bid|quest|attempt|push)|(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:title|win|victory|place|spot|berth|chance|three-peat|treble|crown|championship|"
    r"trophy|cup|medal)s?\b)", re.IGNORECASE)
"""``their disputed border``, ``the cross-border dispute``, ``a dispute over land``,
``after her dismissal``, ``to deny Kesh a third title``: a quarrel, a contested thing, a
firing or a prize kept from someone, not a denial of the sentence's event."""
_MODAL_REQUESTED = re.compile(
    r"\b(?:sought|seek(?:s|ing)?|(?:ask|call|push|argu|plead|press)(?:s|es|ed|ing|e)?\s+for|"
    r"request(?:s|ed|ing)?(?!\s+(?:was|is|were|are)\b)|plea\s+for|demand(?:ed|ing)|"
    r"recommend(?:s|ed|ing)?|proposal\s+(?:to|that)|prefer(?:s|red|ring)?|"
    r"(?:favou?r(?:s|ed|ing)?|in\s+favou?r\s+of|support(?:s|ed|ing)?)(?=\s+an?\s)|"
    r"advocat(?:e|es|ed|ing)(?:\s+\w+)?\s+for|want(?:s|ed|ing)?|"
    r"(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)propos(?:e|es|ed|ing))\b", re.IGNORECASE)
"""``prosecutors sought 40 to 50 years``, ``the defense's plea for a five-year term``,
``a proposal to cut 3,000 jobs``, ``Kovac preferred a quarter-point cut``, ``voted in
favor of a smaller cut``: what someone asks for or would rather have, not what happened
(``the proposed guidelines`` are a thing, named)."""
_ASKED_FOR = re.compile(r"\b(?:requests?|pleas?|bids?|motions?|calls?)\s+for\s+(?:an?\s+)?"
                        r"(?:[\w-]+\s+(?:or\s+)?){0,4}\Z", re.IGNORECASE)
"""``their request for a new trial or acquittal``: the event is the thing asked for,
whatever the sentence dates before it."""
_TERMS_BEFORE = re.compile(r"\b(?:terms?|accord|agreement|deal|plan|contract|pact|law|bill|"
                           r"budget|proposal)\s+(?:also\s+)?\Z", re.IGNORECASE)
"""``the accord also called for HP to buy 730,070 shares``: what a deal provides for, a
term of it, not a request."""
_MODAL_POTENTIAL = re.compile(
    r"\b(?:speculat(?:e|es|ed|ing)|potential|fac(?:e|es|ed|ing)\s+(?:up\s+to|a\s+maximum|"
    r"a\s+possible|as\s+(?:many|much)\s+as))\b", re.IGNORECASE)
"""``faced up to 110 years``, ``the potential for a sentence of more than 100 years``,
``experts speculated that 10 to 30 years``: what might be, not what is."""
_OPTION_TO = re.compile(
    r"\b(?:(?:options?|rights?|warrants?|opportunity|ability|evidence|grounds|reason)\s+to|"
    r"(?:allow|let|permit|enable|entitle)(?:s|ed|ted|ing)?\s+(?:[\w-]+\s+){0,3}to)\s+\Z",
    re.IGNORECASE)
"""``an option to buy an additional 5%``, ``a warrant that allows the government to buy``,
``insufficient evidence to indict James``: what someone may do, not what was done."""
_FACES = re.compile(r"\bfac(?:e|es|ed|ing)\s+\Z", re.IGNORECASE)
"""``Hale faces 20 years``: the most a figure could be, just before it."""


def _asks(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]``, just before an event or a figure, asks for it: a request
    word with no comma between (``demanding Kovac's return, thousands marched`` asks
    for no marchers) that is no term of a deal. Read in the whole text, so that a word
    cut by ``lo`` is read whole."""
    return any(not re.search(r"[,;]", text[m.end() : hi])
               and not _TERMS_BEFORE.search(text, max(0, m.start() - 24), m.start())
               for m in _MODAL_REQUESTED.finditer(text, lo, hi))


_MODAL_REPORTED = re.compile(r"\b(?:reportedly|allegedly|according\s+to|said|says|told|"
                             r"claimed|claims|sources?)\b", re.IGNORECASE)


@attrs.frozen
class FoundEvent:
    """A predicate in text coordinates."""

    predicate: str
    start: int
    end: int
    object: str | None
    subject: str | None = None
    ordinal: str | None = None


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


_SAME_IN_PLURAL = frozenset({"series", "species"})
_IE_NOUNS = frozenset("movies cookies calories zombies rookies bogies".split())
"""Plurals in ``-ies`` whose singular ends in ``-ie``, not ``-y``."""


def _singular(noun: str) -> str:
    """``tariffs`` -> ``tariff``, ``bodies`` -> ``body``; ``bus``, ``crisis``, ``glass``
    stay as they are; ``pupils`` are ``student`` (:data:`ONE_PEOPLE`)."""
    noun = ONE_PEOPLE.get(noun, noun)
    if noun in _SAME_IN_PLURAL:
        return noun
    if noun.endswith("ies") and noun not in _IE_NOUNS and len(noun) > 4 \
            and noun[-4] not in "aeiou":
        return noun[:-3] + "y"
    if len(noun) > 4 and noun.endswith(("xes", "ches", "shes", "sses")):
        return noun[:-2]  # "taxes", "churches", "clashes", "losses"
    if len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


_DIRECTION = re.compile(r"(?:north|south)?(?:north|south|east|west)(?:-?(?:ern|ward))?|central|"
                        r"coastal")
"""``northern``, ``south-western``, ``coastal``: where, never what (``derailed in northern
India``)."""


_EXTENT = frozenset("upper lower outer inner far farthest furthest remote remotest "
                    "distant".split())
"""Words before a plural noun of extent (``the upper reaches of``): a place, no event."""


def _glued_to_figure(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the token at ``index`` is hyphened onto a number (``year-old`` of
    ``37-year-old``, ``storey`` of ``32-storey``)."""
    return index >= 2 and tokens[index - 1][2] == "-" and tokens[index - 2][2][0].isdigit() \
        and tokens[index - 2][1] == tokens[index - 1][0]


_MULTITUDES = frozenset("tens dozens scores hundreds thousands millions billions worth "
                        "lot lots times".split())
"""``killed tens of thousands``, ``$10 billion worth of shares``, ``has won 11 times``: how
many, not what."""
_LINKING = frozenset({"to", "over", "by", "for", "after", "and", "in", "on"})
_FIGHTERS = frozenset("terrorists militants insurgents fighters attackers gunmen rebels "
                      "assailants jihadists".split())
"""People an army ``eliminates``: by killing them (``eliminated 27 terrorists``)."""
_OPEN = frozenset({"open", "opens", "opened", "opening"})
"""``opened fire``: the verb that makes ``fire`` a shooting."""
_FIRED = frozenset({"fire", "shoot", "launch", "strike", "attack", "bomb"})
"""Acts done from a place: ``fired from the roof`` tells where from, not at what."""
_TIDINGS = frozenset("information news details word reports report confirmation "
                     "announcement updates update".split())
"""What tells of an event: ``information about their arrests``, ``news of the deal``."""


_REPORTING = frozenset("reported briefed informed updated commented".split())
"""Verbs whose ``on`` or ``about`` gives what was told: ``reported to Kovac on the
arrest``."""
_REPORT_REACH = 10
"""How many tokens before ``on`` the verb of telling may stand."""


def _told_of(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the event noun at ``index`` is what some tidings are about (``Information
    about their arrests came from the prosecutor on October 26``): the sentence dates the
    telling, not the event."""
    k = index - 1
    if k >= 0 and tokens[k][2].lower() in _OWNING_DETERMINERS:
        k -= 1
    if k < 1 or tokens[k][2].lower() not in ("about", "of", "on") \
            or tokens[index][2].lower().endswith("ing"):
        return False
    if tokens[k - 1][2].lower() in _TIDINGS:
        return True
    # "Kovac reported to the president on 23 March on the arrest of 11 people": the
    # report's day, with the report's addressee and date between the verb and its topic
    return tokens[k][2].lower() != "of" and any(
        tokens[j][2].lower() in _REPORTING for j in range(max(0, k - _REPORT_REACH), k)
        if tokens[j][1] <= tokens[k][0])


_TO_PREPOSITIONS = frozenset({"prior", "ahead", "due", "according", "next", "close"})
"""Words that with ``to`` make a preposition (``prior to``, ``ahead of`` aside): what
follows is a time, a cause or a source, not the event's object."""
_PARTITIVES = frozenset("piece pieces item items bit bits pair pairs set sets kind kinds "
                        "type types sort sorts number amount whole".split())
"""``stole nine pieces of the crown jewels``, ``seized a number of weapons``, ``closed for
the whole of Sunday``: a share or a kind of the thing after ``of``, which is the
object."""


def _object_after(tokens: list[tuple[int, int, str]], index: int) -> str | None:
    """The first common noun within eight tokens after the predicate."""
    passed_name = passed_number = False
    window = tokens[index + 1 : index + 11]
    for k, (s, _e, word) in enumerate(window):
        low = word.lower()
        if k and window[k - 1][2].lower() == "to" and window[k - 1][0] == tokens[index][1] + 1 \
                and word.isalpha() and word.islower() and lemma_of(low) is None and (
                    k + 1 == len(window) or window[k + 1][2].lower() in _DETERMINERS
                    or not window[k + 1][2][0].isalnum()):
            # "vowed to continue the fight", "began to fracture.": the infinitive's verb,
            # not a thing ("returned to office in 2025" keeps its object)
            continue
        if low.endswith("ing") and k + 1 < len(window) and \
                window[k + 1][2].lower() in _ARTICLES and lemma_of(low) is None:
            return None  # "…, involving the Orla police": a new clause, no object
        if low in _MULTITUDES or ("-" in low and (
                set(low.split("-")[1:-1]) & _LINKING or low.split("-")[0] in _NUMBER_WORDS)):
            continue  # "tens of thousands", "back-to-back", "year-over-year", "two-thirds"
        if low == "by" and (k == 0 or (k == 1 and window[0][2].lower() == "dead")) \
                and tokens[index][2].lower().endswith(("ed", "en", "t", "dead")):
            return None  # "shot dead by a senior officer": the doer of a passive, no object
        if passed_number and low == "in" and k + 1 < len(window):
            # "pay €40 million in compensation": after a figure, "in" names what it is.
            word_after = window[k + 1][2]
            following = word_after.lower()
            if following.isalpha() and word_after[0].islower() and following not in _STOP \
                    and following not in _NUMBER_WORDS:  # "in Orla" is a place
                # "50 months in federal prison": the phrase's head, not its adjective
                return _singular(_compound_head(window, k + 1))
        if passed_name and low in _PREPOSITIONS:
            # "sanction Freedonia in the dispute", "capsized 200 meters from its
            # destination": what follows the name or the figure is a place, not the object.
            return None
        if low == "place" and k and window[k - 1][2].lower() in _TAKE:
            return None  # "the assault took place at the synagogue": it happened, no object
        if low == "from" and lemma_of(tokens[index][2].lower()) in _FIRED:
            return None  # "the shot was fired from the roof": where from, no object
        if low in ("aged", "age") and k + 1 < len(window) and (
                window[k + 1][2][0].isdigit() or window[k + 1][2].lower() in _NUMBER_WORDS):
            return None  # "has died aged 91", "dies age 91": how old, no object
        if low in _TO_PREPOSITIONS and k + 1 < len(window) \
                and window[k + 1][2].lower() == "to":
            return None  # "five years without a murder prior to the attack": when, no object
        if low in _SETTING or low in _COMPLEMENTS or low in _PRONOUNS:
            # "died in the blast", "killed in New Orleans truck ramming": where, when or
            # how it happened, not what it was done to.
            return None
        if low in _MODALS:
            return None  # "expected to close mid-2026, will bolster …": a new verb's
        if not word[0].isalpha():
            if word in ",;:.!?()—–" or (word[0].isdigit() and word.endswith((",", ";"))):
                return None  # (a figure's token keeps the comma after it: "injuring 30,")
            passed_name = passed_name or word[0].isdigit()
            passed_number = passed_number or word[0].isdigit()
            continue
        if word[0].isupper() and not word.endswith(("’s", "'s")):
            passed_name = True
            continue
        if _glued_to_figure(tokens, index + 1 + k) or (
                k and window[k - 1][2] == "/" and window[k - 1][1] == s):
            # "37-year-old", "32-storey", "295 km/h": the figure's own word, not a noun
            continue
        if low.endswith("ing") and k and window[k - 1][2].lower() == "one":
            return None  # "collided with one belonging to the coast guard": a participle
        if word.endswith(("’s", "'s")) or _ROMAN.fullmatch(low):
            continue
        if low in ("am", "pm") and k and window[k - 1][2][0].isdigit():
            continue  # "struck at 1.30 am": the clock's own word
        if low in ("and", "or") and k + 1 < len(window) and \
                window[k + 1][2].lower().endswith("ing"):
            return None  # "killing fifteen and wounding scores": a second act, not a thing
        if low in ("and", "or") and k + 1 < len(window) and (
                window[k + 1][2][0].isdigit() or window[k + 1][2].lower() in _NUMBER_WORDS
                or window[k + 1][2].lower() in _MULTITUDES):
            # "were killed and hundreds of thousands displaced from their homes": a
            # second count and its own verb, not a thing killed
            return None
        if low in _STOP or low in _PREPOSITIONS or low in _CLAUSE:
            # A new clause ends the search; "to" may follow the verb directly
            # ("refused to allow ...") and is skipped there.
            if low in _CLAUSE and (low != "to" or s > tokens[index][1] + 1):
                return None
            continue
        if low in PREDICATES and PREDICATES[low] not in ("aid", "fund", "compensate"):
            if passed_name:
                return None  # "the collapse of the Orla Dam flooded the valley": a new verb
            continue
        if "-" in low and k + 1 < len(window) and window[k + 1][2].isalpha() and (
                window[k + 1][2][0].isupper() or (
                    window[k + 1][2].islower() and window[k + 1][2] not in _STOP
                    and window[k + 1][2] not in _PREPOSITIONS)):
            # "an under-construction building", "struck war-torn Myanmar": the modifier
            # of the noun or the name after it
            continue
        if k == 0 and low in _TIME_UNITS and tokens[index][2].endswith("ing"):
            return _singular(low)  # "trading days": a kind of day, not an event's time
        if k and window[k - 1][2].lower() in ("a", "an") and k + 1 < len(window) \
                and window[k + 1][2][0].isdigit():
            continue  # "to a huge 30,000", "a record 5.2%": a word that grades the figure
        if (low in _NUMBER_WORDS or low in _TIME_UNITS or low[0].isdigit() or _adverb(low)
                or _participle(low) or low.endswith(("-", "n't", "n’t"))
                or _DIRECTION.fullmatch(low)):
            continue
        following = window[k + 1][2] if k + 1 < len(window) else ""
        if low in _PARTITIVES and following.lower() == "of":
            continue
        if low.endswith(_PLAIN_ADJECTIVE_ENDS) and following[:1].isupper():
            continue  # "to win consecutive World Series titles": the name's word
        if low.endswith(_PLAIN_ADJECTIVE_ENDS) and following.isalpha() and following.islower():
            if following in _NUMBER_WORDS or following in _TIME_UNITS:
                return None  # "an increase from the previous year": a time, no object
            if (head := _compound_head(window, k)) != low:
                if head in _PARTITIVES:
                    continue  # "nine priceless pieces of antique jewelry": read on
                return _singular(head)  # "an executive order" is an order
            if following not in _STOP and following not in _PREPOSITIONS \
                    and following not in _CLAUSE:
                continue  # "deployed extensive firefighting resources": the noun's word
        return _singular(_compound_head(window, k))
    return None


def _compound_head(window: list[tuple[int, int, str]], k: int) -> str:
    """The last noun of a compound that opens at ``window[k]``: ``cut interest rates``
    cuts rates, as ``cut rates`` does, and ``the benchmark federal funds rate`` is a rate
    (an event word inside it, ``funds``, is no head: ``the rate cut`` stays a rate; a
    plural ends it: ``30 houses set alight``)."""
    head = window[k][2].lower()
    for _s, _e, word in window[k + 1 :]:
        low = word.lower()
        if head.endswith("s") and not head.endswith(("ss", "us", "is")):
            break  # "30 houses set alight": a plural ends the noun
        if (not (word.isalpha() and word.islower()) or low in _STOP or low in _PREPOSITIONS
                or low in _CLAUSE or low in _NUMBER_WORDS or low in _TIME_UNITS
                or _adverb(low) or _participle(low) or low.endswith("ing")
                or low in _NOT_HEADS):
            break
        if low not in PREDICATES or head in _DOCUMENTS.get(low, ()):
            head = low  # "an executive order" is an order, a document
    return head


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_DETERMINERS = _ARTICLES | frozenset({"this", "that", "these", "those"})
_NOT_HEADS = frozenset(
    "hit hits stood stands stand got gets rose rises fell falls went goes came comes made "
    "makes took takes gave gives saw left kept began ran grew grows remain remains "
    "continue continues persist persists mount mounts surpass surpasses reach reaches "
    "large small big short long high low full thus far aboard ago alone together worth "
    "valued estimated".split())
"""Verbs that do not read as events (``the death toll hit 93``) and adjectives after a
noun (``fell a seat short``): never the last word of a compound noun."""


_ED_NOUNS = frozenset("hundred seabed riverbed bloodshed watershed homestead".split())


def _participle(low: str) -> bool:
    """``unfolded``, ``armed``: a verb's participle, describing or ending a clause, never
    the noun an event is done to (``How the heist unfolded``)."""
    return len(low) > 4 and low.endswith("ed") and not low.endswith("eed") \
        and low not in _ED_NOUNS


_NOT_ADVERBS = frozenset("family rally assembly supply ally anomaly monopoly reply italy "
                         "july belly tally bully jelly".split())


_DEGREE = frozenset("little bit soon almost nearly still now already even yet far apiece "
                    "long".split())
"""``a little after 3 a.m.``, ``soon after``, ``139 still missing``: degree and time
words, never what an event is done to."""


def _adverb(low: str) -> bool:
    """``shortly``, ``immediately``: manner words, never what an event is done to."""
    return low in _DEGREE or (len(low) > 4 and low.endswith("ly") and low not in _NOT_ADVERBS)


_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ant", "ent",
                   "ide", "ern", "est")
_SIZES = frozenset("massive huge big major broad large small minor sudden brief partial "
                   "total severe deadly fatal fresh new latest widespread".split())


_PLAIN_ADJECTIVE_ENDS = ("ive", "ous", "ful", "less", "able", "ible")
"""The endings of :data:`_ADJECTIVE_ENDS` that seldom end a noun too: a word with one
only describes the word after it (``extensive``, ``previous``, ``eligible``) and is
never the object when a noun follows (an ``executive`` before ``for`` is a noun and
stays one)."""


def _describes(low: str) -> bool:
    """Whether a word before an event noun only describes it (``a broad regional
    outage``, ``a massive fire``) rather than saying whose or what event it is (``an
    internet outage``, ``a house fire``)."""
    return low in _SIZES or (len(low) > 4 and low.endswith(_ADJECTIVE_ENDS))


_PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "near", "across", "outside"})


def _event_before_place(tokens: list[tuple[int, int, str]], at: int) -> int | None:
    """The event noun a relative pronoun at ``at`` refers back to across a phrase of
    place (``an attack in Indian-controlled Kashmir that killed 26``), if any."""
    for m in range(at - 2, max(-1, at - 8), -1):
        if _singular(tokens[m][2].lower()) in EVENT_NOUNS:
            between = [t[2] for t in tokens[m + 1 : at]]
            if between[0].lower() in _PLACE_PREPOSITIONS and all(
                    w[0].isupper() or w.lower() in _ARTICLES or "-" in w
                    for w in between[1:]):
                return m
            return None
        if not tokens[m][2][0].isalpha():
            return None
    return None


_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "overnight"})
_DAY_PART_OPENERS = frozenset({"last", "this", "that", "late", "early", "yesterday",
                               "tomorrow", "on"})
"""What makes ``night`` a time, not a subject: ``Friday night``, ``late night``."""


def _subject_before(tokens: list[tuple[int, int, str]], index: int) -> str | None:
    """The common noun the event is said of: ``sales`` in ``Sales fell 20%``; for an
    event noun, the noun before it (``internet`` of ``a massive internet outage``)."""
    nominal = _singular(tokens[index][2].lower()) in EVENT_NOUNS
    j = index - 1
    while j >= max(0, index - 6):
        word = tokens[j][2]
        low = word.lower()
        if low in ("which", "that", "who") and j >= 2 and tokens[j - 1][2] == ",":
            j -= 2  # "the construction industry, which added": the antecedent
            continue
        if low in ("which", "that") and j >= 1 and _singular(tokens[j - 1][2].lower()) \
                in EVENT_NOUNS:
            j -= 1  # "the earthquake that struck"
            continue
        if low in ("which", "that") and (noun := _event_before_place(tokens, j)) is not None:
            j = noun  # "a recent terrorist attack in Indian-controlled Kashmir that killed"
            continue
        if j >= 2 and word[:1].isdigit() and tokens[j - 1][2].lower() == "magnitude" \
                and tokens[j - 2][2].lower() == "of":
            j -= 3  # "an earthquake of magnitude 6.0 struck": the quake
            continue
        j -= 1
        if not word[0].isalpha():
            return None
        if low in _AUXILIARIES or low.endswith("ly") or (nominal and _describes(low)):
            continue
        if j + 2 == index and low in _VERB_ADVERBS:
            continue  # "the protests first began": the protests began
        if low in WEEKDAY_ALIASES or low in ("today", "yesterday"):
            continue  # "Cyclone Ditwah Saturday exited Sri Lanka": wire copy's day
        if low in _DAY_PARTS and j >= 0 and (tokens[j][2].lower() in WEEKDAY_ALIASES
                                             or tokens[j][2].lower() in _DAY_PART_OPENERS):
            continue  # "naval forces on Friday night first intercepted": the time
        if word[0].isupper() and j >= 0 and _singular(tokens[j][2].lower()) in EVENT_NOUNS:
            continue  # "Cyclone Ditwah", "Hurricane Melissa": the storm's name
        if low in _STOP:
            return None
        if _singular(low) in EVENT_NOUNS:
            # "a 7.2 quake hit" (the number is its magnitude), "wall collapses have
            # killed": one class for "quake" and "earthquake"
            return EVENT_NOUNS[_singular(low)]
        if low in PREDICATES or (word[0].isupper() and low not in _SUBJECT_NOUNS):
            return None
        counted = j >= 0 and (tokens[j][2][0].isdigit() or number_value(tokens[j][2]))
        # "19 persons died": the counted noun is the quantity's unit, not a subject.
        return None if counted else _singular(low)
    return None


def _is_period_boundary(tokens: list[tuple[int, int, str]], index: int, lemma: str) -> bool:
    """``the quarter ended June 30`` defines a period; it reports no event."""
    if lemma not in ("end", "begin"):
        return False
    previous = tokens[index - 1][2].lower() if index else ""
    return previous in _PERIODS


_OPENERS = frozenset({"“", "\"", "‘", "'", ":", "(", "—", "–", "-"})
"""Tokens after which a capitalised word opens a sentence or a quotation."""


_DECLARED = frozenset("declared pronounced certified confirmed found".split())
"""``declared dead``, ``pronounced dead``: words that, before ``dead``, report a death."""


_AT_AN_AGE = frozenset({"at", "aged"})
"""What follows ``dead`` when it tells of a death at an age (``is dead at 91``)."""
_THE_HARMED = frozenset("injured wounded dead deceased missing displaced evacuated "
                        "accused arrested detained bereaved".split())
"""Participles that, after ``the``, name people (``visiting the injured``)."""


def _counted_noun(previous: str, word: str, lemma: str) -> bool:
    """Whether a verb's ``-s`` form is a plural noun: counted (``eight blocks``) or
    after a classifying adjective (``residential blocks``). Counted events (``15
    deaths``, ``three attacks``) stay events."""
    singular = word.lower()[:-1]
    if not word.endswith("s") or lemma not in (singular, singular.removesuffix("e")) \
            or singular in EVENT_NOUNS:
        return False  # "15 deaths", "three attacks": the event itself, counted
    low = previous.lower()
    return (low.isdigit() or low in NUMBER_WORDS or low in ("multiple", "several", "many")
            or (len(low) > 5 and low.endswith(("al", "ial"))))


_AFTER_REMAINING = frozenset({"in", "before", "until", "to", "and", "or"})


def _remaining(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether ``left`` at ``index`` says what remains of a figure (``57 hours of oxygen
    left.``, ``three minutes left in the game``) rather than a departure (``12 people left
    the building``): a figure shortly before it and nothing it could take as an object
    after it."""
    following = tokens[index + 1][2] if index + 1 < len(tokens) else "."
    ends = not following[0].isalnum() or following.lower() in _AFTER_REMAINING
    return ends and any(t[2][0].isdigit() or t[2].lower() in NUMBER_WORDS
                        for t in tokens[max(0, index - 6) : index])


_AILMENTS = {"arrest": frozenset({"cardiac", "respiratory", "cardiopulmonary", "heart"}),
             "attack": frozenset({"heart", "panic", "asthma", "anxiety"})}
"""Words before ``arrest`` or ``attack`` that make it an illness (``a cardiac arrest``, ``a
heart attack``): no police arrest, no assault."""
_NOUN_FIRST = frozenset({"state", "sign", "post", "note", "file", "question"})
"""Verbs far more often read as nouns (``the state government``, ``signs of leaks``, ``the
Epstein files``, ``the question now is``): only their ``-ed`` and ``-ing`` forms are
events, and the bare verb after ``to`` with its object (``to question six people``)."""

_THING_INGS = frozenset({"building", "buildings"})
"""``-ing`` forms that news uses as names of things (``a six-storey building in Orla``):
an event only as a deed, after a possessive (``since its building in 2015``) or before
its object (``building a wall``, ``the building of the dam``)."""
_DEED_BEFORE = frozenset({"its", "their", "his", "her", "is", "are", "was", "were", "be",
                          "been", "began", "begin", "started", "start", "by", "from"})
_DEED_AFTER = frozenset({"a", "an", "the", "new", "more", "its", "their", "of"})


_WENT = frozenset({"went", "go", "goes", "gone", "going"})
_CRAFT = {**dict.fromkeys("plane planes aircraft jet jets airliner freighter helicopter "
                          "chopper flight".split(), "crash"),
          **dict.fromkeys("ship ships ferry boat boats vessel vessels submarine "
                          "trawler".split(), "sink")}
"""What ``went down`` is said of: an aircraft crashed, a vessel sank."""
_PHRASAL = {(form, particle): act
            for forms, particle, act in (("lift lifts lifted lifting", "off", "launch"),
                                         ("gun guns gunned gunning", "down", "shoot"),
                                         ("touch touches touched touching", "down", "land"),
                                         ("spin spins spun spinning", "off", "spin off"),
                                         ("set sets setting", "up", "set up"),
                                         ("step steps stepped stepping", "down", "resign"),
                                         ("stand stands stood standing", "down", "resign"),
                                         ("take takes took taken taking", "hostage", "abduct"),
                                         ("take takes took taken taking", "captive", "abduct"))
            for form in forms.split()}
"""Verbs that with a particle name another act: ``lifted off`` is a launch, ``gunned
down`` a shooting, ``touched down`` a landing, ``spun off`` a spin-off, ``set up`` a
founding, ``stepped down`` a resignation, ``taken hostage`` an abduction."""
_APPEAR = frozenset("appear appears appeared appearing".split())
_COURTS = frozenset("court courts magistrates magistrate judge judges tribunal jury "
                    "hearing".split())
"""Where an accused appears: ``will appear at Kesh Magistrates' Court on Friday`` is a
court appearance, an event of its own (``appeared to speed up`` only seemed)."""
_THREE_WORDS = {("take", "into", "custody"): "arrest", ("make", "off", "with"): "steal"}
"""A verb's lemma with two words after it that name another act: ``taken into custody`` is
an arrest, ``made off with`` a theft (``made off in a car`` only fled)."""
_INTO_FORCE = frozenset("come comes came coming go goes went gone going enter enters entered "
                        "entering".split())
"""Verbs that with ``into effect`` or ``into force`` say a measure began to bind: ``the
truce agreement came into effect on Tuesday`` dates the truce's start, not the agreeing,
which may have been the day before."""
_BLOWS = frozenset({"strike", "hit", "beat"})
"""Blows that name no deed of their own: ``struck and killed``, ``beaten and wounded``."""
_PRIZES = frozenset("title titles trophy crown championship championships cup medal "
                    "gold silver bronze victory win pennant".split())
"""What a side claims when it wins: ``to claim the title``, ``claimed gold``."""
_CELEBRATIONS = frozenset("parade parades celebration celebrations lap laps speech speeches "
                          "rally rallies party parties ceremony".split())
"""What a victory names when it comes first: ``the victory parade``, ``a victory lap``
celebrate a win gone by; the win is not their event."""
_ORDINAL_WORDS = frozenset("first second third fourth fifth last newly recently".split())
"""Words after which, with an article before, an ``-ed`` word qualifies a noun."""
_EXPLOSIVES = frozenset("bomb bombs device devices explosive explosives grenade grenades "
                        "mine mines ied ieds charge charges".split())
"""What goes off when it explodes: ``the car bomb went off``."""
_LANDFALL_AT = frozenset({"in", "near", "on", "over", "along", "at"})
"""Words before the place a storm makes landfall in."""
_LIGHT_NOUNS = {("take", "office"): "take office", ("take", "power"): "take power",
                ("take", "effect"): "take effect",
                ("make", "landfall"): "landfall", ("make", "public"): "disclose",
                ("gain", "independence"): "independence",
                ("win", "independence"): "independence",
                ("achieve", "independence"): "independence"}
"""What a light verb names with these nouns: an accession (``took office``, ``took
power``), a start in force (``the tariffs took effect``), a storm's landfall (``made
landfall``), a disclosure (``the arrests were made public``), though the verb alone names
no event."""
_LIGHT_VERBS = {form: verb for verb, forms in (("make", "make makes making"),
                                               ("take", "take takes taking"))
                for form in forms.split()}
"""The forms of the light verbs that name no event of their own, so that ``is set to
make landfall`` and ``to take office`` find their noun as ``made landfall`` does."""
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_OWNING_DETERMINERS = _DETERMINERS | _POSSESSIVES
_BE_FORMS = frozenset({"was", "were", "is", "are", "be", "been"})


def _plural_deed(word: str) -> str | None:
    """The act a plural noun names when its singular is a nominalisation (``elections``:
    ``elect``), for a sentence that says the acts were held."""
    low = word.lower()
    return lemma_of(low[:-1]) if low.endswith("s") and lemma_of(low) is None else None


_GATHERINGS = frozenset({"rally", "march", "protest", "demonstrate", "vote", "meet"})
"""Events whose noun after ``at a`` is the scene of another: ``shot at a rally``,
``spoke at a protest``."""
_GRADES = frozenset("most least more less best worst widely well much".split())
"""Words before a participle that make it an adjective: ``most visited``, ``well known``."""
_INFINITIVE_MARKERS = _MODALS | {"to", "did", "does", "do"}
"""Words after which a bare ``double`` is a verb (``expects to double its output``)."""
_DOCUMENTS = {"order": frozenset({"executive", "court", "restraining", "gag", "protective",
                                   "stay", "presidential"})}
"""Event words that, after these modifiers, name a document (``an executive order``, ``a
court order``): the act is what is done with it (``signed``), not an ordering."""
_CLOSED = frozenset({"close", "closes", "closed", "closing"})
"""Forms of ``close`` that, before ``for`` and a span of time, tell of a closure."""
_TALLIED = frozenset({"counted", "tallied", "processed", "remaining", "outstanding"})
"""Words after ``votes`` that make them ballots being counted, not a vote taking place."""

_NOT_THE_EVENT = frozenset(
    "warning warnings watch watches alert alerts alarm alarms siren sirens drill drills "
    "threat threats risk risks forecast forecasts insurance season plan plans "
    "preparedness prevention defences defenses barrier barriers exit exits escape "
    "escapes hydrant hydrants station stations department departments brigade force "
    "agency agencies worker workers group groups team teams site sites scene scenes "
    "investigator investigators investigation investigations probe shelter shelters "
    "official officials chief chiefs marshal marshals penalty penalties sentence sentences "
    "row warrant warrants".split())
"""Heads that an event noun only modifies: a ``flood warning``, a ``fire drill`` or an
``aid agency`` says nothing of a flood, a fire or aid having happened; the day a body was
found at the ``crash site`` or ``crash investigators`` spoke is not the day of the crash;
a ``death sentence`` or an ``arrest warrant`` is no death or arrest yet."""
_DOOMED = frozenset({"sentence", "condemn"})
"""Verbs whose ``to death`` is a penalty, not a death: ``sentenced to death on Monday``."""


_PAPERS = frozenset("memo memos memorandum memoranda brief briefs filing filings submission "
                    "submissions guidelines document documents papers".split())
"""Papers an ``-ing`` word names the subject of: ``the sentencing memo``, ``a 50-page
sentencing submission`` tell of what is asked before the sentencing, not of it."""


_FUND_KINDS = frozenset("wealth hedge pension investment relief trust index mutual monetary "
                        "emergency development climate bond equity reserve stabilisation "
                        "stabilization sovereign private venture endowment".split())
"""Words a fund is named by (``a sovereign wealth fund``, ``the hedge fund``)."""


_ORDINALS = {"first": "first", "initial": "first", "second": "second", "third": "third",
             "fourth": "fourth", "fifth": "fifth", "another": "another",
             "subsequent": "another", "further": "another", "additional": "another",
             "previous": "earlier", "prior": "earlier", "preceding": "earlier",
             "last": "earlier"}
"""Words that tell one of a series of like events from the others, with their sense:
``its last meeting in November``, in a report of December's, is an earlier one."""
_TIMES_PAST = frozenset(
    "year week month night day days weekend summer winter spring fall autumn season decade "
    "century time quarter morning evening monday tuesday wednesday thursday friday saturday "
    "sunday january february march april may june july august september october november "
    "december".split())
"""What ``last`` or ``previous`` dates rather than ranks: ``last year``, ``the previous
day``."""
_GRADING = frozenset({",", "more", "most", "less", "very"})
"""What may stand between an ordinal and its noun besides adjectives: ``a second, more
severe landslide``."""


_BEFORE_AN_ADVERB = _AUXILIARIES | frozenset(
    "can should must might who which he she they it we i you".split())
_NOUN_ENDS = ("tion", "sion", "ment", "ure", "al")
_AFTER_A_NOUN = _PREPOSITIONS | _AUXILIARIES | frozenset(
    "of this next last that which and or to".split())


def _named_as_noun(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the event word at ``index`` is written as a noun: a nominalisation
    (``reduction``), or a word no object follows (``another two rate cuts in
    November``), unlike the verb in ``the second group cut rates``."""
    word = tokens[index][2].lower()
    if word.endswith("ed") or irregular_past(word):
        # "who first arrived in Germany", "the protests first began": a verb, the
        # ordinal an adverb
        return False
    if word.endswith(_NOUN_ENDS):
        return True
    if index + 1 == len(tokens):
        return True
    following = tokens[index + 1][2]
    return not following[0].isalnum() or following.lower() in _AFTER_A_NOUN


_BEFORE_NOW = frozenset({"previously", "formerly"})
"""Adverbs that, after an auxiliary, tell of a deed done before the one the news is
about: ``was previously jailed``, ``had previously won the title``."""
_JUDGED = frozenset({"convicted", "sentenced", "jailed", "imprisoned", "guilty"})
"""Verdicts that ``already`` puts in another case (``has already been convicted``);
elsewhere ``already`` is the news so far (``police have already arrested three men``)."""
_PERFECT = frozenset({"has", "have", "had", "was", "were", "been", "is", "are"})
_CLAUSE_BREAKS = frozenset({".", ";", ":", "but", "while", "whereas", "although", "though",
                            "who", "which", "whom", "whose"})


def _earlier(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the clause of the event word at ``index`` says it was done before, in
    the verb group of its own clause or of the clause its participle hangs on:
    ``Sarkozy has already been convicted in another case, receiving a one-year
    sentence`` is not the sentence the news is about (see :data:`_BEFORE_NOW`,
    :data:`_JUDGED`). A relative clause keeps its adverb (``Kovac, who had previously
    served as minister, was sworn in``), and a harm's count is running, not earlier
    (``the storm has already killed 50``)."""
    lemma = lemma_of(tokens[index][2].lower())
    if lemma is None or EVENT_CLASSES.get(lemma, lemma) in HARM_CLASSES \
            or lemma in COMMUNICATION:
        return False
    for j in range(index - 1, max(-1, index - 26), -1):
        low = tokens[j][2].lower()
        if low in _CLAUSE_BREAKS or (low == "and" and tokens[j - 1][2] == ","):
            return False
        before_now = low in _BEFORE_NOW or (low == "already" and any(
            t[2].lower() in _JUDGED for t in tokens[j + 1 : j + 4]))
        if before_now and j and tokens[j - 1][2].lower() in _PERFECT:
            return not any(t[2].lower() in _CLAUSE_BREAKS
                           for t in tokens[max(0, j - 12) : j])
    return False


def _ordinal(tokens: list[tuple[int, int, str]], index: int) -> str | None:
    """Which of a series the event is, when the text says so: an event noun at or just
    before ``index`` (``The first landslide occurred``, ``a second, more severe quake
    struck``), or ``earlier`` when the clause tells of a deed done before the news
    (see :func:`_earlier`)."""
    place = _series_place(tokens, index)
    if place is None and _earlier(tokens, index):
        return "earlier"
    return place


def _series_place(tokens: list[tuple[int, int, str]], index: int) -> str | None:
    """Which of a series the event is, when an event noun at or just before ``index``
    says so: ``The first landslide occurred``, ``a second, more severe quake struck``."""
    after = [t[2].lower() for t in tokens[index + 1 : index + 7]]
    if "of" in after[:4]:
        k = after.index("of")
        count = after[k + 1] if k + 1 < len(after) else ""
        if count == "another" or (after[k + 2 : k + 3] == ["more"] and (
                count.isdigit() or count in NUMBER_WORDS)):
            return "another"  # "the death on Friday of one more worker": not the first
    noun = next((j for j in range(index, max(-1, index - 6), -1)
                 if _singular(tokens[j][2].lower()) in EVENT_NOUNS), None)
    if noun is None and _named_as_noun(tokens, index):
        noun = index  # "another two rate cuts in November", "a second reduction"
    if noun is None:
        return None
    for j in range(noun - 1, max(-1, noun - 6), -1):
        low = tokens[j][2].lower()
        if low in _ORDINALS:
            if _ORDINALS[low] == "earlier" and tokens[j + 1][2].lower() in _TIMES_PAST:
                return None  # "pivoted last year, pledging": a date, no earlier pledge
            if (noun == index and j and tokens[j - 1][2].lower() in _BEFORE_AN_ADVERB) or (
                    low == "further" and tokens[j + 1][2] == ","):
                return None  # "the toll could further rise", "may rise further, fire
                # authorities said": how, not which
            return _ORDINALS[low]
        if low == "-" or (low[0].isdigit() and tokens[j + 1][2] == "-"):
            continue  # "another 50-basis-point cut": a compound before the noun
        if low not in _GRADING and not (low.replace("-", "").isalpha()
                                        and low not in _STOP and low not in _AUXILIARIES):
            return None  # "the", a number, a full stop: the noun phrase began
    return None


_VERB_ADVERBS = frozenset({"first", "already", "again", "still", "finally"})
"""Adverbs that sit between a subject and its verb: ``the protests first began``."""
_BEGINNINGS = frozenset("began begun begin begins beginning started start starts".split())
"""Verbs that tell when an event began (``the attack, which began around 3 PM``): with
an event noun for subject, the event is the noun's."""
_LOST = frozenset({"lost", "lose", "loses", "losing"})
"""``28 people lost their lives``: a death (not ``lost their life savings``)."""
_LEFT = frozenset({"left", "leaving", "leaves", "leave"})
_LEFT_HARMED = {"dead": "kill", "injured": "injure", "wounded": "injure", "hurt": "injure"}
"""``left 26 tourists dead``, ``leaving at least 40 injured``: a toll, not a departure."""
TOLL_VERBS = frozenset({"claim", "claims", "claimed", "claiming"})
"""``claimed the lives of 20 students``, ``has claimed 19 lives``: a toll, not a saying."""
_NOTICED = frozenset({"report", "record", "detect", "register", "measure", "feel"})
"""Verbs that notice a quake or a blast: what they take is the event that happened."""
_WHERE_OR_WHEN = frozenset({"at", "on", "in", "near", "off", ",", "."})


def _noticed_at(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a verb of noticing takes the event noun itself, then says when or where
    (``reported the tremor at 19:17 GMT``), not a clause about it (``reported the
    landslide buried 2,000``)."""
    window = [t[2].lower() for t in tokens[index + 1 : index + 4]]
    return len(window) == 3 and window[0] in ("the", "a", "an") \
        and window[2] in _WHERE_OR_WHEN


def _verb_after_noun(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the event word at ``index`` is a noun (``victory``, ``revocation``: not the
    verb's own form) whose clause's verb follows it (``The victory also earned the club``):
    what comes after is that verb's object, not the event's."""
    word = tokens[index][2].lower()
    before = tokens[index - 1][2].lower() if index else ""
    named = before in _DETERMINERS or before in _POSSESSIVES or before.endswith(("’s", "'s")) \
        or (before.endswith((*_ADJECTIVE_ENDS, "ly")) and before.isalpha())
    if word.endswith("ed") or not (named or (
            lemma_of(word) not in (None, word) and not word.endswith(("ing", "s")))):
        return False  # "The ruling comes", "Deadly floods submerge": nouns, by what precedes
    k = index + 1
    while k < len(tokens) and (tokens[k][2].lower() in _DEGREE or tokens[k][2].lower() in
                               ("also", "then", "only") or _adverb(tokens[k][2].lower())):
        k += 1
    if k == len(tokens) or not (tokens[k][2].isalpha() and tokens[k][2].islower()):
        return False
    nxt = tokens[k][2]
    return nxt.endswith("ed") or lemma_of(nxt) not in (None, nxt)


_ACTS_ON_MEASURES = frozenset({"lift", "end", "extend", "suspend", "revoke",
                               "cancel", "repeal", "overturn", "reverse", "ease"})
"""Verbs whose object is a measure in force: ``lifted the ban``, ``extended the curfew``
(``imposed a fine`` is the fine itself)."""


def _measure_after(tokens: list[tuple[int, int, str]], index: int) -> int | None:
    """Where the event noun a verb acts on stands (``lifted the ban``, ``extended its
    social media ban``: a determiner, at most two words, then a nominal act), or
    ``None``."""
    k = index + 1
    if k >= len(tokens) or tokens[k][2].lower() not in _DETERMINERS:
        return None
    for j in (k + 1, k + 2, k + 3):
        if j >= len(tokens):
            return None
        word = tokens[j][2]
        low = word.lower()
        if lemma_of(low) is not None and word.islower() and not low.endswith(("ed", "ing")):
            return j
        if not (word.isalpha() and word.islower()) or low in _STOP:
            return None
    return None


def find_events(text: str, start: int, end: int,
                quoted: list[tuple[int, int]] | None = None) -> list[FoundEvent]:
    """Every event word of the sentence; words of saying only when nothing else happens
    outside quotation marks. ``quoted`` are the passages in quotation marks around the
    sentence (:func:`~claimtrack.extract.quotes.quoted_spans`), read from the sentence
    alone when not given."""
    tokens = _tokens(text, start, end)
    found = []
    happened: dict[int, str] = {}
    taken: set[int] = set()  # words read as part of a phrase before them ("opened fire")
    headline = is_title_case(text, start, end)
    for i, (s, e, word) in enumerate(tokens):
        if i in taken:
            continue
        if i and word[0].isupper() and not headline and tokens[i - 1][2] not in _OPENERS:
            continue  # "the Disaster Risk Reduction Council": a name, not an event
        following = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        if word.lower() in HAPPENINGS or word.lower() in _BEGINNINGS or (
                following == "place" and lemma_of(word) == "take"):
            subject = _subject_before(tokens, i)
            if subject in HAPPENING_CLASSES:
                # "the quake struck", "the tremor occurred", "the blast took place": the
                # event is the quake, and "quake" and "tremor" name one class of event
                happened[i] = subject
                found.append((i, s, e, happened[i]))
                continue
        if i >= 2 and tokens[i - 2][2].lower() == "category" and (
                tokens[i - 1][2][0].isdigit() or tokens[i - 1][2].lower() in NUMBER_WORDS):
            continue  # "as a Category 3 storm", "downgraded to a Category 1 storm": its
            # rank, a word of what the storm was, not the storm as an event
        if word.lower() == "independence" and i and (
                tokens[i - 1][2].lower() in _POSSESSIVES or following == "from"):
            # "since its independence from Portugal in 1973": a nation's birth, told as
            # a noun ("judicial independence" is a quality, not an event)
            found.append((i, s, e, "independence"))
            continue
        if word.lower() == "held" and i >= 2 and tokens[i - 1][2].lower() in _BE_FORMS \
                and (held := _plural_deed(tokens[i - 2][2])) is not None:
            # "the presidential elections were held on Sunday": the elections are the
            # event, though "elections" alone names things, as "agreements" does
            found.append((i - 2, tokens[i - 2][0], tokens[i - 2][1], held))
            continue
        if word.lower() in _APPEAR and following in ("in", "at", "before") and any(
                t[2].lower().rstrip("'’") in _COURTS for t in tokens[i + 2 : i + 7]):
            found.append((i, s, e, "appear"))  # "will appear at Magistrates' Court on Friday"
            continue
        if (phrasal := _PHRASAL.get((word.lower(), following))) is not None:
            # "lifted off", "was gunned down by TRF", "the booster touched down on Jacklyn"
            found.append((i + 1, s, tokens[i + 1][1], phrasal))
            continue
        if (named := _LIGHT_NOUNS.get((lemma_of(word) or _LIGHT_VERBS.get(word.lower(), ""),
                                       following))) is not None:
            # "since Prabowo took office in October", "Melissa made landfall"
            found.append((i + 1, s, tokens[i + 1][1], named))
            continue
        if i + 2 < len(tokens) and (three := _THREE_WORDS.get(
                (lemma_of(word) or "", following, tokens[i + 2][2].lower()))) is not None:
            # "was taken into custody Thursday night", "made off with nine pieces"
            found.append((i + 2, s, tokens[i + 2][1], three))
            continue
        if following == "into" and word.lower() in _INTO_FORCE and i + 2 < len(tokens) \
                and tokens[i + 2][2].lower() in ("effect", "force"):
            # "the ceasefire went into effect at noon", "the treaty entered into force"
            found.append((i, s, tokens[i + 2][1], "take effect"))
            continue
        if following == "for" and word.lower() in _CLOSED and i + 3 < len(tokens) and (
                tokens[i + 2][2][0].isdigit() or tokens[i + 2][2].lower() in NUMBER_WORDS) \
                and tokens[i + 3][2].lower().rstrip("s") + "s" in _TIME_UNITS:
            # "the Louvre remained closed for two days": a closure, as "shut down for 3
            # days" is, not a closing price
            found.append((i, s, e, "shut"))
            continue
        if following == "down" and word.lower() in _WENT and (craft := next(
                (_CRAFT[t[2].lower()] for t in reversed(tokens[max(0, i - 8):i])
                 if t[2].lower() in _CRAFT), None)):
            # "The MD-11 freighter … went down around 5:15 p.m.": a crash; a ferry that went
            # down sank
            found.append((i + 1, s, tokens[i + 1][1], craft))
            continue
        if following == "off" and word.lower() in _WENT and any(
                t[2].lower() in _EXPLOSIVES for t in tokens[max(0, i - 3):i]):
            # "The car bomb went off at 5:15 p.m.": an explosion ("the alarm went off" is
            # none)
            found.append((i + 1, s, tokens[i + 1][1], "explode"))
            continue
        if (following == "dead" and (word.lower() in _DECLARED or (
                (word.lower() in _BE_FORMS or word[0].isupper())
                and i + 2 < len(tokens) and tokens[i + 2][2].lower() in _AT_AN_AGE))) or (
                following == "away" and word.lower().startswith("pass")):
            # "pronounced dead", "passed away", "is dead at the age of 91", a headline's
            # "Kesh Dead At 72": the object is sought after the phrase
            found.append((i + 1, s, tokens[i + 1][1], "die"))
            continue
        if following == "fire" and word.lower() in _OPEN:
            # "Gunmen opened fire at a concert hall": a shooting, not a blaze
            found.append((i + 1, s, tokens[i + 1][1], "shoot"))
            taken.add(i + 1)
            continue
        if word.lower() in TOLL_VERBS and any(
                t[2].lower() in ("lives", "life") for t in tokens[i + 1 : i + 5]):
            found.append((i, s, e, "kill"))  # "claimed the lives of 20 students"
            continue
        if word.lower() in TOLL_VERBS and any(
                t[2].lower() in _PRIZES for t in tokens[i + 1 : i + 10]):
            found.append((i, s, e, "win"))  # "to claim the Club World Cup title"
            continue
        if word.lower() in _LOST and (k := next(
                (k for k in range(i - 1, max(-1, i - 4), -1)
                 if tokens[k][2].lower() not in _AUXILIARIES), None)) is not None \
                and tokens[k][2].lower() in ("lives", "life") \
                and not (k and tokens[k - 1][2].lower() in ("their", "his", "her", "its")):
            found.append((i, s, e, "die"))  # "with 208 lives lost", "12 lives were lost"
            continue
        if word.lower() in _LOST and following in ("their", "his", "her") \
                and tokens[i + 2][2].lower() in ("lives", "life") and not (
                i + 3 < len(tokens) and tokens[i + 3][2].lower() in LIFE_THINGS):
            found.append((i, s, tokens[i + 2][1], "die"))  # "28 people lost their lives"
            continue
        if word.lower() in _LEFT:
            k = next((k for k in range(i + 1, min(i + 7, len(tokens)))
                      if tokens[k][2].lower() in _LEFT_HARMED or tokens[k][2] in ",;.:"), None)
            if k is not None and tokens[k][2].lower() in _LEFT_HARMED:
                # "an attack that left 26 tourists dead": a toll, not a departure
                found.append((i, s, e, _LEFT_HARMED[tokens[k][2].lower()]))
                continue
        lemma = lemma_of(word) if word[0].isalpha() else None
        if lemma == "see" and i and tokens[i - 1][2].lower() == "last":
            found.append((i, s, e, "see"))  # "was last seen Nov. 3": a sighting, dated
            continue
        if lemma is None or lemma in _LIGHT or _is_period_boundary(tokens, i, lemma):
            continue
        if lemma == "eliminate" and any(
                t[2].lower() in _FIGHTERS for t in tokens[i + 1 : i + 6]):
            lemma = "kill"  # "eliminating at least 27 terrorists": killed, not jobs cut
        if lemma == "begin" and (
                (lemma_of(following) is not None and following.endswith("ing"))
                or (following == "to" and i + 2 < len(tokens)
                    and lemma_of(tokens[i + 2][2]) is not None)):
            continue  # "when Orla began laying off 6,000 workers in May": the layoff is
            # the event, and May its date (an unknown deed, "began sending", stays begun)
        if i and (tokens[i - 1][2].lower() == "without" or (
                i > 1 and tokens[i - 2][2].lower() == "without"
                and tokens[i - 1][2].lower() in ("a", "an", "any"))) \
                and not word.lower().endswith("ing"):
            continue  # "five years without a murder": an absence, no event
        if _told_of(tokens, i):
            continue  # "Information about their arrests came … on October 26": the telling's day
        if i and word.lower() in _THE_HARMED and tokens[i - 1][2].lower() == "the":
            continue  # "visiting the injured in hospital": people, not an event
        if i and word.lower().endswith("ed") and tokens[i - 1][2].lower() in _ARTICLES \
                and following.isalpha() and following not in _STOP \
                and following not in _PREPOSITIONS and lemma_of(following) is None:
            continue  # "the reduced dividend is payable": an adjective, no event
        if word.lower() == "victory" and following in _CELEBRATIONS:
            continue  # "Sunday's victory parade": the parade, not the win, was on Sunday
        if lemma == "vote" and word.lower().endswith("s") and following in _TALLIED:
            continue  # "with 90% of the votes counted on Thursday": the count, not the vote
        if i >= 2 and tokens[i - 2][2].lower() == "at" and tokens[i - 1][2].lower() in \
                ("a", "an", "the") and _named_as_noun(tokens, i) and lemma in _GATHERINGS:
            continue  # "was shot at a rally in Orla on Friday": where, not what happened
        if i and word.lower().endswith("ed") and tokens[i - 1][2].lower() in _GRADES:
            continue  # "the world's most visited museum": an adjective, no visit
        if i > 1 and word.lower().endswith("ed") and tokens[i - 1][2].lower() in _ORDINAL_WORDS \
                and tokens[i - 2][2].lower() in _ARTICLES:
            continue  # "the first expanded Club World Cup title": an adjective
        if i and word.lower().endswith("ing") and i + 1 < len(tokens) \
                and tokens[i + 1][2][:1].isupper() and (
                tokens[i - 1][2].lower() in _ARTICLES
                or tokens[i - 1][2].endswith(("’s", "'s"))):
            continue  # "Japan's ruling Liberal Democratic Party": the name's adjective
        if word.lower() in ("double", "triple") and not (i and (
                tokens[i - 1][2].lower() in _INFINITIVE_MARKERS
                or (tokens[i - 1][2].lower().endswith("s")
                    and not tokens[i - 1][2].endswith(("'s", "’s"))
                    and tokens[i - 1][2].lower() not in _STOP))):
            # "Newcastle's double striker swoop", "a double murder", "more than double
            # expectations": an adjective ("Cases double since Friday" is the verb)
            continue
        if word.lower() == "lower" and i and (tokens[i - 1][2].lower() in _ARTICLES
                                              or _glued_to_figure(tokens, i - 1)):
            continue  # "the 150-seat lower house": a chamber, not a cut
        if lemma in _DOCUMENTS and i and tokens[i - 1][2].lower() in _DOCUMENTS[lemma] \
                and not word.lower().endswith(("ed", "ing")):
            continue  # "signed an executive order": a document, not an act of ordering
        if word.lower().endswith("ing") and i and following in _PLAN_NOUNS \
                and tokens[i - 1][2].isalpha() and tokens[i - 1][2].islower() \
                and tokens[i - 1][2].lower() not in _STOP:
            continue  # "the £26 billion tax raising package": a kind of package, no raise
        if word.lower() in ("close", "closer") and following == "to" and not (
                i and tokens[i - 1][2].lower() in _INFINITIVE_MARKERS):
            continue  # "collided with a helicopter close to the airport": near, no closing
        if word.lower() == "rule" and following == "of" and i + 2 < len(tokens) \
                and tokens[i + 2][2].lower() == "law":
            continue  # "the rule of law": a principle, not a ruling
        if lemma in _AILMENTS and i and tokens[i - 1][2].lower() in _AILMENTS[lemma]:
            continue  # "suffered a cardiac arrest", "a heart attack": an illness, no deed
        if word.lower() == "left" and _remaining(tokens, i):
            continue  # "57 hours of oxygen left": what remains, not a departure
        if lemma in _NOUN_FIRST and not word.lower().endswith(("ed", "ing")) and not (
                i and tokens[i - 1][2].lower() == "to" and (
                    following in _DETERMINERS or following in _POSSESSIVES
                    or following in NUMBER_WORDS or following[:1].isdigit())):
            continue  # "to question six people", "to file a lawsuit": the verb
        previous = tokens[i - 1][2].lower() if i else ""
        if word.lower() in ("fund", "funds") and (
                previous in _DETERMINERS or previous in _POSSESSIVES or previous in _FUND_KINDS
                or previous.endswith(("’s", "'s")) or tokens[i - 1][2][:1].isupper()):
            continue  # "the sovereign wealth fund", "Arabia's fund": a fund, no funding
        if following == "of" and word.lower().endswith("s") and (
                previous in _EXTENT or _DIRECTION.fullmatch(previous)):
            continue  # "the northwest reaches of Iran", "the upper reaches of": a region
        if i > 2 and previous in _POSSESSIVES and tokens[i - 2][2].lower() == "of" \
                and tokens[i - 3][2].lower() == "time":
            continue  # "at the time of his death the company was valued at": when, not what
        if i > 1 and previous in ("with", "of", "for") and tokens[i - 2][2].lower() in _CHARGED:
            continue  # "charged with murder Thursday": the charge is the event, not a murder
        if lemma == "die" and i > 1 and previous == "to" and lemma_of(tokens[i - 2][2]) \
                in _DOOMED:
            continue  # "was sentenced to death in absentia on Monday": the sentencing's day
        if following in _NOT_THE_EVENT and not word.lower().endswith(("ed", "ing", "s")):
            continue  # "flash flood warnings", "a tsunami alert": no flood, no tsunami yet
        if following in _PAPERS and word.lower().endswith("ing") and (
                previous in _DETERMINERS or previous in _POSSESSIVES
                or previous.endswith(("’s", "'s")) or (i > 1 and tokens[i - 2][2] == "-")):
            continue  # "the 182-page sentencing memo": a paper filed, no sentencing
        if word.lower() in _THING_INGS and not (
                (i and tokens[i - 1][2].lower() in _DEED_BEFORE)
                or (i + 1 < len(tokens) and tokens[i + 1][2].lower() in _DEED_AFTER)):
            continue  # "a building housing workers": a thing, not a deed
        # "32-storey blocks" are counted by the 32
        before = tokens[i - 3][2] if _glued_to_figure(tokens, i - 1) else \
            tokens[i - 1][2] if i else ""
        if before and _counted_noun(before, word, lemma):
            continue  # "eight blocks", "residential blocks": things, not an event
        found.append((i, s, e, lemma))
    # "was struck and killed by a police vehicle": the harm names the deed the reports
    # of it share; a blow that names no deed of its own is how it was done ("stabbed
    # and killed" stays a stabbing, as other reports name the "stabbing spree").
    harms = {f[0] for f in found if EVENT_CLASSES.get(f[3], f[3]) in HARM_CLASSES}
    found = [f for f in found if not (f[3] in _BLOWS and f[0] + 2 in harms
                                      and tokens[f[0] + 1][2].lower() == "and")]
    # Words of saying count only when nothing else happens outside quotation marks:
    # in "“… since the earthquake struck,” Kovac told reporters on Jan. 3" the date is
    # the telling's, and the quake is the speaker's to date.
    if quoted is None:
        quoted = quoted_spans(text, start, end)
    told = [f for f in found if not any(a <= f[1] < b for a, b in quoted)]
    events = sorted(([f for f in told if f[3] not in COMMUNICATION] or told)
                    + [f for f in found if f not in told]) or found
    # "lifted the ban on Tuesday": a measure a verb acts on is its object, not an event
    # of its own (the ban was imposed before; Tuesday is the lifting's)
    measure_of = {i: j for i, _, _, lemma in events
                  if lemma in _ACTS_ON_MEASURES and (j := _measure_after(tokens, i)) is not None}
    events = [f for f in events if f[0] not in measure_of.values()]
    # The place a quake struck is a participant, not an object that tells events apart.
    out = []
    for i, s, e, lemma in events:
        if i in measure_of:
            out.append(FoundEvent(lemma, s, e, _singular(tokens[measure_of[i]][2].lower()),
                                  _subject_before(tokens, i), _ordinal(tokens, i)))
            continue
        if i in happened:
            out.append(FoundEvent(lemma, s, e, None, happened[i], _ordinal(tokens, i)))
            continue
        thing = _object_after(tokens, i)
        if lemma == "landfall":
            # "made landfall in Cuba": where tells one landfall of a storm from another
            # ("on Florida's Gulf Coast": Florida, not its possessive)
            thing = next((t[2].lower().removesuffix("'s").removesuffix("’s")
                          for t in tokens[i + 1 : i + 4]
                          if t[2][:1].isupper() and t[2].lower() not in WEEKDAY_ALIASES
                          and t[2].lower() not in MONTHS), None) \
                if i + 1 < len(tokens) and tokens[i + 1][2].lower() in _LANDFALL_AT else None
        if i + 1 < len(tokens) and _singular(tokens[i][2].lower()) in EVENT_NOUNS \
                and lemma_of(tokens[i + 1][2]) not in (None, tokens[i + 1][2].lower()):
            thing = None  # "an internet outage sent shockwaves": what the verb acts on
        elif _verb_after_noun(tokens, i):
            thing = None  # "The victory also earned the club $125 million": the verb's
        if lemma in _NOTICED and thing in EVENT_NOUNS and _noticed_at(tokens, i):
            # "the USGS reported the tremor at 19:17 GMT", "recorded the quake at 7:58":
            # the time is the quake's, told or measured
            out.append(FoundEvent(EVENT_NOUNS[thing], s, e, None, None, _ordinal(tokens, i)))
            continue
        out.append(FoundEvent(lemma, s, e, thing, _subject_before(tokens, i),
                              _ordinal(tokens, i)))
    for n in range(1, len(out)):
        ev, prior = out[n], out[n - 1]
        if ev.subject is None and EVENT_CLASSES.get(ev.predicate, ev.predicate) in HARM_CLASSES \
                and prior.predicate == "crash" \
                and resulting_participle(text, ev.start, ev.end, start):
            # "a helicopter … crashed on Mindanao, killing six personnel": the crash's dead,
            # not the storm's the story counts
            out[n] = attrs.evolve(ev, subject=prior.predicate)
    return out


_RESULTING = re.compile(r",\s*\Z")
"""The comma before a participle of what a deed did (``…, killing two students``)."""


def resulting_participle(text: str, start: int, end: int, lo: int = 0) -> bool:
    """Whether the event word at ``text[start:end]`` is a participle set off by a comma
    after the clause it follows (``struck on Sunday, killing at least 800``): what the
    deed before it did, on its day. ``lo`` bounds the look back (a sentence's start)."""
    return text[start:end].lower().endswith("ing") and \
        _RESULTING.search(text, max(lo, start - 3), start) is not None


def nearest_event(events: list[FoundEvent], anchors: list[int]) -> FoundEvent | None:
    """Of a sentence's events (see :func:`find_events`), the one nearest the anchors."""
    if not events or not anchors:
        return events[0] if events else None
    return min(events, key=lambda ev: (min(abs(ev.start - a) for a in anchors), ev.start))


def find_modality(text: str, start: int, end: int, event: FoundEvent | None,
                  anchor: int | None = None, *, figures: bool = True) -> str:
    """How the sentence presents its event: asserted, reported, threatened, planned,
    attempted ...

    A hedge counts when it comes before the event word, or before the date or figure
    (``anchor``) that the claim states of it: ``the number of deaths could reach
    20,000`` is a guess, though ``deaths`` comes first. ``figures`` says whether the claim
    states figures; without them a request word that is the event itself only dates the
    asking (``the package that was proposed in September``)."""
    sentence = text[start:end]
    words = [lemma_of(w) for w in re.findall(r"[A-Za-z]+", sentence)]
    lemmas = set(words)
    before = text[start : event.start] if event else sentence
    hedged = [before[-40:]]
    if event is not None and anchor is not None and anchor != event.start:
        # "Liftoff is scheduled for November 13, …, with a launch window opening": a
        # hedge before the date counts for the event named after it too
        hedged.append(text[max(start, anchor - 40) : anchor])
    if lemmas & DENIAL and event is not None and event.predicate not in DENIAL and (
            len(_DENIED_THING.findall(sentence)) + len(_NOT_A_DENIAL.findall(sentence))
            + len(_THING_DENIED.findall(sentence)) < sum(w in DENIAL for w in words)):
        return "denied"
    if lemmas & THREAT and re.search(r"(?<![-\w])threat(?:en(?:s|ed|ing)?)?\b", before,
                                     re.IGNORECASE):
        return "threatened"  # not "life-threatening injuries": an adjective
    # A request or a prospect reaches only what follows it: "buried 2,000 people, and
    # requested aid" asks for nothing the figure counts
    asked = [(max(start, event.start - 40), event.start)] if event is not None and (
        anchor is None or event.start <= anchor
        or _ASKED_FOR.search(text, max(start, event.start - 48), event.start)) else []
    if anchor is not None:
        asked.append((max(start, anchor - 40), anchor))
    if any(_asks(text, lo, hi) for lo, hi in asked) and not (
            event is not None and anchor is not None and event.start < anchor
            and not _asks(text, max(start, event.start - 40), event.start)
            and not _asks(text, event.end, anchor) and not figures):
        # "the package that was proposed in September": the asking is the event, and the
        # date is when it was asked, a fact ("proposed a 10% tariff on Monday" still asks
        # for the 10%)
        return "requested"
    if event is not None and _MODAL_ATTEMPT.search(text, max(start, event.start - 24),
                                                   event.start):
        return "attempted"
    upto = anchor if anchor is not None else event.start if event is not None else end
    if any(_MODAL_HYPO.search(window) for window in hedged) or _FORECAST.search(
            text, start, upto) or any(
            _MODAL_POTENTIAL.search(text, lo, hi) for lo, hi in asked) or (
            anchor is not None and _FACES.search(text, max(start, anchor - 12), anchor)) or (
            event is not None and _OPTION_TO.search(text, max(start, event.start - 50),
                                                    event.start)):
        return "hypothetical"
    if event is not None and (_CALLED_OFF.search(text, max(start, event.start - 60),
                                                 event.start)
                              or _CALLED_OFF_AFTER.match(text, event.end, end)
                              or ((plan := _PLAN_AFTER.match(text, event.end, end))
                                  and (plan["first"] or _BUT_CALLED_OFF.search(
                                      text, plan.end(), end)))):
        return "cancelled"
    if any(_MODAL_PLANNED.search(window) for window in hedged) or (
            event is not None and _PLAN_AFTER.match(text, event.end, end)):
        if event is not None and _NEVER_HAPPENED.search(text, event.end, end):
            return "cancelled"  # "would release 10 in each phase, but this did not happen"
        return "planned"
    if _MODAL_REPORTED.search(sentence):
        return "reported"
    return "asserted"


_SAYING_OR_DOING = frozenset({"add", "note", "post", "claim", "respond", "refer"})
"""Verbs of saying that are as often verbs of doing (``added 119,000 jobs``, ``posted a
loss``, ``claimed 20 lives``): a saying only before what is said (``added that``,
``added:``, ``, he added.``)."""
_SUBJECT_GAP = re.compile(r"(?:(?:['’]s)?\s+(?:(?:own|chief|top|senior|foreign|defen[cs]e|"
                          r"interior|health|state|national|armed|security)\s+)?"
                          r"(?:military|army|armed\s+forces|forces|government|ministry|"
                          r"officials|authorities|police|spokes(?:man|woman|person)|embassy|"
                          r"media|presidency|cabinet)(?=\W))?"
                          r"\)?\s*(?:\([^()]{1,40}\))?\s*(?:,[^,.;]{1,80},)?"
                          r"\s*(?:,\s*(?:which|who)\s+)?"
                          r"(?:(?:has|have|had|also|earlier|later|then|again|on\s+\w+day)"
                          r"\s+)*")
"""What may stand between a sayer and the saying verb: its body (``Pakistan's military
said``, ``the Pakistani military reported``), an acronym in brackets, an apposition
(``Ana Kovac, a spokeswoman for the ministry, said``), a relative pronoun (``the toll
released by Afghanistan, which said``), an auxiliary."""
_SAID_NEXT = re.compile(r"\s*(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\b|[,.:;\"“”']|\Z)")
_CLAIMED_NEXT = re.compile(r"\s+(?:it|they|he|she|its|their)\b")
"""``Afghanistan claims it has killed 58``: a claim of a deed, told by its doer."""
_PRONOUN_SAYS = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|while)\s+)(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|"
                           r"[Tt]he\s+(?:group|organi[sz]ation|movement|militia|ministry|"
                           r"military|army|company|firm|agency|government))"
                           r"\s+(?:also\s+|later\s+|then\s+|further\s+)?"
                           r"(?:said|says|claimed|claims|added|told|stated|reported|noted|"
                           r"insisted|maintained|confirmed|announced)\b")
"""``It said 23 of its own troops were killed``, ``He claimed 58 …``, ``The group also
claimed …``: a sayer named in a sentence before."""


_APPOSED_ROLE = re.compile(r",\s+(?:the\s+|an?\s+)?[a-z]")
"""An apposition that opens with a role, lower case (``Zabihullah Mujahid, the main
spokesman for the Taliban government, said``): a name inside it is the sayer's
employer, not the sayer; one that is a name (``the Director General of Civil
Protection, Emmanuel Pierre, announced``) is the sayer."""


_COMMA_END = re.compile(r",\s*\Z")
_COMMA_ONLY = re.compile(r"\s*,\s*")
"""The commas around a person's name set in apposition before a saying verb."""


def says_by_pronoun(text: str, start: int, end: int) -> int | None:
    """Where in ``text[start:end]`` a pronoun says the sentence (``It said …``, ``In a
    statement, it said …``): its sayer is a person named before it in the sentence, or
    the one a sentence before named. ``None`` when no pronoun says it."""
    found = _PRONOUN_SAYS.search(text[start:end])
    return None if found is None else start + found.start()


_ADJECTIVAL_SAYING = re.compile(
    r"(?:alleged|reported|purported|so-called)\s+(?!(?:that|to|the|a|an|on|in|he|she|they|it|"
    r"we|this|his|her|their|its|by|no|nothing)\b)[a-z]")
"""``alleged``, ``reported`` before a noun phrase: an adjective (``an alleged drug boat``),
not a saying."""


def find_source(
    text: str, start: int, end: int, mentions: list[FoundMention]
) -> FoundMention | None:
    """Who the sentence says asserts it: ``X said``, ``according to X``."""
    sentence = text[start:end]
    m = re.search(r"according\s+to\s+", sentence)
    if m:
        after = [x for x in mentions if x.start >= start + m.end()]
        if len(after) > 1 and after[1].kind == "person" and after[0].kind != "person" \
                and text[after[0].end : after[1].start] == " ":
            # "according to Ahmedabad Police Commissioner G.S. Malik": the official, whose
            # employer's name comes first
            return after[1]
        if after:
            return after[0]
    for w in re.finditer(r"[A-Za-z]+", sentence):
        if (lemma := lemma_of(w.group(0))) in COMMUNICATION:
            at = start + w.start()
            if any(x.start <= at < x.end for x in mentions):
                continue  # "the United States Geological Survey said": a name's word
            if _ADJECTIVAL_SAYING.match(sentence, w.start()):
                continue  # "targets alleged drug-running boat": an adjective, no saying
            if lemma in _SAYING_OR_DOING and not _SAID_NEXT.match(sentence, w.end()) \
                    and not (lemma == "claim" and _CLAIMED_NEXT.match(sentence, w.end())):
                continue  # "the United States added 119,000 jobs": no saying
            if PASSIVE_BEFORE.search(sentence, max(0, w.start() - 16), w.start()):
                # "has been confirmed by Phivolcs": the sayer follows "by", if named
                by = BY_DOER.match(sentence, w.end())
                return next((x for x in mentions if by and x.start == start + by.end()),
                            None)
            before = [x for x in mentions if x.end <= at and at - x.end < 60
                      and _SUBJECT_GAP.fullmatch(text, x.end, at)]
            named = next((x for x in mentions if x.kind == "person" and start < x.start
                          and x.end < at and _COMMA_END.search(text, start, x.start)
                          and _COMMA_ONLY.fullmatch(text, x.end, at)), None)
            if named is not None:
                # "the Director General of Civil Protection, Emmanuel Pierre, announced":
                # the person in the apposition is the sayer
                return named
            if len(before) > 1 and _APPOSED_ROLE.match(text, before[-2].end,
                                                       before[-1].start):
                # "Zabihullah Mujahid, the main spokesman for the Taliban government,
                # said": the name in the apposition is the sayer's employer
                return before[-2]
            return before[-1] if before else None  # "…, officials said": unnamed
    return None
