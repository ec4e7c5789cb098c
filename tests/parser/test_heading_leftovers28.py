"""The older stress leftovers as general rules (issue 15, heads28b), on made-up exports:

- an FAQ's turns (heading_questions.faq_turns): long questions in a row, each answered in one
  short line right before the next, the last answer closing the text, are heads over answers
  shorter than them;
- a question head's answer (headings.unanswering): the line right under a question head is its
  answer, not a full-sentence head summing one up;
- a closing result (heading_places.RESULT_LINE): a score between names as the article's last
  line is data closing a preview, not the head of a section the export leaves out;
- lower-case heads (heading_cases.lower_case_heads): a short unpunctuated line opening in lower
  case, between a sentence's end and a much longer paragraph, beside three heads or more;
- a reader's long stated question (heading_questions.is_stated_question): a statement and its
  question of more than a long head's words, up to its characters, among question heads.
"""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "The new rules for allotment holders come into force next month. Here are the answers to "
    "the questions our readers have sent in since the council first announced them."
)
LONG = (
    "The council met on Thursday night and argued for three hours about the bus station, and "
    "at the end of it nobody in the public gallery could say what had been decided or when."
)

FAQS = [
    [
        "Will I still be able to keep chickens on my plot after the new rules come in?",
        "Yes, up to six hens.",
        "Can the council raise the rent on a plot more than once in the same year?",
        "No. The rent is set each April.",
        "What happens to the sheds that were put up before the rules were first written?",
        "They can stay where they are.",
    ],
    [
        "Is it true that the ferry will stop running between the islands every winter now?",
        "Only in January and February.",
        "Do residents of the islands still get a discount on the price of a return ticket?",
        "They do, of a third.",
        "Where can I find the new timetable for the summer months and the bank holidays?",
        "At every harbour office.",
        "Who decides whether a crossing is cancelled when the weather turns bad at sea?",
        "The captain, on the day.",
    ],
    [
        "Does the new tax on sugary drinks apply to the fruit juices sold in supermarkets?",
        "Not to pure juice.",
        "How much more will a large bottle of cola cost in the shops from the spring?",
        "About 24p, the Treasury says.",
        "Why are milkshakes left out of the tax when they often hold more sugar than cola?",
        "Milk has a lobby, critics say.",
    ],
]


@pytest.mark.parametrize("faq", FAQS)
def test_long_questions_each_answered_in_a_short_line_are_an_faqs_heads(faq):
    assert heads_of(INTRO, *faq) == faq[::2]


def test_turns_that_the_text_goes_on_after_are_an_exchange_in_it():
    faq = FAQS[0]
    closing = "Send your own questions to the address below; we answer a selection every week."
    assert heads_of(INTRO, *faq, closing) == []


def test_two_long_questions_so_answered_make_no_faq():
    faq = FAQS[1][:4]
    assert heads_of(INTRO, *faq) == []


def test_long_questions_answered_in_the_first_person_are_an_interviews_turns():
    turns = [
        "Did you ever think the shop would still be open after all these years on the street?",
        "I never did, no.",
        "What made you decide to keep the old sign over the door when you took it over?",
        "My father painted it.",
        "Would you ever sell the building if a developer came to you with a good offer?",
        "I would think about it.",
    ]
    assert heads_of(INTRO, *turns) == []


def test_long_rhetorical_questions_in_a_run_answer_nothing():
    run = [
        "Who decided that a field called Water Meadows was a good place for three hundred homes?",
        "Why did nobody at the council ask what happens to the rain that soaked into that field?",
        "And why are the people who bought the homes left paying for the flood damage again?",
    ]
    assert heads_of(INTRO, *run, LONG) == []


def test_short_questions_so_answered_stay_an_exchange():
    exchange = [
        "Had the minister read it?", "He had not.", "Had his office?", "Nobody knew.",
        "Would he now?", "He said so.",
    ]  # fmt: skip
    assert heads_of(LONG, *exchange, LONG) == []


GARDEN = [
    "Your hedge is not dying. It is resting.",
    "Our beech hedge went brown in October and has kept its dead leaves all winter. Is it "
    "dying, and should we cut it back now before the spring?",
    "No. Beech keeps its old leaves until the new buds push them off in April, and a brown "
    "beech hedge in winter is a healthy one. Cut it in late summer, never now.",
    "Is it too late to plant garlic?",
    "Not at all. Plant it this week.",
    "Put the cloves in by the end of February, pointed end up, and you will have bulbs by July, "
    "smaller than an autumn planting gives but just as good to eat, and they keep until Easter.",
    "Moles are a nuisance. They are not a disaster.",
    "Our lawn has been covered in molehills since Christmas. We have tried everything the "
    "garden centre sells. What else can we do to get rid of them for good?",
    "Very little, and you may not need to. Moles move on once the worms near the surface are "
    "gone, and the soil in the hills makes the best potting compost you can get for nothing.",
    "Can I grow blueberries on a balcony?",
    "Yes, in ericaceous compost, watered with rainwater. A balcony facing north is not ideal, "
    "but they will fruit, and in a cool summer they may do better than on the south side.",
]


