"""A body's paper to its own board: `A report to the council's executive`, `A staff report
prepared for the board`. Officers write such a paper for the body they serve, so `the report
said` speaks for that body (the council, the district whose board it is), not for the lead's
subject or a body named nearer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# The papers officers put to a body's board or members (a document noun the article may call
# back as `the report`).
PAPER_NOUNS: Final = frozenset("report paper presentation briefing memo proposal review".split())
# A body's organs a paper is put to: `to the council's executive`, `for the board`.
_ORGANS: Final = r"(?:executive|cabinet|board|committee|trustees|councillors|members)"
PAPER_CHARS: Final = 600  # how far back from the cue (or a paragraph's end) a paper is read


@lru_cache(maxsize=16)
def _paper_to(head: str) -> re.Pattern[str]:
    """`A report to the council's executive`, `A staff report prepared for the board`, `a
    budget presentation to the board`: an indefinite paper of the noun put to a body's organ
    (the owner's noun before `'s`, else the organ itself)."""
    return re.compile(
        r"\b[Aa]n? (?:[a-z-]+ ){0,2}"
        + re.escape(head)
        + r" (?:(?:prepared|written|presented|submitted|put|going) )?(?:to|for|before) the "
        r"(?:(?P<owner>[a-z]+)['’]s )?(?:[a-z]+ )?(?P<organ>" + _ORGANS + r")\b"
    )


def paper_owner_noun(masked: str, head: str, end: int) -> str | None:
    """`council` of `A report to the council's executive, published on Friday, lists ...` (the
    latest before `end`): the noun of the body whose organ the paper was put to; None when no
    paper of the noun was put to an owned organ (`A report by Jo Roe`, `A report to
    Parliament`, or `A staff report prepared for the board`: which body's board the noun alone
    does not say, and a board named in passing would answer)."""
    start = max(0, end - PAPER_CHARS)  # (a bounded read per cue)
    if head not in PAPER_NOUNS or masked.find(head, start, end) < 0:
        return None  # (most paragraphs: no such paper)
    found = None
    for match in _paper_to(head).finditer(masked, start, end):
        found = match.group("owner")
    return found


def paper_phrase_owner(words: list[str]) -> str | None:
    """`council` of `A report to the council's cabinet`, `trust` of `A paper prepared for the
    trust's board`: the owner's noun of a whole subject that is such a paper; None for `A
    report by the auditor`, `A staff report prepared for the board` (no owner: see
    paper_owner_noun), `The report` or a longer subject."""
    if len(words) < 5 or words[0] not in ("A", "An"):
        return None
    head = next((word for word in words[1:4] if word in PAPER_NOUNS), None)
    if head is None:
        return None
    phrase = " ".join(words)
    match = _paper_to(head).match(phrase)
    if match is None or match.end() != len(phrase):
        return None
    return match.group("owner")
