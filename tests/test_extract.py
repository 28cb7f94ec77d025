"""Claim extraction: sentences, quantities, quotes, participants, events, claims."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import document_from_text, find_dates, load
from claimtrack.extract import extract_claims
from claimtrack.extract.entities import find_mentions
from claimtrack.extract.lexicon import EVENT_CLASSES
from claimtrack.extract.quantities import find_quantities
from claimtrack.extract.sentences import LONGEST_SENTENCE, sentences
from claimtrack.ingest.metadata import Metadata
from claimtrack.report.claims import render_claims_json, render_claims_table

from .strategies import texts


def _speakers(text: str) -> dict[str, str | None]:
    """Each quote of ``text`` with the key of its speaker (``None``: unattributed)."""
    return {c.quote.span.text: c.quote.speaker.key if c.quote.speaker else None
            for c in extract_claims(_doc(text)) if c.quote is not None}


def _event_dates(text: str) -> dict[str, list[str]]:
    """Each event of ``text`` that its claims date, with the values of those dates."""
    return {c.event.predicate: [d.value for d in c.dates]
            for c in extract_claims(_doc(text)) if c.event is not None and c.dates}


def _doc(text: str, published: dt.date | None = dt.date(2026, 3, 14)):  # type: ignore[no-untyped-def]
    return document_from_text(text, "t", metadata=Metadata(published=published))


class TestSentences:
    def test_abbreviations_and_headlines(self) -> None:
        """U.S., Dr., Oct. and initials do not end sentences; a line break does."""
        text = "Headline without stop\nThe U.S. said on Oct. 5 that Dr. J. K. Smith left. He went home."
        got = [text[a:b] for a, b in sentences(text)]
        assert got == ["Headline without stop",
                       "The U.S. said on Oct. 5 that Dr. J. K. Smith left.", "He went home."]

    def test_a_run_without_a_stop_is_cut_into_bounded_sentences(self) -> None:
        """A scraped table or hostile input with no full stop for 40,000 characters is
        cut at commas into sentences of at most LONGEST_SENTENCE characters, which
        together give back every word, so the work per sentence stays bounded."""
        text = "On Monday, " + "in the wake of the attacks of April 22, " * 1000 + "26 died."
        spans = list(sentences(text))
        assert max(b - a for a, b in spans) <= LONGEST_SENTENCE
        assert " ".join(text[a:b] for a, b in spans).split() == text.split()
        assert all(text[a:b].endswith(",") for a, b in spans[:-1])

    @pytest.mark.parametrize(("text", "parts"), [
        ("The star died at age 89.Kovac died in his sleep early Tuesday.",
         ["The star died at age 89.", "Kovac died in his sleep early Tuesday."]),
        ("He cited his publicist.His death was announced.",
         ["He cited his publicist.", "His death was announced."]),
        # an abbreviation glued to a name, or a site's address, is no sentence's end
        ("Visit St.Louis today.", ["Visit St.Louis today."]),
        ("Go to www.Orla.com now.", ["Go to www.Orla.com now."]),
    ])
    def test_a_stop_glued_to_any_capitalised_word(self, text: str, parts: list[str]) -> None:
        """Scraped text loses the space after a stop ('age 89.Kovac died'): any
        capitalised word and a lower-case one after it open the next sentence."""
        assert [text[a:b] for a, b in sentences(text)] == parts

    def test_initials_run_together(self) -> None:
        """'Prime Minister K.P. Sharma Oli resigned': initials written without spaces
        do not end a sentence; 'the U.A.E. The next day' still does."""
        text = "Prime Minister K.P. Sharma Oli resigned. He flew to the U.A.E. The next day he left."
        assert [text[a:b] for a, b in sentences(text)] == [
            "Prime Minister K.P. Sharma Oli resigned.", "He flew to the U.A.E.",
            "The next day he left."]

    def test_a_clock_glued_to_its_abbreviation(self) -> None:
        """'around 1:30a.m. Tuesday' does not end a sentence at 'a.m.': the time and its
        day stay together (a weekday after the stop is no new sentence)."""
        text = "The ferry left Kesh around 1:30a.m. Tuesday, officials said. It sank."
        assert [text[a:b] for a, b in sentences(text)] == [
            "The ferry left Kesh around 1:30a.m. Tuesday, officials said.", "It sank."]

    def test_a_stop_glued_to_the_next_sentence(self) -> None:
        """Scraped pages lose the space after a stop ('in Tolva.The main party said'):
        a common sentence opener glued to a word's stop still starts a sentence, and a
        stop inside a name ('Orla.com', 'U.S.A') still does not."""
        text = ("Protests hit Kesh and Tolva.The main party said 40 died. Orla.com and "
                "U.S.A officials left.")
        assert [text[a:b] for a, b in sentences(text)] == [
            "Protests hit Kesh and Tolva.", "The main party said 40 died.",
            "Orla.com and U.S.A officials left."]

    def test_a_unit_ending_a_sentence(self) -> None:
        """'moving toward Orla at about 7 km/h. Orlan authorities began': the 'h' of a
        unit is no initial, so its stop ends the sentence; 'J. K. Rowling' still runs on."""
        text = "It moved toward Orla at about 7 km/h. Orlan officials met J. K. Rowling."
        assert [text[a:b] for a, b in sentences(text)] == [
            "It moved toward Orla at about 7 km/h.", "Orlan officials met J. K. Rowling."]

    @given(texts)
    def test_spans_are_exact_and_ordered(self, text: str) -> None:
        """Sentence offsets are in order, inside the text, and trimmed of white space."""
        last = 0
        for a, b in sentences(text):
            assert last <= a < b <= len(text)
            assert not text[a].isspace()
            assert not text[b - 1].isspace()
            last = b


class TestQuantities:
    @pytest.mark.parametrize(
        ("text", "value", "unit", "low", "high"),
        [
            ("In 2023 alone, $743 million in aid", 743e6, "USD", 743e6, 743e6),
            ("paid 2.5 billion euros a year", 2.5e9, "EUR", 2.5e9, 2.5e9),
            ("a fine of €40m", 40e6, "EUR", 40e6, 40e6),
            # Other dollars, as Australian, Canadian and Hong Kong papers write them.
            ("a deal worth $US48.7 billion", 48.7e9, "USD", 48.7e9, 48.7e9),
            ("or $A74.5 billion", 74.5e9, "AUD", 74.5e9, 74.5e9),
            ("a fine of A$5 million", 5e6, "AUD", 5e6, 5e6),
            ("a C$60 billion deal", 60e9, "CAD", 60e9, 60e9),
            ("HK$3bn in loans", 3e9, "HKD", 3e9, 3e9),
            ("a $6B share sale", 6e9, "USD", 6e9, 6e9),
            ("a $1.2T market value", 1.2e12, "USD", 1.2e12, 1.2e12),
            # A letter apart from the figure is no scale: "$5 t-shirts" cost $5.
            ("$5 t-shirts", 5, "USD", 5, 5),
            ("The $44-billion acquisition closed", 44e9, "USD", 44e9, 44e9),
            ("at least 19 people died", 19, "dead", 19, float("inf")),
            ("from over 163,000 hectares", 163000, "hectares", 163000, float("inf")),
            ("to under 50,000 by then", 50000, "", 0, 50000),
            ("twelve ships sailed", 12, "ships", 12, 12),
            # a lone "m" after a figure is metres; "40m people" counts millions of people
            ("Tsunami waves up to 4 m were reported", 4, "meters", 0, 4),
            ("a wave of 1.3 m was recorded", 1.3, "meters", 1.3, 1.3),
            ("surges of 3-4 m in Kesh", 3, "meters", 3, 4),
            ("a 100m sprint", 100, "meters", 100, 100),
            ("raised €40m in 2024", 40e6, "EUR", 40e6, 40e6),
            # "inched up to 4.4%" is 4.4%, not at most 4.4%; a signed figure is signed.
            ("the jobless rate inched up to 4.4%", 4.4, "percent", 4.4, 4.4),
            ("August totals were revised to -4,000 jobs", -4000, "jobs", -4000, -4000),
            # Mixed numbers and fractions set as one character.
            ("He pitched 17 2/3 innings", 17.6667, "innings", 17.6667, 17.6667),
            ("it rose 5½ percent", 5.5, "percent", 5.5, 5.5),
            # Hundreds in words, hyphened or not, with or without "and".
            ("two hundred fifty people died", 250, "dead", 250, 250),
            ("Two-hundred and fifty people died", 250, "dead", 250, 250),
            ("a hundred and twenty ships sailed", 120, "ships", 120, 120),
            ("a fine of five hundred thousand dollars", 5e5, "USD", 5e5, 5e5),
            # "over" after "handed", "took" is the verb's particle, not "more than".
            ("Kesh handed over thirteen captives", 13, "captives", 13, 13),
            ("flooding more than half a dozen villages", 6, "villages", 6, float("inf")),
            # A bare count listed before counted things counts them too; a margin is
            # how far apart two counts are.
            ("the allies won 16 and 12 seats", 16, "seats", 16, 16),
            ("it won 20 out of 21 seats in Orla", 20, "seats", 20, 20),
            ("Kovac defeated Hale by 6,553 votes", 6553, "votes margin", 6553, 6553),
            # "recover" does not end in the qualifier "over".
            ("rescuers managed to recover 32 bodies", 32, "bodies", 32, 32),
            ("a 25% tariff", 25, "percent", 25, 25),
            # The harmed are counted by their harm, so a toll meets a toll and the
            # injured stay apart; a count from one place is a part of the whole.
            ("killed 61 and more than 150 injured", 61, "dead", 61, 61),
            ("Kesh militia massacres 460 at Orla hospital", 460, "dead", 460, 460),
            # A vote's split counts the votes that carried it; a score is no split.
            ("Their votes created a 4-1 majority", 4, "votes in favour", 4, 4),
            ("By a vote of six to three, the court ruled", 6, "votes in favour", 6, 6),
            ("the Assembly rejected the motion by 364 votes to 194", 364, "votes in favour",
             364, 364),
            # One sum of money whose scale is written once, at its end.
            ("the €700–800 million plan", 7e8, "EUR", 7e8, 8e8),
            ("guidance that sees revenue of $2.89-3.01B", 2.89e9, "USD", 2.89e9, 3.01e9),
            ("set to add $220–$243 billion in market value", 2.2e11, "USD", 2.2e11,
             2.43e11),
            # the hedge before the range keeps its width, and "US$" its sign
            ("about €700–800 million", 7e8, "EUR", 6.3e8, 8e8),
            ("US$700-800 million", 7e8, "USD", 7e8, 8e8),
            ("more than 150 injured in the crash", 150, "injured", 150, float("inf")),
            ("leaving 38 others wounded", 38, "injured", 38, 38),
            ("97 dead and counting", 97, "dead", 97, 97),
            ("the regional commissioner put the death toll at 86", 86, "dead", 86, 86),
            ("The death toll in the coastal city of Orla in Kesh has soared to 11,300", 11300,
             "dead", 11300, 11300),
            ("the number of deaths in Orla as a result of the storm exceeded 5,300 people",
             5300, "dead", 5300, float("inf")),
            # A new clause ends the toll: the 14 are coaches, not the dead.
            ("The death toll was expected to rise because workers had yet to reach 14 "
             "of the coaches", 14, "", 14, 14),
            ("more than 140 died in the collision", 140, "dead", 140, float("inf")),
            ("Seven deceased from Orla", 7, "dead from orla", 7, 7),
            ("they stole eight pieces from the Orla museum", 8, "pieces", 8, 8),
            ("By then five people are dead, while", 5, "dead", 5, 5),
            ("with 279 people still unaccounted for", 279, "missing", 279, 279),
            ("Some 279 residents remain missing", 279, "missing", 279 * 0.9, 279 * 1.1),
            ("with 23 people reported missing", 23, "missing", 23, 23),
            ("12 people feared dead after the storm", 12, "dead", 12, 12),
            ("while 40 victims died at the scene", 40, "dead", 40, 40),
            ("the Kesh Fire Service confirmed 13 fatalities", 13, "dead", 13, 13),
            ("resulting in the deaths of at least 13 people", 13, "dead", 13, float("inf")),
            ("the blaze has claimed 44 lives and left", 44, "dead", 44, 44),
            ("Another 15 people sustained injuries", 15, "injured", 15, 15),
            ("dozens were injured", 24, "injured", 24, 143),
            # A figure quoted as its sayer's still counts the noun after the quote.
            ('said "around 700" people have been killed', 700, "dead", 630, 770.0000000000001),
            ("“about 700” people have died", 700, "dead", 630, 770.0000000000001),
            # The abducted are counted as the harmed are; pupils are students.
            ("at least 25 students were abducted", 25, "abducted students", 25, math.inf),
            ("gunmen kidnapped 315 students and teachers from a school", 315, "abducted",
             315, 315),
            ("303 school children were taken hostage", 303, "abducted students", 303, 303),
            # A count of two peoples together is of all of them.
            ("40 soldiers and civilians were killed", 40, "dead", 40, 40),
            # A vague count counts what follows its "of", not a larger number.
            ("said that hundreds of people had been killed", 200, "dead", 200, 999),
            ("Dozens of homes were destroyed", 24, "homes", 24, 143),
            ("the uprising that claimed hundreds of lives", 200, "dead", 200, 999),
            ("said 119 people were confirmed dead", 119, "dead", 119, 119),
            ("40 more are feared to be dead", 40, "dead", 40, 40),
            ("with 3,408 people injured and 139 missing", 3408, "injured", 3408, 3408),
            ("so far six people have been found dead", 6, "dead", 6, 6),
            ("with 40 people killed in the blast", 40, "dead", 40, 40),
            ("and over 50 have been hospitalized", 50, "injured", 50, float("inf")),
            ("The authorities have raised the death toll to 115 this Saturday", 115, "dead",
             115, 115),
            ("The number of people killed in the fire is estimated to be 49", 49, "dead",
             49, 49),
            ("the 30-storey tower collapsed", 30, "storeys", 30, 30),
            ("a 33-story building under construction", 33, "storeys", 33, 33),
            ("the block is 32 storeys high", 32, "storeys", 32, 32),
            # The people a craft carried, however it is named.
            ("there were 80 passengers on the flight", 80, "people aboard", 80, 80),
            # A count written as a modifier counts the noun it modifies.
            ("they filed an 84-page appeal", 84, "pages", 84, 84),
            ("a three-man crew flew it", 3, "men", 3, 3),
            # A body's size is a whole, never a count of some of its members.
            ("the nine-member committee voted", 9, "members in all", 9, 9),
            ("a 2-party system", 2, "parties", 2, 2),
            # A grade is no count.
            ("a 5-alarm fire broke out", 5, "", 5, 5),
            # "stories" alone are more often news stories than floors.
            ("she filed two stories that day", 2, "stories", 2, 2),
            # A bare "killed" with an object is an act, not a toll.
            ("the 12 gunmen killed a guard", 12, "gunmen", 12, 12),
            ("searching for as many as seven people", 7, "people", 0, 7),
            # "No less than" is a floor, "no more than" a ceiling: not "less than".
            ("No less than five individuals were murdered", 5, "people", 5, math.inf),
            ("no more than 30 people were inside", 30, "people", 0, 30),
            ("searching for two dozen children", 24, "children", 24, 24),
            # Lengths, heights and speeds, written as modifiers or glued to the unit.
            ("The 948-foot vessel struck the bridge", 948, "feet", 948, 948),
            ("a 985ft container ship", 985, "feet", 985, 985),
            ("nearly 10 inches of rain fell", 10, "inches", 9, 10),
            ("a 12-inch pipe burst", 12, "inches", 12, 12),
            ("a 1.6-mile-long, 185-foot-high structure", 1.6, "miles", 1.6, 1.6),
            ("The giant ship, 984 feet in length, drifted", 984, "feet", 984, 984),
            ("moving at about 9 miles per hour", 9, "miles per hour", 9 * 0.9, 9 * 1.1),
            ("gusts of 120 km/h", 120, "kilometers per hour", 120, 120),
            ("a 400mm rainfall", 400, "millimeters", 400, 400),
            # A magnitude on the Richter scale, however the quake is named.
            ("The network measured it at 7 on the Richter scale.", 7, "magnitude", 7, 7),
            ("a magnitude of 7 degrees on the Richter scale", 7, "magnitude", 7, 7),
            ("The magnitude-7.6 quake destroyed houses", 7.6, "magnitude", 7.6, 7.6),
            # Basis points and shares of a point, in the percentage points they are.
            ("cut rates by 50 basis points", 0.5, "percentage points", 0.5, 0.5),
            ("expects another 25-basis-point cut", 0.25, "percentage points", 0.25, 0.25),
            ("cut by half a percentage point", 0.5, "percentage points", 0.5, 0.5),
            ("favored a quarter-point cut", 0.25, "percentage points", 0.25, 0.25),
            ("rates rose by three quarters of a point", 0.75, "percentage points", 0.75,
             0.75),
        ],
    )
    def test_values_units_and_intervals(
        self, text: str, value: float, unit: str, low: float, high: float
    ) -> None:
        """Money, counts, measures and percentages with qualifiers as intervals."""
        found = [q for q in find_quantities(text) if not 1900 <= q.value <= 2100]
        assert found
        q = found[0]
        assert (q.value, q.unit, q.low, q.high) == (value, unit, low, high)

    @pytest.mark.parametrize(("text", "span", "per"), [
        ("Orla Motors makes about 1,000 cars per day.", "about 1,000 cars per day", "day"),
        ("its usual output of 1,000 cars a week", "1,000 cars a week", "week"),
        ("Kesh is losing an estimated £50 million weekly.", "an estimated £50 million weekly",
         "week"),
        ("It loses about £5 million a day.", "about £5 million a day", "day"),
        ("a dividend of $5 a share", "$5 a share", "share"),
        # a harm's count is a toll, never a rate of one
        ("19 people died a day", "19 people", None),
    ])
    def test_rates(self, text: str, span: str, per: str | None) -> None:
        """A figure given per day, week or year (or, for money, per share) is a rate: the
        period is part of it and of its span."""
        (q,) = [q for q in find_quantities(text) if not 1900 <= q.value <= 2100]
        assert (text[q.start : q.end], q.per) == (span, per)

    @pytest.mark.parametrize(("text", "units"), [
        ("215 pupils and 12 teachers were abducted by the gunmen.",
         ["abducted students", "abducted teachers"]),
        ("the clashes left five soldiers and eight civilians dead",
         ["dead soldiers", "dead civilians"]),
    ])
    def test_groups_listed_before_the_harmed_were_harmed_alike(self, text: str,
                                                              units: list[str]) -> None:
        """'215 pupils and 12 teachers were abducted': the verb after the last group
        tells what befell each group of the list, and neither is the whole."""
        assert [q.unit for q in find_quantities(text)] == units

    def test_a_bare_tally_takes_the_unit_before_it(self) -> None:
        """'The Kesh Party, which had contested 110 seats, won 74': the bare 74 counts
        seats won, the 110 seats contested; 'Hale won 40 votes. Kovac won 12' across a
        full stop takes nothing."""
        text = "The Kesh Party, which had contested 110 seats, won 74 while Orla won only 43."
        assert [q.unit for q in find_quantities(text)] == ["seats contested", "seats", "seats"]
        assert [q.unit for q in find_quantities("Hale won 40 votes. Kovac won 12.")] == [
            "votes", ""]
        # a list of places after a toll of one: each counts the dead of its own
        text = ("The official said 30 died in Orla City, the epicentre, 10 in Kesh town, "
                "22 in Varna town. Hale won 40 votes, 12 in Kesh.")
        assert [q.unit for q in find_quantities(text)] == ["dead", "dead", "dead", "votes", ""]

    def test_half_a_point_elsewhere_is_no_percentage(self) -> None:
        """A chess player's 'half a point' names no rate: no figure."""
        assert find_quantities("Kovac won half a point against Hale.") == []

    def test_age(self) -> None:
        """'Maria Lopez, 61, said' reads 61 as an age."""
        q = find_quantities("Maria Lopez, 61, said the water rose.")[0]
        assert (q.value, q.kind) == (61, "age")
        # Many papers put the age in brackets after the name.
        q = find_quantities("One victim, Anil Varma (26), was from Orla.")[0]
        assert (q.value, q.kind) == (26, "age")
        assert [q.kind for q in find_quantities("The coaches (14) were old.")] == ["count"]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Aged 69 and born in Orla, Kovac rarely speaks in public.", 69),
            ("Hale, who died on April 21 at age 88, led the order for years.", 88),
            ("Kovac retired at the age of 61 last spring.", 61),
            ("Hale passed away last month at 88, the order said.", 88),
        ],
    )
    def test_an_age_named_before_it(self, text: str, value: float) -> None:
        """'aged 69', 'at the age of 61', and the age a death ends at ('died … at age
        88', 'passed away … at 88') are ages, never a count of the dead."""
        dates = [(e.start, e.end) for e in find_dates(text)]
        (q,) = find_quantities(text, exclude=dates)
        assert (q.value, q.kind, q.unit) == (value, "age", "years")

    @pytest.mark.parametrize(("text", "value", "unit"), [
        ("An estimated 1.75 crore people had gathered at Orla.", 17_500_000, "people"),
        ("About 5 lakh pilgrims reached Tolva.", 500_000, "pilgrims"),
        ("Kovac announced an ex gratia of Rs 25 lakh each.", 2_500_000, "INR"),
        ("The state spent Rs. 500 crore on the fair.", 5_000_000_000, "INR"),
    ])
    def test_lakh_and_crore(self, text: str, value: float, unit: str) -> None:
        """Indian English counts in lakhs (100,000) and crores (10 million), and writes
        rupees as Rs: '1.75 crore people' are 17.5 million."""
        (q,) = find_quantities(text)
        assert (q.value, q.unit) == (value, unit)

    def test_a_number_after_a_plain_noun_is_no_age(self) -> None:
        """'Of the 133 electors, 108 were named by Hale': a comma after a common noun
        sets off a share of a count, not an age; after a name ('Maria Lopez, 61') it
        does."""
        found = find_quantities("Of the 133 electors, 108 were named by Hale.")
        assert [(q.value, q.kind) for q in found] == [(133, "count"), (108, "count")]

    @pytest.mark.parametrize(
        "text",
        ["Kovac became the 267th head of the order after Hale died.",
         "Orla was the 22nd city to join the pact.",
         "The motion needs a majority of 2/3 of the chamber."],
    )
    def test_ordinals_and_fractions_are_no_counts(self, text: str) -> None:
        """'the 267th head' ranks, and '2/3' is a share: neither counts anything, so no
        figure of theirs can clash with a toll or a vote."""
        assert find_quantities(text) == []

    @pytest.mark.parametrize(
        ("text", "unit"),
        [
            ("The flood killed at least 43 people, 15 of them children.", "dead children"),
            ("About 150 were injured, 72 of them seriously.", ""),
            ("The storm killed 12, five of whom were girls.", "dead girls"),
            ("Another 17 suffered gunshot wounds, and 14 of those were students.",
             "injured students"),
            ("Another 17 victims, 14 of them children, were injured.", "injured children"),
            ("Seventeen others, 14 of them children, were wounded.", "injured children"),
        ],
    )
    def test_a_share_of_a_count_is_no_age(self, text: str, unit: str) -> None:
        """'43 people, 15 of them children' counts a share of the toll: after a comma like
        an age ('Maria Lopez, 61'), but nobody is 15 here; the share is a group of the
        harmed its whole counts, or its own verb names."""
        share = find_quantities(text)[-1]
        assert (share.kind, share.unit) == ("count", unit)

    @pytest.mark.parametrize(
        ("text", "value", "unit", "kind"),
        [
            ("a 139-year-old church was damaged", 139, "years", "age"),
            ("the 6.9-magnitude earthquake", 6.9, "magnitude", "measure"),
            ("a magnitude 6.1 quake hit", 6.1, "magnitude", "measure"),
            ("measured at magnitude-6.6 and", 6.6, "magnitude", "measure"),
            ("as 7.7 magnitude earthquake jolts Kesh", 7.7, "magnitude", "measure"),
            ("the agency gave the magnitude as 7.2", 7.2, "magnitude", "measure"),
            ("a quake that measured 7.4 on the moment magnitude scale", 7.4, "magnitude",
             "measure"),
        ],
    )
    def test_ages_of_things_and_magnitudes(self, text: str, value: float, unit: str,
                                           kind: str) -> None:
        """Things outlive people ('a 139-year-old church' is an age, not 139 churches);
        a quake's magnitude is a measure, whichever side of the number it is written."""
        (q,) = find_quantities(text)
        assert (q.value, q.unit, q.kind) == (value, unit, kind)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("An Orla Air jet with 180 people on board crashed.", "people aboard"),
            ("The ferry had 212 passengers onboard when it sank.", "people aboard"),
            # A craft's load is the people aboard, the words "on board" or not.
            ("The ferry was carrying 212 passengers when it sank.", "people aboard"),
            ("The bus, carrying about 40 people, overturned.", "people aboard"),
            # The harmed among those aboard are counted by the harm, not the trip.
            ("The crash killed at least 60 people on board and on the ground.", "dead"),
            ("Orla Air confirmed 179 people aboard the flight were killed.", "people"),
            # The dead aboard are a share of a toll that may count the dead on the ground.
            ("All 242 people on board have died, police said.", "dead aboard"),
            ("The jet crashed, killing 241 people onboard and dozens on the ground.",
             "dead aboard"),
            ("The crash killed all 242 people.", "dead"),
            # All aboard harmed: no rival to a count of passengers alone.
            ("The crash led to the deaths of all 64 passengers and crew members on board.",
             "passengers and crew"),
            # Injured fatally: dead.
            ("Of the crew, five were fatally injured.", "dead"),
        ],
    )
    def test_people_aboard_or_harmed(self, text: str, expected: str) -> None:
        """'180 people on board' is the trip's; '60 people on board and on the ground' killed
        is a toll."""
        (q,) = find_quantities(text)
        assert q.unit == expected

    @pytest.mark.parametrize(
        ("text", "units"),
        [
            ("A fire tore through the tower, killing 40 Indians.", ["dead indians"]),
            ("At least 42 Indian nationals died in the Orla fire.", ["dead indians"]),
            ("The plane carried the remains of the 45 Indians who succumbed to the fire.",
             ["dead indians"]),
            ("Forty Indians are among 49 killed in the fire.", ["dead indians", "dead"]),
            ("About 50 Filipino workers were injured.", ["injured filipinos"]),
            ("Out of the 176 Indian workers who lived in the tower, 46 have died.",
             ["indian workers", "dead indians"]),
            # No harm: the people stay as written; lower case is no nationality.
            ("The 68 passengers included five Russians.", ["passengers", "russians"]),
            ("The blaze killed 12 indian workers.", ["indian workers"]),
            # "injured 12 others": the others are the injured.
            ("Kovac killed six people and injured 12 others in the Orla mall.",
             ["dead", "injured"]),
            # Deaths set apart from the disaster's are not its toll.
            ("Of 225 autopsies, eight people died from causes unrelated to the floods.",
             ["autopsies", "dead of other causes"]),
        ],
    )
    def test_one_peoples_harmed(self, text: str, units: list[str]) -> None:
        """A count of one people's dead or injured ('killing 40 Indians') is a share of the
        toll, so it keeps the people in its unit and never meets the toll of everyone."""
        assert [q.unit for q in find_quantities(text)] == units

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("The fire destroyed 2 207 structures and left 1 000 unaccounted for.",
             [(2207, 2207, 2207, "structures"), (1000, 1000, 1000, "missing")]),
            ("It burned 878 ha (2 170 acres) of Orla.",
             [(878, 878, 878, "hectares"), (2170, 2170, 2170, "acres")]),
            ("It burned more than 2,100 acres (850 hectares).",
             [(2100, 2100, math.inf, "acres"), (850, 850, math.inf, "hectares")]),
            ("It flew on 3 2023 and in 2019 300 people left.",
             [(3, 3, 3, ""), (2023, 2023, 2023, ""), (2019, 2019, 2019, ""),
              (300, 300, 300, "people")]),
        ],
    )
    def test_grouped_digits_and_conversions(
            self, text: str, expected: list[tuple[float, float, float, str]]) -> None:
        """Thousands grouped by a space ('2 207') are one number, never two years or a day
        and a year; a figure in brackets converts the one before it and takes its hedge
        ('more than 2,100 acres (850 hectares)')."""
        assert [(q.value, q.low, q.high, q.unit) for q in find_quantities(text)] == expected

    @pytest.mark.parametrize(
        ("text", "units"),
        [
            ("The death toll rose to 13 after three bodies were found.", ["dead", "bodies"]),
            ("Four people reportedly died after being struck by falling rocks.", ["dead"]),
            ("By noon the number of injuries had climbed to 711.", ["injured"]),
            ("The number of people confirmed dead in Kesh has risen to 13.", ["dead"]),
            ("Rockslides caused the deaths of three hikers and a van driver.",
             ["dead hikers"]),
            ("The blast killed 27 campers, and 16 others.", ["dead campers"]),
            ("The blast killed 12 people and two children.", ["dead", "children"]),
            ("The gunman fled after injuring two officers.", ["injured officers"]),
            ("Three children were hurt in the blast.", ["injured children"]),
            ("Three out of the 12 workers died in the blast.", ["dead", "workers in all"]),
            ("Two of the five miners in the shaft were killed.", ["dead", "miners in all"]),
            ("Five of the six coast guard members aboard were confirmed dead.",
             ["dead", "coast guard members in all"]),
            ("One of its two pilots was injured.", ["injured", "pilots in all"]),
            ("Two of the five people who died were children.", ["dead"]),
            ("Of the 242 people on board, 241 were confirmed dead.", ["people", "dead aboard"]),
            ("Of the 40 aboard the ferry, 12 were killed.", ["", "dead aboard"]),
        ],
    )
    def test_tolls_and_their_parts(self, text: str, units: list[str]) -> None:
        """A toll named as such counts the dead or the injured, an adverb before 'died'
        too; no preposition is a unit ('13 after three bodies'); a group of the dead
        listed with another ('three hikers and a van driver') or named by role or age
        ('two officers', 'three children') is a part of the toll.
        When the verb is the clause's own ('Three out of the 12 workers died'), the part
        is the harmed and the whole only where it was taken from; a clause inside the
        whole ('the five people who died') keeps the whole the toll."""
        assert [q.unit for q in find_quantities(text)] == units

    @pytest.mark.parametrize(("text", "unit"), [
        ("Kovac fell short of the 50 percent of the vote needed to avoid a runoff.",
         "percent needed"),
        ("Kovac may clear the 50 percent threshold.", "percent needed"),
        ("Kovac is not yet past 50% of the vote tally, which is required in Orla.",
         "percent needed"),
        ("Kovac won 43.5% of the vote.", "percent"),
    ])
    def test_a_share_a_result_must_pass_is_a_bar(self, text: str, unit: str) -> None:
        """'the 50 percent threshold', '50 percent of the vote needed': a bar a result must
        pass, kept apart from the shares candidates won."""
        (q,) = find_quantities(text)
        assert q.unit == unit

    @pytest.mark.parametrize(("text", "minutes"), [
        ("Tolva set up Kovac for the fourth in the 73rd minute.", [("the 73rd minute", 73.0)]),
        ("Kovac curled in a fourth on 78 minutes after a sweeping counter.",
         [("78 minutes", 78.0)]),
        ("Orla got the third goal after 63 minutes.", [("63 minutes", 63.0)]),
        ("Kovac scored a 20th-minute header and Hale (12th minute) the opener.",
         [("20th-minute", 20.0), ("(12th minute)", 12.0)]),
        # no goal in the sentence: a span of time, not a minute of play
        ("Kovac was rescued after 12 minutes underwater.", []),
    ])
    def test_the_minute_of_a_goal(self, text: str, minutes: list[tuple[str, float]]) -> None:
        """'in the 73rd minute', 'on 78 minutes' and 'after 63 minutes' in a sentence of a
        goal say when in the match it came; 'after 12 minutes underwater' does not."""
        assert [(text[q.start:q.end], q.value) for q in find_quantities(text)
                if q.unit == "minute of the match"] == minutes

    @pytest.mark.parametrize(
        ("text", "counts"),
        [
            ("The survivor sat in seat 11A, near an exit.", []),
            ("The Boeing 787-8 left from runway 23 as flight OA-171.", []),
            ("Dam Bursts Near Orla Village, Killing 11", [11.0]),
            ("Officials in Kesh said 40 people died.", [40.0]),
            ("Orla Air confirms 737-800 crash upon landing", []),
            ("Two Mi-17 Air Force helicopters left Kesh.", []),
            ("Soldiers of the 122 Infantry Battalion left Kesh.", []),
            ("Between 120-150 people were evacuated.", [120.0]),
            ("The Survivor Who Walked Away From Orla Air’s 787 Crash", []),
            ("The inquiry opened under Rule 12 of the Kesh aviation code.", []),
            ("Orla's 36 districts were flooded.", [36.0]),
            # a game or a round of a series is named by its number
            ("Game 7 went to extra innings; round 2 starts now.", []),
            # a cloud region's code, with ASCII or non-breaking hyphens
            ("Errors rose in the us-east-1 region and in US\u2011EAST\u20112.", []),
            # a clause after a channel's number is no counted noun
            ("Kesh told Orla 24 that he has been deposed.", []),
            # an event word and its verb after a model's number count nothing; a
            # non-breaking hyphen joins a model's variant as a hyphen does
            ("Orla Air Boeing 787 crash leaves hundreds dead", [200.0]),
            ("An Orla Air Boeing 787\u20118 Dreamliner crashed near Kesh.", []),
            # a list item's number opens its line; a count opening a line stays
            ("Five facts:\n1- Born in Varna, Kesh left Orla.\n 2) In spring he sold a car.",
             [5.0]),
            ("Orla talks\n3 - two sides met.\n12 people died in Kesh.", [2.0, 12.0]),
            # the span a record is counted over is no figure; the last few are
            ("Kesh has won 6 of the last 10 Orla Cups.", [6.0]),
            ("It was its 11th win in the last 15 Orla Cups.", []),
            ("The last 2 hostages were freed.", [2.0]),
            # a thing's number after "No." or "number" names it; "said no." does not
            ("The car exploded near Gate No. 1 and gate number 3, and 4 people died.",
             [4.0]),
            ("The world No. 12 beat the No. 1 seed.", []),
            ("Asked if anyone died, he said no. 5 people were hurt.", [5.0]),
            ("The train was stopped in tunnel number 8, and Kovac wore shirt number 10.", []),
            # a unit in capitals glued to its figure is no label's letter
            ("Orla lost 15GW in five seconds; the 40MW plant in Kesh held.", [15.0, 40.0]),
            # a model's name after its maker: "787 Dreamliners" are no 787 of anything
            ("Kesh Air will buy 22 Boeing 787 Dreamliners to replace its Boeing 777 "
             "Freighters.", [22.0]),
        ],
    )
    def test_labels_are_not_counts(self, text: str, counts: list[float]) -> None:
        """Seat, runway, flight, rule and model numbers name things (a bare number after
        a name's possessive is its model); a headline's count stays."""
        assert [q.value for q in find_quantities(text)] == counts

    @pytest.mark.parametrize(
        ("text", "span", "unit"),
        [
            # a word of praise says nothing of which jewels: the unit is the noun
            ("The gang escaped with eight priceless jewels.", "eight priceless jewels",
             "jewels"),
            ("Three dangerous men fled Orla.", "Three dangerous men", "dangerous men"),
            ("The police found 12 glasses in the van.", "12 glasses", "glasses"),
        ],
    )
    def test_an_adjective_in_s_is_no_noun(self, text: str, span: str, unit: str) -> None:
        """'priceless' and 'dangerous' end in -s but are no plural: the counted noun
        runs on to the one that is, and the count's span with it."""
        (q,) = find_quantities(text)
        assert (text[q.start : q.end], q.unit) == (span, unit)

    @pytest.mark.parametrize(
        ("text", "span", "unit"),
        [
            ("One early clue seems to be the landing gear.", "One early clue", "early clue"),
            ("One official says the jet lost power.", "One official", "official"),
            ("One man dies in the Kesh fire.", "One man", "man"),
            ("Only one species was lost.", "one species", "species"),
            ("Two senior officials said so.", "Two senior officials", "senior officials"),
        ],
    )
    def test_the_verb_after_one_is_no_noun(self, text: str, span: str, unit: str) -> None:
        """After 'one' a word in -s is the verb ('One official says'), and the counted noun
        ends before it; nouns that end in -s in the singular ('species') stay."""
        (q,) = find_quantities(text)
        assert (text[q.start : q.end], q.unit) == (span, unit)

    @pytest.mark.parametrize(("text", "figure", "unit"), [
        ("Three are gravely injured.", "Three", "injured seriously"),
        ("Among the injured, three were reported in critical condition.", "three",
         "injured seriously"),
        ("Seven people, including one adult, remained in critical condition.",
         "Seven people", "injured seriously"),
        ("About 20 people were injured.", "About 20 people", "injured"),
    ])
    def test_the_worst_hurt_are_a_group_of_the_injured(self, text: str, figure: str,
                                                      unit: str) -> None:
        """'Three are gravely injured' counts the worst hurt, a part of 'about 20
        injured', never a rival to it."""
        found = {text[q.start : q.end]: q.unit for q in find_quantities(text)}
        assert found[figure] == unit

    @pytest.mark.parametrize(("text", "figure", "unit"), [
        ("Two students, ages 8 and 10, were found dead in their pews.", "Two students",
         "dead students"),
        ("Another 17 victims, 14 of them children, were injured.", "17 victims", "injured"),
        ("Another 17 suffered gunshot wounds.", "17", "injured"),
        ("Seventeen others, 14 of them children, were wounded.", "Seventeen others",
         "injured"),
        ("Fourteen children and three adults suffered injuries, police said.",
         "three adults", "injured adults"),
    ])
    def test_the_harmed_past_an_aside(self, text: str, figure: str, unit: str) -> None:
        """The harm may follow an aside ('ages 8 and 10', '14 of them children') or be
        suffered ('suffered gunshot wounds'); adults are a group of the harmed."""
        found = {text[q.start : q.end]: q.unit for q in find_quantities(text)}
        assert found[figure] == unit

    @pytest.mark.parametrize(("text", "figure", "unit"), [
        ("Fighting has killed at least 35 people and displaced over 200,000.",
         "over 200,000", "displaced"),
        ("Over 130,000 Thais and more than 35,000 displaced from their homes.",
         "more than 35,000", "displaced"),
        ("Officials said over 138,000 people have been evacuated.", "over 138,000 people",
         "evacuated"),
        ("where approximately 2,000 residents were evacuated", "approximately 2,000 "
         "residents", "evacuated"),
        ("The ministry reported 15 deaths, including 14 civilians and one soldier.",
         "14 civilians", "dead civilians"),
        ("The storm left 24 dead and many missing, including over 20 girls from the camp.",
         "over 20 girls", "girls"),
        ("The combined death toll of 33 now surpasses the 28 of 2011.", "33", "dead"),
    ])
    def test_what_befell_the_people_counted(self, text: str, figure: str, unit: str) -> None:
        """The displaced and the evacuated are counted as such, not as a toll; a group
        named after a toll is a group of the dead, one named after the missing is not; an
        adverb after a count is no unit."""
        found = {text[q.start : q.end]: q.unit for q in find_quantities(text)}
        assert found[figure] == unit

    @pytest.mark.parametrize(
        ("text", "span", "low", "high", "unit"),
        [
            ("It can reach 18,000 to 20,000 deaths, the mayor said.",
             "18,000 to 20,000 deaths", 18000, 20000, "dead"),
            ("Between 300 and 400 people were evacuated.", "Between 300 and 400 people",
             300, 400, "evacuated"),
            ("some 120-150 passengers", "some 120-150 passengers", 108, 150, "passengers"),
            ("between $2 billion and $3 billion", "between $2 billion and $3 billion",
             2e9, 3e9, "USD"),
            ("a 300-400mm rainfall", "300-400mm", 300, 400, "millimeters"),
            ("they heard between eight and 10 shots", "between eight and 10 shots", 8, 10,
             "shots"),
            ("a group of four to six militants", "four to six militants", 4, 6, "militants"),
            ("Between four and six gunmen fled.", "Between four and six gunmen", 4, 6,
             "gunmen"),
            ("The blast killed 4 to 6 people.", "4 to 6 people", 4, 6, "dead"),
            # A change is no range, in words as in digits.
            ("the fleet grew from four to seven boats", "seven boats", 7, 7, "boats"),
        ],
    )
    def test_a_range_is_one_figure(self, text: str, span: str, low: float, high: float,
                                   unit: str) -> None:
        """'18,000 to 20,000 deaths' is one figure whose interval is the range, so it
        agrees with '20,000' and the low end is not a bare count of its own."""
        (q,) = find_quantities(text)
        assert (text[q.start : q.end], q.low, q.high, q.unit) == (span, low, high, unit)

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("The jet was carrying 175 passengers and six crew members when it crashed.",
             "175 passengers and six crew members", 181),
            ("There were 181 passengers and crew onboard.", "181 passengers and crew onboard",
             181),
            ("with 230 passengers and 12 crew on board", "230 passengers and 12 crew on board",
             242),
            ("There was one pilot and four passengers on board.",
             "one pilot and four passengers on board", 5),
            ("carrying a pilot and four passengers", "a pilot and four passengers", 5),
            ("There are 68 passengers on board and four crew members.",
             "68 passengers on board and four crew members", 72),
        ],
    )
    def test_passengers_and_crew_are_the_people_aboard(self, text: str, span: str,
                                                       value: float) -> None:
        """Passengers counted with the crew are everyone aboard: one figure, the sum,
        comparable with '181 people on board'."""
        (q,) = find_quantities(text)
        assert (text[q.start : q.end], q.value, q.unit) == (span, value, "people aboard")

    def test_the_harmed_among_passengers_and_crew_are_not_the_people_aboard(self) -> None:
        """'179 passengers and crew were killed' counts the dead, not who was aboard."""
        assert "people aboard" not in {
            q.unit for q in find_quantities("In all, 179 passengers and crew were killed.")}

    @pytest.mark.parametrize(("text", "unit"), [
        ("Payrolls rose by 22,000, far below the 75,000 economists had forecast.", ""),
        ("Some 300 economists attended the Orla meeting.", "economists"),
        ("The 50 analysts polled by Kesh Radio expected a cut.", "analysts"),
    ])
    def test_who_forecast_a_figure_is_not_what_it_counts(self, text: str, unit: str) -> None:
        """'the 75,000 economists had forecast': the economists forecast the figure, a
        clause with no 'that'; '300 economists attended' counts economists."""
        (q,) = [q for q in find_quantities(text) if q.value in (75000.0, 300.0, 50.0)]
        assert q.unit == unit

    @pytest.mark.parametrize(("text", "figures"), [
        ("Sales rose from 5 to 7 percent.", 2), ("The vote was 52 to 48.", 2),
        # a score, a fighter's record: no count of anything, before a stop or a comma too
        ("It won 3-1.", 0), ("Kesh (42-0, 31 knockouts) won.", 1),
        ("Orla came in with a 63-3-2 record.", 0),
    ])
    def test_a_change_or_a_score_is_no_range(self, text: str, figures: int) -> None:
        """'from 5 to 7 percent' is a change and '52 to 48' runs downwards: two figures,
        no range; '3-1' after 'won', '42-0' before 'knockouts' and '63-3-2' are results."""
        assert len(find_quantities(text)) == figures

    def test_a_measure_keeps_what_it_measures(self) -> None:
        """'185-foot-high' is a height and '1.6-mile-long' a length: the words after the
        unit are part of the figure, so a ship's length never meets a bridge's height."""
        from claimtrack.extract.quantities import dimension

        text = "a 1.6-mile-long, 185-foot-high steel bridge over water 50-feet deep"
        found = [(text[q.start : q.end], dimension(q.unit, text[q.number_end : q.end]))
                 for q in find_quantities(text)]
        assert found == [("1.6-mile-long", "length"), ("185-foot-high", "height"),
                         ("50-feet deep", "depth")]

    @pytest.mark.parametrize("text", ["1:07 — The ship enters the channel.",
                                      "at 12:39 the lights went out", "a 3:1 vote"])
    def test_clock_readings_are_not_counts(self, text: str) -> None:
        """'1:07' (a timeline's clock with no a.m.) and a ratio are not numbers of things."""
        assert find_quantities(text) == []

    @pytest.mark.parametrize("text", ["code 2882015 was", "you may go", "one of its ships",
                                      "most were people in their 20s and 30s",
                                      "said a woman in her mid-20s",
                                      "nearly two-thirds of those killed were women",
                                      "she has done it dozens of times",
                                      "hundreds of thousands of people fled"])
    def test_not_quantities(self, text: str) -> None:
        """Identifiers, verbs, pronoun 'one', an age bracket ('in their 20s'), a
        fraction ('two-thirds'), how often ('dozens of times') and a vague number of a
        larger number ('hundreds of thousands') are not quantities."""
        assert find_quantities(text) == []

    @pytest.mark.parametrize("text", ["An ATR-72 Orla Air jet with 68 passengers",
                                      "COVID-19 Orla Ward staff saw 68 passengers"])
    def test_a_number_glued_to_capitals_is_a_name(self, text: str) -> None:
        """The number of a model or a disease glued to capitals by a hyphen ('ATR-72',
        'COVID-19') is part of a name, not a count of what follows."""
        assert [text[q.start : q.end] for q in find_quantities(text)] == ["68 passengers"]


