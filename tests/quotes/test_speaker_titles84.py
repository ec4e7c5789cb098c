"""Speakers84: titles, ranks and posts written before a name are no part of it.

A title's short form before a surname the article named in full (`Cr Vasquez replied`, `SDM
Okafor later said`), a post abroad (`Representative in <Country> X Y`), a title of several words
ended by the given name (`Woman International Master X Y`), a rank's posting (`SSP <Place> X Y
Z`) and a body's possessive name before a rank (`<County> Sheriff's Office Capt. X Y`), each with
near-misses the rules must leave alone: a body's capitals before a name (`UN`, `NHS`), an initial
that is the name's, a sentence-initial word, an office's letters after a seat (`MP`, `TD`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quote_rank_titles import (
    qualified_title,
    rank_after_body,
    rank_short_form,
    titled_surname,
)
from api.parser.quote_shapes import title_place_before
from api.parser.quote_tokens import Token
from tests.quotes.helpers import speakers as _speakers


def _people(text: str) -> list[tuple[str, str]]:
    """(kind, name) of each name found in one made-up sentence, pronouns aside."""
    return [(m.kind, m.name) for m in find_mentions(text) if m.kind != "pronoun"]


def _run(*words: str) -> list[Token]:
    """Tokens of a run of capitals, a possessive marked by its `'s`."""
    tokens, at = [], 0
    for word in words:
        tokens.append(Token(at, at + len(word), word, word.endswith("'s"), False))
        at += len(word) + 1
    return tokens


# --- a title's short form ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Cr", True),  # a councillor (Australia), no vowel
        ("Cllr", True),
        ("Capt.", True),
        ("Insp.", True),
        ("Supt", True),
        ("Maj.", True),
        ("Const.", True),
        ("SDM", True),  # a rank's capitals
        ("SSP", True),
        ("Ng", False),  # a surname without a vowel
        ("St", False),  # `St Clair`
        ("Md", False),  # Muhammad's short form, a name's word
        ("Ana", False),
        ("Kostakis", False),  # too long for a short form
        ("J.", False),  # an initial is the name's
    ],
)
def test_a_titles_short_form(word, expected):
    assert rank_short_form(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Cr Vasquez", "Vasquez"),
        ("Capt. Orlund", "Orlund"),
        ("SDM Okafor", "Okafor"),
        ("Ana Vasquez", None),  # a given name and a surname
        ("St Clair", None),
        ("Cr Ana Vasquez", None),  # a full name after the title is the run's own to read
    ],
)
def test_the_surname_after_a_titles_short_form(name, expected):
    assert titled_surname(name) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Lord Mayor Dimitra Vasquez said the library would stay shut.",
                "Asked whether it would reopen, Cr Vasquez replied: \u2018Not this year.\u2019",
            ),
            ["Dimitra Vasquez"],
        ),
        (
            (
                "The SDM, Chinedu Okafor, told the farmers the loan could be rescheduled.",
                'SDM Okafor later said: "Waivers are not in the district\'s hands."',
            ),
            ["Chinedu Okafor"],
        ),
        (
            (
                "Harlow Ward councillor Bettina Oyelaran voted against the plan.",
                'Cllr Oyelaran said: "The residents were never asked."',
            ),
            ["Bettina Oyelaran"],
        ),
        (
            (
                "Assistant Commissioner Rukhsana Mehtab Qazi inspected the barrier.",
                'DCO Qazi said: "The road opens on Monday."',  # letters no title spells
            ),
            ["Rukhsana Mehtab Qazi"],
        ),
    ],
)
def test_a_titles_short_form_before_a_known_surname_is_that_person(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_bodys_capitals_before_a_surname_stay_a_body():
    # (`NHS Grampian` is a body, and `Grampian` no one's surname here)
    found = _speakers(
        "Tomasz Grabowski, a nurse, said the ward was full.",
        'NHS Grampian said: "Every bed is in use."',
    )
    assert found == ["NHS Grampian"]


def test_a_body_the_article_defines_stays_a_body_before_a_surname():
    # (`PFA` is defined by its brackets: the union, not the person sharing a surname with it)
    found = _speakers(
        "The Professional Footballers Association (PFA) wrote to the league.",
        "Lena Marsh, a defender, said she had signed the letter.",
        'PFA Marsh said: "We expect an answer by Friday."',
    )
    assert found[-1] != "Lena Marsh"


def test_two_capitals_before_a_surname_may_be_initials():
    # (`TJ Marsh` is no rank of `Lena Marsh`: two letters no title spells are a given name's)
    found = _speakers(
        "Lena Marsh, a defender, said she had signed the letter.",
        'TJ Marsh said: "We expect an answer by Friday."',
    )
    assert found[-1] != "Lena Marsh"


# --- a post in a place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UNICEF Representative in Borvia Anneliese Okonkwo-Brandt said so.",
            "Anneliese Okonkwo-Brandt",
        ),
        ("WHO Representative in Kaldor Mateo Ferreira said so.", "Mateo Ferreira"),
        ("UNHCR Representative in South Ostria Lena Hart said so.", "Lena Hart"),  # 2-word place
        ("The bank's director in Ostria Ingrid Solberg said it was closed.", "Ingrid Solberg"),
    ],
)
def test_a_post_in_a_place_before_a_full_name(text, expected):
    assert ("person", expected) in _people(text)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Representative in Borvia Ana Lee", 18, True),
        ("born in Borvia Ana Lee", 8, False),  # no title before `in`
        ("He works in Borvia Ana Lee", 12, False),
    ],
)
def test_a_title_then_in_before_a_place(text, start, expected):
    assert title_place_before(text, start) is expected


def test_a_place_after_in_without_a_title_is_still_a_place():
    assert _people("She was born in Nova Scotia.") == []


# --- a title of several words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "k", "expected"),
    [
        (("Woman", "International", "Master", "Ana", "Roe"), 2, True),
        (("FIDE", "Master", "Ana", "Roe"), 1, True),
        (("Grand", "Master", "Ana", "Roe"), 1, True),
        (("Master", "Builders", "Borvia"), 0, False),  # a body's name opens on it
        (("Ana", "Master"), 1, False),  # a surname after a given name
    ],
)
def test_a_qualified_titles_head(words, k, expected):
    assert qualified_title(words, k) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Woman International Master Marisol Tenorio, 19, who was refused, said so.",
            "Marisol Tenorio",
        ),
        ("International Master Oskar Lindqvist said he would withdraw.", "Oskar Lindqvist"),
        ("Woman Grandmaster Priya Ranganathan said the visa came late.", "Priya Ranganathan"),
        ("Deputy Chief Executive Halvard Berg said the budget was cut.", "Halvard Berg"),
    ],
)
def test_a_title_of_several_words_ends_at_the_given_name(text, expected):
    assert ("person", expected) in _people(text)


def test_a_bare_surname_after_a_title_of_several_words_is_the_full_name():
    found = _speakers(
        'Woman International Master Marisol Tenorio, 19, said she had been asked for "a bank '
        'certificate in my own name".',
        '"I\'m a student," she said.',
        'Tenorio added: "I just want to play."',
    )
    assert found == ["Marisol Tenorio"] * 3


# --- a rank's posting -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SSP Korangi Imran Hussain Dahri said the road was cleared.", "Imran Hussain Dahri"),
        ("DSP Saddar Bilal Ahmed Soomro said the post would stay.", "Bilal Ahmed Soomro"),
        ("SSP Imran Hussain Dahri said the road was cleared.", "Imran Hussain Dahri"),  # no place
        ("Bukit Jalil MP Chow Mei Ling said she had written.", "Chow Mei Ling"),  # a name alone
        ("Carlow TD Cathal Mac Giolla Bhride said he raised it.", "Cathal Mac Giolla Bhride"),
    ],
)
def test_a_ranks_place_of_posting_is_no_word_of_the_name(text, expected):
    assert ("person", expected) in _people(text)


# --- a body's possessive name before a rank ---------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("Harbour", "County", "Sheriff's", "Office", "Capt.", "Ana", "Roe"), 4),
        (("Sheriff's", "Office", "Lt.", "Dev", "Patel"), 2),
        (("St", "Anne's", "Hospital", "Trust"), 0),  # no rank
        (("Acme's", "Ana", "Roe"), 0),  # an owner's person, no rank
        (("Harbour", "County", "Sheriff's", "Office", "Capt"), 0),  # no name after it
        (("Children's", "Commissioner"), 0),  # an office's name
    ],
)
def test_where_a_rank_opens_after_a_bodys_possessive_name(words, expected):
    assert rank_after_body(" ".join(words) + " said.", _run(*words)) == expected


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Harbour County Sheriff's Office Capt. Reginaldo Whitcombe-Ayers said so.",
            "Harbour County Sheriff's Office",
            "Reginaldo Whitcombe-Ayers",
        ),
        (
            "Tarrow Children's Hospital Dr. Annika Voss said the ward was full.",
            "Tarrow Children's Hospital",
            "Annika Voss",
        ),
        (
            "Ostvale County Sheriff's Office Det. Sgt. Mara Quill said the car was found.",
            "Ostvale County Sheriff's Office",
            "Mara Quill",
        ),
        (
            "Kellan Veterans' Affairs Office Insp. Dean Kettering said the files were lost.",
            "Kellan Veterans' Affairs Office",
            "Dean Kettering",
        ),
    ],
)
def test_a_body_a_rank_and_a_name_are_a_body_and_its_officer(text, body, person):
    found = _people(text)
    assert ("person", person) in found
    assert any(kind == "org" and name.startswith(body) for kind, name in found)


def test_a_body_named_before_its_officer_is_the_bodys_spokesman_later():
    found = _speakers(
        "Harbour County Sheriff's Office Capt. Reginaldo Whitcombe-Ayers said the wallet was "
        '"emptied within minutes."',
        '"Once it leaves the kiosk, it\'s gone," Whitcombe-Ayers said.',
        "The council will vote on the ordinance next month.",
        'A spokesman for the sheriff\'s office said: "Hang up and call us."',
    )
    assert found == [
        "Reginaldo Whitcombe-Ayers",
        "Reginaldo Whitcombe-Ayers",
        "Harbour County Sheriff's Office",
    ]


# --- near-misses: a body's capitals, an initial, a sentence's first word -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN envoy Kurt Vollmer said the talks failed.", ("person", "Kurt Vollmer")),
        ("NHS chief executive Amanda Pryor said the ward was full.", ("person", "Amanda Pryor")),
        ("J. Scott Mallory said the ruling stood.", ("person", "J. Scott Mallory")),
        ("Hosting Cook said the dinner was late.", ("single", "Cook")),
    ],
)
def test_near_misses_keep_the_name_and_the_body(text, expected):
    assert expected in _people(text)


def test_a_bodys_capitals_before_a_role_stay_a_body():
    found = _people("UN envoy Kurt Vollmer said the talks failed.")
    assert ("org", "UN") in found
