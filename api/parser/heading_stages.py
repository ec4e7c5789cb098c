"""Heads of a results page's structure, and the heads that close a series.

- A results table's rows are data: a name, then a count of votes, its share in brackets
  after it ('Clare Bowen (Conservative) 6,120 (19.6%, -11.3)'), and a row under another row
  is one more, never a head, whatever stands under it ('Independent candidates 2,104' /
  'Majority: 1,037').
- A series' closing head opens with 'And' or a closing adverb, names no question of its own
  and may trail off in an ellipsis: 'And finally…', 'And in March?', 'Lastly'. It comes after
  the page's other heads, SERIES_MIN of them at least, none after it, between a sentence's
  end (or a picture) and a paragraph LONG_RATIO times longer; the same words in running text
  ('And why not?', 'And then it rained…') ask or tell, and stay paragraphs.
"""

from __future__ import annotations

import re
from itertools import compress

from api.parser.heading_limits import LONG_RATIO
from api.parser.layout import Line, Picture
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

# A results table's row: a name, maybe a party in brackets, then a count of thousands or one
# with its share in brackets: 'Ruth Adeyemi (Green) 12,033 (38.5%, +27.0)', 'Others 2,104'.
VOTE_ROW = re.compile(
    r"[^\W\d_][)’']? (?:\d{1,3}(?:,\d{3})+(?: \([^()]*%[^()]*\))?|\d+ \([^()]*%[^()]*\))$"
)
# A series' closing head: 'And' before no question word, verb or pronoun, or a closing adverb:
# 'And finally…', 'And in March?', 'Finally', 'Last but not least' (not 'And why not?').
CLOSING = re.compile(
    r"^(?:And (?!(?i:why|how|what|who|whom|whose|when|where|which|is|are|was|were|do|does|did"
    r"|can|could|will|would|should|shall|may|might|must|has|have|had|then|so|yet|he|she|it"
    r"|they|we|you|i|that|this|there|now)\b)|Finally\b|Lastly\b|Last but not least\b)"
)
ELLIPSIS = ("…", "...")
CLOSING_WORDS = 5  # a closing head's words at most: 'And what of the rest'
SERIES_MIN = 2  # heads before a closing head that make the series it closes


def vote_rows(items: list[Line | Picture], flags: list[bool]) -> list[int]:
    """The flagged lines that are a results table's rows right under another row: 'Clare Bowen
    (Conservative) 6,120 (19.6%, -11.3)' / 'Independent candidates 2,104' (see the module's
    note); a line with a count and no row over it keeps its flag."""
    found = []
    for k in compress(range(1, len(items)), flags[1:]):
        line, above = items[k], items[k - 1]
        if not (isinstance(line, Line) and isinstance(above, Line)):
            continue
        if line.text[-1].isdigit() or line.text[-1] == ")":
            if VOTE_ROW.search(line.text) and VOTE_ROW.search(above.text):
                found.append(k)
    return found


def is_closing_shaped(text: str) -> bool:
    """True for a series' closing head's words: 'And finally…', 'And in March?', 'Lastly' (not
    'And why not?', 'And then it rained.')."""
    if len(text.split()) > CLOSING_WORDS or CLOSING.match(text) is None:
        return False
    for mark in ELLIPSIS:
        text = text.removesuffix(mark)
    if not text or not (text[-1].isalnum() or text[-1] == "?"):
        return False
    return not has_sentence_inside(text)


def closing_heads(items: list[Line | Picture], alone: list[int], flags: list[bool]) -> list[int]:
    """The line closing a series of heads after its last one (see the module's note): '...
    a sentence.' / 'And finally…' / a paragraph twice as long."""
    heads = [k for k in compress(range(len(items)), flags)]
    if len(heads) < SERIES_MIN:
        return []
    last = heads[-1]
    found = [k for k in alone if k > last and not flags[k] and is_closing_shaped(items[k].text)]
    return [k for k in found[:1] if stands_as_a_head(items, k)]


def stands_as_a_head(items: list[Line | Picture], k: int) -> bool:
    """True when line k follows a sentence's end or a picture and stands over a paragraph
    LONG_RATIO times longer, ending a sentence."""
    before = items[k - 1] if k > 0 else None
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS:
        return False
    return before is not None and len(after.text) >= LONG_RATIO * len(items[k].text)


def stage_flags(
    items: list[Line | Picture], alone: list[int], shaped: list[bool], flags: list[bool]
) -> list[bool]:
    """The flags with a results table's rows dropped and a series' closing head added (see the
    module's note). `alone` holds the standalone lines, `shaped` the heading-shaped ones."""
    for k in vote_rows(items, flags):
        flags[k] = False  # '... 6,120 (19.6%, -11.3)' / 'Independent candidates 2,104'
    for k in closing_heads(items, alone, flags):
        flags[k] = True  # '... of the window.' / 'And finally…' / text
    return flags
