"""A person named only by the name they go by: `His co-host, who goes by Kenji, cut in:`."""

from __future__ import annotations

import re
from typing import Final

# The words of a relative clause that gives the name someone goes by, ending right before it:
# `, who goes by `, `, who is known as `, `, known only as `, `, who calls herself `.
# `(a customer) who gave only his surname, `, `who gave her first name as `: the name given
# (after a noun, with no comma before `who`).
_GOES_BY: Final = re.compile(
    r"(?:, (?:who (?:goes|went|is known|was known) (?:only |simply )?(?:by|as)"
    r"|(?:known|called) (?:only |simply )?as"
    r"|who calls (?:himself|herself|themselves)(?: only| simply)?)"
    r"|\bwho (?:gave|would give) (?:only )?(?:his|her|their) (?:sur|first |family |given )?"
    r"name(?:,| as)) $"
)
# What every such clause ends with (one `endswith` rules out most names before the search).
_ENDS: Final = (" by ", " as ", "self ", "selves ", " only ", " simply ", "name, ")
_REACH: Final = 48


def goes_by_before(masked: str, start: int) -> bool:
    """The name at `start` is the one a described person goes by: `who goes by Kenji`, `who
    gave only his surname, Wong` (`who sued the firm, Kell` -> False)."""
    if not masked.endswith(_ENDS, 0, start):
        return False
    return _GOES_BY.search(masked, max(0, start - _REACH), start) is not None


# A speaker's noun after the verb with its relative clause, ending right before the clause's
# name: `said the farmer, who gave his surname as ` (the clause is _GOES_BY's).
_NOUN_THEN_CLAUSE: Final = re.compile(
    r"\s*(?:the|an?|one) (?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*, who "
)


def named_after_noun(masked: str, verb_end: int, start: int) -> bool:
    """`said the farmer, who gave his surname as Chan` -> True at Chan: a noun right after the
    verb, then a relative clause giving the name the person goes by (`said the farmer, who
    gave birth to Lam` -> False: no name given)."""
    return _NOUN_THEN_CLAUSE.match(masked, verb_end, start) is not None and goes_by_before(
        masked, start
    )


def given_gender(masked: str, start: int) -> str | None:
    """`who gave his surname as Chan` -> "m" at Chan, `her` -> "f": the sex the clause giving
    the name says (None when no such clause, or `their`)."""
    if not masked.endswith(_ENDS, 0, start):
        return None  # (most names: no clause before them)
    match = _GOES_BY.search(masked, max(0, start - _REACH), start)
    if match is None:
        return None
    clause = match.group()
    return "m" if " his " in clause else "f" if " her " in clause else None
