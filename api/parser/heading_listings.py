"""A listings page's entries: a head, its text, then the entry's details, each a short line
('Hamlet' / text / 'Minack Theatre, Porthcurno' / 'Until 21 June' / 'Tickets £18'), then the
next entry's head over its text ('The Wind in the Willows' / text).

The details stand after a sentence's end, as a run of short unpunctuated lines, so the
line-by-line rule takes the first (the place) for the head of the run and the next entry's head
for one of its items. A run of details opens right after a paragraph, its second line giving a
date, a time or a price (a figure), and goes on over every short line up to a label in
capitals ('FILM'), which opens the next section, or up to a paragraph: the run's last line is
then the next entry's head when it gives neither a figure nor a comma ('The Wind in the
Willows'), and one more detail when it does ('Saturday and Sunday, from 10am').

Only runs that end on a head or a label make a listings page, DETAILS_MIN of them at least,
each right under the text of a head: two lines over a paragraph are a section's head over its
first subsection's as often ('The essentials' / '1. A good knife' / text), and a numbered
line is an item's head, never a detail. A field under a line ('Key figures' / 'Revenue: £4m')
opens a box of fields, which headings.py settles, not details.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from api.parser.heading_groups import FIGURE
from api.parser.heading_kin import FIELD, is_caps
from api.parser.heading_limits import MAX_CHARS
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

if TYPE_CHECKING:
    from api.parser.line_shapes import LineShape

DETAILS_MIN = 2  # runs of details under a head's text, ending on a head, that make a listing
DETAIL_CHARS = MAX_CHARS  # a details line's length at most, a head's


@dataclass(frozen=True)
class Run:
    """A run of details: its lines' indexes from `start` up to `stop`, and the next entry's
    head, the run's last line, when it is one (-1 when it is none)."""

    start: int
    stop: int
    head: int


def listing_details(
    items: list[Item],
    shaped: list[bool],
    lines: list[LineShape | None],
    flags: list[bool],
) -> tuple[list[int], list[int]]:
    """The details lines of a listings page's entries, and the next entries' heads among
    them: ([], []) where fewer than DETAILS_MIN runs under a head's text end on a head.
    `lines` holds the shape of every standalone line of LONG_CHARS at most (headings._shapes)."""
    starts = [k for k in compress(range(len(items)), shaped) if opens_details(items, lines, k)]
    runs = [details_run(items, shaped, lines, k) for k in starts]
    closed = [run for run in runs if run.head >= 0 or ends_on_a_label(items, run.stop)]
    heads = {run.head for run in closed}  # (an entry's head may be one a run ends on)
    under = sum(1 for run in closed if run.start > 1 and under_a_head(flags, heads, run.start))
    if under < DETAILS_MIN:
        return [], []
    details = [k for run in runs for k in range(run.start, run.stop) if k != run.head]
    return details, [run.head for run in runs if run.head >= 0]


def under_a_head(flags: list[bool], heads: set[int], start: int) -> bool:
    """True when a run of details opening at `start` stands under a head's one paragraph."""
    return flags[start - 2] or start - 2 in heads


def is_short_line(item: Item, shape: LineShape | None) -> bool:
    """True for a standalone line of a head's length without final punctuation, as details
    are, heading-shaped or not: 'Friday, 7.30pm' (whose '7.' reads as a sentence's end); not a
    numbered item's head ('3. A stick blender') nor a label in capitals ('FILM'). `shape` is
    the line's (every standalone line of a detail's length has one), None for other items."""
    if shape is None or len(item.text) > DETAIL_CHARS:
        return False
    text = item.text
    if not (text[-1].isalnum() or text[-1] == ")"):
        return False
    return not shape.number and not shape.caps


def opens_details(items: list[Item], lines: list[LineShape | None], k: int) -> bool:
    """True for a short line right under a paragraph, over a short line with a figure:
    'Minack Theatre, Porthcurno' / 'Until 21 June', '12 Quay Street' / 'Open from 6pm'."""
    if not 0 < k < len(items) - 1 or not is_short_line(items[k], lines[k]):
        return False
    before, under = items[k - 1], items[k + 1]
    if not (isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS):
        return False
    if not is_short_line(under, lines[k + 1]) or FIELD.match(under.text):
        return False  # a box of fields under a head: 'Key figures' / 'Revenue: £4m' (headings)
    return FIGURE.search(under.text) is not None


def details_run(
    items: list[Item], shaped: list[bool], lines: list[LineShape | None], start: int
) -> Run:
    """The run of details opening at `start`: every short line after it, and the next
    entry's head, the last of them right over a paragraph, when it gives neither a figure nor
    a comma and is heading-shaped."""
    stop = start + 1
    while stop < len(items) and is_short_line(items[stop], lines[stop]):
        stop += 1
    last, after = items[stop - 1], items[stop] if stop < len(items) else None
    over_text = isinstance(after, Line) and after.text[-1] in SENTENCE_ENDS
    plain = FIGURE.search(last.text) is None and "," not in last.text
    head = stop - 1 if over_text and plain and shaped[stop - 1] and stop - start > 2 else -1
    return Run(start, stop, head)


def ends_on_a_label(items: list[Item], stop: int) -> bool:
    """True when a label in capitals stands right after a run of details: '... 11am' / 'FILM'."""
    after = items[stop] if stop < len(items) else None
    return isinstance(after, Line) and is_caps(after.text)
