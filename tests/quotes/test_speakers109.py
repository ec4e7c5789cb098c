"""Speakers of issue 15 read from the sixty-eighth and sixty-ninth sets' shapes (speakers109).

Irish writes its article `An` before a body's name (`An Post`, `An Bord Pleanála`); English
writes `an` only before a vowel's sound, so a sentence-opening `An` before a word that opens on a
consonant is a word of the name (an_before_consonant). A bare `Police said` stands for the one
force the article names by its initials alone (`PSNI`, `RCMP`, `NYPD`: police_initials), as it
does for `Gwent Police`. A sentence opening on a phrase of place or time (`After the vote, a
grandmother who ...`) brings its indefinite subject in unnamed, as `A grandmother ...` would, so
a later `the grandmother said` names no one (fronted_indefinites).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_shapes import an_before_consonant
from api.parser.quote_short_forms import police_initials
from api.parser.quote_unnamed import fronted_indefinites
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("word", "irish"),
    [
        ("Post", True),
        ("Bord", True),
        ("Garda", True),
        ("Taisce", True),
        ("Irish", False),  # English's `an` before a vowel
        ("Honours", False),  # a silent `h`
        ("MP", False),  # initials spoken `em`
        ("RTÉ", False),
        ("Uber", False),
    ],
)
def test_an_before_consonant(word, irish):
    assert an_before_consonant(word) is irish


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("An Post said", "An Post"),
        ("An Bord Pleanála said", "An Bord Pleanála"),
        ("An Taisce said", "An Taisce"),
        ("An Chomhairle Ealaíon said", "An Chomhairle Ealaíon"),
    ],
)
def test_irish_an_opening_a_sentence_stays_in_the_bodys_name(opening, name):
    found = _speakers("The decision was published on Tuesday.", f'{opening} it was "final".')
    assert found == [name]


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("An Irish Water spokesman said", "Irish Water"),  # English's article before a vowel
        ("An RTÉ spokeswoman said", "RTÉ"),  # initials: no Irish article
    ],
)
def test_englishs_an_opening_a_sentence_is_dropped(opening, name):
    found = _speakers("The decision was published on Tuesday.", f'{opening} it was "final".')
    assert found == [name]


@pytest.mark.parametrize(
    ("name", "force"),
    [
        ("PSNI", True),
        ("RCMP", True),
        ("NYPD", True),
        ("SFPD", True),
        ("PTSD", False),
        ("UPS", False),
        ("PSG", False),
        ("PD", False),
    ],
)
def test_police_initials(name, force):
    assert police_initials(name) is force


@pytest.mark.parametrize(
    ("town", "force"),
    [("Newry", "PSNI"), ("Kamloops", "RCMP"), ("Queens", "NYPD")],
)
def test_police_said_stands_for_the_force_named_by_its_initials(town, force):
    found = _speakers(
        f"A van was stolen from a yard in {town} on Sunday night.",
        f"The {force} said the van was found burnt out on Monday.",
        'Police said the theft was "planned in advance".',
    )
    assert found == [force]


def test_police_said_with_no_force_named_stays_police():
    found = _speakers(
        "A van was stolen from a yard on Sunday night. The UPS depot was closed.",
        'Police said the theft was "planned in advance".',
    )
    assert found == ["Police"]


def test_police_said_with_two_forces_named_picks_neither_by_initials():
    found = _speakers(
        "A van stolen in Newry was found near Dundalk.",
        "The PSNI and Gwent Police said they were sharing information.",
        'Police said the theft was "planned in advance".',
    )
    assert found != ["PSNI"]


def test_fronted_indefinites():
    masked = "After the vote, a grandmother who lives nearby stood there. Ann Roe, a nurse, left."
    assert fronted_indefinites(masked) == [masked.index("grandmother")]


@pytest.mark.parametrize(
    ("lead", "noun"),
    [
        (
            "After the vote, a grandmother who has a grandson at the school stood outside.",
            "grandmother",
        ),
        (
            "Outside the town hall, a pensioner who came to watch said she shops elsewhere now.",
            "pensioner",
        ),
        ("At the harbour wall, a fisherman who would not give his name mended a net.", "fisherman"),
        ("During the break, a nurse who has worked there for years sat alone.", "nurse"),
    ],
)
def test_a_fronted_phrase_brings_in_someone_unnamed(lead, noun):
    found = _speakers(
        'Councillor Dana Price said the plan was "the best of a bad set of choices".',
        f'{lead} "Nobody asked us," the {noun} said.',
    )
    assert found == ["Dana Price", None]


def test_a_name_before_the_comma_is_no_fronted_phrase():
    found = _speakers(
        "Councillor Dana Price spoke first. Later Ben Ode, a pensioner, took the floor.",
        '"Nobody asked us," the pensioner said.',
    )
    assert found == ["Ben Ode"]


def test_a_capital_inside_the_opening_phrase_is_no_fronted_phrase():
    assert fronted_indefinites("Later Ben Ode, a pensioner, took the floor.") == []
