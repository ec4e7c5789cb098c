"""fresh33's head classes (heads56), on made-up articles: heads54's rhythm rules made general,
each read against the document as a whole (a question leaning on the text before, full-sentence
heads beside heads of any sentence form and a label, a list's first number and its own head,
a result line, a reader's letter and its pen-name sign-off), with the near misses each must
leave alone."""

from __future__ import annotations

import pytest

from api.parser.article import clean, headline_and_rest
from api.parser.heading_siblings import is_two_sentence_line, opens_text
from api.parser.heading_signoffs import ASKED_SIGN_OFF, letter_heads, signs_a_question
from api.parser.heading_threads import elliptical_question
from api.parser.headings import is_result_field
from api.parser.layout import Item, lay_out
from tests.parser.exports import COSTED as LONG
from tests.parser.exports import COSTED_FOLLOW_UP as LONGER
from tests.parser.exports import HERON_PICTURE as PICTURE
from tests.parser.exports import MINUTES as MEDIUM
from tests.parser.exports import heads_of

PICTURE_TWO = (
    "Two rowers lifting a boat out of a river\nThe crew after the final on Sunday.Photograph: "
    "Odile Brannagh"
)


def items_of(*blocks: str) -> list[Item]:
    """The body items of an export of a headline and the given blocks."""
    _, rest = headline_and_rest(clean("Headline\n\n" + "\n\n".join(blocks) + "\n").split("\n"))
    return list(lay_out(rest).body)


# --- elliptical_question: a short question leaning on what was just told --------------------

ELLIPTICAL = [
    ("Was it cowardly?", "Not according to the players who watched it.", False),
    ("Will it be?", "Mostly, yes. But not everywhere.", True),
    ("Can anyone else win?", "Not realistically. Nobody has come close since 1992.", True),
    ("Did they mind?", "Not much. Most of them had gone home by then.", False),
]
NOT_ELLIPTICAL = [
    # names its topic: a head's question
    ("Is it too late to plant garlic?", "No. Plant it this week.", False),
    # a topic word of its own among an FAQ's question heads
    ("Is it really free?", "Yes. The council pays for it.", True),
    # an FAQ's flat answer, a sentence of its own
    ("Is it safe?", "Yes. The water was tested on Monday.", False),
    ("Did they pay?", "No. The council waived the fee.", False),
    # no reply under it
    ("Will it rain?", "Showers are forecast for the afternoon.", False),
    # asks no yes or no
    ("Who is it for?", "Anyone over sixteen with a ticket.", False),
    # its subject a noun, not a pronoun for what was told
    ("Are prices rising?", "Yes, and faster than wages.", False),
]


@pytest.mark.parametrize(("question", "answer", "asked"), ELLIPTICAL)
def test_a_short_question_about_what_was_told_is_elliptical(
    question: str, answer: str, asked: bool
) -> None:
    assert elliptical_question(question, answer, asked)


@pytest.mark.parametrize(("question", "answer", "asked"), NOT_ELLIPTICAL)
def test_a_question_naming_its_topic_or_unanswered_is_not(
    question: str, answer: str, asked: bool
) -> None:
    assert not elliptical_question(question, answer, asked)


def test_a_lone_elliptical_question_in_a_report_is_running_text() -> None:
    blocks = [
        LONG,
        "How the deal was struck",
        LONGER,
        "The board accepted the offer within the hour.",
        "Was it wise?",
        "Not according to the auditors, who had asked for another week to check the books.",
        LONG,
        "What the members were told",
        LONGER,
    ]
    assert heads_of(*blocks) == ["How the deal was struck", "What the members were told"]


def test_an_elliptical_question_among_question_heads_is_running_text() -> None:
    blocks = [
        LONG,
        "When will the count finish?",
        LONGER,
        "Who is standing for mayor?",
        "Four candidates, two of them from the old council, and one who has never stood before.",
        "Can anyone else win?",
        "Not realistically. The other two have never polled above a tenth of the vote.",
        "What does a winner need?",
        "More than half of the first votes, or a run-off a fortnight later.",
        "Where the count is held",
        LONG,
    ]
    assert heads_of(*blocks) == [
        "When will the count finish?",
        "Who is standing for mayor?",
        "What does a winner need?",
        "Where the count is held",
    ]


def test_an_faq_question_with_a_topic_of_its_own_stays_a_head() -> None:
    blocks = [
        LONG,
        "What is the scheme?",
        LONGER,
        "Who can join it?",
        MEDIUM + " " + MEDIUM,
        "Is it really free?",
        "Yes. The council pays for the first year, and the county for the second one.",
        "How do I sign up?",
        LONG,
    ]
    assert "Is it really free?" in heads_of(*blocks)


# --- paired_sibling_heads: full-sentence heads beside heads of a sentence's form ------------

