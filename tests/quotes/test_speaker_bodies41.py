"""Mechanisms of issue 15 left by speakers38-40: a body's short form (`the board said`, `the
bloc said`) of a body whose name holds another word of the noun's kind (`the party` of an
`Alliance`, `the agency` of `X Transit`, `the bloc` of a `Union`), named by its trade
(`X Resources`, `X Live`) or its sport (`Netball Scotland`), or named only in a possessive
before a person's role (`Ofgem's director`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("opening", "body", "noun"),
    [
        ("The opposition", "Civic Renewal Alliance", "party"),
        ("The governing", "People's Movement", "party"),
        ("The breakaway", "Reform Congress", "party"),
        ("The", "Harbourside Alliance", "party"),
        ("", "Cobbold Valley Transit", "agency"),
        ("The", "African Union", "bloc"),
    ],
)
def test_a_noun_of_the_bodys_kind_calls_it(opening, body, noun):
    found = _speakers(
        f"{opening} {body} announced on Friday that it would contest the decision.".strip(),
        f"The {noun} said in a statement it would appeal, adding: “We will not be silenced.”",
    )
    assert found == [body]


def test_a_party_noun_is_not_the_union_that_spoke_last():
    found = _speakers(
        "The Harbour Dockers Union said members would strike on Monday.",
        "“We are ready,” the party said.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("sport", "noun"),
    [
        ("Netball Scotland", "board"),
        ("Hockey Canada", "federation"),
        ("Rowing Ireland", "organisation"),
    ],
)
def test_a_sports_word_opening_a_name_makes_a_body(sport, noun):
    found = _speakers(
        f"{sport} confirmed on Tuesday that the coach would stay on.",
        f"The {noun} said it was “delighted but not surprised” by the news.",
    )
    assert found == [sport]


@pytest.mark.parametrize(
    ("firm", "noun"),
    [
        ("Okafor Brandt Resources", "company"),
        ("Linnea Marsh Resources", "firm"),
        ("Pellow Kerr Live", "company"),
        ("Harriet Vance Promotions", "company"),
    ],
)
def test_a_trade_word_ending_a_name_like_peoples_makes_a_firm(firm, noun):
    found = _speakers(
        f"{firm} said the site had been closed since Sunday.",
        f"“Our focus is on our people,” the {noun} said in a statement.",
    )
    assert found == [firm]


def test_a_department_ending_in_a_trade_word_is_still_the_department():
    found = _speakers(
        "The Department of Mineral Resources said the licence was under review.",
        "“No decision has been made,” the department said.",
    )
    assert found == ["Department of Mineral Resources"]


@pytest.mark.parametrize(
    ("owner", "role", "holder", "noun"),
    [
        ("Ofwat", "head of enforcement", "Dilys Marchetti", "regulator"),
        ("Comcare", "deputy chief", "Rowan Tsai-Oduya", "watchdog"),
        ("Fenmoor", "chief executive", "Anders Holloway", "company"),
    ],
)
def test_a_body_named_only_before_a_role_is_a_body(owner, role, holder, noun):
    found = _speakers(
        f"{owner}'s {role}, {holder}, told the committee the {noun} had acted in March. “We "
        "have the records,” she said.",
        f"The {noun} said in written evidence that complaints had fallen but remained “far too "
        "high”.",
    )
    assert found == [holder, owner]


def test_a_possessive_body_of_the_nouns_kind_past_a_country():
    found = _speakers(
        "The Caribbean Union's chief negotiator, Elias Brandvold, said the bloc had offered "
        "“a fair deal”.",
        "Vellora's trade minister, Ama Kessie, said the offer was “not enough”.",
        "The bloc said in a statement that it remained “open to talks”.",
    )
    assert found == ["Elias Brandvold", "Ama Kessie", "Caribbean Union"]


def test_a_possessive_owner_the_text_never_calls_so_is_no_one():
    # (a club's manager named last: `the charity` is not the club)
    found = _speakers(
        "Tarnbrook's manager, Siobhan Keel, praised her side's second half.",
        "“We have run out of money,” the charity said in a statement.",
    )
    assert found == [None]


def test_a_country_before_a_role_is_no_ministry():
    found = _speakers(
        "Norland's foreign minister, Petra Avik, told reporters the ministry would respond.",
        "The ministry said it would “study the proposal”.",
    )
    assert found[-1] != "Norland"


def test_a_body_named_only_inside_a_quote_is_not_the_regulator():
    found = _speakers(
        "“Ofcal's director told us nothing,” said campaigner Jo Rusk.",
        "The regulator said it would “respond in due course”.",
    )
    assert found[-1] != "Ofcal"


@pytest.mark.parametrize(
    ("analyst", "firm", "noun"),
    [
        ("Meera Kulkarni", "Dalvi Rane Securities", "brokerage"),
        ("Tobias Wren", "Hallam Finch Securities", "brokerage"),
        ("Yuki Sato-Brand", "Corran Air", "airline"),
    ],
)
def test_the_trade_noun_is_the_firm_a_role_says_its_holder_works_at(analyst, firm, noun):
    found = _speakers(
        "The Central Bank of Norland said it remained “watchful of food prices”.",
        f"“The cut helps,” said {analyst}, an analyst at {firm}.",
        f"The {noun} raised its forecast, saying demand was “stronger than expected”.",
    )
    assert found == ["Central Bank of Norland", analyst, firm]


@pytest.mark.parametrize(
    "body",
    ["Reserve Bank of Tamaroa", "Department of Lands", "Ministry of Fisheries"],
)
def test_a_body_named_x_of_a_place_is_no_company(body):
    found = _speakers(
        f"The {body} said on Monday that rates would stay on hold.",
        "“We expect a strong year,” the company said.",
    )
    assert found[-1] != body


def test_the_generic_company_is_not_an_analysts_firm():
    found = _speakers(
        "“The cut helps,” said Tobias Wren, an analyst at Hallam Finch Securities.",
        "The landlord, Greyfriars Crest Holdings LLC, said it would appeal. “We have spent "
        "heavily on repairs,” the company said.",
    )
    assert found == ["Tobias Wren", "Greyfriars Crest Holdings LLC"]
