"""The claimtrack command as a user runs it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from claimtrack.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


class TestDocumentsCommand:
    def test_json_lists_the_seeds(self, seeds_dir: Path) -> None:
        """documents --format json lists five seeds with stems, dates and regions."""
        code, out, err = run("documents", str(seeds_dir), "--format", "json")
        assert code == 0
        assert err == ""
        data = json.loads(out)
        assert data["schema_version"] == "1"
        rows = {d["id"][:3]: d for d in data["documents"]}
        assert len(rows) == 5
        assert rows["003"]["published"] == "2025-10-28"
        assert rows["004"]["published"] == "2025-11-19"
        assert rows["000"]["published"] is None
        assert rows["000"]["published_from"] == "unknown"
        assert any(r["kind"] == "repeat" for r in rows["004"]["skipped_regions"])
        assert any(r["kind"] == "navigation" for r in rows["003"]["skipped_regions"])

    def test_table_is_readable(self, seeds_dir: Path) -> None:
        """The table shows one row per document and explains unknown dates."""
        code, out, _ = run("documents", str(seeds_dir))
        assert code == 0
        assert out.count("\n") >= 6
        assert "publication date unknown:" in out
        assert "8 hours ago" in out

    def test_bad_input_exit_2_others_still_listed(self, tmp_path: Path, seeds_dir: Path) -> None:
        """A bad input prints one line naming it, exits 2, and the rest are still listed."""
        bad = tmp_path / "empty.txt"
        bad.write_bytes(b"")
        code, out, err = run("documents", str(bad), str(seeds_dir), "--format", "json")
        assert code == 2
        assert err.strip() == f"claimtrack: error: {bad}: empty file"
        assert len(json.loads(out)["documents"]) == 5

    def test_output_file(self, tmp_path: Path, seeds_dir: Path) -> None:
        """--output writes the report to a file."""
        target = tmp_path / "docs.json"
        code, out, _ = run("documents", str(seeds_dir), "--format", "json", "-o", str(target))
        assert code == 0
        assert out == ""
        assert len(json.loads(target.read_text())["documents"]) == 5


class TestDatesCommand:
    def test_json_is_timex(self, fixtures_dir: Path) -> None:
        """dates --format json gives start, end, text, type and value per expression."""
        path = fixtures_dir / "ingest" / "council-vote.txt"
        code, out, _ = run("dates", str(path), "--format", "json")
        assert code == 0
        rows = json.loads(out)
        text = path.read_text()
        for row in rows:
            assert text[row["start"] : row["end"]] == row["text"]
        values = {r["text"]: r["value"] for r in rows}
        assert values["Tuesday"] == "2026-02-10"
        assert values["early 2024"] == "2024"
        assert values["2029"] == "2029"

    def test_reference_option_overrides(self, fixtures_dir: Path) -> None:
        """--reference resolves relative dates against the given day."""
        path = fixtures_dir / "ingest" / "council-vote.txt"
        _, out, _ = run("dates", str(path), "--format", "json", "--reference", "2026-03-05")
        values = {r["text"]: r["value"] for r in json.loads(out)}
        assert values["Tuesday"] == "2026-03-03"

    def test_bad_reference_is_a_usage_error(self, fixtures_dir: Path) -> None:
        """An unparsable --reference exits 2 with a message."""
        proc = subprocess.run(
            [sys.executable, "-m", "claimtrack", "dates", str(fixtures_dir), "--reference", "soon"],
            capture_output=True, text=True, check=False,
        )
        assert proc.returncode == 2
        assert "expected YYYY-MM-DD" in proc.stderr


class TestEntryPoints:
    def test_module_version_and_help(self) -> None:
        """python -m claimtrack answers --version and --help."""
        version = subprocess.run([sys.executable, "-m", "claimtrack", "--version"],
                                 capture_output=True, text=True, check=True)
        assert version.stdout.startswith("claimtrack ")
        helptext = subprocess.run([sys.executable, "-m", "claimtrack", "--help"],
                                  capture_output=True, text=True, check=True)
        assert "documents" in helptext.stdout
        assert "dates" in helptext.stdout


class TestCheckCommand:
    def test_progress_goes_to_stderr_only(self, fixtures_dir: Path) -> None:
        """--progress reports on standard error; the report on standard output is unchanged."""
        path = str(fixtures_dir / "events" / "lake-varna")
        code, quiet_out, quiet_err = run("check", path, "--format", "json", "--no-progress")
        code2, out, err = run("check", path, "--format", "json", "--progress")
        assert code == code2 == 0
        assert quiet_err == ""
        assert "claimtrack: extracting claims: 4/4" in err
        assert out == quiet_out

    def test_no_readable_input_is_an_error(self, tmp_path: Path) -> None:
        """check with nothing readable exits 2 with one line per problem."""
        bad = tmp_path / "empty.txt"
        bad.write_bytes(b"")
        code, out, err = run("check", str(bad))
        assert code == 2
        assert out == ""
        assert "empty file" in err
        # One line, naming the file: no second, vaguer line repeating that nothing was read.
        code, out, err = run("check", str(tmp_path / "nope.txt"))
        assert (code, out) == (2, "")
        assert err.splitlines() == [f"claimtrack: error: {tmp_path / 'nope.txt'}: "
                                    "no such file or directory"]
