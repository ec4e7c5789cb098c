"""Speakers a clause describes rather than names: a lone capital, `the company`, an age.

`Xi said` after `Xi Jinping`, `game developer Vantor said`, `a Kremlin spokesperson said`, `the
governor said`, `the 56-year-old said`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, islice
from typing import Final

from mypy_extensions import trait

from api.parser.given_names import given_name_sex, unlikely, usual_sex
from api.parser.quote_aliases import BRACKETED
from api.parser.quote_apposed import apposed_after, holds_in_order
from api.parser.quote_board_papers import PAPER_CHARS, paper_owner_noun, paper_phrase_owner
from api.parser.quote_body_kinds import APPOSED_BACK, PUBLIC_NOUNS, apposed_business
from api.parser.quote_budget import LATEST_FEW
from api.parser.quote_bylines import credit_line
from api.parser.quote_calls import RegistryCalls
from api.parser.quote_context import Paragraph
from api.parser.quote_deeds import TRADE_NOUNS, deed_holder, deed_post
from api.parser.quote_documents import (
    GIVER_GAP,
    ISSUED_ALTERNATIVES,
    ISSUED_NOUNS,
    OPENING_REACH,
    OWNER_NOUN,
    WROTE_TO,
    before_relative,
    clause_issued,
    document_from,
    document_from_name,
    document_givers,
    document_noun,
    document_sender_noun,
    issued_by,
    issued_document_noun,
    it_antecedent,
    it_reads,
    its_document,
    opening_document,
    partners_firm,
    possessive_issued,
    posted_at_site,
    posted_documents,
    put_up_documents,
    puts_out_document,
    received_documents,
    reported_noun,
    role_owned_document,
    site_document_owner,
    work_noun,
    written_document,
)
from api.parser.quote_entries import (
    AGED,
    NO_ONE,
    Entry,
    EntryWords,
    Resolved,
    no_one,
    organisation_role,
    role_head,
    same_role,
)
from api.parser.quote_fallback import (
    general_referent,
    joined_description,
    public_referent,
    spoken_for_body,
    spoken_for_noun,
)
from api.parser.quote_generic_bodies import (
    APPOSED_NOUN_REACH,
    BOARD_NOUNS,
    COMPANY,
    COMPANY_NOUNS,
    COUNCIL_KEY,
    GENERIC_NOUNS,
    OVERSEER,
    REGULATES_REACH,
    REGULATOR,
    apposed_nouns,
    clause_doers,
    council_named,
    funder_nouns,
    generic_nouns,
    gerund_agent,
    maker_nouns,
    regulates,
    regulates_by_clause,
    regulator_phrase,
    works_stems,
)
from api.parser.quote_goes_by import goes_by_before
from api.parser.quote_introduced import (
    CHILD_NOUNS,
    INTRODUCED_BACK,
    NOUN_FAMILIES,
    STATUS_AGES,
    below_status_age,
    carried_starts,
    carries,
    carries_phrase,
    fronted_place,
    introduction,
    names_owner,
    noun_sex,
    owned_description,
    placed_description,
)
from api.parser.quote_kin import (
    ELDER_KIN,
    OWNER_SEX,
    SPOUSE_KIN,
    elder_kin,
    elder_named,
    kin_phrase,
    other_age,
    role_relation,
)
from api.parser.quote_kinds import (
    POST_NOUNS,
    RANK_HELD,
    agent_nouns,
    body_opening_role,
    capitals_before,
    does_after,
    fits_role,
    listed_person_noun,
    modifier_fits,
    of_another_kind,
    post_of_kind,
    role_bodies,
    role_of_kind,
)
from api.parser.quote_lowercase import LowercaseWords
from api.parser.quote_names import demonym
from api.parser.quote_namesakes import names_before_noun
from api.parser.quote_noun_people import (
    BARE_PERSON_NOUNS,
    POSTED_NOUNS,
    STANDING_NOUNS,
    dashed_dateline,
    doer_shaped,
    kin_apposed,
    kin_opening,
    lead_subject_opening,
    modifier_shaped,
    name_holds,
    person_shaped,
    pronoun_led,
    pronoun_sex,
    quote_only,
    renamed_opening,
    sentence_sex,
    spelled_noun,
    trade_contradicts,
    visited_before,
)
from api.parser.quote_one_names import parent_opening_child
from api.parser.quote_open_bodies import (
    APPOSED,
    OPEN_BODY,
    POST_REACH,
    SERVED_BY_REACH,
    TAKEN_ON_REACH,
    TRADED,
    WORDED,
    fullest_named,
    initialled,
    kind_open,
    open_body_mention,
    open_body_noun,
    person_noun,
    served_by_nouns,
    taken_on_as,
    taken_on_before,
    trade_doer,
)
from api.parser.quote_orgs import (
    COMPANY_ANAPHORS,
    LEAD_HEADS,
    ORG_ANAPHORS,
    STATE_NOUNS,
    civic_noun,
    firm_nouns,
    fits,
    fits_by_kind,
    headed_by_qualifier,
    headed_name,
    implying_words,
    kind_described,
    kind_fitted,
    last_name_word,
    lowered_words,
    named_by,
    naming_words,
    role_owner,
    same_kind,
    says_no_kind,
    trade_nouns,
)
from api.parser.quote_parents import ONE_NAME_AGE, parent_sex
from api.parser.quote_people import Mention, inside_role
from api.parser.quote_places import settlement_after, where_before
from api.parser.quote_quoted_kin import kin_named_in_quote
from api.parser.quote_roles import ORG_HEAD, head_noun
from api.parser.quote_shapes import dateline_end, in_dateline, spoken_to, told_to
from api.parser.quote_short_forms import body_of_word, one_capital_word, short_body
from api.parser.quote_subjects import main_subject
from api.parser.quote_title_bodies import POST_TRIES, post_before_name
from api.parser.quote_titles import title_of_address
from api.parser.quote_tokens import POSSESSIVE, word_key
from api.parser.quote_unnamed import fronted_indefinites, withheld_unnamed
from api.parser.quote_words import (
    AGE_WORD,
    FORMER_WORDS,
    OFF_RECORD_PHRASES,
    ORG_WORDS,
    SPOKES_NOUNS,
    SPOKES_PATTERN,
    STOP_CAPS,
    TITLE_WORDS,
    kin_before,
    word_sex,
)

# `Riftline Games, which publishes`: a name, its comma, `which` and a verb in the present
# (opening at a word's start, of eight words at most: a page of capitals stays linear).
_WHICH_VERB: Final = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][\w'’&.-]* ){0,7}[A-Z][\w'’&.-]*), which ([a-z]{3,}s)\b"
)
_AGENT_NAME_WORDS: Final = 6  # the endings of a name before `, which` looked up (`Games`, ...)
_NO_AGENTS: frozenset[str] = frozenset()
# A descriptive reference ("the governor said") is matched against at most this many of the
# latest named entries when no recent event fits.
KNOWN_ENTRIES: Final = 200
# Every word of someone unnamed speaking for a body (SPOKES_NOUNS, the nouns for one person that
# a later `the <noun>` points back to, and more): `a council statement said`.
_SPOKES: Final = SPOKES_NOUNS | frozenset(("spokespeople", "representative", "statement"))
# `the ` before a name: a body's (`the Hunter Stags`), not a person's.
_THE: Final = ("the ", "The ")
# `a spokesperson for the authority`: the noun of the body a spokesperson speaks for.
OPEN_BODIES_READ: Final = 8  # the bodies (latest first) read for one a known kind's noun fits
# A reporting verb and the reported clause's opening, before the body it is about.
_SAID_THE: Final = re.compile(r"[a-z]+ (?:that )?the ")
SPOKES_READ: Final = 8  # the bodies (latest first) read for the one whose spokesperson spoke last
_SPOKES_FOR: Final = re.compile(rf"\b{SPOKES_PATTERN} (?:for|of|at) the ([a-z]+)\b")
SPOKES_BACK: Final = 400
# `The council said ...`, `The authority would not say ...`: a body's noun as the
# subject opening a sentence, the body a spokesperson in the same paragraph then speaks for.
# (The pattern opens with its literal, which the engine searches for fast; an opening of
# lookbehinds was tried at every character of the SPOKES_BACK read back. Where it stands is
# _opens_sentence's test.)
_BODY_OPENS: Final = re.compile(r"The ([a-z]+) (?=[a-z])")
# `A spokesperson for the embassy said in a statement`: a body's spokesperson opening the
# sentence that issues a document (the statement is the body's, see Described._issuer).
_SPOKES_OPENS: Final = re.compile(
    rf"\s*(?:An?|The) (?:[a-z]+ )?{SPOKES_PATTERN} for the (?:[a-z]+ ){{0,2}}[a-z]+"
)
# `The Health Service Executive said ...`: `The` and a body's capitalised name opening a sentence.
_NAME_OPENS: Final = re.compile(r"The ((?:[A-Z][\w'’&-]* ){0,5}[A-Z][\w'’&-]*)")
# `A notice pinned to the gate by the hospital `: a thing posted up, opening its sentence, that
# speaks for the body (by its noun) that put it there, named right before the verb.
_POSTED_BY: Final = re.compile(
    r"\s*An? (?:notice|note|sign|poster|leaflet|placard)\b[^,;:.!?\x00]{0,80}? "
    r"(?:by|from) the ([a-z]+) $"
)
# A document its owner's possessive or a body's noun may name (`Acme's stock exchange filing`,
# `a department fact sheet`), and the most words such a phrase holds.
_OWNED_DOCUMENTS: Final = frozenset("filing filings sheet notice document website".split())
# People of a body who speak, unnamed, as the body: `analysts at X Securities said in a note`.
_BODY_PEOPLE: Final = frozenset(
    "analysts economists strategists officials stewards inspectors auditors examiners".split()
)
_AT_BODY: Final = frozenset({"at", "from", "of"})
_JOINING_WORDS: Final = frozenset({"of", "for", "and", "&", "the"})
# A body's part that speaks for it, named by the body's possessive: `the Pacific Forum's
# observer mission said`, `the Kremlin's press office said` (the body's words).
_OWNED_UNITS: Final = frozenset("mission delegation secretariat office desk".split())
_DOCUMENT_WORDS: Final = 6
# (a body puts out a document by other verbs too, its acronym in brackets between: `The X (XYZ)
# served a prohibition notice on`, `The Y published a report`, `Z sent a letter`; up to three
# words of its kind before the noun: `served a noise abatement notice`)
_ISSUED_IN: Final = re.compile(
    r"(?: \([A-Z][A-Za-z&]{1,9}\))?"  # (see quote_aliases.BRACKETED)
    r" (?:(?:said|says|wrote|writes|announced|added) in|(?:served|issued|sent|published)) "
    rf"an? (?:[a-z-]+ ){{0,3}}({ISSUED_ALTERNATIVES})\b|\binternal ({ISSUED_ALTERNATIVES})\b"
)
# A document fronted before its issuer: `In a notice posted on Friday, the city said ...`; the
# issuer (group 2) ends right before its verb, as after `said in a notice` (see _issuer).
# (any verb in the past or present that says what the document does: `In a letter to
# subcontractors, the firm blamed late payments`, `..., the board has warned`)
_ISSUED_FRONTED: Final = re.compile(
    rf"\bIn an? (?:[a-z]+ )?({ISSUED_ALTERNATIVES})"
    r"\b[^.,]{0,80}, ([^,]{1,60}?) (?:(?:has|had|have) )?"
    # (a verb, not a plural noun before an apposition: `the contest organisers, X Ltd, said`)
    r"(?:said|says|wrote|announced|[a-z]{2,}ed|[a-z]{2,}[^s]s)\b(?!,)"
)
# A body's noun after the fronted document's comma, its issuer: `In a notice, the city said`,
# `In a letter, the construction firm blamed` (one word of its kind before the noun).
_FRONTED_BODY: Final = re.compile(r", the ((?:[a-z]+ )?[a-z]+)$")
_FRONTED_REACH: Final = 56  # (`, the `, a word of its kind and the longest noun)
# The documents a site shows, whose owner speaks (see _site_owner): `A notice at the depot`, `A
# sign posted at the entrance said` (a sign or poster is issued by no one said).
_SITE_DOCUMENTS: Final = ISSUED_NOUNS | {"sign", "poster"}
# `the authority` of a lone council once the text calls a body `the local authority` (see
# Described._lone_council): the words looked for (`L` or `l`), and the index's key for them.
_AUTHORITY: Final = "authority"
_LOCAL_AUTHORITY_WORDS: Final = "ocal authorit"
LOCAL_AUTHORITY: Final = "local authority:"
# How far before the cue's sentence a noun owning something (OWNER_NOUN: `The factory’s managing
# director`) is read (see Described._owning_body).
OWNING_REACH: Final = 200
# The cheap test for a paragraph that may issue a document (see issued_documents).
_ISSUING: Final = (
    " in a",
    "In a",
    "internal ",
    " served ",
    " issued ",
    " sent ",
    " published ",
    " wrote to ",
    " posted",
    " pinned",
    " taped",
    " stuck",
    " displayed",
    " put up",
    " released",
    " circulated",
)
_SENTENCE_ENDS: Final = ".!?"
_CLOSING_QUOTES: Final = "”\"’'"


def _people_of_noun(words: list[str]) -> str | None:
    """`officials at the authority` -> `authority`: a body's unnamed people, the body called by
    its noun, speak as `the authority` would (`officials at the scene`: no body's noun, None)."""
    if len(words) != 4 or words[1] not in _AT_BODY or words[2] != "the":
        return None
    return words[3] if words[3] in ORG_ANAPHORS else None


def _workplace_called(role: str | None, head: str) -> str | None:
    """`The trust said` of `X, a scientist at the Ruddlebrook Rivers Trust,`: the body a
    person's role names (`at <body>`, `<body>'s`) when the noun is that body's word, not the
    person's post (`the scientist` stays X)."""
    if role is None or head not in ORG_ANAPHORS:
        return None
    owner = role_owner(role) or _body_of_role(role)
    return owner if owner is not None and head in lowered_words(owner) else None


# A post's `of` and the body it is held in: `president of the Prairie Paramedics Union`.
_ROLE_OF: Final = re.compile(r"\bof (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5})$")


# The words of one who asks to stay unnamed: `who asked not to be named`, `on condition of
# anonymity`, `was not authorised to speak`; read within OFF_RECORD_REACH characters of the verb.
_OFF_RECORD: Final = re.compile(OFF_RECORD_PHRASES)
# Every match of _OFF_RECORD holds one of these (`not to be named`, `anonymity`): a stretch with
# neither holds none.
OFF_RECORD_NOT: Final = "not "
OFF_RECORD_ANONYMITY: Final = "anonymity"
OFF_RECORD_REACH: Final = 200
# Someone unnamed on a body's staff whom a copy lets speak for it: `A ministry official said`.
_STAFFERS: Final = frozenset("official source insider".split())


def _body_staffer(lowered: list[str]) -> bool:
    """`a ministry official`, `an agency source` -> True: an unnamed one of a body's staff, by
    the body's noun, speaks for it as a spokesperson would; `a senior official`, `the
    official` (someone named before) -> False."""
    return (
        len(lowered) >= 3
        and lowered[0] in ("a", "an")
        and lowered[-1] in _STAFFERS
        and not ORG_ANAPHORS.isdisjoint(lowered[1:-1])
    )


def _body_of_role(role: str) -> str | None:
    """`president of the Tolland Nurses Union` -> `Tolland Nurses Union`: the body a post is
    held in, when the role ends with its name (`The union said` is the union, not its head)."""
    match = _ROLE_OF.search(role) if " of " in role else None
    return match.group(1) if match is not None else None


def _opens_sentence(text: str, start: int) -> bool:
    """The text's start, or a sentence end and a space before `start`, a closing quote mark
    allowed between them: `. The`, `?” The` (not `said The`)."""
    if start == 0:
        return True
    if start < 2 or text[start - 1] != " ":
        return False
    if text[start - 2] in _SENTENCE_ENDS:
        return True
    return start >= 3 and text[start - 2] in _CLOSING_QUOTES and text[start - 3] in _SENTENCE_ENDS


_AGE: Final = re.compile(AGE_WORD)  # the phrase's words drop the digits
# `the lead author` is who `led the study` (or was named its lead author), not a co-author.
_LED: Final = re.compile(
    r"\b(?:led|leads|heads|headed) the (?:study|research|trial|team|work|survey|paper|project|"
    r"review|analysis)\b|\blead (?:author|researcher|investigator|scientist)\b"
)
# A name after these was spoken to (`according to X` is X speaking).
# `the teenager said` of `X, a 19-year-old`, `the octogenarian` of `X, 84,`: nouns for a span of
# ages (or a career's stage), and the age written after a name (`, 19,`, `, a 19-year-old`,
# `, aged 19`).
_AGE_CLASSES: Final = {
    "teenager": (13, 19),
    "teen": (13, 19),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 130),
    # (a career's stage, no span of ages: `the rookie said` of `X, 20, who ... his 14th race`,
    # the age written after the name marking the person the article describes)
    "rookie": (14, 60),
    "debutant": (14, 60),
    "debutante": (14, 60),
    "newcomer": (14, 60),
    "veteran": (14, 99),
}
# The paragraphs read back for a standing's age (`X Y, 63,` ... a woman, a spokesman ... `the
# retiree asked`): a noun reaches less far than an age in digits (EXACT_AGE_BACK) does.
_STANDING_AGE_BACK: Final = 3
# The oldest age a standing's least age is read up to (`the retiree` of `X, 63,`).
_OLDEST: Final = _AGE_CLASSES["centenarian"][1]
# `In her victory speech, the 46-year-old said`: an owner's pronoun opening the sentence, alone
# or after one capitalised word (a preposition), says the sex of the subject described.
_OWNER_OPENING: Final = re.compile(r"(?:[A-Z][a-z]+ )?([Hh]is|[Hh]er) [a-z]")


# Nouns for the people of a body, after its name: `the Tarrow Bay Lifeboat crew`.
_CREW_NOUNS: Final = frozenset("crew team squad staff".split())
_CREW_NAME_WORDS: Final = 5  # the most words of the body's name between `the` and the noun


def _aged_noun_of(lowered: list[str]) -> bool:
    """`the 47-year-old father of three`, `the 30-year-old mother of two`: an age, a noun and an
    `of` phrase after it (the noun's own facts)."""
    return lowered[0] == "the" and bool(_AGE.fullmatch(lowered[1])) and lowered[3] == "of"


# `the 34-year-old` as written, and the few lowercase words of a noun after it (`the 30-year-old
# mother of two`), right before the verb
_AGED_AT: Final = re.compile(r"[Tt]he (\d{1,3})-year-old(?:\s+[a-z][\w-]*){0,4}\s+$")
_AGED_REACH: Final = 64  # the characters before the verb that hold them
# `the 61-year-old said` of `X, 61,` named this many paragraphs back at most (an age in digits
# names one person, so it points further back than a noun of a role does).
EXACT_AGE_BACK: Final = 12
_AGE_AFTER: Final = re.compile(r",\s+(?:an? |aged )?(\d{1,3})(?:-year-old\b|,)")
_TOLD: Final = re.compile(r"\b(?:told|(?<!according )to|with)\s+$")
# `Asked by X whether ..., the witness replied`: the one asking (the agent of a question's
# participle, a role's word or two allowed before the name) is never the one described after.
_ASKER: Final = re.compile(
    r"\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Qq]uizzed|[Cc]hallenged|[Cc]ross-examined) by\s+"
    r"(?:[\w.’'-]+\s+){0,2}$"
)
_ASKER_REACH: Final = 48
# `X, a former minister who represents Galway West,`: a name after a relative pronoun and a
# verb (no comma between) is what someone's clause is about, not the one a description means.
_RELATIVE: Final = re.compile(r"\b(?:who|which|whose) (?:[a-z]+ ){1,2}$")
# An indefinite article before a noun (see _introductions), the one lowercase word that may
# stand between them, and the end of a word.
_INDEFINITE: Final = re.compile(r"(?<!, )\b(?:[Aa]n?|[Aa]nother|[Oo]ne) ")
# (a body's name may stand there too: `A Castlebridge director, speaking on condition of
# anonymity,` is someone the article never names, as `a club director` would be)
_MODIFIER: Final = re.compile(r"(?:[a-z-]+|[A-Z][a-z]+) ")
# `a`/`an` wherever it stands, in apposition too (see _anonymous_before).
_ANY_INDEFINITE: Final = re.compile(r"\b(?:[Aa]n?|[Oo]ne) ")
# How far before a cue its anonymous introduction is looked for (a window, so that a paragraph
# of many `the operator said` stays linear).
ANONYMOUS_REACH: Final = 400
_WORD_EDGE: Final = re.compile(r"\b")
# `covers chipmakers for Halden Securities`: a name after these is where someone works.
_AFFILIATION: Final = re.compile(r"\b(?:for|at|of|from)\s+$")
# `the striker`, `the retiree`, `the ecologist`, `the analyst`, `the keeper`: a noun for someone
# who does something, which an article uses for the person it has just named even when it never
# gave that word as the person's role.
_AGENT: Final = re.compile(r"[a-z]{3,}(?:er|or|ist|yst|ee|ian)")
# Agent-shaped nouns for things, not people (`the letter said`, `the order said`).
_THINGS: Final = frozenset(
    "letter newsletter paper newspaper order charter register poster flyer chapter center "
    "centre monitor sector error mirror ledger computer counter banner number matter "
    "other another either neither together water weather".split()
)
# A body's noun that is also a person's trade (`the grocer` of a chain, or of a shopkeeper): a
# person's when no body fits.
_TRADES: Final = frozenset({"grocer", "operator"})
# A player's place in a team, a noun for a person that no agent ending shows (`the veteran prop
# said` of the captain just named, `the fly-half`): read as an agent noun.
_POSITIONS: Final = frozenset(
    "prop lock fly-half scrum-half half-back halfback fullback full-back five-eighth "
    "back-rower quarterback shortstop goalie centre-back centre-half wing-back forward "
    "centre-forward".split()
)
# A singer's voice, a noun for a person that no agent ending shows either (`X, who sings Macbeth,
# ... the baritone said`): the one person its paragraph names. (`alto` and `bass` left out:
# common words too.)
_VOICES: Final = frozenset(
    "soprano mezzo-soprano mezzo contralto countertenor tenor baritone bass-baritone".split()
)
# Those who examine for a body, named with it: `inspectors from Ofsted`, `auditors at the X`.
_EXAMINERS: Final = frozenset(
    "inspectors auditors investigators examiners assessors observers".split()
)
_EXAMINED_BY: Final = re.compile(
    r"\b(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in sorted(_EXAMINERS)) + r")"
    r" (?:from|at|of|with) (?:the )?(?=[A-Z])"
)
# What they write up: `the report said` is the examining body's.
_FINDINGS: Final = frozenset("report inspection audit review findings".split())
# Nouns for a person by their work that no agent ending shows either: `the actress said` of the
# lead just named, `the playwright`, `the chef`.
_WORKERS: Final = frozenset("actress playwright poet chef nurse pilot".split())
# What the article says a person does that shows a trade it may go on to name them by, right
# after the name: `X has played a queen` ... `the actor says`.
_PLAYS = re.compile(r",? (?:who )?(?:has |had |have )?(?:played|plays|starred|stars) ")
_TRADE_SHOWN: Final = {"actor": _PLAYS, "actress": _PLAYS, "performer": _PLAYS}
# An undescribed agent noun points back at most this many paragraphs (a salient person only).
AGENT_BACK: Final = 1
# The paragraphs that are only a quote a look-back for a noun's person passes over besides
# (`Te Puke beekeeper X said ...`, `"..."`, then `He has ... "...," the apiarist said`).
_QUOTED_PASSED: Final = 2
# The sentences before a cue that may all go on about the person named before them by `He`/
# `She` (`He has since fitted trackers. He checks them daily. "...," the apiarist said`): more,
# and the paragraph has moved on; a bound on the sentences read per cue.
_LED_SENTENCES: Final = 6
# The names read before a description for the person opening its paragraph (see
# Described._paragraph_opener): more, and the paragraph is about more than one person.
_OPENER_MENTIONS: Final = 6
# The names of a body's description's sentence read for a person its body named first.
_MEMBER_MENTIONS: Final = 4
# What follows the name of the one who won an election: `X won 44%`, `X was elected mayor`.
_WON: Final = (" won ", " was elected ", " was re-elected ", " beat ", " defeated ")
# `said the widow`: a noun for a person by family or loss, never given as a role, is the person of
# its gender named last (as `she` would be), not someone of the other gender named since.
_GENDERED_NOUNS: Final = frozenset(
    "widow widower mother father grandmother grandfather".split()
)  # (each one's sex: word_sex)


# Possessive pronouns a description may open with (`his barrister`, `her lawyer`).
_OWNER_PRONOUNS: Final = frozenset({"his", "her", "their"})
# A lowercase noun's possessive ending: `cannery's`, `cannery’s`.
_OWNED_ENDINGS: Final = ("'s", "’s")


def _lead_length(words: list[str]) -> bool:
    """A description short enough for _later_described: three words, or more when those
    between `a` and the noun are a body's capitalised name (`A Federal Court judge`)."""
    if len(words) <= 3:
        return True
    return len(words) <= 5 and all(w[:1].isupper() for w in words[1:-1])


def _later_described(lowered: list[str]) -> bool:
    """`a coroner`, `the cathedral's dean` (lower-cased words): a description the lead may give
    before the article names its holder (an owner's possessive before the role: `the council's
    chief`), not a bare `the governor`, an anaphor for someone named before."""
    if lowered[0] in ("a", "an", "one"):
        return True  # (`one pharmacist`: one of several, named later)
    return len(lowered) == 3 and lowered[0] == "the" and lowered[1].endswith(("'s", "’s"))


_PAPER_MENTIONS: Final = 3  # the names before a cue _papers_only reads at most


def _papers_only(paragraph: Paragraph, at: int) -> bool:
    """`Asked by the Herald whether ..., the Ballymore man replied`: a hometown man or woman
    whom no one was tied to (placed_person) is the last speaker even after names before the cue,
    when each is a name after `the` (a paper, a body: no person) and a few at most; not `Asked by
    Ann Lee whether ..., the Ballymore man replied` (a person named there)."""
    masked = paragraph.masked
    for k, mention in enumerate(paragraph.mentions):
        if mention.start >= at:
            return True
        if k >= _PAPER_MENTIONS or mention.kind == "person":
            return False
        if masked[max(0, mention.start - 4) : mention.start].lower() != "the ":
            return False
    return True


# `Asked by the Herald whether ..., the Ballymore man replied`: a paragraph opening with a
# question put to someone answers the interview going on, so a hometown no one was tied to is
# the last speaker's (not so after a bare quote: `“...,” the Sligo man said` may be a newcomer).
_ASKED_OPENING: Final = "Asked "

# `the Galway man`, `the Leeds woman`: a person the text put in that place, of that sex.
_PLACED_NOUNS: Final = {"man": "m", "woman": "f"}
_PLACED_REACH: Final = 120  # the characters after a name read for its place


def _body_document(words: list[str]) -> bool:
    """`the union’s statement`: a document a body's noun owns (the body speaks, or no one)."""
    return (
        len(words) == 3
        and words[2] in ISSUED_NOUNS
        and words[1].endswith(("’s", "'s"))
        and POSSESSIVE.sub("", words[1]) in ORG_ANAPHORS
    )


