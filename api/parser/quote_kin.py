"""People a text calls by a family relation it gave them: `her younger sister, X` ... `the older
sister shakes her head`, `Her sister, who lives in Lisbon, laughs`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from api.parser.quote_budget import LATEST_FEW

# The sex an owner's pronoun gives the one it stands for: `Her husband` is a woman's.
OWNER_SEX: Final = {"her": "f", "his": "m"}
# Relations an article orders by age (`her younger sister`, `his eldest son`).
SIBLING_KIN: Final = frozenset("sister brother son daughter".split())
# A spouse: `Her husband shook his head` (no age word orders spouses).
SPOUSE_KIN: Final = frozenset(("husband", "wife"))
# Each age word, as the other side of the relation reads it: the older sister's sibling is the
# younger one.
_AGE_WORDS: Final = {
    "older": "older",
    "elder": "older",
    "eldest": "older",
    "oldest": "older",
    "big": "older",
    "younger": "younger",
    "youngest": "younger",
    "little": "younger",
}
_OTHER_AGE: Final = {"older": "younger", "younger": "older"}
_OWNERS: Final = frozenset("the her his their".split())
# The relations of an elder a text may give from the younger side only: `Vaipulu's
# granddaughter, Lesieli` makes Vaipulu `Her grandfather`; each with its sex, and the younger
# relation that names it so, by the younger one's sex (the younger side does not say the
# elder's sex: a granddaughter's grandmother is named so too).
ELDER_KIN: Final = {
    "grandfather": "m",
    "grandmother": "f",
    "uncle": "m",
    "aunt": "f",
}
_GRANDCHILD: Final = {"f": "granddaughter", "m": "grandson"}
_SIBLINGS_CHILD: Final = {"f": "niece", "m": "nephew"}
_YOUNGER_KIN: Final = {
    "grandfather": _GRANDCHILD,
    "grandmother": _GRANDCHILD,
    "uncle": _SIBLINGS_CHILD,
    "aunt": _SIBLINGS_CHILD,
}
# `Her sister, who ...`, `The older sister shakes`: a relation as a sentence's subject; `..., the
# older sister shakes`: with an age word, after a comma too; `Her husband shook his head`.
_KIN_SUBJECT: Final = re.compile(
    r"(?P<phrase>(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir) (?:(?:"
    + "|".join(_AGE_WORDS)
    + r") )?(?:sister|brother|son|daughter)|(?:[Hh]er|[Hh]is) (?:husband|wife|"
    + "|".join(ELDER_KIN)
    + r"))(?=,| [a-z])"
)
# (a relation's noun after a space, as each pattern has it: searched for as plain text, which
# is far cheaper than a pattern opening with a choice of letters, tried at every character)
_KIN_WORDS: Final = (
    " sister",
    " brother",
    " son",
    " daughter",
    " husband",
    " wife",
    " grand",
    " uncle",
    " aunt",
)
# `Vaipulu's granddaughter`: a name's possessive, then a younger relation (see _YOUNGER_KIN).
_YOUNGER_OWNED: Final = re.compile(
    r"(?<![\w-])([A-Z][\w-]*)['’]s (granddaughter|grandson|niece|nephew)\b"
)
_AFTER_COMMA: Final = re.compile(
    r", (?P<phrase>the (?:" + "|".join(_AGE_WORDS) + r") (?:sister|brother|son|daughter)) (?=[a-z])"
)


def kin_opening(masked: str, start: int, end: int) -> re.Match | None:
    """The family relation that opens the sentence at `start` as its subject (`Her husband
    shook his head`), if one does before `end` (its words the group `phrase`)."""
    while start < end and masked[start] == " ":
        start += 1
    return _KIN_SUBJECT.match(masked, start, end)


def kin_written(text: str) -> bool:
    """The text writes a relation's noun after a space (most paragraphs do not)."""
    return any(word in text for word in _KIN_WORDS)


