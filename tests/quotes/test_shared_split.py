"""speed33: the subject pronouns found by the cue words' split of the article (quote_cues), not
by a regex scan per pronoun. Compared with the scans they replaced on generated texts: the same
(start, end, word) in the same order, and the cue words as cue_spans finds them alone."""

from __future__ import annotations

import re

import pytest

from api.parser.quote_cues import PRONOUN_WORDS, cue_spans, cues_and_pronouns, pronoun_words
from tests.quotes.helpers import generated_texts

# speed32's pronoun scans: a pattern per pronoun, no word character before or after it.
_PRONOUN_SCANS = tuple(re.compile(word + r"(?<!\w" + word + r")\b") for word in PRONOUN_WORDS)

_PIECES = [
    "he", "she", "they", "it", "He", "She", "They", "It", "HE", "the", "with", "its", "their",
    "said", "says", "told", "according", " ", "  ", "\n", "\t", "\u00a0", ".", ",", "'", "’",
    "-", "_", "“", "”", "9", "٣", "²", "é", "É", "ß", "😀", "\x00", "a", "Z", "s", "y", "t",
]  # fmt: skip


def _pronouns_by_scans(text: str) -> list[tuple[int, int, str]]:
    found = [(m.start(), m.end(), m[0].lower()) for p in _PRONOUN_SCANS for m in p.finditer(text)]
    return sorted(found)


def test_the_split_finds_the_pronouns_the_scans_found():
    for text in generated_texts(_PIECES, 33, 30_000, 16):
        expected = _pronouns_by_scans(text)
        assert pronoun_words(text) == expected, repr(text)
        assert cues_and_pronouns(text) == (cue_spans(text), expected), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said it was his", [(0, 2, "he"), (8, 10, "it")]),  # `his` is no pronoun here
        ("Then they left; the theme", [(5, 9, "they")]),  # `the` and `theme` hold no `he`
        ("she’s there, she-wolf and she_x", [(0, 3, "she"), (13, 16, "she")]),
        ("3he éhe hé It", [(11, 13, "it")]),  # a digit or a letter glued to it: no pronoun
        ("", []),
    ],
)
def test_pronoun_words(text, expected):
    assert pronoun_words(text) == expected
    assert cues_and_pronouns(text)[1] == expected


def test_cues_and_pronouns_from_one_text():
    text = "Lin Oduya, who said she was told, laughed. They left, according to it."
    cues, pronouns = cues_and_pronouns(text)
    assert [word for _, _, word in cues] == ["said", "told", "according"]
    assert [word for _, _, word in pronouns] == ["she", "they", "it"]
