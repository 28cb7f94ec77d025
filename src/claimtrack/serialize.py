"""JSON in and out, at the edges: one cattrs converter for every model.

Models carry no ``to_json``; this module decides how they look outside.
Dates are ISO 8601 strings, tuples become lists, a :class:`~claimtrack.spans.Span`
becomes ``{"document", "start", "end", "text"}`` (the text is carried for
readers who no longer have the document, as a W3C ``TextQuoteSelector`` does).

Structuring spans back needs the documents they point into: pass them to
:func:`make_converter`. Malformed data raises :class:`~claimtrack.errors.SchemaError`
with a JSONPath to the problem (``@ $.claims[3].start``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs
from cattrs import transform_error
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from claimtrack.errors import SchemaError, SpanError
from claimtrack.model import Document
from claimtrack.spans import Span

__all__ = ["dumps", "make_converter", "structure", "unstructure"]

T = TypeVar("T")


def make_converter(documents: Mapping[str, Document] | None = None) -> cattrs.Converter:
    """Build the converter claimtrack uses for JSON.

    Args:
        documents: documents by id, so that spans can be structured back.
    """
    conv = cattrs.Converter(forbid_extra_keys=True)
    known = dict(documents or {})

    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))

    def unstructure_span(span: Span) -> dict[str, Any]:
        return {"document": span.document_id, "start": span.start, "end": span.end,
                "text": span.text}

    def structure_span(value: Any, _: Any) -> Span:
        if not isinstance(value, Mapping):
            raise ValueError(f"expected an object for a span, got {type(value).__name__}")
        doc_id = value.get("document")
        if doc_id not in known:
            raise ValueError(f"span refers to unknown document {doc_id!r}")
        span = Span(known[doc_id], int(value["start"]), int(value["end"]))
        if "text" in value and value["text"] != span.text:
            raise SpanError(
                f"span text {value['text']!r} differs from the document's {span.text!r}",
                start=span.start, end=span.end, length=len(known[doc_id].text),
            )
        return span

    conv.register_unstructure_hook(Span, unstructure_span)
    conv.register_structure_hook(Span, structure_span)
    return conv


_DEFAULT = make_converter()


def unstructure(value: object, converter: cattrs.Converter | None = None) -> Any:
    """Turn a model (or a list of them) into plain JSON-ready data."""
    return (converter or _DEFAULT).unstructure(value)


def _path(exc: BaseException) -> tuple[str, str]:
    """The first problem cattrs found, as ``(JSONPath, message)``."""
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        messages = transform_error(exc)
        if messages:
            message, _, path = messages[0].rpartition(" @ ")
            return path or "$", message or messages[0]
    if isinstance(exc, ForbiddenExtraKeysError):
        return "$", f"unexpected keys {sorted(exc.extra_fields)}"
    return "$", str(exc) or type(exc).__name__


def structure(data: Any, cls: type[T], converter: cattrs.Converter | None = None) -> T:
    """Build a model of type ``cls`` from JSON data.

    Raises:
        SchemaError: the data does not fit; the message says where.
    """
    try:
        return (converter or _DEFAULT).structure(data, cls)
    except (ClassValidationError, IterableValidationError, ValueError, TypeError,
            KeyError) as exc:
        path, message = _path(exc)
        raise SchemaError(message, path=path) from exc


def dumps(data: Any) -> str:
    """Serialise plain data to JSON the same way every time (sorted keys, UTF-8 kept)."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
