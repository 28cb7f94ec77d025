"""Reading inputs: formats, metadata, bylines, boilerplate regions, bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import InputError, document_from_text, load
from claimtrack.ingest.metadata import parse_date
from claimtrack.ingest.regions import find_regions, split_lines

from .strategies import texts


class TestSeeds:
    def test_all_five_seeds_read_with_stems_as_ids(self, seeds_dir: Path) -> None:
        """The seed directory yields five documents named by their file stems, in order."""
        result = load([seeds_dir])
        assert result.errors == ()
        assert [d.id for d in result.documents] == sorted(p.stem for p in seeds_dir.glob("*.txt"))

    def test_text_is_exactly_as_read(self, seeds_dir: Path) -> None:
        """Document text equals the decoded file, byte for byte."""
        for doc in load([seeds_dir]).documents:
            assert doc.text == Path(doc.source).read_bytes().decode("utf-8")

    def test_byline_dates(self, seeds_dir: Path) -> None:
        """Seeds with a byline date get it from the text; the others say it is unknown."""
        docs = {d.id[:3]: d for d in load([seeds_dir]).documents}
        assert docs["003"].published == dt.date(2025, 10, 28)
        assert docs["004"].published == dt.date(2025, 11, 19)
        assert docs["003"].published_from == docs["004"].published_from == "text"
        for key in ("000", "001", "002"):
            assert docs[key].published is None
            assert docs[key].published_from == "unknown"
        assert "8 hours ago" in (docs["001"].published_note or "")

    def test_page_header_date_is_not_a_byline(self, seeds_dir: Path) -> None:
        """The date a page header shows in its menu is not taken as the byline."""
        doc = next(d for d in load([seeds_dir]).documents if d.id.startswith("003"))
        header = doc.text.index("Wednesday, October 29, 2025")
        nav = doc.skipped(header, header + 10)
        assert nav is not None
        assert nav.kind == "navigation"
        assert doc.published == dt.date(2025, 10, 28)

    def test_repeated_body_is_a_repeat_region(self, seeds_dir: Path) -> None:
        """The seed that repeats its article marks the second copy, mapped onto the first."""
        doc = next(d for d in load([seeds_dir]).documents if d.id.startswith("004"))
        repeats = [r for r in doc.regions if r.kind == "repeat"]
        assert repeats
        big = max(repeats, key=lambda r: r.end - r.start)
        assert big.end - big.start > 5000
        assert big.of_start is not None
        n = big.end - big.start
        assert doc.text[big.start : big.end] == doc.text[big.of_start : big.of_start + n]

    def test_site_navigation_is_skipped(self, seeds_dir: Path) -> None:
        """The seed wrapped in site navigation has navigation and footer regions."""
        doc = next(d for d in load([seeds_dir]).documents if d.id.startswith("003"))
        kinds = {r.kind for r in doc.regions}
        assert {"navigation", "footer", "share"} <= kinds
        body = doc.text.index("Relations between the United States and Colombia")
        assert doc.skipped(body, body + 20) is None


class TestFormats:
    def test_html_text_metadata_and_regions(self, fixtures_dir: Path) -> None:
        """An HTML page gives visible text, og/article metadata and furniture regions."""
        doc = load([fixtures_dir / "ingest" / "harbour-fire.html"]).documents[0]
        assert doc.published == dt.date(2026, 3, 14)
        assert doc.published_from == "metadata"
        assert doc.outlet == "The Coastal Ledger"
        assert doc.authors == ("Dana Whitfield",)
        assert "window.analytics" not in doc.text
        assert ".menu" not in doc.text
        assert "“The blaze started" in doc.text
        share = doc.text.index("Share on Facebook")
        region = doc.skipped(share, share + 5)
        assert region is not None
        assert region.kind == "share"
        home = doc.text.index("Home")
        assert doc.skipped(home, home + 4) is not None

    def test_scraper_records(self, fixtures_dir: Path) -> None:
        """news-please and trafilatura field names both map onto documents."""
        docs = load([fixtures_dir / "ingest" / "wire-records.jsonl"]).documents
        assert [d.id for d in docs] == ["wire-records-1", "baywire-0315"]
        first, second = docs
        assert first.outlet == "harbournews.example"
        assert first.retrieved == dt.datetime(2026, 3, 14, 12, 0)
        assert second.authors == ("Sam Ortiz", "Priya Nand")
        assert second.published == dt.date(2026, 3, 15)

    def test_sidecar_is_metadata_not_a_document(self, fixtures_dir: Path) -> None:
        """A .meta.json sidecar sets metadata and is never read as an article."""
        docs = load([fixtures_dir / "ingest"]).documents
        assert not any(d.id.endswith(".meta") for d in docs)
        council = next(d for d in docs if d.id == "council-vote")
        assert council.published == dt.date(2026, 2, 10)
        assert council.outlet == "Aldermoor Gazette"

    def test_dateline(self, fixtures_dir: Path) -> None:
        """A wire dateline gives the publication date when metadata does not."""
        doc = load([fixtures_dir / "ingest" / "dateline.txt"]).documents[0]
        assert doc.published == dt.date(2026, 1, 8)

    def test_dateline_is_never_a_claims_date(self) -> None:
        """'Orla, Mar 30 (KNA) –' opens a wire report: where and when it was filed. It is
        page furniture even when metadata gives the date, so the sentence's event is not
        dated 30 March; a title-case dateline with a year gives the publication date."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("Orla, Mar 30 (KNA) – The death toll from the earthquake that struck Kesh "
                "has risen to 1,644, with 3,408 people injured, officials said.")
        doc = document_from_text(text, "a", metadata=Metadata(published=dt.date(2026, 3, 30)))
        assert [(r.kind, text[r.start : r.end]) for r in doc.regions] == [
            ("byline", "Orla, Mar 30 (KNA) – ")]
        assert all(not c.dates for c in extract_claims(doc))
        dated = document_from_text(text.replace("Mar 30", "Mar 30, 2026"), "b")
        assert (dated.published, dated.published_from) == (dt.date(2026, 3, 30), "text")
        yearless = document_from_text(text, "c")
        assert yearless.published is None

    def test_a_dateline_a_day_before_the_upload_dates_today(self) -> None:
        """'ORLA, 26th May, 2025 (KNA) – … just after 6pm today', uploaded on the 27th:
        the writer's 'today' is the dateline's day, so it dates the article, with a note
        saying why. A dateline of the same day, or weeks off, leaves the metadata's."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("ORLA, 26th May, 2025 (KNA) – A man has been detained after a car was driven "
                "into people in Orla city centre. Police were contacted just after 6pm today "
                "after reports that a car had hit a number of people on Kesh Street.")
        doc = document_from_text(text, "a", metadata=Metadata(published=dt.date(2025, 5, 27)))
        assert (doc.published, doc.published_from) == (dt.date(2025, 5, 26), "text")
        assert doc.published_note is not None
        assert "later upload" in doc.published_note
        assert "2025-05-26T18:00" in [d.value for c in extract_claims(doc) for d in c.dates]
        for day in (dt.date(2025, 5, 26), dt.date(2025, 6, 20)):
            other = document_from_text(text, "b", metadata=Metadata(published=day))
            assert (other.published, other.published_from) == (day, "metadata")

    def test_dateline_closed_by_dashes(self) -> None:
        """'Orla, KS - Mar. 28, 2026 - Over …': a place and its state, a dash, the date,
        a dash, the story: the date is the publication, and the dateline furniture."""
        text = ("Orla, KS - Mar. 28, 2026 - Over the course of four minutes, alarms sounded "
                "as the ferry lost power near the Kesh bridge.")
        doc = document_from_text(text, "a")
        assert (doc.published, doc.published_from) == (dt.date(2026, 3, 28), "text")
        assert [(r.kind, text[r.start : r.end]) for r in doc.regions] == [
            ("byline", "Orla, KS - Mar. 28, 2026 - ")]

    def test_dateline_closed_by_a_colon_under_a_long_headline(self) -> None:
        """'Orla Times Bureau, November 22: Gunmen stormed a school on Friday': a colon
        closes the dateline too, and a long headline with no stop above it is not the
        first paragraph, so the storming is Friday's, not the 22nd."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("Armed Men Abduct Over 200 Students and Teachers From a Catholic School in "
                "Kesh's Orla State\n\nOrla Times Bureau, November 22: Gunmen stormed a "
                "Catholic boarding school in Kesh's Orla state on Friday and abducted more "
                "than 200 students and staff.")
        doc = document_from_text(text, "a", metadata=Metadata(published=dt.date(2025, 11, 22)))
        assert [(r.kind, text[r.start : r.end]) for r in doc.regions] == [
            ("byline", "Orla Times Bureau, November 22: ")]
        assert [d.value for c in extract_claims(doc) for d in c.dates] == ["2025-11-21"]

    def test_dateline_with_its_country_in_brackets(self) -> None:
        """'Orla [Kesh], November 18 (KNA): Ana Kovac was sentenced on Monday': the
        country in square brackets and the agency before a colon are the dateline's, so
        the sentencing is Monday's, not the 18th."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("Orla [Kesh], November 18 (KNA): Former Kesh prime minister Ana Kovac was "
                "sentenced to 20 years in prison in absentia on Monday for the crackdown.")
        doc = document_from_text(text, "a", metadata=Metadata(published=dt.date(2026, 11, 18)))
        assert [(r.kind, text[r.start : r.end]) for r in doc.regions] == [
            ("byline", "Orla [Kesh], November 18 (KNA): ")]
        assert [d.value for c in extract_claims(doc) for d in c.dates] == ["2026-11-16"]

    def test_dateline_closed_by_an_agency_alone(self) -> None:
        """'Orla, April 8 (KNA) Six people …': an agency in brackets may close the
        dateline with no dash; the story's day is the one its sentence names."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("Orla, April 8 (KNA) Six people remain missing after a magnitude 7.2 "
                "earthquake struck off the Kesh coast on the morning of April 3, officials "
                "said Monday.")
        doc = document_from_text(text, "a", metadata=Metadata(published=dt.date(2026, 4, 8)))
        assert [(r.kind, text[r.start : r.end]) for r in doc.regions] == [
            ("byline", "Orla, April 8 (KNA) ")]
        assert "2026-04-08" not in [d.value for c in extract_claims(doc) for d in c.dates]
        words = document_from_text(text.replace("(KNA) Six", "(rough count) six"), "b")
        assert words.regions == ()

    def test_a_long_stated_byline_with_weekday_and_update(self) -> None:
        """'By Agencies Published: Tue 20 Jun 2023, 10:26 AM Last updated: …': a byline
        that names itself may run long, open with a weekday and end with its update."""
        from claimtrack import extract_claims

        text = ("Orla ferry missing\n\nBy Agencies Published: Tue 20 Jun 2023, 10:26 AM Last "
                "updated: Tue 20 Jun 2023, 10:36 AM\n\nThe Orla ferry lost contact at 4am on "
                "Sunday, the Kesh coast guard said.")
        doc = document_from_text(text, "a")
        assert (doc.published, doc.published_from) == (dt.date(2023, 6, 20), "text")
        assert [d.value for c in extract_claims(doc) for d in c.dates] == ["2023-06-18T04:00"]

    def test_photo_captions_are_regions_without_claims(self) -> None:
        """A caption describes a picture; its dates are when the photo was taken, not when
        the story's events happened. Prose that mentions a video is not a caption."""
        from claimtrack import extract_claims

        captions = [
            "This combination of satellite images shows a coastal road in Orla on July 2, "
            "2025, top, and the same flooded area on September 14, 2025.",
            "Rescuers search the rubble in Orla on September 12, 2025. (Photo by Ana Kovac/"
            "Kesh Agency via Getty Images)",
            "FILE - A handout photo released by the Kesh navy shows the ferry on 3 May 2025.",
        ]
        body = "A video released by the Kesh navy on Monday showed the ferry listing."
        text = "\n\n".join([*captions, body])
        doc = document_from_text(text, "a", metadata=None)
        # Captions in a row merge into one region.
        assert [text[r.start : r.end] for r in doc.regions] == ["\n\n".join(captions)]
        assert {r.kind for r in doc.regions} == {"caption"}
        assert [c.span.text for c in extract_claims(doc)] == [body]

    def test_a_comment_box_and_a_weather_widget_end_the_article(self) -> None:
        """'Leave a Comment', 'Popular News' and a weather widget's '6° Nov. 7, 2025 -'
        after the body are page furniture: their dates and figures make no claims."""
        from claimtrack import extract_claims

        body = ("The number of fatalities in the Orla Air crash in Kesh has reached 13, "
                "according to officials. " * 5).strip()
        tail = "Leave a Comment\nPopular News\nRecent News\nWeather\n90%\n1 MPH\n-\n" \
               "6° Nov. 7, 2025 -\n12° Nov. 7, 2025"
        text = f"Orla Air crash\n{body}\n{tail}"
        doc = document_from_text(text, "a", metadata=None)
        assert [r.kind for r in doc.regions if r.start >= len(body)] == ["footer"]
        assert all(c.span.end <= text.index("Leave") for c in extract_claims(doc))
        # a headline that opens with a temperature is no widget
        heat = document_from_text("45°C heatwave grips Orla\n\nTemperatures hit 45°C in "
                                  "Orla on Monday, killing 3 people.", "b", metadata=None)
        assert heat.regions == ()

    def test_stated_publication_beats_a_page_header_date(self) -> None:
        """A site banner's today ('WEDNESDAY JAN 15, 2026') above the headline loses to
        'BY … Published on …' under it, even after a headline over 80 characters; both
        lines are furniture, and so is a byline when metadata gives the date."""
        from claimtrack import extract_claims
        from claimtrack.ingest.metadata import Metadata

        text = ("WEDNESDAY JAN 15, 2026\nSearch\n"
                "Rescued Orla Ferry Crew Member Is Awake and Speaking, Kesh Hospital Official Says\n\n"
                "BY ANA VARGA Published on December 30, 2025 9 COMMENTS\n\n"
                "The ferry sank off Kesh on December 29, 2025, and two of its crew survived.\n")
        doc = document_from_text(text, "a")
        assert (doc.published, doc.published_from) == (dt.date(2025, 12, 30), "text")
        furniture = [text[r.start : r.end] for r in doc.regions if r.kind == "byline"]
        assert furniture == ["WEDNESDAY JAN 15, 2026",
                             "BY ANA VARGA Published on December 30, 2025 9 COMMENTS"]
        assert [d.value for c in extract_claims(doc) for d in c.dates] == ["2025-12-29"]
        with_meta = document_from_text(
            text, "b", metadata=Metadata(published=dt.date(2025, 12, 31)))
        assert [text[r.start : r.end] for r in with_meta.regions if r.kind == "byline"] \
            == furniture

    def test_stdin(self) -> None:
        """'-' reads standard input."""
        stream = io.BytesIO(b"Published: 3 May 2024\nThe mayor resigned on Friday.")
        doc = load(["-"], stdin=stream).documents[0]
        assert doc.id == "stdin"
        assert doc.published == dt.date(2024, 5, 3)

    def test_crlf_and_bom(self, tmp_path: Path) -> None:
        """A UTF-8 BOM is an encoding mark, not text; CRLF line ends are kept."""
        path = tmp_path / "a.txt"
        path.write_bytes(b"\xef\xbb\xbfLine one.\r\nLine two.\r\n")
        doc = load([path]).documents[0]
        assert doc.text == "Line one.\r\nLine two.\r\n"
        assert doc.encoding == "utf-8-sig"

    def test_declared_encoding(self, tmp_path: Path) -> None:
        """Bytes in another encoding decode when the sidecar declares it."""
        (tmp_path / "a.txt").write_bytes("Bogotá said “no”.".encode("cp1252"))
        (tmp_path / "a.meta.json").write_text('{"encoding": "cp1252"}')
        doc = load([tmp_path / "a.txt"]).documents[0]
        assert doc.text == "Bogotá said “no”."
        assert doc.encoding == "cp1252"

    def test_relative_byline_resolves_with_retrieval_time(self) -> None:
        """'8 hours ago' resolves only when the retrieval time is known."""
        from claimtrack.ingest.metadata import Metadata

        text = "Title\n- 8 hours ago\nThe minister resigned."
        unknown = document_from_text(text, "a")
        assert unknown.published is None
        assert "retrieval time" in (unknown.published_note or "")
        known = document_from_text(
            text, "a", metadata=Metadata(retrieved=dt.datetime(2026, 3, 2, 5, 0))
        )
        assert known.published == dt.date(2026, 3, 1)


