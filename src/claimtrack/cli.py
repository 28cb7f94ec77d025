"""The ``claimtrack`` command: argument parsing and wiring only.

Exit status: 0 on success; 1 when ``check`` finds a conflict at or above the
``--fail-on`` level; 2 on usage errors or unreadable inputs (every readable
input is still processed and reported, and each problem is one line on
standard error naming the input).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from claimtrack import __version__
from claimtrack.check import check
from claimtrack.extract import extract_claims
from claimtrack.findings import SEVERITY_RANK
from claimtrack.ingest import LoadResult, load
from claimtrack.report import render
from claimtrack.report.claims import render_claims_json, render_claims_table
from claimtrack.report.documents import render_documents_json, render_documents_table
from claimtrack.report.timex import render_dates_json, render_dates_table
from claimtrack.serialize import dumps
from claimtrack.temporal import find_dates

__all__ = ["main"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
PROGRESS_MIN_DOCUMENTS = 200


def _progress_printer(err: TextIO) -> Callable[[str, int, int], None]:
    """Progress lines on standard error; the report itself is never affected."""
    def show(stage: str, done: int, total: int) -> None:
        print(f"claimtrack: {stage}: {done:,}/{total:,}", file=err, flush=True)
    return show


def _reference(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Extract checkable claims from news articles and report where they disagree.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--encoding", help="encoding of inputs that are not UTF-8 and "
                       "declare none (e.g. cp1252)")
        p.add_argument("--output", "-o", type=Path, help="write to this file instead of "
                       "standard output")
        return p

    p = add("check", "Check articles against each other and report where they disagree.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, directories (recursive) or - for standard input")
    p.add_argument("--format", choices=("markdown", "json", "html"), default="markdown")
    p.add_argument("--fail-on", choices=("high", "medium", "low", "never"), default="never",
                   help="exit 1 when a conflict of this severity or worse is found "
                   "(default: never)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="report progress on standard error (default: on a terminal, "
                   f"for more than {PROGRESS_MIN_DOCUMENTS} documents)")

    p = add("claims", "Extract the checkable claims of each document.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--format", choices=("json", "table"), default="table")

    p = add("documents", "List the documents read from PATHs, with their metadata and "
            "skipped regions.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, directories (recursive) or - for standard input")
    p.add_argument("--format", choices=("json", "table"), default="table")

    p = add("dates", "Find and normalise the time expressions of a document (TIMEX3).")
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--reference", type=_reference, metavar="YYYY-MM-DD",
                   help="resolve relative dates against this day (default: the "
                   "document's publication date)")
    p.add_argument("--format", choices=("json", "table"), default="table")
    return parser


def _report_problems(result: LoadResult, err: TextIO) -> bool:
    for path, reason in result.skipped:
        print(f"claimtrack: note: {path}: skipped, {reason}", file=err)
    for exc in result.errors:
        print(f"claimtrack: error: {exc}", file=err)
    return bool(result.errors)


def _write(text: str, output: Path | None, out: TextIO) -> None:
    if output is None:
        out.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = _parser().parse_args(argv)
    result = load(args.paths, encoding=args.encoding)
    failed = _report_problems(result, err)
    docs = result.documents
    status = EXIT_USAGE if failed else EXIT_OK
    if args.command == "check":
        if not docs:
            if not failed:  # each unreadable input has had its own line already
                print("claimtrack: error: no document could be read", file=err)
            return EXIT_USAGE
        show = args.progress
        if show is None:
            show = err.isatty() and len(docs) > PROGRESS_MIN_DOCUMENTS
        report = check(docs, progress=_progress_printer(err) if show else None)
        text = render(report, args.format)
        worst = report.worst()
        if status == EXIT_OK and args.fail_on != "never" and worst is not None \
                and SEVERITY_RANK[worst] >= SEVERITY_RANK[args.fail_on]:
            status = EXIT_FAIL
    elif args.command == "claims":
        claims = {d.id: extract_claims(d) for d in docs}
        text = (dumps(render_claims_json(docs, claims)) if args.format == "json"
                else render_claims_table(docs, claims))
    elif args.command == "documents":
        text = (dumps(render_documents_json(docs)) if args.format == "json"
                else render_documents_table(docs))
    else:
        found = {d.id: find_dates(d.text, args.reference or d.published) for d in docs}
        if args.format == "json":
            data = render_dates_json(docs, found)
            text = dumps(data)
        else:
            text = render_dates_table(docs, found, args.reference)
    try:
        _write(text, args.output, out)
    except OSError as exc:
        print(f"claimtrack: error: {args.output}: cannot write ({exc.strerror})", file=err)
        return EXIT_USAGE
    return status
