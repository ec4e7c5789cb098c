"""Speakers100: the last resort for `the <noun> said` when no rule answered (quote_fallback).

A description of two or three words whose noun no table knows (`the shipwright`, `the vet`,
`the old salt`) is the latest person named or heard within two paragraphs whom nothing
contradicts; a body's noun (`the regulator`) the latest body named there. Unnamed people stay no
one: someone kept off the record or brought in by `A <noun> ...` just before, a letter signed
off between, a plural, a document, a person of the other sex, someone named too far back.

Each case is made up; the shapes, not the words, are what the rule reads.
"""

from __future__ import annotations

import pytest

from api.parser.quote_fallback import BODY, PERSON, fallback_kind
from tests.quotes.helpers import speakers

Q, E = "\u201c", "\u201d"


def _cue(noun: str, words: str = "We had no warning at all,") -> str:
    return f"{Q}{words}{E} the {noun} said."


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
        ("Bureau of Inland Waters", "regulator"),  # (a rule answers already: kept)
    ],
)
def test_a_body_noun_is_the_body_just_named(body: str, noun: str) -> None:
    paragraphs = (
        "The mill, owned by Vellacott Grain Holdings Sdn Bhd, sits on the upper river.",
        f"The {body} said its officers found a breached wall.",
        f"The {noun} warned on Monday that the owner {Q}could face a heavy fine{E}.",
    )
    assert speakers(*paragraphs) == [body]


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
