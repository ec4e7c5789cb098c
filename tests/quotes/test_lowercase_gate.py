"""speed33: LowercaseWords tells a word of ASCII lower-case letters found in the text by the
characters either side of it (`_whole_word`), LOWER_WORD's match only where the pattern may go
on over an apostrophe, a hyphen or a letter. Compared with the whole scan's set of words on
generated texts."""

from __future__ import annotations

import random

from api.parser.quote_lowercase import LOWER_WORD, LowercaseWords

_PIECES = [
    "will", "may", "bill", "Will", "WILL", "wills", "ill", "o'", "brien", "’s", "-", "'", "’", " ",
    "\n", ".", ",", "_", "9", "٣", "é", "É", "ß", "x", "a", "i", "\u00a0", "(", "@",
]  # fmt: skip
_ASKED = ["will", "may", "bill", "ill", "i", "a", "x", "wills", "o'brien", "will-", "é", "Will"]


def test_answers_as_the_whole_scan():
    rng = random.Random(3131)
    for _ in range(20_000):
        text = "".join(rng.choices(_PIECES, k=rng.randint(0, 14)))
        every = set(LOWER_WORD.findall(text))
        words = LowercaseWords(text)
        for word in rng.sample(_ASKED, 4):
            assert (word in words) == (word in every), (text, word)


def test_a_word_told_by_its_neighbours():
    text = "Ana Will said she will run; bill-board, ill_fated, 9may and may."
    words = LowercaseWords(text)
    assert "will" in words
    assert "may" in words  # (`9may` is no word of its own, the last `may` is)
    assert "ill" not in words  # (`ill_fated`: one word)
    assert "bill" not in words  # (`bill-board`: the pattern goes on over the hyphen)