def _body_word(word: str) -> bool:
    """`Falcons`, `federation`: a word before a post's noun that names a body (a name, or a
    body's noun), not `head` of `the head coach`."""
    return word[:1].isupper() or word in ORG_ANAPHORS or word in ORG_WORDS


# `a builder who refixed his mortgage`: an owner's pronoun in a person's role says their sex.
_ROLE_OWNER: Final = re.compile(r"\b(his|her)\b")


def _role_sex(role: str | None) -> str | None:
    """`41-year-old builder in Hamilton who refixed his mortgage` -> "m": the sex the role's own
    pronoun says, which a guess from the given name does not overrule; None without one."""
    found = _ROLE_OWNER.search(role) if role else None
    return None if found is None else "m" if found.group(1) == "his" else "f"


# An apposition naming whose relative a titled name is: `Mr Banda, her husband, said`.
_KIN_APPOSED: Final = re.compile(r",\s+(?:his|her|their)\s")


def _the_before(masked: str, mention: Mention) -> bool:
    """`as the Adelaide Hawks edged the Perth Rays` -> True for both: `the` before a name read
    as a person's makes it a team's or a body's (a person's name takes no article)."""
    return masked.endswith("the ", 0, mention.start)


# A role's words, split at spaces and hyphens: `ex-minister` -> `ex`, `minister`.
_ROLE_WORD_BREAKS: Final = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)  # (asked of each entry `the <role>` may name: roles repeat)
def _held_once(role: str | None) -> bool:
    """A role the article says was held before (`former enterprise minister`): the only roles
    `the former X` may name; a role without such a word is held now."""
    # (the pattern compiled once: each new role would look it up in re's cache)
    return bool(role) and not FORMER_WORDS.isdisjoint(_ROLE_WORD_BREAKS.split(role.lower()))


# `the union` in the lead, named nowhere before it, looks this many paragraphs ahead for it.
AHEAD: Final = 2
# `the union` looks this many paragraphs back for a body of its kind (past the pronoun window).
KIND_BACK: Final = 5
# The first bodies an article gives an acronym in brackets that `the union` may call from
# anywhere below (its main bodies are named so at the top).
DEFINED_READ: Final = 8


