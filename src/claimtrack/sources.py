"""Independent sources: copies and syndicated text count once.

Two documents are one source when most of the longer sentences of the
shorter one appear, word for word, in the other (a wire story republished by
several outlets). Sentences are hashed, and documents meet through an
inverted index from sentence hash to documents, so the cost grows with the
total text, not with the square of the number of documents.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from claimtrack.model import Document

__all__ = ["COPY_SHARE", "Sources"]

COPY_SHARE = 0.5
"""Share of a document's sentences found in another that makes it a copy."""

_RUN = re.compile(r"[^.!?\n]+[.!?]?")
"""A run of text up to its end mark: each match starts where the last ended, so a page
with no end mark at all is read once (``[^.!?\n]{40,}[.!?]`` retried from every
character of such a run, in time that grows with its square)."""
_SENTENCE_MIN = 40


def _fingerprints(doc: Document) -> set[str]:
    """Hashes of the article's longer sentences (40 characters or more before their end
    mark), their case and spacing ignored."""
    out = set()
    for a, b in doc.prose_ranges():
        for m in _RUN.finditer(doc.text, a, b):
            run = m.group(0)
            if len(run) <= _SENTENCE_MIN or run[-1] not in ".!?":
                continue
            words = " ".join(run.lower().split())
            out.add(hashlib.blake2b(words.encode("utf-8"), digest_size=8).hexdigest())
    return out


class Sources:
    """Groups documents into independent sources."""

    def __init__(self, documents: Sequence[Document]) -> None:
        prints = {d.id: _fingerprints(d) for d in documents}
        index: dict[str, list[str]] = defaultdict(list)
        for doc_id in sorted(prints):
            for fp in prints[doc_id]:
                index[fp].append(doc_id)
        parent = {d: d for d in prints}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        shared: dict[tuple[str, str], int] = defaultdict(int)
        for docs in index.values():
            if 1 < len(docs) <= 50:
                for i, a in enumerate(docs):
                    for b in docs[i + 1 :]:
                        shared[(a, b)] += 1
        for (a, b), n in sorted(shared.items()):
            smaller = min(len(prints[a]), len(prints[b]))
            if smaller and n / smaller >= COPY_SHARE:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
        self._group = {d: find(d) for d in prints}

    def group_of(self, doc_id: str) -> str:
        """The id that stands for ``doc_id``'s source (the smallest id among its copies)."""
        return self._group.get(doc_id, doc_id)

    def independent(self, doc_ids: Iterable[str]) -> int:
        """How many independent sources ``doc_ids`` are."""
        return len({self.group_of(d) for d in doc_ids})
