"""worst47: `heading_rhythm.rhythm_candidate` reads the length of the paragraph under a line
and the line before it ahead of the sentence's tests (`sentence_form`), which cost more and
which most lines of a list, a programme or a run of one-line paragraphs never pass the cheap
tests to need. The candidates are the ones the old order found (written out here), on made-up
documents, firing on some; an essay's head, and near misses (a shorter line under, no
sentence's end before, a quotation opening it).
"""

from __future__ import annotations

import random

from api.parser.heading_answers import opens_on_a_reply
from api.parser.heading_limits import QUOTED_OPENERS
from api.parser.heading_rhythm import asks_openly, is_turn, rhythm_candidate, sentence_form
from api.parser.heading_sentences import quoted_on
from api.parser.heading_siblings import answers_a_question, opens_a_section
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import is_question


def _old_candidate(items: list[Item], k: int) -> bool:
    """rhythm_candidate as it read before worst47: the sentence's tests first."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k + 1 >= len(items):
        return False
    if item.text[:1] in QUOTED_OPENERS or not sentence_form(item.text):
        return False
    after = items[k + 1].text if isinstance(items[k + 1], Line) else ""
    if not (opens_a_section(items, k) and len(after) > len(item.text)):
        return False
    if quoted_on(items, k):
        return False
    if opens_on_a_reply(after, denials=False) and not asks_openly(item.text):
        return False
    if is_question(item.text) and is_turn(item.text, after):
        return False
    return not answers_a_question(items, k)


_LINES = [
    "The shop was never about groceries.",
    "Why is the ropewalk still here?",
    "Did anyone object?",
    "A few.",
    "Permits cost money.",
    '"They want us indoors," said Ann Lee, who runs the hall on the corner of the square.',
    "It paid off.",
    "Six work here now. Twenty did in 1990.",
    "Results",
    "in 1789.",
    "Not necessarily. The board will decide in the spring, and the town will follow it.",
    "I never planned it. It simply happened one winter when the mill shut for good.",
    "How did you learn to cook?",
    "The machines are older than the bridge, and they still turn every morning at six.",
    "The twisting engines were built in 1860. They ran on steam until the war came.",
    "A Bbbc spokeswoman, Aa Bbbcson, said it. \u201cYes,\u201d the spokeswoman said.",
    "Tuesday 19:30 Concert",
    "The roof leaked for years.",
]


def test_rhythm_candidate_answers_as_the_old_order() -> None:
    rng = random.Random(4747)
    fired = 0
    for _ in range(3000):
        items: list[Item] = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.08:
                items.append(Picture("alt", "caption"))
            else:
                items.append(Line(rng.choice(_LINES), rng.random() < 0.9))
        for k in range(len(items)):
            old = _old_candidate(items, k)
            assert rhythm_candidate(items, k) == old, [getattr(i, "text", i) for i in items]
            fired += old
    assert fired > 100  # (the old order finds candidates among them)


def test_essay_head_and_near_misses() -> None:
    text = "The twisting engines were built in 1860. They ran on steam until the war came."
    head = [Line("It rained in 1789.", True), Line("The roof leaked for years.", True)]
    assert rhythm_candidate([*head, Line(text, True)], 1)
    # a shorter line under it, no sentence's end before it, a quotation opening it: none
    assert not rhythm_candidate([*head, Line("It paid off.", True)], 1)
    assert not rhythm_candidate([Line("Results", True), head[1], Line(text, True)], 1)
    quoted = Line("\u201cThe roof leaked for years.\u201d", True)
    assert not rhythm_candidate([head[0], quoted, Line(text, True)], 1)
