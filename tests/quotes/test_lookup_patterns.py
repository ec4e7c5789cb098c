"""Patterns spelt for speed find exactly what their plain spelling finds."""

from __future__ import annotations

import random
import re

from api.parser.quote_filter import _SPEECH_NOUN_INSIDE, _WORD
from api.parser.quote_owners import _NOUN
from api.parser.quote_words import SPEECH_NOUNS

_PLAIN_NOUN = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")\b", re.IGNORECASE)


def _texts() -> list[str]:
    texts = [
        "orders from Lee to",
        "Lee's Orders, his WARNINGS and her statement’s words",
        "reorders disorder orderly order-book order_ 9order words9 vow vows vowel",
        "the İnstruction and the ınstruction, the ſtatement",  # what IGNORECASE folds to i, s
        "\x00\x00 “ \x00” a statement",
    ]
    letters = list("adimoprsvwADIMOPRSVW ertnsgoa'’-_9.\x00İıſ") + ["rder", "tatement", "ow"]
    rng = random.Random(15)
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 24))) for _ in range(5000)]
    return texts


def test_speech_nouns_are_found_where_the_plain_pattern_finds_them():
    for text in _texts():
        for start in (0, 2):
            plain = [m.span() for m in _PLAIN_NOUN.finditer(text, start)]
            assert [m.span() for m in _NOUN.finditer(text, start)] == plain, text


def test_a_text_whose_words_hold_a_speech_noun_is_never_passed_over():
    """The quick test before splitting a quote's lead-in into words: never a miss."""
    for text in _texts():
        if any(word.lower() in SPEECH_NOUNS for word in _WORD.findall(text)):
            assert _SPEECH_NOUN_INSIDE.search(text), text
