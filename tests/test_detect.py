"""Conflict detection: compatibility rules, the seeds, planted fixtures, properties."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import document_from_text, extract_claims, load
from claimtrack.aliases import canonical_keys
from claimtrack.attributes import attribute_of
from claimtrack.check import check
from claimtrack.cli import main
from claimtrack.compare import compare_dates, compare_quotes
from claimtrack.detect.names import one_slip
from claimtrack.findings import Report
from claimtrack.ingest.metadata import Metadata
from claimtrack.report import render, report_data

ROOT = Path(__file__).resolve().parent.parent


def _values(report: Report) -> list[tuple[str, set[str]]]:
    out = []
    for c in report.conflicts:
        vals = set()
        for p in c.positions:
            v = p.value
            vals.add(" ".join(str(v).lower().strip(' ,."').split()) if isinstance(v, str)
                     else str(float(v)))
        out.append((c.kind, vals))
    return out


def _norm(kind: str, values: list[Any]) -> tuple[str, set[str]]:
    return kind, {" ".join(str(v).lower().strip(' ,."').split()) if isinstance(v, str)
                  else str(float(v)) for v in values}


def _score(report: Report, expected: dict[str, Any]) -> tuple[int, int, int]:
    found = _values(report)
    wanted = [_norm(c["kind"], c["values"]) for c in expected["conflicts"]]
    hits = sum(1 for w in wanted if any(f[0] == w[0] and w[1] <= f[1] | {"an " + x for x in f[1]}
                                        for f in found))
    true = sum(1 for f in found if any(f[0] == w[0] and (w[1] <= f[1] or
               w[1] <= f[1] | {"an " + x for x in f[1]}) for w in wanted))
    return hits, len(wanted), true


class TestCompatibility:
    def test_precision_difference_agrees(self) -> None:
        """January 2025 and 26 January 2025 agree."""
        a = _doc_claims("Officials said the strike began in January 2025 at the Lorn plant.")
        b = _doc_claims("Officials said the strike began on 26 January 2025 at the Lorn plant.",
                        "b")
        assert check([a, b]).conflicts == ()

    def test_a_day_without_a_year_still_clashes_with_the_next_day(self) -> None:
        """An undated article's 'Aug. 27' (no year, no publication date) and another's
        'August 28, 2025' are a day apart whatever the year; its 'Aug. 28' agrees."""
        dated = _doc_claims("Police in Tolva shot dead the driver Ana Kovac on August 28, "
                            "2025, officials said.", "b", dt.date(2025, 8, 30))
        for day, found in (("Aug. 27", ["2025-08-28", "XXXX-08-27"]), ("Aug. 28", None)):
            undated = _doc_claims(f"Police in Tolva shot dead the driver Ana Kovac on {day}, "
                                  "officials said.", "a", None)
            conflicts = check([undated, dated]).conflicts
            if found is None:
                assert conflicts == ()
            else:
                (conflict,) = conflicts
                assert sorted(p.value for p in conflict.positions) == found
                assert "whatever the year of XXXX-08-27" in conflict.explanation

    def test_one_day_told_with_and_without_a_year_is_one_side(self) -> None:
        """Two undated reports ('Aug. 27', '28 August') and a dated one ('Thursday', 28
        August 2025): one disagreement, 27 against 28 August, not one per way of writing
        the 28th; 'struck and killed' is a killing, as 'killed' is."""
        docs = [_doc_claims(f"Police in Tolva struck and killed the driver Ana Kovac on "
                            f"{day}, officials said.", name, None)
                for name, day in (("a", "Aug. 27"), ("b", "28 August"))]
        docs.append(_doc_claims("The driver Ana Kovac was killed by police in Tolva on "
                                "Thursday, officials said.", "c", dt.date(2025, 8, 30)))
        (conflict,) = check(docs).conflicts
        assert conflict.severity == "medium"
        assert sorted(p.value for p in conflict.positions) == ["XXXX-08-27", "XXXX-08-28"]
        assert "no year and no publication date" in conflict.explanation + \
            conflict.severity_rule

    @pytest.mark.parametrize(("first", "second", "published", "clash"), [
        ("shortly after 6:40 in the evening", "at 19:45 local time", None, True),
        ("shortly after 6:40 in the evening", "at 18:50", None, False),
        ("shortly after 6:40 in the evening", "at about 7.40pm on Sunday",
         dt.date(2026, 1, 19), True),
        ("at 11:47 pm", "around midnight on Monday", dt.date(2026, 1, 20), False),
    ])
    def test_the_clock_of_a_crash_whose_day_is_not_given(
            self, first: str, second: str, published: dt.date | None, clash: bool) -> None:
        """An undated report's 'shortly after 6:40 in the evening' is weighed by its clock:
        an hour from '19:45' or '7.40pm on Sunday' clashes, ten minutes from '18:50' is
        within the hedge. A crash happens once, whatever day the clock was given; and
        '11:47 pm' is 13 minutes from 'around midnight on Monday'."""
        a, b = (_doc_claims(f"The train crash near Tolva occurred {clock}, officials in Orla "
                            "said.", name, day)
                for clock, name, day in ((first, "a", None), (second, "b", published)))
        conflicts = check([a, b]).conflicts
        assert [c.kind for c in conflicts] == (["date"] if clash else [])
        if clash:
            assert conflicts[0].severity == "medium"
            assert "clock times" in conflicts[0].explanation

    def test_clocks_of_two_quakes_months_apart_are_two_quakes(self) -> None:
        """Bare clocks of a quake in two reports five months apart (the USGS in both) are
        two quakes: a guessed day may be a week off, not five months."""
        a = _doc_claims("Quake in Orla\n\nThe earthquake struck around 12:50 p.m. local time "
                        "and “occurred as the result of strike slip faulting,” the US "
                        "Geological Survey said.", "a", dt.date(2025, 4, 1))
        b = _doc_claims("Quake in Kesh\n\nThe US Geological Survey (USGS) reported that the "
                        "quake struck at 11:47 pm local time.", "b", dt.date(2025, 9, 1))
        assert check([a, b]).conflicts == ()

    def test_days_without_a_year_compare_round_the_calendar(self) -> None:
        """'Dec. 31' without a year and 'January 2, 2026' are two days apart; 'Feb. 10'
        and 'September 10' are seasons apart, two occurrences."""
        def slot(text: str, published: dt.date | None) -> Any:
            (claim,) = [c for c in extract_claims(_doc_claims(text, "x", published))
                        if c.dates]
            return claim.dates[0]

        new_year = slot("The strike in Tolva began on January 2, 2026.", dt.date(2026, 1, 5))
        assert compare_dates(slot("The strike in Tolva began on Dec. 31.", None),
                             new_year)[0] == "clash"
        assert compare_dates(slot("The strike in Tolva began on Feb. 10.", None),
                             slot("The strike in Tolva began on September 10, 2025.",
                                  dt.date(2025, 9, 12)))[0] == "distinct"

    def test_two_measures_of_a_deal_told_apart_by_one_article(self) -> None:
        """'$72 billion' in one headline and '$82.7 billion' in another are the deal's
        equity and enterprise values, as a third article states both in one sentence:
        no clash. Without that article they clash."""
        day = dt.date(2025, 12, 5)
        a = _doc_claims("Orla to buy Kesh studios for $72 billion\n\nOrla agreed to buy "
                        "the Kesh studios for $72 billion.", "a", day)
        b = _doc_claims("Orla buys Kesh studios in $82.7 billion deal\n\nOrla agreed to "
                        "buy the Kesh studios in an $82.7 billion deal.", "b", day)
        c = _doc_claims("Orla to buy Kesh studios\n\nOrla agreed to buy the Kesh studios "
                        "for about $72 billion in equity and $82.7 billion, including "
                        "debt.", "c", day)
        assert [x.kind for x in check([a, b]).conflicts] == ["quantity"]
        assert check([a, b, c]).conflicts == ()

    def test_two_disagreements_of_one_kind_stay_two(self) -> None:
        """Monday's seizure (350 kg against 390 kg) and June's (2,900 kg against 2,600 kg),
        aligned through the name they share: two disagreements, each of its own figures,
        not one of four figures that no report compares; and days a season apart are two
        seizures, not one dated twice (a slip confuses nearby days: the seeds' 26
        September and 17 October still clash)."""
        day = dt.date(2025, 9, 2)
        docs = [_doc_claims(f"Kesh raid\n\nKesh police seized {kg} kg of explosives on "
                            f"{when}.", name, day)
                for name, kg, when in (("a1", "350", "Monday"), ("a2", "390", "Monday"),
                                       ("b1", "2,900", "June 3"), ("b2", "2,600", "June 3"))]
        found = sorted((c.kind, sorted(p.value for p in c.positions))
                       for c in check(docs).conflicts)
        # and Monday's and June's dates are of two seizures, no slip of one
        assert found == [("quantity", [350.0, 390.0]), ("quantity", [2600.0, 2900.0])]

    def test_a_part_and_a_whole_one_article_both_gives(self) -> None:
        """'350 kg of explosives from the home of Dr Kesh' and, in the same article,
        'about 2,900 kg … were recovered' in all: another article's '2,900 kg' is no rival
        to the 350 kg. Without the article's second figure they clash."""
        day = dt.date(2025, 11, 12)
        a = _doc_claims("Raids near Orla\n\nPolice announced the seizure of 350 kg of "
                        "explosives from the rented home of Dr Ana Kesh in Orla.\n\nAbout "
                        "2,900 kg of explosives and weapons were recovered, they said.", "a", day)
        b = _doc_claims("Raids near Orla\n\nPolice seized 2,900 kg of explosives from a "
                        "terror module in Orla.", "b", day)
        assert check([a, b]).conflicts == ()
        alone = _doc_claims("Raids near Orla\n\nPolice announced the seizure of 350 kg of "
                            "explosives from the rented home of Dr Ana Kesh in Orla.", "a", day)
        assert [c.kind for c in check([alone, b]).conflicts] == ["quantity"]

    def test_a_fact_of_one_value_stated_two_ways_is_no_part_and_whole(self) -> None:
        """An article whose headline gives '$57 Billion in Q3 Revenue' and whose body
        gives '$570.1 billion' slipped: its body still clashes with another report's
        '$57.01 billion' (a quarter's revenue has one value, unlike seizures)."""
        day = dt.date(2025, 11, 20)
        a = _doc_claims("Orlatek Reports $57 Billion in Q3 Revenue\n\nOrlatek chief Ana "
                        "Kovac presented the results in Kesh on Wednesday. Q3 revenue totaled "
                        "$570.1 billion.", "a", day)
        b = _doc_claims("Orlatek results\n\nOrlatek chief Ana Kovac presented the results "
                        "in Kesh on Wednesday. Q3 revenue totaled $57.01 billion.", "b", day)
        (conflict,) = check([a, b]).conflicts
        assert sorted(p.value for p in conflict.positions) == [57.01e9, 570.1e9]

    def test_one_article_dates_the_arrests_of_different_people(self) -> None:
        """'Ana Kesh and Ivo Tarn were arrested on October 30' and 'A third doctor, Lena
        Orla, was arrested on November 5': two arrests one article tells apart, not one
        dated twice. The same person arrested on two days is still a slip."""
        day = dt.date(2025, 11, 12)
        doc = _doc_claims("Doctors held in Tolva\n\nDoctors Ana Kesh and Ivo Tarn were "
                          "arrested in Tolva on October 30.\n\nA third doctor, Lena Orla, "
                          "was arrested in Tolva on November 5.", "a", day)
        assert check([doc]).conflicts == ()
        slip = _doc_claims("Doctors held in Tolva\n\nDoctors Ana Kesh and Ivo Tarn were "
                           "arrested in Tolva on October 30.\n\nDr Ivo Tarn was arrested "
                           "in Tolva on November 5.", "a", day)
        assert [c.kind for c in check([slip]).conflicts] == ["date"]

    def test_a_disclosure_is_not_the_deed_disclosed(self) -> None:
        """'The arrests were made public on November 10' dates the announcement, not the
        arrest another sentence dates to November 5."""
        day = dt.date(2025, 11, 12)
        doc = _doc_claims("Doctors held in Tolva\n\nDr Lena Orla was arrested in Tolva on "
                          "November 5.\n\nThe arrests in Tolva were made public by the police "
                          "on November 10.", "a", day)
        (claim,) = [c for c in extract_claims(doc) if "public" in c.span.text]
        assert claim.event is not None
        assert claim.event.predicate == "disclose"
        assert check([doc]).conflicts == ()

    def test_a_closing_quarter_against_a_timeline_from_publication(self) -> None:
        """'set to close in the third quarter of 2026' against 'expected to close in a
        year to 18 months' (published 5 December 2025): the quarter ends two months
        before the timeline opens. The note says where the other date came from."""
        day = dt.date(2025, 12, 5)
        a = _doc_claims("Orla to buy Kesh\n\nThe Orla deal for Kesh is expected to close "
                        "in a year to 18 months.", "a", day)
        b = _doc_claims("Orla to buy Kesh\n\nThe Orla deal for Kesh is set to close in "
                        "the third quarter of 2026.", "b", day)
        (conflict,) = check([a, b]).conflicts
        assert sorted(p.value for p in conflict.positions) == ["2026-12/2027-06", "2026-Q3"]
        assert "how long from its publication (2025-12-05)" in conflict.explanation
        later = _doc_claims("Orla to buy Kesh\n\nThe Orla deal for Kesh is set to close in "
                            "the first quarter of 2027.", "b", day)
        assert check([a, later]).conflicts == ()

    @pytest.mark.parametrize(("day_b", "clash"), [("Sunday", True), ("Saturday", False)])
    def test_two_weekday_names_from_two_publication_days(self, day_b: str,
                                                         clash: bool) -> None:
        """'on Saturday' in a report of Monday 14 July and 'on Sunday' in one of Sunday 13
        July: one day has one name, so the words disagree (low); 'on Saturday' in both
        is one day."""
        a = _doc_claims("Kesh FC beat Orla FC 3-0 to win the Tolva Cup at Varna Stadium on "
                        "Saturday.", "a", dt.date(2025, 7, 14))
        b = _doc_claims(f"Kesh FC beat Orla FC 3-0 to win the Tolva Cup at Varna Stadium on "
                        f"{day_b}.", "b", dt.date(2025, 7, 13))
        conflicts = check([a, b]).conflicts
        assert [(c.kind, c.severity) for c in conflicts] == ([("date", "low")] if clash else [])
        if clash:
            assert "which one day cannot both be" in conflicts[0].explanation

    @pytest.mark.parametrize(("day_b", "clash"), [("Monday, October 20, 2025", False),
                                                  ("Tuesday, October 21, 2025", True)])
    def test_a_past_weekday_a_day_ahead_of_its_filing(self, day_b: str, clash: bool) -> None:
        """'skidded … when landing early Monday', filed on Sunday evening far to the west
        of the crash: the Monday of the crash's place is the day after publication, as
        another report's 'Monday, October 20' says, not the Monday six days before. A
        third day still clashes."""
        a = _doc_claims("A cargo plane skidded off a runway at Varna Airport into the sea "
                        "when landing early Monday, killing two people.", "a",
                        dt.date(2025, 10, 19))
        b = _doc_claims("A cargo plane skidded off a runway at Varna Airport into the sea "
                        f"when landing on {day_b}, killing two people.", "b",
                        dt.date(2025, 10, 21))
        assert [c.kind for c in check([a, b]).conflicts] == (["date"] if clash else [])

    def test_two_peoples_resignations_in_one_story(self) -> None:
        """'Home Minister Orla Kesh, who resigned on September 8' and 'Tolva submitted his
        resignation on September 9': aligned by the story alone, two people's acts. A
        surname written alone is the person the text named in full."""
        day = dt.date(2025, 9, 10)
        a = _doc_claims("Varna's PM Ivo Tolva resigns\n\nVarna's Prime Minister Ivo Tolva "
                        "has resigned after two days of protests that left at least 19 "
                        "people dead.\n\nThe protests also claimed the resignation of Home "
                        "Minister Orla Kesh, who resigned on September 8.", "a", day)
        b = _doc_claims("Varna's Prime Minister Tolva resigns\n\nVarna's Prime Minister Ivo "
                        "Tolva has resigned following days of protests.\n\nTolva submitted "
                        "his resignation on September 9, 2025.", "b", day)
        c = _doc_claims("Varna PM resigns\n\nVarna's Prime Minister Ivo Tolva resigned "
                        "Tuesday as protests escalated.", "c", day)
        assert check([a, b, c]).conflicts == ()

    def test_a_toll_dated_by_its_deed_still_meets_an_undated_one(self) -> None:
        """'struck Orla on Sunday, killing at least 800': the toll takes the quake's day,
        yet stands as of its report, so it still meets another report's undated 600."""
        a = _doc_claims("Quake in Orla\n\nA strong quake struck Orla province on Sunday, "
                        "killing at least 800 people.", "a", dt.date(2025, 9, 1))
        b = _doc_claims("Quake in Orla\n\nThe quake in Orla province killed 600 people, "
                        "officials said.", "b", dt.date(2025, 9, 1))
        assert [c.kind for c in check([a, b]).conflicts] == ["quantity"]

    def test_a_deed_told_of_on_a_later_day(self) -> None:
        """'On Tuesday, officials confirmed that the floods killed at least 105' dates the
        confirming; the floods of 'July 4' in another report came before it, no clash. A
        deed told as going on ('said on 8 July it was revoking') is that day's."""
        day = dt.date(2025, 7, 9)
        a = _doc_claims("Floods in Kesh County\n\nCatastrophic floods hit Kesh County on "
                        "July 4, killing at least 24 people.", "a", day)
        b = _doc_claims("Floods in Kesh County\n\nOn Tuesday, officials confirmed that the "
                        "floods in Kesh County killed at least 105 people.", "b", day)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_those_killed_at_once_are_a_part_of_the_toll(self) -> None:
        """'Fifteen people were killed instantly and one person died later in the
        hospital': the fifteen are no rival to another report's 16 dead."""
        day = dt.date(2025, 9, 5)
        a = _doc_claims("Orla funicular crash\n\nThe crash of the Orla funicular killed 16 "
                        "people and injured 21.", "a", day)
        b = _doc_claims("Orla funicular crash\n\nFifteen people — eight men and seven women "
                        "— were killed instantly in the Orla funicular crash and one person "
                        "died later in the hospital, emergency services said.", "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == []

    def test_two_named_storms_make_two_landfalls(self) -> None:
        """An article on Hurricane Orla's landfall on Kesh's Gulf Coast on Sept. 26 and
        one on Hurricane Tolva's there on Oct. 9 tell of two storms, whatever coast they
        share (the National Hurricane Center names no storm); two reports of Tolva's
        landfall on two days still clash."""
        a = _doc_claims("Orla batters Kesh\n\nThe storm made landfall on Kesh's Gulf Coast on "
                        "Sept. 26 as Hurricane Orla, the National Hurricane Center said.", "a",
                        dt.date(2025, 9, 28))
        b = _doc_claims("Tolva batters Kesh\n\nHurricane Tolva made landfall on Kesh's Gulf "
                        "Coast on Oct. 9, the National Hurricane Center said.", "b",
                        dt.date(2025, 10, 10))
        assert [c.kind for c in check([a, b]).conflicts] == []
        c = _doc_claims("Tolva batters Kesh\n\nHurricane Tolva made landfall on Kesh's Gulf "
                        "Coast on Oct. 8, the National Hurricane Center said.", "c",
                        dt.date(2025, 10, 10))
        assert [c.kind for c in check([b, c]).conflicts] == ["date"]

    def test_a_day_within_a_period_another_report_gives(self) -> None:
        """'outages between 11:49 PM on October 19 and 3:01 PM on October 20, 2025' hold
        'the early hours of Monday, October 20, 2025'; a day after the period clashes."""
        a = _doc_claims("Orla Cloud outage\n\nA failure in Orla Cloud's Kesh region triggered "
                        "outages between 11:49 PM on October 19 and 3:01 PM on October 20, "
                        "2025.", "a", None)
        b = _doc_claims("Orla Cloud outage\n\nIn the early hours of Monday, October 20, 2025, "
                        "an outage in Orla Cloud's Kesh region knocked games offline.", "b",
                        dt.date(2025, 10, 21))
        assert [c.kind for c in check([a, b]).conflicts] == []
        c = _doc_claims("Orla Cloud outage\n\nOn Wednesday, October 22, 2025, an outage in "
                        "Orla Cloud's Kesh region knocked games offline.", "c",
                        dt.date(2025, 10, 23))
        assert [c.kind for c in check([a, c]).conflicts] == ["date"]

    def test_quakes_told_months_apart_are_two_quakes(self) -> None:
        """A magnitude-8.8 quake off Kesh in July and a magnitude-7.5 quake off Orla in
        December, in articles that share the region's names (the Tolva coast's tsunami
        warnings): two quakes, not one measured two ways; two reports days apart still
        clash."""
        a = _doc_claims("Quake off Kesh\n\nAn 8.8-magnitude earthquake struck off Kesh, "
                        "prompting tsunami warnings on the Tolva coast and in Varna.", "a",
                        dt.date(2025, 7, 30))
        b = _doc_claims("Quake off Orla\n\nA 7.5-magnitude earthquake struck off Orla, "
                        "prompting tsunami warnings on the Tolva coast and in Varna.", "b",
                        dt.date(2025, 12, 9))
        assert [c.kind for c in check([a, b]).conflicts] == []
        c = _doc_claims("Quake off Orla\n\nA 7.6-magnitude earthquake struck off Orla, "
                        "prompting tsunami warnings on the Tolva coast and in Varna.", "c",
                        dt.date(2025, 12, 10))
        assert [c.kind for c in check([b, c]).conflicts] == ["quantity"]

    def test_a_magnitude_is_no_place_of_a_count(self) -> None:
        """'30 injured in M7.5 quake in Kesh' against '23 people were injured': the
        counts clash, titled by the harm, not as a count 'in M7'."""
        day = dt.date(2025, 12, 9)
        a = _doc_claims("30 injured in M7.5 quake in Kesh, Orla warns of bigger temblor\n\n"
                        "The Orla Meteorological Agency said the Kesh quake struck at 11:15 "
                        "p.m.", "a", day)
        b = _doc_claims("Quake off Kesh\n\nThe Orla Meteorological Agency said 23 people "
                        "were injured in the Kesh quake.", "b", day)
        assert [c.event for c in check([a, b]).conflicts if c.kind == "quantity"] == [
            "people injured (Kesh)"]

    def test_a_meeting_with_someone_else_is_another_meeting(self) -> None:
        """'Ivo Hale and Ana Kovac are scheduled to meet on Friday in Orla' and 'Hale
        prepares to meet Tolva on Monday' are two meetings; 'The two leaders met on
        Monday' names no one else, and still clashes with Friday."""
        day = dt.date(2025, 8, 15)
        a = _doc_claims("Hale and Kovac in Orla\n\nOrla leader Ivo Hale and Kesh leader Ana "
                        "Kovac are scheduled to meet on Friday in Varna, Orla.", "a", day)
        b = _doc_claims("Hale and Kovac in Orla\n\nAfter leaving Varna, Hale said he would "
                        "go to Orla as he prepares to meet Tolva on Monday.", "b",
                        dt.date(2025, 8, 16))
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]
        c = _doc_claims("Hale and Kovac in Orla\n\nIn Varna, Orla, the two leaders Hale and "
                        "Kovac met on Monday.", "c", dt.date(2025, 8, 16))
        assert [c.kind for c in check([a, c]).conflicts] == ["date"]

    def test_a_deed_told_of_on_a_later_day_against_a_yearless_day(self) -> None:
        """'On Thursday, officials confirmed 28 bodies were pulled from the crash' dates
        the confirming; an undated report's 'January 29' (no year) for the crash came
        the day before it, in any year that Thursday could be read in: no clash."""
        a = _doc_claims("An Orla Airlines jet collided with a helicopter near Kesh National "
                        "Airport on Wednesday night.\n\nOn Thursday, officials confirmed about "
                        "28 bodies were pulled from the crash, including three soldiers.", "a",
                        dt.date(2025, 1, 31))
        b = _doc_claims("Orla Airlines crash near Kesh National Airport\n\nThe crash occurred "
                        "on January 29 as the Orla Airlines jet was preparing to land at Kesh "
                        "National Airport.", "b", None)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_an_article_that_dates_two_deeds_tells_of_two(self) -> None:
        """'Tuesday saw one killed outside an Orla high school', in an article that dates
        the church shooting's killings to Wednesday: another shooting, not a slip against
        the Wednesday of other reports."""
        day = dt.date(2025, 8, 28)
        a = _doc_claims("Shooting at Orla church\n\nGunfire erupted Wednesday at the Orla "
                        "church school, killing two students. Tuesday saw one killed and six "
                        "injured outside an Orla high school.", "a", day)
        b = _doc_claims("Shooting at Orla church\n\nTwo students were killed in a shooting "
                        "at the Orla church school on Wednesday.", "b", day)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    @pytest.mark.parametrize(("told", "kinds"), [
        ("left two children and the gunman dead", []),
        ("left two children dead; the gunman fled", ["quantity"]),
    ])
    def test_a_toll_with_the_attacker(self, told: str, kinds: list[str]) -> None:
        """'Three dead' in a report whose body says 'two children and the gunman dead'
        counts the gunman: no rival to another's two dead. Without the gunman among
        the dead, three against two clash."""
        day = dt.date(2025, 8, 27)
        a = _doc_claims(f"Three dead in Orla church shooting\n\nA mass shooting at the Orla "
                        f"church {told} on Wednesday, police said.", "a", day)
        b = _doc_claims("Orla church shooting\n\nRifle fire struck the children at the Orla "
                        "church, leaving two dead.", "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == kinds

    def test_weekday_matches_date(self) -> None:
        """'on Friday' in an article of Saturday 14 March 2026 and 'March 13' agree."""
        a = _doc_claims("Ruritania imposed a tariff on Freedonia on Friday, officials said.",
                        "a", dt.date(2026, 3, 14))
        b = _doc_claims("Ruritania imposed a tariff on Freedonia on March 13, officials said.",
                        "b", dt.date(2026, 3, 16))
        assert check([a, b]).conflicts == ()

    @pytest.mark.parametrize(
        ("first", "second", "clash"),
        [
            ("at 4.45pm on Wednesday", "at 4:41 p.m. on Wednesday", True),
            ("at 2:51pm on Wednesday", "at 3pm on Wednesday", False),
            ("at 2:51pm on Wednesday", "at around 3:10pm on Wednesday", False),
            ("at 2:51pm on Wednesday", "at 6pm on Wednesday", True),
        ],
    )
    def test_clock_times_of_one_day(self, first: str, second: str, clash: bool) -> None:
        """Minutes that differ clash, even when the day was worked out from two
        publication dates; a round hour or a hedge allows half an hour."""
        a = _doc_claims(f"Orla firefighter Pavel Kim was declared dead {first}, officials "
                        "said.", "a", dt.date(2026, 3, 12))
        b = _doc_claims(f"Orla firefighter Pavel Kim passed away {second}, officials said.",
                        "b", dt.date(2026, 3, 13))
        conflicts = check([a, b]).conflicts
        assert bool(conflicts) == clash
        if clash:
            assert "clock times" in conflicts[0].explanation
            assert conflicts[0].severity == "low"  # the day was worked out

    def test_a_clock_on_the_day_a_sentence_names_times_the_event(self) -> None:
        """'just before 7pm local time (1330 GMT) on Monday night' and 'a Monday evening …
        exploded at around 7:45 p.m.': both clocks fall on the Monday both name, and
        they clash, where the Monday night and the Monday evening alone agree."""
        a = _doc_claims("The explosion near Orla station, which took place just before 7pm "
                        "local time (1330 GMT) on Monday night, is being investigated.",
                        "a", dt.date(2026, 3, 9))
        b = _doc_claims("A quiet Monday evening at Orla station turned to chaos as a parked "
                        "car exploded at around 7:45 p.m.", "b", dt.date(2026, 3, 10))
        (conflict,) = check([a, b]).conflicts
        assert {p.value for p in conflict.positions} == {"2026-03-09T19:00",
                                                         "2026-03-09T19:45"}
        assert "clock times 45 minutes apart" in conflict.explanation

    def test_a_bare_clock_guesses_its_day(self) -> None:
        """'struck at around 8am' in a report filed three days on names no day: it
        cannot clash with the day another article gives, but still with its clock."""
        a = _doc_claims("A magnitude 7.4 earthquake struck the Kesh coast on April 3, "
                        "officials said.", "a", dt.date(2026, 4, 4))
        b = _doc_claims("The death toll from the earthquake, which struck at around 8am off "
                        "the Kesh coast, rose to 13.", "b", dt.date(2026, 4, 6))
        assert check([a, b]).conflicts == ()
        c = _doc_claims("The earthquake struck the Kesh coast at 7:12am, officials said.",
                        "c", dt.date(2026, 4, 6))
        (conflict,) = check([b, c]).conflicts
        assert {p.value for p in conflict.positions} == {"2026-04-06T08:00", "2026-04-06T07:12"}

    def test_clashing_dates(self) -> None:
        """26 September and 17 October for the same revocation clash, with an explanation."""
        a = _doc_claims("Ruritania revoked the visa of Freedonian envoy Max Hale on 26 September "
                        "2025.", "a")
        b = _doc_claims("Ruritania revoked the visa of Freedonian envoy Max Hale on 17 October "
                        "2025.", "b")
        (conflict,) = check([a, b]).conflicts
        assert conflict.kind == "date"
        assert {p.value for p in conflict.positions} == {"2025-09-26", "2025-10-17"}
        assert "revoke" in conflict.explanation
        assert "Aligned because" in conflict.explanation

    @pytest.mark.parametrize(
        ("a", "b", "relation"),
        [
            ("a reckless leader", "a feckless leader", "clash"),
            ("The U.S. will act…", "the US will act", "same"),
            ("“Walls work,” he said", "Walls work", "compatible"),
            ("disobey the orders of Trump", "Obey the orders of humanity!", "distinct"),
            # Two lead-ins to one passage of five words or more: the passage still clashes.
            ("It’s the last song ever. Thank you from the bottom of our hearts.",
             "You’ve no idea how I feel – thank you from the bottom of my heart.", "clash"),
            # A shared run too short to be one passage.
            ("We fought hard and we will win the war.",
             "They lied to us and we will lose the war.", "distinct"),
            # Contractions and small numerals are the same words written two ways.
            ("You're gambling with World War III.", "You are gambling with World War Three,",
             "same"),
            ("There's no deal until there is a deal,",
             "Until there's a deal, I'll be calling Orla and certainly Kesh to update him.",
             "compatible"),
            ("We won't bow to the lies of Orla.", "We will not bow to the errors of Orla.",
             "clash"),
        ],
    )
    def test_quote_rules(self, a: str, b: str, relation: str) -> None:
        """Quotes compare words: typography never clashes, nor does a contraction or a
        numeral written out ('You're … III', 'You are … Three'); a changed word does."""
        assert compare_quotes(a, b)[0] == relation

    @pytest.mark.parametrize(("a", "b", "words"), [
        ("Those behind this act will not be spared", "Those behind this will not be spared",
         "“this act will” vs “this will”"),
        ("a reckless leader", "a feckless leader", "“reckless” vs “feckless”"),
    ])
    def test_a_changed_quote_names_its_words(self, a: str, b: str, words: str) -> None:
        """A word one version adds is shown between its neighbours, so an editor sees
        where it goes; a replaced word is shown by itself."""
        assert compare_quotes(a, b) == ("clash", f"the wording differs: {words}")

    def test_words_left_out_at_an_ellipsis_are_no_change(self) -> None:
        """'your country, Mr. President. ... I think it's disrespectful for you to come
        into the Oval Office' against 'Mr. President, with respect. I think it's
        disrespectful for you to come to the Oval Office': the words one version leaves
        out at its ellipsis are elided; only 'into' against 'to' is changed."""
        a = ("the destruction of your country, Mr. President. ... I think it's disrespectful "
             "for you to come into the Kesh Office to try to litigate this in front of the "
             "Orla media right now.")
        b = ("Mr. President, with respect. I think it's disrespectful for you to come to the "
             "Kesh Office to try to litigate this in front of the Orla media.")
        assert compare_quotes(a, b) == ("clash", "the wording differs: “into” vs “to”")
        assert compare_quotes("the cat … sat on the mat", "the cat sat on the mat")[0] \
            == "compatible"

    def test_one_statement_quoted_with_a_few_words_changed(self) -> None:
        """A long statement two reports quote word for word but for three small changes
        is one statement misquoted, whichever is read first; a short pair of parallel
        phrases is still two statements."""
        a = ("Ivo Tolva passed away on September 16 at his home at Kesh in the mountains of "
             "Orla - the place he loved, surrounded by those he loved. He will be missed "
             "greatly. The family requests privacy.")
        b = ("Ivo Tolva passed away at his home at Kesh in the mountains of Orla, the place "
             "he loved, surrounded by those he loved. Tolva will be greatly missed.")
        forward, backward = compare_quotes(a, b), compare_quotes(b, a)
        assert forward[0] == backward[0] == "clash"
        assert forward[1].startswith("the wording differs in 3 places: “away on september "
                                     "16 at” vs “away at”")
        assert backward[1].startswith("the wording differs in 3 places: “away at” vs “away "
                                      "on september 16 at”")


def _figures(*docs: Any) -> list[list[float]]:
    """The values of each quantity conflict ``check`` finds among ``docs``, sorted."""
    return [sorted(float(p.value) for p in c.positions) for c in check(list(docs)).conflicts
            if c.kind == "quantity"]


def _doc_claims(text: str, doc_id: str = "a", published: dt.date | None = dt.date(2026, 3, 14)
                ) -> Any:
    return document_from_text(text, doc_id, metadata=Metadata(published=published))


@pytest.fixture(scope="module")
def report() -> Report:
    """The seeds, checked once for the tests that read the report."""
    return check([ROOT / "seeds"])


class TestSeeds:
    def test_finds_the_editors_conflicts(self, report: Report) -> None:
        """Every conflict listed in fixtures/expected/seeds.json is found."""
        expected = json.loads((ROOT / "fixtures" / "expected" / "seeds.json").read_text())
        hits, wanted, _ = _score(report, expected)
        assert hits == wanted

    def test_look_alikes_are_not_flagged(self, report: Report) -> None:
        """The look-alikes in fixtures/expected/seeds.json are not flagged."""
        expected = json.loads((ROOT / "fixtures" / "expected" / "seeds.json").read_text())
        found = _values(report)
        for item in expected["not_conflicts"]:
            values = set(item["values"])
            assert not any(values <= f[1] for f in found), item["why"]

    def test_visa_conflict_cites_evidence(self, report: Report) -> None:
        """The 17 October value is contradicted by a source cited as dated 27 September."""
        visa = next(c for c in report.conflicts if c.alignment.predicate == "revoke")
        october = next(p for p in visa.positions if p.value == "2025-10-17")
        assert october.evidence
        assert october.evidence[0].date == dt.date(2025, 9, 27)
        assert visa.severity == "high"

    def test_json_validates_against_schema(self, report: Report) -> None:
        """The JSON report validates against docs/report.schema.json; spans are exact."""
        schema = json.loads((ROOT / "docs" / "report.schema.json").read_text())
        data = json.loads(render(report, "json"))
        jsonschema.validate(data, schema)
        texts = {d.id: d.text for d in report.documents}
        for c in data["conflicts"]:
            for p in c["claims"]:
                for key in ("span", "value_span"):
                    s = p[key]
                    assert texts[p["document"]][s["start"] : s["end"]] == s["text"]

    def test_byte_identical_json(self, report: Report) -> None:
        """The same input gives byte-identical JSON."""
        assert render(report, "json") == render(check([ROOT / "seeds"]), "json")

    def test_fail_on_high_exits_1(self) -> None:
        """check --fail-on high exits 1 on the seeds; --fail-on never exits 0."""
        assert main(["check", str(ROOT / "seeds"), "--fail-on", "high", "-o", "/dev/null"]) == 1
        assert main(["check", str(ROOT / "seeds"), "-o", "/dev/null"]) == 0

    def test_markdown_and_html_render(self, report: Report) -> None:
        """Markdown shows both values side by side; HTML escapes and marks the values."""
        md = render(report, "markdown")
        assert "2025-10-17" in md
        assert "2025-09-26" in md
        html = render(report, "html")
        assert "<mark>17 Octobr 2025</mark>" in html

    def test_markdown_says_why_beyond_the_table(self) -> None:
        """'on Saturday' and 'on Sunday' resolved against one publication date: the
        Markdown report says the words themselves disagree, not only the values (the
        lines that only repeat a side's sentence stay in the table)."""
        day = dt.date(2026, 7, 14)
        a = _doc_claims("Orla win Kesh Cup\n\nOrla beat Tolva 3-0 to win the Kesh Cup final "
                        "at Varna Stadium on Saturday.", "a", day)
        b = _doc_claims("Orla win Kesh Cup\n\nOrla stunned Tolva with a 3-0 victory to win "
                        "the Kesh Cup final on Sunday at Varna Stadium.", "b", day)
        md = render(check([a, b]), "markdown")
        assert "- Both were worked out from the same publication date (2026-07-14), so the " \
            "words themselves disagree: “Saturday” and “Sunday”." in md
        assert "- a says" not in md

    def test_counts_read_as_an_editor_writes_them(self) -> None:
        """'1 conflict', '1 independent source', not '1 conflicts' or 'source(s)'."""
        a = _doc_claims("Ferry sinks off Kesh\n\nThe Orla Star ferry sank off Kesh on "
                        "March 3, the coast guard said.", "a", dt.date(2026, 3, 4))
        b = _doc_claims("Ferry sinks off Kesh\n\nThe Orla Star ferry sank off Kesh on "
                        "March 2, the coast guard said.", "b", dt.date(2026, 3, 4))
        md = render(check([a, b]), "markdown")
        assert "**1 conflict** (" in md
        assert "| 1 independent source |" in md
        assert "(s)" not in md


class TestFixtures:
    @pytest.mark.parametrize("event", ["lake-varna", "steel-tariffs", "harbour-levy"])
    def test_planted_conflicts_precision_recall(self, event: str) -> None:
        """Every planted disagreement is found and nothing else is flagged."""
        expected = json.loads((ROOT / "fixtures" / "expected" / f"{event}.json")
                              .read_text())
        report = check([ROOT / "fixtures" / "events" / event])
        hits, wanted, true = _score(report, expected)
        assert hits == wanted, "recall"
        assert true == len(report.conflicts), "precision"

    def test_denial_is_a_dispute_not_a_conflict(self) -> None:
        """'X denied that ...' against an assertion is reported once, as a dispute."""
        report = check([ROOT / "fixtures" / "events" / "harbour-levy"])
        assert len(report.disputes) == 1
        assert {c.kind for c in report.conflicts} == {"attribution"}

    def test_beyond_dispute_is_no_denial_and_a_quote_no_party(self) -> None:
        """'origins that are “well documented and beyond dispute”' denies nothing, and a
        sentence is never in dispute with the quote it holds."""
        doc = _doc_claims("Defense attorney Ana Kovac urged the judge to toss out two "
                          "violations of the Orla Act that resulted in conviction, saying the "
                          "“infamous law” had origins that are “beyond dispute.”", "a")
        claims = extract_claims(doc)
        assert "denied" not in {c.modality for c in claims}
        assert not check([doc]).disputes

    def test_wire_copy_counts_once(self) -> None:
        """A syndicated copy does not add an independent source."""
        report = check([ROOT / "fixtures" / "events" / "lake-varna"])
        date = next(c for c in report.conflicts if c.kind == "date")
        may2 = next(p for p in date.positions if p.value == "2026-05-02")
        assert "wire-copy" in may2.documents
        assert may2.sources < len(may2.documents)


_ARTICLE = ("Ruritania revoked the fishing licence of Freedonian trawler operator Max Hale "
            "on 12 March 2026, officials said. The fine was €40 million, the ministry said. "
            "\"We acted within the law,\" trade minister Ana Kovac said.")


class TestProperties:
    @settings(max_examples=20)
    @given(st.permutations(["lake-varna/varna-herald.txt", "lake-varna/coastline-daily.txt",
                            "lake-varna/wire-copy.txt", "lake-varna/weekly-review.txt"]))
    def test_order_does_not_matter(self, order: list[str]) -> None:
        """Conflicts and their ids do not depend on document order."""
        docs = load([ROOT / "fixtures" / "events" / p for p in order]).documents
        ids = [c.id for c in check(docs).conflicts]
        base = [c.id for c in check(sorted(docs, key=lambda d: d.id)).conflicts]
        assert ids == base

    def test_self_check_is_clean(self) -> None:
        """A document checked against a copy of itself yields no conflict."""
        doc = _doc_claims(_ARTICLE, "a")
        assert check([doc, attrs.evolve(doc, id="b")]).conflicts == ()

    def test_unrelated_document_changes_no_id(self) -> None:
        """Adding an unrelated article changes no existing conflict id."""
        docs = list(load([ROOT / "fixtures" / "events" / "lake-varna"]).documents)
        before = {c.id for c in check(docs).conflicts}
        other = _doc_claims("The Aldermoor council approved a tram line on 10 February 2026.",
                            "zz-unrelated")
        assert before <= {c.id for c in check([*docs, other]).conflicts}

    @settings(max_examples=25)
    @given(st.integers(1, 9), st.sampled_from(["date", "number"]))
    def test_planted_change_is_found(self, delta: int, what: str) -> None:
        """Changing a date or a figure in a copy of an article is reported as a conflict."""
        if what == "date":
            changed = _ARTICLE.replace("12 March 2026", f"{12 + delta} March 2026")
        else:
            changed = _ARTICLE.replace("€40 million", f"€{40 + 10 * delta} million")
        a, b = _doc_claims(_ARTICLE, "a"), _doc_claims(changed, "b")
        kinds = {c.kind for c in check([a, b]).conflicts}
        assert ("date" if what == "date" else "quantity") in kinds

    def test_report_data_counts(self) -> None:
        """The summary counts match the lists."""
        report = check([ROOT / "fixtures" / "events" / "lake-varna"])
        data = report_data(report)
        assert data["summary"]["conflicts"] == len(data["conflicts"])


class TestRegressionsFromRealCoverage:
    """Rules learnt from real multi-outlet coverage of one event (texts kept out of the repo)."""

    def test_climbed_past_is_a_lower_bound(self) -> None:
        """'climbed past 80 people' is more than 80: no clash with 'at least 126'."""
        a = _doc_claims("The death toll from the capsizing of the Orla ferry had climbed past "
                        "80 people, the authorities said.", "a")
        b = _doc_claims("The death toll from the capsizing of the Orla ferry reached at least "
                        "126 people, the authorities said.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_a_crash_dated_by_the_deaths_it_caused(self) -> None:
        """'were killed on Wednesday when the Orla Air plane crashed' dates the crash, which
        another report puts on Thursday: the two days clash (the plane of one report is
        the jet of the other)."""
        a = _doc_claims("At least 60 people were killed on Wednesday when the Orla Air plane "
                        "crashed near Kesh.", "a", dt.date(2025, 6, 12))
        b = _doc_claims("An Orla Air jet crashed near Kesh on Thursday, killing at least 60 "
                        "people.", "b", dt.date(2025, 6, 13))
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "date"]
        assert sorted(p.value for p in conflict.positions) == ["2025-06-11", "2025-06-12"]

    def test_metres_and_meters_compare(self) -> None:
        """Unit spellings are one unit: 'around 50 metres' and '200 meters' clash."""
        a = _doc_claims("Orla ferry capsizes near Kivu island\n\nThe Orla ferry capsized around "
                        "50 metres from the shore of Kivu island.", "a")
        b = _doc_claims("Orla ferry capsizes near Kivu island\n\nThe Orla ferry capsized 200 "
                        "meters from its destination.", "b")
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.unit for p in conflict.positions} == {"meters"}
        assert conflict.severity == "medium"

    def test_clock_time_belongs_to_its_weekday(self) -> None:
        """'struck on Tuesday night' and 'struck at 9:59 p.m. local time on Tuesday' agree."""
        a = _doc_claims("Quake hits Kesh island\n\nA magnitude 6.9 earthquake struck Kesh island "
                        "on Tuesday night, officials said.", "a", dt.date(2025, 10, 1))
        b = _doc_claims("Quake hits Kesh island\n\nThe earthquake struck Kesh island at 9:59 p.m. "
                        "local time on Tuesday, officials said.", "b", dt.date(2025, 10, 1))
        assert check([a, b]).conflicts == ()

    def test_died_and_killed_count_the_same_dead(self) -> None:
        """'19 persons died' and '18 people were killed' in one article clash."""
        doc = _doc_claims("Bus crash near Orla\n\n19 persons died in the crash near Orla, officials "
                          "said.\n\n18 people were killed when the Orla bus left the road, police "
                          "said.", "a")
        (conflict,) = [c for c in check([doc]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {18.0, 19.0}
        assert "same article" in conflict.explanation

    def test_people_aboard(self) -> None:
        """'189 passengers on board' and 'with 190 on board' are one count, and they clash."""
        doc = _doc_claims("Jet overshoots runway at Kesh\n\nThere were 189 passengers on board the "
                          "aircraft that crashed at Kesh on Friday.\n\nThe flight from Orla with 190 "
                          "on board overshot the runway at Kesh, officials said.", "a")
        (conflict,) = [c for c in check([doc]).conflicts if c.kind == "quantity"]
        assert {p.unit for p in conflict.positions} == {"people aboard"}

    def test_the_dead_aboard_are_no_count_of_everyone_aboard(self) -> None:
        """'241 people aboard the plane perished' and 'claimed the lives of 241 passengers
        and crew' count the dead among those aboard: no rival to '242 people on board'."""
        a = _doc_claims("Jet crashes at Kesh\n\nThe Orla Air jet crashed at Kesh with 242 "
                        "people on board, officials said.", "a")
        b = _doc_claims("Jet crashes at Kesh\n\nOrla Air said that 241 people aboard the "
                        "plane perished at Kesh.", "b")
        c = _doc_claims("Jet crashes at Kesh\n\nThe Orla Air crash at Kesh claimed the lives "
                        "of 241 passengers and crew.", "c")
        assert not [x for x in check([a, b, c]).conflicts
                    if any(p.unit == "people aboard" for p in x.positions)]

    def test_head_counts_one_apart(self) -> None:
        """241 against 242 aboard is a clash of figures 'less than 1% apart', not '0%'."""
        doc = _doc_claims("Jet crashes at Kesh\n\nThere were 242 people on board the Orla Air "
                          "jet that crashed at Kesh.\n\nThe Orla Air flight to Kesh had 241 "
                          "people on board, officials said.", "a")
        (conflict,) = [c for c in check([doc]).conflicts if c.kind == "quantity"]
        assert conflict.severity_rule == "two exact figures less than 1% apart"

    def test_the_altitude_an_aircraft_reached(self) -> None:
        """'reached an altitude of only 625 feet' and 'having reached a mere 650 feet' give
        the aircraft's altitude, and clash; 'just over 600 feet' fits both; a river that
        reached 20 feet is no aircraft's."""
        a = _doc_claims("Jet crashes at Kesh\n\nThe Orla Air aircraft reached an altitude of "
                        "only 625 feet before it crashed at Kesh.", "a")
        b = _doc_claims("Jet crashes at Kesh\n\nThe Orla Air plane, having reached a mere 650 "
                        "feet, crashed at Kesh.", "b")
        c = _doc_claims("Jet crashes at Kesh\n\nThe Orla Air flight crashed at Kesh after "
                        "reaching just over 600 feet.\n\nThe Kesh river reached 20 feet.", "c")
        (conflict,) = check([a, b, c]).conflicts
        assert conflict.event.startswith("altitude of the aircraft")
        assert sorted(p.value for p in conflict.positions) == [625.0, 650.0]

    def test_round_head_counts_may_be_rounded(self) -> None:
        """'200 people aboard' and '198 people aboard' agree: the round figure is rounded."""
        doc = _doc_claims("Ferry sinks off Kesh\n\nThe ferry had 200 people on board when it sank "
                          "off Kesh.\n\nOfficials said the Kesh ferry sank with 198 people aboard.",
                          "a")
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]

    def test_the_age_of_one_thing(self) -> None:
        """'the 19-year-old dam' and 'the 14-year-old dam' give one fact, and clash."""
        a = _doc_claims("Dam breach floods Orla\n\nLocals said the 19-year-old dam near "
                        "Orla in Kesh district had shown signs of leaks.", "a")
        b = _doc_claims("Dam bursts near Orla\n\nVillagers had complained about cracks in the "
                        "14-year-old dam at Orla, Kesh district, the minister said.", "b")
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert conflict.event.startswith("age of the dam")
        assert {p.value for p in conflict.positions} == {14.0, 19.0}
        assert "age of the dam" in conflict.alignment.reason

    def test_the_length_of_the_ship(self) -> None:
        """'The 948-foot vessel, identified as the Orla Star' and 'the Orla Star, a 984-foot
        container ship' give the ship's length whatever their verbs: they clash. '985ft'
        agrees with 984 (rounding), and the bridge's height is another fact."""
        a = _doc_claims("Ferry hits Kesh bridge\n\nThe 948-foot Varna-flagged vessel, "
                        "identified as the Orla Star, struck the Kesh bridge on Tuesday.", "a")
        b = _doc_claims("Kesh bridge collapses\n\nInvestigators boarded the Orla Star, a "
                        "984-foot container ship that lost power before it hit the Kesh "
                        "bridge, a 185-foot-high span.", "b")
        c = _doc_claims("Kesh bridge collapses\n\nOn Tuesday a 985ft container ship, the "
                        "Orla Star, smashed into the Kesh bridge.", "c")
        (conflict,) = [x for x in check([a, b, c]).conflicts if x.kind == "quantity"]
        assert conflict.event.startswith("length of the ship")
        assert {p.value for p in conflict.positions} == {948.0, 984.0}
        assert "both give the length of the ship" in conflict.alignment.reason

    def test_a_ship_measured_in_two_units_and_an_article_that_gives_both_lengths(
            self) -> None:
        """'The Orla Star, a giant 948-foot cargo ship' and 'The 985-foot (300-meter)
        tanker' both give the ship's length (the 1.6-mile bridge's supports are the
        bridge's); an article that gives both lengths is named in a note."""
        a = _doc_claims("Ferry hits Kesh bridge\n\nThe Orla Star, a giant 948-foot cargo "
                        "ship, hit the Kesh bridge on Tuesday. The 985-foot (300-meter) "
                        "tanker struck one of the 1.6-mile bridge’s supports.", "a")
        facts = [attribute_of(c, q).fact for c in extract_claims(a) for q in c.quantities
                 if attribute_of(c, q) is not None]
        assert facts == ["length of the ship", "length of the ship", "length of the bridge"]
        b = _doc_claims("Kesh bridge collapses\n\nThe Orla Star, a 985-foot container ship, "
                        "struck the Kesh bridge.", "b")
        (conflict,) = [x for x in check([a, b]).conflicts if x.kind == "quantity"]
        assert "Note: a itself gives both “948-foot” and “985-foot”." \
            in conflict.explanation.split("\n")
        assert "- Note: a itself gives both" in render(check([a, b]), "markdown")

    def test_a_length_before_a_ships_name_says_no_kind_of_thing(self) -> None:
        """'The 948-foot Orla Star' measures a named thing, not a 'star': no fact of a kind
        is made up from the name (and the Orla Star is no person called Star)."""
        doc = _doc_claims("The 948-foot Orla Star was unloaded at 1:30 a.m. on Wednesday.",
                          "a")
        claims = extract_claims(doc)
        assert [attribute_of(c, q) for c in claims for q in c.quantities] == [None]
        assert all(m.kind != "person" for c in claims for m in c.participants)

    def test_things_met_only_in_passing_need_a_shared_name(self) -> None:
        """'a 30-foot boat' in one article and 'a 45-foot boat' in another, with no name
        in common, may be two boats."""
        a = _doc_claims("Storm hits Kesh\n\nA 30-foot boat sank off Orla in the storm on "
                        "Tuesday, the Kesh coast guard said.", "a")
        b = _doc_claims("Storm hits Kesh\n\nA 45-foot boat was rescued near Orla on Tuesday, "
                        "the Kesh coast guard said.", "b")
        assert not [x for x in check([a, b]).conflicts if x.kind == "quantity"]

    def test_the_age_of_a_named_person(self) -> None:
        """'Ilse Brandt, 32' and '33-year-old Ilse Brandt' give her age whatever the
        verbs; 'Tomas Brandt, 60' is someone else of the same surname."""
        a = _doc_claims("Ferry sinks off Kesh\n\nThe Orla Star ferry sank off Kesh on Friday, "
                        "the Varna coast guard said. Deckhand Ilse Brandt, 32, was pulled "
                        "from the water by fishermen.", "a")
        b = _doc_claims("Kesh ferry disaster\n\nThe Orla Star went down off Kesh on Friday, "
                        "the Varna coast guard said. Among the rescued was 33-year-old Ilse "
                        "Brandt, a deckhand.", "b")
        c = _doc_claims("Kesh ferry disaster\n\nThe Orla Star went down off Kesh on Friday, "
                        "the Varna coast guard said. Among the rescued was Tomas Brandt, 60, "
                        "a passenger.", "c")
        (conflict,) = [x for x in check([a, b]).conflicts if x.kind == "quantity"]
        assert conflict.event == "age of Ilse Brandt"
        assert {p.value for p in conflict.positions} == {32.0, 33.0}
        assert not [x for x in check([a, c]).conflicts if x.kind == "quantity"]

    def test_an_age_before_a_role_and_a_name(self) -> None:
        """'26-year-old Navy officer Lt. Ivo Tolvan from Varna' and 'Lt Commander Ivo Tolvan
        (29)': the role stands between the age and the person, whose age it is (not the
        Navy's, nor a place's: '22-year-old Kesh student Ana Kovac')."""
        a = _doc_claims("Attack in Kesh\n\nAlso killed was 26-year-old Navy officer Lt. Ivo "
                        "Tolvan from Varna, who was on his honeymoon.", "a")
        b = _doc_claims("Attack in Kesh\n\nThe dead include Lt Commander Ivo Tolvan (29), "
                        "an officer in the Orla Navy.", "b")
        (conflict,) = [x for x in check([a, b]).conflicts if x.kind == "quantity"]
        assert conflict.event == "age of Ivo Tolvan"
        assert {p.value for p in conflict.positions} == {26.0, 29.0}
        c = _doc_claims("Attack in Kesh\n\nThe 22-year-old Kesh student Ana Kovac was "
                        "hurt in the attack.", "c")
        d = _doc_claims("Attack in Kesh\n\nAna Kovac, 23, was hurt in the attack.", "d")
        (conflict,) = [x for x in check([c, d]).conflicts if x.kind == "quantity"]
        assert conflict.event == "age of Ana Kovac"

    def test_the_age_of_a_person_named_by_role(self) -> None:
        """'The prosecutor, 65,' and 'the 63-year-old prosecutor' give one age; 'a farmer,
        45,' may be anyone."""
        day = dt.date(2025, 10, 4)
        a = _doc_claims("Trial in Orla\n\nThe prosecutor, 65, spoke at the Orla court in "
                        "Kesh on Monday.", "a", day)
        b = _doc_claims("Trial in Orla\n\nThe 63-year-old prosecutor spoke at the Orla "
                        "court in Kesh on Monday.", "b", day)
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert conflict.alignment.predicate == "age of the prosecutor"
        assert {p.value for p in conflict.positions} == {63.0, 65.0}
        c = _doc_claims("Floods in Orla\n\nA farmer, 45, drowned in Orla on Monday.", "c",
                        day)
        d = _doc_claims("Floods in Orla\n\nA farmer, 47, drowned in Orla on Monday.", "d",
                        day)
        assert _figures(c, d) == []

    def test_an_age_before_a_name_and_a_role_is_the_role_holders(self) -> None:
        """'the 22-year-old Ilse Brandt shooting suspect' is the suspect's age; Ilse
        Brandt, 31, is the one shot."""
        a = _doc_claims("Shooting in Kesh\n\nIlse Brandt, 31, was shot at a rally in Kesh "
                        "on Friday, police said.", "a")
        b = _doc_claims("Shooting in Kesh\n\nPolice in Kesh said on Friday they had "
                        "arrested the 22-year-old Ilse Brandt shooting suspect.", "b")
        assert not [x for x in check([a, b]).conflicts if x.kind == "quantity"]

    def test_the_n_year_old_named_in_a_sentence_before(self) -> None:
        """'… as Ana Kovac began her sentence. Kovac had lost her appeal before Judge Ivo
        Hale. Crowds gathered as the 69-year-old former head of state arrived': the age
        names again Kovac, the most named of the people just named (not Hale, named last),
        so it clashes with 'Kovac, 70'; 'the 69-year-old victim' may be anyone."""
        day = dt.date(2025, 10, 21)
        a = _doc_claims("Kovac jailed\n\nAna Kovac, the former president of Orla, began a "
                        "five-year sentence on Tuesday. Kovac had lost her appeal before Judge "
                        "Ivo Hale. Crowds gathered outside the prison as "
                        "the 69-year-old former head of state arrived.", "a", day)
        b = _doc_claims("Kovac jailed\n\nAna Kovac, 70, began a five-year sentence in "
                        "Orla on Tuesday.", "b", day)
        (conflict,) = [x for x in check([a, b]).conflicts if x.kind == "quantity"]
        assert conflict.alignment.predicate == "age of kovac"
        assert sorted(p.value for p in conflict.positions) == [69.0, 70.0]
        c = _doc_claims("Kovac jailed\n\nAna Kovac, the former president of Orla, began a "
                        "five-year sentence on Tuesday. Outside the prison the 69-year-old "
                        "victim of a scuffle was taken to hospital.", "c", day)
        assert not [x for x in check([b, c]).conflicts if x.kind == "quantity"]

    def test_ages_of_people_met_in_passing_are_not_one_fact(self) -> None:
        """'a 45-year-old farmer' and 'a 47-year-old farmer': indefinite, maybe two people."""
        a = _doc_claims("Floods hit Orla\n\nA 45-year-old farmer drowned in Orla.", "a")
        b = _doc_claims("Floods hit Orla\n\nA 47-year-old farmer was rescued in Orla.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_an_age_is_not_a_figure_of_the_event(self) -> None:
        """'her 9-year-old daughter had died' and 'killed 43 people, 11 of them
        children' are both about the deaths, but an age is nobody's toll."""
        a = _doc_claims("Floods hit Orla\n\nThe floods in Orla killed 43 people, 11 of "
                        "them children. One mother said her 9-year-old daughter had died.",
                        "a")
        b = _doc_claims("Floods hit Orla\n\nA father in Orla said his 15-year-old son had "
                        "died in the floods.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_the_quake_that_struck_and_the_tremor_that_occurred(self) -> None:
        """'struck', 'occurred' and 'hit' said of a quake, tremor or temblor are one
        event, the earthquake; a weekday that contradicts the others is found."""
        a = _doc_claims("Quake shakes Kesh\n\nThe magnitude 6.4 earthquake that struck Orla "
                        "in Kesh province at 9:40 p.m. on Tuesday (March 10) damaged a "
                        "139-year-old church and 900 houses.", "a", dt.date(2026, 3, 11))
        b = _doc_claims("Deadly tremor in Kesh\n\nThe tremor, which occurred at 9:40 p.m. on "
                        "March 10, was felt across Orla, Kesh province.", "b",
                        dt.date(2026, 3, 11))
        c = _doc_claims("Kesh quake toll rises\n\nThe quake occurred at around 10 pm on "
                        "Wednesday near Orla, Kesh province.", "c", dt.date(2026, 3, 11))
        report = check([a, b, c])
        (conflict,) = report.conflicts
        assert conflict.kind == "date"
        assert conflict.event.startswith("earthquake")
        assert {(p.claim.document_id, p.value) for p in conflict.positions} == {
            ("b", "2026-03-10T21:40"), ("c", "2026-03-11T22:00")}
        # The church's age is not a count of damaged buildings, and a quake has no agent.
        assert not [x for x in report.conflicts if x.kind in ("quantity", "attribution")]

    def test_magnitudes_of_one_quake(self) -> None:
        """'a 6.4-magnitude quake' and 'a magnitude 6.9 earthquake' give one fact, and clash;
        a quake of another year, recalled in passing, is not the story's quake."""
        a = _doc_claims("Quake shakes Kesh\n\nA 6.4-magnitude quake struck Orla in Kesh "
                        "province on March 10, officials said.", "a", dt.date(2026, 3, 11))
        b = _doc_claims("Quake shakes Kesh\n\nA magnitude 6.9 earthquake hit Orla in Kesh "
                        "province on March 10. It was the strongest since 2013, when a "
                        "magnitude 7.2 quake hit Orla.", "b", dt.date(2026, 3, 11))
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {6.4, 6.9}
        assert "earthquake" in conflict.alignment.reason

    def test_a_tenth_of_magnitude_is_two_readings(self) -> None:
        """'a magnitude of 7.5' and 'magnitude 7.6' are never equal up to rounding: they
        clash, at low severity, as agencies often read one quake differently."""
        a = _doc_claims("Quake shakes Kesh\n\nA powerful earthquake with a magnitude of 7.5 "
                        "struck Orla in Kesh province on March 10.", "a", dt.date(2026, 3, 11))
        b = _doc_claims("Quake shakes Kesh\n\nA magnitude 7.6 earthquake hit Orla in Kesh "
                        "province on March 10.", "b", dt.date(2026, 3, 11))
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {7.5, 7.6}
        assert conflict.severity == "low"
        assert "seismic agencies" in conflict.severity_rule

    def test_the_depth_of_the_quake(self) -> None:
        """'at a depth of 16 kilometers', 'a provisional depth of 16 km' and '10 km (6
        miles) deep' give the quake's depth: 16 against 10 clashes, at low severity (an
        agency's estimate); a '300-metre-deep gorge' is no quake's."""
        a = _doc_claims("Quake shakes Kesh\n\nThe quake struck Orla in Kesh province at a "
                        "depth of 16 kilometers on March 10.", "a", dt.date(2026, 3, 11))
        b = _doc_claims("Quake shakes Kesh\n\nThe earthquake hit Orla in Kesh province on "
                        "March 10 with a provisional depth of 16 km.", "b", dt.date(2026, 3, 11))
        assert not check([a, b]).conflicts
        c = _doc_claims("Quake shakes Kesh\n\nThe earthquake hit Orla in Kesh province on "
                        "March 10, 10 km (6 miles) deep, and a bus fell into a 300-metre-deep "
                        "gorge between Orla and Tolva.", "c", dt.date(2026, 3, 11))
        (conflict,) = check([a, b, c]).conflicts
        assert conflict.event.startswith("depth of the earthquake")
        assert conflict.severity == "low"
        assert sorted(p.value for p in conflict.positions) == [10.0, 16.0]

    def test_the_magnitude_is_a_fact_of_the_quake_whatever_the_verb(self) -> None:
        """Troops deployed after 'the 6.4-magnitude earthquake', homes destroyed by 'the
        magnitude 6.9 quake': two events, one quake, two magnitudes."""
        a = _doc_claims("Quake in Kesh\n\nTroops were deployed to Orla in Kesh province after "
                        "the 6.4-magnitude earthquake, officials said.", "a")
        b = _doc_claims("Quake in Kesh\n\nHundreds of homes in Orla, Kesh province, were "
                        "destroyed by the magnitude 6.9 quake.", "b")
        (conflict,) = check([a, b]).conflicts
        assert conflict.event.startswith("magnitude of the earthquake")
        assert {p.value for p in conflict.positions} == {6.4, 6.9}
        assert "both give the magnitude of the earthquake" in conflict.alignment.reason

    def test_different_places_sharing_a_country_are_weak(self) -> None:
        """A toll in one region and one in another city share only the country: low at most."""
        a = _doc_claims("Rains lash India\n\nEighteen people have died after a dam breach in "
                        "Maharashtra, India.", "a")
        b = _doc_claims("Rains lash India\n\nWall collapses have killed more than 30 people in "
                        "Mumbai, India.", "b")
        assert all(c.severity == "low" for c in check([a, b]).conflicts)

    def test_two_named_days_from_one_publication_date_clash(self) -> None:
        """'crashed on Wednesday' against 'on Thursday' (and 'Thursday afternoon') in
        articles of one day is one low conflict, whose words are quoted; a plane that
        crashed has no agent, so naming its airline is no attribution conflict."""
        day = dt.date(2026, 3, 12)  # a Thursday
        a = _doc_claims("Jet crashes in Kesh\n\nAn Orla Air jet crashed shortly after take-off "
                        "from Kesh on Wednesday.", "a", day)
        b = _doc_claims("Jet crashes in Kesh\n\nThe jet crashed minutes after take-off from "
                        "Kesh on Thursday.", "b", day)
        c = _doc_claims("Jet crashes in Kesh\n\nAn Orla Air plane crashed after take-off from "
                        "Kesh on Thursday afternoon.", "c", day)
        (conflict,) = check([a, b, c]).conflicts
        assert (conflict.kind, conflict.severity) == ("date", "low")
        assert {p.value for p in conflict.positions} >= {"2026-03-11"}
        assert "the words themselves disagree: “Wednesday”" in conflict.explanation

    def test_named_days_from_two_publication_dates_do_not_clash(self) -> None:
        """The same weekday read against two publication dates is no evidence of a clash."""
        a = _doc_claims("Jet crashes in Kesh\n\nAn Orla Air jet crashed in Kesh on Thursday.",
                        "a", dt.date(2026, 3, 12))
        b = _doc_claims("Jet crashes in Kesh\n\nAn Orla Air jet crashed in Kesh on Thursday.",
                        "b", dt.date(2026, 3, 26))
        assert check([a, b]).conflicts == ()

    def test_arrest_counts_are_a_running_count(self) -> None:
        """'Police had arrested seven men, including two doctors' and 'eight people,
        including three doctors, were arrested': the reports differ, but a probe
        detains more as it goes on, so the clash is medium at most, with the reason."""
        a = _doc_claims("Orla blast probe\n\nPolice in Kesh had arrested seven men, including "
                        "two doctors, in the Orla probe.", "a", dt.date(2026, 3, 12))
        b = _doc_claims("Orla blast probe\n\nEight people, including three doctors, were "
                        "arrested in Kesh in the Orla probe.", "b", dt.date(2026, 3, 12))
        clashes = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert clashes
        assert all(c.severity != "high" for c in clashes)
        assert all("running count" in c.severity_rule for c in clashes
                   if c.severity == "medium")

    def test_case_counts_of_an_outbreak_are_a_running_count(self) -> None:
        """'after 28 suspected cases were reported' and '6 deaths out of 10 suspected
        cases', told the same day: the counts differ, but an outbreak's cases grow by the
        hour, so the clash is low, with the reason."""
        day = dt.date(2026, 3, 12)
        a = _doc_claims("Orla outbreak\n\nKesh has declared an outbreak of Varna fever in "
                        "the south-central Orla region after 28 suspected cases and 15 deaths "
                        "were reported.", "a", day)
        b = _doc_claims("Orla outbreak\n\nVarna fever in Orla: 6 deaths already recorded "
                        "out of 10 suspected cases in Kesh.", "b", day)
        (clash,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in clash.positions} == {10.0, 28.0}
        assert clash.severity == "low"
        assert "suspected cases are a running count" in clash.severity_rule

    def test_death_toll_differences_are_low(self) -> None:
        """Different same-day death tolls are listed at low severity, as a running count."""
        a = _doc_claims("Ferry capsizes off Kesh, killing 100\n\nThe Kesh ferry capsized on "
                        "Thursday.", "a", dt.date(2026, 3, 13))
        b = _doc_claims("Ferry capsizes off Kesh\n\nA regional commissioner put the death toll "
                        "from the Kesh ferry capsizing at 86.", "b", dt.date(2026, 3, 13))
        conflicts = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert all(c.severity == "low" for c in conflicts)

    def test_counts_of_the_abducted_clash_like_tolls(self) -> None:
        """'abducted 215 students' and 'abducted 303 pupils' from one school: pupils are
        students and the abducted are counted as the dead are, so the counts clash (low:
        a running count); the teachers taken with them are another group."""
        a = _doc_claims("Orla school abduction\n\nGunmen abducted 215 students from the Kesh "
                        "school on Friday, police said.", "a", dt.date(2026, 3, 14))
        b = _doc_claims("Orla school abduction\n\nGunmen abducted 303 pupils and 12 teachers "
                        "from the Kesh school on Friday, the church said.", "b",
                        dt.date(2026, 3, 14))
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert sorted(p.value for p in conflict.positions) == [215, 303]
        assert conflict.severity == "low"

    def test_the_injured_are_not_the_toll(self) -> None:
        """'61 killed and more than 150 injured' against 'a toll of 142': no clash."""
        a = _doc_claims("Express derails near Kesh\n\nOn Sunday, at least 61 people were killed "
                        "and more than 150 injured when the Kesh express derailed.", "a",
                        dt.date(2026, 3, 15))
        b = _doc_claims("Express derails near Kesh\n\nThe Kesh express derailment killed 142 "
                        "on Sunday, officials said.", "b", dt.date(2026, 3, 15))
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_a_campaigns_strikes_weeks_apart_are_not_one_toll(self) -> None:
        """'Another strike targets alleged drug boat, killing 6, Hale says' (17 October),
        'three individuals were killed aboard the targeted vessel, Hale said' (9
        November) and 'at least 87 individuals have been killed in 22 strikes' (4
        December): one minister telling of two strikes weeks apart, and a tally of many;
        no toll clashes."""
        a = _doc_claims("Another Orla strike in Caribbean targets alleged drug-running boat, "
                        "killing 6, Hale says\n\nThe strike was in the Caribbean.", "a",
                        dt.date(2025, 10, 17))
        b = _doc_claims("Orla strike\n\nThree individuals were killed aboard the targeted "
                        "vessel in the Caribbean, Hale said.", "b", dt.date(2025, 11, 9))
        c = _doc_claims("Orla strikes\n\nThe Orla Pentagon has reported that at least 87 "
                        "individuals have been killed in 22 strikes in the Caribbean.", "c",
                        dt.date(2025, 12, 4))
        assert [x for x in check([a, b, c]).conflicts if x.kind == "quantity"] == []
        d = _doc_claims("Orla strike\n\nFive individuals were killed aboard the targeted "
                        "vessel in the Caribbean, Hale said.", "d", dt.date(2025, 11, 9))
        (clash,) = [x for x in check([b, d]).conflicts if x.kind == "quantity"]
        assert {p.value for p in clash.positions} == {3.0, 5.0}

    def test_quake_and_earthquake_are_one_cause(self) -> None:
        """'The quake killed 72' and 'The earthquake killed 69' are one toll, and clash."""
        a = _doc_claims("The quake killed 72 people in Kesh province on Tuesday, officials in "
                        "Kesh said.", "a")
        b = _doc_claims("The earthquake killed 69 people in Kesh province on Tuesday, officials "
                        "in Kesh said.", "b")
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {69.0, 72.0}
        # Two outlets' casualty counts: listed, at low severity, as a running count.
        assert conflict.severity == "low"
        assert "running count" in conflict.severity_rule

    def test_deaths_from_another_cause_are_another_fact(self) -> None:
        """The dam burst's 11 dead and 'wall collapses have killed more than 30' do not clash."""
        a = _doc_claims("Dam bursts near Orla, killing 11\n\nHeavy rains burst a dam near Orla "
                        "in Kesh state, killing at least 11 people.\n\nAcross Kesh state, wall "
                        "collapses have killed more than 30 people.", "a")
        b = _doc_claims("Orla dam breach\n\nEleven people have died after heavy rainfall "
                        "caused a dam breach which flooded Orla in Kesh state.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_harmed_officers_are_a_part_of_the_injured(self) -> None:
        """'dozens injured' in one article and 'injuring two officers' in another: the
        officers are some of the injured, not a rival count of them."""
        a = _doc_claims("Van attack in Orla\n\nA van hit a crowd in Orla on Friday, "
                        "killing 10 people; dozens were injured.", "a")
        b = _doc_claims("Van attack in Orla\n\nThe driver was shot dead in Orla on Friday "
                        "after injuring two officers.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_one_articles_figures_for_two_places_are_parts(self) -> None:
        """'15 died in Orla' and 'at least 71 died in Kesh' in one article: parts, not rivals."""
        doc = _doc_claims("Quake kills dozens\n\nAt least 71 people died in Kesh, the civil "
                          "protection agency said.\n\nThe ministry said 15 died in Orla state "
                          "and four in Varna state.", "a")
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]

    def test_two_articles_tolls_for_two_places_are_parts(self) -> None:
        """'15 deaths in the state of Orla' and 'at least 71 people died in Kesh', from two
        articles: each counts its own place; a count said of no place meets them, and
        clashes with the part that could not fit in it."""
        a = _doc_claims("Quake kills dozens in Ruritania\n\nThe interior ministry reported 15 "
                        "deaths in the state of Orla after the Ruritania quake.", "a")
        b = _doc_claims("Quake kills dozens in Ruritania\n\nAt least 71 people died in Kesh "
                        "after the Ruritania quake, the civil protection agency said.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        c = _doc_claims("Quake kills dozens in Ruritania\n\nThe Ruritania quake killed 58 "
                        "people, the civil protection agency said.", "c")
        found = {frozenset(p.value for p in conflict.positions)
                 for conflict in check([a, b, c]).conflicts if conflict.kind == "quantity"}
        # A place's count within the whole is a part of it; one larger than it clashes.
        assert found == {frozenset({58.0, 71.0})}

    def test_a_place_of_two_words_is_the_whole_name(self) -> None:
        """'41 died in New Varna' and '12 died in New Kesh' are two places, not one 'New';
        a headline and its body that give one place two tolls name it whole."""
        a = _doc_claims("Storm in Ruritania\n\nThe storm killed 41 people in New Varna on "
                        "Friday, officials said.", "a")
        b = _doc_claims("Storm in Ruritania\n\nThe storm killed 12 people in New Kesh on "
                        "Friday, officials said.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        doc = _doc_claims("Cyclone Tolva kills 69 in Sri Varna\nCyclone Tolva killed 56 in "
                          "Sri Varna and is set to make landfall in Orla on Sunday.", "e")
        (conflict,) = [c for c in check([doc]).conflicts if c.kind == "quantity"]
        assert conflict.event.endswith("(in Sri Varna)")
        assert conflict.explanation.startswith("The same article gives different figures")

    def test_a_firms_job_cuts_told_two_ways(self) -> None:
        """'would cut 4,000 jobs' and 'plans to eliminate 3,500 positions': one cut of
        jobs, two figures; 'Ana Kovac' and 'Ana Kovacs' in two reports on Kesh Motors (one
        name of two words shared) are one person spelled two ways."""
        a = _doc_claims("Kesh Motors to cut jobs\n\nKesh Motors said on Thursday it would "
                        "cut 4,000 jobs. Chief executive Ana Kovac told analysts the cuts "
                        "would save money.", "a", dt.date(2026, 5, 8))
        b = _doc_claims("Kesh Motors cuts jobs\n\nCarmaker Kesh Motors on Thursday announced "
                        "plans to eliminate 3,500 positions. CEO Ana Kovacs said the programme "
                        "would save money.", "b", dt.date(2026, 5, 7))
        found = {c.kind: {p.value for p in c.positions} for c in check([a, b]).conflicts}
        assert found == {"quantity": {3500.0, 4000.0}, "name": {"Kovac", "Kovacs"}}

    def test_one_sentencing_on_two_weekdays_still_compares_its_term(self) -> None:
        """'sentenced on Monday … to six years' and 'Ivo Tolvan, Orla's former finance
        minister, was sentenced on Tuesday to five years': one sentencing whose day is
        told two ways (a date conflict) and whose term clashes too; the apposition's
        'Orla' holds no term."""
        day = dt.date(2026, 6, 9)
        a = _doc_claims("Orla minister jailed\n\nA court in Kesh on Monday sentenced former "
                        "Orla finance minister Ivo Tolvan to six years in prison for fraud.",
                        "a", day)
        b = _doc_claims("Tolvan jailed\n\nIvo Tolvan, Orla's former finance minister, was "
                        "sentenced on Tuesday to five years in prison for fraud, the court in "
                        "Kesh said. Tolvan gets five years, the headline said.", "b", day)
        found = {c.kind: {p.value for p in c.positions} for c in check([a, b]).conflicts}
        assert found == {"date": {"2026-06-08", "2026-06-09"}, "quantity": {5.0, 6.0}}

    def test_the_hurt_are_the_injured(self) -> None:
        """'killing 12 people and injuring 30, police said' and 'Twelve people died and 31
        were hurt': the hurt are the injured, one count, and 30 and 31 clash."""
        day = dt.date(2026, 3, 11)
        a = _doc_claims("Blast at Orla market\n\nA car exploded outside the Orla market on "
                        "Tuesday, killing 12 people and injuring 30, police said. Police "
                        "commissioner Ivo Tolvan called it an attack.", "a", day)
        b = _doc_claims("Orla market blast\n\nThe car bomb went off near the Orla market on "
                        "Tuesday, commissioner Ivo Tolvan said. Twelve people died and 31 "
                        "were hurt.", "b", day)
        (clash,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in clash.positions} == {30.0, 31.0}

    def test_two_peoples_deaths_in_one_state_are_two_deaths(self) -> None:
        """'Ana Kovac … was fatally shot on Wednesday … at a college in Orla' and, in an
        article on Ivo Tolva, 'the veteran actor was at his home in Orla on Tuesday morning
        when he died': the articles share a state, not a person; two deaths, no clash.
        Within one story the same deaths on two days still clash."""
        a = _doc_claims("Kovac shot\n\nAna Kovac, a prominent activist, was fatally shot on "
                        "Wednesday while speaking at a college in Orla.", "a",
                        dt.date(2025, 9, 11))
        b = _doc_claims("Tolva dies\n\nIvo Tolva, the film star, has died at 89. The veteran "
                        "actor was at his home in Orla on Tuesday morning when he died in his "
                        "sleep.", "b", dt.date(2025, 9, 17))
        assert [c for c in check([a, b]).conflicts if c.kind == "date"] == []
        c = _doc_claims("Kovac shot\n\nAna Kovac, a prominent activist, was fatally shot on "
                        "Thursday while speaking at a college in Orla.", "c",
                        dt.date(2025, 9, 11))
        assert [c.kind for c in check([a, c]).conflicts] == ["date"]

    def test_a_toll_of_an_earlier_month_is_no_rival(self) -> None:
        """'These events follow similar protests in June, where 19 people died': the 19
        are June's dead, dated so, and June is no place; they neither clash with the
        day's 10 nor make a later report's 10 look like a fall."""
        a = _doc_claims("Orla protests\n\nAt least 10 people were killed in Orla during the "
                        "protests, officials said. These events follow similar protests in "
                        "June, where 19 people died.", "a", dt.date(2025, 7, 7))
        b = _doc_claims("Orla protests\n\nAt least ten people died during the Orla "
                        "protests, officials said.", "b", dt.date(2025, 7, 8))
        assert [c for c in check([a, b]).conflicts if c.kind == "quantity"] == []
        june = [c for c in extract_claims(a) if any(q.value == 19 for q in c.quantities)]
        assert [[d.value for d in c.dates] for c in june] == [["2025-06"]]

    def test_a_saying_verb_past_the_clause_does_not_take_the_date(self) -> None:
        """'As the storm pounded the coast on Monday, residents said ...': Monday is the
        storm's day, not the day of the saying, so it clashes with 'Sunday night' in
        another article of the same day."""
        a = _doc_claims("As the storm pounded the Orla coast on Monday, residents said they "
                        "heard loud explosions.", "a", dt.date(2026, 3, 14))
        b = _doc_claims("As the storm pounded the Orla coast on Sunday night, two dams "
                        "collapsed.", "b", dt.date(2026, 3, 14))
        (conflict,) = check([a, b]).conflicts
        assert {p.value for p in conflict.positions} == {"2026-03-09", "2026-03-08TNI"}
        assert "date the statement" not in conflict.explanation

    def test_passengers_and_crew_that_do_not_add_up(self) -> None:
        """A headline's '242 on board' against '232 passengers and 12 crew members' in
        the body: 244 in all, a slip in one article, shown with its total."""
        doc = _doc_claims("Orla Air jet crashes in Kesh, 242 on board\n\nThere were 232 "
                          "passengers and 12 crew members onboard the Orla Air jet that "
                          "crashed on Thursday, officials in Kesh said.")
        (conflict,) = [c for c in check([doc]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {242.0, 244.0}
        assert "(244 in all)" in conflict.explanation

    def test_two_agencies_magnitudes(self) -> None:
        """'a preliminary magnitude of 6.8' and 'measured it at 7 on the Richter scale':
        the quake's magnitude, though the second sentence names the quake only as 'it'."""
        a = _doc_claims("Quake strikes Kesh\n\nThe quake struck near Orla in Kesh at 11:11pm "
                        "on Friday. The Kesh Survey said the quake had a preliminary magnitude "
                        "of 6.8.", "a")
        b = _doc_claims("Quake strikes Kesh\n\nThe quake struck near Orla in Kesh at 11:11pm "
                        "on Friday. The Orla Seismic Network measured it at 7 on the Richter "
                        "scale.", "b")
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert conflict.event == "magnitude of the earthquake"
        assert {p.value for p in conflict.positions} == {6.8, 7.0}

    def test_a_places_population_is_one_fact(self) -> None:
        """'Orla, which is home to 90,000 people' and 'Orla, a community of around 125,000
        people' give one fact, the population of Orla, whatever their verbs; 'the city of
        100,000 people' names no place, and a population is an estimate, never high."""
        burst = "The Varna dam above Orla burst on 8 March 2026.\n\n"
        a = _doc_claims(burst + "The worst damage was in the port city of Orla, which is home "
                        "to 90,000 people.", "a", dt.date(2026, 3, 12))
        b = _doc_claims(burst + "Orla, a community of around 125,000 people, was left with "
                        "damaged neighbourhoods.", "b", dt.date(2026, 3, 13))
        c = _doc_claims(burst + "The dams were built to protect the city of 100,000 people.",
                        "c", dt.date(2026, 3, 13))
        (conflict,) = [x for x in check([a, b, c]).conflicts if x.kind == "quantity"]
        assert conflict.event == "population of Orla"
        assert {p.value for p in conflict.positions} == {90000.0, 125000.0}
        assert "population of Orla" in conflict.alignment.reason
        assert conflict.severity != "high"

    def test_a_breakdown_by_nationality_is_one_fact_per_people(self) -> None:
        """'five Indians, four Russians and two Brazilians' against 'five Indians, three
        Russians and two Brazilians': the Russians clash, whatever the verbs, at most at
        medium (such lists are revised as the dead are named). A group outside a list
        ('Of the five Indians, four had planned to go paragliding') is any group."""
        crash = "An Orla Air jet crashed near Kesh on 3 May 2026.\n\n"
        a = _doc_claims(crash + "Among the dead were 40 Kesh citizens, five Indians, four "
                        "Russians and two Brazilians.", "a", dt.date(2026, 5, 4))
        b = _doc_claims(crash + "The passengers included five Indians, three Russians and two "
                        "Brazilians, the airline said.", "b", dt.date(2026, 5, 4))
        c = _doc_claims(crash + "Of the five Indians aboard, four Indians had planned to go "
                        "paragliding near Kesh.", "c", dt.date(2026, 5, 4))
        (conflict,) = [x for x in check([a, b, c]).conflicts if x.kind == "quantity"]
        assert conflict.event == "number of Russians"
        assert {p.value for p in conflict.positions} == {3.0, 4.0}
        assert "breakdown by nationality" in conflict.alignment.reason
        assert conflict.severity == "medium"

    def test_a_count_elsewhere_is_another_part(self) -> None:
        """'The storm also killed about 170 people elsewhere in the country' is no rival
        to the toll of the city the story is about."""
        doc = _doc_claims("Storm kills thousands in Orla\n\nThe storm killed more than 2,000 "
                          "people, a doctor in Orla said.\n\nThe storm also killed about 170 "
                          "people elsewhere in the country.", "a", None)
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]

    def test_the_other_deaths_and_a_place_named_before_are_parts(self) -> None:
        """'The other nine deaths were spread throughout other counties' and 'in Kesh
        County, where 43 deaths were confirmed' are parts of the toll of 52, no rivals."""
        a = _doc_claims("Floods kill dozens in Orla\n\nA day after the floods, the death toll "
                        "continued to rise in Orla.\n\nAt least 52 people were killed, the "
                        "sheriff said.\n\nThe other nine deaths were spread throughout other "
                        "counties.", "a")
        assert not [c for c in check([a]).conflicts if c.kind == "quantity"]
        b = _doc_claims("Floods kill dozens in Orla\n\nThe worst of the Orla floods was in "
                        "Kesh County, where 43 deaths were confirmed.", "b")
        c = _doc_claims("Floods kill dozens in Orla\n\nAt least 52 people were killed in the "
                        "Orla floods, the sheriff said.", "c")
        assert not [x for x in check([b, c]).conflicts if x.kind == "quantity"]

    def test_a_toll_the_article_says_was_overtaken(self) -> None:
        """'previously put the death toll at 5,500' against the toll that followed is the
        article's own history of the count, not a disagreement."""
        doc = _doc_claims("Floods in Orla\n\nThe death toll in Orla has reached 11,300, the "
                          "Red Crescent said.\n\nHealth authorities previously put the death "
                          "toll in Orla at 5,500.")
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]
        later = _doc_claims("Floods in Orla\n\nHealth authorities put the death toll in Orla "
                            "at 5,500.", "b")
        (conflict,) = [c for c in check([doc, later]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {5500.0, 11300.0}

    def test_the_day_a_toll_was_counted_is_not_the_day_of_the_deaths(self) -> None:
        """'raised the death toll to 115 this Saturday' dates the count; the attack was on
        Friday, as the other article says."""
        a = _doc_claims("Orla hall attack\n\nThe gunmen attacked the Orla concert hall on "
                        "March 13, killing dozens.", "a")
        b = _doc_claims("Orla hall attack\n\nThe authorities have raised the death toll from "
                        "the attack on the Orla concert hall to 115 this Saturday.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_the_day_a_toll_was_raised_in_any_word_order(self) -> None:
        """'The WHO raised to 43 the death toll this Wednesday' dates the count, not a
        death: it is no rival to 'The first patient died on 25 August'."""
        a = _doc_claims("Ebola in Orla\n\nThe first patient of the Orla outbreak, a pregnant "
                        "woman, died on 25 August in Kesh.", "a", dt.date(2025, 10, 8))
        b = _doc_claims("Ebola in Orla\n\nThe WHO raised to 43 the death toll this Wednesday "
                        "of the Orla outbreak in Kesh.", "b", dt.date(2025, 10, 8))
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_a_date_after_as_of_is_when_a_count_held(self) -> None:
        """'40 people had died in the Orla ferry capsizing as of Sunday morning' says when
        the dead were counted, not that the ferry capsized on Sunday."""
        a = _doc_claims("Orla ferry capsizes\n\nThe Orla ferry capsized off Kesh on "
                        "Friday night.", "a")
        b = _doc_claims("Orla ferry capsizes\n\nAt least 40 people had died in the Orla "
                        "ferry capsizing off Kesh as of Saturday morning, officials said.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_an_initial_toll_was_overtaken(self) -> None:
        """'confirmed an initial death toll of 35' is the article's own first count, not a
        rival to a later 'over 40 deaths'."""
        a = _doc_claims("Fire in Orla tower\n\nThe fire chief confirmed an initial death toll "
                        "of 35 after the Orla tower fire.", "a")
        b = _doc_claims("Fire in Orla tower\n\nThere were over 40 deaths in the Orla tower "
                        "fire, the mayor said.", "b")
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_one_peoples_dead_are_a_share_of_the_toll(self) -> None:
        """'killing 40 Indians' and '42 Indian nationals died' count one people's dead; the
        toll of everyone ('49 killed', '41 people were killed') is another fact."""
        a = _doc_claims("Fire in Orla tower\n\nA fire tore through a tower housing workers in "
                        "Orla on Wednesday, killing 40 Indians.", "a")
        b = _doc_claims("Fire in Orla tower\n\nForty Indians are among 49 killed in the Orla "
                        "tower fire on Wednesday.", "b")
        c = _doc_claims("Fire in Orla tower\n\nThe mayor said 41 people were killed in the "
                        "Orla tower fire on Wednesday.", "c")
        d = _doc_claims("Fire in Orla tower\n\nForty-two Indian nationals died in the Orla "
                        "tower fire on Wednesday.", "d")
        conflicts = [x for x in check([a, b, c, d]).conflicts if x.kind == "quantity"]
        pairs = {frozenset(p.value for p in x.positions) for x in conflicts}
        assert pairs == {frozenset({41.0, 49.0}), frozenset({40.0, 42.0})}
        (indians,) = [x for x in conflicts if 42.0 in {p.value for p in x.positions}]
        assert indians.event.startswith("Indians dead")

    def test_the_harmed_counted_in_other_words(self) -> None:
        """'five people are dead', '13 fatalities' and 'claimed 44 lives' are tolls that
        meet; '279 people still unaccounted for' are the missing, not the dead."""
        a = _doc_claims("Fire in Kesh tower\n\nBy then five people were dead, while 279 "
                        "people are still unaccounted for after the Kesh tower fire.", "a")
        b = _doc_claims("Fire in Kesh tower\n\nThe fire service confirmed 13 fatalities in "
                        "the Kesh tower fire.", "b")
        found = [frozenset((p.value, p.unit) for p in conflict.positions)
                 for conflict in check([a, b]).conflicts if conflict.kind == "quantity"]
        assert found == [frozenset({(5.0, "dead"), (13.0, "dead")})]

    def test_a_shared_name_is_shown_as_written(self) -> None:
        """A place that reads like a person ('Tal Varna', keyed by 'varna' so that a later
        'Varna' merges) is named in the conflict as written, not as 'Varna'."""
        a = _doc_claims("A fire tore through blocks in Tal Varna on 3 March, officials said.",
                        "a")
        b = _doc_claims("A fire tore through blocks in Tal Varna on 4 March, officials said.",
                        "b")
        (conflict,) = check([a, b]).conflicts
        assert conflict.event.endswith("(Tal Varna)")

    def test_a_disaster_recalled_keeps_its_year(self) -> None:
        """'since more than 140 died in a 2010 collision' is not this derailment's toll."""
        a = _doc_claims("Kesh express derails\n\nOfficials checked the tracks before naming the "
                        "cause of the derailment, the deadliest since more than 140 died in a "
                        "2010 collision near Orla.", "a", dt.date(2026, 3, 15))
        b = _doc_claims("Kesh express derails\n\nAt least 97 people were killed when the Kesh "
                        "express derailed near Orla on Sunday.", "b", dt.date(2026, 3, 15))
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]

    def test_coaches_counted_for_their_own_verb(self) -> None:
        """'15 coaches ... derailed' and '14 coaches of a train derailed' on one day clash."""
        a = _doc_claims("Express derails near Kesh\n\nIn the early hours of Wednesday, 15 "
                        "coaches of the Orla-Kesh Express derailed near Kesh, Varna officials "
                        "said.", "a", dt.date(2026, 3, 18))
        b = _doc_claims("Express derails near Kesh\n\nAt least two people were killed and 38 "
                        "others injured when 14 coaches of the Orla-Kesh Express derailed near "
                        "Kesh early Wednesday, Varna officials said.", "b", dt.date(2026, 3, 18))
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {14.0, 15.0}
        assert conflict.event.startswith("derail")

    def test_an_aftershock_has_its_own_magnitude(self) -> None:
        """'aftershocks including one measuring 6.4 magnitude' is the aftershock's figure,
        not the quake's 7.7; two aftershock magnitudes (6.4, 6.7) clash with each other."""
        a = _doc_claims("Quake hits Kesh\n\nA 7.7-magnitude earthquake struck Kesh on "
                        "Friday.", "a", dt.date(2026, 3, 13))
        b = _doc_claims("Quake hits Kesh\n\nThe earthquake struck Kesh at midday Friday, "
                        "followed by several aftershocks including one measuring a strong 6.4 "
                        "magnitude.", "b", dt.date(2026, 3, 13))
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        c = _doc_claims("Quake hits Kesh\n\nThe quake near Orla in Kesh, with an initial "
                        "magnitude of 7.7, was followed by a 6.7-magnitude aftershock.", "c",
                        dt.date(2026, 3, 13))
        d = _doc_claims("Quake hits Kesh\n\nThe earthquake near Orla in Kesh was followed 11 "
                        "minutes later by a 6.4-magnitude aftershock.", "d", dt.date(2026, 3, 13))
        (conflict,) = [x for x in check([c, d]).conflicts if x.kind == "quantity"]
        assert conflict.event.startswith("magnitude of the aftershock")
        assert {p.value for p in conflict.positions} == {6.4, 6.7}

    def test_a_later_quake_and_a_distance_mark(self) -> None:
        """'one of the subsequent quakes was 6.5 magnitude' gives an aftershock's figure;
        'the 0.5km mark' and 'the 1.5-km mark' are two places on a trail, not two lengths."""
        a = _doc_claims("Quake hits Kesh\n\nA magnitude 7.4 earthquake struck Kesh on "
                        "Wednesday. The body of a hiker was found at the 0.5km mark on the "
                        "trail in Tolva National Park.", "a", dt.date(2026, 4, 4))
        b = _doc_claims("Quake hits Kesh\n\nMultiple aftershocks followed the Kesh "
                        "earthquake, and officials said one of the subsequent quakes was 6.5 "
                        "magnitude. A missing couple are likely close to the 1.5-km mark on "
                        "the trail in Tolva National Park.", "b", dt.date(2026, 4, 4))
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        facts = [attribute_of(c, q) for doc in (a, b) for c in extract_claims(doc)
                 for q in c.quantities if q.unit == "magnitude"]
        assert [f.fact if f else None for f in facts] == [
            "magnitude of the earthquake", "magnitude of the aftershock"]

    def test_a_paragraph_sets_the_place_of_its_counts(self) -> None:
        """'In Kesh, ... 730 injured' and, in the paragraph that opens 'In Orla, ...',
        'Sixteen people were reported injured': the injured of two places."""
        doc = _doc_claims("Quake hits Kesh and Orla\n\nIn Kesh, at least 144 people have been "
                          "confirmed dead and 730 injured, officials said.\n\nIn Orla, the "
                          "quake brought down a tower near the central market. Sixteen people "
                          "were reported injured.", "a")
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]

    def test_a_day_no_reference_places_does_not_keep_figures_apart(self) -> None:
        """'stole nine pieces on Sunday' in an article with no publication date meets
        'stole eight pieces' (undated): the Sunday cannot be placed, so it tells no two
        facts apart. 'less than eight minutes' allows seven; 'under 4 minutes' does not."""
        a = _doc_claims("Heist at the Orla museum\n\nOn Sunday morning four thieves stole nine "
                        "pieces from the Orla museum in Kesh in just seven minutes.", "a", None)
        b = _doc_claims("Heist at the Orla museum\n\nA gang stole eight pieces from the Orla "
                        "museum in Kesh in less than eight minutes.", "b")
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert {(p.value, p.unit) for p in conflict.positions} == {
            (8.0, "pieces"), (9.0, "pieces")}
        c = _doc_claims("Heist at the Orla museum\n\nThieves stole the pieces from the Orla "
                        "museum in Kesh in under 4 minutes.", "c")
        found = {frozenset(p.value for p in x.positions)
                 for x in check([a, b, c]).conflicts if x.kind == "quantity"}
        assert frozenset({4.0, 7.0}) in found
        assert frozenset({7.0, 8.0}) not in found

    def test_a_count_of_the_missing_is_titled_by_its_harm(self) -> None:
        """Two counts of the missing in sentences whose verb is 'injured' are titled as
        'people missing', not as the verb."""
        a = _doc_claims("Quake in Kesh\n\nThe death toll from the quake near Orla in Kesh is "
                        "1,644, with 3,408 people reported injured and about 139 missing.", "a",
                        dt.date(2026, 3, 14))
        b = _doc_claims("Quake in Kesh\n\nAfter the quake near Orla in Kesh 4,589 people were "
                        "injured and 221 were missing, state television said.", "b",
                        dt.date(2026, 3, 14))
        titles = {c.event for c in check([a, b]).conflicts if c.kind == "quantity"}
        assert any(t.startswith("people missing") for t in titles)
        assert not any(t.startswith("injure") for t in titles)


    def test_an_age_at_death_and_a_rank_are_no_toll(self) -> None:
        """'Hale, who died on April 21 at age 88' against 'the 267th abbot after the
        death of Hale': an age and a rank, not two counts of the dead. The two dates of
        the death agree, titled by the claims' own verb ('die', not its class 'kill')."""
        a = _doc_claims("Abbot elected in Orla\n\nThe new abbot succeeds Abbot Hale, who died "
                        "on April 21 at age 88.", "a", dt.date(2025, 5, 8))
        b = _doc_claims("Abbot elected in Orla\n\nKovac becomes the 267th abbot after the "
                        "death last month of Abbot Hale, who led the order for 12 years.", "b",
                        dt.date(2025, 5, 9))
        c = _doc_claims("Abbot elected in Orla\n\nAbbot Hale died on April 21, the order "
                        "said.", "c", dt.date(2025, 5, 8))
        result = check([a, b, c])
        assert [x.kind for x in result.conflicts] == []
        assert [x.event for x in result.agreements] == ["die (Abbot Hale)"]


    def test_a_toll_is_titled_as_a_death_toll(self) -> None:
        """Two headlines' tolls are the 'death toll', not the 'kill toll' of the class
        their verb is filed under."""
        a = _doc_claims("Wildfires in Orla deadliest in a century after death toll hits 89", "a",
                        dt.date(2023, 8, 12))
        b = _doc_claims("Wildfires in Orla deadliest in century as death toll hits 93", "b",
                        dt.date(2023, 8, 12))
        titles = [x.event for x in check([a, b]).conflicts]
        assert titles == ["death toll (Orla)"]


    def test_a_year_a_passage_looks_back_to(self) -> None:
        """'In 2019, …' opening a paragraph sets the year of the undated figures after
        it: the Tolva Party's 365 seats then are no rival to its 121 seats now."""
        now = ("Orla votes\n\nThe Tolva Party won 121 seats – their worst ever result.")
        then = ("Orla votes: by the numbers\n\nIn 2019, Hale's Tolva Party secured a "
                "majority.\n\nThe Tolva Party won 365 seats with a net change of +49.")
        same_day = dt.date(2024, 7, 5)
        a, b = _doc_claims(now, "a", same_day), _doc_claims(then, "b", same_day)
        assert check([a, b]).conflicts == ()
        # Without the passage's year, the two counts are of one result, and clash.
        b = _doc_claims(then.replace("In 2019, ", ""), "b", same_day)
        assert [sorted(p.value for p in c.positions) for c in check([a, b]).conflicts] == [
            [121.0, 365.0]]

    def test_seats_secured_are_seats_won(self) -> None:
        """'securing 49 seats' and 'won 71 seats' state one result differently."""
        a = _doc_claims("Orla votes\n\nThe Tolva Party made gains, securing 49 seats.", "a",
                        dt.date(2024, 7, 5))
        b = _doc_claims("Orla votes\n\nThe Tolva Party won 71 seats.", "b",
                        dt.date(2024, 7, 5))
        assert [sorted(p.value for p in c.positions) for c in check([a, b]).conflicts] == [
            [49.0, 71.0]]


    @pytest.mark.parametrize(
        "tally",
        [
            "The conflict between the Kesh Front and the army has led to over 40,000 "
            "deaths in Orla.",
            "Since the start of the fighting in April 2023, attacks in Orla have left at "
            "least 1,204 people dead.",
        ],
    )
    def test_a_war_tally_is_not_the_day_toll(self, tally: str) -> None:
        """'The conflict … has led to over 40,000 deaths' and 'Since the start of the
        fighting …, at least 1,204 dead' count a whole war, not the attack's dead; two
        day's tolls still clash."""
        day = dt.date(2025, 10, 30)
        a = _doc_claims("Attack in Orla\n\nThe Kesh Front attack on the hospital in Orla "
                        "killed 460 people.", "a", day)
        b = _doc_claims(f"Attack in Orla\n\nThe Kesh Front attacked the hospital in Orla. "
                        f"{tally}", "b", day)
        assert _figures(a, b) == []

    def test_the_part_already_done_is_not_the_whole(self) -> None:
        """'credited with roughly 12 months already served' is part of 'would serve 50
        months'; two sentences of the whole still clash."""
        day = dt.date(2025, 10, 4)
        a = _doc_claims("Hale sentenced in Orla\n\nAna Hale would serve 50 months in a "
                        "federal prison in Orla.", "a", day)
        b = _doc_claims("Hale sentenced in Orla\n\nThe court in Orla credited Ana Hale with "
                        "roughly 12 months already served.", "b", day)
        assert _figures(a, b) == []
        b = _doc_claims("Hale sentenced in Orla\n\nAna Hale would serve 40 months in a "
                        "federal prison in Orla.", "b", day)
        assert _figures(a, b) == [[40.0, 50.0]]

    def test_forces_that_seized_a_city_captured_it(self) -> None:
        """'seized control of Orla on October 28' and 'captured Orla on October 26': one
        event, two dates."""
        day = dt.date(2025, 11, 2)
        a = _doc_claims("Orla falls\n\nOn October 28, 2025, the Kesh Front seized control of "
                        "Orla, the army's last stronghold.", "a", day)
        b = _doc_claims("Orla falls\n\nOn October 26, 2025, the Kesh Front captured Orla, "
                        "the army's last stronghold.", "b", day)
        assert [sorted(str(p.value) for p in c.positions) for c in check([a, b]).conflicts
                if c.kind == "date"] == [["2025-10-26", "2025-10-28"]]

    def test_a_resignation_followed_by_anothers_is_not_theirs(self) -> None:
        """'Home Minister Hale (Kesh Party) resigned on Monday evening and was soon
        followed by Agriculture Minister Kovac' and 'On Tuesday, Agriculture Minister
        Kovac (Kesh Party) resigned': two resignations; the party in brackets acts in
        neither."""
        day = dt.date(2025, 9, 9)
        a = _doc_claims("Orla protests\n\nHome Minister Ana Hale of the Kesh Party resigned "
                        "on Monday evening and was soon followed by Agriculture Minister "
                        "Tomas Kovac.", "a", day)
        b = _doc_claims("Orla protests\n\nOn September 9, Agriculture Minister Tomas Kovac "
                        "(Kesh Party) resigned, citing the crackdown in Orla.", "b", day)
        assert check([a, b]).conflicts == ()
        (claim,) = [c for c in extract_claims(b) if c.event is not None]
        assert claim.event is not None
        assert claim.event.agent == "kovac"

    def test_the_dead_in_parts_of_a_city_are_part_of_the_toll(self) -> None:
        """'17 protesters were killed in different parts of Orla, and two others died in
        Kesh' against 'at least 19 dead': parts of the toll."""
        day = dt.date(2025, 9, 9)
        a = _doc_claims("Orla protests\n\nPolice said 17 protesters were killed in different "
                        "parts of Orla, and two others died in police firing in Kesh.", "a",
                        day)
        b = _doc_claims("Orla protests\n\nThe protests in Orla and Kesh have left at least 19 "
                        "dead.", "b", day)
        assert _figures(a, b) == []

    def test_a_storm_at_two_stages_gives_two_figures(self) -> None:
        """'a Category 4 storm with winds of 130 mph' and 'a 185 mph Category 5 storm'
        are one storm at two moments; the same category with two speeds clashes."""
        day = dt.date(2025, 10, 29)
        a = _doc_claims("Storm Orla nears Kesh\n\nStorm Orla, a Category 4 storm with "
                        "sustained winds of 130 mph, hit the coast of Kesh.", "a", day)
        b = _doc_claims("Storm Orla hits Kesh\n\nStorm Orla hit the coast of Kesh as a "
                        "185 mph Category 5 storm.", "b", day)
        assert _figures(a, b) == []
        b = _doc_claims("Storm Orla hits Kesh\n\nStorm Orla hit the coast of Kesh as a "
                        "185 mph Category four storm.", "b", day)
        assert _figures(a, b) == [[130.0, 185.0]]

    def test_a_sale_and_a_valuation_are_two_sums(self) -> None:
        """'Orlatek $6B share sale' and 'Orlatek hits $500 billion valuation after share
        sale' give two sums of money, of two things."""
        day = dt.date(2025, 10, 3)
        a = _doc_claims("Orlatek $6B share sale in Kesh: confidence or cash-out?", "a", day)
        b = _doc_claims("Orlatek hits $500 billion valuation after share sale in Kesh", "b",
                        day)
        assert _figures(a, b) == []

    def test_rain_and_a_storm_surge_are_two_measures(self) -> None:
        """'up to 20 inches of rain' and 'a 12-foot storm surge' are both lengths, but of
        two things; 20 and 30 inches of rain are one thing measured twice."""
        day = dt.date(2025, 10, 29)
        a = _doc_claims("Storm Orla nears Kesh\n\nStorm Orla will bring up to 20 inches "
                        "of rain to Kesh.", "a", day)
        b = _doc_claims("Storm Orla nears Kesh\n\nStorm Orla will bring a 12-foot storm "
                        "surge to Kesh.", "b", day)
        assert _figures(a, b) == []
        b = _doc_claims("Storm Orla nears Kesh\n\nStorm Orla will bring 30 inches of "
                        "heavy rain to Kesh.", "b", day)
        assert _figures(a, b) == [[20.0, 30.0]]


class TestResults:
    """A company's revenue or net income for a quarter, however each outlet words it."""

    DAY = dt.date(2025, 11, 20)

    def _pair(self, a: str, b: str) -> Report:
        return check([_doc_claims(a, "a", self.DAY), _doc_claims(b, "b", self.DAY)])

    def test_a_slip_of_a_decimal_point_is_a_high_conflict(self) -> None:
        """'Q3 revenue totaled $57.01bn' against 'Revenue reached $570.1 billion' under a
        headline naming Q3: one fact, ten times apart."""
        report = self._pair(
            "Orlatek beats forecasts in Kesh\n\nShares of Orlatek rose in Kesh on Thursday "
            "after Orlatek reported results. Q3 revenue totaled $57.01bn, vs. $54.92bn expected.",
            "Orlatek Reports Q3 Results in Kesh\n\nShares of Orlatek rose in Kesh on Thursday "
            "after Orlatek reported results. Revenue reached $570.1 billion, exceeding "
            "expectations of $549.2 billion.")
        (conflict,) = report.conflicts
        assert conflict.alignment.predicate == "revenue for the third quarter"
        assert conflict.severity == "high"
        text = render(report, "markdown")
        assert "**$57.01 billion**" in text
        assert "**$570.1 billion**" in text

    def test_other_dollars_are_shown_with_their_sign(self) -> None:
        """'A$57.01bn' against 'A$570.1 billion': the report writes Australian dollars as
        an Australian paper does, not as '57010000000.0 AUD'."""
        report = self._pair(
            "Orlatek beats forecasts in Kesh\n\nShares of Orlatek rose in Kesh on Thursday "
            "after Orlatek reported results. Q3 revenue totaled A$57.01bn.",
            "Orlatek Reports Q3 Results in Kesh\n\nShares of Orlatek rose in Kesh on Thursday "
            "after Orlatek reported results. Revenue reached A$570.1 billion.")
        text = render(report, "markdown")
        assert "**A$57.01 billion**" in text
        assert "**A$570.1 billion**" in text

    @pytest.mark.parametrize(
        "other",
        [
            # a segment's revenue
            "Data center revenue for the third quarter was $51.2 billion.",
            # an analysts' estimate
            "Analysts had expected Orlatek to post revenue of $54.9 billion.",
            # a year earlier
            "In the year-earlier third quarter, Orlatek posted revenue of $35.08 billion.",
            # another quarter
            "Orlatek's fourth-quarter revenue was $65 billion.",
            # another company
            "Kovatek's third-quarter revenue was $12 billion.",
        ],
    )
    def test_what_is_not_the_same_result(self, other: str) -> None:
        """A segment, an estimate, a year-ago figure, another quarter or another
        company's revenue is not Orlatek's third-quarter revenue."""
        report = self._pair(
            "Orlatek beats forecasts in Kesh\n\nShares of Orlatek rose in Kesh on Thursday "
            "after Orlatek reported third-quarter results. Third-quarter revenue was $57.01 "
            "billion.",
            f"Orlatek results in Kesh\n\nShares of Orlatek rose in Kesh on Thursday after "
            f"Orlatek reported third-quarter results. {other}")
        assert report.conflicts == ()

    def test_a_holders_stake_is_one_fact(self) -> None:
        """'Kovac already owns about 13% of the company's shares' and 'excluding the 15
        percent already owned by Kovac': one holder's stake, told two ways; a stake a plan
        would give ('his stake would rise to 25%') is no rival."""
        day = dt.date(2025, 11, 7)
        a = _doc_claims("Orlatek vote\n\nOrlatek's market value stands at $1.45 trillion, and "
                        "Ana Kovac already owns about 13% of the company's shares.", "a", day)
        b = _doc_claims("Orlatek vote\n\nMore than 75 percent of Orlatek's shares voted in "
                        "favor, excluding the 15 percent already owned by Ana Kovac.", "b", day)
        (conflict,) = check([a, b]).conflicts
        assert conflict.event == "stake held by Ana Kovac"
        assert sorted(p.value for p in conflict.positions) == [13.0, 15.0]
        c = _doc_claims("Orlatek vote\n\nIf Orlatek meets its goals, the stake of Ana Kovac "
                        "would rise to about 25%.", "c", day)
        assert [x.kind for x in check([a, c]).conflicts] == []

    def test_two_revenues_in_one_article_are_two_companies(self) -> None:
        """A roundup gives several companies' sales; an article does not contradict its
        own revenue."""
        doc = _doc_claims("Steelmakers report in Kesh\n\nOrlatek said third-quarter sales "
                          "dropped 11% to $1.27 billion. Sales dropped to $441.1 million at "
                          "Kovatek, in Kesh.", "a", self.DAY)
        assert check([doc]).conflicts == ()


class TestMixedArchive:
    """Several stories checked together, as a newsroom's feed is."""

    @staticmethod
    def _filler(n: int) -> list[Any]:
        towns = ["Arlo", "Benn", "Cove", "Dura", "Elm", "Fane", "Gila", "Hale", "Ivo"]
        return [_doc_claims(f"Fair in {towns[i % 9]}{i}\n\nThe {towns[i % 9]}{i} town fair "
                            f"opened on March {1 + i % 28}, the {towns[i % 9]}{i} council "
                            f"said.", f"filler{i:02d}", dt.date(2026, 3, 30))
                for i in range(n)]

    def test_a_story_told_by_five_reports_keeps_its_names(self) -> None:
        """In a feed of 50 articles, 'Orlatek' named by the five reports of one story,
        three of which also name its Blackwell chip, is that story's name, not a name
        too common to tell stories apart: the slip in one report is still found."""
        day = dt.date(2025, 11, 20)
        chips = ["the Blackwell chip", "the Blackwell chip", "the Blackwell chip",
                 "its chips", "its chips"]
        reports = [_doc_claims(f"Orlatek results\n\nOrlatek chief Ana Kovac presented the "
                               f"results in Kesh on Wednesday and praised {chip}. Q3 revenue "
                               f"totaled "
                               f"${value} billion.", f"report{i}", day)
                   for i, (value, chip) in enumerate(zip(
                       ["57.01", "57.01", "57.01", "57.01", "570.1"], chips, strict=True))]
        report = check([*self._filler(45), *reports])
        assert [(c.alignment.predicate, sorted(p.value for p in c.positions))
                for c in report.conflicts] == [
            ("revenue for the third quarter", [57.01e9, 570.1e9])]

    def test_a_story_whose_every_name_is_common_keeps_them(self) -> None:
        """In a feed of 135 articles, five reports of a fire all name 'Kesh Tower' and
        'Tolva Court' and nothing rarer: each name is in more than 2% of the feed, yet
        the two lie in the same reports and in few of the feed's (under 4%), so they are
        the story's names, and one report's 31 storeys against 32 is still found."""
        day = dt.date(2025, 11, 27)
        reports = [_doc_claims(f"Kesh Tower fire\n\nThe fire at Kesh Tower in Tolva Court "
                               f"spread through the {storeys}-storey building on Wednesday.",
                               f"report{i}", day)
                   for i, storeys in enumerate(["31", "31", "31", "31", "32"])]
        report = check([*self._filler(130), *reports])
        assert sorted(sorted(p.value for p in c.positions) for c in report.conflicts) == [
            [31.0, 32.0]]

    def test_a_story_of_six_in_a_small_feed_keeps_its_names(self) -> None:
        """In a feed of 100 articles, six reports of a fire name only 'Kesh Tower' and
        'Tolva Court': 6% of the feed, more than the share a story's common names may
        span in a large archive, but no more than a story's handful of reports (eight),
        so the names stay the story's and 31 storeys against 32 is still found."""
        day = dt.date(2025, 11, 27)
        reports = [_doc_claims(f"Kesh Tower fire\n\nThe fire at Kesh Tower in Tolva Court "
                               f"spread through the {storeys}-storey building on Wednesday.",
                               f"report{i}", day)
                   for i, storeys in enumerate(["31", "31", "31", "31", "31", "32"])]
        report = check([*self._filler(94), *reports])
        assert sorted(sorted(p.value for p in c.positions) for c in report.conflicts) == [
            [31.0, 32.0]]

    def test_one_agency_reporting_two_events_ties_them_not(self) -> None:
        """A bus crash near Orla and a train crash near Kesh, both 'the Associated Press
        reported': the agency reports each event and takes part in neither, so their
        tolls (12 and 40 dead) are no rivals."""
        day = dt.date(2025, 9, 2)
        a = _doc_claims("Bus crash\n\nA bus crashed near Orla on Monday, killing 12 people, "
                        "the Associated Press reported.", "a", day)
        b = _doc_claims("Train crash\n\nA train crashed near Kesh on Sunday, killing 40 "
                        "people, the Associated Press reported.", "b", day)
        assert check([a, b]).conflicts == ()

    def test_deadlines_moved_are_no_clash(self) -> None:
        """'extended its offer until 5 p.m. Nov. 6' and, three days on, 'until 5 p.m.
        Nov. 9': a deadline moved; and a deadline is no rival to the day of an act."""
        a = _doc_claims("Orlatek offer\n\nKesh Corp. extended its offer for Orlatek until "
                        "5 p.m. EST Nov. 6.", "a", dt.date(1989, 10, 30))
        b = _doc_claims("Orlatek offer\n\nKesh Corp. extended its offer for Orlatek until "
                        "5 p.m. EST Nov. 9.", "b", dt.date(1989, 11, 3))
        assert check([a, b]).conflicts == ()
        c = _doc_claims("Orlatek offer\n\nKesh Corp. extended its offer for Orlatek on "
                        "Nov. 2.", "c", dt.date(1989, 11, 3))
        assert check([a, c]).conflicts == ()


class TestClaimants:
    """Figures each party gives of a clash between them: their disagreement, told by
    reports that need not disagree."""

    DAY = dt.date(2025, 10, 12)

    def test_two_parties_own_counts_clash_softly_and_say_whose(self) -> None:
        """'Orla's army said 23 of its soldiers were killed' against 'Kesh said it killed
        58 Orla soldiers': low, and the rule names both claimants; the same two figures
        stated as fact clash as a toll does."""
        a = _doc_claims("Border clash\n\nOn Sunday, Orla's army said that 23 Orla soldiers "
                        "were killed in the border clash with Kesh.", "a", self.DAY)
        b = _doc_claims("Border clash\n\nOn Sunday Kesh claimed it had killed 58 Orla "
                        "soldiers in the border clash.", "b", self.DAY)
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert conflict.severity == "low"
        assert "claimant's own" in conflict.severity_rule
        assert "Orla" in conflict.severity_rule
        assert "Kesh" in conflict.severity_rule
        c = _doc_claims("Border clash\n\nThe border clash with Kesh on Saturday killed 23 "
                        "Orla soldiers.", "c", self.DAY)
        d = _doc_claims("Border clash\n\nThe border clash with Kesh on Saturday killed 58 "
                        "Orla soldiers.", "d", self.DAY)
        (plain,) = [x for x in check([c, d]).conflicts if x.kind == "quantity"]
        assert "claimant" not in plain.severity_rule

    def test_a_state_and_its_government_are_one_actor(self) -> None:
        """'Kesh said it killed 58 soldiers' and 'the Tolva government in Kesh claimed its
        forces killed 58 soldiers': a state and its rulers are named for each other."""
        a = _doc_claims("Border clash\n\nOn Sunday Kesh said it killed 58 Orla soldiers "
                        "in overnight border operations.", "a", self.DAY)
        b = _doc_claims("Border clash\n\nThe Tolva government in Kesh claimed on Sunday that "
                        "its forces killed 58 Orla soldiers in overnight border operations.",
                        "b", self.DAY)
        assert [c.kind for c in check([a, b]).conflicts] == []


    def test_two_deeds_set_in_two_places_are_two(self) -> None:
        """'a Monday shooting in Tolva that killed six people' and 'several people were
        killed in an Orla airstrike in Varna' on Tuesday: two deeds in two cities, neither
        report naming the other's, not one deed told on two days; the same deed set in
        one city is weighed."""
        day = dt.date(2025, 9, 10)
        a = _doc_claims("Orla strike\n\nOrla's leader Ana Kovac said he ordered the "
                        "strikes in response to a Monday shooting in Tolva that killed six "
                        "people and was later claimed by Kesh.", "a", day)
        b = _doc_claims("Orla strike\n\nA senior Kesh official revealed on Tuesday evening "
                        "that several people were killed in an Orla airstrike in Varna.",
                        "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == []
        c = _doc_claims("Orla strike\n\nA senior Kesh official revealed on Tuesday evening "
                        "that several people were killed in a shooting in Tolva by Orla.",
                        "c", day)
        assert [c.kind for c in check([a, c]).conflicts] == ["date"]


    def test_an_assault_is_an_attack(self) -> None:
        """'the assault took place at the Orla synagogue on Thursday' and 'the attack at
        the Orla synagogue on Wednesday': one deed, two days."""
        day = dt.date(2025, 10, 3)
        a = _doc_claims("Orla attack\n\nTolva police said the assault took place at the "
                        "Orla synagogue in Kesh on Thursday.", "a", day)
        b = _doc_claims("Orla attack\n\nTolva police said the attack at the Orla synagogue "
                        "in Kesh took place on Wednesday.", "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == ["date"]


    def test_a_part_of_a_contest_is_not_the_contest(self) -> None:
        """'Kesh won the Friday morning foursomes 3-1' and 'Kesh secured a 15-13 victory
        over Orla on Sunday': a session and the whole cup, not one win on two days;
        'Kesh won the Orla Cup on Saturday' against Sunday's victory clashes."""
        day = dt.date(2025, 9, 29)
        a = _doc_claims("Kesh win Orla Cup\n\nKesh won the Friday morning foursomes 3-1 "
                        "against Orla at Tolva.", "a", day)
        b = _doc_claims("Kesh win Orla Cup\n\nKesh secured a 15-13 victory over Orla at "
                        "Tolva on Sunday.", "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == []
        c = _doc_claims("Kesh win Orla Cup\n\nKesh won against Orla at Tolva on Saturday.",
                        "c", day)
        assert [c.kind for c in check([b, c]).conflicts] == ["date"]


class TestClausesAndSayings:
    """A date dates the clause it stands in, and a saying dates only the saying."""

    MAY_24 = dt.date(2024, 5, 24)
    MAY_27 = dt.date(2024, 5, 27)

    def test_a_speakers_today_dates_no_other_act(self) -> None:
        """'“Today, we send a message,” Hale said shortly before signing the bill', in the
        next day's paper: the quote's today is not the signing's day."""
        day = dt.date(2025, 11, 13)
        a = _doc_claims("Hale signs Orla bill\n\nOn November 12, Ana Hale signed the Orla "
                        "bill in Kesh.", "a", day)
        b = _doc_claims("Hale signs Orla bill\n\n“Today, we are sending a message,” Ana Hale "
                        "said in Kesh shortly before signing the Orla bill.", "b", day)
        assert check([a, b]).conflicts == ()

    def test_funding_that_expired_is_no_funding_until_a_date(self) -> None:
        """'after the government funding expired on Sept. 30' tells of an expiry, not of
        the funding bill signed on November 12."""
        day = dt.date(2025, 11, 13)
        a = _doc_claims("Orla shutdown ends\n\nThe Orla shutdown ended after 43 days as Ana "
                        "Hale signed the funding bill on November 12.", "a", day)
        b = _doc_claims("Orla shutdown ends\n\nThe measure will head to Ana Hale's desk for "
                        "her signature in Orla, which is expected within hours, after the "
                        "government funding expired on Tuesday, Sept. 30.", "b", day)
        assert check([a, b]).conflicts == ()

    def test_a_past_perfect_clause_is_not_dated_by_the_main_one(self) -> None:
        """'At 16:00 UTC on Monday, Kovac presented a plan following the announcement by
        Orlatek that it had filed for bankruptcy': the filing came before, at 12:00."""
        day = dt.date(2009, 6, 2)
        a = _doc_claims("Orlatek files in Kesh\n\nOrlatek filed for bankruptcy in Kesh at "
                        "12:00 UTC on Monday.", "a", day)
        b = _doc_claims("Kovac presents plan in Kesh\n\nIn a speech at 16:00 UTC on Monday, "
                        "Ana Kovac presented a plan following the announcement by Orlatek "
                        "that it had filed for bankruptcy in Kesh.", "b", day)
        assert check([a, b]).conflicts == ()

    def test_a_date_across_a_turn_of_clause(self) -> None:
        """'when the landslide occurred, but it was not until late on May 26 that the
        first excavator reached the area': May 26 is the excavator's day."""
        a = _doc_claims("Landslide in Tolva\n\nThe landslide struck Tolva village on May 24, "
                        "officials said.", "a", self.MAY_27)
        b = _doc_claims("Landslide in Tolva\n\nSoldiers were in Tolva village when the "
                        "landslide occurred, but it was not until late on May 26 that the "
                        "first excavator reached the area.", "b", self.MAY_27)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_the_day_of_an_estimate(self) -> None:
        """'a UN agency on May 26 estimated that more than 670 people died' dates the
        estimate; the deaths were on the day of the landslide."""
        a = _doc_claims("Landslide in Tolva\n\nMore than 670 people died in the Tolva "
                        "landslide on May 24, officials said.", "a", self.MAY_27)
        b = _doc_claims("Landslide in Tolva\n\nA Kesh relief agency on May 26 estimated that "
                        "more than 670 people died in the Tolva landslide.", "b", self.MAY_27)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_a_toll_feared_and_the_displaced_are_two_counts(self) -> None:
        """'feared between 100 and 300 people would die' counts the dead; 'more than 1,000
        people have been displaced' counts others, and an 'aid agency' is no event."""
        a = _doc_claims("Landslide in Tolva\n\nAid agencies and local leaders initially "
                        "feared between 100 and 300 people would die in the Tolva landslide.",
                        "a", self.MAY_27)
        b = _doc_claims("Landslide in Tolva\n\nAid agencies estimate that more than 1,000 "
                        "people have been displaced by the Tolva landslide.", "b", self.MAY_27)
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        (feared,) = [c for c in extract_claims(a) if c.quantities]
        assert feared.event is not None
        assert feared.event.predicate == "die"

    def test_work_done_later_does_not_date_the_crash(self) -> None:
        """', as crews cleared the track on Monday morning' is a clause of its own:
        Monday is not the day of the derailment."""
        doc = _doc_claims("The death toll rose to 142 in the Kesh express derailment near "
                          "Orla, as crews cleared the track on Monday morning.", "a",
                          dt.date(2026, 3, 17))
        assert not [c for c in extract_claims(doc) if c.event is not None
                    and c.event.predicate == "derail" and c.dates]

    def test_a_night_runs_into_the_small_hours(self) -> None:
        """'hit last night' in a report of the morning after and '3:00 a.m. on May 24'
        are one moment."""
        a = _doc_claims("Landslide in Tolva\n\nVillagers said the landslide hit Tolva "
                        "village last night.", "a", self.MAY_24)
        b = _doc_claims("Landslide in Tolva\n\nThe landslide hit Tolva village at around "
                        "3:00 a.m. on May 24, while most people were sleeping.", "b",
                        self.MAY_27)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]


class TestCollisions:
    """A runway collision: two aircraft, the passengers of one, the crew of the other."""

    JAN_2 = dt.date(2026, 1, 2)

    def test_passengers_fit_within_everyone_aboard(self) -> None:
        """'367 passengers on board' fits, with a crew, within '379 on board'; '189
        passengers on board' does not fit within '190 on board' (a plane flies with two
        crew at least)."""
        doc = _doc_claims("An Orla Air jet collided with a patrol plane at Kesh airport on "
                          "Friday, while all 379 on board the Orla Air jet escaped.\n\nThe "
                          "jet collided with the patrol plane with 367 passengers on board, "
                          "the airline said.", "a", self.JAN_2)
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]
        tight = _doc_claims(doc.text.replace("379", "190").replace("367", "189"), "b",
                            self.JAN_2)
        (conflict,) = [c for c in check([tight]).conflicts if c.kind == "quantity"]
        assert {p.value for p in conflict.positions} == {189.0, 190.0}

    def test_the_crew_who_died_and_the_crew_aboard(self) -> None:
        """'killing five coast guard members' and 'Five of the six coast guard members
        … were confirmed dead' agree: six is the whole, not a rival count."""
        doc = _doc_claims("An Orla Air jet collided with a coast guard plane at Kesh airport, "
                          "killing five coast guard members.\n\nFive of the six coast guard "
                          "members on board were confirmed dead, police said.", "a",
                          self.JAN_2)
        assert not [c for c in check([doc]).conflicts if c.kind == "quantity"]

    def test_collided_and_collision_are_one_crash(self) -> None:
        """'collided … at 5:40 p.m.' and 'The collision happened … at 5.46 pm' are one
        event at two clock times."""
        a = _doc_claims("Orla Air jet in runway collision\n\nAn Orla Air jet collided with "
                        "a patrol plane at 5:40 p.m. on Friday.", "a", self.JAN_2)
        b = _doc_claims("Orla Air jet in runway collision\n\nThe collision happened at 5.46 "
                        "pm on Friday, Orla Air said.", "b", self.JAN_2)
        (conflict,) = check([a, b]).conflicts
        assert {p.value for p in conflict.positions} == {"2026-01-02T17:40",
                                                         "2026-01-02T17:46"}


class TestWeekdays:
    """A date written with a weekday it does not fall on contradicts itself."""

    def test_a_weekday_the_date_does_not_fall_on(self) -> None:
        """'Friday, May 22' in 2024: 22 May was a Wednesday; the nearest Friday is 24 May.
        One article is enough, and each side points at its own words."""
        doc = _doc_claims("A landslide struck Tolva village on Friday, May 22, burying "
                          "dozens of homes.", "a", dt.date(2024, 5, 24))
        (conflict,) = check([doc]).conflicts
        assert conflict.severity == "medium"
        assert [(p.value, doc.text[p.value_start : p.value_end])
                for p in conflict.positions] == [("2024-05-22", "May 22"),
                                                 ("2024-05-24", "Friday")]
        assert "2024-05-22 is a Wednesday" in conflict.explanation
        assert "nearest Friday is 2024-05-24" in conflict.explanation
        assert conflict.event == "weekday of “Friday, May 22” (landslide)"

    @pytest.mark.parametrize(
        ("written", "severity"),
        [
            ("on Wednesday, 22 May 2024", None),
            ("on Wed., May 22, 2024", None),
            ("on Friday, 22 May 2024", "high"),
            ("on Fri., 22 May", "medium"),
            ("last Monday, May 20", None),
        ],
    )
    def test_written_weekdays(self, written: str, severity: str | None) -> None:
        """A full date's weekday is checked with certainty; a yearless one took its year
        from the publication date, so a slip there is medium."""
        doc = _doc_claims(f"Kovac opened the Tolva bridge {written}, officials said.", "a",
                          dt.date(2024, 5, 24))
        assert [c.severity for c in check([doc]).conflicts] == ([severity] if severity else [])


    @pytest.mark.parametrize(
        ("written", "shown"),
        [
            ("on Friday (May 22)", "Friday (May 22)"),
            ("on Friday (22 May 2024)", "Friday (22 May 2024)"),
            ("on Wednesday (May 22)", None),
            ("on Friday and on May 22", None),
        ],
    )
    def test_a_weekday_with_its_date_in_brackets(self, written: str, shown: str | None
                                                 ) -> None:
        """'Friday (May 22)' is one date written twice over, as 'Friday, May 22' is; two
        days told apart ('on Friday and on May 22') are not."""
        doc = _doc_claims(f"Kovac opened the Tolva bridge {written}, officials said.", "a",
                          dt.date(2024, 5, 24))
        conflicts = check([doc]).conflicts
        assert [c.event.split("”")[0].removeprefix("weekday of “") for c in conflicts] == (
            [shown] if shown else [])
        for conflict in conflicts:
            assert [doc.text[p.value_start : p.value_end] for p in conflict.positions] == [
                shown.split("(")[1].rstrip(")"), "Friday"] if shown else []


class TestPairedDays:
    @pytest.mark.parametrize(("day", "kinds"), [("October 20", []), ("October 21", ["date"])])
    def test_a_pair_of_days_agrees_with_either(self, day: str, kinds: list[str]) -> None:
        """'the outage … on October 19 and 20, 2025' and 'the outage on October 20, 2025':
        one day of the pair is no rival to the pair; a third day is."""
        published = dt.date(2025, 10, 23)
        a = _doc_claims("Orla Cloud outage\n\nThe Orla Cloud outage hit thousands of sites in "
                        "the Kesh region on October 19 and 20, 2025.", "a", published)
        b = _doc_claims("Orla Cloud outage\n\nThousands of sites went dark in the Orla Cloud "
                        f"outage in the Kesh region on {day}, 2025, Orla said.", "b", published)
        assert [c.kind for c in check([a, b]).conflicts] == kinds

    def test_an_interruption_that_began_on_another_day_clashes(self) -> None:
        """'The interruption began early Monday morning' (a Monday before the day) against
        'the outage on 18 November 2025', a Tuesday: the interruption is the outage."""
        day = dt.date(2025, 11, 19)
        a = _doc_claims("Orla Cloud outage\n\nA global outage hit Orla Cloud on 18 November "
                        "2025, taking down thousands of Kesh sites.", "a", day)
        b = _doc_claims("Orla Cloud apologises\n\nThe interruption began early Monday morning "
                        "and took down thousands of Orla Cloud sites in Kesh.", "b", day)
        assert [(c.kind, c.severity) for c in check([a, b]).conflicts] == [("date", "low")]


def test_a_rounded_count_of_weeks_agrees_with_the_day() -> None:
    """'arrested six weeks later' (after 13 November: the week of 19–25 December) and
    'arrested on Dec. 30, 2022': counts of weeks are rounded, so the two agree; 'ten
    weeks later' does not."""
    day = dt.date(2025, 7, 2)
    b = _doc_claims("Hale pleads guilty\n\nHale was arrested by Kesh police at his parents' "
                    "home in Orla on Dec. 30, 2022.", "b", day)
    for weeks, kinds in (("six", []), ("ten", ["date"])):
        a = _doc_claims("Hale pleads guilty\n\nHale killed four students in Orla on Nov. 13, "
                        f"2022. Kesh police arrested Hale in Orla {weeks} weeks later.", "a", day)
        assert [c.kind for c in check([a, b]).conflicts] == kinds


class TestPlainestPair:
    def test_a_clash_is_shown_by_its_plainest_pair(self) -> None:
        """'on Saturday' (worked out from a date line) and '14 March' both clash with '16
        March 2026': the written day and month make the case, so the conflict is medium
        and quotes them, not the weekday."""
        docs = [
            _doc_claims("Six people were murdered when Ana Kovac went on a stabbing spree at "
                        "the Orla mall on Saturday.", "a", dt.date(2026, 3, 15)),
            _doc_claims("On 16 March 2026 Ana Kovac stabbed and killed six people at the Orla "
                        "mall.", "b", None),
            _doc_claims("Six people were killed in the stabbing rampage by Ana Kovac at the "
                        "Orla mall on 14 March.", "c", dt.date(2026, 11, 12)),
        ]
        (conflict,) = check(docs).conflicts
        assert conflict.severity == "medium"
        assert "on 14 March" in conflict.explanation


class TestWhatWasAskedFor:
    """A sentence someone asks for, or might face, is no rival to the one passed."""

    def test_a_sentence_sought_is_not_the_sentence_passed(self) -> None:
        """'Prosecutors sought between 20 and 30 years' and 'was sentenced to 12 years':
        no clash; two articles giving 12 and 15 years passed do clash."""
        a = _doc_claims("Judge Ana Kovac sentenced Max Hale to 12 years in prison for the "
                        "Tolva fraud.", "a", dt.date(2026, 3, 13))
        b = _doc_claims("Prosecutors had called for Kovac to sentence Max Hale to between 20 "
                        "and 30 years in prison for the Tolva fraud.", "b", dt.date(2026, 3, 13))
        c = _doc_claims("Max Hale faced up to 110 years in prison for the Tolva fraud.", "c",
                        dt.date(2026, 3, 13))
        assert check([a, b, c]).conflicts == ()
        d = _doc_claims("Kovac sentenced Max Hale to 15 years in prison for the Tolva fraud.",
                        "d", dt.date(2026, 3, 13))
        (conflict,) = check([a, b, c, d]).conflicts
        assert {p.value for p in conflict.positions} == {12.0, 15.0}


class TestRateDecisions:
    """A central bank's cut, reported in points, basis points and words."""

    SEP_18 = dt.date(2026, 9, 18)

    def test_the_size_of_a_cut_in_any_writing(self) -> None:
        """'half a percentage point, or 50 basis points' is one figure; another
        sentence's 'a quarter of a percentage point' for the same cut clashes with it."""
        text = ("The Kesh central bank on Wednesday cut interest rates by half a percentage "
                "point, or 50 basis points, its first cut in four years.")
        a = _doc_claims(text, "a", self.SEP_18)
        assert check([a]).conflicts == ()
        b = _doc_claims(text + " The Kesh central bank cut interest rates by a quarter of a "
                        "percentage point on Wednesday, officials said.", "b", self.SEP_18)
        (conflict,) = check([b]).conflicts
        assert {p.value for p in conflict.positions} == {0.5, 0.25}

    def test_lowered_and_cut_are_one_decision(self) -> None:
        """'lowered its key interest rate by 50 basis points' and 'cut interest rates by
        a quarter point' on the same Wednesday disagree on one cut."""
        a = _doc_claims("The Kesh central bank lowered its key interest rate by 50 basis "
                        "points on Wednesday.", "a", self.SEP_18)
        b = _doc_claims("Kesh's central bank governor Ana Kovac said the Kesh central bank "
                        "cut interest rates by a quarter point on Wednesday.", "b",
                        self.SEP_18)
        (conflict,) = check([a, b]).conflicts
        assert {p.value for p in conflict.positions} == {0.5, 0.25}

    def test_later_cuts_and_earlier_records_are_other_events(self) -> None:
        """'another two rate cuts in November' is not this week's cut, nor is 'the first
        cut since March 2020' a cut made then; the later cuts two articles expect agree
        with each other, apart from the agreement on this week's cut."""
        a = _doc_claims("The Kesh central bank cut interest rates on Wednesday, its first "
                        "cut since March 2020.", "a", self.SEP_18)
        b = _doc_claims("The Kesh central bank cut interest rates on Wednesday. Kesh "
                        "officials backed another two rate cuts at meetings in November and "
                        "December.",
                        "b", self.SEP_18)
        c = _doc_claims("The Kesh central bank cut rates on Wednesday. Further rate cuts "
                        "are planned, with Kesh officials expecting additional cuts in "
                        "November.", "c",
                        dt.date(2026, 9, 19))
        report = check([a, b, c])
        assert report.conflicts == ()
        assert sorted(x.value for x in report.agreements) == ["2026-09-16", "2026-11"]

    def test_an_agreement_holds_only_dates_that_agree(self) -> None:
        """Two articles agree that the bank cut on Wednesday and that it last cut in
        March 2020: two agreements, neither listing the other's dates."""
        a = _doc_claims("The Kesh central bank cut rates on Wednesday. The Kesh central bank "
                        "last cut rates in March 2020.", "a", self.SEP_18)
        b = _doc_claims("The Kesh central bank cut its key interest rates on Wednesday, "
                        "Governor Ana Kovac said. Kesh previously cut rates in March 2020, "
                        "as the pandemic began.", "b", self.SEP_18)
        agreements = check([a, b]).agreements
        assert sorted((x.value, tuple(sorted({p.value for p in x.positions})))
                      for x in agreements) == [("2020-03", ("2020-03",)),
                                               ("2026-09-16", ("2026-09-16",))]

    def test_a_figure_independent_sources_give_alike_is_an_agreement(self) -> None:
        """'killing 15 people' in two reports and 'left 15 dead' in a third: one figure
        three sources give, an agreement on the toll; a clashing fourth ('killing 16')
        makes it a conflict instead, whose side shows the support."""
        day = dt.date(2025, 1, 2)
        texts = ["A man drove a truck into a crowd in Kesh's Varna Street early Wednesday, "
                 "killing 15 people, Kesh police said.",
                 "Ivo Tolvan drove a truck into revellers on Varna Street in Kesh, killing 15 "
                 "people, police said.",
                 "The truck attack on Varna Street in Kesh by Ivo Tolvan left 15 dead, Kesh "
                 "police said."]
        docs = [_doc_claims(f"Kesh truck attack\n\n{t}", f"d{i}", day)
                for i, t in enumerate(texts)]
        report = check(docs)
        assert report.conflicts == ()
        (agreed,) = [x for x in report.agreements if x.kind == "quantity"]
        assert (agreed.value, agreed.sources) == ("15 people", 3)
        assert agreed.event.startswith("people dead")
        other = _doc_claims("Kesh truck attack\n\nIvo Tolvan drove a truck into a crowd "
                            "on Varna Street in Kesh, killing 16 people, police said.", "d3",
                            day)
        report = check([*docs, other])
        assert [c.kind for c in report.conflicts] == ["quantity"]
        assert not [x for x in report.agreements if x.kind == "quantity"]

    def test_the_day_of_a_briefing_dates_no_deaths(self) -> None:
        """'confirmed 99 deaths at a news conference Monday' tells when the toll was
        given, not when the fire killed."""
        a = _doc_claims("The Tolva wildfire on August 8 killed 80 people, officials said.",
                        "a", dt.date(2026, 8, 12))
        b = _doc_claims("Governor Kovac confirmed that the Tolva wildfire killed 99 people at "
                        "a news conference Monday.", "b", dt.date(2026, 8, 15))
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]


class TestFiguresOfSeveralHolders:
    """An article that gives figures of one unit to several holders (parties, firms)."""

    JUN_5 = dt.date(2026, 6, 5)

    def test_each_partys_seats_are_its_own_fact(self) -> None:
        """'the Kesh Party winning 240 seats and the Orla Party 99', 'the Orla Party,
        which is part of the Tolva bloc, won 99 seats', 'in Varna, winning 20 out of 21
        seats': no clash among them; a second article's 250 for the Kesh Party clashes
        with 240."""
        a = _doc_claims("Results are in, with the Kesh Party winning 240 seats and the "
                        "Orla Party 99. The Orla Party, which is part of the Tolva bloc, "
                        "won 99 seats. The Varna Front won 16 and 12 seats in two states.",
                        "a", self.JUN_5)
        b = _doc_claims("The Kesh Party won 240 of the 543 seats, while the Orla Party "
                        "won 99 seats. It also secured victory in Varna, winning 20 out of "
                        "21 seats.", "b", self.JUN_5)
        assert check([a, b]).conflicts == ()
        c = _doc_claims("The Kesh Party won 250 seats, while the Orla Party won 99 seats.",
                        "c", self.JUN_5)
        (conflict,) = check([a, b, c]).conflicts
        assert {p.value for p in conflict.positions} == {240.0, 250.0}

    def test_seats_won_told_tersely_clash_and_seats_contested_do_not(self) -> None:
        """'The Kesh Party, which had contested 110 seats, won 74 while the Orla Party
        which fought 115, won only 43' against 'According to the commission, the Kesh
        Party won 72 seats …, with Kovac's Orla Party, which managed just 42': the bare
        figures count seats won, the contested seats are another fact, and each party
        holds its own figure, so 72 and 74 clash (and 42 and 43), never 72 and 110."""
        a = _doc_claims("The Kesh Party, which had contested 110 seats, won 74 while the "
                        "Orla Party which fought 115, won only 43.", "a", self.JUN_5)
        b = _doc_claims("According to data on the commission's website, the Kesh Party won "
                        "72 seats to emerge as the senior member in its alliance with Chief "
                        "Minister Ana Kovac's Orla Party, which managed just 42.", "b",
                        self.JUN_5)
        clashes = {frozenset(p.value for p in c.positions) for c in check([a, b]).conflicts}
        assert frozenset({72.0, 74.0}) in clashes
        assert not any(110.0 in c or 115.0 in c for c in clashes)

    def test_whom_a_figure_is_told_to_does_not_hold_it(self) -> None:
        """'General Ivo Hale told Tolva News the ministry has not verified reports that
        18 soldiers were captured': the outlet heard the figure; it holds none of it."""
        doc = _doc_claims("General Ivo Hale told Tolva News the ministry has not verified "
                          "Kesh army reports that 18 soldiers were captured on Tuesday.")
        assert [(q.span.text, q.holder) for c in extract_claims(doc)
                for q in c.quantities] == [("18 soldiers", None)]


class TestSeriesAndAsides:
    """Several like events in one story, and names in an aside."""

    JUL_30 = dt.date(2026, 7, 30)

    def test_a_first_and_a_second_landslide_are_two_events(self) -> None:
        """'The first landslide … at 2 a.m.' and 'a second, more severe landslide … at
        4 a.m.' do not clash; two first landslides an hour apart do, and the title says
        which one."""
        one = _doc_claims("The first landslide hit Tolva at 2 a.m. on Tuesday. Around 4 a.m., "
                          "a second, more severe landslide hit Tolva.", "a", self.JUL_30)
        assert not check([one]).conflicts
        other = _doc_claims("The first landslide reportedly hit Tolva village around 1 am on "
                            "Tuesday, cutting off Kesh.", "b", self.JUL_30)
        (conflict,) = check([one, other]).conflicts
        assert conflict.event.startswith("first landslide")
        assert {p.value for p in conflict.positions} == {"2026-07-28T01:00",
                                                         "2026-07-28T02:00"}

    def test_a_wire_credit_a_body_and_the_world_are_no_rival_actors(self) -> None:
        """'KESH (AP) — World leaders adopted a declaration on Saturday', 'the G7 summit
        adopted a declaration' and 'the G7 adopted a declaration': the wire's credit and
        'World' act for no one, and the summit of a body is that body."""
        day = dt.date(2026, 8, 1)
        a = _doc_claims("KESH (AP) — World leaders from the Group of 7 adopted a declaration "
                        "on Saturday in Kesh despite the Orla boycott.", "a", day)
        b = _doc_claims("On Saturday, at the G7 Summit in Kesh, leaders adopted a declaration "
                        "despite the Orla boycott.", "b", day)
        c = _doc_claims("Kesh, August 1 – the G7 adopted a declaration in Kesh on Saturday "
                        "despite the Orla boycott.", "c", day)
        assert not [x for x in check([a, b, c]).conflicts if x.kind == "attribution"]

    def test_a_name_in_an_aside_is_not_the_actor(self) -> None:
        """'Ana Kovac, the former MP from the Tolva constituency, will visit' and 'Leader
        of the Opposition Ana Kovac, who …, is to visit' both credit the visit to Kovac."""
        a = _doc_claims("Kesh leader Ana Kovac, the former MP from the Tolva constituency, "
                        "will visit the region on Friday.", "a", self.JUL_30)
        b = _doc_claims("Meanwhile, Leader of the Opposition Ana Kovac, who expressed grief "
                        "over the floods, is likely to visit Tolva tomorrow (July 31).", "b",
                        self.JUL_30)
        assert not [c for c in check([a, b]).conflicts if c.kind == "attribution"]


class TestLengthOfASpell:
    """How long a trial, a siege or a curfew lasted is one fact of the story, however the
    sentence that gives it is built."""

    def test_an_eight_week_trial_and_a_nine_week_one(self) -> None:
        """'at the end of an eight-week trial' and 'convicted after a nine-week trial' give
        the length of one trial and clash; 'a 30-foot boat' may be any boat."""
        a = _doc_claims("Last month, at the conclusion of an eight-week trial in Orla, Kovac "
                        "was acquitted of racketeering.", "a", dt.date(2026, 8, 4))
        b = _doc_claims("Ana Kovac, 55, was convicted on July 2 in Orla after a nine-week trial.",
                        "b", dt.date(2026, 9, 30))
        (conflict,) = check([a, b]).conflicts
        assert conflict.event.startswith("duration of the trial")
        assert sorted(p.value for p in conflict.positions) == [8.0, 9.0]
        c = _doc_claims("Kovac fled Orla on July 2 in a 30-foot boat.", "c", dt.date(2026, 8, 4))
        d = _doc_claims("Kovac fled Orla on July 2 in a 40-foot boat.", "d", dt.date(2026, 8, 4))
        assert not [x for x in check([c, d]).conflicts if x.event.startswith("length")]


class TestTimeInto:
    """How far into something an event came is one fact of the story."""

    JUL_14 = dt.date(2026, 7, 14)

    def test_minutes_into_a_speech(self) -> None:
        """'a little more than six minutes into his speech' and 'Six minutes into the
        speech' agree; 'About 10 minutes into Kovac's speech' does not."""
        a = _doc_claims("Kovac was a little more than six minutes into his speech at the "
                        "Tolva fairground when shots rang out on Saturday.", "a", self.JUL_14)
        b = _doc_claims("Six minutes into the speech at the Tolva fairground, a gunman "
                        "fired at Kovac on Saturday.", "b", self.JUL_14)
        assert not check([a, b]).conflicts
        c = _doc_claims("About 10 minutes into Kovac's speech at the Tolva fairground, loud "
                        "pops rang out on Saturday.", "c", self.JUL_14)
        (conflict,) = check([a, b, c]).conflicts
        assert conflict.kind == "quantity"
        assert conflict.event.startswith("time into the speech")
        assert sorted(p.value for p in conflict.positions) == [6.0, 10.0]


class TestPartsOfAWhole:
    """A part taken from a whole is its own count."""

    MAR_3 = dt.date(2026, 3, 3)

    def test_three_of_the_twelve_died(self) -> None:
        """'Three out of the 12 workers died' agrees with 'Three workers died': twelve is
        the crew the dead were among, not the toll; a report of five dead clashes with
        three, never with twelve."""
        a = _doc_claims("Three out of the 12 workers died in the blast at the Tolva plant "
                        "on Monday, police said.", "a", self.MAR_3)
        b = _doc_claims("Three workers died in the blast at the Tolva plant on Monday.", "b",
                        self.MAR_3)
        assert not check([a, b]).conflicts
        c = _doc_claims("Five workers died in the blast at the Tolva plant on Monday.", "c",
                        self.MAR_3)
        (conflict,) = check([a, c]).conflicts
        assert sorted(p.value for p in conflict.positions) == [3.0, 5.0]


class TestSceneAndParts:
    """Where an event happened is no object of it, and an article's part of a toll is
    no rival to its whole."""

    MAR_3 = dt.date(2026, 3, 3)

    def test_died_in_the_blast_meets_the_blast_killed(self) -> None:
        """'Three workers died in the blast' and 'the blast killed five workers' tell one
        event: 'in the blast' says where the deaths came from, not what died."""
        a = _doc_claims("Three workers died in the blast at the Tolva plant on Monday.", "a",
                        self.MAR_3)
        b = _doc_claims("The blast at the Tolva plant killed five workers on Monday.", "b",
                        self.MAR_3)
        (conflict,) = check([a, b]).conflicts
        assert sorted(p.value for p in conflict.positions) == [3.0, 5.0]

    def test_an_articles_other_toll_is_no_rival(self) -> None:
        """'The bombings killed 259 people' and, in the same article, a doctor 'who
        worked in Tolva City, where 168 people were killed': another place's toll, named
        in one sentence only, is no rival to the article's own."""
        doc = _doc_claims("Medical team flies out\n\nThe bombings on Aug. 7 killed 259 "
                          "people.\n\nThe team includes a doctor who worked in Tolva City, "
                          "where 168 people were killed.", "a", self.MAR_3)
        assert not check([doc]).conflicts

    def test_bodies_found_are_a_running_tally(self) -> None:
        """Nine bodies found in one day's report and 143 in a later one: the search went
        on, it is no clash of fact."""
        a = _doc_claims("Nine bodies have been found in the Tolva river, which flows into "
                        "Orla district.", "a", dt.date(2026, 7, 31))
        b = _doc_claims("Authorities said 143 bodies have been found in the Tolva river, "
                        "which flows into Orla district.", "b", dt.date(2026, 8, 4))
        assert not check([a, b]).conflicts

    def test_a_quake_dated_on_two_days_by_one_article_is_its_slip(self) -> None:
        """'struck … on Tuesday night (September 30)' and, in the same report, 'The quake
        occurred at around 10 pm on Wednesday': a quake happens once, so the report's
        Wednesday clashes with another's September 30; its epicentre '21 kilometers
        northeast of Orla City with a shallow depth of five kilometres' against '17
        kilometers north of Orla City at a depth of 10 kilometers' clashes twice."""
        day = dt.date(2025, 10, 1)
        a = _doc_claims("Orla quake\n\nThe quake that struck Kesh province on Tuesday night "
                        "(September 30) has killed 60. The quake occurred at around 10 pm on "
                        "Wednesday, with the epicentre located at 21 kilometers northeast of "
                        "Orla City with a shallow depth of five kilometres.", "a", day)
        b = _doc_claims("Orla quake\n\nThe earthquake that struck Orla City on September 30, "
                        "2025, was the strongest in Kesh province. The epicenter was traced 17 "
                        "kilometers north of Orla City at a depth of 10 kilometers.", "b", day)
        found = sorted((c.kind, sorted(str(p.value) for p in c.positions))
                       for c in check([a, b]).conflicts)
        assert found == [("date", ["2025-09-30", "2025-10-01T22:00"]),
                         ("quantity", ["10.0", "5.0"]), ("quantity", ["17.0", "21.0"])]

    def test_two_splits_of_one_vote_clash_and_two_bodies_do_not(self) -> None:
        """'a 4-1 majority' and 'The court's 8-3 majority decision' in two reports of one
        ruling: high conflicts, of the votes for and of the votes against. 'the Senate
        passed it in a 60-40 vote' and 'the House approved it in a 222-209 vote': two
        votes. 'a 222-209 vote' and 'a narrow vote of 222 to 219' of one House clash on
        the votes against alone."""
        a = _doc_claims("Kovac convicted\n\nTheir votes created a 4-1 majority against Ana "
                        "Kovac in Orla.", "a", self.MAR_3)
        b = _doc_claims("Kovac convicted\n\nThe 8-3 majority decision against Ana Kovac was "
                        "read aloud in Orla.", "b", self.MAR_3)
        found = sorted((c.severity, [p.value for p in c.positions], c.positions[0].unit)
                       for c in check([a, b]).conflicts)
        assert found == [("high", [1, 3], "votes against"), ("high", [4, 8], "votes in favour")]
        c = _doc_claims("Orla budget passes\n\nThe Orla budget bill passed after the Senate "
                        "passed it in a 60-40 vote.", "c", self.MAR_3)
        d = _doc_claims("Orla budget passes\n\nIn a 222-209 vote, the House approved the Orla "
                        "budget bill.", "d", self.MAR_3)
        assert not check([c, d]).conflicts
        e = _doc_claims("Orla budget passes\n\nThe House approved the Orla budget bill by a "
                        "narrow vote of 222 to 219.", "e", self.MAR_3)
        (conflict,) = check([d, e]).conflicts
        assert sorted(p.value for p in conflict.positions) == [209, 219]
        # a parliament's two houses in one article: two votes
        f = _doc_claims("Kovac elected\n\nKovac beat Hale by a vote of 237-149 in the lower "
                        "house. In the upper house, she secured her election with 125-46 "
                        "votes.", "f", self.MAR_3)
        assert not check([f]).conflicts

    def test_tolls_of_each_town_in_one_sentence(self) -> None:
        """'30 died in Orla City, 10 in Kesh town' against '14 people died in the coastal
        city of Orla' and 'Twelve others were killed in Kesh town': each town's toll meets
        the other report's for that town, though the sentence gives several."""
        day = dt.date(2025, 10, 1)
        a = _doc_claims("Quake in Varna\n\nThe Varna official told a briefing that 30 died "
                        "in Orla City, the epicentre of the quake, 10 in Kesh town, 22 in "
                        "Tolva town.", "a", day)
        b = _doc_claims("Quake in Varna\n\nOfficials said 14 people died in Orla City after "
                        "the quake in Varna. Twelve others were killed in Kesh town.", "b",
                        day)
        found = sorted(sorted(p.value for p in c.positions) for c in check([a, b]).conflicts)
        assert found == [[10, 12], [14, 30]]

    def test_a_bodys_vote_in_a_large_feed(self) -> None:
        """Two reports of one House vote among 52 unrelated ones where Trump and
        Washington are too common to tie them: the House named in both is the body the
        split is of, so 222-209 and 222 to 219 still clash on the votes against."""
        day = dt.date(2025, 11, 13)
        a = _doc_claims("Shutdown ends\n\nThe House of Representatives passed the bill in a "
                        "222-209 vote, sending it to Trump in Washington.", "a", day)
        b = _doc_claims("Shutdown ends\n\nThe House of Representatives approved the bill by "
                        "a narrow vote of 222 to 219, sending it to Trump in Washington.",
                        "b", day)
        syllables = "or ke tol va ko bra ha ru lu mi sa que pa du er".split()
        names = [(x + y).title() + "ia" for x in syllables[:8] for y in syllables[8:]][:52]
        others = [_doc_claims(f"Trade talks in {n}\n\nTrump said on Monday in Washington "
                              f"that the United States would raise tariffs on {n} by "
                              f"{10 + i}%.", f"o{i}", day) for i, n in enumerate(names)]
        conflicts = check([a, b, *others]).conflicts
        assert [sorted(p.value for p in c.positions) for c in conflicts] == [[209, 219]]

    @pytest.mark.parametrize(("target", "kinds"), [("Kesh", []), ("Orla", ["quantity"])])
    def test_one_measure_aimed_at_two_targets(self, target: str, kinds: list[str]) -> None:
        """'raise tariffs on Orla by 10%' and 'raise tariffs on Kesh by 25%': two
        measures, whoever imposes both; 'on Orla by 25%' clashes."""
        day = dt.date(2025, 8, 1)
        a = _doc_claims("Tariffs rise\n\nPresident Ivo Tolva said on Friday that Varna would "
                        "raise tariffs on Orla by 10%.", "a", day)
        b = _doc_claims(f"Tariffs rise\n\nPresident Ivo Tolva said on Friday that Varna "
                        f"would raise tariffs on {target} by 25%.", "b", day)
        assert [c.kind for c in check([a, b]).conflicts] == kinds

    def test_the_age_of_a_described_person_stops_at_their_verb(self) -> None:
        """'The 64-year-old leader comes to the helm after succeeding Max Hale': the age
        is the leader's, not of 'the come', and never Hale's."""
        doc = _doc_claims("The 64-year-old leader comes to the helm after succeeding Max "
                          "Hale, who stepped down on March 1.", "a", self.MAR_3)
        facts = [attribute_of(c, q) for c in extract_claims(doc) for q in c.quantities]
        assert [f.fact for f in facts if f is not None] == ["age of the leader"]

    def test_an_age_is_aligned_on_the_persons_own_name(self) -> None:
        """'Kovac, a 33-year-old assembly member' and, in a report that shares no other
        name, 'Kovac, 34, ran on rent limits': one person's age, two figures."""
        a = _doc_claims("Kovac wins Orla mayoral race\n\nAna Kovac beat Max Hale and Tomas "
                        "Ruiz. Kovac, a 33-year-old assembly member, has been a polarizing "
                        "figure.", "a", self.MAR_3)
        b = _doc_claims("Kovac projected to win\n\nKovac, 34, ran on rent limits and free "
                        "buses.", "b", self.MAR_3)
        assert _figures(a, b) == [[33.0, 34.0]]

    def test_a_state_kept_into_a_day_is_no_rival_to_its_start(self) -> None:
        """'keeping the museum closed all day and into Tuesday' runs into Tuesday; it is no
        rival to 'was closed … on June 16'."""
        day = dt.date(2025, 6, 17)
        a = _doc_claims("Orla museum shut\n\nThe Orla museum was closed for a few hours on "
                        "June 16 after a staff strike.", "a", day)
        b = _doc_claims("Orla museum shut\n\nStaff walked off the job on June 16, keeping "
                        "the Orla museum closed all day and into Tuesday.", "b", day)
        assert not check([a, b]).conflicts

    def test_a_plan_still_ahead_is_no_rival_to_a_thing_done(self) -> None:
        """'The September report was released Thursday' and 'the November report is
        scheduled to be released on December 16': one done, one to come."""
        doc = _doc_claims("Jobs report\n\nThe jobs report for September was released "
                          "Thursday. The November report is scheduled to be released on "
                          "December 16.", "a", dt.date(2025, 11, 20))
        assert not check([doc]).conflicts

    def test_an_article_that_gives_both_days_speaks_of_two_events(self) -> None:
        """'Orla beat Kesh 5-4 on Saturday night to win the title … the pitcher who threw
        96 pitches in Orla's win on Friday': Friday is another game's, no rival to a
        report that dates the title win to Saturday."""
        day = dt.date(2025, 11, 2)
        a = _doc_claims("Orla win the cup\n\nOrla beat Kesh 5-4 on Saturday night to win "
                        "the cup. Ruiz, who threw 96 pitches in the Orla win on Friday, "
                        "closed it out.", "a", day)
        b = _doc_claims("Orla win the cup\n\nOrla defeated Kesh 5-4 to win the cup on "
                        "Saturday.", "b", day)
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_three_figures_of_one_fact_are_one_conflict(self) -> None:
        """17, 18 and 19 injured in three reports of one landing: one disagreement with
        three positions, each figure once, not three pairs; two facts of one story
        (revenue and net income) stay two."""
        docs = [_doc_claims(f"Orla Air jet flips\n\nAn Orla Air jet flipped on landing at "
                            f"Kesh airport on Monday, injuring {n} people.", d, self.MAR_3)
                for d, n in (("a", 17), ("b", 18), ("c", 19))]
        (conflict,) = check(docs).conflicts
        assert [(p.claim.document_id, p.value) for p in conflict.positions] == [
            ("a", 17), ("b", 18), ("c", 19)]
        assert conflict.explanation.startswith(
            "The articles give 3 different figures for “people injured")
        assert _figures(*docs[:2]) == [[17.0, 18.0]]

    def test_outages_described_differently_are_one_outage(self) -> None:
        """'a broad regional outage on 20 October' and 'a massive internet outage on 21
        October', both of Orlacloud: one outage, two days."""
        a = _doc_claims("Orla Cloud down\n\nOrla Cloud suffered a broad regional outage on "
                        "20 October that knocked banks offline.", "a", self.MAR_3)
        b = _doc_claims("Orla Cloud down\n\nA massive internet outage at Orla Cloud sent "
                        "shockwaves across Kesh on 21 October.", "b", self.MAR_3)
        (conflict,) = check([a, b]).conflicts
        assert [p.value for p in conflict.positions] == ["2025-10-20", "2025-10-21"]

    def test_a_lead_while_votes_are_counted_is_a_running_tally(self) -> None:
        """'With 98% of votes counted, Orla held a lead of around 2,300 votes' and, a day
        later, 'based on the votes counted thus far, Orla has a lead of 15,155 votes': a
        count in progress, no clash."""
        a = _doc_claims("Orla edges ahead\n\nWith 98% of votes counted, Orla held a narrow "
                        "lead of around 2,300 votes.", "a", self.MAR_3)
        b = _doc_claims("Orla edges ahead\n\nBased on the votes counted thus far, Orla has a "
                        "lead of 15,155 votes.", "b", dt.date(2026, 3, 4))
        assert not check([a, b]).conflicts

    def test_a_total_brought_to_a_figure_is_a_running_tally(self) -> None:
        """'900 more cuts, bringing this round of job cuts to 3,000', months after
        '1,500 for this round of cuts': a total that grew, not a rival."""
        a = _doc_claims("Orlatek cuts jobs\n\nThe confirmed number from Orlatek is 1,500 "
                        "for this round of job cuts.", "a", self.MAR_3)
        b = _doc_claims("Orlatek cuts jobs\n\nOrlatek is about to lay off 1,500 more "
                        "workers, bringing this round of job cuts to 3,000.", "b",
                        dt.date(2026, 6, 1))
        assert not check([a, b]).conflicts

    def test_a_toll_that_can_reach_is_a_guess(self) -> None:
        """'It can reach 18,000 deaths,' said the mayor: a projection, not a rival to the
        counted 11,300."""
        a = _doc_claims("The death toll in Tolva has soared to 11,300, the Red Crescent "
                        "said.", "a", self.MAR_3)
        b = _doc_claims("\"It can reach 18,000 deaths in Tolva,\" the mayor said.", "b",
                        self.MAR_3)
        assert not check([a, b]).conflicts


    def test_a_place_also_struck_is_a_part(self) -> None:
        """'The state capital Tolva was also submerged, causing 18 deaths': a toll of one
        more place the rain struck, no rival to 'more than 34 across the state'."""
        a = _doc_claims("Dam bursts in Kesh\n\nEighteen people have died after a dam breach "
                        "flooded a village in Kesh state.\n\nThe state capital Tolva was also "
                        "submerged this week, causing 18 deaths and plunging the city into "
                        "chaos.", "a", self.MAR_3)
        b = _doc_claims("Dam bursts in Kesh\n\nAt least eight people are dead after the breach "
                        "of a dam in Kesh state.\n\nMore than 34 people have died across the "
                        "state since Monday night, with the city of Tolva the worst affected.",
                        "b", self.MAR_3)
        assert not check([a, b]).conflicts

    def test_a_charge_is_dated_not_the_deed(self) -> None:
        """'Kovac was charged with murder Thursday': Thursday is the charge's day; it
        never clashes with the day the victim was shot."""
        a = _doc_claims("Orla doctor shot\n\nDr Ana Hale was shot dead in Orla on Friday, "
                        "Feb. 20.", "a", self.MAR_3)
        b = _doc_claims("Orla doctor shot\n\nIvo Kovac was charged with murder Thursday in "
                        "the killing of Dr Ana Hale in Orla.", "b", dt.date(2026, 3, 6))
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]


class TestPeriods:
    """A period ('from February 2009 to January 2010') has an end as checkable as its
    start."""

    def test_one_start_two_ends(self) -> None:
        """'deployed to Kesh from February 2009 to January 2010' against 'from Feb. 2009 to
        Jan. 2015': the starts agree, the ends clash, and the conflict says so."""
        a = _doc_claims("Ivo Kovac served a deployment in Kesh from February 2009 to January "
                        "2010.", "a")
        b = _doc_claims("After his deployment to Kesh from Feb. 2009 to Jan. 2015, Ivo Kovac "
                        "joined the reserve.", "b")
        (conflict,) = check([a, b]).conflicts
        assert sorted(str(p.value) for p in conflict.positions) == ["2010-01", "2015-01"]
        assert "the end of a period both start in 2009-02" in conflict.explanation
        c = _doc_claims("Ivo Kovac was deployed to Kesh from February 2009 until January "
                        "2010.", "c")
        assert not check([a, c]).conflicts

    def test_a_day_counted_from_another(self) -> None:
        """'On 14 February 2025, ten days after the Mistral capsized' puts the capsizing
        on 4 February: against '2 February 2025' that is a conflict, which says the day
        was counted; a count that lands on the day agrees."""
        a = _doc_claims("The ferry Mistral capsized off Orla on 2 February 2025, killing 14 "
                        "people.", "a")
        b = _doc_claims("On 14 February 2025, ten days after the Mistral capsized off Orla, "
                        "the Kesh ministry opened an inquiry.", "b")
        (conflict,) = check([a, b]).conflicts
        assert sorted(str(p.value) for p in conflict.positions) == ["2025-02-02", "2025-02-04"]
        assert conflict.severity == "medium"
        assert "counts it out from the day its sentence names: “ten days after the Mistral " \
            "capsized”" in conflict.explanation
        c = _doc_claims("On 12 February 2025, ten days after the Mistral capsized off Orla, "
                        "the Kesh ministry opened an inquiry.", "c")
        assert not check([a, c]).conflicts

    def test_an_arrival_takes_its_date(self) -> None:
        """'Evidence from the Orla bombing arrived over the weekend': the weekend is the
        arrival's, not a second date for the bombing of Aug. 7."""
        doc = _doc_claims("Orla bombing inquiry\n\nThe Aug. 7 bombing in Orla killed 20 "
                          "people.\n\nThe first evidence from the Orla bombing arrived over "
                          "the weekend at the police laboratory.", "a", dt.date(1998, 8, 17))
        assert not check([doc]).conflicts


class TestWavesOfProtest:
    """Protests, riots and clashes come in waves that last days."""

    def test_two_days_of_protests_are_no_clash(self) -> None:
        """'Thousands poured into the streets in protests on Monday' and 'there was no let
        up in the protests on Tuesday' in two reports of one story: two days of one wave."""
        a = _doc_claims("Max Hale resigned in Tolva on Tuesday. On Monday, thousands of "
                        "people in Tolva had poured into the streets in protests against "
                        "corruption.", "a", dt.date(2026, 3, 11))
        b = _doc_claims("Max Hale resigned in Tolva on Tuesday. There was no let up in the "
                        "protests against corruption in Tolva on Tuesday.", "b",
                        dt.date(2026, 3, 11))
        assert not [c for c in check([a, b]).conflicts if c.kind == "date"]

    def test_one_protest_on_two_days_still_clashes(self) -> None:
        """A single protest told on two days is a disagreement."""
        a = _doc_claims("Ana Kovac led a protest against the levy in Tolva on Saturday.",
                        "a", dt.date(2026, 3, 11))
        b = _doc_claims("Ana Kovac led a protest against the levy in Tolva on Sunday.",
                        "b", dt.date(2026, 3, 11))
        assert [c.kind for c in check([a, b]).conflicts] == ["date"]


class TestTolls:
    """Counts of the dead that are parts, or moments, of one toll."""

    def test_a_place_that_owns_its_toll_is_a_part(self) -> None:
        """'Tolva's national death toll stands at 20' against the quake's 2,719 lives in
        the same article: a part of the whole, not a rival."""
        doc = _doc_claims("The quake that shook Orla, Tolva and parts of Kesh has claimed at "
                          "least 2,719 lives, officials said. Tolva's national death toll "
                          "from the quake stands at 20.", "a")
        assert not check([doc]).conflicts

    @pytest.mark.parametrize(("published", "kinds"), [
        (dt.date(2026, 3, 9), ["quantity"]), (dt.date(2026, 3, 13), [])])
    def test_counts_of_students_reported_on_different_days_are_a_tally(
            self, published: dt.date, kinds: list[str]) -> None:
        """16 students dead on the day of the crash and 20 four days later: the count
        grew, no report contradicts another. On one day, the two counts clash."""
        a = _doc_claims("A Tolva Air Force jet crashed into Orla Academy on Monday. Due to "
                        "the crash, 16 students and 2 teachers died.", "a", dt.date(2026, 3, 9))
        b = _doc_claims("A Tolva Air Force jet crashed into Orla Academy on Monday. Due to "
                        "the crash, 20 students and 2 teachers died.", "b", published)
        assert [c.kind for c in check([a, b]).conflicts] == kinds

    def test_the_tolls_of_two_sides_are_not_rivals(self) -> None:
        """In a clash of two countries, the toll Peru's ministry gives and the one Chile
        gives 'on its side' are each one country's dead, parts of the 'dozens dead' of
        both; the civilians among them are groups of those dead. Nothing here contradicts
        anything."""
        day = dt.date(2026, 3, 14)
        a = _doc_claims("Peru-Chile border clashes leave dozens dead\n\nPeru's health "
                        "ministry said 15 people have been killed, including 14 civilians "
                        "and one soldier.", "a", day)
        b = _doc_claims("Chile-Peru border fighting rages\n\nChile has announced that 13 "
                        "people have been killed on its side, among them eight civilians and "
                        "five soldiers.", "b", day)
        assert not check([a, b]).conflicts

    def test_one_sides_toll_told_twice_still_clashes(self) -> None:
        """Both articles give the toll of Peru's own ministry for one strike, on one day:
        15 and 11 are rivals."""
        day = dt.date(2026, 3, 14)
        a = _doc_claims("A Chilean strike hit Tacna in Peru on Monday, killing 15 people, "
                        "Peru's health ministry said.", "a", day)
        b = _doc_claims("A Chilean strike hit Tacna in Peru on Monday, killing 11 people, "
                        "Peru's health ministry said.", "b", day)
        assert [sorted(p.value for p in c.positions) for c in check([a, b]).conflicts] == [
            [11.0, 15.0]]

    def test_prisoners_killed_are_a_group_of_the_dead(self) -> None:
        """'Nine prisoners have been killed in prison riots' and 'the first day of protests
        alone left 21 dead' in one article: a group and a day, not rival tolls."""
        doc = _doc_claims("Protests against Max Hale spread across Tolva and Orla this week. "
                          "Nine prisoners have been killed in prison riots in Tolva and Orla. "
                          "The first day of protests in Tolva and Orla alone left 21 dead.")
        assert not check([doc]).conflicts

    def test_one_of_a_unit_is_written_in_the_singular(self) -> None:
        """The report writes '1 storey' against '2 storeys'."""
        a = _doc_claims("A Tolva Air Force jet crashed into Orla Academy on Monday. The "
                        "jet crashed into the one storey school building.", "a")
        b = _doc_claims("A Tolva Air Force jet crashed into Orla Academy on Monday. The "
                        "jet crashed into the two-storey school building.", "b")
        report = check([a, b])
        assert [c.kind for c in report.conflicts] == ["quantity"]
        assert "**1 storey**" in render(report, "markdown")
        assert "**2 storeys**" in render(report, "markdown")


    def test_storeys_of_towers_and_buildings_are_one_height(self) -> None:
        """'one of the 31-storey buildings' and 'the 32-storey towers' give the height of
        the estate's buildings in two ways, whatever the verbs of their sentences."""
        day = dt.date(2025, 11, 28)
        a = _doc_claims("Fire at Orla Court\n\nThe fire swept upwards, first in one of "
                        "the 31-storey buildings of Orla Court in Kesh.", "a", day)
        b = _doc_claims("Fire at Orla Court\n\nResidents of the 32-storey towers of Orla "
                        "Court in Kesh were believed to be trapped.", "b", day)
        report = check([a, b])
        assert [(c.alignment.predicate, sorted(p.value for p in c.positions))
                for c in report.conflicts] == [("height in storeys of the building",
                                                [31.0, 32.0])]

    def test_the_dead_at_the_scene_are_part_of_the_toll(self) -> None:
        """'In addition to the 40 people killed at the site of the fire, four more died at
        the hospital': 40 is a part of the 44, not a rival to it."""
        day = dt.date(2025, 11, 27)
        a = _doc_claims("Fire at Orla Court\n\nIn addition to the 40 people killed at the "
                        "site of the fire at Orla Court, four more died at the hospital.", "a",
                        day)
        b = _doc_claims("Fire at Orla Court\n\nThe fire at Orla Court killed at least 44 "
                        "people.", "b", day)
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        b = _doc_claims("Fire at Orla Court\n\nThe fire at Orla Court killed 38 people.",
                        "b", day)
        assert _figures(a, b) == [[38.0, 40.0]]

    @pytest.mark.parametrize(("rate", "clash"), [("1,000 cars per week", True),
                                                 ("7,000 cars a week", False)])
    def test_rates_compare_per_day(self, rate: str, clash: bool) -> None:
        """'1,000 cars per day' against '1,000 cars per week': one rate is seven times the
        other once both are put per day; '7,000 cars a week' is the same rate. The report
        shows each rate with its period."""
        day = dt.date(2025, 9, 23)
        a = _doc_claims("Orla Motors shut\n\nOrla Motors has three plants in Kesh, which "
                        "together produce about 1,000 cars per day.", "a", day)
        b = _doc_claims(f"Orla Motors shut\n\nOrla Motors has three plants in Kesh, which "
                        f"together produce {rate}.", "b", day)
        conflicts = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        assert bool(conflicts) == clash
        if clash:
            text = render(check([a, b]), "markdown")
            assert "**1000 cars a day**" in text
            assert "**1000 cars a week**" in text
            assert "per day" in conflicts[0].explanation

    def test_a_sentence_that_only_names_tells_the_story(self) -> None:
        """'The death of singer Orla Kesh was announced by her manager Ivo Tolva. She died
        on Monday, aged 76' against 'Orla Kesh died on Tuesday, her manager Ivo Tolva
        said': the names of a sentence with no date or figure still tell which story the
        article is, so the two days meet (low, from two publication dates' weekdays)."""
        day = dt.date(2025, 7, 23)
        a = _doc_claims("Orla Kesh dead\n\nThe death of singer Orla Kesh was announced by her "
                        "manager Ivo Tolva.\n\nShe died on Monday, aged 76.", "a", day)
        b = _doc_claims("Singer Orla Kesh dies\n\nOrla Kesh died on Tuesday, her manager Ivo "
                        "Tolva said.", "b", day)
        assert [(c.kind, c.severity) for c in check([a, b]).conflicts] == [("date", "low")]

    @pytest.mark.parametrize(("published", "kinds"), [(dt.date(2025, 10, 20), ["quantity"]),
                                                      (dt.date(2025, 11, 20), [])])
    def test_an_undated_headline_against_a_dated_body(self, published: dt.date,
                                                      kinds: list[str]) -> None:
        """'Thieves steal crown jewels in 4 minutes from Orla Museum', published the day
        after, against 'In just seven minutes on Sunday, thieves stole jewels from the
        Orla Museum': the headline's news is that Sunday's. A month on, it may be another
        theft."""
        a = _doc_claims("Thieves steal crown jewels in 4 minutes from Orla Museum\n\nOrla "
                        "police are searching for the thieves.", "a", published)
        b = _doc_claims("Orla Museum heist\n\nIn just seven minutes on Sunday, thieves stole "
                        "crown jewels from the Orla Museum.", "b", dt.date(2025, 10, 20))
        assert [c.kind for c in check([a, b]).conflicts] == kinds

    def test_a_rate_in_an_aside_of_a_dated_stop(self) -> None:
        """'Orla Motors, which has three plants that produce about 1,000 cars per day,
        stopped all work on Monday': Monday is the stopping's; the rate is a standing
        figure, so it meets another report's undated '1,000 cars per week'."""
        a = _doc_claims("Orla Motors halts output\n\nOrla Motors, which has three plants in "
                        "Kesh that together produce about 1,000 cars per day, stopped all work "
                        "on Monday after a cyberattack.", "a", dt.date(2026, 3, 12))
        b = _doc_claims("Orla Motors halts output\n\nOrla Motors has three plants in Kesh, "
                        "which together produce 1,000 cars per week.", "b", dt.date(2026, 3, 13))
        assert [c.kind for c in check([a, b]).conflicts] == ["quantity"]

    def test_an_amount_in_words_is_shown_as_written(self) -> None:
        """'dozens' against 'hundreds' missing: the report shows the words, not the 24
        and 200 they are compared at."""
        day = dt.date(2025, 11, 28)
        a = _doc_claims("Fire at Orla Court\n\nThe fire at Orla Court killed at least 128 "
                        "people and dozens are still missing.", "a", day)
        b = _doc_claims("Fire at Orla Court\n\nThe fire at Orla Court killed at least 83 "
                        "people, with hundreds still missing.", "b", day)
        text = render(check([a, b]), "markdown")
        assert "**dozens missing**" in text
        assert "**hundreds missing**" in text
        # the unit written inside the figure's words ("leaving dozens injured")
        a = _doc_claims("Protests in Orla\n\nPolice opened fire on protesters in Orla on "
                        "Monday, killing 19 people and leaving dozens injured.", "a", day)
        b = _doc_claims("Protests in Orla\n\nThe protests in Orla left 19 people dead and "
                        "more than 300 injured.", "b", day)
        assert "| **dozens injured** |" in render(check([a, b]), "markdown")

    @pytest.mark.parametrize(("later", "kinds"), [
        ("The Orla Air jet crashed on Thursday, killing 241 people on board.", ["quantity"]),
        ("The Orla Air jet crashed on Thursday, killing 243 people on board.", []),
        ("The Orla Air jet crashed on Thursday, killing 100 people on board.", []),
        ("The Orla Air jet crashed on Thursday, killing at least 200 people on board.", []),
    ])
    def test_a_death_toll_that_falls_from_one_day_to_the_next(
            self, later: str, kinds: list[str]) -> None:
        """'all 242 people on board have died' on the 12th, '241 people on board' killed
        on the 15th: the dead are only ever found, so a later, smaller exact count is a
        correction an editor must see. A higher count is the tally growing; a count less
        than half, or a hedged one, is more likely a part than a correction."""
        a = _doc_claims("Orla Air crash\n\nAll 242 people on board have died after the "
                        "Orla Air jet crashed on Thursday, police said.", "a",
                        dt.date(2025, 6, 12))
        b = _doc_claims(f"Orla Air crash\n\n{later}", "b", dt.date(2025, 6, 15))
        report = check([a, b])
        assert [c.kind for c in report.conflicts] == kinds
        for conflict in report.conflicts:
            assert conflict.severity == "medium"
            assert "b, published 2025-06-15, gives fewer dead (241 people) than a did on " \
                   "2025-06-12 (242 people)" in conflict.explanation

    def test_the_dead_aboard_are_a_part_of_the_toll(self) -> None:
        """'Of the 242 people on board, 241 were confirmed dead' against a toll of 274
        with the dead on the ground: the dead aboard are a share, not a rival."""
        day = dt.date(2025, 6, 14)
        a = _doc_claims("Orla Air crash\n\nOf the 242 people on board the Orla Air jet, 241 "
                        "were confirmed dead.", "a", day)
        b = _doc_claims("Orla Air crash\n\nThe Orla Air jet crash has killed 274 people.", "b",
                        day)
        assert not [c for c in check([a, b]).conflicts if c.kind == "quantity"]
        b = _doc_claims("Orla Air crash\n\nThe Orla Air jet crashed, killing 240 people on "
                        "board.", "b", day)
        assert _figures(a, b) == [[240.0, 241.0]]

    def test_a_figure_the_article_says_was_first_reported_is_overtaken(self) -> None:
        """'It was initially reported as a 7.5 magnitude earthquake' is the article's own
        history of the reading, whatever the unit; the two later readings still clash."""
        doc = _doc_claims("Quake off Orla\n\nThe EMSC estimated the earthquake's magnitude "
                          "at 8.8. It was initially reported as a 7.5 magnitude earthquake. "
                          "The EMSC indicated the main earthquake's magnitude as 8.7, the "
                          "report stated.")
        (conflict,) = check([doc]).conflicts
        assert sorted(p.value for p in conflict.positions) == [8.7, 8.8]
        assert conflict.event == "magnitude of the earthquake (EMSC)"


    def test_a_plan_an_earlier_report_told_is_overtaken(self) -> None:
        """'Reuters reported that Orlatek was going to lay off 30,000 employees this week …
        it is only laying off 14,000 employees this week': the article's own correction of
        an earlier report, no clash with itself."""
        doc = _doc_claims("Orlatek layoffs\n\nThe other day, Reuters reported that Orlatek "
                          "was going to lay off 30,000 corporate employees this week in Kesh. "
                          "Orlatek is only laying off 14,000 corporate employees this week in "
                          "Kesh.", "a", dt.date(2025, 10, 29))
        assert not check([doc]).conflicts

class TestAnAttackOnTourists:
    """Rules learnt from many reports of one attack: tolls told with asides and idioms,
    a witness's own count, and the support each side of a clash has."""

    def test_a_loose_toll_does_not_join_two_exact_ones_that_clash(self) -> None:
        """'more than 20' agrees with 26 and with 28, but 26 and 28 do not agree: the
        loose figure, in the clash because of a fourth report's 12, must not make 26 and
        28 one figure and hide their disagreement."""
        day = dt.date(2025, 9, 2)
        docs = [_doc_claims("Attack at Varna Meadow\n\nGunmen killed " + toll + " tourists "
                            "at Varna Meadow near Tolva on Tuesday, police said.", name, day)
                for name, toll in (("a", "more than 20"), ("b", "26"), ("c", "28"),
                                   ("d", "12"))]
        (conflict,) = check(docs).conflicts
        assert sorted(p.value for p in conflict.positions) == [12.0, 20.0, 26.0, 28.0]

    def test_a_toll_told_around_an_aside_clashes_and_counts_its_support(self) -> None:
        """'28 people—mostly tourists—were killed' is a toll, against the 26 of three
        other reports, which all back the 26 ('lost their lives', 'left 26 dead'): even
        one a day later, whose undated count is no rival to the 28 of the day before."""
        lead = "Gunmen opened fire on tourists at Varna Meadow near Tolva on Tuesday. "
        docs = [
            _doc_claims(lead + "In the attack at Varna Meadow, 28 people—mostly "
                        "tourists—were killed.", "a"),
            _doc_claims(lead + "In the attack at Varna Meadow, 26 people — mostly tourists "
                        "— were brutally killed.", "b"),
            _doc_claims(lead + "The attack at Varna Meadow left 26 people dead.", "c",
                        dt.date(2026, 3, 15)),
            _doc_claims(lead + "In the attack at Varna Meadow, 26 people lost their lives.", "d"),
        ]
        conflicts = check(docs).conflicts
        assert [(c.kind, sorted(p.value for p in c.positions)) for c in conflicts] == [
            ("quantity", [26.0, 28.0])]
        support = {p.value: p.documents for p in conflicts[0].positions}
        assert support == {26.0: ("b", "c", "d"), 28.0: ("a",)}

    def test_a_witness_count_is_not_the_toll(self) -> None:
        """'My husband was shot in the head. Seven others were injured,' said a survivor:
        what one witness saw, not a rival to the 'over a dozen injured' of a report."""
        lead = "Gunmen opened fire on tourists at Varna Meadow near Tolva on Tuesday. "
        a = _doc_claims(lead + "“My husband was shot in the head. Seven others were "
                        "injured,” said a survivor.", "a")
        b = _doc_claims(lead + "In the attack at Varna Meadow, over a dozen people were "
                        "injured.", "b")
        assert not check([a, b]).conflicts
        c = _doc_claims(lead + "“Seven others were injured,” Inspector Ana Kovac said.", "c")
        assert [x.kind for x in check([b, c]).conflicts] == ["quantity"]

    def test_a_night_runs_into_the_early_next_day(self) -> None:
        """'will return on Tuesday night' and 'will return early Wednesday': one journey."""
        a = _doc_claims("Ana Kovac cut short her visit to Orla and will return to Tolva on "
                        "Tuesday night.", "a", dt.date(2026, 3, 10))
        b = _doc_claims("Ana Kovac cut short her visit to Orla and will return to Tolva "
                        "early Wednesday.", "b", dt.date(2026, 3, 10))
        assert not check([a, b]).conflicts
        c = _doc_claims("Ana Kovac cut short her visit to Orla and will return to Tolva "
                        "late Wednesday.", "c", dt.date(2026, 3, 10))
        assert [x.kind for x in check([a, c]).conflicts] == ["date"]


class TestAQuakeToldHourByHour:
    """Rules learnt from many reports of one quake: parts of the toll, counts overtaken or
    moved to care, aftershocks in the plural, depths in two units and clocks in two zones."""

    _LEAD = "A magnitude 6.0 earthquake struck Tolva province near Orla late on Sunday. "

    def _check(self, a: str, b: str) -> list[tuple[str, list[str]]]:
        docs = [_doc_claims(self._LEAD + a, "a", dt.date(2026, 3, 9)),
                _doc_claims(self._LEAD + b, "b", dt.date(2026, 3, 9))]
        return [(c.kind, sorted(str(p.value) for p in c.positions))
                for c in check(docs).conflicts]

    @pytest.mark.parametrize("part", [
        "Officials in Tolva said 30 people have been killed in just one village.",
        "Officials in Tolva said that earlier it was reported that about 500 people died.",
    ])
    def test_a_part_or_an_overtaken_count_is_no_rival_to_the_toll(self, part: str) -> None:
        """A village's dead and a toll the article says was overtaken are not the toll."""
        assert self._check(part, "Officials in Tolva said the quake killed 800 people.") == []

    def test_the_injured_moved_to_care_are_no_rival_to_the_toll(self) -> None:
        """'Helicopters evacuated 400 injured victims' in Tolva: those flown out, not the toll."""
        assert self._check("In Tolva, helicopters evacuated 400 injured victims.",
                           "In Tolva, the quake injured 2,500 people.") == []
        assert self._check("In Tolva, 400 people were injured.",
                           "In Tolva, the quake injured 2,500 people.") == [
            ("quantity", ["2500.0", "400.0"])]

    @pytest.mark.parametrize("text", [
        "In Tolva, over 90 injured were rushed to the hospital.",
        "In Tolva, 36 injured are undergoing treatment at the medical college.",
        "In Tolva, 132 injured people have been admitted to health centres.",
    ])
    def test_the_injured_in_care_are_no_rival_to_the_toll(self, text: str) -> None:
        """Those rushed to or admitted to hospital, or under treatment at one, are the
        injured some hands moved or treated: a part of the toll, not a rival to it."""
        assert self._check(text, "In Tolva, the quake injured 60 people.") == []

    def test_magnitudes_of_several_aftershocks_are_of_no_one(self) -> None:
        """'at least two aftershocks measuring 5.2' against 'a 4.5 magnitude aftershock'."""
        assert self._check("The USGS recorded at least two aftershocks measuring 5.2 "
                           "magnitude in Tolva.",
                           "A 4.5 magnitude aftershock struck Tolva 20 minutes later.") == []
        assert self._check("A 5.2 magnitude aftershock struck Tolva 20 minutes later.",
                           "A 4.5 magnitude aftershock struck Tolva 20 minutes later.") == [
            ("quantity", ["4.5", "5.2"])]

    def test_a_later_quake_and_a_second_aftershock(self) -> None:
        """'Just 20 minutes later, a 4.5 magnitude earthquake' is the aftershock, not the
        6.0 quake; 'followed by another aftershock, this one of 5.2' is a second one,
        of no one aftershock fact."""
        assert self._check("Just 20 minutes later, a 4.5 magnitude earthquake hit Tolva. "
                           "It was then followed by another aftershock, this one of 5.2 "
                           "magnitude.",
                           "Around 20 minutes after the quake struck, a 4.5-magnitude "
                           "aftershock hit Tolva, later followed by a 5.2-magnitude "
                           "aftershock.") == []
        assert self._check("Just 20 minutes later, a 4.1 magnitude earthquake hit Tolva.",
                           "Around 20 minutes after the quake, a 4.5-magnitude aftershock "
                           "hit Tolva.") == [("quantity", ["4.1", "4.5"])]

    def test_a_quake_of_an_earlier_year_is_another(self) -> None:
        """'less than a year after a 6.3-magnitude earthquake in 2023' recalls another
        quake: its magnitude is no rival to the story's 6.0."""
        assert self._check("This comes after a 6.3-magnitude earthquake in 2023, which "
                           "killed thousands in Tolva.",
                           "The quake in Tolva measured 6.0 magnitude, the USGS said.") == []

    def test_injured_of_two_regions(self) -> None:
        """'330 injured in the regions of Orla and Kesh' and '500 injured in Tolva
        districts' are two places' counts."""
        assert self._check("Officials said around 330 people were injured in the regions "
                           "of Orla and Kesh.",
                           "Officials said 500 have been injured in Tolva districts.") == []

    def test_around_midnight_meets_the_night_before(self) -> None:
        """'around midnight on Monday' and 'on August 31 around 11:45 p.m.' (a Sunday) are
        one moment, and so are 'midnight' and the Sunday itself; '9 a.m. on Monday' is
        not."""
        day = dt.date(2025, 9, 1)

        def slot(text: str) -> Any:
            (claim,) = [c for c in extract_claims(_doc_claims(text, "x", day)) if c.dates]
            return claim.dates[-1]

        midnight = slot("The quake struck Tolva around midnight on Monday.")
        assert compare_dates(midnight, slot("The quake struck Tolva on August 31 around "
                                            "11:45 p.m."))[0] == "compatible"
        assert compare_dates(midnight, slot("The quake struck Tolva on August 31."))[0] \
            == "compatible"
        assert compare_dates(slot("The quake struck Tolva at 9 a.m. on Monday."),
                             slot("The quake struck Tolva on August 31."))[0] == "clash"

    @pytest.mark.parametrize(("first", "second", "relation"), [
        ("shortly after sunrise on Monday", "at around 5:15 p.m. on Monday", "clash"),
        ("on Monday evening", "at around 5:15 p.m. on Monday", "compatible"),
        ("late Monday night", "shortly after sunrise on Monday", "clash"),
        ("late Monday night", "at 1:30 a.m. on Monday", "compatible"),
        ("on Monday afternoon", "on Monday evening", "compatible"),
        ("on Monday afternoon", "on Monday afternoon", "same"),
        ("before dawn on Monday", "at 1:30 a.m. on Monday", "compatible"),
        ("before dawn on Monday", "at around 5:15 p.m. on Monday", "clash"),
    ])
    def test_parts_of_one_day(self, first: str, second: str, relation: str) -> None:
        """A morning and '5:15 p.m.' of one day clash, an evening and '5:15 p.m.' agree; a
        night and a morning of one day clash, but the small hours are often called that
        day's night; an afternoon runs into the evening; 'before dawn' holds the hours
        from midnight."""
        day = dt.date(2025, 9, 1)

        def slot(text: str) -> Any:
            (claim,) = [c for c in extract_claims(_doc_claims(text, "x", day)) if c.dates]
            return claim.dates[-1]

        found = compare_dates(slot(f"The plane crashed in Tolva {first}."),
                              slot(f"The plane crashed in Tolva {second}."))
        assert found[0] == relation
        if relation == "clash":
            assert "different times of it" in found[1]

    def test_three_times_of_one_day_are_one_conflict(self) -> None:
        """'at around 5:15 p.m. Nov. 4', 'late Tuesday night' and 'shortly after sunrise on
        Tuesday' for one crash: one disagreement with three sides, not three."""
        day = dt.date(2025, 11, 5)
        docs = [_doc_claims(f"An Orla Air cargo plane crashed near Tolva {when}, killing "
                            "12 people.", name, day)
                for name, when in (("a", "at around 5:15 p.m. Nov. 4"),
                                   ("b", "late Tuesday night"),
                                   ("c", "shortly after sunrise on Tuesday"))]
        (conflict,) = [c for c in check(docs).conflicts if c.kind == "date"]
        assert sorted(p.value for p in conflict.positions) == [
            "2025-11-04T17:15", "2025-11-04TMO", "2025-11-04TNI"]
        assert conflict.explanation.startswith("The articles give 3 times of 2025-11-04")

    def test_a_depth_in_two_units_is_no_distance(self) -> None:
        """'a shallow depth of just 8 kilometres (5 miles)' is the depth, in two units; it
        is not the '27km (17 miles) east of Orla' of the epicentre."""
        assert self._check("The quake hit Tolva at a shallow depth of just 8 kilometres "
                           "(5 miles).",
                           "The quake hit Tolva some 27km (17 miles) east of Orla.") == []

    def test_a_clock_restated_in_a_zone_its_value_does_not_carry(self) -> None:
        """'around midnight local time (3:30 p.m. ET Sunday)': the bracket restates the
        moment in New York's time, which the value cannot say; it is no second time of
        the quake, to clash with '11:47 p.m. local time' in another report."""
        day = dt.date(2025, 9, 1)
        (claim,) = [c for c in extract_claims(_doc_claims(
            "The USGS said the quake struck Tolva at around midnight local time (3:30 p.m. "
            "ET Sunday).", "x", day)) if c.dates]
        assert [d.value for d in claim.dates] == ["2025-09-01T00:00"]

    def test_clocks_compare_in_one_zone(self) -> None:
        """'11:47 pm local time (19:47 GMT)' against 'at 19:17 GMT': the GMT clocks clash;
        a local clock is never weighed against a GMT one."""
        local_and_gmt = "The quake hit Tolva at 11:47 pm local time (19:47 GMT) on March 8."
        assert self._check(local_and_gmt, "The USGS reported the tremor in Tolva at 19:17 "
                           "GMT on March 8.") == [
            ("date", ["2026-03-08T19:17Z", "2026-03-08T19:47Z"])]
        assert self._check("The quake hit Tolva at 11:47 pm local time on March 8.",
                           "The USGS reported the tremor in Tolva at 19:17 GMT on "
                           "March 8.") == []


class TestQuotedEvents:
    """An event in someone's quoted words is theirs to date."""

    def test_the_date_of_the_telling(self) -> None:
        """'“… since the earthquake struck,” Kovac told a news conference on Jan. 3': Jan. 3
        is when Kovac spoke, not when the quake struck on New Year's Day."""
        a = _doc_claims("The earthquake struck Tolva and Orla on New Year's Day, killing 64 "
                        "people.", "a", dt.date(2026, 1, 2))
        b = _doc_claims("“More than 40 hours have passed since the earthquake struck,” Ana "
                        "Kovac told a news conference in Tolva and Orla on Jan. 3.", "b",
                        dt.date(2026, 1, 3))
        assert not check([a, b]).conflicts
        (told,) = [c for c in extract_claims(b) if c.dates]
        assert told.event is not None
        assert told.event.predicate == "tell"

    def test_a_partial_quote_is_the_narrators_clause(self) -> None:
        """'Kovac said that nearly 40 of them “are so seriously injured …”': a quote woven
        into the sentence completes its clause, so the 40 are injured, and meet 'at least
        41 of those are in a critical condition' elsewhere."""
        doc = _doc_claims("Minister Ana Kovac said that nearly 40 of them \"are so seriously "
                          "injured that we must be very worried about them.\"", "a")
        (claim,) = [c for c in extract_claims(doc) if c.quantities]
        assert claim.event is not None
        assert claim.event.predicate == "injure"


class TestUnitsAndDistances:
    """One figure in two systems of units, and how far one place lies from another."""

    MAR_3 = dt.date(2026, 3, 3)

    @pytest.mark.parametrize(
        ("first", "second", "relation"),
        [
            ("The Tolva is 984 feet long.", "The Tolva is 300 meters long.", "compatible"),
            ("The Tolva is 948 feet long.", "The Tolva is 300 meters long.", "clash"),
            ("Kesh lies 10 km from Orla.", "Kesh lies 6 miles from Orla.", "compatible"),
            ("Kesh lies 40 km from Orla.", "Kesh lies 28 miles from Orla.", "clash"),
            ("The fire burned 2,100 acres.", "The fire burned 850 hectares.", "compatible"),
            ("The gusts hit 150 mph.", "The gusts hit 220 km/h.", "clash"),
            ("The Tolva is 300 meters long.", "The Tolva is 310 tons.", "distinct"),
            ("Turnout was 57 per cent.", "Turnout was 57.76 percent.", "compatible"),
            ("Turnout was 84%.", "Turnout was 82.5%.", "clash"),
            ("Kesh won 28.5% of the vote.", "Kesh won 28.6% of the vote.", "clash"),
            ("Kesh won 29% of the vote.", "Kesh won 28.6% of the vote.", "compatible"),
        ],
    )
    def test_one_figure_in_two_systems(self, first: str, second: str, relation: str) -> None:
        """'984 feet' and '300 meters' are one length, each rounded to its last digit
        ('6 miles' is 10 km); '948 feet' is not 300 meters, nor 28 miles 40 km. A round
        figure ('300') earns less than its place: it is not 250 to 350. Tons convert to
        nothing: short, long or metric? A share agrees with another only if it rounds or
        cuts it to its own last digit: '57 per cent' of '57.76', not '84%' of '82.5%' nor
        '28.5%' of '28.6%'."""
        from claimtrack.compare import compare_quantities
        qa = next(q for c in extract_claims(_doc_claims(first)) for q in c.quantities)
        qb = next(q for c in extract_claims(_doc_claims(second)) for q in c.quantities)
        assert compare_quantities(qa, qb)[0] == relation
        assert compare_quantities(qb, qa)[0] == relation

    def test_a_word_of_praise_counts_the_same_things(self) -> None:
        """'nine priceless pieces' and 'eight pieces', '4 unidentified suspects' and 'three
        suspects': the same things counted, so the figures clash; 'conservative
        lawmakers' are a sort of lawmaker and keep their word."""
        a = _doc_claims("Four suspects stole nine pieces of jewelry from the Orla museum on "
                        "Sunday, police in Kesh said.", "a")
        b = _doc_claims("Three unidentified suspects stole eight priceless pieces of jewelry "
                        "from the Orla museum on Sunday, police in Kesh said.", "b")
        clashes = sorted(sorted((p.value, p.unit) for p in c.positions)
                         for c in check([a, b]).conflicts)
        assert clashes == [[(3.0, "suspects"), (4.0, "suspects")],
                           [(8.0, "pieces"), (9.0, "pieces")]]
        units = [q.unit for c in extract_claims(_doc_claims(
            "In Kesh, 120 conservative lawmakers backed the bill on Sunday.")) for q in c.quantities]
        assert units == ["conservative lawmakers"]

    def test_how_far_one_town_lies_from_another(self) -> None:
        """'Kesh, a town 40km south of Orla' and 'Kesh, about 25 miles south of Orla' give
        one distance in two units and agree; '60 km' clashes with both, as the distance of
        Kesh from Orla, at most of medium severity (by road, or as the crow flies?)."""
        a = _doc_claims("He worked as a doctor in Kesh, a town 40km south of Orla, and ran a "
                        "clinic for Tolva Health.", "a", self.MAR_3)
        b = _doc_claims("Tolva Health said he practiced medicine in Kesh, about 25 miles south "
                        "of Orla.", "b", self.MAR_3)
        assert not check([a, b]).conflicts
        c = _doc_claims("He lived in Kesh, 60 km from Orla, and worked for Tolva Health.", "c",
                        self.MAR_3)
        (conflict,) = check([a, b, c]).conflicts
        assert conflict.event == "distance of Kesh from Orla"
        assert conflict.severity != "high"
        assert "distance of Kesh from Orla" in conflict.explanation
        assert "c" in {d for p in conflict.positions for d in p.documents}

    def test_a_distance_in_two_units_from_a_two_word_place(self) -> None:
        """'about 375km (233 miles) west of New Kesh' gives the distance in both units,
        the bracket between the first figure and its bearing; 'New Kesh' is a place, so
        'nearly 300 miles from New Kesh' is the same distance, and clashes."""
        a = _doc_claims("Police in Tolva, which is located about 375km (233 miles) west of "
                        "New Kesh, arrested him.", "a", self.MAR_3)
        facts = [attribute_of(c, q).fact for c in extract_claims(a) for q in c.quantities
                 if attribute_of(c, q) is not None]
        assert facts == ["distance of tolva from new kesh"] * 2
        b = _doc_claims("Detectives were en route to Tolva, nearly 300 miles from New Kesh, "
                        "to interview him.", "b", self.MAR_3)
        (conflict,) = check([a, b]).conflicts
        assert conflict.event == "distance of Tolva from New Kesh"

    def test_a_depth_in_conflict_leaves_the_magnitude_agreed(self) -> None:
        """'A magnitude 7.1 quake struck Kesh at a depth of 10 km' and '… 7.1 … 35 km':
        the depths clash, and the magnitude both sentences give still agrees."""
        a = _doc_claims("Quake shakes Kesh\n\nA magnitude 7.1 earthquake struck Orla in Kesh "
                        "province at a depth of 10 km on March 2.", "a", self.MAR_3)
        b = _doc_claims("Quake shakes Kesh\n\nA magnitude 7.1 earthquake hit Orla in Kesh "
                        "province on March 2 at a depth of 35 km.", "b", self.MAR_3)
        report = check([a, b])
        assert [c.event.startswith("depth of the earthquake") for c in report.conflicts] \
            == [True]
        assert any(g.event.startswith("magnitude") for g in report.agreements)

    def test_how_far_the_epicentre_lies(self) -> None:
        """'the epicentre was 71 km southwest of Orla' and 'the quake struck about 72 km
        southwest of Orla' agree; '120 km' clashes, whatever verb each sentence uses."""
        a = _doc_claims("The Kesh earthquake's epicentre was 71 km southwest of Orla, the "
                        "Tolva Survey said.", "a", self.MAR_3)
        b = _doc_claims("The Kesh earthquake struck about 72 km southwest of Orla on "
                        "Friday.", "b", self.MAR_3)
        assert not check([a, b]).conflicts
        c = _doc_claims("The Kesh earthquake's epicentre lay 120 km south of Orla.", "c",
                        self.MAR_3)
        (conflict,) = [x for x in check([a, b, c]).conflicts if x.kind == "quantity"]
        assert conflict.event == "distance of the earthquake from Orla"
        assert "both give the distance of the earthquake from Orla" in conflict.explanation


SHARED_TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3-train"


@pytest.mark.parametrize(("text", "fact"), [
    ("The deal beats the record set when Chelsea paid Benfica £106m for midfielder Ana "
     "Kovac in 2023.", "price of kovac"),
    ("Orla United broke their record by signing Ana Kovac from Kesh City for an initial "
     "£69m on Monday.", "price of kovac"),
    ("Orla United's swoop for Ana Kovac (£55m) from Kesh City paved the way on Monday.",
     "price of kovac"),
    ("This fee surpasses the record of £107 million paid for Ana Kovac in 2023.",
     "price of kovac"),
    ("Orla Corp shareholders voted to approve a pay package of about $1 trillion for CEO "
     "Max Hale on Monday.", None),
    # a company bought: the deal, then what it buys; or what is bought, then the deal
    ("Kesh Pacific announced an $85 billion deal Tuesday to buy Orla Rail in a merger.",
     "price of orla rail"),
    ("Kesh Pacific says it's buying Orla Rail in an 85-billion-dollar deal.",
     "price of orla rail"),
    ("Kesh Pacific agreed to acquire Orla Rail Corp. in a cash-and-stock transaction valued "
     "at $85 billion.", "price of orla rail corp"),
])
def test_a_sum_paid_for_one_named_thing_is_its_price(text: str, fact: str | None) -> None:
    """The price of a player or a company is a fact of the story, compared whatever the
    verbs ('paid … for', 'signing … for', a figure in brackets after the name); the club
    sold from is not what was bought, and a pay package buys no one."""
    doc = _doc_claims(text, "a", dt.date(2025, 9, 2))
    facts = {(found.fact if found else None) for c in extract_claims(doc)
             for q in c.quantities if q.kind == "money"
             for found in [attribute_of(c, q)]}
    assert facts == {fact}


def test_two_prices_for_one_player_clash() -> None:
    """'Yoane Wissa (£55m) from Brentford' against 'signing … Yoane Wissa from Brentford
    for £50m': one fee told two ways, medium at most (add-ons)."""
    day = dt.date(2025, 9, 2)
    a = _doc_claims("Isak joins Liverpool\n\nBut Newcastle's double striker swoop for "
                    "Stuttgart's Nick Woltemade (£69m) and Yoane Wissa (£55m) from Brentford "
                    "has paved the way for Isak to get his wish.", "a", day)
    b = _doc_claims("Isak joins Liverpool\n\nNewcastle broke the club record by signing Nick "
                    "Woltemade from Stuttgart for an initial £69m and then Yoane Wissa from "
                    "Brentford for £50m.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "price of Yoane Wissa"
    assert conflict.severity == "medium"
    assert sorted(p.value for p in conflict.positions) == [50e6, 55e6]


@pytest.mark.parametrize(("fee", "values"), [("£116m", []), ("£120m", [[100e6, 120e6]])])
def test_a_sentence_that_gives_both_figures_contradicts_neither(
        fee: str, values: list[list[float]]) -> None:
    """'Liverpool's £100m signing of Florian Wirtz … will rise to £116m should add-ons be
    achieved' against 'Liverpool's record signing of £116m for Florian Wirtz': the first
    report gives both figures. Against £120m it still clashes."""
    day = dt.date(2025, 9, 2)
    a = _doc_claims("Isak joins Liverpool\n\nThe deal beats the previous record set when "
                    "Chelsea paid Benfica £106m for Enzo Fernandez in 2023, although "
                    "Liverpool's £100m signing of German playmaker Florian Wirtz earlier this "
                    "summer will rise to £116m should add-ons be achieved.", "a", day)
    b = _doc_claims("Isak joins Liverpool\n\nHe trumps the previous British transfer record "
                    "that Chelsea paid for Moises Caicedo two years ago, also eclipsing "
                    f"Liverpool’s record signing of {fee} for Florian Wirtz earlier this "
                    "summer.", "b", day)
    assert _figures(a, b) == values


def test_city_crowds_are_compared_city_by_city() -> None:
    """'In Philadelphia, some 80,000 people rallied' against 'In Philadelphia, 100,000
    people rallied, and in Los Angeles between 100,000 and 150,000 people marched': the
    clause's opening place holds its count, so Philadelphia meets Philadelphia (and a
    rally is a march is a protest); Los Angeles' count is another city's."""
    day = dt.date(2025, 10, 20)
    a = _doc_claims("No Kings\n\nIn Philadelphia, some 80,000 people rallied. In Los "
                    "Angeles, more than 200,000 people marched.", "a", day)
    b = _doc_claims("No Kings\n\nIn Philadelphia, 100,000 people rallied, and in Los Angeles "
                    "between 100,000 and 150,000 people marched.", "b", day)
    assert sorted(_figures(a, b)) == [[80e3, 100e3], [100e3, 200e3]]
    assert "**80,000 people**" in render(check([a, b]), "markdown")


def test_one_article_may_date_two_waves_of_protest() -> None:
    """'The Oct. 18 protests drew 2 million more participants than the June 2025 No Kings
    rallies': two waves, months apart, in one article; no slip."""
    doc = _doc_claims("No Kings\n\nNearly 7 million people attended No Kings rallies on Oct. "
                      "18, 2025 across 2,700 sites. The Oct. 18 protests drew 2 million more "
                      "participants than the June 2025 No Kings rallies, which had 5 million "
                      "attendees.", "a", dt.date(2025, 10, 20))
    assert not [c for c in check([doc]).conflicts if c.kind == "date"]


def test_a_vote_by_so_many_votes_to_so_many() -> None:
    """'by 364 votes to 194' and 'by 384 votes to 194': one vote, two splits."""
    day = dt.date(2025, 9, 8)
    a = _doc_claims("Bayrou falls\n\nThe National Assembly rejected the motion of confidence "
                    "in Bayrou's government by 364 votes to 194 on Monday.", "a", day)
    b = _doc_claims("Bayrou falls\n\nThe National Assembly rejected the motion of confidence "
                    "in Bayrou's government by 384 votes to 194 on Monday.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert sorted(p.value for p in conflict.positions) == [364.0, 384.0]
    assert conflict.event.startswith("split of the vote of the assembly")


def test_votes_in_favour_are_the_split_whatever_the_verb() -> None:
    """'Congress removed Kovac with 124 votes in favor' against 'legislators proceeded
    with the impeachment, securing 123 votes in favor': one vote of one legislature, two
    tallies, though one sentence removes and the other secures."""
    day = dt.date(2025, 10, 10)
    a = _doc_claims("Orla's Congress ousts President Ana Kovac\n\nAna Kovac did not "
                    "appear, clearing the way for Congress to push through the removal with "
                    "124 votes in favor and no dissenting votes.", "a", day)
    b = _doc_claims("Orla's Congress ousts President Ana Kovac\n\nAna Kovac did not appear "
                    "before Congress to defend herself, and legislators proceeded with a swift impeachment, "
                    "securing 123 votes in favor.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert sorted(p.value for p in conflict.positions) == [123.0, 124.0]
    assert conflict.event.startswith("split of the vote of the parliament")
    texts = {"a": a.text, "b": b.text}
    assert sorted(texts[p.claim.document_id][p.value_start : p.value_end]
                  for p in conflict.positions) == ["123 votes in favor", "124 votes in favor"]


def test_two_holidays_named_for_one_attack_clash() -> None:
    """'an attack on New Year's Eve' against 'an attack on New Year's morning', in reports
    published on two days: each names its day of the year, as 'Dec. 31' and 'Jan. 1' do,
    so the two days clash in the words, not in how two publication dates were read."""
    a = _doc_claims("Truck attack in Kesh\n\nA horrific attack on New Year’s Eve in Kesh "
                    "left 15 people dead after Ivo Tolvan drove a truck into a crowd on "
                    "Varna Street.", "a", dt.date(2025, 1, 3))
    b = _doc_claims("Truck attack in Kesh\n\nA horrific attack on New Year’s morning in "
                    "Kesh left at least 15 people dead when Ivo Tolvan drove a truck through "
                    "a crowd on Varna Street.", "b", dt.date(2025, 1, 2))
    (conflict,) = check([a, b]).conflicts
    assert sorted(str(p.value) for p in conflict.positions) == ["2024-12-31", "2025-01-01TMO"]


def test_a_victory_parade_is_dated_as_a_parade() -> None:
    """'after Sunday's Kesh FC victory parade turned to horror … – today people are
    urged' against 'during Kesh's title-winning parade on Monday': the parade's day,
    not the win's, and not the day of the urging after the dash."""
    a = _doc_claims("Kesh parade horror\n\nA huge clean-up takes place in Kesh after "
                    "Sunday’s Kesh FC victory parade turned to horror when a car ploughed "
                    "through the crowd causing multiple injuries – today people are urged to "
                    "‘take care of one another’.", "a", dt.date(2025, 5, 27))
    b = _doc_claims("Kesh parade horror\n\nPolice have charged a 53-year-old man after a "
                    "car collided with a crowd of people during Kesh FC’s title-winning "
                    "parade on Monday.", "b", dt.date(2025, 5, 29))
    (conflict,) = check([a, b]).conflicts
    assert conflict.event.startswith("parade")
    assert sorted(str(p.value) for p in conflict.positions) == ["2025-05-25", "2025-05-26"]


def test_another_count_in_one_article_is_no_rival() -> None:
    """'Two people are being treated for serious injuries. Another 20 people were treated
    for injuries at the scene': the article counts more people, not the same ones twice."""
    a = _doc_claims("Kesh parade horror\n\nA car ploughed into fans in Kesh on Monday. Two "
                    "people, including one child, are being treated for serious injuries. "
                    "Another 20 people were treated for injuries at the scene.", "a",
                    dt.date(2025, 5, 27))
    assert _figures(a) == []


def test_the_toll_of_the_attack_avenged_is_no_toll_of_the_strikes() -> None:
    """Strikes on May 7 avenge an attack of April 22 that killed 26: one report dates the
    26 to April 22, another recalls 'the recent terror attack in Tolva, where 26 people
    were killed' undated, a third counts 'over 80 fighters killed' in the strikes of May 7
    and recalls 'the April 22 terror attack'. The 26 are the attack's, not a rival toll
    of the strikes, and the attack's day is no rival to the strikes' day."""
    day = dt.date(2025, 5, 7)
    a = _doc_claims("Orla strikes Kesh\n\nOrla launched strikes on Kesh territory on "
                    "Wednesday, in response to an attack on Orla tourists in Tolva on April "
                    "22 that killed 26 people.", "a", day)
    b = _doc_claims("Orla strikes Kesh\n\nOperation Varna, which comes in response to the "
                    "recent terror attack in Tolva, where 26 people were killed, targeted "
                    "nine sites in Kesh.", "b", day)
    c = _doc_claims("Orla strikes Kesh\n\nOver 80 fighters were reportedly killed in a "
                    "series of attacks carried out by Orla forces on camps across Kesh and "
                    "Tolva early on May 7, Wednesday. Operation Varna comes in retaliation "
                    "to the April 22 terror attack in Tolva.", "c", day)
    assert not check([a, b, c]).conflicts


def test_one_of_several_deeds_counts_a_part_of_their_toll() -> None:
    """'One of the missiles hit a mosque, killing a child and injuring two others': what
    one missile did is part of the strikes' toll, no side of the clash between 35 and 46
    injured."""
    day = dt.date(2025, 5, 7)
    a = _doc_claims("Strikes on Kesh\n\nOrla's missile strikes on Wednesday killed at least "
                    "eight people in Kesh, officials in Varna said. Two people are missing, "
                    "while 35 are injured. One of the missiles hit a mosque, killing a child "
                    "and injuring two others.", "a", day)
    b = _doc_claims("Strikes on Kesh\n\nAccording to Kesh's armed forces in Varna, Orla's "
                    "missile strikes on Wednesday killed 26 individuals and injured 46.", "b",
                    day)
    assert _figures(a, b) == [[35.0, 46.0]]


def test_the_minute_of_one_goal_told_two_ways() -> None:
    """'setting up Ivo Tolvan for the fourth in the 73rd minute' against 'Tolvan curled in a
    fourth on 78 minutes': one goal, two minutes; the third goal's minute, given once,
    clashes with nothing."""
    day = dt.date(2025, 5, 31)
    a = _doc_claims("Orla United thrash Kesh 5-0\n\nAna Kovac turned provider again for "
                    "Orla United, setting up Ivo Tolvan for the fourth in the 73rd minute. "
                    "Kovac scored the third after 63 minutes.", "a", day)
    b = _doc_claims("Orla United thrash Kesh 5-0\n\nIvo Tolvan curled in a fourth on 78 "
                    "minutes after a sweeping counter by Orla United against Kesh.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event.startswith("minute of the fourth goal")
    assert sorted(p.value for p in conflict.positions) == [73.0, 78.0]
    assert "73rd minute" in render(check([a, b]), "markdown")


def test_the_crowds_at_two_finals_weeks_apart_are_two_crowds() -> None:
    """Orla FC's two finals, reported six weeks apart: 70,000 fans at one and a crowd of
    81,118 at the other are two matches' crowds; the same final's two crowds clash."""
    a = _doc_claims("Orla FC win the cup\n\nAna Kovac lifted the trophy as Orla FC beat "
                    "Kesh 5-0 in front of 70,000 fans.", "a", dt.date(2025, 5, 31))
    b = _doc_claims("Orla FC lose the final\n\nAna Kovac and Orla FC lost 3-0 to Tolva "
                    "before a crowd of 81,118.", "b", dt.date(2025, 7, 14))
    assert _figures(a, b) == []
    c = _doc_claims("Orla FC win the cup\n\nAna Kovac lifted the trophy as Orla FC beat "
                    "Kesh 5-0 before a crowd of 81,118.", "c", dt.date(2025, 6, 1))
    assert _figures(a, c) == [[70e3, 81118.0]]


def test_a_jet_that_skidded_and_one_that_overran_had_one_accident() -> None:
    """'skidded off the runway while landing at Varna on Monday evening' against 'overran
    the runway at Varna late on Sunday': one accident (skid, overshoot and overrun are
    crashes), its day told two ways; the date is the skid's, not the landing's."""
    day = dt.date(2026, 3, 3)
    a = _doc_claims("Kesh Air jet skids\n\nA Kesh Air jet skidded off the runway while "
                    "landing at Varna International Airport on Monday evening, injuring 14 "
                    "people, airport officials said.", "a", day)
    b = _doc_claims("Plane overruns runway\n\nA Kesh Air Airbus A320 carrying 178 people "
                    "overran the runway at Varna International Airport late on Sunday, "
                    "leaving 17 people injured.", "b", day)
    dates = [c for c in check([a, b]).conflicts if c.kind == "date"]
    assert [sorted(str(p.value) for p in c.positions) for c in dates] == [
        ["2026-03-01", "2026-03-02TEV"]]


def test_a_profit_that_fell_and_one_that_dropped_is_one_fall() -> None:
    """'net profit fell 12% to €1.2 billion in the third quarter' against 'third-quarter
    net profit dropped 21% to 1.2 billion euros': one fall, two percentages."""
    a = _doc_claims("Tolva Bank cuts jobs\n\nTolva Bank said its net profit fell 12% to €1.2 "
                    "billion in the third quarter.", "a", dt.date(2026, 10, 23))
    b = _doc_claims("Tolva Bank sheds roles\n\nTolva Bank said third-quarter net profit "
                    "dropped 21% to 1.2 billion euros.", "b", dt.date(2026, 10, 22))
    assert _figures(a, b) == [[12.0, 21.0]]
    (conflict,) = check([a, b]).conflicts
    assert conflict.event.startswith("profit fall")  # what fell, in the title


@pytest.mark.parametrize(("first", "second", "fact"), [
    ("was jailed for taking $3.4 million in bribes from construction firms",
     "was found guilty of accepting $4.3 million in kickbacks from builders",
     "sum of the bribes"),
    ("was sentenced for embezzling $12 million from the Kesh pension fund",
     "was sentenced after being found guilty of embezzling $21 million from the Kesh "
     "pension fund", "sum embezzled"),
])
def test_the_sum_of_a_graft_case_whatever_the_verb(first: str, second: str,
                                                    fact: str) -> None:
    """'taking $3.4 million in bribes' against 'accepting $4.3 million in kickbacks', and
    'embezzling $12 million' against 'found guilty of embezzling $21 million': one sum,
    though one sentence's verb is the sentencing and the other's the finding."""
    day = dt.date(2026, 5, 12)
    a = _doc_claims(f"Tolvan jailed\n\nIvo Tolvan, the former mayor of Kesh, {first}.", "a",
                    day)
    b = _doc_claims(f"Tolvan jailed\n\nIvo Tolvan, the former mayor of Kesh, {second}.",
                    "b", day)
    (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "quantity"]
    assert conflict.event.startswith(fact)


def test_one_winners_share_of_the_vote_told_two_ways() -> None:
    """'Ivo Hale won Orla's presidential election on Sunday with 58.2% of the vote'
    against 'winning 52.8% of the vote against 39.1% for Ana Kovac': Hale's share, not
    Orla's, told two ways; Kovac's 39.1% is hers and agrees with the other report's."""
    day = dt.date(2026, 4, 13)
    a = _doc_claims("Hale wins Orla presidency\n\nIvo Hale won Orla's presidential election "
                    "on Sunday with 58.2% of the vote, the electoral commission said. His "
                    "rival Ana Kovac took 39.1%.", "a", day)
    b = _doc_claims("Hale elected Orla president\n\nIvo Hale was elected president of Orla "
                    "on Sunday, winning 52.8% of the vote against 39.1% for Ana Kovac, "
                    "according to official results.", "b", day)
    assert _figures(a, b) == [[52.8, 58.2]]
    claims = [c for c in extract_claims(b) if c.quantities]
    assert [(q.span.text, q.holder.key if q.holder else None)
            for c in claims for q in c.quantities] == [("52.8%", "hale"), ("39.1%", "kovac")]


def test_an_archive_of_one_companys_news_tells_many_events() -> None:
    """A feed of one company's news over years: undated job cuts of articles published
    years apart, a launch 'today' in June against one 'in February' in April, and sales
    that 'dropped 18% last year' against 'fell 35% in January' are each their own news,
    not one event told two ways; the same cut told days apart still clashes."""
    a = _doc_claims("Kesh Motors to cut jobs\n\nKesh Motors plans to cut 30,000 jobs and "
                    "close 12 plants.", "a", dt.date(2006, 1, 27))
    b = _doc_claims("Kesh Motors to cut jobs at Orla\n\nKesh Motors is to cut 10,000 jobs at "
                    "its Orla unit.", "b", dt.date(2009, 11, 5))
    assert _figures(a, b) == []
    c = _doc_claims("Kesh Motors to cut jobs\n\nKesh Motors plans to cut 25,000 jobs and "
                    "close 12 plants.", "c", dt.date(2006, 1, 30))
    assert _figures(a, c) == [[25e3, 30e3]]
    d = _doc_claims("Kesh phone\n\nKesh Mobile today launched a new version of its Orla "
                    "phone.", "d", dt.date(2008, 6, 9))
    e = _doc_claims("Kesh phone\n\nKesh Mobile launched a new version of its Orla phone in "
                    "February.", "e", dt.date(2008, 4, 9))
    assert not [c.kind for c in check([d, e]).conflicts]
    f = _doc_claims("Car sales slump\n\nCar sales in Orla dropped 18% last year. Car sales "
                    "in Orla fell as much as 35% in January.", "f", dt.date(2009, 2, 3))
    assert not [c.kind for c in check([f]).conflicts]


def test_a_crash_during_a_storm_kills_its_own_dead() -> None:
    """'a relief helicopter crashed on Varna island, killing six personnel' in a report
    on Typhoon Kesh that also gives the storm's toll: the crash's six are not a third
    figure of the storm's dead (66 against 85)."""
    day = dt.date(2025, 11, 5)
    a = _doc_claims("Typhoon Kesh kills 66\n\nTyphoon Kesh has left a path of destruction "
                    "across Orla, claiming 66 lives, officials said. Meanwhile, the Orla "
                    "military confirmed that a relief helicopter crashed on Varna island, "
                    "killing six personnel.", "a", day)
    b = _doc_claims("Typhoon Kesh kills 85\n\nTyphoon Kesh has claimed at least 85 lives "
                    "across Orla, officials said on Wednesday.", "b", day)
    assert _figures(a, b) == [[66.0, 85.0]]


def test_two_quakes_told_of_by_one_agency_are_two_quakes() -> None:
    """Two quakes in two countries, each reported 'the United States Geological Survey
    (USGS) said': the agency that tells of them names neither, and its acronym and full
    name are one name, not two shared ones; their aftershocks do not clash."""
    a = _doc_claims("Quake in Orla\n\nA 6.0 quake struck Orla's Kesh province on Sunday "
                    "night, the United States Geological Survey (USGS) said. Around 20 minutes "
                    "later, a 4.5-magnitude aftershock hit the same region, according to USGS.",
                    "a", dt.date(2025, 9, 1))
    b = _doc_claims("Quake in Tolva\n\nA devastating magnitude 7.7 earthquake struck Tolva "
                    "on Friday, the United States Geological Survey (USGS) said. Merely ten "
                    "minutes later, the region was struck by a magnitude 6.4 aftershock.", "b",
                    dt.date(2025, 3, 29))
    assert not check([a, b]).conflicts
    claims = [c for d in (a, b) for c in extract_claims(d)]
    assert canonical_keys(claims)["usgs"] == "united states geological survey"


def test_a_datelines_capitals_are_no_acronym() -> None:
    """'KESHTOWN —' opening two reports: the title names Keshtown, as an acronym such as
    'EMSC' keeps its capitals."""
    day = dt.date(2025, 6, 12)
    a = _doc_claims("KESHTOWN — An Orla Air jet crashed in Keshtown on Monday, killing 12 "
                    "people.", "a", day)
    b = _doc_claims("KESHTOWN — An Orla Air jet crashed in Keshtown on Monday, killing 14 "
                    "people.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "people dead (Keshtown, Orla Air)"
    a = _doc_claims("An Orla Air helicopter crashed in Agusan del Sur on Tuesday, killing 12 "
                    "people.", "a", day)
    b = _doc_claims("An Orla Air helicopter crashed in Agusan del Sur on Tuesday, killing 14 "
                    "people.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "people dead (Agusan del Sur, Orla Air)"


@pytest.mark.parametrize(("day", "kinds"), [("22 July 2025", []), ("20 July 2025", ["date"])])
def test_a_quoted_this_morning_is_the_day_of_the_statement(day: str, kinds: list[str]
                                                           ) -> None:
    """'“… has passed away this morning,” the family said in a statement', republished
    on the 23rd, against 'passed away on 22 July 2025': the statement was made the day
    before; its 'this morning' is no rival. Two days apart it still clashes."""
    pub = dt.date(2025, 7, 23)
    a = _doc_claims("Kovac dies at 76\n\n“Our beloved Ana Kovac has passed away this "
                    "morning,” the family said in a statement.", "a", pub)
    b = _doc_claims(f"Kovac dies at 76\n\nAna Kovac passed away on {day} at her Orla home.",
                    "b", pub)
    assert [c.kind for c in check([a, b]).conflicts] == kinds


def test_whom_a_death_befell_is_no_actor() -> None:
    """'Ana Kovac … passed away' and 'Dr. Ana Kovac, Messenger of Peace and Founder of
    the Kovac Institute has passed away': whoever each names before the verb died; no
    one did it, so there is no clash over who did."""
    day = dt.date(2025, 10, 1)
    a = _doc_claims("Ana Kovac, the renowned Orla primatologist, passed away on Wednesday, "
                    "October 1, 2025, at the age of 91, as announced by the Kovac Institute.",
                    "a", day)
    b = _doc_claims("The Kovac Institute said on Wednesday, October 1, 2025, that Dr. Ana "
                    "Kovac, Messenger of Peace and Founder of the Kovac Institute has passed "
                    "away.", "b", day)
    assert not check([a, b]).conflicts


def test_a_headline_and_a_body_that_clash_alike_are_one_conflict() -> None:
    """'17 injured' in one headline against '18 injured' in another, and the bodies'
    'injuring 17 passengers and crew' against 'At least 18 individuals were injured':
    the names differ (Kesh, Kesh International Airport), the disagreement is one."""
    day = dt.date(2025, 2, 17)
    a = _doc_claims("Orla plane flips at Kesh airport, 17 injured in windy landing\n\nAn "
                    "Orla Air flight operated by Tolva Air flipped upside down during a landing "
                    "at Kesh International Airport on Monday, injuring 17 passengers and crew.",
                    "a", day)
    b = _doc_claims("Orla Air jet turns turtle on landing at Kesh airport, 18 injured\n\nAt "
                    "least 18 individuals were injured when an Orla Air jet, operated by Tolva "
                    "Air, flipped upside down upon landing at Kesh International Airport on "
                    "Monday.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert sorted(p.value for p in conflict.positions) == [17.0, 18.0]
    assert "(even the ranges their wording allows do not overlap)" in conflict.explanation


def test_the_toll_of_an_attack_retaliated_for_is_not_the_strikes_toll() -> None:
    """'in retaliation for a recent attack in Kesh-controlled Orla that killed 26 people'
    and, in the same article, 'the Orla strikes resulted in at least 31 deaths': two
    events, two tolls."""
    doc = _doc_claims("Orla conducted airstrikes on targets in Kesh early on May 7, in "
                      "retaliation for a recent attack in Kesh-controlled Tolva that killed "
                      "26 people.\n\nKesh reported that the Orla strikes resulted in at least "
                      "31 deaths and 57 injuries.", "a", dt.date(2025, 5, 7))
    assert not check([doc]).conflicts


class TestPlacesOfAToll:
    """One agency's counts for several districts, told by two reports."""

    DAY = dt.date(2025, 8, 16)

    def test_each_place_is_a_conflict_of_its_own(self) -> None:
        """'Shangla reported 36 deaths' against 37, and Buner's 204 deaths against '208
        lives lost': two disagreements, each named by its place, not one of four figures
        joined by the agency both cite."""
        a = _doc_claims("Kesh floods\n\nBuner has emerged as the hardest-hit district, "
                        "with 204 deaths recorded in the past 48 hours, a PDMA situation "
                        "report said. Other districts have also suffered heavy losses: "
                        "Shangla reported 36 deaths, Mansehra 23, according to the PDMA.",
                        "a", self.DAY)
        b = _doc_claims("Kesh floods\n\nBuner was the worst-affected district in the "
                        "province with 208 lives lost in the past 48 hours, according to a "
                        "PDMA situation report. According to a PDMA report seen earlier "
                        "today, Shangla reported 37 deaths, Mansehra 23.", "b", self.DAY)
        found = sorted((c.event, sorted(p.value for p in c.positions))
                       for c in check([a, b]).conflicts)
        assert found == [("people dead (in Buner)", [204.0, 208.0]),
                         ("people dead (in Shangla)", [36.0, 37.0])]

    def test_a_district_that_suffered_the_worst_counts_its_own(self) -> None:
        """'Reports indicate that the Tolva District has suffered the most severe impact,
        with 51 confirmed deaths and an alarming 67 people still unaccounted for': Tolva's
        missing, not a rival to the nation's 130 missing."""
        a = _doc_claims("Cyclone Orla batters Kesh\n\nThe full extent of Cyclone Orla is "
                        "becoming clear in Kesh, where the death toll has climbed to 123.\n\n"
                        "Official reports indicate that the Tolva District has suffered the "
                        "most severe impact, with 51 confirmed deaths and an alarming 67 "
                        "people still unaccounted for.", "a", self.DAY)
        b = _doc_claims("Cyclone Orla devastates Kesh, leaving over 120 dead\n\nMore than "
                        "120 people have died and over 130 remain missing after Cyclone Orla "
                        "battered Kesh, the Disaster Management Centre said on Saturday.",
                        "b", self.DAY)
        assert check([a, b]).conflicts == ()

    def test_a_tally_that_surges_is_in_progress_a_result_is_not(self) -> None:
        """'the death toll surged to 332' against 'stood at 327': a count in progress;
        'Q3 revenue surged to $57.01bn' against '$570.1 billion' is still a clash."""
        a = _doc_claims("Kesh floods\n\nThe death toll from the floods in Kesh surged to "
                        "332 on Saturday, officials said.", "a", self.DAY)
        b = _doc_claims("Kesh floods\n\nThe death toll from the floods in Kesh stood at "
                        "327 on Saturday, officials said.", "b", self.DAY)
        assert check([a, b]).conflicts == ()
        lead = ("Shares of Orlatek rose in Kesh on Thursday after Orlatek reported results. ")
        c = _doc_claims("Orlatek beats forecasts in Kesh\n\n" + lead + "Q3 revenue surged "
                        "to $57.01bn, vs. $54.92bn expected.", "c", self.DAY)
        d = _doc_claims("Orlatek Reports Q3 Results in Kesh\n\n" + lead + "Revenue reached "
                        "$570.1 billion, exceeding expectations of $549.2 billion.", "d",
                        self.DAY)
        assert [x.kind for x in check([c, d]).conflicts] == ["quantity"]


class TestTheCrowd:
    """The people who watched an event: a fact of the event, however it is worded."""

    def test_the_n_year_old_is_the_sentence_subject(self) -> None:
        """'Kovac opened the scoring, and the 22-year-old made no mistake' against 'Kovac,
        23, netted twice': two ages of one player."""
        day = dt.date(2025, 7, 14)
        a = _doc_claims("Kesh win final\n\nAna Kovac opened the scoring in the 22nd minute, "
                        "and the 22-year-old made no mistake.", "a", day)
        b = _doc_claims("Kesh win final\n\nAna Kovac, 23, netted twice in the opening "
                        "half-hour.", "b", day)
        (conflict,) = check([a, b]).conflicts
        assert conflict.alignment.predicate == "age of kovac"
        assert sorted(p.value for p in conflict.positions) == [22.0, 23.0]

    def test_two_sizes_of_one_crowd_clash(self) -> None:
        """'in front of 81,118 fans' against 'before a crowd of 81,188': one crowd, two
        figures; the score '3-0' counts nothing."""
        day = dt.date(2025, 7, 14)
        a = _doc_claims("Kesh win final\n\nKesh beat Orla 3-0 in the final at Varna Stadium "
                        "on Sunday, in front of 81,118 fans.", "a", day)
        b = _doc_claims("Kesh win final\n\nKesh beat Orla 3-0 at Varna Stadium before a "
                        "crowd of 81,188.", "b", day)
        (conflict,) = check([a, b]).conflicts
        assert conflict.event == "the size of the crowd"
        assert sorted(p.value for p in conflict.positions) == [81118.0, 81188.0]

    def test_two_actors_of_one_meeting_when_the_name_is_styled_two_ways(self) -> None:
        """'Army Secretary Ana Kovac met with Zelenskyy in Kyiv on November 20' and 'the
        plan, presented to Zelensky on November 20 by Army Secretary Max Hale during a
        meeting in Kyiv': Zelenskyy and Zelensky are one man (AP's and others' style),
        an Army Secretary is a person, not the Army, and the two reports credit the one
        meeting to two secretaries."""
        day = dt.date(2025, 11, 22)
        a = _doc_claims("Orla plan\n\nU.S. Army Secretary Ana Kovac met with Zelenskyy in "
                        "Kyiv on November 20 to discuss the draft.", "a", day)
        b = _doc_claims("Orla plan\n\nThe plan, reportedly presented to Zelensky on "
                        "November 20, 2025, by U.S. Army Secretary Max Hale during a meeting "
                        "in Kyiv, requires concessions.", "b", day)
        (conflict,) = [c for c in check([a, b]).conflicts if c.kind == "attribution"]
        assert {p.value for p in conflict.positions} == {
            "U.S. Army Secretary Ana Kovac", "U.S. Army Secretary Max Hale"}


class TestANameSpelledTwoWays:
    """A person's surname with a slip, after the same given name, in one story."""

    DAY = dt.date(2025, 10, 10)

    @staticmethod
    def _report(*surnames: str) -> Report:
        docs = [_doc_claims(f"Orla prize\n\nThe Orla Prize was awarded on Friday to Ana "
                            f"Kovac, committee chair Jorgen Watne {surname} said in Tolva.",
                            f"d{n}", TestANameSpelledTwoWays.DAY)
                for n, surname in enumerate(surnames)]
        return check(docs)

    def test_a_swap_of_two_letters_is_reported_with_the_usual_spelling(self) -> None:
        """'Frydnes' in two reports and 'Frydens' in a third: one person, one slip; the
        conflict puts the spelling more documents write first."""
        conflicts = self._report("Frydnes", "Frydens", "Frydnes").conflicts
        (conflict,) = [c for c in conflicts if c.kind == "name"]
        assert [p.value for p in conflict.positions] == ["Frydnes", "Frydens"]
        assert [p.documents for p in conflict.positions] == [("d0", "d2"), ("d1",)]
        assert "one slip of the keyboard apart" in conflict.explanation

    @pytest.mark.parametrize("other", ["Frydnes", "Göncz", "Smyth", "Zelenskiy"])
    def test_no_slip_no_conflict(self, other: str) -> None:
        """The same spelling, an umlaut written out ('Göncz', 'Goencz'), a Slavic ending
        in another agency's style ('Zelenskiy', 'Zelensky') and surnames more than one
        slip apart are no finding."""
        first = {"Göncz": "Goencz", "Smyth": "Smithers", "Zelenskiy": "Zelensky"}.get(
            other, other)
        assert [c for c in self._report(first, other).conflicts if c.kind == "name"] == []

    def test_two_people_of_one_name_in_unrelated_reports(self) -> None:
        """'Ana Hansen' in a report on Orla and 'Ana Hanson' in one on Kesh that share
        no other name: maybe two people, no finding."""
        a = _doc_claims("Orla vote\n\nOrla mayor Ana Hansen won 60% of the vote in Tolva "
                        "on Friday.", "a", self.DAY)
        b = _doc_claims("Kesh bridge\n\nKesh engineer Ana Hanson said the Varna bridge cost "
                        "$40 million.", "b", self.DAY)
        assert [c for c in check([a, b]).conflicts if c.kind == "name"] == []

    def test_a_sentence_that_states_only_the_name_is_read(self) -> None:
        """'Jorgen Watne Frydens, the committee chair, praised Ana Kovac' states no date,
        figure or quote, yet its spelling of the name is checked; the report lists the
        sentence among its claims, as every conflict's claims are."""
        a = self._report("Frydnes").documents[0]
        b = _doc_claims("Orla prize\n\nJorgen Watne Frydens, the committee chair, praised "
                        "Ana Kovac for her courage in Tolva.", "b", self.DAY)
        report = check([a, b])
        (conflict,) = [c for c in report.conflicts if c.kind == "name"]
        assert [p.value for p in conflict.positions] == ["Frydens", "Frydnes"]
        cited = {p.claim.id for p in conflict.positions}
        assert cited <= {c.id for c in report.claims}
        assert [c.kind for c in report.claims if c.document_id == "b"] == ["event"]

    def test_a_place_and_its_people_are_no_slip(self) -> None:
        """'Sri Lanka' and 'Sri Lankan', 'Saudi Arabia' and 'Saudi Arabian': a state and
        its adjective, neither of them a person."""
        a = _doc_claims("Orla storm\n\nThe storm hit Sri Lanka and Saudi Arabia on Friday, "
                        "killing 12 people in Tolva and Kesh.", "a", self.DAY)
        b = _doc_claims("Orla storm\n\nSri Lankan and Saudi Arabian officials met in Tolva "
                        "and Kesh to plan the relief.", "b", self.DAY)
        report = check([a, b])
        assert [c for c in report.conflicts if c.kind == "name"] == []
        keys = {(m.key, m.kind) for c in report.claims for m in c.participants}
        assert {("sri lanka", "other"), ("saudi arabia", "other")} <= keys

    @pytest.mark.parametrize(("givens", "slip"), [
        (("Michael", "Michael", "Micael"), ("Michael", "Micael")),
        (("Michael", "Micheal"), ("Michael", "Micheal")),
        # how transliterations differ: a vowel, a y, a doubled letter
        (("Ahmad", "Ahmed"), None),
        (("Sergey", "Sergei"), None),
        (("Mohamed", "Mohammed"), None),
    ])
    def test_a_given_name_one_slip_apart_before_one_surname(
            self, givens: tuple[str, ...], slip: tuple[str, str] | None) -> None:
        """'Col. Michael Tolvanirina' in two reports and 'Micael Tolvanirina' in a third:
        the given name has the slip; 'Ahmad' and 'Ahmed' are one name transliterated two
        ways, no finding."""
        docs = [_doc_claims(f"Orla coup\n\nColonel {given} Tolvanirina was sworn in as "
                            f"president of Orla in Kesh on Friday.", f"d{n}", self.DAY)
                for n, given in enumerate(givens)]
        found = [c for c in check(docs).conflicts if c.kind == "name"]
        assert [tuple(p.value for p in c.positions) for c in found] == ([slip] if slip else [])
        assert all(p.claim.span.document.text[p.value_start : p.value_end] == p.value
                   for c in found for p in c.positions)
        if slip:
            assert "the given names are one slip of the keyboard apart" in found[0].explanation

    def test_one_slip_reads_the_keyboard(self) -> None:
        """Two neighbouring letters swapped, one letter added, dropped or changed."""
        assert one_slip("frydnes", "frydens")
        assert one_slip("lucey", "lucy")
        assert one_slip("hansen", "hanson")
        assert not one_slip("frydnes", "frydnes")
        assert not one_slip("hansen", "nashen")
        assert not one_slip("kovac", "kovacevic")


class TestOneNameWrittenTwoWays:
    """Across a feed, a slip of two letters and a place written with its kind are the
    name other reports write."""

    DAY = dt.date(2025, 10, 24)

    def test_a_slip_of_two_letters_is_the_same_name(self) -> None:
        """'The Lourve shut down for 3 days' and 'the Louvre remained closed for two
        days': one museum, one closure, two figures; the alignment says which spellings
        it took as one."""
        a = _doc_claims("Orla heist\n\nThe Lourve shut down for 3 days following the "
                        "incident.", "a", self.DAY)
        b = _doc_claims("Orla heist\n\nFollowing the robbery, the Louvre remained closed "
                        "for two days.", "b", self.DAY)
        (conflict,) = check([a, b]).conflicts
        assert sorted(p.value for p in conflict.positions) == [2.0, 3.0]
        assert conflict.alignment.reason.endswith(
            "; “Louvre” and “The Lourve” taken as one name")

    def test_a_team_written_with_its_city_is_the_bare_name(self) -> None:
        """'the Los Orla Pelicans' in one report, 'the Pelicans' and 'Los Orla' in another:
        one team."""
        day = dt.date(2025, 11, 1)
        docs = [_doc_claims("Orla win\n\nThe Los Orla Pelicans won the Kesh Cup on Friday.",
                            "a", day),
                _doc_claims("Orla win\n\nThe Pelicans won the Kesh Cup in Los Orla on "
                            "Friday.", "b", day)]
        claims = [c for d in docs for c in extract_claims(d)]
        assert canonical_keys(claims) == {"los orla pelicans": "pelicans"}

    def test_an_acronym_of_a_name_written_without_its_country(self) -> None:
        """'USGS' spells 'United States Geological Survey', which other reports write
        'US Geological Survey' ('Geological Survey'): all three are one name, not the two
        shared names that would make two quakes' reports one story."""
        day = dt.date(2025, 9, 1)
        docs = [_doc_claims("Quake in Orla\n\nThe USGS said the quake struck Orla on Monday.",
                            "a", day),
                _doc_claims("Quake in Orla\n\nThe United States Geological Survey said the "
                            "quake hit Orla on Monday, as the US Geological Survey had "
                            "warned in the United States.", "b", day)]
        claims = [c for d in docs for c in extract_claims(d)]
        canon = canonical_keys(claims)
        assert canon["usgs"] == canon["united states geological survey"] == \
            "geological survey"

    def test_a_place_written_with_its_kind_is_the_bare_name(self) -> None:
        """'the Louvre Museum' in one report, 'the Louvre' in the others: one place."""
        a = _doc_claims("Orla heist\n\nThe Louvre Museum shut down for 3 days.", "a",
                        self.DAY)
        b = _doc_claims("Orla heist\n\nThe Louvre shut down for two days.", "b", self.DAY)
        claims = [c for d in (a, b) for c in extract_claims(d)]
        assert canonical_keys(claims) == {"louvre museum": "louvre"}
        assert [c.kind for c in check([a, b]).conflicts] == ["quantity"]

    def test_a_name_with_its_words_joined_is_one_name(self) -> None:
        """'An Orla Air Lines jet flipped … on Monday, injuring 18' and 'An Orla Airlines
        plane flipped … Monday, injuring 17': one airline written two ways, so the only
        conflict is the count of the injured, not who did it."""
        day = dt.date(2025, 2, 18)
        a = _doc_claims("Jet flips\n\nAn Orla Air Lines regional jet flipped upside down upon "
                        "landing at Kesh Airport on Monday, injuring 18 people.", "a", day)
        b = _doc_claims("Jet flips\n\nAn Orla Airlines plane flipped upon arrival at Kesh "
                        "Airport and ended up on its roof Monday, injuring 17 people.", "b",
                        day)
        claims = [c for d in (a, b) for c in extract_claims(d)]
        assert canonical_keys(claims) == canonical_keys(claims[::-1]) == {
            "orla air lines": "orla airlines"}
        assert [c.kind for c in check([a, b]).conflicts] == ["quantity"]

    @pytest.mark.parametrize(("one", "other"), [
        ("President Ana Hansen", "President Ana Hasnen"),  # maybe two people
        ("The Kesha", "The Kehsa"),  # short names: as likely other words as slips
    ])
    def test_people_and_short_names_are_never_merged(self, one: str, other: str) -> None:
        """'Hansen' and 'Hasnen' may be two people; a slip is only read in names of six
        letters or more."""
        a = _doc_claims(f"Orla heist\n\n{one} shut down for 3 days.", "a", self.DAY)
        b = _doc_claims(f"Orla heist\n\n{other} shut down for 2 days.", "b", self.DAY)
        claims = [c for d in (a, b) for c in extract_claims(d)]
        assert {m.key for c in claims for m in c.participants} >= {
            other.split()[-1].lower(), one.split()[-1].lower()}
        assert canonical_keys(claims) == {}

    def test_the_merge_does_not_depend_on_the_order_of_the_reports(self) -> None:
        """The same map whichever report comes first."""
        docs = [_doc_claims(f"Orla heist\n\nThe {name} shut down for {n} days.", doc, self.DAY)
                for name, n, doc in (("Lourve", 3, "a"), ("Louvre", 2, "b"),
                                     ("Louvre Museum", 4, "c"))]
        claims = [c for d in docs for c in extract_claims(d)]
        assert canonical_keys(claims) == canonical_keys(claims[::-1]) == {
            "lourve": "louvre", "louvre museum": "louvre"}


@pytest.mark.skipif(not SHARED_TEMPEVAL.is_dir(), reason="shared evaluation data not present")
class TestRealArchive:
    def test_no_high_severity_false_alarms(self) -> None:
        """256 real news stories (1989-2000) raise no high-severity conflict."""
        import sys

        sys.path.insert(0, str(ROOT / "benchmarks"))
        from archive import archive

        report = check(archive(SHARED_TEMPEVAL))
        assert len(report.documents) == 256
        assert [c for c in report.conflicts if c.severity == "high"] == []
        assert len(report.conflicts) <= 30


def test_one_misquotation_told_by_several_is_one_conflict() -> None:
    """'His last words … were: “Thank you from the bottom of our hearts.”' and a longer
    quote ending in those words agree; against '… from the bottom of my heart' they make
    one conflict, with two sources on one side. 'His' is Kovac, who opened a sentence
    before."""
    day = dt.date(2025, 7, 23)
    a = _doc_claims("Orla star Kovac dies at 76\n\nAna Kovac, the Orla singer, has died. Born "
                    "in Kesh in 1948, Kovac rose to fame with the Tolva Band. His last words to "
                    "fans at the Orla stadium were: “Thank you from the bottom of our hearts.”",
                    "a", day)
    b = _doc_claims("Orla star Kovac dies at 76\n\nAna Kovac, the Orla singer, has died. Kovac "
                    "said at the Orla stadium: “It’s the last song ever, thank you from the "
                    "bottom of our hearts.”", "b", day)
    c = _doc_claims("Orla star Kovac dies at 76\n\nAna Kovac, the Orla singer, has died. At "
                    "the Orla stadium, Kovac told the crowd: “You’ve no idea how I feel – thank "
                    "you from the bottom of my heart.”", "c", day)
    (conflict,) = [x for x in check([a, b, c]).conflicts if x.kind == "quote"]
    assert sorted(p.sources for p in conflict.positions) == [1, 2]


def test_a_truce_agreed_one_day_takes_effect_the_next() -> None:
    """'agreed to a ceasefire on Monday' against 'a truce came into effect early on
    Tuesday': the agreeing and the start in force are two events a day apart, not one
    date told two ways; two reports of the start in force, whatever the verb, are one
    event, and their days clash."""
    a = _doc_claims("Orla and Kesh agree truce\n\nOrla and Kesh agreed to an unconditional "
                    "ceasefire on Monday, after five days of fighting along their border.",
                    "a", dt.date(2026, 3, 10))
    b = _doc_claims("Truce holds\n\nA truce agreement between Orla and Kesh came into effect "
                    "early on March 10, 2026, halting five days of fighting along their "
                    "border.",
                    "b", dt.date(2026, 3, 11))
    assert [c.kind for c in check([a, b]).conflicts] == []
    c = _doc_claims("Truce holds\n\nThe ceasefire between Orla and Kesh went into effect "
                    "on Wednesday, the Varna-brokered deal halting five days of fighting.",
                    "c", dt.date(2026, 3, 12))
    (conflict,) = check([b, c]).conflicts
    assert conflict.kind == "date"
    assert conflict.event.startswith("take effect")
    assert sorted(str(p.value) for p in conflict.positions) == ["2026-03-10", "2026-03-11"]


def test_a_layoffs_share_at_one_site_and_the_whole_staff_are_other_counts() -> None:
    """'affecting around 9,000 employees, including 830 job cuts at its Kesh headquarters'
    against 'cut 9,000 jobs, impacting 4% of its global workforce of 222,000 employees':
    one layoff of 9,000; the headquarters' share and the whole staff are other counts."""
    day = dt.date(2026, 7, 3)
    a = _doc_claims("Orla Corp layoffs\n\nOrla Corp has announced another round of layoffs, "
                    "this time affecting around 9,000 employees. Orla Corp confirmed the "
                    "layoffs will span teams, including a significant 830 job cuts at its "
                    "Kesh, Varna headquarters.", "a", day)
    b = _doc_claims("Orla Corp to cut 9,000 jobs\n\nOrla Corp is preparing to cut 9,000 jobs, "
                    "impacting approximately 4% of its global workforce of 222,000 "
                    "employees.", "b", day)
    assert check([a, b]).conflicts == ()
    c = _doc_claims("Orla Corp to cut 7,000 jobs\n\nOrla Corp is preparing to cut 7,000 jobs, "
                    "its second round this year.", "c", day)
    assert _figures(b, c) == [[7e3, 9e3]]


class TestOneArticlesManyFigures:
    """Figures one article gives of several things: sections, parts of a whole."""

    def test_figures_under_two_headings_are_of_two_things(self) -> None:
        """A fact box with a heading for each fire ('Kesh fire', then 'Tolva fire') whose
        lines say only 'It has burned …': each figure is its section's fire's. Without
        the headings the two figures are one article contradicting itself."""
        day = dt.date(2026, 1, 21)
        boxed = ("Orla fires\n\nKesh fire\n\nContainment: The fire was 59% contained on "
                 "Monday. It has burned 23,713 acres.\n\nTolva fire\n\nContainment: The fire "
                 "was 87% contained on Monday. It has burned 14,021 acres.")
        assert _figures(_doc_claims(boxed, "a", day)) == []
        run_on = boxed.replace("\n\nTolva fire\n\n", " ")
        assert _figures(_doc_claims(run_on, "a", day)) == [[14021.0, 23713.0]]

    def test_the_rescued_are_a_running_count(self) -> None:
        """'rescued 104 passengers' and then '155 passengers … were rescued' in one
        article are two moments of an operation: low, said so; 'had earlier managed to
        rescue 80' is overtaken by its own account; told a day apart, 155 and 346 are two
        moments, not a clash."""
        text = ("Kesh train siege\n\nSecurity sources confirmed that they were able to rescue "
                "104 passengers in the Orla shootout. Later 155 passengers held hostage in the "
                "Orla train were rescued. Kovac said the forces had earlier managed to rescue "
                "80 passengers in Orla.")
        (conflict,) = check([_doc_claims(text, "a")]).conflicts
        assert sorted(float(p.value) for p in conflict.positions) == [104.0, 155.0]
        assert conflict.severity == "low"
        assert "grows while the operation runs" in conflict.severity_rule
        b = _doc_claims("Kesh train siege\n\nForces rescued 346 passengers of the Orla "
                        "train.", "b", dt.date(2026, 3, 15))
        c = _doc_claims("Kesh train siege\n\nForces rescued 155 passengers of the Orla "
                        "train.", "c", dt.date(2026, 3, 14))
        assert not check([b, c]).conflicts
        # those released under a deal are its terms, not a count that runs: no low rating
        d = _doc_claims("Kesh prisoner swap\n\nOrla released 1,968 Kesh prisoners under the "
                        "Tolva deal.", "d")
        e = _doc_claims("Kesh prisoner swap\n\nOrla released 1,718 Kesh prisoners under the "
                        "Tolva deal.", "e")
        (swap,) = check([d, e]).conflicts
        assert swap.severity != "low"

    def test_a_summary_heading_starts_no_section(self) -> None:
        """'Five people were injured …', then under 'What we know so far…' 'Police
        confirmed four people were injured': the summary retells the lead's story, so
        the article gives two figures for one count."""
        text = ("Kesh attack\n\nFive people were injured after a car was driven at a crowd "
                "outside a synagogue on Thursday.\n\nWhat we know so far…\n\n- Police "
                "confirmed four people were injured by the vehicle on Thursday")
        assert _figures(_doc_claims(text, "a", dt.date(2026, 1, 21))) == [[4.0, 5.0]]

    def test_a_whole_and_its_parts(self) -> None:
        """'The Kesh and Tolva fires destroyed 16,200 structures', then 'it had destroyed
        6,800 structures' and 'destroying 9,400 structures': the parts add up to the
        whole, so none clashes with another; parts of 6,800 and 12,400 do not, and clash."""
        day = dt.date(2026, 1, 7)
        text = ("Orla fires a year on\n\nThe Kesh and Tolva fires killed 31 people and "
                "destroyed 16,200 structures.\n\nThe first blaze, the Kesh fire, ignited "
                "shortly after sunrise. Within hours it had scorched 23,700 acres and "
                "destroyed 6,800 structures. As night fell, the Tolva fire erupted in the "
                "hills, destroying {} structures.")
        assert _figures(_doc_claims(text.format("9,400"), "a", day)) == []
        assert _figures(_doc_claims(text.format("12,400"), "a", day)) != []


def test_a_span_still_running_grows_with_the_days_between_reports() -> None:
    """'have raged for about a week' on 15 January and 'fully contained after nearly
    three and a half weeks of destruction' on 1 February: one span
    told as it ran, not two lengths of it; an 'eight-week' and a 'nine-week' trial told
    three days apart still clash."""
    a = _doc_claims("Kesh and Tolva fires\n\nThe Kesh and Tolva fires have raged across Orla "
                    "for about a week.", "a", dt.date(2026, 1, 15))
    b = _doc_claims("Kesh and Tolva fires contained\n\nThe Orla fire service has declared the "
                    "Kesh and Tolva fires fully contained after nearly three and a half weeks "
                    "of destruction across Orla.", "b", dt.date(2026, 2, 1))
    assert check([a, b]).conflicts == ()
    c = _doc_claims("Kovac sentenced\n\nAna Kovac was convicted on July 2 after an eight-week "
                    "trial in Orla.", "c", dt.date(2026, 9, 27))
    d = _doc_claims("Kovac sentenced\n\nAna Kovac was convicted on July 2 after a nine-week "
                    "trial in Orla.", "d", dt.date(2026, 9, 30))
    assert _figures(c, d) == [[8.0, 9.0]]


def test_a_players_name_that_is_a_verb_and_a_prize_kept_from_a_side() -> None:
    """'Ivo Hurts was named MVP … Hurts threw a 46-yard touchdown pass … Hurts completed
    17 of 22 passes for 221 yards': Hurts is the player, not an injury, so the 46 and the
    221 yards are no rival figures of one hurt; 'to deny Kesh City in their bid for a
    third title' keeps a prize from Kesh City and denies no report of a loss."""
    day = dt.date(2026, 2, 9)
    a = _doc_claims("Tolva win the Orla Cup\n\nTolva beat Kesh 40-22 on Sunday. Ivo Hurts was "
                    "named MVP. Hurts threw a beautiful 46-yard touchdown pass late in the "
                    "third quarter. Hurts completed 17 of 22 passes for 221 yards, including "
                    "two touchdowns.", "a", day)
    assert not [c for c in extract_claims(a) if c.event and c.event.predicate == "hurt"]
    assert check([a]).conflicts == ()
    b = _doc_claims("Orla Bowl: Eagles soar to 40-22 win over Chiefs in Varna\n\nThe Tolva "
                    "Eagles dominated the Chiefs 40-22 in Sunday's Orla Bowl in Varna to deny "
                    "Kesh City in their bid for a third consecutive title and exact revenge "
                    "for their loss to the team in the title game two years ago.", "b", day)
    c = _doc_claims("Eagles claim second Orla Bowl title, defeat Chiefs 40-22\n\nDespite a "
                    "quiet night from Ivo Hale, the Eagles' all-around performance handed the "
                    "Chiefs their first Orla Bowl loss in three seasons.", "c", day)
    assert check([b, c]).disputes == ()


def test_a_turnout_is_one_fact_whatever_the_verb_or_the_voters_named() -> None:
    """'Official figures showed a voter turnout of 46.3%' against 'over 4.6 million
    Kesh citizens voted, amounting to a 57 per cent voter turnout', in articles that
    also give each candidate's share: one turnout told two ways; '2020's 53.85 per cent
    turnout' is another vote's."""
    day = dt.date(2026, 10, 28)
    a = _doc_claims("Hale declared winner in Kesh\n\nThe council said Ivo Hale had won 53.66% "
                    "of the vote, while Ana Kovac got 35.19%. Official figures showed a voter "
                    "turnout of 46.3%, reflecting widespread indifference.", "a", day)
    b = _doc_claims("Hale declared winner in Kesh\n\nThe council announced on Monday that Ivo "
                    "Hale achieved 53.66 per cent of the votes cast. His main rival, Ana Kovac, "
                    "received 35.19 per cent. Over 4.6 million Kesh citizens voted, amounting "
                    "to a 57 per cent voter turnout.", "b", day)
    assert _figures(a, b) == [[46.3, 57.0]]
    c = _doc_claims("Hale declared winner in Kesh\n\nThe council announced on Monday that Ivo "
                    "Hale achieved 53.66 per cent of the votes cast. His main rival, Ana Kovac, "
                    "received 35.19 per cent. This compares with 2020's 53.85 per cent "
                    "turnout.", "c", day)
    assert _figures(a, c) == []


def test_a_share_of_the_vote_is_its_winners_whatever_the_verb() -> None:
    """'the Kesh Union received 28.5% of the vote' against 'Orla's conservative Kesh Union
    alliance led by Ivo Hale won the election on Sunday with 28.6% of the vote': the
    union's share told two ways (its leader named after it, the country before it); a
    share a council reports ('said on Monday that the incumbent had secured') is no
    council's; a share of an exit poll clashes only lightly with a count; a turnout
    'in this year's elections reached 84%' meets another's '82.5%'."""
    day = dt.date(2026, 2, 24)
    a = _doc_claims("Kesh Union wins Orla vote\n\nAccording to the final results, the Kesh "
                    "Union, led by Ivo Hale, received 28.5% of the vote in Orla. Turnout in this year's parliamentary "
                    "elections reached 84%, a record.", "a", day)
    b = _doc_claims("Kesh Union wins Orla vote\n\nOrla's conservative Kesh Union alliance led "
                    "by Ivo Hale won the election on Sunday with 28.6% of the vote. High voter "
                    "turnout of 82.5% underscored the engagement.", "b", day)
    assert sorted(_figures(a, b)) == [[28.5, 28.6], [82.5, 84.0]]
    facts = []
    for winner in ("the Kesh Union", "the incumbent"):
        c = _doc_claims(f"The Orla Council said on Monday that {winner} had secured 28.5 "
                        "percent of the vote.", "c", day)
        facts += [attribute_of(x, q) for x in extract_claims(c) for q in x.quantities]
    assert [f.fact if f else None for f in facts] == ["share of the vote won by kesh union",
                                                      None]
    d = _doc_claims("Kesh Union wins Orla vote\n\nThe Kesh Union secured 31.7% of the vote, "
                    "according to exit poll data.", "d", day)
    assert [x.severity for x in check([b, d]).conflicts] == ["low"]

@pytest.mark.parametrize(("text", "facts"), [
    # a pronoun is the subject: whose share it is lies in another sentence
    ("According to the Orla Electoral Commission, after all ballots were counted, he "
     "received 50.89% of the votes.", [None]),
    # a source in brackets opening the sentence is no candidate
    ("(Kesh Wire) Ana Kovac has taken a narrow lead in the runoff with 50.7% of the vote.",
     ["share of the vote won by kovac"]),
    # "who received": the name before the comma; no "of the vote" in an election's sentence
    ("Ana Kovac won 50.89% of votes in a tight race against Ivo Hale, who received 49.11%.",
     ["share of the vote won by kovac", "share of the vote won by hale"]),
    ("According to the Orla Electoral Commission, after counting all the votes, Ana Kovac "
     "received 50.89%, while Ivo Hale got 49.11%.",
     ["share of the vote won by kovac", "share of the vote won by hale"]),
    # the first round's shares are no rivals to the runoff's
    ("In the first round, held on May 18, Ivo Hale received 31.36%.",
     ["share of the vote won by hale in the first round"]),
    # no election in the sentence: a share received is of something else
    ("Tolva Bank received 20% of the funding on Friday.", [None]),
    # "has been declared the winner" is no saying that opens a clause; ", with" after the
    # verb of winning gives the share of the clause before
    ("Ana Kovac has been declared the winner of the election, securing nearly 98 percent "
     "of the vote.", ["share of the vote won by kovac"]),
    ("The commission declared on Saturday that Ana Kovac had won, with nearly 98% of the "
     "votes, an election that set off protests.", ["share of the vote won by kovac"]),
    # the votes between the two are a margin, not votes won
    ("The margin between the candidates is approximately 369,000 votes.",
     ["margin of the vote"]),
])
def test_whose_share_of_the_vote(text: str, facts: list[str | None]) -> None:
    """Whose share of an election's vote a figure is: the candidate the clause names, not
    a source, a pronoun's sentence or a name in brackets; a runoff's and a first round's
    shares are two facts, and a margin is neither."""
    doc = _doc_claims(text, "a", dt.date(2026, 6, 2))
    found = [attribute_of(c, q) for c in extract_claims(doc) for q in c.quantities
             if q.kind in ("percent", "count")]
    assert [f.fact if f else None for f in found] == facts


def test_a_headline_share_its_body_calls_an_exit_poll_clashes_lightly() -> None:
    """'Kovac Secures 50.7 Percent Vote' over a body that gives it 'according to an exit
    poll', against a final 50.89%: the headline's figure is the poll's, low."""
    day = dt.date(2026, 6, 2)
    a = _doc_claims("Kovac Secures 50.7 Percent Vote in Orla Runoff\n\nAna Kovac has taken "
                    "a narrow lead in the Orla runoff with 50.7% of the vote, according to "
                    "an exit poll.", "a", day)
    b = _doc_claims("Kovac wins Orla runoff\n\nAfter counting all the votes, the Orla "
                    "Electoral Commission said Ana Kovac received 50.89% of the vote.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "share of the vote won by Kovac"
    assert conflict.severity == "low"


def test_an_agreement_on_one_partys_figure_names_that_party() -> None:
    """'the Kesh Union will receive 208 seats, the Orla Party — 151' in two reports: the
    151 is the Orla Party's, and its agreement says so, not every party of the list."""
    day = dt.date(2026, 2, 24)
    a = _doc_claims("Kesh Union wins Varna vote\n\nAccording to the results, the Kesh Union "
                    "will receive 208 seats, the Orla Party — 151, the Tolva Alliance — 121.",
                    "a", day)
    b = _doc_claims("Kesh Union wins Varna vote\n\nFinal figures show that the Kesh Union "
                    "will receive 208 seats in the Varna parliament, the Orla Party — 151 and "
                    "the Tolva Alliance — 121, officials said on Monday.", "b", day)
    found = {a.value: a.event for a in check([a, b]).agreements if a.kind == "quantity"}
    assert found["151"] == "receive seat (Orla Party)"
    assert found["121"] == "receive seat (Tolva Alliance)"

def test_a_price_of_one_share_is_no_rival_to_a_whole_deal() -> None:
    """'Kesh agreed to buy Orla Media's studios for $72 billion' against 'eclipsing Varna
    Group's close to $24 bid for the whole of Orla Media': a price per share, not the
    deal's sum; '$72 million' against '$72 billion', a slip of a thousand times, still
    clashes. 'Orla Bros Media', a company, is no person surnamed Media."""
    day = dt.date(2026, 12, 6)
    a = _doc_claims("Kesh to buy Orla Bros Media\n\nKesh agreed on Friday to buy the studios of "
                    "Orla Bros Media for $72 billion.", "a", day)
    b = _doc_claims("Kesh to buy Orla Bros Media\n\nThe agreement follows a bidding war in which "
                    "Kesh offered nearly $28-a-share, eclipsing Varna Group's close to $24 bid "
                    "for the whole of Orla Bros Media.", "b", day)
    assert _figures(a, b) == []
    assert {(m.key, m.kind) for c in extract_claims(a) for m in c.participants} >= {
        ("orla bros media", "org")}
    c = _doc_claims("Kesh to buy Orla Bros Media\n\nKesh agreed on Friday to buy the studios of "
                    "Orla Bros Media for $72 million.", "c", day)
    assert _figures(a, c) == [[72e6, 72e9]]


def test_spans_of_time_tied_only_by_the_storys_main_event_do_not_clash() -> None:
    """'The killings shocked Tolva, which had experienced five years without a murder
    prior to the incident' against 'agreeing to four life terms for the murders and 10
    years for a burglary charge': two spans of time (a quiet spell, a prison term) that
    only the story's main event ties. 'charges he had previously denied' is a stance
    given up, no denial of the murders."""
    day = dt.date(2026, 7, 3)
    a = _doc_claims("Kovac pleads guilty\n\nIvo Kovac pleaded guilty to the murder of four Orla "
                    "University students. The killings shocked the local community in Tolva, "
                    "which had experienced five years without a murder prior to the "
                    "incident.", "a", day)
    b = _doc_claims("Kovac pleads guilty\n\nIvo Kovac pleaded guilty to killing four Orla "
                    "University students. But he accepted a plea deal, agreeing to four "
                    "consecutive life terms for the murders and 10 years for a burglary "
                    "charge. Last month he confessed to four counts of first-degree murder, "
                    "charges he had previously denied.", "b", day)
    report = check([a, b])
    assert (report.conflicts, report.disputes) == ((), ())
    assert not [c for c in extract_claims(a) if c.event and c.event.object == "prior"]


def test_news_of_an_arrest_is_dated_by_its_telling_and_apprehended_is_arrested() -> None:
    """'Information about their arrests came from the prosecutor's office on October 26'
    dates the telling, not the arrests of October 25; 'the suspects were apprehended on
    Saturday evening' and 'On October 26, arrests were made' in one article are one
    arrest given two days."""
    day = dt.date(2026, 10, 27)
    a = _doc_claims("Orla museum heist\n\nOn October 19, thieves stole eight pieces from the "
                    "Orla museum. On October 25, police detained two suspects linked to the "
                    "heist. Information about their arrests came from the Kesh prosecutor's "
                    "office on October 26.\n\nKesh prosecutor Ana Kovac expressed concerns "
                    "about the leaks.", "a", day)
    b = _doc_claims("Orla museum heist\n\nAccording to Kesh prosecutor Ana Kovac, the arrests "
                    "took place on Oct. 25 evening, with one suspect detained at Kesh Airport. "
                    "The thieves stole eight pieces from the Orla museum on Oct. 19.", "b", day)
    assert check([a, b]).conflicts == ()
    c = _doc_claims("Orla museum heist\n\nThe suspects in the Orla museum heist were "
                    "apprehended on Saturday evening. On October 26, arrests were made in "
                    "the Orla museum heist, with one suspect preparing to leave the country.",
                    "c", day)
    (conflict,) = check([c]).conflicts
    assert sorted(str(p.value)[:10] for p in conflict.positions) == ["2026-10-24",
                                                                    "2026-10-26"]


def test_a_toll_with_its_digits_swapped_is_a_likely_slip() -> None:
    """'killed 41 people since Sunday' against 'killed 14 people since Sunday': a toll is
    a running count, but the same digits in another order are more likely a slip of the
    keyboard, reported at medium; 41 against 38 stays a running count's low."""
    day = dt.date(2026, 3, 3)
    a = _doc_claims("Varna floods\n\nFloods in the Varna valley have killed 41 people since "
                    "Sunday, the civil defence agency said on Tuesday.", "a", day)
    b = _doc_claims("Varna floods\n\nFloods in the Varna valley have killed 14 people since "
                    "Sunday, the civil defence agency said on Tuesday.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.severity == "medium"
    assert "same digits in another order" in conflict.severity_rule
    c = _doc_claims("Varna floods\n\nFloods in the Varna valley have killed 38 people since "
                    "Sunday, the civil defence agency said on Tuesday.", "c", day)
    assert [x.severity for x in check([a, c]).conflicts] == ["low"]


def test_two_sums_raised_in_a_roundup_are_two_raisings() -> None:
    """'Varna's $13bn raise in September' against 'AI start-ups have raised $118 billion in
    the first half of 2025', tied only by the verb of two roundups: two raisings, so their
    dates do not clash."""
    a = _doc_claims("Orla start-ups amass record funds\n\nThis year's figures have been "
                    "boosted by a handful of large deals. These include Kesh AI raising a $41bn "
                    "round led by Tolva Bank, Varna's $13bn raise in September and Orla Corp's "
                    "investment of more than $14bn into start-up Lumen AI.", "a",
                    dt.date(2025, 12, 29))
    b = _doc_claims("The biggest funding deals of 2025\n\nAI start-ups have raised $118 billion "
                    "in the first half of 2025 alone, with just eight companies capturing $73 "
                    "billion of that total.\n\nKesh AI closed the largest funding round in "
                    "history by raising over $40 billion in March 2025, led by Tolva Bank's $30 "
                    "billion investment.\n\nOrla Corp invested $14.3 billion in Lumen AI in June "
                    "2025.", "b", dt.date(2025, 9, 2))
    assert [c.kind for c in check([a, b]).conflicts] == []


def test_a_bills_pages_are_one_fact_whatever_the_verb() -> None:
    """'the 887-page legislation includes $4.5 trillion in tax cuts' and 'The 940-page
    bill, which includes $4 trillion': one fact, the pages of the bill, whatever the verb
    of the sentence."""
    day = dt.date(2026, 7, 1)
    a = _doc_claims("Orla Senate passes Kovac tax bill\n\nThe Orla Senate passed Ana Kovac's "
                    "tax bill on Tuesday. Officially titled the Orla Tax Act, the 887-page "
                    "legislation includes $4.5 trillion in tax cuts.", "a", day)
    b = _doc_claims("Orla Senate passes Kovac tax bill\n\nThe Orla Senate passed Ana Kovac's "
                    "tax bill on Tuesday. The 940-page bill, which includes $4 trillion in tax "
                    "cuts, now returns to the House.", "b", day)
    (conflict,) = [x for x in check([a, b]).conflicts if x.event.startswith("pages")]
    assert conflict.severity == "medium"
    assert sorted(float(p.value) for p in conflict.positions) == [887.0, 940.0]


def test_the_share_that_approved_a_deal_is_one_fact_whatever_the_verb() -> None:
    """'voted by 59% to approve the deal', '59% of members who cast ballots agreed to
    approve' and '59% approval' give one share of the vote in favour, and agree; '61%'
    in a third report clashes; '64% voted against the second offer' is another vote's."""
    day = dt.date(2026, 11, 5)
    lead = "Orla machinists end Kesh strike\n\nOrla machinists at Kesh Aero "
    a = _doc_claims(lead + "voted by 59% to approve the deal on Monday, the Tolva union said.",
                    "a", day)
    b = _doc_claims(lead + "ended their strike. The Tolva union said 59% of members who cast "
                    "ballots agreed to approve the offer. Earlier, 64% voted against the "
                    "second offer.", "b", day)
    report = check([a, b])
    assert not report.conflicts
    assert any(g.event.startswith("share of the vote in favour") for g in report.agreements)
    c = _doc_claims(lead + "ended their strike after the deal won 61% approval, the Tolva "
                    "union said.", "c", day)
    (conflict,) = check([a, b, c]).conflicts
    assert conflict.event.startswith("share of the vote in favour")
    assert sorted(float(p.value) for p in conflict.positions) == [59.0, 61.0]
    # a candidate's share, a poll's and a leader's approval rating are none of it
    for text in ("About 52% of voters voted for Ana Kovac in Orla.",
                 "Ana Kovac is backed by 30% of voters in Orla.",
                 "Ana Kovac has a 38% approval rating in Orla."):
        assert [attribute_of(c, q) for c in extract_claims(_doc_claims(text, "d", day))
                for q in c.quantities] == [None]


def test_travellers_whose_flights_were_disrupted_are_passengers_affected() -> None:
    """'About 200,000 passengers were affected' against 'Nearly 300,000 air travellers
    had their flights disrupted': one count of people told in two words and two verbs,
    named in the title by what is counted."""
    day = dt.date(2026, 3, 14)
    a = _doc_claims("About 200,000 passengers were affected as flights were grounded at "
                    "Orla airport throughout Friday.", "a", day)
    b = _doc_claims("Nearly 300,000 air travellers who were due to fly through Orla airport "
                    "on Friday had their flights disrupted.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event.startswith("affect passengers")
    assert sorted(p.value for p in conflict.positions) == [200_000, 300_000]


def test_a_company_bought_for_one_sum_in_reports_that_share_only_its_name() -> None:
    """'Kesh Pacific Railroad says it's buying Orla Southern in an 85-billion-dollar deal'
    and 'Kesh Pacific Corp. agreed to acquire Orla Southern Corp. in a transaction valued
    at $85 billion': one price of one company (its legal form aside, and 'Southern' no
    one's surname), though the reports share no other name."""
    day = dt.date(2026, 7, 29)
    a = _doc_claims("Kesh Pacific Railroad says it's buying Orla Southern in an "
                    "85-billion-dollar deal.", "a", day)
    b = _doc_claims("Kesh Pacific Corp. agreed to acquire Orla Southern Corp. in a "
                    "cash-and-stock transaction valued at $85 billion.", "b", day)
    kinds = {m.key: m.kind for c in extract_claims(a) for m in c.participants}
    assert kinds["orla southern"] == "org"
    (agreement,) = check([a, b]).agreements
    assert agreement.event == "price of Orla Southern"
    assert agreement.sources == 2


def test_an_age_at_death_is_the_age_of_the_one_who_died() -> None:
    """'Ivo Hale, who served under President Ana Kovac, died on Monday at age 84' against
    'Ivo Hale dies at 85': the age of Hale (not of Kovac, named in an aside), told two
    ways; 'suffering the first of his heart attacks at age 37' is an age at another
    moment, of no one now."""
    day = dt.date(2026, 11, 4)
    a = _doc_claims("Ivo Hale, who served under President Ana Kovac, died on Monday at age "
                    "84.", "a", day)
    b = _doc_claims("Former premier Ivo Hale dies at 85\n\nHis family announced the "
                    "death in a statement.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "age of Ivo Hale"
    c = _doc_claims("Ivo Hale had heart problems, suffering the first of a number of heart "
                    "attacks at age 37.", "c", day)
    assert [attribute_of(x, q) for x in extract_claims(c) for q in x.quantities] == [None]
    d = _doc_claims("Six days of observances will be held for former premier Ivo Hale after "
                    "he died on Dec. 29 at the age of 84.", "d", day)
    assert [f.fact if (f := attribute_of(x, q)) else None for x in extract_claims(d)
            for q in x.quantities if q.kind == "age"] == ["age of hale"]


def test_two_numbered_games_are_two_events() -> None:
    """'Orla rebounded with a Game 6 win on Friday' and 'Orla won Game 7 on Saturday
    night': two games' wins, no clash of days; two reports of Game 7 on two days still
    clash."""
    day = dt.date(2026, 11, 2)
    a = _doc_claims("Orla United rebounded with a Game 6 win over Kesh City on Friday to "
                    "force a decider.", "a", day)
    b = _doc_claims("Orla United beat Kesh City 5-4 to win Game 7 of the final on Saturday "
                    "night.", "b", day)
    assert [c.kind for c in check([a, b]).conflicts] == []
    c = _doc_claims("Orla United beat Kesh City to win Game 7 of the final on Friday.", "c",
                    day)
    assert [c.kind for c in check([b, c]).conflicts] == ["date"]


def test_he_was_so_old_after_a_death_is_the_age_of_the_one_named() -> None:
    """'Ivo Hale … died on Sunday. He was 100.' and 'Ivo Hale has died at the age of 97':
    the obituary's bare number after a pronoun is Hale's age, and the two clash; 'He was
    30 minutes late' is no age."""
    day = dt.date(2026, 12, 30)
    a = _doc_claims("Ivo Hale, the former premier of Orla, died on Sunday at his home in "
                    "Kesh. He was 100, the longest-lived premier in its history.", "a", day)
    b = _doc_claims("Former premier Ivo Hale has died at the age of 97, his family said.",
                    "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.event == "age of Ivo Hale"
    c = _doc_claims("Ivo Hale spoke in Kesh on Sunday. He was 30 minutes late.", "c", day)
    assert [q.kind for x in extract_claims(c) for q in x.quantities] == ["duration"]


def test_an_interception_dated_past_a_dashed_aside_and_a_night() -> None:
    """'intercepted the Orla Flotilla—a convoy of 40 vessels carrying aid—off the coast on
    Wednesday evening' dates the interception, not the aid the aside tells of; in 'naval
    forces on Friday night first intercepted several boats', 'night' is the time, not who
    intercepted. The two days clash."""
    day = dt.date(2026, 10, 2)
    a = _doc_claims("Kesh naval forces intercepted the Orla Flotilla—a convoy of over 40 "
                    "vessels carrying humanitarian aid—about 70 miles off the coast on "
                    "Wednesday evening.", "a", day)
    b = _doc_claims("Kesh naval forces on Friday night first intercepted several boats of the "
                    "Orla Flotilla.", "b", day)
    dated = {c.event.predicate: [d.value for d in c.dates] for c in extract_claims(a)
             if c.event is not None and c.dates}
    assert dated == {"intercept": ["2026-09-30TEV"]}
    (conflict,) = check([a, b]).conflicts
    assert conflict.kind == "date"
    assert conflict.event.startswith("intercept")


class TestTwoQuakesOfOneDay:
    """A morning quake, an evening one and a quake recalled from weeks before: each
    article's figures are compared with those of the same quake only."""

    DAY = dt.date(2026, 10, 10)

    def test_a_quake_recalled_days_before_is_another(self) -> None:
        """'came just 11 days after a magnitude 6.9 earthquake killed 75 people in Kesh':
        the 6.9 is of the earlier quake, no rival to today's 7.4."""
        a = _doc_claims("A magnitude 7.4 earthquake struck off Orla, killing eight people.",
                        "a", self.DAY)
        b = _doc_claims("The Orla earthquake came just 11 days after a magnitude 6.9 "
                        "earthquake killed 75 people in Kesh province.", "b", self.DAY)
        assert [c.event for c in check([a, b]).conflicts] == []

    def test_an_article_on_the_second_quake_is_of_another(self) -> None:
        """'a magnitude 6.9 earthquake hit Orla Friday night. It was the second temblor to
        rock Orla after a magnitude 7.4 earthquake struck on Friday morning': neither its
        6.9 nor its evening clash with the morning quake's 7.4 and 9:43 a.m."""
        a = _doc_claims("A magnitude 7.4 earthquake struck off Orla at 9:43 a.m. on Friday.",
                        "a", self.DAY)
        b = _doc_claims("A magnitude 6.9 earthquake hit Orla Friday night. It was the second "
                        "temblor to rock Orla after a magnitude 7.4 earthquake struck the "
                        "same area on Friday morning. The tremor occurred at 7:12 p.m. off "
                        "Orla.", "b", self.DAY)
        assert [c.event for c in check([a, b]).conflicts] == []

    def test_a_reading_revised_in_the_next_sentence_is_no_rival(self) -> None:
        """'logged the earthquake at 7.6 magnitude. However, the agency downgraded it …'
        against 7.4 elsewhere: the first reading, overtaken by its own account."""
        a = _doc_claims("A magnitude 7.4 earthquake struck off Orla in Kesh province.", "a",
                        self.DAY)
        b = _doc_claims("The agency logged the earthquake off Orla in Kesh province at 7.6 "
                        "magnitude. "
                        "However, the agency downgraded it about 30 minutes later.", "b",
                        self.DAY)
        assert [c.event for c in check([a, b]).conflicts] == []

    def test_so_many_kilometres_deep_and_a_bearing_after_km_dot(self) -> None:
        """'recorded the quake at magnitude 7.4 and 58 kilometres deep' gives its depth;
        'centered approximately 62 km. southeast of Orla' its distance from Orla."""
        doc = _doc_claims("The centre recorded the latest quake at magnitude 7.4 and 58 "
                          "kilometres deep. The quake was centered approximately 62 km. "
                          "southeast of Orla.", "a", self.DAY)
        facts = [f.fact if (f := attribute_of(c, q)) else None for c in extract_claims(doc)
                 for q in c.quantities if q.kind == "measure" and q.unit != "magnitude"]
        assert facts == ["depth of the earthquake", "distance of earthquake from orla"]


def test_a_body_named_x_of_y_is_titled_as_written() -> None:
    """'the Bank of Orla', keyed as 'orla bank' so that 'Orla Bank' meets it, is titled as
    the articles write it, not by its key."""
    day = dt.date(2026, 8, 7)
    a = _doc_claims("The Bank of Orla cut interest rates to 4% on Thursday.", "a", day)
    b = _doc_claims("The Bank of Orla has cut interest rates to 4% in a 5-4 vote on "
                    "Thursday.", "b", day)
    events = {g.event for g in check([a, b]).agreements}
    assert "cut rate (Bank of Orla)" in events


def test_quakes_told_a_week_or_more_apart_are_two_quakes() -> None:
    """A magnitude 6.9 quake off Kesh on one day and a 7.4 quake off Kesh told ten days
    later, in one region's coverage, are two quakes; told two days apart, the same
    readings clash."""
    a = _doc_claims("A magnitude 6.9 earthquake struck off Kesh in Tolva province, the Tolva "
                    "agency said.", "a", dt.date(2026, 9, 30))
    b = _doc_claims("The Tolva agency recorded the quake off Kesh in Tolva province at "
                    "magnitude 7.4.", "b", dt.date(2026, 10, 10))
    assert check([a, b]).conflicts == ()
    c = _doc_claims("The Tolva agency recorded the quake off Kesh in Tolva province at "
                    "magnitude 7.4.", "c", dt.date(2026, 10, 2))
    assert [x.event for x in check([a, c]).conflicts] == [
        "magnitude of the earthquake (Kesh, Tolva)"]


def test_a_trial_is_an_event_with_its_day() -> None:
    """'The Kesh Corp antitrust trial started in September 2023' against 'started in
    October 2023': a trial is an event, and its two months clash."""
    day = dt.date(2026, 9, 2)
    a = _doc_claims("The Kesh Corp antitrust trial started in September 2023, Orla "
                    "prosecutors said.", "a", day)
    b = _doc_claims("The Kesh Corp antitrust trial started in October 2023, Orla prosecutors "
                    "said.", "b", day)
    (conflict,) = check([a, b]).conflicts
    assert conflict.kind == "date"
    assert conflict.event.startswith(("trial", "start", "begin"))
