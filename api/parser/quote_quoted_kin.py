"""A relative a speaker names in their own words (`“My husband, Troy, grabbed the kids”`), whom
a later `Her husband said` stands for."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from api.parser.quote_spans import MASK

# `my husband, Troy,`, `my wife Ana Lee and I`: the speaker's own kin word, then a name of one or
# two capitalised words (set off by a comma or not).
_MY_KIN: Final = re.compile(
    r"\b[Mm]y (husband|wife),? ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[,.;:!?\s])"
)


@lru_cache(maxsize=256)
def _quoted_kin(text: str, masked: str) -> tuple[tuple[str, str], ...]:
    """Each (kin word, name) a paragraph's quotes name with `my`, in text order (read once)."""
    found = []
    for match in _MY_KIN.finditer(text):
        if masked[match.start()] == MASK:  # (inside a quote: the speaker's own words)
            found.append((match.group(1), match.group(2)))
    return tuple(found)


def kin_named_in_quote(text: str, masked: str, kin: str) -> str | None:
    """`“My husband, Troy, grabbed the kids,” she said` -> `Troy` for `husband`: the latest name
    the paragraph's quotes give that kin word with `my`; None when none (`my husband` alone, or
    a name outside the quotes, which the article's own words give otherwise)."""
    names = [name for word, name in _quoted_kin(text, masked) if word == kin]
    return names[-1] if names else None