@trait  # (a mixin of Registry: mypyc compiles multiple inheritance of traits only)
class Described(RegistryCalls):
    """The look-ups of the Registry for a subject that is a description, not a full name.

    Mixed into Registry, whose `by_surname`, `organisation`, `writer`, `_recent`, `_fuller`,
    `_mentioned`, `short_form`, `described_body`, `_known_surname`, `titled_partner`,
    `_mentions_back`, `one_name_person` and `_add` it calls.
    """

    window: int  # paragraphs looked back over (the Registry's WINDOW)
    recent_events: int  # mentions looked back over in one paragraph
    entries: dict[str, Entry]
    entry_words: EntryWords
    lowercase: LowercaseWords
    inside: set[str]
    defined_bodies: tuple[str, ...]  # bodies given an acronym in brackets (see scan_article)
    _paragraphs: Sequence[Paragraph]
    _prefixes: dict[str, str]
    _longer: dict[str, set[str]]
    _given: dict[str, set[str]]
    _middles: dict[str, set[str]]
    first_seen: dict[str, tuple[int, int]]
    later: dict[str, Mention]  # a surname -> its full name's first mention anywhere
    _latest: dict[str, tuple[int, int]]  # a name -> where it was last named or spoke
    spokes: dict[str, tuple[int, int]]  # a body -> where its spokesperson spoke
    spokes_met: dict[str, str]  # `spokeswoman` -> the body of the latest `a ... spokeswoman`
    spokes_described: dict[str, tuple[int, int]]  # a body -> where `a <body> spokeswoman` spoke
    events_of: dict[str, int]  # name -> how many times it spoke or was introduced
    through_people: set[str]  # bodies that spoke through their people (`analysts at X`)
    couples: dict[str, str]
    one_named: dict[str, str]
    _with_noun: dict[str, list[str]]  # a body's noun -> the names written before it
    affiliates: dict[str, str]  # "National" -> the one person written `National's X`
    # a document's noun -> where each `Giving the lead judgment, X` is, and X
    _givers: dict[str, list[tuple[tuple[int, int], str]]] | None = None
    _kinds: dict[str, list[tuple[tuple[int, int], str]]] | None = None  # see _latest_of_kind
    _open_bodies: list[tuple[tuple[int, int], str]] | None = None  # see _open_bodies_before
    _regulators: frozenset[str] | None = None  # the names the index holds under REGULATOR
    _later_roles: dict[str, set[str]] | None
    _won: tuple[str, ...] | None = None  # the people named winning, in text order (see winner)
    _agents: dict[str, frozenset[str]] | None
    _lead_bodies: dict[str, str | None]
    called_bodies: dict[str, str]  # a body's noun -> the body it called last (`the watchdog`)
    masked: str  # every paragraph's masked text, joined by line breaks
    # a noun -> the paragraphs read for people shown doing its trade, and those people
    _shown: dict[str, tuple[int, set[str]]] | None = None
    # a noun -> the cue's paragraph, how far into it it was read (as _shown) and those people
    _shown_here: dict[str, tuple[int, int, set[str]]] | None = None
    # the cue _sentence_people last read and its people (a noun's subject and kin ask both)
    _people_at: tuple[tuple[int, int], list[tuple[str, Mention, Paragraph]]] | None = None
    # a paragraph -> where its person mentions stand among its mentions (see _lone_speaker)
    _persons_at: dict[int, list[int]] | None = None
    # a document's noun -> the paragraphs that issue one (see _issuing_paragraphs)
    _issued_index: dict[str, list[int]] | None = None
    # a paragraph and a noun -> where the noun's family starts in it (see _may_carry)
    _carried_at: dict[tuple[int, str], list[int] | None] | None = None
    # a noun -> the people who may carry it (see _carrying)
    _carriers: dict[str, frozenset[str]] | None = None

    def _single(self, mention: Mention) -> Resolved:
        full = self.by_surname(mention.name)
        if full and mention.gender and self.entries[full].gender not in (None, mention.gender):
            # `Mrs Pellinger said` after her son Kieran Pellinger: the title's sex chooses; with
            # no namesake of that sex, a spouse named by a given name alone (`Mrs Lee` after `Mr
            # Lee told` of `Graham Lee and his wife, Pat,`)
            full = (
                self.namesake_of(mention.name, mention.gender)
                or self.titled_partner(full, mention.gender)
                or full
            )
        elif full and mention.gender and self._partner_by_name(full, mention.gender):
            # `Mrs Pryce-Aubert` of `Rhiannon and Dafydd Pryce-Aubert`: with no sex from the
            # article, the given names' usual sexes choose (the title's is the article's own)
            full = (
                self.spoken_namesake(full, mention.gender)
                or self.titled_partner(full, mention.gender)
                or full
            )
        if full:
            return Resolved(full, "surname")
        if mention.name.lower() in self.lowercase:
            return Resolved(None, None)  # "Teachers said": a common noun at a sentence start
        full = self.given_name(mention) or self.middle_name(mention)
        if not full and (mention.role is None or title_of_address(mention.role)):
            full = self.family_given(mention.name)  # `Huw said` of `Gwen and Huw Jones`
        if full:
            return Resolved(full, "surname")
        if mention.role and organisation_role(mention.role):
            return Resolved(self.organisation(mention.name), "explicit")  # "developer Vantor"
        if mention.role or mention.gender:
            self._add(Entry(mention.name, "person", None, mention.gender))
            return Resolved(mention.name, "explicit")
        one = self.one_name_person(mention.name)
        if one:
            return Resolved(one, "explicit")  # `Zeca said` after `the drummer Zeca`
        # A lone unknown capitalised word as a speaker is far more often "Google" or "Russia"
        # than a person never introduced by full name.
        name = self.organisation(mention.name)
        entry = self.entries[name]
        entry.guessed = entry.guessed or (name == mention.name and entry.role is None)
        return Resolved(name, "explicit")

    def given_name(self, mention: Mention) -> str | None:
        """The one full name a lone first word opens: "Xi said" after "Xi Jinping", "Kim said"
        after "Kim Jong Un" (and "Father Tom" after "Father Tom Reilly", "Sir Malcolm" after
        "Sir Malcolm Ferriby": a title of address says no other)."""
        first = self._given.get(mention.name, ())
        if len(first) != 1 or mention.name in self._prefixes or mention.name in self._longer:
            return None
        if mention.role and not title_of_address(mention.role):
            return None
        full = next(iter(first))
        if self._fuller(full) is not None or self.short_form(full) is not None:
            return None
        self._add(Entry(full, "person"))
        return full

    def middle_name(self, mention: Mention) -> str | None:
        """`Lual said` after `Hon. Peter Lual Dut`: the one three-word name whose middle word a
        lone word no one bears otherwise is (see middle_of); none for a word with a role of its
        own, nor for one a body's or a longer name's opening is."""
        named = self._middles.get(mention.name, ())
        if len(named) != 1 or mention.name in self._prefixes or mention.name in self._longer:
            return None
        if mention.role and not title_of_address(mention.role):
            return None
        full = next(iter(named))
        if full not in self.entries or self.entries[full].kind != "person":
            return None
        return full

    def resolve_phrase(self, phrase: str, where: tuple[int, int]) -> Resolved:
        """Who a description written as a subject refers to: `the governor`, `the 56-year-old`."""
        return self._phrase(phrase, where)

    def cue_phrase(self, phrase: str, where: tuple[int, int]) -> Resolved:
        """`X Y repairs boats. "...," the shipwright said` -> X Y: who a reporting clause's
        description names (see _phrase); when no rule found anyone (nothing found, not no one
        on purpose: see Resolved.refused), the last resort's person for `the <noun>` of two or
        three words (see quote_fallback.general_referent)."""
        found = self._phrase(phrase, where)
        if found.name is not None or found.refused:
            return found
        words = phrase.split()
        joined = joined_description(words, self._paragraphs[where[0]].masked, where[1])
        if joined is not None:  # `..., and the association said`
            return self.cue_phrase(joined, where)
        spoken_for = spoken_for_noun(phrase)
        if spoken_for is not None:  # `A spokesman for the bookmaker said`
            body = spoken_for_body(self, self._phrase(spoken_for, where).name, where)
            return found if body is None else Resolved(body, "pronoun")
        if not 2 <= len(words) <= 3 or words[0].lower() != "the":
            return found
        lowered = phrase.lower().split()
        public = public_referent(self, lowered, where)
        if public is not None:  # `The Department of X said ... The regulator warned`
            return Resolved(public, "pronoun")
        general = general_referent(self, words, lowered, where)
        return found if general is None else Resolved(general, "pronoun")

    def _phrase(self, phrase: str, where: tuple[int, int]) -> Resolved:
        words = phrase.split()
        unfronted = unfronted_subject(words)
        if unfronted is not None:  # `In a later update the administrators said`
            words, phrase = unfronted, " ".join(unfronted)
        spelled = spelled_noun(words) or civic_noun(words)
        if spelled is not None:  # `the groom said`: `the husband said`
            words, phrase = spelled, " ".join(spelled)
        lone_noun = len(words) > 4 and words[-2] == "the" and words[-1].islower()
        if lone_noun and document_from(phrase) == phrase:
            # `A notice from the contractor said`: the body that noun names speaks
            body = self._phrase("the " + words[-1], where).name
            return Resolved(body, "pronoun" if body else None)
        paper_for = paper_phrase_owner(words) if len(words) > 4 else None
        if paper_for is not None:
            # `A staff report prepared for the board said`: the body whose board it went to
            body = self._phrase("the " + paper_for, where).name
            return Resolved(body, "pronoun" if body else None)
        sender = document_from_name(phrase) if len(words) > 3 and "from" in words else None
        if sender is not None:
            body = self._sender_body(sender)
            if body is not None:  # `A letter from the NPWS to licence holders said`
                return Resolved(body, "pronoun")
        issued = issued_document_noun(words)
        if issued is not None:
            issuer = (
                self._issuer(issued, where)
                or self._put_up_owner(issued, where)
                or self._document_sentence_body(issued, where)
                or self._issuing_sentence_body(where)
                or self._body_quoted_before(issued, where)
            )
            if issuer is not None:
                return Resolved(issuer, "pronoun")
        site_owner = site_document_owner(phrase) if len(words) > 5 else None
        if site_owner is not None:
            # `A notice on the council's website said`: the body its noun names speaks (a body
            # whose name says the noun's kind: `the council` of a text naming none may answer a
            # bare name, see _body_called_so)
            body = self._body_called_so(site_owner, where)
            if body is not None:
                return Resolved(body, "pronoun")
        if words[0] in ("A", "An") and len(words) > 1 and words[1] in _SITE_DOCUMENTS:
            owner = self._site_owner(where)
            if owner is None and len(words) == 2 and words[1] in ISSUED_NOUNS:
                owner = self._sentence_before_body(where) or self._reported_body(where)
            if owner is not None:  # `A notice at the Vell depot said`: the depot's company
                return Resolved(owner, "pronoun")
        placed = placed_description(words)
        if placed is not None and _person_head(placed[0]):
            # `The farmer from Erlin said`: the one introduced as one there; no one else (the
            # place says it is not a farmer introduced elsewhere)
            placed_noun, placed_in = placed
            person = self.introduced_person(placed_noun, placed_noun, where, place=placed_in)
            return Resolved(person, "pronoun" if person else None, person is None)
        owned = owned_description(words)
        if owned is not None and _person_head(owned[1]):
            # `the board's spokesman` of `The board's spokesman, X Y,`, `Vell's director` of
            # `Vell Water Director X Y`: the person introduced so, before a body's spokesperson
            owned_by, owned_noun = owned
            whole = " ".join(words[1:]).lower() if owned_by is None else owned_noun
            person = self.introduced_person(whole, owned_noun, where, owned_by is None, owned_by)
            if person is not None:
                return Resolved(person, "pronoun")
        if len(words) >= 3 and words[0].lower() == "the":
            described = self._appositive_person(words, where)
            if described is not None:
                return described
        owner = self._document_owner(words, where) if len(words) > 2 else None
        people = words[1:] if words[0].lower() == "the" else words  # `The stewards of the ORF`
        if owner is None and people and people[0].lower() in _BODY_PEOPLE:
            owner = self._people_body(people)
            noun = _people_of_noun(people) if owner is None else None
            if noun is not None:
                return self._phrase("the " + noun, where)
        if owner is not None:
            return Resolved(owner, "pronoun")
        owned_document = role_owned_document(words)
        issuer = self._issuer(owned_document, where) if owned_document is not None else None
        if issuer is not None:  # `The owner's statement said` after `X said in a statement`
            return Resolved(issuer, "pronoun")
        opening = self._document_subject_body(where) if its_document(words) else None
        if opening is not None:  # `The committee had found ..., according to its report`
            return Resolved(opening, "pronoun")
        if _body_document(words):
            return no_one()  # `the union’s statement` of no union named: no one
        crew = self._crew_body(words) if len(words) >= 3 else None
        if crew is not None:
            return Resolved(crew, "explicit")
        related = self._related_person(words, where)
        if related is not None:
            return Resolved(related, "pronoun")
        # (read once: most tests below ask of them; one split of the lowered phrase, its words
        # the same: no lower-case letter is a space)
        lowered = phrase.lower().split()
        recent = None  # the recent names, read once for both walks below (nothing adds events)
        staffer = _body_staffer(lowered) and not self._off_record(where)
        if not _SPOKES.isdisjoint(lowered) or staffer:
            spoken, recent = self._spokesperson(words, lowered, where)
            if spoken is not None:
                self._note_spokes(lowered, spoken.name)
                if spoken.name is not None and lowered[0] in ("a", "an"):
                    # `A trust spokeswoman later said ... “...,” she said`: the body, as for
                    # `a spokeswoman for the trust`, in that paragraph (Registry.pronoun)
                    self.spokes_described[spoken.name] = where
                return spoken
        if where[0] == 0 and _lead_length(words) and _later_described(lowered):
            named = self._named_later_of(lowered)
            if named:
                return Resolved(named, "pronoun")
        if len(words) > 2 and lowered[0] == "the" and _place_owner(lowered[1]):
            # `the city's children's hospital`: where the body is, not which; `the children's
            # hospital` points back
            words, lowered = words[:1] + words[2:], lowered[:1] + lowered[2:]
        if len(words) > 3 and _aged_noun_of(lowered):
            # `the 47-year-old father of three`: the age points back, the `of` phrase is a fact
            words, lowered = words[:3], lowered[:3]
        sex = parent_sex(lowered) if "of" in phrase else None
        if sex is not None:  # `the mother of four`, `the father-of-two`
            # (with no one of that sex named near, the profile's subject: a new fact of her)
            parent = (
                self._fronted_resident(sex, where)
                or self._parent_named(sex, where)
                or self.main_person(sex)
            )
            return Resolved(parent, "pronoun", parent is None)
        if len(words) == 4 and lowered[2] in FORMER_WORDS and _AGE.fullmatch(lowered[1]):
            # `the 46-year-old former GP`: the age points back, whatever was held before
            words, lowered = words[:2] + words[3:], lowered[:2] + lowered[3:]
        elif len(words) == 4 and lowered[1] in FORMER_WORDS and _field_before(words[2:]):
            # `the former dental nurse`: the trade held before points back, its field is a
            # fact (`the former nurse`)
            words, lowered = words[:2] + words[3:], lowered[:2] + lowered[3:]
        # (a bare 'the', a slip in '"...," the said.' or a cut copy, names no noun to look for)
        if lowered[0] == "the" and len(words) > 3 and _place_before_head(words):
            words, lowered = words[:2] + words[-1:], lowered[:2] + lowered[-1:]
        elif len(words) == 4 and lowered[0] == "the" and _year_of_study(lowered[1]):
            # `the fourth-year engineering student`: the field is a fact, the year points back
            words, lowered = words[:2] + words[-1:], lowered[:2] + lowered[-1:]
        held = self._post_of_owned(lowered, where) if len(words) > 2 else None
        if held is not None:
            return Resolved(held, "pronoun")
        if lowered[0] == "the" and 2 <= len(words) <= 3:
            found = self._the_anaphor(words, lowered, where, recent)
            if found.name is None and len(words) == 2:
                spokes = self._spokes_met(lowered[1])
                if spokes is not None:
                    return spokes
                if where[0] == 0:
                    # `..., with the magistrate saying "..."` in the lead: the lead names no one
                    # before, so `the magistrate` is the one the article names so later
                    named = self._named_later_of(lowered)
                    if named:
                        return Resolved(named, "pronoun")
            return found
        return Resolved(None, None)

    def _off_record(self, where: tuple[int, int]) -> bool:
        """`A ministry official, who asked not to be named, said`: one who speaks off the record
        speaks as no body (the sentence up to the verb, at most OFF_RECORD_REACH characters)."""
        paragraph = self._paragraphs[where[0]]
        start = max(paragraph.sentence(where[1])[0], where[1] - OFF_RECORD_REACH)
        return _OFF_RECORD.search(paragraph.masked, start, where[1]) is not None

    def _spokes_met(self, word: str) -> Resolved | None:
        """`the spokeswoman said` with no one recent it fits: the body of the spokeswoman met
        before, however far back (`a department spokeswoman said` nine paragraphs up); the word
        must be the same (`the spokesman` is not the spokeswoman)."""
        body = self.spokes_met.get(word)
        return Resolved(body, "pronoun") if body is not None else None

    def _note_spokes(self, lowered: list[str], body: str | None) -> None:
        """`a department spokeswoman` resolved to `body`: the spokeswoman met (see _spokes_met);
        only an indefinite one is introduced so."""
        if body is not None and lowered[0] in ("a", "an") and lowered[-1] in SPOKES_NOUNS:
            self.spokes_met[lowered[-1]] = body

    def _crew_body(self, words: list[str]) -> str | None:
        """`the Tarrow Bay Lifeboat crew said`, `The Harlow Rovers squad said`: a capitalised name
        between `the` and a noun for the people of a body speaks as that body; not a person's
        name (`the Hale team`, of `Ann Hale` named before, is hers)."""
        if words[0].lower() != "the" or words[-1] not in _CREW_NOUNS:
            return None
        name = words[1:-1]
        if len(name) > _CREW_NAME_WORDS or not all(w[:1].isupper() for w in name):
            return None
        joined = " ".join(name)
        entry = self.entries.get(joined)
        if entry is not None and entry.kind == "person" and (entry.role or entry.gender):
            return None  # (a name read as a person's with nothing to say so may be the body's)
        if usual_sex(name[0]) is not None or self.by_surname(joined) is not None:
            return None
        return self.organisation(joined)

    def posted_by(self, paragraph: Paragraph, verb: int, where: tuple[int, int]) -> str | None:
        """`A notice pinned to the gate by the hospital asks`: a notice whose sentence names its
        author by a body's noun right before the verb speaks for the body that noun names as a
        subject (`the hospital said`); None for no such author."""
        start = paragraph.sentence(verb)[0]
        author = _POSTED_BY.match(paragraph.masked, start, verb)
        if author is None or author.group(1) not in ORG_ANAPHORS:
            return None
        return self._phrase("the " + author.group(1), where).name

    def _document_owner(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`according to Acme's stock exchange filing, which said`, `a ministry fact sheet
        said`, `the Pacific Forum's observer mission said`: a document (or a body's unit, see
        _OWNED_UNITS) named by its owner's possessive (a body, or a person the surname is)
        or by a body's noun (the body of that noun named last) speaks for the owner."""
        unit = words[-1] in _OWNED_UNITS
        # (`the union’s statement ended:`: a statement its owner's possessive names; `the TIA's
        # first information report`: its kind's words between)
        issued = possessive_issued(words)
        if not (unit or issued or words[-1] in _OWNED_DOCUMENTS) or len(words) > _DOCUMENT_WORDS:
            return None
        first = 1 if words[0].lower() in ("a", "an", "the") else 0
        for k in range(first, len(words) - 1):
            word = words[k]
            if not word[:1].isupper():
                break
            if word.endswith(("'s", "’s")):
                name = " ".join(words[first:k] + [word[:-2]])
                person = self.by_surname(name)
                if person is not None:
                    return None if unit else person  # (`Smith's office`: not Smith's own words)
                if unit and any(usual_sex(w) for w in words[first:k]):
                    return None  # `Ombudsman Nadia Cruz’s office`: a person's, no body's name
                return self.organisation(name)
        if unit:
            return None
        noun = POSSESSIVE.sub("", words[first].lower()) if first else ""
        if noun in ORG_ANAPHORS and words[first + 1][:1].islower():
            body = self.described_body(noun, where)  # `a department fact sheet`
            if not issued:
                return body
            # (`the union’s statement` far below the union's name: the known body so named; a
            # lone name only guessed to be a body's, `Okafor said`, is none)
            if body is not None and self.entries[body].guessed:
                body = None
            body = self._known_body(noun) if body is None else body
            # (`The company’s statement said` of `X Pty Ltd`, no name of which holds `company`:
            # the body `the company` calls, by its kind, see _the_anaphor)
            return body or self._body_called_so(noun, where)
        if issued and noun and noun.isalpha() and words[first + 1][:1].islower():
            # `the cooperative's last annual report` of `X Cooperative Society`: a noun no
            # list holds, the word of one known body's own name (`the farmer's report`: none)
            return self._known_body(noun)
        return None

    def _sender_body(self, name: str) -> str | None:
        """`NPWS` of `A letter from the NPWS said` -> the body the acronym stands for, or the
        body so named (known as one, or whose name says its kind); None for a person's name
        (`A letter from Ann Lee`: hers, read as a name) or a bare word (`Tarn`, a place)."""
        full = self.acronym(name)
        if full is not None:
            return self.organisation(full)
        if usual_sex(name.split()[0]) is not None or self.by_surname(name) is not None:
            return None
        # (a body by its name's kind, `Tarn Water Ltd`, or one the text knows; `The letter
        # from Tarn`, a bare word, may be a place's)
        entry = self.entries.get(name)
        if entry is not None and entry.kind == "organisation" and not self._place_named(name):
            return name
        # (`the Prevention and Combating of Corruption Bureau`: a body's word closing a name of
        # several words, though its head before `of` is none)
        bodied = " " in name and word_key(name.rsplit(None, 1)[-1]) in ORG_WORDS
        return self.organisation(name) if bodied or generic_nouns(name) else None

    def _site_owner(self, where: tuple[int, int]) -> str | None:
        """`X Coaches Ltd, which runs the route, said ...` then `A notice at the Vell depot
        said`, `The building's owner, Y Properties, did not respond. A note posted in the lobby
        said`: the body named last, in the cue's paragraph or the one before, when the cue's
        sentence opens with a document put up at a site (see posted_at_site); None else."""
        paragraph = self._paragraphs[where[0]]
        start, end = paragraph.sentence(where[1])
        if not posted_at_site(paragraph.masked, start, end):
            return None
        read = self._open_bodies_before((where[0], start))
        if not read or read[-1][0][0] < where[0] - 1:
            # (`The factory’s managing director could not be reached. A notice pasted on the
            # gate said`: the body whose noun owns someone just before, in the cue's paragraph)
            return self._owning_body(paragraph.masked, start, where)
        return self._organisation_named(read[-1][1])

    def _owning_body(self, masked: str, end: int, where: tuple[int, int]) -> str | None:
        """`factory` of `The factory’s managing director` before `end` in the cue's paragraph
        -> the body `the factory` is (an organisation only: `The driver’s cab` is no body's);
        None when no noun owns anything there."""
        owners = OWNER_NOUN.findall(masked, max(0, end - OWNING_REACH), end)
        if not owners:
            return None
        return self._organisation_named(self._phrase("the " + owners[-1], where).name)

    def _put_up_owner(self, noun: str, where: tuple[int, int]) -> str | None:
        """`The notices, taped to hulls on Friday, give owners 90 days. “...,” the notice said`
        after the lead's `the X Harbour Authority said`: the body named last before the
        sentence that puts the document up (in the cue's paragraph, see put_up_documents), in
        that paragraph or the one before; None when no such sentence or no body is named near."""
        paragraph = self._paragraphs[where[0]]
        documents = put_up_documents(paragraph.masked)
        k = bisect_left(documents, (where[1],))
        at = next(
            (d[0] for d in reversed(documents[max(0, k - LATEST_FEW) : k]) if d[1] == noun), -1
        )
        if at < 0:
            return None
        read = self._open_bodies_before((where[0], at))
        if not read or read[-1][0][0] < where[0] - 1:
            return None  # (no body named near: who put it up is not said)
        return self._organisation_named(read[-1][1])

    def _document_sentence_body(self, noun: str, where: tuple[int, int]) -> str | None:
        """`X Ltd, founded in 1968, posted notices on its shutters. “...,” the notice read`,
        `The department’s draft report warns .... “...,” the report said`, `Residents received
        letters from the Y Association warning .... “...,” the letter said`: the body about
        which the sentence naming the document (or its plural) earlier in the cue's paragraph
        is, the body opening it or the one it came `from`; None when no such sentence names a
        body so (a person opening it, or no body)."""
        paragraph = self._paragraphs[where[0]]
        start = paragraph.sentence(where[1])[0]
        lo = max(0, start - DOCUMENT_SENTENCE_REACH)
        # (the last naming before the cue's sentence)
        named = next(
            reversed(list(_document_named(noun).finditer(paragraph.masked, lo, start))), None
        )
        if named is None:
            return None
        sentence_start, end = paragraph.sentence(named.start())
        author = self._document_agent(paragraph, named.end(), end)
        if author is not None:
            return author
        opening = self._document_subject_body((where[0], named.start()))
        owning = OWNER_NOUN.match(paragraph.masked, sentence_start)
        if opening is None and owning is not None and owning.group(1) in ORG_ANAPHORS:
            # (`The department’s draft report` of the `Department of X`: a body whose own name
            # holds the noun, no guess at one of its kind)
            opening = self._known_body(owning.group(1))
        if opening is not None:
            return self._organisation_named(opening)
        for mention in paragraph.mentions_between(named.end(), end)[:LATEST_FEW]:
            near = max(0, mention.start - len("from the "))  # (the pattern's longest match)
            if mention.kind == "org" and _FROM_BEFORE.search(paragraph.masked, near, mention.start):
                if mention.possessive:
                    return None  # `an alert from the AG's office`: the office's, not the AG's
                return self.organisation(mention.name)  # `letters ... from the Y Association`
        sender = document_sender_noun(paragraph.masked, named.end())
        if sender is not None and sender in ORG_ANAPHORS:
            # `A circular from the authority sent to butchers said ...`: the body that noun
            # calls where the document is named
            return self._phrase("the " + sender, (where[0], named.start())).name
        return None

    def _document_agent(self, paragraph: Paragraph, after: int, end: int) -> str | None:
        """`Stocks ran low, according to a notice sent to shops by the Tarn Board. “...,” the
        notice said`: the body a passive names as the document's author (see issued_by) speaks
        for it, whoever opens that sentence; None when no body follows so within LATEST_FEW
        mentions (a person's name, or `a notice sent to the Tarn Board`)."""
        for mention in paragraph.mentions_between(after, end)[:LATEST_FEW]:
            if mention.kind == "org" and not mention.possessive:
                if issued_by(paragraph.masked[after : mention.start]):
                    return self.organisation(mention.name)
                return None  # (the first body after the noun, not the agent: no author said)
        return None

    def _sentence_before_body(self, where: tuple[int, int]) -> str | None:
        """`X Ltd, which ran three clubs, closed on Thursday. An email sent to members said`:
        an unnamed document opening the cue's sentence speaks for the body (a name known as
        one) opening the sentence right before it in the cue's paragraph; None for no such
        body (a person, a noun, or the cue's sentence opening its paragraph)."""
        paragraph = self._paragraphs[where[0]]
        start = paragraph.sentence(where[1])[0]
        if start == 0:
            return None
        return self._named_body_opening(paragraph, paragraph.sentence_before(start))

    def _issuing_sentence_body(self, where: tuple[int, int]) -> str | None:
        """`The X Ministry on Monday issued a warning .... “...,” the advisory said`: the body
        opening the sentence right before the cue's in its paragraph, when that sentence puts a
        document out (see puts_out_document); None when it does not (`X Ltd closed its shops.
        “...,” the notice read`: whose notice is not said) or no body opens it."""
        paragraph = self._paragraphs[where[0]]
        start = paragraph.sentence(where[1])[0]
        if start == 0:
            return None
        before = paragraph.sentence_before(start)
        if not puts_out_document(paragraph.masked, before, start):
            return None
        return self._named_body_opening(paragraph, before)

    def _body_quoted_before(self, noun: str, where: tuple[int, int]) -> str | None:
        """`The Vell Audit Office said ... “...”.` then `The report said ... “...”` in the next
        paragraph: a document no one is said to issue speaks for the body whose quoted words the
        paragraph before gave last, when the cue's own paragraph names no body before it; None
        when a person spoke last there (`The report said` after a resident's words: no one), or
        a work the lead's body put out or one whose author the text names answers (see
        _the_anaphor)."""
        if where[0] == 0 or (work_noun(noun) and self._lead_subject_body() is not None):
            return None
        if document_noun(noun) and self._document_giver(noun, where) is not None:
            return None  # (`a report by X LLC` before: its author, see _the_anaphor)
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, where[1])
        if any(mention.kind == "org" for mention in paragraph.mentions[max(0, k - LATEST_FEW) : k]):
            return None  # (a body named nearer, in the cue's paragraph: the older rules read it)
        if not self._paragraphs[where[0] - 1].spans:
            return None  # (`Police said they were aware.`: no words of theirs quoted there)
        speech = self.last_speech(where[0] - 1)
        body = self._organisation_named(speech[1]) if speech is not None else None
        # (`Chan said “...”`: a lone name only guessed to be a body's is no issuer)
        return body if body is not None and not self.entries[body].guessed else None

    def _reported_body(self, where: tuple[int, int]) -> str | None:
        """`A memo sent to staff said the company “deeply regrets ...”`: an unnamed document
        whose verb (at `where`) reports a body's noun gives that body's words (see
        reported_noun, _body_called_so); None for no body's noun there."""
        noun = reported_noun(self._paragraphs[where[0]].masked, where[1])
        if noun is None or noun not in ORG_ANAPHORS:
            return None
        return self._body_called_so(noun, where)

    def _body_called_so(self, noun: str, where: tuple[int, int]) -> str | None:
        """`company` -> the body `the company said` would answer at `where` (see _phrase), if
        a body whose name says the noun's kind (see kind_fitted: `X Pty Ltd` is a company); None
        for a person, a bare name (`Okafor`) or no one."""
        found = self._phrase("the " + noun, where).name
        entry = self.entries.get(found) if found is not None else None
        if entry is None or entry.kind != "organisation" or not kind_fitted(noun, found):
            return None  # (`Okafor said`, a bare name: no union's statement)
        return found

    def document_it(self, paragraph: Paragraph, verb: tuple[int, int]) -> str | None:
        """`“...,” it said in a notice` after `The centre, meanwhile, said ...` -> the centre's
        body; `“...,” it reads` after `The notice, seen by the paper, gives ...` -> the notice's
        issuer (see it_antecedent): the sentence before the pronoun's, in its paragraph or
        closing the one before; None when it names no body."""
        index = paragraph.index
        start = paragraph.sentence(verb[0])[0]
        if start > 0:
            lo = paragraph.sentence_before(start)
            before = paragraph.masked[lo : min(start, lo + OPENING_REACH)]
            # (`The department has banned ... “...,” it said in a notice`: the older rules read
            # a body's noun opening the pronoun's paragraph, two such bodies giving neither)
            if not it_reads(paragraph.masked, verb):
                document = opening_document(before)
                if document is None:
                    return None
                # (`The judgment said ... . It said ...`: the document's giver, a judge too)
                return self._phrase(document, (index, lo)).name
        elif index > 0:
            previous = self._paragraphs[index - 1]
            lo = previous.sentence(len(previous.masked) - 1)[0]
            before = previous.masked[lo : lo + OPENING_REACH]
        else:
            return None
        phrase = it_antecedent(paragraph.masked, verb, before)
        if phrase is None:
            return None
        return self._organisation_named(self._phrase(phrase, (index, start)).name)

    def _document_subject_body(self, where: tuple[int, int]) -> str | None:
        """The body that opens the sentence at `where` (`The committee had found`, `The Acme
        Trust said`), whose `its report` a later clause names; None when none opens it."""
        paragraph = self._paragraphs[where[0]]
        start = paragraph.sentence(where[1])[0]
        body = _BODY_OPENS.match(paragraph.masked, start)
        if body is not None and body.group(1) in ORG_ANAPHORS:
            return self._phrase("the " + body.group(1), where).name
        return self._named_body_opening(paragraph, start)

    def _named_body_opening(self, paragraph: Paragraph, start: int) -> str | None:
        """The body whose name (after `The ` at most) opens the sentence at `start`,
        registered; None when no body's name opens it."""
        k = bisect_left(paragraph.mention_starts, start)
        opening = paragraph.mentions[k] if k < len(paragraph.mentions) else None
        if opening is None or opening.kind != "org" or opening.start > start + len("The "):
            return None
        return self.organisation(opening.name)

    def _people_body(self, words: list[str]) -> str | None:
        """`analysts at Kestrel Bay Securities said in a note`, `stewards of the ORF`: the body
        (capitalised after `at`/`from`/`of`, no person's name) its unnamed people speak for;
        None otherwise."""
        if len(words) < 3 or words[1] not in _AT_BODY:
            return None
        named = words[3:] if words[2] == "the" else words[2:]
        if not named or not all(w[:1].isupper() or w in _JOINING_WORDS for w in named):
            return None
        name = " ".join(named)
        if self.by_surname(name):
            return None
        body = self.organisation(name)
        self.through_people.add(body)
        return body

    def _issuing_paragraphs(self, noun: str) -> list[int]:
        """`notice` -> the paragraphs (in text order) that issue a notice (see issued_documents):
        an index of the article's documents made once, so `the notice said` far below the
        notice reaches its issuer without a walk back."""
        index = self._issued_index
        if index is None:
            index = {}
            for k, paragraph in enumerate(self._paragraphs):
                for document in issued_documents(paragraph.masked):
                    found = index.setdefault(document[1], [])
                    if not found or found[-1] != k:
                        found.append(k)
            self._issued_index = index
        return index.get(noun, [])

    def _issuer(self, noun: str, where: tuple[int, int], back: bool = True) -> str | None:
        """`The nation said in a statement that ... “...,” the statement said`: who the
        paragraph, before `where`, says put out the statement (a name ending right before
        `said in a statement`, or a body's noun opening that sentence); for an `internal memo`
        no one puts out, the body the lead is about; None when no one. With none there, the
        paragraphs before are read so, up to `back` of them, nearest first (`The department
        said in a notice ...` then `“...,” the notice said` opening the next): the latest
        paragraph before that issued such a document, however far (see _issuing_paragraphs)."""
        paragraph = self._paragraphs[where[0]]
        documents = issued_documents(paragraph.masked)
        k = bisect_left(documents, (where[1],))
        # (the latest few before `where` only: a paragraph of thousands stays linear)
        found = next(
            (d for d in reversed(documents[max(0, k - LATEST_FEW) : k]) if d[1] == noun), None
        )
        if found is None and back and where[0] > 0:
            issuing = self._issuing_paragraphs(noun)
            k = bisect_left(issuing, where[0])
            if k == 0:
                return None
            previous = issuing[k - 1]
            return self._issuer(noun, (previous, len(self._paragraphs[previous].masked)), False)
        if found is None:
            return None
        at, _, internal, owner = found
        if internal:
            return self._lead_subject_body()
        if owner:
            # `a letter pinned to the fence` at `the firm's depot`: the owner's noun's body
            return self._phrase("the " + owner, (where[0], at)).name
        at = before_relative(paragraph.masked, at)  # `X, which licenses lenders, wrote to`
        bracket = BRACKETED.match(paragraph.masked, at)
        full = self.acronym(bracket.group(1)) if bracket is not None else None
        if full is not None:
            # (`The Marine Accident Investigation Branch (MAIB) said in a report`: the name the
            # acronym stands for, whatever the mention before it holds)
            return self.organisation(full)
        k = bisect_left(paragraph.mention_starts, at)
        for mention in reversed(paragraph.mentions[max(0, k - 2) : k]):
            if mention.end != at or mention.kind == "pronoun":
                continue
            if mention.kind == "person":
                return self._fuller(mention.name) or self._add_person(mention)
            if mention.kind == "org":
                return self.organisation(mention.name)
            return self._single(mention).name  # `Halvard said in a statement`
        fronted = _FRONTED_BODY.search(paragraph.masked, max(0, at - _FRONTED_REACH), at)
        if fronted is not None and fronted.group(1).rsplit(" ", 1)[-1] != noun:
            # `In a notice on Friday, the city said`: the body's noun before the verb
            return self._phrase("the " + fronted.group(1), (where[0], at)).name
        start = paragraph.sentence(at)[0]
        named = _NAME_OPENS.match(paragraph.masked, start)
        if named is not None and named.end() == at:
            # `The Health Service Executive said in a statement`: a name no mention holds (its
            # last word a title's), the body the sentence opens with
            return self.organisation(named.group(1))
        spokes = _SPOKES_OPENS.match(paragraph.masked, start, at)
        if spokes is not None and spokes.end() == at:
            # `A spokesperson for the embassy said in a statement`: the body it speaks for
            return self._phrase(spokes.group(0).strip(), (where[0], at)).name
        body = _BODY_OPENS.match(paragraph.masked, start)
        if body is None or body.end() != at + 1 or body.group(1) == noun:
            return None
        return self._phrase("the " + body.group(1), (where[0], at)).name

    def _elder_person(self, elder: str, younger_sex: str, where: tuple[int, int]) -> str | None:
        """`Vaipulu's granddaughter, Lesieli, ...` then `Her grandfather is less sure`: the known
        person (of no other sex than the relation's) whose younger relation the window gave
        last, nearest first (see quote_kin.elder_named); None when none."""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            named = elder_named(paragraph.masked, end, elder, younger_sex)
            if named is None:
                continue
            person = self.by_surname(named) or self._fuller(named)
            entry = self.entries.get(person) if person else None
            if entry is None or entry.kind != "person":
                return None
            return person if entry.gender in (None, ELDER_KIN[elder]) else None
        return None

    def _deed_holder(self, lowered: list[str], where: tuple[int, int]) -> str | None:
        """`The panel was chaired by X.` ... `the panel's chair wrote`: the person a passive
        deed in the window made the post's holder (see quote_deeds), nearest first."""
        owner = POSSESSIVE.sub("", lowered[1]) if len(lowered) == 3 else None
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            mention = deed_holder(paragraph, lowered[-1], owner, end)
            if mention is not None:
                return self._fuller(mention.name) or self._add_person(mention)
        return None

    def _appositive_person(self, words: list[str], where: tuple[int, int]) -> Resolved | None:
        """`X, 44, a personal support worker who ... “...,” the personal support worker said`,
        `Sinn Féin TD X ... the Sinn Féin TD said`: the one person (in the window, nearest
        first) whose appositive's head (its `who` clause cut) or the words right before whose
        name end with the description's words; None when none or two do (the other rules read
        it: `the chief executive` of two, the nearest). Never a body: `the union` is a body's."""
        described = " ".join(words[1:]).lower()
        if words[-1].lower() in ORG_ANAPHORS:
            return None
        found: Mention | None = None
        full = ""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            # (the latest few before `end` only: a paragraph of thousands stays linear)
            for mention in reversed(paragraph.mentions[max(0, k - self.recent_events) : k]):
                if mention.kind != "person" or not described_as(
                    paragraph.masked, mention, described
                ):
                    continue
                name = self._fuller(mention.name) or mention.name
                if found is None:
                    found, full = mention, name
                elif name != full:
                    return None  # two hold it: this rule names neither (the older rules read it)
        if found is None:
            return None
        return Resolved(self._fuller(found.name) or self._add_person(found), "pronoun")

    def _parent_named(self, sex: str, where: tuple[int, int]) -> str | None:
        """`Chebet, 41, who gave only one name, ... the mother of four said`: the person named
        last (in the window) not known to be of the other sex (a role's pronoun, `who refixed his
        mortgage`, before a guess from the given name); a one-word name counts when an age is
        set off after it (`Chebet, 41,`), the way a one-name person is introduced."""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            for mention in reversed(paragraph.mentions[max(0, k - self.recent_events) : k]):
                if mention.kind == "person" and where_before(paragraph.masked, mention.start):
                    continue  # `a laundromat in Cedar Junction`: a place, no parent
                if mention.kind == "person":
                    known = mention.gender or _role_sex(mention.role)
                    if (known or given_name_sex(mention.name)) not in (None, sex):
                        continue  # `Kofi Mensah` before `the mother of two`: someone else
                    return self._fuller(mention.name) or self._add_person(mention)
                if mention.kind == "single" and not ONE_NAME_AGE.match(
                    paragraph.masked, mention.end
                ):
                    # `Castellanos said ... the mother of two said`: a known person's surname
                    known = self._known_surname(mention.name)
                    if known is not None and self.entries[known].gender in (None, sex):
                        return known
                elif mention.kind == "single":
                    known = self._known_surname(mention.name)
                    if known is not None:
                        return known if self.entries[known].gender in (None, sex) else None
                    self._add(Entry(mention.name, "person", None, sex))
                    return mention.name
        return None

    def _related_person(self, words: list[str], where: tuple[int, int]) -> str | None:
        """A description by who the person is to someone: the writer (`the author`), kin (`her
        sister`), or a role held with a modifier, an owner or twice (`the Herons coach`)."""
        writer = self.writer(words, where)
        if writer is not None:
            return writer
        kin = kin_phrase(words)
        family = self._kin_person(*kin, where, words[0].lower()) if kin else None
        if family is not None:
            return family
        elder = elder_kin(words)
        elder_person = self._elder_person(*elder, where) if elder else None
        if elder_person is not None:
            return elder_person  # `Her grandfather` of `Vaipulu's granddaughter, Lesieli`
        if len(words) == 2 and words[0].lower() in OWNER_SEX:
            sex = parent_opening_child(self._paragraphs[where[0]].masked, words[1].lower())
            if sex is not None:
                # `Her mother, X, died. “...,” her daughter says`: the one `Her` opening it is,
                # the profile's subject (none when no one is that: a pronoun's nearest is no one)
                return self.main_person(sex)
        return (
            self._modified_role(words, where)
            or self._owned_role(words, where)
            or self._role_repeated(words, where)
        )

    def _spokesperson(
        self, words: list[str], lowered: list[str], where: tuple[int, int]
    ) -> tuple[Resolved | None, Iterator[str | None] | None]:
        """`a Kremlin spokesperson`, `a statement from Brightwell`: the organisation speaks;
        `the spokesperson said`: whoever spoke just before, if a body. With no answer, the recent
        names not yet read (the latest first) for the anaphor walk after."""
        first = 1 if lowered[0] in ("a", "an", "the") else 0
        # (`In a statement, the party ...`: a capital a sentence gives a small word is no name)
        capitals = [
            i
            for i in range(first, len(words))
            if words[i][0].isupper() and word_key(words[i]) not in STOP_CAPS
        ]
        if capitals:
            first_capital = _past_possessor(words, capitals)
            owner = " ".join(words[first_capital : capitals[-1] + 1])
            bare = re.sub(r"['’]s$", "", owner)
            person = self.by_surname(bare)
            if not person:
                body = self._short_body(bare)
                return Resolved(body or self.organisation(bare), "explicit"), None
            if bare == owner and self._unmarked(person):
                # `A Stags spokesperson` after `the Hunter Stags`: a name's last word before
                # the noun, no possessive, of a name nothing showed a person's is a body's
                self.entries[person].kind = "organisation"
                return Resolved(person, "explicit"), None
            return Resolved(None, None), None  # "Smith's spokesperson": not Smith's own words
        recent = self._recent(where)
        latest = next(recent, None)
        if latest and self._place_named(latest):
            latest = None  # (`a spokesman for the ministry` after `a nurse in Tarsel`: no body)
        if latest and self.spokes.get(latest, (-1, -1)) == self._latest[latest] >= (where[0], 0):
            # `A spokesperson for X Homes said ... “...,” the spokesperson said`: X's, though
            # the text made X a person's name before (`developer X Homes`)
            return Resolved(latest, "pronoun"), None
        worded = self._worded_company(lowered, where) or self._works_company(lowered, where)
        if worded is not None:  # `a spokesman for the realty firm`: the one its name says
            self.spokes[worded] = where
            return Resolved(worded, "pronoun"), None
        noun = regulator_phrase(lowered)
        if noun is None and not ORG_ANAPHORS.isdisjoint(lowered):  # (most: no body's noun)
            noun = next(w for w in lowered if w in ORG_ANAPHORS)
        noun = noun or self._spoken_for_before(where)
        if latest and noun and self._bare_name(latest, where):
            # "Stagecoach Manchester said ... a company spokesman said", "Relief Australia
            # said ... a spokeswoman for the charity said": a body's noun, so no person
            self.entries[latest].kind = "organisation"
        if latest and noun and self._told_last(latest):
            latest = None  # `she told RNZ ... a spokesperson for the chain`: RNZ was told
        if (
            lowered[0] == "the"
            and latest
            and latest not in self.spokes
            and self.entries[latest].kind == "organisation"
        ):
            earlier = self._spoken_for_last()
            if earlier is not None:
                # `a spokeswoman for the bank said` ... `Asked ..., the spokeswoman said:` past
                # a campaign group that spoke itself: the spokeswoman met before, the bank's
                return Resolved(earlier, "pronoun"), None
        if lowered[0] == "the" and latest and self._spoken_past_person(latest, where):
            earlier = self._spoken_for_last()
            if earlier is not None:
                # `A spokesman for the board said: “...”` ... `“...,” Mrs X said.` ... `the
                # spokesman replied:` past a person who spoke between: the board's
                return Resolved(earlier, "pronoun"), None
        if latest and self.entries[latest].kind == "organisation":
            # (`a spokesman for the government` after the union spoke: the body whose name
            # holds the noun, if the one that spoke last is not of its kind)
            other = (
                self._body_of_noun(noun, latest)
                if noun
                else self._apposed_noun_body(lowered, where)
            )
            if other is None and noun and not fits(noun, latest):
                other = self._body_called(noun, where)
            if other is None and noun and self.entries[latest].guessed:
                other = self._written_with_noun(noun, latest)
            chosen = other or latest
            if noun in COMPANY_NOUNS:
                # (`a spokeswoman for the operator` right after `X, which licenses boats,`
                # spoke: the body it oversees, named before it)
                chosen = self._regulated_body(chosen, where) or chosen
            # (its spokesperson spoke here: `A spokesman said: “...”` then `“...,” he added`)
            self.spokes[chosen] = where
            return Resolved(chosen, "pronoun"), None
        body = self._clause_body(noun, where) if noun else None
        body = body or (self.described_body(noun, where) if noun else None)
        if noun and body is not None and not named_by(noun, body):
            body = (
                self._spoken_body_named(noun) or self._kinded_over_bare(noun, body, where) or body
            )
        if body is not None and noun in COMPANY_NOUNS:
            # (`a spokesman for the operator` after `X, which regulates vessel safety,` spoke:
            # the body it oversees, named before it)
            body = self._regulated_body(body, where) or body
        body = body or (self._known_body(noun) if noun else None)
        # (`a spokeswoman for the governing body` of `X, the sport's governing body,`: the body
        # its apposition called so, when its noun fit no body by kind)
        body = body or self._apposed_noun_body(lowered, where)
        if not body and noun == _AUTHORITY:
            # (`a spokesman for the local authority` of `Kelvar Council`, the article's only
            # council, as `the local authority said` is: see _lone_council)
            body = self._lone_council(where, lowered[-2] == "local")
        if not body:
            if noun is None:
                kind = self._spoken_for_kind(lowered, where)
            else:
                # (`a spokesperson for the carrier` of `X Airways Ltd`, its trade by its words)
                kind = self._latest_of_kind(noun, where)
            body = self.organisation(kind[1]) if kind is not None else None
        if body:
            self.spokes[body] = where  # (its spokesperson spoke here, as a body's above)
            return Resolved(body, "pronoun"), None  # "a company spokesperson": the one named last
        return None, chain((latest,), recent)

    def _clause_body(self, noun: str, where: tuple[int, int]) -> str | None:
        """`A ministry spokeswoman said the Ministry of Works was “...”` -> Ministry of Works: a
        body the spokesperson's noun fits, named as the reported clause's subject right after
        the verb at `where` (`said the X`, `said that the X`); None when none is (`A union
        spokesman said the Ministry of Works was “...”`: the union's, not the ministry's)."""
        paragraph = self._paragraphs[where[0]]
        masked = paragraph.masked
        verb = _SAID_THE.match(masked, where[1])
        if verb is None:
            return None
        k = bisect_left(paragraph.mention_starts, verb.end())
        if k == len(paragraph.mentions) or paragraph.mention_starts[k] != verb.end():
            return None
        mention = paragraph.mentions[k]
        if mention.kind != "org" or not fits(noun, mention.name):
            return None
        return self.organisation(mention.name)

    def _spoken_past_person(self, latest: str, where: tuple[int, int]) -> bool:
        """Whether `the spokesman` at `where` reaches back past `latest`, a person named with
        no spokesperson's role, to a body's spokesperson met within the window's paragraphs
        (`A spokesman for the board said` ... `Mrs X said` ... `the spokesman replied`); not
        when the person is one (`Tom Hart, a council spokesman,`)."""
        entry = self.entries[latest]
        if entry.kind != "person" or not self.spokes:
            return False
        if entry.role is not None and not _SPOKES.isdisjoint(entry.role.lower().split()):
            return False
        spoken = self._spoken_for_last()
        return spoken is not None and self.spokes[spoken][0] >= where[0] - self.window

    def _organisation_named(self, name: str | None) -> str | None:
        """`name` when the registry holds it as an organisation, else None."""
        entry = self.entries.get(name) if name is not None else None
        return name if entry is not None and entry.kind == "organisation" else None

    def _regulated_body(self, latest: str, where: tuple[int, int]) -> str | None:
        """`a spokesman for the operator said` after `Transport Canada, which regulates vessel
        safety, said`: a regulator in so many words (the index's OVERSEER list) is no operator;
        the latest other body named before the cue's sentence that is no place nor such a
        regulator; None when `latest` is no such regulator or no other body is named."""
        overseers = {name for _, name in self._kind_index().get(OVERSEER, ())}
        if latest not in overseers:
            return None
        for _, name in reversed(self._open_bodies_before(self._sentence_start(where))):
            entry = self.entries.get(name)
            if entry is None or entry.kind != "organisation" or self._place_named(name):
                continue
            if name not in overseers:
                return name
        return None

    def _spoken_for_kind(
        self, lowered: list[str], where: tuple[int, int]
    ) -> tuple[tuple[int, int], str] | None:
        """`a spokesman for the hauler` -> the latest body before `where` that the noun fits by
        what its name or the article says it is (`X Water Hauling LLC`, see _bodies_by_noun), a
        noun no body's word list holds; None when none fits (`a spokesman for the family`)."""
        # (one word may stand between `the` and the noun: `a spokesman for the kirk session`)
        if len(lowered) < 3 or "the" not in lowered[-3:-1]:
            return None
        return self._latest_of_kind(lowered[-1], where)

    def _worded_company(self, lowered: list[str], where: tuple[int, int]) -> str | None:
        """`a spokesman for the realty firm` -> the latest company before `where` whose name
        holds the word before the company's noun (`Bituin Pacific Realty and Development
        Corp.`); None when the noun is no company's or no company's name holds the word (`the
        tech firm` of `Vell Systems Ltd`)."""
        if len(lowered) < 3 or lowered[-1] not in COMPANY_NOUNS or lowered[-3] != "the":
            return None
        return self._latest_keyed(WORDED + lowered[-2], where)

    def _works_company(self, lowered: list[str], where: tuple[int, int]) -> str | None:
        """`a spokesman for the miller` -> the latest company before `where` whose name holds the
        doer's works (`X Palm Oil Mill Sdn Bhd`, see works_stems); None when none does (`a
        spokesman for the singer`)."""
        if len(lowered) < 3 or lowered[-2] != "the":
            return None
        for stem in works_stems(lowered[-1]):
            found = self._latest_keyed(WORDED + stem, where)
            if found is not None:
                return found
        return None

    def _apposed_noun_body(self, lowered: list[str], where: tuple[int, int]) -> str | None:
        """`X Inc, the industry body, ...` then, another body having spoken, `a spokeswoman for
        the industry body said`: the latest body before `where` an apposition called by the
        phrase's noun (see apposed_nouns); None when none was."""
        if len(lowered) < 3 or "the" not in lowered[-3:-1]:
            return None
        return self._latest_keyed(APPOSED + lowered[-1], where)

    def _latest_keyed(self, key: str, at: tuple[int, int]) -> str | None:
        """The latest body the kind index holds under `key` named before `at`; None when none."""
        bodies = self._kind_index().get(key)
        k = bisect_left(bodies, (at, "")) if bodies else 0
        return bodies[k - 1][1] if bodies and k else None

    def _spoken_for_last(self) -> str | None:
        """The body whose spokesperson spoke last (of the SPOKES_READ latest that took one on);
        None when no body spoke through one."""
        latest = None
        for body, where in islice(reversed(self.spokes.items()), SPOKES_READ):
            if latest is None or where > self.spokes[latest]:
                latest = body
        return latest

    def _short_body(self, name: str) -> str | None:
        """`a Met spokesman` after `The Metropolitan Police said`, `a Garda spokesperson` after
        `An Garda Síochána`: the body named in full whose short form or distinctive word the
        spokesperson's word is (see short_body, body_of_word); None when none (or the name is
        known itself)."""
        if name in self.entries or not one_capital_word(name):
            return None  # (`Vell Ltd`: no short form, the article's bodies not listed)
        bodies = [n for n, e in self.entries.items() if e.kind == "organisation"]
        return short_body(name, bodies) or body_of_word(name, bodies)

    def _told_last(self, name: str) -> bool:
        """Where `name` was last named, it was who someone told (see told_to)."""
        index, start = self._latest[name]
        return told_to(self._paragraphs[index].masked, start)

    def _named_later_of(self, lowered: list[str]) -> str | None:
        """`..., a coroner has concluded.` opening the article: the coroner it names later (a
        spokesperson speaks for a body, whoever is named with the word later)."""
        return None if lowered[-1] in _SPOKES else self.named_later(lowered[-1])

    def _the_anaphor(
        self,
        words: list[str],
        lowered: list[str],
        where: tuple[int, int],
        recent: Iterator[str | None] | None,
    ) -> Resolved:
        """`the firm said`: see _the_anaphor_found; no one is no one on purpose (see no_one)
        when the noun is one the person rules know (see _person_rule_noun): they read it and
        found no one it fits."""
        found = self._the_anaphor_found(words, lowered, where, recent)
        if found.name is None and not found.refused and _person_rule_noun(lowered[-1]):
            return no_one()
        return found

    def _the_anaphor_found(
        self,
        words: list[str],
        lowered: list[str],
        where: tuple[int, int],
        recent: Iterator[str | None] | None,
    ) -> Resolved:
        """`the firm said`: see _the_anaphor_chain; a generic body noun (`the company`, `the
        authority`) whose answer there is no one, or a name that no body of the noun's kind bears
        (`In a statement to the Daily Post, the operator said`: the paper; a place of the
        sentence), is the latest body whose name says the noun's kind (see generic_nouns)."""
        resolved = self._the_anaphor_chain(words, lowered, where, recent)
        head = lowered[-1]
        introduced = self._introduced_instead(words, lowered, resolved.name, where)
        if introduced is not None:
            return Resolved(introduced, "pronoun")
        if len(lowered) > 3:
            return resolved
        if self._anonymous_before(head, where):
            # (`a machine operator who asked not to be named`: someone unnamed, on purpose)
            return resolved if resolved.name is not None else no_one()
        if resolved.refused and self._withheld_near(where):
            # (`A rock drill operator who asked not to be named said ... "...," the miner said`:
            # the person noun no one named carries is the one kept unnamed, not a body by kind)
            return resolved
        # (`the veteran smelterman`: one modifier says a fact of the person, not whose they are)
        modified = len(lowered) == 3 and modifier_shaped(words[1], ORG_ANAPHORS)
        if resolved.name is None and (len(lowered) == 2 or modified) and _noun_of_person(head):
            subject = self._noun_subject(head, where)
            if subject is not None:
                return Resolved(subject, "pronoun")
        elif len(lowered) == 2 or modified:
            # (`the former crane operator`: someone's past trade, over a body of another name)
            former = lowered[1] in FORMER_WORDS and self._body_not_holding(resolved.name, head)
            asked = former or resolved.name is None
            person = self._trade_person(head, where, former) if asked else None
            if person is not None:
                return Resolved(person, "pronoun")
        traded = self._traded_over_person(head, resolved.name, where) if len(lowered) == 2 else None
        if traded is not None:
            return Resolved(self.organisation(traded), "pronoun")
        # (a trade's doer, `the hauler`, may be a person's noun too: only when no one answers)
        generic = head in GENERIC_NOUNS or resolved.name is None
        open_noun = open_body_noun(head)  # (read once: _open_body asks it too)
        if not (generic or open_noun):
            # (`the spokeswoman` someone answers: no kind is looked for and _open_body keeps the
            # answer; all are pure)
            return resolved
        kind = self._latest_of_kind(head, where) if generic and len(lowered) == 2 else None
        if kind is None and resolved.name is None and head == _AUTHORITY:
            council = self._lone_council(where, lowered[-2] == "local")
            if council is not None:  # `the authority added` of `West Lothian Council`
                return Resolved(self.organisation(council), "pronoun")
        if kind is None:
            return self._open_body(head, open_noun, resolved, where)
        if resolved.name is not None and self._answers_generic(head, resolved.name, kind):
            return resolved
        return Resolved(self.organisation(kind[1]), "pronoun")

    def _lone_council(self, where: tuple[int, int], local: bool) -> str | None:
        """`West Lothian Council`, named before `where` and the article's only council, for
        `the local authority` (`local`) or, once the text called something that, `the authority
        added`, when no body of a fitting kind answers (a council governs its place; `Kellam
        Arts Council` is no `the authority` of itself); None when none, or two, are named."""
        index = self._kind_index()
        councils = index[COUNCIL_KEY]
        if len(councils) != 1 or councils[0][0] >= where:
            return None
        said = index.get(LOCAL_AUTHORITY)
        if not local and (not said or said[0][0] >= where):
            return None
        return councils[0][1]

    def _traded_over_person(
        self, head: str, name: str | None, where: tuple[int, int]
    ) -> str | None:
        """`the contractor said` after `maintained by X Facility Services Pty Ltd` (its deed) or
        `X Engineering Sdn Bhd` (its words), when the answer found is a person no role of whose
        says the noun (`ANU historian Y`): that body; None when no body does the noun's trade or
        the person's role holds it (`Y, a roofing contractor,`)."""
        entry = self.entries.get(name) if name is not None else None
        if entry is None or entry.kind != "person" or (entry.role and head in entry.role):
            return None
        return self._latest_keyed(TRADED + head, self._sentence_start(where))

    def _open_body(
        self, head: str, open_noun: bool, resolved: Resolved, where: tuple[int, int]
    ) -> Resolved:
        """`the contractor said` of `Vell Facility Services Pty Ltd` named paragraphs before,
        when no kind list fits the noun: the latest body named before the cue's sentence (the
        one that spoke, of the latest few), if the noun is no person's (`open_noun`, see
        open_body_noun) and the answer found is weak (see _weak_for_body)."""
        if not open_noun:
            return resolved
        if self._unnamed_before(head, where):
            # (`an insider told` ... `the insider added`: someone unnamed, on purpose)
            return resolved if resolved.name is not None else no_one()
        if not self._weak_for_body(head, resolved.name, where):
            return self._named_in_full(resolved, where)
        found = self._latest_open_body(head, where)
        return resolved if found is None else Resolved(self.organisation(found[1]), "pronoun")

    def _named_in_full(self, resolved: Resolved, where: tuple[int, int]) -> Resolved:
        """`City Hall`, the answer to `the city authority`, as the `Vell City Hall` named in
        full among the OPEN_BODIES_READ bodies before `where` (after the short form, which
        _fuller_body does not read); any other answer as it is."""
        name = resolved.name
        entry = self.entries.get(name) if name is not None else None
        if name is None or entry is None or entry.kind != "organisation":
            return resolved
        fullest = fullest_named(name, [n for _, n in self._open_bodies_before(where)])
        return resolved if fullest == name else Resolved(self.organisation(fullest), "pronoun")

    def _latest_open_body(
        self, head: str, where: tuple[int, int]
    ) -> tuple[tuple[int, int], str] | None:
        """`the contractor` -> the latest company named before the cue's sentence, else the
        latest body (`the municipality`: any body; of the latest few, one that spoke first)."""
        cut = self._sentence_start(where)
        if not kind_open(head) and head != REGULATOR:
            # (`the group` of `X Holdings Ltd` in the lede, past a union and a broker named
            # since: the latest of the last few bodies that fits a noun of a known kind; not
            # `the regulator`, which a body's deed shows, see regulates, and no kin of its noun:
            # a `Fire Service` is no regulator)
            found = self._latest_fitting(head, cut)
        else:
            # (`the contractor`: a doer's noun, a company first, see trade_doer)
            found = self._latest_of_kind(COMPANY, cut) if trade_doer(head) else None
            found = found or self._latest_of_kind(OPEN_BODY, cut)
            if found is not None and not kind_open(head):  # (`the regulator`)
                if not self._fits_known_kind(head, found[1]):
                    return None  # (`the company` is no `Harbour Authority`: a known kind's noun)
        entry = self.entries.get(found[1]) if found is not None else None
        if found is None or (entry is not None and entry.kind != "organisation"):
            return None
        if head in BOARD_NOUNS and found[0][0] != where[0]:
            return None  # (`the board` of any kind of body: only one its paragraph names)
        return found[0], self._fuller_body(found[1])  # (`City Hall` of `Vell City Hall`)

    def _latest_fitting(
        self, head: str, cut: tuple[int, int]
    ) -> tuple[tuple[int, int], str] | None:
        """`the company` -> the latest of the OPEN_BODIES_READ bodies named before `cut` that
        fits the noun by kind (see _fits_known_kind): not a `Harbour Authority` named since;
        None when two bodies that fit it are named in one paragraph (neither is surely meant)."""
        read = self._open_bodies_before(cut)
        fitting = (found for found in reversed(read) if self._fits_known_kind(head, found[1]))
        found = next(fitting, None)
        if found is None:
            return None
        other = next((o for o in fitting if o[1] != found[1]), None)
        if other is not None and other[0][0] == found[0][0]:
            return None  # (`the X Federation and the Y Guild said` ... `the union`: either)
        return found[0], fullest_named(found[1], [name for _, name in read])

    def _open_bodies_before(self, at: tuple[int, int]) -> list[tuple[tuple[int, int], str]]:
        """The OPEN_BODIES_READ bodies named last before `at`, in text order."""
        if self._open_bodies is None:
            # (their own list, not the index of every noun: `the contractor said` after each of
            # many bodies asks only which body was named last)
            self._open_bodies = self._open_bodies_named()
        bodies = self._open_bodies
        k = bisect_left(bodies, (at, ""))
        return bodies[max(0, k - OPEN_BODIES_READ) : k]

    def _fits_known_kind(self, head: str, name: str) -> bool:
        """`the carrier` of `X Airways Ltd` -> True; `the manufacturer` of `X Systems, which
        develops the app,` -> False: the body's name fits the noun by kind, and what the text
        says it does, if anything, gives the noun (see agents_of)."""
        if not kind_fitted(head, name):
            return False  # (the cheap test first: the agents' index reads the whole article)
        agents = self.agents_of(name)
        return not agents or head in agents

    def _weak_for_body(self, head: str, name: str | None, where: tuple[int, int]) -> bool:
        """True when `name`, the answer to `the <head>`, is no one, or a body whose name does
        not hold the noun, first written in the cue's sentence or in a dateline (`Asked by HT,
        a spokesperson for the carrier`, `KUALA LUMPUR: ...`); a person's answer stands."""
        if name is None or self._place_named(name):
            return True  # (`the group` is no `Tarsel` of `a school in Tarsel`)
        entry = self.entries.get(name)
        seen = self.first_seen.get(name)
        if entry is None or entry.kind != "organisation" or seen is None or named_by(head, name):
            return False  # (`the hotelier said` of a person: the tables cannot hold every noun)
        masked = self._paragraphs[seen[0]].masked
        return seen >= self._sentence_start(where) or in_dateline(
            masked, seen[1], seen[1] + len(name)
        )

    def _sentence_start(self, where: tuple[int, int]) -> tuple[int, int]:
        """Where the sentence holding `where` opens."""
        return (where[0], self._paragraphs[where[0]].sentence(where[1])[0])

    def _answers_generic(self, head: str, name: str, kind: tuple[tuple[int, int], str]) -> bool:
        """`Orbis Inc.`, or `Apple` that spoke after `kind`'s body (the latest of the noun's
        kind, where it was named) was: a body the noun fits by kind, or one that spoke since,
        keeps `the company`; a place, a paper or a person does not (`In a statement to the
        Daily Post, the operator said`), nor a body of the kind named only in passing when
        `kind`'s spoke (`X Ltd confirmed the shop, beside the Y Foods warehouse, ...`)."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "organisation":
            return False
        if head in trade_nouns(kind[1]) and head not in trade_nouns(name):
            return False  # (`the operator` of `X Airports Co`, not `Y Airways`, which spoke)
        if head in COMPANY_NOUNS and self._state_body(name) and not self._state_body(kind[1]):
            return False  # (`the firm` of `X Ltd`, not `Y Vell, which regulates dust`, since)
        spoke = name in self.events_of
        if head in generic_nouns(name) or kind_fitted(head, name):
            return spoke or kind[1] not in self.events_of
        return spoke and self._latest.get(name, (-1, -1)) > kind[0]

    def _place_named(self, name: str) -> bool:
        """`Tarsel` of `a school in Tarsel`, `Orwa` of `An Orwa man who declined to be named`: a
        lone word the article writes as a place (see is_place), which no body's noun calls
        (`the group`, `a spokesman for the ministry`), whatever entry it was given."""
        entry = self.entries.get(name)
        return (
            entry is not None
            and entry.kind == "organisation"
            and " " not in name
            and (self.is_place(name))
        )

    def _state_body(self, name: str) -> bool:
        """`Orlen Resources Vell, which regulates dust`, `Directorate General of Civil Aviation`:
        a body the text shows regulating (the index's REGULATOR list, see regulates) or whose
        name calls it a public one (see _public_body), which no company's noun calls."""
        if self._public_body(name):
            return True
        if self._regulators is None:  # (a set made once: asked for each generic noun's quote)
            self._regulators = frozenset(n for _, n in self._kind_index().get(REGULATOR, ()))
        return name in self._regulators

    def _latest_of_kind(
        self, head: str, where: tuple[int, int]
    ) -> tuple[tuple[int, int], str] | None:
        """Where and which is the latest body before `where` whose name fits the generic noun
        by its kind, however far back (an index of the article's bodies by noun, bisected, not
        walked)."""
        kinds = self._kind_index()
        # (`the operator` of `X Shipping Ltd`, a trade its name says, before `Y Provisions Ltd`,
        # a company by its form only, named or speaking since)
        bodies = kinds.get(TRADED + head)
        if not bodies or bodies[0][0] >= where:
            bodies = kinds.get(head)
        if not bodies:
            return None
        k = bisect_left(bodies, (where, ""))
        # (of the latest few, the latest that spoke or was introduced: `Post Office Ltd confirmed
        # the branch, inside the Vorland Stores, had closed` ... `the firm`)
        latest = bodies[max(0, k - LATEST_FEW) : k]
        spoke = next((b for b in reversed(latest) if b[1] in self.events_of), None)
        if spoke is not None and latest[-1][0] > spoke[0] and named_by(head, latest[-1][1]):
            # (`the Maritime and Coastguard Agency` named since a bureau spoke: `The agency
            # said` is the body whose own name says the noun)
            return latest[-1]
        return spoke or (latest[-1] if latest else None)

    def _kind_index(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """The index of bodies by noun (see _bodies_by_noun), built on first use."""
        if self._kinds is None:
            self._kinds = self._bodies_by_noun()
        return self._kinds

    def _bodies_by_noun(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Each generic noun -> where a body it fits by kind is named, in text order (the
        article read once)."""
        found: dict[str, list[tuple[tuple[int, int], str]]] = {}
        by_name: dict[str, frozenset[str]] = {}  # (a body named again: its name read once)
        councils = found.setdefault(COUNCIL_KEY, [])  # (each council at its first naming)
        for paragraph in self._paragraphs:
            if LOCAL_AUTHORITY not in found:  # (_lone_council reads the first only)
                said = paragraph.masked.find(_LOCAL_AUTHORITY_WORDS)
                if said >= 0:  # (`the local authority's officers`: where the text calls one so)
                    found[LOCAL_AUTHORITY] = [((paragraph.index, said), "")]
            roles = [(m.start, m.name_start) for m in paragraph.mentions if m.kind == "person"]
            for mention in paragraph.mentions:
                if mention.kind == "pronoun":
                    continue
                # (`appointed X Advisory as business rescue practitioners`: `the practitioners`;
                # a name read as a person's is a firm when its post is plural, see taken_on_as)
                post = _taken_on_post(paragraph, mention)
                if mention.kind != "org" and post is None:
                    continue
                name_nouns = by_name.get(mention.name)
                if name_nouns is None:
                    name_nouns = by_name[mention.name] = _name_nouns(mention.name)
                    if council_named(mention.name):
                        councils.append(((paragraph.index, mention.start), mention.name))
                nouns = set(name_nouns)
                if _open_named(paragraph, mention, roles):
                    nouns.add(OPEN_BODY)
                # (`the regulator` of a public body the text shows regulating, `the hauler` of
                # `X Water Hauling LLC`)
                # (only the clause's reach copied: a slice to the paragraph's end for each of
                # its bodies would grow with the square of a long paragraph)
                after = paragraph.masked[mention.end : mention.end + REGULATES_REACH]
                if regulates(mention.name, after):
                    nouns.add(REGULATOR)
                    if regulates_by_clause(after):
                        nouns.add(OVERSEER)
                # (`maintained by X Facility Services Pty Ltd`: `the contractor`, by its deed)
                before = paragraph.masked[max(0, mention.start - SERVED_BY_REACH) : mention.start]
                for noun in served_by_nouns(before):
                    nouns.update((noun, TRADED + noun))
                if post is not None:
                    nouns.update((post, TRADED + post))
                # (`X Holdings Ltd, which processed the catch`: `the processor`, by its deed)
                for noun in clause_doers(paragraph.masked[mention.end : mention.end + POST_REACH]):
                    nouns.update((noun, TRADED + noun))
                # (`X Inc, the industry body,`, `the contest organisers, X Ltd,`: its apposition)
                for noun in apposed_nouns(
                    paragraph.masked[
                        max(0, mention.name_start - APPOSED_NOUN_REACH) : mention.name_start
                    ],
                    paragraph.masked[mention.end : mention.end + APPOSED_NOUN_REACH],
                ):
                    nouns.update((noun, APPOSED + noun))
                for noun in nouns:
                    found.setdefault(noun, []).append(
                        ((paragraph.index, mention.start), mention.name)
                    )
        return found

    def _open_bodies_named(self) -> list[tuple[tuple[int, int], str]]:
        """Where each body `the contractor` may mean (see _open_named) is named, in text order:
        the OPEN_BODY list of _bodies_by_noun, read without the other nouns (the article read
        once)."""
        found: list[tuple[tuple[int, int], str]] = []
        for paragraph in self._paragraphs:
            roles = [(m.start, m.name_start) for m in paragraph.mentions if m.kind == "person"]
            for mention in paragraph.mentions:
                if mention.kind == "pronoun":
                    continue
                if mention.kind != "org" and _taken_on_post(paragraph, mention) is None:
                    continue  # (a name read as a person's, no firm's plural post after it)
                if _open_named(paragraph, mention, roles):
                    found.append(((paragraph.index, mention.start), mention.name))
        return found

    def _introduced_instead(
        self, words: list[str], lowered: list[str], found: str | None, where: tuple[int, int]
    ) -> str | None:
        """`the registrar said` of `the Registrar of the Board, Professor X Y,`: the person
        whose introduction carries the noun (see quote_introduced), when the answer found is no
        one, no person, or a person whose own introduction and role do not carry it."""
        head = lowered[-1]
        if not _person_head(head):
            return None
        if found is not None and self._named_by_noun(found, head):
            return None  # (`The chamber said` of `Athlone Chamber of Commerce`: its own noun)
        person = found is not None and self.entries[found].kind == "person"
        if person and found is not None and not self._sex_fits(found, noun_sex(head)):
            person = False  # (`the fisherman` is no woman found otherwise)
        # (`the police officer`: a description with a family of its own is carried whole)
        described = " ".join(lowered[1:])
        kind = described if described in NOUN_FAMILIES else head
        if person and (len(lowered) < 3 or self._carried_by(found, kind)):
            return None  # (a bare noun: the person found stands, see introduced_person)
        if self._unnamed_before(head, where) or self._anonymous_before(head, where):
            return None
        # (a name among the description's words, `the Harriers coach`, must be carried too:
        # the Falcons' coach is not it)
        named = any(word[:1].isupper() for word in words[1:-1])
        return self.introduced_person(described, head, where, person or named)

    def _paper_owner(self, head: str, where: tuple[int, int]) -> str | None:
        """`A report to the council's executive ... The report says` -> the council: the body
        a paper of the noun was put to (its board, executive or members), the latest in the
        cue's paragraph before the cue or the window's paragraphs back (see quote_board_papers);
        None when no such paper was written, or its owner is no body named before the cue."""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.masked)
            noun = paper_owner_noun(paragraph.masked, head, end)
            if noun is None:
                continue
            body = self._phrase("the " + noun, (index, end)).name
            # (a body named before the paper only: `the council` of a cut text that names a
            # parish council further on is no owner read back)
            return body if body is not None and self._named_before(body, index, end) else None
        return None

    def _named_before(self, body: str, index: int, end: int) -> bool:
        """The body's name is written before `end` of paragraph `index`: in the lead's first
        PAPER_CHARS characters (`... under North Yorkshire Council budget proposals`) or in
        the PAPER_CHARS before `end` (a bounded read per cue)."""
        lead = self._paragraphs[0].masked
        if lead.find(body, 0, PAPER_CHARS if index else min(end, PAPER_CHARS)) >= 0:
            return True
        masked = self._paragraphs[index].masked
        return masked.find(body, max(0, end - PAPER_CHARS), end) >= 0

    def _withheld_near(self, where: tuple[int, int]) -> bool:
        """Someone brought in unnamed on purpose opens a sentence of the cue's paragraph before
        the cue, or of the paragraph before (see withheld_unnamed)."""
        if withheld_unnamed(self._paragraphs[where[0]], where[1]):
            return True
        if where[0] == 0:
            return False
        before = self._paragraphs[where[0] - 1]
        return withheld_unnamed(before, len(before.masked))

    def _named_by_noun(self, name: str, head: str) -> bool:
        """`Athlone Chamber of Commerce` and `chamber` -> True: the answer is a body whose name
        holds the noun (an `-er` noun such as `chamber` may read as a person's: the name says
        it is the body's)."""
        entry = self.entries.get(name)
        return entry is not None and entry.kind == "organisation" and head in lowered_words(name)

    def _sex_fits(self, name: str, sex: str | None) -> bool:
        """The person `name` is, by the article or a given name, of `sex` or of no sex known;
        any person fits a sex of None (`Kate Rowe` fits no `fisherman`, see noun_sex)."""
        return sex is None or (self.entries[name].gender or given_name_sex(name)) in (None, sex)

    def _carried_by(self, name: str, head: str) -> bool:
        """The answer `name` is a person whose role or introduction carries the noun."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "person":
            return False
        if entry.role is not None and carries(entry.role.lower(), head):
            return True
        seen = self.first_seen.get(name)
        if seen is None:
            return True  # (no introduction to read: the answer stands)
        return carries(introduction(self._paragraphs[seen[0]], seen[1]), head)

    def introduced_person(
        self,
        phrase: str,
        head: str,
        where: tuple[int, int],
        whole: bool = False,
        owner: str | None = None,
        place: str | None = None,
    ) -> str | None:
        """The person introduced at most INTRODUCED_BACK paragraphs before `where` whose
        introduction carries the whole description (`deputy auditor`), else its noun or family
        (`auditor`); the latest one introduced; None for no one (`the registrar` when no one
        was introduced as one). `whole`: only the whole description of two words or more (it
        then outweighs a person found otherwise: `the elderly farmer` is the neighbour named
        last, though another was introduced as `a grower`). `owner`: the role read with the
        name holds the owner and the noun (`Vell's director` of `Vell Water Director X Y`).
        `place`: the introduction names it (`the farmer from Erlin` of `X, who grows rice in
        Erlin Township`)."""
        best: str | None = None
        cue_start = self._sentence_start(where)[1]
        sex = noun_sex(head)
        # (with no owner, place or phrase of two words, only an introduction carrying the noun
        # answers: one whose sentence holds none of the noun's family is passed at once, before
        # its other tests; the same answer, see _may_carry)
        carrying: frozenset[str] | None = None
        if owner is None and place is None and " " not in phrase:
            carrying = self._carrying(head)
            if not carrying:
                return None  # (no one's first sentence holds the noun: no one carries it)
        for name, entry, seen in self._introduced_near(where):
            # (an introduction comes before the description's sentence: `a figure the
            # board's chair called` is no one's introduction as the board's chair)
            end = cue_start if seen[0] == where[0] else None
            if carrying is not None and (
                name not in carrying or not self._may_carry(seen, head, end)
            ):
                continue
            if self._settlement_seen(seen):
                continue  # (`Sarpanch of Orla Vale village X`: the village is no one)
            if not self._sex_fits(name, sex):
                continue  # (`the fisherman` is no woman introduced as one who fishes)
            if place is not None and (place in name or not self._sentence_names(seen, place)):
                continue  # (the place is where the person is from, never the person)
            if owner is not None:
                # (the owner and the noun both in the role read with the name: `Vell's
                # director` is not whoever a sentence about Vell introduces)
                role = (entry.role or "").lower()
                if names_owner(role, owner) and carries(role, head):
                    return name
                continue
            stretch = introduction(self._paragraphs[seen[0]], seen[1], end)
            if " " in phrase and carries_phrase(stretch, phrase):
                return name
            if best is None and not whole and carries(stretch, head):
                best = name
        return best

    def _carrying(self, head: str) -> frozenset[str]:
        """The people whose first mention's sentence may carry `head` (see _may_carry, with no
        cut; everyone first seen when carries reads the noun otherwise): no one else's
        introduction does. Read once per noun (first_seen is whole before any clause is
        resolved: Registry._read_names)."""
        if self._carriers is None:
            self._carriers = {}
        carriers = self._carriers.get(head)
        if carriers is None:
            carriers = frozenset(
                name for name, seen in self.first_seen.items() if self._may_carry(seen, head, None)
            )
            self._carriers[head] = carriers
        return carriers

    def _may_carry(self, seen: tuple[int, int], head: str, end: int | None) -> bool:
        """Whether the introduction of the mention at `seen` (cut at `end`) may carry `head`:
        its sentence holds the start of the noun or one of its family (carried_starts, found
        once per paragraph and noun), or the noun is one carries reads otherwise (`the ex-
        herdsman` of ever new people in one paragraph: each introduction was read per cue)."""
        if self._carried_at is None:
            self._carried_at = {}
        key = (seen[0], head)
        paragraph = self._paragraphs[seen[0]]
        if key in self._carried_at:
            starts = self._carried_at[key]
        else:
            starts = self._carried_at[key] = carried_starts(paragraph.masked, head)
        if starts is None:
            return True
        lo, hi = paragraph.sentence(seen[1])
        if end is not None:
            hi = min(hi, end)
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi

    def _fronted_resident(self, sex: str, where: tuple[int, int]) -> str | None:
        """`Back in Merizo, the grandmother of nine said` of `Merizo resident X Y, 71,` nine
        paragraphs before: the sentence opens on where the person is (see fronted_place), so
        the person introduced at most INTRODUCED_BACK paragraphs before in a sentence naming
        that place, of the sex or none known; None when there is no such place or person."""
        paragraph = self._paragraphs[where[0]]
        place = fronted_place(paragraph.masked, paragraph.sentence(where[1])[0], where[1])
        if place is None:
            return None
        for name, _, seen in self._introduced_near(where):
            if place in name or not self._sex_fits(name, sex):
                continue
            if self._sentence_names(seen, place):
                return name
        return None

    def _introduced_near(
        self, where: tuple[int, int]
    ) -> Iterator[tuple[str, Entry, tuple[int, int]]]:
        """The people known (latest first, KNOWN_ENTRIES at most) first seen before `where`, at
        most INTRODUCED_BACK paragraphs back: whom an introduction read back may be of."""
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            seen = self.first_seen.get(name)
            if entry.kind != "person" or seen is None or seen >= where:
                continue
            if where[0] - seen[0] > INTRODUCED_BACK:
                continue
            yield name, entry, seen

    def _settlement_seen(self, at: tuple[int, int]) -> bool:
        """The mention at `at` is written before its settlement's noun (see settlement_after)."""
        paragraph = self._paragraphs[at[0]]
        k = bisect_left(paragraph.mention_starts, at[1])
        if k == len(paragraph.mentions) or paragraph.mentions[k].start != at[1]:
            return False
        return settlement_after(paragraph.masked, paragraph.mentions[k].end)

    def _sentence_names(self, at: tuple[int, int], place: str) -> bool:
        """The whole sentence at `at` names `place` (`in Changhua County's Erlin Township`:
        a place the mention finder may read as a name, which an introduction stops at)."""
        paragraph = self._paragraphs[at[0]]
        start, end = paragraph.sentence(at[1])
        return names_owner(paragraph.masked[start:end], place)

    def _the_anaphor_chain(
        self,
        words: list[str],
        lowered: list[str],
        where: tuple[int, int],
        recent: Iterator[str | None] | None,
    ) -> Resolved:
        """`the governor said`, `the union said`: an anaphor for someone already named (the lead
        author, an entry of that role or noun, a body, the winner, an age), else no one."""
        head = lowered[-1]
        if head in _PLACED_NOUNS and len(words) == 3 and words[1][:1].isupper():
            placed = self.placed_person(words[1], _PLACED_NOUNS[head], where)
            if placed is not None:
                return Resolved(placed, "pronoun")  # `the Galway man` of `X of Y in Galway`
            asked = self._paragraphs[where[0]].masked.startswith(_ASKED_OPENING)
            spoke = self._spoke_before(_PLACED_NOUNS[head], where, True) if asked else None
            if spoke is not None:
                return Resolved(spoke, "pronoun")  # `X said ... “...”` `the Ballymore man replied`
        if head in _PLACED_NOUNS and len(words) == 3 and words[1].islower():
            opener = self._surname_opener(_PLACED_NOUNS[head], where)
            if opener is not None:
                return Resolved(opener, "pronoun")  # `Mahe, on crutches, ... the big man told`
            spoke = self._spoke_before(_PLACED_NOUNS[head], where)
            if spoke is not None:
                return Resolved(spoke, "pronoun")  # `X called it a tax.` `“...,” the mas man`
        if head in LEAD_HEADS and "lead" in words:
            lead = self.lead_person(where)
            if lead:
                return Resolved(lead, "pronoun")
        if head in _AGE_CLASSES:
            aged = self._aged_person(_AGE_CLASSES[head], where)
            if aged:
                return Resolved(aged, "pronoun")
        if document_noun(head):
            giver = self._document_giver(head, where) or self._paper_owner(head, where)
            # (`according to the report, which said` of a report no one is said to write: the
            # body the lead is about, which put it out)
            giver = giver or (self._lead_subject_body() if work_noun(head) else None)
            if giver:
                return Resolved(giver, "pronoun")  # `the lead judgment said`: its judge
        owned = self._owned_body(head, where) if head in ORG_ANAPHORS else None
        if owned:
            return Resolved(owned, "pronoun")  # `the office` of `the X attorney general’s office`
        if len(lowered) == 3 and head in POST_NOUNS and _body_word(words[1]):
            holder = self._post_holder(words[1], head, where)
            if holder is not None:
                return Resolved(holder or None, "pronoun" if holder else None, holder == NO_ONE)
        qualified = len(lowered) == 3 and (head in ORG_WORDS or head in ORG_ANAPHORS)
        called = self._qualified_body(lowered) if qualified else None
        called = called or self._entry_called(head, lowered[1] in FORMER_WORDS, recent, where)
        if called:
            return Resolved(called, "pronoun")
        holder = self._deed_holder(lowered, where) if deed_post(head) else None
        if holder is not None:
            return Resolved(holder, "pronoun")  # `the panel's chair` of `chaired by X`
        body = self._body_spoke_last(head, where) or self._examining_body(head, where)
        body = body or self._kind_named(words[1:], where)
        if body:
            return Resolved(body, "pronoun")
        if head in ORG_ANAPHORS and not self._anonymous_before(head, where):
            body = self._role_owner(head, where, True) or self._company_anaphor(head, where)
            if body:
                return Resolved(self._fuller_body(body), "pronoun")
        if head in ORG_ANAPHORS:
            body = self._members_body(where) or self._body_named_next(head, where)
            if body:
                return Resolved(body, "pronoun")
        if head.endswith("-elect"):
            # "the mayor-elect said": whoever the article says won, named or not as such
            winner = self.winner()
            if winner:
                return Resolved(winner, "pronoun")
        # "the 61-year-old farmer said": the age, not the noun after it, points back
        age = next((w for w in words[1:] if _AGE.fullmatch(w.lower())), head)
        person = self._demonym_subject(head, where)
        refused = False
        if not person:
            described = self._described_person(age, where, lowered[1] in FORMER_WORDS)
            refused = described == NO_ONE  # (a noun its rule knows, which no one fits)
            person = (
                described
                or self._body_in_role(head, where)
                or self._near_kind_person(head, where)
                or self._paragraph_opener(head, where)
            )
        if not person and not refused and len(words) == 2:
            person = self._post_before_name(head, where)  # `reeve X Y ... the reeve said`
        if person:
            return Resolved(person, "pronoun")
        return Resolved(None, None, refused)

    def _post_before_name(self, head: str, where: tuple[int, int]) -> str | None:
        """`..., and reeve Harold Sinclair said ... "...," the reeve said` -> Harold Sinclair:
        the person named latest (this paragraph up to the cue, then the window's paragraphs
        back) right after the lower-case noun written as their post; None when the text never
        wrote the noun before a name."""
        written = head + " "
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.masked)
            # (the latest few places the noun is written, each the mention right after it
            # looked up by bisection: no walk over a long paragraph's names)
            at = paragraph.masked.rfind(written, 0, end)
            for _ in range(POST_TRIES):
                if at < 0:
                    break  # (most paragraphs: the noun not written)
                name_at = at + len(written)
                k = bisect_left(paragraph.mention_starts, name_at)
                mention = paragraph.mentions[k] if k < len(paragraph.mentions) else None
                if (
                    mention is not None
                    and mention.kind == "person"
                    and mention.name_start == name_at
                    and post_before_name(paragraph.masked, name_at, head)
                ):
                    return self._fuller(mention.name) or self._add_person(mention)
                at = paragraph.masked.rfind(written, 0, at)
        return None

    def placed_person(self, place: str, sex: str | None, where: tuple[int, int]) -> str | None:
        """`the Galway man` of `Her publisher, X of Y Press in Galway,`: the latest person (of
        that sex, any when None, or none known) whose role holds the place or whose first
        sentence puts them there right after the name (`in`, `from`, `near` or `of` the place)."""
        tied = re.compile(
            r"\b(?:in|from|near|of) (?:[A-Z][\w'’-]* ){0,3}" + re.escape(place) + r"\b"
        )
        for name in self._recent(where):
            entry = self.entries.get(name)
            if entry is None or entry.kind != "person":
                continue
            if sex is not None and entry.gender not in (None, sex):
                continue
            if entry.role and place in entry.role.split():
                return name
            seen = self.first_seen.get(name)
            if seen is None:
                continue
            masked = self._paragraphs[seen[0]].masked
            after = masked[seen[1] : seen[1] + _PLACED_REACH].split(". ", 1)[0]
            if tied.search(after):
                return name
        return None

    def _post_holder(self, body: str, head: str, where: tuple[int, int]) -> str | None:
        """`the federation chief` of `X, who leads the federation,`, `the Falcons coach` of
        `X, who took over as coach` when the other coach is `Harriers coach Y`: the latest person
        whose role is of the noun's kind and names the body, else one whose role names no body;
        "" (no one) when the body is a name and such a role names another body by its name;
        None when no role is of the kind."""
        key = body.lower()
        bare = None
        other = False
        for name, entry in self._roled_people(where):
            role = entry.role
            if not (post_of_kind(role, head) or same_role(role, head)):
                continue
            bodies = role_bodies(role)
            if key in bodies or self._noun_of_body(bodies, body):
                return name
            if not bodies:
                bare = bare or name
            # (another body by its name: `Harriers coach`, not `chief of staff`)
            other = other or any(w[:1].isupper() and w.lower() in bodies for w in role.split())
        if bare is not None:
            return bare
        return "" if other and body[:1].isupper() else None

    def _noun_of_body(self, bodies: frozenset[str], body: str) -> bool:
        """`the KRA boss` of `The authority's general manager` after `The Kellam Roads
        Authority (KRA)`: a body's noun in the role that fits the body the acronym stands for."""
        full = self.acronym(body)
        return full is not None and any(
            noun in ORG_ANAPHORS and fits(noun, full) for noun in bodies
        )

    def _body_in_role(self, head: str, where: tuple[int, int]) -> str | None:
        """`Kwoyanx First Nation Chief X ... The nation said`: the body whose capitalised name,
        ending in the noun, opens the role of a person named before (recent first), with the
        capitals written right before the role (`Kwoyanx First` of a role read as `Nation
        Chief`); else one whose name opens such a role in a possessive (see _role_owner)."""
        for name, entry in self._roled_people(where):
            role = entry.role
            if role is None or head not in role.lower():
                continue  # (most roles: the cheap test first)
            seen = self.first_seen.get(name)
            if seen is None:
                continue
            masked = self._paragraphs[seen[0]].masked
            body = body_opening_role(capitals_before(masked, seen[1]) + role, head)
            if body is not None:
                return self.organisation(body)
        return self._role_owner(head, where, False) if head in ORG_ANAPHORS else None

    def _role_owner(self, head: str, where: tuple[int, int], strict: bool) -> str | None:
        """`Ofgem's director of retail, X, told MPs ... The regulator said`: the body whose name
        opens a person's role in a possessive (a body the article names only so): the first
        (recent first) that the noun fits by kind (`the bloc` of `The European Union's
        negotiator` past `Tekarua's minister`), else, unless `strict`, the latest roled
        person's if the noun fits it at all, is no noun a country is called by too, and is
        written after the person's name in that paragraph (`told MPs the regulator had ...`:
        the text called the body so; `Fellside's manager` is no `the charity`)."""
        loose = None
        for k, (name, entry) in enumerate(self._roled_people(where)):
            role = entry.role or ""
            owner = role_owner(role) if role else None
            seen = self.first_seen.get(name) if owner is not None else None
            if owner is None or seen is None:
                continue  # (most roles)
            masked = self._paragraphs[seen[0]].masked
            # (`The European Union's negotiator` read as the role `Union's negotiator`)
            owner = role_owner(capitals_before(masked, seen[1]) + role) or owner
            if fits_by_kind(head, owner):
                return self.organisation(owner)
            if strict or k or head in STATE_NOUNS or not fits(head, owner):
                continue
            if masked.find("the " + head, seen[1]) >= 0:
                loose = owner
        return self.organisation(loose) if loose is not None else None

    def _near_kind_person(self, head: str, where: tuple[int, int]) -> str | None:
        """`graduate student X ... the doctoral candidate said`, `X keeps a logbook ... the old
        keeper says`: with nothing else for the noun, the latest person whose role's words hold
        it or a near kind of it (see role_of_kind), else the one person shown doing what the
        noun names (see does_after). Not a noun that brought in someone unnamed (`an aide`)."""
        if head in ORG_ANAPHORS or _AGE.fullmatch(head) or self._unnamed_before(head, where):
            return None
        for name, entry in self._roled_people(where):
            if role_of_kind(entry.role, head):
                return name
        if head in _TRADE_SHOWN or not agent_noun(head):
            return None
        return self._shown_doing(head, where)

    def _qualified_body(self, lowered: list[str]) -> str | None:
        """`The hurricane center said` after `St. Agnes Medical Center` and, before it, the
        `National Hurricane Center`: the latest body named by the noun whose name also holds the
        word before the noun (that word tells the bodies apart); None when no name holds both."""
        qualifier = lowered[1]
        naming = naming_words(lowered[2])
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind != "organisation":
                continue
            words = lowered_words(entry.name)
            if qualifier not in words:
                continue
            # (`the transport firm` of `X Scholar Transport Services (Pty) Ltd`: the word and
            # a name of the noun's kind, see kind_fitted, tell the body as well)
            if not naming.isdisjoint(words) or kind_fitted(lowered[2], entry.name):
                return name
            if headed_by_qualifier(entry.name, qualifier, lowered[2]):
                return name
        return None

    def _entry_called(
        self,
        head: str,
        former: bool,
        recent: Iterator[str | None] | None,
        where: tuple[int, int],
    ) -> str | None:
        """`the trio` of `the folk trio Saltwick`: the recent name, then the latest of
        KNOWN_ENTRIES, that is a body named by the noun or whose noun or role is it (`the former
        minister` only one whose role was held before)."""
        naming = naming_words(head)  # (named_by, its head's side read once for the walk)
        if not self.entry_words.may_answer(naming, head):
            return None  # (no entry holds a word that could answer: the walk would find none)
        known = islice(reversed(self.entries), KNOWN_ENTRIES)
        # (read lazily: the first names mostly answer, and nothing below adds an entry)
        recent = self._recent(where) if recent is None else recent
        staffed = None  # a body that spoke only through its people (see _people_body)
        labelled = None  # the latest body a label called so (`Rescue charity X`), the last resort
        for name in chain(recent, known):
            entry = self.entries.get(name) if name else None
            if entry is None:
                continue
            if labelled is None and entry.label == head:
                labelled = name
            if (
                entry.kind == "organisation"
                and not naming.isdisjoint(lowered_words(entry.name))
                and not _lone_noun_name(entry.name, naming)
            ):
                if staffed is None and name in self.through_people:
                    # (`Economists at X Bank wrote` after `The bank said` of another: the body
                    # that spoke itself keeps the noun)
                    staffed = name
                    continue
                return name
            if former and not _held_once(entry.role):
                continue  # `the former minister` is not the one whose role is `Minister`
            if (entry.noun is not None and head in firm_nouns(entry.noun)) or (
                entry.role and same_role(entry.role, head)
            ):
                workplace = _workplace_called(entry.role, head)
                if workplace is not None:
                    return self.organisation(workplace)
                if former or not _held_once(entry.role):
                    return name
                # (`the captain` is not at once the one whose role is `retired captain`: one who
                # holds it now is looked for first, see fitting_person)
        return staffed or labelled

    def _company_anaphor(self, head: str, where: tuple[int, int]) -> str | None:
        """`Apple said ... the company said`: see `_anaphor_body`; when that is a public body
        (`TOKİ, the state housing agency`), a business an appositive sets off among the latest
        names is `the company` rather (`X, one of 14 contractors working for TOKİ`)."""
        body = self._anaphor_body(head, where)
        if body is not None and head in COMPANY_ANAPHORS and self._public_body(body):
            body = self._apposed_business(where) or body
        if body is not None:
            self.called_bodies[head] = body
        if body is None and head in COMPANY_ANAPHORS:
            # (`X, a contractor hired by the Ministry of Water`: the public body, no company,
            # spoke last)
            return self._apposed_business(where)
        return body

    def _owned_body(self, head: str, where: tuple[int, int]) -> str | None:
        """`The Texas attorney general’s office said it would appeal. “...,” the office said`:
        the body written earlier in the paragraph as a named holder's office and the noun
        (see owned_bodies), the latest such; None when none is."""
        owned = owned_bodies(self._paragraphs[where[0]].masked)
        k = bisect_left(owned, (where[1],))
        # (the latest few before `where` only: a paragraph of thousands stays linear)
        found = next(
            (o[1] for o in reversed(owned[max(0, k - LATEST_FEW) : k]) if o[2] == head), None
        )
        return self.organisation(found) if found is not None else None

    def _fuller_body(self, name: str) -> str:
        """`Harrowfield Rovers` ... `Rovers said ... the club said`: the one body named before
        the short form whose name ends with it (the description means the body, by its full
        name); else the name itself."""
        found = None
        # (of the latest KNOWN_ENTRIES; `Former Rovers captain X`, named after the short form: no
        # fuller name of it)
        cut = len(name) + 1  # (` <name>`)
        first = len(self.entries) - KNOWN_ENTRIES
        for other in self.entry_words.places.ending_before(name, first):
            if self.entries[other].kind != "organisation" or not _name_words(other[:-cut]):
                continue  # (`Big Machine and Dick Clark Productions`: two bodies, not a name)
            if found is not None:
                return name  # two bodies end so: neither is surely meant
            found = other
        return found or name

    def _public_body(self, name: str) -> bool:
        """`Ministry of Water`, `TOKİ, the state housing agency`: a body its name or its
        appositive's noun calls a public one."""
        entry = self.entries.get(name)
        if entry is not None and entry.noun in PUBLIC_NOUNS:
            return True
        return not PUBLIC_NOUNS.isdisjoint(lowered_words(name))

    def _anaphor_body(self, head: str, where: tuple[int, int]) -> str | None:
        """`Apple said ... the company said`: the organisation that spoke last, if it is a bare
        name (`Apple`) rather than one that names another kind of body; with no body spoken yet,
        the one described so; else the lead body owning the noun."""
        for name in self._recent(where):
            entry = self.entries.get(name) if name else None
            if entry and entry.kind == "organisation":
                if (
                    fits(head, name)
                    or same_kind(head, entry.role or entry.noun)
                    or head in self.agents_of(name)
                ):
                    written = self._written_with_noun(head, name) if entry.guessed else None
                    if written is not None:
                        return written  # `the Cinemare film festival` ... `the festival said`
                    kinded = self._kinded_over_bare(head, name, where)
                    if kinded is not None:
                        return kinded  # `X, which inspects dams,` ... `The regulator warned`
                    # (called by a body's noun: a guess no later `she` turns to a person)
                    entry.guessed = False
                    return name
                # (the last body to speak is of another kind: one its own paragraph named, the
                # one the article called by the noun before, or one named by the noun's kind in
                # the few paragraphs before, never a bare name: `rescue charity X`)
                return (
                    self.body_named_here(head, where)
                    or self._called_body(head)
                    or self._known_of_kind(head, where, 0)
                    or self._lead_body_owning(head)
                )
        else:
            body = self.described_body(head, where)  # no body has spoken yet
            body = body or self._known_of_kind(head, where) or self._defined_of_kind(head)
            if body:
                return body
        return self._lead_body_owning(head)

    def _known_of_kind(self, head: str, where: tuple[int, int], skip: int = -1) -> str | None:
        """`The union said` four paragraphs below `the X Police Officers Association`: with no
        body spoken and none in the pronoun's window, the latest body named within KIND_BACK
        paragraphs before that the noun calls by its kind (`union` ~ `association`, see
        quote_orgs._KINDS), not a bare name. `skip` paragraphs before the noun's own are passed
        over (the window, by default; none when the last body to speak was of another kind)."""
        first = max(0, where[0] - KIND_BACK)
        skip = self.window if skip < 0 else skip
        for index in range(where[0] - skip - 1, first - 1, -1):
            mentions = self._paragraphs[index].mentions
            for mention in reversed(mentions[-self.recent_events :]):
                if mention.kind != "org":
                    continue
                if kind_fitted(head, mention.name) or self._kind_given(head, mention.name):
                    return self._body(mention)
        return None

    def _kind_given(self, head: str, name: str) -> bool:
        """`X, a campaign group,` ... `the group said`: the body's kind the article gave it in
        apposition or a label (`Rescue charity X`) is the noun's kind, as its name's word is."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "organisation":
            return False
        return same_kind(head, entry.noun) or same_kind(head, entry.label)

    def _defined_of_kind(self, head: str) -> str | None:
        """`The X Teachers' Association of Ireland (XTAI) said ...`, then `the union said` ten
        paragraphs on: a body the article gave an acronym in brackets (one it means to go on
        naming) is the body its kind's noun calls however far back, when it is the one such
        body named so far that the noun fits (by its head word, see headed_name)."""
        found = None
        for name in self.defined_bodies[:DEFINED_READ]:
            entry = self.entries.get(name)
            if entry is None or entry.kind != "organisation":
                continue  # (not named yet, or a person's name)
            if not fits_by_kind(head, headed_name(name)):
                continue
            if found is not None and found != name:
                return None  # two bodies of that kind: the noun says neither
            found = name
        return found

    def home_body_over(self, body: str, head: str) -> str:
        """`Kilmardie Rovers manager X admitted ... a defeat by Y United. ... The club said`:
        a body named in an earlier paragraph only in passing (it never spoke nor opened a
        sentence) and not by the noun itself (`the association` of `X Student Association`
        stays) gives way to the lead subject's own body, the one opening their role, when the
        noun fits it too; else `body`."""
        if self.events_of.get(body, 0) or named_by(head, body):
            return body
        home = self._lead_home_body()
        return home if home is not None and home != body and fits(head, home) else body

    def _lead_home_body(self) -> str | None:
        """The body the lead is about: its subject's (`Orbis Mining said`), or the one whose
        name opens its subject's role (`Kilmardie Rovers` of `Kilmardie Rovers manager X
        admitted`); the lead read once per article, its entry's kind asked each time (a guess
        may turn a body to a person)."""
        if " " not in self._lead_bodies:  # (a key no noun has)
            self._lead_bodies[" "] = self._lead_subject_name()
        return self._role_body_of(self._lead_bodies[" "])

    def _role_body_of(self, name: str | None) -> str | None:
        """The body itself (not a lone capital guessed to be one), or the longest known body's
        name opening the person's role."""
        entry = self.entries.get(name) if name is not None else None
        if entry is not None and entry.kind == "organisation":
            return None if entry.guessed else entry.name
        if entry is None or entry.role is None:
            return None
        words = entry.role.split()
        for k in range(len(words) - 1, 0, -1):
            found = self.entries.get(" ".join(words[:k]))
            if found is not None and found.kind == "organisation":
                return found.name
        return None

    def agents_of(self, name: str) -> frozenset[str]:
        """`publisher` of `Riftline Games, which publishes Vanguard`: the nouns a body's
        relative clause makes of its verb (the article read once, when first asked)."""
        if self._agents is None:
            self._agents = which_agents(self.masked)
        return self._agents.get(name, _NO_AGENTS)

    def _modified_role(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`the Herons coach said` after `Herons coach X` and then `Foxes coach Y`, `the
        Opposition spokesperson said` of `Opposition housing spokesperson X`: a capital before
        the noun (a team, a party) that a named person's role holds with that noun picks that
        person, not the latest holder of the noun nor a body called by the capital."""
        if len(words) < 3 or len(words) > 4 or words[0].lower() != "the":
            return None
        modifiers = [w for w in words[1:-1] if w[0].isupper()]
        if not modifiers:
            return None  # (most descriptions: `the chief executive`)
        head = words[-1].lower()
        for name, entry in self._roled_people(where):
            if set(modifiers) <= set(entry.role.split()) and same_role(entry.role, head):
                return name
        if len(modifiers) == 1 and head not in ORG_ANAPHORS:
            return self.affiliates.get(modifiers[0]) or None  # (`the National candidate`)
        return None

    def _post_of_owned(self, lowered: list[str], where: tuple[int, int]) -> str | None:
        """`the cannery's managing director said` after `The managing director, X,`: a body by
        its noun, then a post of two words or more, is the one person given that whole post
        (recent first); None for a post of one word or no one given it."""
        if len(lowered) < 4 or lowered[0] != "the" or not lowered[1].endswith(_OWNED_ENDINGS):
            return None
        if not lowered[1][:-2].isalpha():
            return None
        post = " ".join(lowered[2:])
        for name, entry in self._roled_people(where):
            role = entry.role.lower()
            if role == post or role.endswith(" " + post):
                return name
        return None

    def _owned_role(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`His barrister told the court:` after `X's barrister, Y,`; `her lawyer said`: a
        possessive pronoun and a noun pick the person (recent, then the latest entries) whose
        role has that noun. With no such person nothing is guessed (an unnamed lawyer is no one
        named last)."""
        if len(words) not in (2, 3) or words[0].lower() not in _OWNER_PRONOUNS:
            return None
        head = words[-1].lower()
        for name, entry in self._roled_people(where):
            if same_role(entry.role, head):
                return name
        return None

    def _kin_person(
        self, kin: str, age: str | None, where: tuple[int, int], owner: str = "the"
    ) -> str | None:
        """`Her sister` of `her younger sister, X`: the person (recent, then the latest
        KNOWN_ENTRIES) the article gave that relation; `the older sister` of the same: the one
        whose relation says that age, else the sibling of one given the other age (the one other
        person of that surname: `X Amberley-Nunes` is `her younger sister`, the profile's
        `Solveig Amberley-Nunes` the older)."""
        other = None
        for name, entry in self._roled_people(where):
            relation = role_relation(entry.role, kin)
            if relation is None:
                continue
            if age is None or relation == age:
                return name
            if other is None and relation == other_age(age):
                other = name
        if kin in SPOUSE_KIN:
            return self._spouse(kin, where, OWNER_SEX.get(owner))
        return self._sibling(other) if other else None

    def _partner_by_name(self, name: str, sex: str) -> bool:
        """A title of sex `sex` whose surname's latest bearer, `name`, has no sex from the
        article, may be the other one of `name`'s couple: `name`'s given name says the other
        sex, or says nothing while the partner's says the title's (`Mrs X` of `Rhiannon and
        Dafydd X` when `Dafydd` is a name the table does not know)."""
        if self.entries[name].gender is not None:
            return False
        usual = given_name_sex(name)
        if usual is not None:
            return usual != sex
        partner = self.couples.get(name)
        return partner is not None and given_name_sex(partner) == sex

    def _spouse(self, kin: str, where: tuple[int, int], sex: str | None) -> str | None:
        """`Her husband` with no one given that role: the other one of a couple named together
        (`Ann and Tom Lee`), when the latest person before it (not of the other sex than `her`
        says) is one of the two."""
        for name in self._recent(where):
            entry = self.entries.get(name)
            if entry is not None and entry.kind == "person" and entry.gender in (None, sex):
                if unlikely(name, entry.gender, sex) and self._spouse_by_name(name, kin):
                    return name  # `Her husband` after `Joachim Lindqvist` spoke: he is the one
                return self.partner(name, kin) or self._spouse_quoted(name, kin)
        return None

    def _spouse_quoted(self, name: str, kin: str) -> str | None:
        """`“My husband, Troy, grabbed the kids,” she said` then `Her husband said`: the one
        `name` gave that kin word in their own words where they were last named or spoke
        (registered as a person of the kin word's sex); None when they gave none."""
        paragraph = self._paragraphs[self._latest[name][0]]
        named = kin_named_in_quote(paragraph.text, paragraph.masked, kin)
        if named is None:
            return None
        known = self._fuller(named) or self.by_surname(named)
        if known is not None:
            return known
        self._add(Entry(named, "person", None, word_sex(kin)))
        return named

    def _spouse_by_name(self, name: str, kin: str) -> bool:
        """`Joachim Lindqvist` of `Petra and Joachim Lindqvist` is `her husband` when the article
        gives neither a sex: one of a couple whose given name is the kin word's sex (noted as
        the article's own once taken)."""
        sex = "m" if kin == "husband" else "f"
        if name not in self.couples or given_name_sex(name) != sex:
            return False
        self.entries[name].gender = sex
        return True

    def _sibling(self, name: str) -> str | None:
        """The one other person named with `name`'s surname (of a name of two words or more), of
        the latest KNOWN_ENTRIES."""
        parts = name.split()
        if len(parts) < 2:
            return None
        found = set()
        for other in islice(reversed(self.entries), KNOWN_ENTRIES):
            if other != name and other.split()[-1] == parts[-1]:
                if self.entries[other].kind == "person":
                    found.add(other)
        return found.pop() if len(found) == 1 else None

    def _role_repeated(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`The union’s regional director accused ...` after `X, the union’s regional
        director,`: a description of four words or more (`the` and the rest in lower case) whose
        every word the role of a named person holds, its last word that role's noun, is that
        person (recent, then the latest KNOWN_ENTRIES), before its last word alone picks anyone
        else or nobody."""
        if len(words) < 4 or words[0].lower() != "the" or not words[1][:1].islower():
            return None  # (most descriptions: `the director`, `the chief executive`)
        wanted = {w.lower() for w in words[1:]}
        head = words[-1].lower()
        for name, entry in self._roled_people(where):
            if wanted <= set(entry.role.lower().split()) and same_role(entry.role, head):
                return name
        return None

    def _kind_named(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`Oakridge Homes said ...` then `the housing association said`: the one name (recent,
        then of the latest KNOWN_ENTRIES) whose last word implies the kind the description says
        (see name_implies), made a body's; None when none or two such names are known."""
        if not kind_described(words):
            return None  # (most descriptions: `the minister`, `the company`)
        # (the latest entries by the last words that imply the kind, not each tested: the same
        # names, see EntryPlaces.last_word_since)
        first, places = len(self.entries) - KNOWN_ENTRIES, self.entry_words.places
        implying = implying_words(words)
        known = [name for word in implying for name in places.last_word_since(word, first)]
        # (a recent name by its last word among the implying ones, as name_implies tells: the
        # description's words read once, not again for each recent name)
        found = {
            name
            for name in chain(self.recent_names(where), known)
            if last_name_word(name) in implying and self._maybe_body(name)
        }
        if len(found) != 1:
            return None
        name = found.pop()
        self.entries[name].kind = "organisation"
        return name

    def _maybe_body(self, name: str) -> bool:
        """A body's entry, or a name the article gave no role and no gender: not `Mayor Dana
        Gas` (a person's name may end in a kind's word)."""
        entry = self.entries[name]
        return entry.kind == "organisation" or (entry.role is None and entry.gender is None)

    def _body_spoke_last(self, head: str, where: tuple[int, int]) -> str | None:
        """`A spokesperson for Northway Rail said ... “...,” the operator said`: a noun for a
        body's kind that also names people (`operator`, `provider`, `insurer`) or that no
        table lists (`the hospital system`) is the body's when a body that fits it spoke last;
        else it stays a person's (`the tour operator`)."""
        if head in ORG_ANAPHORS or not ORG_HEAD.fullmatch(head):
            return None
        latest = next((name for name in self._recent(where) if name), None)
        entry = self.entries.get(latest) if latest else None
        if entry is None or entry.kind != "organisation" or not fits(head, entry.name):
            return None
        if entry.guessed:
            return None  # (`Tsai said`: a lone capital only guessed a body's fits every noun)
        return entry.name

    def _examining_body(self, head: str, where: tuple[int, int]) -> str | None:
        """`inspectors from Ofsted have found ... the report said` (or `the inspectors wrote`):
        the body last named through those who examine for it, within the window; its report is
        its words. Looked for only when the noun is one of theirs (a rare subject)."""
        if head not in _FINDINGS and head not in _EXAMINERS:
            return None
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            found = _examined(paragraph.masked)
            if not found:
                continue  # (most paragraphs)
            end = where[1] if index == where[0] else len(paragraph.masked)
            k = bisect_left(found, (end,))
            # (the latest few before `end` only: a paragraph of thousands stays linear)
            fitting = [
                at
                for at, noun in found[max(0, k - LATEST_FEW) : k]
                if head == noun or head in _FINDINGS
            ]
            if fitting:
                return self._examining_mention(paragraph, fitting[-1])
        return None

    def _examining_mention(self, paragraph: Paragraph, at: int) -> str | None:
        """The body whose name starts at `at` (after `inspectors from`), as an organisation."""
        k = bisect_left(paragraph.mention_starts, at)
        mention = paragraph.mentions[k] if k < len(paragraph.mentions) else None
        if mention is None or mention.start != at or mention.kind == "pronoun":
            return None
        return self.organisation(mention.name)

    def lead_person(self, where: tuple[int, int]) -> str | None:
        """`the lead author said`: the latest person (of the recent and KNOWN_ENTRIES latest)
        whose role says they led the study, or were its lead author."""
        for name, entry in self._roled_people(where):
            if _LED.search(entry.role):
                return name
        return None

    def _roled_people(self, where: tuple[int, int]) -> Iterator[tuple[str, Entry]]:
        """The people the article gave a role, recent first (before `where`), then of the latest
        KNOWN_ENTRIES: where a description of a role looks for its holder."""
        # (the latest entries with a role alone: see EntryPlaces)
        known = self.entry_words.places.roled_since(len(self.entries) - KNOWN_ENTRIES)
        for name in chain(self.recent_names(where), known):
            entry = self.entries.get(name) if name else None
            if entry is not None and entry.kind == "person" and entry.role:
                yield name, entry

    def named_later(self, head: str) -> str | None:
        """The one person the article names after its first paragraph with a role whose head
        is `head` (`senior coroner X` for `a coroner`); None when no one or two hold it. The
        roles are read once per article, on the first call."""
        if self._later_roles is None:
            self._later_roles = {}
            for paragraph in islice(self._paragraphs, 1, None):
                for mention in paragraph.mentions:
                    if mention.kind == "person" and mention.role:
                        # (`Dean of Y` -> `dean`: the office, not its place)
                        key = role_head(head_noun(mention.role))
                        self._later_roles.setdefault(key, set()).add(mention.name)
        names = self._later_roles.get(role_head(head), ())
        if len(names) != 1:
            return None
        name = next(iter(names))
        if name not in self.entries:
            self._add(Entry(name, "person"))
        return name

    def winner(self) -> str | None:
        """The first known person the article has win (`X won`, `X was elected`, `X beat`):
        the one `the executive-elect` is, though the text never gives them that role."""
        if self._won is None:  # (the article read once, not once per `the mayor-elect said`)
            self._won = self._won_names()
        entries = self.entries  # (asked per call: a name may be known since the last)
        return next((name for name in self._won if name in entries), None)

    def _won_names(self) -> tuple[str, ...]:
        """The people the article names right before `won`, `was elected`, `beat`, in text
        order, known or not: `Ana Ruiz won the runoff` -> ('Ana Ruiz',)."""
        return tuple(
            mention.name
            for paragraph in self._paragraphs
            for mention in paragraph.mentions
            if mention.kind == "person" and paragraph.masked.startswith(_WON, mention.end)
        )

    def titled_person(self, head: str) -> str | None:
        """`Judge Ann Lee ... The judge also ordered`: the person (of the KNOWN_ENTRIES latest
        named) whose title ends in `head`; None when two people hold it."""
        found = None
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind == "person" and entry.role and same_role(entry.role, head):
                if found is not None:
                    return None
                found = name
        return found

    def _spoken_for_before(self, where: tuple[int, int]) -> str | None:
        """`A spokesperson for the authority declined ... “...,” the spokesperson said`: the
        body's noun written with a spokesperson earlier in the paragraph (SPOKES_BACK
        characters back), else one opening a sentence there (`The authority would not say`)."""
        masked = self._paragraphs[where[0]].masked
        lo = max(0, where[1] - SPOKES_BACK)
        named, found = spokes_for_between(masked, lo, where[1])
        if named:
            return found  # (`a spokeswoman for the consortium`: her own words say whose)
        return body_opening_before(masked, lo, where[1]) or owning_body_before(masked, lo, where[1])

    def _unmarked(self, name: str) -> bool:
        """A name taken for a person's that no role, gender or title showed to be one and that
        was first written after `the`, as no person's is (`to the Hunter Stags`)."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "person" or entry.role or entry.gender:
            return False
        index, start = self.first_seen.get(name, (-1, -1))
        return index >= 0 and self._paragraphs[index].masked[max(0, start - 4) : start] in _THE

    def _bare_name(self, name: str, where: tuple[int, int]) -> bool:
        """A name taken for a person's that nothing shows to be one (no role, gender, title or
        age, no pronoun for it), first written in `where`'s paragraph."""
        entry = self.entries[name]
        if entry.kind != "person" or entry.role or entry.gender:
            return False
        if initialled(name):
            return False  # (`Brandon H. Liao`: a middle initial is a person's, no body's)
        index, start = self.first_seen.get(name, (-1, -1))
        if index != where[0]:
            return False
        # (a bare name has no role before it: the mention starts with the name itself)
        return not AGED.match(self._paragraphs[index].masked, start + len(name))

    def _apposed_business(self, where: tuple[int, int]) -> str | None:
        """`built by Çelik Yapı, one of 14 contractors working for TOKİ, the state housing
        agency. The company said`: the body (of the latest few names back) an appositive calls
        a business, when the body named last is a public one (see `apposed_business`)."""
        for paragraph, mention in islice(self._mentions_back(where), APPOSED_BACK):
            if mention.kind == "pronoun" or spoken_to(paragraph.masked, mention.start):
                continue  # (`a statement to the X Post, the operator said`: no appositive)
            if apposed_business(paragraph.masked, mention.end):
                return self.organisation(mention.name)
        return None

    def _body_called(self, noun: str, where: tuple[int, int]) -> str | None:
        """`The authority would not say ... a spokeswoman for the consortium said` after `the
        winning consortium, X,`: the body the article named or called by the noun (see
        _entry_called), when the body last salient is of another kind; None if none is."""
        called = self._entry_called(noun, False, None, where)
        entry = self.entries.get(called) if called is not None else None
        if entry is not None and entry.kind == "organisation":
            return called
        # (`a spokeswoman for the regulator` after an association spoke: the latest body the
        # article shows to be a regulator, see _bodies_by_noun)
        kind = self._latest_of_kind(noun, where)
        return self.organisation(kind[1]) if kind is not None else None

    def _called_body(self, head: str) -> str | None:
        """`The watchdog said ...` of the `Office of the X Commissioner` early on, then a
        ministry's spokeswoman, then `The watchdog said` again: the body the article called by
        the same noun before (still one it fits), however far back; None when none was."""
        body = self.called_bodies.get(head)
        return body if body is not None and fits(head, body) else None

    def _lead_body_owning(self, noun: str) -> str | None:
        """`Saltmarsh Radio closed the festival ...` opening the article, then `the band’s
        guitarist`: the body the lead's sentence opens with is the one the article calls by the
        noun it owns a role with (no body's name holding the noun)."""
        if noun not in self._lead_bodies:  # (the text searched once per noun, not per quote)
            self._lead_bodies[noun] = self._lead_body_of(noun)
        return self._lead_bodies[noun]

    def _lead_body_of(self, noun: str) -> str | None:
        """_lead_body_owning's answer, read from the text."""
        if re.search(rf"\b[Tt]he {re.escape(noun)}['’]s ", self.masked) is None:
            return None
        return self._lead_subject()

    def _lead_subject_body(self) -> str | None:
        """The first name the lead writes as a sentence's subject, if a body's (`Skylark Airways
        will cut 1,200 jobs`); None when it is a person's or no known name is such a subject.
        (Read once per article: kept under the empty noun, which no description has.)"""
        if "" not in self._lead_bodies:
            self._lead_bodies[""] = self._lead_subject()
        return self._lead_bodies[""]

    def _lead_subject(self) -> str | None:
        """_lead_subject_body's answer, read from the lead."""
        return self._organisation_named(self._lead_subject_name())

    def _lead_subject_name(self) -> str | None:
        """The first known name the lead writes as a sentence's subject."""
        lead = self._paragraphs[0]
        for mention in lead.mentions:
            if mention.kind == "pronoun" or mention.possessive:
                continue
            if mention.name.isupper() and in_dateline(lead.masked, mention.start, mention.end):
                continue  # `GUIUAN, Philippines (Wire) —`: the dateline's place, no body
            start = lead.sentence(mention.start)[0]
            if not main_subject(lead.masked, mention.start, start):
                continue
            if mention.name in self.entries:  # (`Eight years after ...`: a capital, no one)
                return mention.name
        return None

    def _kinded_over_bare(self, noun: str, bare: str, where: tuple[int, int]) -> str | None:
        """`X Travel Co.` ... `KD 2,900` ... `a spokesman for the agency`: a name whose words say
        no kind (`bare`) fits any noun only for that; the latest body named before `where` that
        the noun fits by its trade, its apposition or a regulator's deed (the kind index) is
        meant; None when `bare` says a kind, the noun is a company's (a bare name may well be
        the company) or no other body fits so."""
        if noun in COMPANY_ANAPHORS or not says_no_kind(bare):
            return None
        # (only a kind the text says of the body itself: `the agency` fits any authority by its
        # generic noun, and a bare name spoken of just before is then as likely)
        regulator = (REGULATOR,) if noun == REGULATOR else ()
        for key in (TRADED + noun, APPOSED + noun, *regulator):
            body = self._latest_keyed(key, where)
            if body is not None and body != bare and not says_no_kind(body):
                return body
        return None

    def _body_of_noun(self, noun: str, latest: str) -> str | None:
        """`The Welsh Government’s secretary ... a spokesman for the government` after the
        union spoke: a known body whose own name holds the noun, when the body that spoke
        last (`latest`) is not one the noun fits."""
        entry = self.entries[latest]
        if same_kind(noun, entry.role or entry.noun) or noun in self.agents_of(latest):
            return None
        # (`RCMP said ... A spokesperson for the department said` after the `Department of X`
        # was named: a bare name fits any noun, a name holding the noun fits it better)
        if fits(noun, latest) and (
            noun in COMPANY_ANAPHORS or named_by(noun, latest) or not says_no_kind(latest)
        ):
            return None
        return self._known_body(noun)

    def _document_giver(self, head: str, where: tuple[int, int]) -> str | None:
        """The person named right after the latest `Giving the lead judgment, ` (of `head`'s
        kind) before `where`: the judge whose words `the lead judgment said` gives."""
        if self._givers is None:
            self._givers = {}
        if head not in self._givers:  # (the article read once per noun, not per quote)
            self._givers[head] = self._givers_of(head)
        givers = self._givers[head]
        # (in text order: the last before `where` is bisected for, not walked to, so that an
        # article of many judgments and quotes from them stays linear)
        k = bisect_left(givers, ((where[0], where[1]), ""))
        found = givers[k - 1][1] if k else None
        return found if found in self.entries else None

    def _givers_of(self, head: str) -> list[tuple[tuple[int, int], str]]:
        """Each `Giving the lead judgment, <name>` of the article: where, and the full name."""
        givers = []
        for paragraph in self._paragraphs:
            for at in document_givers(paragraph.masked, head):
                firm = partners_firm(paragraph.masked, at)
                if firm is not None:
                    givers.append(((paragraph.index, at), self.organisation(firm)))
                    continue
                named = paragraph.mentions_between(at, at + GIVER_GAP + 40)
                people = [m for m in named if m.kind != "pronoun" and m.start <= at + GIVER_GAP]
                if people and people[0].kind == "org":
                    # `a report by the X Commission`: a body writes a work
                    givers.append(((paragraph.index, at), self.organisation(people[0].name)))
                elif people and people[0].kind == "person":
                    name = self._fuller(people[0].name) or people[0].name
                    givers.append(((paragraph.index, at), name))
        return givers

    def _written_with_noun(self, noun: str, latest: str) -> str | None:
        """`The festival said ... a spokeswoman said` after a lone name only guessed to be a
        body: the name the article wrote with the noun (`the Cinemare film festival`), if no
        one's (`the Trump administration` names a person's, not a body's)."""
        if noun not in self._with_noun:  # (the article read once per noun, not per quote)
            self._with_noun[noun] = names_before_noun(self.masked, noun)
        for name in self._with_noun[noun]:
            entry = self.entries.get(name)
            if name == latest or (entry is not None and entry.kind == "person"):
                continue
            if self.by_surname(name) or name in self.one_named:
                continue
            return self.organisation(name)
        return None

    def _spoken_body_named(self, noun: str) -> str | None:
        """`Wrenby Borough Council said ... small IT budgets ... a spokesman said` of the
        council's page: a known body named by the noun that has spoken, over a bare name (`IT`)
        met since that any noun fits only for having no body's word."""
        body = self._known_body(noun)
        return body if body is not None and self.events_of.get(body, 0) else None

    def _known_body(self, noun: str) -> str | None:
        """`a spokesperson for the council` far below `Harwick District Council`: the latest
        known body (of the KNOWN_ENTRIES latest) whose own name holds the noun."""
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind == "organisation" and named_by(noun, entry.name):
                return name
        return None

    def _subject_body(self, paragraph: Paragraph, mention: Mention) -> str | None:
        """`WeWork laid off 2,400 people.`: a lone unknown name as a main subject is a body."""
        if mention.kind != "single" or mention.possessive or mention.role:
            return None
        if mention.name.lower() in self.lowercase or self.is_place(mention.name):
            return None
        if kin_before(paragraph.masked, mention.start):
            return None  # "Her husband, Erik, died in 2009.": a relative, no body
        if mention.name not in self.inside:
            return None  # "Oil prices fell.": a capital only where a sentence opens
        if self.by_surname(mention.name):
            return None
        start = paragraph.sentence(mention.start)[0]
        if not main_subject(paragraph.masked, mention.start, start):
            return None
        return self.organisation(mention.name)

    def _described_person(
        self, head: str, where: tuple[int, int], former: bool = False
    ) -> str | None:
        """`the 56-year-old said`: an age points back to the person named last in the text.

        A title does not (`the official said` is often someone never named). `former`: the
        description says the role was held before (`the former minister`). NO_ONE (no one, on
        purpose) when the noun is one these rules know (an age, a sex's, a voice's, a trade's or
        post's, an agent's) and no one fits it, or it came in unnamed; None when it is an open
        noun no one answers (or a body's noun).
        """
        if _AGE.fullmatch(head):
            sex = self._owner_sex(where)
            if sex:
                return self._parent_named(sex, where) or NO_ONE
            return self._aged_exactly(where) or self.person_named_last(where) or NO_ONE
        gender = word_sex(head) if head in _GENDERED_NOUNS else None
        if gender and not self._unnamed_before(head, where):
            return self._mentioned(gender, where) or NO_ONE
        if head in _VOICES and not self._unnamed_before(head, where):
            return self._one_person_named(where) or NO_ONE
        known = head in _TRADES or head in _POSITIONS or head in _WORKERS or head in RANK_HELD
        # (`the retired postman`: a job held before is a person's, whatever its noun's ending)
        known = known or (former and head.isalpha() and head not in ORG_ANAPHORS)
        known = known or self._modifier_named(head, where)
        if (known or agent_noun(head)) and not self._unnamed_before(head, where):
            shown = self._trade_shown(head, where)
            if shown is not None:
                return shown
            last = self._kin_subject(head, where) or self.person_named_last(where, AGENT_BACK)
            found = self.fitting_person(head, last, where, former) or self._lone_speaker(where)
            return found or (self._speaker_before(where) if last is None else None) or NO_ONE
        if head in ORG_ANAPHORS:
            return None
        if self._unnamed_before(head, where):
            return NO_ONE  # (`an insider told` ... `the insider added`: someone unnamed)
        found = self._lone_speaker(where) or self._predicated_person(head, where)
        return found or (self._speaker_before(where) if _trade_noun(head) else None)

    def _modifier_named(self, head: str, where: tuple[int, int]) -> bool:
        """`the consultant said` after `A consultant obstetrician ..., Dr X,`: the noun modifies
        the role of the person named last (AGENT_BACK), so it names them as a job's noun does."""
        last = self.person_named_last(where, AGENT_BACK)
        entry = self.entries.get(last) if last is not None else None
        return entry is not None and entry.role is not None and modifier_fits(entry.role, head)

    def _aged_exactly(self, where: tuple[int, int]) -> str | None:
        """`the 34-year-old said` of `X, 34, and her husband, Y,`: the age points to the name it
        was written after (within the window), not to the person named last; None for an age
        without digits or written after no name."""
        # (the phrase's words drop the digits: the age is read where the description stands)
        text = self._paragraphs[where[0]].text
        written = _AGED_AT.search(text, max(0, where[1] - _AGED_REACH), where[1])
        if written is None:
            return None
        age = int(written.group(1))
        # (an age in digits names one person: it points further back than a noun does)
        return self._aged_person((age, age), where, EXACT_AGE_BACK)

    def _owner_sex(self, where: tuple[int, int]) -> str | None:
        """`In her victory speech, the 46-year-old said:` -> "f": the sex of an owner's pronoun
        opening the description's sentence (the subject's own: `the 46-year-old` is the latest
        woman named, not the man named last); None for no such opening."""
        paragraph = self._paragraphs[where[0]]
        opening = _OWNER_OPENING.match(paragraph.masked, paragraph.sentence(where[1])[0], where[1])
        return None if opening is None else "m" if opening.group(1) in ("His", "his") else "f"

    def fitting_person(
        self, head: str, last: str | None, where: tuple[int, int], former: bool = False
    ) -> str | None:
        """`Assistant U.S. Attorney X told the court that Y had ... the prosecutor said`: the
        person named last (`last`) unless their role does not fit the noun and the role of a
        recent person does (see fits_role): then that person (`Asked by moderator Z whether
        ..., the Republican said` after `Republican U.S. Rep. X` is X). When `last` has no role
        at all, only someone named last in this paragraph or in one that names `last` too
        (_named_with): `X, an analyst at Y` then `Z, who covers banks ..., the analyst wrote` is
        Z. (`the former minister`: only a role held before;
        `the captain` of `a retired captain` named last: a recent one who holds it now first.)"""
        role = self.entries[last].role if last is not None else None
        fits = role is not None and fits_role(role, head)
        if fits and (former or not _held_once(role)):
            return last
        seen = set()  # (a name's tests answer the same each time: a recent name read once)
        entries = self.entries
        for name in self.recent_names(where):
            entry = entries.get(name)
            if entry is None or not entry.role or entry.kind != "person":
                continue  # (no role: none the noun fits, see fits_role; most recent names)
            if name == last or name in seen:
                continue
            seen.add(name)
            if role is None and not self._named_with(name, last, where[0]):
                continue
            if (former or fits) and former != _held_once(entry.role):
                continue  # (`the captain` of a retired captain named last: only one who is now)
            if fits_role(entry.role, head):
                return name
        return last

    def _named_with(self, name: str, last: str | None, index: int) -> bool:
        """`name` was last named in paragraph `index`, or in an earlier one that names `last`
        too: `Australian captain X said Y had ...` then `the skipper said` (X, not Y)."""
        at = self._latest.get(name, (-1, -1))[0]
        if at == index:
            return True
        if at < 0 or last is None:
            return False
        return any(
            mention.name == last or last.endswith(" " + mention.name)
            for mention in self._paragraphs[at].mentions
        )

    def _predicated_person(self, head: str, where: tuple[int, int]) -> str | None:
        """`Ishihara Kenta, 81, ... was a pupil at the school. “...,” the former pupil said`:
        the person who opens the sentence that says they are or were one (this paragraph, else
        the one before it: `Roe is the youngest champion.` then `..., the champion laughed`)."""
        paragraph = self._paragraphs[where[0]]
        at = predicated(paragraph.masked, head, where[1])
        if at is None and where[0] > 0:
            paragraph = self._paragraphs[where[0] - 1]
            at = predicated(paragraph.masked, head, len(paragraph.masked))
        if at is None:
            return None
        start = paragraph.sentence(at)[0]
        for mention in paragraph.mentions:
            if mention.start >= at:
                break
            if mention.start >= start and mention.kind == "person":
                return self._fuller(mention.name) or self._add_person(mention)
            if mention.start >= start and mention.kind == "single":
                return self.by_surname(mention.name)  # `The 20-year-old Roe is the ...`
            if mention.start >= start and mention.kind != "pronoun":
                return None  # `The school, where X was a pupil`: the subject is no person
        return None

    def _trade_shown(self, head: str, where: tuple[int, int]) -> str | None:
        """`X has played a queen, a nun and a murderer` ... `the actor says`: the one person
        the article so far shows doing the trade (see _TRADE_SHOWN), though it never gave the
        noun; None when no one or two people are shown so. (The whole paragraphs read are kept
        per noun: descriptions come in reading order, so each paragraph is read once.)"""
        if head not in _TRADE_SHOWN:
            return None
        return self._shown_doing(head, where)

    def _shown_doing(self, head: str, where: tuple[int, int]) -> str | None:
        """_trade_shown's reading, for a noun of _TRADE_SHOWN or (any other) an agent noun
        whose verb is written right after a person's name (`X keeps` for `keeper`)."""
        if self._shown is None:
            self._shown = {}
        upto, found = self._shown.get(head, (0, set()))
        if where[0] < upto:
            upto, found = 0, set()  # (a description read out of order: its own scan, not kept)
        for index in range(upto, where[0]):
            if len(found) > 1:
                break
            found |= self._shown_in(head, index, len(self._paragraphs[index].text))
        self._shown[head] = (max(upto, where[0]), found)
        here = found | self._shown_so_far(head, where) if len(found) < 2 else found
        return next(iter(here)) if len(here) == 1 else None

    def _shown_so_far(self, head: str, where: tuple[int, int]) -> set[str]:
        """_shown_in of the cue's paragraph up to the cue, read on from where the last cue of the
        noun in the same paragraph stopped (a paragraph of many `the actor says` read once)."""
        if self._shown_here is None:
            self._shown_here = {}
        index, read, found = self._shown_here.get(head, (-1, 0, set()))
        if index != where[0] or read > where[1]:
            read, found = 0, set()  # (another paragraph, or read out of order: read afresh)
        found = found | self._shown_in(head, where[0], where[1], read)
        self._shown_here[head] = (where[0], where[1], found)
        return found

    def _shown_in(self, head: str, index: int, end: int, read: int = 0) -> set[str]:
        """The people of paragraph `index` (before `end`; those ending after `read`) right
        after whose name the trade of `head` is shown (its _TRADE_SHOWN pattern, else its verb:
        see does_after)."""
        paragraph = self._paragraphs[index]
        shown = _TRADE_SHOWN.get(head)
        found = set()
        first = bisect_left(paragraph.mention_starts, read) if read else 0
        if first and paragraph.mentions[first - 1].end > read:
            first -= 1  # (a mention across `read`: it ended past the last reading's end)
        for mention in paragraph.mentions[first:]:
            if mention.end > end:
                break
            if mention.kind not in ("person", "single"):
                continue
            if (
                shown.match(paragraph.text, mention.end)
                if shown is not None
                else does_after(paragraph.masked, mention.end, head)
            ):
                name = self._fuller(mention.name) or mention.name
                if mention.kind == "single":
                    name = self._known_surname(name) or name
                entry = self.entries.get(name)
                if entry is not None and entry.kind == "person":
                    found.add(name)  # (not `two Michelin stars`: a capital no one is known by)
        return found

    def _one_person_named(self, where: tuple[int, int]) -> str | None:
        """`Ana Ruiz sang Tosca. “I was terrified,” the soprano said.`: the one person named in
        the paragraph before `where`; nobody when two are (`X said Y had carried the night`), the
        person named last before it when none is."""
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, where[1])
        named = {
            self._fuller(m.name) or m.name for m in paragraph.mentions[:k] if m.kind == "person"
        }
        if not named:
            return self.person_named_last(where, AGENT_BACK)
        return named.pop() if len(named) == 1 else None

    def _lone_speaker(self, where: tuple[int, int]) -> str | None:
        """`X, who sings Macbeth, said ... “...,” the baritone said`: a noun for a person that
        no role or agent ending ties to anyone, in a paragraph where one person has spoken
        already and no one else is named: that person."""
        paragraph = self._paragraphs[where[0]]
        speech = self.last_speech(where[0])
        if speech is None or speech[1] is None or speech[0] >= where:
            return None
        name = speech[1]
        if self.entries[name].kind != "person":
            return None
        k = bisect_left(paragraph.mention_starts, where[1])
        persons = self._person_mentions(where[0])
        before = bisect_left(persons, k)  # (the person mentions before the cue)
        if before > self.recent_events:
            return None  # (a paragraph of many names: not one person's alone)
        for at in persons[:before]:
            mention = paragraph.mentions[at]
            if (self._fuller(mention.name) or mention.name) != name:
                return None
        return name

    def _person_mentions(self, index: int) -> list[int]:
        """Where paragraph `index`'s person mentions stand among its mentions (its pronouns and
        bodies passed once per paragraph, not once per cue)."""
        if self._persons_at is None:
            self._persons_at = {}
        found = self._persons_at.get(index)
        if found is None:
            mentions = self._paragraphs[index].mentions
            found = [at for at, mention in enumerate(mentions) if mention.kind == "person"]
            self._persons_at[index] = found
        return found

    def _speaker_before(self, where: tuple[int, int]) -> str | None:
        """`“...,” the 66-year-old said.` then `‘...’ The fisherman said ...`: with no one named
        since, an agent noun opening its paragraph is the person who spoke last in the paragraph
        before (its quotes ending it, and no person named in it)."""
        if where[0] == 0 or bisect_left(self._paragraphs[where[0]].mention_starts, where[1]):
            return None  # (a name before the noun in its own paragraph)
        speech = self.last_speech(where[0] - 1)
        if speech is None or speech[1] is None or self.entries[speech[1]].kind != "person":
            return None
        mentions = self._paragraphs[where[0] - 1].mentions
        if len(mentions) > self.recent_events:
            return None  # (a paragraph of many names: not one person's alone)
        if any(m.kind in ("person", "single") for m in mentions):
            return None  # (someone named there: person_named_last read them)
        return speech[1]

    def _body_named_next(self, head: str, where: tuple[int, int]) -> str | None:
        """`..., with the union warning further strikes were “on the table”.` opening the
        article, then `The Rail, Tram and Bus Union’s secretary, X, said`: in the lead, a body's
        noun that names no body before it is the first body the next paragraphs (AHEAD) name
        with that noun or one of its kind (`the union` of an `X Workers Association`)."""
        if where[0] != 0:
            return None
        for paragraph in islice(self._paragraphs, 1, 1 + AHEAD):
            for mention in islice(paragraph.mentions, self.recent_events):
                if mention.kind == "single" and self._opening_body(paragraph, mention):
                    return self.organisation(mention.name)
                if mention.kind != "org":
                    continue
                last = mention.name.rsplit(None, 1)[-1].lower()
                if named_by(head, mention.name) or same_kind(head, last):
                    return self.organisation(mention.name)
        return None

    def _opening_body(self, paragraph: Paragraph, mention: Mention) -> bool:
        """`Ofwat found that the utility breached ...` opening the paragraph after a lead's `with
        the regulator saying`: a lone name opening a paragraph as its subject, written inside
        a sentence too and no one's name (no person's surname, no given name), is a body."""
        if mention.start or mention.name in self.later or usual_sex(mention.name) is not None:
            return False
        return self._subject_body(paragraph, mention) is not None

    def _members_body(self, where: tuple[int, int]) -> str | None:
        """`Geelong ... lost ruckman Brodie O’Loughlin to a knee injury.` ... `The club said
        O’Loughlin would have scans`: a body's noun that names no body known is the name
        opening the sentence that first named a person the description's sentence names (a
        lone capital that is no person's, read as a body)."""
        paragraph = self._paragraphs[where[0]]
        start, end = paragraph.sentence(where[1])
        k = bisect_left(paragraph.mention_starts, start)
        for mention in islice(paragraph.mentions, k, k + _MEMBER_MENTIONS):
            if mention.start >= end:
                break
            person: str | None
            if mention.kind == "person":
                person = self._fuller(mention.name) or mention.name
            elif mention.kind == "single":
                person = self._known_surname(mention.name)
            else:
                continue
            seen = self.first_seen.get(person or "")
            body = self._sentence_body(seen) if seen is not None and seen[0] < where[0] else None
            if body is not None:
                return body
        return None

    def _sentence_body(self, seen: tuple[int, int]) -> str | None:
        """The lone capital opening the sentence at `seen` as its subject, when it is no
        person's name nor a common word: `Geelong` of `Geelong led by 35 points ...`."""
        paragraph = self._paragraphs[seen[0]]
        start = paragraph.sentence(seen[1])[0]
        k = bisect_left(paragraph.mention_starts, start)
        if k >= len(paragraph.mentions):
            return None
        opener = paragraph.mentions[k]
        if opener.start != start or opener.kind != "single" or opener.possessive:
            return None
        name = opener.name
        if name.lower() in self.lowercase or word_key(name) in STOP_CAPS or self.by_surname(name):
            return None
        entry = self.entries.get(name)
        if entry is not None and entry.kind == "person":
            return None
        if entry is None and (given_name_sex(name) is not None or name in self._given):
            return None
        return self.organisation(name)

    def _surname_opener(self, sex: str, where: tuple[int, int]) -> str | None:
        """`Roe, on crutches, was upbeat. “...,” the big man said`: the known person whose lone
        surname opens the paragraph before the description (its subject), unless known or
        guessed to be of the other sex; None when the paragraph opens otherwise."""
        paragraph = self._paragraphs[where[0]]
        if not paragraph.mentions:
            return None
        opener = paragraph.mentions[0]
        if opener.start != 0 or opener.kind != "single" or opener.end >= where[1]:
            return None
        known = self._known_surname(opener.name)
        if known is None:
            return None
        return known if self._sex_fits(known, sex) else None

    def _spoke_before(
        self, sex: str, where: tuple[int, int], papers_ok: bool = False
    ) -> str | None:
        """`Bandleader X called the rise “a tax”.` then `“...?” the mas man asked`: a man or
        woman described by a new fact in a paragraph that names no one before it (only papers
        and bodies after `the` with `papers_ok`: _papers_only) is the person who spoke last in
        the paragraph before, unless known or guessed to be of the other sex; None when a body
        or no one spoke there."""
        paragraph = self._paragraphs[where[0]]
        if where[0] == 0:
            return None
        if paragraph.mentions and paragraph.mentions[0].start < where[1]:
            if not (papers_ok and _papers_only(paragraph, where[1])):
                return None
        spoke = self.last_speech(where[0] - 1)
        name = spoke[1] if spoke is not None else None
        entry = self.entries.get(name) if name is not None else None
        if name is None or entry is None or entry.kind != "person":
            return None
        return name if self._sex_fits(name, sex) else None

    def _paragraph_opener(self, head: str, where: tuple[int, int]) -> str | None:
        """`Co-author X spent two summers counting bees. “...,” the graduate student said`: a
        noun for a person that fits no one named (a new fact of them) is the person opening the
        paragraph, the only one it names before the description, unless that person's role is
        of another kind (see of_another_kind) or the noun came in with `a` (`a student`)."""
        if not listed_person_noun(head) or self._unnamed_before(head, where):
            return None
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, where[1])
        if k == 0 or k > _OPENER_MENTIONS:
            return None  # (a few names read at most: a paragraph of thousands stays linear)
        mentions = paragraph.mentions[:k]
        opener = mentions[0]  # (`Co-author X`: a role the mention did not take in)
        if k > 1 and opener.kind == "single" and mentions[1].start == opener.start:
            opener = mentions[1]  # `Research assistant X`: the role's capital read on its own
        if opener.kind != "person" or opener.possessive or paragraph.sentence(0)[1] <= opener.end:
            return None
        before = paragraph.masked[: opener.name_start].split()
        if "," in paragraph.masked[: opener.name_start] or (
            before and before[0].lower() in _OWNER_PRONOUNS
        ):
            return None  # `Her son, X, spoke`: someone's kin, whom a new noun does not describe
        name = self._fuller(opener.name) or self._add_person(opener)
        for mention in mentions:
            if mention.kind == "person" and (self._fuller(mention.name) or mention.name) != name:
                return None
        return None if of_another_kind(self.entries[name].role, head) else name

    def _demonym_subject(self, head: str, where: tuple[int, int]) -> str | None:
        """`X won ..., beating Y ... in a final the German called “...”`: a nationality fitting
        no one named, in its paragraph's first sentence, is the person opening that sentence
        (its subject), not the nearest name; None when the sentence opens with no person."""
        if not demonym(head):
            return None
        paragraph = self._paragraphs[where[0]]
        if where[1] >= paragraph.sentence(0)[1]:
            return None  # (later sentences: the person named last, see _described_person)
        k = bisect_left(paragraph.mention_starts, where[1])
        opening = dateline_end(paragraph.masked)
        opener = next((m for m in paragraph.mentions[:k] if m.start >= opening), None)
        if opener is None or opener.kind != "person" or opener.possessive:
            return None
        if opener.start > opening + 1:
            return None  # `Fans cheered as X beat Y`: the person does not open the sentence
        return self._fuller(opener.name) or self._add_person(opener)

    def _anonymous_before(self, head: str, where: tuple[int, int]) -> bool:
        """`One worker, a machine operator who asked not to be named, said ... the operator
        said`: the noun came in with `a`/`an` earlier in the paragraph (at most ANONYMOUS_REACH
        characters before the cue) for someone kept off the record, so no body far back that the
        noun would fit is meant."""
        masked = self._paragraphs[where[0]].masked
        start = max(0, where[1] - ANONYMOUS_REACH)
        if masked.find(head, start, where[1]) < 0:
            return False  # (most paragraphs: the noun only in the cue)
        if (
            masked.find(OFF_RECORD_NOT, start, where[1]) < 0
            and masked.find(OFF_RECORD_ANONYMITY, start, where[1]) < 0
        ):
            return False  # (no one kept off the record in the window: no article read)
        for article in _ANY_INDEFINITE.finditer(masked, start, where[1]):
            end = _modified_noun_end(masked, article.end(), head)
            if end and end <= where[1]:
                # (apposition allowed: `One of the workers, a machine operator who ...`)
                return _OFF_RECORD.search(masked, end, where[1]) is not None
        return False

    def _unnamed_before(self, head: str, where: tuple[int, int]) -> bool:
        """`an insider told the outlet ... the insider added`: the noun came in with `a`/`an`
        (not in apposition to a name, as `X, an analyst at Y`) in the window looked back over,
        so the description is of someone the article does not name."""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.masked)
            ends = _introductions(paragraph.masked, head)
            if any(
                at <= end and not _named_after(paragraph, at) and not self._lead_renamed(index, at)
                for at in ends
            ):
                return True
        return False

    def _lead_renamed(self, index: int, at: int) -> bool:
        """`A hospital porter accused of theft denied the charges` opening the article (the noun
        ending at `at` of paragraph `index`), then `The accused, X Y, 39, is on trial`: the
        lead's unnamed subject is the person the next paragraph names by a definite noun (see
        renamed_opening), not someone the article keeps unnamed (`An insider said` then `The
        company declined to comment`)."""
        if index != 0 or len(self._paragraphs) < 2:
            return False
        if not lead_subject_opening(self._paragraphs[0].masked, at):
            return False
        following = self._paragraphs[1]
        first = following.mentions[0] if following.mentions else None
        return (
            first is not None
            and first.kind == "person"
            and renamed_opening(following.masked, first.name_start)
        )

    def _sentence_people(self, where: tuple[int, int]) -> list[tuple[str, Mention, Paragraph]]:
        """The people the latest sentence naming someone names, in order (the cue's paragraph
        before `where`, else the one before: AGENT_BACK; the last few mentions read), passing
        over a post's place, what a relative clause is about and a name after `the` (as
        person_named_last does). A paragraph that is only a quote (the speaker's carried words)
        is passed over without counting; a cue whose sentences before it all open on `He`/`She`
        goes on about the one named before, who must be of that sex. (Read once per cue: a
        noun's subject and its kin's ask for the same.)"""
        if self._people_at is not None and self._people_at[0] == where:
            return self._people_at[1]
        people = self._read_sentence_people(where)
        self._people_at = (where, people)
        return people

    def _read_sentence_people(self, where: tuple[int, int]) -> list[tuple[str, Mention, Paragraph]]:
        """_sentence_people's reading of the paragraphs back from the cue."""
        counted, led = 0, None
        for index in range(where[0], max(-1, where[0] - AGENT_BACK - _QUOTED_PASSED - 1), -1):
            if counted > AGENT_BACK:
                break
            paragraph = self._paragraphs[index]
            if index != where[0] and credit_line(paragraph.text):
                continue
            if index == where[0] or not quote_only(paragraph.masked):
                counted += 1
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            recent = paragraph.mentions[max(0, k - self.recent_events) : k]
            people: list[tuple[str, Mention, Paragraph]] = []
            masked = paragraph.masked
            first = paragraph.mentions[0] if recent else None
            # (`Kota Baru - ...`: where the story is filed, wherever the paragraph names it)
            filed = (
                first.name if first and dashed_dateline(masked, first.start, first.end) else None
            )
            # (read from the cue back, up to the sentence of the latest person found: the people
            # of earlier sentences are not returned)
            sentence_start = -1
            for at in range(len(recent) - 1, -1, -1):
                mention = recent[at]
                if mention.start < sentence_start:
                    break
                if mention.kind != "person" and mention.kind != "single":
                    continue  # (a pronoun, a body: no name taken, its tests spared)
                if at and inside_role(recent[at - 1], mention):
                    continue
                if mention.name == filed or in_dateline(masked, mention.start, mention.end):
                    continue
                if where_before(masked, mention.start) or visited_before(masked, mention.start):
                    continue  # (`visited Rock Harbour, where ...`: a place)
                gone_by = mention.kind == "single" and goes_by_before(masked, mention.start)
                if in_relative_clause(masked, mention.start) and not gone_by:
                    continue  # (`X, who met Y,`: the clause's Y is no one the text is about)
                name = None
                if gone_by:
                    # (`a customer who gave only his surname, Wong,`: the name is the person's)
                    name = self._gone_by(mention)
                elif mention.kind == "person" and not _the_before(masked, mention):
                    name = self._fuller(mention.name) or self._add_person(mention)
                elif mention.kind == "single" and mention.name.lower() not in self.lowercase:
                    # (`and his wife, Maud`: a one-name person known as one)
                    name = self._titled_surname(mention) or self.one_name_person(mention.name)
                if name is not None and (led is None or self._sex_fits(name, led)):
                    people.append((name, mention, paragraph))
                    if sentence_start < 0:
                        sentence_start = paragraph.sentence(mention.start)[0]
            if people:
                people.reverse()
                return people
            cue_start = paragraph.sentence(where[1])[0] if index == where[0] else 0
            if cue_start > 0:
                before = bisect_left(paragraph.sentence_starts, cue_start)
                if before > _LED_SENTENCES:
                    return []  # (a run of sentences too long to carry a pronoun's person)
                starts = list(paragraph.sentence_starts[:before])
                if not pronoun_led(masked, starts):
                    return []  # (a sentence naming no one before the cue's: the text moved on)
                led = pronoun_sex(masked, starts[0])
        return []

    def _noun_subject(self, head: str, where: tuple[int, int]) -> str | None:
        """`Her cousin, X Y, said three of his cattle had strayed. “...,” the herdsman said`: a
        person's noun (_noun_of_person) that names no one else is the subject of the latest
        sentence naming someone (see _sentence_people), the first person it names whom nothing
        said contradicts (see _noun_contradicted); None when no one is named there or each one
        is contradicted (the noun is of someone the text has not named)."""
        if self._unnamed_before(head, where):
            return None  # (`an insider ... the insider said`: someone unnamed)
        people = self._sentence_people(where)
        if len(people) == 1 and noun_sex(head) is not None:
            # (`X opens the bakery for her first customers`: the one person a sentence names is
            # of the sex its pronouns say, which a `-man` noun must fit)
            paragraph, at = people[0][2], people[0][1].start
            said = sentence_sex(paragraph.masked, *paragraph.sentence(at))
            if said is not None and said != noun_sex(head):
                return None
        for name, _, _ in people:
            if not self._noun_contradicted(name, head):
                return name
        least = STATUS_AGES.get(head)
        if least is None:
            return None
        # (`X Y, 63,` then `the retiree asked`: an age old enough, written after a name, points
        # further back than a noun does, as a written age does)
        aged = self._aged_person((least, _OLDEST), where, _STANDING_AGE_BACK)
        return aged if aged is not None and not self._noun_contradicted(aged, head) else None

    def _trade_person(self, head: str, where: tuple[int, int], former: bool) -> str | None:
        """`Forwarders Association chairman X Y said .... “...,” the clearing agent said` (X
        Y): a trade's doer (doer_shaped; no body's kind, thing or document) is the person the
        text has just named (see _noun_subject) when no body named before holds the noun by
        its name or by what the text says it does (`Harbour Shipping Agency`: the agent is
        the body, left to the body rules); None otherwise."""
        if not doer_shaped(head) or (head in ORG_ANAPHORS and not former) or head in _THINGS:
            return None  # (`the operator`: a body's kind; `the former operator`: someone's past)
        if document_noun(head) or head in FORMER_WORDS or self._unnamed_before(head, where):
            return None  # (`an agent told` ... `the agent added`: someone unnamed)
        for _, body in self._open_bodies_before(where):
            if self._holds_noun(body, head):
                return None  # (`the agent` of a shipping agency named: the body's)
        return self._kin_owner(head, where) or self._noun_subject(head, where)

    def _body_not_holding(self, name: str | None, head: str) -> bool:
        """`Marlow Steel Inc.` for `operator` -> True; `Coastline Operators Ltd`, a person, no
        one -> False: an answer that is a body whose name, trade or stated deed does not hold
        the noun."""
        entry = self.entries.get(name) if name is not None else None
        if entry is None or entry.kind != "organisation" or name is None:
            return False
        return not self._holds_noun(name, head)

    def _holds_noun(self, body: str, head: str) -> bool:
        """`Harbour Shipping Agency` (its words, see name_holds), `X Engineering Sdn Bhd` (its
        trade's nouns: `contractor`), `X Systems, which develops the app` (its deed: `developer`)
        hold the noun; a company does not hold `operator` by its kind alone."""
        if name_holds(body, head) or head in self.agents_of(body):
            return True
        return head in _name_nouns(body) and head not in generic_nouns(body)

    def _kin_owner(self, head: str, where: tuple[int, int]) -> str | None:
        """`X Y, 74, spent 38 years at the mill. His wife, Z, has ...` then `“...,” the former
        crane operator said`: the one person of the latest sentence named as someone's kin at
        its opening is not whom a trade's noun calls; the person the sentence before is about,
        of the possessive's sex, uncontradicted, is; None otherwise."""
        people = self._sentence_people(where)
        if len(people) != 1:
            return None
        _, mention, paragraph = people[0]
        start = paragraph.sentence(mention.start)[0]
        sex = kin_opening(paragraph.masked, start, mention.name_start)
        if sex is None or start == 0:
            return None
        before = self._sentence_people((paragraph.index, start))
        for name, _, _ in before:
            if self._sex_fits(name, sex) and not self._noun_contradicted(name, head):
                return name
        return None

    def _kin_subject(self, head: str, where: tuple[int, int]) -> str | None:
        """`..., went home with X Y, 81, of Z, and his wife, W.` then `“...,” the pensioner
        said`: the person named last is set after another as their kin, so the noun (no kin
        word) is the sentence's subject, X Y, unless the text contradicts it of them; None when
        the person named last is no one's kin there."""
        if head in _GENDERED_NOUNS:
            return None  # (`the widow`: a noun of kin, read by its sex)
        people = self._sentence_people(where)
        if len(people) < 2 or not kin_apposed(people[-1][2].masked, people[-1][1].name_start):
            return None
        for name, _, _ in people[:-1]:
            if not self._noun_contradicted(name, head):
                return name
        return None

    def _noun_contradicted(self, name: str, head: str) -> bool:
        """What the text says of the person `name` contradicts the noun: the other sex (see
        noun_sex), a trade of another kind in their role (`X, a teacher,` is no herdsman, see
        trade_contradicts), an age below a standing's least (`X, 34,` is no pensioner)."""
        entry = self.entries.get(name)
        if entry is None or entry.kind != "person" or not self._sex_fits(name, noun_sex(head)):
            return True
        if trade_contradicts(entry.role, head) or (head in POSTED_NOUNS and not entry.role):
            return True  # (`the official` is someone the text gave a post)
        seen = self.first_seen.get(name)
        if seen is None or head not in STATUS_AGES:
            return False  # (no least age: the introduction need not be read)
        return below_status_age(introduction(self._paragraphs[seen[0]], seen[1]), head)

    def person_named_last(self, where: tuple[int, int], back: int | None = None) -> str | None:
        """The person named last before `where` (at most `back` paragraphs up, the window by
        default): `Gareth Pryce ... the Welshman told`."""
        back = self.window if back is None else back
        for index in range(where[0], max(-1, where[0] - back - 1), -1):
            paragraph = self._paragraphs[index]
            if index != where[0] and credit_line(paragraph.text):
                continue  # `— Jane Roe, Leeds`: a letter's writer signs off, no one described
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            recent = paragraph.mentions[max(0, k - self.recent_events) : k]
            for at in range(len(recent) - 1, -1, -1):
                mention = recent[at]
                if mention.kind != "person" and mention.kind != "single":
                    continue  # (a pronoun, a body: no person returned, its tests spared)
                if at and inside_role(recent[at - 1], mention):
                    continue  # "The North Norfolk MP, X Y,": the post's place, not a person
                if _TOLD.search(paragraph.masked, max(0, mention.start - 8), mention.start):
                    continue  # "Ortega, 22, told Sky Sports ... the Spaniard said": who was told
                if _AFFILIATION.search(paragraph.masked, max(0, mention.start - 6), mention.start):
                    continue  # "Park, who covers banks for Halden Securities": his employer
                if asker_before(paragraph.masked, mention.start):
                    continue  # "Asked by Pellow whether ..., the geologist said": who asked
                if in_relative_clause(paragraph.masked, mention.start):
                    continue  # "X, who represents Galway West, said": what the clause is about
                if mention.kind == "person" and not _the_before(paragraph.masked, mention):
                    return self._fuller(mention.name) or self._add_person(mention)
                if mention.kind == "single" and mention.name.lower() not in self.lowercase:
                    known = self._titled_surname(mention) or self.one_name_person(mention.name)
                    if known:
                        return known  # "Mourinho's agents ... The 56-year-old said"
        return None

    def titled_sex(self, full: str | None, mention: Mention, masked: str) -> None:
        """A title before a known person's surname is the article's word on their sex: `Mr
        Banda said` of `Chanda Banda` makes a man of him (`the businessman said` then fits),
        whatever the given name's usual sex; the sex the article already gave stands, and a
        title set off as someone's kin (`Mr Banda, her husband,`) is another person's."""
        entry = self.entries.get(full) if full is not None else None
        if mention.gender is None or entry is None or entry.kind != "person":
            return
        # (evidence before a guess: `Chanda`, `Precious`, `Glenn` are given to men and women)
        if entry.gender is None and _KIN_APPOSED.match(masked, mention.end) is None:
            entry.gender = mention.gender

    def _titled_surname(self, mention: Mention) -> str | None:
        """The known person a lone surname is: `Mrs Marwick` after her son Dennis Marwick is
        the namesake of the title's sex, not the one the surname alone would give."""
        known = self._known_surname(mention.name)
        if mention.gender is None:
            return known
        if known is not None and self.entries[known].gender in (None, mention.gender):
            return known
        return self.namesake_of(mention.name, mention.gender)

    def _aged_person(
        self, ages: tuple[int, int], where: tuple[int, int], back: int | None = None
    ) -> str | None:
        """`Kai Oduya, a 19-year-old on loan, ... the teenager said`: the person named last
        (within `back` paragraphs, the window by default) with an age in `ages` written after
        the name."""
        back = self.window if back is None else back
        for index in range(where[0], max(-1, where[0] - back - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            for mention in reversed(paragraph.mentions[max(0, k - self.recent_events) : k]):
                if mention.kind not in ("person", "single"):
                    continue
                age = _AGE_AFTER.match(paragraph.masked, mention.end)
                if age is None or not ages[0] <= int(age.group(1)) <= ages[1]:
                    continue
                if mention.kind == "person":
                    return self._fuller(mention.name) or self._add_person(mention)
                return self._known_surname(mention.name)
        return None

    def _gone_by(self, mention: Mention) -> str | None:
        """`a regular who gave only his surname, Wong,` -> Wong, registered as a person (see
        goes_by_before); None when the word is known as something else (a body, a place)."""
        entry = self.entries.get(mention.name)
        if entry is None:
            return self._add_person(mention)
        return mention.name if entry.kind == "person" else None

    def _add_person(self, mention: Mention) -> str:
        """Register a person mention by its own name: `Tomas Bellweather`."""
        self._add(Entry(mention.name, "person", mention.role, mention.gender))
        return mention.name


# `the Texas attorney general’s office`: a body named by its holder's office (capitals, then the
# office in lower case) and a noun owned by it.
_OWNED_BODY: Final = re.compile(
    r"[Tt]he ((?:[A-Z][\w.-]* ){1,4}(?:[a-z]+ ){0,2}[a-z]+['’]s ([a-z]+))\b"
)


@lru_cache(maxsize=64)
def owned_bodies(masked: str) -> tuple[tuple[int, str, str], ...]:
    """Each `the <Capitals> <office>’s <noun>` of a paragraph, in text order: (start, the name
    without `the`, the noun); found once per paragraph, so many descriptions stay linear."""
    if "s " not in masked or ("'" not in masked and "’" not in masked):
        return ()  # (most paragraphs: no possessive)
    return tuple((m.start(1), m.group(1), m.group(2)) for m in _OWNED_BODY.finditer(masked))


@lru_cache(maxsize=64)
def _spokes_for_places(masked: str) -> tuple[tuple[int, int, str], ...]:
    """`a spokeswoman for the council` -> (start, end, `council`), each place _SPOKES_FOR
    matches in a paragraph, overlapping ones too, in text order; found once per paragraph, so
    that a window's own matches, left to right and not overlapping, can be read off them."""
    found: list[tuple[int, int, str]] = []
    # (every match opens with `spokes`: the pattern is tried at those places only, its `\b`
    # reading the character before as a search from there does)
    at = masked.find("spokes")
    while at >= 0:
        match = _SPOKES_FOR.match(masked, at)
        if match is not None:
            found.append((at, match.end(), match.group(1)))
        at = masked.find("spokes", at + 1)
    return tuple(found)


def spokes_for_between(masked: str, lo: int, hi: int) -> tuple[bool, str | None]:
    """What `_SPOKES_FOR.finditer(masked, lo, hi)` finds: whether it matches, and its last
    noun of ORG_ANAPHORS (`a spokeswoman for the council` -> (True, `council`)). Read off the
    paragraph's places (`_spokes_for_places`), so a paragraph of many `the spokesperson said`
    stays linear; gives up nothing."""
    if 0 < hi < len(masked) and "a" <= masked[hi - 1] <= "z":
        # (a noun cut at `hi` ends a match in the window only, at its `\b`: searched there)
        found, named = None, False
        for match in _SPOKES_FOR.finditer(masked, lo, hi):
            found = match.group(1) if match.group(1) in ORG_ANAPHORS else found
            named = True
        return named, found
    places = _spokes_for_places(masked)
    found, named, after = None, False, lo
    # (the search goes on after each match's end; a place ending past `hi` is no match in the
    # window, where the character before `hi` ends no noun)
    for start, end, noun in places[bisect_left(places, (lo,)) :]:
        if start >= hi:
            break
        if start < after or end > hi:
            continue
        found = noun if noun in ORG_ANAPHORS else found
        named, after = True, end
    return named, found


@lru_cache(maxsize=64)
def _body_openings(masked: str) -> tuple[tuple[int, int, str], ...]:
    """`The council said` -> (end, start, `council`): each _BODY_OPENS match of a paragraph
    whose noun is of ORG_ANAPHORS or a body's word and that opens a sentence, in text order
    (matches never overlap: each opens with a capital its lower-case noun cannot hold)."""
    if "The " not in masked:
        return ()  # (most paragraphs)
    return tuple(
        (m.end(), m.start(), m.group(1))
        for m in _BODY_OPENS.finditer(masked)
        if (m.group(1) in ORG_ANAPHORS or m.group(1) in ORG_WORDS)
        and _opens_sentence(masked, m.start())
    )


def body_opening_before(masked: str, lo: int, hi: int) -> str | None:
    """`The council said it had asked ... “...,” a spokeswoman said`: the last body's noun
    (of ORG_ANAPHORS, or a body's word) opening a sentence between `lo` and `hi`, as
    `_BODY_OPENS.finditer(masked, lo, hi)` finds them (its look-ahead's letter before `hi`).
    Read off the paragraph's openings (`_body_openings`): gives up nothing."""
    openings = _body_openings(masked)
    k = bisect_left(openings, (hi,)) - 1  # (the last one whose look-ahead reads before `hi`)
    if k < 0 or openings[k][1] < lo:
        return None
    return openings[k][2]


# A document (or its plural) named before `the notice read` (see
# Described._document_sentence_body), read within DOCUMENT_SENTENCE_REACH characters before the
# cue's sentence; `from` (and `the`) right before a body's name: who sent it.
DOCUMENT_SENTENCE_REACH: Final = 400
_FROM_BEFORE: Final = re.compile(r"\bfrom (?:the )?$")


def asker_before(masked: str, start: int) -> bool:
    """The name at `start` asks the question a description answers: `Asked by Pellow whether
    ..., the geologist replied` (Pellow is not the geologist), `Pressed by moderator Ann Roe`;
    False for `Pellow asked whether`, `Asked whether ..., Pellow said`."""
    return _ASKER.search(masked, max(0, start - _ASKER_REACH), start) is not None


@lru_cache(maxsize=32)
def _document_named(noun: str) -> re.Pattern[str]:
    """`notice` -> the pattern of `notice` or `notices` as a word (`posted notices on`)."""
    return re.compile(rf"\b{noun}s?\b")


# A body's noun owning something: `the council's website`.
_OWNING_BODY: Final = re.compile(r"\bthe ([a-z]+)['’]s ")


def owning_body_before(masked: str, lo: int, hi: int) -> str | None:
    """`Updates will be posted on the council's website. “...,” a spokesman said`: the last
    body's noun (of ORG_ANAPHORS) owning something between `lo` and `hi`, whose spokesman it is
    when no body opens a sentence there."""
    if masked.find("’s ", lo, hi) < 0 and masked.find("'s ", lo, hi) < 0:
        return None  # (most windows: the window read, not its whole paragraph once per quote)
    found = None
    for match in _OWNING_BODY.finditer(masked, lo, hi):
        if match.group(1) in ORG_ANAPHORS:
            found = match.group(1)
    return found


@lru_cache(maxsize=64)
def issued_documents(masked: str) -> tuple[tuple[int, str, bool, str], ...]:
    """Each `said in a statement` (where it starts, the noun, False, no owner), `internal memo`
    (True) and `a letter pinned to the fence` of `the firm's depot` (its owner's noun, `firm`)
    of a paragraph, in text order; found once per paragraph, so many `the statement said` in one
    stay linear."""
    if not any(word in masked for word in _ISSUING):
        return ()  # (most paragraphs)
    found = [
        (m.start(), m.group(1), False, "") if m.group(1) else (m.start(), m.group(2), True, "")
        for m in _ISSUED_IN.finditer(masked)
    ]
    if "In a" in masked:
        # (the issuer ends where its verb's space starts, as `X said in a notice`'s does)
        found += [(m.end(2), m.group(1), False, "") for m in _ISSUED_FRONTED.finditer(masked)]
    if " wrote to " in masked:
        found += [
            (m.start(), written_document(masked, m.end()), False, "")
            for m in WROTE_TO.finditer(masked)
        ]
    found += [
        (at, noun, False, owner)
        for at, noun, owner in (
            posted_documents(masked)
            + clause_issued(masked)
            + received_documents(masked, ORG_ANAPHORS)
        )
        if owner.rsplit(" ", 1)[-1] in ORG_ANAPHORS  # (`local authority`: its noun's)
    ]
    found.sort()
    return tuple(found)


# Where an appositive's head noun phrase ends: its relative clause (`a mother of three whose son
# was hurt`) says what the person did or has, not what they are called by.
_RELATIVE_CLAUSE: Final = re.compile(r",? (?:who|whose|which|that) ")


def described_as(masked: str, mention: Mention, described: str) -> bool:
    """`personal support worker` of `X, 44, a personal support worker who lives ...` (its role's
    head, the clause cut, ends with the words), `sinn féin td` of `Sinn Féin TD X` (the words
    written right before the name); `described` in lower case."""
    role = mention.role
    if role is not None and described[:3] in role.lower():  # (the cheap test first)
        head = _RELATIVE_CLAUSE.split(role.lower(), maxsplit=1)[0].strip()
        if holds_in_order(head, described):
            return True
    # (`Police Colonel X, the Tarlac provincial police director,`: a role before the name, and
    # the description in the appositive after it)
    apposed = (
        apposed_after(masked, mention.end) if masked[mention.end : mention.end + 1] == "," else None
    )
    if apposed is not None and holds_in_order(apposed, described):
        return True
    start = mention.name_start - len(described) - 1
    if start < 0 or masked[start : mention.name_start].lower() != described + " ":
        return False
    return start == 0 or not masked[start - 1].isalnum()


def _past_possessor(words: list[str], capitals: list[int]) -> int:
    """`A spokesperson for Vell's Ministry of Mines` -> where `Ministry` stands: a possessive
    opening the capitals before more of them says whose body it is (a province's, a group's),
    not its name; else the first capital (`Smith's spokesperson`: Smith's own)."""
    first = capitals[0]
    if len(capitals) > 1 and words[first].endswith(("'s", "’s")):
        return capitals[1]
    return first


def _name_words(words: str) -> bool:
    """Every word capitalised and none a small word (`Harrowfield`; not `Big Machine and`)."""
    return all(w[0].isupper() and word_key(w) not in STOP_CAPS for w in words.split())


def which_agents(masked: str) -> dict[str, frozenset[str]]:
    """Each capitalised name written before `, which VERBs` (and each of its endings, a
    sentence's opening capital aside) -> the nouns for one who does that: `publishes` ->
    `publisher`, `operates` -> `operator`, `makes` -> `maker`."""
    found: dict[str, set[str]] = {}
    for match in _WHICH_VERB.finditer(masked):
        nouns = agent_nouns(match.group(2))
        words = match.group(1).split()
        for k in range(max(0, len(words) - _AGENT_NAME_WORDS), len(words)):
            found.setdefault(" ".join(words[k:]), set()).update(nouns)
    return {name: frozenset(nouns) for name, nouns in found.items()}


# The words between an introduced noun and the name set after it: `A consultant obstetrician
# at the unit, Dr X,` (a place or a body of a few words, then a comma).
_TO_APPOSED_NAME: Final = re.compile(
    r"(?: [a-z-]+)?(?: (?:at|of|in|for|from|with) [^,;:.\x00]{1,40})?, "
)


def _named_after(paragraph: Paragraph, at: int) -> bool:
    """`A consultant obstetrician at the unit, Dr X, said`: a person's name in apposition right
    after the noun `a`/`an` brought in names that person (`A nurse, who ..., said`: no name)."""
    gap = _TO_APPOSED_NAME.match(paragraph.masked, at)
    if gap is None:
        return False
    # (the mention may take in the role before its name: then it starts at or before the noun)
    k = bisect_right(paragraph.mention_starts, gap.end()) - 1
    if k < 0:
        return False
    mention = paragraph.mentions[k]
    return mention.kind == "person" and 0 <= mention.name_start - gap.end() <= _TITLE_REACH


# At most this many characters of a style of address between the comma and the name (`Dr `).
_TITLE_REACH: Final = 8


@lru_cache(maxsize=64)
def _introductions(masked: str, head: str) -> tuple[int, ...]:
    """Where `an insider`, `a local passenger` end in a paragraph: the noun brought in by an
    indefinite article, not in apposition to a name (`X, an analyst`). Found once per paragraph
    and noun, so a paragraph of many `the insider said` stays linear.

    (As `re.finditer` of
    `(?<!, )\\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:(?:[a-z-]+|[A-Z][a-z]+) )?<head>\\b` would find
    them, one match after another: the article words by one pattern shared by every noun, the
    noun compared at each. A pattern made for each noun was compiled the first time a noun
    was asked about, which cost more than the rest of the look-up.)
    """
    if head not in masked:
        return ()  # (most paragraphs looked back over: no article word need be read)
    ends: list[int] = []
    resume = 0  # (a match goes on from where the one before it ended)
    for article in _INDEFINITE.finditer(masked):
        if article.start() >= resume and (end := _noun_end(masked, article.end(), head)):
            resume = end
            if not masked.endswith(_SAYS_WHAT, 0, article.start()):
                ends.append(end)  # (`X was a pupil there` says who X was: see predicated)
    if ", " in masked:  # (`After the vote, a grandmother ...`: see fronted_indefinites)
        fronted = (_noun_end(masked, at, head) for at in fronted_indefinites(masked))
        ends.extend(end for end in fronted if end is not None and end not in ends)
        ends.sort()
    return tuple(ends)


# The verbs that make the noun after `a`/`an` (or `the`) say what the sentence's subject is or was.
_COPULAS: Final = (" was ", " is ", " became ", " been ", " remains ")
# The words before `a`/`an` that make its noun say what someone is, was or works as, no one
# brought in unnamed: the copulas, and `as` (`X, who has tracked the blooms since 2015 as an
# oceanographer at Y,` then `the oceanographer cautioned` is X).
_SAYS_WHAT: Final = (*_COPULAS, " as ")


# At most this many capitals of a place's name before a description's noun (see below).
PLACE_WORDS_BEFORE: Final = 3


# A year of a course before its field and the noun: `the fourth-year engineering student`,
# `the final-year law student`, `the 2nd-year nursing student`.
_STUDY_YEAR: Final = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|final|\d(?:st|nd|rd|th))-year"
)


