"""A document as a speaker: `the lead judgment said` quotes the judge who gave it.

`Giving the lead judgment, Lady Justice Miriam Carew-Ashby said ...` and later `“...,” the lead
judgment said`: the words are hers, as a statement's are its body's.
"""

from __future__ import annotations

import re
from typing import Final

# `Giving the lead judgment, Lady Justice X said`, `In her ruling, Judge Y wrote`: a document
# someone gives, written before their name; `the lead judgment said` later quotes them.
_DOCUMENTS: Final = frozenset("judgment judgement ruling opinion".split())
_GIVING: Final = re.compile(
    r"\b(?:[Gg]iving|[Dd]elivering|[Ww]riting|[Rr]eading|[Ii]n) (?:the|a|her|his|their) "
    r"(?:[a-z]+ )?(judg(?:e)?ment|ruling|opinion), "
)
# At most this many characters between the document's comma and its giver's name (a title).
GIVER_GAP: Final = 40


def document_noun(head: str) -> bool:
    """`judgment`, `ruling`: a document a judge gives, which `the lead judgment said` quotes."""
    return head in _DOCUMENTS


def document_givers(masked: str, head: str) -> list[int]:
    """Where the name after `Giving the lead judgment, ` may start (the comma's end), for each
    such opening of a document of `head`'s kind in a paragraph's text."""
    if head[:5] not in masked:
        return []
    return [match.end() for match in _GIVING.finditer(masked) if match.group(1)[:5] == head[:5]]
