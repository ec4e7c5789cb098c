"""Heads read off the document (fresh24's shapes, made-up texts): questions the writer answers
with a fragment in the running text, a teaser asked in full, a product's name holding its
model number after a box of fields, a head closing a box of figure fields."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "The village voted for the new hall by a margin of two to one, and work starts in the "
    "spring if the last of the money arrives on time."
)
TEXT = (
    "The old hall was built in 1921 and has been patched so many times that the builders "
    "could not tell which parts of the roof were original."
)
MORE = (
    "The parish council will hold a last open meeting before the plans go to the district, "
    "and anyone who lives in the village may speak at it."
)

# Two questions the writer answers in the text with a fragment, among four statement heads.
FRAGMENT_PAGES = [
    (
        ["The plans", "The money", "The builders", "What comes next"],
        [
            ("Is the new roof dearer?", "Cheaper than patching the old one. The quote came in"
             " at half the figure the council feared."),
            ("Who will run it?", "Probably a charity, or a trust set up by the parish. Neither "
             "has been asked yet."),
        ],
    ),
    (
        ["The route", "The stops", "The fares", "The timetable"],
        [
            ("Is the ferry quick?", "Quicker than the bridge at rush hour. The crossing takes "
             "eleven minutes from pier to pier."),
            ("Where does it stop?", "Mostly at the old quays, and at the marina on Sundays. The"
             " council wants a third stop by the hospital."),
        ],
    ),
    (
        ["The season", "The squad", "The coach", "The ground"],
        [
            ("Are the crowds bigger?", "Bigger than at any time since the war. The club sold "
             "out every home game."),
            ("How did they do it?", "Largely through the youth side, which the club rebuilt "
             "five years ago. Seven of the side came through it."),
        ],
    ),
]  # fmt: skip


def fragment_blocks(statements: list[str], questions: list[tuple[str, str]]) -> list[str]:
    """Statement heads over a paragraph each, a question and its fragment answer after the
    first and the third heads' paragraphs."""
    blocks = [INTRO]
    for n, head in enumerate(statements):
        blocks += [head, TEXT]
        if n in (0, 2):
            question, answer = questions[n // 2]
            blocks += [question, answer, MORE]
    return blocks


@pytest.mark.parametrize(("statements", "questions"), FRAGMENT_PAGES)
def test_questions_answered_by_a_fragment_among_statement_heads_are_text(statements, questions):
    assert heads_of(*fragment_blocks(statements, questions)) == statements


def test_questions_answered_by_a_reply_word_stay_heads():
    # a FAQ's yes or no, a full sentence: the guide's own question heads
    statements = FRAGMENT_PAGES[0][0]
    questions = [
        ("Is the new roof dearer?", "Yes, by a third. The quote came in above the estimate."),
        ("Who will run it?", "The parish council will run it for the first two years at least."),
    ]
    found = heads_of(*fragment_blocks(statements, questions))
    assert [q for q, _ in questions if q in found] == [q for q, _ in questions]


def test_questions_as_many_as_half_the_statement_heads_stay_heads():
    statements = FRAGMENT_PAGES[1][0][:3]
    blocks = fragment_blocks(statements, FRAGMENT_PAGES[1][1])
    assert "Is the ferry quick?" in heads_of(*blocks)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Who pays for it?", "Mostly the district, with a grant from the lottery fund. The "
         "parish adds the rest."),
        ("Why is it needed now?", "Partly the weather, which took the last of the slates in "
         "March. The insurers will not cover another winter."),
    ],
)  # fmt: skip
def test_a_lone_question_answered_by_a_hedge_is_text(question, answer):
    heads = ["The plans", "The money", "The builders"]
    blocks = [INTRO, heads[0], TEXT, question, answer, heads[1], TEXT, heads[2], MORE]
    assert heads_of(*blocks) == heads


