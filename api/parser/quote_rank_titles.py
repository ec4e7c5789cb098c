"""Titles, ranks and posts written before a name that are no part of it.

A reader takes `Cr Kostakis`, `SDM Goyal`, `Capt. Ana Roe` for the person, their title's short
form aside; `Woman International Master Ana Roe` for a title of three words ended by the given
name; `SSP Malir Ana Maria Roe` for a rank, the place of its posting and the name; and
`Harbour County Sheriff's Office Capt. Ana Roe` for a body, a rank and the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_names import abbreviated_title, name_word, particles
from api.parser.quote_tokens import Token, acronym, word_key
from api.parser.quote_words import ORG_NAMES, POST_NOMINALS, TITLE_QUALIFIER_WORDS, TITLE_WORDS

# The head of a title that is one only after its qualifier: `International Master`, `FIDE
# Master` (alone, `Master` may open a body's name: `Master Builders Australia`); as written in a
# run of capitals too (QUALIFIED_HEADS: a set look-up before the call).
_QUALIFIED_HEADS: Final = frozenset({"master"})
QUALIFIED_HEADS: Final = frozenset(f(w) for w in _QUALIFIED_HEADS for f in (str.title, str.upper))


def qualified_title(words: Sequence[str], k: int) -> bool:
    """`("Woman", "International", "Master", "Ana", "Roe")` at 2 -> True: a title's head after
    its qualifier, no word of the name after it (`Master Builders` at 0 -> False)."""
    return (
        k > 0
        and word_key(words[k]) in _QUALIFIED_HEADS
        and word_key(words[k - 1]) in TITLE_QUALIFIER_WORDS
    )


# A title's short form: a capital and one to four letters, a stop after them or none (`Cr`,
# `Capt.`, `Insp.`, `SDM`, `Supt`).
_SHORT_FORM: Final = re.compile(r"[A-Z][A-Za-z]{1,4}\.?")


def rank_short_form(word: str) -> bool:
    """`Cr`, `Capt.`, `SSP`: a title's short form before a name (a listed title, a short word
    without a vowel, or capitals); `Ng`, `St`, `Md` (a name's words) and `Ana` are none."""
    if _SHORT_FORM.fullmatch(word) is None:
        return False
    key = word_key(word)
    if key in TITLE_WORDS:
        return True
    return abbreviated_title(word.rstrip(".")) or (acronym(word) and key not in ORG_NAMES)


def titled_surname(name: str) -> str | None:
    """`Cr Kostakis` -> `Kostakis`: the one name's word after a title's short form (the caller
    asks whether the article named someone so); None for `Ana Kostakis`, `UN Kostakis`'s body
    is the caller's to rule out."""
    title, _, surname = name.partition(" ")
    if not surname or " " in surname or not rank_short_form(title) or not name_word(surname):
        return None
    return surname


# The words of a run a rank's posting and a name take at least: `Malir Tariq Hussain Mastoi`
# (a name of three after a place; `Chow Mei Ling` is a name alone).
_POSTED_WORDS: Final = 4


def posted_place(run: Sequence[Token], names: Sequence[Token]) -> bool:
    """`SSP Malir Tariq Hussain Mastoi` -> True: after a rank's capitals (`SSP`, `DSP`), a word
    no given name, then a given name and two words more: the post's place (`SSP Malir`, the
    superintendent of that district), no word of the name. `SSP Tariq Hussain` -> False, and so
    are an office's letters written after a seat elsewhere (`MP Chow Mei Ling`, `TD Cathal Mac
    Giolla Phádraig`: POST_NOMINALS)."""
    if len(names) < _POSTED_WORDS or len(run) == len(names):
        return False  # (most names: too short to hold a place and a name, or no rank before)
    if len(names) - particles(list(names)) < _POSTED_WORDS:
        return False
    rank = run[len(run) - len(names) - 1].text
    if not (acronym(rank) and rank_short_form(rank)) or word_key(rank) in POST_NOMINALS:
        return False
    return usual_sex(names[0].text) is None and usual_sex(names[1].text) is not None


def rank_after_body(text: str, run: Sequence[Token]) -> int:
    """`Harbour County Sheriff's Office Capt. Ana Roe` -> 4: where a rank (`Capt.`, `Det.
    Sgt.`) opens after a body's possessive name (`Sheriff's Office`), two name's words or more
    after it, or the run's end at a short form's stop (`... Office Det.` before `Sgt. Ana Roe`,
    the name read as the next run); 0 for none (`St Anne's Hospital`, `Acme's Ana Roe`: no
    rank; `the Children's Commissioner said`: an office's name)."""
    owner = -1
    for k in range(len(run) - 1):
        if run[k].possessive:
            owner = k
    if owner < 0:
        return 0
    for k in range(owner + 1, len(run)):
        if word_key(run[k].text) in TITLE_WORDS:
            rest = k + 1
            while rest < len(run) and word_key(run[rest].text) in TITLE_WORDS:
                rest += 1  # `Det. Sgt.`: a rank of several words
            if rest == len(run):
                return k if _STOP_BEFORE_CAPITAL.match(text, run[-1].end) else 0
            named = len(run) - rest >= 2 and all(name_word(t.text) for t in run[rest:])
            return k if named else 0
    return 0


# A short form's stop, then the next capital: `Det. Sgt.`, the run cut at the stop.
_STOP_BEFORE_CAPITAL: Final = re.compile(r"\. [A-Z]")
