"""A body's name as a reader reads it where the run of capitals cuts it: a place's head word and
`of` before it (`the Isle of Wight Council`), an apostrophe-s that is part of it and no possessive
(`the City of St. John’s said`), and a public body written in lower case after a place with what
it is of (`the Karoo department of education`); a person's name after a place's office that
`of` made read as a body's (`Port of Vell Mayor Ana Roe`).
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_tokens import word_key
from api.parser.quote_words import ORG_WORDS, TITLE_WORDS

# A place's head word that takes `of` before the place's own name (`Isle of Wight`, `Borough of
# Harrow`, `Republic of Ireland`): before a body's name it opens that name, `the Isle of Wight
# Council` (not a person's `Smith of Harlow Council`: a surname is no place's head).
PLACE_OF_HEADS: Final = frozenset(
    "Isle Isles Island Islands Borough Township Village Province Republic Kingdom "
    "Principality Municipality Commonwealth".split()
)
# The head word and `of` right before a body's name: `Isle of ` of `Isle of Wight Council`.
_PLACE_OF: Final = re.compile(r"\b([A-Z][a-z]+) of $")
_PLACE_OF_REACH: Final = 20  # (the longest head word, ` of `, and the boundary before it)
# What _PLACE_OF ends with right before the name (its `$` matches before a final line break).
_PLACE_OF_ENDS: Final = (" of ", " of \n")


def place_of_start(masked: str, start: int) -> int:
    """`the Isle of Wight Council` with `start` at `Wight` -> where `Isle` starts; -1 when no
    place's head word and `of` stand right before (`John Smith of Harlow Council`)."""
    if not masked.endswith(_PLACE_OF_ENDS, 0, start):
        return -1  # (most bodies' names: no `of` right before them, the pattern not run)
    found = _PLACE_OF.search(masked, max(0, start - _PLACE_OF_REACH), start)
    if found is None or found.group(1) not in PLACE_OF_HEADS:
        return -1
    return found.start(1)


# What follows a name's apostrophe-s when it ends the name, not a possessive: a clause's
# punctuation or a verb (`the City of St. John’s said`, `St. Mary’s, which ...`); a possessive
# has its noun after it (`the City of Halden’s budget`).
_NO_NOUN_AFTER: Final = re.compile(
    r"(?:[,.;:)]|\s+(?:said|says|told|added|wrote|announced|confirmed|stated|issued|has|had|is|"
    r"was|will|would|did|does|declined|responded|replied)\b)"
)


def apostrophe_s_in_name(masked: str, end: int) -> bool:
    """`the City of St. John’s said`, `end` after the `’s` -> True: the apostrophe-s is the
    name's own, no noun following it; `the City of Halden’s budget` -> False."""
    return _NO_NOUN_AFTER.match(masked, end) is not None


# An office's head word that names a body when capitals stand before it: `Energy and Water
# Ombudsman Queensland`, `Gas Ombudsman Tasmania` (a person's title opens the name instead:
# `Ombudsman Jane Lee`).
OFFICE_HEADS: Final = frozenset({"Ombudsman", "Ombudsperson"})


def office_inside(name: str) -> bool:
    """`Gas Ombudsman Tasmania` -> True, `Ombudsman Jane Lee`, `Public Ombudsman Nadia Cruz`
    -> False: an office's head word after a capital of the name is a body's (the field before,
    one place's word or none after, no given name), no title before a person."""
    words = name.split()
    # (the first head after the name's first word, by a loop: compiled, a generator's object
    # made per person's name where the loop is native)
    for head in range(1, len(words)):
        if words[head] in OFFICE_HEADS:
            after = words[head + 1 :]
            return len(after) <= 1 and (not after or usual_sex(after[0]) is None)
    return False


# `the` and a capitalised word joined by `and` to a body's name: `the Power and Gas Ombudsman`
# (`the` opens no person's name: `Lee and Acme Holdings` are two).
_THE_AND: Final = re.compile(r"\b[Tt]he ([A-Z][a-z]+) and $")
_THE_AND_REACH: Final = 24  # (`the `, the longest word, ` and `)
# What _THE_AND ends with right before the name (its `$` matches before a final line break).
_THE_AND_ENDS: Final = (" and ", " and \n")


