"""The public API: what claimtrack exports."""

from __future__ import annotations

import claimtrack


class TestPublicApi:
    def test_all_is_sorted_and_complete(self) -> None:
        """__all__ is sorted and lists exactly the public names of the package."""
        assert list(claimtrack.__all__) == sorted(claimtrack.__all__)
        module = type(claimtrack)
        public = {
            name for name in vars(claimtrack)
            if not name.startswith("_") and not isinstance(getattr(claimtrack, name), module)
        }
        assert public | {"__version__"} == set(claimtrack.__all__)

    def test_every_error_is_a_claimtrack_error(self) -> None:
        """Every exported exception derives from ClaimtrackError."""
        for name in claimtrack.__all__:
            obj = getattr(claimtrack, name)
            if isinstance(obj, type) and issubclass(obj, Exception):
                assert issubclass(obj, claimtrack.ClaimtrackError)
