"""``python -m claimtrack``: the same as the ``claimtrack`` command."""

import sys

from claimtrack.cli import main

sys.exit(main())
