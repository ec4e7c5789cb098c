"""Labelled groups of rows: a short name over lines that repeat one shape, each holding a figure,
is the head of those lines, not an item of a list (a ward over its candidates' votes, 'Abbey' /
'Sara Quinn (Lib Dem) 1,412' / 'Tom Birch (Con) 988'; a recipe's 'Ingredients' / '3 leeks,
sliced' / '500g floury potatoes'). The line-by-line rule reads the name as one more line of a run
of unpunctuated lines; the rows under it tell it apart. A group's rows may be closed by one line
of their own ('Lib Dem gain from Conservative'), and the plain line after the group over text
heads the next section ('Method' / 'Heat the oven ...'). The short lines before a labelled group
and after a paragraph are the article's data ('Feeds six, or four with seconds' / 'Takes about an
hour' / 'Ingredients'): no head, since a head over them would introduce neither text nor a list.
"""

from __future__ import annotations

from itertools import compress

from api.parser.layout import Line, Picture
from api.parser.sentences import SENTENCE_ENDS

ROWS_MIN = 2  # lines holding a figure that make a group under a name
GROUPS_MIN = 2  # groups that make a page of them, whatever stands over the first
LABEL_WORDS = 4


def is_label_shaped(text: str) -> bool:
    """True for a group's name: one word, or a few words each capitalised, with no figure, comma,
    colon or question: 'Ingredients', 'Mill Green' (not 'Takes about an hour', 'Serves 4')."""
    words = text.split()
    if len(words) > LABEL_WORDS or any(ch.isdigit() or ch in ",:?" for ch in text):
        return False
    return len(words) == 1 or all(word[0].isupper() for word in words)


def is_row(items: list[Line | Picture], shaped: list[bool], j: int) -> bool:
    """True for a heading-shaped line holding a figure: '500g floury potatoes'."""
    item = items[j] if j < len(items) else None
    return isinstance(item, Line) and shaped[j] and any(ch.isdigit() for ch in item.text)


def heads_rows(items: list[Line | Picture], shaped: list[bool], k: int) -> bool:
    """True when line k is a group's name over ROWS_MIN rows or more."""
    if not shaped[k] or not is_label_shaped(items[k].text):
        return False
    return all(is_row(items, shaped, j) for j in range(k + 1, k + 1 + ROWS_MIN))


def group_labels(items: list[Line | Picture], shaped: list[bool], flags: list[bool]) -> list[int]:
    """The names over rows: all of them where the page has GROUPS_MIN groups or more; a lone one
    only when no head stands right over it, as a table's header row does under its head
    ('Defensive line' / 'Pos Player Snaps' / rows), but a line of data may ('Makes 12 buns' /
    'Ingredients')."""
    # (a shaped line over two shaped lines first, list look-ups: a name's shape is read less)
    last = len(items) - ROWS_MIN
    found = [
        k
        for k in compress(range(last), shaped[:last])
        if all(shaped[k + 1 : k + 1 + ROWS_MIN]) and heads_rows(items, shaped, k)
    ]
    if len(found) >= GROUPS_MIN:
        return found
    return [k for k in found if k > 0 and under_no_head(items, flags, k)]


def has_data_form(text: str) -> bool:
    """True for a line in the form of data, a figure or a comma: 'Makes 12 buns', 'Feeds six,
    or four with seconds' (not 'Results by ward')."""
    return any(ch.isdigit() or ch == "," for ch in text)


def under_no_head(items: list[Line | Picture], flags: list[bool], k: int) -> bool:
    """True when the line over item k is text, and no head, or one in the form of data."""
    above = items[k - 1]
    return isinstance(above, Line) and (not flags[k - 1] or has_data_form(above.text))


def opens_text(items: list[Line | Picture], shaped: list[bool], k: int) -> bool:
    """True when item k is text a head introduces: a paragraph-shaped line ending a sentence,
    or a picture over one."""
    if k < len(items) and isinstance(items[k], Picture):
        k += 1
    item = items[k] if k < len(items) else None
    return isinstance(item, Line) and not shaped[k] and item.text[-1] in SENTENCE_ENDS


def head_after_group(
    items: list[Line | Picture], shaped: list[bool], labels: set[int], k: int
) -> int | None:
    """The plain line after the group named at k, or after the one line closing its rows, when
    text follows it: 'Method' over the recipe's steps, 'What it means' over its analysis."""
    end = k + 1
    while is_row(items, shaped, end):
        end += 1
    for j in (end, end + 1):
        if j in labels or j >= len(items) or not isinstance(items[j], Line) or not shaped[j]:
            return None
        if opens_text(items, shaped, j + 1):
            # a field or a datum closes the rows ('Sizes: S, M, L, XL'), it heads nothing
            return None if has_data_form(items[j].text) or ":" in items[j].text else j
    return None


def data_over_group(
    items: list[Line | Picture], shaped: list[bool], flags: list[bool], named: set[int], k: int
) -> int | None:
    """The head in the form of data, a figure or a comma, of the run of unflagged short lines
    right over the group named at k, or right over it, if any: 'Feeds six, or four with
    seconds' over 'Takes about an hour' over 'Ingredients', 'Makes 12 buns' over 'Ingredients'."""
    j = k - 1
    while j > 0 and isinstance(items[j], Line) and shaped[j] and not flags[j]:
        j -= 1
    if j in named or not flags[j] or not isinstance(items[j], Line):
        return None  # (another group's name over its rows stays)
    if not has_data_form(items[j].text):
        return None  # a section's head over the group's ('Results by ward' / 'Abbey'), or
        # over a list the group's name closes ('The bad' / 'Expensive' / 'Specifications')

    before = items[j - 1] if j > 0 else None
    return j if isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS else None


def group_heads(items: list[Line | Picture], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The flags with the groups' names and the heads after them added, and the data lines over
    a group dropped."""
    labels = group_labels(items, shaped, flags)
    if not labels:
        return flags
    found = list(flags)
    named = set(labels)
    for k in labels:
        found[k] = True
        after = head_after_group(items, shaped, named, k)
        if after is not None:
            found[after] = True
    for k in labels:
        data = data_over_group(items, shaped, found, named, k)
        if data is not None:
            found[data] = False
    return found
