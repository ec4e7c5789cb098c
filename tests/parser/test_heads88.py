"""heads88: a question right after a list's last line inside a numbered guide's section is the
section's text, answered in passing, whenever its one-line reply is shorter than the guide's
usual section (heading_guides.reply_share), as questions_in_passing reads a question after a
list among heads of another form. Made-up exports, with near misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser.heading_guides import reply_share
from api.parser.heading_lone_questions import LISTED_REPLY_SHARE, REPLY_SHARE
from tests.parser.exports import heads_of, lines

# --- a fishing-permit guide: 'Step N:' heads, a list after a lead-in, a question after it ---


def permit_guide(before_question: str, question: str, reply: str) -> list[str]:
    """A guide's blocks, `question` and its `reply` inside step 3 after `before_question`."""
    return [
        "KELLAMOOR, Westshire — Anglers on the county's three reservoirs will need a new permit "
        "from April, the water board said on Monday, and the old paper books will no longer "
        "be accepted at the gate.",
        "Here is how to get one before the season opens.",
        "Step 1: Find your angler number.",
        "It is printed on the back of last year's book, under the board's crest. If you have "
        "lost the book, the board's office can look the number up from your address.",
        "Step 2: Choose the reservoirs you fish.",
        "A permit for one water costs less than one for all three, and you can add a water "
        "later for the difference. Most anglers who fish the upper dam fish nowhere else.",
        "Step 3: Send the form in good time",
        "The board asks for three weeks before your first trip, longer at Easter, when the "
        "office is short of staff and the queue for permits runs to a month or more.",
        before_question,
        question,
        reply,
        "Step 4: Wait, but not for long.",
        "The board has a fortnight to send the card. Many anglers hear nothing.",
        "That is an answer too. After a fortnight you may fish with the receipt.",
        "Step 5: Was it refused? Ask again.",
        "A refusal must give a reason, and you have a month to ask the board's secretary to "
        "look at it again. Write, and keep a copy of the letter.",
        "Step 6: Carry the card, not a copy",
        "Bailiffs check permits on the bank and at the car park. A photograph of the card on "
        "a phone is not accepted, and a fine is payable on the spot. The bailiffs carry a "
        "reader for the cards and can check one in a few seconds.",
        "Last year the bailiffs turned away one angler in twelve at the upper dam.",
    ]


LISTED = "The form must come with:\n\n  • your angler number\n  • a photograph\n  • the fee"
QUESTION = "What if the office is shut?"
# a reply of about 0.8 of the guide's usual section: over REPLY_SHARE, under the whole section
REPLY = (
    "Post the form instead, to the board's address on the back of the old book. It takes a "
    "week longer, and the board will not refund the stamp."
)
GUIDE_HEADS = [
    "Step 1: Find your angler number.",
    "Step 2: Choose the reservoirs you fish.",
    "Step 3: Send the form in good time",
    "Step 4: Wait, but not for long.",
    "Step 5: Was it refused? Ask again.",
    "Step 6: Carry the card, not a copy",
]


def test_a_question_right_after_a_list_inside_a_step_is_its_text() -> None:
    assert heads_of(*permit_guide(LISTED, QUESTION, REPLY)) == GUIDE_HEADS


@pytest.mark.parametrize(
    "question",
    ["Can someone else post it for me?", "What if I miss the deadline?", "Is a copy enough?"],
)
def test_other_questions_after_the_list_are_text_too(question: str) -> None:
    assert heads_of(*permit_guide(LISTED, question, REPLY)) == GUIDE_HEADS


def test_a_list_of_other_lines_gives_the_same_reading() -> None:
    listed = "Bring to the office:\n\n  • last year's book\n  • a bank card"
    assert heads_of(*permit_guide(listed, "Where do I get a photograph?", REPLY)) == GUIDE_HEADS


def test_after_a_paragraph_the_same_question_keeps_its_head() -> None:
    # near miss: no list before it, a reply this long may head a section of its own
    paragraph = (
        "The form itself is two pages long, and most anglers fill it in at the kitchen table "
        "in ten minutes, with last year's book open beside them."
    )
    heads = heads_of(*permit_guide(paragraph, QUESTION, REPLY))
    assert QUESTION in heads


def test_a_reply_as_long_as_a_section_keeps_its_head() -> None:
    # near miss: after the list, but its reply runs longer than the guide's usual section
    long_reply = " ".join([REPLY, REPLY])
    heads = heads_of(*permit_guide(LISTED, QUESTION, long_reply))
    assert QUESTION in heads


def test_the_share_is_the_whole_section_after_a_list_only() -> None:
    items = lines("Bring:", "• a book", QUESTION, REPLY, "Note this.", QUESTION, REPLY)
    assert reply_share(items, 2) == LISTED_REPLY_SHARE
    assert reply_share(items, 5) == REPLY_SHARE
    assert reply_share(items, 0) == REPLY_SHARE
