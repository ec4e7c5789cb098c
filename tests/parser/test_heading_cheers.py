"""A live page's post head that cheers, ending in '!', right under its timestamp, where other
posts' heads stand under theirs (api/parser/headings.py, cheered_post_heads)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The break is coming back. Three kilometres to go and the two riders in front can see the "
    "bunch below them on the hairpins, and they know it."
)
MORE = (
    "The leader keeps the jersey by four seconds after a finish that had the crowd on the "
    "barriers shouting him up the last few hundred metres of the climb."
)


def live(cheer: str, stamps: tuple[str, str, str] = ("16:42", "16:31", "16:20")) -> list[str]:
    """A live page of three posts, the newest headed by `cheer`, the others by plain heads."""
    return heads_of(
        stamps[0], cheer, MORE, stamps[1], "The gap is down to 20 seconds", TEXT,
        stamps[2], "Rain at the summit", TEXT,
    )  # fmt: skip


@pytest.mark.parametrize("cheer", ["Hale wins on the Tumble!", "Goal!", "Rovers take the lead!"])
def test_a_cheering_post_head_under_its_timestamp_is_a_head(cheer):
    assert live(cheer)[0] == cheer


@pytest.mark.parametrize(
    "stamps", [("3.42pm", "3.31pm", "3.20pm"), ("Updated 14:05", "13:50", "13:31")]
)
def test_the_timestamps_forms_do_not_matter(stamps):
    assert live("Hale wins on the Tumble!", stamps)[0] == "Hale wins on the Tumble!"


def test_a_cheer_without_headed_posts_around_it_is_a_sentence():
    heads = heads_of("16:42", "Hale wins on the Tumble!", MORE, "16:31", TEXT, "16:20", TEXT)
    assert heads == []


def test_a_cheer_in_the_running_text_is_no_head():
    heads = heads_of(TEXT, "What a climb this is!", MORE, "16:31", "The gap is down", TEXT,
                     "16:20", "Rain at the summit", TEXT)  # fmt: skip
    assert "What a climb this is!" not in heads


def test_a_cheer_over_a_short_line_is_no_head():
    heads = heads_of("16:42", "Hale wins it!", "Yes!", "16:31", "The gap is down", TEXT,
                     "16:20", "Rain at the summit", TEXT)  # fmt: skip
    assert "Hale wins it!" not in heads
