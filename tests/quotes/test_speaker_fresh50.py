"""Speakers50: the thirty-seventh set's last classes (`the <age>-year-old said` of `X, <age>, and
her husband, Y,` is X, the age belonging to the name it was written after).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("first", "age", "other"),
    [
        ("Maria Lund", 41, "her husband, Piotr"),
        ("Dana Hill", 29, "her partner, Owen Reyes"),
        ("Tomasz Wierzba", 57, "his wife, Halina"),
        ("Ngozi Achebe", 63, "her son, Emeka"),
    ],
)
def test_an_age_points_to_the_name_it_follows(first, age, other):
    found = _speakers(
        f"{first}, {age}, and {other}, paid a deposit in 2021 for a flat that was never built.",
        f"“We were told it was safe,” the {age}-year-old said. “Now look at it.",
        "“We have nothing left.”",
    )
    assert found == [first, first, first]


def test_an_age_written_after_no_name_is_the_person_named_last():
    found = _speakers(
        "Maria Lund and her husband, Piotr Lund, paid a deposit in 2021.",
        "“We were told it was safe,” the 41-year-old said.",
    )
    assert found == ["Piotr Lund"]


def test_another_age_leaves_the_person_named_last():
    found = _speakers(
        "Dana Hill, 29, and her partner, Owen Reyes, 33, lost their deposit.",
        "“It was everything we had,” the 33-year-old said.",
    )
    assert found == ["Owen Reyes"]
