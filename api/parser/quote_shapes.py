"""The shape around a run of capitals that tells a person's name from a body's name.

Titles and places before a name (`envoy to Chile Ana Ruiz`), a body's noun before it (`the folk
trio Saltwick`), a plural verb after it (`Real Betis have`), a capital `The` inside a sentence,
two surnames (`José Manuel Ortega Villalba`), and bodies whose names hold `and`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from api.parser.given_names import usual_sex
from api.parser.quote_names import occupation, particles, sentence_initial
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_tokens import Token, word_key
from api.parser.quote_words import ORG_WORDS

if TYPE_CHECKING:
    # (quote_people imports this module; a Mention typed so, compiled, a field's read is the
    # tuple's item, where an untyped one was a generic attribute look-up)
    from api.parser.quote_people import Mention

# A title ends with a place or body before the name: "Secretary of Labor Ann Lee", "Leader of
# the Opposition Desmond Larkin", a post abroad: "Representative in Jordan Ana Ruiz".
_PLACE_BEFORE: Final = re.compile(r"([\w-]+)\.? (?:of State )?(?:of|for|to|in) (?:the )?$")


# A title's fields joined by `and` before the name: "Minister of Water and Energy", and a list
# of them, the last with its article: "Minister of Agriculture, Fisheries and the Environment"
# (each field a word or two: "Minister of Lands, Natural Resources and Tourism").
TITLE_FIELD_WORDS: Final = 2  # the words of a title's field at most
_FIELD: Final = rf"[A-Z][\w-]*(?: [A-Z][\w-]*){{0,{TITLE_FIELD_WORDS - 1}}}"
_FIELD_AND_BEFORE: Final = re.compile(
    r"([\w-]+)\.? (?:of|for) (?:the )?" + _FIELD + r"(?:, (?:the )?" + _FIELD + r")* and (?:the )?$"
)
# How far before the name the title of such a list may start.
_FIELD_REACH: Final = 90
# How the text before the name ends when either pattern can match there (`$` also matches
# before a line break ending the window): `of `, `Water and `.
_PLACE_WORDS: Final = (" of ", " for ", " to ", " in ", " the ")
_PLACE_ENDS: Final = _PLACE_WORDS + tuple(word + "\n" for word in _PLACE_WORDS)
_AND_ENDS: Final = (" and ", " and \n", " and the ", " and the \n")


def title_field_and_before(text: str, start: int) -> bool:
    """`Minister of Water and Energy Ana Ruiz`, `Minister of Agriculture, Fisheries and the
    Environment Ana Ruiz`: the run from `Energy`, `Environment` opens with the title (its last
    field, after `and` or `and the`)."""
    if not text.endswith(_AND_ENDS, 0, start):
        return False  # (the pattern's end, tested first: most names follow no `and`)
    match = _FIELD_AND_BEFORE.search(text, max(0, start - _FIELD_REACH), start)
    return bool(match) and occupation(match.group(1))


# The whole title with its list of fields, up to the name's first word: "Minister of
# Agriculture, Fisheries and the Environment " (its last field included).
_FIELD_LIST_BEFORE: Final = re.compile(
    r"([\w-]+)\.? (?:of|for) (?:the )?"
    + _FIELD
    + r"(?:, (?:the )?"
    + _FIELD
    + r")+ and (?:the )?"
    + _FIELD
    + r" $"
)
# How far before the name such a title may start (its last field taken in too).
_FIELD_LIST_REACH: Final = _FIELD_REACH + 30


def field_list_title(text: str, first: int) -> int:
    """A title with a list of fields right before a name starting at `first`: `Minister of
    Agriculture, Fisheries and the Environment Ana Ruiz` -> where `Minister` starts, else -1.

    Read whole, as title_field_and_before reads it: the list's commas and `and the` would each
    end a role read back word by word. `Ann Lee, Tom Hale and the Environment Ana Ruiz` has no
    title (`of`/`for` after an occupation) and gives -1.
    """
    if not text.endswith(" ", 0, first):
        return -1
    lo = max(0, first - _FIELD_LIST_REACH)
    if text.find(" and ", lo, first) < 0 or text.find(", ", lo, first) < 0:
        return -1  # (most names: no list's `and` and comma before them)
    match = _FIELD_LIST_BEFORE.search(text, lo, first)
    if match is None or not occupation(match.group(1)):
        return -1
    return match.start()


def field_word_left(word: str) -> bool:
    """`Minister of Religious and Cultural Affairs Ann Lee`: after the field's first word is
    taken off the run (title_field_and_before), a field's noun still opening it (`Affairs`, a
    plural in `-ies` such as `Fisheries`, an abstract noun) and no given name is the field's too.

    Asked only of a run's first word after that cut, with two words after it: `Minister of Water
    and Energy Irene Nakato Ssempa` keeps `Irene` (a given name).
    """
    if usual_sex(word) is not None:
        return False
    key = word.lower()
    return (
        key in _FIELD_PLURALS
        or key in _FIELD_NOUNS
        or key.endswith(_BODY_FIELD_ENDS)
        or key.endswith("ies")  # (`Antiquities`, `Fisheries`, `Utilities`: a body's charge)
    )


def title_place_before(text: str, start: int) -> bool:
    """`envoy to Chile Ana Ruiz`: a title, then `to`/`of`/`for`/`in` (and `the`: `Chancellor of
    the Exchequer Rachel Moss`; `Representative in Jordan Ana Ruiz`), before the name's first
    word.

    `According to Siti Aminah Rahmawati` is no title: the word before `to` must be one.
    """
    if not text.endswith(_PLACE_ENDS, 0, start):
        return False  # (the pattern's end, tested first: most names follow none of its words)
    match = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(match) and occupation(match.group(1))


# A common noun for a body right before a name: "startup Zoomly Rides", "the label, Quarry Lane".
_BODY_NOUNS: Final = (
    "company startup firm label group retailer carrier airline band trio duo quartet bureau"
    " agency regulator broadcaster newspaper charity studio fund publisher network foundation union"
    " developer administrators liquidators receivers"
).split()
BODY_BEFORE: Final = re.compile(r"\b(?:" + "|".join(_BODY_NOUNS) + "),? $")
# A match ends at the window's end (`$`, or before a line break there): it starts at most this
# many characters before it, so the search starts there instead of trying every position of a
# 40-character window (\b still reads the character before: the result is the same).
_BODY_REACH: Final = max(map(len, _BODY_NOUNS)) + 3


# What the text ends with right before a match's `$` (a line break there aside): most names
# follow no body's noun, and an `endswith` tells so before the search.
_BODY_ENDS: Final = tuple(noun + end for noun in _BODY_NOUNS for end in (" ", ", ")) + ("\n",)


# The last three letters of each noun: a name after none of them, then a space (or `, `), follows
# no body's noun (one set look-up before the 91 `endswith` tests of _BODY_ENDS).
_BODY_TAILS: Final = frozenset(noun[-3:] for noun in _BODY_NOUNS)


def body_before(text: str, start: int) -> re.Match | None:
    """BODY_BEFORE in the 40 characters before `start`: `startup Zoomly` -> `startup `."""
    before = text[start - 5 : start] if start >= 5 else text[:start]
    last = before[-1:]
    if last != " ":
        if last != "\n":
            return None  # (`(Lee`, `“Lee`: every one of _BODY_ENDS ends with a space or `\n`)
    elif before[-4:-1] not in _BODY_TAILS and before[-5:-2] not in _BODY_TAILS:
        return None  # (most names: a word that is no body's noun before their space)
    if not text.endswith(_BODY_ENDS, 0, start):
        return None
    return BODY_BEFORE.search(text, max(0, start - 40, start - _BODY_REACH), start)


# Body nouns that are a person's trade too: `the broadcaster Fionnuala Ryan`, `Her publisher,
# Tom Hale,`, `the developer Ann Reid` are people (a given name opens the name); `the
# broadcaster Sky News` a body.
# (`Joint administrators X Insolvency LLP said`: a firm an insolvency puts in charge, `the
# administrators` later; `administrators Ann Reid and Tom Hale of X LLP` are people)
_TRADES_TOO: Final = frozenset(
    ("broadcaster", "publisher", "developer", "administrators", "liquidators", "receivers")
)


def trade_before(found: re.Match, first: str) -> bool:
    """The body's noun `body_before` found is also a person's trade (_TRADES_TOO) and the name
    opens with a given name: `the broadcaster Ann Reid` is a person, `publisher Brill` a body."""
    return found.group().rstrip(", ") in _TRADES_TOO and usual_sex(first) is not None


# A role held for a body, right before the body's noun: `A spokesperson for the `, `the lawyer
# of the `: a name in apposition after the noun is the role's holder when a given name opens it.
_ROLE_FOR_BODY: Final = re.compile(r"\b([a-z]+) (?:for|of|at) (?:the|its|their) $")
_ROLE_FOR_REACH: Final = 40


def role_for_body(text: str, found: re.Match, first: str) -> bool:
    """`A spokesperson for the company, Colin Rusk,` -> the spokesperson, a person: the body's
    noun `body_before` found is the object of a role's `for`/`of` and a given name opens the
    name (`a spokesman for the airline, Virgin Blue,` stays the airline)."""
    if usual_sex(first) is None:
        return False
    return _role_before_noun(text, found.start())


def holder_after_body(text: str, start: int, first: str) -> bool:
    """role_for_body of the name at `start` whose first word is `first`, the body's noun looked
    for here: `A spokesman for the firm, Tom Hale,` -> True; `the firm, Hale Holdings,` False."""
    if usual_sex(first) is None:
        return False
    found = body_before(text, start)
    return found is not None and _role_before_noun(text, found.start())


def _role_before_noun(text: str, start: int) -> bool:
    """A role and `for the`/`of its` right before `start` (see _ROLE_FOR_BODY)."""
    match = _ROLE_FOR_BODY.search(text, max(0, start - _ROLE_FOR_REACH), start)
    return match is not None and occupation(match.group(1))


# An article and at most two lower-case words before a body's noun: `the aid `, `a `; or, inside
# a sentence, a capitalised qualifier (a nationality, a place) in place of the article: `led by
# Dutch firm `, `hired Glasgow salvage firm ` (`Rescue charity X` opening a sentence is a label).
_ARTICLE_BEFORE: Final = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)|(?<=[a-z,] )[A-Z][a-z]+(?:-[A-Za-z]+)?) (?:[a-z-]+ ){0,2}$"
)


