"""A live page's post heads: the line right under a post's timestamp, whatever its form, when
the post's paragraphs follow it ('14:31 local time' / 'The hatch is shut and the pad is
clear' / text). The timestamp itself is never the head (page_chrome.is_timestamp reads it as
chrome), and a post that opens on its text keeps it as text ('15:07' / 'In orbit. Nine
minutes.' / '14:58').

A reader takes the line for the post's head by where it stands and by its shape beside the
text under it:
- unended: no sentence's final mark, within the long head's limits, over a paragraph that
  ends a sentence: a paragraph of running text ends on one ('Welcome to our live coverage',
  '‘Everything is normal on board’');
- stated: one or two short sentences over a paragraph LONG_RATIO times longer ('Docking
  confirmed. The crew are aboard.' / a paragraph of 170 characters);
and only on a page whose posts are headed: POST_HEADS heads or unended lines at least stand
right under timestamps, so that a news story's short opening sentences stay text.
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from api.parser.heading_kin import is_furniture
from api.parser.heading_limits import LONG_CHARS, LONG_RATIO, LONG_WORDS
from api.parser.heading_siblings import is_short_statement
from api.parser.layout import Item, Line
from api.parser.page_chrome import is_timestamp
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

POST_HEADS: Final = 2  # heads right under timestamps that make a live page's posts headed
# Closing quotation marks, stripped to read the last mark of a quoted head's words.
CLOSING_QUOTES: Final = "\"”’'»›"
# Marks that leave a line open for what follows, a lead-in's or a clause's: 'Still to come:'.
OPEN_MARKS: Final = frozenset(":;,-–—")
# A comma before the next word, joining a clause as running text does, which a head's telegraphic
# sentences leave out: 'Polls have closed, and the count starts soon.'
CLAUSE_COMMA: Final = ", "


def stamped_at(items: list[Item], k: int) -> bool:
    """True when the item right before item k is a timestamp's line: '16:42' (the first item
    has none: the page's last line is not before it)."""
    if k == 0:
        return False
    before = items[k - 1]
    return isinstance(before, Line) and is_timestamp(before.text)


def is_unended(text: str) -> bool:
    """True for a line whose words end on no mark, inside quotation marks or not: 'Welcome to
    our live coverage', '‘Everything is normal on board’' (not 'It docked.', 'Still to come:',
    '“Are we there?”')."""
    words = text.rstrip(CLOSING_QUOTES)
    if not words:
        return False
    last = words[-1]
    return last not in SENTENCE_ENDS and last not in OPEN_MARKS


def opens_post_text(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the item under line k is a paragraph of the post, no head nor timestamp, ending
    a sentence: 'Welcome to our live coverage' / 'Good afternoon from the launch site.' (not
    'In orbit. Nine minutes.' / '14:58', a headless post's text over the next post)."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or flags[k + 1] or is_timestamp(after.text):
        return False
    return after.text[-1:] in SENTENCE_ENDS


def unended_post_head(line: Line) -> bool:
    """True for an unended line of one sentence within the long head's limits that is no
    furniture nor a by-line: 'The hatch is shut and everyone has left the pad' (not 'Read more:
    the crew', 'By Ana Reyes', nor 'Wow! It went in. What a finish')."""
    text = line.text
    if len(text) > LONG_CHARS or len(text.split(None, LONG_WORDS)) > LONG_WORDS:
        return False
    if not is_unended(text) or has_sentence_inside(text):
        return False  # 'Wow! It went in. What a finish': the post's text, its sentences run on
    return not is_furniture(text) and not text.startswith("By ")


def stated_post_head(items: list[Item], k: int) -> bool:
    """True for one or two short sentences, no clause joined by a comma, over a paragraph
    LONG_RATIO times longer: 'Docking confirmed. The crew are aboard.' / a paragraph of three
    sentences (not 'Polls have closed, and the count starts soon.', the post's first line)."""
    text, after = items[k].text, items[k + 1]
    if CLAUSE_COMMA in text or not is_short_statement(text):
        return False
    return len(after.text) >= LONG_RATIO * len(text)


def stamped_post_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The lines right under timestamps that head their posts (unended or stated, over the
    post's text) on a page where POST_HEADS heads or unended lines at least stand right under
    timestamps: '18:40' / '‘All is well on board’' / text beside '13:50' / 'Why here?' / text."""
    # (the timestamps first: most documents hold none, and the lines under them are read after)
    stamps = [k for k in alone if 0 < k + 1 < len(items) - 1 and is_timestamp(items[k].text)]
    if len(stamps) < POST_HEADS:
        return []
    headed = 0
    unended: list[int] = []
    stated: list[int] = []
    for k in stamps:
        line = items[k + 1]
        if flags[k + 1]:
            headed += 1
        elif isinstance(line, Line) and line.alone and opens_post_text(items, flags, k + 1):
            if unended_post_head(line):
                unended.append(k + 1)
            elif stated_post_head(items, k + 1):
                stated.append(k + 1)
    if headed + len(unended) < POST_HEADS:
        return []  # a page whose posts open on their text: a short first sentence is text
    return sorted(unended + stated)


def stamped_heads(items: list[Item], flags: list[bool]) -> int:
    """How many heads stand right under a timestamp: '16:42' / 'Hale wins the stage!'."""
    return len([k for k in compress(range(1, len(items)), flags[1:]) if stamped_at(items, k)])
