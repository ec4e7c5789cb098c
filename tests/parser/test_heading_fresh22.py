"""Heads read off the document (issue 15, fresh22's shapes, made-up texts): a numbered entry's
head over its first field of figures ('4. Ridge Hawks' / 'Last season: 36-27-7')."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

INTRO = (
    "The new season opens on Saturday, and the bookmakers cannot agree on a favourite for the "
    "first time in years. Here is how we rank the contenders before the first game."
)
ENTRY_ONE = (
    "They kept their coach and their best scorer, and the fixture list is kind until October, "
    "when three away trips in eight days will test a thin squad."
)
ENTRY_TWO = (
    "A new owner has promised money for the summer, but the two players signed so far are both "
    "over thirty and neither has played a full season since 2023."
)
ENTRY_THREE = (
    "Nobody expects much, and that may suit a young side that finished the last campaign with "
    "five wins in its final seven games under an interim manager."
)

RANKINGS = [
    (("1. Eastfield Rovers", "Last season: 24-8-6, first in the North"),
     ("2. Marlow Town", "Last season: 20-10-8"),
     ("3. Kelso Athletic", "Last season: 14-16-8, ninth")),
    (("1. The Copper Kettle", "Score: 9/10, best value in town"),
     ("2. Nonna Rosa", "Score: 8/10"),
     ("3. The Salt House", "Score: 6/10, slow service")),
    (("1. Brindle Ridge", "Height: 1,044m, a full day's walk"),
     ("2. Tollan Pike", "Height: 931m"),
     ("3. Gorse Fell", "Height: 702m, easy in summer")),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "third"), RANKINGS)
def test_a_field_of_figures_under_a_numbered_head_is_its_first_field(first, second, third):
    """The field line under each numbered head is text, not a head over a subsection."""
    blocks = [INTRO, *first, ENTRY_ONE, *second, ENTRY_TWO, *third, ENTRY_THREE]
    assert heads_of(*blocks) == [first[0], second[0], third[0]]


@pytest.mark.parametrize(("first", "second", "third"), RANKINGS)
def test_a_numbered_head_over_fields_after_a_field_is_a_head(first, second, third):
    """An entry of fields alone ends on a field line; the next numbered head over its own
    field still opens an entry: '... Power play: 14%' / '3. Kelso Athletic' / 'Last season:'."""
    label = second[1].split(":", 1)[0]
    closing = f"{label} rank: 7th, of 12"
    blocks = [INTRO, *first, ENTRY_ONE, *second, closing, *third, ENTRY_THREE]
    assert heads_of(*blocks) == [first[0], second[0], third[0]]


def test_a_numbered_run_without_fields_is_still_a_list():
    """Numbered short lines over each other, no field among them, stay a list's items."""
    blocks = [INTRO, "1. Eggs", "2. Flour", "3. Butter", ENTRY_ONE]
    assert heads_of(*blocks) == []


def test_a_plain_subsection_head_under_a_head_stays_stacked():
    """A head line with no figures right under a head over text is still the first
    subsection's head: 'The plan' / 'New bands from next year' / text."""
    blocks = [INTRO, "The plan", "New bands for every driver", ENTRY_ONE, "The cost", ENTRY_TWO]
    assert heads_of(*blocks) == ["The plan", "New bands for every driver", "The cost"]
