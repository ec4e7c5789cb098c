"""Mechanisms of issue 15 from the thirty-sixth set: people described, places and partial quotes.
A person's name right after a place's or a team's possessive opening the sentence is its subject
(`Colombia's X won ..., calling it “...”`); places joined by `and` in a role before a name (`The
MP for Ashby and Dunmore, X,`) are part of the role, never the subject; a clause opened by a
conjunction after a partial quote (`X has told the court he “...” after a newspaper reported
that`) is not its reporting clause; a career's stage (`the rookie`) is the person with an age
written after the name; `Asked whether ... Y's ..., the <nationality> said:` is the one who spoke
in the paragraph before, never Y.

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


def test_a_court_told_is_no_subject_of_its_own():
    found = _speakers(
        "told the High Court he “lost his business overnight” after a tabloid reported that he "
        "had underpaid staff."
    )
    assert found == [None]


def test_a_subordinate_clause_after_a_quote_with_no_named_subject_before():
    found = _speakers("The mayor vowed to cut “wasteful spending” after auditors reported losses.")
    assert found == [None]  # (no named subject before: the rule leaves the clause after alone)


@pytest.mark.parametrize(
    ("person", "age", "noun", "stage"),
    [
        ("Max Fellner", "19", "rookie", "qualified sixth in only his ninth race"),
        ("Ines Solberg", "22", "debutant", "was winning her first cap"),
        ("Kwabena Mensah", "38", "veteran", "was playing his 300th league game"),
    ],
)
def test_a_career_stage_noun_is_the_person_with_an_age_named_before(person, age, noun, stage):
    found = _speakers(
        f"{person}, {age}, who {stage}, had finished behind Leo Sand and Tim Ashe of Rexford.",
        f"“I gave it everything and it was not enough,” the {noun} said. “It stings.”",
    )
    assert found == [person, person]


@pytest.mark.parametrize(
    ("nationality", "person", "other"),
    [
        ("Austrian", "Max Fellner", "Ulla Brandt"),
        ("Briton", "Olivia Marsh", "Piet de Groot"),
        ("Dane", "Jonas Holm", "Ruth Adeyemi"),
    ],
)
def test_a_name_in_an_asked_question_never_answers_it(nationality, person, other):
    surname = other.rsplit(" ", 1)[-1]
    found = _speakers(
        f"Team principal {other} said the car had been legal all weekend.",
        f"{person} said the penalty was “hard to take” after a strong drive.",
        f"“We were quick all day and deserved more,” {person.split()[-1]} said.",
        f"Asked whether he blamed {surname}'s engineers, the {nationality} said: “No. We move on.”",
    )
    assert found == [person, person, person]


def test_a_nationality_written_before_a_name_still_decides():
    found = _speakers(
        "Belgian rider Jens Maes finished third, ahead of Tom Ekberg.",
        "“It was a long day,” Ekberg said.",
        "Asked whether he had doubted the result, the Belgian said: “Never. We knew.”",
    )
    assert found == ["Tom Ekberg", "Jens Maes"]
