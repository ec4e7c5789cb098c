"""Someone brought in unnamed (`A 24-year-old woman, who asked ..., said`, `A buyer, who spoke
on condition of anonymity, said`), whom a later `she` or `he` stands for: no one to name, not
the person of that sex named before."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from api.parser.quote_context import Paragraph
from api.parser.quote_roles import head_noun, titled
from api.parser.quote_words import FEMALE_WORDS, HONORIFICS, MALE_WORDS

_INDEFINITES: Final = frozenset({"a", "an", "one", "another"})
# A sex's nouns for an unnamed person, a spokesperson's aside: `a spokeswoman` speaks for a body.
_SEXED_NOUNS: Final = {
    **{word: "m" for word in MALE_WORDS if not word.startswith("spokes")},
    **{word: "f" for word in FEMALE_WORDS if not word.startswith("spokes")},
}
# The sex of an unnamed person whose noun has none (`a student`): a later `he` or `she` gives it.
ANY_SEX: Final = "?"
# Nouns for someone met in the news who hold no job word (the job words are `titled`'s):
# `A buyer for one of the merchants said`, `One villager said`.
_PERSON_NOUNS: Final = frozenset(
    """
    buyer seller bystander onlooker passer-by passerby villager local parent motorist driver
    employee staffer tenant patient visitor guest caller pupil relative mourner protester
    protestor demonstrator eyewitness person
    """.split()
)
# Words that open a sentence before its subject: `However, a second-year student said`.
_OPENERS: Final = re.compile(r"(?:(?:however|but|and|meanwhile|still|yet|elsewhere),?\s+)?", re.I)
# An aside that withholds the person's name (`, who spoke on condition of anonymity,`, `, who
# declined to be named,`): whatever the noun, an unnamed person.
_ANONYMOUS: Final = re.compile(
    r"\b(?:anonymity|(?:not|declined|refused|wished not) to be (?:named|identified)"
    r"|name (?:be )?withheld|(?:give|gave) (?:only )?(?:his|her|their) (?:first )?name)\b",
    re.I,
)
# The longest lead read before a verb for an unnamed subject (`One resident, a retired miner who
# spoke with <station> from his wheelchair, said`): a bounded read per clause keeps time linear.
_LEAD_CHARS: Final = 240
UNNAMED_CLAUSES: Final = 3  # the latest clauses of a paragraph read for an unnamed subject


def unnamed_sex(phrase: str) -> str | None:
    """`A year-old Indonesian woman` -> `f`, `An elderly man` -> `m`, `a law student`, `One
    resident, a retired miner` -> ANY_SEX; `The woman`, `a spokeswoman`, `A report` -> None (no
    one unnamed, someone named before, a body's voice, or no person)."""
    noun = phrase.split(",", 1)[0]
    words = noun.lower().split()
    if len(words) < 2 or words[0] not in _INDEFINITES:
        return None
    head = head_noun(noun)
    sex = _SEXED_NOUNS.get(head)
    if sex is not None:
        return sex
    if head.startswith("spokes") or head in HONORIFICS:
        return None
    return ANY_SEX if head in _PERSON_NOUNS or titled(head) else None


def _opening_subject(paragraph: Paragraph, verb_start: int) -> tuple[str | None, int]:
    """The sex of an unnamed person opening the sentence of a verb whose subject the clauses
    left unread (`A man who lives nearby said`, `One resident, a retired miner who spoke with
    WKLR, said`, `A buyer, who spoke on condition of anonymity, said`), None if none; and where
    the sentence starts (a name in its lead, `A resident, retired pilot X, said`, is named)."""
    masked = paragraph.masked
    start = paragraph.sentence(verb_start)[0]
    opener = _OPENERS.match(masked, start)
    lead = masked[opener.end() if opener else start : verb_start]
    if len(lead) > _LEAD_CHARS:
        return None, start  # (a subject this far from its verb is no opening's)
    sex = unnamed_sex(lead)
    if sex is None and lead[:4].lower().startswith(("a ", "an ", "one ")):
        # (`A buyer for the merchants, who spoke on condition of anonymity,`: any noun)
        return (ANY_SEX if _ANONYMOUS.search(lead) else None), start
    return sex, start


def unnamed_subject_at(paragraph: Paragraph, end: int, sex: str) -> int:
    """Where the latest clause before `end` whose subject is an unnamed person who may be of
    `sex` starts (among the UNNAMED_CLAUSES latest); -1 when none."""
    k = bisect_left(paragraph.verbs, end)
    for clause in reversed(paragraph.clauses[max(0, k - UNNAMED_CLAUSES) : k]):
        if clause.subject is not None and clause.subject.kind in ("person", "single"):
            return -1  # `A shopper, who asked to be identified only as Jo, said`: named
        found, start = None, clause.start
        if clause.phrase:
            found = unnamed_sex(clause.phrase)
        if found is None and clause.subject is None:
            found, opening = _opening_subject(paragraph, clause.verb_start)
            start = min(start, opening)
        if found in (sex, ANY_SEX):
            return start
    return -1
