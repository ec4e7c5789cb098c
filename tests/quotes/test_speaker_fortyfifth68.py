"""Speakers68: the forty-fifth stress set's misses outside bare generic nouns: `who said` after a
person's workplace, a pronoun opening a paragraph, `he replied:` after a resolved role, a trade
noun of the person whose clause stated it, a partial of an unnamed person.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

# --- `X, <role> at the <Body>, who said` -> X --------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Prices rose sharply, according to Dr Mara Voss, an economist at the University of "
            'Keldor, who said the rise was "long overdue".',
            "Mara Voss",
        ),
        (
            "Fish stocks fell, according to Rona Pike, director of the Marlow Sea Trust, who "
            'called the losses "a scandal".',
            "Rona Pike",
        ),
        (
            "The vote was close, said Idris Fennel, a senior lecturer in law at Dunmore College, "
            'who described the result as "a coin toss".',
            "Idris Fennel",
        ),
        # near-misses: `which` stands for the body; a body named without a person's role
        (
            'The grant came from the Marlow Sea Trust, which said the losses were "a scandal".',
            "Marlow Sea Trust",
        ),
        (
            'Talks stalled after Tom Reed met the Harbour Board, which called the plan "a mess".',
            "Harbour Board",
        ),
    ],
)
def test_who_after_a_workplace_is_the_person(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]
