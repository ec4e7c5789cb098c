"""Short forms of a body's name the article never spells out: an acronym set beside the name
(`the Disaster and Emergency Management Authority, AFAD,`) and a clipped compound (`CalMac`
for `Caledonian MacBrayne`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import methodcaller
from typing import Final

from api.parser.quote_words import ORG_WORDS

# An acronym between commas or in brackets right after a name: `, AFAD,` or ` (AFAD)`. Two
# scans, each opening with its two characters (the engine skips to a fixed prefix fast; one
# pattern of both was tried at every space): a match of one never shares a character with a
# match of the other, so both, in text order, are what that one pattern found.
_BETWEEN_COMMAS: Final = re.compile(r", ([^\W\d_a-z]{2,8}),")
_IN_BRACKETS: Final = re.compile(r" \(([^\W\d_a-z]{2,8})\)")
_MATCH_START: Final = methodcaller("start")
# ...or the body's name in its own language, one capitalised word between commas right after a
# `Department of ...` or `... Authority`: `, Almannavarnir,`, `, Rijkswaterstaat,`.
_LOCAL_BESIDE: Final = re.compile(r", ([^\W\d_a-z][^\W\d_A-Z]{3,23}),")
_SMALL: Final = frozenset("of for and the on de du la".split())
# At most this many words before the acronym are read for the body's name.
_NAME_WORDS: Final = 10


def after_commas(masked: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of _BETWEEN_COMMAS and of _LOCAL_BESIDE, each list what the pattern's own
    `finditer` gives, from one walk of the text's commas: `, AFAD,`, `, Almannavarnir,`.

    Both open with `, ` and then a word character that is no digit, `_` or `a`-`z`, so a match
    of either starts only at a `, ` whose next character is not `a`-`z` (most commas: `, and`,
    `, said`): each such place is matched by each pattern not yet past it (a `finditer` goes on
    after its last match's end). The commas are found by `str.find` of one character (a
    `memchr`), where each pattern's search read every character of the text, twice.
    """
    between: list[re.Match[str]] = []
    local: list[re.Match[str]] = []
    past_between = past_local = 0  # (where each pattern's own scan would go on)
    at = masked.find(",")
    while at >= 0:
        if masked[at + 1 : at + 2] == " " and not "a" <= masked[at + 2 : at + 3] <= "z":
            if at >= past_between:
                found = _BETWEEN_COMMAS.match(masked, at)
                if found is not None:
                    between.append(found)
                    past_between = found.end()
            if at >= past_local:
                found = _LOCAL_BESIDE.match(masked, at)
                if found is not None:
                    local.append(found)
                    past_local = found.end()
        at = masked.find(",", at + 1)
    return between, local


def opening_matches(pattern: re.Pattern[str], masked: str, mark: str) -> list[re.Match[str]]:
    """What `pattern.finditer(masked)` gives, for a pattern that opens with the two characters
    `mark` and then a word character that is no digit, `_` or `a`-`z` (` (EFSA)` after ` (`):
    each place of `mark` with such a character after it, not inside the last match, matched.

    (The mark's second character is found by `str.find` of one character, a `memchr`, where
    the pattern's search read every character.)
    """
    found: list[re.Match[str]] = []
    first, second = mark[0], mark[1]
    past = 0  # (where the pattern's own scan would go on)
    at = masked.find(second, 1)  # (the mark's second character, at 1 or after)
    while at >= 0:
        if at > past and masked[at - 1] == first and not "a" <= masked[at + 1 : at + 2] <= "z":
            match = pattern.match(masked, at - 1)
            if match is not None:
                found.append(match)
                past = match.end()
        at = masked.find(second, at + 1)
    return found


