"""Long heads without a stop, read by the page rather than by a word count: a standalone clause
of any length up to a paragraph's, ending on no stop, over a section of text, where the page's
other heads stand at an even spacing with it, is one more of them ('"The boat goes"' / text /
'Where the novel loses its way is in the middle section set in a city that reads like another
book' / text / 'Is it a comic novel?' / text).

heading_siblings.long_sibling_heads needs a long head standing already, and heading_series
.long_heads_beside a statement series; a page whose heads are a quotation and a question has
neither, yet a reader takes the long clause for a head all the same: it stands where a section
breaks, is no longer than the paragraphs it heads, and spaces the heads evenly.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from api.parser.heading_limits import LONG_RATIO, MAX_WORDS
from api.parser.heading_lone_questions import WORD
from api.parser.heading_questions import (
    READER_CLOSERS,
    READER_OPENERS,
    STATED_QUESTION,
    among_sibling_questions,
    asks_in_full,
    is_stated_question,
    speaks_in_first_person,
)
from api.parser.heading_rhythm import coda_heads, sections
from api.parser.heading_sentences import RUNNING_OPENERS
from api.parser.heading_series import (
    LEAD_LINES,
    evenly_spaced,
    quotes_inside,
    typical_size,
)
from api.parser.heading_siblings import (
    EVEN_SPACING,
    INNER_STOP,
    SIBLING_HEADS,
    SIBLING_STRETCH,
    is_headline_styled,
    opens_a_section,
)
from api.parser.heading_signoffs import signs_its_letter
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

# A reader's situation is told in the first person: 'I run a lodge ...', 'My bottles are ...'.
TELLERS: Final = frozenset("i my me we our us".split())
LONGEST_HEAD_WORDS: Final = 30  # a long head's words at most: longer, a paragraph, stop or none


def is_unstopped_clause(text: str) -> bool:
    """True for one clause of more than MAX_WORDS words, opening on a capital and no
    conjunction, ending on a word, no colon, semicolon, quotation or sentence inside: 'Her work
    toured Lima and Quito but she never left the valley because the looms would not wait' (not
    'And then the rain came and we waited for the boats that never came', nor 'Results: 1
    Moraa 2:18:41 ...'). No count of words bounds it: long_heads_among weighs it against the
    paragraphs around it (within_its_text), the page's own measure."""
    return one_long_sentence(text, bounded=False) and text[-1].isalnum() and ";" not in text


def one_long_sentence(text: str, bounded: bool = True) -> bool:
    """True for a line of more than MAX_WORDS words (and LONGEST_HEAD_WORDS at most where
    `bounded`, a long question's measure), opening on
    a capital and no conjunction, no colon, quotation or sentence inside: the shape a long
    clause (is_unstopped_clause) and a long question (asks_at_length) share."""
    words = text.split()
    if len(words) <= MAX_WORDS or bounded and len(words) > LONGEST_HEAD_WORDS:
        return False
    if not text[0].isupper() or words[0].lower() in RUNNING_OPENERS:
        return False
    # (a paragraph's inner stop, the common refusal, read first)
    if ":" in text or INNER_STOP.search(text) is not None:
        return False
    return not quotes_inside(text)  # (an apostrophe inside a word quotes nothing)


def heads_a_section(items: list[Item], k: int, end: int) -> bool:
    """True when line k stands over a paragraph ending a sentence, its section up to `end`
    holding text of its length over LONG_RATIO at least: '<a 129-character clause>' / 114
    characters / head (not a clause over a picture or a list, a caption's or a lead-in's place,
    nor a caption-like line over 'It still leaks.' alone, no section's text)."""
    after = items[k + 1]
    if not isinstance(after, Line):
        return False
    if not (
        after.text[-1:] in SENTENCE_ENDS
        or signs_its_letter(after.text)
        or leads_in_after_a_sentence(after.text)
    ):
        return False  # ('... every night. — Split in Portmore': a letter's end, signed)
    size = 0
    for item in items[k + 1 : end]:
        if isinstance(item, Line):
            size += len(item.text)
            if LONG_RATIO * size >= len(items[k].text):
                return True  # (stops once the section holds enough)
    return False


def leads_in_after_a_sentence(text: str) -> bool:
    """True for a paragraph closing on a list's lead-in after a sentence of its own: 'Sales fell
    by a third. The figures show:' (not 'The figures show:', a bare lead-in, the place of a
    clause leading into its list, nor 'Bring these: a pen.')."""
    return text.endswith(":") and has_sentence_inside(text[:-1])


