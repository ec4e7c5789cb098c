"""Labelled groups of rows: a short name over lines that repeat one shape, each holding a figure,
is the head of those lines, not an item of a list (a ward over its candidates' votes, 'Abbey' /
'Sara Quinn (Lib Dem) 1,412' / 'Tom Birch (Con) 988'; a recipe's 'Ingredients' / '3 leeks,
sliced' / '500g floury potatoes'). The line-by-line rule reads the name as one more line of a run
of unpunctuated lines; the rows under it tell it apart. A group's rows may be closed by one line
of their own ('Lib Dem gain from Conservative'), and the plain line after the group over text
heads the next section ('Method' / 'Heat the oven ...'). The short lines before a labelled group
and after a paragraph are the article's data ('Feeds six, or four with seconds' / 'Takes about an
hour' / 'Ingredients'): no head, since a head over them would introduce neither text nor a list.
A page's groups repeat one shape: after a group (a name or a head over two rows or more, every
row holding a figure), a name over as many rows, whatever their figures and length, is the next
group's, and the plain line over text after the last group heads the text ('Great Western' /
two rows / 'East Coast' / 'Fewer trains ... on Saturday' / 'Trains run normally on Sunday' /
'What you can do' / text).
"""

from __future__ import annotations

import re
from itertools import compress

from api.parser.heading_limits import LONG_CHARS
from api.parser.layout import Item, Line, Picture
from api.parser.sentences import SENTENCE_ENDS

FIGURE = re.compile(r"\d")
# (one regex search each, not a generator over the characters: every short line is read)
NOT_IN_A_NAME = re.compile(r"[\d,:?]")  # a figure, a comma, a colon or a question mark
DATA_MARK = re.compile(r"[\d,]")  # a figure or a comma
ROWS_MIN = 2  # lines holding a figure that make a group under a name
HEAD_ROWS = 3  # rows holding a figure that make a group of a head in no name's shape
GROUPS_MIN = 2  # groups that make a page of them, whatever stands over the first
LABEL_WORDS = 4
# A note in brackets closing a name, words without a figure: ' (Green gain)', ' (opens late)'.
NOTE = re.compile(r" \([^()\d]+\)$")
LOOSE_ROW_CHARS = LONG_CHARS  # a row of an echoed group is no longer than a head


def is_label_shaped(text: str) -> bool:
    """True for a group's name: one word, or a few words each capitalised, with no figure, comma,
    colon or question: 'Ingredients', 'Mill Green' (not 'Takes about an hour', 'Serves 4'); a
    note in brackets after it is the name's too: 'Wenlock Vale (Green gain)'."""
    text = without_note(text)
    words = text.split()
    if len(words) > LABEL_WORDS or NOT_IN_A_NAME.search(text):
        return False
    return len(words) == 1 or all(word[0].isupper() for word in words)


def without_note(text: str) -> str:
    """A name without the note in brackets closing it: 'Mill Green (Lib Dem hold)' -> 'Mill
    Green' ('(Lib Dem hold)' alone, and a line with no such note, unchanged)."""
    if text[-1] != ")" or NOTE.search(text) is None:
        return text
    return NOTE.sub("", text) or text


def is_row(items: list[Item], shaped: list[bool], j: int) -> bool:
    """True for a heading-shaped line holding a figure: '500g floury potatoes'."""
    item = items[j] if j < len(items) else None
    return isinstance(item, Line) and shaped[j] and FIGURE.search(item.text) is not None


