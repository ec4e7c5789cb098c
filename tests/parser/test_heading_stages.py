"""Heads of a programme's or a results page's structure and heads closing a series: day heads
with a counted label, results rows, constituency heads, closing heads ('And finally…')
(api/parser/heading_stages.py, line_shapes.COUNTED_LABEL, heading_groups.without_note)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = "The route takes a week, and most of it is on quiet roads with time to stop on the way."
TEXT = (
    "Leave early, as the light is best before nine. The road climbs for an hour through pine "
    "forest, then drops to the coast, where there is a café by the harbour that opens at ten."
)
SHORT = "Book ahead in summer."
CLOSE = "Prices were checked at the time of writing."


@pytest.mark.parametrize(
    "counted",
    [
        ["Day 1. Into the hills", "Day 2. The long climb", "Day 3. Down to the sea"],
        ["Stage 1. Lyon to Vienne", "Stage 2. Along the Rhône", "Stage 3. Into Provence"],
        ["Week 1. Getting started", "Week 2. Building up", "Week 3. The first long run"],
        ["Dag 1. Naar Gent", "Dag 2. De kust", "Dag 3. Terug naar huis"],
    ],
)
def test_a_counted_label_closed_by_a_period_heads_as_a_number_does(counted):
    blocks = [INTRO]
    for head in counted:
        blocks += [head, TEXT]
    assert heads_of(*blocks, CLOSE) == counted


def test_a_field_closing_a_day_over_a_counted_head_is_text():
    blocks = [INTRO, "Day 1: Porto", TEXT, SHORT, "Drive time from Porto: 2 hours"]
    blocks += ["Day 2. The Douro valley", TEXT, "Day 3: Back to the coast", TEXT]
    heads = ["Day 1: Porto", "Day 2. The Douro valley", "Day 3: Back to the coast"]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "line",
    ["Aged 5. She swam every day", "Gate 12. Boarding closes at nine."],
)
def test_a_counted_label_in_running_text_is_no_head(line):
    """A line that goes on to a sentence's end, or a second sentence, is running text."""
    blocks = [INTRO, "Where to start", TEXT, line, TEXT, "What to take", TEXT]
    assert line not in heads_of(*blocks)


WARDS = [
    ("Abbey (Lib Dem gain)", ["Sara Quinn (Lib Dem) 1,412 (44.1%, +9.2)",
                              "Tom Birch (Conservative) 988 (30.9%, -4.0)",
                              "Others 802"]),
    ("Mill Green (Labour hold)", ["Ana Lima (Labour) 2,020 (51.0%)",
                                  "Ravi Shah (Green) 1,104 (27.9%)",
                                  "Independent candidates 836"]),
    ("Kirkby Vale (Green gain)", ["Jo Marsh (Green) 3,300 (40.2%, +18.0)",
                                  "Dan Ford (Labour) 3,001 (36.6%, -8.1)",
                                  "Other parties 1,904"]),
]  # fmt: skip


def test_results_rows_are_text_and_a_name_with_a_note_over_them_heads_them():
    blocks = ["Counting finished at 4am in all three wards.", "Results by ward"]
    for ward, rows in WARDS:
        blocks += [ward, *rows, "Majority: 424", "Turnout: 31.2%"]
    blocks += ["What it means", TEXT]
    heads = heads_of(*blocks)
    assert heads == ["Results by ward", *(ward for ward, _ in WARDS), "What it means"]


def test_a_name_with_a_note_under_a_picture_heads_its_rows():
    picture = "@@ Counters at a long table\nVotes are counted overnight.Jo Marsh/PA"
    blocks = ["Counting finished at 4am.", "Abbey", *WARDS[0][1], "Majority: 424", picture]
    blocks += [WARDS[1][0], *WARDS[1][1], "Majority: 916", "What it means", TEXT]
    assert heads_of(*blocks) == ["Abbey", WARDS[1][0], "What it means"]


