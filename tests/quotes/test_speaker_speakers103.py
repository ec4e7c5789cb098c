"""Speakers103: "no one, on purpose" apart from "nothing found", and the last resort for people.

A rule that reads a description and rejects every candidate says so (Resolved.refused, no_one,
NO_ONE): a noun the person rules know that no one fits (`the fisherman` after only a woman, `the
landlord` of no premises held), someone unnamed, a post never given. Only when the rules found
nothing does the last resort (quote_fallback, speakers100's, for people only) answer a
reporting clause's `the <noun>` of a noun no table or shape knows (`the shipwright`, `the vet`,
`the old salt`): the latest person named or heard within two paragraphs whom nothing
contradicts. Near-misses stay no one: a body's noun (but `the regulator` of the one public body
just named: speakers107), a capitalised word after `the` (an owner's
or a place's name), a noun in `-ity`, a sentence that is no cue, someone unnamed or off the
record, a letter signed off between, a plural, a person of the other sex, someone named too far
back.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_described import _person_rule_noun
from api.parser.quote_entries import Resolved, no_one
from api.parser.quote_fallback import BODY, PERSON, fallback_kind
from tests.quotes.helpers import speakers

Q, E = "\u201c", "\u201d"


def _cue(noun: str, words: str = "We had no warning at all,") -> str:
    return f"{Q}{words}{E} the {noun} said."


# --- no one on purpose, apart from nothing found ---------------------------------------------


def test_no_one_on_purpose_is_apart_from_nothing_found() -> None:
    assert no_one().name is None and no_one().refused
    assert not Resolved(None, None).refused
    assert not Resolved("Ann Lee", "pronoun").refused


@pytest.mark.parametrize(
    ("noun", "known"),
    [
        ("fisherman", True),
        ("landlady", True),
        ("student", True),
        ("apiarist", True),
        ("woman", True),
        ("52-year-old", True),
        ("mayor-elect", True),
        ("shipwright", False),
        ("vet", False),
        ("company", False),
    ],
)
def test_a_noun_the_person_rules_know(noun: str, known: bool) -> None:
    assert _person_rule_noun(noun) is known


@pytest.mark.parametrize(
    ("intro", "noun"),
    [
        ("Margaret Okonjo repairs boats at the harbour in Kessel.", "fisherman"),
        ("Ilse Brandt rents a flat above the bakery on Vell Street.", "landlady"),
        ("Ana Ruiz-Pell leads the count by 40 votes.", "mayor-elect"),
    ],
)
def test_a_known_noun_no_one_fits_is_not_guessed(intro: str, noun: str) -> None:
    assert speakers(intro, _cue(noun)) == [None]


@pytest.mark.parametrize("owner", ["Acme", "Kessel", "Labour"])
def test_a_capitalised_word_before_an_unknown_noun_is_no_one(owner: str) -> None:
    paragraphs = ("Rhea Okonjo repairs boats at the harbour.", _cue(f"{owner} shipwright"))
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize("noun", ["municipality", "university", "charity"])
def test_a_noun_in_ity_is_no_person(noun: str) -> None:
    assert speakers("Odile Marchetti-Vance lives by the creek.", _cue(noun)) == [None]


def test_a_sentence_before_a_quote_is_no_cue() -> None:
    paragraphs = (
        "Rhea Okonjo repairs boats at the harbour.",
        f"The shipyard shut. {Q}Forty years, gone.{E}",
    )
    assert speakers(*paragraphs) == [None]


# --- the noun's kind -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the shipwright", PERSON),
        ("the old salt", PERSON),
        ("the 63-year-old", PERSON),
        ("the 47-year-old welder", PERSON),
        ("the regulator", BODY),
        ("the local council", BODY),
        ("the agency", BODY),
        ("the residents", None),  # (many people, none named)
        ("the report", None),  # (a document: its issuer's rules, not this one)
        ("the figures", None),
        ("the r2d2", None),
        ("the executive", PERSON),
        ("the spokeswoman", None),  # (someone speaking for a body: the body's rules)
        ("the society's chairman", None),  # (whose they are says who)
        ("the municipality", None),  # (`-ity`: a body's or a quality's noun, no person's)
        ("the university", BODY),
    ],
)
def test_fallback_kind(phrase: str, expected: str | None) -> None:
    assert fallback_kind(phrase.split()) == expected


# --- people by a noun no table holds -------------------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "noun", "who"),
    [
        ("Rhea Okonjo repairs boats at the harbour in Kessel.", "shipwright", "Rhea Okonjo"),
        ("Ilse Brandt treats horses across the county.", "vet", "Ilse Brandt"),
        ("Gideon Marsh, 71, has fished the estuary all his life.", "old salt", "Gideon Marsh"),
        ("Tariq Mendes has dug wells on the plateau since 1998.", "shipwright", "Tariq Mendes"),
    ],
)
def test_unknown_noun_is_the_person_just_named(intro: str, noun: str, who: str) -> None:
    assert speakers(intro, _cue(noun)) == [who]


def test_the_person_named_the_paragraph_before_last() -> None:
    # (a paragraph between that names no one: still within reach)
    paragraphs = (
        "Ilse Brandt treats horses across the county.",
        "The outbreak began in March and has spread to four farms.",
        _cue("vet"),
    )
    assert speakers(*paragraphs) == ["Ilse Brandt"]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Department of Inland Waters", "regulator"),
        ("Department of Inland Waters", "watchdog"),
        ("Directorate of Coastal Fisheries", "regulator"),
    ],
)
def test_a_body_noun_no_rule_answers_is_the_one_public_body(body: str, noun: str) -> None:
    # (speakers107: the one public body named just before, by its name's kind; the company
    # named before it is no regulator. The latest body of any kind stays unguessed: see
    # tests/quotes/test_speakers107.py's near-misses)
    paragraphs = (
        "The mill, owned by Vellacott Grain Holdings Sdn Bhd, sits on the upper river.",
        f"The {body} said its officers found a breached wall.",
        f"The {noun} warned on Monday that the owner {Q}could face a heavy fine{E}.",
    )
    assert speakers(*paragraphs) == [body]


def test_a_body_noun_a_rule_answers_is_kept() -> None:
    paragraphs = (
        "The mill, owned by Vellacott Grain Holdings Sdn Bhd, sits on the upper river.",
        "The Bureau of Inland Waters said its officers found a breached wall.",
        f"The regulator warned on Monday that the owner {Q}could face a heavy fine{E}.",
    )
    assert speakers(*paragraphs) == ["Bureau of Inland Waters"]


# --- near-misses: no one -------------------------------------------------------------------------


def test_named_too_far_back_is_no_one() -> None:
    paragraphs = (
        "Ilse Brandt treats horses across the county.",
        "The outbreak began in March.",
        "It has spread to four farms.",
        "Movement orders are in force.",
        _cue("vet"),
    )
    assert speakers(*paragraphs) == [None]


def test_someone_off_the_record_in_the_cue_paragraph_is_no_one() -> None:
    paragraphs = (
        "Ilse Brandt treats horses across the county.",
        f"A worker, who asked not to be named, said the yard would shut. {_cue('vet')}",
    )
    assert speakers(*paragraphs) == [None]


def test_someone_off_the_record_the_paragraph_before_is_no_one() -> None:
    paragraphs = (
        "Rhea Okonjo repairs boats at the harbour in Kessel.",
        "A worker who did not want to be named said the yard would shut.",
        _cue("shipwright"),
    )
    assert speakers(*paragraphs) == [None]


def test_an_unnamed_subject_opening_the_cue_paragraph_is_no_one() -> None:
    paragraphs = (
        "Rhea Okonjo repairs boats at the harbour in Kessel.",
        f"A caller to the station said the yard would shut. {_cue('shipwright')}",
    )
    assert speakers(*paragraphs) == [None]


def test_a_letter_signed_off_between_is_no_one() -> None:
    paragraphs = (
        "Your report quoted the council leader, Ferris Oakwell, on the bypass.",
        "\u2014 Wilma Drachford-Penn, Ashcombe",
        f"When I asked at the counter, the clerk told me: {Q}We are short of staff.{E}",
    )
    assert speakers(*paragraphs)[-1] is None


def test_a_plural_is_no_one() -> None:
    assert speakers("Rhea Okonjo repairs boats at Kessel.", _cue("residents")) == [None]


def test_the_other_sex_is_no_one() -> None:
    paragraphs = ("Margaret Okonjo repairs boats at the harbour in Kessel.", _cue("fisherman"))
    assert speakers(*paragraphs) == [None]
