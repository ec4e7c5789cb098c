"""A person by the noun their introduction carries: `the registrar said` of `the Registrar of
the Board, Professor X Y, said`; `the farmer said` of `X Y, 58, who grows rice`.

A reader who meets `the <noun> said` looks back for the person whose introduction (the rest of
the sentence that first names them, between the people named before and after) wrote that noun
or a noun of its family (NOUN_FAMILIES, near kinds in lower case); the latest such person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from api.parser.calendar_words import CALENDAR_NAMES
from api.parser.quote_context import Paragraph
from api.parser.quote_kinds import near_person_nouns
from api.parser.quote_names import CHIEF_TITLES
from api.parser.quote_places import settlement_after

# Paragraphs looked back for the introduction (`the deputy auditor said` of `Deputy auditor
# general X` a dozen paragraphs before): the noun names one person, so it reaches further than
# a pronoun does.
INTRODUCED_BACK: Final = 12

# Nouns a description calls someone by whose introduction wrote another word of the family
# (read in any case): `the executive` of `X, the company's head of security,`; `the chief` of
# `Kgosi X` (a chief's title, see quote_names.CHIEF_TITLES); `the farmer` of `X, who grows rice`.
# A noun of a kind, not a trade's own word, is carried by the words of the kind: `the tradesman`
# of `X, an electrician`; `the pensioner` of `X, a retired sheep farmer`; `the fisherman` of `X,
# who has dredged the bay since 1988` (see _WORKED); a description of two words by a title it
# translates or a rank of its kind (`the village head` of `Sarpanch X`, `the police officer` of
# `SSP X`).
_TRADES: Final = (
    "plumber electrician welder roofer bricklayer plasterer glazier tiler joiner locksmith"
    " mechanic labourer laborer builder fitter"
)
_POLICE_RANKS: Final = "constable sergeant inspector superintendent ssp dsp asp sho dig igp"
# `the official` of one introduced by the post they hold at a body (`X, director of plant
# protection at the ministry,`; `X, who manages fisheries for the tribe,`).
_OFFICES: Final = (
    "director manager manages secretary commissioner administrator coordinator officer"
)
# `the businesswoman` of one introduced as who owns or runs a firm (`The company's director, X`).
_BUSINESS_POSTS: Final = "owner owns proprietor founder entrepreneur director"
NOUN_FAMILIES: Final = {
    "executive": ("head of", "chief executive", "managing director"),
    "chief": ("chief", *sorted(CHIEF_TITLES)),
    "farmer": ("grows", "farms"),
    **dict.fromkeys(
        ("tradesman", "tradeswoman", "tradie"),
        tuple(f"{trade}{end}" for trade in _TRADES.split() for end in ("", "s")),
    ),
    "pensioner": ("retired", "retiree", "retirees", "pensioners", "oap"),
    "fisherman": ("fisher", "fishers", "trawlerman", "trawlermen"),
    "village head": ("sarpanch", "headman", "village chief", "mukhiya", "pradhan"),
    "police officer": ("police", "policeman", "policewoman", *_POLICE_RANKS.split()),
    "official": ("head of", *_OFFICES.split()),
    **dict.fromkeys(
        ("businesswoman", "businessman", "businessperson"),
        ("chief executive", "managing director", *_BUSINESS_POSTS.split()),
    ),
}
# A kind's work written as a verb and the ground it works, not a figure of speech (`X, who has
# dredged the bay since 1988` is a fisherman; `who fished a body out of the lake`, `who fishes
# for compliments` is none).
_WORKED: Final = {
    "fisherman": re.compile(
        r"\b(?:fish|dredg|trawl)(?:e[sd]|ing|s)? (?:in |on |off )?(?:the |its |these )?"
        r"(?:[\w'-]+ )?(?:bay|sea|gulf|lake|river|reef|waters|coast|grounds|banks|loch"
        r"|harbour|harbor|estuary|lagoon)s?\b",
        re.I,
    ),
}
# The least age a status noun allows (`the pensioner` is no `X, 34,`, retired from football).
STATUS_AGES: Final = {"pensioner": 60, "retiree": 55}

# A child's nouns: the introduction gives an age under MINOR_AGE after the name (`Junior curler
# X Y, 15,` ... `the schoolgirl asked`) or one of the nouns themselves.
CHILD_NOUNS: Final = frozenset("schoolgirl schoolboy pupil".split())
MINOR_AGE: Final = 18
_CHILD_AGE: Final = re.compile(r", (\d{1,2}),")

# A person's noun of a sex: a child's, a family word's (see quote_words) and a compound of
# `-man` or `-woman` (`the fisherman`, `the tradeswoman`); not an office a woman may hold by
# the man's word (`Madam Chairman`).
_GENDERED_NOUNS: Final = {
    **dict.fromkeys(("schoolgirl", "mother", "grandmother"), "f"),
    **dict.fromkeys(("schoolboy", "father", "grandfather"), "m"),
}
_OFFICE_MEN: Final = frozenset("chairman spokesman congressman councilman alderman".split())


def noun_sex(noun: str) -> str | None:
    """`fisherman` -> `m`, `tradeswoman`, `grandmother` -> `f`; `chairman`, `farmer` -> None."""
    if noun in _GENDERED_NOUNS:
        return _GENDERED_NOUNS[noun]
    if noun.endswith("woman"):
        return "f"
    if noun.endswith("man") and noun not in _OFFICE_MEN and not noun.endswith("human"):
        return "m"
    return None


# A noun right after these is a body or thing the person works for or with, not the person's
# own (`a spokesman for the regulator`: no `the regulator`).
_OBJECT_BEFORE: Final = re.compile(r"\b(?:for|at|from|with|to|by|of|on) (?:the |a |an )?$", re.I)


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=256)
def family_pattern(head: str) -> re.Pattern[str]:
    """`farmer` -> a pattern for `Farmer(s)` in any case, `grows`, and its near kinds in lower
    case (`grower`; `Student Union President` is no `student`, see quote_kinds): the words an
    introduction may carry for someone a description calls by `head`."""
    own = {head, head + "s", *NOUN_FAMILIES.get(head, ())}
    near = {noun + ending for noun in near_person_nouns(head) - {head} for ending in ("", "s")}
    if not near:
        return re.compile(rf"\b(?i:{_alternatives(own)})\b")
    return re.compile(rf"\b(?:(?i:{_alternatives(own)})|{_alternatives(near)})\b")


def introduction(paragraph: Paragraph, at: int, end: int | None = None) -> str:
    """`In a statement, the Registrar of the Board, Professor ,` (`Ida Moll` left out): the
    sentence holding the mention at `at` between the people named before and after it, the
    name's own words left out (`Dunmore Magistrates` is no magistrate), cut at `end` (the
    description itself is no introduction); apostrophes written straight."""
    lo, hi = paragraph.sentence(at)
    if end is not None:
        hi = min(hi, end)
    own = None
    for mention in paragraph.mentions_between(lo, hi):
        if mention.kind != "person" or settlement_after(paragraph.masked, mention.end):
            continue  # (`of Orla Vale village Ann Roe`: a place, no one's introduction ends)
        if mention.start == at:
            own = mention
        elif mention.end <= at:
            lo = max(lo, mention.end)
        elif mention.start > at:
            hi = mention.start
            break
    masked = paragraph.masked
    if own is None or not lo <= own.name_start <= own.end <= hi:
        return masked[lo:hi].replace("’", "'")
    return (masked[lo : own.name_start] + masked[own.end : hi]).replace("’", "'")


def minor_introduced(stretch: str) -> bool:
    """`junior curler x y, 15, won` -> True; `, 58,` -> False: an age under MINOR_AGE."""
    return _age_below(stretch, MINOR_AGE)


def _age_below(stretch: str, least: int) -> bool:
    """`x, 34, retired` is below 60; `x, 81,` and no age are not."""
    age = _CHILD_AGE.search(stretch)
    return age is not None and int(age.group(1)) < least


def below_status_age(stretch: str, head: str) -> bool:
    """`x, 34, retired` for `pensioner` -> True; `x, 81,`, no age, or a noun of no least age
    (see STATUS_AGES) -> False."""
    least = STATUS_AGES.get(head)
    return least is not None and _age_below(stretch, least)


def carries(stretch: str, head: str) -> bool:
    """`X Y, 58, who grows rice` carries `farmer`; `X, a retired teacher` does not: the
    introduction writes the noun or one of its family (a child's noun: a minor's age too; a
    status noun: no age below its least), not as what the person works for (`a spokesman for
    the regulator`)."""
    if head in CHILD_NOUNS and minor_introduced(stretch):
        return True
    if below_status_age(stretch, head):
        return False
    worked = _WORKED.get(head)
    if worked is not None and worked.search(stretch) is not None:
        return True
    return any(
        _OBJECT_BEFORE.search(stretch, 0, found.start()) is None
        for found in family_pattern(head).finditer(stretch)
    )


def carried_starts(masked: str, head: str) -> list[int] | None:
    """`X Y, 58, a farmer, said ... X Z keeps cattle` for `farmer` -> [10]: where in the text
    (apostrophes written straight, as introduction writes them) the noun or one of its family
    starts, in order: an introduction that holds none of them does not carry the noun (see
    carries). None when carries may answer yes with none (a child's noun by a minor's age, a noun
    of _WORKED by a verb's phrase): each introduction must then be read."""
    if head in CHILD_NOUNS or head in _WORKED:
        return None
    text = masked.replace("’", "'")
    return [found.start() for found in family_pattern(head).finditer(text)]


def carries_phrase(stretch: str, phrase: str) -> bool:
    """`The department's spokesperson, ,` carries `department's spokesperson`: the whole
    description after `the`, its words in order, in any case (apostrophes written straight),
    or a word of its family (`Sarpanch of X village ,` carries `village head`)."""
    wanted = re.escape(phrase.replace("’", "'"))
    if re.search(r"(?<![\w'])" + wanted + r"\b", stretch, re.I) is not None:
        return True
    return phrase.lower() in NOUN_FAMILIES and carries(stretch, phrase.lower())


_POSSESSIVE: Final = ("'s", "’s")


def owned_description(words: list[str]) -> tuple[str | None, str] | None:
    """`the board's spokesman` -> (None, `spokesman`): a description owned by a common noun,
    read whole; `Vell's director` -> (`vell`, `director`): a noun owned by a name, which the
    introduction must name; None for any other (`the mayor`, `the board's report said`)."""
    if len(words) == 3 and words[0].lower() == "the" and words[1].endswith(_POSSESSIVE):
        return (None, words[2].lower()) if words[1].islower() else None
    if len(words) == 2 and words[0].endswith(_POSSESSIVE) and words[0][:1].isupper():
        return (words[0][:-2].lower(), words[1].lower()) if words[1].islower() else None
    return None


def names_owner(stretch: str, owner: str) -> bool:
    """`vell water director x y said` names `vell`; `the city's director` does not."""
    return re.search(rf"\b{re.escape(owner)}\b", stretch) is not None


_FROM: Final = "from"


def placed_description(words: list[str]) -> tuple[str, str] | None:
    """`The farmer from Erlin` -> (`farmer`, `Erlin`): a description's noun and the place it
    says the person is from; None for any other (`the farmer`, `the letter from Acme`)."""
    if len(words) < 4 or words[0].lower() != "the" or _FROM not in words[2:-1]:
        return None
    k = words.index(_FROM, 2)
    place = " ".join(words[k + 1 :])
    if not place[:1].isupper() or not words[k - 1].islower():
        return None
    return words[k - 1], place


# Nouns for someone by where they live, after `the` and a place's name: `said the Cheras
# resident`, `the Tralee native told`.
_RESIDENT_AFTER: Final = re.compile(r" (?:resident|native|local)\b")


def placed_resident(masked: str, start: int, end: int) -> bool:
    """`said the Orla resident` (the name `Orla` from `start` to `end`) -> True: `the`, a place
    and a noun for one who lives there describe a person, never the place; `the Orla council`
    -> False."""
    return (
        masked.endswith(("the ", "The "), 0, start)
        and _RESIDENT_AFTER.match(masked, end) is not None
    )


# A sentence opened by where it happens: `Back in Merizo, `, `In Talofofo, `, `At home in
# Umatac, ` (capitalised words after `in`, then a comma).
_FRONTED_PLACE: Final = re.compile(
    r"(?:Back |Back home |At home )?(?:[Ii]n|[Aa]t) ((?:[A-Z][\w'’-]* ?){1,3}), "
)


def fronted_place(masked: str, start: int, end: int) -> str | None:
    """`Back in Merizo, the grandmother said` (the sentence from `start`) -> `Merizo`; `In
    2019, she said`, `In March, she said`, `Afterwards, she said` -> None."""
    found = _FRONTED_PLACE.match(masked, start, end)
    if found is None or found.group(1).split()[0].lower() in CALENDAR_NAMES:
        return None  # (`In December, `: a time)
    return found.group(1).strip()
