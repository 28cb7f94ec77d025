"""Named participants: capitalised names, with their aliases merged under one key.

A name is a run of capitalised words (``of``, ``de``, ``the`` may join them:
``Department of State``). Its key is what aliases share:

* countries by name, abbreviation, demonym or capital metonym
  (``UK``, ``U.K.``, ``Britain``, ``British``, ``London``);
* organisations with their country prefix dropped and ``X of Y`` read as
  ``Y X`` (``UK Ministry of Defence`` and ``Defence Ministry``);
* people by surname once titles are dropped (``Ruritanian President Ana
  Kovac`` and ``Kovac``).

The gazetteer is general world knowledge, not tied to any story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from claimtrack.extract.lexicon import lemma_of
from claimtrack.temporal.grammar import ZONES
from claimtrack.temporal.lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS

__all__ = ["GLUED_PARTICLE", "NEWS_OUTLETS", "ONE_PEOPLE", "PEOPLE_NOUNS", "FoundMention",
           "country_of", "find_mentions", "first_surnames", "is_dateline", "is_demonym",
           "known_names", "known_people", "name_words", "nationality_of", "normalise_key",
           "one_ending", "people_key"]

NEWS_OUTLETS: frozenset[str] = frozenset({
    "afp", "agence france-presse", "al jazeera", "ani", "anadolu", "ap", "associated press",
    "bbc", "bloomberg", "cnn", "dpa", "efe", "ians", "interfax", "kyodo", "nhk", "pti",
    "reuters", "tass", "upi", "xinhua", "yonhap"})
"""Keys of the wire services and broadcasters that news credits (``told The Associated
Press``, ``a Reuters journalist said``): who reports an event, never a party to it, so
two reports of two events that cite one agency share no participant."""

# Country, demonyms and capital (as a metonym: "Washington said"), one key each.
# General world knowledge in alphabetical order; no entry behaves differently.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "argentina": ("argentina", "argentine", "argentinian", "buenos aires"),
    "australia": ("australia", "australian", "canberra"),
    "brazil": ("brazil", "brazilian", "brazilians", "brasilia", "brasília"),
    "canada": ("canada", "canadian", "ottawa"),
    "chile": ("chile", "chilean", "santiago"),
    "china": ("china", "chinese", "beijing", "prc"),
    "colombia": ("colombia", "colombian", "colombians", "bogota", "bogotá"),
    "cuba": ("cuba", "cuban", "havana"),
    "egypt": ("egypt", "egyptian", "cairo"),
    "european union": ("eu", "e.u", "e.u.", "european union", "brussels"),
    "france": ("france", "french", "paris"),
    "germany": ("germany", "german", "berlin"),
    "india": ("india", "indian", "new delhi"),
    "iran": ("iran", "iranian", "tehran"),
    "israel": ("israel", "israeli", "israelis", "tel aviv", "jerusalem"),
    "italy": ("italy", "italian", "rome"),
    "japan": ("japan", "japanese", "tokyo"),
    "mexico": ("mexico", "mexican", "mexicans", "mexico city"),
    "nigeria": ("nigeria", "nigerian", "abuja"),
    "north korea": ("north korea", "north korean", "pyongyang"),
    "palestine": ("palestine", "palestinian", "palestinians", "gaza"),
    "peru": ("peru", "peruvian", "lima"),
    "russia": ("russia", "russian", "russians", "moscow", "kremlin"),
    "south africa": ("south africa", "south african", "pretoria"),
    "south korea": ("south korea", "south korean", "seoul"),
    "spain": ("spain", "spanish", "madrid"),
    "turkey": ("turkey", "turkish", "ankara", "türkiye"),
    "ukraine": ("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"),
    "united kingdom": ("uk", "u.k", "u.k.", "united kingdom", "britain", "great britain",
                       "british", "london"),
    "united nations": ("un", "u.n", "u.n.", "united nations"),
    "united states": ("us", "u.s", "u.s.", "usa", "u.s.a", "u.s.a.", "united states",
                      "united states of america", "america", "american", "americans",
                      "washington"),
    "venezuela": ("venezuela", "venezuelan", "venezuelans", "caracas"),
}
_ALIAS: dict[str, str] = {alias: key for key, aliases in _COUNTRIES.items() for alias in aliases}

_STATE_NAMES = frozenset(
    "afghanistan albania algeria andorra angola armenia austria azerbaijan bahamas bahrain "
    "bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brunei "
    "bulgaria burundi cambodia cameroon chad comoros congo croatia cyprus czechia denmark "
    "djibouti dominica ecuador eritrea estonia eswatini ethiopia fiji finland gabon gambia "
    "georgia ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland "
    "indonesia iraq ireland jamaica jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan "
    "laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar "
    "malawi malaysia maldives mali malta mauritania mauritius moldova monaco mongolia "
    "montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger "
    "norway oman pakistan palau panama paraguay philippines poland portugal qatar romania "
    "rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia sudan "
    "suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga "
    "tunisia turkmenistan tuvalu uganda uruguay uzbekistan vanuatu vietnam yemen zambia "
    "zimbabwe".split()
) | frozenset({
    "bosnia and herzegovina", "burkina faso", "cape verde", "central african republic",
    "costa rica", "czech republic", "dominican republic", "east timor", "el salvador",
    "equatorial guinea", "guinea-bissau", "hong kong", "ivory coast", "new zealand",
    "north macedonia", "papua new guinea", "puerto rico", "san marino", "saudi arabia",
    "sierra leone", "solomon islands", "south sudan", "sri lanka", "timor-leste",
    "trinidad and tobago", "united arab emirates"})
"""Sovereign states beyond those with aliases above: known places, so a sentence that
opens with one (``Kenya sent tents``) keeps it as a name, and one of two words (``Sri
Lanka``, ``Saudi Arabia``) is no person called Lanka or Arabia."""
_TITLES = frozenset(
    "president vice prime minister secretary senator sen rep representative governor gov "
    "mayor king queen prince princess pope general gen admiral adm colonel col captain "
    "capt dr mr mrs ms prof judge justice chancellor ambassador chief commander director "
    "spokesman spokeswoman spokesperson leader former then foreign defence defense "
    "interior finance deputy acting sheikh emir sir lord lady lieutenant sergeant corporal "
    "marshal inspector superintendent constable detective premier commissioner chair lt "
    "mufti".split()
)
_TITLES_ALONE = _TITLES | frozenset("cardinal archbishop rabbi imam pastor reverend "
                                     "ayatollah patriarch".split())
"""Titles a text may later write alone for the one person it gave them to: ``the
Cardinal``, ``the Minister``."""
_BRAND_TITLES = frozenset({"premier"})
"""Titles that brands take too: a person only with a full name (``Premier Chris Minns``),
not before a single word (``Premier Foods``)."""
_COMPANY_TITLES = frozenset("ceo cfo coo cto founder co-founder cofounder chairman "
                            "chairwoman".split())
"""Titles a company gives (``Apple CEO Tim Cook``): the company before them is a name of
its own."""
_ANY_TITLES = _TITLES | _COMPANY_TITLES
_OFFICE_HEADS = frozenset("examiner officer executive economist strategist scientist "
                          "correspondent analyst editor engineer surgeon physician prosecutor "
                          "attorney counsel coroner auditor administrator".split())
"""Words that end the name of an office, not of a person: ``Chief Medical Examiner``,
``Chief Executive``, ``Chief Economist``."""
_WATERS = frozenset({"gulf", "sea", "bay", "strait", "straits", "cape", "isle", "lake",
                     "port", "mount"})
"""Heads of place names read ``X of Y`` (``Gulf of Mexico``): the country in them is part
of the name, not a separate participant."""
_SAINTS = frozenset({"st", "mt", "ft"})
_ROMANCE_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "il", "lo", "gli"})
"""Articles that open a party's, a paper's or a place's name (``La Libertad Avanza``),
never a person's."""
"""Abbreviations that open a place's name (``St. George``, ``Mt. Everest``, ``Ft. Worth``):
their period ends no sentence there."""
_PLACE_HEADS = frozenset("city town county province island islands bay valley lake river "
                         "beach village district region peninsula coast pradesh oblast krai "
                         "prefecture governorate municipality borough township territory "
                         "canton dam reservoir canal".split())
