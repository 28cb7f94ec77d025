"""Ingest: files, HTML pages, JSON records and standard input become documents.

``load`` reads paths; ``document_from_text`` builds one document from text you
already have. Both find boilerplate regions and, when metadata lacks it, the
publication date the text states in a byline or dateline.
"""

from claimtrack.ingest.loader import SUFFIXES, LoadResult, document_from_text, load

__all__ = ["SUFFIXES", "LoadResult", "document_from_text", "load"]
