"""Time expressions: find them in text and normalise them to TIMEX3 values.

``find_dates`` is the entry point; :class:`TimeExpression` is what it returns;
:func:`interval` turns a TIMEX3 value into the calendar days it covers.
"""

from claimtrack.temporal.tagger import find_dates
from claimtrack.temporal.values import TimeExpression, interval

__all__ = ["TimeExpression", "find_dates", "interval"]
