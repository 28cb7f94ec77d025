"""Score ``find_dates`` on MEANTIME (WikiNews, CC BY 4.0), TempEval-3 style.

Usage:
    python benchmarks/meantime.py ../shared/data/meantime [--errors N]

MEANTIME is token-based: the text is rebuilt by joining tokens with single
spaces (a newline between sentences), and each TIMEX3 markable's token anchors
give its gold extent. The document creation time (``functionInDocument =
CREATION_TIME``) is the reference date. Scores as in ``tempeval.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tempeval import Parsed, score_docs

_ANNOTATED_SENTENCES = 5


def parse_meantime(path: Path) -> Parsed | None:
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    last_sentence = None
    for tok in root.iter("token"):
        sentence = tok.get("sentence")
        if int(sentence or 0) > _ANNOTATED_SENTENCES:
            break  # MEANTIME annotates the title and the first sentences only
        if parts:
            sep = "\n" if sentence != last_sentence else " "
            parts.append(sep)
            length += 1
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        last_sentence = sentence
    text = "".join(parts)
    dct: dt.date | None = None
    gold: list[tuple[int, int, str, str]] = []
    for timex in root.iter("TIMEX3"):
        anchors = [a.get("t_id", "") for a in timex.iter("token_anchor")]
        value = timex.get("value", "")
        if timex.get("functionInDocument") == "CREATION_TIME":
            m = re.match(r"\d{4}-\d{2}-\d{2}", value)
            if m:
                dct = dt.date.fromisoformat(m.group(0))
        if not anchors:
            continue
        spans = [offsets[a] for a in anchors if a in offsets]
        if spans:
            gold.append((min(s for s, _ in spans), max(e for _, e in spans),
                         timex.get("type", ""), value))
    if dct is None:
        return None
    return dct, text, sorted(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args(argv)
    files = sorted((args.root / "intra-doc_annotation").glob("*/*.xml"))
    if not files:
        print(f"meantime: error: {args.root}: no intra-doc_annotation/*/*.xml", file=sys.stderr)
        return 2
    docs = [d for d in (parse_meantime(f) for f in files) if d is not None]
    s = score_docs(docs, args.errors)
    print(f"{'corpus':10} {'files':>5} {'gold':>5} {'sys':>5} {'rel-P':>6} {'rel-R':>6} "
          f"{'rel-F1':>6} {'str-F1':>6} {'val-acc':>7} {'val-F1':>6}")
    print(f"{'MEANTIME':10} {s['files']:5d} {s['gold']:5d} {s['system']:5d} "
          f"{100 * s['relaxed_p']:6.2f} {100 * s['relaxed_r']:6.2f} "
          f"{100 * s['relaxed_f1']:6.2f} {100 * s['strict_f1']:6.2f} "
          f"{100 * s['value_accuracy']:7.2f} {100 * s['value_f1']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