def _year_of_study(word: str) -> bool:
    """`fourth-year` (of `the fourth-year engineering student`) -> True; `20-year` (of a
    length of service) and `year-old` -> False."""
    return _STUDY_YEAR.fullmatch(word) is not None


# The nouns for the place an article is about, owning what is there: `the city's hospital`.
_PLACE_NOUNS: Final = frozenset(
    "city town village country nation state region province county island capital".split()
)


def _place_owner(word: str) -> bool:
    """`city's`, `town’s`: the place's possessive before a body's or a post's noun (`the city's
    children's hospital`, `the country's president`); `children's` is none."""
    return word.endswith(_OWNED_ENDINGS) and word[:-2] in _PLACE_NOUNS


def _place_before_head(words: list[str]) -> bool:
    """`the Dublin South-Central TD`, `the Cork North TD`: capitals only (a place's name, read
    as its first word would be) between `the` and the noun."""
    middle = words[1:-1]
    return len(middle) <= PLACE_WORDS_BEFORE and all(w[:1].isupper() for w in middle)


def predicated(masked: str, head: str, end: int) -> int | None:
    """Where `X, 81, ... was a pupil at the school` says `a pupil` of its subject, before `end`:
    the start of the last such `a`/`an` (None when there is none). The paragraph is read once
    per noun (`_predications`), so a paragraph of many `the pupil said` stays linear."""
    found = _predications(masked, head)
    k = bisect_right(found, (end, len(masked))) - 1
    return found[k][1] if k >= 0 else None


