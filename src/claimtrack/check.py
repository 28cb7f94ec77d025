"""The whole pipeline in one call: ingest → extract → align → detect → report.

``check(paths_or_documents)`` is what most users want; each stage can also be
called alone (``load``, ``extract_claims``, ``detect``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from claimtrack.claims import Claim
from claimtrack.detect import detect
from claimtrack.errors import InputError
from claimtrack.extract import extract_claims
from claimtrack.findings import Conflict, Report
from claimtrack.ingest import load
from claimtrack.model import Document

__all__ = ["Progress", "check"]


Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` during long runs."""


def _with_cited(claims: list[Claim], conflicts: Sequence[Conflict]) -> list[Claim]:
    """``claims`` and any claim a conflict cites that extraction did not give (a sentence
    that names a person and states nothing else, cited for the name's spelling), each
    after its document's claims, so that every conflict's claims are in the report."""
    known = {c.id for c in claims}
    cited = sorted({p.claim.id: p.claim for c in conflicts for p in c.positions
                    if p.claim.id not in known}.values(),
                   key=lambda c: (c.document_id, c.span.start))
    if not cited:
        return claims
    rank = {doc: i for i, doc in enumerate(dict.fromkeys(
        c.document_id for c in [*claims, *cited]))}
    return sorted([*claims, *cited], key=lambda c: rank[c.document_id])  # stable


def check(
    inputs: Iterable[str | Path | Document],
    *,
    encoding: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Check articles against each other and report where they disagree.

    Args:
        inputs: paths (files, directories, ``-``) and/or :class:`Document` objects.
        encoding: the encoding to assume for inputs that are not UTF-8 and
            declare none.
        progress: called as ``progress(stage, done, total)`` while claims are
            extracted and compared, for a progress display on long runs.

    Returns:
        A :class:`~claimtrack.findings.Report` with the documents, their
        claims, the conflicts, the agreements and the disputes.

    Raises:
        InputError: an input could not be read (the first such problem). Use
            :func:`claimtrack.load` to collect every problem and go on.
    """
    items = list(inputs)
    documents = [d for d in items if isinstance(d, Document)]
    paths = [p for p in items if not isinstance(p, Document)]
    if paths:
        result = load(paths, encoding=encoding)
        if result.errors:
            raise result.errors[0]
        documents.extend(result.documents)
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        dupes = sorted(i for i, n in Counter(ids).items() if n > 1)
        raise InputError(dupes[0], "two documents share this id; ids must be unique")
    documents.sort(key=lambda d: d.id)
    claims = []
    step = max(1, len(documents) // 20)
    for n, doc in enumerate(documents, 1):
        claims.extend(extract_claims(doc))
        if progress is not None and (n % step == 0 or n == len(documents)):
            progress("extracting claims", n, len(documents))
    if progress is not None:
        progress("comparing claims", 0, len(claims))
    conflicts, agreements, disputes = detect(documents, claims)
    if progress is not None:
        progress("comparing claims", len(claims), len(claims))
    claims = _with_cited(claims, conflicts)
    return Report(documents=tuple(documents), claims=tuple(claims), conflicts=tuple(conflicts),
                  agreements=tuple(agreements), disputes=tuple(disputes))