class TestMentions:
    def test_aliases_merge(self) -> None:
        """US, U.S., United States and Washington share a key; so do agency name forms."""
        text = ("The US Department of State said Washington would act. The State Department "
                "and the U.S. agreed, as did the United States.")
        keys = [m.key for m in find_mentions(text)]
        assert keys.count("state department") == 2
        assert keys.count("united states") >= 3

    @pytest.mark.parametrize(("text", "keys"), [
        ("Chilean Airways and Air Peru cancelled flights.", ["chilean airways", "air peru"]),
        ("The Mexican Railways train ran late.", ["mexican railways"]),
        # A code beside a name only says whose it is.
        ("The U.S. Coastguard searched near Washington DC.", ["coastguard", "dc"]),
        # A region's word closes a place's name, never a person's.
        ("In Tolva Oblast two died, and one in Kesh Prefecture.",
         ["tolva oblast", "kesh prefecture"]),
        ("In the Varnese Community and the Orla Republic, floods hit.",
         ["varnese community", "orla republic"]),
        ("French President Ana Kovac spoke.", ["france", "kovac"]),
        # A lowercase particle joins a place's name: one place, not two.
        ("In Dar es Salaam, tear gas was fired.", ["salaam"]),
        # a trade's word is no surname, nor is a company's name after a title's word
        ("Electronic Arts and General Electric rose; General Ana Kovac spoke.",
         ["electronic arts", "general electric", "kovac"]),
        # an armed body is no person called Brigades
        ("The Qassam Brigades and the Azov Regiment fought in Orla.",
         ["qassam brigades", "azov regiment", "orla"]),
        # a war, a depression or a spring is a time of history, no person
        ("Since the Cold War and the Vietnam War, and the Arab Spring, Orla has grown.",
         ["cold war", "vietnam war", "arab spring", "orla"]),
        # an acronym with its letter in brackets is the acronym written without them
        ("The JD(U) won 43 seats while the JDU chief spoke in Orla.", ["jdu", "jdu", "orla"]),
        # a title, an office "of" something, then the person's name: the person
        ("Deputy Commissioner of Police Ana Kovac told reporters in Orla.",
         ["kovac", "orla"]),
        # "Lt." is a title; "Flight" alone is no name; "-winning" makes an adjective
        ("Lt. Gov. Max Hale said the crash of Flight 171 hit the Grammy-winning singer.",
         ["hale", "grammy"]),
        # an organisation's initials, dotted or not, and a plural society
        ("The B.J. Medical College and BJ Medical College and Red Crescent Societies.",
         ["bj medical college", "bj medical college", "red crescent societies"]),
        # a name made an adjective of what it runs or backs is that name
        ("The Taliban-run government and Iran-backed militias met.", ["taliban", "iran"]),
        # a colon opens a clause, whose first word is no name's ("When" is no forename)
        ("Kesh: When Ana Maria Kovac boarded the jet, it was late.", ["kesh", "kovac"]),
        # "X de <country>" is a place named after its country, not a person called "de"
        ("In Puerto de Peru, tear gas was fired.", ["puerto de peru"]),
    ])
    def test_a_country_word_that_makes_a_name(self, text: str, keys: list[str]) -> None:
        """'Chilean Airways' is an airline, not 'Airways'; 'Air Peru' is not 'Air'. A
        title still parts a country from a person, and 'U.S.' or 'DC' names no one."""
        assert [m.key for m in find_mentions(text)] == keys

    def test_a_person_called_by_a_first_surname(self) -> None:
        """'Rodrigo Kesh Varna won …; Kesh defeated …': the text calls him by his first
        surname, so the full name is keyed 'kesh', as another report's 'Rodrigo Kesh' is;
        'Ana Maria Kovac' with a later 'Kovac' keeps 'kovac'."""
        doc = _doc("Rodrigo Kesh Varna won the Orla runoff on Sunday with 54 percent.\n"
                   "Kesh defeated Max Hale, who had 46 percent.\nAna Maria Kovac, 40, voted "
                   "for him. Kovac, a teacher, said 30 friends did too.")
        keys = {p.key for c in extract_claims(doc) for p in c.participants}
        assert {"kesh", "kovac"} <= keys
        assert "varna" not in keys
        assert "maria" not in keys

    def test_an_office_of_a_country_is_the_countrys(self) -> None:
        """'Former Prime Minister of Kenya died', named with no holder, is Kenya's
        office, not a person whose surname is Kenya (which a report's title would
        print as 'of Kenya')."""
        text = "Kochi: Former Prime Minister of Kenya died on Wednesday."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("kochi", "other"), ("kenya", "country")]

    def test_an_index_name_and_a_multiple_count_nothing(self) -> None:
        """'the S&P 500 added 0.3%', 'a Fortune 500 company', 'risen 12-fold': numbers of
        names and a multiple, no counts; 'cut 500 jobs' still counts."""
        doc = _doc("The S&P 500 technology index climbed 1.4%, while the wider S&P 500 added "
                   "0.3%. Orla stock has risen 12-fold since 2022. A Fortune 500 company cut "
                   "500 jobs. The FTSE 100 fell.")
        assert [q.span.text for c in extract_claims(doc) for q in c.quantities] == [
            "1.4%", "0.3%", "500 jobs"]

    def test_comments_on_a_day_are_past_whatever_they_foresee(self) -> None:
        """'fueled by Kovac's comments on Tuesday that Orla expects to generate $500
        billion', in Wednesday's paper: Tuesday is the day before, not next week's."""
        doc = _doc("The rally was fueled by Kovac's comments on Tuesday that Orla expects to "
                   "generate $500 billion in sales.", dt.date(2025, 10, 29))
        assert [d.value for c in extract_claims(doc) for d in c.dates] == ["2025-10-28"]

    def test_a_decimal_comma_before_a_percent_sign(self) -> None:
        """'won 28,5% of the vote': a decimal comma, 28.5; '1,234%' groups thousands."""
        doc = _doc("The Kesh Union won 28,5% of the vote. Orla shares rose 1,234%.")
        assert [(q.span.text, q.value) for c in extract_claims(doc) for q in c.quantities] \
            == [("28,5%", 28.5), ("1,234%", 1234.0)]

    def test_a_day_something_is_due_dates_that_thing(self) -> None:
        """'Orla Funicular Crash: 16 Dead, Initial Findings Due Today': today is the
        findings' day, not the crash's; 'The payment is due Friday' dates the payment."""
        assert [d.span.text for c in extract_claims(_doc(
            "Orla Funicular Crash: 16 Dead, Initial Findings Due Today")) for d in c.dates] == []
        assert [(c.event.predicate, [d.span.text for d in c.dates])
                for c in extract_claims(_doc("The Kesh payment is due Friday."))
                if c.event is not None] == [("pay", ["Friday"])]

    @pytest.mark.parametrize(("text", "written"), [
        ("Drought-hit Orla often sees severe weather.", ["Orla"]),
        ("The Kesh-backed Tolvans fired rockets.", ["Tolvans"]),
        # A name hyphened in capitals, and a place held by another, stay whole.
        ("Jean-Pierre Kovac spoke.", ["Jean-Pierre Kovac"]),
        ("Rockets hit Kesh-administered Orla.", ["Rockets", "Kesh-administered Orla"]),
    ])
    def test_a_compound_adjective_is_no_part_of_a_name(self, text: str,
                                                       written: list[str]) -> None:
        """'Drought-hit Morocco', 'the Iran-backed Houthis': the modifier before the name
        is no part of it (a report's title printed 'Drought-hit Morocco')."""
        assert [text[m.start : m.end] for m in find_mentions(text)] == written

    def test_a_hyphened_number_is_no_name(self) -> None:
        """'Thirty-seven millimetres of rain fell in Safi': a number opening a sentence
        names no one."""
        assert [m.key for m in find_mentions("Thirty-seven millimetres of rain fell in "
                                             "Safi.")] == ["safi"]

    def test_two_words_after_in_with_a_two_letter_end_are_a_place(self) -> None:
        """'a fire in Tai Po': a place, no person called Po (keyed 'po' still, as another
        report's 'Tai Po fire' is); 'the prize went to Ana Li' and 'in Ana Li's house'
        name a person."""
        found = {t: [(m.key, m.kind) for m in find_mentions(t)] for t in (
            "A fire broke out in Tai Po on Wednesday.", "The prize went to Ana Li.",
            "They met in Ana Li's house.")}
        assert list(found.values()) == [[("po", "other")], [("li", "person")],
                                        [("li", "person")]]

    def test_a_month_glued_to_the_next_word_is_no_name(self) -> None:
        """'a first net loss in June-heightening calls' (a space lost) names no one;
        'Jan-Erik Hale' and 'Mar-a-Lago' still do."""
        assert [m.key for m in find_mentions(
            "It was the first loss of jobs in June-heightening calls for a cut. Jan-Erik "
            "Hale flew to Mar-a-Lago.")] == ["hale", "mar-a-lago"]

    def test_a_name_before_a_kind_of_place_is_a_place(self) -> None:
        """'the historic Bab Chabaa district': a place, never a person whose name another
        report could spell otherwise."""
        text = "The rain hit the historic Bab Chabaa district of Safi."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("chabaa", "other"), ("safi", "other")]

    def test_person_by_surname(self) -> None:
        """'Colombian President Gustavo Petro' and 'Petro' are the same person."""
        text = "Colombian President Gustavo Petro spoke. Later Petro left."
        assert [m.key for m in find_mentions(text) if m.kind != "country"] == ["petro", "petro"]

    def test_a_title_after_a_place_is_an_office(self) -> None:
        """'the Kesh Chief Secretary' is an office of Kesh, not a person called Kesh;
        'Chief Secretary Anil Varma' is Varma."""
        text = "The Kesh Chief Secretary spoke. Chief Secretary Anil Varma left."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("kesh chief secretary", "other"), ("varma", "person")]

    def test_a_qualifier_opening_a_sentence_is_no_name(self) -> None:
        """'"Around 2 am, …' and 'Tolva: More than 50 people …' name nobody."""
        text = '"Around 2 am, there was a noise," Orla said. Tolva: More than 50 people died.'
        assert [m.key for m in find_mentions(text)] == ["orla", "tolva"]

    def test_a_survey_is_a_body_not_a_person(self) -> None:
        """'the US Geological Survey' and 'the Orla Seismic Society' are bodies, never a
        person called Survey."""
        text = "The US Geological Survey said so, and the Orla Seismic Society agreed."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("geological survey", "org"), ("orla seismic society", "org")]

    def test_what_follows_a_clock_is_no_name(self) -> None:
        """'12:20 PM', '18:02 GMT' and '10:30 p.m. CT' are times; 'PM Kovac' is a person."""
        text = ("It struck at 12:20 PM near Tolva, or 18:02 GMT. PM Kovac flew to Orla at "
                "10:30 p.m. CT on Friday.")
        assert [m.key for m in find_mentions(text)] == ["tolva", "kovac", "orla"]

    def test_a_country_before_a_trade_word_names_a_company(self) -> None:
        """'U.S. Steel' and 'US Steel' are one company, keyed whole; 'the U.S. Coastguard'
        is still the coastguard, the code only saying whose."""
        text = "Orla bought U.S. Steel, US Steel said, and the U.S. Coastguard agreed."
        assert [m.key for m in find_mentions(text)] == ["orla", "us steel", "us steel",
                                                        "coastguard"]

    def test_a_saints_name_inside_a_name_is_no_person(self) -> None:
        """'Paris St Germain' and 'Bury St Edmunds' are a club and a town, never people
        surnamed Germain or Edmunds."""
        text = "Paris St Germain beat Orla, and Kovac flew to Bury St Edmunds."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("paris st germain", "other"), ("orla", "other"), ("kovac", "other"),
            ("bury st edmunds", "other")]

    def test_a_company_named_ai_is_not_a_person_called_ai(self) -> None:
        """'Scale AI', 'Kesh AI' and 'Tolva AI': three companies, each keyed whole, never
        one person surnamed AI."""
        text = "Orla invested in Kesh AI and Tolva AI, and Scale AI hired Ana Kovac."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("orla", "other"), ("kesh ai", "org"), ("tolva ai", "org"), ("scale ai", "org"),
            ("kovac", "person")]

    def test_a_unit_after_a_figure_is_no_name(self) -> None:
        """'10 GW', '15GW' and '40 MW' are parts of figures, not names."""
        text = "Orla lost more than 10 GW, or 15GW by noon, and Kesh lost 40 MW, Tolva said."
        assert [m.key for m in find_mentions(text)] == ["orla", "kesh", "tolva"]

    def test_a_zone_after_a_clock_is_no_name(self) -> None:
        """'8am BST (3am ET)', '9:00 AM (SAST)' and '3:11 a.m. Eastern Time' are times."""
        text = ("It began shortly after 8am BST (3am ET) in Orla, 9:00 AM (SAST) in Kesh "
                "and 3:11 a.m. Eastern Time in Tolva.")
        assert [m.key for m in find_mentions(text)] == ["orla", "kesh", "tolva"]

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            # 'Bogo City', 'Nangarhar Province', 'Montego Bay': places, not bodies; a body
            # keeps its kind ('the Orla Port Authority').
            ("The quake struck 17 km north of Bogo City, near Nangarhar Province and "
             "Montego Bay, the Orla Port Authority said.",
             [("bogo city", "other"), ("nangarhar province", "other"),
              ("montego bay", "other"), ("orla port authority", "org")]),
            # A plural that opens a sentence names no one; 'Doctors Without Borders' is a
            # body, not a person called Borders.
            ("Authorities closed the road to Tolva. Reports said Doctors Without Borders "
             "sent a team, Ana Kovac said.",
             [("tolva", "other"), ("doctors without borders", "org"), ("kovac", "person")]),
            # The count after a dateline is no name, and a beach, a dam or a lake is a
            # place, not a person called Beach.
            ("Tolva: Two gunmen opened fire at Orla Beach, near the Kesh Dam, Ana Kovac "
             "said.",
             [("tolva", "other"), ("orla beach", "other"), ("kesh dam", "other"),
              ("kovac", "person")]),
            # 'Uttar Pradesh', 'Zaporizhzhia Oblast': shaped like a given name and a
            # surname, but the second word is a region's.
            ("He was arrested in Uttar Pradesh and moved to Zaporizhzhia Oblast, Ana "
             "Kovac said.",
             [("uttar pradesh", "other"), ("zaporizhzhia oblast", "other"),
              ("kovac", "person")]),
            # 'Yom Kippur', 'Christmas Eve': feast days, not people called Kippur or Eve.
            ("The attack on Yom Kippur came weeks after one on Christmas Eve, Ana Kovac "
             "said.",
             [("yom kippur", "other"), ("christmas eve", "other"), ("kovac", "person")]),
            # 'Born' opening an obituary's sentence before a date is no name.
            ("Born Jan. 30, 1941, in Tolva, Ana Kovac rose fast.",
             [("tolva", "other"), ("kovac", "person")]),
        ],
        ids=["place-words", "groups", "counts-and-beaches", "regions", "feasts", "born"],
    )
    def test_places_groups_and_counts_are_no_people(
            self, text: str, found: list[tuple[str, str]]) -> None:
        """Names that look like a person's, or open a sentence, but name a place, a body,
        a group or a count."""
        assert [(m.key, m.kind) for m in find_mentions(text)] == found

    def test_i_with_a_contraction_is_no_name(self) -> None:
        """'I'm so happy,' 'I’ve said it': the speaker, never a mention called I'm."""
        text = "“I'm so happy, and I’ve said it,” Kovac said. I’ll go, said Hale."
        assert [m.key for m in find_mentions(text)] == ["kovac", "hale"]

    def test_a_name_with_non_breaking_hyphens_is_one_name(self) -> None:
        """'US\u2011EAST\u20111', as a web page sets it, is 'us-east-1', not the US and
        'East'."""
        text = "The Orla cloud failed in US\u2011EAST\u20111 and then in US-EAST-1."
        assert [m.key for m in find_mentions(text)] == ["orla", "us-east-1", "us-east-1"]

    def test_today_in_a_quote_is_the_day_it_was_said(self) -> None:
        """In Wednesday's paper, 'conceded on Tuesday night and congratulated him on
        “tonight's victory”': Tuesday night; a quote with no day of its own stays the
        paper's."""
        doc = _doc("Ana Kovac conceded on Tuesday night and congratulated Hale on “tonight's "
                   "victory in Orla.” Later, Kovac said “tonight is his night in Orla.”",
                   dt.date(2025, 6, 25))
        dated = [[d.value for d in c.dates] for c in extract_claims(doc) if c.dates]
        assert dated == [["2025-06-24TNI", "2025-06-24TNI"], ["2025-06-25TNI"]]

    def test_a_nickname_inside_a_name(self) -> None:
        """'Tomas 'Bo' Ruiz' is Ruiz, nickname and all; 'Ana ‘Kiki’ Kovac' is Kovac."""
        text = "Tomas 'Bo' Ruiz met Ana ‘Kiki’ Kovac in Orla."
        assert [(text[m.start : m.end], m.key) for m in find_mentions(text)] == [
            ("Tomas 'Bo' Ruiz", "ruiz"), ("Ana ‘Kiki’ Kovac", "kovac"), ("Orla", "orla")]

    def test_a_stage_on_a_scale_is_no_name(self) -> None:
        """'a Category 5 storm' and 'a Level 3 alert' name stages, 'Q3' and 'FY2026'
        reporting periods, not participants."""
        text = "Orla became a Category 5 storm and Kesh raised a Level 3 alert."
        assert [m.key for m in find_mentions(text)] == ["orla", "kesh"]
        text = "Orlatek beat forecasts in Q3 and raised its FY2026 outlook in Kesh."
        assert [m.key for m in find_mentions(text)] == ["orlatek", "kesh"]

    def test_a_count_opening_a_name(self) -> None:
        """'Five Kesh Guard agents' names the Kesh Guard; 'The Three Gorges Dam' keeps
        its number."""
        text = "Five Kesh Guard agents rushed in. The Three Gorges Dam is big."
        assert [text[m.start:m.end] for m in find_mentions(text)] == [
            "Kesh Guard", "The Three Gorges Dam"]

    def test_names_that_end_in_a_common_noun_are_no_ones_surname(self) -> None:
        """'World Series', 'Turning Point USA', 'Labor Day': keyed in full, never by
        their last word as a person's surname would be ('series' would merge every
        series of a feed); an opening 'On' after a full stop, or an 'An' after a
        dateline, is no part of a name; a name closing a sentence keeps no period."""
        text = ("The Dodgers won the World Series. Kovac ran debates. On Labor Day, Kovac "
                "spoke to Turning Point USA. KESH — An Orla Air jet landed. He met Hale in "
                "the U.S. Senate.")
        found = {text[m.start:m.end]: m.key for m in find_mentions(text)}
        assert found["World Series"] == "world series"
        text = ("Among the dead were six crew whose helicopter crashed in Agusan del Sur. It "
                "hit Negros Occidental.")
        assert [(text[m.start:m.end], m.key) for m in find_mentions(text)] == [
            ("Agusan del Sur", "agusan del sur"), ("Negros Occidental", "negros occidental")]
        assert found["Labor Day"] == "labor day"
        assert found["Turning Point USA"] == "turning point"
        assert found["Orla Air"] == "orla air"
        assert found["U.S. Senate"] == "senate"
        text = ("The Orla Sugar Bowl was postponed, and the city will host the Super Bowl. "
                "The Kesh Derby and the Tolva Marathon were held.")
        found = {text[m.start:m.end]: m.key for m in find_mentions(text)}
        assert (found["The Orla Sugar Bowl"], found["Super Bowl"]) == ("orla sugar bowl",
                                                                      "super bowl")
        assert (found["The Kesh Derby"], found["Tolva Marathon"]) == ("kesh derby",
                                                                     "tolva marathon")

    def test_geographic_names_are_keyed_in_full(self) -> None:
        """'Kamchatka Peninsula', 'Cayman Islands', 'Gulf of Mexico': places, keyed in
        full, never by a last word shared with every other peninsula or gulf."""
        text = ("A quake struck off the Kamchatka Peninsula. It hit the Cayman Islands. "
                "Ships crossed the Bering Strait into the Gulf of Mexico.")
        keys = [m.key for m in find_mentions(text)]
        assert {"kamchatka peninsula", "cayman islands", "bering strait",
                "gulf of mexico"} <= set(keys)
        assert not {"peninsula", "islands", "strait", "gulf of"} & set(keys)

    def test_letters_after_a_name_are_no_surname(self) -> None:
        """'Dr. Ana Kovac DBE', 'Max Hale MP': keyed by the surname, not by the honour."""
        text = "Dr. Ana Kovac DBE met Max Hale MP in Orla."
        assert [m.key for m in find_mentions(text)] == ["kovac", "hale", "orla"]

    def test_a_company_title_alone_is_no_name(self) -> None:
        """'Founder of the Kovac Institute', 'a pay plan for the CEO': titles, no one named."""
        text = "Ana Kovac, Founder of the Kovac Institute, set a pay plan for the CEO."
        assert [m.key for m in find_mentions(text)] == ["kovac", "kovac institute"]

    def test_an_office_and_what_it_is_of_is_one_name(self) -> None:
        """'the Office of the Chief Medical Examiner' and 'the International Committee of
        the Red Cross' are one organisation each, not an office, a person called Examiner
        and a person called Cross."""
        text = ("The bodies were identified by the Office of the Chief Medical Examiner. "
                "Orla got aid from the International Committee of the Red Cross.")
        assert [(text[m.start:m.end], m.kind) for m in find_mentions(text)] == [
            ("Office of the Chief Medical Examiner", "org"), ("Orla", "other"),
            ("International Committee of the Red Cross", "org")]

    def test_common_words_make_a_company_no_person(self) -> None:
        """'Kesh Land Rover', 'Orla Range Tolva', 'Tolva Global Kesh': names of companies
        and products, keyed in full, never a person called Rover or Kesh."""
        text = "Orla Range Tolva cars are built by Kesh Land Rover, owned by Tolva Global Kesh."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("orla range tolva", "org"), ("kesh land rover", "org"),
            ("tolva global kesh", "org")]

    def test_a_name_opened_by_an_article_is_no_person(self) -> None:
        """'La Libertad Avanza', 'El Kesh', 'Le Orla' are a party, a city and a paper,
        keyed in full, never a person called Avanza; 'Ana La Russa' is a person."""
        text = "La Libertad Avanza won in El Kesh, Le Orla said. Ana La Russa spoke."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("la libertad avanza", "other"), ("el kesh", "other"), ("le orla", "other"),
            ("russa", "person")]

    def test_an_office_is_no_person(self) -> None:
        """'The Chief Medical Examiner said' names an office; 'Chief Executive Ana Kovac'
        a person."""
        text = "The Chief Medical Examiner said Orla Chief Executive Ana Kovac was told."
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("chief medical examiner", "other"), ("kovac", "person")]

    def test_a_currencys_letters_are_no_name(self) -> None:
        """'$US48.7 billion ($A74.5 billion)', 'HK$3bn': no names 'US48.7', 'A74.5', 'HK'."""
        text = "The deal, worth $US48.7 billion ($A74.5 billion) or HK$3bn, went to Orla."
        assert [m.key for m in find_mentions(text)] == ["orla"]

    def test_a_saints_abbreviation_opens_a_place_name(self) -> None:
        """'St. George', 'Mt. Everest': one place each, not a person called George and a
        stray 'St'; a sentence's last period is not the name's."""
        text = "Hale was arrested in St. George, Orla. He once climbed Mt. Everest."
        assert [(text[m.start:m.end], m.key, m.kind) for m in find_mentions(text)] == [
            ("Hale", "hale", "other"), ("St. George", "st george", "other"),
            ("Orla", "orla", "other"), ("Mt. Everest", "mt everest", "other")]

    def test_hyphened_surnames_and_company_names(self) -> None:
        """'Ana Ruiz-Tolva' is a person keyed 'ruiz-tolva'; 'Kesh Research' and 'San
        Tolva' are no Mr Research or Mr Tolva (and 'San Tolva' is a place, as 'New Kesh' and
        'Fort Orla' are); 'Castilla-La Orla' is a place and 'Kesh State-inspired' no name of
        a person."""
        text = ("Ana Ruiz-Tolva spoke. Kesh Research failed. They flew to San Tolva. "
                "Castilla-La Orla flooded. Kesh State-inspired attacks followed. They drove "
                "from New Kesh to Fort Orla.")
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("ruiz-tolva", "person"), ("kesh research", "org"), ("san tolva", "other"),
            ("castilla-la orla", "org"), ("kesh state-inspired", "org"), ("new kesh", "other"),
            ("fort orla", "other")]

    def test_an_employer_before_a_title_is_its_own_name(self) -> None:
        """'Tolva Council for Safety CEO Ana Kovac' names the council and Kovac; 'Kesh
        Labs founder Max Hale' the company and Hale; 'Union Minister Ana Varma' only
        Varma."""
        text = ("Tolva Council for Safety CEO Ana Kovac spoke. Kesh Labs founder Max Hale "
                "agreed. Union Minister Ana Varma left.")
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("tolva council for safety", "org"), ("kovac", "person"), ("kesh labs", "org"),
            ("hale", "person"), ("varma", "person")]

    def test_an_interjection_is_no_name(self) -> None:
        """'Oh' in a quoted aside names nobody."""
        text = "He said people think: 'Oh, you just pay a fine.' Kovac disagreed."
        assert [m.key for m in find_mentions(text)] == ["kovac"]

    def test_early_or_late_opening_a_sentence_is_no_name(self) -> None:
        """'Early Thursday morning, Kesh forces …', 'Late on Friday, Tolva …': a time
        word that opens the sentence names nobody."""
        text = ("Early Thursday morning, Kesh forces launched missiles at Orla. Late on "
                "Friday, Tolva responded.")
        assert [m.key for m in find_mentions(text)] == ["kesh", "orla", "tolva"]

    def test_a_title_of_something_before_a_name(self) -> None:
        """'Leader of the Opposition Ana Kovac' is Kovac; 'Minister of the Crown', with
        no name after it, is no person."""
        text = ("Meanwhile, Leader of the Opposition Ana Kovac spoke. Later a Minister of the "
                "Crown resigned.")
        assert [(m.key, m.kind) for m in find_mentions(text)] == [
            ("kovac", "person"), ("minister", "other"), ("crown", "other")]

    def test_an_airline_is_no_person(self) -> None:
        """'Kesh Air' is an airline, not a Mr Air; 'The Kesh Air Flight' opening a sentence
        is the same name, and 'The United States' is the country."""
        text = ("The Kesh Air Flight left Orla. Kesh Air said a Kesh Air flight landed. "
                "The United States sent help.")
        assert [(m.key, m.kind) for m in find_mentions(text)
                if m.key != "orla"] == [("kesh air", "org")] * 3 + [("united states", "country")]

    def test_capitalised_sentence_openers_are_not_names(self) -> None:
        """'Seasonal rains', 'Locals told': a lone capital that only opens a sentence is
        no name; a word capitalised elsewhere, a country or an acronym still is."""
        doc = _doc("Seasonal rains flooded the Orla valley on 3 March. Locals told reporters "
                   "the dam leaked on 4 March.\n\nKesh officials said the Kesh dam held on 5 "
                   "March. Ruritania sent aid on 6 March, the Ruritanian embassy said. Kenya "
                   "and UNICEF sent 300 tents.")
        keys = {p.key for c in extract_claims(doc) for p in c.participants}
        assert not keys & {"seasonal", "locals"}
        assert {"kesh", "ruritania", "kenya", "unicef"} <= keys

    def test_noun_uses_are_not_events(self) -> None:
        """'state Water Minister' and 'signs of leaks' are nouns, not 'state' or 'sign'."""
        doc = _doc("The 19-year-old dam had shown signs of leaks, state Water Minister Ana Kovac "
                   "said.")
        (claim,) = extract_claims(doc)
        assert claim.event is not None
        assert claim.event.predicate not in ("state", "sign")

    @pytest.mark.parametrize(("text", "predicate"), [
        ("The centrepiece of the £26 billion tax raising package is the freeze on "
         "thresholds.", "freeze"),
        ("Orla is raising taxes by £26 billion.", "raise"),
    ])
    def test_a_compound_before_a_plan_is_no_act(self, text: str, predicate: str) -> None:
        """'the tax raising package' is a package: its figure is the package's, not a
        raise to set against each measure's yield."""
        (claim, *_) = [c for c in extract_claims(_doc(text)) if c.event is not None]
        assert claim.event is not None
        assert claim.event.predicate == predicate

    def test_a_word_inside_a_date_is_no_event(self) -> None:
        """'at the end of last month' holds no event 'end': the date goes to what the
        sentence tells happened."""
        (claim,) = extract_claims(_doc("A cyberattack discovered at the end of last month "
                                       "forced Orla Motors to halt operations."))
        assert claim.event is not None
        assert claim.event.predicate == "halt"

    def test_a_committee_that_gathered_met(self) -> None:
        """'the Orla board gathered under the steady hand of its chair': a meeting (as
        'the May 16-17 meeting' is), with no 'hand' as its object."""
        (claim,) = extract_claims(_doc("On May 18, the Orla board gathered under the steady "
                                       "hand of its chair."))
        assert claim.event is not None
        assert (EVENT_CLASSES.get(claim.event.predicate, claim.event.predicate),
                claim.event.object) == ("meet", None)

    def test_a_swearing_in_is_the_dated_event(self) -> None:
        """'was sworn in as president on Friday, after seizing power … following
        protests': the swearing-in is dated, not the protests."""
        (claim, *_) = extract_claims(_doc("Kovac was sworn in as Orla's president on Friday, "
                                          "after seizing power following youth-led protests."))
        assert claim.event is not None
        assert (claim.event.predicate, claim.dates[0].value) == ("swear", "2026-03-13")

    def test_a_plea_is_the_dated_event(self) -> None:
        """'pleaded guilty on July 2 to the murders of': the plea is dated, not the
        murders."""
        (claim, *_) = extract_claims(_doc("Hale pleaded guilty on July 2 to the murders of "
                                          "four students in Orla."))
        assert claim.event is not None
        assert (claim.event.predicate, claim.dates[0].value) == ("plead", "2025-07-02")

    @pytest.mark.parametrize(("text", "predicate"), [
        ("An earthquake of magnitude 6.0 struck Kesh on Sunday.", "earthquake"),
        ("At least 20 people died after an earthquake of magnitude 6.0 struck Kesh.",
         "earthquake"),
        ("Orla carried out strikes on Kesh on Wednesday.", "strike"),
    ])
    def test_a_quake_of_a_magnitude_is_what_struck(self, text: str, predicate: str) -> None:
        """'an earthquake of magnitude 6.0 struck' is the quake, as 'a 6.0 quake struck'
        is, never a military strike."""
        claims = [c for c in extract_claims(_doc(text)) if c.event is not None]
        assert claims[-1].event is not None
        assert claims[-1].event.predicate == predicate

    @pytest.mark.parametrize(("text", "predicate"), [
        ("An Orla Air jet collided with a helicopter close to Kesh airport on Wednesday.",
         "collide"),
        ("The Kesh museum will close to visitors on Monday.", "close"),
    ])
    def test_close_to_a_place_is_near_it(self, text: str, predicate: str) -> None:
        """'collided … close to Kesh airport' tells where; only 'will close to visitors'
        closes anything."""
        (claim,) = extract_claims(_doc(text))
        assert claim.event is not None
        assert claim.event.predicate == predicate

    @pytest.mark.parametrize(
        "text",
        [
            "The plane came down on Sunday in the northwest reaches of Kesh.",
            "The plane came down on Sunday in the upper reaches of the Orla river.",
        ],
    )
    def test_the_reaches_of_a_region_are_no_event(self, text: str) -> None:
        """'the northwest reaches of Kesh' is a region; nothing 'reaches' anything."""
        assert not [c for c in extract_claims(_doc(text))
                    if c.event is not None and c.event.predicate == "reach"]

    @pytest.mark.parametrize(
        ("text", "names"),
        [
            ("A van hit a crowd in Tolva City's Harbour District on Friday.",
             [("Tolva City", "tolva city"), ("Harbour District", "harbour district")]),
            ("The thieves fled the Orla Museum’s Amber Gallery.",
             [("Orla Museum", "orla museum"), ("Amber Gallery", "amber gallery")]),
            ("On New Year's Day, crowds filled Tolva Square.",
             [("New Year's Day", "new year day"), ("Tolva Square", "tolva square")]),
        ],
    )
    def test_an_owner_ends_a_name(self, text: str, names: list[tuple[str, str]]) -> None:
        """'Tolva City's Harbour District' names two places, the owner and the owned; a
        holiday ('New Year's Day') keeps its owner."""
        assert [(text[m.start : m.end], m.key) for m in find_mentions(text)] == names

    def test_a_title_case_headline_names_what_the_prose_names(self) -> None:
        """'Army Veteran Kills 15 In Deadly Truck Attack In Tolva City': its capitals say
        nothing; the names are those the article writes (the Kesh Army, Tolva City)."""
        doc = _doc("Kesh Army Veteran Kills 15 In Deadly Truck Attack In Tolva City\n\n"
                   "A veteran of the Kesh Army drove a truck into a crowd in Tolva City on "
                   "Friday, killing 15 people.")
        headline = next(c for c in extract_claims(doc) if c.span.start == 0)
        assert [m.key for m in headline.participants] == ["kesh army", "tolva city"]

    def test_suffix_is_not_a_surname(self) -> None:
        """'Rafael Alejandro IV' is keyed 'alejandro', so a later 'Alejandro' is the same man."""
        text = "Secretary Rafael Alejandro IV spoke. Later Alejandro left."
        assert [m.key for m in find_mentions(text)] == ["alejandro", "alejandro"]

    def test_an_incident_that_occurred_is_an_accident(self) -> None:
        """'The incident occurred at 2:15 p.m. on Monday': the event is the incident's (an
        accident, as a crash or a collision may be), not the narrative's next verb."""
        (claim,) = [c for c in extract_claims(_doc(
            "The incident occurred at 2:15 p.m. on Monday, with the flight arriving from "
            "Orla.")) if c.dates]
        assert claim.event is not None
        assert claim.event.predicate == "accident"

    @pytest.mark.parametrize(
        "text",
        [
            "The quake occurred at 9:40 p.m. on Tuesday near Orla.",
            "The tremor, which occurred at 9:40 p.m. on Tuesday, was felt in Orla.",
            "The magnitude 6.4 earthquake that struck Orla on Tuesday was shallow.",
            "A 6.4 temblor hit Orla on Tuesday.",
        ],
    )
    def test_a_quake_that_struck_is_an_earthquake(self, text: str) -> None:
        """Verbs that only say something happened take their event from the noun, and a
        quake has no agent."""
        claim = next(c for c in extract_claims(_doc(text)) if c.dates)
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.agent) == ("earthquake", None)

    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            ("Tolva Square was turned into a scene of horror when a man drove a van into "
             "the crowd, killing nine.", None),
            ("Ana Kovac was at home on Sunday when the thieves struck at 9.30am.", None),
            ("Kesh Radio said on Friday that Ana Kovac had killed nine.", "kovac"),
            ("The man the FBI named drove a truck that killed nine in Orla on Friday.", None),
            ("A van sped through a crowd in Tolva’s bustling Old Town on Friday, killing "
             "nine.", None),
            # A coordinated passive: Kovac was the one shot, not the shooter.
            ("Ana Kovac was shot and killed at a rally in Orla on Friday.", None),
            # An act inside a phrase of time or cause is not the subject's.
            ("Orla Police have made an arrest following the shooting of Ana Kovac on "
             "Wednesday.", None),
            ("Orla Police arrested Max Hale in connection with the shooting of Ana Kovac on "
             "Wednesday.", None),
            # "during" shares the subject: his visit.
            ("Max Hale made the comments during a visit to Orla on Monday.", "hale"),
            # A place that opens the sentence after "In" is where, not who.
            ("In Orla, a storm killed nine on Monday.", None),
            # A sayer is not the doer of what the said clause's own subject did ...
            ("Orla spokesman Max Hale said 215 pupils were taken during the attack on "
             "Friday.", None),
            ("Kesh police said rebels attacked the port on Monday.", None),
            # ... but is when a pronoun carries the sayer on, or the phrase is the saying's.
            ("Orla said Sunday it attacked the Kesh port.", "orla"),
            ("Kovac said on Monday that she visited the Kesh port.", "kovac"),
            # A passive's subject suffered what it names, it did not do the event after.
            ("215 pupils of St Mary's School, Papiri, were seized during a midnight attack "
             "on Friday.", None),
        ],
    )
    def test_a_clause_with_its_own_subject_parts_name_and_act(self, text: str,
                                                               agent: str | None) -> None:
        """'Tolva Square was turned … when a man drove …, killing nine': the square did
        not kill; an act whose clause brings its own subject ('a truck that killed') is
        not the last name's, a place owned by another ('Tolva's Old Town') is where
        it happened, and 'following the shooting' names an act the police did not do."""
        claim = next(c for c in extract_claims(_doc(text)) if c.event is not None
                     and c.event.predicate in ("kill", "shoot", "strike", "visit", "attack"))
        assert claim.event is not None
        assert claim.event.agent == agent

    def test_words_of_a_name_are_not_events(self) -> None:
        """'the Disaster Risk Reduction Council said 72 were killed': kill, not reduce."""
        doc = _doc("The National Disaster Risk Reduction Council said that 72 people were "
                   "killed in Orla.")
        (claim,) = extract_claims(doc)
        assert claim.event is not None
        assert claim.event.predicate == "kill"

    @pytest.mark.parametrize(
        ("text", "predicate"),
        [
            ("Eighteen people have died and six others missing in Orla.", "die"),
            ("Fourteen coaches derailed in northern Orla a little after 3 a.m. on "
             "Wednesday.", "derail"),
            ("The jet crashed two kilometres away on Sunday.", "crash"),
            ("A van hit a crowd in Orla, killing nine people and wounding dozens more.",
             "kill"),
            ("Six people died following a dam breach in Orla on Sunday.", "die"),
            ("Nine people were killed while the gunman fled Orla.", "kill"),
            # The doer of a passive is no object.
            ("Kovac was shot dead by a senior police officer in Orla on Saturday.", "shoot"),
            # Where the harmed were is no object either.
            ("The Orla Air jet crashed, killing 241 people onboard and dozens on the ground.",
             "kill"),
        ],
    )
    def test_counts_places_and_distances_are_not_objects(self, text: str,
                                                         predicate: str) -> None:
        """'died and six others missing': 'six' is no object of 'die'; 'derailed in
        northern Orla a little after 3 a.m.' says where and when; 'crashed two kilometres
        away' says how far, not what crashed; 'and wounding dozens' is a second act and
        'following a dam breach' and 'while the gunman fled' say when."""
        claim = next(c for c in extract_claims(_doc(text))
                     if c.event is not None and c.event.predicate == predicate)
        assert claim.event is not None
        assert claim.event.object is None

    def test_a_new_verb_after_a_name_ends_the_object(self) -> None:
        """'The June 6 breach of the Orla Dam flooded the valley': the valley is what was
        flooded, not what was breached."""
        (claim,) = extract_claims(_doc("The June 6 breach of the Orla Dam flooded the "
                                       "valley."))
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.object) == ("breach", None)
        assert [d.value for d in claim.dates] == ["2026-06-06"]

    def test_a_paper_named_for_an_act_is_no_act(self) -> None:
        """'In the 182-page sentencing memo submitted Monday': a paper filed before the
        sentencing, which Monday does not date; 'was sentencing Kovac' still sentences."""
        doc = _doc("In the 182-page sentencing memo submitted Monday, his lawyers asked "
                   "for mercy.\nThe judge began sentencing Kovac on Monday in Orla.")
        events = [c.event.predicate if c.event else None for c in extract_claims(doc)]
        assert "sentence" not in events[:-1]
        assert events[-1] == "sentence"

    def test_a_year_that_names_a_thing_dates_no_deed(self) -> None:
        """'The river surged 26 feet, shattering 1987 flood records': 1987 is the records'
        year, not the surge's; 'won 303 seats in the 2019 election' still won in 2019;
        'the early morning hours of July 4' is July 4, not this morning."""
        doc = _doc("The Orla River surged 26 feet in 45 minutes near Kesh, shattering 1987 "
                   "records.\nThe party won 303 seats in the 2019 election in Orla.\nFloods tore "
                   "through Orla during the early morning hours of July 4.")
        found = [(c.event.predicate if c.event else None, [d.value for d in c.dates])
                 for c in extract_claims(doc) if c.dates]
        assert found == [("win", ["2019"]), ("flood", ["2025-07-04"])]
        # a work named by its year, even after "in the": the actress did not die in 1977
        doc = _doc("Orla Kesh, known for her role in the 1977 film Varna, has died at the "
                   "age of 79.")
        assert [[d.value for d in c.dates] for c in extract_claims(doc)] == [[]]

    def test_a_day_named_before_an_event_of_another_time(self) -> None:
        """'rejected a request for a new trial or acquittal ahead of Kovac's October 3
        sentencing': October 3 is the sentencing's, still to come ('ahead of'), and the
        acquittal is asked for, not given; 'was acquitted last month' is an acquittal;
        'the seats it won in the 2019 election' were won in 2019."""
        doc = _doc("A judge rejected his request for a new trial or acquittal ahead of "
                   "Kovac's October 3 sentencing in Orla.\nKovac was acquitted of fraud "
                   "in Orla last month.")
        found = [(c.event.predicate, [d.value for d in c.dates], c.modality)
                 for c in extract_claims(doc) if c.event is not None and c.dates]
        assert ("sentence", ["2026-10-03"], "asserted") in found
        assert ("acquit", ["2026-02"], "asserted") in found
        assert not [f for f in found if f[0] == "acquit" and f[2] != "requested"
                    and f[1] != ["2026-02"]]

    def test_time_words_are_not_objects_and_plurals_in_ies_singularise(self) -> None:
        """'with 139 still missing': 'still' is no object; 'recovered 10 bodies' is about a
        body, not a 'bodie'."""
        doc = _doc("Rescuers injured 12 people and 139 still missing in Orla.\nCrews have so "
                   "far recovered 10 bodies in Orla.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("injure", None), ("recover", "body")]

    def test_a_share_of_a_thing_is_the_thing(self) -> None:
        """'stole nine pieces of the crown jewels': what was stolen is the jewels, as another
        report's 'stole crown jewels' says; 'made off with' is a theft ('made off in a car'
        only fled); a figure's 'worth' is no head of the noun before it."""
        doc = _doc("Four thieves stole nine pieces of Orla's crown jewels on 3 March.\n"
                   "Three men made off with nine priceless pieces of antique jewelry on 3 "
                   "March.\nThe gang made off with 8 pieces of jewelry worth 88 million euros.\n"
                   "The gunmen made off in a car with 3 hostages.")
        events = [(c.event.predicate, c.event.object) if c.event else None
                  for c in extract_claims(doc)]
        assert events == [("steal", "jewel"), ("steal", "jewelry"), ("steal", "jewelry"), None]

    def test_thefts_and_participles(self) -> None:
        """'stole', 'the heist', 'the theft' and 'a robbery' are one kind of event; 'How the
        heist unfolded' has no object ('unfolded' is a participle, not a thing)."""
        doc = _doc("Four thieves stole nine pieces from the Orla museum on 3 March.\n"
                   "The heist took 7 minutes in Orla.\nA robbery on "
                   "4 March netted 2 million euros in Kesh.\nHow the Orla heist unfolded in 7 "
                   "minutes.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("steal", "piece"), ("steal", None), ("rob", None),
                          ("steal", None)]
        assert EVENT_CLASSES["rob"] == "steal"

    def test_crash_landings_and_overruns(self) -> None:
        """'crash-landed' is a crash, and a plane that 'overran the runway' had the same
        accident as one that crashed."""
        doc = _doc("The Orla Air jet crash-landed at Kesh airport on 29 December 2024.\n"
                   "On 29 December 2024 the flight overran the runway at Kesh.")
        events = [c.event.predicate for c in extract_claims(doc) if c.event is not None]
        assert events == ["crash", "overrun"]
        assert EVENT_CLASSES["overrun"] == "crash"

    def test_the_harmed_and_ages_are_not_events_or_objects(self) -> None:
        """'After visiting the injured in hospital on Thursday': the event is the visit,
        and neither the injured nor where they lie is its object; 'the death of
        37-year-old firefighter Kim': the object is the firefighter."""
        doc = _doc("After visiting the injured in hospital early on Thursday, the mayor "
                   "vowed an inquiry.\nThey confirmed the death of 37-year-old firefighter "
                   "Pavel Kim on Wednesday.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("visit", None), ("die", "firefighter")]

    def test_a_deed_noun_before_its_clauses_verb_has_no_object(self) -> None:
        """'The victory also earned the club $128 million': the club is what the earning
        got, not what was won; 'the revocation of the visa' keeps its object."""
        doc = _doc("The Orla victory also earned the club $128 million in prize money.\n"
                   "The revocation of the visa on 3 March angered Kesh.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("win", None), ("revoke", "visa")]

    @pytest.mark.parametrize(("text", "event"), [
        # where a crash or a break-in went is no object that parts two reports of it
        ("The Orla Air plane crashed into a residential building in Kesh on Friday.",
         ("crash", None)),
        ("Thieves broke into the Orla museum on Sunday.", ("break", None)),
        # a term served "in federal prison" is a prison term
        ("Ana Kovac will serve 50 months in federal prison in Orla.", ("serve", "prison")),
        # a storm shelter is no storm, a fire official no fire; a century is a span
        ("Nearly 15,000 people were in storm shelters in Orla on Tuesday.", None),
        ("Fire officials confirmed that four towers have been fully extinguished in Orla.",
         ("confirm", None)),
        ("The Orla crown was stolen over a century ago in Kesh.", ("steal", None)),
        # "long" grades the participle after it; "apiece" grades the figure
        ("Kovac signed a long awaited spending bill in Orla on Wednesday.", ("sign", "bill")),
        ("Each count carries a maximum sentence of 10 years apiece in Orla.",
         ("sentence", None)),
        # a deed noun after an article, then its clause's verb
        ("The storm tied two records in Orla on Tuesday.", ("storm", None)),
        # a shot fired from a roof was fired at no roof; one withdraws from a deal
        ("One shot was fired from the roof of the Orla Center, 150 yards away.",
         ("fire", None)),
        ("Kesh withdrew from the deal in Orla on Monday.", ("withdraw", "deal")),
    ])
    def test_what_an_event_is_not_done_to(self, text: str,
                                          event: tuple[str, str | None] | None) -> None:
        """Places, spans of time, grades and the verb after a deed noun are no objects."""
        (claim,) = extract_claims(_doc(text))
        assert ((claim.event.predicate, claim.event.object) if claim.event else None) == event

    def test_an_age_is_no_object(self) -> None:
        """'has died aged 91' and 'dies age 91' died nothing called 'aged' or 'age': the
        two reports' deaths share their (empty) object."""
        doc = _doc("Ana Kovac has died aged 91 in Orla.\nAna Kovac dies age 91 in Orla.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("die", None), ("die", None)]

    def test_a_fund_is_no_funding(self) -> None:
        """'The sovereign wealth fund already held nearly 10%': a fund, not an act of
        funding; 'will fund 20 projects' funds."""
        doc = _doc("The Orla sovereign wealth fund already held nearly 10% of Kesh.\n"
                   "Orla’s fund owned about 10% of Kesh.\nOrla will fund 20 projects in Kesh.")
        events = [c.event.predicate if c.event else None for c in extract_claims(doc)]
        assert events == [None, None, "fund"]

    def test_a_units_letter_is_no_object(self) -> None:
        """'winds reaching 295 km/h': the 'h' after the slash is the unit's, not a thing
        reached; a noun after the figure still is ('reached 40 villages')."""
        doc = _doc("Winds in Orla were reaching 295 km/h on Friday.\nFloods reached 40 villages in Kesh.")
        events = [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                  if c.event is not None]
        assert events == [("reach", None), ("reach", "village")]

    def test_last_seen_is_a_dated_sighting(self) -> None:
        """'He was last seen Nov. 3, the day before a warrant in the Kovac shooting': Nov. 3
        dates the sighting, not the shooting."""
        doc = _doc("He was last seen Nov. 3, the day before the police issued a warrant in "
                   "the Kovac shooting.")
        (claim,) = [c for c in extract_claims(doc) if c.dates]
        assert claim.event is not None
        assert claim.event.predicate == "see"

    def test_a_blaze_that_tore_through_is_a_fire(self) -> None:
        """'A massive blaze tore through eight residential blocks': the event is the fire;
        'eight blocks' and 'residential blocks' are things, not the verb 'block'."""
        doc = _doc("A massive blaze tore through eight residential blocks in Orla on "
                   "Wednesday. Crews reached seven blocks on 3 March.")
        events = [c.event.predicate for c in extract_claims(doc) if c.event is not None]
        assert events == ["fire", "reach"]
        doc = _doc("Officials reported 15 deaths on 3 March.")
        assert [c.event.predicate for c in extract_claims(doc) if c.event] == ["die"]

    @pytest.mark.parametrize("text", [
        "The firefighter was pronounced dead at 4:45 p.m. on 3 March.",
        "The firefighter was declared dead at the hospital at 4:45 p.m. on 3 March.",
        "The firefighter passed away at 4:41 p.m. on 3 March.",
        "Fashion designer Orla Kesh is dead at the age of 91, her company said on 3 March.",
        "Fashion Designer Orla Kesh Dead At 91 On 3 March",
    ])
    def test_declared_dead_and_passed_away_are_deaths(self, text: str) -> None:
        """A death told as 'pronounced dead', 'passed away' or 'is dead at 91' (or a
        headline's 'Kesh Dead At 91') meets one told as 'died'."""
        (claim,) = extract_claims(_doc(text))
        assert claim.event is not None
        assert claim.event.predicate == "die"
        assert claim.event.span.text in ("pronounced dead", "declared dead", "passed away",
                                         "is dead", "Kesh Dead")

    def test_a_name_inside_a_date_takes_no_part(self) -> None:
        """'died on Easter Monday': Easter dates the death; it is no participant."""
        doc = _doc("Pope Orla died on Easter Monday at the age of 88.",
                   dt.date(2025, 4, 21))
        (claim,) = [c for c in extract_claims(doc) if c.kind == "date"]
        assert [p.key for p in claim.participants] == ["orla"]
        assert claim.dates[0].value == "2025-04-21"

    @pytest.mark.parametrize("opening", ["Born", "Based", "Raised"])
    def test_an_opening_participle_is_no_name(self, opening: str) -> None:
        """'Born July 11, 1934, in Varna, Kesh …': the participle that opens a sentence
        is capitalised, not a name."""
        (claim,) = extract_claims(_doc(f"{opening} July 11, 1934, in Varna, Orla Kesh "
                                       "dreamed of becoming a doctor."))
        assert [p.key for p in claim.participants] == ["varna", "kesh"]

    @pytest.mark.parametrize("told", ["stepped down on 3 March", "quit on 3 March",
                                      "stood down on 3 March"])
    def test_stepping_down_is_resigning(self, told: str) -> None:
        """'stepped down', 'quit' and 'stood down' are resignations, dated by their day,
        even when the sentence quotes the minister's reason."""
        doc = _doc(f"The protests claimed the resignation of Home Minister Orla Kesh, who "
                   f"{told}, “taking moral responsibility” for the crackdown.")
        dated = [c for c in extract_claims(doc) if c.kind == "date"]
        assert [(c.event.predicate if c.event else None, c.dates[0].value)
                for c in dated] == [("resign", "2026-03-03")]

    @pytest.mark.parametrize(("text", "events"), [
        ("The government lifted the ban on Tuesday, but rallies continued.",
         [("lift", "ban"), ("rally", None)]),
        ("Kesh extended its social media ban on Friday.", [("extend", "ban")]),
        # imposing a fine is the fine itself
        ("The court imposed a fine of $5,000 on Friday.", [("fine", None)]),
    ])
    def test_a_measure_acted_on_is_the_object(self, text: str,
                                              events: list[tuple[str, str | None]]) -> None:
        """'lifted the ban on Tuesday': the lifting is Tuesday's, and the ban its object,
        no ban of Tuesday's that another report's 'banned on 4 September' would clash
        with."""
        found = [(c.event.predicate, c.event.object) for c in extract_claims(_doc(text))
                 if c.event is not None]
        assert found == events[: len(found)]
        assert found[0] == events[0]

    def test_the_time_of_a_death_dates_a_state(self) -> None:
        """'at the time of his death the company was valued at $12 billion': the figure is
        a valuation, not a death's; a funeral chamber 'will be set up' is set up, not
        what the company said."""
        doc = _doc("At the time of his death the company was valued at more than $12 "
                   "billion. A funeral chamber will be set up on Saturday in Orla, the "
                   "company said.")
        events = [c.event.predicate for c in extract_claims(doc) if c.event is not None]
        assert events == ["value", "set up"]

    def test_a_comparison_window_is_no_figure(self) -> None:
        """'the deadliest fire in over six decades' compares; it measures nothing."""
        doc = _doc("The deadliest fire in over six decades has killed at least 65 people. "
                   "The strike lasted for six days in May.")
        figures = {c.event.predicate: [q.span.text for q in c.quantities]
                   for c in extract_claims(doc) if c.event is not None}
        assert figures == {"kill": ["at least 65 people"], "strike": ["six days"]}

    def test_a_time_between_events_or_a_count_window_is_no_figure(self) -> None:
        """'a memorial one year after he was killed' and 'murders in the last five years'
        measure no event: one places it, the other frames a count. 'The siege lasted
        five days' is the siege's length."""
        doc = _doc("Kovac held a memorial in Orla one year after Hale was killed. There "
                   "were 12 murders of Orla doctors in the last five years. The Tolva "
                   "siege lasted five days.")
        figures = [q.span.text for c in extract_claims(doc) for q in c.quantities]
        assert figures == ["12 murders", "five days"]

    def test_a_range_of_time_is_one_figure(self) -> None:
        """'between 40 and 50 years', '10 to 30 years' and 'a five to six-and-a-half-year
        term' are each one range; 'no more than six and a half years' is up to 6.5 years;
        'from five to ten years' is a change, two figures, but 'anywhere from' and
        'ranging from' open a range."""
        doc = _doc("Prosecutors sought between 40 and 50 years for Hale. Experts called 10 to "
                   "30 years realistic. The defense's plea was for a five to six-and-a-half-"
                   "year term. His lawyers argued for no more than six and a half years. "
                   "Orla raised the term from five to ten years. The raid took anywhere "
                   "from four to seven minutes, with estimates ranging from 8 to 12 hours.")
        figures = [(q.span.text, q.low, q.high) for c in extract_claims(doc)
                   for q in c.quantities]
        assert figures == [
            ("between 40 and 50 years", 40.0, 50.0), ("10 to 30 years", 10.0, 30.0),
            ("five to six-and-a-half-year", 5.0, 6.5),
            ("no more than six and a half years", 0.0, 6.5), ("ten years", 10.0, 10.0),
            ("four to seven minutes", 4.0, 7.0), ("8 to 12 hours", 8.0, 12.0)]

    @pytest.mark.parametrize(("text", "modality"), [
        ("Prosecutors had called for Kovac to sentence Hale to 40 years in prison.",
         "requested"),
        ("The prosecution's request for a 40-year term was turned down.", "requested"),
        ("Hale faced up to 110 years in prison under the guidelines.", "hypothetical"),
        ("Experts had speculated that a term of 10 to 30 years was realistic.",
         "hypothetical"),
        ("An Orla landslide buried over 2,000 people, and Orla requested aid.", "asserted"),
        ("Kovac sentenced Hale to 12 years in prison.", "asserted"),
    ])
    def test_what_is_asked_for_or_might_be(self, text: str, modality: str) -> None:
        """A sentence sought or faced is not the one passed; a request after the figure
        asks for something else."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("The jurors' rejection of Hale's narrative, coupled with his conviction on seven "
         "counts, was swift.", "asserted"),
        ("The court rejected his appeal against the 12-year sentence.", "asserted"),
        ("Kovac denied that 40 people died in the Orla fire.", "denied"),
        ("The strike began on 13 September, after the union rejected the company's first "
         "proposal of 25 percent.", "asserted"),
        ("Members, who rejected two earlier contract offers, return on 12 November.",
         "asserted"),
        # A court dismissing a case denies nothing of it.
        ("A judge dismissed the two federal charges against Kovac, fired in 2017.",
         "asserted"),
        ("The two criminal cases against Kovac, fired in 2017, were dismissed on Monday.",
         "asserted"),
    ])
    def test_a_denial_of_an_argument_leaves_the_event(self, text: str, modality: str) -> None:
        """Rejecting someone's narrative or appeal denies the argument, not the
        conviction or the sentence the sentence states."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("At least 15 people were killed as clashes erupted along their disputed border.",
         "asserted"),
        ("Amid the cross-border dispute, shelling killed 13 people in Orla.", "asserted"),
        ("A dispute over land left 4 people dead in Kesh.", "asserted"),
        ("Orla disputed that 15 people were killed in the clashes.", "denied"),
        ("Kesh disputed the claims that 15 people were killed.", "denied"),
        # a firing
        ("After her dismissal, the council named Kovac to serve the rest of the term, "
         "ending July 28, 2026.", "asserted"),
    ])
    def test_a_quarrel_named_is_no_denial(self, text: str, modality: str) -> None:
        """'their disputed border' and 'the cross-border dispute' name a quarrel; only a
        party disputing the event denies it; a dismissal is a firing."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities or c.dates]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("On Monday, Orla Space had to call off the much-awaited launch of its rocket.",
         "cancelled"),
        ("The launch was originally set for Sunday but was postponed.", "cancelled"),
        ("The Orla launch was scrubbed on Sunday.", "cancelled"),
        ("The Orla launch is scheduled for Sunday.", "planned"),
        ("Orla Space launched its rocket on Tuesday.", "asserted"),
        # a plan the text says was not carried out
        ("Reports suggested Kesh would release 10 hostages on Sunday, but this did not "
         "happen.", "cancelled"),
    ])
    def test_an_act_called_off_did_not_happen_that_day(self, text: str, modality: str
                                                       ) -> None:
        """A launch called off, scrubbed, or set for a day and then postponed is no
        launch on that day: its date is no rival to the day of the launch that flew."""
        (claim,) = [c for c in extract_claims(_doc(text, dt.date(2025, 8, 27))) if c.dates]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("Orla secured an option to buy an additional 5% of Kesh within five years.",
         "hypothetical"),
        ("A warrant allows the government to buy an extra 5% of Kesh at $20 per share.",
         "hypothetical"),
        ("The government bought 433.3 million Kesh shares at $20.47 per share.",
         "asserted"),
        # Evidence to act on is no act: the indictment came later, if at all.
        ("Hale believed there was insufficient evidence to charge 12 suspects.",
         "hypothetical"),
    ])
    def test_an_option_to_act_is_no_act(self, text: str, modality: str) -> None:
        """'an option to buy an additional 5%' and 'a warrant that allows … to buy' tell
        what may be done, not what was: their figures are no rivals to the stake bought."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("Kovac preferred a quarter-point cut, the bank said.", "requested"),
        ("Hale voted against it in favor of a smaller 25 basis point cut.", "requested"),
        ("Markets were split on whether the bank would cut by 50 basis points.",
         "hypothetical"),
        ("Eleven members voted in favor of the bank's move to cut by 50 basis points.",
         "asserted"),
    ])
    def test_a_preference_is_no_fact(self, text: str, modality: str) -> None:
        """The cut a dissenter would have preferred, or one markets wondered about, is
        not the cut made; voting for the move made is."""
        (claim,) = [c for c in extract_claims(_doc(text))
                    if any(q.unit == "percentage points" for q in c.quantities)]
        assert claim.modality == modality

    @pytest.mark.parametrize(("text", "modality"), [
        ("The Orla Party is likely to win around 38% of the vote.", "hypothetical"),
        ("The Orla Party is poised to claim 410 seats in parliament.", "hypothetical"),
        ("The Tolva Party looks on course to win 131 seats.", "hypothetical"),
        ("The Orla Party won 412 seats in parliament.", "asserted"),
    ])
    def test_a_forecast_is_no_result(self, text: str, modality: str) -> None:
        """What a party is likely, poised or on course to win is a forecast made on the
        night, not the result the count gave."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert claim.modality == modality

    def test_a_count_before_its_verb_in_a_relative_clause(self) -> None:
        """'the record 303 seats it won in the 2019 election': the seats are those won in
        2019, not a count of the majority the party did not gain this time."""
        doc = _doc("The Orla Party did not gain a majority on its own, a notable contrast "
                   "to the record 303 seats it won in the 2019 election.")
        found = [(c.event.predicate, [d.value for d in c.dates],
                  [q.value for q in c.quantities])
                 for c in extract_claims(doc) if c.event is not None and c.quantities]
        assert found == [("win", ["2019"], [303.0])]

    def test_a_noun_in_a_later_phrase_is_no_verb_of_the_count(self) -> None:
        """'stole eight pieces of jewellery in a robbery': the pieces are the stealing's;
        'of jewellery in a' opens a new phrase, so 'robbery' is no verb of the count."""
        doc = _doc("Intruders stole eight pieces of priceless jewellery in a quick-hit "
                   "robbery at the Orla museum.")
        found = [(c.event.predicate, [q.value for q in c.quantities])
                 for c in extract_claims(doc) if c.event is not None and c.quantities]
        assert found == [("steal", [8.0])]

    def test_a_time_to_the_day_after_is_no_figure(self) -> None:
        """'One year to the day after the report, a jury convicted Hale' places the
        verdict; it measures nothing."""
        doc = _doc("One year to the day after Orla News reported the losses, a jury "
                   "convicted Hale on seven counts.")
        assert [q.span.text for c in extract_claims(doc) for q in c.quantities] == [
            "seven counts"]

    def test_a_count_belongs_to_its_own_verb(self) -> None:
        """'At least 61 were killed and more than 150 injured': the 150 are the injured,
        and '14 coaches of the Orla express derailed' counts what derailed."""
        doc = _doc("At least 61 people were killed and more than 150 injured when 14 coaches "
                   "of the Orla express derailed.")
        by_event = {c.event.predicate: [q.value for q in c.quantities]
                    for c in extract_claims(doc) if c.event is not None}
        assert by_event == {"kill": [61.0], "injure": [150.0], "derail": [14.0]}

    def test_a_count_named_person_by_person_keeps_its_verb(self) -> None:
        """'two men, Ivo Hale, 53, and Ana Kovac, 66, lost their lives': the names and ages
        between the count and its verb do not part them, so the two are the dead and not
        a figure of the attack the sentence opens with; 'Police continue to question six
        people as …': the six are the questioned."""
        doc = _doc("Following the attack in Tolva, two people, Ivo Hale, 53, and Ana "
                   "Kovac, 66, lost their lives. Police continue to question six people as "
                   "investigations into the attack intensify.")
        by_event = {c.event.predicate: sorted(q.value for q in c.quantities
                                              if q.kind == "count")
                    for c in extract_claims(doc) if c.event is not None and c.quantities}
        assert by_event.get("die") == [2.0]
        assert by_event.get("question") == [6.0]
        assert by_event.get("attack", []) == []

    def test_a_deed_done_before_the_news_is_an_earlier_one(self) -> None:
        """'Kovac has already been convicted in another case, receiving a one-year
        sentence': an earlier sentence, not the one the news is about; but a relative
        clause keeps its adverb ('who had previously served as minister, was sworn in'),
        and a toll that has 'already' risen is running, not earlier."""
        doc = _doc("Kovac has already been convicted in another case, receiving a one-year "
                   "sentence. Hale, who had previously served as minister, was sworn in on "
                   "Monday. The storm has already killed 50 people.")
        assert [(c.event.predicate, c.event.ordinal) for c in extract_claims(doc)
                if c.event is not None] == [
            ("sentence", "earlier"), ("swear", None), ("kill", None)]

    def test_the_rule_of_law_is_no_ruling(self) -> None:
        """'“… the rule of law,” Hale said on Monday': a principle; the saying is the act."""
        doc = _doc("“What happened today is of extreme gravity in regard to the rule of "
                   "law,” Hale said on Monday.")
        assert {c.event.predicate for c in extract_claims(doc) if c.event is not None} == {
            "say"}

    def test_tolls_of_a_deed_named_in_passing_and_of_part_of_the_dead(self) -> None:
        """'ordered the strikes in response to a Monday shooting': Monday is the
        shooting's; 'the December 7 massacre in Orla, which killed around 1,200 people':
        the toll is the massacre's, of its day; 'Hale's son, aide, and three bodyguards
        died': the three are some of the dead, not their toll; 'Six Kesh members were
        killed', 'five of its members were killed': counts of the dead members."""
        doc = _doc("Kovac ordered the strikes in response to a Monday shooting in Tolva. "
                   "They were responsible for the December 7 massacre in Orla, which killed "
                   "around 1,200 people. Hale's son, aide, and three bodyguards died. Six "
                   "Kesh members were killed. Kesh confirmed that five of its members were "
                   "killed.")
        claims = extract_claims(doc)
        dated = {(c.event.predicate, d.value) for c in claims if c.event is not None
                 for d in c.dates}
        assert ("strike", "2026-03-09") not in dated
        assert ("shoot", "2026-03-09") in dated
        tolls = [(q.span.text, q.unit, [d.value for d in c.dates])
                 for c in claims for q in c.quantities if q.kind == "count"]
        assert tolls == [("around 1,200 people", "dead", ["2025-12-07"]),
                         ("three bodyguards", "bodyguards", []),
                         ("Six Kesh members", "dead members", []),
                         ("five of its members", "dead members", [])]

    def test_no_one_is_nobody_and_a_speakers_last_night_is_not_the_saying(self) -> None:
        """'No one was injured' counts no one injured (not one); '“Last night the
        airspace was violated,” Kovac wrote' dates the violation the speaker tells of,
        never the writing."""
        doc = _doc("No one was injured in Orla. Kovac wrote on social media that “Last night "
                   "the Orla airspace was violated by a large number of drones.”")
        claims = extract_claims(doc)
        assert [q.span.text for c in claims for q in c.quantities] == []
        assert [(c.event.predicate, [d.value for d in c.dates]) for c in claims
                if c.event is not None and c.dates] == []

    def test_an_obituarys_birth_and_a_death_announced_later(self) -> None:
        """'Born in 1941 in Tolva, Kovac grew up in Orla after leaving Kesh' and 'was born
        Jan. 30, 1941' date a birth (not the leaving); 'announced his death in a statement
        Tuesday' dates the announcing, not the death; 'the January 6 Capitol attack' is the
        January 6 gone, not the one ahead."""
        doc = _doc("Born in 1941 in Tolva, Kovac grew up in Orla after leaving Kesh. He was "
                   "born Jan. 30, 1941, in Tolva. Kovac's family announced his death in a "
                   "statement Tuesday. Hale backed her after the January 6 Capitol attack.")
        dated = [(c.event.predicate, [d.value for d in c.dates])
                 for c in extract_claims(doc) if c.event is not None and c.dates]
        assert dated == [("birth", ["1941"]), ("birth", ["1941-01-30"]),
                         ("attack", ["2026-01-06"])]

    def test_the_noun_question_is_no_questioning(self) -> None:
        """'The question now is the speed of recovery': a question asked of no one; the
        verb ('questioned two men', 'to question six people') is the act."""
        doc = _doc("“The question now is the speed of recovery. That's the challenge,” "
                   "Kovac said. Instead of addressing the question, Hale called Lucey "
                   "“piggy,” on Friday. Police questioned two men on Friday.")
        assert [c.event.predicate for c in extract_claims(doc)
                if c.event is not None and c.event.predicate == "question"] == ["question"]

    @pytest.mark.parametrize(("text", "dates"), [
        ("The bank cut rates on Wednesday, its first cut since March 2020.",
         {"cut": ["2026-03-11"]}),
        ("The Tolva fire is the city's deadliest since 1948.", {}),
        ("Kovac has been detained since Sunday.", {"detain": ["2026-03-08"]}),
        ("Within an hour, Ilves was sworn in as Estonia's seventh premier since 2016.", {}),
    ])
    def test_a_record_since_a_date_is_not_dated_by_it(
            self, text: str, dates: dict[str, list[str]]) -> None:
        """'The first cut since March 2020' was not made in March 2020: a record runs
        from that date up to the event, and so does a count ('the seventh premier since
        2016'). 'Detained since Sunday' is dated from Sunday."""
        found = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(_doc(text)) if c.event is not None and c.dates}
        assert found == dates

    def test_a_relative_clause_far_from_the_event_keeps_its_time(self) -> None:
        """'the size of the cut …, particularly the labour market, which has cooled over
        the summer': the summer is the market's, not the cut's, and 'arrived … in a
        downfall for a woman who led the country between 2007 and 2012' is no arrival in
        2007; 'the fire, which broke out on Monday' is the fire's own day, and 'arrested
        five people who were attending a wedding on Saturday' the arrest's."""
        doc = _doc("Analysts took the size of the cut as a sign of worry about growth, "
                   "particularly the labour market, which has cooled over the summer. "
                   "The Tolva fire, which broke out on Monday, destroyed 40 homes. "
                   "Kovac arrived at the Orla prison in a stunning downfall for a woman "
                   "who led the country between 2007 and 2012. Police arrested five people "
                   "who were attending a wedding on Saturday.")
        dated = [(c.event.predicate, [d.value for d in c.dates])
                 for c in extract_claims(doc) if c.event is not None and c.dates]
        assert dated == [("break", ["2026-03-09"]), ("arrest", ["2026-03-14"])]

    def test_an_adjective_in_ed_is_no_event(self) -> None:
        """'The reduced dividend is payable Jan. 2': nothing was reduced on Jan. 2."""
        doc = _doc("The reduced dividend is payable Jan. 2 to holders of record.")
        assert [c.event for c in extract_claims(doc)] == [None]

    def test_a_name_that_is_something_did_nothing(self) -> None:
        """'Hale was the only dissenter to Wednesday's rate cut': Hale did not cut;
        'Hale was the first to cut rates' did."""
        agents = [c.event.agent for text in (
            "Board member Max Hale was the only dissenter to Wednesday's rate cut.",
            "Board member Max Hale was the first to cut rates on Wednesday.")
            for c in extract_claims(_doc(text)) if c.event is not None]
        assert agents == [None, "hale"]

    def test_washington_state_is_no_country(self) -> None:
        """'most of them in Washington state' is the state; 'officials in Washington'
        and 'the Indian state of Kerala' are the countries."""
        text = ("Most of them work in Washington state. Officials in Washington said so. "
                "It hit the Indian state of Kerala.")
        assert [m.key for m in find_mentions(text)] == [
            "washington state", "united states", "india", "kerala"]

    @pytest.mark.parametrize("text", [
        "Kovac later won an Orla Award for directing Ordinary People (1980).",
        "The icon later won an Orla Award for directing 1980's Ordinary People.",
        "Kovac began her career with her breakout role in The Godfather (1972).",
    ])
    def test_a_works_year_in_brackets_or_before_its_title(self, text: str) -> None:
        """'Ordinary People (1980)', '1980's Ordinary People': the film's year, not the
        day of the award or of the career's start."""
        assert [d.value for c in extract_claims(_doc(text)) for d in c.dates] == []

    def test_a_when_clause_keeps_its_figures(self) -> None:
        """'the deadliest quake since 2013, when a magnitude 7.2 quake hit Kesh': 2013
        and 7.2 are the earlier quake's, not this one's; 'the first cut since December'
        dates no cut."""
        doc = _doc("It is the deadliest earthquake to strike Tolva since 2013, when a "
                   "magnitude 7.2 quake hit Kesh province.")
        (claim,) = [c for c in extract_claims(doc) if c.quantities]
        assert claim.event is not None
        assert claim.event.span.text == "hit"
        assert [d.value for d in claim.dates] == ["2013"]
        # "the first cut since December" was not in December
        doc = _doc("The move is the Orla bank's first cut since December and lowered its "
                   "rate to about 4.1%, down from 4.3%.")
        (claim,) = [c for c in extract_claims(doc) if c.quantities]
        assert claim.dates == ()
        # a record spelled out at length still looks back: 2019 is the earlier attack's
        doc = _doc("In the deadliest terror strike in Orla and Kesh since the 2019 Varna "
                   "attack, 28 people were killed when gunmen opened fire on Tuesday.")
        assert "2019" not in [d.value for c in extract_claims(doc) for d in c.dates]

    @pytest.mark.parametrize(("text", "event"), [
        ("President Ana Kovac signed an executive order on Thursday night.",
         ("sign", "order")),
        ("Kovac signed legislation late Wednesday night to end the Orla shutdown.",
         ("sign", "legislation")),
        ("The executive order, signed late on August 1, sets new Orla tariffs.",
         ("sign", None)),
        ("Max Hale resigned with his Cabinet earlier on Tuesday.", ("resign", None)),
        ("The Orla deal, expected to close mid-2026, will bolster Kesh.", ("close", None)),
        ("Orla Corp was spun off by Kesh Corp two years ago.", ("spin off", None)),
        ("Seven million protesters marched worldwide on Oct. 18.", ("march", None)),
    ])
    def test_an_executive_order_is_a_document(self, text: str,
                                              event: tuple[str, str | None]) -> None:
        """'signed an executive order on Thursday night': the signing is dated, and the
        order is what was signed, not an act of ordering; 'late' is no object."""
        claims = [c for c in extract_claims(_doc(text)) if c.event is not None and c.dates]
        assert [(c.event.predicate, c.event.object) for c in claims
                if c.event is not None] == [event]

    @pytest.mark.parametrize(("text", "obj"), [
        ("Orla authorities deployed extensive firefighting resources on Monday.", "resource"),
        ("Kesh revenue reached $4.3 billion, a 30% increase from the previous year, on "
         "Monday.", None),
        ("Orla Corp hired an executive for its Kesh unit on Monday.", "executive"),
        ("President Ana Kovac signed an executive order on Monday.", "order"),
        ("The Orla Dodgers beat Kesh on Saturday to win consecutive World Series titles.",
         "title"),
    ])
    def test_an_adjective_before_a_noun_is_no_object(self, text: str, obj: str | None
                                                     ) -> None:
        """'deployed extensive firefighting resources' deployed resources; 'from the
        previous year' names a time; an 'executive' before 'for' is a person."""
        claims = [c for c in extract_claims(_doc(text)) if c.event is not None
                  and c.event.predicate in ("deploy", "increase", "hire", "sign", "win")]
        assert [c.event.object for c in claims if c.event is not None] == [obj]

    @pytest.mark.parametrize("text", [
        "But Newcastle's double striker swoop for Kesh's Ana Kovac (£69m) paved the way.",
        "The U.S. added 119,000 jobs in September, more than double expectations.",
    ])
    def test_double_before_a_noun_is_no_event(self, text: str) -> None:
        """'Newcastle's double striker swoop', 'more than double expectations': an
        adjective, not a doubling."""
        assert "double" not in [c.event.predicate for c in extract_claims(_doc(text))
                                if c.event is not None]

    @pytest.mark.parametrize(("text", "predicate"), [
        ("Ana Kovac, leader of Orla’s ruling Kesh Democratic Party, made history on "
         "Tuesday by being elected.", "rule"),
        ("Questions about security at the world’s most visited museum, which attracts close "
         "to 9 million visitors per year, have been raised.", "visit"),
        ("Most affected employees will receive a 90-day window from Monday.", "affect"),
    ])
    def test_a_participle_as_an_adjective_is_no_event(self, text: str, predicate: str
                                                       ) -> None:
        """'Orla's ruling Kesh Party', 'the most visited museum', 'most affected
        employees': adjectives, not a ruling, a visit or an effect."""
        assert predicate not in [c.event.predicate for c in extract_claims(_doc(text))
                                 if c.event is not None]

    def test_a_hyphened_modifier_of_a_name_is_no_object(self) -> None:
        """'struck war-torn Orla': the adjective of a name, not what was struck."""
        doc = _doc("A powerful earthquake, followed by aftershocks, struck war-torn Orla on "
                   "Friday.")
        (claim,) = [c for c in extract_claims(doc) if c.event is not None]
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.object) == ("strike", None)

    def test_a_compound_object_is_named_by_its_last_noun(self) -> None:
        """'cut interest rates' and 'cut its benchmark federal funds rate' both cut a
        rate, as 'cut rates' does; the toll is not what 'hit 93' names, nor are the houses
        of a second count ('killed and 30 houses set alight') what was killed."""
        doc = _doc("The bank cut interest rates on Wednesday. Tolva lowered the benchmark "
                   "federal funds rate on Monday. The death toll hit 93 on Friday. Eight "
                   "people were killed and 30 houses set alight on Sunday.")
        assert [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                if c.event is not None] == [("cut", "rate"), ("lower", "rate"),
                                            ("die", "toll"), ("kill", None)]

    def test_an_opening_date_frames_the_sentence(self) -> None:
        """'In November, 127 were killed and 150 injured': both counts are of November."""
        doc = _doc("In November, 127 people were killed and 150 injured when 14 coaches of a "
                   "train left the track near Orla.")
        dated = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(doc) if c.event is not None}
        assert dated["kill"] == dated["injure"] == ["2025-11"]

    def test_a_clause_after_a_comma_and_after_is_not_dated_by_the_main_clause(self) -> None:
        """'Soldiers guarded the streets on Wednesday, after two days of protests forced
        Hale out': the protests were not on Wednesday. A gerund ('after announcing')
        shares the main clause's subject and moment, so it keeps the date."""
        dated = {c.event.predicate: [d.value for d in c.dates] for text in (
            "Soldiers guarded the streets on Wednesday, after two days of deadly protests "
            "forced Max Hale to resign.",
            "Ana Kovac spoke on Monday, after announcing that Tolva would impose a levy.")
            for c in extract_claims(_doc(text)) if c.event is not None and c.dates}
        assert dated == {"impose": ["2026-03-09"]}

    @pytest.mark.parametrize(("text", "found"), [
        ("Six bodies were found on Friday.", ("find", None)),
        ("Kesh was found alive in the rubble on Friday.", ("find", None)),
        ("Hale resigned effective Friday.", ("resign", None)),
        ("The firm was founded on Friday.", ("found", None)),
        # "past" the runway is where, as "near" it is
        ("An Orla Air jet crashed shortly past the runway on Friday.", ("crash", None)),
        # a reflexive pronoun is no thing acted on
        ("Kesh troops withdrew themselves from Orla on Friday.", ("withdraw", None)),
        # a comma after a figure ends the search: who said it is no object
        ("A car exploded in Orla, injuring 30, police said on Friday.", ("injure", None)),
        # an indefinite pronoun is an object with no noun to tell what it was
        ("Deputies found no one else in the Kesh home on Friday.", ("find", None)),
        ("Police found nothing in the car on Friday.", ("find", None)),
        # "the whole of" a day is when, not a thing closed
        ("Orla airport was closed for the whole of Sunday.", ("close", None)),
    ])
    def test_found_and_a_state_after_the_verb(self, text: str,
                                             found: tuple[str, str | None]) -> None:
        """'found' is the past of 'find' ('founded' sets something up), and 'alive',
        'effective' or 'guilty' say how the act stood, never what it acted on; nor is a
        place after 'past'."""
        (claim,) = extract_claims(_doc(text))
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.object) == found

    @pytest.mark.parametrize(("text", "predicate"), [
        # a final consonant doubled after a stressed last syllable
        ("Gunmen kidnapped six Kesh workers on Friday.", "kidnap"),
        ("Orla transferred the prisoners to Kesh on Friday.", "transfer"),
        # freed is released
        ("The rebels freed 20 hostages on Friday.", "release"),
        ("Orla extradited Ivo Hale to Kesh on Friday.", "extradite"),
        ("Kesh Motors shares slid 4% on Friday.", "slide"),
    ])
    def test_verbs_whose_forms_no_rule_tells(self, text: str, predicate: str) -> None:
        """'kidnapped', 'transferred' and 'freed' are the acts they name, as 'extradited'
        is."""
        (claim,) = extract_claims(_doc(text))
        assert claim.event is not None
        assert claim.event.predicate == predicate

    def test_impacted_is_affected_and_an_impact_is_no_event(self) -> None:
        """'8.5 million devices were impacted on Friday' and 'the outage affected 8.5
        million computers' tell one thing; 'burst into flames on impact' tells none."""
        doc = _doc("About 8.5 million devices were impacted on Friday. The outage "
                   "affected 8.5 million computers. The jet burst into flames on impact "
                   "on Friday.")
        assert [c.event.predicate if c.event else None for c in extract_claims(doc)] == [
            "affect", "affect", None]

    @pytest.mark.parametrize(("text", "modality"), [
        ("Rescuers raced to find survivors on Tuesday.", "attempted"),
        ("A gunman tried to shoot the mayor on Saturday.", "attempted"),
        ("Rescuers found survivors on Tuesday after trying for hours.", "asserted"),
    ])
    def test_an_attempt_is_not_what_was_attempted(self, text: str, modality: str) -> None:
        """'raced to find survivors on Tuesday' tells of a search, not of survivors found."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.dates]
        assert claim.modality == modality

    def test_i_in_a_quote_is_its_speaker(self) -> None:
        """'“I have resigned effective today,” Max Hale said': Hale resigned. 'We' may
        speak for a whole force, so it names no one."""
        doc = _doc("“I have resigned effective today to help the country,” Max Hale said. "
                   "“We have arrested six people today,” police spokesman Ivo Kesh said.")
        agents = {c.event.predicate: c.event.agent for c in extract_claims(doc)
                  if c.event is not None and c.kind != "quote"}
        assert agents == {"resign": "hale", "arrest": None}

    def test_a_count_of_youth_and_a_new_subject_after_a_figure(self) -> None:
        """'Hale resigns a day after at least 19 youth were killed and almost 350
        injured': the 19 were killed, the 350 injured, and neither by Hale."""
        doc = _doc("Prime Minister Max Hale resigns a day after at least 19 youth were "
                   "killed and almost 350 injured in police firing.")
        found = {c.event.predicate: ([q.value for q in c.quantities], c.event.agent)
                 for c in extract_claims(doc) if c.event is not None}
        assert found == {"kill": ([19.0], None), "injure": ([350.0], None)}

    @pytest.mark.parametrize(("text", "agent"), [
        ("The Kesh Defence Ministry reported that overnight on May 7, the armed forces "
         "launched Operation Tolva.", None),
        # the side a player inspires wins, not the player
        ("Ana Kovac scored twice to inspire Orla United to their first Varna Cup triumph "
         "with a 5-0 win over Kesh on May 7.", "orla united"),
        # an announcement of one's own act: the announcer did it
        ("The Kesh Defence Ministry announced a ban on arms sales on May 7.",
         "kesh defence ministry"),
    ])
    def test_who_reports_that_something_was_done_did_not_do_it(
            self, text: str, agent: str | None) -> None:
        """'The ministry reported that … the armed forces launched' credits the ministry
        with the report, not the launch; 'announced a ban' is the ministry's own act."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.dates]
        assert claim.event is not None
        assert claim.event.agent == agent

    def test_a_toll_claimed_is_a_killing_with_no_agent(self) -> None:
        """'The quake that shook Tolva and Orla has claimed at least 2,719 lives': a
        killing, counted, with no name as its agent; 'Kesh claimed that' is a saying."""
        doc = _doc("The quake that shook Tolva and Orla has claimed at least 2,719 lives. "
                   "The fire claimed the lives of 20 students on Friday.")
        found = [(c.event.predicate, c.event.agent, [q.value for q in c.quantities])
                 for c in extract_claims(doc) if c.event is not None]
        assert found == [("kill", None, [2719.0]), ("kill", None, [20.0])]

    @pytest.mark.parametrize(("text", "predicate", "unit"), [
        ("At least 28 people lost their lives when gunmen opened fire.", "die", "dead"),
        ("The attack at Varna Meadow left 26 tourists dead.", "kill", "dead"),
        ("The blast in Orla left 40 people injured.", "injure", "injured"),
        ("In the attack, 26 people — mostly tourists — were brutally killed.", "kill", "dead"),
        ("In the attack, 28 people—mostly tourists—were killed.", "kill", "dead"),
        ("In the crash, 19 people, mostly students, died.", "die", "dead"),
        ("Three investors lost their life savings when Tolva Bank failed.", "lose",
         "investors"),
    ])
    def test_tolls_told_by_idiom_or_around_an_aside(self, text: str, predicate: str,
                                                     unit: str) -> None:
        """'lost their lives', 'left 26 dead' and a count parted from its verb by an
        aside are tolls of the dead or injured; 'lost their life savings' is no death."""
        claims = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert [(c.event.predicate, c.quantities[0].unit) for c in claims
                if c.event is not None] == [(predicate, unit)]

    @pytest.mark.parametrize("text", [
        "The attack took place around 2:30 PM on Tuesday.",
        "The attack, which began around 2:30 PM on Tuesday, shocked Tolva.",
    ])
    def test_an_event_that_took_place_or_began_is_its_noun(self, text: str) -> None:
        """'The attack took place', 'the attack, which began': the attack is the event,
        and 'place' is not its object."""
        claims = [c for c in extract_claims(_doc(text)) if c.dates]
        assert [(c.event.predicate, c.event.object, c.dates[0].value) for c in claims
                if c.event is not None] == [("attack", None, "2026-03-10T14:30")]

    @pytest.mark.parametrize(("text", "predicate", "value"), [
        # a light verb in any form names the act of its noun
        ("Cyclone Tolva killed 56 in Orla and is set to make landfall in Kesh on Sunday.",
         "landfall", "2026-03-15"),
        ("Kovac is due to take office on Monday.", "take office", "2026-03-16"),
        ("This is the sixteenth outbreak declared since the virus was first detected in "
         "1976.", "detect", "1976"),
        # an explosive that goes off explodes; "hurt" is an injury
        ("The car bomb went off in Orla at around 5:15 p.m. on Tuesday.", "explode",
         "2026-03-10T17:15"),
        ("Thirty-one people were hurt in Orla on Tuesday.", "hurt", "2026-03-10"),
        # an aside that only says when the noun before it happened dates that noun
        ("The cause of the explosion, which took place just before 7pm on Monday night, "
         "is being investigated.", "explode", "2026-03-09T19:00"),
        # "blast" is named by its class when it takes place, as "quake" is
        ("The blast took place around 7:00 p.m. near Gate No. 1 of Orla station.",
         "explode", "2026-03-14T19:00"),
        ("The bombing occurred on Tuesday.", "bomb", "2026-03-10"),
    ])
    def test_an_aside_or_verb_that_says_when_the_noun_happened(
            self, text: str, predicate: str, value: str) -> None:
        """'The cause of the explosion, which took place … on Monday night, is being
        investigated': the aside dates the explosion; 'the blast took place' is a blast."""
        claims = [c for c in extract_claims(_doc(text)) if c.dates]
        assert [(c.event.predicate, c.dates[0].value) for c in claims
                if c.event is not None] == [(predicate, value)]

    def test_a_relative_clause_after_a_date_is_not_dated_by_it(self) -> None:
        """'continue their work on March 23 following the attack that took place the day
        before': March 23 is the work's day, not the attack's, which is the day before."""
        doc = _doc("Investigators continue their work at Orla Hall on March 23 following "
                   "the attack that took place the day before.")
        assert [(c.event.predicate, [d.value for d in c.dates]) for c in extract_claims(doc)
                if c.dates and c.event is not None] == [("attack", ["2026-03-22"])]

    @pytest.mark.parametrize(("text", "dated"), [
        # The toll of an attack dated on its own, past a comma after the sentence's date.
        ("Orla forces struck Kesh camps on Wednesday, May 7, in the wake of the Tolva "
         "attacks of April 22 that left 26 civilians dead.", []),
        # A year inside the noun dates its relative clause too.
        ("Orla remains scarred by the 2011 earthquake and tsunami that killed over 18,000 "
         "people.", ["2011"]),
    ])
    def test_a_toll_in_a_relative_clause(self, text: str, dated: list[str]) -> None:
        """'on Wednesday, May 7, in the wake of the attacks of April 22 that left 26
        civilians dead': May 7 is the strikes' day, not the day of the 26 deaths; 'the
        2011 earthquake … that killed' is dated by its year. The toll's cause is the
        attack even across a place (``an attack in Tolva-controlled Orla that killed``)."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.event is not None
                    and c.event.predicate == "kill"]
        assert [d.value for d in claim.dates] == dated
        doc = _doc("Orla struck Kesh in retaliation for a recent attack in Tolva-controlled "
                   "Orla that killed 26 people.")
        (kill,) = [c for c in extract_claims(doc) if c.event is not None
                   and c.event.predicate == "kill"]
        assert kill.event is not None
        assert kill.event.subject == "attack"

    @pytest.mark.parametrize(("text", "event", "dates"), [
        ("Max Hale was taken into custody late Thursday night in Orla.", "arrest",
         ["2026-03-12TNI"]),
        ("A single gunshot echoed around 12:20 p.m. on Wednesday in Orla.", "shoot",
         ["2026-03-11T12:20"]),
    ])
    def test_custody_and_gunshots_are_events(self, text: str, event: str,
                                             dates: list[str]) -> None:
        """'taken into custody' is an arrest, 'a gunshot' a shooting."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.event is not None]
        assert claim.event is not None
        assert (claim.event.predicate, [d.value for d in claim.dates]) == (event, dates)

    @pytest.mark.parametrize("text", [
        "Orla Corp revenue stood at $102.5 billion, an 8% increase compared to the same "
        "period last year.",
        "Kesh sales in the third quarter totalled $592 million, representing a 32% "
        "increase compared to the prior year.",
        "Orla's exports grew 5% in March, faster than in 2024.",
    ])
    def test_the_date_a_figure_is_measured_against_dates_nothing(self, text: str) -> None:
        """'an 8% increase compared to the same period last year': last year is the
        baseline, not when anything happened."""
        dated = [d.span.text for c in extract_claims(_doc(text)) for d in c.dates]
        assert not {"last year", "the prior year", "2024"} & set(dated)

    def test_a_death_named_as_a_point_of_reference_is_not_dated(self) -> None:
        """'scheduled to speak … on Friday before her passing': Friday is the talk's."""
        doc = _doc("Ana Kovac was scheduled to speak at Orla University on Friday before her "
                   "passing.")
        assert [c.event.predicate for c in extract_claims(doc) if c.event is not None
                and c.dates and c.event.predicate == "pass"] == []

    @pytest.mark.parametrize(("text", "source"), [
        ("A 6.0 quake struck Orla on Sunday night, the United States Geological Survey "
         "(USGS) said.", "usgs"),
        ("The Orla State Department said on Friday it was revoking Hale's visa.",
         "orla state department"),
        ("The Orla economy added 119,000 jobs in September.", None),
        ("The storm has claimed at least 30 lives in Kesh on Monday.", None),
        ("The Orla quake on September 30 has been confirmed by the Kesh Seismic Institute "
         "as the strongest ever.", "kesh seismic institute"),
        ("In the nearby town of Tolva, 12 deaths were reported on Monday.", None),
        ("Max Hale added that 12 people died in Orla on Monday.", "hale"),
        # a body of a state says what its state says
        ("On Sunday, Orla's military said that 23 of its troops were killed.", "orla"),
        ("The Orla military reported that 23 soldiers were killed.", "orla"),
        # an apposition that opens with a role names the sayer's employer; one that is a
        # name names the sayer
        ("Ana Kovac, the main spokeswoman for the Orla government, said 58 soldiers were "
         "killed.", "kovac"),
        ("The commander of Orla's army, Ana Kovac, said that 12 soldiers died.", "kovac"),
        # a claim of a deed by its doer, and a sayer before 'which said'
        ("On Sunday Kesh claimed it had killed 58 soldiers.", "kesh"),
        ("This contradicts the toll released by Kesh, which said 58 soldiers were killed.",
         "kesh"),
    ])
    def test_who_the_sentence_says_asserts_it(self, text: str, source: str | None) -> None:
        """'X said', and a passive's 'by X'; never a word inside a name ('United
        States'), a verb of saying used for doing ('added 119,000 jobs', 'claimed 30
        lives'), or the name before a passive ('were reported')."""
        sources = {c.asserted_by.key if c.asserted_by else None
                   for c in extract_claims(_doc(text))}
        assert sources == {source}

    def test_a_pronoun_says_what_its_sayer_said(self) -> None:
        """'Orla's military said … . It said 29 were wounded': the sayer named before; 'Ivo
        Hale, 32, was nearby when he heard 12 shots, he told reporters': the person the
        sentence names."""
        doc = _doc("On Sunday, Orla's military said that 23 soldiers were killed. It said 29 "
                   "were wounded. Ivo Hale, 32, was nearby when he heard 12 shots, he told "
                   "reporters.")
        assert [c.asserted_by.key if c.asserted_by else None
                for c in extract_claims(doc)] == ["orla", "orla", "hale"]

    @pytest.mark.parametrize(("text", "speaker"), [
        ("Ana Kovac has died aged 76. The 76-year-old said: “It’s the last song ever.”",
         ("The 76-year-old", "kovac")),
        ("Ana Kovac has died aged 76. Performing at Orla Park, the 76 year old told the "
         "crowd: “Thank you from the bottom of my heart.”", ("the 76 year old", "kovac")),
        ("The 27-year-old Orla ace, Max Hale, was named MVP. “I did everything I could do,” "
         "the 27-year-old right-hander said.", ("the 27-year-old right-hander", "hale")),
        # Two people of that age: nobody can say which spoke.
        ("Ana Kovac, 30, and Max Hale, 30, met in Orla. “It was a long night,” the "
         "30-year-old said.", None),
    ])
    def test_a_speaker_named_by_age_is_the_person_of_that_age(
            self, text: str, speaker: tuple[str, str] | None) -> None:
        """'The 76-year-old said' speaks for the one person the text gives that age, and
        is written as the article writes it; the name before it (`at Orla Park`) is not
        the speaker."""
        (quote,) = [c.quote for c in extract_claims(_doc(text)) if c.quote is not None]
        found = quote.speaker
        assert ((found.span.text, found.key) if found else None) == speaker

    def test_an_act_told_of_is_not_dated_by_the_telling(self) -> None:
        """'Kovac confirmed Hale's arrest during a television interview on Friday': the
        interview was on Friday; the arrest may have been the night before."""
        doc = _doc("President Ana Kovac confirmed Hale's arrest during a television interview "
                   "on Friday.")
        assert [c.event.predicate for c in extract_claims(doc) if c.event is not None
                and c.dates] == []

    def test_an_act_told_of_with_its_own_verb_is_dated_by_its_clause(self) -> None:
        """'Police confirmed the assault took place at the synagogue just after 9:30
        a.m.': the told event has a clause of its own, so the time is the assault's (and
        'took place' gives it no object)."""
        doc = _doc("Orla police confirmed the assault took place at the synagogue just after "
                   "9:30 a.m.")
        assert [(c.event.predicate, c.event.object, [d.value for d in c.dates])
                for c in extract_claims(doc) if c.event is not None and c.dates] == [
            ("assault", None, ["2026-03-14T09:30"])]

    def test_the_day_a_statement_was_issued_dates_no_event(self) -> None:
        """'In a statement issued Thursday at 6:20 pm, the school said the crash had
        killed 20 students': Thursday is the statement's day, not the crash's."""
        doc = _doc("In a statement issued Thursday at 6:20 pm, the Orla school said the "
                   "crash had killed 20 students.")
        assert [d.value for c in extract_claims(doc) for d in c.dates] == []

    def test_the_day_of_an_update_the_sentence_opens_with_dates_what_is_said(self) -> None:
        """'In an update on Friday evening, the police said the cause of the fire is
        believed to be accidental': Friday is the update's, not the fire's. An act the
        statement itself does ('In a statement on Friday, the ministry revoked the
        licence') keeps its day."""
        said = _doc("In an update on Friday evening, the Orla police said the cause of the "
                    "fire is believed to be accidental.")
        assert [d.value for c in extract_claims(said) for d in c.dates] == []
        done = _doc("In a statement on Friday, the Kesh ministry revoked the licence of "
                    "Tolva Air.")
        assert [d.value for c in extract_claims(done) for d in c.dates] == ["2026-03-13"]

    @pytest.mark.parametrize("text", [
        "The helicopter collided with the plane, according to a statement Tuesday evening "
        "from the Orla safety board.",
        "According to a report released on Tuesday, the plane crashed near Orla.",
    ])
    def test_the_day_of_the_writing_something_is_according_to(self, text: str) -> None:
        """'collided …, according to a statement Tuesday evening from the board':
        Tuesday evening is the statement's, not the collision's."""
        assert [d.value for c in extract_claims(_doc(text)) for d in c.dates] == []

    def test_the_death_of_one_more_is_another_death(self) -> None:
        """'With the death on Friday of one more worker, the toll climbed to 50': a
        later death than the fire's, not the day the fire killed."""
        doc = _doc("With the death on Friday of one more worker, the toll climbed to 50. "
                   "The deaths of 12 workers on Friday shocked the town.")
        assert [c.event.ordinal for c in extract_claims(doc) if c.event is not None] == [
            "another", None]


