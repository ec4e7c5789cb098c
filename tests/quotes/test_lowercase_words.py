"""The Registry's lowercase words, asked one name at a time, answer as the full list would."""

from __future__ import annotations

import random

from api.parser.quote_lowercase import LOWER_WORD, LowercaseWords
from api.parser.quote_tokens import TOKEN, Words

_PIECES = list("abAB ’'-_9.,\n\x00é") + ["will", "Will", "rock-and-roll", "and", "o'brien", "n't"]


def _texts() -> list[str]:
    rng = random.Random(15)
    texts = ["Will will go", "rock-and-roll and", "O'Brien's o’brien-smith", "", "a", "-will"]
    return texts + [
        "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(4000)
    ]


def _asked(text: str) -> set[str]:
    """The words a test asks about: every piece of the text that could be a name, and some not."""
    read = Words(text)
    words = {read[m.start()].text.lower() for m in TOKEN.finditer(text)}
    words |= {w for w in _PIECES if w.islower()}
    words |= set(LOWER_WORD.findall(text))
    return words | {"", "will ", " will", "and-"}


def test_every_word_is_answered_as_the_full_scan_answers():
    for text in _texts():
        expected = set(LOWER_WORD.findall(text))
        words = LowercaseWords(text)
        for word in sorted(_asked(text)):
            assert (word in words) == (word in expected), (text, word)


def test_words_taken_out_are_no_longer_found():
    words = LowercaseWords("ask @will and will")
    assert "will" in words
    words -= {"will"}
    assert "will" not in words
    assert "and" in words


def test_past_the_budget_the_answers_stay_the_full_scan_answers():
    text = " ".join(f"n{k} x{k}-y" for k in range(400)) + " ann announce"
    expected = set(LOWER_WORD.findall(text))
    words = LowercaseWords(text)
    for word in [f"n{k}" for k in range(0, 400, 7)] + ["ann", "y", "x1", "announce", "nn"]:
        assert (word in words) == (word in expected), word


class _CountedText(str):
    """An article's text that counts the searches made of it."""

    searches = 0

    def find(self, *args):  # type: ignore[override]
        type(self).searches += 1
        return super().find(*args)


def test_thousands_of_absent_names_search_the_text_a_bounded_number_of_times():
    # A search that finds nothing reads the whole text: thousands of them on a long article
    # (one body's spokeswoman per paragraph) made the analysis quadratic.
    _CountedText.searches = 0
    text = _CountedText("the spokeswoman said it. " * 2000)
    words = LowercaseWords(text)
    absent = [f"body{k}" for k in range(3000)]
    assert not any(word in words for word in absent)
    assert "spokeswoman" in words
    assert _CountedText.searches < 100
