"""Words of a masked paragraph with their offsets, for finding names and roles."""

from __future__ import annotations

import re
from functools import lru_cache, partial
from operator import itemgetter
from typing import Final, NamedTuple

from api.parser.quote_abbreviated_names import (
    ABBREVIATED_GIVEN,
    FIRM_ENDINGS,
    abbreviated_given,
    firm_closed,
    stacked_title,
)
from api.parser.quote_words import TITLE_SHORT_FORMS

TOKEN: Final = re.compile(r"[^\W\d_][\w'’.&-]*")
POSSESSIVE: Final = re.compile(r"['’]s?$")
# Abbreviations that keep their full stop inside a name or title: "Gov. Eric Holcomb", "Cllr.
# Ann Roe" (every title's short form), "Acme Corp.", "Tom Hale Jr.".
_ABBREV_TITLES: Final = TITLE_SHORT_FORMS | {"co", "corp", "inc", "ltd", "jr", "sr", "st"}


class Token(NamedTuple):
    """A word: `text` drops a sentence-final full stop and a possessive ending."""

    start: int
    end: int
    text: str
    possessive: bool
    final_stop: bool  # a full stop after it ends the sentence


_SPECIAL_ENDS: Final = frozenset(".'’s")
_OWNER_ENDS: Final = ("'s", "’s")
_make: Final = partial(tuple.__new__, Token)
# A capitalised word, opening with a capital letter with no letter before it: the pattern opens
# with the letter, so the engine skips to the next capital by a table test. Other capitals (`É`)
# are found among the text's non-ASCII letters (a word character, no digit, no `_`): its marks
# (`’`, `—`, `“`), most of its non-ASCII characters, are passed over by the engine. The word is
# a group: the text's split by the pattern keeps the words between the gaps.
_CAPITAL_WORD: Final = re.compile(r"([A-Z](?<![^\W\d_].)[\w'’.&-]*)")
_NON_ASCII_LETTER: Final = re.compile(r"[^\W\d_\x00-\x7f]")
# `al-Thani`, `el-Sisi`: the Arabic article glued to a capitalised name, a name's word (the
# pattern opens with the hyphen, found by a fast skip; the article is a word of its own).
_ARTICLE_NAME: Final = re.compile(r"-(?=[A-Z])(?<=[ae]l-)(?<![\w'’.&-][ae]l-)")
# `d'Entremont`, `d’Souza`: the elided particle `d'` glued to a capitalised surname, a name's
# word (the pattern opens with the apostrophe; a `d` ending a word, `Road's`, is no particle).
_ELIDED_NAME: Final = re.compile(r"['’](?=[A-Z])(?<=d['’])(?<![\w'’.&-]d['’])")
# `Mac an tSaoir`, `Ó hÉigeartaigh`, `na gCopaleen`: after an Irish particle, a name's word may
# open with the lower-case letter(s) of its mutation before its capital (`t`, `h`, `n`, `bh`...)
# — a name's word (the pattern is only run when a particle it follows is in the text).
_MUTATED_NAME: Final = re.compile(
    r"(?:\b(?:Ma?c|Nic|Mhic) an|\bna|(?<!\w)(?:Ó|Ní|Uí|Nic|de)) (?=(?:bh|[bdghmnt])[A-ZÁÉÍÓÚ])"
)
_START = itemgetter(0)
# Characters a word goes on over but cannot open with: the ASCII ones (other digits by a test).
_MARKS: Final = frozenset("0123456789_'’.&-")
_NOT_WORD: Final = re.compile(r"[^\w'’.&-]")  # a character no word goes on over
# How far back the word before a word is first looked for, in characters (doubled until found).
_REACH: Final = 64


# A capitalised word the capitals' scan found: (start, end, word), `(4, 7, "Lee")`. A plain tuple,
# where a regex Match was kept: its start read by a method call (compiled, a generic call per
# read), its fields by index (native).
Capital = tuple[int, int, str]


