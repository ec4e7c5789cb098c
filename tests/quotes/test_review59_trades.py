"""review59: a trade's noun in -man is one whatever letter stands before the ending.

speakers72 read `fisherman`, `groundsman` and `boatman` (the endings -sman, -erman, -tman)
as the person just quoted; `ferryman`, `fireman`, `watchman`, `milkman` are the same class.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Tomas Ilves, 66, has worked the river crossing at Orsk for forty years.",
                '"The current has never been this fast," the 66-year-old said.',
                '"We close at six now." The ferryman said the winter timetable starts soon.',
            ),
            ["Tomas Ilves", "Tomas Ilves"],
        ),
        (
            (
                "Della Ruane, 52, has delivered milk around Coyne Hill since 1990.",
                '"People still leave notes in the bottles," the 52-year-old said.',
                '"Glass is coming back." The milkman said orders had doubled this year.',
            ),
            ["Della Ruane", "Della Ruane"],
        ),
        (
            (
                "Piet Maron, 58, has guarded the Velm works at night for twenty years.",
                '"I know every cat on the estate," the 58-year-old said.',
                '"Nobody has broken in since the lights went up." The watchman said the '
                "cameras were never switched on.",
            ),
            ["Piet Maron", "Piet Maron"],
        ),
        # near-misses: someone unnamed spoke before; a body spoke before
        (
            (
                "Tomas Ilves, 66, has worked the river crossing at Orsk for forty years.",
                'A passenger, who asked not to be named, said the boat "was always late".',
                '"We close at six now." The ferryman said the winter timetable starts soon.',
            ),
            [None, None],
        ),
        (
            (
                "The Orsk Ferry Company said sailings would be cut in January.",
                '"Fuel costs have doubled," the company said.',
                '"We close at six now." The ferryman said the winter timetable starts soon.',
            ),
            ["Orsk Ferry Company", None],
        ),
    ],
)
def test_a_trade_noun_in_man_is_the_person_just_quoted(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_human_is_no_trade():
    # near-miss: a word of the ending that names no one's trade
    found = _speakers(
        "Della Ruane, 52, has delivered milk around Coyne Hill since 1990.",
        '"People still leave notes in the bottles," the 52-year-old said.',
        '"Nobody checks." The human said the robots would not replace her.',
    )
    assert found == ["Della Ruane", None]


def test_a_chairman_is_a_post_not_a_trade():
    # near-miss: a body's post in -man is no one's trade (the speaker before is not meant)
    found = _speakers(
        "Della Ruane, 52, has delivered milk around Coyne Hill since 1990.",
        '"People still leave notes in the bottles," the 52-year-old said.',
        '"Nobody checks the rota." The chairman said the club would vote in May.',
    )
    assert found == ["Della Ruane", None]