"""Last words that make a name a place (``Bogo City``, ``Kerr County``), not a body."""
_ORG_WORDS = frozenset(
    "department ministry bank council agency office party army forces force initiative "
    "assembly nations union committee court congress senate house administration "
    "government police commission company corp corporation inc ltd university institute "
    "agence co llc plc gmbh "
    "foundation organization organisation fund service services board authority bureau "
    "navy guard parliament cabinet group association federation league summit report "
    "network times post news agreement accord accords treaty plan programme program list "
    "survey observatory society academy coalition alliance command gallery fc cf afc sc fk "
    "societies brigade brigades battalion battalions regiment militia bros brothers".split()
)
_SKIP_FIRST = frozenset(
    "the a an in on at by for from to of and but or if when while after before since as "
    "it its this that these those he she they we i you his her their our there here "
    "however yet so then also meanwhile despite although though under over with without "
    "during amid according following earlier later now today yesterday tomorrow what why "
    "how who where which not no only many some several most all both each every once "
    "still even just analysts officials critics nonetheless nevertheless moreover "
    "furthermore consequently therefore thus instead indeed besides overall finally "
    "additionally similarly likewise ultimately initially currently recently around about "
    "more fewer less nearly almost roughly approximately another among amongst world born "
    "founded raised based known formerly located early late".split()
)
_PLACE_OPENERS = frozenset("new san santa santo sao são saint st fort port puerto porto "
                           "los las kuala cape lake mount".split())
"""First words of a two-word name that make it a place (``New Orleans``, ``San Marcos``,
``Fort Worth``, ``Kuala Lumpur``), not a company; none is a person's name either."""
_NAME_BREAKERS = _PLACE_OPENERS | frozenset(
    "federal national savings loan trust group holdings capital securities exchange stock "
    "airlines airways motors energy oil gas international general american united royal "
    "central first new north south east west street city county state port island lake "
    "river bay mount hospital school college church club press television radio media "
    "communications systems technologies industries partners fund insurance financial "
    "electric power steel chemical pharmaceutical foods products services airport station "
    "park square bridge road avenue valley coast province region district air express "
    "mosque temple synagogue cathedral basilica shrine "
    "rail railway railways shipping lines builders construction museum hotel tower centre "
    "center market mall stadium harbor harbour oblast krai pradesh prefecture governorate "
    "municipality borough township territory community country republic kingdom canton "
    "research labs ai "
    "laboratories ventures investments solutions consulting software studios pictures "
    "entertainment therapeutics pharmaceuticals pharma sciences analytics management "
    "advisors associates properties realty robotics fire wildfire blaze act series tour "
    "cup games game day time point prize "
    "award awards festival week championship championships open league trophy medal "
    "without against beyond across wrong sur norte oriental occidental peninsula atoll "
    "strait gulf sea ocean mountains northern southern eastern western pacific atlantic "
    "desert canyon islands archipelago land range auto automotive motor global world "
    "digital arts music records electronics sports brands dynamics war wars depression "
    "recession revolution uprising spring crisis genocide massacre famine pandemic "
    "rebellion bowl derby marathon finals prix olympics paralympics star".split()
)
_DESCRIPTORS = frozenset({"flight"})
"""Words that say what a name's thing is (``Jeju Air Flight 2216``); alone, no name, and
closing one they do not change whom it names (``Jeju Air Flight``)."""
_FEAST_ENDS = frozenset({"kippur", "hashanah", "eve", "torah"})
"""Last words of feast days named in two words, shaped like a forename and a surname
(``Yom Kippur``, ``Rosh Hashanah``, ``Christmas Eve``, ``Simchat Torah``)."""
_TRADES = frozenset("carmaker automaker chipmaker drugmaker planemaker shipbuilder retailer "
                    "insurer lender broadcaster publisher miner brewer conglomerate "
                    "startup".split())
"""What a business is, opening a sentence before its name (``Carmaker Kesh Motors on
Thursday announced …``): no part of the name."""
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|across|outside|inside|around)\s+\Z")
"""A preposition of place just before a name."""
_CALENDAR_GLUED = re.compile(
    "(?:" + "|".join(w.title() for w in (*MONTHS, *WEEKDAYS)) + ")-[a-z]+")