def body_noun_written_before(text: str, start: int) -> str | None:
    """`agency` for `the aid agency Lingap International`: the body's noun right before its name
    (see `body_before`) after an article, which a later `the agency said` stands for. A noun
    with no article (`Passenger group Bus Users UK`) is a label, not what the text calls it."""
    found = body_before(text, start)
    if found is None or not _ARTICLE_BEFORE.search(text, max(0, found.start() - 40), found.start()):
        return None
    return found.group().rstrip(", ")


# `Marine mammal rescue charity Kaitiaki Moana said`: a label opening the sentence (its first
# word capitalised, up to two more before the noun).
_LABEL_OPENING: Final = re.compile(r"(?:^|[.!?] )[A-Z][a-z'’-]+ (?:[a-z'’-]+ ){0,2}$")


def body_label_before(text: str, start: int) -> str | None:
    """`charity` for `Marine mammal rescue charity Kaitiaki Moana said`: the body's noun of a
    label opening the sentence, with no article; what a later `the charity` may call the body
    when no body is called so otherwise (a label is weaker than `the aid agency X`)."""
    found = body_before(text, start)
    if found is None or not _LABEL_OPENING.search(text, max(0, found.start() - 40), found.start()):
        return None
    return found.group().rstrip(", ")


# The verbs by which people found a body: `Four families ... have formed Justice for X`.
_FOUNDING_ENDS: Final = ("formed ", "founded ", "set up ", "launched ", "started ", "created ")
# The founders' plural noun opening the sentence (a number, `a group of`, `some`... before it),
# then up to 80 characters (a clause: `who lost relatives in the fire`), then the verb.
_FOUNDERS: Final = re.compile(
    r"(?:^|[.!?] )(?:[A-Z][a-z]* |[\d,]+ )(?:(?:of|than|\d+|[a-z]+) ){0,2}([a-z]{3,}s) "
    r"[^.!?]{0,80}?(?:formed|founded|set up|launched|started|created) $"
)
# How far back the founders' sentence is read before the body's name.
_FOUNDERS_REACH: Final = 140


