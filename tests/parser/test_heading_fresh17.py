"""Heads read off the document, not one line's looks (issue 15, fresh17's shapes, made-up
texts): a reply that says the question again, a one-line paragraph whose first clause ends on
an auxiliary, a head in the page's marked form right after a field, a numbered head over a
question that is answered in the text."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

LONG = (
    "The orchard was planted in 1931 by a schoolteacher who wanted every child in the valley to "
    "know the taste of a proper apple, and some of her trees still fruit every autumn."
)
MORE = (
    "The trust that runs it now has forty volunteers, a cider press borrowed from a farm down "
    "the road and a waiting list of families who want to adopt a tree of their own."
)
OTHER = (
    "Grafting takes a sharp knife, a steady hand and an afternoon in late winter, when the "
    "buds are still closed and the sap has not yet started to rise in the branches."
)


# A reply that says the question again: 'Really?' / 'Really.' asks in the running text.


LETTER = (
    "Our pear tree is twelve years old and has never given more than a handful of fruit. We feed "
    "it every spring and water it in dry weeks. Should we give up on it?"
)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Seriously?", "Seriously. Two trees need a gap of at least three metres."),
        ("Always?", "Always. A lone tree sets little fruit, however well it is fed."),
        ("Wirklich?", "Wirklich. Ein Baum allein trägt kaum Früchte."),
        ("Every single year?", "Every single year. The frost comes back in April."),
    ],
)
def test_a_question_its_reply_says_again_is_no_head(question, reply):
    blocks = [LONG, "How old can a pear tree get?", LETTER, "Ruth, Hexham", OTHER, question]
    blocks += [reply, "Is it safe to eat a windfall?", MORE]
    heads = heads_of(*blocks)
    assert question not in heads
    assert "Is it safe to eat a windfall?" in heads


def test_a_question_answered_otherwise_among_question_heads_stays_a_head():
    blocks = [LONG, "How old can an apple tree get?", MORE, "When should I prune?"]
    blocks += ["In winter. " + OTHER, "Which variety keeps longest?", LONG]
    assert "When should I prune?" in heads_of(*blocks)


# A one-line paragraph whose first clause ends on an auxiliary leaves its verb in the text before.


@pytest.mark.parametrize(
    "reply",
    [
        "Most of the children did, in the end.",
        "Every one of the volunteers can, with practice.",
        "The old trees would not, whatever we tried.",
        "Half the village does, every October.",
    ],
)
def test_a_sentence_line_whose_first_clause_is_elliptical_makes_no_head(reply):
    blocks = [LONG, MORE, "The first harvest was small.", OTHER, LONG]
    blocks += ["Not everyone wants to learn grafting.", reply, MORE, LONG]
    assert heads_of(*blocks) == []


def test_full_sentence_heads_with_a_comma_after_their_verb_stay_heads():
    blocks = [LONG, "The first harvest was small.", OTHER, LONG]
    blocks += ["The second one filled the barn, twice over.", MORE, LONG]
    assert heads_of(*blocks) == [
        "The first harvest was small.",
        "The second one filled the barn, twice over.",
    ]


# A head in the page's marked form (capitals, a number) right after a field opens a section.


@pytest.mark.parametrize(
    ("heads", "field"),
    [
        (["MORNING", "AFTERNOON", "EVENING", "OVERNIGHT"], "Tide: high at 6.40am, 4.2 metres"),
        (["MONTAG", "DIENSTAG", "MITTWOCH", "DONNERSTAG"], "Wind: Nordwest, Böen bis 70 km/h"),
        (["LOW SEASON", "HIGH SEASON", "SHOULDER MONTHS", "CLOSED"], "Entry: £6, children free"),
    ],
)
def test_a_marked_head_right_after_a_field_heads_the_next_section(heads, field):
    blocks = [LONG, heads[0], MORE, "Max 9C, min 2C", field, heads[1], OTHER, heads[2], LONG]
    blocks += [heads[3], MORE]
    assert heads_of(*blocks) == heads


def test_a_marked_line_after_a_field_over_no_paragraph_is_no_head():
    heads = ["MORNING", "AFTERNOON", "EVENING"]
    blocks = [LONG, heads[0], MORE, "Tide: high at 6.40am", "LOW WATER", "Tide: low at 1pm"]
    blocks += [heads[1], OTHER, heads[2], LONG]
    assert "LOW WATER" not in heads_of(*blocks)


# A numbered line with a comma or a date opens an item: it closes no section over a question.


VISIT = ["Visit", "The Town Museum, Mill Lane, Hebden Bridge", "Open: Wednesday to Sunday, 11am"]


@pytest.mark.parametrize(
    ("head", "question", "reply"),
    [
        ("4. A tin mug, 1915", "Who used it?", "Nobody knows. " + MORE),
        ("4. Ein Schlüssel, 1961", "Wer hatte ihn?", "Niemand weiß es. " + OTHER),
        ("4. The ferryman's bell, c. 1880", "Who rang it?", "The ferryman himself. " + LONG),
    ],
)
def test_a_numbered_head_over_a_question_answered_in_the_text_stays_a_head(head, question, reply):
    blocks = [LONG, "1. A slate roof tile", MORE, "2. The mill's ledger", OTHER]
    blocks += ["3. A pair of clogs", LONG, head, question, reply, "5. A school photograph", OTHER]
    heads = heads_of(*blocks, *VISIT)
    assert head in heads
    assert question not in heads


# Beside question heads only (an advice column's), full-sentence heads that sum up an answer,
# the body's first line one of them, when two at least show the pattern.

LETTER_DOG = (
    "Our dog Bramble is nine and has always loved her walks. For the last fortnight she has "
    "stopped at the gate and refused to go any further. She eats well. Is she just getting old?"
)
ANSWER = (
    "Perhaps, but a dog that refuses a walk is often in pain, and stiff hips or a sore paw are "
    "the usual causes. Ask your vet to look at her joints, and try shorter walks on soft ground."
)
ANSWER_SEEDS = (
    "Grass seeds work their way into ears and between toes every summer, and a vet can usually "
    "take one out in a few minutes. Check her paws after every walk in long grass from June."
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Bramble is not being lazy. She may be sore.", "Hedgehogs need water. Leave a dish out."),
        ("Old dogs slow down.", "Tortoises sleep for months. Let them."),
        ("Ein alter Hund braucht Pausen.", "Igel brauchen Wasser. Stellen Sie eine Schale hin."),
    ],
)
def test_sentence_heads_beside_question_heads_are_heads(first, second):
    blocks = [first, LETTER_DOG, "Ann, Ripon", ANSWER, "Can a cat eat tuna every day?"]
    blocks += [ANSWER_SEEDS, second, LETTER_DOG, "Sam, Hull", ANSWER]
    blocks += ["Got a question for the vet?", "Email: vet@example.org"]
    questions = ["Can a cat eat tuna every day?", "Got a question for the vet?"]
    assert heads_of(*blocks) == [first, questions[0], second, questions[1]]


def test_one_sentence_line_beside_question_heads_stays_a_paragraph():
    blocks = ["Is my dog too old to walk far?", LETTER_DOG, ANSWER]
    blocks += ["Why does my cat eat grass?", ANSWER_SEEDS, "Grass is good for cats.", ANSWER]
    assert heads_of(*blocks) == ["Is my dog too old to walk far?", "Why does my cat eat grass?"]
