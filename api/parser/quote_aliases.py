"""Other names an article gives a body: an acronym in brackets, a word that owns a role.

`the European Food Safety Authority (EFSA)` makes `EFSA` that authority; `Celtics coach Dana
Ames` makes `Celtics` a body, so `Boston Celtics` is a team, not a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from api.parser.quote_people import Mention
from api.parser.quote_short_forms import opening_matches
from api.parser.quote_tokens import word_key
from api.parser.quote_words import (
    HONORIFICS,
    ORG_WORDS,
    REPORTING_VERBS,
    STOP_CAPS,
    TITLE_WORDS,
)

# An acronym in brackets (`(EFSA)`), and the words of a name that may stand before it.
BRACKETED: Final = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")
_SMALL: Final = frozenset("of for and the on de du la".split())
# At most this many words before the bracket are read for the name it abbreviates.
ACRONYM_WORDS: Final = 10


def initials_of(words: list[str]) -> str:
    """`European Food Safety Authority` -> `EFSA` (small words skipped)."""
    return "".join(w[0] for w in words if w not in _SMALL and w[0].isupper())


def hyphen_initials(words: list[str]) -> str:
    """`Further-Education Lecturers' Union` -> `FELU`: a hyphenated name word's capitalised
    parts each give their letter (as `initials_of` gives one a word)."""
    return initials_of([part for word in words for part in word.split("-") if part])


def of_initials(words: list[str]) -> str:
    """`Department of Fisheries` -> `DOF`: the initials with `of` giving its letter too, as
    `DOJ`, `DOT` are written (`and`, `the`, `&` still give none); "" for a name with no `of`."""
    if "of" not in words:
        return ""
    return "".join(w[0].upper() for w in words if w == "of" or (w not in _SMALL and w[0].isupper()))


def headless_initials(words: list[str]) -> str:
    """`Prairie & Lake Shore Railway` -> `PLS`: the initials of a name ending in a body's
    kind noun (`Railway`, `Company`) with that noun left out, as `BNSF` is written; "" for a
    name ending in no such noun."""
    if len(words) < 2 or words[-1].lower() not in ORG_WORDS:
        return ""
    return initials_of(words[:-1])


def loose_initials(words: list[str]) -> list[str]:
    """`Department of Fisheries` -> [`DOF`]; `Prairie & Lake Shore Railway` -> [`PLS`]:
    the acronyms copy writes for a body without brackets beyond its plain initials: with `of`'s
    letter, without the kind noun at its end, each also with a hyphenated word's parts giving a
    letter each (`Sainte-Anne Ferry Company` -> `SAF`). Plain initials are not among them."""
    parts = [part for word in words for part in word.split("-") if part]
    forms = [of_initials(words), headless_initials(words), hyphen_initials(words)]
    if len(parts) > len(words):
        forms += (of_initials(parts), headless_initials(parts))
    plain = initials_of(words)
    return [form for form in dict.fromkeys(forms) if form and form != plain]


def inner_acronym_cuts(words: list[str]) -> list[str]:
    """`Pellham and District NHS Trust` -> [`PDNHST`, `PDT`, `PDNT`, `PDHT`, `PDST`]: a body's
    initials with the one acronym inside its name (`NHS`) written whole, left out, or as one of
    its letters (the word it stands for: `H` of `Health`), as copy shortens such names (`PAHT` of
    `Pennine Acute Hospitals NHS Trust`); none for a name with no acronym or with two."""
    inner = [k for k, word in enumerate(words) if len(word) > 1 and word.isupper()]
    if len(inner) != 1:
        return []
    k = inner[0]
    before, after = initials_of(words[:k]), initials_of(words[k + 1 :])
    cuts = [before + words[k] + after, before + after]
    cuts.extend(before + letter + after for letter in words[k] if letter.isalpha())
    return cuts


def name_word(word: str) -> bool:
    """A word a body's or a title's name may hold: a capital's or a small one (`of`, `the`)."""
    return word in _SMALL or word[:1].isupper()


