"""What the registry keeps about a speaker, and the words that tell a body from a person."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from api.parser.quote_members import gathered_members, member_bodies, member_stem
from api.parser.quote_names import demonym
from api.parser.quote_orgs import firm_nouns, last_name_word, lowered_words
from api.parser.quote_people import Mention
from api.parser.quote_role_initials import own_words
from api.parser.quote_roles import ORG_HEAD, head_noun, premises_keepers, titled
from api.parser.quote_title_bodies import name_opens_role
from api.parser.quote_words import FAMILY_WORDS, POST_NOMINALS, TITLE_WORDS, TITLES_OF_ADDRESS

Method = Literal["explicit", "pronoun", "surname", "carried over"]
AGED: Final = re.compile(r",\s+\d{1,3},")  # an age after a name: only people have one
# Roles that, written before a single name, describe a body: "game developer Vantor".
_BODY_ROLES: Final = frozenset("developer site website platform app service outlet studio".split())
_ABBREVIATED = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general"}
_ABBREVIATED |= {"prof.": "professor", "dr.": "doctor", "ceo": "chief executive"}


@dataclass(slots=True)
class Entry:
    """What the article says about one speaker; roles and gender fill in as the text goes."""

    name: str
    kind: Literal["person", "organisation"]
    role: str | None = None
    gender: str | None = None
    guessed: bool = False  # a lone unknown capital taken for a body: "Ruiz told the council"
    noun: str | None = None  # a body's kind from its appositive: "X, a volunteer group," -> group
    label: str | None = None  # a body's kind from a label opening a sentence: "Rescue charity X"

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(
        self,
        name: str,
        kind: Literal["person", "organisation"],
        role: str | None = None,
        gender: str | None = None,
        guessed: bool = False,
        noun: str | None = None,
        label: str | None = None,
    ) -> None:
        self.name = name
        self.kind = kind
        self.role = role
        self.gender = gender
        self.guessed = guessed
        self.noun = noun
        self.label = label


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
# (about 0.2 us a field); one is made per resolved clause, and none is changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Resolved:
    """Who a clause names: `name` None means it names nobody we can know (`the man wrote`);
    `refused` says a rule read the clause and found no one on purpose (see no_one), not that
    nothing was found."""

    name: str | None
    method: Method | None
    refused: bool

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(self, name: str | None, method: Method | None, refused: bool = False) -> None:
        self.name = name
        self.method = method
        self.refused = refused


# What a rule that answers with a name (`str | None`) returns for "no one, on purpose": an
# empty name, never a speaker's (None stays "nothing found"; see no_one).
NO_ONE: Final = ""


def no_one() -> Resolved:
    """`the union's statement said` of no union named -> no one, on purpose: a rule read the
    description and rejected every candidate (a noun no one named carries, someone kept
    unnamed, a post never given), which no last resort may overrule; `Resolved(None, None)`
    is "nothing found"."""
    return Resolved(None, None, True)


def organisation_role(role: str) -> bool:
    """`game developer`, `whistleblowing site`, `the retailer`: a role only a body has here."""
    head = head_noun(role)
    return head in _BODY_ROLES or bool(ORG_HEAD.fullmatch(head))


def people_noun(masked: str, mention: Mention) -> bool:
    """`Officials`, `Analysts`: a plural role, not a name (`the Chiefs` may be a team's)."""
    word = mention.name
    if len(word) < 5 or not word.endswith("s"):
        return False
    if not titled(word[:-1]) and not demonym(word[:-1]):  # `Republicans`, `Canadians`
        return False
    return not masked[max(0, mention.start - 4) : mention.start].lower().endswith("the ")


@lru_cache(maxsize=4096)  # (asked of every `the <role>` and of each new role: few distinct)
def role_head(role: str) -> str:
    """`Gov.` -> `governor`, `Acme CEO` -> `chief executive`: a role's last word, spelt out."""
    last = role.split()[-1].lower()
    last = _ABBREVIATED.get(last, last)
    return TITLES_OF_ADDRESS.get(last, last)


# A business role's letters, spelt out as the role is written: `the CFO` of `chief financial
# officer X` (and `the CEO` of `chief executive X`, whose head word alone is no match).
_SPELT_OUT: Final = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
}


