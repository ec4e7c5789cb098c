"""A pronoun's sentence set in the past: `In a 2002 interview, she said`, `he once said`.

An obituary or a profile recalls its subject's words so: such a `she` is the person the lead
is about, not the last woman quoted about her (see Registry._recalled_subject).
"""

from __future__ import annotations

import re
from typing import Final

# Before the pronoun, in its sentence: a year of the past century or this one (`In 1998,`, `in a
# rare interview in 2002`), or `years ago` / `decades earlier`.
_PAST: Final = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:years|decades) (?:ago|earlier|before)\b")
# After the pronoun: `she once said`, `he once told`.
_ONCE: Final = " once "


def recalled(masked: str, sentence_start: int, start: int, end: int) -> bool:
    """The sentence of a pronoun (`start`, `end`) recalls an earlier time: `In a rare interview
    in 2002, she said:` -> True; `she once said` -> True; `On Tuesday she said` -> False."""
    if masked.startswith(_ONCE, end):
        return True
    return start - sentence_start > 4 and _PAST.search(masked, sentence_start, start) is not None
