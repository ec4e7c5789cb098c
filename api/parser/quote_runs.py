"""Runs of capitalised words in a paragraph's words: the candidates for names."""

from __future__ import annotations

from itertools import compress, count
from operator import itemgetter, or_

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
    runs: list[list[Token]] = []
    current: list[Token] = []
    # Any other word ends a run, so only capitals and joining words are looked at one by one.
    # (their indices found by C loops: first letters' case, then set look-ups, or-ed)
    texts = tokens.texts
    capitals = list(map(str.isupper, map(_FIRST, texts)))
    wanted = compress(count(), map(or_, capitals, map(_JOINERS.__contains__, texts)))
    previous = -2
    for i in wanted:
        if i != previous + 1 and current:
            runs.append(current)  # a plain word stood between
            current = []
        previous = i
        token = tokens[i]
        joined = bool(current) and _joined(text, current[-1], token)
        if capitals[i]:
            if not joined:
                if current:
                    runs.append(current)
                current = []
            current.append(token)
        elif joined and _particle(tokens, i, current):
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    # (a run ends in a particle only when the word after it was no capital)
    return [run if capitals[run[-1].index] else _trim_particles(run) for run in runs]


def _joined(text: str, before: Token, token: Token) -> bool:
    """One space between two words of a run, and no full stop or possessive ending it; or an
    ampersand between two capitals (`Marlowe & Finch Grocers`, `Procter & Gamble`)."""
    gap = text[before.end : token.start]
    if gap != " " or before.final_stop:
        return gap == AMPERSAND and not before.final_stop and capital(before) and capital(token)
    if not before.possessive or word_key(before.text) in _COMMON_OWNERS:
        return True  # "People’s Daily"
    return _office_of_title(before, token)


def _office_of_title(before: Token, token: Token) -> bool:
    """`Attorney’s Office`, `Sheriff’s Department`: a title's possessive before a body's word."""
    return word_key(before.text) in TITLE_WORDS and word_key(token.text) in ORG_WORDS


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


def _trim_particles(run: list[Token]) -> list[Token]:
    while run and not capital(run[-1]):
        run = run[:-1]
    return run
