"""Heads of a programme's or a results page's structure, and the heads that close a series.

- A results table's rows are data: a name, then a count of votes, its share in brackets
  after it ('Clare Bowen (Conservative) 6,120 (19.6%, -11.3)'), and a row under another row
  is one more, never a head, whatever stands under it ('Independent candidates 2,104' /
  'Majority: 1,037').
- A series' closing head opens with 'And' or a closing adverb, names no question of its own
  and may trail off in an ellipsis: 'And finally…', 'And in March?', 'Lastly'. It comes after
  the page's other heads, SERIES_MIN of them at least, none after it, between a sentence's
  end (or a picture) and a paragraph LONG_RATIO times longer; the same words in running text
  ('And why not?', 'And then it rained…') ask or tell, and stay paragraphs.
- A programme repeats its sections' heads under each of its days: 'Friday' / 'The Main Stage'
  / acts / 'The Hollow tent' / acts / 'Saturday' / 'The Main Stage' / acts. Heading-shaped
  lines whose words stand alone on RECUR_MIN lines or more, each over a line of text, without
  a figure, a label's colon or a question, none right over another, are heads wherever they
  stand, where each stands over a line that repeats not, and one of them at least right under
  a head (a list copied under two heads repeats line by line; a table's header printed twice
  stands over itself), and so are the lines of another such group each between lines that
  repeat not ('Owusu & the Long Weekend' / 'The Hollow tent' / 'Fenwick'). The
  line right under one, over another line of its run, is the run's first item ('The Hollow
  tent' / 'Fenwick' / 'Ada Brightwater'); a line right over one, in the form of a head right over
  another of its lines, is one more of those ('Sunday' beside 'Friday'); the line closing its
  run over a paragraph, opening as it does and as no other line of the run does, heads that
  paragraph ('Nadia Orme' / 'The Woods (opens at midnight)' / text).
- A count that announces a listicle heads it: 'Five not to miss' a few lines over the first
  of the numbered heads, '1.' to '5.'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from itertools import compress, pairwise

from api.parser.heading_kin import signature
from api.parser.heading_limits import LONG_RATIO
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question
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
CLOSING_INITIALS = frozenset("AFL")  # what CLOSING's words open with
ELLIPSIS = ("…", "...")
CLOSING_WORDS = 5  # a closing head's words at most: 'And the rest of Europe?'
SERIES_MIN = 2  # heads before a closing head that make the series it closes
RECUR_MIN = 2  # lines of the same words that make a programme's repeated head
NOT_RECURRING = re.compile(r"[\d:]")  # a figure or a label's colon: data repeats, heads less
# A count opening a listicle's head, a word in lower case after it: 'Five not to miss', '10 to
# watch', 'Three to try' (a name opens with one too: 'Three Lions fans').
COUNT_WORDS = {
    word: n
    for n, word in enumerate(
        "two three four five six seven eight nine ten eleven twelve".split(), start=2
    )
}
COUNT_INITIALS = frozenset(word[0].upper() for word in COUNT_WORDS)
COUNT_HEAD_WORDS = 6  # a count head's words at most
COUNT_REACH = 3  # items between a count head and the first numbered head at most
NUMBERED = re.compile(r"^(\d{1,2})[.)] ")


def vote_rows(items: list[Item], flags: list[bool]) -> list[int]:
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
    # (the opening word first, one anchored match: most lines open otherwise, and a paragraph
    # is split no further than a closing head's words)
    if CLOSING.match(text) is None or len(text.split(None, CLOSING_WORDS)) > CLOSING_WORDS:
        return False
    for mark in ELLIPSIS:
        text = text.removesuffix(mark)
    if not text or not (text[-1].isalnum() or text[-1] == "?"):
        return False
    return not has_sentence_inside(text)


def closing_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The line closing a series of heads after its last one (see the module's note): '...
    a sentence.' / 'And finally…' / a paragraph twice as long."""
    heads = list(compress(range(len(items)), flags))
    if len(heads) < SERIES_MIN:
        return []
    # (the lines after the last head only, the first letter first: most open otherwise)
    after = alone[bisect_right(alone, heads[-1]) :]
    after = [k for k in after if items[k].text[0] in CLOSING_INITIALS]
    found = [k for k in after if not flags[k] and is_closing_shaped(items[k].text)]
    return [k for k in found[:1] if stands_as_a_head(items, k)]


