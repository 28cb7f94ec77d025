"""Date-finding speed and accuracy against dateparser and datefinder, in one run.

Usage:
    pip install '.[bench]'
    python benchmarks/speed.py [--corpus ../shared/data/tempeval3-train] [--files 80]
        [--repeat 3]

All three finders read the same texts in the same process. Throughput is
characters per second (best of ``--repeat`` passes, single core). Accuracy is
judged against the human TIMEX3 annotation of the corpus: *recall* is the
share of gold dates of day or month precision (``2025-09-26``, ``2025-09``)
that a finder's hits overlap; *precision* is the share of a finder's hits
that overlap any gold time expression. The ratios of claimtrack's
throughput to each peer's are what the targets are stated in.

A second section times the whole claims pipeline on the seed articles.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tempeval import parse_tml

import claimtrack

Finder = Callable[[str], list[tuple[int, int]]]
_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def claimtrack_finder(text: str) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in claimtrack.find_dates(text)]


def claimtrack_calendar_finder(text: str) -> list[tuple[int, int]]:
    """Only the hits that are calendar dates, as the peers return: no durations or sets."""
    return [(e.start, e.end) for e in claimtrack.find_dates(text)
            if e.type in ("DATE", "TIME") and not e.value.endswith("_REF")]


def dateparser_finder() -> Finder | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    settings = {"RELATIVE_BASE": __import__("datetime").datetime(2000, 1, 1)}

    def find(text: str) -> list[tuple[int, int]]:
        found = search_dates(text, languages=["en"], settings=settings) or []
        spans, pos = [], 0
        for substring, _ in found:
            at = text.find(substring, pos)
            if at < 0:
                at = text.find(substring)
            if at >= 0:
                spans.append((at, at + len(substring)))
                pos = at + len(substring)
        return spans

    return find


def datefinder_finder() -> Finder | None:
    try:
        import datefinder
    except ImportError:
        return None

    def find(text: str) -> list[tuple[int, int]]:
        spans = [item[2] for item in datefinder.find_dates(text, source=True, index=True)]
        if text.isascii():
            return spans
        # datefinder 1.0 gives offsets in UTF-8 bytes, not characters: on text with
        # any non-ASCII character (a curly quote) they point past the date. Turn
        # them into character offsets, as a user would have to.
        raw = text.encode("utf-8")
        return [(len(raw[:s].decode("utf-8", "ignore")), len(raw[:e].decode("utf-8", "ignore")))
                for s, e in spans]

    return find


_MONTH_SCAN = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b", re.IGNORECASE)


def scan_floor(text: str) -> list[tuple[int, int]]:
    """One compiled month-name regex over the text and nothing else: the floor a
    pure-Python date finder cannot go below (it finds months, not dates)."""
    return [m.span() for m in _MONTH_SCAN.finditer(text)]


def accuracy(finder: Finder, docs: list[tuple[str, list[tuple[int, int, str, str]]]]
             ) -> tuple[float, float]:
    hits_ok = hits = gold_found = gold_total = 0
    for text, gold in docs:
        spans = finder(text)
        hits += len(spans)
        for s, e in spans:
            if any(s < ge and e > gs for gs, ge, _, _ in gold):
                hits_ok += 1
        for gs, ge, _, value in gold:
            if _DAY_OR_MONTH.match(value):
                gold_total += 1
                if any(s < ge and e > gs for s, e in spans):
                    gold_found += 1
    return (hits_ok / hits if hits else 0.0), (gold_found / gold_total if gold_total else 0.0)


def throughput(finder: Finder, texts: list[str], repeat: int) -> float:
    """Characters per second, best of ``repeat`` timed passes after one warm-up pass.

    Every pass reads fresh text (a unique suffix per pass), so no finder can
    answer from a cache, and every finder gets the same warm-up and repeats.
    """
    chars = sum(len(t) for t in texts)
    for text in texts:
        finder(text + " warm-up")
    best = float("inf")
    for n in range(repeat):
        fresh = [f"{text} pass{n}" for text in texts]
        t0 = time.perf_counter()
        for text in fresh:
            finder(text)
        best = min(best, time.perf_counter() - t0)
    return chars / best


def pipeline_speed(seeds: Path, repeat: int) -> tuple[int, float] | None:
    extract = getattr(claimtrack, "extract_claims", None)
    if extract is None:
        return None
    docs = claimtrack.load([seeds]).documents
    chars = sum(len(d.text) for d in docs)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            extract(d)
        best = min(best, time.perf_counter() - t0)
    return chars, chars / best


def meantime_texts(root: Path) -> list[str]:
    """The English MEANTIME texts, as the accuracy benchmark rebuilds them (none if absent)."""
    if not root.is_dir():
        return []
    from meantime import parse_meantime

    parsed = (parse_meantime(p) for p in sorted((root / "intra-doc_annotation").glob("*/*.xml")))
    return [doc[1] for doc in parsed if doc is not None]


_DOUBLE_QUOTE = re.compile(r'"([^"\n]*)"')


def typeset(text: str) -> str:
    """The same text as a web page prints it: curly quotes and apostrophes.

    Wire copy of the 1990s is plain ASCII; published web news almost never is
    (every seed article has curly quotes or dashes). Each replacement is one
    character for one, so offsets, and with them the gold spans, are unchanged.
    """
    text = _DOUBLE_QUOTE.sub("\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")


def print_ratios(rates: dict[str, float]) -> None:
    """claimtrack's throughput as a multiple of each peer's, measured in the same run."""
    for name, rate in rates.items():
        if not name.startswith(("claimtrack", "floor")):
            print(f"claimtrack / {name}: {rates['claimtrack.find_dates'] / rate:.2f}x")


def scored_table(docs: list[tuple[str, list[tuple[int, int, str, str]]]],
                 finders: dict[str, Finder | None], repeat: int) -> None:
    """Print every finder's throughput, precision and recall on annotated ``docs``."""
    rates: dict[str, float] = {}
    print(f"{'finder':26} {'chars/s':>12} {'precision':>9} {'recall':>7}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, finder in finders.items():
            if finder is None:
                print(f"{name:26} not installed (pip install '.[bench]')")
                continue
            rates[name] = throughput(finder, [t for t, _ in docs], repeat)
            p, r = accuracy(finder, docs)
            print(f"{name:26} {rates[name]:12,.0f} {p:9.3f} {r:7.3f}")
    print_ratios(rates)


def throughput_table(title: str, texts: list[str], finders: dict[str, Finder | None],
                     repeat: int) -> None:
    """Print every finder's throughput on ``texts`` and claimtrack's ratio to each peer."""
    print(f"\nthroughput on {title}:")
    rates: dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, finder in finders.items():
            if finder is None or name.endswith("(dates only)"):
                continue
            rates[name] = throughput(finder, texts, repeat)
            print(f"{name:26} {rates[name]:12,.0f}")
    print_ratios(rates)


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path,
                        default=here.parent / "shared" / "data" / "tempeval3-train")
    parser.add_argument("--meantime", type=Path,
                        default=here.parent / "shared" / "data" / "meantime",
                        help="MEANTIME folder for a third corpus (skipped if absent)")
    parser.add_argument("--files", type=int, default=80, help="TimeML files to use")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per finder "
                        "(after one warm-up pass); the best is reported")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*/*.tml"))[: args.files]
    if not files:
        print(f"speed: error: {args.corpus}: no .tml files", file=sys.stderr)
        return 2
    docs = [(text, gold) for _, text, gold in (parse_tml(f) for f in files)]
    texts = [t for t, _ in docs]
    print(f"corpus: {len(files)} TimeML files, {sum(map(len, texts)):,} characters")
    finders: dict[str, Finder | None] = {
        "claimtrack.find_dates": claimtrack_finder,
        "claimtrack (dates only)": claimtrack_calendar_finder,
        "dateparser.search_dates": dateparser_finder(),
        "datefinder.find_dates": datefinder_finder(),
        "floor: one month regex": scan_floor,
    }
    scored_table(docs, finders, args.repeat)
    print("\nthe same newswire typeset as a web page prints it (curly quotes, one for one):")
    scored_table([(typeset(t), gold) for t, gold in docs], finders, args.repeat)
    seeds = here / "seeds"
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    throughput_table(f"seeds/ ({sum(map(len, seed_texts)):,} characters, modern web "
                     "articles)", seed_texts, finders, args.repeat)
    wiki = meantime_texts(args.meantime)
    if wiki:
        throughput_table(f"MEANTIME ({len(wiki)} WikiNews files, {sum(map(len, wiki)):,} "
                         "characters, rebuilt from tokens)", wiki, finders, args.repeat)
        throughput_table("the same MEANTIME texts typeset (curly quotes, one for one)",
                         [typeset(t) for t in wiki], finders, args.repeat)
    result = pipeline_speed(seeds, args.repeat)
    if result is not None:
        chars, rate = result
        print(f"\nclaims pipeline on seeds/ ({chars:,} chars): {rate:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
