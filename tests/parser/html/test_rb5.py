"""rb5: near-misses of stop 51's print-call rule, read back for over-fitting (issue 15).

A call to the reader ('Read the full review in Friday's Guide.') may name the day's paper by its
name alone; a statement ('The full report is in today's paper.') sends the reader to print only
when it names print: 'The full report appears in Tuesday's Lancet.' reports a journal, the
story's text. Made-up lines.
"""

from __future__ import annotations

import pytest

from api.parser.html.text_chrome import is_print_call, is_promo_line


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