def founders_noun(text: str, start: int) -> str | None:
    """`families` of `Four families who lost relatives in the fire have formed Justice for X`:
    the plural noun of the people who founded the body named at `start` (opening the sentence),
    which a later `the families said` calls the body by."""
    if not text.endswith(_FOUNDING_ENDS, 0, start):
        return None  # (most bodies: no founding verb right before the name)
    found = _FOUNDERS.search(text, max(0, start - _FOUNDERS_REACH), start)
    return found.group(1) if found is not None else None


# What follows a dateline's place or agency: `HARARE, Zimbabwe (AP) —`, `BOSTON —`.
# (a wire's plain hyphen between spaces too: `TORONTO, Oct 14 (Reuters) - Canadian grocer ...`)
_DATELINE_DASH: Final = r"(?:,? [\w.,' ]{0,30})?\)?\s*(?:\([A-Za-z. ]{1,20}\)\s*)?(?:[—–]|-(?=\s))"
_DATELINE_REST: Final = re.compile(_DATELINE_DASH)
# A paragraph opened by a dateline: a place in capitals, then what _DATELINE_REST reads.
_DATELINE_OPENING: Final = re.compile(
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}" + _DATELINE_DASH + r"\s*"
)


def dateline_end(masked: str) -> int:
    """Where the text after a paragraph's opening dateline starts (0 without one): `TORONTO, Oct
    14 (Reuters) - Canadian grocer X rejected ...` -> the offset of `Canadian`."""
    found = _DATELINE_OPENING.match(masked)
    return found.end() if found is not None else 0


def in_dateline(masked: str, start: int, end: int) -> bool:
    """A name in a dateline: the capitals opening a paragraph or the agency in brackets, before
    a dash (`HARARE, Zimbabwe (AP) —`): a place and a credit, no one who speaks."""
    if start > 0 and masked[start - 1 : start] != "(":
        return False
    if start > 60 or not masked[start:end].isupper():
        return False
    return bool(_DATELINE_REST.match(masked, end))


DATELINE_REACH: Final = 60  # a dateline's names start within this many characters


def opens_dateline(masked: str, start: int) -> bool:
    """A name inside a paragraph's opening dateline: `LONDON (Reuters) -`, `OTTAWA (The
    Canadian Press) —` -> True for `Reuters`, `The Canadian Press` (a credit, never a speaker
    nor an `it`)."""
    if start >= DATELINE_REACH or not masked[:1].isupper() or not masked[1:2].isupper():
        return False  # (the cheap tests first: most paragraphs open with no capitals' run)
    return start < dateline_end(masked)


# A work named in apposition: `The play, Low Tide, was written by ...`, `her novel, Saltmarsh,`.
_WORK_BEFORE: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|new) (?:play|film|movie|novel|book|album|song"
    r"|musical|opera|series|documentary|memoir|poem|painting|podcast|single|exhibition), $"
)


