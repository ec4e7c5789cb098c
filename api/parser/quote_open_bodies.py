"""A body called by a common noun no kind list holds: `Vell Facility Services Pty Ltd` ... (ten
paragraphs on) `the contractor said`; `Orlen City Corporation` ... `a spokesman for the
municipality`. A reader takes any noun that is not a person's (no role, trade, kin, sex or
age word) for the body the article last named, the one that spoke first; the person-noun
tables are the exclusion (`the driver said` is a person's, never a body's).
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_documents import ISSUED_NOUNS, document_noun
from api.parser.quote_generic_bodies import BOARD_NOUNS
from api.parser.quote_kinds import listed_person_noun
from api.parser.quote_noun_people import BARE_PERSON_NOUNS
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_people import Mention
from api.parser.quote_roles import titled
from api.parser.quote_shapes import in_dateline
from api.parser.quote_tokens import word_key
from api.parser.quote_unnamed import PERSON_NOUNS
from api.parser.quote_words import FEMALE_WORDS, MALE_WORDS, ORG_WORDS, STOP_CAPS

# The key under which the index of bodies by noun holds every body named (see
# Described._bodies_by_noun): `the contractor` fits any of them.
OPEN_BODY: Final = ""
# The prefix of the index's keys for the bodies a noun fits by the trade their own words say
# (quote_orgs.trade_nouns): `=operator` holds `X Shipping Ltd`, not `Y Provisions Ltd`.
TRADED: Final = "="
# The prefix of the index's keys for the bodies a noun fits by what an apposition called them
# (quote_generic_bodies.apposed_nouns): `,body` holds `X Inc, the industry body,`.
APPOSED: Final = ","
# The prefix of the index's keys for the companies by each word of their name after the first
# (Described._worded_company): `~realty` holds `Bituin Pacific Realty and Development Corp.`.
WORDED: Final = "~"
# A person's initial written alone: `H.` of `Brandon H. Liao`.
_INITIAL: Final = re.compile(r"[A-Z]\.")
# The endings of a doer's noun: `contractor`, `carrier` (see trade_doer).
_DOER_ENDINGS: Final = ("er", "or", "ers", "ors")
# The endings of a compound person noun: `ferryman`, `chairwoman`, `layperson`, `townspeople`.
_PERSON_ENDINGS: Final = ("man", "men", "person", "people")
# Nouns for people taken together, or for someone unnamed, that no body is called by: `the
# family said`, `the couple said`, `the source said`.
_PEOPLE_NOUNS: Final = frozenset(
    "family couple pair duo trio crowd source victim suspect accused defendant plaintiff "
    "claimant deceased".split()
)


def person_noun(noun: str) -> bool:
    """`driver`, `lawyer`, `registrar`, `mother`, `family`, `ferryman` -> True; `contractor`,
    `municipality`, `carrier` -> False: a noun a person (or people) takes, by the person-noun
    tables (a job or role word, a listed kind, an unnamed person's, a sex's or kin's)."""
    if noun.endswith(_PERSON_ENDINGS):
        return True  # (`the ferryman`, `the assemblyman`, `the chairperson`)
    single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return any(
        word in PERSON_NOUNS
        or word in MALE_WORDS
        or word in FEMALE_WORDS
        or word in _PEOPLE_NOUNS
        or listed_person_noun(word)
        or word in BARE_PERSON_NOUNS
        or titled(word)
        for word in {noun, single}
    )


def open_body_noun(noun: str) -> bool:
    """`contractor`, `municipality`, `carrier` -> True; `driver`, `Smith`, `year-old`,
    `report` -> False: a lower-case common noun that is no person's, which may call any body (a
    document's noun is its issuer's, see quote_documents)."""
    return (
        noun.isalpha()
        and noun.islower()
        and len(noun) > 2
        and not person_noun(noun)
        and not document_noun(noun)
        and noun not in ISSUED_NOUNS
    )


def kind_open(noun: str) -> bool:
    """`contractor`, `municipality`, `board` -> True; `company`, `force` -> False: a noun the
    body tables give no kind (ORG_ANAPHORS: a body must fit theirs), so any body may be meant;
    or `the board`, which governs a body of any kind (a company's, an association's: one its
    paragraph names, see Described._latest_open_body)."""
    return noun not in ORG_ANAPHORS or noun in BOARD_NOUNS


def trade_doer(noun: str) -> bool:
    """`contractor`, `carrier`, `handler` -> True; `municipality`, `board` -> False: a doer's
    noun, which calls a body that does a trade for others (a company, by its name's form)."""
    return noun.endswith(_DOER_ENDINGS)


# The possessives before a name that make it a body's own thing, no body that may be meant:
# `said it would no longer allow occupancy at its Causeway Docks`.
_OWNED_BEFORE: Final = ("its ", "their ")


def open_body_mention(masked: str, mention: Mention) -> bool:
    """A body's name `the contractor` may mean: not a dateline's capitals (`KUALA LUMPUR:`), a
    short form in brackets right after the name it stands for (`Vell City Hall (VCH)`), nor a
    person's name read with its office (see person_tail)."""
    start = mention.start
    return (
        masked[start - 1 : start] != "("
        and not in_dateline(masked, start, mention.end)
        and not person_tail(mention.name)
        and not masked.endswith(_OWNED_BEFORE, 0, start)
    )


def person_tail(name: str) -> bool:
    """`Vell Mayor Ana Roe` -> True, `Vell Victoria Hospital` -> False: a name closing on a
    given name and one more word that is no body's word."""
    words = name.split()
    return (
        len(words) > 2 and usual_sex(words[-2]) is not None and words[-1].lower() not in ORG_WORDS
    )


def fullest_named(name: str, names: list[str]) -> str:
    """`City Hall` with `Vell City Hall` among `names` -> `Vell City Hall`: the longest of the
    names that ends with `name` after words of a name (the body a short form stands for, named
    in full before or after it; not `Tarn Health and Vell Medical Group`); else `name`."""
    tail = " " + name
    fuller = (o for o in names if o.endswith(tail) and _name_words(o[: -len(tail)]))
    return max(fuller, key=len, default=name)


def _name_words(words: str) -> bool:
    """Every word capitalised and none a small word (`Vell`; not `Tarn Health and`: two
    bodies named together, not one name)."""
    return all(w[0].isupper() and word_key(w) not in STOP_CAPS for w in words.split())


def initialled(name: str) -> bool:
    """`Brandon H. Liao`, `K. V. Prasad` -> True; `Stagecoach Manchester`, `J.P. Morgan Chase`
    -> False: a name of three words or more with a lone capital and stop among its words before
    the last, as a person's middle or first initial (no body's name holds one so, apart)."""
    words = name.split()
    return len(words) >= 3 and any(_INITIAL.fullmatch(word) for word in words[:-1])


# A service a body is named doing for the article's subject, by a passive with its copula right
# before its name (`The lifts are serviced by X`, `is operated by Y`, `is maintained by Z under a
# contract`): the nouns a reader calls it by later, whatever its name's words (not `a contract
# managed by the Department`: no copula, the body is the client).
# (a time's short phrase may stand between the verb and `by`: `has been run since 2019 by X
# LLC`, `is operated on weekends by Y`)
_SERVED_BY: Final = re.compile(
    r"\b(?:is|are|was|were|been) (maintained|serviced|operated|run|handled|built|supplied|"
    r"repaired|cleaned|collected|installed) "
    r"(?:(?:since|in|from|until|for|on|at) (?:the |a )?[\w-]+(?: [\w-]+)? )?by (?:the )?$"
)
SERVED_BY_REACH: Final = 56  # (`were `, the longest verb, a time's phrase, ` by the `)
# A body the text names as the other party to an owner's contract: `The city's contract with X
# Inc.`, `awarded the contract to Y Ltd`: `the contractor` (not `collected by Z under a contract
# with the Department`, nor `a contract managed by the Department`: the client).
_CONTRACTED_WITH: Final = re.compile(
    r"(?:['’]s contracts? with|\b(?:awarded|gave|signed) (?:a|the) (?:[a-z-]+ )?contract "
    r"(?:to|with)) (?:the )?$"
)
_CONTRACTED: Final = ("contractor", "operator")
_DOER_OF: Final = {
    "maintained": "maintainer",
    "handled": "handler",
    "built": "builder",
    "supplied": "supplier",
    "installed": "installer",
}


# How every match of _SERVED_BY or _CONTRACTED_WITH ends (`by `, `with the `; their `$` also
# matches before a final line break): a window ending otherwise, most before a body's name, is
# told so without either search, each tried at every character of the window.
_SERVED_ENDS: Final = tuple(
    word + the + line
    for word in ("by ", "to ", "with ")
    for the in ("", "the ")
    for line in ("", "\n")
)


def served_by_nouns(before: str) -> tuple[str, ...]:
    """`The repository's sprinklers are maintained by ` -> (contractor, operator, maintainer):
    the nouns of the body named next, which does that service (see _SERVED_BY), or is the other
    party to a contract (`The city's contract with ` -> contractor, operator, see
    _CONTRACTED_WITH); () when neither ends `before`."""
    if not before.endswith(_SERVED_ENDS):
        return ()  # (most bodies: no `by`, `to` or `with` right before the name)
    found = _SERVED_BY.search(before)
    if found is None:
        return _CONTRACTED if _CONTRACTED_WITH.search(before) is not None else ()
    doer = _DOER_OF.get(found.group(1))
    return (*_CONTRACTED, doer) if doer else _CONTRACTED


# A body taken on for a post, the post's noun after `as` (two modifiers at most): `appointed X
# Advisory as business rescue practitioners`, `hired Y Ltd as the contractor`.
# (the post's noun closes its phrase: a stop, a comma or a preposition after it, not `as lead
# contractor while ...`)
_TAKEN_ON_AS: Final = re.compile(
    r"\s+as (?:the |its |a |an )?(?:[a-z-]+ ){0,2}([a-z]{4,})"
    r"(?=[.,;:]| (?:of|for|to|in|on|at|after|and|with|from|by|under|until)\b)"
)
_TAKEN_ON: Final = re.compile(r"\b(?:appointed|named|hired|engaged|retained|contracted) $")
TAKEN_ON_REACH: Final = 12  # (`contracted `)
# How every _TAKEN_ON match ends (`named `, `hired `, and `appointed \n`, as its `$` also
# matches before a final line break): a name after any other word, most names, is no post's
# taker, told by the characters before it (see taken_on_before).
_TAKEN_ON_ENDS: Final = ("ed ", "ed \n")
POST_REACH: Final = 64  # the characters after the name read for `as` and the post's noun


def taken_on_before(masked: str, start: int) -> bool:
    """`appointed ` or `hired ` may end before `start` (`appointed X Advisory`): the text there
    ends as every _TAKEN_ON match does; `said `, `by ` -> False (taken_on_as would find None)."""
    return masked.endswith(_TAKEN_ON_ENDS, 0, start)


def taken_on_as(before: str, after: str, body: bool) -> str | None:
    """`appointed ` before and ` as business rescue practitioners.` after a name ->
    `practitioners`: the noun of the post a body was taken on for, by which the text calls it
    later (`The practitioners said`); None without such a verb before or `as` after (`X Ltd,
    known as the tower's builder`), or, for a name not known as a body's, when the post is not
    plural (`appointed Ana Roe as chief executive`: a person; a plural post is a firm's)."""
    if _TAKEN_ON.search(before) is None:
        return None
    found = _TAKEN_ON_AS.match(after)
    if found is None:
        return None
    post = found.group(1)
    return post if body or (post.endswith("s") and not post.endswith("ss")) else None
