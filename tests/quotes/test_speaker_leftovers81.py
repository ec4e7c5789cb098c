"""Speakers81: a body by the role it plays (`a spokesperson for the regulator` of a council
`which licenses pharmacies`, `the governing body` of one `which issues race permits`, a board
that `issued a closure direction`), with near-misses the rules must leave alone (a company's
form with its stop, a body whose clause says another deed, `issued a statement`), and a
company by the doer's noun of its relative clause's deed (`the processor` of `X Holdings Ltd,
which processed the catch`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_generic_bodies import (
    REGULATOR,
    clause_doers,
    regulates,
    regulator_phrase,
)
from api.parser.quote_orgs import company_form_word, fits
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Ltd.", "ltd"), ("Inc.", "inc"), ("Authority", "authority"), ("Co.", "co")],
)
def test_a_form_word_without_its_stop(word, expected):
    assert company_form_word(word) == expected


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("regulator", "Brisholm Feed Mart Ltd.", False),  # the stop made it a bare name
        ("union", "Orbis Tooling Inc.", False),
        ("regulator", "Orbis Tooling Inc", False),  # as without the stop
        ("company", "Brisholm Feed Mart Ltd.", True),  # a company is still one
        ("firm", "Orbis Tooling Inc.", True),
    ],
)
def test_a_company_with_its_forms_stop_fits_a_companys_nouns_only(head, name, expected):
    assert fits(head, name) is expected


@pytest.mark.parametrize(
    ("name", "after", "expected"),
    [
        ("Varden Racing Council", " (VRC), which issues race permits, said", True),
        ("Osk Water Quality Board", " issued a closure direction to the mill.", True),
        ("Tarn Fisheries Directorate", " issues fishing licences every spring.", True),
        ("Halvik Transport Office", " issued an order grounding the fleet.", True),
        ("Varden Racing Council", ", which issued a statement, said", False),  # anyone's
        ("Osk Weather Office", " issued a warning for the coast.", False),  # no regulator's
        ("Varden Racing Council", ", which organises the races, said", False),  # another deed
        ("Brisholm Mills", " issued a closure notice to staff.", False),  # no public body's head
    ],
)
def test_a_body_issuing_a_regulators_instrument_regulates(name, after, expected):
    assert regulates(name, after) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a spokesman for the governing body said", REGULATOR),
        ("a spokeswoman for the regulatory body said", REGULATOR),
        ("the licensing body said", REGULATOR),
        ("a spokesman for the body said", None),
        ("a spokesman for the governing party said", None),
    ],
)
def test_a_bodys_two_word_role(words, expected):
    assert regulator_phrase(words.split()) == expected


REGULATOR_CASES = [
    # a council that licenses, the chain spoke last: the regulator is the council
    (
        [
            "Brisholm Feed Mart Ltd., which bought the shop in 2020, told staff it would close.",
            "The Orvale Veterinary Practice Council, which licenses clinics in the province, "
            "confirmed it was told on Monday.",
            'In a statement, the company said it had "tried every option".',
            'A spokesperson for the regulator said: "An owner is not required to stay open."',
        ],
        ["Brisholm Feed Mart Ltd.", "Orvale Veterinary Practice Council"],
    ),
    # a sport's council that issues permits, the organiser (Ltd.) spoke last
    (
        [
            "The regatta is run by Kesgrave Water Events Ltd.",
            "The Varden Rowing Council (VRC), which issues regatta permits, said it had opened "
            'a review of "the forecast and the start".',
            'In a statement, the company said it was "deeply sorry".',
            'A spokesman for the governing body said: "We will look at the forecasts."',
        ],
        ["Varden Rowing Council", "Kesgrave Water Events Ltd.", "Varden Rowing Council"],
    ),
    # a board that issued a direction, the company spoke last
    (
        [
            "The mill is run by Ostrava Pulp Private Limited.",
            "The Selwyn Pollution Control Board (SPCB) issued a closure direction to the mill.",
            'In a statement, the company said the spill was caused by "heavy rain".',
            'A spokesperson for the regulator said: "There was no heavy rain."',
        ],
        ["Ostrava Pulp Private Limited", "Selwyn Pollution Control Board"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), REGULATOR_CASES)
def test_a_body_by_the_role_its_deed_shows(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_council_whose_clause_says_another_deed_is_no_regulator():
    # (the council organises, issues nothing: `the regulator` is no one the text shows)
    found = _speakers(
        "Brisholm Feed Mart Ltd., which bought the shop in 2020, told staff it would close.",
        "The Orvale Shopkeepers Council, which organises the market, said it was told.",
        'In a statement, the company said it had "tried every option".',
        'A spokesperson for the regulator said: "An owner is not required to stay open."',
    )
    assert found[-1] != "Orvale Shopkeepers Council"


@pytest.mark.parametrize(
    ("after", "noun", "expected"),
    [
        (", which processed most of the catch, cut jobs", "processor", True),
        (", which supplies rice to schools", "supplier", True),
        (" (KMB), which builds the ferries", "builder", True),
        (", which managed the port until 2019", "manager", True),
        (", which processed most of the catch", "operator", False),  # another deed's noun
        (", the largest processor in the bay", "processor", False),  # no relative clause
        (" said the processor had gone", "processor", False),
        (", which operates 18 daily flights", "operator", False),  # a generic noun: other rules
    ],
)
def test_a_relative_clauses_deed_names_its_doer(after, noun, expected):
    assert (noun in clause_doers(after)) is expected


DOER_CASES = [
    # the processor's woman manager spoke, a charter skipper between: the company
    (
        [
            "Harwick Seafoods Holdings Ltd, which processed the bay's catch, cut 30 jobs. Its "
            'manager, Ines Brolin, said: "We still hope."',
            'Tova Lund, who runs a dive shop, said: "It was the mud."',
            'A spokeswoman for the processor said: "We support the closure."',
        ],
        ["Ines Brolin", "Tova Lund", "Harwick Seafoods Holdings Ltd"],
    ),
    # the supplier, a head teacher spoke last
    (
        [
            "Orlo Grain Ltd, which supplies rice to the district's schools, missed two deliveries.",
            'Head teacher Pavel Dren said: "We are looking for another one."',
            'A spokesman for the supplier said: "The trucks broke down."',
        ],
        ["Pavel Dren", "Orlo Grain Ltd"],
    ),
    # the builder (an acronym before its clause), a harbourmaster spoke last
    (
        [
            "Kestrel Marine Works Ltd (KMW), which builds the island's ferries, was fined.",
            'Ilse Vang, the harbourmaster, said: "Our sailings go on."',
            'A spokesman for the builder said: "We will appeal."',
        ],
        ["Ilse Vang", "Kestrel Marine Works Ltd"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), DOER_CASES)
def test_a_company_by_the_doer_of_its_deed(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_company_whose_clause_says_another_deed_is_not_the_noun():
    # (`which sells the catch`: no processor the text shows, so not the seller)
    found = _speakers(
        "Harwick Seafoods Holdings Ltd, which sells the bay's catch, cut 30 jobs.",
        'Tova Lund, who runs a dive shop, said: "It was the mud."',
        'A spokeswoman for the processor said: "We support the closure."',
    )
    assert found[-1] != "Harwick Seafoods Holdings Ltd"