def work_before(text: str, start: int, end: int) -> bool:
    """`The play, Low Tide, was written by her sister`: a name between commas after an article
    (or a possessive) and a noun for a work is the work's title, no one who speaks (`In the
    play Solveig ...` has no comma after the name)."""
    if not text.startswith(", ", start - 2) or not text.startswith(",", end):
        return False  # (most names: no comma before them)
    return _WORK_BEFORE.search(text, max(0, start - 30), start) is not None


# Endings of the nouns of titles and jobs: `Supervisor`, `Manager`, `President`, `Secretary`.
_AGENT_ENDS: Final = ("er", "or", "ent", "ant", "ary", "ist", "ian", "ive")


_PLURAL_VERB: Final = re.compile(r"\s+(?:have|are|were)\b")
# The first letters of _PLURAL_VERB's verbs.
_PLURAL_VERB_FIRSTS: Final = frozenset("haw")


def _may_be_plural_verb(text: str, end: int) -> bool:
    """False where _PLURAL_VERB cannot match at `end`: `Betis have` -> True, `Betis said` and
    `Betis, who` -> False (no space there, or one space then no verb's first letter nor space)."""
    first = text[end : end + 1]
    if first == " ":
        second = text[end + 1 : end + 2]
        return second in _PLURAL_VERB_FIRSTS or second.isspace()
    return first.isspace()


def plural_subject(text: str, start: int, end: int) -> bool:
    """`Real Betis have signed`: one name with a plural verb is a club or band (British usage).

    Two people joined by `and` (`Ana and Kai Ode are`) are not.
    """
    return (
        _may_be_plural_verb(text, end)
        and _PLURAL_VERB.match(text, end) is not None
        and not text.endswith(" and ", 0, start)
    )


def two_surnames(text: str, names: list[Token]) -> bool:
    """`forward José Manuel Ortega Villalba`: four plain name words, no `of`/`for`/`to` before.

    Spanish and Portuguese names carry two given names and two surnames; four words after
    `Director of` are a title's body and a name (`of Public Prosecution Ines Varga`), and so
    are four after a post abroad (`Representative in South Sudan Ana Ruiz`).
    """
    if len(names) != 4 or particles(names):
        return False
    if any(occupation(t.text) or t.text.lower().endswith(_AGENT_ENDS) for t in names[:2]):
        return False  # "Township Supervisor Ray Ostrowski": a title's words end so
    start = names[0].start
    if text.endswith(" in ", 0, start) and title_place_before(text, start):
        return False
    return not text.endswith((" of ", " for ", " to "), 0, start)


def titled_with_the(text: str, run: list[Token]) -> bool:
    """`with The Chicago Defender`: a capital `The` inside a sentence opens a body's or work's name.

    A person's name never takes it (`The` opening a sentence is only the sentence's capital).
    """
    return len(run) > 2 and run[0].text == "The" and not sentence_initial(text, run[0])


def named_with_an(text: str, run: list[Token]) -> bool:
    """`from An Garda Síochána`, `to An Post`: a capital `An` inside a sentence is a word of a
    body's name (Irish writes its article so; English writes `an` in lower case there), kept
    in the name; `An` opening a sentence is only the sentence's capital unless an_before_consonant
    (`An Post said` keeps it)."""
    if len(run) < 2 or run[0].text != "An":
        return False
    return not sentence_initial(text, run[0]) or an_before_consonant(run[1].text)


# Letters English `an` never stands before when a word is spoken as written (`h` and `y` may be
# silent or a vowel: `An Honours list`, `An Yttrium`): only Irish's article `An` does.
_CONSONANTS: Final = frozenset("BCDFGJKLMNPQRSTVWXZ")


def an_before_consonant(word: str) -> bool:
    """`Post` of `An Post said` -> True: English `an` comes only before a vowel's sound, so a
    sentence-opening `An` before a word that opens on a consonant and goes on in lower case is
    Irish's article, a word of the body's name (`An Garda Síochána`, `An Bord Pleanála`); `An
    Irish Water spokesman`, `An Honours`, `An MP` (spoken `em`) and `An RTÉ` are English's."""
    return len(word) > 1 and word[0] in _CONSONANTS and word[1].islower()


# A lowercase noun after a name that makes the name a body's: "Commercial Workers union".
_BODY_AFTER: Final = re.compile(
    r"\s+(?:union|group|association|council|committee|alliance|party)\b"
)


def one_body(masked: str, first_kind: str, first: str, second: str, second_end: int) -> bool:
    """`Department of Health` and `Social Care`, `Food` and `Commercial Workers union`: the
    evidence that two names joined by `and` are one body's (the first holds `of`/`for`, the
    second ends in a body's word, or a body's noun follows; two one-word names that a body's
    noun then glosses: `Bellamy and Crowe, the store chain,`)."""
    if first_kind == "org" and not {"of", "for"}.isdisjoint(first.split()):
        return True
    if word_key(second.split()[-1]) in ORG_WORDS:
        return not two_bodies(first, second)
    if " " not in first and word_key(body_head(second)) in ORG_WORDS:
        return True  # `Rivers` and `Harbours Commission of the North Coast`
    if _BODY_AFTER.match(masked, second_end):
        return True
    return " " not in first and " " not in second and _glossed_as_body(masked, second_end)


