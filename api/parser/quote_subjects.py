"""Which name before a reporting verb is its subject when others stand between them.

`Vinod Nair, head of research at Geojit said`, `Ada Voss of Brightline said`, `a spokesman for
Acme said`, `The FBI said Lenz called and said`, `Her verdict: “...”`. The callers check that a
person found here opens its clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Final

from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_people import Mention
from api.parser.quote_roles import titled
from api.parser.quote_spans import MASK
from api.parser.quote_words import (
    FEMALE_WORDS,
    MALE_WORDS,
    PORTFOLIO_FIELDS,
    PRONOUNS,
    REPORTING_VERBS,
    SPOKES_PATTERN,
    TITLE_WORDS,
)

_OBJECT_OF: Final = frozenset("at of for with in".split())
# `a spokeswoman for Harbor Walks said`: the body a spokesperson speaks for is the subject.
_SPOKEN_FOR: Final = re.compile(
    rf"\b(?:{SPOKES_PATTERN}|spokespeople|representative)\s+(?:for|of|at)\s+(?:the\s+)?$"
)
# Words an unclosed title-and-body appositive holds besides capitalised ones: `Head of Research`.
_TITLE_JOINERS: Final = frozenset("of and for at the - – &".split())
_THAT: Final = re.compile(r"\b(?:that|said|says)\s+$")
# `Her verdict:`, `His reply was short:`: words about what someone said, owned by a pronoun.
_OWNER_PRONOUN: Final = re.compile(
    r"\s*(His|Her|Their)\s+(?:\w+\s+)?(?:verdict|answer|reply|response|message|advice|view|"
    r"take|assessment|conclusion|explanation|words|comment|reaction|warning|argument|point|"
    r"plea|retort|question|statement|prediction|promise)\b"
)
_SUBJECT_OF: Final = {"His": "he", "Her": "she", "Their": "they"}


def spoken_for(masked: str, start: int) -> bool:
    """The name follows `a spokesman for`: the body speaks through its spokesperson."""
    low = max(0, start - 30)
    # (a match holds `spokes` or `representative`: most names have neither in the window, and
    # two substring tests spare the search)
    window = masked[low:start]
    if "spokes" not in window and "representative" not in window:
        return False
    return _SPOKEN_FOR.search(masked, low, start) is not None


# `A spokesperson for the council, ` right before a name: the name is the spokesperson's.
_SPOKES_APPOSED: Final = re.compile(
    rf"\b(?:{SPOKES_PATTERN}|representative)\s+(?:for|of|at)\s+(?:the|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}[a-z]+,\s+$"
)
# How far back a spokesperson's words are read before the name: `representative of the local
# health board, ` and a little more.
_SPOKES_REACH: Final = 64


def spokesperson_apposed(masked: str, start: int) -> bool:
    """`A spokesperson for the council, Musa Tembo, said` -> True at Musa: a person's name set off
    after `a spokesperson for the <noun>,` names the spokesperson, whatever the given name (the
    body is the noun's, named before); `a spokesman for the council said` has no name to read."""
    window = masked[max(0, start - _SPOKES_REACH) : start]
    if "spokes" not in window and "representative" not in window:
        return False  # (most names: neither word in reach, and the search is spared)
    return _SPOKES_APPOSED.search(window) is not None


def after_preposition(masked: str, start: int) -> bool:
    """`at Geojit Financial Services`, `officials in Kyiv`, `X of the City Police`: a
    preposition's object."""
    words = masked[start - 8 if start > 8 else 0 : start].split()  # (not max(): a call)
    if words and words[-1] == "the":
        words = words[:-1]  # (`of the `: seven characters, read within the eight)
    if bool(words) and words[-1] in _OBJECT_OF:
        return True
    # `X of the service’s Jackson office said`: a name owned by a common noun after a
    # preposition is in the preposition's object too (looked for only after a possessive `s`)
    return masked[start - 2 : start] == "s " and bool(
        _OWNED_OBJECT.search(masked, max(0, start - 40), start)
    )


# `of the service’s `, `at the agency's `: a preposition, then a common noun's possessive.
_OWNED_OBJECT: Final = re.compile(
    r"\s(?:at|of|for|with|in)\s+(?:the\s+|its\s+|their\s+)?[a-z]+['’]s\s+$"
)


# A preposition, its article and a lowercase word that places a body (`of the county `), and
# perhaps a body's possessive name after them (`of the county Fire Department's `).
_PLACED_OBJECT: Final = re.compile(
    r"\s(?:at|of|for|with|in)\s+(?:(?:the|its|their)\s+[a-z]+\s+|"
    r"(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w-]*['’]s\s+)$"
)
# How far before a body's name that shape is looked for.
_PLACED_REACH: Final = 60


def placed_object(masked: str, body: Mention) -> bool:
    """`Capt. Ann Lee of the county Fire Department said`, `... of the city Police Department's
    Harbor Unit said` -> True at the body: a body's name after a preposition and its article,
    with a lowercase word that places the body or a body's possessive name between them, is the
    preposition's object, no subject (a person's name there is left alone: `the head of the
    union Ann Lee said`)."""
    return body.kind == "org" and bool(
        _PLACED_OBJECT.search(masked, max(0, body.start - _PLACED_REACH), body.start)
    )


# Between a person's name and a body's: a preposition, its article and a lowercase word that
# places the body (`Ann Lee of the county Fire Department`).
_PLACED_BETWEEN: Final = re.compile(r"\s+(?:at|of|for|with|in)\s+(?:the|its|their)\s+[a-z]+\s+")


def _owning_body(masked: str, body: Mention, unit: Mention) -> bool:
    """`the Fire Department's Lifeguard Division` -> True: a body's possessive name right
    before another body's name owns it (the unit's owner is the body's)."""
    return (
        body.kind == "org"
        and unit.kind == "org"
        and body.possessive
        and masked[body.end : unit.start].strip() in ("", "'s", "’s")
    )


def after_comma(masked: str, start: int) -> bool:
    """`, Kotak Mahindra AMC`: a name right after a comma."""
    return start >= 2 and masked.startswith(", ", start - 2)


def unclosed_appositives(
    masked: str, candidates: Sequence[Mention], verb_start: int
) -> Iterator[Mention]:
    """`Vinod Nair, head of research at Geojit said`: the appositive's closing comma is missing."""
    for mention in candidates:
        if mention.kind != "person" or mention.possessive:
            continue
        inner = masked[mention.end : verb_start].strip()
        if inner.startswith(",") and inner.count(",") == 1 and len(inner.split()) <= 12:
            if MASK not in inner:
                yield mention


def titled_lists(masked: str, candidates: Sequence[Mention], last: Mention) -> Iterator[Mention]:
    """The person before `, MD, Kotak Mahindra AMC said`: only titles and names after the name."""
    k = candidates.index(last)
    for mention in reversed(candidates[max(0, k - 4) : k]):  # at most 3 commas: a few names
        if mention.kind != "person" or mention.possessive:
            continue
        inner = masked[mention.end : last.start]
        words = inner.replace(",", " ").split()
        if inner.count(",") > 3 or len(words) > 8:
            return  # further back only adds commas and words
        if not inner.lstrip().startswith(",") or MASK in inner:
            continue
        if not any(w[0].islower() and w not in _TITLE_JOINERS for w in words):
            yield mention


def owner(masked: str, candidates: Sequence[Mention], mention: Mention) -> Mention | None:
    """`Jane Doe of Acme said`: the person right before `of` and a body's name."""
    k = candidates.index(mention)
    if k > 1 and _owning_body(masked, candidates[k - 1], mention):
        k, mention = k - 1, candidates[k - 1]  # `X of the Fire Department's Lifeguard Division`
    if k == 0:
        return None
    before = candidates[k - 1]
    between = masked[before.end : mention.start]
    joined = between.strip().removesuffix(" the") in _OBJECT_OF
    joined = joined or bool(_OWNED_OBJECT.fullmatch(between))  # `of the service’s`
    joined = joined or bool(_PLACED_BETWEEN.fullmatch(between))  # `of the county`
    if joined and before.kind == "person" and not before.possessive:
        return before
    return before if seated_body(masked, before, between, mention) else None


def seated_body(masked: str, body: Mention, between: str, seat: Mention) -> bool:
    """`Fernleigh Engineering Ltd of Wakefield, said`: a body's name, `of` and a lone capitalised
    word (its seat, a place) -> True: the body is who speaks; `Acme of Beta Group` (a body after
    `of`) and `president of the Royal College of Surgeons of England` (the body itself after a
    preposition: a post's, never the subject) -> False."""
    return (
        body.kind == "org"
        and not body.possessive
        and between == " of "
        and seat.kind == "single"
        and not after_preposition(masked, body.start)
    )


def reported_subject(
    masked: str, mentions: Sequence[Mention], starts: Sequence[int], lo: int, hi: int
) -> Mention | None:
    """`The FBI said Lenz called and said ...`: the subject of the reported clause, if any.

    Only mentions[lo:hi] (the last few before the verb) are looked at.
    """
    for mention in reversed(mentions[lo:hi]):
        if not mention.possessive and _THAT.search(
            masked, max(0, mention.start - 12), mention.start
        ):
            return mention
    return None


def owner_pronoun(masked: str, sentence_start: int, colon: int) -> Mention | None:
    """`Her verdict: “...”`, `His tone on the call was calm: “...”`: the owner named before
    speaks, as `she` would."""
    match = _OWNER_PRONOUN.match(masked, sentence_start, colon)
    if not match or colon - match.end() > 40:
        match = _owned_thing(masked, sentence_start, colon)
    if not match:
        return None
    word = _SUBJECT_OF[match.group(1)]
    start = match.start(1)
    return Mention(start, start, match.end(1), "pronoun", word, None, PRONOUNS[word])


# `His tone on the call was calm:`: an owner pronoun, its noun and an adjective or two, no name.
_OWNED_PHRASE: Final = re.compile(
    r"\s*(His|Her|Their)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?[^A-Z:]{0,40}$"
)
# Endings of nouns for people: `lawyer`, `editor`, `agent`, `assistant`.
_PERSON_ENDS: Final = ("er", "or", "ist", "yst", "ee", "ian", "ant", "ent")


def _owned_thing(masked: str, sentence_start: int, colon: int) -> re.Match | None:
    """`His tone ... was calm:` (an owner pronoun and a thing of theirs before a colon), not `His
    lawyer was blunt:` (a person, who speaks for themself) nor `Her club:` (a body)."""
    match = _OWNED_PHRASE.match(masked, sentence_start, colon)
    if not match:
        return None
    words = [w for w in match.group(2, 3) if w]
    return None if any(_person_or_body(w) for w in words) else match


def _person_or_body(word: str) -> bool:
    """`lawyer`, `coach`, `wife`, `team`: a word for someone who could speak for themself."""
    word = word.lower()
    return (
        word.endswith(_PERSON_ENDS)
        or word in TITLE_WORDS
        or word in MALE_WORDS
        or word in FEMALE_WORDS
        or word in ORG_ANAPHORS
    )


# A capitalised owner before a name: `Boston’s`, `NASA's`, and the owner's role words after it
# (`Aguirre’s teammate`, `Acme’s chief executive`).
_OWNER_BEFORE: Final = re.compile(
    r"(?<!\S)(?:[A-Z][\w.&-]* ){0,3}[A-Z][\w.&-]*['’]s(?: [a-z][\w-]*){0,3}$"
)


# How far before a name its sentence is read for an opening phrase; how far before the words
# right before the name a possessive is looked for, and the owner it closes (`Kestrel County’s`).
_SUBJECT_REACH: Final = 200
_POSSESSIVE_REACH: Final = 40
_OWNER_REACH: Final = 80


def main_subject(masked: str, start: int, sentence_start: int) -> bool:
    """A name opening its sentence, or after an opening phrase: `On Monday, Acme said ...`."""
    lo = start - _SUBJECT_REACH  # (a comparison, not max(): this runs for most names)
    begin = sentence_start if sentence_start > lo else lo
    # (the words before the name read by offsets into the text: compiled, native steps where
    # a copy of the stretch, its strip and its split each cost an object and a generic call)
    end = _stripped_end(masked, begin, start)
    if end <= begin:
        return True  # (most names that matter: the sentence's first words)
    near = end - _POSSESSIVE_REACH if end - _POSSESSIVE_REACH > begin else begin
    if masked.find("’s", near, end) >= 0 or masked.find("'s", near, end) >= 0:
        before = masked[begin:end]
        owner = _OWNER_BEFORE.search(before, max(0, len(before) - _OWNER_REACH))
        if owner:
            # "Kestrel County’s Dana Wills runs ...": a place or body owns the name that follows
            end = _stripped_end(masked, begin, begin + owner.start())
            if end <= begin:
                return True
    if masked[end - 1] in _OPENING_ENDS:
        return True  # (a word ending so is no article: its words need not be split)
    first = end  # only the last word is read: back to the space before it
    while first > begin and not masked[first - 1].isspace():
        first -= 1
    if masked[first:end].lower() not in ("the", "a", "an"):
        return False
    end = _stripped_end(masked, begin, first)  # "The Harbor Board issued ..."
    return end <= begin or masked[end - 1] in _OPENING_ENDS


def _stripped_end(text: str, begin: int, end: int) -> int:
    """Where `text[begin:end].rstrip()` ends in the text: `On Monday,  ` -> after the comma."""
    while end > begin and text[end - 1].isspace():
        end -= 1
    return end


_OPENING_ENDS: Final = ",;:(—–"  # what ends an opening phrase before a sentence's subject


# `Cobalt’s co-founder, ` between an owner and the person it introduces: a few lowercase words.
_OWNED_ROLE: Final = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s*")
# `the club’s new head coach, ` after the verb: a role opened by an article or owner, a comma
# (`another observer, `, `one resident, `: one more of several who spoke).
_ROLE_FIRST: Final = re.compile(
    r"\s*(?:the|a|an|another|one|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,5}[a-z][\w-]*,\s*"
)


# `the president of the `, `a spokeswoman for `: a role opened by an article, then the body it
# serves, before the body's name.
_ROLE_OF: Final = re.compile(
    r"\s*(?:the|a|an|its|his|her|their)\s+((?:[a-z][\w'’-]*\s+){1,4})(?:of|for|at)\s+(?:the\s+)?"
)
# What may follow the name after `the president of X, `: the sentence's end or a comma.
_NAME_CLOSED: Final = re.compile(r"\s*(?:[,.;]|$)")


def _role_of_body(
    masked: str, mentions: Sequence[Mention], k: int, mention: Mention, verb_end: int
) -> Mention | None:
    """`said the president of the X Student Association, Aroha Lowe.`: the name after a role
    held in a named body (the body is the role's, not the speaker); a list (`X, Ann Lee and
    Tom Hale`) or a clause after the name (`X, which ...`) leaves the body."""
    if mention.kind != "org" or k + 1 >= len(mentions):
        return None
    person = mentions[k + 1]
    if (
        person.kind == "person"
        and masked.startswith(", ", mention.end)
        and person.start == mention.end + 2
        and _NAME_CLOSED.match(masked, person.end)
        and (role := _ROLE_OF.fullmatch(masked, verb_end, mention.start))
        and any(map(titled, role.group(1).split()))
    ):
        return person
    return None


_AND: Final = " and "  # (what joins a portfolio's fields: `Works and Housing Minister`)


def portfolio_field(masked: str, field: Mention, holder: Mention) -> bool:
    """`Works` of `Works and Housing Minister Ann Lee`, before the verb or after it: a
    government's field (PORTFOLIO_FIELDS) joined by `and` to the titled role right before a
    person's name is the role's first field, no speaker of its own (`Ruto and Finance Minister
    X` are two)."""
    # (`School` may read as a body's name: the field is the whole mention, whatever its kind)
    return (
        field.name.lower() in PORTFOLIO_FIELDS
        and holder.kind == "person"
        and (holder.role or "")[:1].isupper()
        and masked.startswith(_AND, field.end)
        and holder.start == field.end + len(_AND)
    )


def owned_role(
    masked: str, mentions: Sequence[Mention], k: int, mention: Mention, verb_end: int
) -> Mention | None:
    """`said Cobalt’s co-founder, Ji-woo Park`, `said the club’s coach, Ji-woo Park`: the person
    after a role (an owner's, or one opened by an article) speaks; so does `said the president
    of the X Association, Ji-woo Park`."""
    if mention.kind == "person" and _ROLE_FIRST.fullmatch(masked, verb_end, mention.start):
        return mention
    if (person := _role_in_place(masked, mentions, k, verb_end)) is not None:
        return person
    if not mention.possessive:
        return _role_of_body(masked, mentions, k, mention, verb_end)
    if k + 1 >= len(mentions):
        return None
    person = mentions[k + 1]
    if person.kind == "person" and _OWNED_ROLE.fullmatch(masked, mention.end, person.start):
        return person
    return None


# `the mayor of Tarn, `, `Brazil's ambassador to Portugal `, `the governor of Tavush province, `,
# `Ireland's minister for housing `: a role's words after an article or an owner, then `of`/`to`/
# `for`/`in` and a place's capitalised words (a lowercase region's noun after them) or a field's
# lowercase words, before a name.
_ROLE_IN_PLACE: Final = re.compile(
    r"\s*(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,3}([A-Za-z][\w-]*)\s+(?:of|to|for|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+(?:province|region|state|county|district))?"
    r"|[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}),?\s+"
)
# A list going on after a name: `Ann Lowe and Tom Hale`, no one name holds the role.
_LISTED_AFTER: Final = re.compile(r",?\s+(?:and|or|&)\s")
# The most mentions after the verb read for the name after such a role (the owner, the place).
_ROLE_IN_PLACE_REACH: Final = 3


def _role_in_place(
    masked: str, mentions: Sequence[Mention], k: int, verb_end: int
) -> Mention | None:
    """`said ambassador to Portugal Rodrigo Alves`, `said the Mayor of Tarn, Ewan Cole`: the
    first person after the verb, when only a role held in a place stands before them (the role's
    last word a job's: `said the wife of Tarn's mayor` names no one so)."""
    for person in mentions[k : k + _ROLE_IN_PLACE_REACH]:
        if person.kind == "person":
            role = _ROLE_IN_PLACE.fullmatch(masked, verb_end, person.start)
            if role is None or _LISTED_AFTER.match(masked, person.end):
                return None
            return person if titled(role.group(1)) else None
    return None


_VERB_THAT: Final = re.compile(r"\b([a-z]+)\s+that\s+$")


def reported_content(masked: str, start: int) -> bool:
    """`Ode confirmed that striker Kwame Asante said ...`: a name opening what another reports.

    Such a name is the subject of the reported words, not someone who speaks next.
    """
    low = max(0, start - 30)
    if masked.find("that", low, start) < 0:
        return False  # (no `that` in reach, most names: the search would try every place)
    match = _VERB_THAT.search(masked, low, start)
    return bool(match) and match.group(1) in REPORTING_VERBS


# `X, prosecuting, told the court`, `Y, defending,`, `Z, representing the council,`: a court role
# in commas right after a name (the words a court report writes for counsel), which makes the
# name the voice of what the sentence goes on to report, not the people named in it.
_COUNSEL_ROLE: Final = re.compile(
    r", (?:prosecuting|defending|mitigating|representing [\w'’ .-]{2,60}?),"
)


def counsel_marked(
    masked: str, mentions: Sequence[Mention], starts: Sequence[int]
) -> tuple[tuple[int, str], ...]:
    """`Ana Ruiz, prosecuting, told the court Lenz had ...` -> ((start of Ana Ruiz, 'Ana
    Ruiz'),): the people written with a court role in commas right after their name (`starts`:
    the mentions' starts, so each role looks up the one mention before it)."""
    found: list[tuple[int, str]] = []
    for match in _COUNSEL_ROLE.finditer(masked):
        at = match.start()
        k = bisect_left(starts, at) - 1
        mention = mentions[k] if k >= 0 else None
        if mention is not None and mention.end == at and mention.kind == "person":
            if not mention.possessive:
                found.append((mention.start, mention.name))
    return tuple(found)
