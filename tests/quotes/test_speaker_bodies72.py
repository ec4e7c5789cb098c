"""Speakers72: a body named once in full, then only by a generic noun its name does not hold
(`Marrow Peak Logistics Ltd` ... `the firm said`, `Tolvane Civil Defence` ... `the authority
said`): the latest body whose name says the noun's kind, however far back; a paper, a place or a
person of the sentence is never it.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_generic_bodies import AUTHORITY_NOUNS, COMPANY_NOUNS, generic_nouns
from tests.quotes.helpers import speakers as _speakers

# --- a body's kind by its name's closing word -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "nouns"),
    [
        ("Marrow Peak Logistics Ltd", COMPANY_NOUNS),
        ("Brindle Harbour Exports Ltd.", COMPANY_NOUNS),
        ("Ostwick Leisure Holdings", COMPANY_NOUNS),
        ("Coral Arc Cruises", COMPANY_NOUNS),
        ("Tolvane Civil Defence", AUTHORITY_NOUNS),
        ("Keswan Ports Authority", AUTHORITY_NOUNS),
        ("Ministry of Fisheries", frozenset()),  # (`the authority` is no ministry)
        ("Orvane", frozenset()),  # (a bare name says no kind)
        ("Harlow Residents Association", frozenset()),
    ],
)
def test_a_body_kind_by_its_closing_word(name, nouns):
    assert generic_nouns(name) >= nouns
    assert bool(generic_nouns(name)) == bool(nouns)


def test_a_trade_adds_its_own_generic_noun():
    assert "agency" in generic_nouns("Moonrise Lane Entertainment")  # a performers' agency
    assert "agency" not in generic_nouns("Marrow Peak Logistics Ltd")


# --- the latest body of the noun's kind, however far back -------------------------------------

_FILLER = (
    "Tamsin Okonkwo-Reyes, a baker in the town, said the street had been quiet all week.",
    "The Harlow Residents Association said it would hold a meeting on Friday.",
    "Councillor Idris Fenwick said the council had been told nothing.",
    "“We heard it on the radio like everybody else,” Fenwick said.",
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Marrow Peak Logistics Ltd told staff on Monday that its depot would close.",
                *_FILLER,
                "In a statement, the company said it would offer “a fair settlement” to all.",
            ),
            "Marrow Peak Logistics Ltd",
        ),
        (
            (
                "Coral Arc Cruises will cut its calls to the island next season.",
                *_FILLER,
                "In a statement to the Island Courier, the operator said the move was “no "
                "reflection on the port”.",
            ),
            "Coral Arc Cruises",
        ),
        (
            (
                "The blaze was put out by Tolvane Civil Defence within an hour.",
                *_FILLER,
                "In its report, the authority said the panels had “never been certified”.",
            ),
            "Tolvane Civil Defence",
        ),
        (
            (
                "Brindle Harbour Exports Ltd., one of the largest buyers, said it had told "
                "customers to wait.",
                *_FILLER[:2],
                "“Our buyers understand weather,” the exporter said in an email.",
            ),
            "Brindle Harbour Exports Ltd.",
        ),
    ],
)
def test_a_generic_noun_finds_the_latest_body_of_its_kind(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_the_latest_body_of_the_kind_wins():
    found = _speakers(
        "Marrow Peak Logistics Ltd said it would close its depot.",
        "Its rival, Ostwick Leisure Holdings, bought the site in 2019.",
        *_FILLER,
        "The firm said the site would be sold “within the year”.",
    )
    assert found[-1] == "Ostwick Leisure Holdings"


def test_a_paper_in_the_sentence_is_not_the_body():
    found = _speakers(
        "Ostwick Leisure Holdings, which bought the track in 2019, will close it in May.",
        *_FILLER,
        "But in a letter to staff seen by the Western Courier, the firm said the last night "
        "would be “a celebration, not a wake”.",
    )
    assert found[-1] == "Ostwick Leisure Holdings"


# --- near-misses: no body of the noun's kind ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # only a ministry before: no company
            "The Ministry of Fisheries said the season would open on Tuesday.",
            *_FILLER,
            "In a statement, the company said it would offer “a fair settlement” to all.",
        ),
        (  # no body at all
            *_FILLER,
            "In a statement, the firm said it would offer “a fair settlement” to all.",
        ),
        (  # only a public body before: `the company` is none
            "The Keswan Ports Authority said the berth would be rebuilt.",
            *_FILLER,
            "The company said it was “looking at other ports”.",
        ),
    ],
)
def test_a_generic_noun_with_no_body_of_its_kind(paragraphs):
    found = _speakers(*paragraphs)[-1]
    assert found not in ("Ministry of Fisheries", "Keswan Ports Authority", "Western Courier")
    assert found not in ("Fenwick", "Idris Fenwick", "Tamsin Okonkwo-Reyes")


def test_an_unnamed_worker_is_not_the_company():
    found = _speakers(
        "Marrow Peak Logistics Ltd said 160 workers had been stood down.",
        "One of those workers, a forklift operator who asked not to be named, said the crews "
        "had been sent home. “We just sit and wait,” the operator said.",
    )
    assert found[-1] is None


def test_a_company_that_spoke_since_keeps_the_noun():
    found = _speakers(
        "Marrow Peak Logistics Ltd sold its depot last year.",
        "Vantrel said on Monday it would hire 40 drivers. “We are growing,” Vantrel said.",
        "“The depot is full,” the company said.",
    )
    assert found[-1] == "Vantrel"
