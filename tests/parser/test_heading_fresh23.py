"""Heads read off the document (issue 15, fresh23's shapes, made-up texts): a statement head
right over a run's first numbered head ('Four ways it fails, and the fixes' / '1. The lid
sticks'), and the one question among statement heads answered by a reply ('Can you freeze
it?' / 'Yes. Wrap it well ...'), asked in the running text."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "Most people give up on it after one try, which is a shame, because the second attempt is "
    "almost always better than the first and the third is usually the one you remember."
)
TEXT_ONE = (
    "It happens more often than the manuals admit. Give it a minute, then try again with a "
    "little less force and a little more patience, and it usually comes right."
)
TEXT_TWO = (
    "The fix is cheap and takes ten minutes. You need a clean cloth, a drop of oil and somewhere "
    "flat to work, and you should not need to take anything apart."
)
TEXT_THREE = (
    "Leave it overnight and look again in the morning. If nothing has changed, it is time to "
    "call someone who does this for a living, and to ask for a quote first."
)

RUNS = [
    ("Three ways the seedlings fail, and how to save them",
     "1. The stems go thin and pale", "2. The leaves turn yellow", "3. Nothing comes up"),
    ("Four problems on a ride, and what to do",
     "1. The chain slips on hills", "2. Your hands go numb", "3. The brakes squeal"),
    ("Where the money goes, month by month",
     "1) Rent and the bills", "2) Food and the commute", "3) Everything else"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "first", "second", "third"), RUNS)
def test_a_statement_head_over_a_numbered_run_is_a_head(head, first, second, third):
    """A line with a comma right over the run's first numbered head heads the run: it closes
    nothing above it, as a sign-off does over a plain head."""
    blocks = ["The basics", INTRO, head, first, TEXT_ONE, second, TEXT_TWO, third, TEXT_THREE]
    assert heads_of(*blocks) == ["The basics", head, first, second, third]


def test_a_sign_off_over_a_plain_head_still_closes_the_text_above():
    """A letter's sign-off, a comma the head lacks, right over the next letter's head stays a
    paragraph: 'Ruth Penrose, Penzance' / 'A bypass will not save the high street'."""
    blocks = [
        "The bypass", TEXT_ONE, "Ruth Penrose, Penzance", "A ring road is no answer", TEXT_TWO,
        "Tom Hale, Truro", "The buses are the problem", TEXT_THREE,
    ]  # fmt: skip
    assert "Ruth Penrose, Penzance" not in heads_of(*blocks)


ASKED = [
    (("Before you start", "The dough", "Baking", "Serving"),
     "Can you freeze the loaves?",
     "Yes. Wrap them twice in foil and they keep for a month, though the crust softens."),
    (("The route", "Where to stay", "Getting there", "When to go"),
     "Is the walk too hard for children?",
     "Not for most. The climb to the ridge is short, and there is a path round the steep part."),
    (("The vote", "The count", "The reaction", "What happens next"),
     "Was the result expected?",
     "No, not by the agent, who had told the party to expect a recount before midnight."),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "question", "answer"), ASKED)
def test_the_one_question_answered_by_a_reply_is_running_text(heads, question, answer):
    """The one question among statement heads, between paragraphs, answered by a paragraph
    opening on a reply word, is asked in the running text, however long the answer."""
    first, second, third, fourth = heads
    blocks = [first, INTRO, second, TEXT_ONE, question, answer, third, TEXT_TWO, fourth, TEXT_THREE]
    assert heads_of(*blocks) == [first, second, third, fourth]


def test_the_one_question_in_capitals_answered_by_a_reply_stays_a_head():
    """A question in capitals among heads in capitals keeps the heads' style: a head."""
    blocks = [
        "BEFORE YOU START", INTRO, "THE DOUGH", TEXT_ONE, "CAN YOU FREEZE THE LOAVES?",
        "Yes. Wrap them twice in foil and they keep for a month, though the crust softens.",
        "BAKING", TEXT_TWO, "SERVING", TEXT_THREE,
    ]  # fmt: skip
    assert "CAN YOU FREEZE THE LOAVES?" in heads_of(*blocks)


