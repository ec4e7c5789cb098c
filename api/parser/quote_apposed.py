"""What an appositive after a name calls the person, read for a later `the <description> said`."""

from __future__ import annotations

import re
from typing import Final

# `X, the Tarlac provincial police director,`, `X, 67, a retired dairy farmer who ...`: the
# words of a description set off after a name (an age may come first), up to its comma or clause.
_APPOSED_AFTER: Final = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:the|an?)\s+([A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,7}?)"
    r"(?=,|\.|;| who | whose | which | that )"
)
APPOSED_REACH: Final = 100  # the characters after a name read for its appositive


def apposed_after(masked: str, end: int) -> str | None:
    """`X, the Tarlac provincial police director, said` read at X's end -> `the Tarlac ...
    director` lowered to `tarlac provincial police director`; None when no description follows."""
    found = _APPOSED_AFTER.match(masked, end, min(len(masked), end + APPOSED_REACH))
    return found.group(1).lower() if found is not None else None


def holds_in_order(head: str, described: str) -> bool:
    """`provincial director` of `tarlac provincial police director`: the description's noun
    ends the head and its other words come in it in the same order (a shortened description);
    `executive director` is not held (no `executive`), nor `police chief` (another noun)."""
    wanted = described.split()
    words = head.split()
    if not wanted or not words or words[-1] != wanted[-1]:
        return False
    k = 0
    for word in words[:-1]:
        if k < len(wanted) - 1 and word == wanted[k]:
            k += 1
    return k == len(wanted) - 1
