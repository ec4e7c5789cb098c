"""A listings page's entries: each head over its text, then the entry's details (a place, a
date, a price), then the next entry's head (api/parser/heading_listings.py)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = "Our critics pick the best of the week across the county, from galleries to kitchens."
TEXT = (
    "A small room of big paintings, hung low so that children see them first. The curator "
    "has borrowed three from a private collection that has not lent before."
)
CLOSE = "Listings change from week to week; check with the venue before you set out."

ENTRIES = [
    # exhibitions: a gallery, its dates, its price
    [("The Salt Painters", ["Harbour Gallery, Fowey", "Until 12 April", "Free"]),
     ("Light on the Water", ["Penlee House, Penzance", "Tuesday to Saturday, 10am to 5pm"]),
     ("Ships in Bottles", ["Maritime Museum, Falmouth", "From 3 May", "Adults £9, children £4"])],
    # restaurants: an address, the hours, a price
    [("Mira", ["12 Quay Street, St Ives", "Tuesday to Sunday, 6pm to 11pm", "Two courses £28"]),
     ("The Net Loft", ["Harbour Road, Mousehole", "Lunch only, from 12 noon"]),
     ("Kitchen by the Sea", ["The Strand, Looe", "Dinner from 6pm, booking advised"])],
]  # fmt: skip


@pytest.mark.parametrize("entries", ENTRIES)
def test_an_entrys_details_are_text_and_the_next_entry_has_its_head(entries):
    blocks = [INTRO]
    for head, details in entries:
        blocks += [head, TEXT, *details]
    heads = heads_of(*blocks, CLOSE)
    assert heads == [head for head, _ in entries]


def test_a_sections_head_over_its_first_numbered_head_stays_two_heads():
    blocks = [INTRO, "The essentials", "1. A good chef's knife", TEXT, "2. A heavy pan", TEXT]
    blocks += ["Worth the money", "3. A stick blender", TEXT, "4. A stand mixer", TEXT]
    assert heads_of(*blocks) == [
        "The essentials", "1. A good chef's knife", "2. A heavy pan",
        "Worth the money", "3. A stick blender", "4. A stand mixer",
    ]  # fmt: skip


def test_one_entry_with_details_makes_no_listings_page():
    blocks = [INTRO, "The Salt Painters", TEXT, "Harbour Gallery, Fowey", "Until 12 April"]
    blocks += ["Light on the Water", TEXT, "Ships in Bottles", TEXT]
    assert "Harbour Gallery, Fowey" in heads_of(*blocks)


def test_boxes_of_fields_under_heads_are_no_listings_details():
    blocks = [INTRO]
    for head in ("Results", "Outlook", "Divisions"):
        blocks += [head, TEXT, "Key figures", "Revenue: £4.21bn", "Profit: £312m"]
        blocks += ["Sales by division", TEXT]
    assert "Key figures" in heads_of(*blocks)
