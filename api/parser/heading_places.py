"""Heads that the line-by-line rule turns down for their place alone, and the publishers' markup
has as heads: a section head's first subsection right under it ('The plan' / 'New bands from
2029' / text), a head after a line ending in ':' that announces the sections ('Here is what we
know:' / 'Where the fire started' / text), and the article's last line, the head of a section
the export leaves out (a video, a timeline). Each is one pass over the document, and each needs
other heads in the article or a paragraph right after the line, so that a list ('The winners
are:' / 'Jane Doe' / 'Tom Roe'), speech and a signature stay paragraphs.
"""

from __future__ import annotations

import re

from api.parser.heading_sentences import SENTENCE_ENDS
from api.parser.layout import Line, Picture

# Heads an article needs before its last line may be one more.
HEADS_MIN = 2
# How much longer than a line the paragraph it opens must be, after a ':' line.
PARAGRAPH_RATIO = 2.0
# The whole line in quotation marks, speech more than a head when the heads are not so.
QUOTED = re.compile(r"^[\"“‘'„«‹].*[\"”’'“»›]$")


def place_heads(items: list[Line | Picture], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The flags with the heads turned down for their place added: under a section head, after
    a ':' line, the last line."""
    flags = add_stacked_heads(items, shaped, add_heads_after_colon(items, shaped, flags))
    return add_closing_head(items, shaped, flags)


def add_heads_after_colon(
    items: list[Line | Picture], shaped: list[bool], flags: list[bool]
) -> list[bool]:
    """In an article with heads, a heading-shaped line after a line ending in ':' is a head when
    a paragraph PARAGRAPH_RATIO times its length follows: 'Here is what we know:' / 'Where the
    fire started' / text, the colon announcing the sections (a list goes on with another
    short line: 'The winners are:' / 'Jane Doe' / 'Tom Roe'). Not speech nor a question, nor a
    name in capitals where the heads are not written so ('The winner was:' / 'Jane Doe')."""
    if not any(flags):
        return flags
    capitalised = title_case_heads(items, flags)
    result = list(flags)
    for k in range(1, len(items) - 1):
        line, before, after = items[k], items[k - 1], items[k + 1]
        if flags[k] or not shaped[k] or shaped[k + 1] or not isinstance(line, Line):
            continue
        if isinstance(before, Line) and isinstance(after, Line) and before.text.endswith(":"):
            long_after = len(after.text) >= PARAGRAPH_RATIO * len(line.text)
            opens = after.text[-1] in SENTENCE_ENDS and long_after
            name = is_title_case(line.text) and not capitalised  # 'Jane Doe', a list's item
            result[k] = opens and not is_spoken(line.text) and not name
    return result


def title_case_heads(items: list[Line | Picture], flags: list[bool]) -> bool:
    """True when most of the flagged heads capitalise every word: 'The Cost Of Fuel'."""
    heads = [it.text for it, flag in zip(items, flags, strict=True) if flag]
    return 2 * sum(map(is_title_case, heads)) > len(heads)


def add_stacked_heads(
    items: list[Line | Picture], shaped: list[bool], flags: list[bool]
) -> list[bool]:
    """A heading-shaped line right under a head that opens a section (it follows a sentence's
    end) is a subsection's head when a paragraph follows it: 'The plan' / 'New bands from 2029'
    / text, a section head over its first subsection, as publishers mark it up (<h2>, <h3>).
    Two heading-shaped lines and no more: a third makes the run a list ('Pros' / 'Fast' /
    'Cheap'). Not speech nor a question (is_spoken)."""
    result = list(flags)
    for k in range(2, len(items) - 1):
        line, upper, before, after = items[k], items[k - 1], items[k - 2], items[k + 1]
        if flags[k] or not flags[k - 1] or not shaped[k] or shaped[k + 1]:
            continue
        if not (isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS):
            continue
        if isinstance(after, Line) and isinstance(line, Line) and isinstance(upper, Line):
            result[k] = after.text[-1] in SENTENCE_ENDS and not is_spoken(line.text)
    return result


def is_spoken(text: str) -> bool:
    """True for a question or a line in quotation marks, the section's opening words more than a
    head under a head: '“Pamela, why are we talking about this?”' (the question rules decide
    question heads on their own)."""
    return QUOTED.match(text) is not None or text.rstrip("\"”’'").endswith("?")


def add_closing_head(
    items: list[Line | Picture], shaped: list[bool], flags: list[bool]
) -> list[bool]:
    """The article's last line is a head when the article has heads, it is heading-shaped,
    and it follows a sentence's end: the head of a section the export leaves out, a video or a
    timeline ('...by the summer.' / 'Timeline'), as publishers mark it up. Not a question, the
    writer's last word ('What comes next?'), nor a line ending in an abbreviation's point, a
    sentence ('...after 7 p.m.'), nor a name in capitals where the heads are not written so, a
    signature ('Pamela Wilson')."""
    last = len(items) - 1
    if last < 1 or flags[last] or not shaped[last] or sum(flags) < HEADS_MIN:
        return flags
    before, item = items[last - 1], items[last]
    if not isinstance(before, Line) or before.text[-1] not in SENTENCE_ENDS:
        return flags
    if not isinstance(item, Line) or not item.text[-1].isalnum():
        return flags
    if is_title_case(item.text) and not title_case_heads(items, flags):
        return flags
    return [*flags[:last], True]


def is_title_case(text: str) -> bool:
    """True for two words or more, each opening with a capital: 'Pamela Wilson', 'The Cost Of
    Fuel' (not 'The cost of fuel', nor 'Timeline')."""
    words = text.split()
    return len(words) > 1 and all(word[0].isupper() for word in words)
