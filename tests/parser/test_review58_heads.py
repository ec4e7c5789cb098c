"""review58's widening of the conceding head ('And yes, ...' after a picture) to its class: any
conjunction that leads a writer's sentence with any reply word that grants a doubt."""

from __future__ import annotations

import pytest

from api.parser.heading_siblings import is_conceding_head
from api.parser.layout import Line
from tests.parser.test_heads61 import PICTURE, conceding_page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yet sure, the ferry still runs on Sundays.", True),
        ("And of course, the market opens at six.", True),
        ("But true, the old pier is showing its age.", True),
        ("Yet no, the rent will not rise this spring.", True),
        ("Yet surely the ferry runs on Sundays.", False),  # no reply word set off by a comma
        ("Of course, the market opens at six.", False),  # no conjunction: a reply
        ("And sure, it was.", False),  # elliptical: its verb is in the text before
    ],
)
def test_a_conceding_opener_of_any_conjunction_and_reply_word(text: str, expected: bool) -> None:
    assert is_conceding_head(Line(text, alone=True)) is expected


def test_a_widened_conceding_line_after_a_picture_heads_its_section() -> None:
    heads = conceding_page("And of course, the market opens at six.", PICTURE)
    assert heads[-1] == "And of course, the market opens at six."
