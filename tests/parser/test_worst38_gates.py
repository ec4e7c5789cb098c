"""The per-line gates of worst38 answer what the plain loops they spare answer."""

from __future__ import annotations

import random

from api.parser.heading_kin import is_caps
from api.parser.quote_spans import _WORD_LOOKBACK, _run_character, _word_before


def _caps_loop(text: str) -> bool:
    """is_caps as it was spelt: every character read up to the first letter in lower case."""
    letters = 0
    for ch in text:
        if ch.isalpha():
            if not ch.isupper():
                return False
            letters += 1
    return letters >= 3


def _word_loop(text: str, dot: int) -> str:
    """_word_before as it was spelt: read back one character at a time."""
    if not dot or not _run_character(text[dot - 1]):
        return ""
    low = dot - _WORD_LOOKBACK if dot > _WORD_LOOKBACK else 0
    start = dot - 1
    while start > low and _run_character(text[start - 1]):
        start -= 1
    return text[start:dot]


# (titlecase `ǅ`, an uncased letter `中`, a lowercase non-letter `ⓐ`, a superscript `ª`)
_CHARACTERS = list("aAbZ 9._-,’'\"()é") + ["ǅ", "中", "ⓐ", "ª", "Ⅸ", "ß", "\n", "Mr", "Gov"]


def _texts(count: int) -> list[str]:
    rng = random.Random(38)
    texts = ["", "a", "A", "ABC", "Price: £19.99", "No. 3: Moto G85", "LOW TIDE", "TOP 10"]
    texts += ["ǅA", "Aǅ", "中AB", "ⓐABC", "ªBC", "ABCⓐ", "Tessa Grier said Gov. Lee spoke."]
    texts += [
        "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(0, 40))) for _ in range(count)
    ]
    return texts


def test_is_caps_answers_as_the_loop():
    for text in _texts(5000):
        assert is_caps(text) == _caps_loop(text), text


def test_word_before_answers_as_the_loop_at_every_offset():
    long_word = "x" * 50 + ". and y" + "z" * 40 + "."  # a word past the look-back
    for text in [*_texts(1500), long_word, "said Gov. Holcomb", "a J. Smith", "“No.” he"]:
        for dot in range(len(text) + 1):
            assert _word_before(text, dot) == _word_loop(text, dot), (text, dot)
