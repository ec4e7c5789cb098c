"""Mechanisms of issue 15 left after the twenty-ninth set's first look: an office's title word
before a name (`Regent X`, `Alderman X`) is no part of the name; a body's noun followed by a
reporting verb after a name and a comma (`In an email to KTV Halton, the company said`) is the
sentence's subject, not that name's appositive; a number inside a business's name (`Navkar 360
Technologies Ltd`) is part of it; a `<place>-based` word before one more capital is no name's word.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("title", "name", "pronoun"),
    [
        ("Regent", "Dalton Frye", "he"),
        ("Alderman", "Rosa Quinlan", "she"),
        ("Selectwoman", "Maura Tebbit", "she"),
        ("Selectman", "Osric Pell", "he"),
        ("Trustee", "Imani Strand", "she"),
        ("Councilmember", "Teodor Vasquez-Lind", "he"),
    ],
)
def test_an_office_title_is_stripped_from_the_name(title, name, pronoun):
    paragraphs = (
        "The board met behind closed doors on Friday.",
        f"One of them, {title} {name}, said the board had moved “far too fast on this”.",
        f"“I’m not defending anyone,” {pronoun} said.",
        "“Everyone deserved a hearing.”",
    )
    assert _speakers(*paragraphs) == [name, name, name]


@pytest.mark.parametrize(
    ("body", "opening", "outlet"),
    [
        ("Larchfield Properties Inc.", "In an email to", "KTV Halton"),
        ("Corven Timber Ltd.", "In a statement to", "Radio Kerry"),
        ("Pelham Freight Group", "In comments to", "Ledger Weekly"),
    ],
)
def test_the_company_after_a_recipient_is_not_the_recipient(body, opening, outlet):
    paragraphs = (
        f"The site's owner, {body}, wants the units empty by spring.",
        f"{opening} {outlet}, the company said the work was “necessary to keep everyone safe”.",
        "“Those who qualify will be offered compensation,” the company said.",
    )
    assert _speakers(*paragraphs) == [body, body]


def test_an_appositive_noun_still_names_the_body():
    """`Corvane, the company that runs the depot, said`: an appositive, no verb after its noun."""
    paragraphs = (
        "Corvane, the company that runs the depot, said the strike was “regrettable”.",
        "“We remain open to talks,” the company said.",
    )
    assert _speakers(*paragraphs) == ["Corvane", "Corvane"]


def test_regent_street_is_still_a_place():
    """A title word before a place's word: `Regent Street` is no person."""
    paragraphs = ("Shop owner Lena Voss said trade on Regent Street was “the worst in years”.",)
    assert _speakers(*paragraphs) == ["Lena Voss"]


def test_warden_stays_a_surname():
    """`Warden` is a common surname: not read as a title (`Ian Warden said`)."""
    paragraphs = (
        "Ian Warden said the cuts were “a scandal”.",
        "“It is wrong,” Mr Warden said.",
    )
    assert _speakers(*paragraphs) == ["Ian Warden", "Ian Warden"]


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Ravindra 360 Technologies Ltd", "Chennai-based IT services company"),
        ("Corvale 4 Properties Inc.", "Hamilton-based landlord"),
        ("Tessaly 21 Holdings", "Perth-based mining group"),
    ],
)
def test_a_number_inside_a_business_name_is_kept(body, seat):
    paragraphs = (
        f"{body} said on Monday that profit rose. The {seat} said in a regulatory filing that"
        " margins had improved.",
        "“Deal wins were strong,” the filing said.",
        "“We are hiring again at scale,” the company said in its investor presentation.",
    )
    assert _speakers(*paragraphs) == [body, body]


def test_a_score_is_no_business_name():
    """`Arsenal 2 Chelsea`: a number between two capitals with no commercial word after."""
    paragraphs = ("After Rovers 2 Chelsea 1, manager Ann Lee said it was “a fair result”.",)
    assert _speakers(*paragraphs) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Oslo-based Brennick said the deal was “a good one”.", "Brennick"),
        ("Nairobi-based Kivuli said the fares were “simply too high”.", "Kivuli"),
    ],
)
def test_a_seat_before_one_capital_is_no_name_word(text, name):
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("title", "name"),
    [("Councilmember", "Odile Banerjee"), ("Alderwoman", "Petra Ngata"), ("Regent", "Caleb Orme")],
)
def test_called_after_a_stripped_title_quotes_the_bare_name(title, name):
    """`{title} X called the shooting “...”`: the partial quote is found and is X's."""
    paragraphs = (
        f"{title} {name} called the fire “a disgrace to the whole neighbourhood”.",
        "“We will rebuild that hall before winter,” the councillor said.",
    )
    assert _speakers(*paragraphs)[0] == name
