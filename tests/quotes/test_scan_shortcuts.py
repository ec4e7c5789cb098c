"""speed27's and speed29's scans that answer as the ones they replace did: the acronyms beside a
name, two scans each opening with its own characters (quote_short_forms.beside), the pronouns'
and places' scans started at their word's first place (pronoun_words, places), and the
bracketed acronyms' scan started at the first ` (` (quote_aliases.defined_acronyms)."""

from __future__ import annotations

import re

import pytest

from api.parser.quote_aliases import BRACKETED, defined_acronyms
from api.parser.quote_cues import PRONOUN_WORDS
from api.parser.quote_people import pronoun_words
from api.parser.quote_recall import _PLACES, places
from api.parser.quote_short_forms import acronyms_beside, beside
from tests.quotes.helpers import generated_texts

# The pronouns' scans as they were (speed33 finds them by the cue words' split instead: see
# test_shared_split.py), one a pronoun, each word of its own.
_PRONOUNS = tuple(re.compile(word + r"(?<!\w" + word + r")\b") for word in PRONOUN_WORDS)
# The acronyms' pattern as it was: one alternation, tried at every space and comma.
_BESIDE_BEFORE = re.compile(r"(?:, ([^\W\d_a-z]{2,8}),| \(([^\W\d_a-z]{2,8})\))")
_PIECES = [
    ", ", " (", ")", ",", "(", " ", "AB", "NGO", "ÉTÉ", "Qx", "abc", "D", "1", "_", "\n", "ÖBB",
    "Bureau", "of", "Ports", "Agency", "Øst", "ABCDEFGHI", ", (", "),", "’",
]  # fmt: skip


def _old(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1) or m.group(2)) for m in _BESIDE_BEFORE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ports Bureau, PBX, said", ["PBX"]),
        ("the Sámi Parliament (SÁMEDIGGI) and the Ports Agency, PA,", ["PA"]),  # 9 letters: no
        ("la Agence (AFD), AB, CD, EF,", ["AFD", "AB", "EF"]),  # `, CD,` shares AB's comma
        ("Ana Li, CEO (Acme)", []),
        ("a (NGO) and, ÖBB, and (UN)", ["NGO", "ÖBB", "UN"]),
        ("x,AB, y(CD)", []),  # no space before either
    ],
)
def test_acronyms_beside_are_found_in_text_order(text, expected):
    assert [m.group(1) for m in beside(text)] == expected


def test_beside_finds_what_the_one_pattern_found():
    for text in generated_texts(_PIECES, 27, 40_000, 12):
        assert [(m.start(), m.end(), m.group(1)) for m in beside(text)] == _old(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Civil Aviation Authority, CAA, said", {"CAA": "Civil Aviation Authority"}),
        ("la Dirección General de Tráfico (DGT) dijo", {}),  # no head word of ORG_WORDS
        ("The Kelso Water Agency (KWA) and Dana Lee, CEO,", {"KWA": "Kelso Water Agency"}),
    ],
)
def test_acronyms_beside_a_body_name_it(text, expected):
    assert acronyms_beside(text) == expected


_WORD_PIECES = [
    "he", "she", "they", "it", "He", "She", "They", "It", "the", "with", "in ", "in", "across ",
    "near ", "outside ", "Lima", "Ōsaka", "x", " ", "\n", "’", "-", "1", "_", "é", "“", ".", "Nin ",
]  # fmt: skip


def _pronouns_from_the_start(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), m.group().lower()) for p in _PRONOUNS for m in p.finditer(text)]
    return sorted(found)


def _places_from_the_start(masked: str) -> list[str]:
    found = sorted(
        (m.start(), m.end() + len(m[1]), m[1]) for p in _PLACES for m in p.finditer(masked)
    )
    names, end = [], 0
    for start, stop, name in found:
        if start >= end:
            names.append(name)
            end = stop
    return names


def test_scans_from_the_first_place_find_what_scans_from_the_start_found():
    for text in generated_texts(_WORD_PIECES, 2727, 30_000, 14):
        assert pronoun_words(text) == _pronouns_from_the_start(text), repr(text)
        assert places(text) == _places_from_the_start(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They said it was there; the theme", [(0, 4, "they"), (10, 12, "it")]),
        ("with the Hemingway it", [(19, 21, "it")]),  # `it` of `with` and `He` of a name: no
        ("she-wolf: She", [(0, 3, "she"), (10, 13, "she")]),
        ("", []),
    ],
)
def test_pronoun_words(text, expected):
    assert pronoun_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("born in Lima, near Cusco and outside Quito", ["Lima", "Cusco", "Quito"]),
        ("within Lima, Nin Ode, in lima", []),  # inside a word, or no capital after
        ("across in Lima", ["Lima"]),  # `across` wants a capital next
    ],
)
def test_places(text, expected):
    assert places(text) == expected


_BRACKET_PIECES = [" (", "(", ")", " ", "EFSA", "FDA", "A&B", "Ab", "x", "European", "Food"]
_BRACKET_PIECES += ["Safety", "Authority", "of", "the", "(EU)", " (EU)", "ÉU", "\n", ",", "9"]


def test_the_brackets_scan_from_the_first_place_finds_what_the_scan_from_the_start_found():
    """No match of `BRACKETED` starts before the text's first ` (`: scanned from there, its
    matches are those of the whole text (defined_acronyms reads nothing else of the scan)."""
    for text in generated_texts(_BRACKET_PIECES, 2929, 30_000, 14):
        first = text.find(" (")
        expected = [(m.start(), m.group(1)) for m in BRACKETED.finditer(text)]
        scanned = [] if first < 0 else BRACKETED.finditer(text, first)
        assert [(m.start(), m.group(1)) for m in scanned] == expected, repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rules of the Harbour Safety Board (HSB) and the (HSB)", {"HSB": "Harbour Safety Board"}),
        ("the Lake Ondo Water Trust (LOWT) said", {"LOWT": "Lake Ondo Water Trust"}),
        ("(LOWT) opens the text, Nimba Forest Office(NFO)", {}),
        ("", {}),
    ],
)
def test_defined_acronyms(text, expected):
    assert defined_acronyms(text) == expected
