"""Mechanisms of issue 15 from the thirty-sixth set: people described, places and partial quotes.
A person's name right after a place's or a team's possessive opening the sentence is its subject
(`Colombia's X won ..., calling it “...”`); places joined by `and` in a role before a name (`The
MP for Ashby and Dunmore, X,`) are part of the role, never the subject; a clause opened by a
conjunction after a partial quote (`X has told the court he “...” after a newspaper reported
that`) is not its reporting clause.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("owner", "person", "sentence"),
    [
        ("Spain's", "Jose Luis Garcia Marin", "won the Tour on Sunday after holding off Italy's"),
        ("Norvik Racing's", "Tom Ekberg", "took the chequered flag in the rain ahead of Brazil's"),
        ("Kenya's", "Faith Wanjiru", "broke the course record on Saturday, well clear of Japan's"),
    ],
)
def test_a_name_after_an_owners_possessive_is_the_subject(owner, person, sentence):
    found = _speakers(
        f"PARIS, May 2 (AFP) - {owner} {person} {sentence} Marco Rossi, calling it “the best day "
        "of my career, and I have had a few.”"
    )
    assert found == [person]


def test_a_possessive_before_a_thing_gives_no_one():
    found = _speakers("Kenya's economy grew faster than forecast, calling it “a good year.”")
    assert found in ([], [None])


@pytest.mark.parametrize(
    ("role", "holder", "pronoun"),
    [
        ("The Labour MP for Ashby and Dunmore", "Helen Crofts", "she"),
        ("The SNP MSP for Kelton and Rossburn", "Iain MacPhail", "he"),
        ("The Conservative member for Hallam and Wexcombe", "Piers Lowther-Bray", "he"),
    ],
)
def test_places_joined_by_and_in_a_role_are_no_one(role, holder, pronoun):
    found = _speakers(
        f"{role}, {holder}, said: “The bosses have failed my constituents.”",
        "The firm should be fined, the Commons heard last week. "
        f"“They have had enough chances,” {pronoun} said.",
    )
    assert found == [holder, holder]


def test_two_people_joined_by_and_stay_two():
    found = _speakers("Helen Crofts and Tom Dunmore said the plan was “dead in the water”.")
    assert found == [None]


@pytest.mark.parametrize(
    ("role", "person", "told", "after"),
    [
        ("Celebrity chef", "Tom Barker", "he “lost everything in a weekend”", "after a newspaper"),
        ("Former striker", "Dele Amankwah", "he was “finished as a player”", "after a tabloid"),
        ("Retired surgeon", "Margit Olander", "she felt “utterly betrayed”", "because the board"),
    ],
)
def test_a_partial_quote_told_to_a_court_before_a_clause_of_its_own(role, person, told, after):
    found = _speakers(
        f"{role} {person} has told the High Court {told} {after} reported that staff were unpaid."
    )
    assert found == [person]


def test_a_subordinate_clause_after_a_quote_with_no_named_subject_before():
    found = _speakers("The mayor vowed to cut “wasteful spending” after auditors reported losses.")
    assert found == [None]  # (no named subject before: the rule leaves the clause after alone)
