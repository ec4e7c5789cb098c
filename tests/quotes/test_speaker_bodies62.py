"""Mechanisms of issue 15 from the forty-third stress set's body misses: a body named once in
full is found again by its short form (`the tribunal`, `the watchdog`) and its `it`, a person
in an aside between a body and `said` is not the speaker, and a body's name keeps the fields
its comma list goes on with (`Ministry of X, Y Affairs and Z`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_orgs import fits, headed_by, oversight_body, trade_named
from api.parser.quote_people import find_mentions
from api.parser.quote_shapes import worded_field
from api.parser.quote_subject_before import past_hyphened_modifier
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("body", "finding"),
    [
        ("The Residential Property Tribunal for Wales", "the flats were “not fit to live in”"),
        ("The Employment Appeals Tribunal", "the dismissal was “plainly unfair”"),
        ("The Kelmarsh Valuation Tribunal", "the rates were “set without any evidence”"),
    ],
)
def test_the_tribunal_of_a_tribunal_named_in_full(body, finding):
    found = _speakers(
        f"{body} ruled in favour of the tenants on Tuesday after a two-day hearing.",
        f"In its written decision, the tribunal said {finding} and described the delay as "
        "“wholly unacceptable”.",
    )
    name = body.removeprefix("The ")
    assert found == [name, name]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The three-member", "The"),
        ("Police said the newly-formed", "Police said the"),
        ("Police said the Oslo-based", "Police said the Oslo-based"),  # a capital: a name
        ("A state-run", "A"),
        ("The well known", "The well known"),  # no hyphen: nothing to pass over
        ("Reporters met three-member", "Reporters met three-member"),  # no article before it
    ],
)
def test_past_hyphened_modifier(before, expected):
    assert past_hyphened_modifier(before) == expected


@pytest.mark.parametrize(
    ("body", "chair"),
    [
        ("The three-member Public Service Arbitration Tribunal", "retired Justice Ann Corley"),
        ("The five-judge Harbour Disputes Panel Tribunal", "Judge Ferris Okoye"),
        ("The newly-formed Kestrel Water Board", "former senator Dana Holt"),
    ],
)
def test_a_person_in_an_aside_between_a_body_and_said_is_not_the_speaker(body, chair):
    found = _speakers(
        "Nurses are to get a pay rise after a long dispute.",
        f"{body}, chaired by {chair}, said the offer was “not a reasonable response”.",
        "It rejected the Treasury’s argument that it could not pay, saying the finances had "
        "“improved materially” since the claim.",
    )
    name = body.split(" ", 2)[2]
    assert found == [name, name]


def test_a_verb_before_an_article_and_modifier_still_makes_the_name_an_object():
    found = _speakers(
        "Voters backed the reform on Sunday.",
        "Reporters asked the three-member Kestrel Water Board, chaired by Dana Holt, about it "
        "and Ann Corley said the reply was “not good enough”.",
    )
    assert found == ["Ann Corley"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Economic Affairs", True),
        ("Rural Development", True),
        ("Labour Relations", True),
        ("Ann Manning", False),  # a given name: a person
        ("Investment", False),  # one word: the older rule reads it
        ("Public Safety Oversight Board", False),  # too long for a field
    ],
)
def test_worded_field(name, expected):
    assert worded_field(name) is expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "In a statement, the Ministry of Finance, Economic Affairs and Investment said so.",
            "Ministry of Finance, Economic Affairs and Investment",
        ),
        (
            "The Department of Housing, Rural Development and Planning said so.",
            "Department of Housing, Rural Development and Planning",
        ),
        (
            "The Ministry of Labour, Social Affairs and Family said so.",
            "Ministry of Labour, Social Affairs and Family",
        ),
        # near-misses: a list of bodies, not one body's fields
        ("The Ministry of Health, Public Safety and the police said so.", "Ministry of Health"),
        ("The Ministry of Health, Ann Manning and the police said so.", "Ministry of Health"),
        ("The Ministry of Health, the police and the Red Cross said so.", "Ministry of Health"),
        (
            "The Ministry of Health, Oxfam Relief and Save the Children said so.",
            "Ministry of Health",
        ),
    ],
)
def test_a_bodys_name_keeps_its_list_of_fields(sentence, name):
    assert find_mentions(sentence)[0].name == name


def test_the_ministry_of_a_ministry_with_a_comma_in_its_name():
    found = _speakers(
        "Teachers will be paid more from April.",
        "In a statement, the Ministry of Finance, Economic Affairs and Investment said it "
        "would honour the award. The ministry said the money would be paid “in two parts”.",
    )
    assert found == ["Ministry of Finance, Economic Affairs and Investment"]


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("watchdog", "Office of the Privacy Commissioner", True),
        ("watchdog", "Broadcasting Standards Board", True),
        ("regulator", "Energy Ombudsman", True),
        ("watchdog", "Ministry of Health", False),
        ("watchdog", "Port Authority of Dunmere", False),  # a port's operator: no oversight word
        ("company", "Office of the Privacy Commissioner", False),
    ],
)
def test_oversight_body(head, name, expected):
    assert oversight_body(head, name) is expected


def test_a_watchdog_noun_fits_a_commissioners_office():
    assert fits("watchdog", "Office of the Data Commissioner")
    assert not fits("watchdog", "Ministry of Health")


_FILLER = "Ann Lee said the case was about trust."


@pytest.mark.parametrize(
    "office",
    [
        "Office of the Data Commissioner",
        "Office of the Information Commissioner",
        "Financial Services Ombudsman",
    ],
)
def test_the_watchdog_and_its_it_after_another_bodys_spokeswoman(office):
    found = _speakers(
        f"The {office} fined a clinic on Monday.",
        "The watchdog said the clinic had kept “no record of anything”. It said the fine "
        "was “the largest yet”.",
        *[_FILLER] * 8,
        "A Ministry of Health spokeswoman said: “The Government will review it.”",
        "The watchdog said the clinic must be audited. “We will be checking,” it said.",
    )
    assert found == [office, office, "Ministry of Health", office]


def test_the_watchdog_is_not_a_body_of_another_kind_called_before():
    found = _speakers(
        "The Ministry of Health fined a clinic on Monday.",
        "The ministry said the clinic had kept “no record of anything”.",
        *[_FILLER] * 8,
        "A Harbour Police spokeswoman said: “We will look at it.”",
        "The watchdog said the clinic must be audited. “We will be checking,” it said.",
    )
    assert found[:2] == ["Ministry of Health", "Harbour Police"]
    assert "Ministry of Health" not in found[2:]


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("laboratory", "Atlantic Diagnostic Services Ltd", True),
        ("lab", "Kestrel Pathology", True),
        ("laboratory", "Norvale Testing Laboratories", True),
        ("laboratory", "Kestrel Foods Ltd", False),
        ("company", "Kestrel Pathology", False),  # (no trade's noun: the older rules decide)
    ],
)
def test_trade_named(head, name, expected):
    assert trade_named(head, name) is expected


@pytest.mark.parametrize(
    "firm",
    ["Atlas Diagnostic Services Ltd", "Kestrel Pathology Ltd", "Norvale Testing Laboratories"],
)
def test_the_laboratory_after_another_body_spoke(firm):
    found = _speakers(
        f"The Office of the Data Commissioner found that {firm} broke the law.",
        "The watchdog said the server had been left open for a year.",
        "The laboratory, which runs six centres, said in a statement that it had “taken "
        "every step asked of us”.",
    )
    assert found == [firm]


def test_the_laboratory_is_no_firm_of_another_trade():
    found = _speakers(
        "The Office of the Data Commissioner found that Kestrel Foods Ltd broke the law.",
        "The watchdog said the server had been left open for a year.",
        "The laboratory, which runs six centres, said in a statement that it had “taken "
        "every step asked of us”.",
    )
    assert found != ["Kestrel Foods Ltd"]


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("department", "Department of Livestock Services", True),
        ("department", "Harbour Fire Department", True),
        ("department", "Epidemiology and Disease Control Division", False),
        ("department", "Ministry of Agriculture and Rural Development", False),
    ],
)
def test_headed_by(head, name, expected):
    assert headed_by(head, name) is expected


_OTHERS = (
    "Farmers say they are losing money. Ann Lee said the payments were too low.",
    "The Ministry of Agriculture said the rate was under review.",
    "Doctors say the risk is low, according to the Disease Control Division.",
    "The division’s director, Meena Rai, said 37 workers were being watched.",
    "Bo Chen said the birds could carry the virus further.",
)


@pytest.mark.parametrize(
    "department",
    [
        "Department of Livestock Services",
        "Department of Animal Health",
        "Harbour Veterinary Department",
    ],
)
def test_the_department_and_its_it_far_below_its_name(department):
    found = _speakers(
        f"The {department} said the outbreak was found on Monday.",
        *_OTHERS,
        "The department has banned the movement of poultry. “The ban is for two weeks at "
        "minimum,” it said in a notice.",
    )
    assert found[-1] == department


def test_two_departments_named_give_the_department_to_neither():
    found = _speakers(
        "The Department of Livestock Services said the outbreak was found on Monday.",
        "The Department of Roads said the bridge was shut.",
        *_OTHERS,
        "The department has banned the movement of poultry. “The ban is for two weeks at "
        "minimum,” it said in a notice.",
    )
    assert found[-1] not in ("Department of Livestock Services", "Department of Roads")


@pytest.mark.parametrize(
    ("noun", "firm"),
    [
        ("consortium", "Acme Rail Partners"),
        ("consortium", "Harbour Link Group"),
        ("company", "Tolmere Freight Ltd"),
    ],
)
def test_a_spokeswoman_for_the_noun_after_another_bodys_subject(noun, firm):
    found = _speakers(
        "PERTH — The Integrity and Audit Authority is assessing a complaint about a contract.",
        f"An aide had texted an executive of the winning {noun}, {firm}, in May.",
        f"In a statement, the {noun} said its contact had been “routine and open”.",
        "Ann Lee said the aide had done nothing wrong.",
        "The authority would not say when it would decide. “We do not give timelines,” a "
        f"spokeswoman for the {noun} said.",
    )
    assert found[-1] == firm


def test_a_spokeswoman_for_the_authority_stays_the_authoritys():
    found = _speakers(
        "PERTH — The Integrity and Audit Authority is assessing a complaint about a contract.",
        "An aide had texted an executive of the winning consortium, Acme Rail Partners, in May.",
        "In a statement, the consortium said its contact had been “routine and open”.",
        "Ann Lee said the aide had done nothing wrong.",
        "The authority would not say when it would decide. “We do not give timelines,” a "
        "spokeswoman for the authority said.",
    )
    assert found[-1] == "Integrity and Audit Authority"