"""A month or a day glued by a lost space to the word after it (``in June-heightening
calls``): no name (``Jan-Erik``, ``Mar-a-Lago`` are)."""
_CALENDAR = frozenset(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_NICKNAME = re.compile(r" (?:'[A-Z][a-z]+'|‘[A-Z][a-z]+’|\"[A-Z][a-z]+\"|“[A-Z][a-z]+”) (?=[A-Z])")
"""A one-word nickname in quotation marks between a forename and a surname."""
_PERIOD_LABEL = re.compile(r"(?:Q[1-4]|H[12]|FY\d{2,4}|[1-4]Q)(?:['’]s)?")
"""``Q3``, ``H1``, ``FY2026``: a reporting period, not a name."""
_STAGE_WORDS = frozenset({"category", "level", "phase", "stage"})
_NUMBER_NEXT = re.compile(r"[ \u00a0]\d")
"""``a Category 5 storm``, ``Level 3 alert``: a stage on a scale, not a name."""
_COUNTS = frozenset(w for w in NUMBER_WORDS if " " not in w) - {"a", "an", "one"} \
    | {"dozens", "hundreds", "thousands"}
"""Number words that may open a capitalised run (``Five Secret Service agents``)."""
_COUNTED = re.compile(r"\s+[a-z]{3,}s\b")
_CLOCK_WORDS = frozenset({"am", "pm", "a.m", "p.m", "ct", "mt", *ZONES})
"""What follows a clock time (``12:20 PM``, ``18:02 GMT``, ``10:30 p.m. CT``): part of the
time, not a name."""
_UNIT_WORDS = frozenset("gw mw kw gwh mwh kwh twh km kg mph kph ghz mhz gb tb mb bpd ppm".split())
"""Units written in capitals after a figure (``10 GW``, ``15GW``, ``40 MW``): part of the
figure, not a name."""
_AFTER_DIGIT = re.compile(r"(?:\d|(?:\b|(?<=\d))[ap]\.?m\.?)[ \u00a0]?\(?\Z", re.IGNORECASE)
_ZONE_NAME = re.compile(r"(?:(?:Eastern|Central|Western)(?:\s+European)?|Mountain|Pacific|"
                        r"Atlantic|Greenwich(?:\s+Mean)?|British|Indian|Japan|Korea|China)"
                        r"(?:\s+(?:Standard|Daylight|Summer))?\s+Time\b")
"""A zone spelled out after a clock time (``3:11 a.m. Eastern Time``, ``8am (British
Summer Time)``): part of the time, not a name."""
_ZONE_FIRST = frozenset("Eastern Central Western Mountain Pacific Atlantic Greenwich British "
                        "Indian Japan Korea China".split())
_MODIFIER = re.compile(r"[A-Z][a-z]+-(?!(?:administered|occupied|controlled|held)\b)"
                       r"(?:[a-z]+(?:ed|en|ing)|hit|torn|led|run|struck|owned|based|backed|"
                       r"born|bound|wide)")
"""A compound adjective that may open a capitalised run: ``Drought-hit``, ``War-torn``,
``Iran-backed`` (``Jean-Pierre``, ``al-Sharaa``, ``Bankman-Fried`` are names, and
``Pakistan-administered Kashmir`` is a place of its own)."""
_PLACE_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter|province|region|county|city|"
                          r"town|village|suburb|municipality|governorate)\b")
"""A place's kind written after its name, in lower case: ``the Bab Chabaa district``."""
_CONNECTORS = frozenset({"of", "de", "del", "la", "the", "for", "van", "von", "da", "di", "du",
                         "es", "bin", "al"})
