"""Heads written in lower case, as a menu or a board writes a dish: 'mussels, cider, bread'.

A line opening in lower case reads as the rest of a sentence broken off, so the line-by-line
rule turns it down; beside the other heads of a page, between a sentence's end and a paragraph
much longer than it, it is one of them.
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_limits import LONG_RATIO, MAX_CHARS, MAX_WORDS
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# Heads a page needs before a line in lower case may be one more: two make a pattern already,
# 'Our motto' / text / 'acme at the fair' / text / 'Our partner' / text (a brand so written).
LOWER_CASE_COMPANY: Final = 2
# The marks that end a sentence inside a line (SENTENCE_ENDS less the closing quotes, which a
# dish's name may hold: 'soupe à l'oignon').
SENTENCE_MARKS: Final = ".!?…"


def lower_case_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The standalone lines opening in lower case, of a head's length and unpunctuated, between
    a sentence's end and a paragraph LONG_RATIO times longer, where LOWER_CASE_COMPANY heads
    or more stand, fewer of them than those heads: '... as the fish.' / 'mussels, cider,
    bread' / 'Lower case on the board, and at £15 ...'."""
    found = [k for k in alone if is_lower_case_head(items, flags, k)]
    heads = sum(flags)
    return found if heads >= LOWER_CASE_COMPANY and len(found) < heads else []


def is_lower_case_head(items: list[Item], flags: list[bool], k: int) -> bool:
    """True for line k opening with a lower-case letter, of MAX_WORDS words and MAX_CHARS at
    most, named as a dish is (ends_a_name), between a sentence's end and a longer paragraph:
    'mussels, cider, bread' (not 'and then it rained.', nor 'e.g. the second')."""
    text = items[k].text
    if not text[0].islower() or flags[k] or not 0 < k < len(items) - 1:
        return False  # (most lines open with a capital: settled on the first letter)
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or not ends_a_name(text):
        return False
    before, after = items[k - 1], items[k + 1]
    if not (isinstance(before, Line) and isinstance(after, Line)) or flags[k - 1] or flags[k + 1]:
        return False
    if before.text[-1] not in SENTENCE_ENDS or after.text[-1] not in SENTENCE_ENDS:
        return False
    return len(after.text) >= LONG_RATIO * len(text)


def ends_a_name(text: str) -> bool:
    """True for a line with no sentence's mark, ending in a letter, a figure or a bracket, as a
    dish's name does: 'tarte tatin (£9)' (not 'e.g. the second one', nor 'and so on.')."""
    if not (text[-1].isalnum() or text[-1] == ")"):
        return False
    return not any(mark in text for mark in SENTENCE_MARKS)
