"""speed33: capital_words looks for other capitals (`É`, `Ł`) among a text's non-ASCII letters
only, not among all its non-ASCII characters (most of them marks: `’`, `—`, `“`). Every capital
the old scan kept is a letter the new scan finds, and the words found are the same."""

from __future__ import annotations

import re
import sys

from api.parser.quote_tokens import _NON_ASCII_LETTER, _capital_letter, capital_words
from tests.quotes.helpers import generated_texts

# speed32's scan: every non-ASCII character, each then tested by _capital_letter.
_NON_ASCII_BEFORE = re.compile(r"[^\x00-\x7f]")


def test_every_capital_letter_is_a_letter_the_scan_finds():
    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if _capital_letter(char, 0):
            assert _NON_ASCII_LETTER.fullmatch(char), hex(code)


def _others(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where capital_words looks for a word of another capital: the places the scan finds
    that _capital_letter keeps (the rest of capital_words is the same either way)."""
    return [m.start() for m in pattern.finditer(text) if _capital_letter(text, m.start())]


_PIECES = [
    " ", "’", "—", "“", "”", "É", "Ł", "Ó", "é", "ł", "ß", "Ω", "²", "٣", "Ⅻ", "ǅ", "9", "_", "-",
    "Ann", "de h", "Ó ", "Nic an ", "al-", "Sisi", "x", "'", ".", "\n", "😀", "Ö", "ö",
]  # fmt: skip


def test_the_capitals_looked_for_are_the_old_scans():
    for text in generated_texts(_PIECES, 3333, 20_000, 14):
        assert _others(_NON_ASCII_LETTER, text) == _others(_NON_ASCII_BEFORE, text), repr(text)


def test_capital_words_of_other_capitals():
    text = "Éamon Ó hÉigeartaigh’s “Łódź” — ½ É9 ß"
    words = [word for _, _, word in capital_words(text)]
    assert words == ["Éamon", "Ó", "hÉigeartaigh’s", "Łódź", "É9"]