GLUED_PARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|ben|ould)-"
"""The pattern of a lower-case particle hyphened to a surname (``al-``, ``el-``, ``bin-``)."""
_GLUED_PARTICLE = re.compile(GLUED_PARTICLE + r"[A-Z]")
"""A lower-case particle hyphened to a surname: ``al-Ansari``, ``el-Sisi``, ``bin-Salman``."""
_WORD = re.compile(r"(?-i:[A-Z]{1,6}\([A-Z]{1,3}\))(?![\w(])|"
                   r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\wÀ-ÖØ-öø-ÿ.’‘'&\u2010\u2011-]*")
"""A word of a name: letters and digits joined by dots, apostrophes, hyphens and
ampersands, or an acronym with its letter in brackets (``JD(U)``, ``CPI(M)``)."""


_IRREGULAR_COUNTRIES = {
    "thai": "thailand", "thais": "thailand", "filipino": "philippines",
    "filipinos": "philippines", "filipina": "philippines", "filipinas": "philippines",
    "irish": "ireland", "dutch": "netherlands", "swiss": "switzerland", "danes": "denmark",
    "swedes": "sweden", "finns": "finland", "poles": "poland", "turks": "turkey",
    "greeks": "greece", "czechs": "czechia", "slovaks": "slovakia", "croats": "croatia",
    "serbs": "serbia", "afghan": "afghanistan", "afghans": "afghanistan",
    "english": "united kingdom", "scots": "united kingdom",
    "scottish": "united kingdom", "welsh": "united kingdom", "britons": "united kingdom",
}
"""People of a country whose name is not the country's with an ending (``Irish``), and
that country."""
_IRREGULAR_DEMONYMS = frozenset(_IRREGULAR_COUNTRIES) | {"french", "british"}
"""Those, and two that are also a country's alias (``French``, ``British``)."""
_DEMONYM_ENDINGS = ("ians", "ian", "ans", "an", "ns", "n", "is", "i", "ese", "s")
_COUNTRY_WORDS = frozenset(_STATE_NAMES | {w for k in _COUNTRIES for w in (k, *k.split())}) \
    - {"united", "states", "union", "nations", "kingdom", "north", "south"}
"""Country names and the distinctive words of two-word ones (``korea``, ``africa``), not
words any name may hold (``Unions`` are no people)."""


def is_demonym(word: str) -> bool:
    """Whether ``word`` names the people of a country (``Russians``, ``Nepali``,
    ``Argentinian``, ``Irish``): a country's alias, or a country's name with a
    demonym's ending (``Nepal`` + ``i``, ``Korea`` + ``ns``, ``Argentin(a)`` + ``ian``).
    ``Republicans`` and ``Democrats`` are not."""
    low = word.lower()
    if low in _IRREGULAR_DEMONYMS or low.removesuffix("s") in _ALIAS:
        return True
    return any(stem in _COUNTRY_WORDS or f"{stem}a" in _COUNTRY_WORDS
               or f"{stem}o" in _COUNTRY_WORDS
               or (stem.endswith("e") and f"{stem[:-1]}a" in _COUNTRY_WORDS)
               for stem in _demonym_stems(low))


def _demonym_stems(low: str) -> Iterator[str]:
    """What each demonym ending leaves of ``low``, three letters or more (``nepal`` of
    ``nepali``, ``argentin`` of ``argentinian``): the stems a country's name may grow
    from."""
    for ending in _DEMONYM_ENDINGS:
        stem = low.removesuffix(ending)
        if stem != low and len(stem) >= 3:
            yield stem


def country_of(word: str) -> str | None:
    """The country ``word`` names or whose people it names, as one key for all its forms
    (``Thailand``, ``Thai`` and ``Thais`` are ``thailand``; ``Cambodian`` is
    ``cambodia``; ``Washington`` is ``united states``), else ``None``."""
    low = word.lower()
    if low in _ALIAS:
        return _ALIAS[low]
    if low.removesuffix("s") in _ALIAS:
        return _ALIAS[low.removesuffix("s")]
    if low in _STATE_NAMES:
        return low
    if low in _IRREGULAR_COUNTRIES:
        return _IRREGULAR_COUNTRIES[low]
    for stem in _demonym_stems(low):
        for name in (stem, f"{stem}a", f"{stem}o", f"{stem}y", f"{stem}ia", f"{stem}on",
                     f"{stem[:-1]}a" if stem.endswith("e") else stem):
            if name in _STATE_NAMES:
                return name
    return None


def people_key(words: str) -> str:
    """One key for the forms of a people: ``Indians``, ``Indian`` and ``indian`` are
    ``indians``; ``Irish`` and ``Nepalese`` stay as they are."""
    low = " ".join(words.lower().split())
    return low if low.endswith(("s", "ese", "ish", "ch")) else low + "s"


PEOPLE_NOUNS = frozenset(
    "people residents passengers pilgrims workers labourers laborers students children "
    "tourists migrants victims soldiers nationals citizens adults women men girls boys "
    "teenagers".split())
"""Nouns that count people (``40 pilgrims``, ``Indian nationals``)."""
ONE_PEOPLE = {"pupils": "students", "pupil": "student", "schoolchildren": "students",
              "schoolchild": "student", "school children": "students"}
"""Words two reports use for the same people: one report's abducted ``pupils`` are
another's ``students``."""


def nationality_of(noun: str) -> str | None:
    """The people a counted noun phrase names by nationality, as a :func:`people_key`
    (``Indians``, ``Indian nationals``, ``South Korean tourists``: ``indians``,
    ``indians``, ``south koreans``), else ``None``. The demonym must be capitalised:
    ``indian`` in lower case is no nationality."""
    words = noun.split()
    if len(words) > 1 and words[0] in ("South", "North", "New"):
        words = [f"{words[0]} {words[1]}", *words[2:]]
    if not words or not words[0][:1].isupper() or not is_demonym(words[0].split()[-1]):
        return None
    if len(words) > 2 or (len(words) == 2 and words[1].lower() not in PEOPLE_NOUNS):
        return None  # "Indian Ocean states", "Russian tanks"
    return people_key(words[0])


def _known_name(word: str, key: str, named: frozenset[str]) -> bool:
    """Whether a word that opens a sentence is a name: an acronym (``USAID``), a
    country, or capitalised elsewhere in the document, itself or as a longer form
    (``Ruritania`` from ``the Ruritanian ministry``)."""
    if (len(word) > 1 and word.isupper()) or key in _ALIAS or key in _STATE_NAMES \
            or key in named:
        return True
    return len(key) >= 4 and any(n.startswith(key) for n in named)


_SLAVIC_ENDING = re.compile(r"(?<=k)(?:iy|yy|yi)\b")


def one_ending(key: str) -> str:
    """``zelenskyy`` and ``zelenskiy`` as ``zelensky``: one name transliterated in the
    styles of different agencies (AP, Reuters), which must meet as one person."""
    return _SLAVIC_ENDING.sub("y", key) if "k" in key else key


@attrs.frozen
class FoundMention:
    """A mention in text coordinates; its key spells a Slavic name's ending one way
    (:func:`one_ending`)."""

    start: int
    end: int
    key: str = attrs.field(converter=one_ending)
    kind: str


_OWNERS_IN_NAMES = frozenset({"people", "women", "children", "men", "workers", "veterans",
                              "st", "lloyd", "mcdonald", "macy"})
"""Owners that a name keeps (``People's Republic``, ``Children's Hospital``)."""


def _owner_mark(token: str) -> int:
    """How many characters at the end of ``token`` mark an owner: 2 for ``Louvre’s``, 1
    for ``Orleans'``, 0 for none."""
    if token.endswith(("’s", "'s", "‘s")):
        return 2
    return 1 if token.endswith(("s’", "s'")) else 0


def _possessive(token: str) -> bool:
    """Whether a capitalised word is an owner that ends a name (``Orleans'``,
    ``Louvre’s``), not one a name keeps (``People's Republic``)."""
    mark = _owner_mark(token)
    return bool(mark) and token[:-mark].lower().rstrip(".") not in _OWNERS_IN_NAMES


def _is_name(key: str, kind: str) -> bool:
    """Whether a key names anything: not an opening function word or an interjection
    (``'Oh, you just pay'``), nor a lone letter (the "C" of "C$6.5") unless a country's,
    nor a company title alone (``Founder of the Jane Goodall Institute``, ``the CEO``),
    nor a count word alone (``Dubai: Two gunmen opened fire``)."""
    return bool(key) and key not in _SKIP_FIRST and key not in _INTERJECTIONS and (
        len(key) > 1 or kind == "country") and key not in _COMPANY_TITLES \
        and key not in _COUNTS and key not in _GROUPS and key not in _DESCRIPTORS


_INTERJECTIONS = frozenset({"oh", "ah", "okay", "ok", "wow", "hey", "yes"})
_GROUPS = PEOPLE_NOUNS | frozenset(
    "reports witnesses sources experts investigators prosecutors authorities rescuers "
    "doctors scientists researchers protesters demonstrators troops militants lawmakers "
    "legislators voters fans users customers shareholders investors economists observers "
    "diplomats activists families survivors villagers firefighters paramedics officers "
    "medics relatives neighbours neighbors locals".split())
"""People or things in the plural, capitalised only because they open a sentence
(``Reports said``, ``Authorities closed the road``): no name, alone."""
_SAYS_NEXT = re.compile(r"\s+(?:also\s+)?(?:said|says|told|stated|wrote|(?:added|claimed)"
                        r"\s+that)\b")
_NOUN_ENDINGS = ("ers", "ors", "ists", "ives", "ants", "ents", "ians", "ics", "ies", "ees",
                 "tion", "ment", "ness", "ity", "ship")
"""Endings of common nouns that may open a sentence before ``said`` (``Organisers said``,
``Meteorologists said``, ``Executives said``): no name."""
_SAYER_NOUNS = frozenset("police officials spokesman spokeswoman spokesperson military "
                         "army government ministry".split())


def _named_sayer(text: str, end: int, word: str, common: frozenset[str]) -> bool:
    """Whether a lone capitalised word that opens a sentence is a name by what follows
    it: ``Mujahid said Afghan forces killed 58`` (not ``Police said``, ``Officials
    told``, nor a word the text also writes in lower case)."""
    return len(word) > 2 and word not in common and word not in _GROUPS \
        and word not in _SAYER_NOUNS and not word.endswith(_NOUN_ENDINGS) \
        and _SAYS_NEXT.match(text, end) is not None


_I_CONTRACTED = re.compile(r"I['’](?:m|ve|ll|d)[.,;:]?")
"""``I'm``, ``I’ve``: the speaker, not a name."""


def _ends_sentence(token: str) -> bool:
    """Whether a token's final period ends a sentence rather than an abbreviation."""
    if not token.endswith("."):
        return False
    body = token[:-1]
    return "." not in body and len(body) > 1 and body.lower() not in _TITLES


_HYPHENS = str.maketrans("\u2010\u2011", "--")


def _clean(token: str) -> str:
    token = token.rstrip(".,;:").lower()
    if ")" in token:
        token = token.replace("(", "").replace(")", "")  # "JD(U)" is "JDU"
    if (glued := _GLUED_KEY.match(token)) is not None and glued.end() < len(token):
        token = token[glued.end() :]  # "al-Ansari" is keyed as "Al Ansari" is: "ansari"
    return token[: len(token) - _owner_mark(token)]  # "Louvre’s", "Orleans'"


_GLUED_KEY = re.compile(GLUED_PARTICLE + r"(?=[^\W\d_])")


_NAME_SHAPE = re.compile(
    r"(?![^-]*-(?:la|le|les|de|del|du|sur|en|upon|am|im|sous)(?:-|$))"
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*(?<!-inspired)(?<!-backed)(?<!-led)(?<!-based)"
    r"(?<!-linked)(?<!-owned)(?<!-run)(?<!-born)(?<!-era)(?<!-style)(?<!-funded)"
    r"(?<!-controlled)(?<!-affiliated)(?<!-aligned)(?<!-allied)")
"""A word a person's name is made of: letters, joined by a hyphen or an apostrophe
(``Bankman-Fried``, ``O'Neill``, ``Sang-min``), but no place joined by a particle
(``Castilla-La``) and no adjective made of a name (``State-inspired``)."""
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "dbe", "cbe", "obe", "mbe", "kbe",
                       "gbe", "kc", "qc", "mp", "phd"})
