"""Speakers49: the thirty-seventh set's first-look classes (a participle after `Analysts at
<Body> said` keeps its clause's phrase; `The <body noun> called <object> “...”` quotes the body;
an Irish `Co <County>` after a town is a place inside the appositive, never the subject).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("people", "body", "participle"),
    [
        ("Analysts", "Morrow Hale", "noting that margins had held"),
        ("Economists", "Pell Ridge Capital", "adding that rates would hold"),
        ("Strategists", "Varga Brothers", "warning of a pullback"),
        ("Analysts", "Quayside Securities", "citing slower orders"),
    ],
)
def test_a_participle_after_people_at_a_body_keeps_the_body(people, body, participle):
    found = _speakers(
        f"{people} at {body} said in a note the results were “softer than hoped,” {participle}."
    )
    assert found == [body]


def test_a_named_subject_before_a_participle_still_speaks():
    found = _speakers("Jane Okafor said the deal was “a stretch,” noting the price paid.")
    assert found == ["Jane Okafor"]


@pytest.mark.parametrize(
    ("body", "noun", "thing", "words"),
    [
        ("Threnody Labs", "company", "the package", "generous by any standard."),
        ("Ormond Foods", "firm", "the decision", "painful but necessary"),
        ("the Harlow Institute", "institute", "the findings", "deeply worrying"),
        ("Calder Water", "utility", "the fine", "disproportionate and unfair"),
    ],
)
def test_the_body_noun_calling_a_thing_quotes_the_body(body, noun, thing, words):
    found = _speakers(
        f"{body} said it would review the matter. The {noun} called {thing} “{words}”"
    )
    assert found == [body.removeprefix("the ")]


def test_a_body_noun_naming_a_term_is_no_quote():
    found = _speakers(
        "Ormond Foods said it would close. The firm called the storm a “perfect storm” of costs."
    )
    assert found == []


def test_a_naming_verb_of_unnamed_critics_is_no_one():
    found = _speakers("Ormond Foods said it would close. Critics called the decision “cowardly”.")
    assert found in ([], [None])


@pytest.mark.parametrize(
    ("person", "pronoun", "apposition", "town", "county"),
    [
        ("Mairead Doyle", "she", "principal of St Brigid College in", "Tuam", "Galway"),
        ("Sean Walsh", "he", "a dairy farmer near", "Kilrush", "Clare"),
        ("Niamh Byrne", "she", "who runs a cafe in", "Dingle", "Kerry"),
        ("Cathal Furlong", "he", "chair of the tidy towns committee in", "Bunclody", "Wexford"),
    ],
)
def test_a_county_after_the_town_is_no_subject(person, pronoun, apposition, town, county):
    found = _speakers(
        f"{person}, {apposition} {town}, Co {county}, said {pronoun} had been waiting “since June”."
    )
    assert found == [person]


def test_a_company_ending_in_co_still_gives_its_director():
    found = _speakers("Fergal Quinn, managing director of Quinn & Co, said the sale was “overdue”.")
    assert found == ["Fergal Quinn"]


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Metropolitan Police", "Met"),
        ("Westmorland Fire Service", "West"),
        ("Ambulance Trust", "Amb"),
        ("Wiltshire Police", "Wilts"),
    ],
)
def test_a_clipped_first_word_before_spokesman_is_the_body(body, short):
    found = _speakers(
        f"The {body} said crews had attended. “We were there within minutes,” a {short} "
        "spokesman said."
    )
    assert found == [body]


def test_a_clip_two_bodies_share_is_neither():
    found = _speakers(
        "The Metropolitan Police said it would review the case. The Metropolis Trust said it "
        "would not. “We have no comment,” a Met spokesman said."
    )
    assert found == ["Met"]


def test_a_short_form_with_no_body_named_stays_itself():
    found = _speakers("“We have no comment,” a Met spokesman said.")
    assert found == ["Met"]