def body_head(name: str) -> str:
    """`Wildlife Commission of the Coast` -> `Commission`: a name's word before its first `of`
    (or `for`), the head a body's name is built on; else its last word."""
    words = name.split(" ")
    for k in range(1, len(words)):
        if words[k] in ("of", "for"):
            return words[k - 1]
    return words[-1]


# A body's own nouns that end a whole body's name (`Northshire Police`, `Tarn Valley Council`),
# unlike a field's word that a body's name may also end in (`Mental Health`).
_WHOLE_BODY_ENDS: Final = ORG_ANAPHORS | frozenset({"police", "constabulary", "court"})


def two_bodies(first: str, second: str) -> bool:
    """`Northshire Police` and `Fenwick Borough Council`: two names of two words or more, each
    ending in a body's own noun (a singular: `Armed Forces and Veterans Board` is one), are
    two bodies, not one name."""
    if " " not in first or " " not in second:
        return False
    last = word_key(first.rsplit(" ", 1)[-1])
    return last in _WHOLE_BODY_ENDS and not last.endswith("s")


# `, the department store chain,`: a gloss after a name calling it by a body's noun.
_BODY_GLOSS: Final = re.compile(r", the (?:[\w'’-]+ ){0,3}?([a-z]+),")


def _glossed_as_body(masked: str, end: int) -> bool:
    """`Bellamy and Crowe, the department store chain, said`: a gloss after the second name
    calls the pair a body (ORG_ANAPHORS), whose name the two words and `and` are."""
    if masked[end : end + 6] != ", the ":
        return False
    match = _BODY_GLOSS.match(masked, end)
    return match is not None and match.group(1) in ORG_ANAPHORS


def fields_body(first_kind: str, first: str, second: Mention) -> bool:
    """`Fisheries and Oceans Canada`, `Parks and Wildlife Service`: one plural field's word
    (no given name) before `and` and a body of two words or more is that body's first field,
    not a name of its own. Two plural fields (`Parks and Forests Norland`) make a body's name
    even where the first is a given name too."""
    if first_kind not in ("single", "org") or " " in first or " " not in second.name:
        return False
    if second.kind != "org" and _plural_field(first) and plural_fields(second.name):
        return True  # `Fisheries and Waterways Tarania`
    if usual_sex(first) is not None:
        return False
    if second.kind != "org":
        return national_body(second.name)  # `Environment and Climate Change Canada`
    return _plural_field(first)


def _plural_field(word: str) -> bool:
    """`Fisheries`, `Parks`: a capitalised plural (no `ss`, no possessive) of five letters or
    more, a field's word opening a body's name."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def plural_fields(name: str) -> bool:
    """`Waterways Tarania`, `Oceans Pelora`: a plural field (see _plural_field) opening a name
    with no given name in it, after another field's `and`, is a body's name, not a person's."""
    words = name.split(" ")
    return _plural_field(words[0]) and all(usual_sex(word) is None for word in words)


# Endings of a field's abstract noun (`Safety`, `Regulation`, `Mining`), not a surname's.
_FIELD_ENDS: Final = ("ety", "ity", "tion", "ment", "ness", "ing", "ics")


def fields_place(first_kind: str, first: str, second: Mention) -> bool:
    """`Mining Safety` and `Health Tarania`: a name of fields (no given name, ending in a field's
    abstract noun) before `and` and a field that is a body's word (`Health`, `Energy`) with one
    further word (the place it serves) is one body's name."""
    if first_kind == "pronoun" or not first.endswith(_FIELD_ENDS):
        return False
    words = second.name.split(" ")
    if len(words) != 2 or word_key(words[0]) not in ORG_WORDS:
        return False
    if word_key(words[0]) in _WHOLE_BODY_ENDS:
        return False  # `Mining Safety and Police Scotland`: a body of its own after `and`
    return all(usual_sex(word) is None for word in [*first.split(" "), *words])


# The endings of a field's abstract noun that no surname has (`Transportation`, `Security`; not
# `-ing` of `Manning`).
_BODY_FIELD_ENDS: Final = ("ety", "ity", "tion", "ment", "ics")


def fields_pair(first_kind: str, first: str, second: Mention) -> bool:
    """`Alberta Transportation` and `Economic Corridors`, `Tarn Environment` and `Climate
    Resources`: a place's field (its last word a field's abstract noun, no given name) and
    `and` a further field of two or three words (no given name, ending in a plural) are one
    ministry's name; not `Ann Lee and Economic Affairs`, `Vell Transportation and Ann Rivers`
    (a person's name on either side)."""
    if first_kind not in ("person", "org") or second.kind == "org" or " " not in first:
        return False
    last = first.rsplit(" ", 1)[-1]
    if not last.endswith(_BODY_FIELD_ENDS) or usual_sex(last) is not None:
        return False
    words = second.name.split(" ")
    if not 1 < len(words) <= _FIELD_WORDS or not _plural_field(words[-1]):
        return False
    return all(usual_sex(word) is None for word in words)


# The nations whose public bodies are named by their fields and the nation (`Environment and
# Climate Change Canada`, `Transport Scotland`, `Services Australia`, `Natural England`).
_AGENCY_NATIONS: Final = frozenset(
    "Canada Australia Ireland Scotland Wales England Zealand".split()
)


