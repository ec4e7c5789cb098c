"""rb5: near-misses of stop 51's print-call rule, read back for over-fitting (issue 15).

A call to the reader ('Read the full review in Friday's Guide.') may name the day's paper by its
name alone; a statement ('The full report is in today's paper.') sends the reader to print only
when it names print: 'The full report appears in Tuesday's Lancet.' reports a journal, the
story's text. An untitled list above the text is no standfirst when a point is a byline or a
date's stamp, however long ('By Jo Lee and Tom Roe in Lagos', 'Updated 6 December 2026 at
10:00 GMT'). Made-up lines and pages.
"""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.bylines import is_signed_or_dated
from api.parser.html.text_chrome import is_print_call, is_promo_line
from tests.parser.html.pages import page, paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "The full report appears in Tuesday's Lancet.",
        "The complete report is in Monday's Federal Register.",
        "The whole report is in Thursday's Medical Journal of Australia.",
        "The full interview runs in Sunday's Radio Times listings, the station said.",
    ],
)
def test_a_statement_naming_a_journal_is_the_storys(line):
    assert not is_print_call(line)
    assert not is_promo_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The full report is in today's paper.",
        "The full interview appears in Saturday's edition.",
        "The complete story is in this week's Harbour Gazette, on sale now.",
        "The full feature runs in the print edition.",
    ],
)
def test_a_statement_naming_print_is_a_call(line):
    assert is_print_call(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read the full review in Friday's Guide.",
        "Get the full story from Sunday's Courier.",
        "For the full interview, pick up Saturday's edition.",
        "Read the full story in this week's Harbour Gazette, on sale now.",
    ],
)
def test_a_call_may_name_the_days_paper_alone(line):
    assert is_print_call(line)


# ---- an untitled list above the text: a byline's and a date's long fields are no points ------

FERRY = [
    "Fares on the island crossing rise by a fifth from May.",
    "Night sailings end for the winter months.",
    "The council will review the timetable in a year.",
]


def points_list(items: list[str], attrs: str = "") -> str:
    return f"<ul{attrs}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(
    "fields",
    [
        ["By Jo Lee and Tom Roe in Lagos", "Updated 6 December 2026 at 10:00 GMT"],
        ["Written by Priya Shah, Senior Reporter", "Published Sunday 6 December 2026, 9:14 am"],
        ["By Marta Kowalczyk in Gdansk and Warsaw", "First published on 3 March 2025 at noon"],
    ],
)
def test_a_list_of_long_byline_and_date_fields_is_no_bullets(fields):
    assert (
        list(parse_html(page(points_list(fields, ' class="meta"') + paragraphs(4))).bullets) == []
    )


@pytest.mark.parametrize(
    ("piece", "page_data"),
    [
        ("By Joanna Lee and Tom Roe in Lagos", True),
        ("Updated 6 December 2026 at 10:00 GMT", True),
        ("Published Sunday, 9:14 am", True),
        ("By 2030 the ferry will run on batteries alone.", False),
        ("By Friday the council must decide on the fares.", False),
        ("Updated guidance tells schools to reopen on time.", False),
        ("Published figures show crossings fell by a third.", False),
    ],
)
def test_is_signed_or_dated(piece, page_data):
    assert is_signed_or_dated(piece) is page_data


@pytest.mark.parametrize(
    "points",
    [
        FERRY,
        [
            "By 2030 the ferry will run on batteries alone.",
            "Updated guidance tells skippers to sail in pairs.",
        ],
    ],
)
def test_points_opening_on_by_or_updated_are_still_points(points):
    assert list(parse_html(page(points_list(points) + paragraphs(4))).bullets) == points
