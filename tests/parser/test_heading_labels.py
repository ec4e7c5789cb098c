"""A label in capitals opens a section wherever it stands: the line right under it, over a
paragraph, is the section's first head (api/parser/heading_places.py, add_stacked_heads)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = "Our critics pick the best of the week across the county, from theatres to village halls."
TEXT = (
    "A company of six plays every part in a production set in a pilchard cellar, with the "
    "ghost as a drowned fisherman. Three hours, and it does not drag at all."
)


@pytest.mark.parametrize(
    ("labels", "events", "details"),
    [
        (["THEATRE", "FILM", "MUSIC"], ["Hamlet", "The Lodger, with live organ", "Brass Festival"],
         "Friday, 7.30pm"),
        (["OUTDOORS", "FAMILY"], ["A dawn chorus walk", "Rock pooling at low tide"],
         "Free, no need to book"),
        (["BOOKS", "TALKS"], ["The Salt Road", "An evening with the harbourmaster"], "Tickets £8"),
    ],
)  # fmt: skip
def test_the_line_under_a_label_in_capitals_after_an_entrys_details_is_a_head(
    labels, events, details
):
    blocks = [INTRO]
    for label, event in zip(labels, events, strict=True):
        blocks += [label, event, TEXT, details]
    heads = heads_of(*blocks[:-1], INTRO)
    assert set(labels) | set(events) <= set(heads)


def test_a_question_under_a_label_in_capitals_is_left_to_the_question_rules():
    blocks = [INTRO, "THEATRE", "Hamlet", TEXT, "Friday, 7.30pm", "FILM", "Why see it twice?"]
    assert "Why see it twice?" not in heads_of(*blocks, TEXT, INTRO)


def test_a_label_in_capitals_under_a_picture_is_a_kicker_over_its_standfirst():
    picture = "@@ A trader at a screen\nA trader in London on Monday.Photograph: Jo Lane"
    blocks = [INTRO, "How the week went", TEXT, picture, "ANALYSIS", "Why the markets fell", TEXT]
    assert "Why the markets fell" not in heads_of(*blocks)