def closes_a_section(items: list[Item], k: int, start: int) -> bool:
    """True when text lines stand between `start` and line k: head / 240 characters / line k
    (not a clause right under a head, the head's own second line)."""
    return any(isinstance(item, Line) for item in items[start + 1 : k])


def within_its_text(items: list[Item], k: int, start: int, end: int) -> bool:
    """True when line k is shorter than the longest line of the sections it closes and opens,
    from `start` to `end`: a head is no longer than the paragraphs around it, by the page's own
    measure (not a clause longer than the paragraphs on both sides: the text's own)."""
    longest = 0
    for item in items[start + 1 : end]:
        if isinstance(item, Line) and item is not items[k]:
            longest = max(longest, len(item.text))
    return len(items[k].text) < longest


def long_heads_among(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The unstopped clauses (is_unstopped_clause) past the lead that stand after a section's
    end, between two sections (closes_a_section, heads_a_section) of the heads standing,
    SIBLING_HEADS of them at least, the sections with them all even (EVEN_SPACING times the
    typical one at most) or, where a head is missed elsewhere, the two it bounds
    (spaced_among): '"Salt"' / text / '<a 22-word clause>' / text / 'Why now?' / text (not
    such a line where one head stands, nor one that crowds a section, nor a sentence-case
    clause among heads in a headline's capitals, a pull quote)."""
    heads = [k for k in alone if flags[k] and k >= LEAD_LINES]
    if len(heads) < SIBLING_HEADS:
        return []  # (most documents: no heads to stand among)
    if 2 * sum(is_headline_styled(items[k].text) for k in heads) > len(heads):
        return []  # heads in a headline's capitals: a sentence-case clause is a pull quote
    found: list[int] = []
    for k in alone:
        if flags[k] or k < LEAD_LINES or k + 1 >= len(items):
            continue
        if not (is_unstopped_clause(items[k].text) and opens_a_section(items, k)):
            continue
        at = bisect_left(heads, k)  # (heads in order, k none of them: a bounded look-up)
        above = heads[at - 1] if at else -1
        below = heads[at] if at < len(heads) else len(items)
        if not (closes_a_section(items, k, above) and heads_a_section(items, k, below)):
            continue
        if within_its_text(items, k, above, below):
            found.append(k)
    if not found or evenly_spaced(items, sorted(heads + found)):
        return found
    # where a head is missed elsewhere (a closing section running on over a question head
    # read as text), the two sections the line bounds say it, as for the long questions
    return [k for k in found if spaced_among(items, heads, k) and stretched_within(items, heads, k)]


def stretched_within(items: list[Item], heads: list[int], k: int) -> bool:
    """True when line k is SIBLING_STRETCH times the longest long head standing at most, or no
    long head stands: a clause far longer than its long sibling is the text's ('<a 90-character
    head>' / text / '<a 140-character clause>' / text), as heads54 reads it."""
    longest = max(
        (len(items[j].text) for j in heads if is_unstopped_clause(items[j].text)), default=0
    )
    return not longest or len(items[k].text) <= SIBLING_STRETCH * longest


def asks_at_length(text: str) -> bool:
    """True for one question of more than MAX_WORDS words and LONGEST_HEAD_WORDS at most,
    opening on a capital and no conjunction, no quotation nor colon: 'How late does the last
    ferry leave and will it wait for the train?' (not 'But who pays for it all in the end, and
    when will anyone say so?', nor a statement and its question, 'My son had mumps. Can he get
    it again?', a reader's turn the stated-question rule reads)."""
    return is_question(text) and one_long_sentence(text)


def states_and_asks(items: list[Item], above: list[int], k: int) -> re.Match[str] | None:
    """The match (STATED_QUESTION) of a reader's situation, told in the first person, and the
    question it asks in full (is_stated_question), bare or wholly in quotation marks
    (told_in_quotes), closing a section a question heads (the head `above`, one or none), else
    None: 'Who is exempt?' / text / 'I run a lodge and my guests cross twice a day. Do they pay
    every time?', '“We paid for three days. Is that normal?”' (not 'Ask the expert' / text /
    'My son had mumps. Can he get it again?', a column's letters inside a statement head's
    section, nor a writer's answer and question, 'If you go once a week, probably. Why pay for
    thirty days?')."""
    text = told_in_quotes(items[k].text)
    if not above or not is_question(items[above[0]].text) or not is_stated_question(text):
        return None
    if text != items[k].text and not answered_by_the_writer(items, k):
        return None  # '“I moved. Do I pay?”' / 'I asked the same at the desk.': a speaker's
    match = STATED_QUESTION.match(text)
    if match is None or not asks_in_full(match["question"]):
        return None
    return match if TELLERS.intersection(WORD.findall(match["statement"].lower())) else None


def told_in_quotes(text: str) -> str:
    """A line's words without the quotation marks that set them wholly apart, else the line:
    '“We paid for three days. Is that normal?”' -> 'We paid for three days. Is that normal?'
    (not '"We won," she said. "Again?"', quotation marks inside). states_and_asks then asks
    the words to tell a situation in the first person, as a reader's letter quoted is told."""
    if len(text) < 2 or text[0] not in READER_OPENERS or text[-1] not in READER_CLOSERS:
        return text
    inner = text[1:-1]
    return text if quotes_inside(inner) else inner


def answered_by_the_writer(items: list[Item], k: int) -> bool:
    """True when the line under line k answers outside the first person, the writer's answer to
    a quoted turn: '“I moved. Do I pay?”' / 'No. The fee follows the house.' (not / 'I asked
    the same at the desk.', the quotation's speaker going on in their own words)."""
    after = items[k + 1] if k + 1 < len(items) else None
    return isinstance(after, Line) and not speaks_in_first_person(after.text)


def answered_at_length(items: list[Item], k: int, end: int, asked: int = 0) -> bool:
    """True when question k stands over a paragraph ending a sentence, no question, and the
    lines under it up to `end` or a picture hold its length at least, or the `asked` part's
    of a situation and its question: an answer, a section of its own ('<a 95-character
    question>' / 128 characters), not a reply ('Probably not.')."""
    after = items[k + 1]
    if not (isinstance(after, Line) and after.text[-1:] in SENTENCE_ENDS) or is_question(
        after.text
    ):
        return False
    size = 0
    for item in items[k + 1 : end]:
        if not isinstance(item, Line):
            break
        size += len(item.text)
    return size >= (asked or len(items[k].text))


def long_questions_among(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The long questions (asks_at_length) and a reader's situations and questions under a
    question head's section (states_and_asks) past the lead that stand after a section's
    end over an answer at least as long (answered_at_length), where most heads standing ask,
    SIBLING_QUESTIONS of them at least (among_sibling_questions), the sections with them all
    even (evenly_spaced) or, where a head is missed elsewhere, the two each bounds
    (spaced_among): 'Who runs it?' / text / '<a 30-word
    question>' / text / 'When does it start?' / text (not such a line beside statement heads)."""
    heads = [k for k in alone if flags[k]]
    if not among_sibling_questions(items, heads):
        return []  # (most documents: no run of question heads)
    found: list[int] = []
    for k in alone:
        if flags[k] or k < LEAD_LINES or k + 1 >= len(items):
            continue
        at = bisect_left(heads, k)
        text = items[k].text
        if asks_at_length(text):
            asked = len(text)
        elif stated := states_and_asks(items, heads[at - 1 : at], k):
            asked = len(stated.string) - stated.start("question")  # 'Do I pay?'
        else:
            continue
        below = heads[at] if at < len(heads) else len(items)
        if opens_a_section(items, k) and answered_at_length(items, k, below, asked):
            found.append(k)
    if evenly_spaced(items, sorted(heads + found)):
        return found
    return [k for k in found if spaced_among(items, heads, k)]


def spaced_among(items: list[Item], heads: list[int], k: int) -> bool:
    """True when line k, set among the `heads`, leaves the section it closes and the one it
    opens each a typical section's share at least (the median over EVEN_SPACING): sections of
    160, 127 and 200 characters (not a line that cuts a 400-character section into 380 and 20,
    nor one right over a head, a section of nothing);
    the page's other sections, uneven where a head is missed elsewhere, do not bear on it."""
    starts = sorted({*heads, k})
    sizes = [size for size, _ in sections(items, starts)]
    at = starts.index(k)
    narrowest = min(sizes[max(at - 1, 0) : at + 1])
    return narrowest > 0 and EVEN_SPACING * narrowest >= typical_size(sizes)


def coda_long_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The sentence heads of a page read with its short coda aside (heading_rhythm.coda_heads),
    where they are borne out by a long unstopped head standing between their sections once
    they stand (long_heads_among), two forms of head each the other's sibling: 'The reef
    was the point.' / text / '<a 19-word clause>' / text / 'The experts doubt it.' / text /
    'Nobody wants to decide.' / <a short close> (not such lines alone, a writer's one-line
    paragraphs as much as heads)."""
    found = coda_heads(items, alone, flags)
    if not found:
        return []  # (most documents: no such reading)
    standing = list(flags)
    for k in found:
        standing[k] = True
    return found if long_heads_among(items, alone, standing) else []
