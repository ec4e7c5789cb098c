"""The character tests before the heading patterns answer as the patterns alone do."""

import pytest

from api.parser.headings import (
    AGENCY_DATELINE,
    PLACE_DATELINE,
    RATING,
    WEB_ADDRESS,
    gives_address,
    is_dateline,
    is_rating,
)

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
]


@pytest.mark.parametrize("text", LINES)
def test_pretests_agree_with_the_patterns(text: str) -> None:
    assert gives_address(text) == (WEB_ADDRESS.search(text) is not None)
    assert is_dateline(text) == bool(AGENCY_DATELINE.match(text) or PLACE_DATELINE.match(text))
    assert is_rating(text) == (RATING.match(text) is not None)


def test_the_lines_hold_each_answer() -> None:
    assert {gives_address(t) for t in LINES} == {True, False}
    assert {is_dateline(t) for t in LINES} == {True, False}
    assert {is_rating(t) for t in LINES} == {True, False}
