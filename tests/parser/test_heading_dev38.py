"""heads38's rules, on made-up exports: a table's header row of plain column words, a FAQ under
a statement head, and the dev pages' remaining classes of head misses."""

from __future__ import annotations

import pytest

from tests.parser.exports import TABLE_TEXT, head_over_rows, heads_of, table_sections

MORE = (
    "Nobody expected it to run so close, and the organisers say they will look again at how "
    "the count is done before the next one, which falls in the spring of the year after next."
)

# (section heads, header row of plain column words, two rows of figures)
PLAIN_TABLES = [
    (
        ["North ward", "Harbour ward", "Castle ward"],
        "Candidate Party Votes",
        [
            "Ada Moss Green 4,210 votes, up from 3,100 four years ago in the same ward.",
            "Tom Reyes Labour 3,980 votes, down from 4,400 last time in the same ward.",
        ],
    ),
    (
        ["The forwards", "The backs", "The bench"],
        "Name Age Club",
        [
            "Joe Hart 27 Riverside, capped 14 times since his debut against the Lions in 2021.",
            "Ian Wood 31 Harbour Town, back from a knee injury that kept him out for 9 months.",
        ],
    ),
    (
        ["Morning lots", "Afternoon lots", "Evening lots"],
        "Lot Item Estimate Price",
        [
            "12 Oak dresser 400 to 600, sold 720 to a dealer from the coast after a long duel.",
            "31 Brass clock 150 to 200, sold 95 after the bidding stalled at the back of the hall.",
        ],
    ),
    (
        ["Junior race", "Senior race", "Veterans race"],
        "Runner Country Time",
        [
            "Mia Chen Canada 2:31:04, a personal best by four minutes on a windy morning.",
            "Lena Vogel Austria 2:33:40, her first finish since the stress fracture of 2023.",
        ],
    ),
]


@pytest.mark.parametrize(("heads", "header", "rows"), PLAIN_TABLES)
def test_a_header_row_of_plain_column_words_is_no_head(heads, header, rows):
    assert heads_of(*table_sections(heads, header, rows, MORE)) == heads


@pytest.mark.parametrize(
    "label", ["Results by ward", "Key figures", "Local Election Results", "How the Vote Went"]
)
def test_a_head_over_rows_of_figures_stays_a_head(label):
    """A head over the rows, no header row between, names them: it stays a head."""
    heads, _, rows = PLAIN_TABLES[0]
    assert heads_of(*head_over_rows(label, rows, heads, MORE)) == [label, *heads]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Candidate Party Votes", True),
        ("Name Age Club", True),
        ("Player Position Goals Assists", True),
        ("Team Played Points", True),
        ("Results by ward", False),
        ("Local Election Results", False),
        ("Key Figures", False),
        ("Name That Tune", False),
        ("Club Night Returns", False),
    ],
)
def test_column_labels_of_plain_words(text, labels):
    from api.parser.headings import is_column_labels

    assert is_column_labels(text) is labels


# A FAQ under a statement head: (statement head, its text, three turns, the next head)
FAQS = [
    (
        "What we know so far",
        "The council confirmed on Tuesday that the new parking zone will cover twelve streets "
        "around the station, and that permits will be sold online from next month.",
        [
            ("Who is affected?", "Residents of the twelve streets and anyone who parks there."),
            ("When does it start?", "On 1 March, after a month in which no fines are issued."),
            ("How much will a permit cost?", "A year's permit costs 60, or 30 for a second car."),
        ],
        "What happens next",
    ),
    (
        "The changes at a glance",
        "From the autumn term, pupils at the county's secondary schools will have to hand in "
        "their phones at the gate, under a policy the governors adopted last week.",
        [
            ("Which schools does it cover?", "All eleven of the county's secondary schools."),
            ("Can parents opt out?", "No. The policy applies to every pupil, whatever the year."),
            ("Will phones be kept safe?", "They go into locked pouches that staff open at 3pm."),
        ],
        "Reaction from parents",
    ),
    (
        "Key points",
        "The water company says the hosepipe ban it announced this morning will stay in place "
        "until the reservoirs are back above two thirds of their capacity.",
        [
            ("Where does the ban apply?", "In every town the company supplies north of the river."),
            ("What is still allowed?", "Watering cans, and hoses for washing a car at a garage."),
            ("Is there a fine?", "Yes. It can reach 1,000, though nobody has yet been fined."),
        ],
        "How we got here",
    ),
]


@pytest.mark.parametrize(("statement", "text", "turns", "after"), FAQS)
def test_a_faqs_questions_under_a_statement_head_stay_heads(statement, text, turns, after):
    """Questions asked in full and answered in the third person are a FAQ's heads, even with
    a statement head over the first; an interview's run asks a fragment or is answered by 'I'."""
    blocks = [TABLE_TEXT, "Background", MORE, statement, text]
    blocks += [*[line for turn in turns for line in turn], after, MORE]
    blocks += ["The view from here", TABLE_TEXT]
    heads = [statement, *[q for q, _ in turns], after]
    assert heads_of(*blocks) == ["Background", *heads, "The view from here"]


def test_an_interviews_run_answered_in_the_first_person_stays_turns():
    """The same shape, answered by a speaker in the first person: an interview's turns."""
    turns = [
        ("How did you start?", "I borrowed a van from my uncle and drove it to the market."),
        ("What sells best?", "The sourdough. I make forty loaves and they go by ten."),
        ("Would you do it again?", "Every time, though I would get up an hour later."),
    ]
    blocks = [TABLE_TEXT, "Background", MORE, "Three questions for a baker", MORE]
    blocks += [*[line for turn in turns for line in turn], "What happens next", TABLE_TEXT]
    blocks += ["The view from here", MORE]
    heads = heads_of(*blocks)
    assert not {q for q, _ in turns} & set(heads)


