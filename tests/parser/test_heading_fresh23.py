"""Heads read off the document (issue 15, fresh23's shapes, made-up texts): a statement head
right over a run's first numbered head ('Four ways it fails, and the fixes' / '1. The lid
sticks'), and the one question among statement heads answered by a reply ('Can you freeze
it?' / 'Yes. Wrap it well ...'), asked in the running text."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "Most people give up on it after one try, which is a shame, because the second attempt is "
    "almost always better than the first and the third is usually the one you remember."
)
TEXT_ONE = (
    "It happens more often than the manuals admit. Give it a minute, then try again with a "
    "little less force and a little more patience, and it usually comes right."
)
TEXT_TWO = (
    "The fix is cheap and takes ten minutes. You need a clean cloth, a drop of oil and somewhere "
    "flat to work, and you should not need to take anything apart."
)
TEXT_THREE = (
    "Leave it overnight and look again in the morning. If nothing has changed, it is time to "
    "call someone who does this for a living, and to ask for a quote first."
)

RUNS = [
    ("Three ways the seedlings fail, and how to save them",
     "1. The stems go thin and pale", "2. The leaves turn yellow", "3. Nothing comes up"),
    ("Four problems on a ride, and what to do",
     "1. The chain slips on hills", "2. Your hands go numb", "3. The brakes squeal"),
    ("Where the money goes, month by month",
     "1) Rent and the bills", "2) Food and the commute", "3) Everything else"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "first", "second", "third"), RUNS)
def test_a_statement_head_over_a_numbered_run_is_a_head(head, first, second, third):
    """A line with a comma right over the run's first numbered head heads the run: it closes
    nothing above it, as a sign-off does over a plain head."""
    blocks = ["The basics", INTRO, head, first, TEXT_ONE, second, TEXT_TWO, third, TEXT_THREE]
    assert heads_of(*blocks) == ["The basics", head, first, second, third]


def test_a_sign_off_over_a_plain_head_still_closes_the_text_above():
    """A letter's sign-off, a comma the head lacks, right over the next letter's head stays a
    paragraph: 'Ruth Penrose, Penzance' / 'A bypass will not save the high street'."""
    blocks = [
        "The bypass", TEXT_ONE, "Ruth Penrose, Penzance", "A ring road is no answer", TEXT_TWO,
        "Tom Hale, Truro", "The buses are the problem", TEXT_THREE,
    ]  # fmt: skip
    assert "Ruth Penrose, Penzance" not in heads_of(*blocks)


ASKED = [
    (("Before you start", "The dough", "Baking", "Serving"),
     "Can you freeze the loaves?",
     "Yes. Wrap them twice in foil and they keep for a month, though the crust softens."),
    (("The route", "Where to stay", "Getting there", "When to go"),
     "Is the walk too hard for children?",
     "Not for most. The climb to the ridge is short, and there is a path round the steep part."),
    (("The vote", "The count", "The reaction", "What happens next"),
     "Was the result expected?",
     "No, not by the agent, who had told the party to expect a recount before midnight."),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "question", "answer"), ASKED)
def test_the_one_question_answered_by_a_reply_is_running_text(heads, question, answer):
    """The one question among statement heads, between paragraphs, answered by a paragraph
    opening on a reply word, is asked in the running text, however long the answer."""
    first, second, third, fourth = heads
    blocks = [first, INTRO, second, TEXT_ONE, question, answer, third, TEXT_TWO, fourth, TEXT_THREE]
    assert heads_of(*blocks) == [first, second, third, fourth]


def test_the_one_question_in_capitals_answered_by_a_reply_stays_a_head():
    """A question in capitals among heads in capitals keeps the heads' style: a head."""
    blocks = [
        "BEFORE YOU START", INTRO, "THE DOUGH", TEXT_ONE, "CAN YOU FREEZE THE LOAVES?",
        "Yes. Wrap them twice in foil and they keep for a month, though the crust softens.",
        "BAKING", TEXT_TWO, "SERVING", TEXT_THREE,
    ]  # fmt: skip
    assert "CAN YOU FREEZE THE LOAVES?" in heads_of(*blocks)


def test_the_one_question_over_a_section_not_opening_on_a_reply_stays_a_head():
    """A question whose answer opens as a section's text does, on no reply word, and says more
    than one sentence, heads its section: 'Should you buy it?' / 'At £2,899 ...'."""
    answer = "At £2,899 it costs more than its rivals. If weight matters most, it is worth it."
    blocks = [
        "Design", INTRO, "Battery", TEXT_ONE, "Should you buy it?", answer, "Screen", TEXT_TWO,
        "Verdict", TEXT_THREE,
    ]  # fmt: skip
    assert "Should you buy it?" in heads_of(*blocks)