def test_the_one_question_over_a_section_not_opening_on_a_reply_stays_a_head():
    """A question whose answer opens as a section's text does, on no reply word, and says more
    than one sentence, heads its section: 'Should you buy it?' / 'At £2,899 ...'."""
    answer = "At £2,899 it costs more than its rivals. If weight matters most, it is worth it."
    blocks = [
        "Design", INTRO, "Battery", TEXT_ONE, "Should you buy it?", answer, "Screen", TEXT_TWO,
        "Verdict", TEXT_THREE,
    ]  # fmt: skip
    assert "Should you buy it?" in heads_of(*blocks)


LIFE = [
    "He was born in a flat above his father's garage in Dundee and left school at fifteen to "
    "serve an apprenticeship with a firm that made cranes for the shipyards on the Clyde.",
    "By twenty he was drawing the cranes himself, in pencil, on the backs of old invoices.",
    "The firm closed in 1969 and he moved south with a suitcase of drawings and a letter of "
    "introduction to an engineer in Bristol whom he had never met.",
    "That engineer, a gruff man named Ewart, took him on for a month's trial and kept him for "
    "eleven years, most of them spent on bridges over rivers nobody outside the county knew.",
    "The drawings for the estuary crossing took him three winters, most of them in a caravan "
    "beside the mudflats, with a paraffin heater and a radio tuned to the shipping forecast.",
    "Traffic engineers said the road would never be busy enough, and the council left the "
    "bridge closed behind a fence while the arguments went on in committee rooms.",
    "When it opened, in 1983, the queue of cars stretched back four miles, and he was there at "
    "six in the morning to watch the first of them cross, with a flask of tea and no speech.",
    "He was appointed OBE in 1990 and spent his retirement restoring a steam launch on the "
    "Avon, which he refused to sell to anyone who would not promise to take her out in winter.",
    "He is survived by his wife, Margaret, their two daughters and five grandchildren.",
]
PAIRS = [
    "He finished the bridge in 1972. Nobody drove over it for a decade.",
    "She named the comet in 1986. The name stuck for forty years.",
    "They played one gig in 1999. It lasted eleven minutes.",
]


@pytest.mark.parametrize("pair", PAIRS)
def test_a_pronoun_pair_splitting_a_long_section_among_heads_is_a_head(pair):
    """A line of two short sentences opening on a pronoun, where three sentence-case heads set
    the rhythm, splitting a section twice the others' length, heads it."""
    blocks = [
        LIFE[0], "Early years", LIFE[1], LIFE[2], "The Bristol office", LIFE[3], LIFE[4],
        "The estuary crossing", LIFE[4], LIFE[5], pair, LIFE[6], LIFE[5], "Later life", LIFE[7],
        LIFE[8],
    ]  # fmt: skip
    assert pair in heads_of(*blocks)


@pytest.mark.parametrize("pair", PAIRS)
def test_a_pronoun_pair_right_under_a_head_stays_a_paragraph(pair):
    """The same line one paragraph under a head splits no section: the text's own line."""
    blocks = [
        LIFE[0], "Early years", LIFE[1], LIFE[2], "The Bristol office", LIFE[3], LIFE[4],
        "The estuary crossing", LIFE[4], pair, LIFE[6], "Later life", LIFE[7], LIFE[8],
    ]  # fmt: skip
    assert pair not in heads_of(*blocks)


EXPLAINER = [
    ("What is the new rule?", "From April, every landlord must register each property with the "
     "council and pay a fee, which the council says will pay for more inspectors."),
    ("Who has to register?", "Anyone who lets a home, including those who let a single room in "
     "the house they live in, although lodgers are covered by a cheaper scheme."),
    ("How much will it cost?", "The fee is £190 a property for five years, with a discount for "
     "landlords who sign up before the end of March and pay online."),
]  # fmt: skip
READERS = [
    ("Ask the expert", "We put your questions to Priya Okafor-Lund, a housing solicitor.",
     ("My landlord has not registered. Can I stop paying rent?",
      "No. Keep paying, but tell the council: it can fine the landlord and may order a refund."),
     ("I rent a room to my nephew. Do I need to register?",
      "Probably not, if he pays you nothing. Ask the council to confirm in writing."),
     ("Where do I report a landlord?",
      "Use the form on the council's website, or ring its housing line on a weekday.")),
    ("Your questions answered", "Our gardening writer, Tom Achterberg, answers readers.",
     ("My lawn has gone yellow in patches. Is it the dog?",
      "It may be. Water the patches well after each visit and the grass usually recovers."),
     ("Can I move a rose in summer?",
      "Wait until November, when it is dormant, and take as much root as you can."),
     ("Why have my tomatoes split?",
      "Uneven watering. Give them the same amount every day, ideally in the morning.")),
    ("Ask the vet", "Each week Dr Ines Marwick-Bello answers questions about pets.",
     ("My cat is 14 and sleeps all day. Should I worry?",
      "Not on its own. Old cats sleep a lot, but a change in thirst or weight needs a check."),
     ("Is chocolate really bad for dogs?",
      "Yes. Dark chocolate most of all: ring your vet if your dog eats any."),
     ("How often should a rabbit see a vet?",
      "Once a year for a check and its vaccines, and at once if it stops eating.")),
]  # fmt: skip