@lru_cache(maxsize=4096)
def _role_heads(role: str) -> tuple[str, ...]:
    """A role's last word, and its head noun when `of` follows that noun: `director of services
    for planning` -> (`planning`, `director`). Only `of` right after the head: `an analyst at
    Bramwell Partners` says where he works (the last name written may be `the analyst`), and the
    `Institute of` in `a biologist at the Hainan Institute of Oceanography` is the body's. A
    family word before `and` and an office is both (`daughter and priest`: `her daughter`, `the
    vicar`)."""
    lowered = role.lower()
    field_title = _title_for(role)
    if field_title is not None:
        return (role_head(role), field_title)
    if " of " not in lowered and " and " not in lowered:
        branch = _rank_branch(role)
        # (most roles: no `of` or `and`, so no head noun to read)
        return (role_head(role), branch) if branch else (role_head(role),)
    if name_opens_role(role) is not None:
        return (role_head(role),)  # `Bank of England governor`: the `of` is the body's name's
    head = head_noun(role)
    # (`head of the Red Lion Inn` is `the landlord` too: see premises_keepers; `president of the
    # student union` is `the student`: see gathered_members)
    keepers = premises_keepers(role) + gathered_members(role)
    if f"{head} of " not in lowered and not (_both(head, role) and f"{head} and " in lowered):
        return (role_head(role), *keepers)
    return (role_head(role), role_head(head), *keepers)


def _title_for(role: str) -> str | None:
    """`Minister for Energy, Water and Mines` -> `minister`, `Spokesperson for Health` ->
    `spokesperson`, `campaigner for clean rivers` -> None: a capitalised title before its field's
    `for` is the role's head (a reader's `the minister said`)."""
    at = role.find(" for ")
    if at < 0:
        return None
    title = role[:at].rsplit(" ", 1)[-1]
    key = title.lower()
    return key if title[:1].isupper() and key in TITLE_WORDS else None


def _rank_branch(role: str) -> str | None:
    """`Detective Inspector` -> `detective`, `Detective Sergeant` -> `detective`, `senior
    detective inspector`, `Head of News` -> None: a rank of two capitalised title words, the
    first naming its branch, is `the detective` too (a reader's `the detective said`)."""
    words = role.split()
    if len(words) != 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return None
    first = words[0].lower()
    return first if first in TITLE_WORDS and words[1].lower() in TITLE_WORDS else None


def _both(head: str, role: str) -> bool:
    """`daughter and priest`, `housing spokesperson and TD`: a family word, or a role before a
    parliament's office (see with_office), is one of two things the person is."""
    return head in FAMILY_WORDS or role.endswith(_OFFICES)


# The offices post-nominal letters say (`TD`, `MP`), as with_office writes them after `and`.
_OFFICES: Final = tuple(
    f" and {office}" for office in POST_NOMINALS.values() if office and office.isupper()
)


class EntryWords:
    """Every word by which an entry of the registry could answer `the <head>` (`_entry_called`):
    its name's words in lower case, its noun, its role's heads. Only added to, as entries are
    added and their role or noun filled in, so a head none of them holds answers no entry, and
    the walk over the known entries is skipped (`the publisher` of ever new `X, which publishes
    Y`: the walk found nothing, entry by entry, for every description). The entries are read
    when first asked after a change (most articles never ask: they pay a list's append)."""

    __slots__ = ("names", "nouns", "roles", "members", "places", "_pending")

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.nouns: set[str] = set()
        self.roles: set[str] = set()
        self.members: set[str] = set()  # the bodies roles say their holders are members of
        self.places = EntryPlaces()  # (told of the same entries: see EntryPlaces)
        self._pending: list[Entry] = []

    def add(self, entry: Entry) -> None:
        """A new entry, or one whose role or noun was filled in since it was added."""
        # (a new person whose role the same note fills in is added twice running: the words are
        # read as the entry stands when next asked, so once is enough)
        if not self._pending or self._pending[-1] is not entry:
            self._pending.append(entry)
        self.places.told.append(entry)  # (told each time: it reads when it is asked)

    def may_answer(self, naming: frozenset[str], head: str) -> bool:
        """Whether some entry may be a body named by `naming` (its name holds one of the
        words), or have the noun `head`, or a role `same_role` finds `head` in.

        The entries changed since last read are read only when the words read so far do not
        answer: the words only grow, and each change is pending until read, so a yes from them
        is the yes all would give, and a no is given only with every entry's words as it now
        stands (`the spokeswoman` of ever new `A X spokeswoman, Y,`: no new role read for it).
        """
        if not naming.isdisjoint(self.names) or head in self.nouns or head in _SPELT_OUT:
            return True
        role = role_head(head)  # (each read once: asked again below)
        if role in self.roles:
            return True
        stem = member_stem(head)
        if stem in self.members:
            return True
        if not self._pending:
            return False
        self._read_pending()
        return (
            not naming.isdisjoint(self.names)
            or head in self.nouns
            or role in self.roles
            or stem in self.members
        )

    def _read_pending(self) -> None:
        """The words of the entries added or changed since last asked (a name never changes
        after it is entered; a role or noun is read as it is now)."""
        for entry in self._pending:
            self.names.update(lowered_words(entry.name))  # (`Residents’` as `residents`)
            if entry.role:
                self.roles.update(_role_heads(entry.role))
                self.members.update(member_bodies(entry.role))
            if entry.noun is not None:
                self.nouns.update(firm_nouns(entry.noun))
            if entry.label is not None:
                self.nouns.add(entry.label)
        self._pending.clear()


