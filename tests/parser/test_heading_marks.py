"""Heads that open with a mark: a question without the page's mark, between a sentence's end
and a paragraph, is asked in the running text (api/parser/heading_questions.py)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The tower stands eight miles out on a reef that the sea covers at high tide. Keepers "
    "worked a month on and a month off, three at a time, and the boat came when it could."
)
ANSWER = '"Nobody," he says. "It is just what you do, and I have done it for fifty years."'


def page(mark: str, question: str, answer: str = ANSWER, last: str = "Now") -> list[str]:
    """A long read of four marked heads with a question asked in the last section's text."""
    blocks = [TEXT]
    for head in ("The rock", "The storm", "Going automatic"):
        blocks += [f"{mark} {head}", TEXT]
    return [*blocks, f"{mark} {last}", TEXT, question, answer, TEXT]


@pytest.mark.parametrize(
    ("mark", "question"),
    [("◆", "Who is it for?"), ("■", "Who reads the log now?"), ("▶", "Why keep a log at all?"),
     ("●", "What is the log for?")],
)  # fmt: skip
def test_a_question_without_the_heads_mark_is_asked_in_the_text(mark, question):
    heads = heads_of(*page(mark, question))
    assert heads == [
        f"{mark} {head}" for head in ("The rock", "The storm", "Going automatic", "Now")
    ]


def test_a_question_with_the_heads_mark_is_a_head():
    assert "◆ Who is it for?" in heads_of(*page("◆", "◆ Who is it for?"))


def test_a_question_among_unmarked_heads_is_left_to_the_other_rules():
    blocks = [TEXT]
    for head in ("The rock", "The storm", "Going automatic"):
        blocks += [head, TEXT]
    blocks += ["Who keeps the log now?", TEXT, TEXT]
    assert "Who keeps the log now?" in heads_of(*blocks)


def test_a_question_among_heads_one_of_them_unmarked_is_left_to_the_other_rules():
    blocks = [*page("◆", "Who keeps the log now?", TEXT, last="Now")]
    blocks[blocks.index("◆ Now")] = "Now"  # one statement head without the mark
    assert "Who keeps the log now?" in heads_of(*blocks)