def heads_rows(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when line k is a group's name over ROWS_MIN rows or more."""
    if not shaped[k] or not is_label_shaped(items[k].text):
        return False
    return all(is_row(items, shaped, j) for j in range(k + 1, k + 1 + ROWS_MIN))


def group_labels(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[int]:
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
    return DATA_MARK.search(text) is not None


def under_no_head(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the item over line k is a picture, or text, and no head or one in the form
    of data."""
    above = items[k - 1]
    if isinstance(above, Picture):
        return True  # a picture closes the section above: 'Abbey' under it names its rows
    return isinstance(above, Line) and (not flags[k - 1] or has_data_form(above.text))


def opens_text(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when item k is text a head introduces: a paragraph-shaped line ending a sentence,
    or a picture over one."""
    if k < len(items) and isinstance(items[k], Picture):
        k += 1
    item = items[k] if k < len(items) else None
    return isinstance(item, Line) and not shaped[k] and item.text[-1] in SENTENCE_ENDS


def head_after_group(items: list[Item], shaped: list[bool], labels: set[int], k: int) -> int | None:
    """The plain line after the group named at k, or after the one line closing its rows, when
    text follows it: 'Method' over the recipe's steps, 'What it means' over its analysis."""
    end = k + 1
    while is_row(items, shaped, end):
        end += 1
    tries: tuple[int, ...] = (end, end + 1)
    if end < len(items) and not shaped[end] and opens_rows(items, end):
        tries = (end + 1,)  # a closing row longer than a head: 'A large bowl, a tea towel ...'
    for j in tries:
        if j in labels or j >= len(items) or not isinstance(items[j], Line) or not shaped[j]:
            return None
        if opens_text(items, shaped, j + 1):
            # a field or a datum closes the rows ('Sizes: S, M, L, XL'), it heads nothing
            return None if has_data_form(items[j].text) or ":" in items[j].text else j
    return None


def data_over_group(
    items: list[Item], shaped: list[bool], flags: list[bool], named: set[int], k: int
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


def is_loose_row(items: list[Item], j: int) -> bool:
    """True for a line a group may hold whatever its figures: text, no sentence's end, no name's
    shape, of a long head's length at most ('Trains run normally on Sunday')."""
    if not opens_rows(items, j) or len(items[j].text) > LOOSE_ROW_CHARS:
        return False
    return not is_label_shaped(items[j].text)


def echoed_groups(
    items: list[Item], shaped: list[bool], flags: list[bool], labels: list[int]
) -> tuple[list[int], list[int]]:
    """The names right after a group that head as many rows as it holds, of any figures and
    length, and the plain line over text after the last of them: a page's groups repeat one
    shape, so 'West Coast' over a long row and a row with a figure, and 'East Coast' over rows
    without one, follow 'Great Western' (a head, or a group's name) over its two rows holding
    figures, and 'What you can do' after the last group heads the text.
    (-> (names, heads after the run))"""
    names: list[int] = []
    heads: list[int] = []
    seen: set[int] = set()
    # (the heads and the names first: the rows are read only under a name's shape)
    seeds = sorted(set(labels).union(compress(range(len(items)), flags)))
    for k in seeds:
        if k in seen or not opens_rows(items, k + 1) or not is_label_shaped(items[k].text):
            continue
        size = 0  # (the rows with figures counted first, the loose test only where one holds)
        while holds_figure(items, k + 1 + size) and is_loose_row(items, k + 1 + size):
            size += 1
        if size < ROWS_MIN or not is_loose_row(items, k + 1) or is_loose_row(items, k + 1 + size):
            continue  # too few rows, or a row without a figure among them
        j = k + 1 + size
        found = 0
        while j < len(items) and j not in seen and echoes(items, shaped, j, size):
            seen.add(j)
            names.append(j)
            found += 1
            j += 1 + size
        if found and ends_run(items, shaped, j):
            heads.append(j)
    return names, heads


def opens_rows(items: list[Item], j: int) -> bool:
    """True when item j is a text line ending in no sentence's end: a row, not a paragraph
    (most heads stand over one, so this is asked before a name's shape)."""
    item = items[j] if j < len(items) else None
    return isinstance(item, Line) and item.text[-1] not in SENTENCE_ENDS


def holds_figure(items: list[Item], j: int) -> bool:
    """True for a text line holding a figure: 'Buses every 20 minutes'."""
    item = items[j] if j < len(items) else None
    return isinstance(item, Line) and FIGURE.search(item.text) is not None


def echoes(items: list[Item], shaped: list[bool], j: int, size: int) -> bool:
    """True when line j is a name over `size` loose rows."""
    item = items[j]
    if not (isinstance(item, Line) and shaped[j] and is_label_shaped(item.text)):
        return False
    return all(is_loose_row(items, r) for r in range(j + 1, j + 1 + size))


def ends_run(items: list[Item], shaped: list[bool], j: int) -> bool:
    """True for a plain heading-shaped line over text: the next section's head."""
    item = items[j] if j < len(items) else None
    if not isinstance(item, Line) or not shaped[j] or has_data_form(item.text):
        return False
    return ":" not in item.text and opens_text(items, shaped, j + 1)


def rows_under_heads(
    items: list[Item], shaped: list[bool], flags: list[bool], named: set[int]
) -> list[int]:
    """The heads in no name's shape right over HEAD_ROWS rows or more, each holding a figure:
    a group's head all the same ('What you need' / '500g flour' / '10g salt' / '2g yeast'),
    whose rows end where a plain line over text opens the next section (head_after_group)."""
    return [
        k
        for k in compress(range(len(items)), flags)
        if k not in named and all(is_row(items, shaped, j) for j in range(k + 1, k + 1 + HEAD_ROWS))
    ]


def group_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The flags with the groups' names and the heads after them added, and the data lines over
    a group dropped."""
    labels = group_labels(items, shaped, flags)
    found = list(flags)
    echoed, after_echoes = echoed_groups(items, shaped, flags, labels)
    for k in echoed + after_echoes:
        found[k] = True
    named = set(labels)
    for k in labels:
        found[k] = True
        after = head_after_group(items, shaped, named, k)
        if after is not None:
            found[after] = True
    for k in rows_under_heads(items, shaped, flags, named):
        after = head_after_group(items, shaped, named, k)
        if after is not None:
            found[after] = True  # 'What you need' / '10g salt' / ... / 'Method' / text
    for k in labels:
        data = data_over_group(items, shaped, found, named, k)
        if data is not None:
            found[data] = False
    return found
