"""Near kinds of a noun a description uses for someone the article named with another word.

`the doctoral candidate said` of `graduate student X`, `the old warden said` of `X, the
lighthouse keeper`, `the old keeper` of `X keeps a logbook`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from api.parser.quote_title_bodies import name_through_of
from api.parser.quote_words import TITLE_WORDS

# Nouns an article uses in turn for one kind of person (a description may pick any of them for a
# role written with another): read only when no role holds the description's own noun.
_PERSON_KINDS: Final = (
    frozenset("candidate student researcher scholar postgraduate postdoc fellow".split()),
    frozenset("keeper warden caretaker custodian steward guardian".split()),
    frozenset("doctor physician clinician surgeon medic".split()),
    frozenset("lawyer attorney barrister solicitor counsel advocate".split()),
    frozenset("farmer grower rancher smallholder crofter".split()),
    frozenset("priest vicar pastor minister rector chaplain".split()),
    frozenset("teacher educator tutor instructor".split()),
    frozenset("owner proprietor landlord landlady".split()),
)
_NEAR_PERSON: Final = {word: kind for kind in _PERSON_KINDS for word in kind}
# Nouns whose near kinds go one way only: `the prosecutor` of `Assistant U.S. Attorney X` or
# `District Attorney X` (a title for one who prosecutes), where `the attorney` is any lawyer.
# `the head` of `The headteacher, X,` (a school's head: the compound's first part alone; a
# `head of finance` is a head too).
_NARROWER_PERSON: Final = {
    "prosecutor": frozenset(("prosecutor", "attorney")),
    "head": frozenset("head headteacher head-teacher headmaster headmistress".split()),
}
# A rank written as a title before a name gives the nouns an article goes on to call its holder
# by: `the officer said` of `Sgt X` or `Det Insp X`, `the detective` of `DC X`, `the pilot` of
# `Capt. X`, `the soldier` of `Pte X`, and the rank's own word in full (`the sergeant` of `Sgt
# X`, `the captain` of `Capt. X`; each word of the title is read, a full stop dropped).
_RANK_NOUNS: Final = {
    rank: frozenset(nouns.split())
    for ranks, nouns in (
        ("sgt sergeant", "officer sergeant"),
        ("insp inspector", "officer inspector"),
        ("supt superintendent", "officer superintendent"),
        ("pc constable", "officer constable"),
        ("det detective dc ds di dci dsupt", "officer detective"),
        ("cmdr commander", "officer commander"),
        ("ch", "officer"),
        ("capt captain", "officer captain pilot skipper"),
        ("lt lieutenant", "officer lieutenant"),
        ("col colonel", "officer colonel"),
        ("brig brigadier", "officer brigadier"),
        ("maj gen", "officer"),
        ("cpl corporal", "soldier corporal"),
        ("pte", "soldier"),
    )
    for rank in ranks.split()
}
# Every noun a rank gives (`detective`, `constable`: nouns for a person no agent ending shows).
RANK_HELD: Final = frozenset(noun for nouns in _RANK_NOUNS.values() for noun in nouns)
# The words after which a role says where, for whom or what about (`at the University of X`,
# `who led the study`): the role's own nouns come before them.
_ROLE_ENDS: Final = frozenset("at of for in on from with who whose which that since by to".split())
# `X keeps a logbook`, `X still tends the hives`: a verb in the present right after a name
# (one adverb allowed between), whose doer's noun an article may go on to call the person by,
# and the word after it (`keeps bees`: a `beekeeper`).
_DOES: Final = re.compile(r" (?:still |also |now |only )?([a-z]{3,}s)\b(?: ([a-z]+))?")


def near_person_nouns(head: str) -> frozenset[str]:
    """`candidate` -> {candidate, student, researcher, ...}; a noun no kind lists -> {itself}."""
    narrower = _NARROWER_PERSON.get(head)
    return narrower if narrower is not None else _NEAR_PERSON.get(head, frozenset((head,)))


@lru_cache(maxsize=4096)
def role_nouns(role: str) -> frozenset[str]:
    """The role's head nouns in lower case (the last word of each part joined by `and`, before
    where, for whom or what about), and their singulars: `county emergency manager` ->
    {manager}; `weaver and school governors at X` -> {weaver, governors, governor}."""
    found: set[str] = set()
    last = None
    for word in role.replace(",", " ").split() + ["and"]:
        if word in _ROLE_ENDS or word in ("and", "&"):
            if last is not None:
                found.add(last)
                if len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
                    found.add(last[:-1])
            if word != "and" and word != "&":
                break
            last = None
            continue
        # (`Kwoyanx First Nation Chief`: a body's name or a title, see same_role)
        last = word if word.islower() else None
    return frozenset(found)


def role_of_kind(role: str, head: str) -> bool:
    """`graduate student` is of `the doctoral candidate`'s kind; `lighthouse keeper` of `the
    warden`'s; `seamstress from Porto` of `the seamstress`'s (a noun no kind lists: itself)."""
    return not near_person_nouns(head).isdisjoint(role_nouns(role))


def fits_role(role: str | None, head: str) -> bool:
    """A role the description's noun fits, its words read in any case: `the prosecutor` fits
    `Assistant U.S. Attorney` (a title's head, near kinds counted, see role_of_kind); `the
    Republican` fits `Republican U.S. Rep.` (a capitalised word of the role: a party or a
    nationality, `Democrat` of `Democratic` too); `the student` does not fit `Co-author`."""
    if not role:
        return False
    if role_of_kind(role.lower(), head) or rank_fits(role, head) or modifier_fits(role, head):
        return True
    return any(word[:1].isupper() and word.lower() in (head, head + "ic") for word in role.split())


def modifier_fits(role: str, head: str) -> bool:
    """`the consultant` fits `consultant obstetrician at the unit`: a job's noun (TITLE_WORDS)
    modifying the role's head noun names the role too (`the bank` of `bank manager` does not)."""
    if head not in TITLE_WORDS:
        return False
    words = role.lower().replace(",", " ").split()
    nouns = role_nouns(role.lower())
    return any(a == head and b in nouns for a, b in zip(words, words[1:], strict=False))


def rank_fits(role: str, head: str) -> bool:
    """A rank of a title (_RANK_NOUNS) gives the noun: `Det Insp` fits `the officer` and `the
    detective`, `Capt.` fits `the pilot`; `Dr` fits neither."""
    for word in role.split():
        nouns = _RANK_NOUNS.get(word.lower().rstrip("."))
        if nouns is not None and head in nouns:
            return True
    return False


def listed_person_noun(head: str) -> bool:
    """A noun some kind lists (`student`, `physician`, `prosecutor`): one for a person."""
    return head in _NEAR_PERSON or head in _NARROWER_PERSON


def of_another_kind(role: str | None, head: str) -> bool:
    """The role's nouns, in any case, hold one a kind lists that is not of the noun's kind:
    `family doctor` for `the student` (a doctor is not a student); not `Co-author` (no kind
    lists it)."""
    if not role:
        return False
    near = near_person_nouns(head)
    return any(noun in _NEAR_PERSON and noun not in near for noun in role_nouns(role.lower()))


def does_after(masked: str, end: int, head: str) -> bool:
    """Right after a name ending at `end` the text says the person does what `head` names one
    for doing: `MacLeod keeps a logbook` for `keeper`, `Ruiz bakes` for `baker`, `Ivo keeps
    bees` for `beekeeper` (the object, singular, before the doer's noun)."""
    match = _DOES.match(masked, end)
    if match is None:
        return False
    nouns = agent_nouns(match.group(1))
    if head in nouns:
        return True
    thing = match.group(2)
    if thing is None or not head.startswith(thing[:-1] if thing.endswith("s") else thing):
        return False
    return any(head in (thing + noun, thing[:-1] + noun) for noun in nouns)


def agent_nouns(verb: str) -> tuple[str, ...]:
    """`publishes` -> (`publisher`, ...): the nouns of one who does it, by the regular endings."""
    stem = verb[:-2] if verb.endswith(("shes", "ches", "sses", "xes")) else verb[:-1]
    if stem.endswith("e"):
        return (stem + "r", stem[:-1] + "or")  # `produces` -> producer, `operates` -> operator
    return (stem + "er",)


def body_opening_role(role: str, head: str) -> str | None:
    """`Kwoyanx First Nation Chief` and `nation` -> `Kwoyanx First Nation`: the capitalised
    words opening the role up to the last that is the noun, with an `of` name after it
    (`Athlone Chamber of Commerce chief executive` and `chamber` -> `Athlone Chamber of
    Commerce`); None when it is not among them."""
    words = role.split()
    end = 0
    for k, word in enumerate(words):
        if not word[:1].isupper():
            break
        if word.lower() == head:
            end = k + 1
    return " ".join(words[: name_through_of(words, end)]) if end > 1 else None


# The capitalised words (six at most) written right before a role: `Kwoyanx First ` of
# `Kwoyanx First Nation Chief X` when the role was read as `Nation Chief`.
_CAPITALS_BEFORE: Final = re.compile(r"(?:[A-Z][\w'’.-]* ){1,6}$")
_CAPITALS_BACK: Final = 80


def capitals_before(masked: str, start: int) -> str:
    """The run of capitalised words that ends right before `start` (with its last space), or
    "": `Kwoyanx First ` before `Nation Chief X`."""
    match = _CAPITALS_BEFORE.search(masked, max(0, start - _CAPITALS_BACK), start)
    return match.group() if match is not None else ""


# Nouns that hold a post in a body (`the federation chief`, `the Falcons coach`): a description
# `the <body> <noun>` looks for the holder of that post of that body (see role_bodies).
POST_NOUNS: Final = frozenset(
    "chief leader head boss chair chairman chairwoman chairperson coach manager director owner "
    "president secretary captain".split()
)
# Posts an article calls by more than one noun (`X, who leads the federation,` is `the
# federation chief`, `X, who runs the port,` `the port boss`): read only for a post of a body
# (not _PERSON_KINDS: `the chair` or `the head` alone is often no person).
_POST_KINDS: Final = (
    frozenset("chief leader head boss".split()),
    frozenset("chair chairman chairwoman chairperson".split()),
)
_NEAR_POST: Final = {word: kind for kind in _POST_KINDS for word in kind}


