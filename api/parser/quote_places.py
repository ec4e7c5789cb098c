"""A run of capitals shaped like a person's name that the text writes as a place.

`on a farm in Nova Scotia`, `homes at Birch Creek`, `outside the Cedar Creek fire hall`:
two capitalised words read as a first name and a surname, where the words around them say a
place. A place is no one: neither a `he` nor `the 40-year-old`, nor a body that speaks as `it`.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import Final

from api.parser.quote_roles import GENDERED_PERSON_NOUNS, titled
from api.parser.quote_tokens import Token, word_key
from api.parser.quote_words import ORG_WORDS, PLACE_WORDS

# A street's name ends in one of these, capitalised (`Riverbank Rd`, `Tui Avenue`); `Lane`,
# `Street`, `Way` and `Close` are surnames too (`Nathan Lane`), so they are not here.
STREET_WORDS: Final = frozenset(
    "Rd Road St St. Ave Avenue Blvd Boulevard Tce Terrace Cres Crescent Hwy Highway".split()
)
# Words after which a name is where something is: `in Nova Scotia`, `near Birch Creek`.
_WHERE: Final = re.compile(r"(?:^|[^\w'’-])(?:in|near|outside|across|throughout) $")
# ... but `shares in`, `a stake in`: what follows is a business, not a place.
_INVESTED: Final = re.compile(
    r"(?:shares|stock|stocks|stake|stakes|investors?|investments?|invested) in $", re.IGNORECASE
)
# ... and, for a name ending in a place's word, also where something happens (`at Birch
# Creek`): `at` takes people too (`looked at Ann Lee`), so only with such a word.
_AT: Final = re.compile(r"(?:^|[^\w'’-])(?:at|around|along) $")
# How far back the words before a run are read (`investments in `).
_REACH: Final = 16


def _endings(*words: str) -> tuple[str, ...]:
    """What a text ends with when _WHERE or _AT (a word, a space, `$`) can match it: `in `, or
    `in \n` (`$` matches before a final line break)."""
    return tuple(word + " " + rest for word in words for rest in ("", "\n"))


# (a test before the search: most runs stand after no such word, and the search would try every
# place of the stretch)
_WHERE_ENDS: Final = _endings("in", "near", "outside", "across", "throughout")
_AT_ENDS: Final = _endings("at", "around", "along")


# A point of the compass or `New` opening a two-word name makes it a land's, never a person's:
# `South Africa`, `North Korea`, `New Zealand`, `West Bengal` (no given name is one of them).
_LAND_OPENERS: Final = frozenset("North South East West New".split())


# `from X to Y`: the names a journey runs between, places (`from Ann Lee to her lawyer` is
# no journey: a capital must follow `to`).
_ROUTE_END: Final = re.compile(r" to (?:the )?[A-Z]")
_ROUTE_START: Final = re.compile(r"\bfrom (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} to $")


def written_as_place(text: str, run: list[Token], vocabulary: Container[str]) -> bool:
    """Whether the run names a place here: a compass point's (_LAND_OPENERS); after `in`,
    `near`, ...; or, ending in a place's word (`Creek`, `Lake`), after `at`, as a noun's
    modifier (`the X Creek fire hall`), or written after such a word anywhere in the article
    (`vocabulary.written_after_place`)."""
    first, last = run[0], run[-1]
    if len(run) > 1 and last.text in STREET_WORDS:
        return True  # `her house on Riverbank Rd`: a street's name, wherever it stands
    if len(run) == 2 and first.text in _LAND_OPENERS:
        return True  # `as Australia beat South Africa`: a land (its team), not a `he`
    before = text[max(0, first.start - _REACH) : first.start]
    if before.endswith(_WHERE_ENDS) and _WHERE.search(before) and not _INVESTED.search(before):
        return True
    if before.endswith("from ") and _ROUTE_END.match(text, last.end):
        return True  # `travels daily from Brindmoor Cross to Port Elland`: a journey's two ends
    if before.endswith(" to ") and _ROUTE_START.search(text, max(0, first.start - 60), first.start):
        return True  # (and its other end)
    if before.endswith("from ") and hometown(text, first.start, last.end):
        return True  # `a rice farmer from Ban Nam Dee,`: where the person described is from
    if before.endswith(_OWNER_ENDS) and _DWELLING.match(text, last.end):
        return True  # `behind his Cutler Bay home`: where the owner lives, no one
    if word_key(last.text) not in PLACE_WORDS:
        return False
    if (before.endswith(_AT_ENDS) and _AT.search(before)) or _modifier(text, before, last.end):
        return True
    written = getattr(vocabulary, "written_after_place", None)
    return written is not None and written(text[first.start : last.start] + last.text)


# A possessive determiner right before a run (`his `), and a home's noun right after it: `his
# Cutler Bay home`, `their Palm Grove flat` name where the owner lives, a place (a person's
# name owning a home is a possessive itself, `Ann Lee's home`, and stands after no `his`).
_OWNER_ENDS: Final = _endings("his", "her", "their", "our", "my", "your")
_DWELLING: Final = re.compile(
    r" (?:home|house|flat|apartment|condo|mansion|cottage|bungalow|villa|farmhouse|ranch"
    r"|residence|estate)\b"
)


# `a rice farmer from `, `the retired teacher from `: an article, up to three words and a
# person's noun (read by hometown), then `from` right before the run.
_FROM_PERSON: Final = re.compile(r"\b(?:a|an|the) (?:[\w'’-]+ ){0,3}?([\w'’-]+) from $")
# How far back _FROM_PERSON is searched (an article, four words, `from `).
_FROM_REACH: Final = 60
# What closes such a place's name: the apposition's comma or the sentence's end.
_HOMETOWN_CLOSE: Final = (",", ".", ";")


def hometown(text: str, start: int, end: int) -> bool:
    """`Ms X, 41, a rice farmer from Ban Nam Dee, said`: a run of capitals from `start` to `end`
    after `<a person's noun> from` and closed by the apposition's comma names where that
    person is from, a place; not `a letter from Ann Lee,` (no person's noun), `a farmer from
    Acme Growers Union,` (a body's word ends it)."""
    if text[end : end + 1] not in _HOMETOWN_CLOSE:
        return False
    match = _FROM_PERSON.search(text, max(0, start - _FROM_REACH), start)
    if match is None:
        return False
    noun = word_key(match.group(1))
    if not (titled(noun) or noun in GENDERED_PERSON_NOUNS):
        return False
    last = text[text.rfind(" ", start, end) + 1 : end]
    return word_key(last) not in ORG_WORDS


def _modifier(text: str, before: str, end: int) -> bool:
    """`the Cedar Creek fire hall`: after `the`, before a lowercase word, the name says
    which hall, as a place does."""
    return (
        before.endswith(("the ", "The "))
        and text[end : end + 1] == " "
        and (text[end + 1 : end + 2].islower())
    )


# A place's noun a possessive name goes on to (`Sir John Byrne’s Quay`, `St Anne’s Hospital`,
# `Queen’s Park`), the run of capitals ending there: a place called after someone, no one itself.
_OWNED_PLACE: Final = re.compile(
    r"(?:['’]s)? (?:Quay|Wharf|Dock|Pier|Hospital|Infirmary|Square|Park|Gardens|Green|Common|Church"
    r"|Cathedral|Chapel|Abbey|Priory|College|School|Academy|Bridge|Gate|Cross|Hall|Place|Row"
    r"|Walk|Yard|Market|Island|Wood|Field|Stadium|Ground)(?![\w'’-]| [A-Z])"
)


def owned_place(text: str, end: int) -> bool:
    """`Sir John Byrne’s Quay`, `St Anne’s Hospital`: the possessive name ending at `end` (its
    `’s` read with it or not) owns a place's noun that ends the capitals (`Ann Lee’s Park Avenue
    flat` goes on: her own home)."""
    return _OWNED_PLACE.match(text, end) is not None


def after_place_word(text: str, at: int) -> bool:
    """Whether the words right before `at` in `text` say a place (`in `, `near `, `at `)."""
    before = text[max(0, at - _REACH) : at]
    return bool(_WHERE.search(before) or _AT.search(before))


def where_before(text: str, at: int) -> bool:
    """`a laundromat in Cedar Junction` -> True at `Cedar`: `in`, `near`, `outside` right
    before a name say where something is (a place, never a person; `at` takes people too)."""
    before = text[max(0, at - _REACH) : at]
    return _WHERE.search(before) is not None and _INVESTED.search(before) is None


# A settlement's noun as the head of an apposition, its modifier at most one word before it and
# after it the end or a word of where it is: `, a fishing neighbourhood behind the sea wall`
# (`village chief` goes on with a noun: a person's role).
_SETTLEMENT_ROLE: Final = re.compile(
    r"(?:[\w-]+ )?(?:neighbourhood|neighborhood|village|hamlet|suburb|township|district|quarter"
    r"|favela|settlement|town|borough|commune|municipality)"
    r"(?: (?:behind|beside|near|in|on|of|off|at|by|where|outside|along|north|south|east|west)\b|$)"
)


def settlement_role(role: str | None) -> bool:
    """`Muara Baruna, a fishing neighbourhood behind the wall,`: a name whose apposition calls it
    a neighbourhood, a village, a town is a place's, however like a person's it is shaped."""
    return role is not None and _SETTLEMENT_ROLE.match(role) is not None


# A settlement's noun right after a name, then a name, a stop or the end: `Sarpanch of Gehri
# Dhaban village Ann Roe` (`the Lee village council` goes on with a noun: no place).
_SETTLEMENT_AFTER: Final = re.compile(
    r" (?:village|hamlet|township|town|district|suburb|borough|commune)(?= [A-Z]|[,.;:]|$)"
)


def settlement_after(text: str, end: int) -> bool:
    """`of Orla Vale village Ann Roe said` -> True at the end of `Orla Vale`: a name written
    before its settlement's noun is a place's (never a person introduced there)."""
    return _SETTLEMENT_AFTER.match(text, end) is not None


# What where someone or something sits is written after: `a ship based in Port Halloran`, `a
# firm headquartered in Lyon`, `troops stationed in Maro`, `a ferry moored in Oban` (no `the`:
# `based in the Ministry of Health` may be a body the person works in).
_SEAT_BEFORE: Final = re.compile(
    r"(?:^|\W)(?:based|headquartered|located|stationed|moored|docked) in $"
)
_SEAT_REACH: Final = 20  # (the longest `headquartered in ` and the character before it)


def seat_place(text: str, run: list[Token]) -> bool:
    """`a repair ship based in Port Halloran` -> True: a run of capitals right after `based in`
    is where something is, a place, unless its last word is a body's (`based in Harrow
    Council`)."""
    first = run[0]
    before = text[max(0, first.start - _SEAT_REACH) : first.start]
    return (
        before.endswith("in ")
        and _SEAT_BEFORE.search(before) is not None
        and word_key(run[-1].text) not in ORG_WORDS
    )


# A place's public body written in lower case after the place's name: `Velden general
# hospital`, `Tarvos district council`, `Ostrava children's hospital`. The modifiers say what
# kind of such body it is (no name of its own: `Lee general` is none), the head that it is one.
_LOWERCASE_MODIFIERS: Final = (
    "general|district|county|city|town|regional|provincial|municipal|central|teaching|"
    "university|children's|children’s|women's|women’s|state|public"
)
_LOWERCASE_HEADS: Final = "hospital|council|court|prison|infirmary"
_MODIFIER_WORDS: Final = frozenset(_LOWERCASE_MODIFIERS.split("|"))
# From a name's end: its space, the longest modifier and the space after it.
_MODIFIER_REACH: Final = max(map(len, _MODIFIER_WORDS)) + 2
_LOWERCASE_BODY: Final = re.compile(
    rf" (?:(?:{_LOWERCASE_MODIFIERS}) ){{1,2}}(?:{_LOWERCASE_HEADS})\b(?![-'’])"
)


# A place's department or ministry written in lower case with what it is of: `Karoo department
# of education`, `Vesna ministry of health` (one field's word: `of the ...` is none).
_OF_BODY_HEADS: Final = frozenset({"department", "ministry"})
_LOWERCASE_OF_BODY: Final = re.compile(
    rf" (?:{'|'.join(sorted(_OF_BODY_HEADS))}) of (?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b(?![-'’])"
)


def lowercase_body_end(masked: str, end: int) -> int:
    """`Velden general hospital said`: where the body written in lower case after a place's name
    ending at `end` ends (`Velden` -> after `hospital`); -1 when none follows (`Velden general
    election`, `Velden hospital` with no modifier: the place alone; `Karoo department of
    education`: see _LOWERCASE_OF_BODY)."""
    # (the word after the name's space is read first: a modifier, a department's head or no
    # match, and most names are followed by a verb or `and`, spared the patterns' calls)
    space = masked.find(" ", end + 1, end + _MODIFIER_REACH)
    if space < 0:
        return -1
    word = masked[end + 1 : space]
    if word in _MODIFIER_WORDS:
        found = _LOWERCASE_BODY.match(masked, end)
    elif word in _OF_BODY_HEADS:
        found = _LOWERCASE_OF_BODY.match(masked, end)
    else:
        return -1
    return found.end() if found is not None else -1