def defined_acronyms(masked: str) -> dict[str, str]:
    """Acronyms the text defines in brackets after a name: {`EFSA`: `European Food Safety
    Authority`}. The name is the shortest run of words before the bracket whose initials spell
    the acronym's capitals, so `Shares of the Food and Drug Administration (FDA)` gives FDA its
    three words only. (The brackets are found first: most text has none.)
    """
    found: dict[str, str] = {}
    # (each ` (` found by `str.find`, the pattern matched only there: `_sre`'s search would
    # read every character, and most text has no bracket at all)
    for match in opening_matches(BRACKETED, masked, " ("):
        acronym = match.group(1)
        window = masked[max(0, match.start() - 200) : match.start()]
        # (a name opens its paragraph at most: `she said.\nImmigration, Refugees and ...`)
        words = window[window.rfind("\n") + 1 :].split(" ")[-ACRONYM_WORDS:]
        # only the capitals and small words right before the bracket (one walk back, not a
        # test of the whole rest after each word dropped: every row of a results page has one)
        keep = len(words)
        while keep and name_word(words[keep - 1]):
            keep -= 1
        words = words[keep:]
        letters = "".join(c for c in acronym if c.isupper())
        for k in range(len(words) - 1, -1, -1):
            if words[k] in _SMALL or word_key(words[k]) in STOP_CAPS:
                continue
            if initials_of(words[k:]) == letters or hyphen_initials(words[k:]) == letters:
                k -= _place_acronym_before(words, k)
                found.setdefault(acronym, " ".join(words[k:]))
                break
    return found


# An acronym for a place before a body's name is short: `NSW`, `US`, `UK`.
_PLACE_LETTERS: Final = 3


def _place_acronym_before(words: list[str], k: int) -> int:
    """1 when an acronym opens the body's name right before the words the bracket spells, as a
    jurisdiction does: `NSW Department of Coastal Fisheries (DCF)` is the department as
    named, `DCF` its short form (0 otherwise: `Shares of the Food and Drug Administration`)."""
    if k == 0:
        return 0
    word = words[k - 1]
    return int(2 <= len(word) <= _PLACE_LETTERS and word.isalpha() and word.isupper())


# `, who plays under the name Halcyon`, `, who writes under the pen name X`, `, known as X`: the
# other name a person goes by, written right after their name (a capital's words, then a stop),
# or after their age and with who knows them so (`X, 67, known on the hill as Dona Cida,`).
_GOES_BY: Final = re.compile(
    r", (?:\d{1,3}, )?(?:who [a-z]+(?: [a-z]+)? (?:under|by) the (?:[a-z]+ )?(?:name|handle|"
    r"alias|pseudonym|nickname)|(?:better |also )?known(?: (?:to|on|in|at|among|around) "
    r"[a-z][\w'’ -]{0,40}?)? as) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?=[,.;])"
)
# The name the clause follows: up to four capitalised words ending right before its comma.
_NAME_BEFORE: Final = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}$")
_GOES_BY_CUES: Final = (" under the ", " known ")  # (the pattern is tried only where one stands)


def other_names(masked: str) -> dict[str, str]:
    """{`Halcyon`: `Kim Seo-yeon`} for `Kim Seo-yeon, who plays under the name Halcyon,`: the
    names a text says a person goes by, each with the full name it follows."""
    if not any(cue in masked for cue in _GOES_BY_CUES):
        return {}
    found: dict[str, str] = {}
    for match in _GOES_BY.finditer(masked):
        start = match.start()
        before = _NAME_BEFORE.search(masked, max(0, start - 80), start)
        if before is not None:
            other = match.group(1)
            found.setdefault(other, before.group())
            title, space, rest = other.partition(" ")
            if space and word_key(title) in HONORIFICS:
                found.setdefault(rest, before.group())  # `Cida said` as `Dona Cida said`
    return found


def role_owners(mentions: Iterable[Mention]) -> set[str]:
    """Capitalised words that open a person's role as its owner: `Celtics` in `Celtics coach
    Dana Ames`, `Norvatek` in `Norvatek chief executive Helena Brandt`. Such a word names a body.
    """
    owners = set()
    for mention in mentions:
        if mention.kind != "person" or not mention.role:
            continue
        words = mention.role.split()
        first = words[0]
        if len(words) < 2 or not first[0].isupper() or first.endswith(("'s", "’s")):
            continue
        key = word_key(first)
        if key in TITLE_WORDS or key in HONORIFICS or key in STOP_CAPS:
            continue
        if _title_at(words, 1):
            owners.add(first)
        elif len(words) > 2 and _owner_phrase(words) and _title_at(words, 2):
            owners.add(f"{first} {words[1]}")  # `Kestrel Park boss X`: a two-word body's name
    return owners


def _title_at(words: list[str], k: int) -> bool:
    """A title word at `k`, or one lower-case word before it (`managing director`, `deputy
    editor`): the role's words after its owner."""
    if word_key(words[k]) in TITLE_WORDS:
        return True
    return k + 1 < len(words) and words[k].islower() and word_key(words[k + 1]) in TITLE_WORDS


def _owner_phrase(words: list[str]) -> bool:
    """The role's second word is a capitalised word of a name, not a title or a possessive."""
    second = words[1]
    key = word_key(second)
    return (
        second[0].isupper()
        and not second.endswith(("'s", "’s"))
        and key not in TITLE_WORDS
        and key not in HONORIFICS
        and key not in STOP_CAPS
    )


