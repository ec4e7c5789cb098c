"""speed26's tests before a search answer as the search alone did: a paragraph's prose test with
its letters first (prose), the `that` before a name (reported_content), the word before a run
that says a place (written_as_place's endings) and `its` after a new name (_owning_its)."""

from __future__ import annotations

import re

import pytest

from api.parser.quote_budget import prose
from api.parser.quote_places import _AT, _AT_ENDS, _WHERE, _WHERE_ENDS
from api.parser.quote_subjects import _VERB_THAT, reported_content
from api.parser.quote_words import REPORTING_VERBS
from tests.quotes.helpers import generated_texts

# The prose pattern as it was: a look-behind first, tried at every character.
_PROSE_BEFORE = re.compile(r"(?<!\S)[a-zß-öø-ÿ]")
_PIECES = [
    "a", "Z", "é", "É", "ß", "ÿ", "x", " ", "  ", "\n", "\t", "\u00a0", "“", "”", '"', "'", "—",
    "-", "1", ".", ",", "(", "Ann", "Lee", "said", "in", "near", "at", "around", "that", "its",
    "it's", "confirmed", "told", "outside", "throughout", "across", "along", "Itsy", "thats",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee", False),  # capitals only
        ("“Ab” the end", True),
        ("ABC\ndef", True),  # after a line break
        ("aB", True),  # the text's first character
        ("Xa Yb", False),  # lower case only inside words
        ("Ärzte über", True),  # Latin-1's lower case
        ("– Ann K.", False),
        ("", False),
        ("(b)", False),  # a mark before: no word's start
    ],
)
def test_prose_is_a_word_opening_in_lower_case(text, expected):
    assert prose(text) is expected


def test_prose_answers_as_the_look_behind_first_pattern():
    for text in generated_texts(_PIECES, 26, 20_000, 9):
        assert prose(text) is (_PROSE_BEFORE.search(text) is not None), repr(text)


def _reported_before(masked: str, start: int) -> bool:
    match = _VERB_THAT.search(masked, max(0, start - 30), start)
    return bool(match) and match.group(1) in REPORTING_VERBS


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ode confirmed that Kwame Asante said", "Kwame", True),
        ("Mia told reporters that Jon Erikson", "Jon", False),  # `reporters`: no reporting verb
        ("Ode confirmed Kwame Asante said", "Kwame", False),
        ("a long way from the words confirmed that   Kai", "Kai", True),
        ("thats Kai", "Kai", False),
        ("Zoe said that; Ben", "Ben", False),
    ],
)
def test_reported_content_reads_the_verb_before_that(text, name, expected):
    assert reported_content(text, text.index(name)) is expected


def test_reported_content_answers_as_the_search_alone():
    for text in generated_texts(_PIECES, 27, 4_000, 14):
        for start in range(len(text) + 1):
            assert reported_content(text, start) is _reported_before(text, start), (text, start)


@pytest.mark.parametrize(
    "before",
    ["in ", "lives near ", "x outside ", "(across ", "throughout \n", "in \n"],
)
def test_a_place_word_before_ends_the_stretch(before):
    assert _WHERE.search(before) and before.endswith(_WHERE_ENDS)


@pytest.mark.parametrize("before", ["within ", "in", "in  ", "Nin ", "in\n", "shares in x "])
def test_what_is_no_place_word_before_never_ends_so(before):
    assert not _WHERE.search(before) or before.endswith(_WHERE_ENDS)


def test_the_endings_hold_every_stretch_the_patterns_match():
    for text in generated_texts(_PIECES, 28, 40_000, 9):
        before = text[-16:]
        if _WHERE.search(before):
            assert before.endswith(_WHERE_ENDS), repr(before)
        if _AT.search(before):
            assert before.endswith(_AT_ENDS), repr(before)


def test_its_is_found_in_reach_whenever_the_pattern_finds_it():
    its = re.compile(r"\bits\b")
    for text in generated_texts(_PIECES, 29, 20_000, 12):
        for low in range(0, len(text), 3):
            if its.search(text, low, low + 8):
                assert text.find("its", low, low + 8) >= 0, (text, low)
