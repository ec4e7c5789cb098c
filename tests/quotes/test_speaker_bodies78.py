"""Speakers78: why `the <noun> said` of a body still missed far back, and the reader's rules: a
company's trade read from its own words past its legal form (`X Shipping Ltd` is `the
operator`, `Y Engineering Sdn Bhd` `the contractor`, `Z Holdings Ltd` `the group`), a body its
trade names preferred to one that fits by form only, and the latest of the last few bodies that
fits a noun of a known kind (not merely the latest body).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_orgs import business_named, fits, trade_nouns, trade_word
from tests.quotes.helpers import speakers as _speakers

_FILLER = (
    "Odalys Fenwick-Arro, who has lived in the town for 30 years, said the queues were long.",
    "“We wait and we wait, and nobody tells us anything,” Fenwick-Arro said.",
    "Her neighbour Tomasz Quillane said he had written to his MP twice.",
)

# --- a company's trade by its own words, past its legal form -----------------------------------


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Harbour Reach Shipping Ltd", "shipping"),
        ("Vell Jaya Engineering Sdn Bhd", "engineering"),
        ("Tarn Ground Handling Services Pvt Ltd", "services"),
        ("Oro Coast Airports Co", "airports"),
        ("Vance Holdings", "holdings"),  # (no form)
        ("Ltd", "ltd"),  # (a form alone is its own word)
    ],
)
def test_the_trade_word_is_the_last_before_the_legal_form(name, word):
    assert trade_word(name) == word


@pytest.mark.parametrize(
    ("name", "nouns"),
    [
        ("Harbour Reach Shipping Ltd", {"haulier", "carrier", "operator"}),
        ("Vell Jaya Engineering Sdn Bhd", {"builder", "contractor"}),
        ("Oro Coast Airports Co", {"operator"}),
        ("Pell Sky Airways Ltd", {"airline", "carrier"}),
        ("Kelmer Provisions Ltd", set()),  # (no trade its words say)
        ("Ministry of Ports", set()),  # (no company)
    ],
)
def test_trade_nouns_are_the_trades_not_the_firms(name, nouns):
    assert trade_nouns(name) == nouns


@pytest.mark.parametrize(
    ("head", "name", "fit"),
    [
        ("group", "Quenby Homeware Holdings Ltd", True),  # (a trade's plural before the form)
        ("group", "Quenby Foods Pty Ltd", True),
        ("group", "Quenby Software Ltd", False),  # (no plural: no group)
        ("contractor", "Vell Jaya Engineering Sdn Bhd", True),
        ("airline", "Harbour Reach Shipping Ltd", False),  # (its trade says no airline)
        ("company", "Vell Jaya Engineering Sdn Bhd", True),
    ],
)
def test_a_noun_fits_the_trade_past_the_form(head, name, fit):
    assert fits(head, name) is fit


@pytest.mark.parametrize(
    ("name", "business"),
    [
        ("Vell Jaya Engineering Sdn Bhd", True),
        ("Marrow Lane Pvt Ltd", True),
        ("Ministry of Finance", False),
        ("Bhd", False),  # (a form alone)
    ],
)
def test_a_legal_form_makes_a_business(name, business):
    assert business_named(name) is business


# --- a body its trade names before one that fits by form only ----------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The ferry is operated by Harbour Reach Shipping Ltd, which holds the island "
                "contract.",
                "Priya Oduya, who manages the Quay Street shop of Kelmer Provisions Ltd, said the "
                "shelves were bare.",
                *_FILLER,
                "In an email to customers, the operator said it could “not guarantee” a date.",
            ),
            "Harbour Reach Shipping Ltd",
        ),
        (
            (
                "The airfield is run by Oro Coast Airports Co, a state enterprise.",
                "Pell Sky Airways Ltd, which flies there daily, said it would add buses. “Change "
                "your dates for free,” the carrier said.",
                *_FILLER,
                "In a statement, the operator said the cracks were caused by “heavy rain”.",
            ),
            "Oro Coast Airports Co",
        ),
        (
            (
                "The lifts are serviced by Vell Jaya Engineering Sdn Bhd under a city contract.",
                *_FILLER,
                "When contacted, a spokesman for the contractor said: “The motors are on order.”",
            ),
            "Vell Jaya Engineering Sdn Bhd",
        ),
        (
            (
                "Quenby Homeware Holdings Ltd has entered business rescue, putting 900 jobs at "
                "risk.",
                "The Allied Shopworkers Union said it would meet the practitioners.",
                *_FILLER,
                "In an announcement, the group said its lenders had “acted within their rights”.",
            ),
            "Quenby Homeware Holdings Ltd",
        ),
    ],
)
def test_the_body_its_trade_names_is_the_nouns(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


# --- near-misses: a person's noun, no trade said, no body, another kind ---------------------------


def test_a_company_by_form_only_still_answers_when_no_trade_fits():
    paragraphs = (
        "Kelmer Provisions Ltd said the shelves would be restocked by Friday.",
        *_FILLER,
        "“We have chartered a plane,” the operator said.",
    )
    assert _speakers(*paragraphs)[-1] == "Kelmer Provisions Ltd"


def test_a_person_noun_is_not_the_traded_body():
    paragraphs = (
        "The ferry is operated by Harbour Reach Shipping Ltd.",
        "Tomasz Quillane, 54, a deckhand, said the crew had not been paid.",
        "“We work twelve hours a day,” the deckhand said.",
    )
    assert _speakers(*paragraphs)[-1] == "Tomasz Quillane"


def test_no_group_when_the_companies_are_no_groups():
    paragraphs = (
        "Quenby Software Ltd has entered business rescue.",
        *_FILLER,
        "In an announcement, the group said its lenders had “acted within their rights”.",
    )
    assert _speakers(*paragraphs)[-1] is None


def test_a_union_named_since_is_not_the_group():
    paragraphs = (
        "The Allied Shopworkers Union said its members at Quenby had not been paid.",
        *_FILLER,
        "In an announcement, the group said its lenders had “acted within their rights”.",
    )
    assert _speakers(*paragraphs)[-1] is None
