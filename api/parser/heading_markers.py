"""Heads that open on the marker their sibling heads open on, a roman numeral, a numeral or a
pictograph, read as heads though they hold two short sentences: 'III. The pumps stopped. The
bills did not.' among 'I. The deal', 'II. Warnings' and 'IV. What now'. The line-by-line rule
turns a line of two sentences down; the marker it shares with the page's heads, in its place
in their count, makes it one of them. A newsletter's pictograph-led label is one after a
link line too ('🔗 Our list of 12 places' / '🥐 New and notable' / text), where the
line-by-line rule reads it as a list's next item.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from api.parser.heading_limits import LONG_RATIO, MAX_WORDS
from api.parser.heading_sentences import PAIRED_WORDS, SECOND_SENTENCE, is_pictograph
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# A chapter's roman number or a numeral before the head's words: 'III. The pumps', '4) Rent'.
ROMAN_MARK: Final = re.compile(r"^([IVXL]{1,6})\. (?=\S)")
NUMERAL_MARK: Final = re.compile(r"^(\d{1,2})[.)] (?=\S)")
ROMAN_DIGITS: Final = {"I": 1, "V": 5, "X": 10, "L": 50}
# The sibling heads sharing the marker that show the page's form, at least.
MARKED_SIBLINGS: Final = 2


def roman_value(numeral: str) -> int:
    """The value of a roman numeral: 'IV' -> 4, 'XII' -> 12 (0 for 'IIV'-like misspellings)."""
    values = [ROMAN_DIGITS[ch] for ch in numeral]
    total = 0
    for place, value in enumerate(values):
        later = values[place + 1] if place + 1 < len(values) else 0
        total += -value if value < later else value
    return max(total, 0)


def marker(text: str) -> tuple[str, int]:
    """The marker a head opens on and its number, 0 for a pictograph: 'III. The pumps' ->
    ('roman', 3), '4) Rent' -> ('numeral', 4), '🔥 Five questions' -> ('emoji', 0), and
    ('', 0) for a line without one."""
    first = text[0]
    if first in ROMAN_DIGITS:
        roman = ROMAN_MARK.match(text)
        return ("roman", roman_value(roman[1])) if roman else ("", 0)
    if first.isdigit():
        numeral = NUMERAL_MARK.match(text)
        return ("numeral", int(numeral[1])) if numeral else ("", 0)
    if first.isalnum() or first.isspace():
        return ("", 0)
    return ("emoji", 0) if is_pictograph(text.split(" ", 1)[0]) else ("", 0)


def holds_two_sentences(text: str) -> bool:
    """True for a marked line whose words are two short sentences: 'III. The pumps stopped.
    The bills did not.' (not one sentence, 'III. The deal', nor three)."""
    words = text.split(" ", 1)[1] if " " in text else ""
    if text[-1] not in ".!?" or len(words.split()) > PAIRED_WORDS:
        return False
    return len(SECOND_SENTENCE.findall(words)) == 1


def marked_heads(items: list[Item], alone: list[int], heads: list[int]) -> list[int]:
    """Standalone lines of two short sentences (or, on a pictograph, a label: pictograph_head)
    opening on the marker of MARKED_SIBLINGS heads or more, right after the nearest such head
    above in their count (a roman numeral or a numeral one more; a pictograph, any), over a
    longer paragraph and under none of the marked lines: 'II. Warnings' / text / 'III. The
    pumps stopped. The bills did not.' / text / 'IV. What now'."""
    kinds = [marker(items[k].text) for k in heads]
    found: list[int] = []
    for kind in {kind for kind, _ in kinds if kind}:
        siblings = [k for k, (own, _) in zip(heads, kinds, strict=True) if own == kind]
        if len(siblings) < MARKED_SIBLINGS:
            continue
        numbers = {k: number for k, (own, number) in zip(heads, kinds, strict=True) if own == kind}
        for k in alone:
            if k in numbers or not 0 < k < len(items) - 1:
                continue
            own, number = marker(items[k].text)
            if own != kind or not follows_in_count(siblings, numbers, k, number):
                continue
            if introduces_text(items, k):
                found.append(k)
    return found


def follows_in_count(siblings: list[int], numbers: dict[int, int], k: int, number: int) -> bool:
    """True when line k's number is one more than the nearest sibling head's above it (any
    pictograph follows one)."""
    place = bisect_left(siblings, k)
    if place == 0:
        return False
    return number == 0 or number == numbers[siblings[place - 1]] + 1


def introduces_text(items: list[Item], k: int) -> bool:
    """True when line k holds two sentences, is no item of a run of marked lines and stands
    over a longer paragraph: 'III. The pumps stopped. The bills did not.' / text; a line
    opening on a pictograph may be a label too, over a paragraph LONG_RATIO times its length,
    after a line opening on another ('🔗 Full list: 12 places' / '🥐 New and notable' / text)."""
    line, before, after = items[k], items[k - 1], items[k + 1]
    if not (isinstance(line, Line) and isinstance(after, Line)):
        return False
    if marker(line.text)[0] == "emoji":
        return pictograph_head(line.text, before, after.text)
    if marker(after.text)[0] or (isinstance(before, Line) and marker(before.text)[0]):
        return False
    return len(after.text) > len(line.text) and holds_two_sentences(line.text)


def pictograph_head(text: str, before: Item, after: str) -> bool:
    """True for a line opening on a pictograph that none of the lines around it opens on (a
    run of one pictograph is a list: '🔗 Read more' / '🔗 Our list'), over a paragraph
    LONG_RATIO times its length, a label of MAX_WORDS words or two short sentences."""
    own = text.split(" ", 1)[0]
    if after.startswith(own) or (isinstance(before, Line) and before.text.startswith(own)):
        return False
    if len(after) < LONG_RATIO * len(text) or after[-1] not in SENTENCE_ENDS:
        return False
    if text[-1].isalnum():
        return len(text.split()) <= MAX_WORDS + 1  # (the pictograph is a word of its own)
    return holds_two_sentences(text)