"""Generational suffixes and letters after a name (``DBE``, ``MP``, ``PhD``), which follow
a surname and are never one."""


_BACKED = re.compile(r"(?P<name>[^-]{2,})-(?:run|backed|led|controlled|held|owned|based|linked|"
                     r"allied|aligned|affiliated|administered|occupied|funded|sponsored|"
                     r"supported|ruled|governed|winning|nominated)")
"""A name made an adjective of what it runs or backs: ``Taliban-run``, ``Iran-backed``,
``Saudi-led``."""


def normalise_key(words: list[str]) -> tuple[str, str]:
    """The alias-merging key and kind of a name given as its words. An organisation's
    initials are one word, dots or none: ``B.J. Medical College`` is ``BJ Medical
    College``."""
    key, kind = _key_of(words)
    if kind == "org" and "." in key:
        key = _INITIALS.sub(lambda m: m[0].replace(".", ""), key)
    return key, kind


_INITIALS = re.compile(r"(?<!\S)(?:[a-z]\.)+[a-z]\.?(?!\S)")
"""A word of initials, whole between spaces (``b.j``; not the ``u.s.`` of
``u.s.-orla``)."""


def _key_of(words: list[str]) -> tuple[str, str]:
    """The key and kind of :func:`normalise_key`, initials as written."""
    cleaned = [_clean(w).translate(_HYPHENS) for w in words]  # "US‑EAST‑1" = "us-east-1"
    cleaned = [w for w in cleaned if w]
    while len(cleaned) > 1 and cleaned[0] == "the":
        cleaned = cleaned[1:]  # "The Jeju Air" opening a sentence is "Jeju Air"
    while len(cleaned) > 1 and cleaned[-1] in _DESCRIPTORS:
        cleaned = cleaned[:-1]  # "Jeju Air Flight (2216)": the airline's flight
    if not cleaned:
        return "", "other"
    if len(cleaned) == 1 and (backed := _BACKED.fullmatch(cleaned[0])) is not None:
        return normalise_key([backed["name"]])  # "the Taliban-run government": the Taliban
    joined = " ".join(cleaned)
    if joined in _ALIAS:
        return _ALIAS[joined], "country"
    if " " in joined and (state := country_of(joined)) is not None:
        return state, "other"  # "Sri Lanka", "Saudi Arabian": a state, no person
    if len(cleaned) > 1 and cleaned[0] in _SAINTS:
        return joined, "other"  # "St. George", "Mt. Everest": a place, not a person
    if len(cleaned) > 2 and cleaned[0] in _WATERS and cleaned[1] == "of":
        return joined, "other"  # "the Gulf of Mexico", "the Sea of Japan": whole, country and all
    if cleaned[-1] in _SAINTS and len(cleaned) > 1:
        return joined, "other"  # "Main St.": a street
    if len(cleaned) > 2 and any(w in _SAINTS for w in cleaned[1:-1]):
        return joined, "other"  # "Paris St Germain", "Bury St Edmunds": no person
    if len(cleaned) > 1 and cleaned[0] in _ROMANCE_ARTICLES:
        return joined, "other"  # "La Libertad Avanza", "El Paso Times": a name, no surname
    if len(cleaned) > 3 and cleaned[-3] in _TITLES and "of" not in cleaned \
            and cleaned[-1] not in _OFFICE_HEADS and any(
            w in _ORG_WORDS for w in cleaned[:-3]) and all(
            _NAME_SHAPE.fullmatch(w) and w not in _ORG_WORDS and w not in _NAME_BREAKERS
            and w not in _TITLES for w in cleaned[-2:]):
        return cleaned[-1], "person"  # "Army Secretary Christine Wormuth": a person
    if len(cleaned) > 3 and cleaned[0] in _TITLES and "of" in cleaned[1:-2] and all(
            _NAME_SHAPE.fullmatch(w) and w not in _ORG_WORDS and w not in _NAME_BREAKERS
            and w not in _TITLES and w not in _CONNECTORS and w not in _ALIAS
            for w in cleaned[-2:]):
        return cleaned[-1], "person"  # "Deputy Commissioner of Police Kanan Desai"
    if any(w in _ORG_WORDS for w in cleaned):
        # Drop a leading country ("US Department of State") and read "X of Y" as "Y X".
        while len(cleaned) > 1 and (cleaned[0] in _ALIAS or cleaned[0] == "the"):
            cleaned = cleaned[1:]
        if "of" in cleaned and cleaned[0] in _ORG_WORDS:
            i = cleaned.index("of")
            head, tail = cleaned[:i], [w for w in cleaned[i + 1 :] if w != "the"]
            cleaned = tail + head
        return " ".join(cleaned), "org"
    titles = _TITLES
    if len(cleaned) > 2 and cleaned[0] in _COMPANY_TITLES and cleaned[1] != "of":
        titles = _ANY_TITLES  # "Chairman Walter F. Williams", not "CEO of X"
    core = [w for w in cleaned if w not in titles and w not in _ALIAS]
    if len(core) < 2 and any(w in _BRAND_TITLES for w in cleaned):
        # "Premier Inn": a brand; a premier is named in full ("Premier Chris Minns")
        titles = titles - _BRAND_TITLES
        core = [w for w in cleaned if w not in titles and w not in _ALIAS]
    while len(core) > 1 and core[-1] in _SUFFIXES:
        core = core[:-1]  # "Rafael Alejandro IV", "Martin Luther King Jr.": keyed by surname
    if core and core[-1] in _CONNECTORS:
        return joined, "other"  # "Santiago de Cuba": a place named after its country
    if "of" in cleaned and cleaned.index("of") > 0 and all(
            w in titles for w in cleaned[: cleaned.index("of")]) and (
            state := country_of(" ".join(cleaned[cleaned.index("of") + 1 :]))) is not None:
        return state, "country"  # "Former Prime Minister of Kenya": an office of Kenya
    if not core:
        # "President" alone, or "French President": the country is the key.
        countries = [_ALIAS[w] for w in cleaned if w in _ALIAS]
        return (countries[0], "country") if countries else (joined, "other")
    # A title names a person only before the name: "Odisha Chief Secretary" is an
    # office of a place, not a person called Odisha.
    last = max(i for i, w in enumerate(cleaned) if w == core[-1])
    titled = any(w in titles for w in cleaned[:last])

    if not titled and any(w in titles for w in cleaned[last:]):
        return " ".join(cleaned), "other"
    looks_like_a_name = 2 <= len(core) <= 3 and all(
        _NAME_SHAPE.fullmatch(w) and w not in _NAME_BREAKERS for w in core) \
        and core[-1] not in _PLACE_HEADS  # "Bondi Beach", "Three Gorges Dam": places
    if core[-1] in _OFFICE_HEADS:
        return joined, "other"  # "the Chief Medical Examiner": an office, not a person
    if core[-1] in _FEAST_ENDS:
        return joined, "other"  # "Yom Kippur", "Christmas Eve": a feast day, not a person
    if titled and len(core) == 1 and core[0] in _NAME_BREAKERS:
        return joined, "org"  # "General Electric", "General Dynamics": a company
    if titled or looks_like_a_name:
        # "French President Ana Kovac", "Ilse Brandt": a person, keyed by
        # surname so that a later "Kovac" or "Brandt" is the same person.
        return core[-1], "person"
    if len(core) == 1:
        if len(cleaned) > 1 and not titled and len(core[0]) > 2 \
                and core[0] not in _SKIP_FIRST and all(
                    w in _ALIAS and ((len(w) > 3 and "." not in w) or core[0] in _NAME_BREAKERS)
                    for w in cleaned if w != core[0]):
            # "American Airlines", "Air India", "Indian Ocean": a country's word makes
            # the name, which the word left alone would not be (a code such as "U.S."
            # or "DC" only tells whose: "U.S. Coastguard", "Washington DC"; but not
            # before a trade's word: "U.S. Steel" is a company, not steel, and "US Steel"
            # the same one).
            return " ".join(w.replace(".", "") for w in cleaned), "other"
        return core[0], "other"
    if cleaned[-1] in _PLACE_HEADS or (len(core) == 2 and core[0] in _PLACE_OPENERS):
        return joined, "other"  # "Bogo City", "Kerr County", "New Orleans": places
    # "Benjamin Franklin Federal Savings", "New York Stock Exchange": a name in
    # full, never cut to its last word.
    return " ".join(core), "org"


