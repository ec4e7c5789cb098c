"""rb5: near-misses of stop 51's speaker rules, read back for over-fitting (issue 15).

A phrase of place or time before an unnamed subject opens on any preposition, adverb or measure
of time (`Minutes later, a pensioner ...`, `Under the bridge, a busker ...`), not only the
fixture's few (fronted_indefinites). A description joined to the clause before by any
conjunction of two clauses (`..., yet the association said`) is the subject, as after `and` or
`but` (joined_description). Initials a party shares (`PNP`, `NPF`) stand for no police force
(police_initials).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_short_forms import police_initials
from api.parser.quote_unnamed import fronted_indefinites
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("lead", "noun"),
    [
        ("Minutes later, a pensioner who lives nearby stood at the gate.", "pensioner"),
        ("Last week, a grandmother who has a grandson at the school stood outside.", "grandmother"),
        ("Back at the camp, a nurse who has worked there for years sat alone.", "nurse"),
        ("Under the bridge, a busker who plays there most days packed up.", "busker"),
        ("This morning, a cabbie who drives the night shift waited at the rank.", "cabbie"),
    ],
)
def test_any_fronted_phrase_of_place_or_time_brings_in_someone_unnamed(lead, noun):
    found = _speakers(
        'Councillor Dana Price said the plan was "the best of a bad set of choices".',
        f'{lead} "Nobody asked us," the {noun} said.',
    )
    assert found == ["Dana Price", None]


@pytest.mark.parametrize(
    "masked",
    [
        "However, a pensioner who lives nearby stood at the gate.",  # no place or time
        "Minutes later Ben Ode, a pensioner, stood at the gate.",  # a name's apposition
        "Undeterred, a pensioner who lives nearby stood at the gate.",  # a manner, no opener
    ],
)
def test_no_fronted_phrase_of_place_or_time(masked):
    assert fronted_indefinites(masked) == []


def test_a_name_after_the_fronted_phrase_is_still_the_speaker():
    found = _speakers(
        "Councillor Dana Price spoke first. Minutes later Ben Ode, a pensioner, took the floor.",
        '"Nobody asked us," the pensioner said.',
    )
    assert found == ["Ben Ode"]


@pytest.mark.parametrize("joining", ["yet", "so", "whereas", "although"])
def test_a_description_joined_by_any_conjunction_is_the_subject(joining):
    found = _speakers(
        "The Harbour Anglers Association met Mo Reid on Monday.",
        f'The ban is backdated, {joining} the association said it would "fight it in court".',
    )
    assert found == ["Harbour Anglers Association"]


@pytest.mark.parametrize("joining", ["and", "yet", "whereas"])
@pytest.mark.parametrize(
    ("lead", "noun"),
    [
        ("Mo Reid runs a trawler out of Brixham.", "fisherman"),  # no fisherman brought in
        ("The ban was announced on Monday.", "association"),  # no body named before
    ],
)
def test_a_joined_description_naming_no_one_before_stays_unnamed(joining, lead, noun):
    found = _speakers(lead, f'The ban is backdated, {joining} the {noun} said it was "unfair".')
    assert found == [None]


@pytest.mark.parametrize(
    ("name", "force"),
    [("PNP", False), ("NPF", False), ("PSNI", True), ("RCMP", True), ("CMPD", True)],
)
def test_police_initials_a_party_shares_are_none(name, force):
    assert police_initials(name) is force


@pytest.mark.parametrize(
    ("lead", "party"),
    [
        ("The PNP said its candidate would stand in Kingston Central.", "PNP"),
        ("The NPF said it would contest every seat in Kohima.", "NPF"),
    ],
)
def test_police_said_is_not_a_partys_initials(lead, party):
    found = _speakers(lead, 'Police said the rally had been "peaceful".')
    assert found == ["Police"]


def test_police_said_still_stands_for_a_force_named_by_its_initials():
    found = _speakers(
        "The PSNI said the road near Newry was closed.", 'Police said the crash was "a tragedy".'
    )
    assert found == ["PSNI"]
