"""A body named in full as its clause's subject: past its owner, organ, branch or unit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from api.parser.quote_people import Mention

# `The health ministry’s `: a possessive owner in lower case right before a body's name.
_LOWER_OWNER: Final = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*(?:['’]s|s['’]) $"
)
_OWNER_REACH: Final = 60  # (`The `, three words and a possessive's ending)


def lowercase_owner_start(masked: str, start: int) -> int:
    """`The health ministry’s Health Services Division, ..., said` -> where `The` stands: a
    body's name after an owner written in lower case opens its clause at the owner's article;
    -1 when no such owner stands right before `start`."""
    found = _LOWER_OWNER.search(masked, max(0, start - _OWNER_REACH), start)
    return found.start() if found is not None else -1


# A body's own organ in lower case after its name: `The X Irrigation District board said`.
_ORGANS: Final = frozenset("board council committee management leadership secretariat".split())
# ...and the words that may stand before the organ (`executive committee`, `governing board`).
_ORGAN_MODIFIERS: Final = frozenset("executive governing management national central".split())


def organ_after(between: str) -> bool:
    """` board `, ` executive committee ` (the text between a body's name and its verb) -> True:
    the body's organ speaks as the body; ` board chairman `, ` spokesman ` -> False (a person,
    whose name is looked for elsewhere)."""
    words = between.split()
    if not words or len(words) > 2 or words[-1] not in _ORGANS:
        return False
    return len(words) == 1 or words[0] in _ORGAN_MODIFIERS


# `The FCT chapter of the `: a branch of the body named next, opening the sentence.
_BRANCH_OF: Final = re.compile(
    r"\s*(?:The|Its|Their) (?:[\w.'’-]+ ){0,3}"
    r"(?:chapter|branch|wing|arm|section|local|affiliate|zone|unit|division) of (?:the )?"
)
# A body's initials in brackets after its name: ` (NUT) `.
_INITIALS_AFTER: Final = re.compile(r"\s*\([A-Z]{2,}\)\s*")


def branch_of_body(masked: str, mention: Mention, verb_start: int, sentence_start: int) -> bool:
    """`The FCT chapter of the Nigeria Union of Teachers (NUT) said` -> True at the union: a
    branch of a body by `The ... chapter of <Body>`, its initials at most between the name and
    the verb, speaks as the body (`The chairman of the union said`: no branch's noun)."""
    if mention.kind != "org" or mention.possessive:
        return False
    if _BRANCH_OF.fullmatch(masked, sentence_start, mention.start) is None:
        return False
    between = masked[mention.end : verb_start]
    return not between.strip() or _INITIALS_AFTER.fullmatch(between) is not None


# The last word of a body's unit set off by commas after the body: `, FCT Council,`.
_UNIT_WORDS: Final = frozenset(
    "council chapter branch zone wing division local section unit".split()
)


def apposed_branch(masked: str, near: Sequence[Mention], k: int, verb_start: int) -> Mention | None:
    """`The Nigeria Labour Congress (NLC), FCT Council, said` -> the congress at `FCT Council`
    (near[k]): a unit's name set off by commas right after a body's name (and its initials)
    names the body's branch, and the body speaks; None for any other (`Acme, the city's
    largest employer, said` has no unit's name; the caller checks the body opens the clause)."""
    mention = near[k]
    if k == 0 or mention.kind != "org" or masked[mention.end : verb_start].strip() != ",":
        return None
    if mention.name.rsplit(None, 1)[-1].lower() not in _UNIT_WORDS:
        return None
    before = near[k - 1]
    if (
        masked[before.end : mention.start] == "), "
        and masked[before.start - 1 : before.start] == "("
    ):
        if k < 2 or masked[near[k - 2].end : before.start] != " (":
            return None
        before = near[k - 2]  # (the initials in brackets: the body's name before them)
    elif masked[before.end : mention.start] != ", ":
        return None
    if before.kind != "org" or before.possessive or " " not in before.name:
        return None
    return before