# The capitals' scan over a text that is ASCII once its apostrophes and dashes are read as ASCII
# ones (`Lee’s` as `Lee's`, a dash as a gap): each character's class as a byte, `C` a capital,
# `l` a lower-case letter, `m` a character a word goes on over (a digit, `_`, `'`, `.`, `&`,
# `-`), a space for the rest; a word is a `C` and the run of `C`, `l` and `m` after it. The
# engine skips to a fixed first byte fast, where a set of capitals is tested at every character.
_CLASSES: Final = bytes(
    ord("C")
    if "A" <= chr(c) <= "Z"
    else ord("l")
    if "a" <= chr(c) <= "z"
    else ord("m")
    if chr(c) in "0123456789_'.&-"
    else ord(" ")
    for c in range(256)
)
# (`[^ ]`: every byte but a space is `C`, `l` or `m`, and the engine counts a run of bytes that
# are not one given byte in a tight loop, where a class is tested at every byte)
_CLASSED_WORD: Final = re.compile(rb"(C[^ ]*)")
_LOWER: Final = ord("l")
# A gap's class: a character no word takes, or a dash. A capital after one opens a word (no
# mark or digit before it, see _opens_word), told from the byte alone.
_GAP: Final = ord(" ")
# Non-ASCII characters of the same class as an ASCII one: `’` goes on over a word as `'` does,
# a dash is a gap. (One for one: every character keeps its place.)
_AS_ASCII: Final = (("’", "'"), ("—", " "), ("–", " "))


def capital_words(text: str) -> list[Capital]:
    """The text's capitalised words as TOKEN would split them off, in order."""
    plain = text
    for mark, same in _AS_ASCII:
        plain = plain.replace(mark, same)
    classed = plain.isascii()
    found = _classed_capitals(text, plain) if classed else _scanned_capitals(text)
    if "l-" in text:
        articled = [m.start() - 2 for m in _ARTICLE_NAME.finditer(text)]
        if articled:
            found += _opening_words(text, articled)
            found.sort(key=_START)
    if "d'" in text or "d’" in text:
        elided = [m.start() - 1 for m in _ELIDED_NAME.finditer(text)]
        if elided:
            found += _opening_words(text, elided)
            found.sort(key=_START)
    # (the particles a mutated word follows, looked for before the pattern is run: `Mac an`,
    # `Nic an`; the others, `Ó`, `Ní`, `Uí`, `de hÍde`, only in a text with non-ASCII letters)
    ascii = text.isascii()
    if "c an " in text or (not ascii and ("Ó " in text or "í " in text or "de h" in text)):
        glued = [m.end() for m in _MUTATED_NAME.finditer(text)]
        if glued:
            found += _opening_words(text, glued)
            found.sort(key=_START)
    # (a text ASCII but for its apostrophes and dashes, a quarter of the paragraphs: no letter
    # outside ASCII, and the scan for one is not run)
    if not classed:
        others = [
            m.start() for m in _NON_ASCII_LETTER.finditer(text) if _capital_letter(text, m.start())
        ]
        if others:
            found += _opening_words(text, others)
            found.sort(key=_START)
    return found


def _classed_capitals(text: str, plain: str) -> list[Capital]:
    """The capitalised words of `text` found in its classes' bytes (`plain` is the text with
    its apostrophes and dashes made ASCII, see _CLASSES), as _scanned_capitals finds them."""
    classes = plain.encode("ascii").translate(_CLASSES)
    pieces: list[bytes] = _CLASSED_WORD.split(classes)
    found: list[Capital] = []
    at = len(pieces[0])
    for k in range(1, len(pieces), 2):
        end = at + len(pieces[k])
        # (a capital right after a lower-case letter is inside a word, `McDonald`'s `D`: no
        # word opens there, as the scan's look-behind says; one after a capital is in its run)
        # (after a gap, most capitals, it opens one whatever the text's character there)
        if (
            not at
            or (before := classes[at - 1]) == _GAP
            or (before != _LOWER and _opens_word(text, at))
        ):
            found.append((at, end, text[at:end]))
        at = end + len(pieces[k + 1])
    return found


def _scanned_capitals(text: str) -> list[Capital]:
    """The capitalised words of `text` found by the scan's pattern (_CAPITAL_WORD)."""
    # (one split of the text by the scan's pattern, in a group: the gaps and the words in turn,
    # each word's place the sum of the lengths before it; no Match is made per capital)
    pieces = _CAPITAL_WORD.split(text)
    found: list[Capital] = []
    at = len(pieces[0])
    for k in range(1, len(pieces), 2):
        word = pieces[k]
        end = at + len(word)
        if _opens_word(text, at):
            found.append((at, end, word))
        at = end + len(pieces[k + 1])
    return found


