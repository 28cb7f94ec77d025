"""Article metadata: field aliases, date parsing, sidecar files.

News scrapers name the same fields differently (news-please ``date_publish``,
trafilatura ``date``, schema.org ``datePublished``). This module maps them to
one :class:`Metadata` and parses dates strictly: an impossible date
(``2025-02-30``) or one without a year is an error, never a guess, and the
clock is never consulted to fill a missing part.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from dateutil import parser as dateparser

from claimtrack.errors import InputError, MetadataError

__all__ = [
    "Metadata",
    "metadata_from_mapping",
    "parse_date",
    "parse_datetime",
    "read_sidecar",
    "sidecar_path",
]

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "uuid", "article_id", "guid"),
    "url": ("url", "link", "canonical_url", "source_url"),
    "outlet": ("outlet", "source_domain", "hostname", "sitename", "site_name", "publisher",
               "source"),
    "title": ("title", "headline"),
    "authors": ("authors", "author", "byline"),
    "language": ("language", "lang"),
    "published": ("published", "date_publish", "date", "datePublished", "published_at",
                  "publish_date", "pubdate"),
    "retrieved": ("retrieved", "date_download", "retrieved_at", "fetched", "crawled"),
    "encoding": ("encoding", "charset"),
}
TEXT_FIELDS: tuple[str, ...] = ("maintext", "text", "content", "body", "article_text", "raw_text")


@attrs.frozen
class Metadata:
    """What is known about an article besides its text."""

    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None
    published: dt.date | None = None
    retrieved: dt.datetime | None = None
    encoding: str | None = None

    def merged_over(self, base: Metadata) -> Metadata:
        """This metadata, with gaps filled from ``base``."""
        values = {
            f.name: getattr(self, f.name) or getattr(base, f.name)
            for f in attrs.fields(Metadata)
        }
        return Metadata(**values)


_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 2)


def parse_datetime(value: str, source: str, field: str = "published") -> dt.datetime:
    """Parse a metadata date or date-time; every part must be present and valid.

    Raises:
        MetadataError: the value is not a date, is impossible, or lacks a part.
    """
    text = value.strip()
    if not text:
        raise MetadataError(source, f"{field}: empty date")
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        # Parse twice with different defaults: a part that changes with the
        # default was not in the text (dateutil would otherwise fill it from
        # the default, or worse, from today).
        a = dateparser.parse(text, default=_DEFAULT_A)
        b = dateparser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError) as exc:
        raise MetadataError(source, f"{field}: {value!r} is not a valid date ({exc})") from None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        raise MetadataError(source, f"{field}: {value!r} lacks a year, month or day")
    return a


def parse_date(value: str, source: str, field: str = "published") -> dt.date:
    """Parse a metadata date to a calendar date (see :func:`parse_datetime`)."""
    return parse_datetime(value, source, field).date()


def _first(data: Mapping[str, Any], field: str) -> Any:
    for key in ALIASES[field]:
        if key in data and data[key] not in (None, "", []):
            return data[key]
    return None


def _string(value: Any, source: str, field: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and field == "id":
        return str(value)
    if not isinstance(value, str):
        raise MetadataError(source, f"{field}: expected a string, got {type(value).__name__}")
    return value.strip() or None


def _authors(value: Any, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(" and ", ";").split(";")]
        return tuple(p for p in parts if p)
    if isinstance(value, list):
        names = []
        for item in value:
            if isinstance(item, str):
                names.append(item.strip())
            elif isinstance(item, Mapping) and isinstance(item.get("name"), str):
                names.append(item["name"].strip())
            else:
                raise MetadataError(source, "authors: expected names (strings)")
        return tuple(n for n in names if n)
    if isinstance(value, Mapping) and isinstance(value.get("name"), str):
        return (value["name"].strip(),)
    raise MetadataError(source, f"authors: expected a list of names, got {type(value).__name__}")


def metadata_from_mapping(data: Mapping[str, Any], source: str) -> Metadata:
    """Read metadata from a JSON object, accepting the common scrapers' field names.

    Raises:
        MetadataError: a field has the wrong type or an impossible date.
    """
    published = _first(data, "published")
    retrieved = _first(data, "retrieved")
    if published is not None and not isinstance(published, str):
        raise MetadataError(source, f"published: expected a date string, got {published!r}")
    if retrieved is not None and not isinstance(retrieved, str):
        raise MetadataError(source, f"retrieved: expected a date string, got {retrieved!r}")
    return Metadata(
        id=_string(_first(data, "id"), source, "id"),
        url=_string(_first(data, "url"), source, "url"),
        outlet=_string(_first(data, "outlet"), source, "outlet"),
        title=_string(_first(data, "title"), source, "title"),
        authors=_authors(_first(data, "authors"), source),
        language=_string(_first(data, "language"), source, "language"),
        published=parse_date(published, source) if published else None,
        retrieved=parse_datetime(retrieved, source, "retrieved") if retrieved else None,
        encoding=_string(_first(data, "encoding"), source, "encoding"),
    )


def sidecar_path(path: Path) -> Path:
    """The metadata sidecar for ``path``: ``article.meta.json`` beside ``article.txt``."""
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> Metadata | None:
    """Read the sidecar of ``path`` if there is one.

    Raises:
        InputError: the sidecar is not a JSON object.
        MetadataError: a value in it is malformed.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return None
    source = str(side)
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(source, f"malformed JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(source, "a sidecar must be a JSON object")
    return metadata_from_mapping(data, source)