@lru_cache(maxsize=64)
def _predications(masked: str, head: str) -> tuple[tuple[int, int], ...]:
    """`X was a pupil. Y is the youngest champion.` -> (end of `pupil`, start of `a`), ...: each
    `head` (whole paragraph, left to right) that a copula's `a`/`the` says of its subject, with
    that article's start (`the` taken over `a` when both do); found once per paragraph and noun.
    Gives up nothing: a look-up before `end` takes those whose noun ends by `end`, as a search
    of the text before `end` finds them."""
    found: list[tuple[int, int]] = []
    at = masked.find(head)
    while at >= 0:
        article_at = -1
        for article_word in (" a", " the "):  # (`X is the youngest champion` says one too)
            before = masked.rfind(article_word, max(0, at - 24), at)
            article = before + 1
            # (the article and the copula before it first: most nouns have neither, and are
            # spared the read of the words between the article and the noun)
            if before < 0 or not masked.endswith(_COPULAS, 0, article):
                continue
            if _noun_end(masked, masked.find(" ", article) + 1, head) == at + len(head):
                article_at = article
        if article_at < 0 and _bare_post(masked, at, head):
            article_at = at
        if article_at >= 0:
            found.append((at + len(head), article_at))
        at = masked.find(head, at + len(head))
    return tuple(found)


