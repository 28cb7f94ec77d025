"""JSON round trips through the cattrs converter, and clear errors on bad data."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

from claimtrack import Document, Region, SchemaError, Span
from claimtrack.serialize import dumps, make_converter, structure, unstructure

from .strategies import documents, text_and_span


class TestRoundTrip:
    @given(documents())
    def test_document(self, doc: Document) -> None:
        """A document survives unstructure -> JSON -> structure unchanged."""
        data = json.loads(dumps(unstructure(doc)))
        assert structure(data, Document) == doc

    @given(text_and_span())
    def test_span(self, case: tuple[str, int, int]) -> None:
        """A span round-trips when the converter knows its document."""
        text, start, end = case
        doc = Document(id="d1", text=text or " ")
        span = Span(doc, min(start, len(doc.text)), min(end, len(doc.text)))
        conv = make_converter({"d1": doc})
        data = json.loads(dumps(conv.unstructure(span)))
        assert data["text"] == span.text
        assert structure(data, Span, conv) == span

    def test_region(self) -> None:
        """Regions keep their repeat pointer."""
        region = Region(10, 20, "repeat", of_start=2)
        assert structure(unstructure(region), Region) == region


class TestErrors:
    def test_says_where(self) -> None:
        """A wrong type names the field by JSONPath."""
        with pytest.raises(SchemaError, match=r"@ \$\.end"):
            structure({"start": 1, "end": "x", "kind": "repeat"}, Region)

    def test_unknown_keys_are_rejected(self) -> None:
        """Extra keys are errors, not silently dropped."""
        with pytest.raises(SchemaError, match=r"extra fields found \(colour\)"):
            structure({"start": 1, "end": 2, "kind": "repeat", "colour": "red"}, Region)

    def test_span_text_must_match_document(self) -> None:
        """A span whose carried text disagrees with the document is refused."""
        doc = Document(id="d1", text="Bogotá said no.")
        conv = make_converter({"d1": doc})
        with pytest.raises(SchemaError, match="differs"):
            structure({"document": "d1", "start": 0, "end": 6, "text": "Bogota"}, Span, conv)

    def test_output_is_deterministic(self) -> None:
        """Dumping the same data twice gives identical bytes, keys sorted."""
        doc = Document(id="x", text="t", authors=("b", "a"))
        assert dumps(unstructure(doc)) == dumps(unstructure(doc))
        assert dumps({"b": 1, "a": 2}).index('"a"') < dumps({"b": 1, "a": 2}).index('"b"')
