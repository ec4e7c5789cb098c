"""Heads judged against the whole document: full-sentence heads against the paragraphs that are
not candidates, a first line in capitals against the other heads, a question against the
statement heads around it and the paragraph that answers it."""

from __future__ import annotations

import pytest

from api.parser import parse
from tests.parser.exports import LONG, heads_of

# Paragraphs of a plain feature: a long one, and shorter ones as real articles mix them.
MEDIUM = "The first sixty homes were connected by the summer, at a hundred times the old speed."
BRIEF = "It took a year, and most of it by hand."
PICTURE = "A trench across a field\nA trench across a field near the village.Jon Ellery"


@pytest.mark.parametrize(
    "heads",
    [
        ["Forty people turned up. Most had shovels.", "The hard part came after the digging."],
        ["The village voted yes in the end.", "Other towns now ask how it was done."],
        ["Money was never the real problem here.", "Time was the thing they lacked."],
    ],
)
def test_sentence_heads_among_short_paragraphs_measured_without_the_candidates(heads):
    # half the lines are short: with the heads counted, the typical paragraph would be MEDIUM,
    # too short to set them off; without them it is LONG, three times a head and more
    blocks = [LONG, MEDIUM, heads[0], LONG, MEDIUM, LONG, MEDIUM, heads[1], LONG, MEDIUM]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "head",
    [
        "Other villages are now asking how they did it.",
        "The second winter was worse.",
        "A new engineer arrived in the spring.",
    ],
)
def test_a_sentence_head_may_follow_a_picture(head):
    blocks = [LONG, "The plan worked on paper.", LONG, LONG, MEDIUM, PICTURE, head, LONG, LONG]
    assert heads_of(*blocks) == ["The plan worked on paper.", head]


@pytest.mark.parametrize(
    "lines",
    [
        # a question answered on the spot is running text
        ["Does that make it right? It does not.", "Was it worth it? Nobody knows."],
        # a line ending in a demonstrative points back at what was just said
        ["Nobody has an answer to that.", "The council never explained this."],
        ["Most drivers already know that.", "Few of them will admit those."],
        # an elliptical sentence leaves its verb in the text before
        ["Somebody could. Somebody usually did.", "I suspect not. I would like to be wrong."],
        ["Most councils never will.", "The minister said she would."],
        ["Nobody in the village did.", "Nor, in the end, was the mayor."],
    ],
)
def test_one_line_paragraphs_that_answer_or_point_back_stay_paragraphs(lines):
    blocks = [LONG, MEDIUM, lines[0], LONG, MEDIUM, BRIEF, lines[1], LONG, LONG]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize("dateline", ["BERLIN", "NEW YORK", "ANALYSIS"])
def test_a_first_line_in_capitals_over_heads_in_another_case_is_no_head(dateline):
    blocks = [dateline, LONG, "How the test worked", LONG, LONG, "What comes next", LONG]
    assert heads_of(*blocks) == ["How the test worked", "What comes next"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("SPRING", ["SUMMER", "AUTUMN"]),  # the heads are all in capitals
        ("Spring", ["Summer", "Autumn"]),  # a plain first head among plain ones
        ("Spring", ["SUMMER", "AUTUMN"]),  # only capitals mark a dateline or kicker
    ],
)
def test_a_first_line_that_shares_the_heads_case_stays_a_head(first, later):
    blocks = [first, LONG, later[0], LONG, LONG, later[1], LONG]
    assert heads_of(*blocks) == [first, *later]


ANSWER = "Because it shows that the old rule of thumb was wrong, and by a wide margin."


@pytest.mark.parametrize("question", ["Why does it matter?", "Is that fair?", "What changed?"])
def test_the_one_question_among_statement_heads_answered_by_its_paragraph_is_running_text(
    question,
):
    blocks = [LONG, "How the test worked", LONG, question, ANSWER, "What comes next", LONG]
    assert heads_of(*blocks) == ["How the test worked", "What comes next"]


