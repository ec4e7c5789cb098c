"""How many examples a hypothesis property tries: all of them, or a tenth in `make test-fast`."""

from __future__ import annotations

import os

# Set by `make test-fast`: the edit-run loop samples each property; `make test` runs them whole.
FAST = os.environ.get("COPYDESK_TEST_FAST") == "1"


def examples(full: int) -> int:
    """The number of examples to try: `full`, or a tenth of it (at least 10) in the fast loop."""
    return max(10, full // 10) if FAST else full
