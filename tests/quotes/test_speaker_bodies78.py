"""Speakers78: why `the <noun> said` of a body still missed far back, and the reader's rules: a
company's trade read from its own words past its legal form (`X Shipping Ltd` is `the
operator`, `Y Engineering Sdn Bhd` `the contractor`, `Z Holdings Ltd` `the group`), a body its
trade names preferred to one that fits by form only, and the latest of the last few bodies that
fits a noun of a known kind (not merely the latest body); a city's government by its name's
closing words (`the municipality`, `the city authority` of `X City Corporation`, `Y City
Hall`), a short form's answer named in full, and a bracketed short form inside a company's
name (`X (SL) Limited`); a name with a middle initial a person's, never the body a later
spokesperson speaks for.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import bracketed_form_end
from api.parser.quote_open_bodies import (
    fullest_named,
    initialled,
    served_by_nouns,
    taken_on_as,
)
from api.parser.quote_orgs import (
    LEGAL_FORMS,
    business_named,
    fits,
    local_government,
    trade_nouns,
    trade_word,
)
from api.parser.quote_people import find_mentions
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


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Passengers flying Pell Sky Airways Ltd were the worst hit.",
                *_FILLER,
                "Asked by the Courier whether the airline knew, a spokesperson for the carrier "
                "replied: “We were told of minor delays.”",
            ),
            "Pell Sky Airways Ltd",
        ),
        (
            (
                "The depot's lifts are serviced by Vell Jaya Engineering Sdn Bhd.",
                "Tarn District Council approved the contract in 2023.",
                *_FILLER,
                "A spokesman for the builder said: “Parts are on order.”",
            ),
            "Vell Jaya Engineering Sdn Bhd",
        ),
        (
            (
                "Pell Sky Airways Ltd cancelled 40 flights.",
                *_FILLER,
                "A spokesman for the contractor said: “Parts are on order.”",
            ),
            None,  # (an airline's words say no contractor)
        ),
    ],
)
def test_a_spokesperson_for_a_trades_noun(paragraphs, speaker):
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


# --- a city's government: `the municipality`, `the city authority` -------------------------------


@pytest.mark.parametrize(
    ("name", "local"),
    [
        ("Orlen City Corporation", True),
        ("Vell City Hall", True),
        ("City Hall", True),
        ("Tarn District Council", True),
        ("Marrowby Municipality", True),
        ("Isle of Vell Council", True),  # (a place's head and its `of`)
        ("Isle of Vell Ferries", False),  # (no council)
        ("Orlen Trading Corporation", False),  # (a company)
        ("Arts Council", False),  # (no local word)
        ("Carnegie Hall", False),  # (a venue)
        ("Corporation", False),
    ],
)
def test_a_local_government_by_its_closing_words(name, local):
    assert local_government(name) is local


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Burials have been halted after the Orlen City Corporation said the cemetery was "
                "full.",
                *_FILLER,
                "A spokesman for the municipality said: “Families with a plot are not affected.”",
            ),
            "Orlen City Corporation",
        ),
        (
            (
                "VELL: The lifts in Block C have been broken for three weeks, with the contractor "
                "and City Hall blaming each other.",
                "The lifts are serviced by Jaya Lift Works Sdn Bhd, appointed by Vell City Hall "
                "(VCH) in 2023.",
                *_FILLER,
                "In a statement, the city authority said it had “issued two warning letters”.",
            ),
            "Vell City Hall",
        ),
        (
            (
                "Tarn District Council approved the new bus lanes in March.",
                "Kelmer Provisions Ltd said deliveries would be slower.",
                *_FILLER,
                "A spokesperson for the municipality said: “The lanes will stay.”",
            ),
            "Tarn District Council",
        ),
        (
            (
                "Bells at St Oswin's Church will no longer ring after 9pm following a complaint "
                "to the Isle of Vell Council.",
                *_FILLER,
                "In a statement, a spokesperson for the local authority said: “Officers must "
                "investigate.”",
            ),
            "Isle of Vell Council",
        ),
    ],
)
def test_a_local_noun_is_the_citys_government(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            (
                "Orlen Trading Corporation said the warehouse would close.",
                *_FILLER,
                "A spokesman for the municipality said: “We were not told.”",
            )
        ),
        (
            (
                "Odalys Fenwick-Arro said the stairs were dark.",
                "“Nobody has been to look,” the city authority said.",
            )
        ),
    ],
)
def test_no_local_government_no_municipality(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


@pytest.mark.parametrize(
    ("name", "names", "fullest"),
    [
        ("City Hall", ["Jaya Lift Works Sdn Bhd", "Vell City Hall", "VCH"], "Vell City Hall"),
        ("Medical Group", ["Tarn Health and Vell Medical Group"], "Medical Group"),  # (two bodies)
        ("Rovers", ["Harrowfield Rovers", "Rovers Trust"], "Harrowfield Rovers"),
        ("Vell City Hall", ["City Hall"], "Vell City Hall"),  # (already in full)
    ],
)
def test_a_short_form_is_named_in_full(name, names, fullest):
    assert fullest_named(name, names) == fullest


# --- a bracketed short form between a company's name and its legal form --------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orvo Mobile Money (SL) Limited froze 40,000 wallets.", "Orvo Mobile Money (SL) Limited"),
        ("Tide Reef Resorts (CNMI) LLC has until Friday to pay.", "Tide Reef Resorts (CNMI) LLC"),
        ("Quenby Foods (Pty) Ltd said it would appeal.", "Quenby Foods (Pty) Ltd"),
        ("Jaya Lifts (M) Sdn Bhd serviced the block.", "Jaya Lifts (M) Sdn Bhd"),
    ],
)
def test_a_bracketed_short_form_stays_inside_a_company_name(text, name):
    assert name in [m.name for m in find_mentions(text) if m.kind == "org"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Orvo Mobile Money (OMM) said", -1),  # (no legal form after it)
        ("the Harbour Authority (HA) Board met", -1),  # (a board, no legal form)
        ("Orvo Money (SL) Limited said", len("Orvo Money (SL) Limited")),
        ("Orvo Money (a unit of Tarn) Limited", -1),  # (no short form in the brackets)
    ],
)
def test_a_bracketed_form_ends_only_on_a_legal_form(text, end):
    start = 4 if text.startswith("the ") else 0
    at = text.index(" (")
    assert bracketed_form_end(text, at, LEGAL_FORMS) == (end + start if end > 0 else -1)


def test_the_company_is_the_bracketed_name_in_full():
    paragraphs = (
        "Customers were left without cash after Orvo Mobile Money (SL) Limited froze 40,000 "
        "wallets.",
        *_FILLER,
        "In a statement, the company said the freeze was “a temporary measure”.",
    )
    assert _speakers(*paragraphs)[-1] == "Orvo Mobile Money (SL) Limited"


# --- a person by a middle initial is no body a spokesperson speaks for ---------------------------


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Brandon H. Liao", True),
        ("K. V. Prasad", True),
        ("Stagecoach Manchester", False),  # (no initial: may be a body)
        ("J.P. Morgan Chase", False),  # (initials run together: a firm's)
        ("Liao", False),
    ],
)
def test_a_middle_initial_marks_a_person(name, person):
    assert initialled(name) is person


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tide Reef Resorts (CNMI) LLC has until Friday to pay $15 million in fees.",
                *_FILLER,
                "Tide Reef's general counsel, Brandon H. Lio, did not respond to emails. On "
                "Thursday, a spokesperson for the company said: “We are confident of a deal.”",
            ),
            "Tide Reef Resorts (CNMI) LLC",
        ),
        (
            (
                "Marrow Lane Pvt Ltd runs the depot.",
                "Its lawyer, Anita R. Desai-Vell, declined to comment. A spokesman for the company "
                "said: “The depot stays open.”",
            ),
            "Marrow Lane Pvt Ltd",
        ),
    ],
)
def test_a_person_who_did_not_speak_is_no_spokespersons_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_bare_name_before_a_company_spokesman_is_still_a_body():
    paragraphs = (
        "Stagecoach Vellmouth said the route would close. A company spokesman said: “We are "
        "sorry.”",
    )
    assert _speakers(*paragraphs)[-1] == "Stagecoach Vellmouth"


# --- a body named doing a service for the subject: `is maintained by X` --------------------------


@pytest.mark.parametrize(
    ("before", "nouns"),
    [
        ("The sprinklers are maintained by ", ("contractor", "operator", "maintainer")),
        ("The ferry is operated by ", ("contractor", "operator")),
        ("Baggage at the terminal is handled by ", ("contractor", "operator", "handler")),
        ("under a contract managed by the ", ()),  # (no copula: the client, no service)
        ("The report was written by ", ()),  # (no service)
    ],
)
def test_a_served_by_passive_gives_the_doers_nouns(before, nouns):
    assert served_by_nouns(before) == nouns


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The archive's sprinklers are maintained by Brenna Facility Services Pty Ltd "
                "under a contract managed by the Department of Works.",
                *_FILLER,
                "Archive historian Dr Lionel Quarm said the loss was serious. “These are the only "
                "copies,” he said.",
                "In a written answer, the contractor said it had “scheduled remedial works”.",
            ),
            "Brenna Facility Services Pty Ltd",
        ),
        (
            (
                "The school buses are run by Wendle Group, which won the tender in 2022.",
                *_FILLER,
                "Parent Ysolde Marren, a nurse, said her son waited an hour. “It was dark,” she "
                "said.",
                "In a statement, the operator said a driver had been “off sick”.",
            ),
            "Wendle Group",
        ),
    ],
)
def test_the_doers_noun_is_the_body_served_by_not_a_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_person_whose_role_holds_the_noun_keeps_it():
    paragraphs = (
        "The archive's sprinklers are maintained by Brenna Facility Services Pty Ltd.",
        "Joss Varley, a roofing contractor who worked on the building, said the pipes were old.",
        "“Nobody asked me to look at them,” the contractor said.",
    )
    assert _speakers(*paragraphs)[-1] == "Joss Varley"


def test_the_client_of_a_contract_is_no_contractor():
    paragraphs = (
        "The sprinklers failed under a contract managed by the Department of Works.",
        "Archive historian Dr Lionel Quarm said the loss was serious.",
        "In a written answer, the contractor said it had “scheduled remedial works”.",
    )
    assert _speakers(*paragraphs)[-1] != "Department of Works"


def test_a_persons_noun_is_not_the_served_by_body():
    paragraphs = (
        "The school buses are run by Wendle Group.",
        "Tomasz Quillane, 54, a driver, said the timetable was impossible.",
        "“We are always late,” the driver said.",
    )
    assert _speakers(*paragraphs)[-1] == "Tomasz Quillane"


# --- a body taken on `as` a post: `appointed X as business rescue practitioners` ----------------


@pytest.mark.parametrize(
    ("before", "after", "body", "post"),
    [
        ("board appointed ", " as business rescue practitioners.", False, "practitioners"),
        ("council hired ", " as the contractor for the pool.", True, "contractor"),
        ("lenders appointed ", " as joint administrators on Monday.", False, "administrators"),
        ("board appointed ", " as chief executive.", False, None),  # (one person's post)
        ("known to readers ", " as the builder.", True, None),  # (no taking on)
        ("firm appointed ", " on Monday.", True, None),  # (no post)
    ],
)
def test_a_post_taken_on_as(before, after, body, post):
    assert taken_on_as(before, after, body) == post


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Quenby Homeware Holdings Ltd has entered business rescue.",
                "The board appointed Mabena Ferrow Advisory as business rescue practitioners.",
                "Analysts at Sable Crest Securities said the chain had grown too fast.",
                *_FILLER,
                "The practitioners said the first meeting would be on October 3. “Give us room,” "
                "the firm said.",
            ),
            "Mabena Ferrow Advisory",
        ),
        (
            (
                "Lenders appointed Tolliver Quade as joint administrators of Vell Homes Ltd.",
                *_FILLER,
                "“Deposits are safe,” the administrators said.",
            ),
            "Tolliver Quade",
        ),
    ],
)
def test_the_post_a_body_was_taken_on_for_calls_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_person_appointed_to_one_post_is_no_body():
    paragraphs = (
        "The board appointed Ana Roe-Vessel as chief executive.",
        *_FILLER,
        "“We will keep every store open,” Roe-Vessel said.",
    )
    assert _speakers(*paragraphs)[-1] == "Ana Roe-Vessel"


def test_a_post_closes_its_phrase():
    assert taken_on_as("city hired ", " as lead contractor while talks went on.", True) is None
