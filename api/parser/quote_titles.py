"""Titles written around a name that are no part of it, read from the tables in quote_words.

Three rules, each driven by one table: post-nominal letters after a name (POST_NOMINALS: `Jane
Doe KC`, `John Roe MP`, `Ann Lee, PhD`), a description written before a title of address and its
name (TITLES_OF_ADDRESS: `The parish priest, Father Tom Reilly,` -> `parish priest`), and a title
before one word the article never writes otherwise (FIXED_NAME_TITLES: `Father Christmas`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from api.parser.quote_roles import role_comma
from api.parser.quote_tokens import Token, word_key
from api.parser.quote_words import FIXED_NAME_TITLES, POST_NOMINALS, TITLE_WORDS, TITLES_OF_ADDRESS


def post_nominal(word: str) -> bool:
    """`KC`, `MP`, `PhD`: listed letters, written with two capitals at least (`Sc` is no `SC`)."""
    return word_key(word) in POST_NOMINALS and sum(map(str.isupper, word)) >= 2


def post_nominal_tail(text: str, run: list[Token]) -> int:
    """How many words at the end of a run of capitals are post-nominal letters after a name:
    1 for `Marcus Feeney KC`; -1 for `the Warrendale MP`, a description of someone by the
    office the letters say (no name: a phrase, as `the local MP`); 0 for none."""
    tail = 0
    while tail < len(run) - 1 and post_nominal(run[-1 - tail].text):
        tail += 1
    if tail and text.endswith("the ", 0, run[0].start) and word_key(run[0].text) not in TITLE_WORDS:
        # (`the Hon. X MP` is a name; `the Dublin South-Central TD` a description)
        return -1 if office_after(run, tail) else 0
    return tail


def office_after(run: list[Token], tail: int) -> str | None:
    """The office the first of a name's post-nominal letters says: `MP` for `John Roe MP`."""
    return POST_NOMINALS.get(word_key(run[len(run) - tail].text)) if tail else None


def with_office(role: str | None, office: str | None) -> str | None:
    """`housing spokesperson` and `TD` -> `housing spokesperson and TD`: a role written before a
    name keeps the office its post-nominal letters say (`the TD said` is the same person)."""
    if role is None or office is None or not office.isupper():
        return role or office  # (a barrister's `KC` says a trade a role already gives)
    return f"{role} and {office}"


def title_of_address(role: str | None) -> bool:
    """`Father`, `Rev.`, `Justice`: a capitalised title of address alone as a role."""
    return bool(role) and role[:1].isupper() and role.lower() in TITLES_OF_ADDRESS


# Words a description may stand before, after its comma and before the name: a title, `the`.
_BEFORE_TITLE: Final = re.compile(r"(?:(?:the|[A-Z][\w.]*)\s+)+$")


def described_before(text: str, start: int, end: int) -> tuple[int, str] | None:
    """`The parish priest, Father Tom Reilly,`, `The battalion chaplain, Capt. the Rev. X,`: the
    role before the comma that stands ahead of a name's titles (start: the first title)."""
    head = _BEFORE_TITLE.search(text, max(0, start - 40), start)
    at = start
    if head:
        words = text[head.start() : start].split()
        if all(w == "the" or word_key(w) in TITLE_WORDS for w in words):
            at = head.start()
    return (
        role_comma(text, at, end)
        or _office_of_place(text, at, end)
        or _title_in_description(text, at, end)
    )


# `the Dean of Carrowby, `, `The Archdeacon of Wells, `: an office of a place (or a see) set off
# by commas right before a cleric's style.
_OFFICE_OF_PLACE: Final = re.compile(
    r"(?:^|[,;:]\s*|\s)(?P<det>[Tt]he) (?P<office>[A-Z][a-z]+ of (?:[A-Z][\w'’-]+ ?){1,3}),\s*$"
)


def _office_of_place(text: str, at: int, end: int) -> tuple[int, str] | None:
    """`The Dean of Carrowby, the Very Rev X,`: the capitalised office before the titles is the
    role, whatever its word (`the dean` later), when the name's appositive closes."""
    if not text.startswith(",", end):
        return None
    match = _OFFICE_OF_PLACE.search(text, max(0, at - 60), at)
    if match is None:
        return None
    return match.start("det"), match.group("office")


# A description opening a clause: its determiner, then up to DESCRIPTION_WORDS words.
_DESCRIPTION: Final = re.compile(
    r"(?:^|[,;:(]\s*|\n)(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?P<words>[^,;:()]+),\s*$"
)
DESCRIPTION_WORDS: Final = 6


def _title_in_description(text: str, at: int, end: int) -> tuple[int, str] | None:
    """`The Church of Ireland rector in the next village, the Rev. X,`: a description closed
    by a comma before the titles, whose role ends at its first title word (`rector`)."""
    if not text.startswith(",", end):
        return None  # (the name's own appositive closes: the description is about it)
    match = _DESCRIPTION.search(text, max(0, at - 120), at)
    if match is None:
        return None
    words = match.group("words").split()[:DESCRIPTION_WORDS]
    for k, word in enumerate(words):
        if word_key(word) in TITLE_WORDS and word[:1].islower():
            return match.start("det"), " ".join(words[: k + 1])
    return None


# A fixed-name title and the capitalised word after it, that word not followed by another.
_TITLED: Final = re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w'’-]*)\b(?! [A-Z])")


class FixedNames:
    """Whether a title and a word make a fixed name in an article: every time the article writes
    the word it writes the title right before it, and no other name after it.

    The article is scanned once, the first time a fixed-name title is asked about.
    """

    __slots__ = ("_text", "_words", "_titled")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: Counter[str] | None = None
        self._titled: Counter[tuple[str, str]] = Counter()

    def fixed(self, title: str, word: str) -> bool:
        if word_key(title) not in FIXED_NAME_TITLES:
            return False
        if self._words is None:
            self._words = Counter(re.findall(r"\b[A-Z][\w'’-]*", self._text))
            for match in _TITLED.finditer(self._text):
                if match.group(1).lower() in FIXED_NAME_TITLES:
                    self._titled[match.group(1), match.group(2)] += 1
        return self._titled[title, word] == self._words[word] > 0
