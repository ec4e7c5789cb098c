"""Paired box labels: two parallel labels, each over a group of item lines, head their groups.

A review's box lists what is good and what is not under two labels of one shape: 'Pros' /
'Rich, detailed sound' / 'Secure fit' / 'Cons' / 'Bulky case' / 'No wireless charging'. The
first label stands after a picture or a sentence's end, so the line-by-line rule reads it as
the first line of a list; the second is parallel to it (as many words, the same first or last
word: 'The good' / 'The bad'), as no item of its group is, and each has GROUP_MIN item lines at
least under it: both are heads, the labels of their groups. The groups are parallel, so a line
of a label's shape over a paragraph, one more than the first group's items under the second
label, heads the next section ('Cons' / three items / 'The verdict' / text).

A box's first entry is no head either: a line right under a box's label and right over its
first field, holding a comma or a figure the label lacks, is the box's data ('The facts' /
'The Anchor, 14 Harbour Street' / 'Open: noon to 3pm'); a subsection's head under a section's
is plain ('Getting there' / 'By train' / 'Fares: ...').

A section's label over a quoted head is no list of two: under a picture, a plain line right over
a line wholly in quotation marks, over a paragraph, labels the section the quoted line heads
('Letter of the week' / "'The fare is more than my weekly shop'" / text), where LABEL_PAGE
heads or more stand elsewhere; a list's items are not quoted.
"""

from __future__ import annotations

from itertools import compress

from api.parser.heading_kin import LIST_NUMBER, is_list_line, line_at, parallel_to, signature
from api.parser.heading_limits import FIELD
from api.parser.heading_places import QUOTED
from api.parser.layout import Item, Line, Picture
from api.parser.sentences import SENTENCE_ENDS

GROUP_MIN = 2  # item lines under each label
QUOTE_OPENERS = "\"“‘'„«‹"  # the marks a quoted head opens with
LABEL_WORDS = 3  # a box's label is short: 'Pros', 'The good', 'What we liked'
LABEL_PAGE = 2  # heads elsewhere that make a page of sections, a label over a quoted head one


def is_label(line: Line | None) -> bool:
    """True for a short standalone line that can label a box's group: no figure, comma, colon
    or question ('Pros', 'The bad'; not 'Bulky case, heavy', 'Price: £129')."""
    if line is None or not line.alone or not line.text[0].isupper():
        return False
    text = line.text
    if len(text.split()) > LABEL_WORDS or "," in text or ":" in text or "?" in text:
        return False
    return not any(map(str.isdigit, text)) and text[-1] not in SENTENCE_ENDS


def group_end(items: list[Item], k: int, opening: tuple) -> int:
    """The index right after the item lines under label k that are not parallel to it."""
    j = k + 1
    while is_list_line(line_at(items, j)) and not parallel_to(items[j].text, opening):
        j += 1
    return j


def opens_a_box(items: list[Item], k: int) -> bool:
    """True when line k stands after a picture or a sentence's end: no list goes on into it."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Picture) or (
        isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS
    )


def paired_labels(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[int]:
    """The labels of two parallel groups of item lines ('Pros' / items / 'Cons' / items), each
    GROUP_MIN items at least, the first opening a box. Only heading-shaped lines are tried
    (`shaped`, headings._shapes), and each line is walked once: a group that pairs with none is
    walked past."""
    found: list[int] = []
    resume = 0
    for k in compress(range(len(items)), shaped):
        if k < resume or flags[k]:
            continue
        line = line_at(items, k)
        if not is_label(line) or not opens_a_box(items, k):
            continue
        opening = signature(line.text)
        sibling = group_end(items, k, opening)
        resume = sibling
        if sibling - k - 1 < GROUP_MIN or not is_label(line_at(items, sibling)):
            continue
        if not parallel_to(items[sibling].text, opening) or flags[sibling]:
            continue
        end = group_end(items, sibling, opening)
        if end - sibling - 1 >= GROUP_MIN:
            found += [k, sibling]
            resume = end
            if closes_the_pair(items, sibling - k - 1, sibling, end):
                found.append(end - 1)  # 'Cons' / three items / 'The verdict' / text
    return found


def closes_the_pair(items: list[Item], size: int, sibling: int, end: int) -> bool:
    """True when the last line under the second label, a label's shape over a paragraph, is
    one more than the first label's items: the groups are parallel, and the line heads the next
    section ('Pros' / three items / 'Cons' / three items / 'The verdict' / text)."""
    if end - sibling - 2 != size or end >= len(items):
        return False
    after = items[end]
    if not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    return is_label(line_at(items, end - 1))


def box_entries(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads right under a head and right over a field, holding a comma or a figure the
    head above lacks: a box's first entry, 'The facts' / 'The Anchor, 14 Harbour Street' /
    'Open: noon to 3pm'."""
    found = []
    for k in compress(range(1, len(items) - 1), flags[1:-1]):
        if not flags[k - 1]:
            continue  # (most heads stand under no head: settled before the lines are looked up)
        above, line, below = line_at(items, k - 1), line_at(items, k), line_at(items, k + 1)
        if not (above and line and below) or FIELD.match(line.text):
            continue
        if LIST_NUMBER.match(line.text):
            continue  # a numbered head's figure is its number: 'Gadgets' / '7. A garlic press'
        if FIELD.match(below.text) and holds_more(line.text, above.text):
            found.append(k)
    return found


def holds_more(text: str, label: str) -> bool:
    """True when a line holds a comma or a figure its label lacks: 'The Anchor, 14 Harbour
    Street' under 'The facts'."""
    comma = "," in text and "," not in label
    return comma or (any(map(str.isdigit, text)) and not any(map(str.isdigit, label)))


def labelled_quoted_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[int]:
    """A section's label and the quoted head right under it, both unflagged, between a picture
    (or the body's start) and a paragraph, where LABEL_PAGE heads or more stand elsewhere:
    picture / 'Letter of the week' / "'A return fare is more than my weekly shop'" / text."""
    if sum(flags) < LABEL_PAGE:
        return []  # (counted first: most articles have fewer heads, and no line is read)
    # (the quotation marks first: most lines open with none)
    quoted = [
        k
        for k in compress(range(1, len(items) - 1), shaped[1:-1])
        if not flags[k] and is_quoted(line_at(items, k))
    ]
    if not quoted:
        return []
    found = []
    for k in quoted:
        label, below = line_at(items, k - 1), line_at(items, k + 1)
        if label is None or below is None or not shaped[k - 1] or flags[k - 1]:
            continue
        if is_quoted(label) or below.text[-1] not in SENTENCE_ENDS or shaped[k + 1]:
            continue
        if k == 1 or isinstance(items[k - 2], Picture):
            found += [k - 1, k]
    return found


def is_quoted(line: Line | None) -> bool:
    """True for a line wholly in quotation marks: "'The fare is up again'"."""
    return (
        line is not None and line.text[0] in QUOTE_OPENERS and QUOTED.match(line.text) is not None
    )
