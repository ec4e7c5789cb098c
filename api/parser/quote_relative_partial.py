"""Partial quotes inside a relative clause about someone else: `X told MPs he had met the
minister, who had promised to “look again”` -> the minister's words, not X's; unnamed, no one."""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph
from api.parser.quote_spans import Span

# At most this many characters between the reporting verb and the quote are read.
RELATIVE_REACH: Final = 200
# `the state water minister, who had promised to `: a common noun opened by an article or a
# possessive, then `, who` as the subject of its own verb, and no comma up to the quote mark.
_UNNAMED_WHO: Final = re.compile(
    r"\b(?:the|a|an|his|her|their|its|one) (?:[\w'’-]+ ){0,3}[a-z][a-z-]+, who "
    r"(?!(?:he|she|they|I|we|you|it)\b)[^,;:()\x00]*$"
)


def unnamed_relative(paragraph: Paragraph, clause: Clause, span: Span) -> bool:
    """`Mayor X told the meeting he had met the minister, who had promised to “...”`: the quote
    is in a relative clause about someone unnamed, the object of the clause before; no one said
    it in the article's words (`which` is a thing's; `who he called “...”` is still X's)."""
    if clause.verb_end > span.open or clause.start >= clause.verb_start:
        return False  # (only a clause before the quote, its subject before its verb)
    lo = (
        clause.verb_end
        if span.open - clause.verb_end < RELATIVE_REACH
        else span.open - RELATIVE_REACH
    )
    if paragraph.masked.find(", who ", lo, span.open) < 0:
        return False  # (most quotes: no relative clause before them, one find, no pattern)
    head = paragraph.masked[lo : span.open]
    found = _UNNAMED_WHO.search(head)
    if found is None:
        return False
    comma = lo + head.index(", who ", found.start())
    # (a name closing the noun phrase is someone named: `the minister, Ann Lee, who`)
    return not any(m.end == comma for m in paragraph.mentions_between(lo, comma))
