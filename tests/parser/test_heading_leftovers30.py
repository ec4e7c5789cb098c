"""The stress leftovers of heads30 as general rules (issue 15), on made-up exports:

- a question spaced as the lead's (heading_answers.asked_as_in_the_lead): where the lead asks
  a question and answers it in the one line before the first head, a later question between a
  paragraph and one answering line that closes its section is asked in the text too;
- a head's rows (heading_groups.rows_under_heads): a head over three rows holding figures is
  a group's head, and the plain line over text after its rows, or after one longer line closing
  them, heads the next section;
- an offer's terms (heading_offers.formula_terms): on a page of priced heads, lines without a
  price closing an offer's text right over the next priced head, two or more opening on one
  word no head before the first offer opens on, are the terms' formula, not heads;
- a label over a quoted head (heading_pairs.labelled_quoted_heads): under a picture, a plain
  line right over a line wholly in quotation marks, over a paragraph, are a section's label
  and its head, not a list of two, where two heads or more stand elsewhere;
- a pair's closing head (heading_pairs.closes_the_pair): under the second of two paired box
  labels, a label-shaped line over a paragraph, one more than the first label's items, heads
  the next section;
- a box of entries after a box of fields (headings.heads_entries): the plain line after fields
  closing a section heads the entries under it, each a name and a label's colon.
"""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# (lead, lead question, its answer, three sections of a head and its text, the middle one with
# a question between its text and one answering line)
HABITS = [
    (
        "Since the spring, three new ferries sail from Oban to the islands, and we took all three "
        "with a car, a dog and two children who did not want to be there.",
        "Was it worth it?",
        "Mostly. But not always.",
        ["Oban to Mull: the quick one", "The long way to Barra", "Coll, the surprise"],
        "The crossing to Barra takes nearly five hours, and the café shuts after the first two, "
        "so bring your own lunch and something to read.",
        "Is the long crossing bearable?",
        "The lounge has sofas, and the children slept for two hours of it. The dog did not.",
    ),
    (
        "Each year the Kestrel Prize judges read two hundred debut novels in six weeks, and pick "
        "a longlist of twelve. Here are four of them.",
        "Is it the best prize for a first book?",
        "Not yet. It is only four years old.",
        ["1. The Salt Road", "2. Under Glass", "3. Marram"],
        "A family runs a greenhouse nursery through a hard winter, and the youngest daughter "
        "keeps a diary of every plant that dies.",
        "Does anyone actually finish it?",
        "About half of the readers in our survey did. Most of them cried at the end.",
    ),
    (
        "Our tester spent a month with four electric bikes on the hills around Sheffield, on "
        "the school run and the commute.",
        "Do you need one?",
        "Probably not. A good ordinary bike does most of it.",
        ["The Volta City", "Hill climber: the Ridge E2", "Cheap and cheerful"],
        "The motor in the Ridge is the strongest we tried, and it took the steepest street in "
        "the city without the rider breaking a sweat.",
        "What about the battery?",
        "Sixty miles, on the middle setting. It takes four hours to charge again.",
    ),
]
TEXT = (
    "It was cold, it was late and it was raining, and none of that seemed to matter once the "
    "doors opened and the first of them walked in."
)


def habit_export(case: tuple, answer_lines: int = 1) -> list[str]:
    """The blocks of a HABITS case, its question's section given `answer_lines` lines."""
    lead, lead_question, lead_answer, heads, section, question, answer = case
    return [
        lead, lead_question, lead_answer,
        heads[0], TEXT,
        heads[1], section, question, answer, *[TEXT] * (answer_lines - 1),
        heads[2], TEXT,
    ]  # fmt: skip


@pytest.mark.parametrize("case", HABITS)
def test_a_question_spaced_as_the_leads_is_asked_in_the_text(case):
    assert heads_of(*habit_export(case)) == case[3]


@pytest.mark.parametrize("case", HABITS)
def test_a_question_over_more_than_one_line_stays_a_head(case):
    assert heads_of(*habit_export(case, answer_lines=2)) == [
        case[3][0], case[3][1], case[5], case[3][2],
    ]  # fmt: skip


def test_a_question_without_the_leads_question_stays_a_head():
    lead, _, _, heads, section, question, answer = HABITS[0]
    blocks = [lead, heads[0], TEXT, heads[1], section, question, answer, heads[2], TEXT]
    assert heads_of(*blocks) == [heads[0], heads[1], question, heads[2]]


