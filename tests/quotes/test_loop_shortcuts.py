"""speed31's character reads in place of a regex call on the quote path (compiled, a few native
steps where a call cost its set-up): `_word_before` read back one character at a time for a
match of `[\\w.]*` on the reversed window, and `_title_words` settled by its first words for
most quotes before its scan, `Words.before` finding the word before by characters, not
TOKEN's searches, and slices for bounded `endswith` calls (`_after_joint`, `noun_before`,
whose noun is read once for both lists). Each is compared with the code it replaced on
generated texts, at every offset where an offset is taken."""

from __future__ import annotations

import random
import re
from typing import NamedTuple

import pytest

from api.parser.quote_aliases import _NOUN_THEN_NAME, _NOUN_THEN_NAME_ENDS, noun_before
from api.parser.quote_filter import _WORD, _opens_as_sentence, _title_words, title_case
from api.parser.quote_shapes import _after_joint
from api.parser.quote_spans import _word_before
from api.parser.quote_tokens import TOKEN, Token, Words
from api.parser.quote_words import TITLE_SMALL_WORDS
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", "\u2003", ".", ",", "'", "’", "-", "_", "&", "“", "(",
    "1", "٣", "²", "Ⅻ", "é", "É", "ß", "ǅ", "ı", "Ω", "ω", "\x00", "a", "A", "z", "Z", "I",
    "We", "we", "It’s", "the", "The", "of", "and", "And", "in", "Star", "Wars", "Gov", "Dr",
    "J", "St", "Mr", "Ma", "don't", "x-ray", "AquaSwift", "said", "q", "Q",
]  # fmt: skip


_WORD_RUN = re.compile(r"[\w.]*")  # (what _word_before matched on the reversed window)
_WORD_LOOKBACK = 32


def _word_before_by_match(text: str, dot: int) -> str:
    """_word_before as it was (speed30): one match on the reversed window."""
    if not dot or not (text[dot - 1].isalnum() or text[dot - 1] in "_."):
        return ""
    low = dot - _WORD_LOOKBACK if dot > _WORD_LOOKBACK else 0
    return text[dot - _WORD_RUN.match(text[low:dot][::-1]).end() : dot]


def test_word_before_answers_as_the_reversed_match():
    for text in generated_texts(_PIECES, 311, 6_000, 14):
        for dot in range(len(text) + 1):
            assert _word_before(text, dot) == _word_before_by_match(text, dot), (text, dot)


@pytest.mark.parametrize(
    ("text", "dot", "expected"),
    [
        ("said Gov. Eric Holcomb", 8, "Gov"),
        ("the U.S. team", 7, "U.S"),
        ("“Yes”. Then", 5, ""),
        ("x" * 40 + ".", 40, "x" * 32),
        ("Maître_2.", 8, "Maître_2"),
    ],
)
def test_word_before_reads_back_to_the_word_start(text, dot, expected):
    assert _word_before(text, dot) == expected


def _title_words_by_scan(text: str) -> tuple[int, bool]:
    """_title_words as it was (speed30): the scan alone."""
    found = _WORD.finditer(text)
    first = next(found, None)
    if first is None or not first.group()[0].isupper():
        return 0, False
    words = [first.group()]
    for match in found:
        words.append(match.group())
        word = words[-1]
        if word != words[0] and word.lower() in TITLE_SMALL_WORDS:
            continue
        if not word[0].isupper():
            return 0, False
    if len(words) == 1:
        return 0, words[0][0].isupper()
    return title_case(words), False


def test_title_words_answer_as_the_scan():
    for text in generated_texts(_PIECES, 312, 40_000, 8):
        assert _title_words(text) == _title_words_by_scan(text), repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We were told to wait", True),
        ("it is over", True),
        ("I think so", True),
        ("Don’t go there", True),
        ("Star Wars", False),
        ("War and Peace", False),
        ("Seven Seas", False),
        ("'We were", False),
        ("Órla said", False),
        ("", False),
    ],
)
def test_a_sentences_first_words_settle_it(text, expected):
    assert _opens_as_sentence(text) is expected
    if expected:
        assert _title_words_by_scan(text) == (0, False)


def _before_by_search(text: str, start: int) -> Token | None:
    """Words.before as it was (speed30): TOKEN searched in the stretch from the space before."""
    words = Words(text)
    if not start:
        return None
    low = start - 64 if start > 64 else 0
    space = text.rfind(" ", low, start - 1)
    if space >= 0 or not low:
        match = TOKEN.search(text, space + 1, start)
        if match is not None:
            if match.end() + 1 < start:
                following = TOKEN.search(text, match.end(), start)
                while following is not None:
                    match, following = following, TOKEN.search(text, following.end(), start)
            return words.made((match.start(), match.end(), match.group()))
    found = words._before(start)
    return words[found] if found >= 0 else None


def test_the_word_before_answers_as_the_search():
    for text in generated_texts(_PIECES, 313, 4_000, 14):
        for start in range(len(text) + 1):
            assert Words(text).before(start) == _before_by_search(text, start), (text, start)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Lee said Ma. Teresa Cruz", 13, "Ma."),
        ("(Smith said", 7, "Smith"),
        ("the firm's chief, 2 Lee", 20, "chief"),
        ("Kovač, Ørsted", 7, "Kovač"),
        ("x₂ y", 3, "x₂"),
    ],
)
def test_the_word_before_as_written(text, start, expected):
    token = Words(text).before(start)
    assert token is not None and text[token.start : token.end] == expected


class _Named(NamedTuple):
    start: int


def test_after_joint_answers_as_the_bounded_endswith():
    rng = random.Random(314)
    for text in generated_texts(_PIECES, 314, 4_000, 12):
        for _ in range(4):
            starts = sorted(rng.choices(range(len(text) + 1), k=rng.randint(0, 4)))
            mentions = [_Named(start) for start in starts]
            expected = any(text.endswith((" and ", ", "), 0, start) for start in starts[1:])
            assert _after_joint(text, mentions) is expected, (text, starts)


_NOUN_PIECES = [
    "The", "the", "A", "a", "An", "an", "Its", "their", "firm", "group", "fund", "old", " ",
    ", ", ",", " calling itself ", " calling themselves ", " called ", " known as ", " named ",
    " as ", "\n", "Lee", "X", "é", "-",
]  # fmt: skip


def _noun_before_by_search(text: str, start: int) -> str | None:
    """noun_before as body_noun_before read it (speed30): a bounded endswith, then the search."""
    if not text.endswith(_NOUN_THEN_NAME_ENDS, 0, start):
        return None
    match = _NOUN_THEN_NAME.search(text, max(0, start - 40), start)
    return match.group(1) if match else None


def test_noun_before_answers_as_the_bounded_endswith_and_search():
    for text in generated_texts(_NOUN_PIECES, 315, 3_000, 12):
        for start in range(len(text) + 1):
            assert noun_before(text, start) == _noun_before_by_search(text, start), (text, start)
    assert noun_before("The firm, Lee", 10) == "firm"
    assert noun_before("a group calling itself Keep", 23) == "group"
    assert noun_before("the mayor said Lee", 15) is None