SAID = '"Every winter, without fail," she says. "And then the spring comes round again."'


@pytest.mark.parametrize(
    "question",
    ["Does she think about moving?", "Why did he stay on?", "Will she ever go back to the farm?"],
)
def test_the_one_question_among_statement_heads_about_he_or_she_is_running_text(question):
    blocks = [LONG, "Winter", LONG, MEDIUM, "Spring", LONG, question, SAID, "Summer", LONG]
    assert heads_of(*blocks) == ["Winter", "Spring", "Summer"]


@pytest.mark.parametrize(
    "blocks",
    [
        # the subject is the story's: 'it' and 'they' are no person named in the text before
        [LONG, "Winter", LONG, "Does it work?", LONG, "Summer", LONG],
        [LONG, "Winter", LONG, "How much do they cost?", LONG, "Summer", LONG],
        # questions about 'she' among other question heads, as in a debate's FAQ
        [LONG, "Who is ahead?", LONG, "Does she have a plan for that?", LONG,
         "Can they win the state?", LONG],
    ],
)  # fmt: skip
def test_questions_about_the_story_or_among_question_heads_stay_heads(blocks):
    questions = [block for block in blocks if block.endswith("?")]
    assert all(question in heads_of(*blocks) for question in questions)


@pytest.mark.parametrize(
    "blocks",
    [
        # a section that stands on its own: the review's last head
        [LONG, "Design and build", LONG, "The ride", LONG, "Should you buy it?", LONG],
        # two question heads keep each other company, whatever answers them
        [LONG, "How the test worked", LONG, "Why does it matter?", ANSWER, "Is it safe to swim?",
         LONG, "What comes next", LONG],
        # an answer that opens with 'Yes' is a FAQ's, a sentence of its own
        [LONG, "How the test worked", LONG, "Is it safe?", "Yes. " + LONG, "What comes next",
         LONG],
        # a question with one statement head only: the older rule keeps it (some other head)
        [LONG, "How the test worked", LONG, "Why does it matter?", ANSWER],
    ],
)  # fmt: skip
def test_question_heads_with_a_section_of_their_own_or_company_stay_heads(blocks):
    questions = [block for block in blocks if block.endswith("?")]
    assert all(question in heads_of(*blocks) for question in questions)


COLUMN = ["Is damp my problem or the landlord's?", "Can I cut back the hedge?",
          "Do I need a survey on a new-build?"]  # fmt: skip


@pytest.mark.parametrize(
    "stated",
    [
        "My landlord wants to keep my whole deposit for a stained carpet. Can he?",
        "Our neighbours have built a shed on our side of the fence. What can we do?",
        "I was sold a car with a faulty gearbox last month. Is the dealer liable?",
    ],
)
def test_a_statement_and_its_question_is_a_head_among_question_heads(stated):
    blocks = [LONG, stated, LONG, COLUMN[0], LONG, COLUMN[1], LONG, COLUMN[2], LONG]
    assert heads_of(*blocks) == [stated, *COLUMN]


@pytest.mark.parametrize(
    ("stated", "question"),
    [
        (["My lavender has gone woody at the base. Can I cut it back hard?",
          "The leaves on my camellia are turning yellow between the veins. Why?"],
         "When should I plant tulip bulbs?"),
        (["My employer has cut my hours without notice. Is that allowed?",
          "I left my job in March and still have no payslip. What should I do?",
          "My manager reads my work emails. Can she?"],
         "Do I get paid for a bank holiday?"),
        (["Our boiler broke the week we moved in. Who pays for the repair?",
          "The sellers left their old sofa in the garage. Must we keep it?"],
         "How long does a survey take?"),
    ],
)  # fmt: skip
def test_stated_questions_beside_one_question_head_make_a_column(stated, question):
    # letters of a readers' column, some a situation and its question, one a plain question:
    # three questions at least, each a section of its own
    heads = [*stated[:1], question, *stated[1:]]
    blocks = [LONG, "How the law stands", LONG, "Your letters"]  # the first right under a head
    for head in heads:
        blocks += [head, LONG]
    assert heads_of(*blocks) == ["How the law stands", "Your letters", *heads]


