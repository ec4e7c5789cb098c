"""A buying guide's items closed by a box of fields: the fields are the item's data, and the
numbered line under them heads the next item (api/parser/headings.py, item_data_start)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

REVIEW = (
    "It takes forty seconds longer than the others and it rattles, but it costs less than a "
    "round of coffees and the one-cup line is clearly marked on the side."
)
INTRO = "We tested twenty kettles over three weeks, boiling each one a hundred times."


@pytest.mark.parametrize(
    "fields",
    [
        ["Capacity: 1.7 litres", "Price: £19.99"],
        ["Weight: 1.2kg", "Capacity: 1.5 litres", "Price: £34"],
        ["Battery: 12 hours", "Price: $129"],
    ],
)
def test_a_numbered_head_under_an_items_fields_heads_the_next_item(fields):
    blocks = [INTRO, "1. Morley Rapid", REVIEW, "Price: £44", "2. Haden Eco", REVIEW, *fields]
    blocks += ["3. Stellar Keep Warm", REVIEW, "4. Dualit Mini", REVIEW]
    heads = heads_of(*blocks)
    assert heads == ["1. Morley Rapid", "2. Haden Eco", "3. Stellar Keep Warm", "4. Dualit Mini"]


@pytest.mark.parametrize(
    "steps",
    [
        ["1. Fill it", "2. Boil it", "3. Pour it"],
        ["1. Which kettle boiled fastest?", "2. Which was the quietest?"],
    ],
)
def test_a_numbered_list_under_a_box_of_fields_stays_a_list(steps):
    blocks = [INTRO, "Key figures", REVIEW, "Capacity: 1.7 litres", "Price: £19.99"]
    heads = heads_of(*blocks, *steps, REVIEW)
    assert not set(steps) & set(heads)