def kin_subjects(masked: str, bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """Where a family relation is a sentence's or clause's subject, and its words: `Her sister,
    who lives in Lisbon, laughs` -> (offset, "Her sister")."""
    found: list[tuple[int, str]] = []
    if not kin_written(masked):
        return found  # (most paragraphs of such an article)
    for start, end in bounds:
        while start < end and masked[start] == " ":
            start += 1
        match = _KIN_SUBJECT.match(masked, start, end)
        if match is not None:
            found.append((match.start(), match.group("phrase")))
            continue
        later = _AFTER_COMMA.search(masked, start, end)
        if later is not None:
            found.append((later.start("phrase"), later.group("phrase")))
    return found


def kin_phrase(words: list[str]) -> tuple[str, str | None] | None:
    """`the older sister` -> ("sister", "older"), `Her sister` -> ("sister", None); None for
    anything else, and for `the sister` (no owner, no age: not this rule's)."""
    if not 2 <= len(words) <= 3 or words[0].lower() not in _OWNERS:
        return None
    kin = words[-1].lower()
    if kin in SPOUSE_KIN:
        return (kin, None) if len(words) == 2 and words[0].lower() in ("her", "his") else None
    if kin not in SIBLING_KIN:
        return None
    age = _AGE_WORDS.get(words[1].lower()) if len(words) == 3 else None
    if len(words) == 3 and age is None:
        return None
    if age is None and words[0].lower() == "the":
        return None
    return kin, age


def elder_kin(words: list[str]) -> tuple[str, str] | None:
    """`Her grandfather` -> ("grandfather", "f"): an elder's relation and the sex its owner's
    pronoun gives the younger one; None for anything else."""
    if len(words) != 2 or words[1].lower() not in ELDER_KIN:
        return None
    sex = OWNER_SEX.get(words[0].lower())
    return (words[1].lower(), sex) if sex is not None else None


def elder_named(masked: str, end: int, elder: str, younger_sex: str) -> str | None:
    """The name whose younger relation of that sex the text before `end` gives last: `Vaipulu's
    granddaughter, Lesieli` -> `Vaipulu` for (`grandfather`, "f") (and for `grandmother`: the
    younger side does not say the elder's sex); None when none does."""
    younger = _YOUNGER_KIN[elder][younger_sex]
    owned = _younger_owned(masked)
    k = bisect_left(owned, (end,))
    # (the latest few before `end` only: a paragraph of thousands stays linear)
    return next(
        (o[1] for o in reversed(owned[max(0, k - LATEST_FEW) : k]) if o[2] == younger), None
    )


@lru_cache(maxsize=64)
def _younger_owned(masked: str) -> tuple[tuple[int, str, str], ...]:
    """Each `Vaipulu's granddaughter` of a paragraph: (where, the owner, the relation), in text
    order; found once per paragraph."""
    if " grand" not in masked and " nie" not in masked and " nep" not in masked:
        return ()  # (most paragraphs)
    return tuple((m.start(), m.group(1), m.group(2)) for m in _YOUNGER_OWNED.finditer(masked))


def role_relation(role: str, kin: str) -> str | None:
    """The age a role gives the relation `kin` (`younger sister` -> "younger"), "" when it gives
    the relation without one (`sister`), None when the role is no such relation."""
    words = role.lower().replace("’s", "").split()
    if not words or words[-1] != kin:
        return None
    return _AGE_WORDS.get(words[-2], "") if len(words) > 1 else ""


def other_age(age: str) -> str:
    """`older` -> `younger` and back."""
    return _OTHER_AGE[age]


# The generation a kin word in a bearer's role marks, against another bearer of the name: `His
# son, X Y,` is the younger X, `Her father, X Z,` the older.
_GENERATION_KIN: Final = {
    **dict.fromkeys("son daughter grandson granddaughter nephew niece".split(), "younger"),
    **dict.fromkeys("father mother grandfather grandmother uncle aunt".split(), "older"),
}
# `the younger Tang`, `the elder Okafor`: an age word between `the` and a lone name (a
# generation, not a sibling's order: no relation noun follows).
_GENERATION_BEFORE: Final = re.compile(r"\b[Tt]he (younger|elder|older) $")
_GENERATION_REACH: Final = 12  # (`the younger ` and shorter)


def generation_before(masked: str, start: int) -> str | None:
    """`the younger Tang wrote` (Tang at `start`) -> "younger"; `the elder Okafor` -> "older";
    `the younger brother` (no name), `Tang wrote` -> None."""
    found = _GENERATION_BEFORE.search(masked, max(0, start - _GENERATION_REACH), start)
    return _AGE_WORDS[found.group(1)] if found is not None else None


def role_generation(role: str | None) -> str | None:
    """`son and director of the company` -> "younger"; `her father` -> "older"; `chairman`,
    None -> None: the generation a kin word of the role marks (see _GENERATION_KIN)."""
    if not role:
        return None
    marked = {_GENERATION_KIN[w] for w in role.lower().split() if w in _GENERATION_KIN}
    return marked.pop() if len(marked) == 1 else None
