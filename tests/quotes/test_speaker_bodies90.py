"""Speakers90: bodies and their documents as speakers, the sixtieth set traced first.

The reader's rules: an unnamed document (`the notice read`) speaks for the body about which the
sentence naming it earlier in the paragraph is (the body opening it, its possessive, or the one
it came `from`); a legal form after a comma follows a bracketed one too (`X Group (Holdings)
Co., Ltd`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers

# --- an unnamed document's issuer: the body its sentence is about --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Tarnwick Bakeries Ltd, founded in 1954, posted notices on the doors of its shops "
            "on Sunday. “All stores are closed until further notice,” the notice read.",
            "Tarnwick Bakeries Ltd",
        ),
        (
            "Owners at Quellbrook received letters in June from the Quellbrook Residents "
            "Association warning of fines. “Bins must be stored out of sight,” the letter said.",
            "Quellbrook Residents Association",
        ),
        (
            "The ministry’s leaked report, seen by the Tarn Courier, warns of shortages. "
            "“Supplies will run out by spring,” the report said.",
            "Ministry of Vell Affairs",
        ),
        (
            "The Orvan Rowing Club sent emails to all members on Monday. “The boathouse is "
            "shut,” the email said.",
            "Orvan Rowing Club",
        ),
    ],
)
def test_an_unnamed_documents_issuer_is_its_sentences_body(paragraph, body):
    lead = "The Ministry of Vell Affairs said on Monday it would review the rules."
    assert _speakers(lead, paragraph)[-1] == body


@pytest.mark.parametrize(
    "paragraph",
    [
        # (near-misses: no body opens the sentence; the document is not named before the cue;
        # no body in the sentence naming it)
        "Shoppers found notices on the doors of the Tarnwick Bakeries Ltd shops on Sunday. "
        "“All stores are closed,” the notice read.",
        "Tarnwick Bakeries Ltd closed its shops on Sunday. “All stores are closed,” the notice "
        "read.",
        "Owners at Quellbrook found letters on their doormats in June. “Bins must be stored out "
        "of sight,” the letter said.",
    ],
)
def test_no_issuer_where_the_sentence_names_no_body(paragraph):
    assert _speakers("Rain fell on Tuesday in the valley.", paragraph)[-1] is None


# --- a comma's legal form after a bracketed one ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vell Pearl Trading Group (Holdings) Co., Ltd, founded in 1970, closed.",
            "Vell Pearl Trading Group (Holdings) Co., Ltd",
        ),
        ("Shares of Quell Widgets (Asia) Co., Ltd. fell.", "Quell Widgets (Asia) Co., Ltd."),
        ("Tarnby Foods (UK) Ltd said it would appeal.", "Tarnby Foods (UK) Ltd"),
    ],
)
def test_a_comma_form_after_a_bracketed_form_is_the_names(text, name):
    found = [(m.kind, m.name) for m in find_mentions(text) if m.kind != "pronoun"]
    assert ("org", name) in found


def test_a_list_after_a_bracketed_form_stays_two_names():
    text = "He sued Orvan Foods (UK) Ltd, Harlow Brisk Ltd and others on Monday."
    found = [m.name for m in find_mentions(text) if m.kind == "org"]
    assert "Orvan Foods (UK) Ltd" in found


# --- a spokesperson for the <noun>: the body whose name holds the noun over a bare name ---------


@pytest.mark.parametrize(
    ("before", "paragraph", "body"),
    [
        (
            "The Department of Roads and Tarn Works said the bridge would close.",
            "QPX said no one was hurt. A spokesperson for the department said: “Repairs start "
            "next week.”",
            "Department of Roads and Tarn Works",
        ),
        (
            "The Vell Ministry of Water issued a boil notice on Monday.",
            "Orvanet said its pumps had failed. A spokesman for the ministry said: “Tap water "
            "is safe to drink again.”",
            "Vell Ministry of Water",
        ),
        (
            "The Quellmark Housing Agency said it had rehoused nine families.",
            "TNRB said it would inspect the block. “We are doing everything we can,” a "
            "spokeswoman for the agency said.",
            "Quellmark Housing Agency",
        ),
    ],
)
def test_a_spokesperson_goes_to_the_body_its_noun_names(before, paragraph, body):
    assert _speakers(before, paragraph)[-1] == body


@pytest.mark.parametrize(
    ("before", "paragraph", "body"),
    [
        # (near-misses: a company's noun, which a bare name may well be; the body that spoke
        # last has the noun in its own name; no body so named)
        (
            "The Tarn Trading Company said it had no comment.",
            "Orvanet said its pumps had failed. A spokesman for the company said: “We are "
            "investigating.”",
            "Orvanet",
        ),
        (
            "The Department of Roads said the bridge would close.",
            "The Department of Vell Health said no one was hurt. A spokesperson for the "
            "department said: “Clinics are open.”",
            "Department of Vell Health",
        ),
        (
            "Rain fell all week in the valley.",
            "QPX said no one was hurt. A spokesperson for the department said: “Repairs start "
            "next week.”",
            "QPX",
        ),
    ],
)
def test_a_spokesperson_keeps_the_body_that_spoke(before, paragraph, body):
    assert _speakers(before, paragraph)[-1] == body


# --- a body's kind from its name's head: `<Place> Health` is the health authority ---------------


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Tarn Valley Health said two patients were still in hospital. “Both are stable,” "
            "the health authority said.",
            "Tarn Valley Health",
        ),
        (
            "Vellshire Water said supplies were back on Monday. “Please boil tap water until "
            "Friday,” the water company said.",
            "Vellshire Water",
        ),
        (
            "Orvan Transit said three routes would close. “Buses will run every hour,” the "
            "transit agency said.",
            "Orvan Transit",
        ),
    ],
)
def test_a_name_headed_by_the_nouns_qualifier_is_that_body(paragraph, body):
    assert _speakers("Rain fell all week in the valley.", paragraph)[-1] == body


@pytest.mark.parametrize(
    "paragraph",
    [
        # (near-misses: the name's head is another word; the qualifier heads no name)
        "Tarn Health Clinic said two patients were still in hospital. “Both are stable,” the "
        "health authority said.",
        "Vellshire Water Holdings said supplies were back. “Please boil tap water,” the water "
        "authority said.",
        # (a department's name ending in the word: its head is `department`)
        "The Department of Vell Transport said buses would run. “We will fight this,” the "
        "transport firm said.",
    ],
)
def test_a_name_headed_by_another_word_is_not_that_body(paragraph):
    assert _speakers("Rain fell all week in the valley.", paragraph)[-1] is None


# --- a body as the subject, the document it issued in a long aside between commas --------------

_LEAD = "The Tarn Pilots’ Association (TPA) and the Vell Department of Fisheries met on Monday."


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "The union, in a message to members on Tuesday night seen by the Courier, said: "
            "“Stay calm and stay off social media.”",
            "Tarn Pilots’ Association",
        ),
        (
            "The department, in a notice posted for vendors at the harbour market last week, "
            "said vendors “should expect no change this season”.",
            "Vell Department of Fisheries",
        ),
        (
            "The association, in its letter to the minister dated the third of March this year, "
            "wrote: “We will not accept these rosters.”",
            "Tarn Pilots’ Association",
        ),
    ],
)
def test_a_body_with_its_document_in_an_aside_speaks(paragraph, body):
    assert _speakers(_LEAD, paragraph)[-1] == body


@pytest.mark.parametrize(
    "paragraph",
    [
        # (near-misses: the aside names no document; a person, not a body, is the subject)
        "The union, in the middle of a long night of talks with managers and the mediator, "
        "said: “Stay calm.”",
        "Her neighbour, in a message to friends on Tuesday night seen by the Courier, said: "
        "“Stay calm.”",
    ],
)
def test_no_body_without_its_document_aside(paragraph):
    assert _speakers(_LEAD, paragraph)[-1] not in ("Tarn Pilots’ Association",)


# --- `An email sent to members said`: the body opening the sentence before ----------------------


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        (
            "Quellbay Leisure (Tarn) Ltd, which ran two pools, closed on Thursday. An email sent "
            "to members on Friday said: “All pools have closed for good.”",
            "Quellbay Leisure (Tarn) Ltd",
        ),
        (
            "Orvan Rowing Club cancelled its regatta on Monday. A letter mailed to rowers last "
            "week said: “Safety must come first.”",
            "Orvan Rowing Club",
        ),
        (
            "The Tarn Choral Society cancelled its concert. An update emailed to singers on "
            "Sunday said: “Tickets will be refunded.”",
            "Tarn Choral Society",
        ),
    ],
)
def test_a_document_sent_to_readers_speaks_for_the_body_before(paragraph, body):
    assert _speakers("Rain fell all week in the valley.", paragraph)[-1] == body


@pytest.mark.parametrize(
    "paragraph",
    [
        # (near-misses: a person opens the sentence before; the document opens its paragraph)
        "Ulla Brennick closed her shop on Thursday. An email sent to customers on Friday said: "
        "“All shops have closed.”",
        "An email sent to members on Friday said: “All pools have closed for good.”",
    ],
)
def test_a_document_sent_after_no_body_speaks_for_none(paragraph):
    assert _speakers("Rain fell all week in the valley.", paragraph)[-1] is None
