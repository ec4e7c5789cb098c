"""Heads read off the document (issue 15, fresh18's shapes, made-up texts): heads of two short
sentences between long paragraphs, an interview's short turns that are no heads, and a yes-or-no
question answered at once by a fragment, asked in the running text."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# Long paragraphs, several hundred characters each, as a long read's sections are.
RIVER = (
    "The ferry across the estuary ran for ninety-one years on the same timetable, twice an hour "
    "in summer and once an hour in winter, and the families who worked it lived in a row of "
    "cottages on the north bank that the harbour board owned and never once repaired. The boats "
    "were built in a yard upstream, of larch from the estate above the town, and each one was "
    "named after a daughter of the yard's owner, which made for some awkward launches."
)
BRIDGE = (
    "When the county proposed a bridge in 1958, the ferrymen wrote to every councillor, and the "
    "councillors wrote back, politely, that the matter was out of their hands. The bridge was "
    "designed, costed and put out to tender, and for two years the ferry carried surveyors and "
    "engineers who measured the tides and took samples of the mud and told the crews, kindly, "
    "that they would soon be out of work and that the county would see them right."
)
TOLLS = (
    "The tolls were set by the harbour board and had not changed since before the war, which "
    "meant that by the end a crossing cost less than a newspaper, and the ferry lost money on "
    "every trip it made. The board kept it going out of habit, and because nobody on it could "
    "agree on who should be the one to tell the crews, and so the losses were written into the "
    "accounts each year under a heading that nobody read, between the dredging and the lights."
)
TODAY = (
    "The last boat is now in the maritime museum at the end of the quay, restored by "
    "volunteers, its engine turned over once a year on the anniversary of the final crossing. "
    "The cottages were sold in the 1990s and most are holiday lets, though one of them still "
    "has the bell the ferrymen rang when the fog came in, which the owners keep polished and "
    "ring, they say, on the same day, every year, at the hour the last boat left the slip."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The bridge was approved. Then the money ran out.",
         "Nobody wanted the last boat. That turned out to be its luck."),
        ("A tunnel was planned under the estuary in 1971. It was never dug.",
         "The crews went on strike once. They won in a week."),
        ("Die Brücke kam nie. Die Fähre blieb.",
         "Niemand wollte das letzte Boot. Genau das rettete es."),
    ],
)  # fmt: skip
def test_two_sentence_lines_between_long_paragraphs_are_heads(first, second):
    heads = heads_of(RIVER, first, BRIDGE, second, TOLLS, "What the town kept", TODAY)
    assert heads == [first, second, "What the town kept"]


def test_one_two_sentence_line_alone_makes_no_pattern():
    line = "The bridge was approved. Then the money ran out."
    assert line not in heads_of(RIVER, line, BRIDGE, TOLLS, TODAY)


@pytest.mark.parametrize(
    "line",
    [
        "The bridge was approved. The money ran out. The ferry stayed.",  # three sentences
        "Few people did. Then the money ran out.",  # the first points back: elliptical
        "It was approved. Then the money ran out.",  # the first opens on a pointer back
    ],
)
def test_lines_not_of_two_head_shaped_sentences_stay_paragraphs(line):
    other = "Nobody wanted the last boat. That turned out to be its luck."
    heads = heads_of(RIVER, line, BRIDGE, other, TOLLS, TODAY)
    assert line not in heads


def test_two_sentence_lines_under_one_another_make_no_heads():
    first = "The bridge was approved. Then the money ran out."
    second = "Nobody wanted the last boat. That turned out to be its luck."
    assert heads_of(RIVER, first, second, BRIDGE, TOLLS, TODAY) == []


# An interview without heads: its questions are paragraphs, and so are its short turns.

ANSWERS = [
    "My grandmother kept bees behind the chapel, forty hives in a walled garden, and I spent "
    "every summer there from the age of six, stung and happy and covered in wax.",
    "Two swarms in one week, in 1998, and a neighbour who called the fire brigade. After that I "
    "knew I would never do anything else, whatever my teachers said about it.",
    "Closer to two hundred now, spread over eleven farms in the valley, and I am paid in honey, "
    "cheese and, once, a very old tractor that still runs on good days.",
    "The varroa mite, first, and then the wet summers. I lost a third of the colonies in 2012 "
    "and it took me five years to build them back up to where they had been before.",
    "The book is called Still Air because that is what bees need to fly, and what I needed after "
    "my divorce, and because my editor liked it better than my first three titles.",
    "I still open the hives every Sunday, whatever the weather, and I still get stung, though "
    "less than I used to. The bees have not changed much. I have.",
]


@pytest.mark.parametrize(
    ("request_line", "terse"),
    [
        ("Tell me about the book's title.", "No. Well, maybe next year. Ask me in June."),
        ("Talk me through a normal Sunday.", "Never. Not once. Not even in the floods."),
        ("Describe the first swarm you caught.", "Only once. It was enough."),
    ],
)
def test_an_interviews_request_and_terse_answer_are_no_heads(request_line, terse):
    blocks = [ANSWERS[0], "How did you start?", ANSWERS[1], "How many hives now?", ANSWERS[2]]
    blocks += ["What went wrong?", ANSWERS[3], request_line, ANSWERS[4]]
    blocks += ["Would you ever give it up?", terse, ANSWERS[5]]
    assert heads_of(*blocks) == []


# A yes-or-no question answered at once by a fragment that picks its word up is asked in the text.

SECTIONS = [
    "The average bill will rise by a fifth from April, the largest increase since the industry "
    "was sold off, and the regulator says most of the money will go on sewers.",
    "Each company publishes a plan for five years, which the regulator cuts back, and the final "
    "figure is set after a round of appeals that can take most of a year.",
    "Most companies run a scheme that halves the bill for households on low incomes, and a few "
    "will spread a debt over two years without charging any interest on it at all.",
    "Since last year, companies that miss their targets on pollution cannot pay bonuses to their "
    "chief executives, though their other directors may still be paid one.",
]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Does anyone get a say?", "Customers, in theory. Each company holds a consultation."),
        ("Can you see the works?", "Some of them. The tanks are mostly under car parks."),
        ("Is anybody listening?", "The regulator, sometimes. It reads every reply."),
    ],
)
def test_a_yes_or_no_question_answered_by_a_fragment_is_asked_in_the_text(question, reply):
    blocks = ["What is going up?", SECTIONS[0], "Who decides the price?", SECTIONS[1]]
    blocks += [question, reply, "Is there any help?", SECTIONS[2], "What about bonuses?"]
    blocks += [SECTIONS[3]]
    heads = heads_of(*blocks)
    assert question not in heads
    assert heads == ["What is going up?", "Who decides the price?", "Is there any help?",
                     "What about bonuses?"]  # fmt: skip


@pytest.mark.parametrize(
    "reply",
    [
        "No. Each company sets its own figure within the limit.",
        "Often. Each company sets its own figure within the limit.",
        "Not necessarily. Each company sets its own figure.",
        "Most do. Each company sets its own figure within the limit.",
        "Usually. Each company sets its own figure within the limit.",
    ],
)
def test_a_yes_or_no_question_answered_by_a_reply_word_stays_a_head(reply):
    blocks = ["What is going up?", SECTIONS[0], "Does anyone get a say?", reply]
    blocks += ["Is there any help?", SECTIONS[2], "What about bonuses?", SECTIONS[3]]
    assert "Does anyone get a say?" in heads_of(*blocks)


def test_a_reply_whose_first_period_is_an_abbreviations_is_no_fragment():
    reply = "State Sen. Mara Quill and two others must break out tonight, or leave the race."
    blocks = ["What is going up?", SECTIONS[0], "Can they save themselves?", reply]
    blocks += ["Is there any help?", SECTIONS[2], "What about bonuses?", SECTIONS[3]]
    assert "Can they save themselves?" in heads_of(*blocks)