def national_body(name: str) -> bool:
    """`Climate Change Canada`, `Public Safety Canada`: fields (no given name) and a nation's
    name, a national body's, not a person's."""
    words = name.split(" ")
    if words[-1] not in _AGENCY_NATIONS or len(words) < 2:
        return False
    return all(usual_sex(word) is None for word in words[:-1])


# After a comma, only a one-word name that a further comma or `and` follows goes on a body's name:
# `Ministry of Economy, Trade and Industry`.
_LISTED: Final = re.compile(", | and ")
# A field that is itself a body's word (`Media`, `Energy`) goes on only where the list closes with
# `and` and a capital (`Culture, Media and Sport`), not before `and the X` (a list of bodies);
# read over a few fields at most (each field asks: a long list must not be read once per field).
_FIELDS_CLOSE: Final = re.compile(r"(?:, [A-Z][\w'’-]*){0,6},? and [A-Z]")


def _listed(masked: str, kind: str, first: str, mention: Mention) -> bool:
    """`Trade` in `Ministry of Economy, Trade and Industry`, `Media` in `Department for Culture,
    Media and Sport`: a word of a body's list of fields."""
    if kind != "org" or {"of", "for"}.isdisjoint(first.split()):
        return False
    if _list_closed(first):
        return False  # `Department of X and Y Management, Almannavarnir,`: a local name after it
    if mention.kind == "org":
        return " " not in mention.name and bool(_FIELDS_CLOSE.match(masked, mention.end))
    if mention.kind == "person" and worded_field(mention.name):
        return bool(_WORDED_CLOSE.match(masked, mention.end))  # `, Economic Affairs and Trade`
    return mention.kind == "single" and bool(_LISTED.match(masked, mention.end))


# Plural nouns that close a field of a few words in a body's name (`Economic Affairs`, `Labour
# Relations`, `Natural Resources`); an abstract noun's ending does too (`Rural Development`).
_FIELD_PLURALS: Final = frozenset("affairs relations resources services works communities".split())
# Fields' nouns with no field's ending of their own (`Animal Industry`, `Marine Forestry`,
# `Urban Agriculture`: `Ministry of Agriculture, Animal Industry and Fisheries`).
_FIELD_NOUNS: Final = frozenset("industry industries forestry agriculture infrastructure".split())
_FIELD_WORDS: Final = 3  # the most words a field of a body's list of fields is read as
# ...and the list it is in closes with `and` and a capital (`and the police` closes a list of
# bodies), read over a few fields at most.
_WORDED_CLOSE: Final = re.compile(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}){0,6},? and [A-Z]")


def worded_field(name: str) -> bool:
    """`Economic Affairs`, `Rural Development` -> True, `Ann Lee` -> False: a field of two or
    three words (no given name among them) ending in a field's noun, read as one of a body's
    list of fields, not a person's name."""
    words = name.split(" ")
    if not 1 < len(words) <= _FIELD_WORDS:
        return False
    last = words[-1].lower()
    if last not in _FIELD_PLURALS and last not in _FIELD_NOUNS and not last.endswith(_FIELD_ENDS):
        return False
    return all(usual_sex(word) is None for word in words)


# `, Tram and Bus Union`: after a field, further one-word fields, `and`, and a name of up to four
# words whose last is the body's word (asked only of a one-word field: see _fields_opening).
_FIELDS_TO_BODY: Final = re.compile(
    r"(?:, [A-Z][\w-]*){0,6},? and (?:[A-Z][\w-]* ){0,3}([A-Z][\w-]*)(?:['’]s)?\b"
)


def _fields_opening(masked: str, before: Mention, mention: Mention) -> bool:
    """`the Rail, Tram and Bus Union`, `the Shop, Retail and Allied Workers Association`: after
    `the`, one-word capitals listed by commas and closed by `and` and a name ending in a body's
    word are that body's fields, one name."""
    if before.kind != "single" or mention.kind != "single" or before.possessive or before.role:
        return False
    if masked[before.start - 4 : before.start].lower() != "the ":
        return False
    match = _FIELDS_TO_BODY.match(masked, mention.end)
    return match is not None and word_key(match.group(1)) in ORG_WORDS


def _list_closed(first: str) -> bool:
    """`Department of Civil Defence and Emergency Management`: an ` and ` after the name's last
    `of`/`for` closed its list of fields, so a word after a comma opens no further field."""
    cut = max(first.rfind(" of "), first.rfind(" for "))
    return first.find(" and ", cut) >= 0


def _joint_at(masked: str, end: int) -> bool:
    """A match of ` and |, `, as a scan of the text finds them (left to right, none overlapping),
    ends at `end`: the text before ends in `, `, or in an ` and ` whose first space no match
    before it took (`, and `, or the second of ` and and `, whose first is then found)."""
    # (slices ending at an offset of the text, not `endswith(..., 0, end)`: compiled, a bounded
    # endswith is a generic call; a slice cut short by the text's start is too short to match)
    if masked[end - 2 : end] == ", ":
        return True  # (no earlier match can hold this comma: found whatever stands before)
    chain = 0  # ` and ` after ` and ` (` and and `): each shares its first space with the last
    while end - 4 * chain >= 5 and masked[end - 4 * chain - 5 : end - 4 * chain] == " and ":
        chain += 1
    if not chain:
        return False
    earliest = end - 4 * (chain - 1)
    found = masked[earliest - 6 : earliest - 4] != ", "  # (`, and `: the comma's match took it)
    # along the chain the scan finds every other one, from the earliest
    return found if chain % 2 else not found