# `has been coxswain at `, `is chairman of `: a post held, its noun bare after a copula and
# before the place or body it is held at.
_POST_AFTER: Final = (" at ", " of ", " for ", " in ", " on ")


def _bare_post(masked: str, at: int, head: str) -> bool:
    """`X, 63, has been coxswain at Port Erin` says `coxswain` of X with no article: the noun
    right after a copula, and a preposition right after it (`was mayor` alone is not read)."""
    return masked.endswith(_COPULAS, 0, at) and masked.startswith(_POST_AFTER, at + len(head))


def _noun_end(masked: str, at: int, head: str) -> int | None:
    """Where `head` ends as a whole word after one lowercase word at `at` (`local passenger`),
    else right at `at`; None when it is at neither."""
    modifier = _MODIFIER.match(masked, at)
    if modifier is not None and (end := _word_at(masked, modifier.end(), head)):
        return end
    return _word_at(masked, at, head)


# Words that may modify an unnamed speaker's noun after its article: `A senior U.S. defense
# official, who spoke on condition of anonymity,` (a dotted short form among them).
_OFF_RECORD_MODIFIER: Final = re.compile(r"(?:[a-z-]+|[A-Z][A-Za-z.]*) ")
OFF_RECORD_MODIFIERS: Final = 3


def _modified_noun_end(masked: str, at: int, head: str) -> int | None:
    """Where `head` ends after at most OFF_RECORD_MODIFIERS words at `at` (`senior U.S.
    defense official`), else None: the noun an indefinite article brings in."""
    for _ in range(OFF_RECORD_MODIFIERS + 1):
        end = _word_at(masked, at, head)
        if end is not None:
            return end
        modifier = _OFF_RECORD_MODIFIER.match(masked, at)
        if modifier is None:
            return None
        at = modifier.end()
    return None


