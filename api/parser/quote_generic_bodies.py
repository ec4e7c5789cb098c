"""A body named once in full, then only by a generic noun its name does not hold: `Tarvo Smart
Transit Ltd` ... (seven paragraphs on) `The firm said`; `Velmar Civil Defence` ... `the
authority said`. A reader fits the noun to the body's kind, which the name's closing word says
(a company form or a trade's plural: `Ltd`, `Holdings`, `Cruises`; a public body's word:
`Authority`, `Commission`, `Civil Defence`), and takes the latest body of that kind; also by the
name's head noun (`X Marketing Council`: `the board`), by what the article says the body does
(`The Office of X served a prohibition notice` ... `the regulator said`) and by a trade its name
holds (`X Water Hauling LLC` ... `the hauler`).
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_namesakes import APPOSITIVE_NOUNS
from api.parser.quote_orgs import (
    AGENCY_HEADS,
    COMPANY_ANAPHORS,
    CONGREGATION_NOUNS,
    LOCAL_NOUNS,
    TRADE_ENDINGS,
    WORSHIP_ENDINGS,
    business_named,
    local_government,
    trade_word,
    utility_named,
)

# The generic nouns a text calls a company by, whatever its trade: `the company`, `the firm`,
# `the operator` of `Northern Star Cruises`, `the exporter` of `Skelmore Seafood Exports Ltd.`
# (not `the group`: a firm is one by its trade's plural only, `Harlow Foods`, see quote_orgs.fits)
COMPANY_NOUNS: Final = frozenset("company firm operator exporter business".split())
COMPANY: Final = "company"  # the one of them that keys any company (see quote_open_bodies)
AGENCY_NOUNS: Final = frozenset({"agency"})  # a government's unit's noun (see AGENCY_HEADS)
# The generic nouns a text calls a public body by: `the authority` of `Velmar Civil Defence`.
AUTHORITY_NOUNS: Final = frozenset("authority agency regulator".split())
UTILITY_NOUNS: Final = frozenset({"utility"})  # a public utility's noun (see utility_named)
# The noun a text calls a governing body by whose name says `Council` or `Board`: `the board` of
# `Grain Purchasing and Marketing Council` (a crop board, a marketing council: the same kind).
BOARD_NOUNS: Final = frozenset({"board"})
_GOVERNING_HEADS: Final = frozenset({"council", "board"})
GENERIC_NOUNS: Final = COMPANY_NOUNS | AUTHORITY_NOUNS | BOARD_NOUNS
# The noun for a public body the article shows regulating (see regulates): `the regulator`.
REGULATOR: Final = "regulator"
# A body's deed in the relative clause right after its name, its verb in the past or the third
# person: `X Holdings Ltd, which processed most of the catch` (an acronym may come between).
_CLAUSE_DEED: Final = re.compile(r",? (?:\([A-Z]{2,}\),? )?which ([a-z]{3,}(?:ed|es|s))\b")
# The endings a doer's noun takes after its verb's stem: `process` -> `processor`, `build` ->
# `builder`, `manage` -> `manager`.
_DOER_ENDINGS: Final = ("er", "or", "r")
# The two words that call a body by the part it plays over others, a regulator's (see
# regulates): `a spokesman for the governing body` of a sport's council that issues its permits.
_REGULATOR_PHRASES: Final = frozenset(
    {("governing", "body"), ("regulatory", "body"), ("licensing", "body")}
)
# The head words of a public body's name (closing it, or before its `of`): `Office of Rail and
# Road`, `Health and Safety Executive`, `Care Inspectorate` (not `Ministry`: a ministry makes
# policy; not `Court`: a court rules).
_PUBLIC_HEADS: Final = frozenset(
    "office authority commission agency inspectorate executive board council directorate "
    "department branch".split()
)
# What a regulator does, said of it right after its name: `The X served a prohibition notice`,
# `The Y fined the bank`, `The Z suspended the airline's certificate`, `which licenses taxis`,
# `issued a closure direction`, `which issues race permits` (the instrument it issues: `issued a
# statement` or `a warning` is anyone's).
_REGULATES: Final = re.compile(
    r"\b(?:served|fined|suspended|revoked|grounded|prosecuted|regulates|licen[cs]es|"
    r"oversees|inspected|inspects|"
    r"issu(?:es|ed) (?:(?:a|an|the) )?(?:[a-z-]+ ){0,2}"
    r"(?:permits?|licen[cs]es?|directions?|directives?|orders?|notices?|penalt(?:y|ies)))\b"
)
REGULATES_REACH: Final = 160  # the characters after the name read for the deed (one clause)
# A relative clause right after any body's name saying it regulates: `Orlen Resources Vell,
# which regulates dust and discharges`, `X (XA), which licenses lenders` (the clause says what
# the body is, whatever its name's head; `which regulated` of a firm's own valves is no deed).
_WHICH_REGULATES: Final = re.compile(
    r",? (?:\([A-Z]{2,}\),? )?which (?:regulates|licen[cs]es|oversees|supervises)\b"
)
# The words after a body's head noun that open what it is of or for: `Office of Rail and Road`.
_HEAD_JOINTS: Final = frozenset({"of", "for"})
# A trade its name holds as a gerund, and the noun of its doer: `X Water Hauling LLC` -> `the
# hauler`, `Y Shipping` -> `the shipper`, `Z Catering Ltd` -> `the caterer`.
_GERUND: Final = re.compile(r"[A-Z][a-z]{2,}ing")
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
    `Brightvale Entertainment` -> COMPANY_NOUNS and `agency` (its trade's noun), `X Marketing
    Council` -> BOARD_NOUNS, `Vell Parish Church` -> CONGREGATION_NOUNS, `Apple` -> none: the
    generic nouns that fit a body by the kind its name's closing word (or head) says."""
    words = name.split()
    if len(words) < 2:
        return frozenset()  # (a bare name says no kind)
    last = words[-1].lower().rstrip(".")
    if last in _AUTHORITY_ENDINGS or civil_service(words):
        # (`X Water Authority`: `the utility` too, see utility_named)
        return AUTHORITY_NOUNS | UTILITY_NOUNS if utility_named(name) else AUTHORITY_NOUNS
    if local_government(name):
        return LOCAL_NOUNS  # (`Orlen City Corporation` is no company: `the municipality`)
    if head_word(name) in AGENCY_HEADS:
        return AGENCY_NOUNS  # (`Vell Regional Transit District` is no company: `the agency`)
    if last in WORSHIP_ENDINGS:
        return CONGREGATION_NOUNS  # (`Vell Parish Church`: `the kirk session`)
    trade = TRADE_ENDINGS.get(trade_word(name))
    if trade is not None:
        return COMPANY_NOUNS | (trade & GENERIC_NOUNS)
    return COMPANY_NOUNS if business_named(name) else governing_nouns(name)


