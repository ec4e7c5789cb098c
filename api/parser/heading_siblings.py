"""Full-sentence heads beside sentence heads of other forms: a feature's 'The roof leaked for
years. Then part of it fell in.' / a long paragraph / ... / '“We took it down bone by bone”' /
text / 'So, was it worth it?' / text, where the writer's short paragraphs leave no contrast of
length with the typical one (heading_sentences.paired_sentence_heads asks three times shorter).

A reader takes such a line for a head by its siblings and by where it stands, not by its stop:
- siblings: SIBLING_HEADS heads or more already stand, one at least a sentence of its own form
  (a question, a quoted line, a clause of SENTENCE_HEAD_WORDS words), LABELS_AMONG labels at
  most ('Final standings'), SENTENCE_SIBLINGS heads with the lines found;
- or the document's rhythm alone (heading_rhythm.rhythm_heads, one rule for every page):
  SENTENCE_SIBLINGS sentence heads or more, evenly spaced, every other line much longer;
- where: two short sentences at a section's start (a sentence's end or a picture before it),
  one sentence after a picture only (between paragraphs it is a punchy line), over a paragraph
  LONG_RATIO times its length or a lead-in to a list, more than SENTENCE_GAP items from any
  head, so that each head still opens a section of several paragraphs (a line right under a
  question is its answer: 'Is it too late?' / 'Not at all. Plant it now.').
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from api.parser.heading_answers import opens_on_a_reply
from api.parser.heading_limits import LONG_CHARS, LONG_RATIO, MAX_WORDS
from api.parser.heading_places import QUOTED
from api.parser.heading_sentences import (
    PAIRED_WORDS,
    RHYTHM_OPENERS,
    SECOND_SENTENCE,
    SENTENCE_GAP,
    is_elliptical,
    is_sentence_shaped,
    quoted_on,
    under_a_dateline_lead,
)
from api.parser.layout import Item, Line, ListLines, Picture
from api.parser.line_shapes import is_question
from api.parser.page_chrome import is_timestamp
from api.parser.sentences import SENTENCE_ENDS

SENTENCE_SIBLINGS: Final = 3  # sentence heads that make a document's heads sentences
SIBLING_HEADS: Final = 2  # heads standing already: one alone makes no pattern to join
LABELS_AMONG: Final = 1  # labels beside sentence heads: 'Final standings' among them
SENTENCE_HEAD_WORDS: Final = 5  # 'The best film has no distributor': a clause, not a label
STAMPED_POSTS: Final = 2  # timestamps, each over a head, that make a diary's posts headed
# A sentence's end inside a line, of any mark: 'GOAL! Vale lead (Ngata 23). A header.' has two.
INNER_STOP: Final = re.compile(r"[.!?] (?=[A-Z])")
SIBLING_STRETCH: Final = 1.25  # how much longer than its longest long sibling a long head may be
# Quantities 'Not' negates as a subject's word, opening a statement: 'Not every island wanted them.'
QUANTITIES: Final = frozenset({"every", "all", "many", "much", "everyone", "everybody", "one"})
EVEN_SPACING: Final = (
    2  # the widest of evenly spaced sections this many times the narrowest at most
)


def is_sentence_form(text: str) -> bool:
    """True for a head that is a sentence in its own form: a question ('Who pays?'), a quoted
    line ('“We had no choice”') or a clause of SENTENCE_HEAD_WORDS words without a label's
    colon ('The best film has no distributor'); not a label ('Results', 'The money')."""
    if is_question(text) or QUOTED.match(text):
        return True
    return ":" not in text and len(text.split()) >= SENTENCE_HEAD_WORDS


def is_label(text: str) -> bool:
    """True for a head that is no sentence of its own form: 'Results', 'Final standings'."""
    return not is_sentence_form(text)


def sentence_siblings(items: list[Item], heads: list[int], found: list[int]) -> bool:
    """True when SIBLING_HEADS heads or more stand and with the full-sentence lines `found` make
    SENTENCE_SIBLINGS heads or more, one head at least a sentence's form, LABELS_AMONG labels
    at most among them: 'Who pays?' / '“We had no choice”' / 'The best film has no
    distributor', or a page's quoted head and its 'Final standings' beside two full-sentence
    lines (not a page of labels, nor one head alone)."""
    if len(heads) < SIBLING_HEADS or len(heads) + len(found) < SENTENCE_SIBLINGS:
        return False
    labels = len([k for k in heads if is_label(items[k].text)])
    return labels <= LABELS_AMONG and labels < len(heads)


def after_a_break(items: list[Item], k: int) -> bool:
    """True for line k right under a picture or a list, a break the page itself marks."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Picture) or in_a_list(before)