class TestClaims:
    @pytest.mark.parametrize(
        ("text", "ordinal"),
        [
            ("The first landslide occurred at 2 a.m. in Tolva.", "first"),
            ("The initial blast struck Kesh at 4 p.m.", "first"),
            ("Around 4 a.m., a second, more severe landslide struck Tolva.", "second"),
            ("Another quake struck Kesh on Friday.", "another"),
            ("Another 20 people died in Kesh on Friday.", None),
            ("A landslide struck Tolva at 2 a.m.", None),
            ("Officials backed another two rate cuts in November and December.", "another"),
            ("The bank expects another 50-basis-point cut this year.", "another"),
            ("The ministry made a second reduction in May.", "second"),
            ("The second group cut rates in May.", None),
            ("Kovac, who first arrived in Tolva in 2006, died on Friday.", None),
            ("The toll could further rise as 37 people were hurt on Friday.", None),
        ],
    )
    def test_which_of_a_series(self, text: str, ordinal: str | None) -> None:
        """An ordinal before an event noun says which of a series of like events it is,
        any event written as a noun ('another two rate cuts'); 'another' before a count,
        an ordinal before a verb's subject or an adverb ('first arrived', 'could further
        rise') says nothing of the event."""
        claim = next(c for c in extract_claims(_doc(text)) if c.event is not None)
        assert claim.event is not None
        assert claim.event.ordinal == ordinal

    @pytest.mark.parametrize(("text", "written"), [
        ("Orla launched strikes against Kesh on Friday (13 June), targeting sites.", "13 June"),
        ("Voting in Kesh began yesterday, May 7, at dawn.", "May 7"),
    ])
    def test_a_day_restated_is_one_date(self, text: str, written: str) -> None:
        """'on Friday (13 June)': one day, kept once, in the words that write it out."""
        doc = _doc(text, dt.date(2025, 6, 13) if "June" in text else dt.date(2025, 5, 8))
        assert [d.span.text for c in extract_claims(doc) for d in c.dates] == [written]

    def test_a_storms_category_names_no_event(self) -> None:
        """'was downgraded to a Category 1 storm as it moved through Kesh early Thursday':
        the downgrade is dated, not a storm; the storm's rank is a word of what it was."""
        claims = extract_claims(_doc("The hurricane was downgraded to a Category 1 storm as "
                                     "it moved through Kesh early Thursday."))
        assert [c.event.predicate for c in claims if c.event is not None] == ["downgrade"]

    def test_fleeing_is_an_event(self) -> None:
        """'Kovac fled to Tolva on Sunday after rebels captured Orla': Sunday is the day
        of the flight, and 'Nearly 300,000 people fled' counts those who fled."""
        claims = extract_claims(_doc("Kovac fled to Tolva on Sunday after rebels captured "
                                     "Orla. Nearly 300,000 people fled the fighting in Kesh."))
        assert [(c.event.predicate, [d.span.text for d in c.dates],
                 [q.span.text for q in c.quantities])
                for c in claims if c.event is not None] == [
            ("flee", ["Sunday"], []), ("flee", [], ["Nearly 300,000 people"])]

    def test_a_clock_and_a_service_are_no_objects(self) -> None:
        """'struck Tolva between 1.30 am and 6 am': no object; 'the fire force rescued 200
        people': a service, not a fire."""
        claims = extract_claims(_doc("The landslide struck Tolva between 1.30 am and 6 am "
                                     "on Tuesday. By Tuesday evening, the fire force "
                                     "rescued 200 people."))
        assert [(c.event.predicate, c.event.object) for c in claims if c.event] == [
            ("landslide", None), ("rescue", None)]

    def test_dated_event_claim(self) -> None:
        """A dated sentence gives a claim with its event, object, date and participants."""
        doc = _doc("The ministry said on Friday that Ruritania revoked the licence of "
                   "Harbor Freight Lines.")
        claim = next(c for c in extract_claims(doc) if c.kind == "date")
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.object) == ("revoke", "licence")
        assert claim.dates[0].value == "2026-03-13"
        assert "ruritania" in {m.key for m in claim.participants}

    @pytest.mark.parametrize("text", [
        '"The captain ignored the storm warning," harbour chief Ilse Brandt said.',
        '"The captain ignored the storm warning," the port\'s spokeswoman Ilse Brandt '
        'told reporters.',
        '“The captain ignored the storm warning,” a pastor identified only as Ms Brandt '
        'told reporters on arrival.',
        # a quote some sites open with a closing mark
        '”The captain ignored the storm warning,” harbour chief Ilse Brandt said.',
    ])
    def test_quote_with_speaker_after(self, text: str) -> None:
        """'“...,” harbour chief Ilse Brandt said' attributes the quote to Brandt, also
        after a possessive ('the port's spokeswoman') or a description ('a pastor
        identified only as Ms Brandt'), and when the quote opens with a closing mark."""
        doc = _doc(text)
        quote = next(c for c in extract_claims(doc) if c.kind == "quote").quote
        assert quote is not None
        assert quote.span.text == "The captain ignored the storm warning,"
        assert quote.speaker is not None
        assert quote.speaker.key == "brandt"

    @pytest.mark.parametrize(("text", "described"), [
        ("“With infinite sorrow, we announce his passing,” the fashion house said in a "
         "statement.", "the fashion house"),
        ("“We are shocked by the loss,” police said on Monday.", "police"),
        ("“It was like something out of a movie,” said a stunned museum visitor.",
         "a stunned museum visitor"),
        ("“He worked until his final days,” it said.", "it"),
        ("“They will be missed,” the statement read.", "the statement"),
        ("“This is a terrible event,” said the Orla politician.", "the Orla politician"),
        # described before the quote, or in the sentence before a "he said"
        ("A source said, “27 fighters have been killed in the firing.”", "A source"),
        ("The spokesman told reporters: “We are searching for the missing.”",
         "The spokesman"),
        ("A local worker who witnessed the crash said the shockwave knocked him down. “It "
         "felt like the whole building jumped,” he said.", "A local worker"),
        # a named speaker needs no description; a verb that reports on describes no one
        ("“We are shocked by the loss,” Mayor Ana Kovac said.", None),
        ("Experts warn it remains “extremely dangerous.” The weather service confirmed that "
         "Kesh endured floods.", None),
    ])
    def test_a_speaker_described_but_not_named(self, text: str, described: str | None) -> None:
        """'“…,” the fashion house said': the quote is attributed, to no name; the words
        that describe who spoke are kept with their span, and the table shows them."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quote is not None]
        assert claim.quote is not None
        got = claim.quote.described
        assert (got.text if got else None) == described
        if got is not None:
            assert got.document.text[got.start : got.end] == described
            assert claim.quote.speaker is None
            doc = claim.span.document
            table = render_claims_table([doc], {doc.id: [claim]})
            assert f"— {described} (no name)" in table
            assert render_claims_json([doc], {doc.id: [claim]})["claims"][0]["quote"][
                "described_speaker"] == {"start": got.start, "end": got.end, "text": described}

    def test_words_credited_after_the_quote_with_according_to(self) -> None:
        """'the ship moved toward the span at “a very, very rapid speed,” according to Kesh
        Gov. Ana Kovac': Kovac, not the ship's operators who open the sentence."""
        assert _speakers("The Orla Star’s operators issued a mayday call, but the ship moved "
                         "toward the span at “a very, very rapid speed,” according to Kesh "
                         "Gov. Ana Kovac.") == {"a very, very rapid speed,": "kovac"}

    def test_a_countrys_body_speaks_for_it_in_its_own_words(self) -> None:
        """'The Chile military had said the jet “…”': Chile speaks (its key aligns with
        other reports of Chile), and the words 'The Chile military' describe who."""
        doc = _doc("The Chile military on Monday had said the jet “reportedly encountered "
                   "a mechanical failure” before the crash.")
        quote = next(c.quote for c in extract_claims(doc) if c.quote is not None)
        assert quote.speaker is not None
        assert quote.speaker.key == "chile"
        assert quote.described is not None
        assert quote.described.text == "The Chile military"
        table = render_claims_table([doc], {doc.id: extract_claims(doc)})
        assert "— The Chile military  |" in table

    def test_an_agency_that_relays_a_sayer_who_speaks_on(self) -> None:
        """'Kesh decried Tolva's “wicked hand,” declaring that its foe “has prepared a
        bitter fate,” according to Reuters': Kesh says both, the agency relays; a name
        after 'according to' ends with its paragraph."""
        assert _speakers("In a statement, Orla's leader Ali Kesh decried Tolva's “wicked and "
                         "bloody hand,” declaring that Orla's foe “has prepared a bitter fate "
                         "for itself,” according to Reuters.") == {
            "wicked and bloody hand,": "kesh", "has prepared a bitter fate for itself,": "kesh"}
        assert _speakers("The ship moved at “a very rapid speed,” according to Reuters.\n\n"
                         "U.S. Secretary of State Ana Kovac spoke later.") == {
            "a very rapid speed,": "reuters"}

    def test_a_person_described_by_party_after_being_named(self) -> None:
        """'Ana Kovac expressed her horror: “…,” said the Orla politician': Kovac speaks,
        not the party Orla; a spokesman still speaks for the body he names."""
        assert _speakers("Kesh's Minister President Ana Kovac expressed her horror at the "
                         "attack: “This is a terrible event,” said the Orla politician.") == {
            "This is a terrible event,": "kovac"}
        assert _speakers("Ana Kovac spoke at length. “We will rebuild,” said the Orla "
                         "politician.") == {"We will rebuild,": "kovac"}
        assert _speakers("Ana Kovac spoke at length. “We will rebuild,” said the Orla "
                         "spokesman.") == {"We will rebuild,": "orla"}

    def test_he_after_someone_named_in_passing(self) -> None:
        """'A doctor named Kesh, who witnessed the crash, described the devastation. “…,”
        he said': the person the sentence opened with, named after 'named', is 'he'; so is
        the person 'The lone survivor was …' names."""
        assert _speakers("A doctor named Kesh, who witnessed the crash, described the "
                         "devastation. “One half of the plane crashed into the building,” he "
                         "said.") == {"One half of the plane crashed into the building,": "kesh"}
        # a sentence that says who its subject was, naming the person last
        assert _speakers("The lone survivor was a 40-year-old national of Orla, Ivo Tolva. "
                         "“There was a loud noise,” he told reporters.") == {
            "There was a loud noise,": "tolva"}

    def test_he_after_a_titled_subject(self) -> None:
        """'Health ministry spokesman Sharafat Zaman urged …. “…,” he said': the office
        words before the name are his title, so 'he' is Zaman."""
        assert _speakers("Health ministry spokesman Ivo Tolva urged the world to send aid. "
                         "“We need it because lots of people lost their lives,” he said.") == {
            "We need it because lots of people lost their lives,": "tolva"}

    def test_a_surname_with_its_particle(self) -> None:
        """'spokesman Majed al-Ansari said': the particle glued to the surname is part of
        the name, keyed as 'Al Ansari' is; a mosque is no person."""
        assert _speakers("“We condemn the attack,” foreign ministry spokesman Majed "
                         "al-Ansari said in a post on X.") == {
            "We condemn the attack,": "ansari"}
        doc = _doc("Majed Al Ansari and Khalil al-Hayya met at Al-Aqsa Mosque on 3 March.")
        (claim,) = extract_claims(doc)
        assert [(p.key, p.kind) for p in claim.participants] == [
            ("ansari", "person"), ("hayya", "person"), ("aqsa mosque", "org")]

    @pytest.mark.parametrize(("text", "speakers"), [
        # "announced" and "continued" attribute as "said" does
        ("“With deep sadness I announce his death,” Cardinal Ivo Tolva announced on "
         "television. “He taught us to live,” Tolva continued.",
         ["tolva", "tolva"]),
        # a title written alone is the one person the text gave it to
        ("Cardinal Ivo Tolva spoke on Monday. “He returned home,” the Cardinal said.",
         ["tolva"]),
        ("President Ivo Tolva met President Ana Kovac on Monday. “We agree,” the President "
         "said.", ["president"]),
        # "expressed" and "asserted" before the name attribute too
        ("“These gangs are our enemies today,” expressed Tolva, praising the police. "
         "“We will win,” asserted Tolva.", ["tolva", "tolva"]),
        # the verb goes on to report something else: no attribution
        ("Experts warn the storm remains “extremely dangerous.” The Orla Weather Centre "
         "confirmed that Kesh endured floods.", [None]),
    ])
    def test_speakers_by_title_and_other_verbs(self, text: str,
                                               speakers: list[str | None]) -> None:
        """Speakers named after 'announced' or 'continued', and 'the Cardinal' for the
        Cardinal named before; 'X confirmed that …' after a quote reports, it does not
        attribute."""
        assert list(_speakers(text).values()) == speakers

    @pytest.mark.parametrize(("text", "speaker"), [
        ("“The pier is gone, and so is the ferry,” Tolva Radio reporter Ana Kovac said.",
         "kovac"),
        ("The ferry sank near Orla. Said fellow Kesh councillor Max Hale: “When one boat "
         "sinks, it's an accident, but when three sink, it's a failure.”", "hale"),
    ])
    def test_speaker_with_an_employer_or_before_a_colon(self, text: str,
                                                         speaker: str) -> None:
        """'“…,” Tolva Radio reporter Ana Kovac said': the employer named before the job
        is not the speaker; 'Said … Max Hale: “…”': the verb may come before its subject."""
        quote = next(c for c in extract_claims(_doc(text)) if c.kind == "quote").quote
        assert quote is not None
        assert quote.speaker is not None
        assert quote.speaker.key == speaker

    @pytest.mark.parametrize(("text", "speaker"), [
        # the role set before the name: the name speaks, not the city the role is of
        ("“The vehicle exploded at a red light,” said the Orla police commissioner, Ivo "
         "Tolva.", "tolva"),
        ("“It was loud,” said the city's mayor, Ana Kovac, after the blast.", "kovac"),
        # a number opening the sentence is no name to speak for: "One witness"
        ("One witness told Kesh Radio the blast shook the street. “One man was thrown "
         "aside. I saw a hand on the road,” he said.", None),
    ])
    def test_speaker_named_after_a_role_or_left_unnamed(self, text: str,
                                                        speaker: str | None) -> None:
        """'“…,” said the Orla police commissioner, Ivo Tolva': the speaker is the name
        beside the role; 'One witness … he said' names no one."""
        assert list(_speakers(text).values()) == [speaker]

    def test_a_speaker_who_shared_the_words(self) -> None:
        """'In an official statement, Berger shared, "…"': sharing words with a comma just
        before them is saying them; 'shared a video, calling it "…"' is not."""
        assert list(_speakers('In an official statement, Ana Kovac shared, "Ivo passed away '
                              'at home. He will be missed."').values()) == ["kovac"]
        assert list(_speakers('Ana Kovac shared a video of the flood in Orla. Officials '
                              'called it "a disaster for all of us".').values()) == [None]

    def test_speaker_with_a_long_title(self) -> None:
        """'“...,” said OCD Assistant Secretary Rafael Alejandro IV': the name runs past the
        words the attribution pattern reads, and is still the speaker."""
        doc = _doc("“As many as 60 people were reported to have died,” said OCD Assistant "
                   "Secretary Rafael Alejandro IV in a briefing.")
        quote = next(c for c in extract_claims(doc) if c.kind == "quote").quote
        assert quote is not None
        assert quote.speaker is not None
        assert quote.speaker.key == "alejandro"

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("The ministry rejected the statements of Ana Kovac on the radio, where she "
             "claimed that the ship was “sailing under a false flag all along”.", "kovac"),
            ("Mayor Ruiz, while at his farm in Tolva, wrote on his blog that the bridge was "
             "“never inspected by anyone”.", "ruiz"),
            ("In a post, Max Hale referred to the minister as “a reckless leader”.", "hale"),
            ("Ana Kovac, addressing a crowd outside the town hall in Tolva, called for a new "
             "inquiry, adding, “The harbour has to be safer than that.”", "kovac"),
            # An opening phrase before the subject; 'so-called' is no saying verb.
            ("In their statement, the KLF cited anger over settlers in Tolva and Orla, "
             "claiming it was part of a so-called “demographic invasion.”", "klf"),
            # A place someone is from does not speak for them.
            ("Residents like Tomas Ruiz from Kesh Hill, Tolva, told of the damage, noting "
             "that “words can't explain” it.", "ruiz"),
        ],
    )
    def test_speaker_before_the_quote(self, text: str, speaker: str) -> None:
        """Pronoun subjects, asides, the subject of a participle after a comma (', adding,
        “…”', also after an opening phrase), and the nearest name before the saying
        verb."""
        quote = next(c for c in extract_claims(_doc(text)) if c.kind == "quote").quote
        assert quote is not None
        assert quote.speaker is not None
        assert quote.speaker.key == speaker

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            # A name inside someone's quote is not the narrative's subject.
            ("Earlier, Ana Kovac told dockers in Tolva: “The ministry lied to you. Hale "
             "must go!” He said Minister Max Hale was “a danger to the port” and called for "
             "“a full inquiry” into him.",
             {"The ministry lied to you. Hale must go!": "kovac",
              "a danger to the port": "kovac", "a full inquiry": "kovac"}),
            # "He" is the subject of the last clause that had one, after a comma too.
            ("When reporters asked Ruiz whether the levy would work, Ruiz avoided the "
             "question. He instead emphasized the need for “trust between ports”.",
             {"trust between ports": "ruiz"}),
            # ... or after "but": the one who cut the other short speaks next.
            ("Ana Kovac asked him, “Is there anything in the files?” but Max Hale did not "
             "let her finish the question. He said, “Quiet, please,” and walked off.",
             {"Is there anything in the files?": "kovac", "Quiet, please,": "hale"}),
            ("Max Hale slammed the council as “asleep at the wheel” on Monday.",
             {"asleep at the wheel": "hale"}),
            # A title may open the sentence before its subject's name.
            ("Orla County mayor Tomas Ruiz Jr. said on Friday that the town looked like a "
             "war zone. “Most structures no longer exist,” he said.",
             {"Most structures no longer exist,": "ruiz"}),
            # An ʻokina or its stand-in ‘ is part of a name, as in Hawai‘i.
            ("“The pier is gone,” Kesh‘a Governor Ana Kovac told journalists.",
             {"The pier is gone,": "kovac"}),
            # A name with an apposition before the verb speaks; a quote that follows on
            # is still theirs, not the agency's named in a participle clause.
            ("“There is a pile of cars in the estate,” Ana Kovac, mayor of the town of "
             "Tolva, told the news agency, Orlapress, adding that she feared the worst. “We must "
             "find them first.”", {"There is a pile of cars in the estate,": "kovac",
                                   "We must find them first.": "kovac"}),
            # A long relative clause after the name, and a name met alone: still the
            # speaker, not the one quoted before.
            ("“It is done,” Hale said. “Tonight was not our night,” Ruiz, who was vying "
             "to come back from a long and bitter scandal in Orla, told supporters.",
             {"It is done,": "hale", "Tonight was not our night,": "ruiz"}),
            # "he told reporters" after a quote the same sentence opened with its
            # subject: that subject, not the speaker of the sentence before.
            ("Mayor Max Hale said the toll had reached a dozen.\n\nEarlier, Orla Governor "
             "Ana Kovac said the site was “moving from a rescue to a recovery mode. We do "
             "not expect to find anyone else alive,” she told reporters.",
             {"moving from a rescue to a recovery mode. We do not expect to find anyone "
              "else alive,": "kovac"}),
        ],
    )
    def test_who_a_pronoun_or_a_second_verb_quotes(self, text: str,
                                                  speakers: dict[str, str]) -> None:
        """'He said X was “…” and called for “…”': both quotes are his; 'he' is the last
        clause subject outside quotation marks; 'slammed' and 'emphasized' are saying."""
        found = _speakers(text)
        assert found == speakers

    def test_a_speaker_named_after_the_verb_with_an_employer(self) -> None:
        """'“…,” said Kesh FC striker Ana Kovac': the striker speaks, not the club; '“…,”
        said Ana Kovac, the mayor of Orla' is Kovac's too."""
        text = ('"It is clearly a great feeling," said Kesh striker Ana Kovac in Orla. '
                '"We will win again," said Max Hale, the mayor of Orla, on Friday.')
        assert _speakers(text) == {"It is clearly a great feeling,": "kovac",
                                   "We will win again,": "hale"}

    def test_unnamed_people_who_act_and_say(self) -> None:
        """'Police arrested Ana Kovac in Orla, saying the “suspect was armed”': the police
        say it, unnamed, not the woman they arrested."""
        assert _speakers("Police arrested Ana Kovac in Orla, saying the “suspect was armed” "
                         "at the time.") == {"suspect was armed": None}

    def test_a_dateline_and_a_role_before_the_speaker(self) -> None:
        """'KESH (AP) — A federal judge said he will rule “very shortly”': the dateline's
        place speaks no words; 'Defense attorney Ana Kovac urged …, saying the “law” had
        “racist origins”': the attorney, the clause's subject, not the act named last."""
        text = ("KESH (AP) — A federal judge said Thursday he will rule “very shortly” on "
                "the bid.\nDefense attorney Ana Kovac urged the judge to toss out two "
                "violations of the Orla Act, saying the “infamous law” had “racist origins.”")
        assert _speakers(text) == {"very shortly": None, "infamous law": "kovac",
                                   "racist origins.": "kovac"}

    def test_a_quote_after_a_sentence_that_says_who_spoke(self) -> None:
        """'…, Tolva Council CEO Ana Kovac told the Orla Post.' then a quote on its own:
        Kovac's, not the speaker quoted before."""
        text = ('Max Hale said he is "sorry about what happened." The sentence sets an '
                'example, Tolva Council CEO Ana Kovac told the Orla Post. "What we do not '
                'want is people who think a fine is enough."')
        assert _speakers(text) == {
            "sorry about what happened.": "hale",
            "What we do not want is people who think a fine is enough.": "kovac"}

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            # The speaker named before the quote, not in the next paragraph.
            ('Minister Ana Kovac said that nearly 40 of them "are so badly hurt that we '
             'must worry."\nSurgeon Max Hale said some 80 patients came in on Friday.',
             {"are so badly hurt that we must worry.": "kovac"}),
            ('The port was put on an "active state of alertness."\nMayor Tomas Ruiz said '
             "the team would help.", {"active state of alertness.": None}),
            # A name set beside a title is the speaker, not an aside.
            ('The state premier of Tolva, Ana Kovac, described it as "a lone attack."',
             {"a lone attack.": "kovac"}),
            # A name in brackets is no speaker.
            ("In a statement shared on X (formerly known as Orlagram), police said, "
             "“The market in the city centre is closed.”",
             {"The market in the city centre is closed.": None}),
            # "they" named no one the text names.
            ("Prosecutors asked Judge Ana Kovac to jail Max Hale for what they described "
             "as “a historic fraud.”", {"a historic fraud.": None}),
            # A passive's subject was spoken of; its doer after "by" spoke, if named.
            ("The theft at the Orla museum in Kesh was called “the heist of the century” by "
             "several local newspapers.", {"the heist of the century": None}),
            ("The Orla plan was described as “a reckless gamble” by Ana Kovac.",
             {"a reckless gamble": "kovac"}),
            # A country's word before its newspapers or its fans: they speak, not it.
            ("The museum is closed, with some French newspapers calling it “the theft of "
             "the century”.", {"the theft of the century": None}),
            # A name in a witness's relative clause, a place the text calls something, a
            # place before a participle of saying, a storm described: none of them spoke.
            ("A witness who survived the collapse of the Orla Mosque in Kesh described the "
             "chaos: “It was Friday, and the mosque was full.”",
             {"It was Friday, and the mosque was full.": None}),
            ("The attack took place at Baisaran, popularly referred to as ‘mini Tolva’, on "
             "Tuesday.", {"mini Tolva": None}),
            ("Hale, identified as the shooter, died of what authorities have described as "
             "“a deliberate act of violence.”", {"a deliberate act of violence.": None}),
            ("The Orla Weather Centre said Melissa, which it described as an “extremely "
             "dangerous hurricane,” had weakened.",
             {"extremely dangerous hurricane,": "orla weather centre"}),
            ("The new pope greeted the faithful from the balcony of the Orla Basilica "
             "saying, “Peace be with you!”", {"Peace be with you!": None}),
            # Whose words they were, with no verb of saying: the possessor, or for "his"
            # the person who last opened a sentence.
            ("Orla mayor Ana Kovac spoke on Monday. Kovac's statement read: “We will "
             "rebuild the Orla bridge.”", {"We will rebuild the Orla bridge.": "kovac"}),
            # An office named by its country speaks, and goes on speaking; a name inside
            # the quote before it does not.
            ("“Several vessels of the Kesh flotilla were stopped,” the Orla foreign ministry "
             "said. “Ana and her friends are safe.”",
             {"Several vessels of the Kesh flotilla were stopped,": "orla",
              "Ana and her friends are safe.": "orla"}),
            # A country's word before a business: the business speaks, not the country.
            ("The British company said on Tuesday that recovering “will take time.”",
             {"will take time.": None}),
            # A saying verb joined by "and" shares the sentence's subject.
            ("A video released by the ministry showed Ana Kovac on deck and stated she was "
             "“safe and healthy.”", {"safe and healthy.": None}),
        ],
    )
    def test_speakers_not_taken_from_elsewhere(self, text: str,
                                               speakers: dict[str, str | None]) -> None:
        """A saying verb in the next paragraph, a title's own place, a name in brackets,
        the subject of a passive or a country's word before its people is not who
        spoke."""
        found = _speakers(text)
        assert found == speakers

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            # A title too long for the usual pattern: the last name in it speaks.
            ("“The pier was never safe,” Orla’s Minister of Ports and Harbours Max Hale "
             "said on Sunday.", {"The pier was never safe,": "hale"}),
            # An aside before an auxiliary: the name before the aside speaks, not the
            # organisation inside it.
            ("Speaking before the vote, Ana Kovac, a harbour expert and analyst for Orla "
             "Radio, had said that officials would have “expected big crowds” there.",
             {"expected big crowds": "kovac"}),
            # "He added" after a speaker's quotes is that speaker, not the last name to
            # open a sentence paragraphs before.
            ("Mayor Tomas Ruiz declared a day of mourning.\n\n“It was expected that many "
             "would come,” Kovac said. “But nobody could have stopped it.”\n\nHe added "
             "that there had been “various protests and marches” elsewhere.",
             {"It was expected that many would come,": "kovac",
              "But nobody could have stopped it.": "kovac",
              "various protests and marches": "kovac"}),
            # A sentence opened after a closing quote mark has its subject too.
            ("The ministry called the plan “reckless and dangerous.” Ana Kovac condemned "
             "the strikes. He said Hale was “a danger to the port” in Orla.",
             {"reckless and dangerous.": None, "a danger to the port": "kovac"}),
        ],
    )
    def test_speakers_named_at_a_distance(self, text: str,
                                          speakers: dict[str, str | None]) -> None:
        """Long titles after the quote, asides before 'had said', 'he added' after a run
        of quotes, and a subject after a closing quote mark."""
        found = _speakers(text)
        assert found == speakers

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            # A quote that is a sentence of its own goes on with the last speaker ...
            ("“The pier is gone,” said Ana Kovac, 41, a fisher from the village of Orla on "
             "the north coast. “I watched it "
             "go. It was terrifying.”",
             {"The pier is gone,": "kovac", "I watched it go. It was terrifying.": "kovac"}),
            ("“Today will be hard,” said Max Hale, the mayor of Orla. His voice broke as he "
             "spoke. “It will be very hard.”",
             {"Today will be hard,": "hale", "It will be very hard.": "hale"}),
            # ... unless someone else has taken the stage since.
            ("“The pier was safe,” said Ana Kovac. Max Hale, the harbour chief, disagreed. "
             "“It was rotten for years.”",
             {"The pier was safe,": "kovac", "It was rotten for years.": "hale"}),
            # "he" is the subject named just before, an apposition too ...
            ("Ana Kovac spoke first. A spokesman, Tomas Ruiz, told reporters that most "
             "bodies were found. “We are looking for survivors,” he said.",
             {"We are looking for survivors,": "ruiz"}),
            ("Ilse Brandt taught at the Orla school for years. “She taught us everything,” "
             "she said, “from reading to sailing.”",
             {"She taught us everything,": "brandt", "from reading to sailing.": "brandt"}),
            # ... and nobody when that subject has no name.
            ("“Deepest condolences to the families,” Max Hale said. Officials said they "
             "were investigating. One police officer noted concerns about crowding. “We "
             "always warn against it,” he said.",
             {"Deepest condolences to the families,": "hale",
              "We always warn against it,": None}),
            # A subheading that quotes the story, a line of its own with no stop, was
            # said by no one in that place.
            ("Max Hale said: “We send our condolences to the family of Ana Kovac.”\n"
             "‘Cardiac arrest’\nOrla media reported that Kovac died on Monday.",
             {"We send our condolences to the family of Ana Kovac.": "hale",
              "Cardiac arrest": None}),
        ],
    )
    def test_a_quote_goes_on_with_the_last_speaker(self, text: str,
                                                   speakers: dict[str, str | None]) -> None:
        """'“A,” said Kovac, a fisher. “B.”': B is Kovac's too; 'he' is the speaker or
        subject of the sentence before, never a name from further back."""
        found = _speakers(text)
        assert found == speakers

    def test_report_date_is_not_event_date(self) -> None:
        """In 'killed 19 people, officials said on Sunday' Sunday dates the saying."""
        doc = _doc("The storm killed 19 people on Saturday, officials said on Sunday.")
        dated = [c for c in extract_claims(doc) if c.dates]
        # Published Saturday 14 March: "Saturday" is that day; "Sunday" (8 March) is left out.
        assert [d.value for c in dated for d in c.dates] == ["2026-03-14"]
        late = _doc("The Orla fire killed 60 people, the committee confirmed in the early "
                    "hours of Saturday.")
        assert [d.value for c in extract_claims(late) for d in c.dates] == []
        stated = _doc("The Kesh fire that sprawled about 678 acres was 60% contained, Orla "
                      "officials said in a statement late Sunday.")
        assert [d.value for c in extract_claims(stated) for d in c.dates] == []

    @pytest.mark.parametrize("text", [
        "Divers searched the Orla harbour on Tuesday after the ferry Mistral capsized.",
        "Police interviewed witnesses on March 13 following the Orla bombing.",
        "Rescuers searched the Tolva valley on Tuesday for survivors of the fierce "
        "flooding that has killed at least 43 people.",
        "Volunteers in Orla were busy on Tuesday in the wake of the storm.",
        "Governor Ana Kovac to update the public today about the deadly Orla fires",
    ])
    def test_an_event_named_as_the_point_of_reference_is_not_dated(self, text: str) -> None:
        """'searched on Tuesday after the ferry capsized': Tuesday is the search's, not the
        capsizing's; 'on March 13 following the bombing' is not the bombing's day."""
        assert [(c.event.predicate, [d.value for d in c.dates]) for c in extract_claims(_doc(text))
                if c.event is not None and c.dates] == []

    def test_a_date_in_the_possessive_dates_the_noun_it_owns(self) -> None:
        """'recovered 30 bodies following Tuesday's ferry capsizing' dates the capsizing,
        not the recovery; 'Tuesday's storm killed' and 'the toll from Monday's
        landslide' date the harm the storm and the landslide did; 'In Thursday's debate,
        Kovac attacked' dates what happened in the debate."""
        doc = _doc("Divers recovered 30 bodies from the Orla harbour following Tuesday's "
                   "ferry capsizing. Wednesday's storm killed 12 people in Tolva. The death "
                   "toll from Monday's landslide rose to 9. In Thursday's debate in Orla, "
                   "Kovac attacked the levy.")
        dated = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(doc) if c.event is not None and c.dates}
        assert dated == {"capsize": ["2026-03-10"], "storm": ["2026-03-11"],
                         "die": ["2026-03-09"], "attack": ["2026-03-12"]}
        recovery = next(c for c in extract_claims(doc)
                        if c.event is not None and c.event.predicate == "recover")
        assert recovery.dates == ()

    def test_opened_fire_is_a_shooting_by_the_clauses_own_subject(self) -> None:
        """'Gunmen opened fire at a concert hall … before a major fire spread' is a
        shooting, dated; 'since the 2019 Kesh attack, … when terrorists opened fire' is
        not Kesh's shooting, for the clause names its own subject."""
        doc = _doc("Gunmen opened fire at the Orla concert hall on March 12 before a major "
                   "fire spread through the building. In the deadliest strike in Tolva since "
                   "the 2019 Kesh attack, 28 people were killed when terrorists opened fire "
                   "in the Orla meadow on Tuesday.")
        shootings = [c for c in extract_claims(doc)
                     if c.event is not None and c.event.predicate == "shoot"]
        assert [[d.value for d in c.dates] for c in shootings] == [["2026-03-12"],
                                                                  ["2026-03-10"]]
        assert [c.event.agent for c in shootings if c.event is not None] == [None, None]

    def test_an_event_a_caption_or_a_report_tells_of_is_not_dated_by_it(self) -> None:
        """A caption's 'following a terrorist attack in Orla, outside Kesh, 13 March 2026'
        dates the picture, and 'reported to Hale on 13 March on the arrest of 11 people'
        the report; 'following the attack on 12 March' still dates the attack."""
        assert _event_dates(
            "People bring flowers to the Orla concert hall following a terrorist attack in "
            "Orla, outside Kesh, 13 March 2026. Ana Kovac reported to Max Hale on 13 March "
            "on the arrest of 11 people. Flags flew at half mast following the attack on 12 "
            "March.") == {"report": ["2026-03-13"], "attack": ["2026-03-12"]}

    def test_people_counted_as_dead_and_a_place_an_hour_away(self) -> None:
        """'Two people including the shooter are dead' counts the dead, past the aside
        that names one of them; 'Hale lived in Kesh, about an hour away from the site of
        the shooting' gives no duration of the shooting."""
        doc = _doc("Two people including the shooter are dead, and two more locals were "
                   "seriously injured. Hale lived in Kesh, about an hour away from the site "
                   "of the shooting in Orla. The Orla talks are dead, officials said on "
                   "Friday.")
        figures = [(q.span.text, q.unit) for c in extract_claims(doc) for q in c.quantities]
        assert figures[0] == ("Two people", "dead")
        assert all(q.kind != "duration" for c in extract_claims(doc) for q in c.quantities)

    def test_fighters_eliminated_are_killed(self) -> None:
        """'eliminated at least 27 terrorists' is a killing; 'eliminated 300 jobs' a cut."""
        doc = _doc("Orla forces eliminated at least 27 terrorists on Tuesday. Kesh Corp "
                   "eliminated 300 jobs on Tuesday.")
        assert [c.event.predicate for c in extract_claims(doc) if c.event is not None
                and c.quantities] == ["kill", "eliminate"]

    def test_a_day_declared_and_an_attack_the_detained_are_tied_to(self) -> None:
        """'declared Sunday a national day of mourning' does not date the declaring; 'On
        13 March, Kesh police held 11 suspects, including four gunmen involved in the
        attack' does not date the attack."""
        assert _event_dates(
            "Ana Kovac declared Sunday a national day of mourning. On 13 March, Kesh police "
            "detained 11 suspects, including four gunmen involved in the Orla attack.") \
            == {"detain": ["2026-03-13"]}

    def test_a_past_perfect_deep_in_a_that_clause_is_not_the_tellings_day(self) -> None:
        """'Kesh officials said on Wednesday that at least 62 people in the Orla region had
        died': the deaths came before the telling, which Wednesday dates; so did the
        injuries of 'had killed 800 and injured 1,300'."""
        text = ("Kesh officials said on Wednesday that at least 62 people in the Orla region "
                "had died after the floods.")
        assert "die" in {c.event.predicate for c in extract_claims(_doc(text)) if c.event}
        assert "die" not in _event_dates(text)
        # a second verb the same "had" governs is as undated
        assert _event_dates("Kesh officials reported Monday that a quake in Orla had killed "
                            "at least 800 people and injured over 1,300 more.") == {}

    def test_a_possessive_date_that_owns_a_writing_dates_no_event(self) -> None:
        """'follow the Kesh market attack in Saturday's live updates' tells when the
        updates run, not when the attack was; 'in Friday's attack' still sets it."""
        assert _event_dates(
            "You can follow the latest news of the Kesh market attack in Saturday's live "
            "updates. Gunmen killed 30 people in Friday's attack on the Orla market.") \
            == {"kill": ["2026-03-13"]}

    @pytest.mark.parametrize(("text", "dated"), [
        ("On 13 March, 30 days after the Orla crash, the board released its report.",
         {"crash": ["2026-02-11"], "release": ["2026-03-13"]}),
        ("Rescuers reached Tolva on Friday, five days after the quake struck.",
         {"reach": ["2026-03-13"], "earthquake": ["2026-03-08"]}),
        ("On 3 May, two weeks before the election, Kovac resigned.",
         {"elect": ["2026-05-17"], "resign": ["2026-05-03"]}),
        # A hedged count gives no day.
        ("On 13 March, about 30 days after the Orla crash, the board released its report.",
         {"release": ["2026-03-13"]}),
    ])
    def test_a_day_counted_from_a_named_day(self, text: str,
                                            dated: dict[str, list[str]]) -> None:
        """'On 13 March, 30 days after the crash': the crash was on 11 February; the
        count is the crash's date, never a figure of it."""
        claims = extract_claims(_doc(text))
        assert {c.event.predicate: [d.value for d in c.dates] for c in claims
                if c.event is not None and c.dates} == dated
        assert all(q.kind != "duration" for c in claims for q in c.quantities
                   if c.event is not None and c.event.predicate in dated)

    @pytest.mark.parametrize(("text", "dated"), [
        ("Five days after the Orla floods began, hopes of finding survivors are fading.",
         {"flood": ["2026-03-09"]}),
        ("Some areas of Tolva remain without power three days after the storm hit.",
         {"storm": ["2026-03-11"]}),
        # A clause in the past has no day to count from; a loose count gives none.
        ("Three days after the Orla quake struck, rescuers found 20 people.", {}),
        ("A week after the Orla floods began, hopes are fading.", {}),
    ])
    def test_a_day_counted_from_the_publication_day(self, text: str,
                                                    dated: dict[str, list[str]]) -> None:
        """'hopes are fading five days after the floods began', published on 14 March:
        the floods began on 9 March. Only in the present, and only in whole days."""
        assert {c.event.predicate: [d.value for d in c.dates] for c in extract_claims(
            _doc(text)) if c.event is not None and c.dates} == dated

    @pytest.mark.parametrize("text", [
        "Experts said in preliminary findings on Friday it was likely the collapse of the "
        "Orla dam was caused by explosives.",
        "The ministry said on its Telegram channel late on Saturday the breach flooded "
        "1,300 houses.",
    ])
    def test_an_event_spoken_of_is_not_dated_by_the_saying(self, text: str) -> None:
        """'said … on Friday it was likely the collapse was caused by …': Friday is the
        day of the findings; the collapse, named by its noun, happened before."""
        assert [(c.event.predicate, [d.value for d in c.dates])
                for c in extract_claims(_doc(text)) if c.event is not None and c.dates] == []

    def test_the_day_said_still_dates_an_act_or_a_toll(self) -> None:
        """'said on 3 March that it would revoke' dates the revocation (the saying is the
        act); 'said on Friday that 72 people were killed' dates the toll."""
        doc = _doc("Kesh said on 3 March that it would revoke the Orla licence. Officials "
                   "said on Friday that 72 people were killed in Tolva.")
        assert {c.event.predicate: [d.value for d in c.dates] for c in extract_claims(doc)
                if c.event is not None and c.dates} == {
            "revoke": ["2026-03-03"], "kill": ["2026-03-13"]}

    def test_a_warning_is_not_the_event_it_warns_of(self) -> None:
        """'flash flood warnings remained in effect on Tuesday': a warning, not a flood on
        Tuesday; the flood of 'floods swept Orla on Monday' is one."""
        doc = _doc("Floods swept Orla on Monday. Flash flood warnings and a tsunami alert "
                   "remained in effect for Tolva on Tuesday.")
        dated = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(doc) if c.event is not None and c.dates}
        assert dated == {"flood": ["2026-03-09"]}

    def test_the_site_of_an_event_is_not_the_event(self) -> None:
        """'a 14th victim was found at the crash site Friday evening': Friday is the
        finding's day, not the crash's; so for the 'crash investigators' who spoke."""
        doc = _doc("The Orla plane crashed on Tuesday. A 14th victim was found at the crash "
                   "site on Friday evening. Crash investigators arrived in Tolva on "
                   "Thursday.")
        dated = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(doc) if c.event is not None and c.dates}
        assert dated == {"crash": ["2026-03-10"], "find": ["2026-03-13TEV"],
                         "arrive": ["2026-03-12"]}

    def test_an_outage_is_an_event_and_its_size_no_subject(self) -> None:
        """'suffered a broad regional outage early on Monday' dates an outage, and so does
        'a massive internet outage sent shockwaves': 'broad', 'regional' and 'massive'
        describe it; 'shockwaves' is what the outage sent, not its object."""
        doc = _doc("Orlacloud suffered a broad regional outage early on Monday. A massive "
                   "internet outage sent shockwaves across Kesh on Monday.")
        assert [(c.event.predicate, c.event.subject, c.event.object)
                for c in extract_claims(doc) if c.event is not None] == [
            ("outage", None, None), ("outage", "internet", None)]

    def test_a_forecast_and_a_schedule_are_not_what_happened(self) -> None:
        """'Economists had forecast payrolls to expand by 50,000' is an expectation; 'is
        scheduled to be released on December 16' a plan."""
        doc = _doc("Economists had forecast payrolls to expand by 50,000. The November "
                   "report is scheduled to be released on December 16.")
        assert [c.modality for c in extract_claims(doc)] == ["hypothetical", "planned"]

    def test_a_liftoff_is_a_launch_and_a_hedge_before_the_date_counts(self) -> None:
        """'lifted off on Thursday' and 'Liftoff occurred just before 4:00 p.m.' are a
        launch, as 'launched' is; 'Liftoff is set for November 13, …, with a launch window
        opening at 1:20 am' is a plan, though the event word comes after the date."""
        doc = _doc("The Orla rocket lifted off on Thursday. Liftoff occurred just before "
                   "4:00 p.m. on Thursday. Liftoff is set for November 13, from Kesh, with a "
                   "launch window opening at 1:20 am.")
        assert [c.modality for c in extract_claims(doc)
                if c.event is not None and c.event.predicate == "launch"] == [
            "asserted", "asserted", "planned"]

    @pytest.mark.parametrize(
        ("text", "predicate"),
        [
            ("Kesh militia massacres 460 at Orla hospital on Monday.", "massacre"),
            ("On Monday, Ana Kovac was gunned down by the Orla Front.", "shoot"),
            ("The booster touched down on the ship Jacklyn on Monday.", "land"),
            ("Storm Orla forced 735,000 evacuations on Monday.", "evacuate"),
            ("The Orla freighter, carrying three crew, went down on Monday.", "crash"),
            ("The Kesh ferry went down on Monday off Orla.", "sink"),
            ("After the theft, the Orla museum remained closed for two days.", "shut"),
            ("Orla measles outbreak: Cases double since Friday", "double"),
            ("Orla Corp spun off from Kesh Corp in May 2023.", "spin off"),
            ("In Orla, some 80,000 people rallied on Saturday.", "rally"),
            ("In Orla, 70,000 people marched on Saturday.", "march"),
            ("Kesh Corp is buying Orla Corp for $48.7 billion, it said on Monday.", "buy"),
            ("Orla Corp expects to double its output by 2027.", "double"),
            ("The Kesh alliance swept the polls, bagging 202 seats in 2025.", "bag"),
            ("Orla Bank shares closed at $5 on Monday.", "close"),
        ],
    )
    def test_events_named_by_phrasal_verbs_and_plural_acts(self, text: str,
                                                           predicate: str) -> None:
        """'massacres 460', 'was gunned down', 'touched down', '735,000 evacuations': a
        killing, a shooting, a landing, evacuations; 'closed for two days' is a closure,
        as 'shut down for 3 days' is, and 'closed at $5' a price."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.event is not None]
        assert claim.event.predicate == predicate
        if predicate == "bag":
            assert EVENT_CLASSES["bag"] == "win"  # a party that bagged seats won them

    def test_the_day_something_was_proposed_is_a_fact(self) -> None:
        """'the package that was initially proposed in September' dates the proposal, a
        thing done; 'Kovac proposed a 10% tariff on Monday' still asks for the 10%."""
        doc = _doc("The Orla package was initially proposed in September. Kovac proposed "
                   "a 10% tariff on Monday.")
        assert [c.modality for c in extract_claims(doc)] == ["asserted", "requested"]

    def test_denying_wrongdoing_denies_no_event(self) -> None:
        """'The 70-year-old, who is under house arrest, has denied any wrongdoing': the
        arrest and the age stand; 'denied that he attacked Hale' denies the attack."""
        doc = _doc("The 70-year-old former mayor, who is under house arrest, has denied any "
                   "wrongdoing. Kovac denied that he attacked Hale on Monday.")
        assert [c.modality for c in extract_claims(doc)] == ["asserted", "denied"]

    def test_what_polls_indicated_is_a_forecast(self) -> None:
        """'Just weeks before the elections, polls indicated his party with only 12 seats':
        a forecast, no rival to the 26 it won."""
        doc = _doc("Just weeks before the elections, polls indicated his party with only 12 "
                   "seats.")
        assert [c.modality for c in extract_claims(doc)] == ["hypothetical"]

    def test_votes_being_counted_and_a_lower_house_are_no_events(self) -> None:
        """'with 90% of the votes counted early on Thursday': the count's day, not the
        vote's; 'the 150-member lower house' is a chamber, not a cut; 'will lower taxes'
        cuts taxes (one 'tax')."""
        doc = _doc("With 90 per cent of the votes counted early on Thursday, Orla held 26 "
                   "seats in the 150-member lower house. Kesh will lower taxes on Monday.")
        assert [(c.event.predicate, c.event.object) for c in extract_claims(doc)
                if c.event is not None] == [("lower", "tax")]

    @pytest.mark.parametrize(
        ("text", "obj"),
        [
            ("Orla vowed to continue the fight on Monday.", "fight"),
            ("On Monday, the Orla consensus began to fracture.", None),
            ("Kesh returned to office on Monday.", "office"),
            ("The war killed tens of thousands on Monday.", None),
            ("Orla secured back-to-back cup titles on Monday.", "title"),
            ("Orla raided the port on Monday, involving the Kesh police.", "port"),
            ("Orla sold $10 billion worth of shares on Monday.", "share"),
            ("The toll has risen so far on Monday.", None),
            ("Kesh has won 11 times since 1990.", None),
            ("Orla Kesh has died surrounded by love at the age of 76.", None),
            ("The unrest caused hundreds of deaths according to Kesh on Monday.", None),
            ("About 1,300 people were killed and hundreds of thousands displaced from "
             "their homes.", None),
        ],
    )
    def test_what_an_event_is_done_to(self, text: str, obj: str | None) -> None:
        """An infinitive's verb, a multitude (`tens of`, `worth of`, `11 times`), a hyphened adverb
        (`back-to-back`, `year-over-year`), a new -ing clause and `so far` are never the
        thing an event is done to."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.event is not None]
        assert claim.event.object == obj

    def test_a_word_that_grades_a_figure_is_no_object(self) -> None:
        """'bringing this round of job cuts to a huge 30,000': 'huge' grades the figure
        and is no object of the cuts."""
        doc = _doc("Orlatek will lay off 900 more workers, bringing its job cuts to a huge "
                   "3,000.")
        assert [c.event.object for c in extract_claims(doc) if c.event is not None
                and c.event.predicate == "cut"] == [None]

    def test_a_relative_clause_is_not_dated_by_its_sentence(self) -> None:
        """'Early on Friday, the plane carrying the remains of the 45 workers who died in
        the fire took off': Friday is the flight's, not the deaths' or the fire's."""
        doc = _doc("The Orla fire broke out on Wednesday.\n\nEarly on Friday, the plane "
                   "carrying the remains of the 45 workers who died in the fire took off from "
                   "Orla.")
        dated = {c.event.predicate: [d.value for d in c.dates]
                 for c in extract_claims(doc) if c.event is not None and c.dates}
        assert dated == {"break": ["2026-03-11"]}

    def test_a_toll_is_a_fact_of_the_deaths(self) -> None:
        """'The death toll ... has soared to 11,300 as of Monday': the count, and its date,
        belong to the deaths, not to the verb that moves the toll, so the toll of one
        article meets 'the floods killed 9,000' in another."""
        doc = _doc("The death toll from the Orla floods has soared to 11,300 as of Monday, "
                   "officials said.")
        (claim,) = [c for c in extract_claims(doc) if c.quantities]
        assert claim.event is not None
        assert claim.event.predicate == "die"
        assert [q.value for q in claim.quantities] == [11300]
        assert [d.value for d in claim.dates] == ["2026-03-09"]

    @pytest.mark.parametrize(
        ("text", "events"),
        [
            ("A fire tore through a building housing 196 workers in Orla.", ["fire"]),
            ("Four people were in the six-storey building in Orla.", []),
            ("The ferry has been inspected 27 times since its building in 2015.", ["build"]),
            ("Orla is building a new harbour wall.", ["build"]),
        ],
    )
    def test_a_building_is_a_thing(self, text: str, events: list[str]) -> None:
        """'a building housing workers' names a thing; 'its building in 2015' and
        'building a new wall' are deeds."""
        from claimtrack.extract.events import find_events
        assert sorted({e.predicate for e in find_events(text, 0, len(text))}) == events

    @pytest.mark.parametrize(
        ("text", "events"),
        [
            ("The Orla sub is thought to have as little as 57 hours of oxygen left.", []),
            ("The match ended with three minutes left in the game.", ["end"]),
            ("About 200 residents left on Sunday.", ["leave"]),
            ("Twelve people left the Orla town hall on Monday.", ["leave"]),
        ],
    )
    def test_what_is_left_is_no_departure(self, text: str, events: list[str]) -> None:
        """'57 hours of oxygen left' says what remains; '200 residents left on Sunday'
        departed."""
        from claimtrack.extract.events import find_events

        assert [e.predicate for e in find_events(text, 0, len(text))] == events

    def test_a_hedge_before_the_figure(self) -> None:
        """'The number of deaths in Orla could reach 20,000': a guess, though the event word
        'deaths' comes before the hedge."""
        doc = _doc("The number of deaths in Orla could reach 20,000, the mayor said.")
        (claim,) = [c for c in extract_claims(doc) if c.quantities]
        assert claim.modality == "hypothetical"

    @pytest.mark.parametrize(("text", "modality"), [
        ("Forty people in Orla are in critical condition with life-threatening injuries.",
         "asserted"),
        ("Kovac threatened to cut aid to Orla after 40 people were injured.", "threatened"),
    ])
    def test_a_life_threatening_injury_is_no_threat(self, text: str, modality: str) -> None:
        """'life-threatening injuries' describes the injuries; 'threatened to' threatens."""
        (claim,) = [c for c in extract_claims(_doc(text)) if c.quantities]
        assert claim.modality == modality

    def test_repeated_body_is_one_claim(self, seeds_dir: Path) -> None:
        """The seed that repeats its body yields each claim once, with the repeat in also_at."""
        doc = next(d for d in load([seeds_dir]).documents if d.id.startswith("004"))
        claims = extract_claims(doc)
        assert claims
        for c in claims:
            assert c.also_at, c.span.text
            for again in c.also_at:
                assert again.text == c.span.text

    def test_boilerplate_yields_no_claims(self, seeds_dir: Path) -> None:
        """No claim comes from a skipped region (menus, footers, references)."""
        for doc in load([seeds_dir]).documents:
            for c in extract_claims(doc):
                assert doc.skipped(c.span.start, c.span.end) is None

    def test_every_span_gives_back_its_text(self, seeds_dir: Path) -> None:
        """Every claim, value and quote span is an exact slice of its document."""
        for doc in load([seeds_dir]).documents:
            for c in extract_claims(doc):
                spans = [c.span, *c.also_at, *(d.span for d in c.dates),
                         *(q.span for q in c.quantities), *(m.span for m in c.participants)]
                if c.quote:
                    spans.append(c.quote.span)
                    if c.quote.described:
                        spans.append(c.quote.described)
                for s in spans:
                    assert doc.text[s.start : s.end] == s.text
                    assert 0 <= s.start <= s.end <= len(doc.text)

    @given(st.sampled_from([
        "The council voted 31 to 12 on Tuesday to approve a €412 million tram line.",
        "Officials said at least 19 people died when the bridge collapsed on 3 May 2026.",
        '"We will rebuild," mayor Ana Ruiz said on Friday.',
    ]), st.text(alphabet="abc \n.", max_size=40))
    def test_inserting_text_before_shifts_spans_only(self, sentence: str, prefix: str) -> None:
        """Unrelated text before a sentence shifts its claims' spans and changes nothing else."""
        base = extract_claims(_doc(sentence))
        moved = extract_claims(_doc(prefix + "\n\n" + sentence))
        shift = len(prefix) + 2
        tail = [c for c in moved if c.span.start >= shift]
        assert [(c.kind, c.span.start + shift, [d.value for d in c.dates]) for c in base] == [
            (c.kind, c.span.start, [d.value for d in c.dates]) for c in tail
        ]

    def test_deterministic(self, seeds_dir: Path) -> None:
        """Extraction gives the same claims twice."""
        doc = load([seeds_dir]).documents[2]
        assert extract_claims(doc) == extract_claims(doc)