# The key the article's councils are indexed under, each at its first naming, for `the local
# authority` and `the authority added` of `West Lothian Council` (see council_named).
COUNCIL_KEY: Final = "council:"


def council_named(name: str) -> bool:
    """`West Lothian Council`, `Tarnby Council` -> True; `Council`, `Council of Europe`,
    `Tarn District Council` (a local government by its name, see local_government) -> False: a
    council by its name's closing word, which governs a place when nothing else in the article
    can be `the local authority`."""
    words = name.split()
    return len(words) > 1 and words[-1] == "Council" and not local_government(name)


def head_word(name: str) -> str:
    """`Office of Rail and Road` -> `office`, `Commission for Lakes` -> `commission`, `Cocoa
    Marketing Council` -> `council`: the word a body's name is headed by (the one before its
    first `of` or `for`, else its last)."""
    words = name.split()
    joint = next((k for k in range(1, len(words)) if words[k] in _HEAD_JOINTS), len(words))
    return words[joint - 1].lower().rstrip(".")


def governing_nouns(name: str) -> frozenset[str]:
    """`Grain Purchasing and Marketing Council` -> BOARD_NOUNS, `Apple` -> none: `the board` of a
    council or board by its name's head."""
    return (
        BOARD_NOUNS
        if len(name.split()) > 1 and head_word(name) in _GOVERNING_HEADS
        else frozenset()
    )