def stands_as_a_head(items: list[Item], k: int) -> bool:
    """True when line k follows a sentence's end or a picture and stands over a paragraph
    LONG_RATIO times longer, ending a sentence."""
    before = items[k - 1] if k > 0 else None
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS:
        return False
    return before is not None and len(after.text) >= LONG_RATIO * len(items[k].text)


def recurring_heads(
    items: list[Item], alone: list[int], shaped: list[bool], flags: list[bool]
) -> list[int]:
    """The lines of a programme's repeated heads (see the module's note): each 'The Main
    Stage' under 'Friday', 'Saturday' and 'Sunday', each 'The Hollow tent' after acts."""
    candidates = list(compress(range(len(items)), shaped))
    texts = [items[k].text for k in candidates]
    if len(set(texts)) == len(texts):
        return []  # no line repeats: most pages
    lines = defaultdict(list)
    for k, text in zip(candidates, texts, strict=True):
        lines[text].append(k)
    groups = [ks for ks in lines.values() if len(ks) >= RECUR_MIN and all_over_text(items, ks)]
    groups = [ks for ks in groups if may_recur(items[ks[0]].text) and apart(ks)]
    # a head's run is new each time ('The Main Stage' / 'The Lantern Choir'), a list copied
    # under two heads repeats line by line ('Pros' / 'Fast' / 'Light' ... 'Cons' / 'Fast')
    repeated = {items[ks[0]].text for ks in groups}
    groups = [ks for ks in groups if all(items[k + 1].text not in repeated for k in ks)]
    under = [ks for ks in groups if any(k > 0 and flags[k - 1] for k in ks)]
    if not under:
        return []
    # a group under no head opens a run of its own each time, between lines that repeat not
    # ('Owusu & the Long Weekend' / 'The Hollow tent' / 'Fenwick')
    opening = [ks for ks in groups if all(after_new_line(items, repeated, k) for k in ks)]
    return sorted({k for ks in under + opening for k in ks})


