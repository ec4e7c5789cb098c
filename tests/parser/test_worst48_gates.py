"""worst48: `heading_series.series_candidate` reads the paragraph under a line (over_its_text:
longer than the line, or a lead-in to a list: `over_longer_text`) ahead of the sentence's tests
(`sentence_form`, `is_plain_head`) and the elliptical test of the line under it last, and
over_its_text reads the lengths before the elliptical test: all are pure
and all must hold, and most lines of a run of one-line paragraphs are no shorter than the next.
The candidates are the ones the old order found (written out here), on made-up documents,
firing on some; a series head and near misses (a shorter line under, a lead-in over a list, an
elliptical line under, a quotation opening it).
"""

from __future__ import annotations

import random

from api.parser.heading_limits import QUOTED_OPENERS
from api.parser.heading_rhythm import is_plain_head, sentence_form
from api.parser.heading_sentences import is_elliptical, quoted_on
from api.parser.heading_series import LEAD_LINES, over_its_text, series_candidate
from api.parser.heading_siblings import answers_a_question, in_a_list, opens_a_section
from api.parser.layout import Item, Line, ListLines, Picture
from api.parser.line_shapes import is_question


def _old_over_its_text(items: list[Item], k: int) -> bool:
    """over_its_text as it read before worst48: the elliptical test first."""
    after = items[k + 1]
    if not isinstance(after, Line) or is_elliptical(after.text):
        return False
    if len(after.text) > len(items[k].text):
        return True
    listed = items[k + 2] if k + 2 < len(items) else None
    return after.text.endswith(":") and in_a_list(listed)


def _old_candidate(items: list[Item], k: int) -> bool:
    """series_candidate as it read before worst48: the sentence's tests first."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k < LEAD_LINES or k + 1 >= len(items):
        return False
    text = item.text
    if text[:1] in QUOTED_OPENERS or is_question(text) or not sentence_form(text):
        return False
    if not is_plain_head(text):
        return False
    if not (opens_a_section(items, k) and _old_over_its_text(items, k)):
        return False
    return not (answers_a_question(items, k) or quoted_on(items, k))


_LINES = [
    "The river was never the problem.",
    "Rents rose. Stalls left.",
    "Nobody planned the market.",
    "The council noticed late.",
    "Was it over?",
    "It looked it.",
    "Most of them did not. The rest stayed on until the autumn.",
    "Somebody could.",
    "She lists what it needs:",
    "A tank costs more than a goat.",
    '"We left," she said, and the whole street went with her that night.',
    "\u201cThe roof leaked for years.\u201d",
    "Fees rose at the start of the year, and the traders on the square said so loudly.",
    "Two sued.",
    "They won.",
    "I kept the tin.",
    "A Cddf spokeswoman, Aa Cddfson, said it. \u201cYes,\u201d the spokeswoman said.",
    "The dam leaked in the spring and the valley below it flooded twice before the summer.",
    "Mostly, yes. But not everywhere.",
    "in 1789.",
]


def test_series_candidate_answers_as_the_old_order() -> None:
    rng = random.Random(4848)
    fired = 0
    for _ in range(3000):
        items: list[Item] = []
        for _ in range(rng.randint(1, 12)):
            roll = rng.random()
            if roll < 0.06:
                items.append(Picture("alt", "caption"))
            elif roll < 0.12:
                items.append(ListLines(("a seam, by hand", "a tank")))
            else:
                items.append(Line(rng.choice(_LINES), rng.random() < 0.9))
        for k in range(len(items)):
            if k + 1 < len(items) and isinstance(items[k], Line):
                assert over_its_text(items, k) == _old_over_its_text(items, k)
            old = _old_candidate(items, k)
            assert series_candidate(items, k) == old, [getattr(i, "text", i) for i in items]
            fired += old
    assert fired > 100  # (the old order finds candidates among them)


def test_series_head_and_near_misses() -> None:
    text = "The dam leaked in the spring and the valley below it flooded twice before the summer."
    lead = [Line("It rained in 1789, and then it rained again.", True), Line(text, True)]
    head = Line("The river was never the problem.", True)
    assert series_candidate([*lead, head, Line(text, True)], 2)
    # a shorter line under it, an elliptical line under it, a quotation opening it: none
    assert not series_candidate([*lead, head, Line("Two sued.", True)], 2)
    elliptic = Line("Most of them did not. The rest stayed on until the autumn came.", True)
    assert not series_candidate([*lead, head, elliptic], 2)
    quoted = Line("\u201cThe river was never the problem.\u201d", True)
    assert not series_candidate([*lead, quoted, Line(text, True)], 2)
    # a lead-in to a list under it, shorter than the head: a candidate, as before
    lead_in = Line("She lists it:", True)
    listed = ListLines(("a seam, by hand", "a tank"))
    assert series_candidate([*lead, head, lead_in, listed, Line(text, True)], 2)
    assert not series_candidate([*lead, head, lead_in, Line(text, True)], 2)
