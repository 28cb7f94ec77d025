"""How checking scales with the archive: time per document at growing sizes.

Usage:
    python benchmarks/scale.py [--sizes 250 500 1000 2000] [--seed 7]

A deterministic generator writes many small stories (three outlets each) about
invented events: different places, people, dates and figures per story, with a
disagreement planted in a known share of them (a date one to nine days off, a
figure changed, a quote with one word changed) and look-alikes in others (a
difference of precision, a running tally on a later day). It then times the
whole pipeline (extract, align, detect) at each size and reports time per
document — flat means the cost grows linearly with the archive — and the
precision and recall of the planted disagreements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time

import claimtrack
from claimtrack import Document, document_from_text
from claimtrack.ingest.metadata import Metadata

_PLACES = ["Varna", "Kessel", "Orla", "Tamsk", "Brill", "Odessa Bay", "Lorn", "Pellic", "Avrin",
           "Sorel", "Quist", "Marrow", "Tilde", "Ostrava", "Kern", "Halm"]
_FIRST = ["Ana", "Max", "Ilse", "Pavel", "Ruth", "Omar", "Lena", "Jonas", "Mira", "Tomas"]
_LAST = ["Kovac", "Hale", "Brandt", "Ondra", "Okafor", "Marsh", "Lind", "Veld", "Ruiz", "Sato"]
_WORDS = ["storm", "weather", "flood", "fire", "safety", "early"]


def _name(rng: random.Random, i: int) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}{i}"


def _story(i: int, rng: random.Random) -> tuple[list[Document], str | None]:
    """Three articles on story ``i``; the kind of disagreement planted, if any."""
    place = f"{rng.choice(_PLACES)}{i}"
    vessel = f"Astra{i}"
    official = _name(rng, i)
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))
    toll = rng.randrange(5, 80)
    money = rng.randrange(2, 90) * 1_000_000
    word = rng.choice(_WORDS)
    plant = rng.choice([None, None, "date", "quantity", "quote", "lookalike"])
    other_day = day + dt.timedelta(days=rng.randrange(1, 10)) if plant == "date" else day
    other_money = money + 10_000_000 if plant == "quantity" else money
    other_word = "weather" if plant == "quote" and word != "weather" else (
        "storm" if plant == "quote" else word)
    pub = day + dt.timedelta(days=1)

    def article(n: int, when: dt.date, amount: int, quoted: str, extra: str) -> Document:
        text = (
            f"{vessel} ferry capsizes near {place}\n\n"
            f"The ferry {vessel} capsized near {place} on {when.day} {when:%B %Y}, "
            f"killing {toll} people, officials said.\n\n"
            f"\"The captain ignored the {quoted} warning,\" harbour chief {official} said.\n\n"
            f"The regional government of {place} said it would pay €{amount // 1_000_000} "
            f"million in compensation to the families.{extra}\n"
        )
        meta = Metadata(published=pub + dt.timedelta(days=n), outlet=f"outlet-{n}")
        return document_from_text(text, f"s{i:06d}-{n}", metadata=meta)

    extra = ""
    if plant == "lookalike":
        extra = f" By {pub + dt.timedelta(days=3):%B %d}, the toll had risen to {toll + 4}."
    docs = [
        article(0, day, money, word, ""),
        article(1, other_day, other_money, other_word, extra),
        article(2, day, money, word, ""),
    ]
    if plant == "lookalike":
        # A difference of precision: the month instead of the day.
        text = docs[2].text.replace(f"on {day.day} {day:%B %Y}", f"in {day:%B %Y}")
        docs[2] = document_from_text(text, docs[2].id, metadata=Metadata(published=pub))
    return docs, plant if plant != "lookalike" else None


def corpus(size: int, seed: int) -> tuple[list[Document], dict[str, str]]:
    rng = random.Random(seed)
    docs: list[Document] = []
    planted: dict[str, str] = {}
    i = 0
    while len(docs) < size:
        story, kind = _story(i, rng)
        docs.extend(story)
        if kind:
            planted[f"s{i:06d}"] = kind
        i += 1
    return docs[:size], planted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"{'documents':>9} {'chars':>10} {'seconds':>8} {'ms/doc':>7} {'chars/s':>10} "
          f"{'planted':>7} {'found':>5} {'precision':>9} {'recall':>6}")
    for size in args.sizes:
        docs, planted = corpus(size, args.seed)
        complete = {k: v for k, v in planted.items()
                    if sum(1 for d in docs if d.id.startswith(k)) == 3}
        chars = sum(len(d.text) for d in docs)
        t0 = time.perf_counter()
        report = claimtrack.check(docs)
        seconds = time.perf_counter() - t0
        found: set[tuple[str, str]] = set()
        true = 0
        for c in report.conflicts:
            stories = {p.claim.document_id.split("-")[0] for p in c.positions}
            story = next(iter(stories))
            ok = len(stories) == 1 and complete.get(story) == c.kind
            true += ok
            if ok:
                found.add((story, c.kind))
        precision = true / len(report.conflicts) if report.conflicts else 1.0
        recall = len(found) / len(complete) if complete else 1.0
        print(f"{size:9d} {chars:10,d} {seconds:8.2f} {1000 * seconds / size:7.2f} "
              f"{chars / seconds:10,.0f} {len(complete):7d} {len(report.conflicts):5d} "
              f"{precision:9.3f} {recall:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
