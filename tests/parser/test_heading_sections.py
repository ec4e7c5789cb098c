"""Lines within a head's section that the line-by-line rule reads wrongly, judged by the
section's rhythm: a price line closing what a plain head names, a plain head after a review's
rating box, an interview's first question under a topic head."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "A two-bedroom cottage at the top of a lane so steep that the van stops at the bottom, "
    "with a kitchen refitted last year and a window seat over the bay."
)
MORE = "The garden is small but faces south, and the train station is ten minutes on foot."
ANSWER = "I was tired of it. I knew every road in that valley, and then you stop looking."


@pytest.mark.parametrize(
    "prices",
    [
        ["Guide price £385,000", "Offers over £320,000"],
        ["Asking price £210,000", "Offers in excess of £450,000"],
        ["Rent £1,150 a month", "Rent £980 a month"],
        ["Tickets €45", "Tickets €30 on the door"],
    ],
)
def test_price_lines_in_the_sections_of_plain_heads_are_data(prices):
    blocks = [MORE, "Mill Cottage, Brill", TEXT, prices[0], MORE, "The Old Forge, Tring", TEXT]
    blocks += [prices[1], MORE, "Chapel House, Wing", TEXT, MORE]
    assert heads_of(*blocks) == [
        "Mill Cottage, Brill",
        "The Old Forge, Tring",
        "Chapel House, Wing",
    ]


@pytest.mark.parametrize(
    "blocks",
    [
        # heads that price offers themselves: the priced lines are heads of their kind
        [MORE, "Lisbon for £149", TEXT, "Seville from £210", TEXT, "Porto for £99", TEXT],
        # bands head what they band, beside plain heads
        [MORE, "Best overall", TEXT, "Under £50", TEXT, "Best for children", TEXT, MORE],
        # a priced head opening the page, before any plain head, heads its own section
        [MORE, "Our pick: rooms from £89", TEXT, "Where to eat", TEXT, "Getting there", TEXT],
    ],
)
def test_priced_heads_of_offers_bands_or_their_own_sections_stay_heads(blocks):
    heads = [b for b in blocks if b not in (TEXT, MORE)]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "head",
    ["Day five", "The verdict", "What else we saw"],
)
def test_a_plain_line_under_a_rating_and_its_details_heads_the_next_section(head):
    blocks = ["Day one", TEXT, "Day three", TEXT, "★★★★★", "Filmhouse, until Sunday"]
    blocks += [head, TEXT, "Day seven", TEXT]
    assert heads_of(*blocks) == ["Day one", "Day three", head, "Day seven"]


@pytest.mark.parametrize(
    "details",
    ["From Friday, 9pm", "Netflix, all episodes", "Running time 98 minutes"],
)
def test_a_second_line_of_details_under_a_rating_is_no_head(details):
    blocks = ["The Salt Road", "★★★★☆", "Channel 4", details, TEXT, "Southpaw Mile", TEXT]
    assert details not in heads_of(*blocks)


@pytest.mark.parametrize(
    "line",
    ["Booking essential", "Free entry", "Closed on Mondays"],
)
@pytest.mark.parametrize(
    "under",
    [
        ["@@ A room of paintings\nThe second room.Photo: Ada Reyes", TEXT, "The verdict", TEXT],
        ["@@ A stage set\nThe set at the dress rehearsal.", MORE],
    ],
)
def test_a_plain_line_under_a_rating_and_its_details_over_a_picture_ends_the_box(line, under):
    # a section opens with text: the box's last line has a picture under it, not its text
    blocks = ["★★★★☆", "Harbour Gallery, until 12 April", line, *under]
    assert line not in heads_of(*blocks)


@pytest.mark.parametrize(
    "question",
    ["Why leave now, after fourteen books?", "What made you stop?", "Where does a book start?"],
)
def test_an_interviews_first_question_under_a_topic_head_is_a_turn(question):
    blocks = [MORE, "On leaving the valley", question, ANSWER, "Was that frightening?", ANSWER]
    blocks += ["On maps", "You draw a map first. Do you still?", ANSWER, "On memory"]
    blocks += ["Your mother is in the novels. Does she know?", ANSWER]
    assert heads_of(*blocks) == ["On leaving the valley", "On maps", "On memory"]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # question heads of an explainer under a section head stay heads
        (["The basics", "What is a virus?", TEXT, "How does it spread?", TEXT, "Is it new?"]
         + [TEXT, "Why do we care? Who knows?", MORE],
         ["The basics", "What is a virus?", "How does it spread?", "Is it new?"]),
        # one question in the text is too few turns to make an interview
        ([MORE, "On leaving the valley", "Why leave now, after fourteen books?", ANSWER]
         + ["Was that frightening?", ANSWER, "On maps", TEXT, "On memory", TEXT],
         ["On leaving the valley", "Why leave now, after fourteen books?", "On maps",
          "On memory"]),
        ([MORE, "The new rules", "Who has to pay the charge?", TEXT, "The timetable", TEXT]
         + ["The council will review it. Is that enough?", MORE, "The cost", TEXT],
         ["The new rules", "Who has to pay the charge?", "The timetable", "The cost"]),
    ],
)  # fmt: skip
def test_question_heads_without_an_interviews_turns_stay_heads(blocks, heads):
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "groups",
    [
        [("Abbey", ["Sara Quinn (Lib Dem) 1,412", "Tom Birch (Con) 988"]),
         ("Mill Green", ["Peter Adey (Lab) 1,105", "Jo Farrant (Lib Dem) 1,099"])],
        [("North Stand", ["Block A 1,200 seats", "Block B 980 seats"]),
         ("South Stand", ["Block C 1,450 seats", "Block D 1,010 seats", "Block E 600 seats"])],
        [("Men", ["1 Ana Ruiz 2:31:04", "2 Ola Berg 2:32:10"]),
         ("Women", ["1 Ines Varga 2:44:51", "2 Ann Lee 2:45:02"])],
    ],
)  # fmt: skip
def test_names_over_rows_of_figures_head_their_groups(groups):
    blocks = [TEXT, "Results by ward"]
    for name, rows in groups:
        blocks += [name, *rows, "Held on a recount"]
    blocks += ["What it means", TEXT, MORE]
    names = [name for name, _ in groups]
    assert heads_of(*blocks) == ["Results by ward", *names, "What it means"]


@pytest.mark.parametrize(
    "data",
    [
        ["Feeds six, or four with seconds", "Takes about an hour"],
        ["Serves 4", "Ready in 40 minutes"],
        ["Makes 12 buns"],
    ],
)
def test_a_recipes_data_over_its_ingredients_is_no_head_and_the_method_is(data):
    blocks = [TEXT, *data, "Ingredients", "3 leeks, sliced", "500g floury potatoes"]
    blocks += ["200ml double cream", "Method", "Heat the oven to 200C. Melt the butter.", MORE]
    blocks += ["To drink", "A cold glass of dry cider, or a Muscadet."]
    assert heads_of(*blocks) == ["Ingredients", "Method", "To drink"]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # a table's header row under its head is the table's, not a group's name
        ([TEXT, "Defensive line", "Pos Player Snaps", "DE J. Doe 41", "DT A. Roe 38", MORE],
         ["Defensive line"]),
        # a field closing a box of figures heads nothing
        ([TEXT, "Specifications", "Weight: 13.9kg", "Motor: 250W, 40Nm", "Sizes: S, M, L", MORE],
         ["Specifications"]),
        # a line in sentence case over figures is no group's name
        ([TEXT, "You will need:", "Takes about an hour", "3 leeks", "500g potatoes", MORE], []),
    ],
)  # fmt: skip
def test_header_rows_fields_and_sentences_over_figures_name_no_group(blocks, heads):
    assert heads_of(*blocks) == heads


OFFERS = ["Lisbon for £149", "Seville in the sun from £210", "Bath spa weekend, £180 a head"]


@pytest.mark.parametrize(
    "terms",
    ["Book by 20 December", "Departures on 14 and 21 January", "Valid for 3 nights only"],
)
def test_an_offers_terms_over_the_next_offer_close_it(terms):
    blocks = [MORE, "Lapland cabin, four nights from £699", TEXT, terms]
    for offer in OFFERS:
        blocks += [offer, TEXT]
    assert heads_of(*blocks) == ["Lapland cabin, four nights from £699", *OFFERS]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # a section's head holds no figure: it heads the offers under it
        ([MORE, OFFERS[0], TEXT, "Short breaks", OFFERS[1], TEXT, OFFERS[2], TEXT],
         [OFFERS[0], "Short breaks", OFFERS[1], OFFERS[2]]),
        # before the first offer, a line with a figure heads the page's offers
        ([MORE, "Top 3 deals this week", OFFERS[0], TEXT, OFFERS[1], TEXT, OFFERS[2], TEXT],
         ["Top 3 deals this week", *OFFERS]),
    ],
)  # fmt: skip
def test_section_heads_among_offers_stay_heads(blocks, heads):
    assert heads_of(*blocks) == heads


QUIZ_INTRO = "Score one point for each, and a bonus if you get the last one without looking."


@pytest.mark.parametrize(
    "questions",
    [
        ["1. Which river flows through Ludlow?", "2. Who wrote Middlemarch?",
         "3. How many sides has a hexagon?", "4. What is the capital of Peru?",
         "5. Which bird lays the largest egg?"],
        ["1) Who painted The Hay Wain?", "2) Which city hosts the Proms?",
         "3) What is a baby hare called?", "4) Which sea lies east of Italy?"],
        ["1. Which river flows through Ludlow?", "2. Who wrote Middlemarch?",
         "3. How many sides has a hexagon?"],
    ],
)  # fmt: skip
def test_numbered_lines_one_under_the_other_are_a_lists_items(questions):
    blocks = [QUIZ_INTRO, "Questions", *questions, "Answers", "1. The Teme", "2. George Eliot"]
    blocks += ["How did you do? Send your score to the desk and the best will be printed.", MORE]
    assert heads_of(*blocks) == ["Questions", "Answers"]


@pytest.mark.parametrize(
    "heads",
    [
        ["1. Define your target", "2. Lend a hand", "3. Keep a diary"],
        ["1. Which river floods first?", "2. Who pays for the repairs?", "4. What comes next?"],
    ],
)
def test_numbered_heads_each_over_their_text_stay_heads(heads):
    blocks = [MORE]
    for head in heads:
        blocks += [head, TEXT]
    assert heads_of(*blocks) == heads


LETTERS = [
    ("Pensions", "I am 58 and have two old workplace pensions. Should I combine them?"),
    ("Savings", "My fixed-rate bond ends in May and the bank has written twice. What now?"),
    ("Tax", "I rent a room to a student for half the year. Do I pay tax on it?"),
    ("Energy", "Our supplier raised the direct debit without a new meter reading. Can it?"),
]
REPLY = (
    "Usually not, and the rules on this changed last spring, so it is worth checking what "
    "your provider told you and when. A letter counts as notice even if it went unread."
)


@pytest.mark.parametrize("topics", [LETTERS[:3], LETTERS[1:], LETTERS[:2]])
def test_stated_questions_right_under_every_topic_head_are_heads(topics):
    blocks = [MORE]
    for topic, letter in topics:
        blocks += [topic, letter, REPLY, MORE]
    assert heads_of(*blocks) == [line for pair in topics for line in pair]


@pytest.mark.parametrize(
    "blocks",
    [
        # one topic's stated question, under one head among others heading plain sections
        [MORE, "Pensions", LETTERS[0][1], REPLY, "Savings", REPLY, "Tax", REPLY],
        # a single topic and its letter: no column's pattern
        [MORE, "Pensions", LETTERS[0][1], REPLY, MORE],
    ],
)
def test_stated_questions_under_some_heads_only_stay_running_text(blocks):
    assert LETTERS[0][1] not in heads_of(*blocks)


INTRO = "Three ferry routes change their timetables this week for the winter, and two close."
AFTER = "Check the operator's page before you travel; the winter timetables run until March."


@pytest.mark.parametrize(
    "rows",
    [
        # a long row, and rows without a figure, under the names after the first group
        [["Sailings every 90 minutes from 7am", "Last sailing back at 8.30pm"],
         ["No sailings between Oban and Craignure on Monday or Tuesday before noon", "Cafe 9am"],
         ["Sailings as normal all week", "Cabins closed for repairs"]],
        [["Trains every 30 minutes", "Last train 11pm"], ["Trains every hour", "Last train 10pm"],
         ["No service on Sunday", "Buses replace trains"]],
    ],
)  # fmt: skip
def test_names_over_as_many_rows_as_the_first_group_head_them(rows):
    names = ["North Route", "Island Route", "South Route"]
    blocks = [INTRO]
    for name, lines in zip(names, rows, strict=True):
        blocks += [name, *lines]
    blocks += ["What you can do", AFTER, MORE]
    assert heads_of(*blocks) == [*names, "What you can do"]


LONG_ROW = "No sailings between Kennacraig and Port Askaig on Monday before the early tide"


def test_names_under_a_first_group_without_figures_are_not_echoed():
    blocks = [INTRO, "North Route", "No sailings from Oban to Craignure on Monday or Tuesday noon"]
    blocks += ["Cafe closed all week", "Island Route", LONG_ROW, "Cabins closed all week"]
    blocks += ["What you can do", AFTER]
    assert heads_of(*blocks) == ["North Route"]


def test_a_name_over_more_rows_than_the_first_group_closes_no_run():
    blocks = [INTRO, "North Route", "Sailings every 90 minutes from 7am", "Last sailing 8.30pm"]
    blocks += ["Island Route", LONG_ROW, "Cabins closed all week", "Cafe closed on Sunday"]
    blocks += ["What you can do", AFTER]
    assert "What you can do" not in heads_of(*blocks)


CLAIMS = [
    ("Rumour", ["the bridge will close for good", "parking fees will double next year",
                "the market is moving to the old depot"]),
    ("Claim", ["electric cars catch fire more often", "the batteries cannot be recycled",
               "charging points are always broken"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "phrases"), CLAIMS)
def test_a_label_over_three_lower_case_heads_each_over_text_opens_heads(label, phrases):
    blocks = [MORE]
    for phrase in phrases:
        blocks += [f"{label}: {phrase}", TEXT]
    assert heads_of(*blocks, MORE) == [f"{label}: {phrase}" for phrase in phrases]


@pytest.mark.parametrize(("label", "phrases"), CLAIMS)
def test_verdicts_ending_sentences_among_label_heads_stay_text(label, phrases):
    blocks = [MORE]
    for phrase in phrases:
        blocks += [f"{label}: {phrase}", TEXT, "Verdict: false. The council has ruled it out."]
    assert heads_of(*blocks, MORE) == [f"{label}: {phrase}" for phrase in phrases]


@pytest.mark.parametrize(
    "lines",
    [
        # an interview's turns: questions, and answers ending their sentences
        ["Q: why did you leave the band", "A: I was tired of the road. Nobody believes it.",
         "Q: would you go back", "A: Never. Well, perhaps for one night.",
         "Q: what comes next", "A: A book, then a long rest."],
        # a transcript's turns, each over the other speaker's
        ["Ana: so what now", "Lee: we wait for the vote, and then we see what happens.",
         "Ana: and if it fails", "Lee: then we start again, as we always have.",
         "Ana: right then", "Lee: right."],
        # a run of fields, one over the next, with no text between them
        ["Stop: the old harbour", "Stop: the castle gardens", "Stop: the covered market",
         "Stop: the river walk", TEXT],
        # verdicts alone, each ending a sentence
        [TEXT, "Verdict: false. The council has ruled it out.", TEXT, "Verdict: mostly true.",
         TEXT, "Verdict: false.", TEXT],
    ],
)  # fmt: skip
def test_turns_fields_and_verdicts_under_a_repeated_label_are_no_heads(lines):
    assert heads_of(MORE, *lines, MORE) == []


CAPITAL_CLAIMS = [
    ("Myth", ["Vitamin C stops you catching colds", "You lose most heat through your head",
              "Antibiotics will clear it up faster"]),
    ("Rumour", ["The bridge will close for good", "Parking fees will double next year",
                "Tesco is moving to the old depot"]),
]  # fmt: skip


@pytest.mark.parametrize(("label", "phrases"), CAPITAL_CLAIMS)
def test_a_label_over_three_heads_opening_with_a_capital_opens_heads(label, phrases):
    blocks = [MORE]
    for phrase in phrases:
        blocks += [f"{label}: {phrase}", TEXT]
    assert heads_of(*blocks, MORE) == [f"{label}: {phrase}" for phrase in phrases]


@pytest.mark.parametrize(
    "lines",
    [
        # an interview's lettered questions, unpunctuated, each over its answer
        ["Q: Tell us about the farm", TEXT, "Q: Why sheep and not cattle", TEXT,
         "Q: What comes next for you", TEXT],
        # a transcript's turns opening with capitals, each over the other speaker's
        ["Ana: So what now", "Lee: We wait for the vote, and then we see what happens.",
         "Ana: And if it fails", "Lee: Then we start again, as we always have.",
         "Ana: Right then", "Lee: Right."],
        # a run of fields opening with capitals, one over the next
        ["Stop: The old harbour", "Stop: The castle gardens", "Stop: The covered market",
         "Stop: The river walk", TEXT],
    ],
)  # fmt: skip
def test_turns_and_fields_opening_with_a_capital_under_a_repeated_label_are_no_heads(lines):
    assert heads_of(MORE, *lines, MORE) == []