def the_and_start(masked: str, start: int) -> int:
    """`The Power and Gas Ombudsman` with `start` at `Gas` -> where `Power` starts; -1 when no
    `the <Capital> and` stands right before (`Lee and Acme Holdings`)."""
    if not masked.endswith(_THE_AND_ENDS, 0, start):
        return -1  # (most bodies' names: no `and` right before them, the pattern not run)
    found = _THE_AND.search(masked, max(0, start - _THE_AND_REACH), start)
    return -1 if found is None else found.start(1)


# A closing `in <Place>` of a body's name opened by its noun and `of`, before what speaks of the
# body (a relative clause, a verb): `The Federation of Moto Cooperatives in Vellia, which
# represents`; not `the Ministry of Health in Tarn on Monday` (the place where it met), nor
# `refused by the Embassy of Tarn in Vell, the federation said` (a new clause after the comma).
_IN_PLACE: Final = re.compile(
    r" in (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+(?=(?:,? \(|, (?:which|who|that) |"
    r" (?:said|says|has|have|had|is|was|will|told|announced|wrote|urged|warned)\b))"
)


def in_place_end(masked: str, name: str, end: int) -> int:
    """`The Federation of Moto Cooperatives in Vellia, which ...` with `end` after
    `Cooperatives` -> the end of `Vellia`; -1 when the name does not open with a body's noun
    and `of` (`Acme Cooperative in Vellia, which`) or no such place follows."""
    if masked[end : end + 4] != " in ":
        return -1  # (most names: no `in` right after them, the pattern not run)
    head, _, rest = name.partition(" ")
    if not rest.startswith("of ") or word_key(head) not in ORG_WORDS:
        return -1
    found = _IN_PLACE.match(masked, end)
    return -1 if found is None else found.end()


# A company's legal form that opens its name instead of closing it (Indonesia's `PT`, a joint
# stock company's `PJSC`, `JSC`, Russia's `OOO`, `OAO`, `PAO`): `PT Jalan Vell Teknologi`.
LEADING_FORMS: Final = frozenset("PT PJSC JSC OOO OAO PAO".split())
_LEADING_REACH: Final = 5  # (the longest form and its space)


def leading_form_start(masked: str, start: int) -> int:
    """`to PT Jalan Vell Teknologi` with `start` at `Jalan` -> where `PT` starts; -1 when no
    leading legal form stands right before (`to Jalan Vell`, `the PTA Vell`)."""
    if masked[start - 1 : start] != " ":
        return -1
    reach = max(0, start - 1 - _LEADING_REACH)
    opened = masked.rfind(" ", reach, start - 1) + 1
    if opened == 0 and reach > 0:
        return -1  # (no space in reach: a word too long for a form, the text before not sliced)
    if masked[opened : start - 1] not in LEADING_FORMS:
        return -1
    return opened


# A sentence's fronted phrase up to a place it names after a preposition of place: `Meeting in
# a room on ` of `Meeting in a room on Tarn Hill, the commission voted`, `At ` of `At Vell
# Point, the council said` (opened by a preposition or a participle, no comma before the name).
_PLACE_PREPOSITIONS: Final = "in on at near outside inside across along beside".split()
_OPENING_PREPOSITIONS: Final = [word.capitalize() for word in _PLACE_PREPOSITIONS]
_OPENERS: Final = "|".join(_OPENING_PREPOSITIONS)
_FRONTED_PLACE: Final = re.compile(
    rf"(?:^|(?<=[.!?] ))(?:(?:[A-Z][a-z]*ing|{_OPENERS})"
    rf"\b[^,.!?;:]*\b(?:{'|'.join(_PLACE_PREPOSITIONS)})|{_OPENERS}) (?:the )?$"
)
_FRONTED_REACH: Final = 120  # (a fronted phrase longer than this is not looked for)
# What the fronted phrase ends with right before the name (the pattern run only after one).
_FRONTED_ENDS: Final = tuple(
    f"{word}{the} " for word in _PLACE_PREPOSITIONS + _OPENING_PREPOSITIONS for the in ("", " the")
)


def in_fronted_phrase(masked: str, start: int) -> bool:
    """`Meeting in a room on Tarn Hill, the five-member commission voted` at `Tarn` -> True:
    a place named in a fronted phrase, no body the noun after its comma calls so; `Tarn
    Holdings, the developer, said`, `Talks with Tarn Hill, the developer,` -> False."""
    if not masked.endswith(_FRONTED_ENDS, 0, start):
        return False  # (most names: no preposition of place right before them)
    return _FRONTED_PLACE.search(masked, max(0, start - _FRONTED_REACH), start) is not None


