"""The subheading rule: which standalone body lines are subheadings and which are paragraphs.

A line is a subheading when it is heading-shaped and its neighbours agree:
- shape: a block of its own, at most MAX_WORDS words and MAX_CHARS characters, one sentence,
  starting with a capital, digit or opening mark, and ending in a letter, digit, ')', a single
  quote, or '?' ('SCORES QUARANTINED', "'The big question'", 'How is the plague spread?');
  never ending in '.', ':', ',', ';', '!', a dash, a double quote or an ellipsis;
- not a dateline: 'WASHINGTON (AP)', 'LONDON, England' (one ending in a dash fails the shape);
- not part of a list: two heading-shaped lines in a row are list items ('Blue Origin, Kent,
  Washington' then 'SpaceX, Hawthorne, California'), and so is an unpunctuated line right after
  a line ending in ':' ('The winners are:' / 'Jane Doe'), though a question there is a heading;
- not the end: some paragraph-shaped line must follow, since a subheading introduces text.
"""

from __future__ import annotations

import re

from api.parser.credit_words import is_brand_spelling
from api.parser.layout import Line, Picture
from api.parser.sentences import has_sentence_inside

MAX_WORDS = 10
MAX_CHARS = 80
HEADING_ENDS = "?)'’"
OPENING_MARKS = "'\"‘“(["
# An all-caps place, then optionally ', Region', then an agency in parentheses: 'PARIS (AFP)'.
AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()]*)?\s*\([A-Za-z][\w .&/-]*\)")
# An all-caps place, a comma, then a mixed-case word: 'LONDON, England', 'PARIS, Nov. 18'.
PLACE_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*,\s+\S*[a-z]")


def starts_like_heading(text: str) -> bool:
    """True when the first word opens with a capital, digit or mark: 'How is', '2020 in review'."""
    first = text.split()[0].lstrip(OPENING_MARKS) or text
    return first[0].isupper() or first[0].isdigit() or is_brand_spelling(first)


def is_dateline(text: str) -> bool:
    """True for a short dateline paragraph: 'WASHINGTON (AP)', 'SAN JUAN, Puerto Rico'."""
    return bool(AGENCY_DATELINE.match(text) or PLACE_DATELINE.match(text))


def is_heading_shaped(text: str) -> bool:
    """True for a short one-sentence line without final punctuation: 'SCORES QUARANTINED'."""
    if not text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return False
    if not (text[-1].isalnum() or text[-1] in HEADING_ENDS):
        return False
    return starts_like_heading(text) and not has_sentence_inside(text) and not is_dateline(text)


def is_question(text: str) -> bool:
    """True for a line ending in a question mark: 'WHO IS THE FRONT-RUNNER?'."""
    return text.endswith("?")


def previous_line(items: list[Line | Picture], k: int) -> Line | None:
    """The nearest text line before item k, skipping pictures: 'The five are:' before a list."""
    for j in range(k - 1, -1, -1):
        if isinstance(items[j], Line):
            return items[j]
    return None


def is_subheading(items: list[Line | Picture], shaped: list[bool], k: int, last: int) -> bool:
    """True when heading-shaped item k fits its context: 'SCORES QUARANTINED' between paragraphs."""
    if not shaped[k] or k > last:
        return False
    if (k > 0 and shaped[k - 1]) or (k + 1 < len(items) and shaped[k + 1]):
        return False
    before = previous_line(items, k)
    return not (before and before.text.endswith(":") and not is_question(items[k].text))


def subheading_flags(items: list[Line | Picture]) -> list[bool]:
    """Whether each body item is a subheading: ['Text.', 'The big question', 'More.'] -> F, T, F."""
    shaped = [isinstance(it, Line) and it.alone and is_heading_shaped(it.text) for it in items]
    # a subheading introduces text, so none stands after the last paragraph-shaped line
    texts = [k for k, it in enumerate(items) if isinstance(it, Line) and not shaped[k]]
    last = texts[-1] if texts else -1
    return [is_subheading(items, shaped, k, last) for k in range(len(items))]
