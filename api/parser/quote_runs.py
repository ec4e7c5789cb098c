"""Runs of capitalised words in a paragraph's words: the candidates for names."""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter

from api.parser.quote_tokens import Token, Words, capital, word_key
from api.parser.quote_words import NAME_PARTICLES, ORG_WORDS, TITLE_WORDS

_FIRST = itemgetter(0)  # a text's first character
# Common nouns whose possessive opens an organisation's name: "People’s Daily".
_COMMON_OWNERS = frozenset("people children women men workers veterans farmers citizens".split())


_OF_FOR = frozenset({"of", "for"})
AMPERSAND = " & "  # between two capitals, inside a body's name
_JOINERS = NAME_PARTICLES | _OF_FOR | {"the"}
_PARTICLES_THE = NAME_PARTICLES | {"the"}


def runs_of_capitals(text: str, tokens: Words) -> list[list[Token]]:
    """Runs of capitalised words joined by single spaces (and name particles)."""
    # Any other word ends a run, so only the capitals are looked at one by one (their indices
    # found by C loops over the words' first letters), and a run's open end the joining words
    # right after it: a lowercase word away from a capital is never looked up.
    # A run is a range of words, first to last: its words are made Tokens once it is found.
    texts = tokens.texts
    bounds: list[tuple[int, int]] = []
    first = last = -2
    for i in compress(count(), map(str.isupper, map(_FIRST, texts))):
        if first >= 0:
            last = _particles_after(text, tokens, first, last, i)
            if i == last + 1 and _joined(text, tokens, last):
                last = i
                continue
            bounds.append((first, last))
        first = last = i
    if first >= 0:
        bounds.append((first, last))
    # (a run ends in a particle only when the word after it was no joined capital)
    return [_made(tokens, first, _last_capital(texts, last)) for first, last in bounds]


def _particles_after(text: str, tokens: Words, first: int, last: int, following: int) -> int:
    """The run first..last taken on over the joining words after it, up to the next capital:
    `Ministry of`, `Lucia de la` (the new last word; a run ends in a capital once they are
    trimmed, when no capital follows them)."""
    texts = tokens.texts
    k = last
    while k + 1 < following and texts[k + 1] in _JOINERS and _joined(text, tokens, k):
        if not _particle(tokens, k + 1, _made(tokens, first, k)):
            break
        k += 1
    return k if k + 1 == following else last


def _made(tokens: Words, first: int, last: int) -> list[Token]:
    """The Tokens of words first to last."""
    if first == last:
        return [tokens[first]]  # (most runs: one word)
    return list(map(tokens.__getitem__, range(first, last + 1)))


def _last_capital(texts: list[str], last: int) -> int:
    """The last capital of a run up to `last` (its first word is one)."""
    while not texts[last][0].isupper():
        last -= 1
    return last


def _joined(text: str, tokens: Words, k: int) -> bool:
    """One space between words k and k + 1, and no full stop or possessive ending word k; or an
    ampersand between two capitals (`Marlowe & Finch Grocers`, `Procter & Gamble`)."""
    before = tokens.get(k)  # (made already when its ending is special: others end plainly)
    if before is None:
        gap = tokens.gaps[k + 1]
        return gap == " " or (gap == AMPERSAND and _capitals_around(tokens.texts, k))
    gap = text[before.end : tokens.start(k + 1)]
    if gap != " " or before.final_stop:
        return gap == AMPERSAND and not before.final_stop and _capitals_around(tokens.texts, k)
    if not before.possessive or word_key(before.text) in _COMMON_OWNERS:
        return True  # "People’s Daily"
    return _office_of_title(before, tokens.texts[k + 1])


def _capitals_around(texts: list[str], k: int) -> bool:
    """Words k and k + 1 both capitalised (the two sides of `Procter & Gamble`)."""
    return texts[k][:1].isupper() and texts[k + 1][:1].isupper()


def _office_of_title(before: Token, word: str) -> bool:
    """`Attorney’s Office`, `Sheriff’s Department`: a title's possessive before a body's word."""
    return word_key(before.text) in TITLE_WORDS and word_key(word) in ORG_WORDS


def _particle(tokens: Words, i: int, current: list[Token]) -> bool:
    """A lowercase word that joins a run to the capital after it: `de la`, `of`, `for`."""
    word = tokens[i].text
    if word == "the":
        return _the_in_name(tokens, i, current)
    particle = word in NAME_PARTICLES and i + 1 < len(tokens)
    if word in _OF_FOR and current and word_key(current[-1].text) in ORG_WORDS:
        particle = i + 1 < len(tokens)  # "Ministry of Commerce", "Center for Security"
    elif word == "for" and len(current) <= 3 and _plural(current[-1]):
        particle = i + 1 < len(tokens)  # "Physicians for Clean Air", "Kent Parents for Parks"
    elif word in _OF_FOR and _the_plural(current):
        particle = i + 1 < len(tokens)  # "The Friends of the Park" (not "Shares of Nova")
    if not particle:
        return False
    if tokens[i + 1].text in _PARTICLES_THE and i + 2 < len(tokens):
        following = tokens[i + 2]  # "Lucia de la Fuente": two particles in a row
    else:
        following = tokens[i + 1]
    return capital(following)


def _the_in_name(tokens: Words, i: int, current: list[Token]) -> bool:
    """`Friends of the Millbrook Library`: `the` after a body's `of`/`for`, before a capital."""
    if not current or current[-1].text not in _OF_FOR or i + 1 >= len(tokens):
        return False
    return capital(tokens[i + 1])


def _the_plural(current: list[Token]) -> bool:
    """`The Friends`, `The Sisters`: a capitalised plural after `The` opens a body's name."""
    return len(current) == 2 and current[0].text == "The" and _plural(current[1])


def _plural(token: Token) -> bool:
    """`Physicians`, `Parents`: a capitalised plural that may open a group's name."""
    word = token.text
    return len(word) > 4 and word.endswith("s") and not word.endswith("ss") and not token.possessive