# A short form in brackets between a company's name and its legal form, which are one name:
# `Orbit Mobile Money (SL) Limited`, `Golden Reef Resorts (CNMI) LLC`, `Vell Foods (Pty) Ltd`.
_BRACKETED_FORM: Final = re.compile(r" \([A-Z][A-Za-z]{0,7}\)((?: [A-Z][A-Za-z]*\.?)+)")


def bracketed_form_end(masked: str, end: int, forms: frozenset[str]) -> int:
    """`Orbit Mobile Money (SL) Limited said` with `end` after `Money` -> the end of `Limited`;
    -1 when no bracketed short form and legal form (of `forms`, in lower case) follow the name
    (`Orbit Mobile Money (OMM) said`, `the Authority (EPA) Board`)."""
    if masked[end : end + 2] != " (":
        return -1
    found = _BRACKETED_FORM.match(masked, end)
    if found is None:
        return -1
    closing = found.start(1)  # (just past the `)`)
    for word in found.group(1).split():
        if word.lower() not in forms:
            break
        closing = masked.index(word, closing) + len(word)
    return closing if closing > found.start(1) else -1


# A legal form after a comma, which belongs to the name before it: `Vell Fruit Export Co., Ltd`,
# `Acme Widgets, Inc.`, `Tarn Holdings, LLC` (one or two forms, each of `forms`).
_COMMA_FORM: Final = re.compile(r", ([A-Z][A-Za-z]*\.?)(?: ([A-Z][A-Za-z]*\.?))?(?![\w'’-])")


def comma_form_end(masked: str, end: int, forms: frozenset[str]) -> int:
    """`Vell Export Co., Ltd said` with `end` after `Co.` -> the end of `Ltd`; -1 when no
    legal form (of `forms`, in lower case) follows the name's comma (`Vell Foods, Harlow Ltd`:
    a list of two names)."""
    if masked[end : end + 2] != ", ":
        return -1  # (most names: no comma right after them, the pattern not run)
    found = _COMMA_FORM.match(masked, end)
    if found is None or found.group(1).lower() not in forms:
        return -1
    second = found.group(2)
    if second is None:
        return found.end(1)
    if second.lower() in forms:
        return found.end(2)
    # (`in Ballinasloe, Co Galway`: a form's word opening a name of its own is no form; `X,
    # Ltd. It closed`: a stop ends the form and its sentence)
    return found.end(1) if found.group(1).endswith(".") else -1


# The legal forms a house style writes in lower case right after the name, British papers'
# `plc` (public limited company) and their twins `ltd`, `llp`, `llc` as registers print them:
# `Tarn Holdings plc said`, `Vell Quarries ltd said` (the run of capitals stops before it).
LOWER_CASE_FORMS: Final = frozenset({"plc", "ltd", "llp", "llc"})
_LOWER_CASE_FORM: Final = re.compile(r" ([a-z]+)(?![\w'’.-]|\.\w)")


def lower_case_form_end(masked: str, end: int) -> int:
    """A lower-case legal form closes the name before it: `Vell Quarries plc said` with `end`
    after `Quarries` -> the end of `plc`; -1 for any other word (`Vell Quarries said`, `Vell
    Quarries and`) or a form standing alone."""
    found = _LOWER_CASE_FORM.match(masked, end)
    if found is None or found.group(1) not in LOWER_CASE_FORMS:
        return -1
    return found.end(1)


# The most words of a person's name after an office inside a body's run (`Ana Roe-Lee`, `Ana
# Maria Roe`).
_NAME_AFTER_OFFICE: Final = 3


def person_after_office(name: str) -> int:
    """`Port of Vell Mayor Ana Roe` -> 4, `Bank of Tarn Governor Ana Roe` -> 4: how many words
    of a run read as a body's name (it holds `of`) are a place's or body's office before a
    person's name (the last capitalised title word, then two or three words opening with a
    given name the table knows); 0 for none (`Ministry of Health`, `Office of the Mayor`, `Port
    of Vell Mayor Roe`: no given name)."""
    if "of" not in name:
        return 0  # (most bodies' names: no `of` in them, not split into words)
    words = name.split()
    if "of" not in words:
        return 0
    for k in range(len(words) - 2, 0, -1):
        word = words[k]
        if word[:1].isupper() and word_key(word) in TITLE_WORDS:
            after = words[k + 1 :]
            named = 2 <= len(after) <= _NAME_AFTER_OFFICE and usual_sex(after[0]) is not None
            return k + 1 if named and "of" in words[:k] else 0
    return 0