TWO_SENTENCES = [
    "Move slowly. Then move slower still.",
    "The money ran out twice. The museum did not wait.",
    "Tomas needed a draw. He got one and left early.",
]
NOT_TWO_SENTENCES = [
    "Yes. It is.",  # a reply
    "It rained. Nobody came.",  # opens pointing back
    "But it rained. Nobody came.",  # running text's opener
    "Brilliant. Risky. Correct.",  # three sentences
    "The plan worked.",  # one sentence
]


@pytest.mark.parametrize("text", TWO_SENTENCES)
def test_two_short_sentences_make_a_two_sentence_line(text: str) -> None:
    assert is_two_sentence_line(text)


@pytest.mark.parametrize("text", NOT_TWO_SENTENCES)
def test_replies_running_text_and_runs_of_stops_do_not(text: str) -> None:
    assert not is_two_sentence_line(text)


CHESS = [
    LONG,
    "The pair met in the last round. Nobody expected a draw.",
    "They shook hands after twenty moves.",
    "Tomas needed a draw. He got one and left early.",
    LONG,
    LONGER,
    PICTURE,
    "The decisive game came on the Tuesday.",
    LONGER,
    MEDIUM,
    "Final table",
    LONG,
    PICTURE_TWO,
    "“I never expected to win”",
    LONGER,
    MEDIUM,
]


def test_full_sentence_heads_beside_a_label_and_a_quoted_head() -> None:
    assert heads_of(*CHESS) == [
        "Tomas needed a draw. He got one and left early.",
        "The decisive game came on the Tuesday.",
        "Final table",
        "“I never expected to win”",
    ]


def test_one_sentence_between_paragraphs_is_a_punchy_line_not_a_head() -> None:
    blocks = [b for b in CHESS if b != PICTURE]  # no picture over the one-sentence line
    assert "The decisive game came on the Tuesday." not in heads_of(*blocks)


def test_no_full_sentence_head_beside_one_head_alone() -> None:
    blocks = [b for b in CHESS if b not in ("Final table", "“I never expected to win”")]
    blocks += ["“I never expected to win”", LONGER]
    heads = heads_of(*blocks)
    assert "Tomas needed a draw. He got one and left early." not in heads
    assert "The decisive game came on the Tuesday." not in heads


RACE = [
    LONG,
    "The leader went with the pacemakers and kept going long after they dropped out",
    LONGER,
    MEDIUM,
    PICTURE,
    "One gap, one sprint, one title.",
    LONG,
    MEDIUM,
    "The women's race was settled by a sprint that had looked unlikely a kilometre out",
    LONGER,
    MEDIUM,
]


def test_a_one_sentence_head_after_a_picture_beside_long_clause_heads() -> None:
    assert heads_of(*RACE) == [
        "The leader went with the pacemakers and kept going long after they dropped out",
        "One gap, one sprint, one title.",
        "The women's race was settled by a sprint that had looked unlikely a kilometre out",
    ]


def test_a_one_sentence_line_over_a_shorter_one_is_no_head() -> None:
    blocks = [*RACE[:6], "The crowd went home happy.", *RACE[7:]]
    assert "One gap, one sprint, one title." not in heads_of(*blocks)


def test_a_lead_in_to_a_list_as_long_as_the_line_is_its_text() -> None:
    items = items_of(
        "Move slowly. Then move slower still.",
        "Sudden changes rarely work at this age. Try this instead:",
        "  • Sit by the bed\n  • Move to the door\n  • Wait outside",
    )
    assert opens_text(items, 0)
    short = items_of(
        "Price matters. So does the food.",
        "Here is how:",
        "  • Taste\n  • Compare",
    )
    assert not opens_text(short, 0)


# --- first_numbered_head: a list's first number and the head stacked over it ---------------

WATCH = [
    LONG,
    "Who is standing?",
    LONGER,
    "What does a winner need?",
    LONG,
    PICTURE,
    "Three things to watch",
    "1) The coastal seats",
    LONGER,
    "2) Turnout in the north",
    LONG,
    "3) The upper house",
    LONGER,
    "How do I follow the count?",
    LONG,
]


def test_the_first_number_and_the_head_over_it() -> None:
    assert heads_of(*WATCH) == [
        "Who is standing?",
        "What does a winner need?",
        "Three things to watch",
        "1) The coastal seats",
        "2) Turnout in the north",
        "3) The upper house",
        "How do I follow the count?",
    ]


def test_a_sentence_over_the_first_number_is_no_head() -> None:
    blocks = [b if b != "Three things to watch" else "Here are three to watch." for b in WATCH]
    heads = heads_of(*blocks)
    assert "Here are three to watch." not in heads
    assert "1) The coastal seats" in heads


def test_a_first_number_over_a_short_line_is_no_head() -> None:
    blocks = [b if b != LONGER else "Four of them." for b in WATCH[:9]] + WATCH[9:]
    assert "1) The coastal seats" not in heads_of(*blocks)