def opens_a_section(items: list[Item], k: int) -> bool:
    """True when line k stands after a sentence's end, a picture or a list, where a section
    ends: 'in 1896.' / line k, '• a seam, by hand' / line k (not 'She lists them:' / line k)."""
    if after_a_break(items, k):
        return True  # a list closes the section above: its last line ends on no stop
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and before.text[-1:] in SENTENCE_ENDS


def is_two_sentence_line(text: str) -> bool:
    """True for two short sentences (is_short_statement, one break between them), the first
    word no running text's ('but', 'it', 'this'): 'Move slowly. Then move slower still.', 'She
    needed a draw. She took it.' (not 'But it rained. Nobody came.', nor 'Yes. It is.', a
    reply)."""
    if not is_short_statement(text) or len(INNER_STOP.findall(text)) != 1:
        return False
    if opens_on_a_reply(text, denials=False):
        return False  # 'Yes. It is.', 'Not always. Plant it now.': an answer; 'Nobody came.' states
    first = text.split(None, 1)[0]
    return first[0].isupper() and first.lower() not in RHYTHM_OPENERS and not is_elliptical(text)


def is_full_sentence_line(items: list[Item], k: int, after_text: bool = False) -> bool:
    """True for a line of two short sentences a head could be, after a sentence's end or a
    picture ('She needed a draw. She took it and went home.'), or of one short sentence after
    a picture, a section's break: picture / 'The game that won it was played on Wednesday.'
    or 'And yes, you should still drink port.' (is_conceding_head)
    (not 'They drew in 33 moves.', pointing back, nor 'Brilliant. Risky. Correct.', nor a
    punchy line between paragraphs); with `after_text`, one short sentence after a paragraph
    too, over developed text (opens_developed_text)."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone):
        return False
    if is_two_sentence_line(item.text):
        return opens_a_section(items, k)
    if INNER_STOP.search(item.text):
        return False
    if not (k > 0 and isinstance(items[k - 1], Picture)):
        return after_text and is_sentence_shaped(item) and opens_developed_text(items, k)
    return is_sentence_shaped(item) or is_conceding_head(item)


# A conjunction and a reply word leading a writer's sentence, granting a doubt before going on:
# 'And yes, ', 'But no, ', 'Yet sure, ', 'And of course, '.
CONCEDING_OPENER: Final = re.compile(
    r"^(?:And|But|So|Yet) (?:yes|no|sure|true|of course), (?=[a-z])"
)


def is_conceding_head(item: Line) -> bool:
    """True for a short sentence led by a conjunction and a reply word that is a head's shape
    without them, the writer granting the reader's doubt: 'And yes, you should still drink
    port.' (not 'And then it rained.', nor 'And yes, it did.')."""
    opener = CONCEDING_OPENER.match(item.text)
    if opener is None:
        return False
    rest = item.text[opener.end() :]
    return is_sentence_shaped(replace(item, text=rest[0].upper() + rest[1:]))


def is_headline_styled(text: str) -> bool:
    """True for a head capitalising more than half its words, a headline's style: 'Insults
    Against the Old Guard', 'Budget Talks Collapse' (not 'A law written for a quieter island')."""
    words = text.split()
    return 2 * len([word for word in words if word[0].isupper()]) > len(words)


def opens_developed_text(items: list[Item], k: int) -> bool:
    """True for line k after a sentence's end over a paragraph of several sentences LONG_RATIO
    times longer (develops) whose first sentence is its own, not the line's verb left out:
    'in 1896.' / 'The music was born in the street.' / 'The sound system is older ...' (not
    'Open homes are busier.' / 'Auction rooms are not. ...', one contrast in two lines, nor
    'Still, they came.' over a head's two short sentences)."""
    if not (opens_a_section(items, k) and develops(items, k)):
        return False
    after = items[k + 1].text
    return not is_elliptical(after) and not is_short_statement(after)


