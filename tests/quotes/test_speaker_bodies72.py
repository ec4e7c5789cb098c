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
    assert _speakers(*paragraphs)[-1] is None


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


def test_the_latest_body_that_spoke_over_one_named_in_passing():
    found = _speakers(
        "Marrow Peak Logistics Ltd confirmed the depot, beside the Quayside Foods warehouse, "
        "would close on Friday.",
        *_FILLER[:2],
        "The firm said drivers would be offered “every possible help”.",
    )
    assert found[-1] == "Marrow Peak Logistics Ltd"


# --- a body's document as the cue's subject ----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Rennick Valley Hospital said in an update on Sunday that two patients had "
                "been moved. “The other three are stable,” the update said.",
            ),
            "Rennick Valley Hospital",
        ),
        (
            (
                "The Keswan Ports Authority said in a notice to skippers that the harbour would "
                "stay shut until the swell eased.",
                "“No vessel may leave the inner basin before noon,” the notice said.",
            ),
            "Keswan Ports Authority",
        ),
        (
            (
                "The Orvane Water Board said in an advisory that tap water should be boiled.",
                "“Boil all water for at least one minute,” the advisory said.",
            ),
            "Orvane Water Board",
        ),
    ],
)
def test_a_document_speaks_for_the_body_that_issued_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a notice no one is said to have issued
            *_FILLER[:3],
            "“No vessel may leave the inner basin before noon,” the notice said.",
        ),
        (  # a letter issued far back is no notice (speakers76: any distance, the same noun)
            "The Keswan Ports Authority said in a letter that the harbour would stay shut.",
            *(_FILLER * 3),
            "“No vessel may leave the inner basin before noon,” the notice said.",
        ),
    ],
)
def test_a_document_with_no_issuer(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


# --- a spokesperson for a body called by a generic noun ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Marrow Peak Logistics Ltd confirmed the depot had closed on Friday.",
                *_FILLER[:1],
                "In a statement, a spokesman for the firm said: “We are working to reopen.”",
            ),
            "Marrow Peak Logistics Ltd",
        ),
        (
            (
                "The harbour is run by Keswan Ports Authority, which took it over in 2019.",
                *_FILLER[:1],
                "A spokeswoman for the authority said: “The berth will be rebuilt.”",
            ),
            "Keswan Ports Authority",
        ),
    ],
)
def test_a_spokesperson_for_a_generic_noun(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_spokesperson_for_a_firm_after_only_a_ministry():
    found = _speakers(
        "The Ministry of Fisheries said the season would open on Tuesday.",
        *_FILLER[:1],
        "A spokesman for the firm said: “We are ready.”",
    )
    assert found[-1] is None


# --- a participle after a body's noun: its subject, not a name of the reported words ----------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Marrow Peak Logistics Ltd said its trucks were stuck.",
                *_FILLER[:1],
                "The company said it was sending loads through Ferrisburg and Caldmouth, "
                "adding “two days” to each trip.",
            ),
            "Marrow Peak Logistics Ltd",
        ),
        (
            (
                "The Keswan Ports Authority said the berth was closed.",
                "The authority said ships would anchor off Tolvane Point, adding that the "
                "delay was “regrettable but necessary”.",
            ),
            "Keswan Ports Authority",
        ),
        (  # a name's own clause keeps its participle (the subject a name, no phrase)
            (
                "Idris Fenwick said the road to Caldmouth had been shut since Monday, adding "
                "that it was “a disgrace”.",
            ),
            "Idris Fenwick",
        ),
    ],
)
def test_a_participle_keeps_its_sentence_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
