"""heads95's shapes (made-up articles): a by-line naming where its writer files from, with 'By'
('By X on the Y waterfront') or, as a page's opening line, without it ('X at Y crown court'),
and a field naming a person that closes a section ('Star man: X' after player ratings, with a
head or nothing under it)."""

from __future__ import annotations

import pytest

from api.parser.heading_named_fields import names_a_person
from api.parser.headings import is_byline, names_filing_writer
from tests.parser.exports import heads_of

LONG = (
    "The hearing lasted most of the morning, and the public gallery was full long before the "
    "first witness was called to give evidence about the events of that night in March."
)
OTHER = (
    "Outside, a small crowd waited in the rain for the verdict, and several of them said they "
    "had come every day since the trial opened at the start of the month."
)
HEAD = "What the jury heard"

# By-lines with 'By' and a place after 'in', 'at' or 'on', wherever they stand.
BY_LINES = [
    "By Sina Aiono-Castellanos on the Apia waterfront",
    "By Marek Dvořák at Stamford Bridge",
    "By Amara Okafor at Leeds crown court",
    "By Lucía Ferreira in Porto Alegre",
]
# 'By' lines that name no writer, or no place: heads or text, never a by-line with a place.
NOT_BY_LINES = ["By train and ferry", "By the sea", "By Ana Lima at the weekend", "By Tom on time"]


@pytest.mark.parametrize("line", BY_LINES)
def test_by_line_naming_where_the_writer_files_from(line):
    assert is_byline(line)
    assert line not in heads_of(line, "Mon 7 Dec 2026 12.31 GMT", LONG, HEAD, OTHER)


@pytest.mark.parametrize("line", NOT_BY_LINES)
def test_by_words_that_name_no_writer_and_place_are_no_by_line(line):
    assert not is_byline(line)


# The opening line of a page: one writer's full name and where they file from, no 'By'.
OPENERS = [
    "Priya Sandhu at Winchester crown court",
    "Liam Garside-Nkemelu at Castlegate Road",
    "Helena Brandt in Kyiv",
    "Tomasz Wiśniewski on the Gdańsk waterfront",
]


@pytest.mark.parametrize("line", OPENERS)
def test_opening_line_of_a_writer_and_place_is_a_by_line(line):
    assert names_filing_writer(line)
    assert heads_of(line, "Sat 5 Dec 2026 17.09 GMT", LONG, HEAD, OTHER) == [HEAD]


# Near-misses: no given name first, one name only, or a person at a place inside the story,
# where it heads a section as any title does.
@pytest.mark.parametrize(
    "line",
    ["Stockford at home", "Grace at the Palace", "Life in Lagos", "Marks and Spencer in Leeds"],
)
def test_no_writer_and_place(line):
    assert not names_filing_writer(line)


@pytest.mark.parametrize("head", ["Serena Williams at Wimbledon", "Maria Callas at the Met"])
def test_a_person_at_a_place_between_paragraphs_stays_a_head(head):
    assert head in heads_of(LONG, head, OTHER, HEAD, LONG)


RATINGS = [
    "Jack Tennant 6 – Could do nothing about either goal.",
    "Dion Hale 7 – Took his goal well. Faded after the break.",
    "Ryan Soutar 6 – Unlucky with the header. Lost his man for the winner.",
]
CLOSER = "What comes next for the club"

# A field naming a person after a section's last line, with only a head (or nothing) under it.
NAMED_FIELDS = [
    "Star man: Callum Pryor",
    "Player of the match: Ana Lima",
    "Man of the match: Tomás Ferreira",
]


@pytest.mark.parametrize("field", NAMED_FIELDS)
def test_field_naming_a_person_closes_the_section_above(field):
    heads = heads_of(LONG, "Player ratings", *RATINGS, field, CLOSER, OTHER, LONG)
    assert field not in heads
    assert CLOSER in heads


@pytest.mark.parametrize("field", NAMED_FIELDS)
def test_field_naming_a_person_at_the_end_is_no_head(field):
    assert field not in heads_of(LONG, HEAD, OTHER, *RATINGS, field)


# Near-misses: a labelled head over its text stays, and a field's value that is no person.
@pytest.mark.parametrize("head", ["Profile: Ana Lima", "Interview: Tom Reed", "Q&A: Mei Tanaka"])
def test_labelled_head_naming_a_person_over_text_stays(head):
    assert head in heads_of(LONG, head, OTHER, HEAD, LONG)


@pytest.mark.parametrize(
    "line", ["Verdict: Buy It", "Next stop: Porto Alegre", "Best for: Small Flats"]
)
def test_field_without_a_person(line):
    assert not names_a_person(line)
