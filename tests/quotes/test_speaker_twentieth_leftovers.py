"""Mechanisms of issue 15 (the twentieth set's leftovers): a cleric's title kept beside a family
word that describes the same person (`Her daughter, the Rev X,` ... `the vicar said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a family word, then a cleric's title and a name: the office's noun later is the person
        (
            (
                "Her daughter, the Rev Lorna Aldous, will lead the funeral. Her son, Tom Aldous,"
                " will read.",
                "“Mum did not believe in fuss,” the vicar said.",
            ),
            "Lorna Aldous",
        ),
        (
            (
                "Her nephew, the Rev Ben Ode, read a lesson. Tom Hart, a neighbour, carried the"
                " coffin. “She was kind,” the rector said.",
            ),
            "Ben Ode",
        ),
        (
            (
                "His brother, Father Tom Aldous, spoke first. The mayor, Ann Lee, laid a wreath.",
                "“He was kind,” the priest said.",
            ),
            "Tom Aldous",
        ),
    ],
)
def test_a_title_beside_a_family_word_names_the_office(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the family word still names the person
        (
            (
                "Her daughter, the Rev Lorna Aldous, will lead the funeral.",
                "“Mum did not believe in fuss,” her daughter said.",
            ),
            "Lorna Aldous",
        ),
        (
            (
                "Her son, the Rev Tom Aldous, and his sister, Ann Aldous, spoke.",
                "“We will miss her,” her son said.",
            ),
            "Tom Aldous",
        ),
        # a family word with no title makes no one the vicar
        (
            ("Her son, Tom Aldous, spoke at the service. “He was kind,” the vicar said.",),
            None,
        ),
        # a role before a title keeps its own noun (`parish priest`), as before
        (
            (
                "The parish priest, Father Tom Reilly, led the prayers. Ann Lee, a neighbour,"
                " spoke.",
                "“He knew every family,” the priest said.",
            ),
            "Tom Reilly",
        ),
    ],
)
def test_a_family_word_and_a_title_guards(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
