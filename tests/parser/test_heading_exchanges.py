"""Questions in a row, each answered by one short line right before the next, are an exchange
the running text reports, no heads (api/parser/heading_questions.py, exchange_questions)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The committee sat for three hours on Tuesday, and for most of them the chairman read "
    "out figures that nobody in the room had asked for and nobody seemed to follow."
)
MORE = (
    "By the end the public gallery had emptied, and the clerk was counting the chairs for "
    "the next meeting, which is due to be held in the same room in a fortnight."
)


@pytest.mark.parametrize(
    "exchange",
    [
        ["Had the minister read the report himself?", "He had not.",
         "Had anyone in his office?", "He would write to the committee."],
        ["Was the bridge safe?", "It was.", "Would it stay safe?", "Probably.",
         "For how long?", "Nobody could say."],
        ["Did the council know about the leak?", "It did.",
         "Did it tell the tenants?", "Not until March."],
    ],
)  # fmt: skip
def test_questions_each_answered_in_a_short_line_are_an_exchange(exchange):
    assert heads_of(TEXT, *exchange, MORE, TEXT) == []


def test_an_exchange_among_heads_leaves_the_heads():
    exchange = ["Was the bridge safe?", "It was.", "Would it stay safe?", "Probably."]
    blocks = [TEXT, "The meeting", TEXT, *exchange, MORE, "What comes next", TEXT]
    assert heads_of(*blocks) == ["The meeting", "What comes next"]


def test_question_heads_over_paragraphs_stay_heads():
    blocks = [TEXT, "Was the bridge safe?", MORE, "Would it stay safe?", TEXT, "Who pays?", MORE]
    assert heads_of(*blocks) == ["Was the bridge safe?", "Would it stay safe?", "Who pays?"]


def test_question_heads_over_replies_longer_than_a_line_of_dialogue_stay_heads():
    reply = "Yes, if the engineers' report is right, for at least another thirty years."
    blocks = [TEXT, "Is it safe?", reply, "Is it paid for?", reply, "Who decides?", MORE]
    assert heads_of(*blocks) == ["Is it safe?", "Is it paid for?", "Who decides?"]
