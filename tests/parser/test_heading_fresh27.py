"""fresh27's shape (made-up articles): a short indirect question ending in ':' over prose
paragraphs, an explainer's section head ('What the rules say about tax:'), where most ':'
lines are lead-ins to a list, steps, a quotation or fields."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

OPENING = (
    "The council's new parking scheme starts on Monday, and residents of the four streets it "
    "covers have until the end of the month to apply for a permit before fines begin."
)
FIRST = (
    "A permit costs £60 a year for the first car and £90 for a second, and the council says "
    "the money will pay for the wardens who patrol the zone."
)
SECOND = (
    "Visitors can buy day passes from the council's website, ten at a time, and each one must "
    "be shown on the dashboard of the car it was bought for."
)
THIRD = (
    "Blue badge holders park free in any bay, but they still need to register their car with "
    "the council so that the wardens do not ticket it by mistake."
)
FOURTH = (
    "The scheme will be reviewed after a year, and the council has promised to publish the "
    "number of fines it issues every three months until then."
)

# Two colon heads, each over two prose paragraphs: the pattern they show together.
SIBLINGS = [
    # a money column
    ("What the allowance covers:", "Where the tax falls:"),
    # a health explainer
    ("How the new test works:", "Why it matters for patients:"),
    # a transport guide
    ("Who has to pay the charge:", "When the cameras switch on:"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second"), SIBLINGS)
def test_sibling_colon_heads_over_prose_are_heads(first, second):
    blocks = [OPENING, first, FIRST, SECOND, second, THIRD, FOURTH]
    assert heads_of(*blocks) == [first, second]


@pytest.mark.parametrize(
    "head",
    [
        "What the rules say about second homes:",
        "Where it gets complicated:",
        "How the refund is worked out:",
        "Which households are left out:",
    ],
)
def test_a_colon_head_beside_confident_heads_is_a_head(head):
    blocks = [OPENING, "The short answer", FIRST, "Should you appeal?", SECOND, head, THIRD]
    blocks += [FOURTH, "What to do next", OPENING]
    assert heads_of(*blocks) == ["The short answer", "Should you appeal?", head, "What to do next"]


def test_one_colon_line_in_an_article_without_heads_stays_a_paragraph():
    assert heads_of(OPENING, "How the scheme works:", FIRST, SECOND, THIRD) == []


def test_a_colon_line_over_one_paragraph_stays_a_paragraph():
    blocks = [OPENING, "How the scheme works:", FIRST, "Why it matters:", SECOND]
    assert heads_of(*blocks) == []


# ':' lines that open what follows, no section, among confident heads.
HEADS = ["The short answer", "Should you appeal?"]
LEAD_INS = [
    # a list's lead-in over list lines
    ["You will need:", "A permit application form", "Proof of address", "Your car's logbook"],
    # steps under a lead-in
    ["Here's how:", "1. Fill in the form online.", "2. Upload a council tax bill.",
     "3. Pay the fee by card."],
    # a quotation under a cue
    ["He told the court:", '"I never saw the sign, and nobody from the council ever wrote '
     'to tell me the rules had changed in our street."', FIRST],
    # a label, no question
    ["Update:", FIRST, SECOND],
    # a reply in a reader's Q&A
    ["Marta Lindqvist-Obi replies:", FIRST, SECOND],
    # a sentence's start, opening with 'here'
    ["Here is where things stand:", FIRST, SECOND],
    # an indirect question ending on a verb of saying
    ["What the inspector said:", FIRST, SECOND],
    # fields under a question word
    ["Who pays what:", "Residents: £60 a year for the first car.",
     "Businesses: £240 a year for each van."],
    # a menu path under the lead-in
    ["Where to find it:", "Account > Permits > Apply", FIRST],
]  # fmt: skip


@pytest.mark.parametrize("lines", LEAD_INS)
def test_colon_lead_ins_stay_paragraphs(lines):
    blocks = [OPENING, HEADS[0], FIRST, HEADS[1], SECOND, *lines, THIRD]
    assert heads_of(*blocks) == HEADS


def test_a_colon_line_under_a_line_without_a_sentence_end_is_no_head():
    blocks = [OPENING, HEADS[0], FIRST, HEADS[1], "Parking wardens", "How the fines work:"]
    blocks += [SECOND, THIRD, FOURTH]
    assert "How the fines work:" not in heads_of(*blocks)
