"""Heads read off the document (issue 15, fresh21's shapes, made-up texts): a capitals place
head opening on an abbreviation ('MT. HOLLIS')."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

FIRE = (
    "A grass fire burned about 12 acres near the county landfill on Sunday afternoon before "
    "crews from three towns put it out. Nobody was hurt, and the cause is under investigation."
)
SCHOOL = (
    "The school board voted 5-2 on Monday to move the start of classes to 8:45 a.m. next fall, "
    "after a year of surveys of parents, teachers and the bus drivers who would have to adjust."
)
MARKET = (
    "The farmers market will move from the church lot to the old rail depot next month, the "
    "organizers said, because the lot is being repaved and the depot has more shade."
)


@pytest.mark.parametrize(
    "place",
    ["MT. HOLLIS", "ST. BRENDAN'S CROSSING", "FT. GARRISON", "ST. OLAF HEIGHTS"],
)
def test_a_capitals_place_head_opening_on_an_abbreviation_is_a_head(place):
    """A capitals place head among capitals place heads: its abbreviation's period ends no
    sentence, as it does not in 'Mt. Hollis'."""
    heads = heads_of("NORTH VALE", FIRE, place, SCHOOL, "EAST LINDEN", MARKET)
    assert heads == ["NORTH VALE", place, "EAST LINDEN"]


@pytest.mark.parametrize("line", ["WE WON. NOW WHAT", "IT RAINED. THEN IT POURED"])
def test_two_capitals_sentences_are_still_two_sentences(line):
    """Read in title case, capitals words that are no abbreviations still end a sentence."""
    assert line not in heads_of("NORTH VALE", FIRE, line, SCHOOL, "EAST LINDEN", MARKET)