LEAD = (
    "From Friday, thirty sculptures will stand along the river path for the third year in a "
    "row. For this year's trail, artists, designers and architects from twelve countries were "
    "asked to work with found materials, from driftwood to old bicycle frames. Every piece "
    "will be lit at dusk for the six weeks of the trail. There is one route along the water, "
    "which can be walked, cycled or taken by boat, and for the first time visitors can vote "
    "for the work they like best. The prize goes to the winner on the last weekend, and the "
    "trail stays open every evening until the middle of January, weather allowing."
)
SELECTION = "A selection of the works on show:"
WORK = (
    "Ana Reyes (Chile) found inspiration for her work in the tide tables of the estuary. She "
    "built it from driftwood and old rope over a summer, and it is lit from below at night."
)


@pytest.mark.parametrize(
    "line",
    [
        "Main picture: the new stand seen from the car park at the north end of the ground",
        "Pictured: volunteers planting the first of 400 oaks on the hill above the village",
        "Top image: a drone's view of the flooded lower town at first light on Sunday",
        "Photograph: the last tram leaving the depot on the night the line closed in 1961",
    ],
)
def test_a_pictures_caption_left_in_the_text_is_no_head(line):
    """A line opening on a picture's label describes the picture: a caption, no head."""
    assert heads_of(LEAD, line, SELECTION, WORK) == []


def test_a_head_opening_on_a_picture_word_stays_a_head():
    """A head whose first word is a picture's, with no label's colon after it, stays."""
    head = "Picture perfect on the river path"
    assert heads_of(LEAD, head, WORK, "Pictures of the week", WORK) == [
        head,
        "Pictures of the week",
    ]


BLOG_ONE = (
    "Most families argue about chores for years before anyone writes anything down, and by "
    "then the arguments have worn a groove that nobody can quite climb out of."
)
BLOG_TWO = (
    "A rota on the fridge sounds like a small thing, but it changes who remembers what, and "
    "that is most of the work: the remembering, not the doing."
)
BLOG_THREE = (
    "Start with the jobs nobody likes, share those first, and let everyone pick one job they "
    "would happily do every week without being asked."
)
# (a teaser asked for the next sentence to answer, its answer)
TEASERS = [
    ("The big benefit of a written rota for the whole family?", "It ends the arguments."),
    ("The upshot?", "Nobody has to be the one who remembers any more."),
    ("My advice?", "Put the rota where the biscuits are kept."),
    ("Our verdict after a month of trying it at home?", "We are never going back."),
]


@pytest.mark.parametrize(("teaser", "answer"), TEASERS)
def test_a_teaser_answered_by_the_next_line_is_no_head(teaser, answer):
    """A noun phrase asked as a question and answered by the line under it, on a page of
    more statement heads than questions: running text, though question heads stand around."""
    blocks = [BLOG_ONE, "Why do chores cause rows?", BLOG_TWO, BLOG_ONE, teaser, answer]
    blocks += [BLOG_THREE, "How do you share them out?", BLOG_THREE, BLOG_TWO]
    blocks += ["What to do when it slips", BLOG_TWO, "A word on pocket money", BLOG_THREE]
    blocks += ["Where the idea came from", BLOG_ONE, "The last word", BLOG_TWO]
    heads = heads_of(*blocks)
    assert teaser not in heads
    assert {"Why do chores cause rows?", "How do you share them out?"} <= set(heads)


@pytest.mark.parametrize(
    "question", ["A better way to split the chores?", "Is a rota worth the trouble?"]
)
def test_a_question_head_over_its_section_stays_a_head(question):
    """An indefinite noun phrase doubts, and a question asked in full asks: heads both."""
    blocks = [BLOG_ONE, "Why chores cause rows", BLOG_TWO, question, BLOG_THREE, BLOG_ONE]
    blocks += ["How to share them out", BLOG_THREE, "What to do when it slips", BLOG_TWO]
    assert question in heads_of(*blocks)


LONG_ANSWERS = [
    (
        "Have you had one of these weeks?",
        "Any time you run a house with three teenagers in it, you are going to have weeks when "
        "the bins stay full and the washing sits in the machine until it smells of the sea.",
    ),
    (
        "Does the weekly shop still make sense?",
        "For a family that eats at home most nights and has a car, a single weekly shop at the "
        "big store on the ring road still works out cheaper than buying a little every day.",
    ),
    (
        "Who actually cleans the bathroom?",
        "In most of the households we spoke to for this piece, the answer was whoever noticed "
        "first, which in practice meant the same person every single week of the year.",
    ),
]


@pytest.mark.parametrize(("question", "answer"), LONG_ANSWERS)
def test_a_question_whose_one_sentence_runs_on_is_a_head(question, answer):
    """A question among statement heads over one long sentence and more text is a head: a
    running-text question's one-sentence answer is a quip ('Nobody knows.')."""
    blocks = [BLOG_ONE, "Why chores cause rows", BLOG_TWO, question, answer, BLOG_THREE]
    blocks += ["How to share them out", BLOG_THREE, "What to do when it slips", BLOG_TWO]
    blocks += ["The last word", BLOG_ONE]
    assert question in heads_of(*blocks)


def test_a_question_answered_by_a_quip_stays_running_text():
    """The same question answered by a short sentence is the writer's own."""
    blocks = [BLOG_ONE, "Why chores cause rows", BLOG_TWO, "Who cleans the bathroom?"]
    blocks += ["Nobody, as far as we can tell.", BLOG_THREE, "How to share them out", BLOG_THREE]
    blocks += ["What to do when it slips", BLOG_TWO, "The last word", BLOG_ONE]
    assert "Who cleans the bathroom?" not in heads_of(*blocks)
