"""Hypothesis strategies shared by the tests: texts with spans, documents, dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimtrack.model import Document

# Text that looks like news and also stresses offsets: accents, curly quotes,
# CRLF line ends and characters outside the Basic Multilingual Plane.
_ALPHABET = st.sampled_from(
    [*"abcdefghij klmnopqrstuvwxyz ABCDE,.;:!?'\"-–—“”‘’\n", "\r\n", "é", "ñ", "😀", "𝔸", "中"]
)

texts = st.lists(_ALPHABET, min_size=0, max_size=200).map("".join)
nonempty_texts = st.lists(_ALPHABET, min_size=1, max_size=200).map("".join).filter(
    lambda t: t.strip() != ""
)


@st.composite
def text_and_span(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text and a valid half-open ``[start, end)`` inside it."""
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Documents with arbitrary text and metadata (no regions)."""
    text = draw(nonempty_texts)
    return Document(
        id=draw(st.text("abcdefghijklmnop0123456789-_", min_size=1, max_size=12)),
        text=text,
        source=draw(st.text(max_size=20)),
        url=draw(st.none() | st.just("https://example.org/a")),
        outlet=draw(st.none() | st.text(min_size=1, max_size=20)),
        title=draw(st.none() | st.text(min_size=1, max_size=40)),
        authors=tuple(draw(st.lists(st.text(min_size=1, max_size=15), max_size=3))),
        language=draw(st.none() | st.sampled_from(["en", "es", "en-GB"])),
        published=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
        published_from=draw(st.sampled_from(["metadata", "text", "unknown"])),
        published_note=draw(st.none() | st.text(max_size=30)),
        retrieved=draw(st.none() | st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2100, 1, 1))),
        encoding=draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
    )


reference_dates = st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))
