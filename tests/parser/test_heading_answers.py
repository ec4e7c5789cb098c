"""Questions asked and answered at once in the running text are no heads, told from question
heads by the document (api/parser/heading_answers.py): heads sharing a form the question lacks,
no statement head at all, an answer that echoes the question."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The harbour wall was built in 1884 by the same firm that built the lighthouse, and for a "
    "hundred years nobody gave it a second thought, except the men who painted it."
)
MORE = (
    "Then the storms of the winter of 1990 took out a section twelve metres long, and the "
    "council discovered that nobody could say who owned the wall, or who should pay for it."
)
LONG = (
    "The answer, when it came, took four years and two public inquiries. The harbour trust "
    "agreed to pay a third, the council a third, and the rest came from a lottery grant."
)


# Formed heads: every statement head in capitals or a numeral, the question not.


@pytest.mark.parametrize(
    ("heads", "question", "reply"),
    [
        (["THE WALL", "WHO OWNS IT", "AND THE COST"], "Why?",
         '"Because nobody wanted to," she says.'),
        (["THE WALL", "WHO OWNS IT", "AND THE COST"], "Was it worth the wait?",
         '"Every penny," says Marek Nowak, who chairs the trust.'),
        (["I", "II", "III", "IV"], "What do you keep, when a harbour goes?", "Not much."),
        (["1", "2", "3"], "Did anyone mind?", "Not really."),
        (["DIE MAUER", "DER STREIT", "DIE KOSTEN"], "Und wer zahlt?", "Niemand."),
    ],
)  # fmt: skip
def test_a_question_without_the_form_of_the_heads_answered_at_once_is_text(heads, question, reply):
    first, second, *rest = heads
    blocks = [TEXT, first, TEXT, MORE, question, reply, second, LONG]
    blocks += ["Was anybody to blame for it?", '"Nobody," she says. "Not even the sea."']
    for head in rest:
        blocks += [head, MORE, TEXT]
    assert heads_of(*blocks) == heads


def test_a_question_head_in_the_form_of_the_heads_stays_a_head():
    blocks = [TEXT, "THE WALL", MORE, "WHO PAYS FOR IT?", "Not the council. " + TEXT, "THE COST"]
    blocks += [MORE, "THE NEXT STORM", TEXT]
    assert heads_of(*blocks) == ["THE WALL", "WHO PAYS FOR IT?", "THE COST", "THE NEXT STORM"]


def test_a_question_among_heads_of_no_shared_form_stays_a_head():
    blocks = [TEXT, "The wall", MORE, "Who pays for it?", "Not the council. " + LONG]
    blocks += ["What it costs", MORE, "The next storm", TEXT]
    assert heads_of(*blocks) == ["The wall", "Who pays for it?", "What it costs", "The next storm"]


# Questions alone: no statement head, one or two questions, each answered at once.


@pytest.mark.parametrize(
    "blocks",
    [
        [TEXT, "Could he see the wall from the road?", '"Yes."', MORE],
        [TEXT, "Witness: Was it there before?", "Caller: It was, yes, the whole time.",
         MORE, "Did she ever go back?", "Once.", TEXT],
        [TEXT, "What do you sell, in a town like that?", "Everything, is the answer. " + MORE,
         TEXT, LONG, "Did he go and look at it?", "Twice. " + TEXT, MORE],
        [TEXT, "¿Y quién paga?", "Nadie, claro.", MORE, LONG],
    ],
)  # fmt: skip
def test_questions_alone_answered_at_once_are_text(blocks):
    assert heads_of(*blocks) == []


def test_three_questions_answered_at_once_are_a_faq():
    blocks = [TEXT, "Is the wall safe?", "Yes. " + MORE, "Will it be mended?", "Not yet. " + LONG]
    blocks += ["Who pays?", "The council. " + TEXT]
    assert heads_of(*blocks) == ["Is the wall safe?", "Will it be mended?", "Who pays?"]


def test_two_questions_over_sections_stay_heads():
    blocks = [TEXT, "Who owns the harbour wall?", MORE, LONG, "What will the repairs cost?", LONG]
    blocks += [TEXT]
    assert heads_of(*blocks) == ["Who owns the harbour wall?", "What will the repairs cost?"]


# Echoed answers: the question's pronoun and a verb that asks, and nothing more.


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Could they have warned people earlier?", "They did. " + MORE),
        ("Did she know the wall was cracked?", "She did not, she said."),
        ("Was it ever inspected?", "It wasn't."),
        ("Is there a plan for the next storm?", "There is. " + LONG),
    ],
)
def test_a_question_answered_by_its_own_pronoun_and_verb_is_text(question, reply):
    blocks = [TEXT, "Who owns the wall?", MORE, TEXT, question, reply]
    blocks += ["What will it cost?", LONG, "When will it be mended?", TEXT]
    assert heads_of(*blocks) == [
        "Who owns the wall?",
        "What will it cost?",
        "When will it be mended?",
    ]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Can you walk on the wall?", "You can, if you are careful. " + MORE),
        ("Did the owners keep it up?", "Most did. " + MORE),
        ("Is it safe?", "Yes. " + MORE),
        ("Does it flood?", "No. " + LONG),
    ],
)
def test_a_faq_head_answered_in_other_words_stays_a_head(question, reply):
    blocks = [TEXT, "Who owns the wall?", MORE, question, reply]
    blocks += ["What will it cost?", LONG, "When will it be mended?", TEXT]
    heads = ["Who owns the wall?", question, "What will it cost?", "When will it be mended?"]
    assert heads_of(*blocks) == heads


# Traps: a question head over a list, and an interview's questions, as before.


def test_a_question_head_answered_by_a_list_stays_a_head():
    # (the list's first line is taken for a head too, as before this rule: left for a list rule)
    items = ["A wire brush", "A bucket of lime", "Two days of dry weather"]
    blocks = [TEXT, "The wall", MORE, "What do you need for it?", *items, TEXT]
    blocks += ["The repair", LONG, "The cost", TEXT]
    assert "What do you need for it?" in heads_of(*blocks)


@pytest.mark.parametrize(
    ("question", "opener"),
    [
        ("Still leaking?", "If it is, try these in order:"),
        ("What do you need?", "You will need these things:"),
        ("Und jetzt?", "Drei Dinge helfen:"),
    ],
)
def test_a_question_over_a_line_opening_a_list_is_a_head(question, opener):
    items = ["1. Check the valves at the bottom.", "2. Feel the pipes.", "3. Call a plumber."]
    blocks = [TEXT, "The wall", MORE, "The repair", LONG, "The cost", TEXT]
    blocks += [question, opener, *items, MORE]
    assert heads_of(*blocks) == ["The wall", "The repair", "The cost", question]


def test_an_interview_s_questions_stay_paragraphs():
    blocks = [TEXT, "Did you ever think of leaving?", "I did, every winter. " + MORE]
    blocks += ["And now?", "I am too old to leave. " + LONG]
    assert heads_of(*blocks) == []


# A long question head whose section opens with a short line.


def test_a_long_question_head_over_a_short_line_then_a_paragraph_is_a_head():
    question = "Why did the repairs take so long, if everyone knew the wall was going to fail?"
    others = ["Who owns the wall, and who should have mended it?", "What will it cost?"]
    blocks = [TEXT, others[0], MORE, question, "Most of you asked this.", LONG]
    blocks += [others[1], LONG, "When will it be mended?", TEXT]
    heads = [others[0], question, others[1], "When will it be mended?"]
    assert heads_of(*blocks) == heads


def test_a_long_question_over_a_short_line_then_a_question_is_no_head():
    question = "Why did the repairs take so long, if everyone knew the wall was going to fail?"
    blocks = [TEXT, "Who owns the wall?", MORE, question, "Most of you asked this."]
    blocks += ["Did anyone?", LONG, "What will it cost?", LONG, "When will it be mended?", TEXT]
    assert question not in heads_of(*blocks)


# Formed heads by a share: numbered or capital heads, a closing box's head of no form.


@pytest.mark.parametrize(
    ("heads", "question", "reply"),
    [
        (["1. The wall", "2. The trust", "3. The grant", "Visit"], "Who paid for it?",
         "Everyone. " + LONG),
        (["1) Die Mauer", "2) Der Streit", "3) Die Kosten", "Anreise"], "Lohnt sich das?",
         "Meistens ja. " + LONG),
        (["MONDAY", "TUESDAY", "THE WEEKEND", "Warnings in force"], "Will it rain?",
         "On the coast, yes. " + LONG),
    ],
)  # fmt: skip
def test_a_question_inside_mostly_formed_heads_answered_at_once_is_text(heads, question, reply):
    first, second, *rest = heads
    blocks = [TEXT, first, MORE, question, reply, second, LONG]
    for head in rest:
        blocks += [head, MORE, TEXT]
    assert heads_of(*blocks) == heads


def test_a_question_answered_at_length_among_numbered_heads_stays_a_head():
    blocks = [TEXT, "1. The wall", MORE, "Who paid for it in the end?", LONG + " " + TEXT]
    blocks += ["2. The trust", MORE, "3. The grant", TEXT, "Visit", MORE]
    assert "Who paid for it in the end?" in heads_of(*blocks)


def test_numbered_heads_in_a_minority_make_no_form():
    heads = ["1. The wall", "The trust", "Money", "What it costs", "The next storm"]
    blocks = [TEXT, heads[0], MORE, heads[1], TEXT, "Who pays for the wall now?"]
    blocks += ["Not the council. " + LONG]
    for head in heads[2:]:
        blocks += [head, MORE, TEXT]
    assert "Who pays for the wall now?" in heads_of(*blocks)


# Questions before the heads: answered at once in the opening text.


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Is it worth the fare?", "Not yet. " + LONG),
        ("Lohnt sich die Reise?", "Meistens ja. Aber nicht immer."),
        ("Vaut-il le détour?", "Oui, une fois. " + LONG),
    ],
)
def test_a_question_answered_at_once_before_the_heads_is_text(question, reply):
    heads = ["The wall", "The trust", "What it costs"]
    blocks = [TEXT, question, reply]
    for head in heads:
        blocks += [head, MORE, TEXT]
    assert heads_of(*blocks) == heads


def test_a_faq_opening_with_question_heads_keeps_them():
    heads = ["Who owns the wall?", "Who pays?", "When will it be mended?", "The trust"]
    blocks = [TEXT]
    for head in heads:
        blocks += [head, "Nobody knows. " + MORE]
    assert heads_of(*blocks) == heads


def test_a_question_before_too_few_statement_heads_stays():
    blocks = [TEXT, "Is it worth the fare?", "Not yet. " + LONG, "The wall", MORE, TEXT]
    blocks += ["The trust", MORE]
    assert "Is it worth the fare?" in heads_of(*blocks)
