"""A body named once in full, then only by a generic noun its name does not hold: `Tarvo Smart
Transit Ltd` ... (seven paragraphs on) `The firm said`; `Velmar Civil Defence` ... `the
authority said`. A reader fits the noun to the body's kind, which the name's closing word says
(a company form or a trade's plural: `Ltd`, `Holdings`, `Cruises`; a public body's word:
`Authority`, `Commission`, `Civil Defence`), and takes the latest body of that kind.
"""

from __future__ import annotations

from typing import Final

from api.parser.quote_orgs import TRADE_ENDINGS, business_named

# The generic nouns a text calls a company by, whatever its trade: `the company`, `the firm`,
# `the operator` of `Northern Star Cruises`, `the exporter` of `Skelmore Seafood Exports Ltd.`
# (not `the group`: a firm is one by its trade's plural only, `Harlow Foods`, see quote_orgs.fits)
COMPANY_NOUNS: Final = frozenset("company firm operator exporter business".split())
# The generic nouns a text calls a public body by: `the authority` of `Velmar Civil Defence`.
AUTHORITY_NOUNS: Final = frozenset("authority agency regulator".split())
GENERIC_NOUNS: Final = COMPANY_NOUNS | AUTHORITY_NOUNS
# The closing words of a public body's name: `Ostland Public Transport Authority`, `Food
# Standards Agency` (not `Ministry of X`: `the authority` is no ministry).
_AUTHORITY_ENDINGS: Final = frozenset("authority commission agency regulator inspectorate".split())
# A state's civil emergency service, its closing word after `Civil`: `Velmar Civil Defence`,
# `Civil Protection`, `Civil Guard` (not `Korvex Defence`, an arms maker, nor `Civil
# Engineering`, a firm's trade).
_CIVIL: Final = "civil"
_CIVIL_SERVICES: Final = frozenset("defence defense protection guard".split())


def generic_nouns(name: str) -> frozenset[str]:
    """`Tarvo Smart Transit Ltd` -> COMPANY_NOUNS, `Velmar Civil Defence` -> AUTHORITY_NOUNS,
    `Brightvale Entertainment` -> COMPANY_NOUNS and `agency` (its trade's noun), `Apple` -> none:
    the generic nouns that fit a body by the kind its name's closing word says."""
    words = name.split()
    if len(words) < 2:
        return frozenset()  # (a bare name says no kind)
    last = words[-1].lower().rstrip(".")
    if last in _AUTHORITY_ENDINGS or civil_service(words):
        return AUTHORITY_NOUNS
    trade = TRADE_ENDINGS.get(last)
    if trade is not None:
        return COMPANY_NOUNS | (trade & GENERIC_NOUNS)
    return COMPANY_NOUNS if business_named(name) else frozenset()


def civil_service(words: list[str]) -> bool:
    """True for a name closing on a civil emergency service: `Velmar Civil Defence`, `Ostland
    Civil Protection` (not `Korvex Defence`, `Ministry of Defence`, `Arden Civil Engineering`)."""
    return words[-2].lower() == _CIVIL and words[-1].lower().rstrip(".") in _CIVIL_SERVICES