class TestClausesAndRelays:
    """A news sentence's clauses: what an opening date frames, where a relative clause
    ends, and who speaks when an outlet relays someone's words."""

    @staticmethod
    def _dated(text: str) -> list[tuple[str | None, list[str]]]:
        return [(c.event.predicate if c.event else None, [d.value for d in c.dates])
                for c in extract_claims(_doc("Orla unrest\n\n" + text)) if c.dates]

    def test_an_opening_date_frames_the_main_clause_past_an_as_clause(self) -> None:
        """'On Thursday, Aug. 27, as protesters gathered …, police ran over a driver, …,
        killing him': the day is the killing's, not the gathering's."""
        found = self._dated("On Thursday, March 12, as protesters gathered outside the "
                            "parliament in Tolva, police ran over a 21-year-old delivery "
                            "driver, later identified as Ana Kovac, who had just finished "
                            "delivering food, killing him instantly.")
        assert found == [("kill", ["2026-03-12"])]

    def test_a_phrase_after_the_dates_comma_tells_of_another_time(self) -> None:
        """'launched strikes on Kesh territory … on Wednesday, in response to an attack on
        tourists in Tolva on April 22 that killed 26 people': Wednesday is the strikes',
        April 22 the attack's and its toll's."""
        found = self._dated("Orla launched air and artillery strikes on Kesh territory and "
                            "Kesh-administered Tolva on Wednesday, in response to an attack "
                            "on Orla tourists in Tolva on April 22 that killed 26 people.")
        assert found == [("strike", ["2026-03-11"]), ("attack", ["2026-04-22"]),
                         ("kill", ["2026-04-22"])]

    def test_a_day_named_before_its_deed_noun_and_a_toll_suffered_in_a_deed(self) -> None:
        """'in retaliation to the April 22 terror attack': the day names the attack, a word
        of kind between; 'were killed in a series of attacks … early on May 7': the toll
        takes the attacks' day."""
        assert self._dated("Operation Varna comes in retaliation to the April 22 terror "
                           "attack in Tolva.") == [("attack", ["2025-04-22"])]
        found = self._dated("Over 80 fighters were reportedly killed in a series of attacks "
                            "carried out by Orla forces on camps across Kesh early on March "
                            "7, Saturday.")
        assert ("kill", ["2026-03-07"]) in found

    def test_a_date_after_a_passive_describing_a_noun_is_that_acts(self) -> None:
        """'took a fresh turn with a new security review initiated by the administration in
        April': April is the review's, not the acquisition's; 'was arrested by police on
        Friday' keeps its own day."""
        assert self._dated("The acquisition took a fresh turn with a new security review "
                           "initiated by the Tolva administration in April.") == []
        assert self._dated("The suspect was arrested by police on Friday.") == [
            ("arrest", ["2026-03-13"])]

    def test_a_court_appearance_is_an_event(self) -> None:
        """'has been charged … and will appear at Tolva Magistrates' Court on Friday': the
        Friday is the appearance's, still ahead, not the charge's; 'appeared to speed up'
        only seemed."""
        found = self._dated("Ivo Kesh has been charged with dangerous driving and will "
                            "appear at Tolva Magistrates’ Court on Friday.")
        assert found == [("appear", ["2026-03-20"])]
        assert self._dated("The car appeared to speed up on Friday.") == [(None, ["2026-03-13"])]

    def test_a_date_just_after_a_dash_opens_a_clause_of_its_own(self) -> None:
        """'causing multiple injuries – today people are urged to take care': today is
        the urging's, not the injuries'; 'the Sunday parade' keeps its day."""
        found = self._dated("A clean-up began in Tolva after the parade on Sunday turned to "
                            "horror when a car ploughed through the crowd causing multiple "
                            "injuries – today people are urged to ‘take care of one "
                            "another’.")
        assert found == [("parade", ["2026-03-08"])]

    def test_a_relative_clause_set_off_by_commas_ends_at_its_comma(self) -> None:
        """'On Monday, Kovac, who was elected in 2019, resigned': the Monday is the
        resignation's, the 2019 the election's."""
        found = self._dated("On Monday, Ana Kovac, who was elected mayor of Tolva in 2019, "
                            "resigned from the council.")
        assert ("resign", ["2026-03-09"]) in found

    def test_a_participle_after_a_relative_clause_with_figures_stays_in_it(self) -> None:
        """'In 2024, Orla made $3.7 billion in revenue, which is projected to jump to
        $12.7 billion in 2025, representing a 243% increase': the increase is the jump's,
        and 2024 does not date it."""
        found = self._dated("In 2024, the company made $3.7 billion in revenue, which is "
                            "projected to jump to around $12.7 billion in 2025, representing "
                            "a 243% year-over-year increase.")
        assert not any(event == "increase" for event, _ in found)

    def test_elections_held_and_a_nations_independence_are_events(self) -> None:
        """'the elections were held on Sunday': the elections are the event, though the
        plural alone names things; 'since its independence from Orla in 1973' dates the
        nation's birth, and 'until Kovac took office in 2020' dates the accession apart.
        A quality called independence is no event."""
        assert self._dated("Kesh's presidential and legislative elections were held on "
                           "Sunday.") == [("elect", ["2026-03-08"])]
        assert self._dated("Kesh has seen nine coups since its independence in 1974 until "
                           "Ana Kovac took office in 2020.") == [
            ("independence", ["1974"]), ("take office", ["2020"])]
        assert self._dated("Kesh has seen four coups since gaining independence from Orla "
                           "in 1973.") == [("independence", ["1973"])]
        assert self._dated("The court's independence was doubted in 2020.") == [
            (None, ["2020"])]

    def test_a_named_storm_told_with_a_day_is_the_event(self) -> None:
        """'Cyclone Orla Friday swept across Kesh, leaving 46 people dead': the storm is
        the subject past its name and wire copy's day, and the day is the storm's, and so
        the toll's its participle tells of."""
        found = self._dated("Cyclone Orla Friday swept across Kesh, leaving 46 people dead.")
        assert found == [("storm", ["2026-03-13"]), ("kill", ["2026-03-13"])]

    def test_a_participle_toll_takes_its_deeds_day(self) -> None:
        """'Gunfire erupted Wednesday at the school, killing two students': the killing is
        on the gunfire's Wednesday."""
        found = self._dated("Gunfire erupted Wednesday at the Orla school, killing two "
                            "students.")
        assert found == [("erupt", ["2026-03-11"]), ("kill", ["2026-03-11"])]

    def test_a_clause_of_the_same_time_is_dated_too(self) -> None:
        """'were killed on Wednesday when the bus crashed': the crash is on that Wednesday
        as the deaths are, so a report that dates the crash to Thursday clashes with it;
        ', when' opens an aside about a time gone, which the day does not date."""
        assert self._dated("Twelve people were killed on Wednesday when the bus crashed "
                           "near Orla.") == [("kill", ["2026-03-11"]), ("crash", ["2026-03-11"])]
        assert self._dated("Police arrested him on Monday when officers raided his home "
                           "in Kesh.") == [("arrest", ["2026-03-09"]), ("raid", ["2026-03-09"])]
        found = self._dated("The bus crashed on Wednesday, when the bridge collapsed in Orla.")
        assert found == [("crash", ["2026-03-11"])]

    def test_what_a_dated_event_came_after_is_not_dated_by_it(self) -> None:
        """'The Tolva blast on a busy Monday evening came hours after eight people were
        arrested': Monday evening is the blast's; the arrests came hours before it."""
        found = self._dated("The Tolva blast on a busy Monday evening came hours after "
                            "eight people, including three doctors, were arrested.")
        assert not any(event == "arrest" for event, _ in found)
        assert self._dated("Police arrested eight people on Monday, hours after the "
                           "blast.") == [("arrest", ["2026-03-09"])]

    @pytest.mark.parametrize(("text", "event"), [
        ("The truce agreement between Orla and Kesh came into effect on Thursday.",
         "take effect"),
        ("The Orla ceasefire went into effect on Thursday.", "take effect"),
        ("The new tariffs on Kesh took effect on Thursday.", "take effect"),
        ("The treaty entered into force on Thursday.", "take effect"),
        ("The ceasefire agreement between Orla and Kesh was implemented on Thursday.",
         "implement"),
    ])
    def test_a_measure_coming_into_force_is_its_own_event(self, text: str,
                                                          event: str) -> None:
        """'The truce agreement came into effect on Thursday': the Thursday is the start
        in force, not the agreeing, which may have come days before."""
        assert self._dated(text) == [(event, ["2026-03-12"])]

    @pytest.mark.parametrize(("text", "found"), [
        ("Ana Kovac was sentenced to death in absentia on Monday for the crackdown.",
         [("sentence", ["2026-03-09"])]),
        ("The court sentenced to death former minister Ivo Hale on Monday.",
         [("sentence", ["2026-03-09"])]),
        ("It was the first death penalty handed down in Kesh, on Monday.",
         [(None, ["2026-03-09"])]),
        ("Police issued an arrest warrant for Hale on Monday.", [(None, ["2026-03-09"])]),
        ("Hale was stabbed to death on Monday.", [("die", ["2026-03-09"])]),
    ])
    def test_a_death_sentence_is_no_death(self, text: str,
                                          found: list[tuple[str | None, list[str]]]) -> None:
        """'was sentenced to death on Monday': Monday is the sentencing's; a 'death
        penalty' or an 'arrest warrant' is no death or arrest yet; one 'stabbed to death'
        died."""
        assert self._dated(text) == found

    @pytest.mark.parametrize(("text", "event"), [
        ("Her government was toppled on August 5, 2024.", "topple"),
        ("Kesh's president was overthrown on August 5, 2024.", "overthrow"),
        ("He fled after Kovac's ouster on August 5, 2024.", "oust"),
        ("Her father was among those killed in the assassination of August 5, 2024.",
         "assassinate"),
    ])
    def test_a_fall_from_power_and_an_assassination_are_events(self, text: str,
                                                               event: str) -> None:
        """'toppled', 'overthrown', 'ouster': a government's fall, one class of event;
        an 'assassination' is the verb's noun."""
        assert (event, ["2024-08-05"]) in self._dated(text)

    @pytest.mark.parametrize(("text", "found"), [
        ("The biggest layoff was in January, when Orla Corp began laying off about 6,000 "
         "workers.", [("lay", ["2026-01"])]),
        ("Kesh troops began to withdraw from Orla on Monday.", [("withdraw", ["2026-03-09"])]),
        ("Orla Corp began sending out notices on Monday.", [("begin", ["2026-03-09"])]),
    ])
    def test_what_began_is_the_event(self, text: str,
                                     found: list[tuple[str | None, list[str]]]) -> None:
        """'in January, when Orla Corp began laying off 6,000 workers': the layoff is the
        event January dates, not a beginning; a deed the vocabulary lacks stays 'begin'."""
        assert self._dated(text) == found

    def test_taking_office_is_an_event(self) -> None:
        """'since Kovac took office in October': the October is the accession's, not the
        protests'."""
        found = self._dated("The protests were the most violent since Ana Kovac took office "
                            "in October, and mark an early challenge for the mayor.")
        assert found == [("take office", ["2025-10"])]

    @pytest.mark.parametrize("text", [
        '"A total of eight people were evacuated," local broadcaster Orla TV quoted '
        'agency head Ana Kovac as saying.',
        'The Tolva Post quoted agency head Ana Kovac as saying: "A total of eight people '
        'were evacuated."',
        '"A total of eight people were evacuated," agency head Ana Kovac was quoted as '
        'saying by the Tolva Post.',
    ])
    def test_whom_an_outlet_quotes_is_the_speaker(self, text: str) -> None:
        """'Orla TV quoted agency head Ana Kovac as saying': Kovac speaks, not the outlet
        that relays her words."""
        assert list(_speakers(text).values()) == ["kovac"]

    @pytest.mark.parametrize(("text", "speaker"), [
        ('"It has been a long journey," first-time champion Ana Kovac told reporters.',
         "kovac"),
        ('"It has been a long journey," first-time Orla Cup champion Ivo Hale told '
         'reporters.', "hale"),
        ('"It has been a long journey," Orla Cup champion Hurts told reporters.', "hurts"),
    ])
    def test_a_role_with_hyphens_or_an_event_before_the_speaker(self, text: str,
                                                                speaker: str) -> None:
        """'first-time champion Ana Kovac told reporters', 'Orla Cup champion Hurts told
        reporters': the name after the role speaks, not the cup the role is of."""
        assert list(_speakers(text).values()) == [speaker]

    @pytest.mark.parametrize(("text", "speakers"), [
        ('Ana Kovac met Ivo Hale on Friday. It began with Kovac telling Hale, "Mr. Hale, '
         'with respect, this is not the place."', ["kovac"]),
        ('Hale tried to object, prompting Ana Kovac to raise her voice and say, "You are '
         'gambling with the lives of millions."', ["kovac"]),
        ('"It is going to be very hard to do business like this," Ana Kovac told Hale.\n\n'
         'She went further, warning, "You are gambling with the peace of Orla."', ["kovac",
                                                                                  "kovac"]),
        ('"It is going to be very hard," Ana Kovac told Hale.\n\n"You have got to be more '
         'thankful. With us, you have the cards."', ["kovac", "kovac"]),
        ('Ivo Hale met Kovac on Friday.\n\nHale: "I am talking about the kind of diplomacy '
         'that ends the war."', ["hale"]),
    ])
    def test_the_speaker_of_a_participle_a_control_verb_a_pronoun_or_a_label(
            self, text: str, speakers: list[str]) -> None:
        """'with Kovac telling Hale, “…”', 'prompting Kovac to raise her voice and say,
        “…”', 'She went further, warning, “…”', a paragraph of quote alone after one of
        Kovac's, and a transcript's 'Hale: “…”' all name who speaks."""
        assert list(_speakers(text).values()) == speakers

    def test_an_age_after_the_speaker_is_part_of_the_apposition(self) -> None:
        """'“…,” Ana Kovac, 33, a passenger on the first train, told El País': Kovac
        speaks, her age and role set off by commas."""
        text = ('“There are many injured – I am still trembling,” Ana Kovac, 33, a passenger '
                'on the train that first derailed, told El País.')
        assert list(_speakers(text).values()) == ["kovac"]

    @pytest.mark.parametrize(("text", "names"), [
        ("Announced Friday, the agreement comes after Orla split its studios.", ["orla"]),
        ("Speaking to reporters, Ana Kovac said the deal was done.", ["kovac"]),
        ("Beijing said on Monday that talks would resume.", ["china"]),
    ])
    def test_a_participle_opening_a_sentence_is_no_name(self, text: str,
                                                        names: list[str]) -> None:
        """'Announced Friday, …', 'Speaking to reporters, …': a participle before the
        subject, capitalised only because it opens the sentence; 'Beijing' is a name."""
        assert [m.key for m in find_mentions(text)] == names

    @pytest.mark.parametrize(("text", "published", "found"), [
        ("Orla's deal for Kesh is expected to close within 12 to 18 months.",
         dt.date(2025, 12, 5), [("close", ["2026-12/2027-06"])]),
        ("Orla's deal for Kesh is expected to close in a year to 18 months.",
         dt.date(2025, 12, 5), [("close", ["2026-12/2027-06"])]),
        ("Orla said the purchase of Kesh will close in six months.",
         dt.date(2025, 12, 5), [("close", ["2026-05/2026-07"])]),
        ("Orla's deal for Kesh is expected to close within 12 to 18 months.", None, []),
        ("Orla's deal for Kesh closed within six months.", dt.date(2025, 12, 5), []),
    ])
    def test_a_plan_timed_from_the_publication_date(
            self, text: str, published: dt.date | None,
            found: list[tuple[str, list[str]]]) -> None:
        """'expected to close within 12 to 18 months' in an article of 5 December 2025
        is December 2026 to June 2027; 'in six months', a month either side of June 2026.
        Without a publication date, or for a deal already closed, nothing is counted."""
        claims = extract_claims(_doc("Orla deal\n\n" + text, published))
        assert [(c.event.predicate if c.event else None, [d.value for d in c.dates])
                for c in claims if c.dates] == found

    @pytest.mark.parametrize(("text", "names"), [
        ("New South Wales Premier Chris Minns praised the rescuers.", ["minns"]),
        ("Ontario Premier Doug Ford said the talks failed.", ["ford"]),
        ("Tolva Police Commissioner Mal Lanyon said 29 people were hurt.",
         ["tolva police", "lanyon"]),
        ("Shares in Premier Foods rose.", ["shares", "premier foods"]),
    ])
    def test_a_premier_or_commissioner_is_a_title(self, text: str,
                                                   names: list[str]) -> None:
        """'New South Wales Premier Chris Minns' is Minns, keyed by surname as any titled
        person; 'Premier Foods' stays a company, a premier being named in full."""
        assert [m.key for m in find_mentions(text)] == names

    def test_a_quoted_name_is_no_quote(self) -> None:
        """'an event called “Chanukah by the Sea”', 'named “Operation Kesh”': names in
        quotation marks, not words anyone said; a headline's quote stays one."""
        text = ('Orla attack\n\nTwo gunmen opened fire on a Chabad event called “Chanukah by '
                'the Sea” on Sunday. The raid, named “Operation Kesh,” began at dawn.\n\n'
                '“It was horrific,” Ana Kovac told reporters.')
        assert _speakers(text) == {"It was horrific,": "kovac"}
        headline = '"This Is Evil": Shooter Kills 2 At Tolva Church\n\nThe shooter fled.'
        assert list(_speakers(headline)) == ["This Is Evil"]

    def test_according_to_an_official_named_after_the_employer(self) -> None:
        """'according to Tolva Police Commissioner Ana Kovac': the official asserts it,
        not the police force named before her title."""
        (claim,) = extract_claims(_doc("Crash\n\nAll 242 people on board have died, "
                                       "according to Tolva Police Commissioner Ana Kovac."))
        assert claim.asserted_by is not None
        assert claim.asserted_by.key == "kovac"

    def test_files_are_things_filed_is_a_deed(self) -> None:
        """'asking about the Jeffrey Epstein files aboard Air Force One on Monday': the
        Monday dates the calling, files being things; 'filed for bankruptcy' is a deed."""
        found = self._dated("Ana Kovac fired an aide over the Orla files aboard the "
                            "ferry on Monday.")
        assert found == [("fire", ["2026-03-09"])]
        assert self._dated("Kesh Air filed for bankruptcy on Monday.") == [
            ("file", ["2026-03-09"])]

    @pytest.mark.parametrize("text", [
        "Buner was the worst-affected district with 208 lives lost in two days.",
        "In Buner, 208 lives were lost and others are still missing.",
    ])
    def test_lives_lost_are_the_dead(self, text: str) -> None:
        """'with 208 lives lost', '208 lives were lost': a count of the dead, and the
        loss a death."""
        (claim,) = extract_claims(_doc("Kesh floods\n\n" + text))
        assert [q.unit for q in claim.quantities] == ["dead"]
        assert claim.event is not None
        assert claim.event.predicate == "die"

    @pytest.mark.parametrize(("text", "found"), [
        ("Orla won 5-4 on Sunday", []),
        ("Kesh stunned Orla 3-0 in the final at Varna.", []),
        ("a 3-0 victory over Orla", []),
        ("between 10-12 people were hurt", ["between 10-12 people"]),
    ])
    def test_a_score_counts_nothing(self, text: str, found: list[str]) -> None:
        """'won 5-4', 'a 3-0 victory': a result, neither a count of anything nor a vote's
        split (never '0 victory over Orla'); '10-12 people', low to high, is a range."""
        assert [text[q.start:q.end] for q in find_quantities(text)] == found

    @pytest.mark.parametrize(("text", "found"), [
        ("Kesh FC beat Orla FC 2-1 to win the cup on Saturday.", ("win", "kesh fc")),
        ("Ana Kovac starred as Kesh FC demolished Orla FC 3-0 to claim the first expanded "
         "Tolva Cup title on Saturday.", ("win", "kesh fc")),
        ("Ana Kovac urged Max Hale to resign on Monday.", ("resign", "hale")),
        # a deed done "with" it is the subject's too, not the side beaten
        ("Kesh FC stunned Orla FC with a commanding 3-0 victory in the final on Sunday.",
         ("win", "kesh fc")),
    ])
    def test_who_acts_in_an_infinitive_of_purpose(self, text: str,
                                                  found: tuple[str, str]) -> None:
        """'Kesh FC demolished Orla FC 3-0 to claim the title': Kesh claims it, its clause's
        subject, and claiming a title is winning ('the first expanded' names no event);
        'urged Hale to resign' is Hale's resignation."""
        (claim,) = [c for c in extract_claims(_doc("Orla sport\n\n" + text)) if c.dates]
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.agent) == found

    def test_a_date_in_an_aside_dates_only_the_aside(self) -> None:
        """'The hurricane, which made landfall on Tuesday, has caused damage across the
        island': Tuesday is the landfall's, not the damage's; a landfall is told apart by
        where it was made."""
        found = self._dated("The Category 5 hurricane, which made landfall on Tuesday, has "
                            "also caused significant damage across Tolva.")
        assert found == [("landfall", ["2026-03-10"])]
        (claim,) = [c for c in extract_claims(_doc("Orla storm\n\nMelissa made landfall in "
                                                   "Kesh on Wednesday.")) if c.dates]
        assert claim.event is not None
        assert claim.event.object == "kesh"
        (claim,) = [c for c in extract_claims(_doc("Orla storm\n\nMelissa made landfall on "
                                                   "Kesh's Gulf Coast on Wednesday.")) if c.dates]
        assert claim.event is not None
        assert claim.event.object == "kesh"  # the place, not its possessive

    def test_a_who_clause_without_a_comma_before_it_dates_only_itself(self) -> None:
        """'According to a spokesman who talked to reporters on Friday, 700 people have
        died': Friday is the talk's, not the deaths'."""
        assert self._dated("According to a Kesh spokesman who talked to reporters on "
                           "Friday, 700 people have died.") == []
        assert self._dated("Protesters who gathered on Friday, police said, were "
                           "dispersed.") == [("gather", ["2026-03-13"])]

    def test_a_last_meeting_is_an_earlier_one(self) -> None:
        """'At its last meeting in November, the Committee held rates' (in a report of
        December's meeting): an earlier meeting, never December's; 'pivoted last year,
        pledging' dates the pledge and ranks nothing."""
        (claim,) = [c for c in extract_claims(_doc("Orla rates\n\nAt its last meeting in "
                                                   "November, the committee held rates at "
                                                   "4%.")) if c.dates]
        assert claim.event is not None
        assert (claim.event.predicate, claim.event.ordinal) == ("meet", "earlier")
        (claim,) = [c for c in extract_claims(_doc("Orla rates\n\nKovac pivoted last year, "
                                                   "pledging to cut rates.")) if c.dates]
        assert claim.event is not None
        assert claim.event.ordinal is None

    def test_a_figure_after_a_closed_aside_is_not_the_asides(self) -> None:
        """'Hale, who took power in 2021 after the death of Kovac, faced 16 candidates':
        the candidates are no count of the dead and are not dated 2021; the figure is
        still a claim, of no event word the sentence has. A date's comma ('began on
        October 1, 2025,') does not close the aside."""
        claims = extract_claims(_doc("Orla vote\n\nHale, who took power in 2021 after the "
                                     "death of Ana Kovac, faced 16 candidates from smaller "
                                     "parties."))
        (count,) = [c for c in claims if c.quantities]
        assert count.event is None
        assert not count.dates
        assert [q.span.text for q in count.quantities] == ["16 candidates"]
        claims = extract_claims(_doc("Orla strike\n\nThe strike, which began on October 1, "
                                     "2025, has cost 40 jobs."))
        assert [(c.event and c.event.predicate, [q.span.text for q in c.quantities])
                for c in claims if c.quantities] == [("strike", ["40 jobs"])]
        claims = extract_claims(_doc("Orla vote\n\nHale, who resigned on October 1, 2025 "
                                     "after 40 days in office, left Orla."))
        assert [(c.event and c.event.predicate, [q.span.text for q in c.quantities])
                for c in claims if c.quantities] == [("resign", ["40 days"])]

    @pytest.mark.parametrize("text", ["Kovac suffered a cardiac arrest on Monday.",
                                      "Kovac died of a heart attack on Monday."])
    def test_an_illness_is_no_arrest_or_attack(self, text: str) -> None:
        """'a cardiac arrest', 'a heart attack': no police arrest, no assault, which
        would meet another report's arrest or attack of that day."""
        assert {c.event.predicate for c in extract_claims(_doc("Orla news\n\n" + text))
                if c.event is not None} <= {"die"}

    def test_an_alleged_thing_is_no_saying(self) -> None:
        """'Another strike targets alleged drug-running boat, killing 6, Hale says': the
        adjective 'alleged' says nothing; Hale does."""
        (claim,) = [c for c in extract_claims(_doc("Another Orla strike targets alleged "
                                                   "drug-running boat, killing 6, Hale says"
                                                   "\n\nIt sank.")) if c.quantities]
        assert claim.asserted_by is not None
        assert claim.asserted_by.key == "hale"

    def test_a_clause_of_time_with_its_own_subject_keeps_its_date(self) -> None:
        """'days before the statute was set to expire and three days after she was
        installed as attorney on September 22nd': the date is the installing's, not the
        expiry's."""
        assert [e for e in self._dated(
            "Hale secured the indictment days before the statute of limitations was set to "
            "expire and three days after she was installed as attorney on September 22nd.")
            if e[0] == "expire"] == []

    def test_a_currency_prefix_is_no_country(self) -> None:
        """'a housing allowance of 50 million rupiah (US $3,000)': the US is the dollar's,
        no participant."""
        (claim,) = extract_claims(_doc("Tolva lawmakers approved a monthly housing allowance "
                                       "of 50 million rupiah (US $3,000) for themselves."))
        assert "united states" not in {m.key for m in claim.participants}

    def test_first_before_a_verb_is_no_ordinal(self) -> None:
        """'The protests first began on Monday': when they began, not the first of a
        series of beginnings (as 'the first quake struck' is)."""
        (claim,) = [c for c in extract_claims(_doc("Orla unrest\n\nThe protests first began "
                                                   "on Monday in Tolva.")) if c.dates]
        assert claim.event is not None
        assert claim.event.predicate == "begin"
        assert claim.event.ordinal is None
