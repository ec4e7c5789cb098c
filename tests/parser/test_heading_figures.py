"""A figure alone on its line and an arrow-led pointer to another page are no heads: '41,000'
over the sentence saying what it counts, '➡️ Read the full story on our website' closing a
newsletter's item (api/parser/headings.py, is_figure_or_pointer)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "The council met on Tuesday night and voted to keep the library open for another year, "
    "after a petition with more signatures than any before it."
)
COUNTS = "That is how many people have signed up to the scheme since it opened in the spring."


def digest(*middle: str) -> list[str]:
    """A newsletter digest of three heads, the given blocks in the second one's section."""
    return heads_of(TEXT, "The big story", TEXT, "Number of the day", *middle, "Get in touch", TEXT)


@pytest.mark.parametrize("figure", ["41,000", "73%", "£4.2", "+1.5%", "2.75", "1,250,000"])
def test_a_figure_alone_is_no_head(figure):
    assert digest(figure, COUNTS) == ["The big story", "Number of the day", "Get in touch"]


@pytest.mark.parametrize("year", ["1998", "2024"])
def test_a_bare_year_over_its_text_stays_a_head(year):
    heads = heads_of(TEXT, "1996", TEXT, year, TEXT, "2026", TEXT)
    assert year in heads


@pytest.mark.parametrize(
    "pointer",
    ["➡️ Read the full story on our website", "→ Watch the video of the vote",
     "» Sign up for the morning briefing", "▶ Listen to the council debate"],
)  # fmt: skip
def test_an_arrow_led_pointer_is_no_head_and_the_next_head_stands(pointer):
    heads = heads_of(TEXT, "The big story", TEXT, pointer, "Elsewhere", TEXT, "Weather", TEXT)
    assert heads == ["The big story", "Elsewhere", "Weather"]


@pytest.mark.parametrize("head", ["➡️ What happens next", "▶ The big story"])
def test_an_arrow_led_head_that_points_nowhere_stays_a_head(head):
    assert head in heads_of(TEXT, "Background", TEXT, head, TEXT, "Weather", TEXT)
