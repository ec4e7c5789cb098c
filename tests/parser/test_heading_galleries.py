"""A photo story's sections of pictures only: the line after a section's pictures opens the
next section, no item of a list the section's head opened (api/parser/headings.py,
heads_pictures)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = "The volunteers spent a year in the hides. Here are the pictures they chose to show."
CLOSE = "The pictures are on show at the visitor centre until the end of March this year."


def picture(n: int) -> str:
    """A picture with its caption and credit, as the export writes one."""
    return f"@@ A bird on a post\nA bird on the east scrape, number {n}.Photograph: Jo Lane"


@pytest.mark.parametrize(
    "heads",
    [
        ["Spring", "Summer", "Autumn and winter"],
        ["On the scrape", "In the reedbed", "By the sluice", "At the sea wall"],
        ["January", "February"],
    ],
)
def test_each_section_of_pictures_has_its_head(heads):
    blocks = [INTRO]
    for n, head in enumerate(heads):
        blocks += [head, picture(2 * n), picture(2 * n + 1)]
    assert heads_of(*blocks, CLOSE) == heads


def test_a_list_right_under_the_pictures_stays_a_list():
    rows = ["Blue Origin, Kent, Washington", "SpaceX, Hawthorne, California"]
    blocks = [INTRO, "The bidders", picture(1), picture(2), *rows, "Ceres Robotics, Palo Alto"]
    heads = heads_of(*blocks, CLOSE)
    assert not set(rows) & set(heads)


def test_a_line_after_pictures_under_a_list_item_stays_an_item():
    blocks = [INTRO, "The bidders:", "Blue Origin", picture(1), "SpaceX", CLOSE]
    assert heads_of(*blocks) == []
