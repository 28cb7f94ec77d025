"""False alarms on a real news archive: check() over the TempEval-3 or MEANTIME texts.

Usage:
    python benchmarks/archive.py ../shared/data/tempeval3-train [--show N]
    python benchmarks/archive.py ../shared/data/meantime [--show N]

The 256 TimeBank and AQUAINT texts are real news from 1989–2000: mostly
unrelated stories, a few series on one story (Elian Gonzalez, the 1998 embassy
bombings, a week of earnings reports). Each text becomes a document with its
creation time as publication date. Professionally edited copy rarely
contradicts itself, so nearly everything flagged here is a false alarm, and
the count by severity is the figure to watch.

MEANTIME's 117 annotated WikiNews articles (their annotated opening sentences,
rebuilt from tokens as in ``meantime.py``) are four series on one story each
(Airbus, Apple, General Motors, the stock market): many articles on one event,
where a false alignment shows at once.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from meantime import parse_meantime
from tempeval import parse_tml

import claimtrack
from claimtrack.ingest.metadata import Metadata


def archive(root: Path) -> list[claimtrack.Document]:
    docs = []
    for path in sorted((root / "intra-doc_annotation").glob("*/*.xml")):
        parsed = parse_meantime(path)
        if parsed is not None:
            dct, text = parsed[0], parsed[1]
            docs.append(claimtrack.document_from_text(text + "\n", path.stem,
                                                      source=str(path),
                                                      metadata=Metadata(published=dct)))
    for path in sorted(root.glob("*/*.tml")):
        dct, text, _ = parse_tml(path)
        docs.append(claimtrack.document_from_text(text.strip() + "\n", path.stem,
                                                  source=str(path),
                                                  metadata=Metadata(published=dct)))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the first N conflicts")
    args = parser.parse_args(argv)
    docs = archive(args.root)
    if not docs:
        print(f"archive: error: {args.root}: no .tml or MEANTIME .xml files", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    report = claimtrack.check(docs)
    seconds = time.perf_counter() - t0
    by = Counter(c.severity for c in report.conflicts)
    kinds = Counter(c.kind for c in report.conflicts)
    print(f"{len(docs)} documents, {len(report.claims)} claims, {seconds:.2f} s")
    print(f"conflicts: {len(report.conflicts)} (high {by['high']}, medium {by['medium']}, "
          f"low {by['low']}); by kind: {dict(sorted(kinds.items()))}")
    for c in report.conflicts[: args.show]:
        print(f"- {c.severity} {c.kind} {c.event}")
        for p in c.positions:
            sentence = " ".join(p.claim.span.text.split())[:120]
            print(f"    {p.claim.document_id}: {p.value!r}  {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
