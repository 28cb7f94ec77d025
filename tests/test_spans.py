"""Spans, W3C selectors, UTF-16 offsets and re-anchoring."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from claimtrack import (
    AmbiguousAnchorError,
    ClaimtrackError,
    Document,
    MissingAnchorError,
    Span,
    SpanError,
    from_utf16,
    reanchor,
    to_utf16,
)
from claimtrack.spans import quote_selector

from .strategies import text_and_span, texts


def _doc(text: str) -> Document:
    return Document(id="d", text=text)


class TestSpan:
    @given(text_and_span())
    @example(("a😀b\r\nc", 1, 4))
    def test_text_round_trips(self, case: tuple[str, int, int]) -> None:
        """A span's text is exactly the source characters between its offsets."""
        text, start, end = case
        span = Span(_doc(text), start, end)
        assert span.text == text[start:end]
        assert len(span) == end - start

    def test_rejects_end_past_text(self) -> None:
        """Rejects a span that ends past the text, naming the values."""
        with pytest.raises(SpanError, match=r"end=6 > len\(text\)=5") as info:
            Span(_doc("hello"), 2, 6)
        assert info.value.end == 6
        assert info.value.length == 5

    def test_rejects_reversed_offsets(self) -> None:
        """Rejects end < start; the error is a ValueError and a ClaimtrackError."""
        with pytest.raises(SpanError, match="end=1 < start=3"):
            Span(_doc("hello"), 3, 1)
        assert issubclass(SpanError, ValueError)
        assert issubclass(SpanError, ClaimtrackError)

    def test_rejects_negative_start(self) -> None:
        """Rejects a negative start."""
        with pytest.raises(SpanError, match="start=-1 < 0"):
            Span(_doc("hello"), -1, 2)

    def test_equality_ignores_text_identity(self) -> None:
        """Spans over the same document id and offsets are equal and hash alike."""
        a = Span(_doc("same text"), 0, 4)
        b = Span(_doc("same text"), 0, 4)
        assert a == b
        assert hash(a) == hash(b)
        assert a != Span(_doc("same text"), 0, 5)


class TestSelectors:
    @given(text_and_span(), st.integers(0, 40))
    def test_quote_selector_reassembles_text(self, case: tuple[str, int, int], ctx: int) -> None:
        """prefix + exact + suffix is the text around the span, unchanged."""
        text, start, end = case
        q = Span(_doc(text), start, end).quote_selector(ctx)
        assert q.exact == text[start:end]
        assert text[start - len(q.prefix) : end + len(q.suffix)] == q.prefix + q.exact + q.suffix

    @given(text_and_span())
    def test_position_selector_matches_span(self, case: tuple[str, int, int]) -> None:
        """The position selector carries the span's code point offsets."""
        text, start, end = case
        sel = Span(_doc(text), start, end).position_selector()
        assert (sel.start, sel.end, sel.type) == (start, end, "TextPositionSelector")


class TestUtf16:
    @given(texts, st.data())
    @example("😀x", None)
    def test_conversion_is_inverse(self, text: str, data: st.DataObject | None) -> None:
        """Code point -> UTF-16 -> code point is the identity, astral characters included."""
        offsets = range(len(text) + 1) if data is None else [
            data.draw(st.integers(0, len(text)))
        ]
        for offset in offsets:
            assert from_utf16(text, to_utf16(text, offset)) == offset

    @given(texts)
    def test_end_matches_javascript_length(self, text: str) -> None:
        """The UTF-16 offset of the end is the JavaScript string length."""
        assert to_utf16(text, len(text)) == len(text.encode("utf-16-le")) // 2

    def test_offset_inside_surrogate_pair_is_rejected(self) -> None:
        """A UTF-16 offset that splits an emoji's surrogate pair is an error."""
        with pytest.raises(SpanError, match="splits the surrogate pair"):
            from_utf16("a😀b", 2)


class TestReanchor:
    @given(text_and_span(), texts, texts)
    def test_edits_elsewhere_keep_the_quote(
        self, case: tuple[str, int, int], before: str, after: str
    ) -> None:
        """After text is added before and after, strict re-anchoring finds the same characters."""
        text, start, end = case
        assume(end > start)
        selector = quote_selector(text, start, end)
        edited = before + text + after
        try:
            anchor = reanchor(selector, edited)
        except AmbiguousAnchorError as exc:
            # Only acceptable when the same quote-with-context truly repeats.
            candidates = exc.candidates
        else:
            assert edited[anchor.start : anchor.end] == text[start:end]
            assert anchor.start == len(before) + start or edited.count(selector.exact) > 1
            return
        assert len(candidates) > 1

    def test_context_decides_between_repeats(self) -> None:
        """A repeated quote is placed by its prefix and suffix."""
        text = "He said no. Later she said no again."
        start = text.index("no", 20)
        selector = quote_selector(text, start, start + 2, context=8)
        anchor = reanchor(selector, "Intro. " + text)
        assert anchor.start == start + len("Intro. ")

    def test_true_ambiguity_is_reported(self) -> None:
        """Identical repeats with identical context are ambiguous, never guessed."""
        selector = quote_selector("x ab y", 2, 4, context=2)
        with pytest.raises(AmbiguousAnchorError) as info:
            reanchor(selector, "x ab y | x ab y")
        assert len(info.value.candidates) == 2

    def test_missing_quote_in_strict_mode(self) -> None:
        """Strict mode reports a quote that is gone."""
        selector = quote_selector("visa revoked on 26 September", 0, 28)
        with pytest.raises(MissingAnchorError):
            reanchor(selector, "visa revoked on 17 October")

    def test_fuzzy_mode_scores_a_corrected_quote(self) -> None:
        """Fuzzy mode finds a lightly edited quote and scores its similarity."""
        old = "The State Department said it was revoking the visa of the president."
        new = "Intro line.\nThe State Department said it is revoking the visa of the president."
        selector = quote_selector(old, 0, len(old))
        anchor = reanchor(selector, new, mode="fuzzy")
        assert new[anchor.start : anchor.end].startswith("The State Department")
        assert 0.8 <= anchor.score < 1.0
        assert anchor.mode == "fuzzy"