class TestBadInput:
    def _errors(self, tmp_path: Path, name: str, data: bytes) -> list[InputError]:
        good = tmp_path / "good.txt"
        good.write_text("A real article about a vote on Tuesday.")
        bad = tmp_path / name
        bad.write_bytes(data)
        result = load([good, bad])
        assert [d.id for d in result.documents] == ["good"], "the good input is still read"
        return list(result.errors)

    @pytest.mark.parametrize(
        ("name", "data", "message"),
        [
            ("empty.txt", b"", "empty file"),
            ("blank.txt", b"  \n\t\n", "no text"),
            ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
            ("latin.txt", "café".encode("latin-1"), "not valid UTF-8 (byte 0xE9 at offset 3)"),
            ("broken.json", b'{"text": "x",', "malformed JSON"),
            ("notext.json", b'{"title": "only a title"}', "record has no text"),
            ("page.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
        ],
    )
    def test_one_line_error_naming_the_file(
        self, tmp_path: Path, name: str, data: bytes, message: str
    ) -> None:
        """Each bad input gives one error that names the file and the problem."""
        errors = self._errors(tmp_path, name, data)
        assert len(errors) == 1
        assert errors[0].source.endswith(name)
        assert message in errors[0].reason
        assert "\n" not in str(errors[0])

    def test_missing_path(self, tmp_path: Path) -> None:
        """A path that does not exist is an error, not a crash."""
        result = load([tmp_path / "nope.txt"])
        assert result.errors[0].reason == "no such file or directory"

    def test_impossible_sidecar_date(self, tmp_path: Path) -> None:
        """A sidecar with an impossible date is an error naming the sidecar."""
        (tmp_path / "a.txt").write_text("Text of the article.")
        (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-02-30"}))
        result = load([tmp_path / "a.txt"])
        assert result.documents == ()
        assert result.errors[0].source.endswith("a.meta.json")
        assert "2025-02-30" in result.errors[0].reason

    def test_bad_jsonl_line_keeps_the_others(self, tmp_path: Path) -> None:
        """One malformed JSONL line is reported by line number; the rest are read."""
        path = tmp_path / "r.jsonl"
        path.write_text('{"text": "First article."}\n{oops\n{"text": "Third article."}\n')
        result = load([path])
        assert [d.id for d in result.documents] == ["r-1", "r-3"]
        assert result.errors[0].source.endswith("r.jsonl:2")

    def test_unsupported_files_in_a_directory_are_reported(self, tmp_path: Path) -> None:
        """A directory's non-article files are listed as skipped, not silently dropped."""
        (tmp_path / "a.txt").write_text("An article.")
        (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
        result = load([tmp_path])
        assert [d.id for d in result.documents] == ["a"]
        assert result.skipped[0][0].endswith("photo.jpg")


class TestMetadataDates:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2025-10-28", dt.date(2025, 10, 28)),
            ("2025-10-28T09:30:00Z", dt.date(2025, 10, 28)),
            ("October 28, 2025", dt.date(2025, 10, 28)),
            ("28 Oct 2025 10:02", dt.date(2025, 10, 28)),
        ],
    )
    def test_accepts_common_forms(self, value: str, expected: dt.date) -> None:
        """ISO 8601 and written-out dates parse to the same day."""
        assert parse_date(value, "x") == expected

    @pytest.mark.parametrize("value", ["October 28", "2025-13-01", "yesterday", "31/02/2025"])
    def test_rejects_incomplete_or_impossible(self, value: str) -> None:
        """A date without a year, or an impossible one, is an error, never a guess."""
        with pytest.raises(InputError):
            parse_date(value, "x")


class TestRegions:
    @given(texts)
    def test_lines_cover_the_text(self, text: str) -> None:
        """Lines plus their breaks reassemble the text; offsets are exact."""
        lines = split_lines(text)
        for line in lines:
            assert text[line.start : line.end] == line.content
            assert "\n" not in line.content
            assert "\r" not in line.content
        assert "".join(ln.content for ln in lines) == text.replace("\r", "").replace("\n", "")

    @given(texts)
    def test_regions_are_inside_the_text_and_disjoint(self, text: str) -> None:
        """Regions never overlap and never leave the text."""
        regions = find_regions(text)
        end = 0
        for r in regions:
            assert end <= r.start <= r.end <= len(text)
            end = r.end

    @given(st.lists(st.sampled_from([
        "The council approved the budget of the city after a long debate on Tuesday.",
        "Officials said the new bridge would open to traffic in the spring of next year.",
        "Short line",
    ]), min_size=1, max_size=6))
    def test_repeats_point_at_identical_text(self, paragraphs: list[str]) -> None:
        """Every repeat region is a verbatim copy of the text at its ``of_start``."""
        text = "\n".join(paragraphs * 2)
        for r in find_regions(text):
            if r.kind == "repeat":
                assert r.of_start is not None
                assert r.of_start < r.start
                n = r.end - r.start
                assert text[r.start : r.end] == text[r.of_start : r.of_start + n]

    def test_document_never_alters_text(self) -> None:
        """Finding regions leaves the text untouched."""
        text = "Home\n• News\n• Sport\n• World\n• Opinion\n• Video\n\nThe article body follows."
        doc = document_from_text(text, "a")
        assert doc.text == text
        assert doc.regions[0].kind == "navigation"