@pytest.mark.parametrize(
    "blocks",
    [
        # one stated question beside one question head: two questions, no column
        [LONG, "The council says it will mend the road this year. Will it?", LONG,
         "What comes next?", LONG],
        # two stated questions without a question head: rhetorical pairs in a feature
        [LONG, "The council says it will mend the road this year. Will it?", LONG,
         "The firm promised a refund in May. Did it pay?", LONG, "How the test worked", LONG],
        # beside one question head, but answered in the first person or by a short line
        [LONG, "My landlord wants to keep my whole deposit. Can he?", "No.", COLUMN[0], LONG,
         "The firm promised a refund in May. Did it pay?", "I asked them twice, and I still "
         "have no answer from them at all.", LONG],
    ],
)  # fmt: skip
def test_stated_questions_short_of_a_column_stay_running_text(blocks):
    stated = [block for block in blocks if ". " in block and block.endswith("?")]
    assert not set(stated) & set(heads_of(*blocks))


@pytest.mark.parametrize(
    "blocks",
    [
        # no question heads: a rhetorical pair in a column's running text
        [LONG, "The council says it will mend the road this year. Will it?", LONG, MEDIUM],
        [LONG, "How the test worked", LONG, "The firm promised a refund in May. Did it pay?",
         LONG, "What comes next", LONG],
        # among question heads, but answered in the first person or by a short line
        [LONG, "My landlord wants to keep my whole deposit. Can he?",
         "I asked him twice, and I still have no answer from him at all.", COLUMN[0], LONG,
         COLUMN[1], LONG],
        [LONG, "My landlord wants to keep my whole deposit. Can he?", "No.", COLUMN[0], LONG,
         COLUMN[1], LONG],
        # a question then its answer, or a short statement: no situation stated
        [LONG, "Is it legal? Not in this case.", LONG, COLUMN[0], LONG, COLUMN[1], LONG],
        [LONG, "It leaks. Why?", LONG, COLUMN[0], LONG, COLUMN[1], LONG],
    ],
)  # fmt: skip
def test_a_statement_and_its_question_elsewhere_is_running_text(blocks):
    stated = [block for block in blocks if ". " in block and block.endswith("?")]
    assert not set(stated) & set(heads_of(*blocks))


@pytest.mark.parametrize(
    ("labels", "items"),
    [
        # list items written in lower case, as in other languages' lists and in recipes
        (["Safe foods:", "Foods to avoid:"],
         [["any fish (sea or river)", "any poultry"], ["alcohol in any form", "sugar"]]),
        (["Список разрешенных продуктов:", "Список запрещенных продуктов:"],
         [["любая рыба (и морская и речная)", "любая птица"], ["алкоголь", "сахар в любом виде"]]),
        (["For the sauce:", "For the topping:"],
         [["two ripe tomatoes", "a pinch of salt"], ["grated cheese", "fresh basil leaves"]]),
    ],
)  # fmt: skip
def test_colon_labels_over_lowercase_list_lines_are_heads(labels, items):
    blocks = [LONG, labels[0], *items[0], labels[1], *items[1], LONG]
    assert heads_of(*blocks) == labels


@pytest.mark.parametrize(
    "blocks",
    [
        # one label is no pattern
        [LONG, "Safe foods:", "any fish (sea or river)", "any poultry", LONG],
        # a line with a verb starts a sentence, whatever the case of the items
        [LONG, "The winners were:", "bill tanner", "ann ellis", "Prizes went to:", "lily marsh",
         "ted cole", LONG],
        # items ending in a period are sentences, not list lines
        [LONG, "Safe foods:", "Any fish will do.", "Poultry too.", "Foods to avoid:",
         "Alcohol is out.", "So is sugar.", LONG],
    ],
)  # fmt: skip
def test_colon_lines_without_a_group_of_list_lines_are_no_heads(blocks):
    assert [head for head in heads_of(*blocks) if head.endswith(":")] == []


