"""Partial quotes that a verb of describing leads into: `described ... as` a few words, a quote.

`She had described the blasts as shaking the windows “on a weekly basis”`: the words after the
quote marks are hers, though the object and `as` run longer than a naming verb's short object
(`called the ruling “...”`).
"""

from __future__ import annotations

from typing import Final

# Verbs whose object goes on with `as` and a description of it, which a quote may end.
_DESCRIBING: Final = frozenset("described describes characterised characterized portrayed".split())
# At most this many words between the verb and the quote.
DESCRIBED_WORDS: Final = 12


def described_object(word: str, head: str) -> bool:
    """`described` + `the blasts as shaking the school's windows` (`head`, the words before the
    quote): an object, `as`, and a few more words, no comma."""
    words = head.split()
    return (
        word in _DESCRIBING
        and "as" in words[1:]
        and len(words) <= DESCRIBED_WORDS
        and "," not in head
    )