def opens_text(items: list[Item], k: int) -> bool:
    """True for line k over a paragraph LONG_RATIO times longer, or over a lead-in to a list as
    long as line k at least ('Sudden changes rarely work. Try this instead:' / items, a list's
    lines or a block of them): a section's text, not another short line ('Here is how:')."""
    after = items[k + 1]
    if not isinstance(after, Line):
        return False
    if len(after.text) >= LONG_RATIO * len(items[k].text):
        return True
    listed = items[k + 2] if k + 2 < len(items) else None
    lead_in = after.text.endswith(":") and len(after.text) >= len(items[k].text)
    return lead_in and in_a_list(listed)


def in_a_list(item: Item | None) -> bool:
    """True for a list's block or one of its lines (a line not alone): '• a seam, by hand'."""
    return isinstance(item, ListLines) or (isinstance(item, Line) and not item.alone)


def negates_a_quantity(text: str) -> bool:
    """True for a sentence opening on 'Not' before a quantity, its subject negated, no reply:
    'Not every island wanted them.', 'Not all of it went.' (not 'Not yet.', 'Not really. ...')."""
    words = text.lower().split(None, 2)
    return len(words) > 2 and words[0] == "not" and words[1] in QUANTITIES


def answers_a_question(items: list[Item], k: int) -> bool:
    """True for line k right under a question, or opening on a reply: its answer, no head
    ('Will it be?' / 'Mostly, yes. But not everywhere.')."""
    before = items[k - 1] if k > 0 else None
    asked = isinstance(before, Line) and is_question(before.text)
    text = items[k].text
    return asked or (opens_on_a_reply(text, denials=False) and not negates_a_quantity(text))


def clear_of_heads(
    items: list[Item], alone: list[int], heads: list[int], flags: list[bool]
) -> list[int]:
    """The standalone lines, neither heads nor the last item, more than SENTENCE_GAP items from
    the nearest head above and below (the heads walked once beside them): the places a sibling
    head may stand: heads at 3 and 12, a gap of 2 -> the lines from 6 to 9."""
    clear: list[int] = []
    j = 0
    for k in alone:
        while j < len(heads) and heads[j] < k:
            j += 1
        if flags[k] or k + 1 >= len(items):
            continue
        above = heads[j - 1] if j > 0 else -len(items)
        below = heads[j] if j < len(heads) else 2 * len(items)
        if k - above > SENTENCE_GAP and below - k > SENTENCE_GAP:
            clear.append(k)
    return clear


def paired_sibling_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """Lines of one or two short sentences (is_full_sentence_line) that open a section over a
    paragraph LONG_RATIO times longer, more than SENTENCE_GAP items from any head, beside heads
    that are sentences (sentence_siblings): 'The money ran out twice. The museum did not wait.'
    / 240 characters, among question and quoted heads; picture / 'One break won it.' / text
    beside long clause heads; not 'The short answer is no. Read on.' over a shorter line, nor
    'Not at all. Plant it now.' right under its question, nor a line between a paragraph and a
    quotation (quoted_on)."""
    heads = [k for k in alone if flags[k]]
    if not heads:
        return []  # (most documents: no heads to be siblings of)
    styled = len([k for k in heads if is_headline_styled(items[k].text)])
    after_text = 2 * styled <= len(heads)  # heads in sentence case, as a sentence line is
    found = [
        k
        for k in clear_of_heads(items, alone, heads, flags)
        if not under_a_dateline_lead(items, k)
        and is_full_sentence_line(items, k, after_text)
        and opens_text(items, k)
        and not answers_a_question(items, k)
        and not quoted_on(items, k)
    ]
    if not found:
        return []
    return found if sentence_siblings(items, heads, found) else []


def text_length(item: Item) -> int:
    """The characters of text an item holds: a line's, a list's lines', none for a picture."""
    if isinstance(item, Line):
        return len(item.text)
    if isinstance(item, ListLines):
        return sum(map(len, item.items))
    return 0


def is_long_clause(text: str) -> bool:
    """True for a line of more than MAX_WORDS words and LONG_CHARS characters at most, ending
    on a word, no label's colon: a long head's shape, 'Moraa went with the pacemakers and
    then simply kept going when they dropped out' (not 'Women: 1 Moraa 2:18:41, 2 ...')."""
    if len(text) > LONG_CHARS or not text[-1:].isalnum() or ":" in text:
        return False
    return len(text.split()) > MAX_WORDS


