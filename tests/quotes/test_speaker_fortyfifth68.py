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


# --- a partial inside `, who ...` about someone unnamed -> no one -------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Mayor Jon Bell told councillors that he had met the housing minister, who had "
            'promised to "look again" at the plan.',
            None,
        ),
        (
            "Union leader Kofi Asare said he had written to a senior manager at the plant, who "
            'replied that the cuts were "not negotiable".',
            None,
        ),
        (
            "Ruth Obi told the inquiry she had phoned her line manager, who warned her to "
            '"keep quiet" about the leak.',
            None,
        ),
        # near-misses: the relative closed by a comma, `which`, `who he described as`, the
        # subject's own relative
        (
            "Mayor Jon Bell told councillors that the housing minister, who was in London, had "
            '"no plans" to visit.',
            "Jon Bell",
        ),
        (
            'Mayor Jon Bell said the plan, which had been "years in the making", was dead.',
            "Jon Bell",
        ),
        (
            "Mayor Jon Bell told councillors that the housing minister, who he described as "
            '"a friend", would visit.',
            "Jon Bell",
        ),
        ('Ann Ward, who chairs the board, said the plan was "unworkable".', "Ann Ward"),
    ],
)
def test_a_partial_of_someone_unnamed_in_a_relative(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]