SENTENCE_HEADS = [
    "The plan worked.",
    "The town found him another oven.",
    "Not everything came back.",
]


@pytest.mark.parametrize(
    "pronoun_head",
    ["He would do one thing differently.", "She kept the keys.", "They never asked for them back."],
)
def test_a_pronoun_opened_sentence_joins_a_rhythm_of_three_sentence_heads(pronoun_head):
    blocks = []
    for head in [*SENTENCE_HEADS, pronoun_head]:
        blocks += [head, LONG, MEDIUM]
    assert heads_of(LONG, *blocks) == [*SENTENCE_HEADS, pronoun_head]


@pytest.mark.parametrize(
    "line", ["He would do one thing differently.", "She kept the keys.", "It never is."]
)
def test_a_pronoun_opened_sentence_stays_a_paragraph_without_that_rhythm(line):
    # two sentence heads only, or the line too close to a head, or 'it', which points back
    two = [LONG, SENTENCE_HEADS[0], LONG, MEDIUM, SENTENCE_HEADS[1], LONG, MEDIUM, line, LONG]
    assert heads_of(*two) == SENTENCE_HEADS[:2]
    near = [LONG]
    for head in SENTENCE_HEADS:
        near += [head, LONG, MEDIUM]
    near[-1:] = [line, LONG, MEDIUM]  # right after the third head's paragraph
    assert line not in heads_of(*near)


OTHER = (
    "Engineers said the work would take two summers, and the county has asked the state to "
    "pay for half of it from the fund set aside for storm repairs last year."
)


@pytest.mark.parametrize("closing", ["Timeline", "Watch the full interview", "The route in maps"])
def test_the_last_line_is_a_head_in_an_article_with_heads(closing):
    # the head of a section the export leaves out (a video, a timeline, a map)
    blocks = [LONG, "The first winter", OTHER, "The second winter", LONG, closing]
    assert heads_of(*blocks) == ["The first winter", "The second winter", closing]


@pytest.mark.parametrize(
    "closing",
    [
        "What comes next?",  # the writer's last word, a question
        "The last runners finished after 7 p.m.",  # a sentence ending in an abbreviation
        "Pamela Wilson",  # a signature, in capitals where the heads are not
        "Jane Roe Smith",
        "Nutrition per serving: 520 kcal, 24g fat",  # a field of figures, data
    ],
)
def test_a_closing_question_sentence_or_signature_is_no_head(closing):
    blocks = [LONG, "The first winter", OTHER, "The second winter", LONG, closing]
    assert heads_of(*blocks) == ["The first winter", "The second winter"]


def test_a_name_shaped_last_line_is_a_head_where_the_heads_are_in_title_case():
    blocks = [LONG, "The First Winter", OTHER, "The Second Winter", LONG, "Full Timeline"]
    assert heads_of(*blocks) == ["The First Winter", "The Second Winter", "Full Timeline"]


@pytest.mark.parametrize("closing", ["Timeline", "Watch the full interview"])
def test_the_last_line_is_no_head_in_an_article_without_other_heads(closing):
    assert heads_of(LONG, OTHER, LONG, closing) == []


def test_the_last_line_after_an_unpunctuated_line_is_a_list_item():
    blocks = [LONG, "The first winter", OTHER, "The second winter", LONG, "Bring these:"]
    assert heads_of(*blocks, "Wellington boots", "Sun cream") == [
        "The first winter",
        "The second winter",
    ]


