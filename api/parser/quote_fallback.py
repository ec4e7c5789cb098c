"""The last resort for a reporting clause's description no rule resolved: `the <noun> said`.

`X Y repairs boats. "...," the shipwright said` (a noun no table or shape of the person rules
knows): the most salient person named just before. Asked only for a cue's subject and only
when the rules found nothing, never when one said no one on purpose (see Resolved.refused and
Described.cue_phrase), so each rule keeps its own answer; unnamed people (`who asked not to be
named`, `an insider ... the insider`) stay no one. For people only: a body's noun (`the
regulator`) is left to the body rules, whose latest body is as often not the one meant.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Final

from api.parser.quote_bylines import credit_line
from api.parser.quote_documents import ISSUED_NOUNS, document_noun
from api.parser.quote_generic_bodies import GENERIC_NOUNS
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_spans import MASK
from api.parser.quote_words import AGE_WORD, NOT_SPEECH_CUES, OFF_RECORD_PHRASES, ORG_WORDS

if TYPE_CHECKING:
    from api.parser.quote_described import Described

PERSON: Final = "person"
BODY: Final = "organisation"
# How many paragraphs before the cue's the entity must have been named or spoken in: a
# description points back to someone the reader has just met.
FALLBACK_BACK: Final = 2
# How far back from the cue (characters, in its paragraph and in each one read before) someone
# unnamed is looked for: a bound, so that a long paragraph of many cues is read once per cue
# at most this far (the time stays linear).
UNNAMED_REACH: Final = 600
# Someone kept off the record (`who did not want to be named`, `on condition of anonymity`).
_OFF_RECORD: Final = re.compile(
    r"(?:not|n't) (?:want|wish|wishing|wanting) to be (?:named|identified)|" + OFF_RECORD_PHRASES
)
# A sentence whose subject is someone unnamed, brought in by an indefinite noun (`A resident of
# the district said ...`, `An engineering student, 19, said ...`).
_INDEFINITE_OPENING: Final = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?:A|An|One) [a-z]")
# Nouns for someone speaking for a body, whom the body's rules read (never the person named last).
_FOR_A_BODY: Final = ("spokes", "representative")
# A noun of this ending is a body's or a quality's, never one person's (`the municipality`,
# `the university`, `the charity`).
_NO_PERSON_ENDING: Final = "ity"
# `the 63-year-old`: an age is a person's, whatever noun follows it.
_AGE: Final = re.compile(AGE_WORD + "s?")
# Lower-case words that are neither a person nor a body in a subject (`the figures showed`,
# `the data said`): no one is looked for. (A statement's, a report's or a ruling's noun is
# ISSUED_NOUNS' or document_noun's, read beside this.)
_NO_SPEAKER: Final = frozenset(
    "figures data numbers results poll findings records document order decision".split()
)
# Nouns for many people as one (`the jury`, `the household`), which no one person is, and for a
# medium or a work that carries words (`the website`, `the account`, `the film`; see
# NOT_SPEECH_CUES): a description the last resort gives no one named before. (The other nouns
# for people are an open class, these closed ones; the body rules read a group with a name.)
_GROUP_NOUNS: Final = frozenset(
    "jury panel household congregation audience public community crowd family couple pair"
    " trio duo team crew squad band choir cast class staff".split()
)
_MEDIUM_NOUNS: Final = frozenset(
    "account website site page post feed blog channel video clip campaign petition".split()
)


def fallback_kind(lowered: list[str]) -> str | None:
    """`the 63-year-old`, `the shipwright`, `the executive` -> PERSON; `the agency`, `the
    local council` -> BODY; `the report`, `the residents`, `the spokesman`, `the society's
    chairman` -> None: what a description of two or three words (`the` first) calls, by its
    last word. An owner's possessive and a noun for someone speaking for a body call no one
    here (the owner's and the body's rules read them); an age calls a person; a document or a
    thing no one; a body's noun (ORG_ANAPHORS, ORG_WORDS, GENERIC_NOUNS) a body; a plural no
    one; any other lower-case noun a person (the nouns for people are an open class: trades,
    posts, standings, titles; the nouns for bodies a closed one)."""
    head = lowered[-1]
    if any(word.endswith(("'s", "’s")) for word in lowered[1:]):
        return None  # (`the society's chairman`: whose they are says who, not nearness)
    if any(_AGE.fullmatch(word) for word in lowered[1:]):
        return PERSON
    if head.startswith(_FOR_A_BODY):
        return None  # (`the spokesman`: a body's, read by the body rules)
    if not head.replace("-", "").isalpha() or head in _NO_SPEAKER or head in ISSUED_NOUNS:
        return None
    if head in _GROUP_NOUNS or head in _MEDIUM_NOUNS or head in NOT_SPEECH_CUES:
        return None  # (`the jury said`, `the website said`: no one person named before)
    if document_noun(head):
        return None  # (`the report said`: its issuer's, read by the document rules)
    if head in ORG_ANAPHORS or head in ORG_WORDS or head in GENERIC_NOUNS:
        return BODY
    if head.endswith(_NO_PERSON_ENDING):
        return None  # (`the municipality`: a body no kind list holds, or a quality)
    if head.endswith("s") and not head.endswith("ss"):
        return None  # (`the residents said`: many people, none of whom is named)
    return PERSON


def general_referent(
    registry: Described, words: list[str], lowered: list[str], where: tuple[int, int]
) -> str | None:
    """`X Y repairs boats. "...," the shipwright said` -> X Y: for a person's description no
    rule resolved (see fallback_kind), the person the text is about within FALLBACK_BACK
    paragraphs of the cue: one of the latest sentence naming someone (see
    Described._sentence_people), else the latest person named or heard, whom nothing
    contradicts (sex, trade, age; see Described._noun_contradicted); None when a word after
    `the` is capitalised (`the Authority`, `the Acme foundryman`, `the Sligo man`: a name's
    word says whose, which the name rules read), the noun is no person's, it came in unnamed
    (`a source ... the source`), the cue's sentence keeps someone off the record, or no such
    person is near."""
    if any(word != word.lower() for word in words[1:]):
        return None  # (`the Acme foundryman`: an owner's or a place's name says whose, not who)
    kind = fallback_kind(lowered)
    head = lowered[-1]
    if kind != PERSON or _unnamed_in_paragraph(registry, where):
        return None  # (a body's noun: the body rules' alone, see the module's docstring)
    if registry._unnamed_before(head, where) or registry._anonymous_before(head, where):
        return None
    # (`— Ann Lee, Leeds` between: a letter signed off, whose people the next is not about)
    floor = where[0] - FALLBACK_BACK
    for index in range(max(0, floor), where[0]):
        text = registry._paragraphs[index].text
        if credit_line(text):
            floor = index + 1
        elif _OFF_RECORD.search(text, max(0, len(text) - UNNAMED_REACH)) is not None:
            return None  # (`A worker who asked not to be named said ...` just before: theirs)
    # (the people of the latest sentence naming someone first, the one it is about: `## Y was
    # gracious in defeat. "...," the runner-up said` after X won)
    for name, _, paragraph in registry._sentence_people(where):
        if paragraph.index >= floor and not registry._noun_contradicted(name, head):
            return name
    latest = registry._latest
    for name in registry._recent(where):
        seen = latest.get(name)
        if seen is None or seen[0] < floor:
            continue  # (named last further back than a description reaches)
        entry = registry.entries.get(name)
        if entry is None or entry.kind != PERSON:
            continue
        if not registry._noun_contradicted(name, head):
            return name
    return None


def _unnamed_in_paragraph(registry: Described, where: tuple[int, int]) -> bool:
    """`A resident who asked not to be named said she ... "...," the woman said` -> True: the
    cue's paragraph, before the cue, keeps someone off the record or opens a sentence on
    someone unnamed (`A resident ...`) with no person named after that opening; the
    description is of that person, whom the article does not name."""
    paragraph = registry._paragraphs[where[0]]
    masked = paragraph.masked
    start = max(0, where[1] - UNNAMED_REACH)
    if _OFF_RECORD.search(masked, start, where[1]) is not None:
        return True
    opening = -1
    for found in _INDEFINITE_OPENING.finditer(masked, start, where[1]):
        opening = found.end()
    if opening < 0:
        return False
    starts = paragraph.mention_starts
    first, last = bisect_left(starts, opening), bisect_left(starts, where[1])
    return all(mention.kind != "person" for mention in paragraph.mentions[first:last])


# Words that join a cue's clause to the one before (`..., and the association said`, `..., while
# the association said`): the conjunctions that join two clauses, the description after them
# the subject.
JOINING_WORDS: Final = ("and", "but", "yet", "so", "while", "whereas", "although", "though")
# How far before its verb a joined description is looked for (a bound: the phrase is short).
_JOINED_REACH: Final = 80
# How many paragraphs before the cue's the body a spokesperson's noun names must have been met.
SPOKEN_FOR_BACK: Final = 1
# `A spokesman for the bookmaker`, `a representative of the circuit`: someone speaking for a
# body by its noun (one or two lower-case words after `the`).
_SPOKES_FOR: Final = re.compile(
    r"(?:[Aa]n?|[Tt]he) (?:spokes(?:man|woman|person)|representative) (?:for|of) "
    r"(the [a-z][a-z-]*(?: [a-z][a-z-]*)?)"
)
# How many names back, in the cue's paragraph and the one before, `the regulator` is looked for
# (a bound: a paragraph of many names and many cues is not read whole for each).
PUBLIC_FEW: Final = 8
# The nouns for a body that oversees others (`the regulator warned`): a public body's.
_OVERSEER_NOUNS: Final = frozenset(("regulator", "watchdog"))
# The words of a public body's name that may oversee others: not a council or a government
# (they govern a place), nor a ministry (it makes policy).
_OVERSEER_NAME_WORDS: Final = frozenset(
    "agency department authority administration commission regulator office directorate "
    "bureau inspectorate executive".split()
)


def joined_description(words: list[str], masked: str, verb: int) -> str | None:
    """`The ban is backdated, and the association said` -> `the association`: a cue's
    description after a joining word (the clause before it is another), its verb at `verb` of
    the paragraph's `masked` text; None when it opens on none, is one word, or follows a
    quote (`X said “...,” and the operator said “...”`: the quote before is X's, which a
    clause read on from it would take)."""
    if len(words) < 3 or words[0] not in JOINING_WORDS or words[1].lower() != "the":
        return None
    start = masked.rfind(" ".join(words), max(0, verb - _JOINED_REACH), verb)
    if start < 0 or masked[max(0, start - 4) : start].rstrip(" ,").endswith(MASK):
        return None
    return " ".join(words[1:])


def spoken_for_noun(phrase: str) -> str | None:
    """`A spokesman for the bookmaker` -> `the bookmaker`: the description of the body someone
    speaks for; None for any other phrase (`a spokesman for Acme`, `the spokesman`)."""
    match = _SPOKES_FOR.fullmatch(phrase)
    return match.group(1) if match is not None else None


def spoken_for_body(registry: Described, name: str | None, where: tuple[int, int]) -> str | None:
    """`X Hockey League (XHL) ... XHL commissioner Y said ... . A spokeswoman for the circuit
    said` -> the league: what `the <noun>` of a spokesperson's body names, when a body named or
    heard in the cue's paragraph or the one before (a noun that does not name the body points
    back to the body just met); None for a person or a body further back."""
    entry = registry.entries.get(name) if name is not None else None
    if name is None or entry is None or entry.kind != BODY:
        return None
    seen = registry._latest.get(name)
    return name if seen is not None and seen[0] >= where[0] - SPOKEN_FOR_BACK else None


def public_referent(registry: Described, lowered: list[str], where: tuple[int, int]) -> str | None:
    """`The Department of Environment said ... . The regulator warned ...` -> the Department:
    for `the regulator` or `the watchdog` no rule resolved, the one public body (a name with a
    word of _OVERSEER_NAME_WORDS: department, authority, agency, office, ...) among the last
    PUBLIC_FEW names of the cue's paragraph before the cue and of the paragraph before (a
    council, a government or a ministry is none: see _OVERSEER_NAME_WORDS); None when none or
    two are."""
    if len(lowered) != 2 or lowered[1] not in _OVERSEER_NOUNS:
        return None
    found: set[str] = set()
    for index in range(max(0, where[0] - 1), where[0] + 1):
        paragraph = registry._paragraphs[index]
        end = len(paragraph.mentions)
        if index == where[0]:
            end = bisect_left(paragraph.mention_starts, where[1])
        for mention in paragraph.mentions[max(0, end - PUBLIC_FEW) : end]:
            if mention.kind == "org" and not _OVERSEER_NAME_WORDS.isdisjoint(
                mention.name.lower().split()
            ):
                found.add(mention.name)
    return registry.organisation(found.pop()) if len(found) == 1 else None