# (a head over rows holding figures, a longer line closing them, the next section's head, text)
ROWS = [
    (
        "You will need",
        ["2 eggs", "150g caster sugar", "100ml double cream", "1 lemon, zested"],
        "A whisk, a deep bowl and four small glasses or ramekins",
        "Method",
        "Whisk the eggs and sugar until pale, then fold in the cream and zest. Spoon into the "
        "glasses and chill for at least four hours.",
    ),
    (
        "Kit list",
        ["1 tent for two", "2 sleeping mats", "4 litres of water", "30m of rope"],
        "A stove, a pan and enough gas for three nights on the hill",
        "Setting off",
        "We left the car at the end of the track at dawn and were at the first loch by nine, "
        "with the cloud lifting off the tops as we went.",
    ),
    (
        "The figures",
        ["12 new classrooms", "340 more pupils", "2 science labs", "1 new library"],
        "A sports hall shared with the town's clubs after six in the evening",
        "What parents say",
        "Most of the parents we spoke to at the gate welcomed the plans, though several worried "
        "about the traffic on Station Road at the start of the day.",
    ),
]


@pytest.mark.parametrize("case", ROWS)
def test_the_plain_line_after_a_heads_rows_heads_the_next_section(case):
    head, rows, closing, after, text = case
    blocks = [TEXT, head, *rows, closing, after, text, "Sources", TEXT]
    assert heads_of(*blocks) == [head, after, "Sources"]


def test_a_heads_two_rows_make_no_group():
    head, rows, closing, after, text = ROWS[0]
    blocks = [TEXT, head, *rows[:2], closing, after, text, "Sources", TEXT]
    assert after not in heads_of(*blocks)


def test_a_datum_after_a_heads_rows_heads_nothing():
    head, rows, closing, _, text = ROWS[1]
    blocks = [TEXT, head, *rows, closing, "Total weight 14kg", text, "Sources", TEXT]
    assert heads_of(*blocks) == [head, "Sources"]


# (a section head, offers of a priced head and its text, a terms line after two of them, a
# second section head)
OFFERS = [
    (
        "Within an hour of Manchester",
        ["Chester for £89", "Llandudno for £120", "Whitby for £140", "Keswick for £155"],
        ["Stay by 30 April", "Stay Sunday to Thursday only"],
        "Worth the longer drive",
    ),
    (
        "City breaks in France",
        ["Lille for €79", "Lyon by TGV from €149", "Bordeaux for €165", "Nantes for €99"],
        ["Book by 14 February", "Book two nights at least"],
        "Further south",
    ),
    (
        "Spa days near Leeds",
        ["Harrogate for £65", "Ilkley for £79", "Ripon for £49", "York for £85"],
        ["Valid on weekdays", "Valid until the end of June"],
        "Overnight packages",
    ),
]
OFFER_TEXT = (
    "A room with a view of the water, breakfast for two and a late check-out, ten minutes' "
    "walk from the station."
)


def offers_export(case: tuple) -> list[str]:
    """The blocks of an OFFERS case: the terms close the first and the third offer."""
    section, offers, terms, second = case
    return [
        INTRO_OFFERS, section,
        offers[0], OFFER_TEXT, terms[0],
        offers[1], OFFER_TEXT,
        second,
        offers[2], OFFER_TEXT, terms[1],
        offers[3], OFFER_TEXT, CLOSING_OFFERS,
    ]  # fmt: skip


INTRO_OFFERS = "All prices are per person for two nights, booked a month ahead."
CLOSING_OFFERS = "Prices were checked last week and may change."


@pytest.mark.parametrize("case", OFFERS)
def test_an_offers_terms_in_one_formula_are_no_heads(case):
    section, offers, _, second = case
    assert heads_of(*offers_export(case)) == [section, offers[0], offers[1], second, *offers[2:]]


def test_lines_opening_as_a_section_head_does_stay_heads():
    offers = OFFERS[0][1]
    blocks = [
        INTRO_OFFERS, "Trips under an hour",
        offers[0], OFFER_TEXT, offers[1], OFFER_TEXT,
        "Trips of two hours or more",
        offers[2], OFFER_TEXT, "Trips abroad",
        offers[3], OFFER_TEXT, CLOSING_OFFERS,
    ]  # fmt: skip
    assert heads_of(*blocks) == [
        "Trips under an hour", offers[0], offers[1], "Trips of two hours or more", offers[2],
        "Trips abroad", offers[3],
    ]  # fmt: skip


