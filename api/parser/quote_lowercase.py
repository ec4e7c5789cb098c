"""The lowercase words of an article, asked about one name at a time.

`Will` is no name in an article that also writes `will`: the Registry asks whether a name's
lowercase form is written as a word of its own. Listing every lowercase word of the article
(thousands of strings for a set) cost more than answering the few names asked about, each by a
search of the text for that word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from api.parser.quote_places import after_place_word
from api.parser.quote_titles import FixedNames
from api.parser.quote_tokens import word_key
from api.parser.quote_words import ORG_WORDS

# \b[a-z][a-z'’-]*\b, with the \b before the first letter as `(?<!\w.)` after it: a pattern
# that opens with a set of letters lets the engine skip to them.
LOWER_WORD: Final = re.compile(r"[a-z](?<!\w.)[a-z'’-]*\b")
# The look-ups by search an article may make, each searching the text again: a search costs
# SEARCH_COST, each place the word is found and read costs 1. Past the budget the whole scan is
# made once and answers the rest, so that an article of thousands of names stays linear in its
# text (the corpus articles make at most 30 searches).
BUDGET: Final = 512
SEARCH_COST: Final = 8
# A match of LOWER_WORD may take in these after a letter, and the letter after them is then
# inside that match, not the start of one of its own.
_INSIDE: Final = frozenset("'’-")
# What may stand right before a sentence's first word (a stop, a line's start, an opening mark).
_SENTENCE_OPENING: Final = frozenset(".!?\n\"“‘'(")
_NEXT_CAPITAL: Final = re.compile(r"[A-Z][\w'’-]*")  # the capitalised word a name goes on with
# What LOWER_WORD may go on over after a letter (`[a-z'’-]`): a match may end further on.
_RUN_GOES_ON: Final = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


class LowercaseWords:
    """`word in words` answers as `word in set(LOWER_WORD.findall(text))` would (less the words
    taken out with `-=`), each word looked up once."""

    __slots__ = (
        "_text",
        "_answers",
        "_removed",
        "_all",
        "_spent",
        "_fixed",
        "_quoted",
        "_anywhere",
    )

    def __init__(self, text: str, quoted: Sequence[str] = ()) -> None:
        self._text = text
        self._quoted = quoted  # the text's paragraphs as written, quotes unmasked
        self._anywhere: set[str] | None = None  # their words, once one was asked about
        self._answers: dict[str, bool] = {}
        self._removed: set[str] = set()
        self._all: set[str] | None = None  # every word, once a look-up needed them
        self._spent = 0  # of BUDGET
        self._fixed: FixedNames | None = None  # made the first time a fixed name is asked about

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or word in self._removed:
            return False
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self._written(word)
        return answer

    def written_anywhere(self, word: str) -> bool:
        """`word` is in the text or in its quotes (`"... to a parent"`): the article's own use of
        the word, whoever speaks. The quotes' words are read in one scan, the first time only
        (few articles ask: a role-like word opening a three-word name)."""
        if word in self:
            return True
        if self._anywhere is None:
            self._anywhere = {w for p in self._quoted for w in LOWER_WORD.findall(p)}
        return word in self._anywhere

    def written_inside(self, phrase: str) -> bool:
        """`phrase` stands somewhere in the text after a word of its sentence (`from Sporting
        X`), not only at a sentence's start, where any word takes a capital. Each search is
        counted against the look-ups' BUDGET; past it the answer is no (an article of thousands
        of such phrases stays linear in its text)."""
        text, end = self._text, len(phrase)
        self._spent += SEARCH_COST  # (a search that finds nothing reads the whole text too)
        at = text.find(phrase) if self._spent <= BUDGET else -1
        while at != -1:
            i = at
            while i and text[i - 1] == " ":
                i -= 1
            if (
                i
                and text[i - 1] not in _SENTENCE_OPENING
                and not text[at + end : at + end + 1].isalnum()
            ):
                return True
            self._spent += 1
            at = text.find(phrase, at + 1) if self._spent <= BUDGET else -1
        return False

    def written_after_place(self, phrase: str) -> bool:
        """`phrase` stands somewhere in the text right after a word that says a place (`at
        Birch Creek`, `in Nova Scotia`; see quote_places). Counted against the look-ups' BUDGET
        as written_inside is; past it the answer is no."""
        text = self._text
        self._spent += SEARCH_COST
        at = text.find(phrase) if self._spent <= BUDGET else -1
        while at != -1:
            if (
                after_place_word(text, at)
                and not text[at + len(phrase) : at + len(phrase) + 1].isalnum()
            ):
                return True
            self._spent += 1
            at = text.find(phrase, at + 1) if self._spent <= BUDGET else -1
        return False

    def written_before_body(self, phrase: str) -> bool:
        """`Rivers and Harbours` stands somewhere in the text right before a capitalised body's
        word (`Rivers and Harbours Commission`): the phrase is that body's name cut short.
        Counted against the look-ups' BUDGET as written_inside is; past it the answer is no."""
        text = self._text
        self._spent += SEARCH_COST
        at = text.find(phrase + " ") if self._spent <= BUDGET else -1
        while at != -1:
            match = _NEXT_CAPITAL.match(text, at + len(phrase) + 1)
            if match is not None and word_key(match.group()) in ORG_WORDS:
                return True
            self._spent += 1
            at = text.find(phrase + " ", at + 1) if self._spent <= BUDGET else -1
        return False

    def written_whole(self, phrase: str) -> bool:
        """`phrase` stands somewhere in the text as whole words (`the dzongdag`, `Kgosi
        Mmolawa`), wherever in its sentence. Counted against the look-ups' BUDGET as
        written_inside is; past it the answer is no."""
        text, end = self._text, len(phrase)
        self._spent += SEARCH_COST
        at = text.find(phrase) if self._spent <= BUDGET else -1
        while at != -1:
            if not text[at - 1 : at].isalnum() and not text[at + end : at + end + 1].isalnum():
                return True
            self._spent += 1
            at = text.find(phrase, at + 1) if self._spent <= BUDGET else -1
        return False

    def fixed_name(self, title: str, word: str) -> bool:
        """`Father Christmas`: see FixedNames (the same text, the article's, masked)."""
        if self._fixed is None:
            self._fixed = FixedNames(self._text)
        return self._fixed.fixed(title, word)

    def __isub__(self, words: Iterable[str]) -> LowercaseWords:
        self._removed.update(words)
        return self

    def _written(self, word: str) -> bool:
        """Whether a scan of the text by LOWER_WORD would find `word`."""
        if self._all is not None:
            return word in self._all
        if not word:
            return False
        text = self._text
        self._spent += SEARCH_COST
        if self._spent > BUDGET:
            # (a search that finds nothing reads the whole text too: counted before it)
            self._all = set(LOWER_WORD.findall(text))
            return word in self._all
        at = text.find(word)
        # (a word of ASCII lower-case letters, most asked: told by the characters either side)
        simple = word.isascii() and word.isalpha() and word.islower()
        while at != -1:
            self._spent += 1
            if self._spent > BUDGET or (at and text[at - 1] in _INSIDE):
                # (over the budget, or perhaps inside a match that began further back: the
                # whole scan decides)
                self._all = set(LOWER_WORD.findall(text))
                return word in self._all
            # A match can start here (no match takes in the character before): the scan's match
            # here is the one that starts here, if any.
            whole = _whole_word(text, at, len(word)) if simple else None
            if whole is None:
                match = LOWER_WORD.match(text, at)
                whole = match is not None and match.end() == at + len(word)
            if whole:
                return True
            at = text.find(word, at + 1)
        return False


def _whole_word(text: str, at: int, size: int) -> bool | None:
    """Whether LOWER_WORD's match at `at` ends `size` characters on, where a word of ASCII
    lower-case letters stands (`will` in `, will `), told by the characters either side; None
    when a letter, an apostrophe or a hyphen follows that the pattern may go on over (the match
    decides). A word character before it or right after it leaves no match ending there: the
    pattern's look-behind, or no word boundary inside a run of letters."""
    before, after = text[at - 1 : at], text[at + size : at + size + 1]  # ("" at either end)
    if before.isalnum() or before == "_":
        return False  # (`(?<!\w.)`: a word character before the first letter)
    if after in _RUN_GOES_ON:
        return None
    return not (after.isalnum() or after == "_")