# --- is_result_field: a score line is data, and whole as a sentence is ----------------------

RESULTS = [
    "Final: Rovers 24 Vale 19 (aet)",
    "Fifth place: New Harbour 26 Port Alba 12",
    "Full time: Castle Rangers 2, Mill Town 1",
]
NOT_RESULTS = [
    "Step 2: Add 200g of flour and 2 eggs",
    "Update: Storm Ana 12 hours away",
    "Verdict: A 10 out of 10 for the cast",
    "Rovers 24 Vale 19",  # no label: a reading, another rule's
]


@pytest.mark.parametrize("text", RESULTS)
def test_a_labelled_score_is_a_result_field(text: str) -> None:
    assert is_result_field(text)


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_steps_updates_and_ratings_are_not(text: str) -> None:
    assert not is_result_field(text)


def test_a_result_under_the_opening_paragraph_is_no_head() -> None:
    blocks = [
        LONG,
        "Final: Rovers 24 Vale 19 (aet)",
        "It should never have gone to extra time.",
        LONGER,
        "Vale came back with two tries in three minutes and almost stole it at the very end",
        LONG,
        "Third place: Castle 31 Mill Town 5",
        "Fifth place: Harbour 26 Port Alba 12",
        PICTURE,
        "What comes next for Rovers",
        "The win takes them to the national finals in January, where they meet the holders.",
        MEDIUM,
    ]
    assert heads_of(*blocks) == [
        "Vale came back with two tries in three minutes and almost stole it at the very end",
        "What comes next for Rovers",
    ]


def test_a_live_posts_result_under_its_time_stays_a_head() -> None:
    blocks = [
        LONG,
        "9:02 p.m.",
        "Kick-off: the hosts start fast",
        LONGER,
        "9:34 p.m.",
        "Halftime: Rovers 38, Vale 30",
        LONG,
        "9:58 p.m.",
        "Vale pull level in the third",
        LONGER,
    ]
    assert "Halftime: Rovers 38, Vale 30" in heads_of(*blocks)


# --- letters: a pen-name sign-off under a letter whose head asks, and that head -------------

LETTER_ONE = (
    "My partner and I have tried everything. We put her to bed at eight, and by two she is "
    "back between us. My mother says we are making it worse. I am too tired to know."
)
LETTER_TWO = (
    "Our son is ten and has swimming three times a week. He loved it once. Now he cries in "
    "the car on the way there, and his coach says he is the best in the group."
)
COLUMN = [
    "Every fortnight our psychologist answers readers' questions about children and sleep.",
    "“Our daughter ends up in our bed every night. Is that wrong?”",
    LETTER_ONE,
    "Exhausted dad, Harbour Bay",
    "Is it wrong? No.",
    LONG,
    "Go gently. Then go more gently still.",
    LONGER,
    MEDIUM,
    PICTURE,
    "“He cries before every training session. Should he stop?”",
    LETTER_TWO,
    "Worried mum, North Point",
    "Believe him first. " + LONGER,
    "Talk to the coach before you talk about quitting",
    LONG,
    MEDIUM,
]


def test_an_advice_columns_letters_heads_and_pen_names() -> None:
    assert heads_of(*COLUMN) == [
        "“Our daughter ends up in our bed every night. Is that wrong?”",
        "Go gently. Then go more gently still.",
        "“He cries before every training session. Should he stop?”",
        "Talk to the coach before you talk about quitting",
    ]


@pytest.mark.parametrize(
    "text", ["Exhausted dad, Harbour Bay", "Tired of waiting, Leeds", "Helen, Kendal"]
)
def test_pen_names_and_first_names_sign_a_question(text: str) -> None:
    assert ASKED_SIGN_OFF.match(text)


@pytest.mark.parametrize("text", ["exhausted dad, Leeds", "Exhausted, Leeds, 2024", "Go north"])
def test_lower_case_starts_figures_and_heads_sign_nothing(text: str) -> None:
    assert not ASKED_SIGN_OFF.match(text)


def test_a_sign_off_under_a_letter_whose_head_states_signs_no_question() -> None:
    items = items_of("The long nights are back", LETTER_ONE, "Exhausted dad, Harbour Bay")
    assert not signs_a_question(items, 2)
    asked = items_of("“Is that wrong?”", LETTER_ONE, "Exhausted dad, Harbour Bay")
    assert signs_a_question(asked, 2)


def test_a_letters_last_question_is_no_head_of_it() -> None:
    # the question the sign-off closes is the letter's own last line, not a head over it
    items = items_of(LONG, "Should we let him stop?", "Helen, Kendal", LONGER)
    assert letter_heads(items, frozenset({2})) == []
    asked = items_of(LONG, "“Should we let him stop?”", LETTER_TWO, "Helen, Kendal", LONGER)
    assert letter_heads(asked, frozenset({3})) == [1]
