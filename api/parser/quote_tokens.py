"""Words of a masked paragraph with their offsets, for finding names and roles."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import accumulate
from typing import NamedTuple

TOKEN = re.compile(r"[^\W\d_][\w'’.&-]*")
POSSESSIVE = re.compile(r"['’]s?$")
# Abbreviations that keep their full stop inside a name or title: "Gov. Eric Holcomb".
_ABBREV_TITLES = {"gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "adm", "rev", "dr"}
_ABBREV_TITLES |= {"mr", "mrs", "ms", "prof", "fr", "co", "corp", "inc", "ltd", "jr", "sr", "st"}


class Token(NamedTuple):
    """A word: `text` drops a sentence-final full stop and a possessive ending."""

    start: int
    end: int
    text: str
    possessive: bool
    final_stop: bool  # a full stop after it ends the sentence
    index: int  # its position in the paragraph's list of words


_SPECIAL_ENDS = frozenset(".'’s")
_OWNER_ENDS = ("'s", "’s")
# A word ending in a full stop, a quote mark or a possessive `'s` (only those words change) is
# found from its ending: each such mark, with an `s` after it when there is one, ends a word
# there or ends none. (`.s` is found too, and left as it is by _ending.) The marks are found by
# `str.find`: a regex opening with a set of characters tests the set on every character.
_END_MARKS = (".", "'", "’")
# Characters a word goes on over (TOKEN takes them after its first letter, whatever the text):
# a mark before one ends no word there.
_GOES_ON = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'’.&-")
# TOKEN as the one group of a split: the text alternates gap, word, gap, word, ..., gap.
_SPLIT = re.compile("(" + TOKEN.pattern + ")")
# The same on a text of ASCII characters alone (most paragraphs), where TOKEN's classes are these
# ranges: the engine tests a character against a table, not its Unicode categories.
_ASCII_SPLIT = re.compile(r"([A-Za-z][A-Za-z0-9_'.&-]*)")
_make = partial(tuple.__new__, Token)


class Words(dict[int, Token]):
    """A paragraph's words by index, each made a `Token` only when first read.

    Most words of a paragraph are never read as Tokens: only the capitals and the small words
    joining them into runs, and the few words a role look-back before a name reads. Their texts
    (`texts`, endings read) are all there; a word's Token is made on the first `words[i]` (a dict
    of those made so far: a read of one already made is a C look-up). `gaps[i]` is the text
    before word i as split (up to its start from the end of word i - 1 before its ending was
    read), so that a run of capitals tells which words one space joins without making them.
    """

    __slots__ = ("texts", "gaps", "_starts", "_ends")

    def __init__(
        self, texts: list[str], starts: list[int], ends: list[int], gaps: list[str]
    ) -> None:
        super().__init__()
        self.texts, self.gaps, self._starts, self._ends = texts, gaps, starts, ends

    def __missing__(self, i: int) -> Token:
        if not 0 <= i < len(self.texts):
            raise IndexError(i)
        token = self[i] = _make((self._starts[i], self._ends[i], self.texts[i], False, False, i))
        return token

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Token]:  # type: ignore[override]  # (the words, not indices)
        return map(self.__getitem__, range(len(self.texts)))

    def start(self, i: int) -> int:
        """Where word i starts (its Token's `start`), without making its Token."""
        return self._starts[i]


def tokens(text: str) -> Words:
    """Every word of a text, in order."""
    # Built by C loops (split, running offsets) rather than a step in Python per word; the few
    # words with a special ending are made at once, the rest when read.
    pieces = (_ASCII_SPLIT if text.isascii() else _SPLIT).split(text)
    offsets = list(accumulate(map(len, pieces), initial=0))
    ends = offsets[2::2]
    words = Words(pieces[1::2], offsets[1::2], ends, pieces[0::2])
    # (the words with a special ending found from their marks, a few per paragraph, rather than
    # by a test of every word; a mark that ends no word is skipped)
    texts, starts = words.texts, words._starts
    for end in _mark_ends(text):
        k = bisect_left(ends, end)
        if k < len(ends) and ends[k] == end:
            # (made here by C calls: a read of words[k] would make it once more, in Python)
            token = words[k] = _ending(_make((starts[k], end, texts[k], False, False, k)))
            texts[k] = token.text
    return words


def _mark_ends(text: str) -> list[int]:
    """Where a word would end if it ended in one of the text's marks (`.`, `'`, `’`) or in a
    mark and an `s`, in order: `Smith's.` -> [6, 7]."""
    found: list[int] = []
    for mark in _END_MARKS:
        at = text.find(mark)
        while at >= 0:
            after = text[at + 1 : at + 2]
            if after == "s":  # (a word ends past the `s` or not at all: `s` goes on a word)
                found.append(at + 2)
            elif after not in _GOES_ON:  # (`U.S.`, `so....`: the word goes on past this mark)
                found.append(at + 1)
            at = text.find(mark, at + 1)
    found.sort()  # (each ending once: the words are made in text order, as they were)
    return found


def _ending(token: Token) -> Token:
    """`Smith's` -> `Smith` (possessive), `home.` -> `home` (final stop); others unchanged."""
    raw, start = token.text, token.start
    if raw[-1] not in _SPECIAL_ENDS:
        return token
    final_stop = False
    if raw.endswith(".") and "." not in raw[:-1] and len(raw) > 2:
        if raw[:-1].lower() not in _ABBREV_TITLES:
            raw, final_stop = raw[:-1], True
    # (POSSESSIVE by string methods: a word holds no line break, so its `$` is the word's end)
    cut = 2 if raw[-2:] in _OWNER_ENDS else 1 if raw[-1] in "'’" else 0
    possessive = cut > 0 and len(raw) > 2
    word = raw[:-cut] if possessive else raw
    return _make((start, start + len(raw), word, possessive, final_stop, token.index))


@lru_cache(maxsize=8192)  # called for most words several times; a cached answer is cheaper
def word_key(word: str) -> str:
    """A word for list look-ups: lower case, no final full stop."""
    return word.lower().rstrip(".")


def capital(token: Token) -> bool:
    """True for a capitalised word."""
    return token.text[:1].isupper()


@lru_cache(maxsize=8192)
def acronym(word: str) -> bool:
    """`NATO`, `U.S.`: two or more letters, all capitals."""
    if word != word.upper():
        return False  # a lowercase letter: most words are rejected here
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