def test_a_count_in_a_head_with_no_row_over_it_stays_a_head():
    """A figure closing a head is no row of a table where no row stands over it."""
    blocks = [INTRO, "Why 2,104 votes mattered", TEXT, "The other 1,904", TEXT]
    assert heads_of(*blocks) == ["Why 2,104 votes mattered", "The other 1,904"]


@pytest.mark.parametrize(
    "closing",
    ["And finally…", "And finally...", "And in March?", "Lastly", "And the rest of Europe?"],
)
def test_a_closing_head_after_the_series_heads_its_text(closing):
    blocks = [INTRO, "Arsenal", TEXT, "Chelsea", TEXT, SHORT, closing, TEXT, CLOSE]
    assert heads_of(*blocks) == ["Arsenal", "Chelsea", closing]


def test_a_closing_head_under_a_picture_heads_its_text():
    picture = "@@ A goal net\nThe empty stadium.Ivo Marsh/AP"
    blocks = [INTRO, "December", TEXT, "January", TEXT, picture, "And in February?", TEXT]
    assert heads_of(*blocks) == ["December", "January", "And in February?"]


@pytest.mark.parametrize(
    "line",
    ["And why not?", "And then it rained…", "And did it work?", "And so it goes..."],
)
def test_a_question_or_a_sentence_opening_with_and_stays_running_text(line):
    blocks = [INTRO, "Arsenal", TEXT, "Chelsea", TEXT, SHORT, line, TEXT]
    assert heads_of(*blocks) == ["Arsenal", "Chelsea"]


def test_a_closing_line_without_a_series_of_heads_or_before_a_head_is_none():
    alone = heads_of(INTRO, TEXT, "And finally…", TEXT)
    before = heads_of(INTRO, "Arsenal", TEXT, "And finally…", TEXT, "Chelsea", TEXT, "Spurs", TEXT)
    short = heads_of(INTRO, "Arsenal", TEXT, "Chelsea", TEXT, "And finally…", SHORT)
    assert "And finally…" not in alone + before + short


ACTS = {
    "Friday": {"The Main Stage": ["The Paper Kites (headline, 10pm)", "Ola Brandt", "Rust Lane"],
               "The Barn": ["Mina Okoro", "Two Rivers Band", "Lucia Ferro"]},
    "Saturday": {"The Main Stage": ["Harbour Lights (headline, 9.45pm)", "Jonah Pike",
                                    "The Velvet Hours"],
                 "The Barn": ["Ana Sousa", "Grey Heron", "Kit Marlowe"]},
}  # fmt: skip


def programme(days: dict, day_over_picture: str = "") -> list[str]:
    blocks = ["The line-up was announced this morning, with 40 acts on two stages."]
    for day, stages in days.items():
        if day == day_over_picture:
            blocks.append("@@ A stage at night\nThe stage last year.Jo Marsh/PA")
        blocks.append(day)
        for stage, acts in stages.items():
            blocks += [stage, *acts]
    return blocks


MORE = "More acts will be announced in May."


def test_a_programmes_repeated_stage_heads_under_day_heads_are_heads():
    blocks = programme(ACTS) + [MORE, "Getting there", TEXT]
    heads = ["Friday", "The Main Stage", "The Barn", "Saturday", "The Main Stage", "The Barn"]
    assert heads_of(*blocks) == [*heads, "Getting there"]


def test_a_day_head_under_a_picture_over_a_repeated_head_is_one_more():
    days = {**ACTS, "Sunday": {"The Main Stage": ["Ivy Lowe", "The Long Grass", "Pell Street"]}}
    blocks = programme(days, day_over_picture="Sunday") + [MORE, "Getting there", TEXT]
    heads = heads_of(*blocks)
    assert heads[-3:] == ["Sunday", "The Main Stage", "Getting there"]
    assert "Ivy Lowe" not in heads and "Mina Okoro" not in heads


def test_a_stage_closing_a_run_over_text_heads_it():
    blocks = programme(ACTS) + ["The Dome (from midnight)", "DJ sets until dawn, names to come."]
    blocks += ["Getting there", TEXT]
    assert "The Dome (from midnight)" in heads_of(*blocks)


