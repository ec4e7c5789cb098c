"""Speakers96: a body's spokesperson by its works' doer, traced first.

The reader's rule: `a spokesman for the miller` is the company whose name holds the works the
noun's doer runs (`X Palm Oil Mill Sdn Bhd`, `Y Sugar Mills Bhd`), and the spokesman's later
quotes stay with it; a doer's noun no company's name holds (`the singer`, `the brewer` of a
mill) gives no company.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_PERSON = "Omar Saleh, 60, said he had fished there for years."


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "The mill, owned by Tarbeck Grain Mill Ltd, sits on the river near the village.",
            "A spokesman for the miller said it “deeply regrets” the spill.",
            "Tarbeck Grain Mill Ltd",
        ),
        (
            "The plant of Orvane Sugar Mills Bhd stands near the town.",
            "In a statement, a spokeswoman for the miller said it “will pay” for the damage.",
            "Orvane Sugar Mills Bhd",
        ),
        (
            "Kelso Brewery Ltd and Aldra Foods Inc. share the yard.",
            "A spokesperson for the brewer said: “The tank did not leak.”",
            None,  # (near-miss: `Brewery` is no `brew`: the works' word itself is asked)
        ),
        (
            "Workers at Feldra Flour Mills Ltd were sent home on Friday.",
            "A spokeswoman for the miller said: “The line will restart.”",
            "Feldra Flour Mills Ltd",
        ),
        # (near-miss: a doer's noun no company's name holds: no company)
        (
            "The mill, owned by Tarbeck Grain Mill Ltd, sits on the river near the village.",
            "A spokesman for the singer said she “will recover” soon.",
            None,
        ),
        # (near-miss: no `the` before the noun: `a miller` is a person)
        (
            "The mill, owned by Tarbeck Grain Mill Ltd, sits on the river near the village.",
            "A spokesman for a miller said he “lost everything”.",
            None,
        ),
    ],
)
def test_a_works_doer_calls_the_company_whose_name_holds_the_works(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


def test_the_spokesman_of_the_works_keeps_the_company():
    """`a spokesman for the miller said it “...”. “...,” the spokesman said`: both the mill's."""
    got = _speakers(
        "Runoff from Peltra Palm Oil Mill Sdn Bhd reached the river on Sunday.",
        _PERSON,
        "Later, a spokesman for the miller said it “deeply regrets” the spill. “The pond "
        "has been sealed,” the spokesman said.",
    )
    assert got[-2:] == ["Peltra Palm Oil Mill Sdn Bhd", "Peltra Palm Oil Mill Sdn Bhd"]


# --- a spokesperson for the local authority: the article's only council ------------------------

_COUNCILLOR = (
    "Cllr Ann Roe, who represents the ward on {council}, said several people had called her. "
    "‘People are told to pay now,’ she said."
)


@pytest.mark.parametrize(
    ("council", "cue", "speaker"),
    [
        (
            "Kelvar Council",
            "A spokesman for the local authority said: ‘The council owns two flats.’",
            "Kelvar Council",
        ),
        (
            "West Brannock Council",
            "A spokeswoman for the local authority said the repairs were “overdue”.",
            "West Brannock Council",
        ),
        (
            "Kelvar District Council",
            "A spokesperson for the local authority said: ‘We will pay our share.’",
            "Kelvar District Council",
        ),
        # (near-miss: two councils named: which one is the local authority is not said)
        (
            "Kelvar Council and Orrin Council",
            "A spokesman for the local authority said: ‘The council owns two flats.’",
            None,
        ),
    ],
)
def test_a_spokesperson_for_the_local_authority_is_the_only_council(council, cue, speaker):
    first = "Owners had letters from their factor, Morven Property Management Ltd, last month."
    assert _speakers(first, _COUNCILLOR.format(council=council), cue)[-1] == speaker


def test_a_spokesperson_for_an_authority_is_no_council_unless_called_local():
    """`a spokesman for the authority` with no `local authority` said before: no council."""
    got = _speakers(
        "Owners had letters from their factor, Morven Property Management Ltd, last month.",
        _COUNCILLOR.format(council="Kelvar Council"),
        "A spokesman for the authority said: ‘We will look at it.’",
    )
    assert got[-1] != "Kelvar Council"