def long_sibling_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """Long clauses without a stop (is_long_clause) that open a section over a paragraph ending
    a sentence, more than SENTENCE_GAP items from any head, no more than SIBLING_STRETCH times
    as long as the longest flagged long clause, their sibling: 'The leader went with the
    pacemakers and kept going when they dropped out' / text / picture / 'In the men's race a
    sprint decided a win that had looked settled with a kilometre to go' / text (not such a
    line where no head is one, a report's long line)."""
    heads = [k for k in alone if flags[k]]
    siblings = [len(items[k].text) for k in heads if is_long_clause(items[k].text)]
    if not siblings:
        return []  # (most documents: no long head to be a sibling of)
    longest = SIBLING_STRETCH * max(siblings)
    found: list[int] = []
    for k in clear_of_heads(items, alone, heads, flags):
        text = items[k].text
        if len(text) > longest or not is_long_clause(text):
            continue
        after = items[k + 1]
        ends = isinstance(after, Line) and after.text[-1:] in SENTENCE_ENDS
        if ends and opens_a_section(items, k):
            found.append(k)
    return found


def closing_two_sentences(items: list[Item], flags: list[bool]) -> list[int]:
    """The last head when it is two sentences ending in '.' over one last line, where no other
    head ends in '.': a story's closing lines, 'Voting opens at 7 a.m. Follow our coverage
    from 6.' / 'Jo Bloggs contributed to this report.', after question and quoted heads (not
    'Roads shut until 6 p.m.', one sentence, nor a two-sentence head over a section of its
    own, several lines)."""
    heads = [k for k, flag in enumerate(flags) if flag]
    if len(heads) < SENTENCE_SIBLINGS:
        return []
    last = heads[-1]
    text = items[last].text
    if text[-1:] != "." or SECOND_SENTENCE.search(text) is None:
        return []  # (most documents: the last head is no sentence)
    if any(items[k].text[-1:] == "." for k in heads[:-1]):
        return []  # full-sentence heads: the last is one more
    below = [it for it in items[last + 1 :] if isinstance(it, Line)]
    return [last] if len(below) == 1 else []


def is_short_statement(text: str) -> bool:
    """True for one or two sentences ending in '.', PAIRED_WORDS words at most: 'It rained.
    Nobody was ready.' (not a paragraph of three sentences, 'GOAL! Vale lead 1-0 (Ngata 23). A
    header.', nor a question)."""
    if text[-1:] != "." or len(text.split()) > PAIRED_WORDS:
        return False
    return len(INNER_STOP.findall(text)) <= 1


def stamped_statement_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """Short statements (is_short_statement) right under a timestamp, over a paragraph
    LONG_RATIO times longer, where STAMPED_POSTS timestamps or more each stand over a head or
    such a line, one a head at least: a diary's posts, each headed ('Thursday, 11.40pm' / 'It
    rained. Nobody was ready.' / text / 'Friday, 8.15am' / 'The best film has no buyer' /
    text); not where a post opens on its text ('14:05' / 'Hale attacks.' / '14:20' / text)."""
    stamps = [k for k in alone if k + 1 < len(items) and is_timestamp(items[k].text)]
    if len(stamps) < STAMPED_POSTS:
        return []  # (most documents: no timestamp lines)
    found: list[int] = []
    headed = False
    for k in stamps:
        line = items[k + 1]
        if flags[k + 1]:
            headed = True
            continue
        if not (isinstance(line, Line) and line.alone and is_short_statement(line.text)):
            return []
        after = items[k + 2] if k + 2 < len(items) else None
        if not (isinstance(after, Line) and len(after.text) >= LONG_RATIO * len(line.text)):
            return []
        found.append(k + 1)
    return found if headed else []


def develops(items: list[Item], k: int) -> bool:
    """True when line k stands over a paragraph LONG_RATIO times longer of two sentences or
    more, a section's text: 'A park is not a venue.' / 'It is where children learn to ride.
    Fencing it off changes that.' (not / 'The home side have the meanest defence.', a story's
    run of one-sentence paragraphs)."""
    after = items[k + 1]
    if not isinstance(after, Line) or len(after.text) < LONG_RATIO * len(items[k].text):
        return False
    return INNER_STOP.search(after.text) is not None