# The key of the bodies a relative clause right after their name shows regulating (`X, which
# regulates vessel safety,`): no `operator` they oversee (see Described._regulated_body).
OVERSEER: Final = "overseer:"


def regulates_by_clause(after: str) -> bool:
    """`, which regulates vessel safety,` right after a body's name -> True: the text calls the
    body a regulator in so many words (see _WHICH_REGULATES)."""
    return _WHICH_REGULATES.match(after) is not None


def regulates(name: str, after: str) -> bool:
    """`Office of Rail and Road` with ` (ORR) served a prohibition notice on the trust` after it
    -> True: a public body (by its head word) the text, right after the name and within its
    sentence, shows doing a regulator's deed, or any body a relative clause right after its name
    calls one (`Orlen Resources Vell` with `, which regulates dust`); `Conwy Council, which gave
    a grant,` -> False."""
    if _WHICH_REGULATES.match(after) is not None:
        return True
    if len(name.split()) < 2 or head_word(name) not in _PUBLIC_HEADS:
        return False
    clause = after[:REGULATES_REACH].split(". ", 1)[0]
    return _REGULATES.search(clause) is not None


def gerund_agent(name: str, kinds: frozenset[str]) -> str | None:
    """`Desert Springs Water Hauling LLC` -> `hauler`, `Harbour Shipping Ltd` -> `shipper`,
    `Apex Holdings` -> None: the doer's noun of a trade a company's name holds as a gerund,
    when its generic nouns (`kinds`, read by the caller: see generic_nouns) are a company's."""
    if COMPANY_NOUNS.isdisjoint(kinds):
        return None
    found = next((w for w in name.split()[1:-1] if _GERUND.fullmatch(w)), None)
    return None if found is None else found[:-3].lower() + "er"


# A maker's noun: the product a company's name holds, then `maker` (`the steelmaker` of `Lakeport
# Steel Canada Inc.`, `the chipmaker` of `Vell Chips Ltd`, `the shoemaker` of `Tarn Shoe Co.`).
_MAKER: Final = "maker"
_PRODUCT_WORD: Final = re.compile(r"[A-Z][a-z]{2,}")


def maker_nouns(name: str, kinds: frozenset[str]) -> frozenset[str]:
    """`Lakeport Steel Canada Inc.` -> {`steelmaker`, ...}, `Vell Chips Ltd` -> {`chipmaker`,
    ...}, `Ministry of Steel` -> none: the maker's nouns of each product word a company's name
    holds (its first word is its own name's), when its generic nouns (`kinds`) are a company's."""
    if COMPANY_NOUNS.isdisjoint(kinds):
        return frozenset()
    found = set()
    for word in name.split()[1:]:
        if _PRODUCT_WORD.fullmatch(word):
            lowered = word.lower()
            found.add(lowered + _MAKER)
            if lowered.endswith("s") and not lowered.endswith("ss"):
                found.add(lowered[:-1] + _MAKER)  # (`Vell Chips Ltd`: `the chipmaker`)
    return frozenset(found)


# A grant-maker's closing word, and the noun its grantees' copy calls it by: `the funder` of
# `The Northern Vell Buildings Trust`, `the Harrow Foundation`, `the Tarn Community Fund`.
_FUNDER_ENDINGS: Final = frozenset("trust foundation fund endowment".split())
FUNDER: Final = "funder"


def funder_nouns(name: str) -> frozenset[str]:
    """`Vell Heritage Trust` -> {`funder`}, `Trust` alone or `Vell Trust Bank` -> none: the noun
    a grant-maker is called by, when its name closes on a trust's or fund's word."""
    words = name.lower().split()
    return frozenset((FUNDER,)) if len(words) > 1 and words[-1] in _FUNDER_ENDINGS else frozenset()


# The ending of a works' doer's noun after the works' word: `miller` of a `Mill`, `brewer` of a
# `Brewery`'s `Brew` (not `or`: `operator` names no works).
_WORKS_DOER: Final = "er"
_WORKS_STEM_MIN: Final = 3  # (`miller` -> `mill`; `doer` -> `do` is no works' word)


