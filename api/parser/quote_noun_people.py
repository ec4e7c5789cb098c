"""People by a noun their introduction never used: `Her neighbour, X Y, said two of his goats had
drowned. “...,” the herdsman said` (X Y); `the academic said` of `<University> economist X Y`.

A reader who meets `the <noun> said` for a person's noun (a role, trade or standing) that names
no body and no one introduced by it takes the person the text has just been about: the subject of
the latest sentence naming someone (the cue's paragraph, else the one before), the first person
it names whom nothing the text says contradicts (the other sex, a different trade stated, an age
below a standing's least). A noun that may call a body (`the contractor`) stays with bodies.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_kinds import of_another_kind
from api.parser.quote_words import FAMILY_WORDS

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
# of `X, a dentist whose three children attend the school`; `the pensioner` of a retired teacher).
STANDING_NOUNS: Final = frozenset(
    """
    parent grandparent pensioner retiree veteran neighbour neighbor resident local villager
    tenant homeowner
    """.split()
)
# A name set after another's possessive and a family word: `X Y, 74, and his wife, Z,` (Z is
# named as X's kin; the sentence is about X).
_KIN_APPOSED: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:" + "|".join(sorted(FAMILY_WORDS)) + r"),? $"
)
_KIN_REACH: Final = 24  # (`and his grandmother, ` and shorter)
# The lead's unnamed subject: an article word, at most two modifiers, the noun, opening the
# article (`A traffic examiner accused of taking bribes denied ...`).
_LEAD_OPENING: Final = re.compile(r"\s*(?:A|An|One) (?:[a-z-]+ ){0,2}$")
# The next paragraph names that subject by a definite noun in apposition: `The defendant, X Y,`.
_RENAMED: Final = re.compile(r"\s*The [a-z]+(?:[ -][a-z]+)?, ")
_RENAMED_REACH: Final = 8  # (a style of address between the comma and the name: `Dr `)


def bare_person_noun(head: str) -> bool:
    """`academic`, `chief` -> True; `contractor`, `company` -> False (see BARE_PERSON_NOUNS)."""
    return head in BARE_PERSON_NOUNS


def kin_apposed(masked: str, start: int) -> bool:
    """`X Y, 74, and his wife, Z` (Z at `start`) -> True; `Her neighbour, Z,` opening its
    sentence -> also True (the caller asks it only of a name after another in its sentence)."""
    return _KIN_APPOSED.search(masked, max(0, start - _KIN_REACH), start) is not None


def trade_contradicts(role: str | None, head: str) -> bool:
    """`teacher` stated for `the herdsman` -> True (a listed trade of another kind, see
    of_another_kind); `economist` for `the academic`, any trade for `the parent` (a standing,
    STANDING_NOUNS) -> False."""
    return head not in STANDING_NOUNS and of_another_kind(role, head)


def lead_subject_opening(masked: str, end: int) -> bool:
    """`A traffic examiner` (ending at `end`) opens the lead: the article's unnamed subject, whom
    it may name in the next paragraph (see renamed_opening); `Police said a driver` -> False."""
    return _LEAD_OPENING.fullmatch(masked, 0, end - len(masked[:end].split()[-1])) is not None


def renamed_opening(masked: str, name_start: int) -> bool:
    """`The defendant, X Y, 46, is on trial` (X Y at `name_start`) -> True: a paragraph opening
    on a definite noun in apposition to a name names the lead's unnamed subject; `The court
    heard that X` -> False."""
    found = _RENAMED.match(masked)
    return found is not None and 0 <= name_start - found.end() <= _RENAMED_REACH
