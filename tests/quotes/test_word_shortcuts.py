"""speed34: role_after's first word read by a slice's split, not `_FIRST_WORD`'s match, and
`_may_open_role`'s and role_after's `_CUT`/`_OWNERS_S` searches by string tests. Each compared
with the pattern it replaced on generated texts (every offset where the pattern is matched), and
the split's spaces with the pattern's on every code point. And `_cue_before` answers False for
an empty lead without its words' findall (which finds none there)."""

from __future__ import annotations

import random
import re
import sys

import pytest

from api.parser.quote_context import build_paragraphs
from api.parser.quote_filter import _WORD, _cue_before
from api.parser.quote_roles import (
    _CUT,
    _FIRST_REACH,
    _FIRST_WORD,
    _OWNERS_S,
    _cut_word,
    _first_word,
    _owner_word,
    role_after,
)

_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x85", ".", ",", ";", "'", "’",
    "s", "S", "'s", "’s", "expert", "Jr.", "a", "the", "é", "😀", "\x00", "-", ".\n", "'s\n",
]  # fmt: skip


def _texts(seed: int, count: int, longest: int = 12) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, longest))) for _ in range(count)]


def test_the_split_and_the_pattern_agree_on_every_space():
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert char.isspace() is (space.fullmatch(char) is not None), hex(code)
        assert (len(("a" + char + "b").split()) == 2) is char.isspace(), hex(code)


def test_first_word_is_the_patterns():
    for text in _texts(341, 8_000):
        for start in range(len(text)):
            if not text[start].isspace():
                assert _first_word(text, start) == _FIRST_WORD.match(text, start).group()
    long = "x" * (_FIRST_REACH * 2) + " y"
    for start in (0, _FIRST_REACH, _FIRST_REACH * 2 - 1):
        assert _first_word(long, start) == _FIRST_WORD.match(long, start).group()


def test_word_tests_are_the_searches():
    for word in _texts(342, 40_000, 6):
        assert _cut_word(word) is (_CUT.search(word) is not None), repr(word)
        assert _owner_word(word) is (_OWNERS_S.search(word) is not None), repr(word)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Mira Dasgupta, a lecturer at Kell College, said", 13, "lecturer at Kell College"),
        ("Tomas Orr, spokesman for the trust, said", 9, "spokesman for the trust"),
        ("Ilse Varga, Petra's aunt, said", 10, "Petra's aunt"),
        ("Bo Kim, Ann Lee and Cy Orr met", 6, None),  # a name after the comma: no role
    ],
)
def test_role_after(text, end, expected):
    assert role_after(text, end) == expected


def test_an_empty_lead_finds_no_word():
    assert _WORD.findall("") == []  # (what the old code read, and then answered False)


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("“Rain again,” said Oona Pell.", False),  # the quote opens the sentence: no lead
        ("The band's song “Rain again” charted.", True),
        ("Protesters held signs reading “Not here”.", True),
        ("Oona Pell said “Rain again” twice.", False),
    ],
)
def test_cue_before(text, cued):
    paragraph = build_paragraphs([text]).paragraphs[0]
    assert _cue_before(paragraph, paragraph.spans[0], 0, 0) is cued