def after_new_line(items: list[Item], texts: set[str], k: int) -> bool:
    """True when the item right over line k is a text line whose words are none of `texts`."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and before.text not in texts


def may_recur(text: str) -> bool:
    """True for a line that may be a repeated head: no figure, colon or question ('The Main
    Stage', not 'Tickets: £20' nor 'Why?')."""
    return NOT_RECURRING.search(text) is None and not is_question(text)


def apart(lines: list[int]) -> bool:
    """True when no two of the lines stand next to each other: a table's header row printed
    twice ('Pos Player Plays' / 'Pos Player Plays' / rows) heads no section."""
    return all(b - a > 1 for a, b in pairwise(lines))


def all_over_text(items: list[Item], lines: list[int]) -> bool:
    """True when a text line stands right under each of the lines."""
    return all(k + 1 < len(items) and isinstance(items[k + 1], Line) for k in lines)


def first_items(
    items: list[Item], shaped: list[bool], flags: list[bool], heads: list[int]
) -> list[int]:
    """The flagged lines right under a repeated head, over an unflagged shaped line: the first
    item of the head's run ('The Hollow tent' / 'Fenwick' / 'Ada Brightwater')."""
    repeated = set(heads)  # (a repeated head right under another stays: 'Friday' / 'The Barn')
    found = []
    for k in heads:
        item, below = k + 1, k + 2
        if below < len(items) and flags[item] and not flags[below] and shaped[below]:
            found += [] if item in repeated else [item]
    return found


def parent_heads(
    items: list[Item], shaped: list[bool], flags: list[bool], heads: list[int]
) -> list[int]:
    """The unflagged lines right over a repeated head in the form of a flagged head right over
    another line of its words (heading_kin.parallel's form): 'Sunday' / 'The Main Stage'
    beside 'Friday' / 'The Main Stage'."""
    over = defaultdict(list)
    for k in heads:
        if k > 0 and isinstance(items[k - 1], Line):
            over[items[k].text].append(k - 1)
    found = []
    for parents in over.values():
        # (the forms looked up, not compared pairwise: a programme may repeat a head often)
        forms = {key for j in parents if flags[j] for key in parallel_keys(items[j].text)}
        found += [
            j
            for j in parents
            if not flags[j] and shaped[j] and not forms.isdisjoint(parallel_keys(items[j].text))
        ]
    return found


def parallel_keys(text: str) -> tuple[tuple, tuple]:
    """The keys two parallel heads share one of (heading_kin.parallel): as many words, digits
    and commas, and the same first or the same last word: 'Friday' and 'Sunday'."""
    words, first, last, digits, commas = signature(text)
    return (words, digits, commas, "first", first), (words, digits, commas, "last", last)


def run_closing_heads(
    items: list[Item], shaped: list[bool], flags: list[bool], heads: list[int]
) -> list[int]:
    """The last line of a repeated head's run, over a paragraph, opening with the repeated
    heads' first word as no other line of the run does: 'The Hollow tent' / 'Nadia Orme' /
    'The Woods (opens at midnight)' / 'DJ sets until 4am.'."""
    openers = {first_word(items[k].text) for k in heads}
    found = []
    for k in heads:
        end = k + 1
        while end + 1 < len(items) and shaped[end + 1] and not flags[end + 1]:
            end += 1
        after = items[end + 1] if end + 1 < len(items) else None
        if end <= k + 1 or flags[end] or not isinstance(after, Line) or shaped[end + 1]:
            continue
        if after.text[-1] not in SENTENCE_ENDS or first_word(items[end].text) not in openers:
            continue
        if all(first_word(items[j].text) not in openers for j in range(k + 1, end)):
            found.append(end)
    return found


def first_word(text: str) -> str:
    """A line's first word in lower case: 'The Woods' -> 'the'."""
    return text.split(None, 1)[0].lower()


def count_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[int]:
    """The unflagged heading-shaped lines opening with a count, a few items over a run of
    numbered heads from '1.' to that count: 'Five not to miss' / ... / '1. Ada Brightwater' ...
    '5. Jo Anwar'."""
    if not any(items[k].text[0] == "1" for k in compress(range(len(items)), flags)):
        return []  # no numbered heads from '1.' for a count to announce: most pages
    found = []
    for k in compress(range(len(items)), shaped):
        if not (items[k].text[0] in COUNT_INITIALS or items[k].text[0].isdigit()):
            continue  # (one look at the first letter settles most lines)
        # (split no further than a count head's words: a paragraph is settled there)
        words = items[k].text.split(None, COUNT_HEAD_WORDS)
        if flags[k] or len(words) > COUNT_HEAD_WORDS or len(words) < 2 or not words[1].islower():
            continue  # 'Five not to miss', not 'Three Lions fans', a name
        count = COUNT_WORDS.get(words[0].lower()) or (int(words[0]) if words[0].isdigit() else 0)
        if count and not has_sentence_inside(items[k].text) and items[k].text[-1].isalnum():
            if numbered_run(items, flags, k) == count:
                found.append(k)
    return found


def numbered_run(items: list[Item], flags: list[bool], k: int) -> int:
    """The number of the last head of the run of numbered heads from '1.' whose first stands
    at most COUNT_REACH items after item k, 0 when none does."""
    # (the run ends at the first head out of its order: runs do not overlap, so each is walked
    # once for each of the few count lines right over it)
    first = next((j for j in range(k + 1, min(k + 2 + COUNT_REACH, len(items))) if flags[j]), -1)
    if first < 0 or not items[first].text.startswith("1"):
        return 0
    expected = 1
    for j in range(first, len(items)):
        if not flags[j]:
            continue
        number = NUMBERED.match(items[j].text)
        if number is None or int(number[1]) != expected:
            break
        expected += 1
    return expected - 1


def stage_flags(
    items: list[Item], alone: list[int], shaped: list[bool], flags: list[bool]
) -> list[bool]:
    """The flags with a results table's rows dropped and a series' closing head added (see the
    module's note). `alone` holds the standalone lines, `shaped` the heading-shaped ones."""
    for k in vote_rows(items, flags):
        flags[k] = False  # '... 6,120 (19.6%, -11.3)' / 'Independent candidates 2,104'
    for k in closing_heads(items, alone, flags):
        flags[k] = True  # '... of the window.' / 'And finally…' / text
    heads = recurring_heads(items, alone, shaped, flags)
    if heads:
        for k in heads:
            flags[k] = True  # 'Friday' / 'The Main Stage' / acts / 'Saturday' / 'The Main Stage'
        for k in first_items(items, shaped, flags, heads):
            flags[k] = False  # 'The Hollow tent' / 'Fenwick' / 'Ada Brightwater': the run's
        for k in parent_heads(items, shaped, flags, heads):
            flags[k] = True  # 'Sunday' / 'The Main Stage' beside 'Friday' / 'The Main Stage'
        for k in run_closing_heads(items, shaped, flags, heads):
            flags[k] = True  # ... / 'Little Bear Band' / 'The Woods (opens at midnight)' / text
    for k in count_heads(items, shaped, flags):
        flags[k] = True  # 'Five not to miss' / ... / '1. Ada Brightwater' ... '5. Jo Anwar'
    return flags
