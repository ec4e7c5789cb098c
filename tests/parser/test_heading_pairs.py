"""Two parallel labels, each over a group of item lines, head their groups: a review's 'Pros'
and 'Cons' box (api/parser/heading_pairs.py, paired_labels)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The Aalto 3 is the lightest folding bike we have tested this year, and the first we "
    "would happily carry up four flights of stairs after a long day at work."
)
MORE = (
    "It is not cheap, and the gears are basic, but for a commute that mixes trains, lifts "
    "and short rides it is hard to think of anything that does the job better."
)
PICTURE = "@@ A folded bicycle beside a desk\nThe Aalto 3, folded.Photograph: Lena Berg"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Pros", "Cons"),
        ("The good", "The bad"),
        ("What we liked", "What we disliked"),
        ("Vorteile", "Nachteile"),
        ("Points forts", "Points faibles"),
    ],
)
def test_parallel_labels_over_item_lines_are_heads(first, second):
    good = ["Folds in ten seconds", "Light enough to carry", "Fits under a desk"]
    bad = ["Only three gears", "Small wheels on rough roads"]
    blocks = [TEXT, "Riding it", MORE, PICTURE, first, *good, second, *bad, MORE]
    assert heads_of(*blocks) == ["Riding it", first, second]


def test_the_first_label_may_follow_a_sentence_s_end():
    blocks = [TEXT, "Riding it", MORE, "Pros", "Folds fast", "Very light", "Cons"]
    blocks += ["Three gears", "Small wheels", MORE]
    assert heads_of(*blocks) == ["Riding it", "Pros", "Cons"]


def test_a_list_after_a_colon_line_is_no_box():
    blocks = [TEXT, "Riding it", MORE, "In the box you get:", "Pump", "A lock and key"]
    blocks += ["Two lights", "Bell", "A folding pedal", "Spare tube", MORE]
    assert heads_of(*blocks) == ["Riding it"]


def test_a_label_with_one_item_under_it_pairs_with_nothing():
    blocks = [TEXT, "Riding it", MORE, PICTURE, "Pros", "Folds fast", "Cons", "Three gears"]
    blocks += ["Small wheels", MORE]
    assert "Pros" not in heads_of(*blocks)


def test_labels_that_are_not_parallel_pair_with_nothing():
    blocks = [TEXT, "Riding it", MORE, PICTURE, "Pros", "Folds fast", "Very light"]
    blocks += ["The downsides", "Three gears", "Small wheels", MORE]
    assert "Pros" not in heads_of(*blocks)


# A box's first entry under its label, over its first field, is data.


@pytest.mark.parametrize(
    "entry",
    [
        "The Lantern, 9 Quay Street, Falmouth TR11 3HH",
        "Aalto 3, tested in March",
        "Rue des Carmes 12, Toulouse",
        "Harbour Cycles",
    ],
)
def test_a_line_under_a_box_label_over_its_fields_is_data(entry):
    fields = ["Open: Tuesday to Sunday", "Price: £1,150", "Weight: 9.8kg"]
    blocks = [TEXT, "Riding it", MORE, "The facts", entry, *fields]
    heads = heads_of(*blocks)
    assert "The facts" in heads
    if any(ch.isdigit() for ch in entry) or "," in entry:
        assert entry not in heads


def test_a_subsection_head_under_a_section_head_over_fields_stays_a_head():
    blocks = [TEXT, "Riding it", MORE, "Getting there", "By train", "Fares: from £12"]
    blocks += ["Journey: two hours", MORE, "By car", MORE]
    assert "By train" in heads_of(*blocks)


# (a numbered head under a section head over fields stays a head: stacked/s05's '7. A garlic
# press', checked in test_stress)
