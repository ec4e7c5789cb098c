"""Speakers69: a body by a generic noun far from its one full name, read from the name's own
words (a trade's word, its kind), never a place, a paper or an outlet spoken to between.

Each case is made up (names, nouns and trades that appear in no fixture); the shapes, not the
words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_orgs import business_named, fits, fits_by_kind
from tests.quotes.helpers import speakers as _speakers

# --- a trade's word in a body's name says its kind ---------------------------------------------


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        ("firm", "Quillan Seafood Harris", True),  # a trade's word before a place
        ("company", "Tessory Fisheries", True),
        ("operator", "Blue Meridian Cruises", True),
        ("company", "Okonjo Freight Limited", True),
        ("agency", "Moonhollow Entertainment", True),
        ("charity", "Royal Moorland Rescue Institution", True),
        # near-misses: a harbour's or water's place; a trade's word no noun of it fits
        ("operator", "Port Tavish", False),
        ("company", "Mount Evran", False),
        ("grocer", "Blue Meridian Cruises", False),
        ("union", "Moonhollow Entertainment", False),
    ],
)
def test_a_bodys_name_says_its_kind(head, name, expected):
    assert fits(head, name) is expected


def test_business_named_reads_the_word_before_a_closing_place():
    assert business_named("Quillan Seafood Harris")
    assert business_named("Okonjo Freight Limited")
    assert not business_named("Quillan Harris")
    assert not business_named("Seafood Harris")  # (two words: a trade's word may open a name)
    assert fits_by_kind("operator", "Blue Meridian Cruises")


# --- `the firm said` many paragraphs after the body's one naming -------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Quillan Seafood Harris, which runs four salmon pens off the island, reported "
                "the losses last month.",
                "Inspectors visited the pens near Tarbert on Tuesday.",
                "Crofter Ewan Macrae said neighbours were worried about the smell.",
                "The Stornoway Gazette reported that divers had been kept away.",
                'The firm said it had "acted within hours" of the first signs.',
            ),
            "Quillan Seafood Harris",
        ),
        (
            (
                "Blue Meridian Cruises will stop calling at Port Tavish next year.",
                "The harbour, on the island of Eromo, has seen visits fall by half.",
                "Harbour master Sione Lauaki said the berth was being repaired.",
                'In a statement to the Eromo Tribune, the operator said the decision was "not '
                'a judgment" on the town.',
            ),
            "Blue Meridian Cruises",
        ),
        (
            (
                "The Royal Moorland Rescue Institution will review two of its stations in Wales.",
                "The station at Pencarreg has been open since 1881.",
                "Volunteer Gareth Llewelyn said the crew were shocked.",
                'The charity said the review was "a matter of course".',
            ),
            "Royal Moorland Rescue Institution",
        ),
        (
            (
                "Okonjo Freight Limited, a Lagos-based haulier, owns the lorry.",
                "The depot in Ikeja has been shut since Monday.",
                "Driver Emeka Obi said he had been told to wait.",
                'A spokeswoman for the company said a new lorry was "on the road".',
            ),
            "Okonjo Freight Limited",
        ),
        (
            (
                "Tickets were resold at five times their price, said the singer's management "
                "company, Moonhollow Entertainment.",
                "Police in Incheon fined three resellers on Monday.",
                'In a statement, the agency said it would "not let this go".',
            ),
            "Moonhollow Entertainment",
        ),
    ],
)
def test_a_generic_noun_turns_back_to_the_body_its_name_kinds(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # near-misses: no body of the noun's kind was named, only a harbour, a paper (the
        # person who spoke last may still be taken for `the operator`: a trade of people too)
        (
            "Ships will stop calling at Port Tavish next year.",
            "Harbour master Sione Lauaki said the berth was being repaired.",
            'In a statement to the Eromo Tribune, the operator said it was "not a judgment".',
        ),
        (
            "The Stornoway Gazette newspaper reported that divers had been kept away.",
            "Crofter Ewan Macrae said neighbours were worried.",
            'The firm said it had "acted within hours".',
        ),
    ],
)
def test_no_place_or_paper_is_the_body(paragraphs):
    found = _speakers(*paragraphs)
    assert found[-1] not in {"Port Tavish", "Eromo Tribune", "Stornoway Gazette"}


# --- `The union said` of a body named only in its head's post (`president of the X Union`) ----


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Dana Whitlock, president of the Tolland Paramedics Union, said crews were tired.",
                "The audit found response times in Selkirk had doubled.",
                'The union said in a statement it "welcomed" the audit.',
            ),
            "Tolland Paramedics Union",
        ),
        (
            (
                "Kenrick Farquharson, 51, chairman of the Nassau Boat Hire Association, said "
                "rentals had stopped.",
                'In a statement on Sunday, the association said members would "comply fully".',
            ),
            "Nassau Boat Hire Association",
        ),
        (
            (
                "Ilse Brandvold, secretary of the Vestfold Fishermen's Federation, spoke first.",
                "Quotas were cut by a fifth in March.",
                'The federation said the cut was "the last straw".',
            ),
            "Vestfold Fishermen's Federation",
        ),
    ],
)
def test_a_bodys_noun_is_the_body_of_a_post_not_its_holder(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # near-misses: the noun is the holder's own post, not the body's word
        (
            (
                "Dana Whitlock, president of the Tolland Paramedics Union, said crews were tired.",
                'The president said the audit was "long overdue".',
            ),
            "Dana Whitlock",
        ),
        (
            (
                "Ilse Brandvold, secretary of the Vestfold Fishermen's Federation, spoke first.",
                '"We are finished," the secretary said.',
            ),
            "Ilse Brandvold",
        ),
    ],
)
def test_a_post_noun_stays_its_holder(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


# --- `A ministry official said`: an unnamed staffer speaks for the body by its noun ------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Ministry of Coastal Works issued new rules for sea walls on Friday.",
                'A ministry official said the work would be done "within the year".',
            ),
            "Ministry of Coastal Works",
        ),
        (
            (
                "The Tarvel Water Agency cut supplies to three villages.",
                "Farmers in Oskby said their wells were dry.",
                'An agency source said the cuts were "unavoidable" this summer.',
            ),
            "Tarvel Water Agency",
        ),
        (
            (
                "Pellmoor Council closed the library after the roof leaked.",
                'A council official said it would reopen "when it is safe".',
            ),
            "Pellmoor Council",
        ),
    ],
)
def test_an_unnamed_staffer_speaks_for_the_body(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # near-misses: off the record, an official speaks as no body; no body's noun
        (
            "The Ministry of Coastal Works issued new rules for sea walls on Friday.",
            'A ministry official, who asked not to be named, said the rules were "rushed".',
        ),
        (
            "The Tarvel Water Agency cut supplies to three villages.",
            'An agency official, speaking on condition of anonymity, said it was "a mess".',
        ),
        (
            "The Tarvel Water Agency cut supplies to three villages.",
            'A senior official said the cuts were "unavoidable".',
        ),
    ],
)
def test_an_official_off_the_record_or_of_no_body_is_no_one(paragraphs):
    assert _speakers(*paragraphs) == [None]


# --- `The platform has ..., which it said` -> the body the noun opening the sentence calls -----


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Ticketvault, the country's biggest resale platform, has banned bots.",
                "Fans in Daegu queued for hours.",
                'The platform has added a queue, which it said would make bots "worthless".',
            ),
            "Ticketvault",
        ),
        (
            (
                "Corvex, a regional budget carrier, cut six routes this winter.",
                "Travellers in Lyon said fares had doubled.",
                'The carrier has cut staff too, which it said was "painful but needed".',
            ),
            "Corvex",
        ),
        (
            (
                "Mirelle, the city's oldest bakery chain, shut two shops in May.",
                "Rents in Ghent have risen by a third.",
                'The chain was sold in June, a move which it said was "the only way out".',
            ),
            "Mirelle",
        ),
    ],
)
def test_it_is_the_body_the_sentences_noun_calls(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_the_noun_beats_the_body_named_last():
    # near-miss for recency: a carrier named since is no `platform`
    found = _speakers(
        "Ticketvault, the country's biggest resale platform, has banned bots.",
        "Corvex, a regional budget carrier, sold 900 tickets through it.",
        'The platform has added a queue, which it said would make bots "worthless".',
    )
    assert found[-1] == "Ticketvault"


def test_two_bodies_of_the_nouns_kind_leave_it_to_neither():
    # near-miss: two firms of a trade's word named far back: `the firm` says neither
    found = _speakers(
        "Quillan Seafood Harris and Tessory Fisheries both reported losses last month.",
        "Inspectors visited the pens near Tarbert on Tuesday.",
        "Crofter Ewan Macrae said neighbours were worried about the smell.",
        "The Stornoway Gazette reported that divers had been kept away.",
        'The firm said it had "acted within hours" of the first signs.',
    )
    assert found[-1] not in ("Quillan Seafood Harris", "Tessory Fisheries")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # someone off the record brought in by the noun: no one, however well a firm fits it
        (
            (
                "Brantholm Ferries Ltd runs the island crossing.",
                "One of the crew, a deck operator who asked not to be named, said pay was late. "
                '"We wait and wait," the operator said.',
            ),
            [None],
        ),
        (
            (
                "Quellmoor Freight Company Limited has cut its night shifts.",
                "A forklift operator, speaking on condition of anonymity, said shifts had halved. "
                '"Nobody tells us why," the operator said.',
            ),
            [None],
        ),
        # near-miss: brought in with `a` but named, and on the record: the body
        (
            (
                "Staff at Orlan Software lost their jobs on Monday.",
                "A group of workers who call themselves the Orlan Staff Union said the cuts were "
                'unfair. "We were told by email," the group said.',
            ),
            ["Orlan Staff Union"],
        ),
    ],
)
def test_an_anonymous_noun_is_no_body_far_back(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
