"""Mechanisms of issue 15 from the thirty-fifth stress set's body misses: a lone name the lead
shows doing what only a business does (`X cancelled 40 flights`) is the body `The <place>-based
carrier` and `the airline` call.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("lead", "name", "noun"),
    [
        ("after Skylark cancelled 40 flights from Leeds and Bristol", "Skylark", "carrier"),
        ("after Tidewell axed three ferry routes to the islands", "Tidewell", "operator"),
        ("as Bramwell will close 12 stores across the north", "Bramwell", "retailer"),
        ("because Aerovia would cancel hundreds of short-haul flights", "Aerovia", "airline"),
    ],
)
def test_a_lone_name_doing_a_business_deed_is_the_business(lead, name, noun):
    found = _speakers(
        f"Thousands of customers face disruption this week {lead}, blaming a strike.",
        f"The Norwich-based {noun} said in a statement that it “deeply regrets” the changes, "
        "which affect trips to Italy, France and Greece.",
        f"“Refunds will be offered,” the {noun} said. It added that it would “do all it can”.",
    )
    assert found == [name, name, name]


def test_a_lone_name_doing_no_business_deed_stays_unknown():
    found = _speakers(
        "Thousands of customers face disruption this week after Skylark praised the pilots.",
        "“Refunds will be offered,” the airline said.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("body", "called"),
    [
        ("AFL Integrity Unit", "integrity unit"),
        ("Dunmore Safety Unit", "safety unit"),
        ("Harlow Serious Crime Unit", "unit"),
        ("Counter Fraud Unit", "fraud unit"),
    ],
)
def test_a_unit_is_a_body_its_last_words_call(body, called):
    found = _speakers(
        f"Separately, the {body} has opened an inquiry into a post by forward Jon Bale. "
        f"“We are aware of the post and are making inquiries,” the {called} said in a statement."
    )
    assert found == [body]


def test_a_unit_noun_with_no_unit_named_is_no_one():
    found = _speakers(
        "Separately, Hawks forward Jon Bale apologised for the post.",
        "“We are aware of the post,” the integrity unit said in a statement.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("prefix", "body", "short", "noun"),
    [
        ("Norwegian-owned", "Osprey Coastal Line", "Osprey Coastal", "firm"),
        ("Nasdaq-listed", "Brindle Harwood Logistics", "Brindle Harwood", "company"),
        ("Panama-flagged", "Vessa Marlin Shipping", "Vessa Marlin", "operator"),
        ("Swiss-headquartered", "Calder Moss Group", "Calder Moss", "group"),
    ],
)
def test_an_owner_prefix_opens_a_bodys_name(prefix, body, short, noun):
    found = _speakers(
        "The Dunmore Harbour Board said ships were waiting. “We are working to clear the "
        "backlog,” the board said in a statement.",
        f"{prefix} {body} said it would skip Dunmore on two services. “We regret the impact on "
        "our customers,” it said.",
        f"According to {short}, the diversion will add five days. “Customers should expect "
        f"delays,” the {noun} said.",
    )
    assert found == ["Dunmore Harbour Board", body, body]


def test_a_born_prefix_still_opens_a_persons_name():
    found = _speakers(
        "Belfast-born Aoife Kerrigan said the role was “a dream”. “I cried,” she said."
    )
    assert found == ["Aoife Kerrigan", "Aoife Kerrigan"]


@pytest.mark.parametrize(
    ("team", "short"),
    [
        ("Western Falcons", "Falcons"),
        ("Norwood Redlegs", "Redlegs"),
        ("Austin Comets", "Comets"),
    ],
)
def test_a_teams_spokesperson_speaks_for_the_team_named_after_the(team, short):
    found = _speakers(
        "Kingsford Herons halfback Jo Bale will miss eight weeks, throwing the club’s plan to "
        f"trade him to the {team} into doubt.",
        f"Bale had been in talks with the {short} over a deal.",
        f"A {short} spokesperson said the club would “let the process run its course”.",
    )
    assert found == [team]


def test_a_persons_spokesperson_is_not_the_person():
    found = _speakers(
        "Tom Bale met the minister on Friday.",
        "A Bale spokesperson said he would “let the process run its course”.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("people", "body", "verb"),
    [
        ("Economists", "Kowhai Coast Bank", "wrote in a note to clients"),
        ("Strategists", "Brenlow Capital", "said in a note"),
        ("Analysts", "Tarrant Hale Securities", "wrote in a research note"),
    ],
)
def test_a_bodys_people_opening_the_sentence_speak_for_it(people, body, verb):
    found = _speakers(
        "The central bank cut its rate on Wednesday.",
        f"{people} at {body} {verb} that the statement was “unambiguously dovish”.",
    )
    assert found == [body]


@pytest.mark.parametrize(
    ("subject", "other", "people"),
    [
        ("Reserve Bank of Tarania", "Kowhai Coast Bank", "Economists"),
        ("Central Bank of Oskaria", "Brenlow Savings Bank", "Analysts"),
        ("Marlow Valley Council", "Harbourside District Council", "Officials"),
    ],
)
def test_a_body_met_through_its_people_leaves_the_noun_to_the_one_that_spoke(
    subject, other, people
):
    noun = subject.split()[1].lower() if "Council" not in subject else "council"
    found = _speakers(
        f"The {subject} cut its rate. The {noun} said inflation was “within the band”.",
        f"{people} at {other} wrote in a note that the statement was “unambiguously dovish”.",
        "Markets rallied on the news.",
        f"In its statement, the {noun} said prices had “stabilized at a lower level”.",
    )
    assert found == [subject, other, subject]


def test_a_body_met_only_through_its_people_keeps_the_noun():
    found = _speakers(
        "Economists at Kowhai Coast Bank wrote in a note that the cut was “unambiguously dovish”.",
        "In a later note, the bank said prices had “stabilized at a lower level”.",
    )
    assert found == ["Kowhai Coast Bank", "Kowhai Coast Bank"]
