"""Boxes of fields in the running text, a label, a colon and a value on each line: the fields
are data, never heads, and the plain line right under a box, over a paragraph, opens the next
section (api/parser/headings.py, closes_a_field_run and boxed_fields)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The old town sits on a low hill above the harbour, and most of what there is to see lies "
    "within ten minutes' walk of the quay, so a single day is enough for it."
)
MORE = (
    "Trains leave every half hour from the main station, and the last one back is at eleven, "
    "which leaves time for dinner by the water before the walk to the platform."
)


@pytest.mark.parametrize(
    ("fields", "head"),
    [
        (["Stay: Hotel Miramar, doubles from €90", "Beach: Sveti Ivan"], "Rab"),
        (["Getting there: two buses a day", "Tickets: £6 return"], "The northern loop"),
        (["Opening hours: 9am to 5pm", "Entry: free"], "What to see first"),
        (["Price: £349", "Weight: 2.1kg"], "Is it worth it?"),
    ],
)  # fmt: skip
def test_a_plain_line_under_a_box_of_fields_after_a_paragraph_heads_the_next_section(fields, head):
    blocks = [TEXT, *fields, head, MORE, "Further afield", TEXT]
    assert heads_of(*blocks) == [head, "Further afield"]


@pytest.mark.parametrize(
    ("fields", "head"),
    [
        (["Ferry from Rab: 2 hours, from €12", "Stay: Hotel Miramar"], "Pag"),
        (["Shares: down 4% at 88p", "Market value: £1.2bn"], "What happens next?"),
    ],
)  # fmt: skip
def test_a_box_of_fields_under_a_paragraph_is_no_head(fields, head):
    blocks = [TEXT, "Further afield", TEXT, *fields, head, MORE]
    assert heads_of(*blocks) == ["Further afield", head]


def test_a_field_closing_a_box_over_a_picture_is_no_head():
    blocks = [TEXT, "The essentials", MORE, "Ferries: two a day.", "When to go: June or September"]
    blocks.append("@@ The harbour at dusk\nThe harbour at dusk.")
    assert heads_of(*blocks) == ["The essentials"]


@pytest.mark.parametrize(
    "blocks",
    [
        # a labelled head under the field closing the item above introduces its text
        [TEXT, "Best value: Morley Rapid", MORE, "Price: £44", "Best for small kitchens: Dualit",
         TEXT],
        [TEXT, "Myth: cold weather gives you a cold", MORE, "Verdict: false. It does not.",
         "Myth: you lose most heat through your head", TEXT],
    ],
)  # fmt: skip
def test_a_labelled_head_under_a_field_over_its_text_stays_a_head(blocks):
    assert heads_of(*blocks) == [blocks[1], blocks[4]]


@pytest.mark.parametrize(
    "blocks",
    [
        # a line with a figure is one more row of the box
        [TEXT, "Revenue: £4.21bn", "Profit: £312m", "UK retail £2.94bn", MORE],
        # a run of plain lines under the box is a list, not a head over a list
        [TEXT, "Stay: Hotel Miramar", "Beach: Sveti Ivan", "Rab", "Pag", MORE],
    ],
)  # fmt: skip
def test_lines_under_a_box_that_goes_on_stay_out_of_the_heads(blocks):
    assert heads_of(*blocks) == []


REVIEW = (
    "Recorded in a week in a borrowed chapel, it sounds like nothing else this year, and the "
    "closing song alone is worth the price of the record."
)


@pytest.mark.parametrize("field", ["Best track: Low Water", "Verdict: a grower", "Label: Tern"])
def test_a_line_over_a_rating_under_the_field_closing_a_review_heads_the_next(field):
    blocks = [REVIEW, "Ama Lind – Harbour", "★★★★☆", REVIEW, field]
    blocks += ["Salt Year", "★★★☆☆", REVIEW, "Also out this week", REVIEW]
    assert heads_of(*blocks) == ["Ama Lind – Harbour", "Salt Year", "Also out this week"]


@pytest.mark.parametrize(
    "blocks",
    [
        # under a plain open line, a list's line; over no rating, the field's box goes on
        [REVIEW, "Tracks we liked", "Salt Year", "★★★☆☆", REVIEW],
        [REVIEW, "Best track: Low Water", "Salt Year", "Harbour", REVIEW, "More", REVIEW],
    ],
)  # fmt: skip
def test_a_line_under_a_field_over_no_rating_is_no_head_of_a_review(blocks):
    assert "Salt Year" not in heads_of(*blocks)


@pytest.mark.parametrize(
    "fields",
    [
        ["Sow under cover: sweet peas, onion seed", "In flower: snowdrops, hellebores"],
        ["Bring: a hat, water and sun cream", "Leave behind: anything you cannot carry"],
        ["Eat: grilled squid, fig tart", "Drink: local white, cold beer", "Avoid: the quay cafés"],
    ],
)  # fmt: skip
def test_a_field_listing_things_under_another_field_is_no_head_over_text(fields):
    blocks = [TEXT, "First steps", TEXT, *fields, "Go early.", MORE, "Later", TEXT]
    assert heads_of(*blocks) == ["First steps", "Later"]


@pytest.mark.parametrize(
    "head", ["Best for small kitchens: Dualit Mini", "Our pick: The Harbour Inn"]
)  # fmt: skip
def test_a_labelled_head_naming_a_thing_under_a_field_stays_a_head(head):
    blocks = [TEXT, "The kettles", TEXT, "Price: £89", head, MORE, "The toasters", TEXT]
    assert head in heads_of(*blocks)


def test_a_paragraph_opening_with_a_label_is_no_box_over_a_labelled_head():
    head = "Myth: going out with wet hair gives you a cold"
    blocks = ["Myth: you lose heat through your head", TEXT, "Verdict: false. " + MORE, head, TEXT]
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    "field",
    ["Park ticket: €25 in July and August, €15 at other times", "Entry: £12, children free",
     "Day pass: $9.50 from the kiosk by the gate"],
)  # fmt: skip
def test_a_field_whose_value_opens_with_a_price_is_no_head(field):
    blocks = [TEXT, "The lakes", TEXT, field, "Swim in the lakes.", MORE, "Getting back", TEXT]
    assert heads_of(*blocks) == ["The lakes", "Getting back"]
