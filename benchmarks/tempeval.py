"""Score claimtrack's ``find_dates`` on TempEval-3 TimeML data, TempEval-3 style.

Usage:
    python benchmarks/tempeval.py ../shared/data/tempeval3-train [--split TimeBank|AQUAINT]
        [--errors N]

For each ``.tml`` file the document creation time (``<DCT>``) is the reference
date, the text of ``<TEXT>`` (XML-unescaped) is tagged, and system expressions
are matched one-to-one to gold TIMEX3 by overlap. Reported, as in UzZaman et
al. (SemEval 2013): relaxed F1 (extents overlap), strict F1 (identical
extents), value accuracy (share of relaxed matches whose value equals the
gold value) and value F1 = relaxed F1 x value accuracy. HeidelTime, the best
TempEval-3 system, scored value F1 77.61 on the (unseen) test set.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import html
import re
import sys
from pathlib import Path

from claimtrack import find_dates

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path) -> tuple[dt.date, str, list[tuple[int, int, str, str]]]:
    """Return (creation date, text, gold [(start, end, type, value)])."""
    raw = path.read_text(encoding="utf-8")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    assert dct_m, f"{path}: no DCT"
    dct = dt.date.fromisoformat(dct_m.group(1))
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    out: list[str] = []
    length = 0
    gold: list[tuple[int, int, str, str]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name = m.group(1), m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append((start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    tail = html.unescape(body[pos:])
    out.append(tail)
    return dct, "".join(out), gold


Parsed = tuple[dt.date, str, list[tuple[int, int, str, str]]]


def score(paths: list[Path], show_errors: int = 0) -> dict[str, float]:
    """Score TimeML files (see :func:`score_docs`)."""
    return score_docs([parse_tml(p) for p in paths], show_errors)


HELD_OUT_FROM = dt.date(1999, 4, 1)
"""AQUAINT is split by creation date: ``AQUAINT-a`` (before this date) was used to
tune rules, ``AQUAINT-b`` (from it on: other months, so other stories) is held out."""


def split_files(root: Path, name: str) -> list[Path]:
    """The ``.tml`` files of a split: a subfolder, or ``AQUAINT-a`` / ``AQUAINT-b``."""
    folder, _, half = name.partition("-")
    files = sorted((root / folder).glob("*.tml"))
    if not half:
        return files
    early = [f for f in files if parse_tml(f)[0] < HELD_OUT_FROM]
    return early if half == "a" else [f for f in files if f not in early]


def score_docs(docs: list[Parsed], show_errors: int = 0) -> dict[str, float]:
    """TempEval-3 scores for ``(reference date, text, gold timexes)`` documents."""
    n_gold = n_sys = relaxed = strict = value_ok = 0
    errors: collections.Counter[tuple[str, str, str]] = collections.Counter()
    misses: collections.Counter[str] = collections.Counter()
    spurious: collections.Counter[str] = collections.Counter()
    for dct, text, gold in docs:
        system = find_dates(text, dct)
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g_start, g_end, _, g_value in gold:
            best = None
            for i, s in enumerate(system):
                if i in used or s.end <= g_start or s.start >= g_end:
                    continue
                overlap = min(s.end, g_end) - max(s.start, g_start)
                if best is None or overlap > best[0]:
                    best = (overlap, i)
            if best is None:
                misses[text[g_start:g_end].lower()] += 1
                continue
            s = system[best[1]]
            used.add(best[1])
            relaxed += 1
            strict += s.start == g_start and s.end == g_end
            if s.value == g_value:
                value_ok += 1
            else:
                errors[(text[g_start:g_end], g_value, s.value)] += 1
        for i, s in enumerate(system):
            if i not in used:
                spurious[text[s.start : s.end].lower()] += 1
    p = relaxed / n_sys if n_sys else 0.0
    r = relaxed / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    sp, sr = (strict / n_sys if n_sys else 0.0), (strict / n_gold if n_gold else 0.0)
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    acc = value_ok / relaxed if relaxed else 0.0
    if show_errors:
        print("\nwrong values (text, gold, system):")
        for (t, g, s), n in errors.most_common(show_errors):
            print(f"  {n:3d}  {t!r:32} gold={g:14} sys={s}")
        print("\nmissed:")
        for t, n in misses.most_common(show_errors):
            print(f"  {n:3d}  {t!r}")
        print("\nspurious:")
        for t, n in spurious.most_common(show_errors):
            print(f"  {n:3d}  {t!r}")
    return {"files": len(docs), "gold": n_gold, "system": n_sys, "relaxed_p": p,
            "relaxed_r": r, "relaxed_f1": f, "strict_f1": sf, "value_accuracy": acc,
            "value_f1": f * acc}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="folder holding TimeBank/ and AQUAINT/")
    parser.add_argument("--split", action="append", help="subfolder(s) to score, or "
                        "AQUAINT-a (tuning half) / AQUAINT-b (held-out half) "
                        "(default: TimeBank, AQUAINT-a, AQUAINT-b, then all)")
    parser.add_argument("--errors", type=int, default=0, help="show the N commonest errors")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"tempeval: error: {args.root}: no such directory", file=sys.stderr)
        return 2
    splits = args.split or ["TimeBank", "AQUAINT-a", "AQUAINT-b"]
    groups = {name: split_files(args.root, name) for name in splits}
    if len(groups) > 1:
        groups["all"] = [p for files in groups.values() for p in files]
    print(f"{'split':10} {'files':>5} {'gold':>5} {'sys':>5} {'rel-P':>6} {'rel-R':>6} "
          f"{'rel-F1':>6} {'str-F1':>6} {'val-acc':>7} {'val-F1':>6}")
    for name, files in groups.items():
        if not files:
            print(f"tempeval: error: {args.root / name}: no .tml files", file=sys.stderr)
            return 2
        s = score(files, args.errors if name != "all" else 0)
        print(f"{name:10} {s['files']:5d} {s['gold']:5d} {s['system']:5d} "
              f"{100 * s['relaxed_p']:6.2f} {100 * s['relaxed_r']:6.2f} "
              f"{100 * s['relaxed_f1']:6.2f} {100 * s['strict_f1']:6.2f} "
              f"{100 * s['value_accuracy']:7.2f} {100 * s['value_f1']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
