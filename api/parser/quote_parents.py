"""`the mother of four said`: a parent by the count of their children, a person named before."""

from __future__ import annotations

import re
from typing import Final

# `the mother of four`, `the father-of-two`, `the grandmother of nine`: a parent's noun, `of`
# and a count, the words of a description (lower case, split at spaces).
_PARENT_OF: Final = re.compile(
    r"the (mother|father|mum|mom|dad|grandmother|grandfather)[- ]of[- ]"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)
_SEX: Final = {"mother": "f", "mum": "f", "mom": "f", "grandmother": "f"}
# A one-word name set off by an age right after it: `Chebet, 41,` introduces a one-name person.
ONE_NAME_AGE: Final = re.compile(r", (?:aged )?\d{1,3},")
# ... or by the clause that says the name is all they gave: `Khulan, 24, who gave one name,`,
# `Teretia, a mother of three who gave only her first name,`.
_GAVE_ONE_NAME: Final = re.compile(
    r", (?:aged )?\d{1,3},|, [^,.;“”\"]{0,60}?\bwho (?:gave|asked to be identified by|uses)"
    r" (?:only )?(?:one|a single|(?:his|her|their) first) name\b"
)


def one_name_introduced(masked: str, end: int) -> bool:
    """A one-word name ending at `end` is a person's, introduced as one-name people are: an age
    set off after it, or `who gave one name` (`Khulan, 24, who gave one name, left`)."""
    # (a slice, not `startswith(", ", end)`: compiled, a bounded startswith is a generic call)
    return masked[end : end + 2] == ", " and _GAVE_ONE_NAME.match(masked, end) is not None


def parent_sex(lowered: list[str]) -> str | None:
    """`f` for `the mother of four`, `m` for `the father-of-two`; None for other words."""
    if len(lowered) > 4 or lowered[0] != "the":
        return None
    match = _PARENT_OF.fullmatch(" ".join(lowered))
    return _SEX.get(match.group(1), "m") if match else None