def _opening_words(text: str, starts: list[int]) -> list[Capital]:
    """The words TOKEN finds at `starts` that open a word (see `_opens_word`)."""
    found: list[Capital] = []
    for start in starts:
        match = TOKEN.match(text, start)
        if match is not None and _opens_word(text, start):
            found.append((start, match.end(), match.group()))
    return found


def _opens_word(text: str, k: int) -> bool:
    """A capital at k opens a word: `'Bob`, `3M`, `U.S`: a capital after characters a word goes
    on over but cannot open with opens a word only when no letter stands before them in the
    same stretch."""
    # (_MARKS holds the ASCII digits: only a non-ASCII character is asked whether it is one,
    # compiled a generic method call where the comparison is native)
    return (
        not k
        or ((char := text[k - 1]) not in _MARKS and (ord(char) < 0x80 or not char.isdecimal()))
        or _opens_after(text, k - 1)
    )


def _capital_letter(text: str, k: int) -> bool:
    """A non-ASCII capital letter at k, with no letter before it."""
    char = text[k]
    if not (char.isupper() and char.isalnum()) or char.isdecimal():
        return False
    return not k or not _letter(text[k - 1])


def _letter(char: str) -> bool:
    """A character TOKEN's first class takes: a word character, no digit, no underscore."""
    return char.isalnum() and not char.isdecimal()


def _opens_after(text: str, k: int) -> bool:
    """A word opens after k (no letter at k): the characters up to k are no word's, or ones a
    word goes on over but cannot open with, back to such a character or the text's start."""
    while k >= 0 and (text[k] in _MARKS or text[k].isdecimal()):
        k -= 1
    return k < 0 or not (text[k].isalnum() or text[k] in _MARKS)