def _after_joint(masked: str, mentions: list[Mention]) -> bool:
    """True when a name after the first follows `, ` or ` and ` (two slices a name)."""
    # (slices ending at an offset of the text, not a bounded `endswith` of the two joints:
    # compiled, that is a generic call; a slice cut short by the text's start is too short)
    for k in range(1, len(mentions)):
        start: int = mentions[k].start
        if masked[start - 2 : start] == ", " or masked[start - 5 : start] == " and ":
            return True
    return False


def joined_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
    """`Department of Health and Social Care`, `United Food and Commercial Workers union`: two
    runs joined by `and` are one body's name when the first holds `of`/`for`, the second ends in
    a body's word, or a body's noun follows."""
    # only the names right after a joint are looked at (each name asks whether the text before
    # it ends in one: a scan of the text for joints cost more, most commas joining no names);
    # the chains found are noted and the list is rebuilt once, so that a long chain stays linear
    # (a name right after a joint is one after `, ` or ` and `: without one, nothing to do)
    if not _after_joint(masked, mentions):
        return mentions
    starts = [m.start for m in mentions]
    ends: dict[int, int] = {}  # index of a chain's first name -> the end of its last name
    last: dict[int, Mention] = {}  # index of a chain's first name -> its last name
    head: dict[int, int] = {}  # index of a name merged away -> its chain's first index
    for k in range(1, len(mentions)):
        joint = starts[k]
        # (the first name starting at a joint; a name starts at few of a paragraph's commas)
        if starts[k - 1] == joint or not _joint_at(masked, joint):
            continue
        first = head.get(k - 1, k - 1)
        before, mention = mentions[first], mentions[k]
        kind = "org" if first in ends else before.kind
        if masked[joint - 2 : joint] == ", ":
            if ends.get(first, before.end) == joint - 2 and (
                _listed(
                    masked, kind, masked[before.name_start : ends.get(first, before.end)], mention
                )
                or _fields_opening(masked, before, mention)
            ):
                ends[first] = mention.end
                head[k] = first
                last[first] = mention
            continue
        if (
            kind != "pronoun"
            and mention.kind != "pronoun"
            and ends.get(first, before.end) == joint - 5
            and not before.role
            and not before.possessive
            and (
                one_body(masked, kind, before.name, mention.name, mention.end)
                or fields_body(kind, before.name, mention)
                or fields_place(kind, before.name, mention)
                or fields_pair(kind, before.name, mention)
            )
        ):
            ends[first] = mention.end
            head[k] = first
            last[first] = mention
    if not ends:
        return mentions
    out: list[Mention] = []
    for i, mention in enumerate(mentions):
        if i in ends:  # each chain's name is cut once: a long chain costs its length, no more
            # (the last name's own words: `Tram and Bus Union’s` is the union's, owning)
            tail = last[i]
            name = masked[mention.name_start : tail.name_start] + tail.name
            mention = mention._replace(
                end=ends[i],
                kind="org",
                name=name,
                role=None,
                gender=None,
                possessive=tail.possessive,
            )
        if i not in head:
            out.append(mention)
    return out


# what opens a bracketed gloss of a name: `Waka Kotahi (the NZ Transport Agency)`
_GLOSS: Final = "(the "


# A body's head, `of`/`for` and its first field (a word or two), then `and the` right before
# a field's word: `Friends of Rivers and the Environment`, `Department for Lands and the `.
_AND_THE: Final = " and the "
_HEAD_OF_FIELD: Final = re.compile(
    r"\b([A-Z][\w-]*) (?:of|for) (?:the )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)" + _AND_THE + "$"
)
_HEAD_OF_FIELD_REACH: Final = 70  # (a head, `of the`, two fields' words, ` and the `)


def _and_the_start(masked: str, mention: Mention) -> int:
    """`Friends of Rivers and the Environment`, `The Friends of Lands and the Environment
    Trust`: a field's word (`Environment`) after `and the` closes a body's name opened by a
    group's plural or a body's word and `of`/`for`; -> where that name starts, else -1.

    After a body's word (`Ministry of Health and the Environment`) only a lone field closes
    the name: `the Ministry of Health and the Environment Agency` are two bodies. Not `Ann Lee
    of Leeds and the Environment` (no body's head before `of`), nor `Friends of Lee and the
    Arts Council` (`Arts` no field's abstract noun).
    """
    start = mention.start
    if mention.name_start != start or masked[start - len(_AND_THE) : start] != _AND_THE:
        return -1  # (most names: no `and the` right before them)
    words = mention.name.split(" ")
    if mention.kind not in ("single", "org") or not field_word_left(words[0]):
        return -1
    found = _HEAD_OF_FIELD.search(masked, max(0, start - _HEAD_OF_FIELD_REACH), start)
    if found is None or any(usual_sex(w) is not None for w in found.group(2).split(" ")):
        return -1
    head = found.group(1)
    key = word_key(head)
    if len(words) > 1:  # `Environment Trust`: a body's own name after a group's only
        group = key not in ORG_WORDS and key.endswith("s") and key[:-1] not in ORG_WORDS
        return found.start(1) if group and len(key) > 4 else -1
    return found.start(1) if key in ORG_WORDS or _plural_group(head) else -1


