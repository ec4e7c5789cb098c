"""Mechanisms of issue 15 from the forty-fourth set (speakers65).

A role by its initials with an area before it and a courtesy title after it (`Harlow District
Health Officer Dr X` ... `the DHO said`); a trade by a present-tense habit (`X, 44, who fishes
from the jetty` ... `the fisherman said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_deeds import habit_deed, trade_deed
from api.parser.quote_registry import spelt_role
from api.parser.quotes import analyse_quotes


def _quotes(*paragraphs: str) -> dict[str, str | None]:
    """Quote text -> speaker for the given paragraphs."""
    return {q.text: q.speaker for q in analyse_quotes(list(paragraphs)).quotes}


# --- a role by its initials: an area before it, a courtesy title after it ---------------------


@pytest.mark.parametrize(
    ("head", "letters"),
    [
        ("Brackwater District Health Officer Dr ", "DHO"),
        ("said Norrland Regional Police Commander ", "RPC"),
        ("Ostbury District Commissioner Prof ", "DC"),
        ("the district education manager Mrs ", "DEM"),
    ],
)
def test_an_area_before_a_role_and_a_title_after_it_spell_it(head, letters):
    assert spelt_role(head, letters, "")


@pytest.mark.parametrize(
    ("head", "letters"),
    [
        ("Chief Medical Officer Dr ", "MO"),  # a higher post
        ("Deputy District Health Officer Dr ", "DHO"),  # a lower post
        ("Senior Health Officer ", "HO"),
        ("District Health Officer Dr ", "DHA"),  # other letters
    ],
)
def test_a_rank_before_a_role_is_another_post(head, letters):
    assert not spelt_role(head, letters, "")


@pytest.mark.parametrize(
    ("intro", "said", "person"),
    [
        (
            "Brackwater District Health Officer Dr Selina Mwangolo said cases were rising.",
            "The DHO said clinics were “full but coping”.",
            "Selina Mwangolo",
        ),
        (
            "Upper Rell Regional Fire Officer Mr Tobias Karanja said the fire was out.",
            "The RFO said crews would stay “until the last ember is cold”.",
            "Tobias Karanja",
        ),
        (
            "Kessel District Agriculture Coordinator Prof Hanna Dube visited the farms.",
            "The DAC said the harvest was “half what it should be”.",
            "Hanna Dube",
        ),
    ],
)
def test_the_initials_find_the_titled_person(intro, said, person):
    found = _quotes(intro, said)
    assert list(found.values()) == [person]


def test_the_initials_of_a_higher_post_find_no_one():
    found = _quotes(
        "Chief Medical Officer Dr Selina Mwangolo said cases were rising.",
        "The MO said clinics were “full but coping”.",
    )
    assert list(found.values()) != ["Selina Mwangolo"]


# --- a trade by a present-tense habit -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("Kofi Amenyo, 52, who fishes from Dorrel beach, lost", "fisherman"),
        ("Ines Varga, who farms near the border, said", "farmer"),
        ("Petra Holm, 38, who teaches at the village school", "teacher"),
        ("Rui Tavares, 40, who still farms the family plot", "farmer"),
    ],
)
def test_a_present_habit_gives_a_trade(text, trade):
    end = text.index(",")
    assert trade_deed(text, end) == trade


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Amenyo, who fishes for compliments at every meeting",
        "Ines Varga, who nurses a grudge against the board",
        "Petra Holm, who sails from Dorrel beach",
        "Rui Tavares, 40, fishes from the jetty",  # no relative clause
    ],
)
def test_a_figure_of_speech_or_another_verb_gives_no_trade(text):
    assert habit_deed(text, text.index(",")) is None


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "Kofi Amenyo, 52, who fishes from Dorrel beach, lost his boat. “The wave took "
            "everything we had,” the fisherman said.",
            "Kofi Amenyo",
        ),
        (
            "Ines Varga, who farms near the border, watched the river rise. “We lost the whole "
            "crop in one night,” the farmer said.",
            "Ines Varga",
        ),
        (
            "Marek Sobczak, 61, who teaches at the village school, counted the pupils. “Half of "
            "them did not come back,” the teacher said.",
            "Marek Sobczak",
        ),
    ],
)
def test_the_trade_names_the_habit_holder(paragraph, person):
    assert list(_quotes(paragraph).values()) == [person]


def test_a_figure_of_speech_names_no_trade():
    found = _quotes(
        "Kofi Amenyo, who fishes for compliments at every meeting, stood up. “The wave took "
        "everything we had,” the fisherman said."
    )
    assert list(found.values()) != ["Kofi Amenyo"]
