"""People known by one name: `their 19-year-old striker Kauã`, `the singer Nithila`.

A lone capital is mostly a body or a place (`Google said`, `Russia said`); written after a
person's role in lower case, it is someone who goes by one name, so a later `he` or `Kauã said`
may be them. And a profile's subject named by a relation to their own parent: `Her mother, X,
died. “...,” her daughter says` (parent_opening_child).
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_entries import organisation_role
from api.parser.quote_names import demonym
from api.parser.quote_people import Mention
from api.parser.quote_roles import titled


def one_name_role(masked: str, mention: Mention) -> bool:
    """`striker Kauã`, `the 34-year-old driver Thiago`: a lone name right after a person's role
    written in lower case. Not a body's role (`developer Vantor`), not a capitalised title
    (`Chief Achterberg-Quaye` is someone's surname), not a plural (`fellow Republicans`)."""
    role = mention.role
    if mention.kind != "single" or not role or mention.possessive:
        return False
    written = masked[mention.start : mention.name_start]
    if not written.islower() or organisation_role(role):
        return False
    name = mention.name
    return not (name.endswith("s") and (titled(name[:-1]) or demonym(name[:-1])))


# `Her mother, Abena, a nurse, died in 2022. “...,” her daughter says`: the paragraph opens with
# the subject's parent; `her daughter` after it is the subject herself (the child of that
# parent), written with the owner's pronoun of the same sex (`Her` ... `daughter`).
_PARENT_OPENING: Final = re.compile(r"\s*(Her|His) (?:late )?(?:mother|father|mum|dad), ")
_CHILD_SEX: Final = {"daughter": "f", "son": "m"}
_OPENER_SEX: Final = {"Her": "f", "His": "m"}


def parent_opening_child(masked: str, kin: str) -> str | None:
    """The sex of the pronoun `her daughter` (`kin`) stands for when the paragraph opens with
    `Her mother, X,` (the child is the one whose parent X is), else None."""
    sex = _CHILD_SEX.get(kin)
    match = _PARENT_OPENING.match(masked) if sex else None
    if match is None or _OPENER_SEX[match.group(1)] != sex:
        return None
    return sex