class Words:
    """A paragraph's words by where they start, each made a `Token` when first read.

    The paragraph is never split into words: its capitals are found by one scan
    (`capital_words`, each made a Token by `made` only when a rule reads it), and the words
    around a name are read one at a time from the text, backwards (`before`) or forwards
    (`after`), only as far as a rule reads them. A word's Token is made once (a dict of those
    made so far: a second read is a C look-up). `words[start]` is the Token of the word at
    `start` (KeyError when no word starts there).

    (A plain class, not a dict subclass: compiled (mypyc), a native class whose methods are
    native calls; a dict subclass is a Python class, each `made`/`before` a generic call.)
    """

    __slots__ = ("text", "_made")

    def __init__(self, text: str) -> None:
        self.text = text
        self._made: dict[int, Token] = {}

    def __getitem__(self, start: int) -> Token:
        token = self._made.get(start)
        return token if token is not None else self._read(start)

    def _read(self, start: int) -> Token:
        """The Token of the word at `start`, not read before."""
        match = TOKEN.match(self.text, start)
        if match is None:
            raise KeyError(start)
        word: str = match[0]  # (compiled, `group()` parses its arguments: `[0]` does not)
        if word[-1] not in _SPECIAL_ENDS:  # (most words end plainly: no call to read the ending)
            token = _make((start, match.end(), word, False, False))
        else:
            token = _ending(start, word)
            if token.final_stop and word[:-1].lower() in ABBREVIATED_GIVEN:
                token = self._given_stop(token, start, match.end())
            elif token.final_stop and stacked_title(self.text, start, match.end()):
                token = _make((start, match.end(), word, False, False))  # `, Ing. Dr X`
            elif word[:-1] in FIRM_ENDINGS and firm_closed(self.text, start, match.end() - 1):
                token = _make((start, match.end() - 1, word[:-1], False, True))  # `& Co. Lee, who`
        self._made[start] = token
        return token

    def made(self, capital: Capital) -> Token:
        """The Token of a word the capitals' scan found (see `capital_words`)."""
        return self._made_at(capital[0], capital[1], capital[2])  # (its word as the scan cut it)

    def _made_at(self, start: int, end: int, word: str) -> Token:
        """The Token of the word TOKEN finds from start to end, `word` (the text between)."""
        if word[-1] not in _SPECIAL_ENDS:
            token = _make((start, end, word, False, False))
        else:
            token = _ending(start, word)
            if token.final_stop and word[:-1].lower() in ABBREVIATED_GIVEN:
                token = self._given_stop(token, start, end)
            elif token.final_stop and stacked_title(self.text, start, end):
                token = _make((start, end, word, False, False))  # `, Ing. Dr X`
            elif word[:-1] in FIRM_ENDINGS and firm_closed(self.text, start, end - 1):
                token = _make((start, end - 1, word[:-1], False, True))  # `& Co. Lee, who`
        self._made[start] = token
        return token

    def _given_stop(self, token: Token, start: int, end: int) -> Token:
        """An abbreviated given name before a name keeps its full stop: `Ma. Teresa` is one
        name's words, no sentence's end (see `abbreviated_given`)."""
        if abbreviated_given(self.text, start, end):
            return _make((start, end, self.text[start:end], False, False))
        return token

    def after(self, token: Token) -> int:
        """Where the word after `token` starts; -1 after the last word."""
        match = TOKEN.search(self.text, token.end)
        return match.start() if match else -1

    def before(self, start: int) -> Token | None:
        """The word before the word at `start`; None before the first word."""
        if not start:
            return None
        text = self.text
        # (most words: the word before stands after the space before them, with at most a mark
        # or two, `said,` `(Smith`, between: the stretch from that space is split, and the word
        # made a Token from the match that found it)
        low = start - _REACH if start > _REACH else 0
        space = text.rfind(" ", low, start - 1)
        if space >= 0 or not low:
            # (TOKEN's search of the stretch, read by characters: compiled, native steps where
            # each search cost a regex call's set-up)
            opening = _word_opening(text, space + 1, start)
            if opening >= 0:
                end = _word_end(text, opening + 1, start)
                # (one character between them, most words: a letter there would be either
                # word's, so no word stands between; only a longer gap is read on)
                if end + 1 < start:
                    following = _word_opening(text, end, start)
                    while following >= 0:
                        opening, end = following, _word_end(text, following + 1, start)
                        following = _word_opening(text, end, start)
                return self._made.get(opening) or self._made_at(opening, end, text[opening:end])
        found = self._before(start)
        return self[found] if found >= 0 else None

    def _before(self, start: int) -> int:
        """`before` by a split of a stretch before `start`, opening where no word goes on over,
        made longer until it holds a word or opens the text."""
        text, reach = self.text, _REACH
        while True:
            low = max(0, start - reach)
            edge = _NOT_WORD.search(text, low, start) if low else None
            if low and edge is None:
                reach *= 2  # (inside one long word: it starts further back)
                continue
            starts = [m.start() for m in TOKEN.finditer(text, edge.start() if edge else 0, start)]
            if starts:
                return starts[-1]
            if not low:
                return -1
            reach *= 2


def _word_opening(text: str, low: int, high: int) -> int:
    """Where TOKEN's search from low finds a word opening before high, or -1: the first letter
    (a word character, no digit, no `_`). `(Smith said` from 0 -> 1."""
    for k in range(low, high):
        char = text[k]
        if "a" <= char <= "z" or "A" <= char <= "Z":
            return k
        if char > "\x7f" and char.isalnum() and not char.isdecimal():
            return k
    return -1


def _word_end(text: str, k: int, high: int) -> int:
    """Where the word TOKEN goes on with at k ends, by high: past its word characters and
    `'’.&-`. `Smith's, said` from 1 -> 7."""
    while k < high and (text[k].isalnum() or text[k] in _GOES_ON):
        k += 1
    return k


_GOES_ON: Final = frozenset("_'’.&-")  # (what TOKEN goes on over besides letters and digits)


def last_mark(text: str, marks: str) -> int:
    """Where the last of any of `marks` stands in the text, or -1: `a, b; c` with `,;` -> 4.

    (`max(map(text.rfind, marks))`, by a loop: compiled, each `rfind` a native call where the
    map and max were generic ones.)"""
    last = -1
    for mark in marks:
        found = text.rfind(mark)
        if found > last:
            last = found
    return last


