"""People by a noun their introduction never used: `Her cousin, X Y, said three of his cattle had
strayed. “...,” the herdsman said` (X Y); `the academic said` of `<University> economist X Y`.

A reader who meets `the <noun> said` for a person's noun (a role, trade or standing) that names
no body and no one introduced by it takes the person the text has just been about: the subject of
the latest sentence naming someone (the cue's paragraph, else the one before), the first person
it names whom nothing the text says contradicts (the other sex, a different trade stated, an age
below a standing's least). A noun that may call a body (`the contractor`) stays with bodies.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_kinds import POST_NOUNS, fits_role, of_another_kind, role_nouns
from api.parser.quote_words import FAMILY_WORDS, FORMER_WORDS, TITLE_WORDS, TRADE_WORDS

# Common nouns for a person by work, post or standing that neither an agent ending (-er, -or,
# -ist, -ian, -ee) nor `-man` shows, which no body is called by: `the academic said`, `the
# chief said`, `the parent said`, `the midwife said`.
BARE_PERSON_NOUNS: Final = frozenset(
    """
    academic chief parent grandparent medic cleric mechanic diplomat veteran expert graduate
    midwife neighbour neighbor
    """.split()
)
# Nouns of standing or relation, not of a trade: no trade stated contradicts them (`the parent`
# of `X, an architect whose two sons attend the school`; `the pensioner` of a retired teacher).
STANDING_NOUNS: Final = frozenset(
    """
    parent grandparent pensioner retiree veteran neighbour neighbor resident local villager
    tenant homeowner
    """.split()
)
# Nouns for someone by a post of no named kind, which only a person the text gave a post takes
# (`the official replied` of `The ministry's assistant undersecretary, Dr X Y,`; not of a
# resident given no role).
POSTED_NOUNS: Final = frozenset({"official"})
# The endings of a noun for one person by what they practise or study, read as a person's
# without a list (`the apiarist`, `the librarian`, `the nominee`); bodies of the same shape
# (`the committee`) are the caller's exclusion. `-er`/`-or` are left out: a doer's noun calls a
# body as often (`the contractor`, `the developer`, `the regulator`).
_PERSON_ENDINGS: Final = ("ist", "yst", "ian", "ee")
# The least length of such a noun: `list`, `fee`, `bee` are no one's.
_PERSON_SHAPE_LEAST: Final = 6
# Standing nouns that say the person no longer works: a trade held now contradicts them (`X, a
# nurse at the hospital,` is no retiree; `a retired nurse` is).
RETIRED_NOUNS: Final = frozenset({"retiree", "pensioner"})
# A sentence opening on a person's subject pronoun goes on about the person named before it
# (`He has since fitted trackers. "...," the apiarist said`): the text has not moved on.
_PRONOUN_OPENING: Final = re.compile(r"\s*(?:He|She) ")
# A name set after another's possessive and a family word: `X Y, 81, and his wife, Z,` (Z is
# named as X's kin; the sentence is about X).
_KIN_APPOSED: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:" + "|".join(sorted(FAMILY_WORDS)) + r"),? $"
)
_KIN_REACH: Final = 24  # (`and his grandmother, ` and shorter)
# The lead's unnamed subject: an article word, at most two modifiers, the noun, opening the
# article (`A hospital porter accused of theft denied the charges`).
_LEAD_OPENING: Final = re.compile(r"\s*(?:A|An|One) (?:[a-z-]+ ){0,2}$")
# The next paragraph names that subject by a definite noun in apposition: `The accused, X Y,`.
_RENAMED: Final = re.compile(r"\s*The [a-z]+(?:[ -][a-z]+)?, ")
_RENAMED_REACH: Final = 8  # (a style of address between the comma and the name: `Dr `)
# A verb of going somewhere right before a name: the name is the place (`visited Rock Harbour`).
_VISITED: Final = re.compile(r"\b(?:visited|visiting|toured|touring|reached|arrived in) $")
_VISITED_REACH: Final = 14
# A name opening its paragraph before a spaced dash is a dateline's place (`Kota Baru - Two
# city buses ...`), in any case.
_DATELINE_DASH: Final = re.compile(r",?(?: \([A-Za-z]+\))? [-–—] ")
# The pronouns of each sex a sentence may say of the one person it names (`X opens the bakery
# for her first customers`).
_SEX_PRONOUNS: Final = (
    ("f", re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")),
    ("m", re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b")),
)


def person_shaped(head: str) -> bool:
    """`apiarist`, `librarian`, `analyst`, `trustee` -> True; `grazier`, `list`, `fee` ->
    False: a noun whose ending is a person's (_PERSON_ENDINGS); the caller excludes bodies,
    documents and titles."""
    return len(head) >= _PERSON_SHAPE_LEAST and head.isalpha() and head.endswith(_PERSON_ENDINGS)


# A trade's doer: a noun for someone by the work they do for others, which a firm of that trade
# may be called by too (`the clearing agent`, `the entrepreneur`, `the grazier`); a person's when
# the text has just named one and no body of that trade (see Described._trade_person).
_DOER_ENDINGS: Final = ("er", "or", "eur")
# Doers' nouns of no doer's ending (`the estate agent said`).
BARE_DOER_NOUNS: Final = frozenset({"agent"})
# The shortest doer's noun read so: `user`, `doer`, `actor` are no trades.
_DOER_LEAST: Final = 6
# Title words that are a business someone runs, not an office held by appointment or election
# (`the entrepreneur` of the farmer who opened a coffee hut; `the governor`, `the commissioner`
# are the holders of an office, whom the article names with it).
BUSINESS_DOERS: Final = frozenset({"entrepreneur", "trader", "investor", "banker", "shopkeeper"})


def doer_shaped(head: str) -> bool:
    """`agent`, `entrepreneur`, `grazier`, `broker`, `plumber` -> True; `governor`, `user`,
    `agents`, `Agent` -> False: a singular lower-case noun for someone by a trade
    (_DOER_ENDINGS, BARE_DOER_NOUNS), not an office's title (TITLE_WORDS but a trade's or a
    business's); the caller leaves out bodies' kinds, things and documents."""
    if head in BARE_DOER_NOUNS:
        return True
    if head in TITLE_WORDS and head not in TRADE_WORDS and head not in BUSINESS_DOERS:
        return False  # (`the governor`: an office's holder, named with the title)
    return (
        len(head) >= _DOER_LEAST
        and head.isalpha()
        and head.islower()
        and (head.endswith(_DOER_ENDINGS))
    )


def name_holds(name: str, head: str) -> bool:
    """`Coastline Operators Ltd` holds `operator`, `Harbour Shipping Agency` holds `agent`
    (the word's stem, all but its last letter, opens a word of the name); `Freight Forwarders
    Association` does not hold `agent`: a body called by the noun through its own name."""
    stem = head[:-1]
    return any(word.lower().startswith(stem) for word in name.split())


def modifier_shaped(word: str, bodies: frozenset[str]) -> bool:
    """`veteran`, `longtime`, `local` (of `the veteran smelterman`) -> True; `union` (of `the
    union official`, a body's noun among `bodies`), `company's`, `Acme` -> False: one lower-case
    word before a person's noun that says a fact of the person, not whose they are."""
    return word.isalpha() and word.islower() and word not in bodies


def pronoun_led(masked: str, starts: list[int]) -> bool:
    """`He has since fitted trackers.` (each sentence opening at one of `starts`) -> True:
    every sentence before a cue goes on about a person by a subject pronoun; `Police said ...`
    -> False; no sentence -> False."""
    return bool(starts) and all(_PRONOUN_OPENING.match(masked, at) for at in starts)


def quote_only(masked: str) -> bool:
    """`“That's a year of work.”` (its quote masked) -> True: a paragraph of a speaker's carried
    words and nothing else, which names no one; `He said: “...”` -> False."""
    return not any(char.isalpha() for char in masked)


def pronoun_sex(masked: str, at: int) -> str | None:
    """`He has since ...` -> `m`, `She said ...` -> `f` (the sentence opening at `at`)."""
    found = _PRONOUN_OPENING.match(masked, at)
    if found is None:
        return None
    return "m" if found.group().strip() == "He" else "f"


# A sentence opening on a person named as the kin of someone by a possessive: `His wife, Z, ...`
# (the sex the possessive gives the one whose kin Z is).
_KIN_OPENING: Final = re.compile(r"\s*(His|Her) (?:" + "|".join(sorted(FAMILY_WORDS)) + r"),? $")
_OWNER_SEX: Final = {"His": "m", "Her": "f"}


def kin_opening(masked: str, sentence_start: int, name_start: int) -> str | None:
    """`His wife, Doreen, has ...` (Doreen at `name_start`) -> `m`: a sentence opening on a
    person named as someone's kin, the sex of that someone (the one the text is about);
    `Doreen, his wife, ...`, `The wife, Z,` -> None."""
    found = _KIN_OPENING.fullmatch(masked, sentence_start, name_start)
    return _OWNER_SEX[found.group(1)] if found is not None else None


def kin_apposed(masked: str, start: int) -> bool:
    """`X Y, 81, and his wife, Z` (Z at `start`) -> True; `Her cousin, Z,` opening its
    sentence -> also True (the caller asks it only of a name after another in its sentence)."""
    return _KIN_APPOSED.search(masked, max(0, start - _KIN_REACH), start) is not None


def work_nouns(lowered: str) -> frozenset[str]:
    """A lower-cased role's nouns (role_nouns) that say a work, not a standing or a kin:
    `nurse and mother of two` -> {`nurse`}."""
    return role_nouns(lowered) - STANDING_NOUNS - FAMILY_WORDS


def trade_contradicts(role: str | None, head: str) -> bool:
    """`teacher` stated for `the herdsman` -> True (a listed trade of another kind, see
    of_another_kind); `cybersecurity analyst` for `the chief` -> True (a post's noun,
    POST_NOUNS, and a role that holds no post and does not fit it); `economist` for `the
    academic`, any trade for `the parent` (a standing, STANDING_NOUNS) -> False; `nurse at the
    hospital` for `the retiree` -> True (a trade held now, see RETIRED_NOUNS)."""
    if head in RETIRED_NOUNS and role:
        # (`X, a nurse at the hospital,` works now; `X, a retired nurse,` does not)
        lowered = role.lower()
        held_now = FORMER_WORDS.isdisjoint(lowered.split())
        return held_now and bool(work_nouns(lowered))
    if not role or head in STANDING_NOUNS:
        return False
    if head in POST_NOUNS:
        # (`head of the nation` for `the chief`: a post of any noun may be called by another)
        nouns = work_nouns(role.lower())
        return bool(nouns) and nouns.isdisjoint(POST_NOUNS) and not fits_role(role, head)
    return of_another_kind(role, head)


def dashed_dateline(masked: str, start: int, end: int) -> bool:
    """`Kota Baru - Two city buses` (the name from `start` to `end`) -> True: a name opening
    its paragraph before a spaced dash is where the story was filed; `Ana Roe - a nurse`
    further in -> False."""
    return start == 0 and _DATELINE_DASH.match(masked, end) is not None


def sentence_sex(masked: str, start: int, end: int) -> str | None:
    """`f` for `X opens the bakery for her first customers` (the sentence from `start` to
    `end`, naming one person): the sex its pronouns all say; None for none or both (`Her
    cousin, Y, said three of his cattle had strayed`)."""
    said = [sex for sex, pattern in _SEX_PRONOUNS if pattern.search(masked, start, end)]
    return said[0] if len(said) == 1 else None


def visited_before(masked: str, start: int) -> bool:
    """`the minister visited Rock Harbour` (the name at `start`) -> True: a name right after a
    verb of going there is a place, whatever the mention finder read it as."""
    return _VISITED.search(masked, max(0, start - _VISITED_REACH), start) is not None


def lead_subject_opening(masked: str, end: int) -> bool:
    """`A hospital porter` (ending at `end`) opens the lead: the article's unnamed subject, whom
    it may name in the next paragraph (see renamed_opening); `Police said a driver` -> False."""
    return _LEAD_OPENING.fullmatch(masked, 0, end - len(masked[:end].split()[-1])) is not None


def renamed_opening(masked: str, name_start: int) -> bool:
    """`The accused, X Y, 39, is on trial` (X Y at `name_start`) -> True: a paragraph opening
    on a definite noun in apposition to a name names the lead's unnamed subject; `The court
    heard that X` -> False."""
    found = _RENAMED.match(masked)
    return found is not None and 0 <= name_start - found.end() <= _RENAMED_REACH


# A wedding's nouns for its couple are the spouse nouns its vows made (`the groom said` of `Her
# husband, X Y,`): the same person by the relation, read as the kin word.
WEDDING_SPOUSES: Final = {"groom": "husband", "bridegroom": "husband", "bride": "wife"}


def spelled_noun(words: list[str]) -> list[str] | None:
    """`the groom` -> `the husband`, `the bride` -> `the wife`; `the Groom` (a name), `a
    bride`, `the groom's mother` -> None: a definite two-word description whose noun a reader
    reads as the kin word the wedding made (WEDDING_SPOUSES)."""
    if len(words) != 2 or words[0].lower() != "the":
        return None
    kin = WEDDING_SPOUSES.get(words[1])
    return [words[0], kin] if kin is not None else None