def _employer_split(run: list[str]) -> int | None:
    """Where the person's title starts in a run that names their employer first:
    ``Apple CEO Tim Cook``, ``Supreme Court Justice Ana Kovac`` (an employer with an
    organisation's word); ``None`` when the run is one name (``U.S. District Judge Lewis
    Kaplan``, ``Prime Minister Ana Kovac``)."""
    cleaned = [_clean(w) for w in run]
    titles = _ANY_TITLES
    at = next((k for k, w in enumerate(cleaned) if k and w in titles), None)
    if at is None or any(w in titles or w in _ALIAS for w in cleaned[:at]):
        return None
    last = at
    while last + 1 < len(cleaned) and cleaned[last + 1] in titles:
        last += 1  # "Lieutenant Colonel"
    name = cleaned[last + 1 :]
    if not 2 <= len(name) <= 3 or any(w in titles or w in _ORG_WORDS for w in name) \
            or name[-1] in _OFFICE_HEADS:
        return None
    employer_named = cleaned[at] in _COMPANY_TITLES or any(w in _ORG_WORDS for w in cleaned[:at])
    return at if employer_named else None


_STATE_AFTER = re.compile(r" state\b(?![-’']|\s+(?:of|media|news|television|tv|run|"
                          r"broadcaster|agency|department|government|officials?|council|"
                          r"capital|visit|funeral|secrets?)\b)")
"""A lower-case ``state`` after a place that is the state itself: ``most of them in
Washington state``; not ``the Indian state of``, ``China's state media``."""


_OPENING_PARTICIPLES = frozenset("speaking asked writing talking addressing responding "
                                  "commenting testifying interviewed reached contacted "
                                  "questioned pressed born".split())
"""Participles that open a sentence before its subject (``Speaking to reporters, …``)."""


def _opening_participle(word: str) -> bool:
    """Whether a word opening a sentence is a participle of a verb (``Announced Friday,
    the agreement …``, ``Speaking to reporters, Kovac …``, ``Born Jan. 30, 1941, in
    Lincoln``), not a name (``Beijing``, ``Reading``)."""
    return word in _OPENING_PARTICIPLES or (word.endswith(("ed", "ing"))
                                            and lemma_of(word) is not None)


