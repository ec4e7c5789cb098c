"""fresh37's live page and numbered run (heads63), on made-up articles: a clock line in words
('14:31 local time') is a post's timestamp, never its head; the line right under it heads the
post when unended or stated over the post's text, whatever its form, on a page whose posts are
headed; a numbered line in a run of numbered heads is a head whatever its final stop. The near
misses (a time in running text, posts that open on their text, a numbered list under a ':'
lead-in, a long numbered paragraph) stay text."""

from __future__ import annotations

import pytest

from api.parser.heading_posts import is_unended
from api.parser.headings import numbered_head_shape
from api.parser.page_chrome import is_timestamp
from tests.parser.exports import heads_of

P1 = (
    "The water rose by almost a metre overnight, and by dawn the lower streets of the old town "
    "were under it, with shopkeepers carrying their stock up to the first floor."
)
P2 = (
    "Volunteers filled sandbags in the square all morning, and the council opened the sports "
    "hall to anyone who had to leave home, with beds for about two hundred people."
)
P3 = (
    "Forecasters expect the rain to ease by the evening, but the river will not peak until "
    "tomorrow afternoon, when the water from the hills reaches the town."
)
P4 = (
    "The mayor said the new flood wall had held along the quay, which was more than anyone had "
    "dared to hope for when the work was finished last spring."
)
SHORT = "The boats have been out since six this morning."


# --- is_timestamp: a clock with its zone in words ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("14:31 local time", True),
        ("9.40pm local time", True),
        ("Updated 08:15 local time", True),
        ("14:31 Moscow time", True),  # a zone named by its place
        ("9.40 a.m. Eastern time", True),
        ("It was 14:31 Moscow time", False),
        ("At 19:12 the hatch closed.", False),  # a time inside running text
        ("Local time matters", False),  # no clock
        ("The 19:12 to Leeds", False),
    ],
)
def test_a_clock_with_its_zone_in_words_is_a_timestamp(text: str, stamp: bool) -> None:
    assert is_timestamp(text) is stamp


# --- is_unended: no mark closes the words ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unended"),
    [
        ("Welcome to our live coverage", True),
        ("‘We are doing all we can’", True),
        ("The army is here.", False),
        ("Still to come:", False),  # a lead-in
        ("“Are we safe?”", False),
    ],
)
def test_an_unended_line_closes_on_no_mark(text: str, unended: bool) -> None:
    assert is_unended(text) is unended


# --- stamped_post_heads: the line under a post's timestamp -------------------------------------


def test_a_live_page_posts_heads_of_every_form() -> None:
    heads = heads_of(
        "12:10 local time", "That is all from us today. Thanks for reading and for your messages.",
        "11:50 local time", "The army is here. Boats are on the water.", P4,
        "11:15 local time", "The river has burst its banks on both sides of the old bridge", SHORT,
        "10:40 local time", "‘We are doing all we can’", P2,
        "10:05 local time", "Welcome to our live coverage", P1,
    )  # fmt: skip
    assert heads == [
        "The army is here. Boats are on the water.",
        "The river has burst its banks on both sides of the old bridge",
        "‘We are doing all we can’",
        "Welcome to our live coverage",
    ]


def test_headless_posts_stay_text_beside_headed_ones() -> None:
    heads = heads_of(
        "9.40pm local time", "Turnout closes the night", P1,
        "9.15pm local time", "Counting has begun in the north. Results by midnight.",
        "8.50pm local time", "The first boxes arrive at the hall", P2,
        "8.30pm local time", "Polls have closed across the region, and the count starts soon.",
        P3,
    )  # fmt: skip
    assert heads == ["Turnout closes the night", "The first boxes arrive at the hall"]


def test_a_race_page_with_bare_clocks_heads_its_posts() -> None:
    heads = heads_of(
        P4, "15:20", "The leaders are on the last climb", P3,
        "15:05", "“I have never felt this good”", P2,
        "14:48", "Rain at the summit. Riders slow down.", P1,
    )  # fmt: skip
    assert heads == [
        "The leaders are on the last climb",
        "“I have never felt this good”",
        "Rain at the summit. Riders slow down.",
    ]


def test_a_time_in_running_text_is_no_timestamp() -> None:
    heads = heads_of(P1, "At 19:12 the hatch closed.", P2, "By 19:40 the pad was empty.", P3)
    assert heads == []


def test_posts_that_open_on_their_text_keep_it() -> None:
    heads = heads_of(
        "14:20 local time", "The gap is twenty seconds.", P1,
        "14:05 local time", "Water is rising fast.", P2,
        "13:50 local time", "Nobody expected this.", P3,
    )  # fmt: skip
    assert heads == []


def test_sentences_running_on_without_a_stop_are_the_posts_text() -> None:
    post = "Listen to that! The crowd has seen him. What a noise from the stands"
    heads = heads_of(
        "16:20 local time", post, P3,
        "16:05 local time", "Ferries are back on the river", P2,
        "15:45 local time", "Good afternoon from the harbour", P1,
    )  # fmt: skip
    assert post not in heads


