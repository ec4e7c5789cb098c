"""Rules about the form of a person's name: its surname and the suffix written after it."""

from __future__ import annotations

# Generational suffixes, written after a surname: "Patrick Carlineo Jr.".
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_suffix(word: str) -> bool:
    """`Jr.`, `III`: a word that follows a surname without being one."""
    return word.lower().rstrip(".,") in SUFFIXES


def surname_of(name: str) -> str:
    """The word a text uses alone for a person: `Carlineo` for `Patrick Carlineo Jr.`."""
    words = name.split()
    while len(words) > 1 and is_suffix(words[-1]):
        words.pop()
    return words[-1]
