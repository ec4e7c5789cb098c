"""fresh39's classes on made-up exports (heads66): a web address credit glued after a company
form ending in a capital, and lone questions right after a ':' list among heads of another
form."""

from __future__ import annotations

import pytest

from api.parser.glue import glue_split
from tests.parser.exports import heads_of


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Pilgrims at the shrine, rebuilt in 2019 by Tashkent Qurilish MChJNur.uz/A. Bell",
            ("Pilgrims at the shrine, rebuilt in 2019 by Tashkent Qurilish MChJ", "Nur.uz/A. Bell"),
        ),
        (
            "The new press hall, leased to Elbtal Verlag GmbHBote.de/Handout",
            ("The new press hall, leased to Elbtal Verlag GmbH", "Bote.de/Handout"),
        ),
        (
            "Divers off the pier, owned by Brixa Porti SpAMare.it/Lia Conte",
            ("Divers off the pier, owned by Brixa Porti SpA", "Mare.it/Lia Conte"),
        ),
    ],
)
def test_an_address_credit_glued_after_a_company_form_splits_after_the_form(
    line: str, split: tuple[str, str]
) -> None:
    """The company form keeps its last capital; the address and its holder are the credit."""
    assert glue_split(line) == split


@pytest.mark.parametrize(
    "line",
    [
        "The new press hall, leased to Elbtal Verlag GmbHNews",  # no address glued on
        "The new press hall, leased to Elbtal Verlag GmbH Bote.de",  # spaced, no holder's slash
        "Readers of Bote.de in the new press hall",  # an address inside the caption
    ],
)
def test_no_address_credit_after_a_company_form_no_split(line: str) -> None:
    """Without an address and its slash glued on, the company form's capitals stay whole."""
    assert glue_split(line) is None


# --- lone questions right after a list, among heads of another form ---------------------------

TRAIL = (
    "The ridge path leaves the village behind the church and climbs through beech woods for an "
    "hour before it comes out above the tree line, where the markers change from red to yellow "
    "and the wind picks up, whatever the forecast said when you set off in the morning."
)
TRAIL_2 = (
    "The hut at the saddle sells soup and tea from June to September and has twelve beds that "
    "can be booked by phone only, a rule the warden defends on the grounds that people who call "
    "tend to turn up, while people who book online tend to change their minds."
)
TRAIL_3 = (
    "The descent on the far side is steeper than it looks on the map, and most of the accidents "
    "the mountain rescue attends happen there, on loose stones in the last hour of a long day, "
    "when walkers are tired and in a hurry to catch the bus back down the valley."
)
TRAIL_4 = (
    "The bus runs every two hours from the lake to the station, the last one leaving at six, "
    "and the drivers will wait a few minutes for walkers they can see coming down the path, "
    "though they say they would rather not be asked to, and the timetable says they do not."
)
KIT = "Pack these at least:\n\n• a waterproof jacket\n• a map of the range\n• two litres of water"
STALLS = "The stalls worth a detour:\n\n• the cheese cellar\n• the bread van\n• the olive stand"
FEES = "The fees this summer:\n\n• adults: ten a night\n• children: five\n• dogs: free"


def test_a_question_after_a_list_among_step_heads_is_text() -> None:
    heads = heads_of(
        TRAIL, "Step 1: Start early from the village", TRAIL_2, KIT,
        "Not sure your boots will do?", "Wear them on a short walk first. Blisters start early.",
        "Step 2: Can you book the hut online?", TRAIL_3, "Step 3: Take the bus back", TRAIL_4,
    )  # fmt: skip
    assert heads == [
        "Step 1: Start early from the village",
        "Step 2: Can you book the hut online?",
        "Step 3: Take the bus back",
    ]


def test_two_questions_after_lists_among_statement_heads_are_text() -> None:
    heads = heads_of(
        TRAIL, "Where the path starts", TRAIL_2, STALLS, "Open on Sundays?",
        "Only the bread van. The rest close at noon on Saturday.", "What the hut costs", TRAIL_3,
        FEES, "Is a bed worth booking?", "In August, yes. It fills by May.",
        "How to get home", TRAIL_4,
    )  # fmt: skip
    assert heads == ["Where the path starts", "What the hut costs", "How to get home"]