class EntryPlaces:
    """The registry's entries by their place in the order they were entered: the places of
    those given a role, and of those whose name ends with each ending after a word (`Harrowfield
    Rovers` under `Rovers`). A walk over the latest entries for a role's holder, or for the body
    a short form ends (`_roled_people`, `_fuller_body`), visits those alone (`the publisher` of
    ever new `X Games, which publishes Y`: every quote walked the latest entries, none with a
    role). Told of the entries as EntryWords is (each new one, in the order entered, and each
    whose role was filled in), read when first asked after a change; a role is never taken
    away, and a name never changes."""

    __slots__ = (
        "told",
        "_names",
        "_place",
        "_roled",
        "_roled_names",
        "_endings",
        "_ended",
        "_lasts",
    )

    def __init__(self) -> None:
        # the entries told since last read (appended to by EntryWords.add: most articles never
        # ask, and pay the append alone)
        self.told: list[Entry] = []
        self._names: list[str] = []  # place -> name
        self._place: dict[str, int] = {}
        self._roled: list[int] = []  # the places of the entries with a role, in order
        self._roled_names: list[str] = []  # (their names, in the same order)
        self._endings: dict[str, list[int]] = {}  # `Rovers` -> places of `... Rovers`, in order
        self._ended = 0  # how many names (from the first) _endings holds (read when asked)
        self._lasts: dict[str, list[int]] = {}  # `homes` -> places of `... Homes`, in order

    def roled_since(self, first: int) -> Iterator[str]:
        """The names of the entries with a role at place `first` or later, latest first."""
        if self.told:
            self._read_told()
        return reversed(self._roled_names[bisect_left(self._roled, first) :])

    def last_word_since(self, word: str, first: int) -> Iterator[str]:
        """The names whose last word is `word` (in lower case, see last_name_word) at place
        `first` or later, latest first (`the operator` of ever new `X Co. W.L.L.`: the latest
        entries walked, one by one, for a name ending in `Rail` that none was)."""
        if self.told:
            self._read_told()
        places = self._lasts.get(word)
        if not places:
            return iter(())
        names = self._names
        return map(names.__getitem__, reversed(places[bisect_left(places, first) :]))

    def ending_before(self, name: str, first: int) -> Iterator[str]:
        """The names ending with ` <name>` entered before `name` and at place `first` or later,
        latest first; none when `name` is not entered at `first` or later."""
        if self.told:
            self._read_told()
        place = self._place.get(name)
        if place is None or place < first:
            return iter(())
        names = self._names
        for k in range(self._ended, len(names)):
            entered = names[k]
            at = entered.find(" ")
            while at >= 0:  # (`A B C`: under `B C` and `C`)
                self._endings.setdefault(entered[at + 1 :], []).append(k)
                at = entered.find(" ", at + 1)
        self._ended = len(names)
        places = self._endings.get(name, [])
        end = bisect_left(places, place)
        return map(names.__getitem__, reversed(places[bisect_left(places, first, 0, end) : end]))

    def _read_told(self) -> None:
        """The entries added or given a role since last read (read as they stand now)."""
        for entry in self.told:
            place = self._place.get(entry.name)
            if place is None:
                place = self._place[entry.name] = len(self._names)
                self._names.append(entry.name)
                self._lasts.setdefault(last_name_word(entry.name), []).append(place)
            if entry.role:
                roled = self._roled
                k = bisect_left(roled, place)
                if k == len(roled) or roled[k] != place:
                    roled.insert(k, place)
                    self._roled_names.insert(k, entry.name)
        self.told.clear()


def same_role(role: str, head: str) -> bool:
    """`the governor` of `Gov. X`; `the director` of `director of services for planning, X`
    (the noun before the role's `of`); `the CFO` of `chief financial officer X` and of `X, chief
    financial officer of Y,` (not of `police officer X`: the whole spelt-out role must end the
    role's own words, see own_words)."""
    wanted = role_head(head)
    # (the role's own last word is the first of its heads: a role first met, as most new entries'
    # are, answers without reading its head noun, title field or rank)
    if wanted == role_head(role) or wanted in _role_heads(role):
        return True
    stem = member_stem(head)
    if stem is not None and stem in member_bodies(role):
        return True  # `the assemblyman` of `Assembly Member for the Kade Area X`
    spelt = _SPELT_OUT.get(head)
    if spelt is None:
        return False
    spelt = spelt.removesuffix(" officer")  # `chief executive` or `chief executive officer`
    role = " ".join(own_words(role.lower())).removesuffix(" officer")
    return role == spelt or role.endswith(" " + spelt)
