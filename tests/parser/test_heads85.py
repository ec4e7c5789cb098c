"""heads85: two of the real dev exports' missed heads, as a reader's rules.

- a head opening on a word written in lower case, a brand so spelled ('acme at the fair'), joins
  a page of two heads already (heading_cases.LOWER_CASE_COMPANY): two make the pattern;
- a list's label written without its colon, after labels that have one and open on the same
  word, over list lines of its own (heading_colonless.colonless_labels).

Made-up exports written as blocks, with near misses that change one thing each.
"""

from __future__ import annotations

import pytest

from api.parser.heading_colonless import is_colonless_label
from tests.parser.exports import heads_of, lines

LONG = (
    " The stand is in the second hall, next to the entrance, and the team will show the new "
    "release to anyone who stops by, with coffee and a seat for those who stay a while longer."
)

# --- lower-case heads beside two heads ---

FAIR = [
    "Next month the trade fair opens its doors again, and more visitors are expected than ever.",
    "Our new motto",
    "The fair has a theme this year, chosen by its board after a long vote among exhibitors."
    + LONG,
    "brightloop at the fair",
    "We are there with our partner this time, and we would be glad to meet you in person." + LONG,
    "Our partner: Kestrel Labs",
    "Kestrel Labs was founded in a small town twenty years ago and now serves customers." + LONG,
]

CLINIC = [
    "The clinic moves to a new building in the spring, after three years of planning work.",
    "Where to find us",
    "The new building stands on the corner of the market square, opposite the old library." + LONG,
    "opening hours",
    "The doors open at eight on weekdays and at nine on Saturdays, and close on Sundays." + LONG,
    "How to book",
    "Appointments are made by phone or online, and walk-ins are seen when a doctor is free." + LONG,
]

BAKERY = [
    "The bakery on Quay Lane has changed hands, and the new owners are keeping the old recipes.",
    "quaybake under new owners",
    "The owners are a brother and sister who trained in the city before coming back home." + LONG,
    "What stays the same",
    "The rye loaf stays, and so does the early opening on market days, they promise." + LONG,
    "A new machine on the counter",
    "A new coffee machine is the one change regulars will see on their first visit." + LONG,
]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        (FAIR, ["Our new motto", "brightloop at the fair", "Our partner: Kestrel Labs"]),
        (CLINIC, ["Where to find us", "opening hours", "How to book"]),
        (
            BAKERY,
            ["quaybake under new owners", "What stays the same", "A new machine on the counter"],
        ),
    ],
    ids=["fair", "clinic", "bakery"],
)
def test_a_lower_case_head_joins_two_heads(blocks, heads):
    assert heads_of(*blocks) == heads


def test_a_lower_case_line_beside_one_head_stays_text():
    blocks = FAIR[:5]  # 'Our new motto' alone: no pattern yet
    assert "brightloop at the fair" not in heads_of(*blocks)


def test_a_lower_case_line_closing_a_sentence_stays_text():
    blocks = [*CLINIC[:3], "and then the rain stopped.", *CLINIC[4:]]
    assert heads_of(*blocks) == ["Where to find us", "How to book"]


def test_a_lower_case_line_over_a_short_line_stays_text():
    blocks = [*FAIR[:4], "We are there.", *FAIR[5:]]
    assert "brightloop at the fair" not in heads_of(*blocks)


# --- a list's label without its colon, after colon labels opening on its word ---

DIET = [
    "The plan limits what you eat for two weeks, then slowly adds foods back to the menu.",
    "Foods to enjoy:",
    "any fresh fish",
    "eggs in any form",
    "hard cheese (in small amounts)",
    "Foods to avoid:",
    "sugar in any form",
    "white bread and pastries",
    "Foods to limit",
    "cabbage",
    "peas",
    "tomatoes",
    "The second phase starts in the third week and lasts until the target weight is reached."
    + LONG,
]

PACKING = [
    "A week in the hills needs less than most people think, the guides at the hut say.",
    "Things for the walk:",
    "boots worn in",
    "a rain jacket",
    "Things for the evening:",
    "a warm hat",
    "a book",
    "Things to leave at home",
    "the laptop",
    "spare shoes",
    "The hut has blankets and a stove, so sleeping bags are the only bulky thing to carry." + LONG,
]

CLEANING = [
    "Spring cleaning goes faster with a plan, and the plan starts with what is in the cupboard.",
    "Kitchen jobs:",
    "wipe the shelves",
    "descale the kettle",
    "Kitchen extras:",
    "oven racks",
    "fridge seals",
    "Kitchen jobs for the weekend",
    "defrost the freezer",
    "clean behind the cooker",
    "The bathroom comes next, and it needs only a stiff brush and an hour of patience." + LONG,
]


@pytest.mark.parametrize(
    ("blocks", "label"),
    [
        (DIET, "Foods to limit"),
        (PACKING, "Things to leave at home"),
        (CLEANING, "Kitchen jobs for the weekend"),
    ],
    ids=["diet", "packing", "cleaning"],
)
def test_a_label_without_its_colon_joins_its_series(blocks, label):
    heads = heads_of(*blocks)
    assert label in heads
    assert [b for b in blocks if b.endswith(":")] == [h for h in heads if h.endswith(":")]


def test_one_colon_label_makes_no_series():
    items = lines("Intro.", "Fruit:", "apples", "pears", "Fruit salad", "melon", "grapes", "End.")
    assert not is_colonless_label(items, set(), 4)
    blocks = ["Fruit is cheap this week at the market, the stallholders say.", "Fruit:"]
    blocks += ["apples", "pears", "Fruit salad", "melon", "grapes", "It was a good week." + LONG]
    assert "Fruit salad" not in heads_of(*blocks)


def test_a_line_opening_on_the_word_with_a_verb_is_no_label():
    blocks = [*DIET[:8], "Foods were scarce", *DIET[9:]]
    assert "Foods were scarce" not in heads_of(*blocks)


def test_a_line_over_a_paragraph_is_no_list_label():
    items = lines(*DIET[:8], "Foods to limit", DIET[-1], "peas")
    assert not is_colonless_label(items, {"foods"}, 8)


def test_a_line_in_lower_case_is_no_label():
    items = lines(*DIET[:8], "foods to limit", "cabbage", "peas")
    assert not is_colonless_label(items, {"foods"}, 8)