def written_before(text: str, start: int) -> str:
    """The word before the word at `start` as written, when one space stands between them and
    a space (or the text's start) before it: `said` in `said Lee`, `Smith's` in `Smith's son`;
    else "" (the stretch is then no whole word for TOKEN, or `Words.before` must read further).

    (A test before `Words.before`: the same `rfind` finds the stretch, no Token is made.)
    """
    if text[start - 1 : start] != " ":
        return ""
    low = start - _REACH if start > _REACH else 0
    space = text.rfind(" ", low, start - 1)
    return text[space + 1 : start - 1] if space >= 0 or not low else ""


def _ending(start: int, raw: str) -> Token:
    """The Token of the word `raw` at `start`, its ending read: `Smith's` -> `Smith`
    (possessive), `home.` -> `home` (final stop); others unchanged. (One Token made per word:
    each costs a generic call, compiled.)"""
    if raw[-1] not in _SPECIAL_ENDS:
        return _make((start, start + len(raw), raw, False, False))
    final_stop = False
    if raw.endswith(".") and "." not in raw[:-1] and len(raw) > 2:
        if raw[:-1].lower() not in _ABBREV_TITLES:
            raw, final_stop = raw[:-1], True
    # (POSSESSIVE by string methods: a word holds no line break, so its `$` is the word's end)
    cut = 2 if raw[-2:] in _OWNER_ENDS else 1 if raw[-1] in "'’" else 0
    possessive = cut > 0 and len(raw) > 2
    word = raw[:-cut] if possessive else raw
    return _make((start, start + len(raw), word, possessive, final_stop))


def word_token(word: str) -> Token:
    """The Token of a word standing alone (at 0), its ending read: `Smith's` -> `Smith`."""
    return _ending(0, word)


def ending_read(word: str) -> str:
    """A word's `Token.text`, its ending read: `Smith's` -> `Smith`, `home.` -> `home`."""
    return word_token(word).text


# How many answers one of the quote path's word caches keeps before it starts again (the bound
# lru_cache's maxsize was: an article repeats its words, a server's run of articles must not
# grow a cache without end).
CACHE_SIZE: Final = 8192
# The quote path's most asked caches are dicts read by the function itself, not lru_cache:
# compiled (mypyc), the dict's read is native, where each call of an lru_cache wrapper cost a
# generic call with its argument tuple (about 550 instructions, speed47's profile).
_WORD_KEYS: Final[dict[str, str]] = {}


def word_key(word: str) -> str:
    """A word for list look-ups: lower case, no final full stop (`Said.` -> `said`)."""
    key = _WORD_KEYS.get(word)
    if key is None:
        if len(_WORD_KEYS) >= CACHE_SIZE:
            _WORD_KEYS.clear()
        key = _WORD_KEYS[word] = word.lower().rstrip(".")
    return key


def capital(token: Token) -> bool:
    """True for a capitalised word."""
    return token.text[:1].isupper()


_MUTATION_LETTERS: Final = frozenset("bdghmnt")


def mutated(word: str) -> bool:
    """`tSaoir`, `hÉigeartaigh`, `bhFlannagáin`: an Irish name's word, its capital after the
    lower-case letter(s) of its mutation, then lower case (`mRNA`, `tRNA`, `dB` are none)."""
    if word[:1] not in _MUTATION_LETTERS:
        return False
    k = 2 if word[:2] == "bh" else 1
    return word[k : k + 1].isupper() and word[k + 1 : k + 2].islower()


# Articles and demonstratives some papers print in capitals to open a lead (`THE Ministry of
# Health will ...`, `AN Office of Works inspector ...`, `THIS year ...`): the sentence's first
# word, never a body's letters (a one-letter `A` is no acronym anyway).
CAPITALISED_DETERMINERS: Final = frozenset({"THE", "AN", "THIS", "THAT", "THESE", "THOSE"})


@lru_cache(maxsize=8192)
def acronym(word: str) -> bool:
    """`NATO`, `U.S.`: two or more letters, all capitals (`THE`, `AN` opening a lead are none)."""
    if word != word.upper():
        return False  # a lowercase letter: most words are rejected here
    if word in CAPITALISED_DETERMINERS:
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
