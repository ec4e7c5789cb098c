"""The character tests before the heading patterns answer as the patterns alone do."""

import pytest

from api.parser.headings import (
    AGENCY_DATELINE,
    PLACE_DATELINE,
    WEB_ADDRESS,
    gives_address,
    is_dateline,
)
from api.parser.line_shapes import RATING, is_rating
from api.parser.sentences import SENTENCE_BREAK, has_sentence_inside, is_abbreviation

LINES = [
    "Visit acme.org",
    "jane@acme.org",
    "See https://x.io/a",
    "WWW.ACME.ORG",
    "www.Acme",
    "Price: £19.99",
    "No. 3: Moto G85",
    "Dr. Who",
    "a.b",
    "end.",
    "PARIS (AFP)",
    "WASHINGTON (AP) —",
    "LONDON, England",
    "N.Y., March 3",
    "O'HARE, Ill.",
    "É PARIS (AFP)",
    "Paris (AFP)",
    "A (B)",
    "★★★★☆",
    "⭐⭐⭐ ½",
    "★",
    " ★★★",
    "",
    "x",
    "It rained. Then",
    "Jan. 6",
    "NASA/ESA/J. Doe",
    "Stop!” Then",
    "Why? Because",
    "Done.\tNext",
]


@pytest.mark.parametrize("text", LINES)
def test_pretests_agree_with_the_patterns(text: str) -> None:
    assert gives_address(text) == (WEB_ADDRESS.search(text) is not None)
    assert is_dateline(text) == bool(AGENCY_DATELINE.match(text) or PLACE_DATELINE.match(text))
    assert is_rating(text) == (RATING.match(text) is not None)
    breaks = SENTENCE_BREAK.finditer(text)
    ends = any(not is_abbreviation(m[1].rsplit("/", 1)[-1]) for m in breaks)
    assert has_sentence_inside(text) == ends


def test_the_lines_hold_each_answer() -> None:
    assert {gives_address(t) for t in LINES} == {True, False}
    assert {is_dateline(t) for t in LINES} == {True, False}
    assert {is_rating(t) for t in LINES} == {True, False}
    assert {has_sentence_inside(t) for t in LINES} == {True, False}
