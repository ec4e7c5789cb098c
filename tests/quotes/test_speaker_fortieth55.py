"""Mechanisms of issue 15 from the fortieth set: a descriptor opening the sentence, and premises.

Words saying who someone is may open a sentence before `Name, <age or who-clause>,` (`Mum-of-two
X, 34, who ..., told the paper:`, `Retired fisherman X, 79, said:`): the name is still the
subject. A venue's name ending in its kind (`the Ashcombe Inn`, `the Harbour Hotel`) is a body's,
no person's; and one who runs, owns or keeps premises of a kind is called by the trade's noun
later (`the landlord` of `X, who runs the <Inn>,`, `the farmer` of `X, who runs a hill farm,`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_roles import premises_keepers
from api.parser.quote_subject_before import descriptor_opened
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    "descriptor",
    ["Dad-of-two", "Grandmother-of-six", "Former policewoman", "Self-employed plumber"],
)
def test_a_descriptor_opening_the_sentence_leaves_the_name_its_subject(descriptor):
    found = _speakers(
        f"Walkers were stunned. {descriptor} Olwen Pryce, 72, who lives nearby, told the "
        "Gazette: “I have walked here for years.”",
        "“Nobody warned us,” she added.",
    )
    assert found == ["Olwen Pryce", "Olwen Pryce"]


def test_a_hyphened_descriptor_before_an_age_and_a_colon():
    found = _speakers(
        "Mother-of-four Rosa Lindqvist, 80, said: “It is a disgrace.”",
        "“Nobody asked us,” she added.",
    )
    assert found == ["Rosa Lindqvist", "Rosa Lindqvist"]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Mum-of-two ", True),
        ("Retired postman ", True),
        ("Local bus driver ", True),
        ("Former policewoman ", True),
        ("Police arrested ", False),  # a verb: the name after it is its object
        ("Residents told reporter ", False),
        ("After lunch ", False),  # a phrase of time
        ("Shares of builder ", False),  # a preposition: what follows is no description
        ("Frustrated ", False),  # one word, no hyphened noun: it may be a name's
        ("Jean-Paul ", False),  # a hyphened given name
    ],
)
def test_only_who_someone_is_reads_as_a_descriptor(opening, expected):
    text = opening + "Ann Lee, 40, said"
    assert descriptor_opened(text, len(opening), 0) is expected


def test_a_name_after_a_verb_opening_the_sentence_is_no_subject():
    found = _speakers(
        "Neighbours praised Dean Morley, 30, who pulled the boy out, and Inspector Sue Grant "
        "told reporters: “He was brave.”"
    )
    assert found == ["Sue Grant"]


@pytest.mark.parametrize(
    ("name", "venue", "parent"),
    [
        ("Gareth Pugh", "the Ashcombe Inn in Porthallow, Cornwall", "the father-of-two"),
        ("Nia Morgan", "the Kestrel Tavern in Llanfair", "the mother-of-three"),
        ("Huw Bevan", "the Harbour Hotel", "the grandfather-of-five"),
    ],
)
def test_a_venue_in_a_who_clause_is_no_person(name, venue, parent):
    found = _speakers(
        f"{name}, 61, who runs {venue}, says trade has doubled.",
        f"“It has been mad,” {parent} said. “We ran out of chips.”",
    )
    assert found == [name, name]


def test_a_venue_speaks_as_a_body():
    found = _speakers(
        "The Grand Hotel said in a statement that it regretted the incident.",
        "“Guest safety is our priority,” the hotel said.",
    )
    assert found == ["Grand Hotel"]


@pytest.mark.parametrize(
    ("holder", "noun"),
    [
        ("Gareth Pugh, 61, who runs the Ashcombe Inn in Porthallow,", "the landlord"),
        ("Gareth Pugh, who runs a pub in Porthallow,", "the publican"),
        ("Gareth Pugh, who keeps the Plough on the green,", "the keeper"),
        ("Gareth Pugh, who owns the Harbour Hotel,", "the hotelier"),
    ],
)
def test_who_runs_premises_is_called_by_its_trade(holder, noun):
    found = _speakers(
        f"{holder} says trade has doubled.",
        f"Asked about the summer, {noun} said: “We are booked up.”",
    )
    assert found == ["Gareth Pugh"]


def test_the_trade_of_premises_picks_its_holder_among_others():
    found = _speakers(
        "Priya Nair, who runs the village shop, stayed open through the flood. Her neighbour "
        "Tom Ellis, a retired teacher, helped stack sandbags.",
        "“People needed bread,” the shopkeeper said.",
    )
    assert found == ["Priya Nair"]


def test_a_farm_run_gives_the_farmer_not_the_vet_named_after():
    found = _speakers(
        "Ifan Roberts, 52, who runs a hill farm near Bala, lost 40 ewes. Dr Sian Lloyd, who "
        "treated the flock, said it was the worst winter she had seen.",
        "“I have never seen drifts like it,” the farmer said.",
    )
    assert found == ["Ifan Roberts"]


@pytest.mark.parametrize(
    "holder",
    [
        "Gareth Pugh, 61, who runs the Riverside Trust in Porthallow,",  # no premises' kind
        "Gareth Pugh, 61, who drinks at the Ashcombe Inn in Porthallow,",  # no post held
        "Ifan Roberts, 52, who runs a hill farm near Bala,",  # another trade's premises
    ],
)
def test_no_trade_noun_without_premises_of_that_kind_held(holder):
    found = _speakers(
        f"{holder} says visits have doubled.",
        "Asked about the summer, the landlord said: “We are booked up.”",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("head of the Ashcombe Inn in Porthallow, Cornwall", ("landlord", "landlady", "publican")),
        ("owner of a dairy farm near Bala", ("farmer",)),
        ("head of the village shop, which opened in 1990", ("shopkeeper",)),
        ("head of the Farm Workers Union", ()),  # the premises' word is not the last
        ("head of the port's operations", ()),
        ("a barman at the Ashcombe Inn", ()),  # no post held
    ],
)
def test_premises_keepers_read_the_last_word_of_what_is_held(role, expected):
    assert premises_keepers(role) == expected


@pytest.mark.parametrize(
    ("trade", "name"),
    [
        ("Postman", "Dennis Ward"),
        ("Businesswoman", "Aisha Kamara"),
        ("Groundsman", "Peter Okafor"),
    ],
)
def test_a_trade_ending_in_man_opening_the_sentence_is_no_part_of_the_name(trade, name):
    found = _speakers(f"Regulars rallied. {trade} {name}, 79, said: “We lost a week.”")
    assert found == [name]


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Regulars rallied. Norman Dennis Ward said:", "Norman Dennis Ward"),  # a given name
        ("Regulars rallied. Hoffman Kerry Lee said:", "Hoffman Kerry Lee"),  # no sure given name
        ("Regulars rallied with Postman Dennis Ward, who said:", "Postman Dennis Ward"),
    ],
)
def test_a_man_ending_stays_in_the_name_unless_a_trade_opens_the_sentence(opening, name):
    assert _speakers(f"{opening} “We lost a week.”") == [name]