PICTURE = "Allotments at dawn\nPlots beside the railway line.Photograph: Ana Vale"
# (a label, a quoted head under it, its text, two more sections' heads)
LABELS = [
    (
        "Letter of the week",
        "'The council forgot the allotments'",
        ["Keep the hedges", "A word for the wasps"],
    ),
    (
        "Star letter",
        "“My bus now runs twice a day, if it comes at all”",
        ["Libraries are not a luxury", "Count the cyclists"],
    ),
    (
        "Reader of the month",
        '"I learned to swim at 71"',
        ["The pool needs a ramp", "Thank you, lifeguards"],
    ),
]


@pytest.mark.parametrize("case", LABELS)
def test_a_label_over_a_quoted_head_under_a_picture_are_heads(case):
    label, quoted, others = case
    blocks = [PICTURE, label, quoted, TEXT, TEXT, others[0], TEXT, others[1], TEXT]
    assert heads_of(*blocks) == [label, quoted, *others]


def test_a_label_over_a_plain_line_under_a_picture_stays_a_list():
    label, _, others = LABELS[0]
    blocks = [PICTURE, label, "The council forgot the allotments", TEXT, others[0], TEXT]
    blocks += [others[1], TEXT]
    assert label not in heads_of(*blocks)


def test_a_label_over_a_quoted_line_without_other_heads_is_no_head():
    label, quoted, _ = LABELS[1]
    assert heads_of(PICTURE, label, quoted, TEXT, TEXT) == []


REVIEW_PICTURE = "A product on a desk\nThe model we tested.Photograph: Kit Lowe"
VERDICT = (
    "It is the best one at this price, and the only one we would buy with our own money. If "
    "the drawbacks bother you, the rival is better, but it costs more and does less."
)
# (two parallel labels, each over three items, then the next section's head)
PAIRS = [
    [
        "Pros", "Light enough to carry all day", "Quiet motor", "Cheap spare parts",
        "Cons", "Small basket", "Slow to charge", "No app", "Final thoughts",
    ],
    [
        "Likes", "Bright, even light", "Folds flat", "Runs on mains or battery",
        "Dislikes", "Loud fan", "Short cable", "Pricey bulbs", "Our view",
    ],
    [
        "For", "Room for five adults", "Big boot", "Cheap to insure",
        "Against", "Thirsty on the motorway", "Noisy at speed", "Dull to drive", "Bottom line",
    ],
]  # fmt: skip


@pytest.mark.parametrize("pair", PAIRS)
def test_the_line_closing_parallel_groups_heads_the_next_section(pair):
    assert heads_of(TEXT, REVIEW_PICTURE, *pair, VERDICT, TEXT) == [pair[0], pair[4], pair[8]]


def test_a_longer_second_group_keeps_its_last_line():
    pair = [*PAIRS[0][:6], "Slow to charge", "Heavy frame", "Heavy"]
    assert heads_of(TEXT, REVIEW_PICTURE, *pair, VERDICT, TEXT) == ["Pros", "Cons"]


# (two fields closing a section, the plain line after them, two entries under it)
BOXES = [
    [
        "Buy it if: you ride every day", "Skip it if: you live up a hill", "Also worth a look",
        "Brompton Electric, £2,900: lighter, but slower",
        "Ampler Axel, £2,500: the best battery we tested",
    ],
    [
        "Buy them if: you fly often", "Skip them if: you run", "Other options",
        "Sono Quiet, £249: quieter on planes, heavier", "Pim Buds 2, £49: cheap, with no app",
    ],
    [
        "Book it if: you love the sea", "Skip it if: you want nightlife", "Nearby alternatives",
        "The Gull Inn, £95: simpler rooms, a better pub",
        "Harbour House, £180: the best views in town",
    ],
]  # fmt: skip


@pytest.mark.parametrize("box", BOXES)
def test_the_line_after_a_closing_box_heads_the_entries_under_it(box):
    blocks = ["The design", TEXT, "The verdict", VERDICT, *box, TEXT]
    assert heads_of(TEXT, *blocks) == ["The design", "The verdict", box[2]]


def test_the_line_after_a_closing_box_over_fields_stays_one():
    box = [*BOXES[0][:3], "Weight: 18kg", "Range: 40 miles"]
    blocks = ["The design", TEXT, "The verdict", VERDICT, *box, TEXT]
    assert heads_of(TEXT, *blocks) == ["The design", "The verdict", box[2]]
