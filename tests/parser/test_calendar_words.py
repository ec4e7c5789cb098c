"""The calendar's words: one source (api/parser/calendar_words.py) read by every rule of dates."""

import pytest

from api.parser.calendar_words import CALENDAR_NAMES, MONTH_ABBREVIATIONS, WEEKDAYS
from api.parser.glue import DATE_WORDS, closes_a_date
from api.parser.page_chrome import STAMP_WORDS, stamp_words
from api.parser.quote_words import ABBREVIATIONS, ADVERBIAL, STOP_CAPS


def test_every_list_of_dates_reads_the_one_source() -> None:
    assert {word.lower() for word in DATE_WORDS} == CALENDAR_NAMES
    assert CALENDAR_NAMES | MONTH_ABBREVIATIONS <= STAMP_WORDS
    assert CALENDAR_NAMES <= STOP_CAPS
    assert WEEKDAYS <= ADVERBIAL
    assert MONTH_ABBREVIATIONS <= ABBREVIATIONS
    assert "may" not in ABBREVIATIONS  # 'in May.' ends its sentence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Boats at dusk on ThursdayKai Ora", True),
        ("The quay in the first week of SeptemberMira Solt/Harbourpix", True),
        ("A reader of the SundayTimes", False),  # a title's name, no date phrase before it
    ],
)
def test_a_glued_credit_after_a_date(line: str, expected: bool) -> None:
    at = next(k for k in range(len(line) - 1, 0, -1) if line[k].isupper() and line[k - 1].islower())
    assert closes_a_date(line, at) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Updated Tue Sept 9", True), ("Posted Wednesday", True), ("Pier reopens Monday", False)],
)
def test_a_timestamp_of_calendar_words(text: str, expected: bool) -> None:
    assert stamp_words(text) is expected
