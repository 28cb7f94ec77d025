"""Extract: sentences, dates, quantities, quotes, participants and events become claims.

``extract_claims(document)`` is the entry point; the submodules each read one
kind of slot and can be used alone.
"""

from claimtrack.extract.claims import extract_claims

__all__ = ["extract_claims"]