def test_a_question_heads_short_answer_is_no_sentence_head_beside_it():
    assert heads_of(*GARDEN) == [
        "Your hedge is not dying. It is resting.",
        "Is it too late to plant garlic?",
        "Moles are a nuisance. They are not a disaster.",
        "Can I grow blueberries on a balcony?",
    ]


PREVIEW = [
    "Third plays fourth on Saturday, and the winner will go into the play-off places.",
    "Team news",
    "The home side have a full squad for the first time since August, with both full-backs back.",
    "Prediction",
    "Both sides need the points, so expect an open game. The visitors' away form just tips it.",
]


@pytest.mark.parametrize(
    "result", ["Harbour United 1-3 Millbrook Town", "Leinster 24–17 Munster", "Ajax 0 - 2 PSV"]
)
def test_a_closing_score_line_is_a_result_not_a_head(result):
    assert heads_of(*PREVIEW, result) == ["Team news", "Prediction"]


def test_a_closing_head_without_a_score_stays_a_head():
    closing = "How the table looks"
    assert heads_of(*PREVIEW, closing) == ["Team news", "Prediction", closing]


REVIEW = [
    "The bistro took over the old bank on the corner last spring, and it still has the vault.",
    "The room",
    "It is loud, and the tables are close together, but the staff are quick and the wine list "
    "is short and cheap, which is how a neighbourhood place ought to be run.",
    "The starters",
    "A plate of radishes with whipped butter, then a bowl of clams in white wine with parsley "
    "and far too much garlic, which is how I like them and how they should always be.",
    "The mains",
    "The steak came rare, as asked, with a jug of pepper sauce and a pile of thin chips that "
    "were gone before I had finished telling my friend about them.",
]
PUDDING = (
    "Whatever the board calls it, it is a pudding for two at least, and I have not had a "
    "better one this year in any restaurant, in London or out of it."
)


@pytest.mark.parametrize(
    "dish", ["lamb, anchovy, greens", "tarte tatin (£9)", "soupe à l'oignon", "three cheeses"]
)
def test_a_lower_case_dish_head_beside_other_heads_is_a_head(dish):
    assert heads_of(*REVIEW, dish, PUDDING) == ["The room", "The starters", "The mains", dish]


def test_a_lower_case_line_without_other_heads_is_a_paragraph():
    blocks = [REVIEW[0], REVIEW[2], "lamb, anchovy, greens", PUDDING, REVIEW[4]]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    "line",
    [
        "and that was that.",  # a sentence's end: no head
        "e.g. the second one",  # a point inside: a sentence's rest
        "and so, in the end, the council had nothing left to do but give in to the men",
    ],
)
def test_a_lower_case_sentence_or_long_line_is_no_head(line):
    assert line not in heads_of(*REVIEW, line, PUDDING)


def test_a_lower_case_line_over_a_short_line_is_no_head():
    assert heads_of(*REVIEW, "lamb, anchovy, greens", "Good.", PUDDING) == [
        "The room",
        "The starters",
        "The mains",
    ]


VET = [
    "Our vet answers your questions every fortnight. She cannot reply to every letter, and "
    "if your animal is ill, call your own vet first.",
    "Why does my parrot pull out its feathers?",
    "Boredom, most often. A parrot left alone in a cage all day will find something to do, "
    "and plucking is it. Give it toys to shred and an hour out of the cage twice a day.",
    "Can a goldfish live alone?",
    "Yes, a bowl is too small for any fish. A goldfish needs a tank of sixty litres at the "
    "least, with a filter, and it lives longer and happier with another goldfish in it.",
]
LETTERS = [
    "My tortoise, who is 40 and came to us from my grandmother, has not woken from his winter "
    "sleep although it is April. Should we wake him?",
    "Our two guinea pigs lived together for three years until one died last month, and the "
    "other has stopped eating. Should we get another?",
    "The neighbour's cat comes in through our cat flap every night and eats everything left "
    "in our own cat's bowl. What can we do?",
]
ANSWER = (
    "Gently, yes. Put him in a box in a warm room, offer him a shallow bath of lukewarm water "
    "to drink from, and if he does not eat within a week, take him to a vet who knows reptiles, "
    "since a long sleep can hide an illness that is easier to treat when it is found early."
)


@pytest.mark.parametrize("letter", LETTERS)
def test_a_readers_long_stated_question_among_question_heads_is_a_head(letter):
    heads = heads_of(*VET, letter, ANSWER)
    assert heads == [VET[1], VET[3], letter]


@pytest.mark.parametrize("letter", LETTERS)
def test_a_readers_long_stated_question_without_question_heads_is_a_paragraph(letter):
    assert heads_of(VET[0], VET[2], letter, ANSWER, VET[4]) == []