def find_mentions(
    text: str, start: int = 0, end: int | None = None, *, common: frozenset[str] = frozenset(),
    named: frozenset[str] | None = None,
) -> list[FoundMention]:
    """Find named participants in ``text[start:end]``, each with its alias key.

    Args:
        text: the document text.
        start: where to begin.
        end: where to stop.
        common: words the document also writes in lower case; one of them
            capitalised only because it opens a sentence is not a name.
        named: words the document capitalises inside a sentence or more than
            once, if known. A lone capitalised word that opens a sentence and is
            not among them (``Seasonal rains``, ``Locals told``) is not a name
            either, unless it is an acronym (``USAID``) or a country.
    """
    stop = len(text) if end is None else end
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, stop)]
    out: list[FoundMention] = []
    i = 0
    while i < len(words):
        s, e, w = words[i]
        if not w[0].isupper() or _clean(w) in _CALENDAR or _PERIOD_LABEL.fullmatch(w) \
                or _CALENDAR_GLUED.fullmatch(w) \
                or (w[0] == "I" and _I_CONTRACTED.fullmatch(w)) or (
                _clean(w) in _STAGE_WORDS and _NUMBER_NEXT.match(text, e)) or (
                (_clean(w) in _CLOCK_WORDS or _clean(w) in _UNIT_WORDS)
                and _AFTER_DIGIT.search(text, max(0, s - 6), s)):
            i += 1
            continue
        if w in _ZONE_FIRST and (zone := _ZONE_NAME.match(text, s)) \
                and _AFTER_DIGIT.search(text, max(0, s - 6), s):
            while i < len(words) and words[i][0] < zone.end():
                i += 1
            continue
        at_sentence_start = i == 0 or re.search(r"[.!?:\n“\"]\s*$", text[words[i - 1][1] : s]) \
            or _ends_sentence(words[i - 1][2])  # "debates. On Labor Day": the word's own stop
        # (a colon opens a clause too: "New Delhi: When Ali boarded")
        first_word = _clean(w)
        j = i + 1
        if w in ("A", "An") or (at_sentence_start and first_word in _TRADES and j < len(words)
                                and words[j][2][0].isupper()):
            # "KESHTOWN — An Orla Air jet": an article, wherever the sentence opens;
            # "Carmaker Kesh Motors": what the business is, before its name
            i += 1
            continue
        if "-" in w and all(p in NUMBER_WORDS for p in first_word.split("-")) and not (
                j < len(words) and words[j][2][0].isupper()):
            i += 1  # "Thirty-seven millimetres of rain fell": a number, no name
            continue
        if text[s - 1 : s] == "$" or text[e : e + 1] == "$" or (
                w in ("US", "U.S.") and text[e : e + 2] == " $"):
            # "$US48.7 billion", "HK$3bn", "(US $3,000)": a currency's letters, not a name
            i += 1
            continue
        if at_sentence_start:
            next_capital = j < len(words) and words[j][2][0].isupper()
            starts_run = next_capital and text[e : words[j][0]] in (" ", "\u00a0")
            if (first_word in _SKIP_FIRST and first_word != "the") \
                    or ((first_word in common or first_word in NUMBER_WORDS)
                        and not next_capital) \
                    or (_opening_participle(first_word) and (
                        not next_capital or _clean(words[j][2]) in _CALENDAR)) \
                    or (named is not None and not starts_run
                        and not _known_name(w, first_word, named)
                        and not _named_sayer(text, e, first_word, common)):
                # "In New York Stock Exchange trading", "Nonetheless, ...": an opening
                # preposition or adverb is never part of a name; nor is a lone word
                # capitalised only because it opens the sentence ("Seasonal rains"),
                # nor a number that opens it ("One witness told NDTV").
                i += 1
                continue
        run = [w]
        end_at = e
        title_only: tuple[int, int, int] | None = None
        while j < len(words):
            s2, e2, w2 = words[j]
            if _ends_sentence(run[-1]) and not (len(run) == 1 and _clean(run[0]) in _SAINTS):
                break  # "St. George", "Mt. Everest": the abbreviation opens the name
            nick = _NICKNAME.match(text, end_at)
            if nick is not None and j + 1 < len(words) and words[j + 1][0] == nick.end():
                # "Trevor 'Zyanigh' Whyte": the nickname sits inside the name, and the
                # name goes on to the surname, which keys it
                run.append(words[j + 1][2])
                end_at = words[j + 1][1]
                j += 2
                continue
            gap = text[end_at:s2]
            if gap not in (" ", "\u00a0") or _clean(w2) in _CALENDAR:
                break
            if _possessive(run[-1]) and _clean(w2) not in ("day", "eve"):
                break  # "New Orleans' French Quarter": the owner and the owned
            if w2[0].isupper() or _GLUED_PARTICLE.match(w2):
                # "Majed al-Ansari": a particle glued to the surname is part of the name
                run.append(w2)
                end_at = e2
                j += 1
                continue
            if w2 in _CONNECTORS and j + 1 < len(words) and words[j + 1][2][0].isupper() \
                    and text[e2 : words[j + 1][0]] == " ":
                run.extend([w2, words[j + 1][2]])
                end_at = words[j + 1][1]
                j += 2
                continue
            if w2 == "of" and j + 2 < len(words) and words[j + 1][2] == "the" \
                    and words[j + 2][2][0].isupper() and _clean(run[-1]) in _ORG_WORDS \
                    and text[e2 : words[j + 2][0]] == " the ":
                # "the Office of the Chief Medical Examiner", "the Ministry of the
                # Interior": an organisation and what it is of, one name
                run.extend([w2, "the", words[j + 2][2]])
                end_at = words[j + 2][1]
                j += 3
                continue
            if w2 == "of" and j + 2 < len(words) and words[j + 1][2] == "the" \
                    and words[j + 2][2][0].isupper() and all(_clean(r) in _TITLES for r in run) \
                    and text[e2 : words[j + 2][0]] == " the ":
                # "Leader of the Opposition Ana Kovac", "Minister of the Interior": the
                # title and what it is of belong to the name that follows.
                title_only = (len(run), end_at, j)
                run.extend([w2, "the", words[j + 2][2]])
                end_at = words[j + 2][1]
                j += 3
                continue
            break
        if title_only is not None and len(run) - title_only[0] < 5:
            # "Minister of the Crown": no name follows what the title is of.
            run = run[: title_only[0]]
            end_at, j = title_only[1], title_only[2]
        if len(run) > 1 and _clean(run[0]) in _COUNTS and _COUNTED.match(text, end_at):
            # "Five Secret Service agents": the count is no part of the name, which
            # names the kind of thing counted ("Three Gorges Dam" keeps its number)
            run = run[1:]
            s = words[i + 1][0]
        lead = int(_clean(run[0]) == "the")
        if len(run) > lead + 1 and _MODIFIER.fullmatch(run[lead]):
            # "Drought-hit Morocco", "War-torn Sudan", "the Iran-backed Houthis": a
            # modifier before the name, no part of it (run[k] is words[base + k])
            base = i + (words[i][0] != s)
            run = run[lead + 1 :]
            s = words[base + lead + 1][0]
        if (split := _employer_split(run)) is not None:
            # "Crypto Council for Innovation CEO Sheila Warren": the employer, then
            # the person with their title (run[k] is words[base + k])
            base = i + (words[i][0] != s)
            key, kind = normalise_key(run[:split])
            if kind == "person":  # "Action Aviation": no one's name
                key, kind = " ".join(_clean(w) for w in run[:split]), "org"
            if split > 1 or key not in _ORG_WORDS:  # "Union Minister": no employer named
                out.append(FoundMention(s, words[base + split - 1][1], key, kind))
            run, s = run[split:], words[base + split][0]
        # Split "French President Ana Kovac" into the country and the person
        # when a demonym opens a longer run.
        first = _clean(run[0])
        if len(run) > 1 and first in _ALIAS and _clean(run[1]) in _TITLES | {"government"}:
            out.append(FoundMention(s, e, _ALIAS[first], "country"))
        key, kind = normalise_key(run)
        if kind == "country" and _STATE_AFTER.match(text, end_at) and not text[
                end_at - 2 : end_at].endswith(("'s", "’s")):
            # "most of them in Washington state": the state, not the capital's country
            key, kind = f"{_clean(run[-1])} state", "other"
        if kind == "person" and _PLACE_AFTER.match(text, end_at):
            # "the historic Bab Chabaa district": a place, never a person whose spelling
            # another report's "Bab Chaba" would dispute (keyed as the name is without
            # its "district", so that the two meet)
            kind = "other"
        if kind == "person" and len(key) <= 2 and len(run) > 1 \
                and _LOCATIVE_BEFORE.search(text, max(0, s - 8), s) \
                and not run[-1].endswith(("'s", "’s")):
            # "a fire in Tai Po": a place, not a person, though keyed as another report's
            # "Tai Po fire" is, so that the two meet
            kind = "other"
        span_end = end_at
        raw = text[s:span_end]
        trimmed = raw.rstrip(",;:")
        if _ends_sentence(trimmed.split()[-1]):
            trimmed = trimmed[:-1]  # "Mt. Everest.", "the U.S. Senate." closing a sentence
        if _is_name(key, kind):
            out.append(FoundMention(s, s + len(trimmed) - _owner_mark(trimmed), key, kind))
        i = j
    return out