# The heads of a body whatever their title, all `the X boss`: `the KRA boss` of the
# authority's `general manager`, `the Acme boss` of its `chief executive`.
_BOSS_POSTS: Final = frozenset(
    "chief leader head boss manager executive ceo director director-general president chairman "
    "chairwoman chairperson chair commissioner".split()
)


def post_of_kind(role: str, head: str) -> bool:
    """`leader of the federation` is of `the federation chief`'s post; `Tidemen coach` of `the
    Corsairs coach`'s (a noun no post kind lists, or a person kind: see role_of_kind); any
    head's post of `the X boss` (_BOSS_POSTS)."""
    nouns = role_nouns(role.lower())
    if head == "boss" and not _BOSS_POSTS.isdisjoint(nouns):
        return True
    near = _NEAR_POST.get(head)
    return not near_person_nouns(head).isdisjoint(nouns) or (
        near is not None and not near.isdisjoint(nouns)
    )


_BODY_AFTER: Final = frozenset("of at for with".split())  # `leader of the federation`


@lru_cache(maxsize=4096)
def role_bodies(role: str) -> frozenset[str]:
    """The words of a role that name whose post it is, in lower case: the capitalised ones that
    are no title and those after `of`, `at` or `for`: `leader of the federation` ->
    {federation}; `Falcons coach` -> {falcons}; `head coach` -> {} (a post of no body named)."""
    found: set[str] = set()
    after = False
    for word in role.replace(",", " ").split():
        key = word.lower()
        if key in _BODY_AFTER:
            after = True
        elif key != "the" and (after or (word[:1].isupper() and key not in TITLE_WORDS)):
            found.add(key.removesuffix("’s").removesuffix("'s"))
    return frozenset(found)
