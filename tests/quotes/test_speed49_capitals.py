"""speed49: capital_words finds the capitals by one split of the text (the gaps and the words in
turn, each word's place summed from the lengths before it), no regex Match per capital. The
words, their places and their order are the old scan's, a Match per capital kept where a word
opens, written out below as the reference."""

from __future__ import annotations

import re

from api.parser.quote_runs import runs_of_capitals
from api.parser.quote_tokens import (
    _ARTICLE_NAME,
    _MUTATED_NAME,
    _NON_ASCII_LETTER,
    TOKEN,
    Words,
    _capital_letter,
    _opens_after,
    capital_words,
)
from tests.quotes.helpers import generated_texts

# speed48's scan: a Match per capital, sorted by a method call's start, filtered at the end.
_OLD_CAPITAL_WORD = re.compile(r"[A-Z](?<![^\W\d_].)[\w'’.&-]*")
_MARKS = frozenset("0123456789_'’.&-")


def _old_capital_words(text: str) -> list[tuple[int, int, str]]:
    found = list(_OLD_CAPITAL_WORD.finditer(text))
    starts: list[int] = []
    if "l-" in text:
        starts += [m.start() - 2 for m in _ARTICLE_NAME.finditer(text)]
    ascii = text.isascii()
    if "c an " in text or (not ascii and ("Ó " in text or "í " in text or "de h" in text)):
        starts += [m.end() for m in _MUTATED_NAME.finditer(text)]
    if not ascii:
        starts += [
            m.start() for m in _NON_ASCII_LETTER.finditer(text) if _capital_letter(text, m.start())
        ]
    found += [TOKEN.match(text, start) for start in starts]
    found.sort(key=lambda m: m.start())  # (stable: the scan's words first where two tie)
    return [
        (m.start(), m.end(), m.group())
        for m in found
        if not (k := m.start())
        or ((char := text[k - 1]) not in _MARKS and not char.isdecimal())
        or _opens_after(text, k - 1)
    ]


_PIECES = [
    " ", " ", " ", "Ann", "Lee", "Ma.", "O'Neil", "'Bob", "3M", "U.S.", "AT&T", "al-", "el-",
    "Sisi", "Nic an ", "tSaoir", "Ó ", "hÉigeartaigh", "É", "Ł", "é", "٣", "Ⅻ", "ǅ", "_", "-",
    "x", "the", ".", ",", "’s", "\n", "9", "&", "(", "“", "”", "Ö", "ö", "de h", "Íde",
]  # fmt: skip


def test_the_capitals_are_the_old_scans_words_places_and_order():
    for text in generated_texts(_PIECES, 4949, 20_000, 16):
        assert capital_words(text) == _old_capital_words(text), repr(text)


def test_a_capital_after_a_letter_digit_or_mark_opens_no_word():
    """Near misses: `xAnn` (a letter before), `3M` (a digit opens nothing, but a word here),
    `_Lee` (an underscore glued to the word before): the places the old scan gave."""
    for text in ["xAnn Lee", "room 3M and 9Zed", "a_Lee b-Mo", "Dr.Who", "’Tis", "٣Ann"]:
        assert capital_words(text) == _old_capital_words(text), text


def test_the_runs_hold_the_lone_capitals_as_found():
    """A lone capital is given as (start, end, word) of the scan, the run's Tokens as made."""
    text = "Then, Ivo Tarkane of the Velmor Trust said; Quill left."
    runs = runs_of_capitals(text, Words(text))
    assert runs[0] == (0, 4, "Then")
    assert [[token.text for token in run] for run in runs[1:3]] == [
        ["Ivo", "Tarkane"],
        ["Velmor", "Trust"],
    ]
    assert runs[3:] == [(44, 49, "Quill")]