# `The firm, X,`, `a group calling itself X`, `the charity known as X`, `a property fund called
# X`: a noun (after at most two lower-case words), then the name.
_NOUN_THEN_NAME: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[a-z]+ ){0,2}?([a-z]+)"
    r"(?:, | calling (?:itself|themselves) | called | known as | named )$"
)

# What a match of _NOUN_THEN_NAME ends with (or a line break, before which `$` matches too): an
# `endswith` rules out most names before the search.
_NOUN_THEN_NAME_ENDS: Final = (
    ", ",
    " itself ",
    " themselves ",
    " called ",
    " as ",
    " named ",
    "\n",
)


# The longest of _NOUN_THEN_NAME_ENDS, in characters (` themselves `).
_NOUN_ENDS_LONGEST: Final = 12


def noun_before(masked: str, start: int) -> str | None:
    """The lower-case noun after an article that introduces the name at `start`, if any (the
    caller weighs it against a body's nouns): `firm` for `The firm, Central Valley Freight
    Lines,`, `group` for `A group calling itself Keep Lakeview Schools Open`."""
    # (the end read from a slice: compiled, a bounded `endswith` is a generic call)
    low = start - _NOUN_ENDS_LONGEST if start > _NOUN_ENDS_LONGEST else 0
    if not masked[low:start].endswith(_NOUN_THEN_NAME_ENDS):
        return None
    match = _NOUN_THEN_NAME.search(masked, max(0, start - 40), start)
    return match[1] if match else None


# `X, a volunteer group that ...`: an appositive's article, then its noun within three words.
_ARTICLES: Final = frozenset({"a", "an", "the"})


# Words after which an appositive's noun is its last: `X, a Leeds start-up that ...`.
_NOUN_CLOSERS: Final = frozenset("that which whose based founded owned run".split())


def apposed_noun(masked: str, end: int, nouns: frozenset[str]) -> str | None:
    """`, a London start-up that helps` -> `start-up`: the body's noun (of `nouns`) an
    appositive after a lone name ends with; before it only lowercase words or a place's
    capital (`a Leeds brewery`), after it a comma, a stop or a relative (`that`, `based`)."""
    if masked[end : end + 2] != ", ":
        return None
    words = masked[end + 2 : end + 60].split(" ", 5)[:5]
    if len(words) < 2 or words[0] not in _ARTICLES:
        return None
    for k, word in enumerate(words[1:], 1):
        bare = word.rstrip(",.")
        if bare in nouns:
            closed = bare != word or (k + 1 < len(words) and words[k + 1] in _NOUN_CLOSERS)
            return bare if closed else None
        if bare != word or not bare.replace("-", "").isalpha() or bare.isupper():
            return None
    return None


def _noun_speaks(words: list[str], k: int) -> bool:
    """`In an email to KTV Halton, the company said`: the noun at `k` is followed by a reporting
    verb, so it is the sentence's subject, not an appositive of the name before it."""
    return k + 1 < len(words) and words[k + 1] in REPORTING_VERBS


def body_noun_after(masked: str, end: int, nouns: frozenset[str]) -> str | None:
    """The body's noun (one of `nouns`) of an appositive after the name ending at `end`:
    `group` for `The Friends of the Park, a volunteer group that ...,`."""
    if masked[end : end + 2] != ", ":
        return None
    words = masked[end + 2 : end + 60].split(" ", 4)[:4]
    if not words or words[0] not in _ARTICLES:
        return None
    for k in range(1, len(words)):
        word = words[k]
        ends = word.endswith(".")  # `, the state housing agency.` ends with its sentence
        word = word.removesuffix(",").removesuffix(".")
        if word in nouns and not _compound_goes_on(words, k, nouns):
            return None if _noun_speaks(words, k) else word
        if word in nouns:
            continue
        if ends or not (word.isalpha() and word.islower() or placed_modifier(word)):
            return None  # `a volunteer group,` ends the look at a comma
    return None


def _compound_goes_on(words: list[str], k: int, nouns: frozenset[str]) -> bool:
    """`a campaign group,`: a body's noun before another is a modifier, the last one the head
    (`group`); `a campaign, ...` or `a campaign.` ends at the noun."""
    if k + 1 >= len(words) or words[k][-1:] in (",", "."):
        return False
    return words[k + 1].removesuffix(",").removesuffix(".") in nouns


def placed_modifier(word: str) -> bool:
    """`London-based`, `Paris-listed`, `state-owned`: a hyphened modifier ending in a lowercase
    participle (a place's capital before it), no name of its own; `Ngāti-Tara` is none."""
    head, hyphen, tail = word.rpartition("-")
    return bool(hyphen and head) and tail.isalpha() and tail.islower()