def _plural_group(word: str) -> bool:
    """`Friends`, `Neighbours`: a capitalised plural that is no given name opens a group."""
    return (
        len(word) > 4 and word.endswith("s") and not word.endswith("ss") and usual_sex(word) is None
    )


def _inside_person(before: Mention, opened: int) -> bool:
    """`Jones` of `Sarah Jones of Leeds and the Environment Agency`: a head read at `opened`
    that is a person's name's last word is their surname, no group's plural opening a body
    (`Friends of Rivers and the Environment` opens no one's name)."""
    return before.kind == "person" and before.name_start < opened < before.end


def and_the_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies' names holding `and the` made one (see _and_the_start): the mentions read inside
    the name dropped, `Tom Hale of Friends of Rivers and the Environment said` -> Tom Hale and
    one body, not a speaker `Environment`."""
    if _AND_THE not in masked:
        return mentions  # (most paragraphs)
    out: list[Mention] = []
    for mention in mentions:
        opened = _and_the_start(masked, mention) if mention.kind != "pronoun" else -1
        if opened >= 0 and any(_inside_person(before, opened) for before in out):
            opened = -1  # `Sarah Jones of Leeds and the Environment Agency`: a surname's -s
        if opened >= 0:
            while out and out[-1].start >= opened:
                out.pop()
            name = masked[opened : mention.name_start] + mention.name
            mention = mention._replace(
                start=opened, name_start=opened, name=name, kind="org", role=None, gender=None
            )
        out.append(mention)
    return out


def glossed_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
    """`Waka Kotahi (the NZ Transport Agency) said`: a name, then in brackets the body it is
    written as: the name is that body, the gloss's last word its noun (`the agency said` later),
    and the gloss no second speaker."""
    if _GLOSS not in masked:
        return mentions  # (most paragraphs: no gloss, nothing to look at)
    out: list[Mention] = []
    for mention in mentions:
        if out and _gloss_of(masked, out[-1], mention):
            noun = word_key(mention.name.rsplit(None, 1)[-1])
            out[-1] = out[-1]._replace(kind="org", role=noun, gender=None)
            continue
        out.append(mention)
    return out


def _gloss_of(masked: str, before: Mention, mention: Mention) -> bool:
    """`mention` is a body's name bracketed right after `before`'s (`X (the Y Agency)`)."""
    return (
        mention.kind == "org"
        and before.kind != "pronoun"
        and not before.possessive
        and before.end == mention.start - len(_GLOSS) - 1
        and masked.startswith(" " + _GLOSS, before.end)
        and masked.startswith(")", mention.end)
    )


# A diplomatic post's noun: `the Russian Embassy in Oslo` is the post in that city, one body.
_POSTS: Final = ("Embassy", "Consulate", "Consulate General", "High Commission")


def posted_bodies(masked: str, mentions: list[Mention]) -> list[Mention]:
    """`The Russian Embassy in Oslo said`: an embassy's (a consulate's) name, then `in` and the
    city, is one body's name, the city no name of its own before the verb."""
    if "Embassy in " not in masked and "Consulate" not in masked and "Commission in " not in masked:
        return mentions  # (most paragraphs: no post's name goes on with `in`)
    out: list[Mention] = []
    for mention in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == "org"
            and not before.possessive
            and mention.kind == "single"
            and before.name.endswith(_POSTS)
            and before.end + 4 == mention.start
            and masked.startswith(" in ", before.end)
        ):
            name = before.name + " in " + mention.name
            out[-1] = before._replace(end=mention.end, name=name, possessive=mention.possessive)
            continue
        out.append(mention)
    return out


# (`Asked by HT whether ...`: the asker is spoken to as well)
# (a paper's own capital `The` stands between: `told The Tarn Post`)
_TOLD_TO: Final = re.compile(r"\b(?:told|[Aa]sked by) (?:The )?$")
_TOLD_TO_REACH: Final = len("asked by The ")


# `a statement to the Tolmere Post`, `told the Herald`: the words before an outlet spoken to.
_SPOKEN_TO: Final = re.compile(r"\b(?:to|told) (?:the )?$")
# How far before a name _SPOKEN_TO's words reach at the most: ` told the `.
_SPOKEN_TO_REACH: Final = len(" told the ")


def spoken_to(masked: str, start: int) -> bool:
    """`In a statement to the Eromo Tribune, the operator said` -> True at `Eromo`: the name
    is who heard the words, never the body a noun or a spokesperson turns back to."""
    return bool(_SPOKEN_TO.search(masked, max(0, start - _SPOKEN_TO_REACH), start))


def told_to(masked: str, start: int) -> bool:
    """The name at `start` is who was told or asked (`she told RNZ's Morning Report`, `Asked by
    HT whether`): an outlet spoken to, not the body a later `the chain said` or spokesperson
    speaks for."""
    return masked[start - 1 : start] == " " and bool(
        _TOLD_TO.search(masked, max(0, start - _TOLD_TO_REACH), start)
    )
