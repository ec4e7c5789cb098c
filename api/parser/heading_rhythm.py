"""One reader's rule for sentence heads: a standalone line opens a section the way the article's
other heads do, judged on the document as a whole, not on the line alone.

A line is a candidate (rhythm_candidate) when it stands alone between a sentence's end or a
picture and a paragraph, opens on no quotation mark, is one or two short sentences or a short
question (sentence_form), much shorter than the paragraph under it (no one-line answer, no
quotation carrying the text on, no reply but to a question-word question, no interview's
turn), and answers no question right above it. The candidates are heads (rhythm_heads) when,
with the heads already standing, all of them:
- are SENTENCE_SIBLINGS or more (one such line is the writer's punchy paragraph);
- open, most of them, a paragraph of two sentences or more (develops), a section's text;
- open sections of even length in text (EVEN_SPACING, counted in characters to the end);
- share a form, full sentences or questions all, the heads standing too (no label, numbered or
  unstopped head among them: those pages' heads are read by their own rules), and a length
  within HEAD_SPREAD of each other;
- stand out: every other line of text is LONG_RATIO times longer than the longest of them (a
  column of short paragraphs has no heads).
'A village shop is worth more ...' / text / 'The shop was never about groceries.' / text /
'A co-operative asks more of people.' / text / 'The profit should stay small.' / text.
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_answers import opens_on_a_reply
from api.parser.heading_limits import LONG_RATIO, QUESTION_WORDS, QUOTED_OPENERS
from api.parser.heading_questions import speaks_in_first_person
from api.parser.heading_sentences import PAIRED_WORDS, RHYTHM_OPENERS
from api.parser.heading_siblings import (
    EVEN_SPACING,
    SENTENCE_SIBLINGS,
    answers_a_question,
    develops,
    is_statement_head_shape,
    opens_a_section,
    text_length,
)
from api.parser.layout import Item, Line
from api.parser.line_shapes import is_question

HEAD_SPREAD: Final = 3.0  # the longest of a page's sentence heads this many times the shortest


def sentence_form(text: str) -> bool:
    """True for a head that is a sentence: one or two short statements (is_statement_head_shape)
    or a question of PAIRED_WORDS words at most, asked alone: 'The roof leaked for years.',
    'Why is the ropewalk still here?' (not 'Results', 'It paid off.', nor 'Why? Nobody knows.')."""
    if is_question(text):
        words = text.split()
        if words[0].lower() in RHYTHM_OPENERS or "." in text or not text[:1].isupper():
            return False  # 'So why is this winter worse?': asked in the running text
        return len(words) <= PAIRED_WORDS
    return is_statement_head_shape(text)


def rhythm_candidate(items: list[Item], k: int) -> bool:
    """True for line k, a sentence (sentence_form) after a sentence's end or a picture, opening
    on no quotation mark, over a paragraph of its own text LONG_RATIO times longer that is no
    reply to it, and right under no question: 'in 1789.' /
    'The machines are older than the bridge.' / 'The twisting engines were ... They ...' (not
    'Did anyone object?' / 'A few.', nor 'Permits cost money.' / '"They want us indoors," ...')."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k + 1 >= len(items):
        return False
    if item.text[:1] in QUOTED_OPENERS or not sentence_form(item.text):
        return False
    after = items[k + 1].text if isinstance(items[k + 1], Line) else ""
    if not (opens_a_section(items, k) and len(after) >= LONG_RATIO * len(item.text)):
        return False
    if after[:1] in QUOTED_OPENERS:
        return False  # a quotation carries the text on: the line is part of it
    if opens_on_a_reply(after, denials=False) and not asks_openly(item.text):
        return False  # 'Is this the last rise?' / 'Not necessarily. ...': an exchange in the text
    if is_question(item.text) and is_turn(item.text, after):
        return False  # 'Why did you stay?' / 'I never planned it. ...': an interview's turn
    return not answers_a_question(items, k)


def asks_openly(text: str) -> bool:
    """True for a question asked with a question word, which a reply word opens a section's
    answer to: 'Why is it still here?' / 'Mostly because ...' (not 'Is it the last?' / 'Not
    necessarily.', a yes-or-no question answered in the text, nor a statement)."""
    return is_question(text) and text.split(None, 1)[0].lower() in QUESTION_WORDS


def is_turn(question: str, answer: str) -> bool:
    """True for a question put to 'you' answered in the first person, an interview's turn: 'How
    did you learn to cook?' / 'I never planned it.' (not 'How do I apply?' / 'You fill in ...')."""
    asked = {word.strip("?,").lower() for word in question.split()}
    return "you" in asked and speaks_in_first_person(answer)


def sections_even(items: list[Item], starts: list[int]) -> bool:
    """True when the sections opening at `starts`, each to the next and the last to the end,
    hold text of even length, the widest EVEN_SPACING times the narrowest at most: heads over
    240, 310 and 280 characters (not over 90 and 900, a punchy line in a long section)."""
    ends = [*starts[1:], len(items)]
    spans = zip(starts, ends, strict=True)
    sizes = [sum(text_length(items[j]) for j in range(a + 1, b)) for a, b in spans]
    return min(sizes) > 0 and max(sizes) <= EVEN_SPACING * min(sizes)


def rhythm_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The candidates (rhythm_candidate) that are heads by the document's rhythm, beside the
    heads standing: SENTENCE_SIBLINGS or more in all, all sentences (sentence_form) of lengths
    within HEAD_SPREAD, opening sections of even length (sections_even), every other line
    LONG_RATIO times longer than the longest: an essay's 'The shop was never about groceries.'
    / text / ... or a feature's 'Why is it still here?' / text / 'Six work here now. Twenty did
    in 1990.' / text (not a question answered by the next line, a punchy line over a quotation,
    nor such lines beside label heads)."""
    found = [k for k in alone if not flags[k] and rhythm_candidate(items, k)]
    if not found:
        return []  # (most documents: no line a sentence head could be)
    if 2 * len([k for k in found if develops(items, k)]) <= len(found):
        return []  # most sections one sentence long: a story's one-sentence paragraphs
    heads = [k for k in alone if flags[k]]
    members = sorted(found + heads)
    if len(members) < SENTENCE_SIBLINGS:
        return []
    texts = [items[k].text for k in members]
    if not all(map(sentence_form, texts)):
        return []  # label or numbered heads stand: the page's heads are of another form
    if max(map(len, texts)) > HEAD_SPREAD * min(map(len, texts)):
        return []
    if not sections_even(items, members):
        return []
    shortest = LONG_RATIO * max(map(len, texts))
    chosen = set(members)
    for k, item in enumerate(items):
        if k not in chosen and isinstance(item, Line) and len(item.text) < shortest:
            return []  # another short line: a writer's punchy style, not heads
    return found
