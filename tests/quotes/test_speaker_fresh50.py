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


_FILLER = (
    "Friends of the Park, a volunteer group, said it would raise funds.",
    "Its chair, Lorna Pike, said: “We will not let it close.”",
    "Marjorie Dunn, 80, walks her dog there daily. “It is my happy place,” the pensioner said.",
)


@pytest.mark.parametrize(
    ("title", "name", "noun"),
    [
        ("Head gardener", "Ruth Amberley", "head gardener"),
        ("Chief inspector", "Dominic Ashworth", "chief inspector"),
        ("Chief taster", "Kezia Mbatha", "chief taster"),
        ("Head brewer", "Anselm Grieve", "head brewer"),
    ],
)
def test_a_title_and_trade_before_a_name_is_its_holder_far_back(title, name, noun):
    found = _speakers(
        f"{title} {name}, who has worked there since 1998, said the frost was “brutal”.",
        "Park manager Idris Coombe said the glasshouse would reopen in May.",
        *_FILLER,
        f"The {noun} said the tulips had survived, calling them “tough as old boots”.",
    )
    assert found == [name, "Lorna Pike", "Marjorie Dunn", name]


def test_a_lowercase_word_before_a_name_is_no_role():
    found = _speakers(
        "Later Ruth Amberley said the frost was “brutal”.",
        *_FILLER,
        "The gardener said the tulips had survived, calling them “tough as old boots”.",
    )
    assert found[0] == "Ruth Amberley"
    assert found[-1] != "Ruth Amberley"
