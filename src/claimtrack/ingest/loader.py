"""Read paths into documents: files, directories, records, standard input.

:func:`load` never stops at the first bad input: every readable input becomes
a :class:`~claimtrack.model.Document` and every unreadable one an
:class:`~claimtrack.errors.InputError` in the result, so a caller can report
all problems and still work on the rest. Directories are read recursively in
a stable (sorted) order; sidecars (``*.meta.json``) are metadata, never
documents of their own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from claimtrack.errors import InputError
from claimtrack.ingest.byline import find_bylines, find_dateline, preferred_byline
from claimtrack.ingest.decode import decode, sniff_html_charset
from claimtrack.ingest.html import parse_html
from claimtrack.ingest.metadata import (
    TEXT_FIELDS,
    Metadata,
    metadata_from_mapping,
    read_sidecar,
)
from claimtrack.ingest.regions import find_regions, non_overlapping, split_lines
from claimtrack.model import Document, Region

__all__ = ["SUFFIXES", "LoadResult", "document_from_text", "load"]

SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})


@attrs.frozen
class LoadResult:
    """Documents read, problems met, and inputs passed over on purpose.

    Attributes:
        documents: every document read, in input order.
        errors: one per input that could not be read.
        skipped: ``(path, reason)`` for files a directory held that are not
            articles (unsupported type); reported, not errors.
    """

    documents: tuple[Document, ...]
    errors: tuple[InputError, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()


def document_from_text(
    text: str,
    id: str,
    *,
    source: str = "",
    metadata: Metadata | None = None,
    regions: Iterable[Region] = (),
    encoding: str = "utf-8",
) -> Document:
    """Build a document: find boilerplate regions and, lacking metadata, a byline date.

    Args:
        text: the text exactly as read; it is never altered.
        id: the document's stable identifier.
        source: where it came from, for messages.
        metadata: what the input said about the article.
        regions: regions already known (from HTML structure).
        encoding: how the bytes were decoded.

    Raises:
        InputError: the text holds nothing but white space.
    """
    meta = metadata or Metadata()
    if not text.strip():
        raise InputError(source or id, "no text (only white space)")
    lines = split_lines(text)
    found = find_regions(text, lines)
    known = list(regions)
    merged = sorted(
        known + [r for r in found if not any(k.start <= r.start < k.end for k in known)],
        key=lambda r: (r.start, r.end),
    )
    published = meta.published
    published_from = "metadata" if published else "unknown"
    note = None if published else "no publication date in metadata or text"
    dateline = find_dateline(lines, merged)
    bylines = find_bylines(lines, merged, meta.retrieved, dateline)
    if published is None:
        byline = preferred_byline(bylines)
        if byline is not None:
            published, note = byline.date, byline.note
            published_from = "text" if byline.date else "unknown"
    elif dateline is not None and dateline.date is not None \
            and 1 <= (published - dateline.date).days <= _UPLOAD_LAG:
        # "LIVERPOOL, 26th May, 2025 (WAM) – … just after 6pm today", uploaded on the
        # 27th: the dateline is the day the writer's "today" means
        note = (f"dated by its dateline ({dateline.date.isoformat()}); the metadata's "
                f"{published.isoformat()} is a later upload")
        published, published_from = dateline.date, "text"
    # Bylines and datelines are page furniture whichever of them gives the date.
    for a, b in [*(by.line for by in bylines), *([dateline.line] if dateline else [])]:
        if not any(r.start <= a < r.end for r in merged):
            merged.append(Region(a, b, "byline"))
    merged.sort(key=lambda r: (r.start, r.end))
    return Document(
        id=id,
        text=text,
        source=source,
        url=meta.url,
        outlet=meta.outlet,
        title=meta.title,
        authors=meta.authors,
        language=meta.language,
        published=published,
        published_from=published_from,  # type: ignore[arg-type]
        published_note=note,
        retrieved=meta.retrieved,
        regions=tuple(non_overlapping(merged)),
        encoding=encoding,
    )


_UPLOAD_LAG = 2
"""Most days a page's metadata date may trail the dateline its text opens with (a wire
story republished after midnight, or in another time zone) before the two are taken to
be different stories' dates."""


def _html_document(markup: str, default_id: str, source: str, encoding: str,
                   sidecar: Metadata | None = None) -> Document:
    """A document from an HTML page: its visible text, furniture regions and metadata
    (a sidecar's values win over the page's)."""
    page = parse_html(markup)
    page_meta = metadata_from_mapping(page.meta, source)
    meta = sidecar.merged_over(page_meta) if sidecar else page_meta
    return document_from_text(page.text, meta.id or default_id, source=source, metadata=meta,
                              regions=page.regions, encoding=encoding)