def test_names_repeated_in_lists_without_a_head_over_them_are_no_heads():
    """A list's items may repeat ('Paris' in two answers) but stand under no head."""
    blocks = [INTRO, "The capitals we asked about were:", "Paris", "Rome", "Madrid", SHORT]
    blocks += ["And the ones readers guessed wrong were:", "Rome", "Paris", "Lisbon", CLOSE]
    assert heads_of(*blocks) == []


def test_a_table_header_printed_twice_is_no_repeated_head():
    header = "Pos Player Snaps % Stats"
    blocks = [INTRO, "Defensive line", header, header]
    blocks += ["DL Ola Brandt 63 85% 3 tackles. 1 sack.", "DL Jonah Pike 57 77% 1 tackle."]
    blocks += ["Linebackers", header, header]
    blocks += ["LB Kit Marlowe 70 94% 9 tackles.", "LB Ana Sousa 44 59% 2 tackles. 1 sack."]
    assert header not in heads_of(*blocks, CLOSE)


NUMBERED = [("1. Mina Okoro", TEXT), ("2. Grey Heron", TEXT), ("3. Kit Marlowe", TEXT)]


@pytest.mark.parametrize(
    "count", ["Three not to miss", "3 to watch", "Three acts worth getting up for"]
)
def test_a_count_over_as_many_numbered_heads_heads_them(count):
    blocks = programme(ACTS) + [count, "Not the headliners, but the ones to see.", TEXT]
    for head, text in NUMBERED:
        blocks += [head, text]
    assert heads_of(*blocks)[-4:] == [count, *(head for head, _ in NUMBERED)]


@pytest.mark.parametrize("count", ["Five not to miss", "Three Lions fans"])
def test_a_count_over_another_number_of_numbered_heads_or_a_name_is_no_head(count):
    """A count of another number, or a name opening with one, in a list is the list's line."""
    blocks = [INTRO, "Ones to watch this year:", "Rust Lane", count, SHORT]
    for head, text in NUMBERED:
        blocks += [head, text]
    assert count not in heads_of(*blocks)


def test_a_labelled_line_going_on_a_heads_own_box_is_a_field():
    """A box right under its head goes on to its last field; a box after text closes a
    section, and a labelled line under it may name the next."""
    box = ["Weekend: £120, under-12s free", "Day tickets: £55, from 1 May", "Parking: sold out"]
    heads = heads_of(INTRO, "Arsenal", TEXT, "Chelsea", TEXT, "Tickets", *box, TEXT)
    assert heads == ["Arsenal", "Chelsea", "Tickets"]


def test_repeated_day_heads_over_repeated_stage_heads_are_all_heads():
    """A programme of two weekends, each day head and each stage head repeated: both heads."""
    blocks = ["The line-up was announced this morning, with 40 acts on two stages."]
    acts = iter(["Ana Sousa", "Grey Heron", "Kit Marlowe", "Ivy Lowe", "Pell Street", "Ola Brandt",
                 "Rust Lane", "Mina Okoro", "Jonah Pike", "Two Rivers", "Lucia Ferro", "Tom Vale",
                 "Sea Glass", "Nadia Orme", "Hush Harbour", "Dale Ruiz"])  # fmt: skip
    for _weekend in range(2):
        for day in ("Friday", "Saturday"):
            blocks += [day, "The Main Stage", next(acts), next(acts)]
            blocks += ["The Barn", next(acts), next(acts)]
    blocks += [MORE, "Getting there", TEXT]
    week = ["Friday", "The Main Stage", "The Barn", "Saturday", "The Main Stage", "The Barn"]
    assert heads_of(*blocks) == [*week, *week, "Getting there"]


def test_a_list_copied_under_two_heads_makes_no_repeated_heads():
    """Items repeated line by line under two heads are a copied list, not a programme."""
    menu = ["Leek soup", "Brown bread", "Apple crumble"]
    blocks = [INTRO, "Monday", *menu, "Tuesday", *menu, "Wednesday", "Fish pie", "Salad", CLOSE]
    heads = heads_of(*blocks)
    assert not set(menu) & set(heads)
