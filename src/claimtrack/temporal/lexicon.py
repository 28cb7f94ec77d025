"""Words of time: month and weekday names, number words, units.

Kept apart from the grammar so the regular expressions read as structure and
the vocabulary can grow without touching them.
"""

from __future__ import annotations

__all__ = [
    "MONTHS",
    "MONTH_ALIASES",
    "NUMBER_WORDS",
    "ORDINALS",
    "SEASONS",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_ALIASES",
    "fuzzy_month",
    "number_value",
]

MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)

MONTH_ALIASES: dict[str, int] = {name: i + 1 for i, name in enumerate(MONTHS)}
MONTH_ALIASES.update(
    {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    }
)

WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
WEEKDAY_ALIASES: dict[str, int] = {name: i for i, name in enumerate(WEEKDAYS)}
WEEKDAY_ALIASES.update(
    {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
     "fri": 4, "sat": 5, "sun": 6}
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2, "a pair of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0, "a half": 0,
}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "final": 4, "last": 4,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W2", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "centurie": "CE", "millennium": "ML",
    "hr": "H", "sec": "S", "yr": "Y", "wk": "W",
}
"""Unit word (singular, as the grammar captures it; web pages' ``2 hrs ago`` too) to
TIMEX3 duration letter."""


def number_value(word: str) -> int | None:
    """Read a count written in digits or words (``3``, ``three``, ``twenty-four``)."""
    w = word.lower().replace(",", "").strip()
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    parts = [p for p in w.replace("-", " ").split() if p != "and"]
    if "hundred" in parts:
        # "two hundred fifty", "Two-hundred and fifty", "(a) hundred and twenty"
        k = parts.index("hundred")
        head = _below_hundred(parts[:k]) if k else 1
        tail = _below_hundred(parts[k + 1 :])
        if head is not None and 0 < head < 10 and tail is not None:
            return head * 100 + tail
        return None
    return _below_hundred(parts) if len(parts) == 2 else None


def _below_hundred(parts: list[str]) -> int | None:
    """``[]`` (nothing), ``["seven"]`` or ``["twenty", "four"]`` as a number under 100."""
    if not parts:
        return 0
    if len(parts) == 1:
        n = NUMBER_WORDS.get(parts[0])
        return n if n is not None and n < 100 and parts[0] not in ("dozen", "a dozen") \
            else None
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, ones = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens % 10 == 0 and 20 <= tens < 100 and 0 < ones < 10:
            return tens + ones
    return None


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    """Whether the Levenshtein distance of ``a`` and ``b`` is at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def fuzzy_month(word: str) -> int | None:
    """Read a misspelt full month name (``Septmber``, ``Febuary``), or ``None``.

    Accepts one edit for names of up to six letters and two for longer ones,
    with the first letter unchanged, and only when exactly one month is that
    close, so ``Mary``, ``Jane`` or ``remember`` never become months.
    """
    w = word.lower()
    if len(w) < 4 or w in MONTH_ALIASES:
        return None
    # Misspellings rarely touch the first letter: "remember" is not "december".
    hits = [
        i + 1
        for i, name in enumerate(MONTHS)
        if len(name) >= 5 and w[0] == name[0]
        and _edit_distance_at_most(w, name, 1 if len(name) <= 6 else 2)
    ]
    return hits[0] if len(hits) == 1 else None