@pytest.mark.parametrize(
    ("section", "subsection", "after"),
    [
        ("The background", "Why the bands are out of date", OTHER),
        ("The plan", "New bands from 2029", BRIEF),  # a short first paragraph
        ("Getting there", "By train", LONG),
    ],
)
def test_a_section_head_over_its_first_subsection_head(section, subsection, after):
    # one confident head only: the kin rule, which needs two, does not see the pair
    assert heads_of(LONG, section, subsection, after, OTHER) == [section, subsection]


@pytest.mark.parametrize(
    "blocks",
    [
        [LONG, "What you need", OTHER, "Ingredients", "Two eggs", "Plain flour", LONG],  # a list
        [LONG, "The start", OTHER, "The plan", '"Why now, of all times?"', LONG],  # speech
        [LONG, "The start", OTHER, "The plan", "Who decided?", BRIEF, LONG],  # a question
    ],
)
def test_a_list_speech_or_question_under_a_head_is_no_subsection_head(blocks):
    assert heads_of(*blocks) == [blocks[1], blocks[3]]


def test_lines_over_groups_of_figures_label_them_when_the_article_has_two():
    facts = ["Serves 4", "Prep 20 min", "Cook 45 min"]
    first = ["Ingredients", "1 large squash", "3 tbsp olive oil", "250g lentils"]
    second = ["For the dressing", "3 tbsp tahini", "1 lemon, juiced"]
    blocks = [LONG, *facts, *first, *second, "Method", LONG]
    assert heads_of(*blocks) == ["Ingredients", "For the dressing", "Method"]


def test_an_item_without_a_figure_closing_a_group_over_a_label_is_an_item():
    first = ["What you need", "1 large squash", "3 tbsp olive oil", "250g lentils"]
    second = ["For the dressing", "3 tbsp tahini", "1 lemon, juiced", "Salt and pepper"]
    blocks = [LONG, *first, *second, "Method", LONG]
    assert heads_of(*blocks) == ["What you need", "For the dressing"]


def test_a_lone_line_over_figures_in_a_list_is_an_item():
    blocks = [LONG, "You will need", "Two eggs", "Salt and pepper", "2 lemons", "3 limes", LONG]
    assert heads_of(*blocks) == ["You will need"]


def test_a_line_over_a_group_of_fields_labels_it():
    fields = ["Weight: 13.9kg", "Motor: rear hub, 250W", "Sizes: S, M, L, XL"]
    blocks = [LONG, "The bad", "Struggles on hills", "Expensive", "Specifications", *fields]
    assert heads_of(*blocks, LONG) == ["The bad", "Specifications"]


def test_a_run_of_figures_opens_with_a_row_not_a_head():
    rows = ["Serves 4", "Prep 20 min", "Cook 45 min"]
    assert heads_of(LONG, *rows, LONG, "The method", OTHER) == ["The method"]


def test_a_stacked_pair_opening_the_body_is_heads_when_the_article_stacks_heads_so():
    later = [LONG, "Housing", "Stamp duty", OTHER, "Motoring", "Fuel duty", LONG]
    assert heads_of("Income tax", "Thresholds stay frozen", OTHER, *later) == [
        "Income tax",
        "Thresholds stay frozen",
        "Housing",
        "Stamp duty",
        "Motoring",
        "Fuel duty",
    ]


def test_a_pair_opening_the_body_is_no_stack_where_no_heads_are_stacked():
    later = [LONG, "Housing", OTHER, "Motoring", LONG]
    assert heads_of("Analysis", "Why the markets fell", OTHER, *later) == ["Housing", "Motoring"]


def test_a_kicker_in_capitals_over_a_line_is_no_stacked_head():
    later = [LONG, "Housing", "Stamp duty", OTHER, "Motoring", "Fuel duty", LONG]
    heads = ["Housing", "Stamp duty", "Motoring", "Fuel duty"]
    assert heads_of("CULTURE", "By Ann Lee | Staff writer", OTHER, *later) == heads


HOUSE_HEADS = ["Before Dawn", "The Sound of the Metal", "Inside the Kitchen That Feeds a City"]