def test_a_question_after_a_list_then_a_picture_is_text() -> None:
    heads = heads_of(
        TRAIL, "Step 1: Check the forecast", TRAIL_2, "Step 2: Pack light", TRAIL_3, KIT,
        "Running out of water on the ridge?", "The hut fills bottles for free.",
        "@@ A walker filling a bottle at a stone trough\nThe trough below the hut.Ana Roe/Handout",
        "Step 3: Should you leave before noon?", TRAIL_4, "What the bus costs", TRAIL,
    )  # fmt: skip
    assert heads == [
        "Step 1: Check the forecast",
        "Step 2: Pack light",
        "Step 3: Should you leave before noon?",
        "What the bus costs",
    ]


# --- near misses: question heads after a list stay heads ----------------------------------


def test_a_faq_head_after_a_list_ending_an_answer_stays() -> None:
    heads = heads_of(
        TRAIL, "Who can stay at the hut?", TRAIL_2, FEES, "How do I book a bed?", TRAIL_3,
        "Can I bring my dog?", TRAIL_4, "What if the weather turns?", TRAIL,
    )  # fmt: skip
    assert heads == [
        "Who can stay at the hut?",
        "How do I book a bed?",
        "Can I bring my dog?",
        "What if the weather turns?",
    ]


def test_a_question_head_after_a_list_over_a_long_section_stays() -> None:
    heads = heads_of(
        TRAIL, "Where the path starts", TRAIL_2, STALLS, "Is the ridge safe in winter?", TRAIL_3,
        TRAIL_4, "What the hut costs", TRAIL, "How to get home", TRAIL_2,
    )  # fmt: skip
    assert heads == [
        "Where the path starts",
        "Is the ridge safe in winter?",
        "What the hut costs",
        "How to get home",
    ]


# --- two short sentences in a 'Label N:' run --------------------------------------------------


def test_a_two_sentence_step_head_in_a_step_run_is_a_head() -> None:
    heads = heads_of(
        TRAIL, "Step 1: Start early from the village", TRAIL_2,
        "Step 2: Skip the map. Follow the markers.", TRAIL_3, "Step 3: Eat at the hut", TRAIL,
        "Step 4: Take the bus back", TRAIL_4,
    )  # fmt: skip
    assert "Step 2: Skip the map. Follow the markers." in heads
    assert len(heads) == 4


def test_a_two_sentence_tip_in_a_tip_run_is_a_head() -> None:
    heads = heads_of(
        TRAIL, "Tip 1: Carry cash for the hut", TRAIL_2, "Tip 2: Check the last bus", TRAIL_3,
        "Tip 3: Go slowly. The ridge will wait.", TRAIL_4, "Tip 4: Ask the warden", TRAIL,
    )  # fmt: skip
    assert "Tip 3: Go slowly. The ridge will wait." in heads
    assert len(heads) == 4


def test_a_two_sentence_stage_head_among_question_stages_is_a_head() -> None:
    heads = heads_of(
        TRAIL, "Stage 1: Where does the path start?", TRAIL_2,
        "Stage 2: Climb to the saddle. Rest at the hut.", TRAIL_3,
        "Stage 3: How steep is the descent?", TRAIL_4, "Stage 4: Where is the bus stop?", TRAIL,
    )  # fmt: skip
    assert "Stage 2: Climb to the saddle. Rest at the hut." in heads
    assert len(heads) == 4


# --- near misses: two sentences outside a run's count, or three ---------------------------------


def test_a_two_sentence_step_line_out_of_count_is_text() -> None:
    heads = heads_of(
        TRAIL, "Step 1: Start early from the village", TRAIL_2, "Step 2: Eat at the hut", TRAIL,
        "Step 3: Take the bus back", TRAIL_4, "Step 7: Skip the map. Follow the markers.", TRAIL_3,
    )  # fmt: skip
    assert "Step 7: Skip the map. Follow the markers." not in heads


def test_a_three_sentence_step_line_is_text() -> None:
    heads = heads_of(
        TRAIL, "Step 1: Start early from the village", TRAIL_2,
        "Step 2: Skip the map. Follow the markers. They are new.", TRAIL_3,
        "Step 3: Eat at the hut", TRAIL, "Step 4: Take the bus back", TRAIL_4,
    )  # fmt: skip
    assert "Step 2: Skip the map. Follow the markers. They are new." not in heads