def test_a_lone_question_answered_by_a_clause_stays_a_head():
    heads = ["The plans", "Who pays for it?", "The money", "The builders"]
    answer = "Probably they will split it. The district has offered half the cost of the roof."
    blocks = [INTRO, heads[0], TEXT, heads[1], answer, heads[2], TEXT, heads[3], MORE]
    assert heads_of(*blocks) == heads


REVIEW = (
    "The best pair here for calls, with a microphone that keeps your voice clear on a windy "
    "platform, though the case is bulky."
)
ASIDE = "The battery is small. A long flight will drain it before you land, and it charges slowly."


@pytest.mark.parametrize(
    "teaser", ["What is the downside?", "What's the catch?", "What was the snag?"]
)
def test_a_teaser_asked_in_full_among_statement_heads_is_text(teaser):
    heads = ["Orbit K300 review", "Sela One review", "Tarn Mini review", "How we tested"]
    blocks = [INTRO, heads[0], REVIEW, teaser, ASIDE, heads[1], REVIEW, heads[2], REVIEW]
    assert heads_of(*blocks, heads[3], MORE) == heads


def test_a_long_what_question_stays_a_head():
    heads = ["The lease", "The deposit", "The repairs"]
    question = "What is the difference between a lease and a licence?"
    answer = (
        "A lease gives you the right to live in the home on your own. A licence lets you stay, "
        "but the owner may come and go, and it can end at short notice."
    )
    blocks = [INTRO, heads[0], TEXT, question, answer, heads[1], TEXT, heads[2], MORE]
    assert question in heads_of(*blocks)


# Product heads holding a model's number, each after the box of fields closing the one above.
PRODUCT_RUNS = [
    ["Orbit K300 review", "Lumo Buds 2 review", "Sela One review"],
    ["Harlow 5 Pro", "Brisk S24", "Calder Air"],
    ["Tambour 12 kettle", "Velo Classic kettle", "Ketl X9 kettle"],
]


@pytest.mark.parametrize("run", PRODUCT_RUNS)
def test_a_product_head_with_a_model_number_after_a_box_of_fields_is_a_head(run):
    blocks = [INTRO]
    for head in run:
        blocks += [head, REVIEW, "Battery: 7 hours", "Weight: 48g", "Price: £49.99"]
    assert heads_of(*blocks, "How we tested", MORE) == [*run, "How we tested"]


@pytest.mark.parametrize("row", ["UK retail £2.94bn", "Stores up 12%", "Online sales 1.4m"])
def test_a_row_of_figures_after_a_box_of_fields_stays_out_of_the_heads(row):
    blocks = [INTRO, "Key figures", "Revenue: £4.21bn", "Profit: £312m", row, TEXT]
    assert row not in heads_of(*blocks)


# A box of fields under a head after a link line, then the next section's head over text.
FIELD_BOXES = [
    ("Read more: Why the mill on Dray Lane shut", "At a glance",
     ["Sales: $1.2 billion, up 3%", "Net loss: $9 million", "Staff: 240"],
     "A gamble on rail freight"),
    ("RELATED: Council sets a new budget", "Key numbers",
     ["Homes: 1,200, up 200", "Cost: £84 million", "Sites: 3"], "A slow start on site"),
    ("Advertisement", "In numbers",
     ["Revenue: €3.1 billion, down 2%", "Profit: €140 million", "Staff: 9,000"],
     "A harder year in Spain"),
]  # fmt: skip


@pytest.mark.parametrize(("pointer", "box", "fields", "head"), FIELD_BOXES)
def test_a_head_closes_a_box_of_fields_that_a_link_line_stands_over(pointer, box, fields, head):
    blocks = [INTRO, TEXT, pointer, box, *fields, head, TEXT, MORE]
    assert heads_of(*blocks) == [box, head]


def test_a_line_after_fields_under_a_list_item_stays_text():
    # the box's 'head' follows an open list line, no sentence nor link: a list goes on
    blocks = [INTRO, "Kent, Washington", "At a glance", "Founded: 1998", "Staff: 240"]
    blocks += ["A gamble on rail freight", TEXT]
    assert "A gamble on rail freight" not in heads_of(*blocks)
