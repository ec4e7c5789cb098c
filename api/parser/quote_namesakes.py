"""Bodies that share a word with another name: which one a short form or a noun means.

`Maseko Mining Services, a contractor that ...` is what `the contractor said` means, not the
union organiser Nomvula Maseko; `A Corvallo spokesperson` speaks for the company Corvallo, not
for the `Corvallo Workers Collective` of its staff; `Ruighoek said it had offered` after
`Ruighoek Platinum's two shafts` is that company cut short.
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_orgs import ORG_ANAPHORS

# Nouns an appositive gives a body that the article may go on to call it by (`X, a contractor
# that employs 900,` ... `the contractor said`), besides ORG_ANAPHORS: trades only a business
# has, read only after a body's name, so `the contractor` of a person is not touched.
APPOSITIVE_NOUNS: Final = ORG_ANAPHORS | frozenset(
    "contractor subcontractor supplier developer consultancy distributor wholesaler exporter "
    "importer miner producer provider cooperative co-operative collective conglomerate "
    "consortium syndicate haulier housebuilder builder franchise".split()
)

# Words for a body's people: a name that goes on with one after another body's name is a body
# of that body's people (`Corvallo Workers Collective`, `Amazon Labor Union`, `Arsenal
# Supporters' Trust`), not the longer form of that body's name.
_PEOPLE_WORDS: Final = frozenset(
    "workers employees staff labor labour union unions members fans supporters shareholders "
    "users customers drivers pilots nurses doctors teachers machinists engineers riders "
    "players parents residents tenants retirees pensioners alumni".split()
)


def people_of(words: list[str], k: int) -> bool:
    """`Corvallo Workers Collective` cut after `Corvallo` (k=1): the words after the cut open
    with a word for people (`Workers`), so the cut is another body's name, not its short form."""
    word = words[k].lower().removesuffix("'s").removesuffix("’s").rstrip("'’")
    return word in _PEOPLE_WORDS


# `said it had offered`, `said that it would`: `it` right after a clause's verb, the subject's
# pronoun there; a lone capital whose clause goes on so is a body's name.
_IT_AFTER: Final = re.compile(r"\s+(?:that\s+)?it\s+(?!was\b|is\b|'s\b|’s\b)[a-z]")


def it_after(masked: str, verb_end: int) -> bool:
    """`Ruighoek said it had offered`: `it` after the verb, not an empty one (`said it was`)."""
    return _IT_AFTER.match(masked, verb_end) is not None


WITH_NOUN_NAMES: Final = 8  # at most this many distinct names written before one noun are kept


def names_before_noun(masked: str, noun: str) -> list[str]:
    """`the Cinemare film festival`, `the Harwick housing association`: the capitalised word the
    article writes right before a body's noun (one lowercase word may come between), in text
    order: the body's name, which the noun alone (`The festival said`) goes on to stand for."""
    if noun not in masked:
        return []  # (most articles: the noun is nowhere, no pattern is run)
    # (a hyphen only before another capital: `the Braun-owned company` is no `Braun` company)
    pattern = re.compile(
        rf"\b[Tt]he ([A-Z][\w’']+(?:-[A-Z][\w’']*)*)(?: [a-z]+)? {re.escape(noun)}\b"
    )
    names: list[str] = []
    for match in pattern.finditer(masked):
        if match.group(1) not in names:
            names.append(match.group(1))
            if len(names) == WITH_NOUN_NAMES:
                break  # (each is tried per quote: a page of such names stays linear)
    return names
