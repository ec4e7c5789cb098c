"""speed38: capital_words keeps every word it found, with no test of each, in a text with no
other capital (`É`) and no mark or digit right before an ASCII capital (`_MARK_CAPITAL`): there
the old filter kept them all. Compared with the old filter on generated texts, ASCII and not."""

from __future__ import annotations

import re
import sys

from api.parser.quote_tokens import _MARK_CAPITAL, _MARKS, _opens_after, capital_words
from tests.quotes.helpers import generated_texts


def _filtered(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """speed37's filter, run on every text: a word opening after a mark or a digit is kept only
    where `_opens_after` says a word opens there."""
    return [
        match
        for match in found
        if not (k := match.start())
        or ((char := text[k - 1]) not in _MARKS and not char.isdecimal())
        or _opens_after(text, k - 1)
    ]


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


_PIECES = [
    " ", "  ", "\n", "A", "Bob", "M", "U", "S", ".", "'", "-", "&", "_", "3", "0", "x", "the",
    "al-", "el-", "Sisi", "Mac an ", "tSaoir", "Nic an ", "bhF", "Jean-Pierre", "U.S.", "3M",
    "O'Brien", "(", ")", ",", "’", "É", "٣", "²", "Ó ", "de h", "é",
]  # fmt: skip


def test_capital_words_are_the_old_filters(monkeypatch):
    import api.parser.quote_tokens as tokens

    for text in generated_texts(_PIECES, 3838, 30_000, 12):
        new = _spans(capital_words(text))
        # the old path: the gate never settles, every word found is filtered
        monkeypatch.setattr(tokens, "_MARK_CAPITAL", re.compile(r"(?s:.)?"))
        old = capital_words(text)
        monkeypatch.undo()
        assert new == _spans(_filtered(text, old)) == _spans(old), repr(text)


def test_capital_words_after_marks():
    text = "3M and x3M, 'Bob and U.S. Steel; Jean-Pierre al-Thani met Mac an tSaoir"
    words = [m[0] for m in capital_words(text)]
    # (`3M`: the capital after a digit opening its word; the digit is no word's opening)
    assert words == ["M", "Bob", "U.S.", "Steel", "Jean-Pierre", "al-Thani", "Mac", "tSaoir"]
    assert [m[0] for m in capital_words("Ann Lee met Tom Ross in Leeds.")] == [
        "Ann",
        "Lee",
        "Tom",
        "Ross",
        "Leeds.",
    ]


def test_the_gates_digits_are_isdecimals_on_every_code_point():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        marked = char in _MARKS or char.isdecimal()
        assert (_MARK_CAPITAL.fullmatch(char + "A") is not None) is marked, hex(code)
