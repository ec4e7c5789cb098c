"""Heads read off the document (issue 15, fresh19's shapes, made-up texts): a live page's post
heads opening on an exclamation under their timestamps ('GOAL! ...'), and full-sentence heads
ending in '.' right after a short quotation paragraph."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# Posts of a live page, longer than any head.
RUGBY = (
    "Ngata goes over in the corner after three phases of patient work from the Harbour "
    "forwards, and the conversion from the touchline drifts just wide of the far post."
)
TENNIS = (
    "Moreau has found her range on the backhand at last, and the crowd on the east stand are "
    "on their feet after a rally of thirty-one shots that ended with a drop shot."
)
RACE = (
    "A front wing has come apart at the hairpin and the marshals are sweeping the carbon off "
    "the track while the leaders tour round behind the car in single file."
)
CALM = "Both sides are trading possession in midfield without much happening."


def live(post: str, under: str = RUGBY, stamps: tuple[str, ...] = ("3.42pm", "3.31pm", "3.20pm")):
    """The heads of a live page of three posts, the newest headed by `post` over `under`, the
    others by plain heads."""
    return heads_of(
        stamps[0], post, under, stamps[1], "Half-time: Harbour 12-7 Vale", TENNIS,
        stamps[2], "Kick-off", RACE,
    )  # fmt: skip


@pytest.mark.parametrize(
    "post",
    [
        "TRY! Harbour 17-7 Vale (Ngata 54)",
        "GOAL! Millbrook 2-1 Eastfield (Okonjo 88)",
        "Red card! Lindqvist is off",
        "Safety car! Debris at the hairpin",
        "Break of serve! Moreau leads 4-2 in the third",
        "Declared! Greens hold Ashcombe North",
    ],
)
def test_an_exclaimed_post_head_under_its_timestamp_is_a_head(post):
    assert live(post)[0] == post


@pytest.mark.parametrize(
    "stamps", [("16:42", "16:31", "16:20"), ("Updated 9.05am", "8.50am", "8.31am")]
)
def test_the_timestamps_forms_do_not_matter(stamps):
    post = "WICKET! Okoro goes for 41"
    assert live(post, TENNIS, stamps)[0] == post


@pytest.mark.parametrize(
    "post",
    [
        "GOAL! Millbrook 1-0 Eastfield (Okonjo 23). A corner, a free header and it is in.",
        "Wow! It went in. What a finish from the edge",  # two sentences after the exclamation
        "Oh no! he has slipped over",  # no head after the exclamation
    ],
)
def test_an_exclamation_over_running_text_is_the_posts_text(post):
    assert post not in live(post)


def test_an_exclaimed_line_without_headed_posts_around_it_is_text():
    post = "TRY! Harbour 17-7 Vale (Ngata 54)"
    assert heads_of("3.42pm", post, RUGBY, "3.31pm", TENNIS, "3.20pm", RACE) == []


def test_an_exclaimed_line_away_from_a_timestamp_is_text():
    post = "Red card! Lindqvist is off"
    heads = heads_of("3.42pm", "Half-time: Harbour 12-7 Vale", TENNIS, post, RUGBY,
                     "3.20pm", "Kick-off", RACE)  # fmt: skip
    assert post not in heads


def test_an_exclaimed_line_over_a_shorter_line_is_text():
    post = "Safety car! Debris at the hairpin"
    assert post not in live(post, "Phew.")