def test_a_long_sentence_case_line_among_headline_case_heads_is_a_pull_quote():
    quote = "We cook for children, and children are the hardest critics in the whole world"
    blocks = [LONG, HOUSE_HEADS[0], LONG, HOUSE_HEADS[1], LONG, quote, LONG, HOUSE_HEADS[2], LONG]
    assert heads_of(*blocks) == HOUSE_HEADS
    assert quote in parse("Headline\n\n" + "\n\n".join(blocks) + "\n").paragraphs


def test_a_long_head_in_headline_case_stays_among_headline_case_heads():
    long_head = "Why the Ferry to the Islands Runs Late Every Winter and What the Council Plans"
    blocks = [LONG, HOUSE_HEADS[0], LONG, HOUSE_HEADS[1], LONG, long_head, LONG]
    assert heads_of(*blocks, HOUSE_HEADS[2], LONG) == [*HOUSE_HEADS[:2], long_head, HOUSE_HEADS[2]]


def test_long_sentence_case_heads_stay_where_the_heads_are_in_sentence_case():
    heads = [
        "Before dawn",
        "The sound of the metal",
        "Why the ferry to the islands runs late every winter",
    ]
    blocks = [LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "heads",
    [
        [
            "The keepers were told to go, and most of them did.",
            "Their children left, as children do.",
        ],
        [
            "Everyone said the mill would close, and it did.",
            "The town asked for help, as towns will.",
        ],
    ],
)
def test_a_sentence_head_whose_verb_is_in_its_own_first_clause_is_no_ellipsis(heads):
    blocks = [LONG, MEDIUM, heads[0], LONG, MEDIUM, LONG, MEDIUM, heads[1], LONG, MEDIUM]
    assert heads_of(*blocks) == heads


FINDINGS = [
    '"Children are seen more quickly than at our last visit."',
    '"Too many social workers are still agency staff."',
    '"Leaders know their services well."',
]


def test_sentences_in_quotation_marks_over_sections_are_heads_beside_other_heads():
    blocks = [LONG]
    for finding in FINDINGS:
        blocks += [finding, LONG]
    blocks += ["What the council says", LONG]
    assert heads_of(*blocks) == [*FINDINGS, "What the council says"]


def test_two_quoted_sentences_on_lines_of_their_own_are_speech():
    blocks = [LONG, "How the test worked", LONG, FINDINGS[0], LONG, MEDIUM, FINDINGS[1], LONG]
    assert heads_of(*blocks) == ["How the test worked"]


def test_quoted_sentences_after_an_open_line_or_over_a_short_one_are_speech():
    blocks = [LONG, "She said:", FINDINGS[0], LONG, FINDINGS[1], BRIEF, FINDINGS[2], LONG]
    assert heads_of(*blocks) == []


SENTENCE_AND_QUOTED_HEADS = [
    "The plan was meant to be temporary.",
    '"We thought it would kill us"',
    "Not everyone agrees on the numbers.",
    '"It is quieter now"',
    "The decision comes in May.",
]


def test_sentence_heads_beside_quoted_heads_may_stand_a_paragraph_apart():
    blocks = [LONG]
    for head in SENTENCE_AND_QUOTED_HEADS:
        blocks += [head, LONG]
    assert heads_of(*blocks) == SENTENCE_AND_QUOTED_HEADS


def test_one_quoted_head_shows_no_pattern_for_sentence_heads_a_paragraph_apart():
    heads = [h for h in SENTENCE_AND_QUOTED_HEADS if h != '"It is quieter now"']
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG]
    assert heads_of(*blocks) == ['"We thought it would kill us"']


def test_sentence_lines_a_paragraph_apart_without_quoted_heads_stay_paragraphs():
    blocks = [LONG, MEDIUM, "The batteries changed everything.", LONG]
    blocks += ["The next problem is heat.", LONG, MEDIUM]
    assert heads_of(*blocks) == []
