"""A short line right after an article's opening is the lead's, no head: a head introduces a
section, and none has been set up yet.

'ANTIGUA (AGN) — Vásquez won the race on Sunday ...' / 'She was the first woman to win it.' /
'"I did not know," she said.' / 'The mountain changed the race.' / text / text / ...: the first
line stands between the lead paragraph and the next paragraph, before any head of any form. A
reader takes it for a punchy line of the lead, not a head, when nothing makes it one:
- it has no head's own mark: no number, no quotation marks, no question, a sentence's final
  stop (a line without one, of a head's length, is a head's shape);
- the article's other heads, if any, are of another form (numbered '1)' heads, quoted heads,
  questions, lines without a stop), so the line would be the only one of its kind; or, when
  some are of its form, the section it would head is a single paragraph where each of theirs
  holds more ('The guests did not come.' / one paragraph / 'Tsirang is busy again.' / two
  paragraphs / ...), the lead going on past it.
The lead is LEAD_PARAGRAPHS paragraph (a dateline's, an opening one; a review's star and
details lines aside): a line after two paragraphs or more may open the first section ('The plan
worked. Then the money ran out.' / text ... among one-sentence heads).
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from api.parser.heading_limits import QUOTED_OPENERS
from api.parser.heading_questions import speaks_in_first_person
from api.parser.layout import Item, Line, ListLines
from api.parser.line_shapes import is_rating, read_shape
from api.parser.sentences import SENTENCE_ENDS, is_abbreviation

LEAD_PARAGRAPHS: Final = 1  # the lead paragraph: a dateline's, or an opening one
# the items before the line, a lead paragraph's and pictures', a star and a details line's
LEAD_ITEMS: Final = 6
NUMBERED: Final = "numbered"
QUOTED: Final = "quoted"
QUESTION: Final = "question"
UNSTOPPED: Final = "unstopped"
STATEMENT: Final = "statement"


def head_form(text: str) -> str:
    """The form of a head's line: '3) Go early' -> numbered, '“Free”' -> quoted, 'Why?' ->
    question, 'The way home' -> unstopped, 'It rained.' and 'It rained. We ran.' -> statement
    (one sentence and two are one form: heads of both stand side by side)."""
    shape = read_shape(text)
    if shape.number > 0 or shape.labelled:
        return NUMBERED
    if text[:1] in QUOTED_OPENERS:
        return QUOTED
    if shape.question:
        return QUESTION
    if text[-1:] != "." or is_abbreviation(text.rsplit(" ", 1)[-1][:-1]):
        return UNSTOPPED  # 'Red warning until 6 p.m.': an abbreviation's stop ends no sentence
    return STATEMENT


def section_lines(items: list[Item], start: int, end: int) -> int:
    """The text lines and lists of the section from `start` to `end` (pictures aside):
    [text, picture, text] -> 2."""
    return sum(1 for item in items[start:end] if isinstance(item, Line | ListLines))


def lead_paragraphs(items: list[Item], k: int) -> int:
    """The paragraphs before line k, a review's star line and the details line under it aside
    ('★★★★☆' / 'Salt, Harbour Gallery, until 3 May' / picture -> 0), pictures aside; a list,
    or a line ending in no sentence's end, counts as more than a lead holds."""
    found = 0
    for j in range(k):
        item = items[j]
        if isinstance(item, ListLines):
            return LEAD_PARAGRAPHS + 1
        if isinstance(item, Line) and not (is_rating(item.text) or follows_a_rating(items, j)):
            if item.text[-1] not in SENTENCE_ENDS:
                return LEAD_PARAGRAPHS + 1  # a diary's stamp, '11.40pm', heads the line under it
            found += 1
    return found


def follows_a_rating(items: list[Item], k: int) -> bool:
    """True for the line right under a review's star rating: the details of what was reviewed
    ('★★★★☆' / 'Barrowland Ballroom, Glasgow', 'Netflix, from Friday'), not a head; a
    roundup's heads stand over their ratings ('Album title' / '★★★☆☆')."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and is_rating(before.text)


def opens_a_review(items: list[Item], k: int) -> bool:
    """True for line k opening a review's text, under its star rating and details line with no
    paragraph between: '★★★★☆' / 'Riverside Gallery, until 3 May' / picture / 'Everybody
    knows the bridge. Nobody knows the pipe.' (not a page opening on a head, nor a line after
    the first paragraph)."""
    before = items[:k]
    rated = any(isinstance(item, Line) and is_rating(item.text) for item in before)
    return rated and lead_paragraphs(items, k) == 0


def after_the_lead(items: list[Item], k: int) -> bool:
    """True when line k follows LEAD_PARAGRAPHS paragraphs at most (lead_paragraphs) and a
    paragraph follows it: 'MONGAR — ...' / 'The guests did not come.' / text."""
    if k > LEAD_ITEMS or lead_paragraphs(items, k) > LEAD_PARAGRAPHS:
        return False
    after = items[k + 1] if k + 1 < len(items) else None
    return isinstance(after, Line) and after.alone


def lead_lines(items: list[Item], flags: list[bool]) -> list[int]:
    """The document's first head when it is the lead's punchy line (module docstring):
    'MONGAR — ...' / 'The guests did not come.' / text / 'Tsirang is busy again.' / text / text
    -> [1]; [] where it has a head's mark or opens a section like the others."""
    heads = list(compress(range(len(items)), flags))
    if not heads or not after_the_lead(items, heads[0]):
        return []
    k = heads[0]
    form = head_form(items[k].text)
    if form != STATEMENT:
        return []
    if opens_a_review(items, k) or speaks_in_first_person(items[k].text):
        return [k]  # the review's opening line, or the writer's: 'The crowd gasped. I did too.'
    others = heads[1:]
    if all(head_form(items[j].text) != form for j in others):
        return [k]  # the only line of its form: a head would have siblings
    ends = [*others, len(items)]
    if section_lines(items, k + 1, ends[0]) > 1:
        return []
    # (each section is counted once: the heads are walked in order)
    siblings = [
        section_lines(items, j + 1, end)
        for j, end in zip(others, ends[1:], strict=True)
        if head_form(items[j].text) == form
    ]
    return [k] if all(lines > 1 for lines in siblings) else []