@pytest.mark.parametrize(("head", "intro", "first", "second", "third"), READERS)
def test_readers_questions_closing_the_text_under_their_head_are_paragraphs(
    head, intro, first, second, third
):
    """Questions each answered by one paragraph, three or more, the first under the page's
    last statement head and the last answer closing the text, are an expert's replies to
    readers, the section's text; the page's question heads above stay."""
    blocks = [INTRO]
    for question, answer in EXPLAINER:
        blocks += [question, answer]
    blocks += [head, intro, *first, *second, *third]
    assert heads_of(*blocks) == [q for q, _ in EXPLAINER] + [head]


def test_an_faq_whose_question_heads_close_the_text_keeps_them():
    """An FAQ's question heads under a statement head, after other question heads, closing
    the text, stay heads: no statement head opens their section."""
    blocks = [INTRO, "Everything you need to know", *EXPLAINER[0], *EXPLAINER[1], *EXPLAINER[2]]
    questions = [q for q, _ in EXPLAINER]
    for question, answer in READERS[1][2:]:
        blocks += [question, answer]
        questions.append(question)
    assert heads_of(*blocks) == ["Everything you need to know", *questions]


FOLLOW_UPS = [
    ("Who is most at risk?",
     "People over 75 and those with weak lungs are most likely to end up in hospital.",
     "Does that mean younger adults can skip the jab?",
     "No. They can still catch it and pass it on to someone who is frail."),
    ("Why are fares going up?",
     "The operator says its fuel bill has doubled and that the subsidy it gets has not.",
     "Is this the last rise this year?",
     "Not necessarily. The contract allows a second review in the autumn, after the audit."),
    ("How much of the waste is recycled?",
     "About 41% of household waste is recycled, and the county recycling rate has not moved.",
     "Will the recycling rate ever reach half?",
     "Only if food waste is collected separately, which the council has ruled out for now."),
]  # fmt: skip


@pytest.mark.parametrize(("head", "text", "question", "answer"), FOLLOW_UPS)
def test_a_follow_up_question_pointing_back_is_running_text(head, text, question, answer):
    """A yes-or-no question right after a question head's one paragraph, pointing back at it
    ('that', 'this' or two of its words), answered by a reply word before the next head, is
    the writer's follow-up in the text."""
    blocks = [INTRO, "What is changing?", TEXT_ONE, head, text, question, answer]
    blocks += ["What happens next?", TEXT_TWO, "Where can I find out more?", TEXT_THREE]
    want = ["What is changing?", head, "What happens next?", "Where can I find out more?"]
    assert heads_of(*blocks) == want


def test_an_faqs_next_question_asking_afresh_stays_a_head():
    """A yes-or-no question head after a question head's paragraph, pointing at nothing in it
    and answered by a reply word, is the FAQ's next head: 'Should I see a doctor?'."""
    blocks = [
        INTRO, "What is changing?", TEXT_ONE, "How long does it last?",
        "Usually two or three days, and most people get better without any treatment.",
        "Should I see a doctor?", "Only if you are very unwell or it lasts a week or more.",
        "What happens next?", TEXT_TWO, "Where can I find out more?", TEXT_THREE,
    ]  # fmt: skip
    assert "Should I see a doctor?" in heads_of(*blocks)
