"""speed33: voice_of tries _VOICE_OF only on a stretch no longer than the most the pattern
matches after its opening spaces (or one a space opens). Compared with the plain fullmatch at
every start and end of generated texts."""

from __future__ import annotations

import re

from api.parser.quote_salience import (
    _VOICE_OF,
    _VOICE_OF_LONGEST,
    _VOICE_OF_SHORTEST,
    voice_of,
)
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", "\n", "\u00a0", "Officials", "officials", "senior ", "federal ", "representatives",
    " at ", " from ", " with ", " by ", "the ", "The ", "a ", "statements", "memo", "release",
    "K", "\u212a", "x", ",", "Acme ", "said ", "staff", " of ",
]  # fmt: skip


def test_the_bounds_are_the_patterns():
    body = _VOICE_OF.pattern.removeprefix(r"\s*")
    assert body != _VOICE_OF.pattern  # (the pattern opens with its spaces)
    assert re._parser.parse(body, _VOICE_OF.flags).getwidth() == (
        _VOICE_OF_SHORTEST,
        _VOICE_OF_LONGEST,
    )


def test_voice_of_answers_as_the_fullmatch():
    for text in generated_texts(_PIECES, 3303, 3_000, 12):
        for start in range(len(text)):
            for end in range(start, len(text) + 1):
                plain = (
                    end - start >= _VOICE_OF_SHORTEST
                    and text[end - 1 : end] == " "
                    and _VOICE_OF.fullmatch(text, start, end) is not None
                )
                assert voice_of(text, start, end) == plain, (text, start, end)


def test_voice_of():
    assert voice_of("Senior officials at the ", 0, 24)
    assert voice_of("\n   The statements from ", 0, 24)  # (spaces first: any number)
    assert not voice_of("Police said the report by ", 0, 26)
    assert not voice_of("A long opening clause of the sentence, before the ", 0, 50)
