"""Quotations as a page's own heads where no other head marks them: a column whose heads are
whole quotations, a statement's and a question's, with statement heads beside them ('“You
cannot rush a cheese.”' / text / '“Is it worth it?”' / text / 'The cellar came back.' / text),
read as one series, as heading_series reads a page of statement heads.

A quotation standing alone after a section's end and over a longer paragraph may as well be the
writer's one-line quotation, its speaker named under it ('“The cave is the cheesemaker.”' / 'A
farmer said that to me.'): only a series of them, QUOTED_COMPANY quoted at least, each opening a
section holding text at an even interval, makes them heads.
"""

from __future__ import annotations

from api.parser.heading_answers import opens_on_a_reply
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_question_line
from api.parser.heading_rhythm import stands_over_text
from api.parser.heading_sentences import is_elliptical
from api.parser.heading_series import (
    LEAD_LINES,
    QUOTED_COMPANY,
    completes_the_heads,
    evenly_spaced,
    is_whole_quotation,
    quoted_candidate,
    quotes_inside,
    series_candidate,
    vouched_members,
)
from api.parser.heading_siblings import (
    PAIRED_WORDS,
    SENTENCE_SIBLINGS,
    is_long_clause,
    opens_a_section,
)
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question
from api.parser.sentences import SENTENCE_ENDS


def is_quoted_question(text: str) -> bool:
    """True for one quotation of a question of PAIRED_WORDS words at most and nothing else:
    '“Is it worth the money?”' (not '“Why?” she asked.', nor '"Is it?" "No."')."""
    if text[-2:-1] != "?" or QUOTED.match(text) is None:
        return False
    inner = text[1:-1]
    if quotes_inside(inner):
        return False
    return is_question(inner) and len(inner.split()) <= PAIRED_WORDS


def is_quoted_head(text: str) -> bool:
    """True for a whole quotation of one or two statements (is_whole_quotation) or of a
    question (is_quoted_question): a quoted column's head."""
    return is_whole_quotation(text) or is_quoted_question(text)


def quoted_column_candidate(items: list[Item], k: int) -> bool:
    """True for line k a whole quotation of one or two statements or of a question, past the
    lead, after a section's end, over a longer paragraph going on from no reply of its own and
    answering no question: text. / '“Is it worth the money?”' / 'That is the question ...'
    (not '“Why?” she asked.', nor a quotation over a shorter line): quoted_candidate, of
    either form (is_quoted_head)."""
    return quoted_candidate(items, k, is_quoted_head)


def long_column_candidate(items: list[Item], k: int) -> bool:
    """True for line k a long clause without a stop (is_long_clause) past the lead, after a
    section's end, over a paragraph ending a sentence: text. / 'Three cheeses that show what
    the valley can do and why the rest of the country should care' / text. A bound of the
    series' sections, so that a quotation above it heads no text of the long head's."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k < LEAD_LINES or k + 1 >= len(items):
        return False
    after = items[k + 1]
    if not (isinstance(after, Line) and after.text[-1:] in SENTENCE_ENDS):
        return False
    return is_long_clause(item.text) and opens_a_section(items, k)


def quoted_column_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The quoted lines (quoted_column_candidate), statement lines (series_candidate) and long
    clauses (long_column_candidate) that are a page's heads together where no head of another
    form stands: SENTENCE_SIBLINGS or more opening sections holding text (vouched_members, the
    long clauses bounding them), QUOTED_COMPANY of them quotations, most over a paragraph
    LONG_RATIO times longer, over sections of even length: '“You cannot rush a cheese.”' /
    text / '“Is it worth it?”' / text / 'The cellar came back.' / text (not one quotation
    among statement lines, nor a story's one-line quotations, each over one paragraph)."""
    quoted = [k for k in alone if quoted_column_candidate(items, k)]
    if len(quoted) < QUOTED_COMPANY:
        return []  # (most documents: no whole quotation standing as a head would)
    # (a long head's section is weighed against no quotation's: it bounds theirs, standing)
    longs = [k for k in alone if long_column_candidate(items, k)]
    found = sorted(quoted + longs + [k for k in alone if series_candidate(items, k)])
    members = vouched_members(items, found, SENTENCE_SIBLINGS, frozenset(longs))
    if len(members) < SENTENCE_SIBLINGS:
        return []
    chosen = frozenset(quoted)
    if len([k for k in members if k in chosen]) < QUOTED_COMPANY:
        return []  # one quotation among statement lines: heading_series reads those pages
    if not completes_the_heads(members, [k for k in alone if flags[k]]):
        return []
    if 2 * len([k for k in members if stands_over_text(items, k)]) <= len(members):
        return []
    return members if evenly_spaced(items, members) else []


def replies_to_a_claim(text: str) -> bool:
    """True for a paragraph opening as a reply to a claim above it, an elliptical sentence or
    a reply word: 'You do. The strains change.', 'It does not.', 'No. ...' (not 'That is the
    line staff hear most often.')."""
    return is_elliptical(text) or opens_on_a_reply(text)


def quoted_claim_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The whole quotations of a claim or a reader's question (is_quoted_head) on a page whose
    heads stand, SENTENCE_SIBLINGS or more, most of them questions (a myth-buster's, a Q&A's),
    each past the lead, after a section's end, over a paragraph answering it
    (replies_to_a_claim) LONG_RATIO times longer, as its answers run: 'Is it safe?' / text /
    '“I had it once. I am immune.”' / 'You are not. ...' / '“Can I pay in cash?”' / 'No, but
    ...' / 'Who pays?' / ... (the reader's claim or question the page answers as it answers
    its own questions; not such a quotation over 'That is what staff hear most.', nor over a
    short retort, 'It does now.', nor on a page of statement heads)."""
    heads = [k for k in alone if flags[k]]
    asked = [k for k in heads if is_question_line(items[k])]
    if len(heads) < SENTENCE_SIBLINGS or 2 * len(asked) <= len(heads):
        return []  # (most documents: no Q&A's heads)
    found: list[int] = []
    for k in alone:
        item = items[k]
        if flags[k] or k < LEAD_LINES or k + 1 >= len(items):
            continue
        if not is_quoted_head(item.text) or not stands_over_text(items, k):
            continue
        after = items[k + 1]
        if isinstance(after, Line) and replies_to_a_claim(after.text) and opens_a_section(items, k):
            found.append(k)
    return found
