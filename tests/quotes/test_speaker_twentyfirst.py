"""Mechanisms of issue 15 after the twenty-first set: a body named by its seat (`Oslo-based X`)
and a body's noun made from the verb of its relative clause (`X, which publishes Y` ... `the
publisher`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_AGENCY = (
    'No one was hurt, the Danish Maritime Authority said. "The hull is intact," the agency said.'
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a seat written before two capitals: the run is a body's name, and `the company` its
        (
            (
                "The ship's owner, Oslo-based Brennan Tankers, said the crew were safe. "
                '"We are relieved," the company said.',
            ),
            "Brennan Tankers",
        ),
        (
            (
                "Lyon-based Vireo Shipping said the crew were safe. "
                '"We are relieved," the firm said.',
            ),
            "Vireo Shipping",
        ),
        # the seat stands inside an apposition: the body still is the sentence's subject
        (
            (
                _AGENCY,
                "The vessel's operator, Bremen-based Kastor Linien, said the Polar Wren had been "
                'bound for Riga. "Our concern is the crew," the company said.',
            ),
            "Kastor Linien",
        ),
    ],
)
def test_a_seat_before_a_name_makes_it_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a role between the seat and the name: a person, as before
        (
            (
                "Oslo-based designer Ann Lee said the show was late. "
                '"We are relieved," the designer said.',
            ),
            "Ann Lee",
        ),
        (
            (
                "Cork-based farmer Tom Keane said the rain came late. "
                '"It was a hard year," Keane said.',
            ),
            "Tom Keane",
        ),
    ],
)
def test_a_seat_before_a_role_leaves_the_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Riftline Games, which publishes Vanguard, said viewers rose. "
                '"Great," the publisher said.',
            ),
            "Riftline Games",
        ),
        (
            (
                "Bellway Toys, which makes the doll, recalled it last week. "
                '"Safety comes first," the maker said.',
            ),
            "Bellway Toys",
        ),
        (
            (
                "Harbour Trust, which operates the port, said the cranes would run again on "
                'Monday. "The berths are clear," the operator said.',
            ),
            "Harbour Trust",
        ),
    ],
)
def test_which_and_a_verb_give_a_body_its_noun(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a verb whose doer is another noun: no noun of the description is made
        (
            "Bellway Toys, which sells the doll, recalled it last week. "
            '"Safety comes first," the maker said.',
        ),
        # the body of the relative clause is not the one that spoke last
        (
            "Morrow Systems, which develops the app, said it had fixed the fault. Kestrel Bank "
            'said it had frozen accounts. "Nobody was hurt," the manufacturer said.',
        ),
    ],
)
def test_which_and_another_verb_give_no_noun(paragraphs):
    assert _speakers(*paragraphs)[-1] is None
