"""Someone brought in unnamed (`A 24-year-old woman, who asked ..., said`), whom a later `she`
stands for: no one to name, not the person of that sex named before."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from api.parser.quote_context import Paragraph
from api.parser.quote_words import FEMALE_WORDS, MALE_WORDS

_INDEFINITES: Final = frozenset({"a", "an", "one", "another"})
# A sex's nouns for an unnamed person, a spokesperson's aside: `a spokeswoman` speaks for a body.
_SEXED_NOUNS: Final = {
    **{word: "m" for word in MALE_WORDS if not word.startswith("spokes")},
    **{word: "f" for word in FEMALE_WORDS if not word.startswith("spokes")},
}
UNNAMED_CLAUSES: Final = 3  # the latest clauses of a paragraph read for an unnamed subject


def unnamed_sex(phrase: str) -> str | None:
    """`A year-old Indonesian woman` -> `f`, `An elderly man` -> `m`; `A resident`, `The
    woman`, `a spokeswoman` -> None (no sex, someone named before, or a body's voice)."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] not in _INDEFINITES:
        return None
    return _SEXED_NOUNS.get(words[-1])


def unnamed_subject_at(paragraph: Paragraph, end: int, sex: str) -> int:
    """Where the latest clause before `end` whose subject is an unnamed person of `sex` starts
    (among the UNNAMED_CLAUSES latest); -1 when none."""
    k = bisect_left(paragraph.verbs, end)
    for clause in reversed(paragraph.clauses[max(0, k - UNNAMED_CLAUSES) : k]):
        if clause.phrase and unnamed_sex(clause.phrase) == sex:
            return clause.start
    return -1
