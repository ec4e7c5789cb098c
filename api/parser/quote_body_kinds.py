"""`the company said` after `X, one of 14 contractors working for Y, the state housing agency`:
the business the sentence named, not the public body it works for."""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_orgs import COMPANY_ANAPHORS

# Nouns for a public body: `the company` is none of these (`TOKİ, the state housing agency`).
PUBLIC_NOUNS: Final = frozenset(
    "agency ministry department authority administration commission regulator council"
    " government office directorate bureau".split()
)
# How many names back a business set off by an appositive is looked for.
APPOSED_BACK: Final = 12
# Nouns for a business that works for others, as an appositive calls it (`one of 14 contractors`).
_TRADE_NOUNS: Final = frozenset(
    "contractor builder developer supplier subcontractor consultancy vendor".split()
)
_BUSINESS: Final = COMPANY_ANAPHORS | _TRADE_NOUNS
# `, one of 14 contractors`, `, one of the builders`, `, a local contractor`: an appositive's
# opening words, then its noun within three words.
_APPOSED: Final = re.compile(
    r", (?:one of (?:the |\d[\d,]* |several |many |dozens of )?|an? |the )"
    r"((?:[a-z-]+ ){0,2}[a-z-]+)\b"
)


def apposed_business(masked: str, end: int) -> bool:
    """`Çelik Yapı, one of 14 contractors working for` -> True at the name's end."""
    if not masked.startswith(", ", end):
        return False  # (most names: no appositive after them)
    match = _APPOSED.match(masked, end)
    if match is None:
        return False
    return any(w in _BUSINESS or w[:-1] in _BUSINESS for w in match.group(1).split(" "))
