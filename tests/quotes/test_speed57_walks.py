"""speed57: the acronyms' scans beside a name and in brackets (quote_short_forms.after_commas,
opening_matches; quote_aliases.defined_acronyms) found by a walk of one character's places
(`,`, `(`), each pattern matched only where its opening stands: the matches, and what the
article's acronyms read, are what each pattern's own `finditer` gave."""

from __future__ import annotations

import re

import pytest

from api.parser.quote_aliases import BRACKETED, defined_acronyms
from api.parser.quote_short_forms import (
    _BETWEEN_COMMAS,
    _IN_BRACKETS,
    _LOCAL_BESIDE,
    acronyms_beside,
    after_commas,
    beside,
    opening_matches,
)
from tests.quotes.helpers import generated_texts

# Pieces of made-up text: the openings (`, `, ` (`), what stands right after them (capitals,
# accented and caseless letters, `a`-`z`, digits, `_`, `²`), commas shared by two matches,
# line breaks, brackets without a space, a body's head words.
_PIECES = [
    ", ", ",", " (", "(", ")", " ", "AB", "NGO", "ÉTÉ", "Øst", "Qx", "Almannavarnir", "abc", "é",
    "D", "1", "_", "²", "\n", "’", "ÖBB", "Bureau", "of", "Ports", "Agency", "Authority", "The",
    "Department", "for", "ABCDEFGHI", ", (", "),", "A&B", "中文", "ǅ", "x", "Rijkswaterstaat",
]  # fmt: skip


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in matches]


def _old_acronyms_beside(masked: str) -> list[tuple[int, int, str]]:
    """beside's matches as the two patterns' own scans found them (speed27)."""
    matches = list(_BETWEEN_COMMAS.finditer(masked))
    if " (" in masked:
        matches += _IN_BRACKETS.finditer(masked)
        matches.sort(key=lambda m: m.start())
    return _spans(matches)


def test_the_walks_find_what_each_pattern_found():
    for text in generated_texts(_PIECES, 5757, 40_000, 16):
        between, local = after_commas(text)
        assert _spans(between) == _spans(list(_BETWEEN_COMMAS.finditer(text))), repr(text)
        assert _spans(local) == _spans(list(_LOCAL_BESIDE.finditer(text))), repr(text)
        assert _spans(beside(text)) == _old_acronyms_beside(text), repr(text)
        assert _spans(beside(text, between)) == _old_acronyms_beside(text), repr(text)
        for pattern in (BRACKETED, _IN_BRACKETS):
            walked = _spans(opening_matches(pattern, text, " ("))
            assert walked == _spans(list(pattern.finditer(text))), repr(text)


@pytest.mark.parametrize(
    ("text", "between", "local"),
    [
        # a comma shared: `, CD,` opens on AB's closing comma, which AB's match took
        ("la Agence, AB, CD, EF,", ["AB", "EF"], []),
        # each pattern goes on after its own match: the shared comma is the other's to take
        ("Civil Protection, Almannavarnir, AB, x", ["AB"], ["Almannavarnir"]),
        ("Mina, ÖBB, and the Øresund, ÉTÉ,", ["ÖBB", "ÉTÉ"], []),
        ("Rail Office, Rijkswaterstaat,", [], ["Rijkswaterstaat"]),
    ],
)
def test_commas_between_names(text, between, local):
    found_between, found_local = after_commas(text)
    assert [m.group(1) for m in found_between] == between
    assert [m.group(1) for m in found_local] == local


@pytest.mark.parametrize(
    "text",
    [
        "Dana Lee, chief executive, said",  # lower case after every comma: nothing matched
        "AB,CD, x",  # no space after the first comma, lower case after the second
        "3,500, 2,000, and 1,2",  # digits between commas
        ", ab,",  # a comma opening the text, lower case after it
        "",
    ],
)
def test_commas_with_nothing_beside(text):
    assert after_commas(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(EFSA) the European Food Safety Authority (EFSA)", ["EFSA"]),  # at 0: no space before
        ("a (NGO), the Office (ONS) and (x) (Ab)", ["NGO", "ONS", "Ab"]),
        ("the Kelso Agency(KA) said", []),  # no space before the bracket
        ("Vell (Holdings) (VH)", ["Holdings", "VH"]),
    ],
)
def test_brackets_walked(text, expected):
    assert [m.group(1) for m in opening_matches(BRACKETED, text, " (")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tarnby Water Agency (TWA) said. Staff at TWA agreed.",
            {"TWA": "Tarnby Water Agency"},
        ),
        (
            "Shares of the Food and Drug Administration (FDA) fell",
            {"FDA": "Food and Drug Administration"},
        ),
        ("She (AB) said", {}),  # no name whose initials spell it
        ("no brackets at all, Ann Lee, said", {}),
    ],
)
def test_defined_acronyms_unchanged(text, expected):
    assert defined_acronyms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Coastal Fisheries Authority, CFA, said",
            {"CFA": "Coastal Fisheries Authority"},
        ),
        (
            "the Department of Civil Protection, Almannavarnir, warned",
            {"Almannavarnir": "Department of Civil Protection"},
        ),
        ("Dana Lee, CEO, said", {}),  # a person's name: no head word
        ("The Ports Agency, pa, said", {}),  # lower case
    ],
)
def test_acronyms_beside_unchanged(text, expected):
    assert acronyms_beside(text) == expected