def _read_file(path: Path, stem_id: str, encoding: str | None) -> list[Document | InputError]:
    source = str(path)
    try:
        side = read_sidecar(path)
    except InputError as exc:
        return [exc]
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [InputError(source, f"cannot read ({exc.strerror or exc})")]
    declared = (side.encoding if side else None) or encoding
    if suffix in (".json", ".jsonl"):
        return _records(data, source, path.stem, suffix, declared)
    try:
        if suffix in (".html", ".htm"):
            markup, used = decode(data, source, declared or sniff_html_charset(data))
            return [_html_document(markup, stem_id, source, used, side)]
        text, used = decode(data, source, declared)
        meta = side or Metadata()
        return [document_from_text(text, meta.id or stem_id, source=source, metadata=meta,
                                   encoding=used)]
    except InputError as exc:
        return [exc]


def _record(data: Any, source: str, fallback_id: str) -> Document:
    if not isinstance(data, Mapping):
        raise InputError(source, f"a record must be a JSON object, got {type(data).__name__}")
    text = next((data[k] for k in TEXT_FIELDS if isinstance(data.get(k), str) and data[k]), None)
    if text is None:
        raise InputError(source, f"record has no text (looked for {', '.join(TEXT_FIELDS)})")
    meta = metadata_from_mapping(data, source)
    return document_from_text(text, meta.id or fallback_id, source=source, metadata=meta)


def _records(data: bytes, source: str, stem: str, suffix: str,
             declared: str | None) -> list[Document | InputError]:
    try:
        raw, _ = decode(data, source, declared)
    except InputError as exc:
        return [exc]
    out: list[Document | InputError] = []
    if suffix == ".jsonl":
        numbered = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
        if not numbered:
            return [InputError(source, "no records (only white space)")]
        for n, line in numbered:
            where = f"{source}:{n}"
            try:
                out.append(_record(json.loads(line), where, f"{stem}-{n}"))
            except json.JSONDecodeError as exc:
                out.append(InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})"))
            except InputError as exc:
                out.append(exc)
        return out
    try:
        parsed = json.loads(raw)
    except json.JSONDecodeError as exc:
        return [InputError(source, f"malformed JSON ({exc.msg} at line {exc.lineno} "
                                   f"column {exc.colno})")]
    if isinstance(parsed, list):
        if not parsed:
            return [InputError(source, "no records (empty list)")]
        for n, item in enumerate(parsed, 1):
            try:
                out.append(_record(item, f"{source}#{n}", f"{stem}-{n}"))
            except InputError as exc:
                out.append(exc)
        return out
    try:
        return [_record(parsed, source, stem)]
    except InputError as exc:
        return [exc]


def _walk(root: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or not path.is_file():
            continue
        if path.name.endswith(".meta.json"):
            continue
        if path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            skipped.append((str(path), f"not a supported type ({path.suffix or 'no suffix'})"))
    return files, skipped


def _read_stdin(stream: BinaryIO, encoding: str | None) -> list[Document | InputError]:
    data = stream.read()
    try:
        text, used = decode(data, "-", encoding)
        head = text.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")):
            return [_html_document(text, "stdin", "-", used)]
        return [document_from_text(text, "stdin", source="-", encoding=used)]
    except InputError as exc:
        return [exc]


def load(
    paths: Iterable[str | Path],
    *,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> LoadResult:
    """Read every path into documents, collecting problems instead of stopping.

    Args:
        paths: files, directories (read recursively, sorted), or ``-`` for
            standard input.
        encoding: the encoding to assume for inputs that are not UTF-8 and
            declare nothing themselves.
        stdin: the stream ``-`` reads (default: the process's standard input).

    Returns:
        The documents, the errors, and the directory entries passed over.
        Ids are file stems; when two inputs share a stem, the later ones get
        their parent folder prefixed so every id stays unique and stable.
    """
    documents: list[Document] = []
    errors: list[InputError] = []
    skipped: list[tuple[str, str]] = []
    taken: set[str] = set()
    for raw in paths:
        if str(raw) == "-":
            results = _read_stdin(stdin or sys.stdin.buffer, encoding)
        else:
            path = Path(raw)
            if path.is_dir():
                files, passed = _walk(path)
                skipped.extend(passed)
                if not files:
                    errors.append(InputError(str(path), "directory holds no supported files "
                                             f"({', '.join(sorted(SUFFIXES))})"))
                results = []
                for f in files:
                    results.extend(_read_file(f, f.stem, encoding))
            elif path.is_file():
                if path.suffix.lower() not in SUFFIXES:
                    results = [InputError(str(path), f"unsupported file type "
                                          f"{path.suffix or '(no suffix)'}; expected one of "
                                          f"{', '.join(sorted(SUFFIXES))}")]
                else:
                    results = _read_file(path, path.stem, encoding)
            elif path.exists():
                results = [InputError(str(path), "not a regular file")]
            else:
                results = [InputError(str(path), "no such file or directory")]
        for item in results:
            if isinstance(item, InputError):
                errors.append(item)
                continue
            doc = item
            if doc.id in taken:
                parent = Path(doc.source).parent.name or "doc"
                new_id = f"{parent}/{doc.id}"
                n = 2
                while new_id in taken:
                    new_id, n = f"{parent}/{doc.id}-{n}", n + 1
                doc = attrs.evolve(doc, id=new_id)
            taken.add(doc.id)
            documents.append(doc)
    return LoadResult(tuple(documents), tuple(errors), tuple(skipped))
