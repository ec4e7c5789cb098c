"""A body named in full at its own cue: the shapes of a body's name as a subject."""

from __future__ import annotations

from typing import Final

# The opening letters of a surname written with a capital inside (`MacKenzie`, `VanDyke`,
# `FitzGerald`, `DelVecchio`): no brand's word. Two letters (`DeShawn`, `McKay`, `LaToya`) are
# never a brand's first part (see camel_brand).
_NAME_PREFIXES: Final = frozenset(
    "mac van von vander vanden del dela della der den des dos das san ter ten fitz".split()
)
# The fewest letters before the inner capital of a brand's word (`Dep` of `DepEd`).
_BRAND_HEAD: Final = 3


def camel_brand(word: str) -> bool:
    """`DepEd`, `PhilHealth`, `FedEx` -> True: a word with a capital inside after three lower-case
    letters or more is a body's or brand's coined name; `DeShawn`, `McKay`, `MacKenzie` (a
    given name's or surname's prefix) -> False."""
    if not word.isalpha() or not word[:1].isupper():
        return False
    for k in range(_BRAND_HEAD, len(word) - 1):
        if word[k].isupper():
            head = word[:k]
            return head[1:].islower() and head.lower() not in _NAME_PREFIXES
    return False
