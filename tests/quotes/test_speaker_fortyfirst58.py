"""Mechanisms of issue 15 from the forty-first set: a court officer's title, a title's field.

A magistrate or a coroner is named by the office's word before the name (`Senior Magistrate X`,
`Coroner Y`) and then called by that word alone (`The magistrate said:`, `the coroner said`),
as a judge is; the office's word is no part of the name. A title's field joined by `and`
(`Minister of Minerals and Energy X`) may end in a body's word (`Energy`, `Transport`): the
field's last word before the name is still the title's, not a body's name with the person's.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("title", "noun"),
    [
        ("Senior Magistrate", "magistrate"),
        ("Chief Magistrate", "magistrate"),
        ("Magistrate", "magistrate"),
        ("Coroner", "coroner"),
        ("Assistant Coroner", "coroner"),
    ],
)
def test_a_court_officer_is_called_by_the_office_word(title, noun):
    found = _speakers(
        f"Two brothers appeared before {title} Olwen Prys-Davies in the town court.",
        "Both were granted bail.",
        "Their lawyer, Tomas Hale, said they would plead not guilty.",
        f'The {noun} said: "These are grave matters for this town."',
    )
    assert found == ["Olwen Prys-Davies"]


def test_the_office_word_is_no_part_of_the_name():
    found = _speakers(
        'Magistrate Bronwen Achterberg said: "Bail is refused."',
    )
    assert found == ["Bronwen Achterberg"]


def test_a_magistrate_never_named_gives_no_one():
    # near-miss: the office's word with no one holding it named before
    found = _speakers(
        "Two brothers were remanded in custody yesterday.",
        'The magistrate said: "These are grave matters for this town."',
    )
    assert found == [None]


def test_the_magistrates_court_is_no_person():
    # near-miss: `Magistrates' Court` names a place, not a magistrate
    found = _speakers(
        "The case was heard at Dunmore Magistrates' Court on Monday.",
        'Lawyer Ianto Rees said: "My client denies the charge."',
        'The magistrate said: "Bail is refused."',
    )
    assert found == ["Ianto Rees", None]


@pytest.mark.parametrize(
    "field",
    ["Minerals and Energy", "Roads and Transport", "Trade and Industry", "Water and Energy"],
)
def test_a_title_field_ending_in_a_body_word_leaves_the_person(field):
    found = _speakers(
        f"Minister of {field} Halima Osei, who visited the site, promised a full inquiry.",
        "'Nobody should die at work,' the minister said.",
    )
    assert found == ["Halima Osei"]


def test_a_title_field_with_for_before_a_colon():
    found = _speakers(
        "Secretary for Housing and Energy Dorcas Mbeki said: 'The scheme will go ahead.'",
    )
    assert found == ["Dorcas Mbeki"]


def test_a_body_named_after_and_is_no_title_field():
    # near-miss: `and` joins two bodies, no title before `of`: the body keeps its name
    found = _speakers(
        "The merger of Orrin Mining and Kestel Energy Partners was called off on Monday.",
        "'We will not accept this,' Kestel Energy Partners said.",
    )
    assert found == ["Kestel Energy Partners"]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Winona Chan Mei-ling", "Chan"),
        ("Derek Ho Wing-kit", "Ho"),
        ("Grace Yip Siu-fong", "Yip"),
    ],
)
def test_a_western_given_name_before_a_chinese_name_with_a_hyphened_given_name(name, family):
    found = _speakers(
        f'Clinic pharmacist Dr {name} said supplies were ample. "We have stock," {family} said. '
        '"Nobody will go short."',
    )
    assert found == [name, name]


def test_a_hyphened_surname_is_no_chinese_given_name():
    # near-miss: a capital after the hyphen is a double-barrelled surname, the one used alone
    found = _speakers(
        "Karen Lee Hart-Davies said supplies were ample.",
        '"We have stock," Hart-Davies said.',
    )
    assert found == ["Karen Lee Hart-Davies"]


def test_a_long_middle_word_is_no_chinese_family_name():
    # near-miss: `Ashworth` is no one-syllable family name: `Ashworth said` is someone else
    found = _speakers(
        "Laura Ashworth Mei-ling chaired the meeting.",
        '"We have stock," Lee said.',
    )
    assert found == ["Lee"]


@pytest.mark.parametrize(
    "thing",
    ["N-nitrosodiethylamine (NDEA)", "4-methylimidazole (MEI)", "glyphosate (GLY)"],
)
def test_a_bracketed_acronym_of_a_thing_is_no_body(thing):
    found = _speakers(
        f"The Ministry of Agriculture said the samples contained traces of {thing}.",
        "“The risk is low,” a ministry spokeswoman said. “Nobody should panic.”",
    )
    assert found == ["Ministry of Agriculture", "Ministry of Agriculture"]


@pytest.mark.parametrize("noun", ["regulator", "national union of miners", "state broadcaster"])
def test_a_bracketed_acronym_after_a_body_noun_is_the_body(noun):
    # near-miss: a body written in lower case before its letters
    found = _speakers(
        f"Fares rose in May, the {noun} (QRX) said in a report.",
        "“The rise is fair,” a spokesman said.",
    )
    assert found == ["QRX"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Organisers", "Brackwater Live"),
        ("Organisers", "Kettle Productions"),
        ("Owners", "Harbour Leisure Group"),
    ],
)
def test_a_plural_role_opening_a_sentence_is_no_part_of_a_body_name(opening, body):
    found = _speakers(
        f"{opening} {body} said the show was off.",
        f"{body} said it hoped to return. “We are not finished,” the company said.",
    )
    assert found == [body]


def test_a_plural_given_name_shape_is_no_role():
    # near-miss: `Rogers` is no role's plural (its singular no title): left as written
    found = _speakers(
        "Rogers Kettle Productions said the show was off.",
        "“We are not finished,” the company said.",
    )
    assert found == ["Rogers Kettle Productions"]


def test_a_plural_role_inside_a_sentence_is_left():
    # near-miss: not opening the sentence, the capital is the body's own word
    found = _speakers(
        "Tickets were sold by Managers Direct Holdings until May.",
        "“We are not finished,” Managers Direct Holdings said.",
    )
    assert found == ["Managers Direct Holdings"]


@pytest.mark.parametrize("metal", ["Copper", "Platinum", "Diamonds", "Coal"])
def test_a_mine_metal_ends_a_miner_name(metal):
    found = _speakers(
        f"In a statement on Monday, Varnholt {metal} said rescue teams had worked all night.",
        "'Our hearts go out to the families,' the mining house said. 'We have stopped work.'",
        "'We will pay for the funerals,' the company said.",
    )
    assert found == [f"Varnholt {metal}"] * 3


def test_a_metal_name_is_no_grocer():
    # near-miss: a trade's noun that no miner is called by
    found = _speakers(
        "In a statement on Monday, Varnholt Copper said rescue teams had worked all night.",
        "'Our hearts go out to the families,' the grocer said.",
    )
    assert found == [None]


def test_a_gold_surname_stays_a_person():
    # near-miss: `Gold` is a surname too, no metal that ends a miner's name here
    found = _speakers(
        "Geologist Tamsin Gold said the rock was unstable.",
        "'It should have been shored up,' Gold said.",
    )
    assert found == ["Tamsin Gold"]


def test_a_plural_role_before_for_names_the_body():
    # near-miss: `Doctors for <Cause>` is the body's whole name, its opening word kept
    found = _speakers(
        "Members of Teachers for Fair Pay met on Monday.",
        "“We will strike,” Teachers for Fair Pay said.",
    )
    assert found == ["Teachers for Fair Pay"]