def works_stems(noun: str) -> tuple[str, ...]:
    """`miller` -> (`mill`, `mills`), `company` -> (): the words a company's name holds when a
    text calls it by its works' doer (`a spokesman for the miller` of `X Palm Oil Mill Sdn
    Bhd`)."""
    stem = noun.removesuffix(_WORKS_DOER)
    if stem == noun or len(stem) < _WORKS_STEM_MIN or not stem.isalpha():
        return ()
    return (stem, stem + "s")


def civil_service(words: list[str]) -> bool:
    """True for a name closing on a civil emergency service: `Velmar Civil Defence`, `Ostland
    Civil Protection` (not `Korvex Defence`, `Ministry of Defence`, `Arden Civil Engineering`)."""
    return words[-2].lower() == _CIVIL and words[-1].lower().rstrip(".") in _CIVIL_SERVICES


def regulator_phrase(lowered: list[str]) -> str | None:
    """`a spokesman for the governing body` (its words in lower case) -> `regulator`, `a
    spokesman for the body` -> None: the generic noun a body's two-word role in the cue stands
    for."""
    # (the pairs looked up by the set itself: no generator stepped in Python per pair)
    pairs = zip(lowered, lowered[1:], strict=False)
    return None if _REGULATOR_PHRASES.isdisjoint(pairs) else REGULATOR


def clause_doers(after: str) -> frozenset[str]:
    """`, which processed most of the catch` -> the doer's nouns its verb may make (`processor`
    among them), `, which supplies rice` -> `supplier` among them, `, the largest` -> none: the
    nouns a body's deed in the relative clause right after its name calls it by, but the
    generic ones (`which operates` -> no `operator`)."""
    match = _CLAUSE_DEED.match(after)
    if match is None:
        return frozenset()
    verb = match.group(1)
    if verb.endswith(("ied", "ies")):
        stems = {verb[:-3] + "i"}  # (`supplied` -> `suppli`: `supplier`)
    elif verb.endswith(("ed", "es")):
        stems = {verb[:-2], verb[:-1]}  # (`processed` -> `process`, `managed` -> `manage`)
    else:
        stems = {verb[:-1]}  # (`builds` -> `build`)
    # (not a generic noun: `which operates 18 flights` makes no airline `the operator` of an
    # airport another company is said to run)
    return frozenset(stem + ending for stem in stems for ending in _DOER_ENDINGS) - GENERIC_NOUNS


# A body's noun set off in apposition, after its name (`X Inc, the industry body,`) or before it
# (`the contest organisers, X Ltd,`): what the article calls that body from then on. A noun no
# appositive of a body's takes is read as no body's (`X Ltd, the report said`), nor a company's
# generic noun, which any business fits already (`The company, X Marine, said`: the latest
# company named stays `the company`).
# (a possessive among the words of what kind: `Racing Vell, the sport's governing body,`)
_APPOSED_NOUN_AFTER: Final = re.compile(r", the (?:[a-z-]+(?:['’]s)? ){0,2}?([a-z-]+)[,.;]")
_APPOSED_NOUN_BEFORE: Final = re.compile(r"\b[Tt]he (?:[a-z-]+ ){0,2}?([a-z-]+), $")
APPOSED_NOUN_REACH: Final = 44  # (`, the `, two words of what kind, the noun, its comma)
_APPOSED_BODY_NOUNS: Final = (APPOSITIVE_NOUNS - COMPANY_ANAPHORS) | frozenset({"body"})


def apposed_nouns(before: str, after: str) -> tuple[str, ...]:
    """`, the industry body, estimates` after a name -> (`body`,); `... the contest organisers, `
    before it -> (`organisers`,): the body nouns an apposition gives the name between (`before`
    ends at the name, `after` starts at its end); none for `, the report said`."""
    found = []
    for match in (_APPOSED_NOUN_AFTER.match(after), _APPOSED_NOUN_BEFORE.search(before)):
        if match is not None and match.group(1) in _APPOSED_BODY_NOUNS:
            found.append(match.group(1))
    return tuple(found)
