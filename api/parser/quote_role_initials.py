"""Role abbreviations as speakers: `the MD said` is the person named as managing director."""

from __future__ import annotations

import re
from typing import Final

# Abbreviations of posts a person holds, never a body's name: `the MD said`, `the GM said`.
ROLE_ABBREVIATIONS: Final = frozenset(
    "MD GM CEO CFO COO CTO CIO MP MLA MPP MSP DG PS VC PRO HOD".split()
)

# An apposition right after a name, up to its closing comma or the sentence's end:
# `X Y, Firm's managing director, said` -> `Firm's managing director`.
_APPOSITION: Final = re.compile(r", ((?:[^,.;:()]|\([^()]{0,20}\)){1,80}?)(?=[,.;:]|$)")
# Words that close a role's own words in its phrase: `managing director of <Firm>`.
_ROLE_ENDS: Final = frozenset("of at for in with from to on".split())
# Words before a role that make it another post: `deputy managing director` is not `the MD`.
_OTHER_POSTS: Final = frozenset("deputy assistant vice associate joint co executive".split())


def apposed_role(masked: str, end: int) -> str:
    """`Tomas Berg, Halvard Air's managing director, said` at the name's end -> `Halvard Air's
    managing director`: the apposition right after a name, or `` when none follows."""
    match = _APPOSITION.match(masked, end)
    return match.group(1) if match else ""


def own_words(role: str) -> list[str]:
    """`chief financial officer of X (Pvt) Ltd` -> [`chief`, `financial`, `officer`]: the
    role's own words, before the word that says where it is held (_ROLE_ENDS)."""
    words: list[str] = []
    for word in role.split():
        if word.lower() in _ROLE_ENDS:
            break
        words.append(word)
    return words


def role_spells(role: str, letters: str) -> bool:
    """`Halvard Air's managing director` spells `MD`, `general manager at the resort` `GM`, `MD
    of Kestrel Mills` holds it; `deputy managing director` does not: the role's own words
    (before `of`, `at`, ...) hold the letters or end in words whose initials are `letters`,
    not after a lower rank."""
    words = own_words(role)
    if letters in words:
        # `MD of Kestrel Mills`, `the GM`: the abbreviation itself (`the deputy MD` no)
        at = words.index(letters)
        return at == 0 or words[at - 1].lower() not in _OTHER_POSTS
    if not tail_spells(words, letters):
        return False
    size = len(letters)
    return len(words) == size or words[len(words) - size - 1].lower() not in _OTHER_POSTS


def tail_spells(words: list[str], letters: str) -> bool:
    """`['its', 'managing', 'director']`, `MD` -> True: the last words, all letters, give
    `letters` by their initials in any case (`['the', 'managing', 'editor']` -> False)."""
    size = len(letters)
    if len(words) < size:
        return False
    tail = words[len(words) - size :]
    return all(w.isalpha() for w in tail) and "".join(w[0] for w in tail).upper() == letters
