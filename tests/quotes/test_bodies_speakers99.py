"""Speakers99: bodies and their documents a reader credits where the parser gave no one or a place.

- A document `from` a body, then a participle saying when or how it came out (`A notice from the
  VWA published in newspapers on Sunday said`), gives the body's words.
- A document its owner's possessive names, the words of its kind between (`according to the
  TIA's first information report`), gives the owner's words.
- A document `from the <body's noun>` earlier in the paragraph gives a later `the circular read`
  to the body that noun calls; one `was told in an email from the company that "..."` hears the
  company's words.
- `the flood alert read` (a kind's word before the document; an alert is a document) speaks for
  the alert's issuer as `the alert read` does.
- Capitals opening a paragraph before a dateline's dash (`KIGALI - ...`) are where the story was
  filed from, never the body a later `the regulator said` calls back.

Each with near-misses the rules must leave alone. Each case is made up; the shapes, not the
words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_documents import (
    document_from,
    document_from_name,
    document_sender_noun,
    issued_document_noun,
    possessive_issued,
    sender_noun,
)
from tests.quotes.helpers import speakers as _speakers

# --- a document from a body, then a participle ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("A notice from the VWA published in newspapers", "A notice from the VWA"),
        ("A circular from Tarnby Pharma Ltd issued to shops", "A circular from Tarnby Pharma Ltd"),
        ("A bulletin from the Kessel Board signed by its head", "A bulletin from the Kessel Board"),
        ("A letter from Tarn Water Ltd dated May 2", "A letter from Tarn Water Ltd"),
        ("A notice from the VWA publishes", None),
        ("A letter from Acme chief executive Ann Roe published", None),
    ],
)
def test_document_from_before_a_participle(phrase, expected):
    assert document_from(phrase) == expected


def test_document_from_name_reads_the_whole_name():
    assert document_from_name("A bulletin from the Dunmore Maritime Agency") == (
        "Dunmore Maritime Agency"
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The Vell Water Authority (VWA) said on Monday that supplies were safe.",
            "A notice from the VWA published in newspapers on Sunday said residents should"
            ' "boil all drinking water" until further notice.',
            "Vell Water Authority",
        ),
        (
            "Tarnby Pharma Ltd recalled two batches of syrup on Thursday.",
            "A circular from Tarnby Pharma Ltd issued to pharmacies on Friday said stock should be"
            ' "quarantined at once".',
            "Tarnby Pharma Ltd",
        ),
        (
            "The Dunmore Maritime Agency closed the harbour mouth to small craft.",
            "A bulletin from the Dunmore Maritime Agency published on its website said skippers"
            ' faced "fines of up to 5,000 crowns".',
            "Dunmore Maritime Agency",
        ),
        (
            "The Dunmore Maritime Agency closed the harbour mouth to small craft.",
            "An advisory from the Dunmore Maritime Agency released on Friday warned that"
            ' anglers risked "a ban for the season".',
            "Dunmore Maritime Agency",
        ),
    ],
)
def test_a_document_from_a_body_published_speaks_for_it(first, second, expected):
    assert _speakers(first, second) == [expected]


def test_a_document_posted_keeps_its_own_reading():
    # (`posted on its website`: a document put up at a site, read as before)
    found = _speakers(
        "The Dunmore Maritime Agency closed the harbour mouth to small craft.",
        "A bulletin from the Dunmore Maritime Agency posted on its website said skippers faced"
        ' "fines of up to 5,000 crowns".',
    )
    assert found == ["Dunmore Maritime Agency"]


def test_a_letter_from_a_named_person_is_no_body_document():
    found = _speakers(
        "Brenna Vos runs the Acme plant.",
        "A letter from Acme chief executive Brenna Vos published on Monday said the plant was"
        ' "not for sale".',
    )
    assert found == [None]


# --- a dateline's capitals are no body -----------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        'KIGALI - Riders have three weeks to "park their bikes", the transport regulator said on'
        " Monday.",
        'VELLPORT – Ferry fares will rise by "a fifth or more" from June, the operator said on'
        " Tuesday.",
        'ORLEN CITY — The two blocks must be cleared "within 30 days", the authority said.',
    ],
)
def test_a_dateline_is_not_the_body_a_noun_calls_back(lead):
    assert _speakers(lead, "The order covers two blocks of flats.") == [None]


def test_a_body_named_after_the_dateline_still_speaks():
    found = _speakers(
        'KIGALI - Riders have three weeks to "park their bikes", the transport regulator said on'
        " Monday.",
        "The Vell Public Transport Authority (VPTA) set the deadline in a notice to cooperatives.",
    )
    assert found == ["Vell Public Transport Authority"]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # (a body in the dateline's paragraph, after the dash: a body still)
        (
            "KIGALI - The Vell Transit Agency (VTA) said on Monday that fares would rise.",
            "Vell Transit Agency",
        ),
        # (an acronym written in a sentence, no dateline: a body still)
        ("The VTA said on Monday that fares would rise.", "VTA"),
    ],
)
def test_a_body_named_in_the_text_keeps_its_noun(first, expected):
    assert _speakers(first, '"We have no choice," the agency said.') == [expected]


# --- a body's possessive, then its document's kind ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the TIA's first information report", True),
        ("the Dunmore Maritime Agency’s incident report", True),
        ("Tarn Water's annual statement", True),
        ("the union's statement", True),
        ("the TIA's 2024 report", False),
        ("the report's first page", False),
        ("the TIA's officers", False),
        ("the TIA's long and detailed first information report", False),
    ],
)
def test_possessive_issued(phrase, expected):
    assert possessive_issued(phrase.split()) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The Tarn Investigation Agency (TIA) arrested two directors on Saturday.",
            'The firm "kept taking deposits after the ban", according to the TIA\'s first'
            " information report.",
            "Tarn Investigation Agency",
        ),
        (
            "The Dunmore Maritime Agency fined the operator on Monday.",
            'The ferry was "grossly overloaded", according to the Dunmore Maritime Agency’s'
            " incident report.",
            "Dunmore Maritime Agency",
        ),
        (
            "Kessel Mutual Insurance paid out on 40 claims.",
            'Storm damage was "the worst in a decade", according to Kessel Mutual Insurance\'s'
            " quarterly filing.",
            "Kessel Mutual Insurance",
        ),
    ],
)
def test_a_body_possessive_document_speaks_for_it(first, second, expected):
    assert _speakers(first, second) == [expected]


def test_a_document_possessive_of_no_body_stays_unattributed():
    found = _speakers(
        "The Tarn Investigation Agency (TIA) arrested two directors on Saturday.",
        'The ferry was "grossly overloaded", according to the report\'s first page.',
    )
    assert found == [None]


# --- a document from a body's noun, then `the <document> read` -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A circular from the authority sent to butchers said", "authority"),
        ("Letters from the council delivered to owners said", "council"),
        ("A bulletin from the regulator's lawyers said", None),
        ("A bulletin from the KFSB said", None),
    ],
)
def test_document_sender_noun(text, expected):
    assert document_sender_noun(text, text.index(" from")) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The Kessel Food Standards Board (KFSB) recalled three brands of honey.",
            "An advisory from the board issued to retailers on Monday said stock was 'unfit for"
            " sale'. 'Return every jar to the supplier,' the advisory read.",
            "Kessel Food Standards Board",
        ),
        (
            "The Vell Insurance Regulator fined Kessel Mutual Insurance on Friday.",
            "A bulletin from the regulator sent to brokers said the fine was 'a warning to the"
            " sector'. 'Claims must be paid within 30 days,' the bulletin read.",
            "Vell Insurance Regulator",
        ),
        (
            "Dunmore Harbour Council voted to close the slipway.",
            'Letters from the council delivered to boat owners said the ramp was "unsafe". "The'
            ' slipway will be fenced off from Friday," the letter said.',
            "Dunmore Harbour Council",
        ),
    ],
)
def test_a_document_from_a_body_noun_reads_for_the_body(first, second, expected):
    assert _speakers(first, second) == [expected, expected]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # (the body's lawyers sent it: no noun of the body right after the document)
        (
            "The Vell Insurance Regulator fined Kessel Mutual Insurance on Friday.",
            "A bulletin from the regulator's lawyers sent to brokers said the fine was 'a"
            " warning'. 'Claims must be paid within 30 days,' the bulletin read.",
        ),
        # (a person's noun: no body's)
        (
            "Ann Lee became minister in May.",
            "A circular from the minister sent to schools said classes were 'cancelled'. 'Stay"
            " home,' the circular read.",
        ),
    ],
)
def test_a_document_from_no_body_noun_reads_for_no_one(first, second):
    assert _speakers(first, second)[-1] is None


# --- told in a document from a body's noun -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("company that her unit was", "company"),
        ("council, which", "council"),
        ("council's lawyer that", None),
        ("start-up that", "start-up"),  # (a hyphened noun read whole, not up to its hyphen)
        ("start-up's lawyer that", None),
        ("Kessel Ltd that", None),
    ],
)
def test_sender_noun(text, expected):
    assert sender_noun(text, 0) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Ann Vos rented a unit from Kessel Self Storage, LLC for ten years.",
            "Vos said she had been told in an email from the company that her unit was"
            ' "in good standing" a week after the sale.',
            "Kessel Self Storage, LLC",
        ),
        (
            "The Tarn Water Authority (TWA) cut supplies on Friday.",
            "Farmers were told in a letter from the authority that wells would stay"
            ' "sealed until spring".',
            "Tarn Water Authority",
        ),
        (
            "Dunmore Harbour Council voted to close the slipway.",
            'Boat owners were told in a notice from the council that the ramp was "unsafe for'
            ' use".',
            "Dunmore Harbour Council",
        ),
        (
            "Kelda Foods, a start-up based in Tarnby, laid off staff last week.",
            "Ann Roe said she was told in an email from the start-up that her job was"
            ' "gone for good".',
            "Kelda Foods",
        ),
    ],
)
def test_told_in_a_document_from_a_body_noun(first, second, expected):
    assert _speakers(first, second) == [expected]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Dunmore Harbour Council voted to close the slipway.",
            "Boat owners were told in a notice from the council's lawyer that the ramp was"
            ' "unsafe for use".',
        ),
        (
            "Ann Lee became minister in May.",
            'Teachers were told in a letter from the minister that classes were "cancelled".',
        ),
    ],
)
def test_told_in_a_document_from_no_body_noun(first, second):
    assert _speakers(first, second) == [None]


# --- `the <kind> <document>` as the cue's subject -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the flood alert", "alert"),
        ("the consumer bulletin", "bulletin"),
        ("the alert", "alert"),
        ("the TIA bulletin", None),
        ("the union's statement", None),
        ("a flood alert", None),
        ("the flood warning", None),
    ],
)
def test_issued_document_noun(phrase, expected):
    assert issued_document_noun(phrase.split()) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            'A flood alert from the TWA issued on Sunday warned that rivers would rise. "Move'
            ' livestock to high ground," the flood alert read.',
            "Tarn Water Authority",
        ),
        (
            'The authority said in an alert on Sunday that rivers would rise. "Move livestock to'
            ' high ground," the alert said.',
            "Tarn Water Authority",
        ),
        (
            'A flood bulletin from the TWA issued on Sunday warned that rivers would rise. "Move'
            ' livestock to high ground," the flood bulletin read.',
            "Tarn Water Authority",
        ),
    ],
)
def test_a_kinded_document_reads_for_its_issuer(second, expected):
    assert _speakers("The Tarn Water Authority (TWA) cut supplies on Friday.", second) == [expected]


def test_a_document_from_a_body_office_is_not_the_body_own():
    # (`from the TWA's office`: the office sent it, a body the text never names in full)
    found = _speakers(
        "The Tarn Water Authority (TWA) cut supplies on Friday.",
        "A flood alert from the TWA's regional office warned that rivers would rise."
        ' "Move livestock to high ground," the flood alert read.',
    )
    assert found == [None]
