"""Bodies and posts written inside a person's title, and lower-case posts before a name.

`Athlone Chamber of Commerce chief executive X Y said ... The chamber said`: the chamber is the
body whose name opens the title, not the person who holds its post. `reeve X Y said ... "...,"
the reeve said`: a lower-case post written right before a name is that person's, and `the reeve`
points back to them.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_words import TITLE_WORDS

# A capitalised name with its `of` (`Athlone Chamber of Commerce`, `Port of Tilbury`), then the
# lower-case words of a post: `Athlone Chamber of Commerce chief executive`.
_NAMED_OF: Final = re.compile(
    r"(?:[A-Z][\w'’&.-]* )+of (?:the )?(?:[A-Z][\w'’&.-]* ?)+(?= [a-z]|$)"
)
# Small words that go on a title rather than start a post: `Secretary of State for health`.
_GOES_ON: Final = frozenset("for of in at on and to with from".split())
# The latest places a paragraph writes a post's noun that are read for a name right after it.
POST_TRIES: Final = 4


def name_opens_role(role: str) -> str | None:
    """`Athlone Chamber of Commerce chief executive` -> `Athlone Chamber of Commerce`: the
    capitalised `X of Y` name that opens a role whose own words, after it, are a lower-case
    post (the last a title word); None for `director of services for planning`, `Secretary of
    State for health` (a title's field after `for`) or a role of capitals only."""
    match = _NAMED_OF.match(role)
    if match is None:
        return None
    rest = role[match.end() :].split()
    if not rest or not all(word.islower() for word in rest):
        return None
    if rest[0] in _GOES_ON or rest[-1] not in TITLE_WORDS:
        return None
    return match.group().rstrip()


def name_through_of(words: list[str], end: int) -> int:
    """`Athlone Chamber of Commerce chief` with the noun `Chamber` ending at 2 -> 4: a body's
    name read up to its noun goes on over an `of` and the capitalised words after it (not over
    a title word: `Chamber of Commerce Chief`)."""
    if end >= len(words) - 1 or words[end] != "of":
        return end
    k = end + 1
    if k < len(words) and words[k] == "the":
        k += 1
    last = end
    while k < len(words) and words[k][:1].isupper() and words[k].lower() not in TITLE_WORDS:
        k += 1
        last = k
    return last


def post_before_name(masked: str, name_start: int, head: str) -> bool:
    """`..., and reeve Harold Sinclair said` with `reeve` -> True: the lower-case noun is written
    right before the name (a post or trade the text gives them), not after `the`/`a` (`the
    reeve Harold Sinclair spoke to` is the same, `a reeve` too: the article is no bar) and not
    as part of a longer word."""
    start = name_start - len(head) - 1
    if start < 0 or masked[start + len(head)] != " " or not masked.startswith(head, start):
        return False
    return start == 0 or not (masked[start - 1].isalnum() or masked[start - 1] in "'’-")