def first_surnames(text: str, mentions_by: dict[int, list[FoundMention]]) -> None:
    """Key a person named in three words or more by the second-to-last word when the
    text writes that word alone and never the last: ``Rodrigo Paz Pereira won``, then
    ``Paz defeated``, is Paz (a first surname, which Spanish names are called by), as
    other reports name him. ``mentions_by`` holds each sentence's mentions; changed in
    place."""
    alone = {m.key for found in mentions_by.values() for m in found
             if " " not in text[m.start : m.end].strip()}
    for found in mentions_by.values():
        for n, m in enumerate(found):
            if m.kind != "person" or m.key in alone:
                continue
            words = [_clean(w) for w in _WORD.findall(text, m.start, m.end)]
            if len(words) >= 3 and words[-1] == m.key and words[-2] in alone:
                found[n] = attrs.evolve(m, key=words[-2])


def known_people(text: str, mentions_by: dict[int, list[FoundMention]]) -> None:
    """Take a name written alone for the person the text has named in full: the surname
    (``Oli submitted his resignation``, after ``Prime Minister K.P. Sharma Oli``) is that
    person; so is the title that opened one person's full name and only one's (``the
    Cardinal said``, after ``Cardinal Kevin Farrell``; not ``the President`` in a text of
    two presidents). ``mentions_by`` holds each sentence's mentions; changed in place."""
    people = {m.key for found in mentions_by.values() for m in found if m.kind == "person"}
    openers: dict[str, set[str]] = {}
    for i in sorted(mentions_by):
        found = mentions_by[i]
        for n, m in enumerate(found):
            words = _WORD.findall(text, m.start, m.end)
            if m.kind == "person" and len(words) > 1 and (
                    opener := _clean(words[0])) in _TITLES_ALONE:
                openers.setdefault(opener, set()).add(m.key)
            elif m.kind == "other" and m.key in people:
                found[n] = attrs.evolve(m, kind="person")
            elif m.kind == "other" and len(whose := openers.get(m.key, set())) == 1:
                found[n] = attrs.evolve(m, key=next(iter(whose)), kind="person")


_DATELINE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*)?\s*(?:\([^()\n]{1,40}\))?\s*[—–:]|"
                             r"\s*\([^()\n]{1,40}\)\s+-{1,2}\s")


def is_dateline(text: str, m: FoundMention) -> bool:
    """Whether ``m`` is the place of a dateline opening a paragraph (``NEW YORK (AP) —``,
    ``KESH, Orla —``): where the report was filed, never who acted or spoke."""
    if _DATELINE_AFTER.match(text, m.end) is None:
        return False
    line = text.rfind("\n", 0, m.start) + 1
    return not text[line : m.start].strip()


def name_words(text: str, mentions: list[FoundMention]) -> frozenset[str]:
    """The words of the names ``mentions`` write, cleaned (``Louvre Museum``: ``louvre``,
    ``museum``): what a Title Case headline may take a name from."""
    return frozenset(_clean(w) for m in mentions
                     for w in _WORD.findall(text, m.start, m.end))


def known_names(text: str, start: int, end: int, known: frozenset[str]) -> list[FoundMention]:
    """The names of a Title Case headline in ``text[start:end]``, where every word is
    capitalised: the longest runs of words the article's prose also writes in names
    (``known``, from :func:`name_words`). ``U.S. Army Veteran Kills 15 In Deadly Truck
    Attack In New Orleans`` names the ``U.S. Army`` and ``New Orleans``; ``Heist at the
    Louvre`` names the Louvre when the prose writes ``the Louvre Museum``."""
    out: list[FoundMention] = []
    for m in find_mentions(text, start, end):
        run: list[tuple[int, int, str]] = []
        for w in [*_WORD.finditer(text, m.start, m.end), None]:
            if w is not None and _clean(w.group(0)) in known:
                run.append((w.start(), w.end(), w.group(0)))
                continue
            if run:
                key, kind = normalise_key([r[2] for r in run])
                if _is_name(key, kind):
                    out.append(FoundMention(run[0][0],
                                            run[-1][1] - _owner_mark(run[-1][2]), key, kind))
                run = []
    return out
