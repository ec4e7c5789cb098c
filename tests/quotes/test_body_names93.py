"""Speakers93: a body's name whole, and a fronted phrase's place no body's name.

The reader's rules: a body's name opened by its noun and `of` runs on through a list of fields
joined by commas and a final `and` (`Ministry of Agriculture, Animal Industry and Fisheries`)
and through a closing `in <Place>` before a relative clause or a verb; a place's field and a
further field joined by `and` are one ministry's name (`Alberta Transportation and Economic
Corridors`); a legal form may open a company's name (`PT ...`); an outlet told is no body a
noun turns back to, its own `The` included; a place named in a fronted phrase is no body the
noun after its comma calls so.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import in_fronted_phrase
from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers


def _orgs(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if m.kind == "org"]


# --- a closing `in <Place>` after `<Body noun> of ...` --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Federation of Quarry Workers in Vellia, which represents 9,000 members, objected.",
            "Federation of Quarry Workers in Vellia",
        ),
        (
            "The Council of Churches in South Tarnia said it would open its halls.",
            "Council of Churches in South Tarnia",
        ),
        (
            "A letter from the Association of Bee Farmers in Orvanie (ABFO) reached the board.",
            "Association of Bee Farmers in Orvanie",
        ),
    ],
)
def test_a_closing_place_is_the_names(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # not opened by `<noun> of`
        ("Harlow Quarry Cooperative in Vellia, which has 40 members, objected.", "in Vellia"),
        # the place where it met, no clause about it
        ("They met the Ministry of Roads in Tarnby on Monday.", "in Tarnby"),
        # a new clause after the comma
        (
            "Visas were refused by the Embassy of Norland in Pellport, the Orvan Chess Union said.",
            "in Pellport",
        ),
    ],
)
def test_a_place_that_does_not_close_the_name_stays_out(text, cut):
    assert not any(cut in name for name in _orgs(text))


def test_a_closing_place_carries_to_the_noun():
    lead = (
        "The Federation of Ferry Pilots in Corvania, which represents 300 pilots, asked for "
        "talks on Monday."
    )
    paragraph = 'The federation said the offer was "never put in writing".'
    assert _speakers(lead, paragraph)[-1] == "Federation of Ferry Pilots in Corvania"


# --- a list of fields after `of`: commas and a final `and` ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The district wrote to the Ministry of Mining, Hill Industry and Waterways on Friday.",
            "Ministry of Mining, Hill Industry and Waterways",
        ),
        (
            "Talks with the Department of Tourism, Coastal Forestry and Parks went on.",
            "Department of Tourism, Coastal Forestry and Parks",
        ),
        (
            "She wrote to the Ministry of Lands, Rural Agriculture and Housing last week.",
            "Ministry of Lands, Rural Agriculture and Housing",
        ),
    ],
)
def test_a_list_of_fields_is_one_name(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "She wrote to the Ministry of Lands, Anna Roe and Peter Kell on Friday.",
        "The Ministry of Roads, Tarn Haulage Ltd and Vell Freight Ltd signed the deal.",
        "He thanked the Ministry of Energy, the police and Rural Industry groups.",
    ],
)
def test_people_and_companies_after_a_comma_are_no_fields(text):
    assert not any("," in name for name in _orgs(text))


def test_a_list_of_fields_carries_to_the_noun():
    lead = "The council said it had written to the Ministry of Forests, Animal Industry and Trade."
    paragraph = 'A spokesperson for the ministry said: "The ministry is aware of the matter."'
    assert _speakers(lead, paragraph)[-1] == "Ministry of Forests, Animal Industry and Trade"


# --- a place's field and a further field: one ministry --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a letter from Tarnia Transportation and Rural Corridors to the mayor, officials "
            "set new rules.",
            "Tarnia Transportation and Rural Corridors",
        ),
        (
            "Vell Environment and Protected Areas issued the permit on Monday.",
            "Vell Environment and Protected Areas",
        ),
        (
            "Orland Security and Emergency Services opened an inquiry.",
            "Orland Security and Emergency Services",
        ),
    ],
)
def test_a_places_field_and_a_further_field_are_one_body(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Clement and John Roberts said they would appeal.",
        "Ann Lee and Economic Affairs staff met on Monday.",
        "Tarnia Transportation and Anna Rivers signed the deal.",
    ],
)
def test_people_joined_by_and_stay_apart(text):
    assert not any(" and " in name for name in _orgs(text))


def test_a_ministry_of_two_fields_is_the_nouns_body():
    paragraph = (
        "In a letter from Tarnia Transportation and Rural Corridors to city manager Ola Brant "
        "dated March 3, the ministry said the cameras had become \u201ca tax on drivers\u201d."
    )
    assert _speakers(paragraph)[-1] == "Tarnia Transportation and Rural Corridors"


# --- a legal form opening a company's name; an outlet told with its own `The` ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Drivers pay 20 percent to PT Vell Lintas Digital, which runs the app.",
            "PT Vell Lintas Digital",
        ),
        ("PT Samudra Tarn Logistik said on Monday it would appeal.", "PT Samudra Tarn Logistik"),
        ("Shares of PJSC Orvan Steel fell.", "PJSC Orvan Steel"),
    ],
)
def test_a_leading_legal_form_opens_the_name(text, name):
    assert name in _orgs(text)


def test_a_word_like_a_form_opens_no_company():
    assert not any(name.startswith("PT") for name in _orgs("The PTA Vell Branch met."))


@pytest.mark.parametrize(
    ("paper", "company"),
    [
        ("The Tarn Courier", "PT Vell Lintas Digital"),
        ("The Orvan Herald", "PT Vell Lintas Digital"),
        ("The Pellport Post", "PT Vell Lintas Digital"),
    ],
)
def test_an_outlet_told_is_no_company(paper, company):
    paragraphs = (
        "Driver Budi Santoso said they handed 20 percent of each fare to PT Vell Lintas "
        "Digital, which runs the app.",
        f"\u201cWe are being squeezed,\u201d Budi told {paper}.",
        "In a statement, the company said its fee \u201cfunds insurance for every driver.\u201d",
    )
    assert _speakers(*paragraphs)[-1] == company


# --- a fronted phrase's place is no body's name ---------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Meeting in a crowded hall on Tarn Hill, the five-member commission voted 4-1 to act.",
        "Sitting at Vell Point, the three-member commission voted to issue a notice.",
        "On Orvan Ridge, the commission voted to close the track.",
    ],
)
def test_a_fronted_places_name_is_not_the_nouns_body(opening):
    paragraphs = (
        "Tarn Ore LLC has a week to pay, the Pellary Mining Oversight Commission decided.",
        opening,
        "A miner said he had not been paid since May.",
        "The notice, posted on the commission's website, said the licence would face "
        '"immediate suspension" without a hearing.',
    )
    assert _speakers(*paragraphs)[-1] == "Pellary Mining Oversight Commission"


@pytest.mark.parametrize(
    ("text", "name", "fronted"),
    [
        ("Meeting in a packed room on Capital Row, the commission voted.", "Capital", True),
        ("At Harbour Point, the three-member board voted to sell.", "Harbour", True),
        ("Speaking outside Vell Market, the council said it would act.", "Vell", True),
        ("Talks with Harrow Quay, the port authority, broke down.", "Harrow", False),
        ("Tarn Holdings, the developer, said it would appeal.", "Tarn", False),
        ("In a letter from Vell Council, the mayor said it would act.", "Vell", False),
    ],
)
def test_a_place_in_a_fronted_phrase(text, name, fronted):
    assert in_fronted_phrase(text, text.index(name)) is fronted


def test_an_apposition_after_a_name_still_calls_it():
    paragraphs = (
        "Talks with Harrow Quay, the port authority, broke down on Monday.",
        'The authority said the fees were "not negotiable".',
    )
    assert _speakers(*paragraphs)[-1] == "Harrow Quay"