def _word_at(masked: str, at: int, head: str) -> int | None:
    """The end of `head` written at `at` and ending at a word boundary, or None."""
    end = at + len(head)
    return end if masked.startswith(head, at) and _WORD_EDGE.match(masked, end) else None


@lru_cache(maxsize=64)
def _examined(masked: str) -> tuple[tuple[int, str], ...]:
    """Where a body's name starts after `inspectors from` in a paragraph, with the noun, in text
    order: found once per paragraph, so many `the report said` in one stay linear."""
    if "ors " not in masked and "ers " not in masked:
        return ()  # (every examiners' noun ends so: most paragraphs are not searched)
    return tuple((m.end(), m.group(1).lower()) for m in _EXAMINED_BY.finditer(masked))


def in_relative_clause(masked: str, start: int) -> bool:
    """A name right after `who`/`which`/`whose` and a verb: what someone's clause is about."""
    return bool(_RELATIVE.search(masked, max(0, start - 60), start))


# `For the actor, the hardest scene is ...`: a person the sentence is about, by a noun.
TOPIC_OPENING: Final = "For the "
_FOR_THE: Final = re.compile(r"\s*For the (?P<head>[a-z]+), ")


def topic_people(masked: str, bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """Sentences opened by `For the` and a noun for a person (an agent noun, a worker's):
    (offset, `the actor`), so that a `she said` after it may mean the person it describes."""
    found: list[tuple[int, str]] = []
    if TOPIC_OPENING not in masked:
        return found  # (most paragraphs)
    for start, _ in bounds:
        match = _FOR_THE.match(masked, start)
        if match is None:
            continue
        head = match.group("head")
        if agent_noun(head) or head in _WORKERS:
            found.append((match.start("head") - 4, "the " + head))
    return found


# The ending of a trade's noun that no agent ending shows, whatever letter comes before it:
# `fisherman`, `groundsman`, `boatman`, `ferryman`, `fireman`, `watchman`, `milkman`.
_MAN_ENDING: Final = "man"
# Words of that ending that name no one by a trade: a sex (`woman`, read by _GENDERED_NOUNS),
# `human`; nor do a body's posts (POST_NOUNS: `the chairman`) nor its voice (_SPOKES).
_NOT_MAN_TRADES: Final = frozenset("man woman gentleman human".split()) | POST_NOUNS | _SPOKES


def _trade_noun(head: str) -> bool:
    """`fisherman`, `ferryman`, `farmer`: a noun for one who works at a trade (not
    `spokeswoman`, `chairman`, `woman`, `official`), read only where no agent ending made it
    one."""
    if head in TRADE_NOUNS:
        return True
    return head.endswith(_MAN_ENDING) and head not in _NOT_MAN_TRADES


def _person_head(head: str) -> bool:
    """`registrar`, `hunter`, `schoolgirl` -> True; `company`, `report` -> False: a noun an
    introduction may give a person (see introduced_person)."""
    if head in ORG_ANAPHORS:
        return False
    return person_noun(head) or agent_noun(head) or head in CHILD_NOUNS


def _field_before(words: list[str]) -> bool:
    """`dental nurse` -> True, `Labour MP`, `police officer` -> False: a lower-case field
    before a person's noun (a description with a family of its own is read whole)."""
    return (
        words[0].isalpha()
        and words[0].islower()
        and words[1].islower()
        and " ".join(words) not in NOUN_FAMILIES
    )


def _person_rule_noun(head: str) -> bool:
    """`fisherman`, `landlady`, `chief`, `student`, `woman`, `apiarist`, `52-year-old`,
    `mayor-elect` -> True; `shipwright`, `crowd`, `company` -> False: a noun some person rule
    of this module reads (a table's, a person's or a doer's ending, a title, a post, a sex's, an
    age's, an office to be taken up), whose rule's no one is no one on purpose (see no_one)."""
    if head in ORG_ANAPHORS:
        return False
    if _AGE.fullmatch(head) or head.endswith("-elect") or head in _AGE_CLASSES:
        return True
    listed = (
        head in _TRADES
        or head in _POSITIONS
        or head in _WORKERS
        or head in _VOICES
        or head in _GENDERED_NOUNS
        or head in _PLACED_NOUNS
        or head in RANK_HELD
        or head in TITLE_WORDS
        or head in POST_NOUNS
        or listed_person_noun(head)
    )
    return listed or _noun_of_person(head) or _person_head(head) or doer_shaped(head)


def _noun_of_person(head: str) -> bool:
    """`herdsman`, `academic`, `parent`, `apiarist`, `official` -> True; `contractor`, `source`,
    `family`, `landlady`, `committee` -> False: a noun for one person by trade, post or standing
    (a `-man` trade, a person's ending, see person_shaped, a bare noun of BARE_PERSON_NOUNS,
    STANDING_NOUNS or POSTED_NOUNS) that no body and no unnamed crowd is called by, which
    _noun_subject may read as the person just written about."""
    if head in BARE_PERSON_NOUNS or head in STANDING_NOUNS or head in POSTED_NOUNS:
        return True
    # (`the congressman`: a title's noun is its holder's, whom the article names with it, not
    # whoever was named last; a listed kind's, `the landlady`, is read by _paragraph_opener)
    if head in TITLE_WORDS or listed_person_noun(head):
        return False
    # (`the apiarist`: a person's ending, unless a body's or a document's noun of that shape)
    shaped = person_shaped(head) and agent_noun(head) and not document_noun(head)
    return shaped or _trade_noun(head)


def agent_noun(word: str) -> bool:
    """A noun for a person by what they do, not a body or a thing: `striker`, `retiree`,
    `ecologist`; not `company`, `carrier` (a body) or `letter`."""
    return bool(_AGENT.fullmatch(word)) and word not in ORG_ANAPHORS and word not in _THINGS


@lru_cache(maxsize=1024)  # (a pure reading of the name: `the agent` asks it of 8 bodies a cue)
def _name_nouns(name: str) -> frozenset[str]:
    """`Harbour Shipping Ltd` -> COMPANY_NOUNS, `shipper` (its gerund's doer, see gerund_agent)
    and its trade's nouns also under TRADED (`haulier`, TRADED + `haulier`, ...): the nouns a
    body fits by its name's words alone (its kind read once, see generic_nouns)."""
    kinds = generic_nouns(name)
    nouns = set(kinds)
    agent = gerund_agent(name, kinds)
    if agent is not None:
        nouns.add(agent)
    # (`the steelmaker` of `Lakeport Steel Canada Inc.`: the product its name holds, by trade)
    for noun in maker_nouns(name, kinds):
        nouns.update((noun, TRADED + noun))
    nouns.update(funder_nouns(name))  # (`a spokesman for the funder` of `X Heritage Trust`)
    if not COMPANY_NOUNS.isdisjoint(kinds):
        # (`the realty firm` of `Bituin Pacific Realty and Development Corp.`: see _worded_company)
        nouns.update(WORDED + word.lower() for word in name.split()[1:] if word.isalpha())
    # (`the contractor` of `X Engineering Sdn Bhd`: its trade's nouns, by its own words, also
    # under TRADED, which the noun asks first)
    for noun in trade_nouns(name):
        nouns.update((noun, TRADED + noun))
    return frozenset(nouns)


def _lone_noun_name(name: str, naming: frozenset[str]) -> bool:
    """`Group` (of `four Group winners`) for `the group`: a one-word name that is only the noun
    itself, capitalised as a grade or a heading capitalises it, names no body the noun calls
    back (the body named in full of the noun's kind is meant); `Groupama` is a name."""
    return " " not in name and name.lower() in naming


def _taken_on_post(paragraph: Paragraph, mention: Mention) -> str | None:
    """`appointed X Advisory as business rescue practitioners` -> `practitioners`: the post a
    body is taken on as (a name read as a person's is a firm when its post is plural, see
    taken_on_as)."""
    masked = paragraph.masked
    if not taken_on_before(masked, mention.start):
        return None  # (most names: no verb of taking on before them, nothing sliced)
    return taken_on_as(
        masked[max(0, mention.start - TAKEN_ON_REACH) : mention.start],
        masked[mention.end : mention.end + POST_REACH],
        mention.kind == "org",
    )


def _open_named(paragraph: Paragraph, mention: Mention, roles: list[tuple[int, int]]) -> bool:
    """`the contractor`: any body may be meant (see open_body_mention), but not one a person's
    role names (`ANU historian X`, a span of `roles`: each person's start and name start, in
    text order and apart, so only the last one starting at or before the mention can hold it)."""
    if not open_body_mention(paragraph.masked, mention):
        return False
    k = bisect_left(roles, (mention.start + 1, -1))  # (the spans starting at or before it)
    return not (k and roles[k - 1][0] <= mention.start < roles[k - 1][1])


# The prepositions a fronted phrase opens with, its comma left out before the subject: `In a
# later update the administrators said`, `On Friday the council said`.
_FRONTING: Final = frozenset("In On At After".split())
_UNFRONTED_WORDS: Final = 3  # (`the`, a modifier and the noun: `the joint administrators`)


def unfronted_subject(words: list[str]) -> list[str] | None:
    """`In a later update the administrators` -> `the administrators`: the subject after a
    fronted phrase written without its comma (its last `the` and up to two words after it);
    None when the words open with no such phrase (`A spokesman for the council`)."""
    if len(words) < 4 or words[0] not in _FRONTING:
        return None
    k = len(words) - 1 - words[::-1].index("the") if "the" in words[2:] else -1
    if k < 2 or len(words) - k > _UNFRONTED_WORDS or not all(w.islower() for w in words[k:]):
        return None
    return words[k:]
