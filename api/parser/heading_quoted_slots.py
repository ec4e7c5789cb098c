"""A whole quotation in the first head's slot, right under the lead, on a page whose heads
stand in quotation marks: the page's first head ('ST JOHN'S — ...' / '“The laws shall be
proclaimed.”' / text / text / '“Who moved the chairs?”' / text / ... / '“Is it worth it?”').

The rules reading quoted heads beside others (heading_series.quoted_candidate) leave the lead's
line under the first paragraph to the writer: a quotation there is most often the story's
opening voice. Where the page's own heads are quotations, a quotation right under the lead,
over a section holding text as theirs do, up to the first of them, is where their first stands.
"""

from __future__ import annotations

from itertools import compress

from api.parser.heading_series import (
    QUOTED_COMPANY,
    is_whole_quotation,
    over_longer_text,
    quoted_heads,
    section_holds_text,
)
from api.parser.heading_siblings import SENTENCE_SIBLINGS, answers_a_question
from api.parser.layout import Item, Line


def under_the_lead(items: list[Item]) -> int:
    """The line right under the page's first paragraph, pictures aside, else -1: 'ST JOHN'S —
    ...' / picture / k -> k. Stops at the second line: a bounded look."""
    lines = (k for k, item in enumerate(items) if isinstance(item, Line))
    next(lines, -1)
    return next(lines, -1)


def quoted_slot_head(items: list[Item], flags: list[bool]) -> int:
    """The whole quotation (is_whole_quotation) standing alone right under the lead
    (under_the_lead), before the page's first head, where SENTENCE_SIBLINGS heads stand,
    QUOTED_COMPANY of them whole quotations, over a longer paragraph (over_longer_text: one
    going on from the quotation, 'They were, eventually.', is its section's opening), answering
    no question, its section to the first head holding text (section_holds_text): 'ST JOHN'S —
    ...' / '“The laws shall be proclaimed.”' / text / text / '“Who moved the chairs?”' / ... ->
    its index, else -1 (not such a line over one paragraph, nor where the heads are statements
    or questions unquoted)."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    if len(heads) < SENTENCE_SIBLINGS:
        return -1
    if quoted_heads(items, flags) < QUOTED_COMPANY:
        return -1  # (most pages: no quoted heads, or one)
    k = under_the_lead(items)
    if not 0 < k < heads[0]:
        return -1
    item = items[k]
    if not (isinstance(item, Line) and item.alone):
        return -1
    if not (is_whole_quotation(item.text) and over_longer_text(items, k)):
        return -1
    if answers_a_question(items, k) or not section_holds_text(items, k, heads[0]):
        return -1
    return k