def test_a_by_line_under_a_timestamp_is_no_head() -> None:
    heads = heads_of(
        "08:40 Lisbon time", "By Ana Reyes", P3,
        "08:10 Lisbon time", "Ferries are back on the river", P2,
        "07:45 Lisbon time", "Good morning from the harbour", P1,
    )  # fmt: skip
    assert heads == ["Ferries are back on the river", "Good morning from the harbour"]


def test_a_lead_in_under_a_timestamp_is_no_head() -> None:
    heads = heads_of(
        "11:15 local time", "Roads closed this morning:",
        "  • the quay road\n  • the bridge\n  • the ring road",
        "10:40 local time", "The council opens the sports hall", P2,
        "10:05 local time", "Welcome to our live coverage", P1,
    )  # fmt: skip
    assert "Roads closed this morning:" not in heads


# --- numbered_head_shape and the numbered run --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("6) Criticising your last employer.", True),
        ("3) Asking too early. Or never asking at all.", True),
        ("4. Salt the water", True),
        ("2. Season it well, taste it as you go, and do not be afraid to add more salt at the "
         "end of the cooking than the recipe gives.", False),  # a long numbered paragraph
    ],
)  # fmt: skip
def test_a_numbered_head_is_shaped_whatever_its_stop(text: str, shape: bool) -> None:
    assert numbered_head_shape(text) is shape


def test_a_numbered_head_with_a_stop_in_a_run() -> None:
    heads = heads_of(
        P1, "1) Salting the water too late", P2, "2) Crowding the pan", P3,
        "3) Turning the meat too often.", P4, "4) Skipping the rest", P1,
        "5) Serving on cold plates", P2,
    )  # fmt: skip
    assert heads == [
        "1) Salting the water too late",
        "2) Crowding the pan",
        "3) Turning the meat too often.",
        "4) Skipping the rest",
        "5) Serving on cold plates",
    ]


def test_a_run_closing_on_a_numbered_head_with_a_stop() -> None:
    heads = heads_of(
        P1, "1. Pick a quiet hour", P2, "2. Bring the paperwork", P3,
        "3. Keep the receipt", P4, "4. Never pay in cash.", P1, P2,
    )  # fmt: skip
    assert heads == [
        "1. Pick a quiet hour",
        "2. Bring the paperwork",
        "3. Keep the receipt",
        "4. Never pay in cash.",
    ]


def test_a_run_opening_on_a_numbered_head_with_a_stop() -> None:
    heads = heads_of(
        P1, "1) Book the table early.", P2, "2) Ask for the quiet room", P3,
        "3) Order the set menu", P4, "4) Leave room for cheese", P1,
    )  # fmt: skip
    assert heads[0] == "1) Book the table early."


def test_step_heads_with_a_stop_in_a_run() -> None:
    heads = heads_of(
        P1, "Step 1: Register online", P2, "Step 2: Upload the documents.", P3,
        "Step 3: Pay the fee", P4, "Step 4: Collect the card", P1,
    )  # fmt: skip
    assert "Step 2: Upload the documents." in heads


def test_a_transcripts_numbered_turns_are_no_run() -> None:
    heads = heads_of(
        P1, "Caller 1: I want to ask about the bins.", P2,
        "Caller 2: My question is about parking.", P3,
        "Caller 3: When will the road reopen?", P4,
        "Caller 4: Thank you for taking my call.", P1,
    )  # fmt: skip
    assert not [head for head in heads if head.startswith("Caller")]


def test_a_two_sentence_numbered_head_in_a_run() -> None:
    heads = heads_of(
        P1, "1) Arriving late", P2, "2) Arriving early. Far too early.", P3,
        "3) Forgetting the name", P4, "4) Talking over people", P1,
    )  # fmt: skip
    assert "2) Arriving early. Far too early." in heads


def test_a_numbered_list_under_a_lead_in_stays_list_lines() -> None:
    heads = heads_of(
        P1, "1) Salting the water too late", P2, "Three quick fixes:",
        "1. Oil it.", "2. Tighten it.", "3. Replace it.",
        "2) Crowding the pan", P3, "3) Skipping the rest", P4,
    )  # fmt: skip
    assert "1. Oil it." not in heads and "2. Tighten it." not in heads
    assert "3. Replace it." not in heads


def test_a_long_numbered_paragraph_in_a_run_stays_text() -> None:
    paragraph = (
        "3) Turning the meat too often, which every cook does when nervous and which stops a "
        "crust from forming on either side of the steak before it is done."
    )
    heads = heads_of(
        P1, "1) Salting the water too late", P2, "2) Crowding the pan", P3,
        paragraph, P4, "4) Skipping the rest", P1,
    )  # fmt: skip
    assert paragraph not in heads
