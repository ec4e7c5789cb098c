"""A readers' FAQ's question heads, whatever their length: 'How do I tell if it is flu or just a
bad cold?' / answer / 'I had my flu jab in April. Do I need another one now?' / answer / ...

A reader takes such questions for heads from their run, not from one line's shape:
- each asks in full (a question word or a verb that asks, no label's colon, no quote marks,
  no conjunction opening it), one sentence or a statement and its question, a long head's
  size at most;
- each stands after a sentence's end (a picture allowed between) over its answer, a paragraph
  that is no question and not in the first person (an interview's answers are);
- FAQ_RUN questions at least (SHORT_FAQ_RUN where each is the reader's over a long answer),
  more than QUOTED_GAP items apart, most of them in the reader's first person ('Can my child
  go back to school?'): a writer's rhetorical questions and an interviewer's ('Why did you
  leave?') are asked of someone else.
A lone 'Sound familiar?' (no asking word) or 'And is it too late?' (a conjunction) stays text.
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_limits import LONG_CHARS, LONG_RATIO, LONG_WORDS
from api.parser.heading_questions import asks_in_full, is_question_line, speaks_in_first_person
from api.parser.heading_sentences import (
    QUOTE_MARKS,
    QUOTED_GAP,
    RUNNING_OPENERS,
    SECOND_SENTENCE,
    spaced_out,
    text_before,
)
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

FAQ_RUN: Final = 4  # readers' questions over their answers that make an FAQ's run of heads
# A shorter run makes one where every answer is a section, a paragraph LONG_RATIO times longer
# than its question: 'Should I fix my tariff now?' / 'Nobody knows where prices will go, ...'.
SHORT_FAQ_RUN: Final = 3


def asks_as_a_reader_may(text: str) -> bool:
    """True for a question line of one sentence, or a statement and its question, asking in
    full: 'Are antivirals worth asking for?', 'I had my jab in April. Do I need another?' (not
    'Sound familiar?', 'And is it too late?', nor 'Who? Nobody.')."""
    if not text.endswith("?") or len(text) > LONG_CHARS or text.count("?") != 1:
        return False
    if len(text.split()) > LONG_WORDS or any(mark in text for mark in QUOTE_MARKS):
        return False
    sentences = SECOND_SENTENCE.split(text)
    if len(sentences) > 2 or text.split(None, 1)[0].lower() in RUNNING_OPENERS:
        return False
    return asks_in_full(sentences[-1])


def answered_below(items: list[Item], k: int) -> bool:
    """True when question k follows a sentence's end (a picture allowed between) and stands
    over a line that asks nothing: 'Is it flu?' / 'Flu comes on fast.'."""
    before = text_before(items, k)
    after = items[k + 1] if k + 1 < len(items) else None
    if before is None or before.text[-1] not in SENTENCE_ENDS or not isinstance(after, Line):
        return False
    return not is_question_line(after)


def short_run_turn(items: list[Item], k: int) -> bool:
    """True for question k of a short run (SHORT_FAQ_RUN): in the reader's first person, over a
    paragraph LONG_RATIO times longer than it, a section: 'Should I fix my tariff?' / 'Nobody
    knows where prices will go, ...' (not 'It leaks. Why?', nor over a bare 'No.')."""
    text = items[k].text
    return speaks_in_first_person(text) and len(items[k + 1].text) >= LONG_RATIO * len(text)


def faq_question_heads(items: list[Item], alone: list[int]) -> list[int]:
    """The questions of a readers' FAQ (the module's rules), else none: text / 'Is it flu?' /
    answer / 'Can my child go to school?' / answer / ... -> the questions."""
    last = len(items) - 1
    # (the question mark first: most lines end otherwise, and are settled on one character)
    asked = [
        k
        for k in alone
        if 0 < k < last
        and items[k].text[-1] == "?"
        and asks_as_a_reader_may(items[k].text)
        and answered_below(items, k)
    ]
    if len(asked) < SHORT_FAQ_RUN:
        return []  # (most documents: a few questions at most, asked in the text)
    if 2 * len([k for k in asked if speaks_in_first_person(items[k].text)]) <= len(asked):
        return []  # a writer's or an interviewer's questions, no readers'
    # an answer in the first person is an interview's: its words are read on the few left only
    asked = [k for k in asked if not speaks_in_first_person(items[k + 1].text)]
    if len(asked) < SHORT_FAQ_RUN or not spaced_out(asked, QUOTED_GAP):
        return []
    if len(asked) < FAQ_RUN and not all(short_run_turn(items, k) for k in asked):
        return []  # a short run over a 'No.', or 'It leaks. Why?': a column's questions
    readers = len([k for k in asked if speaks_in_first_person(items[k].text)])
    return asked if 2 * readers > len(asked) else []