def beside(masked: str, between: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """The acronyms set between commas (`between`, when the caller walked the commas: see
    after_commas) or in brackets, in text order: `Ode, AFAD, said`."""
    matches = list(after_commas(masked)[0] if between is None else between)
    if " (" in masked:  # (most texts have none: no second scan and no sort)
        matches += opening_matches(_IN_BRACKETS, masked, " (")
        matches.sort(key=_MATCH_START)
    return matches


def acronyms_beside(masked: str) -> dict[str, str]:
    """{`AFAD`: `Disaster and Emergency Management Authority`} for `The Disaster and Emergency
    Management Authority, AFAD, said`: an acronym (its letters need not be the name's initials:
    it may be the body's own language's) set right after a body's name, a run of capitals and
    small words ending in a body's head word (`Authority`, `Agency`). A person's name before it
    (`Dana Lee, CEO,`) ends in no head word: nothing is taken."""
    found: dict[str, str] = {}
    between, local = after_commas(masked)
    for match in beside(masked, between):
        acronym = match.group(1)
        if not acronym.isupper():
            continue
        words = _body_before(masked, match.start())
        if len(words) >= 2 and words[-1].lower() in ORG_WORDS:
            found.setdefault(acronym, " ".join(words))
    for match in local:
        words = _body_before(masked, match.start())
        if len(words) >= 3 and _department_of(words):
            found.setdefault(match.group(1), " ".join(words))
    return found


def _body_before(masked: str, end: int) -> list[str]:
    """The run of capitals and small words that ends at `end`, `The` and small words dropped
    from its front: `Disaster and Emergency Management Authority`."""
    words = masked[max(0, end - 160) : end].split(" ")[-_NAME_WORDS:]
    keep = len(words)
    while keep and (words[keep - 1] in _SMALL or words[keep - 1][:1].isupper()):
        keep -= 1
    words = words[keep:]
    while words and (words[0] in _SMALL or words[0] == "The"):
        words = words[1:]
    return words


def _department_of(words: list[str]) -> bool:
    """`Department of Civil Protection`, `Office for Statistics`, `Water Authority`: a body's
    head word opens the name before `of`/`for`, or ends it."""
    head = words[0].lower() in ORG_WORDS and words[1] in ("of", "for")
    return head or words[-1].lower() in ORG_WORDS


_PIECE: Final = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+")  # `Cal`, `Mac` in `CalMac`


def clipped_body(word: str, bodies: Iterable[str]) -> str | None:
    """`Caledonian MacBrayne` for `CalMac`: a one-word name of two or more capitalised pieces,
    each the opening of the next word of one body's name (all its words, at least two letters
    each). None when no body, or more than one, fits (`CalMac` for no body of `Cal... Mac...`)."""
    pieces = _PIECE.findall(word)
    if len(pieces) < 2 or "".join(pieces) != word:
        return None
    fits = {
        body
        for body in bodies
        if len(words := body.split(" ")) == len(pieces)
        and all(w.startswith(p) and w != p for w, p in zip(words, pieces, strict=True))
    }
    return fits.pop() if len(fits) == 1 else None


def one_capital_word(word: str) -> bool:
    """`Met`, `Garda` -> True; `Vell Ltd`, `ABC`, `Xi` -> False: the only words short_body and
    body_of_word read (a caller asks first, before listing the bodies)."""
    return len(word) >= 3 and " " not in word and word[1:].islower()


def short_body(word: str, bodies: Iterable[str]) -> str | None:
    """`Metropolitan Police` for `a Met spokesman`: a one-word name (three letters at least,
    capitalised) that clips the first word of one body's name of two or more words, that word
    two letters longer at least. None when no body, or more than one, fits (`Royal` for `Royal
    Mail` is a word of the name, read elsewhere)."""
    if not one_capital_word(word):
        return None
    fits = {
        b
        for b in bodies
        if b.startswith(word)
        and " " in b
        and len(first := b.split(" ", 1)[0]) >= len(word) + 2
        and first[1:].islower()
    }
    return fits.pop() if len(fits) == 1 else None


def body_of_word(word: str, bodies: Iterable[str]) -> str | None:
    """`An Garda Síochána` for `a Garda spokesperson`, `HM Treasury` for `a Treasury spokesman`:
    a one-word name (capitalised, no acronym) that is a word after the first of one body's
    name, the body's distinctive word used as an adjective; not a body's kind noun (`Council`
    of `Mayo County Council`: a noun any council shares) nor the first word (`Acme` of `Acme
    Workers Union` may be the company Acme itself) nor a word after `of`/`for` (see _own_word).
    None when no body, or more than one, holds it."""
    if not one_capital_word(word) or word.lower() in ORG_WORDS:
        return None
    fits = {b for b in bodies if " " in b and _own_word(word, b.split(" "))}
    return fits.pop() if len(fits) == 1 else None


def _own_word(word: str, words: list[str]) -> bool:
    """`Garda` of `An Garda Síochána`: the word stands after the name's first, with only
    capitals before it; after `of`/`for` it names what the body is for or of (`Lawyers for
    Brenwick`, `Friends of Dunmore`), not the body."""
    if word not in words[1:]:
        return False
    return all(w[:1].isupper() for w in words[: words.index(word, 1)])


# Police forces a reader knows by their initials alone (Northern Ireland's, Canada's federal and
# Ontario's, South Africa's, Malaysia's, Montreal's); a city's police department is written
# `<letters>PD` (`NYPD`, `LAPD`, `SFPD`). Initials a party shares are none: `PNP` is the
# Philippines' police and Jamaica's People's National Party, `NPF` Nigeria's police and the
# Naga People's Front, so `Police said` is not given to them.
_POLICE_INITIALS: Final = frozenset("PSNI RCMP OPP SAPS PDRM SPVM".split())
_DEPARTMENT_INITIALS: Final = re.compile(r"[A-Z]{2,4}PD")


def police_initials(name: str) -> bool:
    """`PSNI` -> True: a force named by its initials is what a later bare `Police said` stands
    for (`The PSNI said ... Police said "..."` -> the PSNI); `PTSD`, `UPS`, `PSG` are no force."""
    return name in _POLICE_INITIALS or _DEPARTMENT_INITIALS.fullmatch(name) is not None
