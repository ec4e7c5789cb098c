"""Reporting clauses outside quotes (`Pifer said`, `said Jane Doe`, `according to X`), subjects."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from api.parser.quote_cues import cue_spans
from api.parser.quote_documents import (
    DOCUMENT_CUE_VERBS,
    directed_by_document,
    document_cue,
    sender_noun,
    sent_from,
    told_in_document_from,
)
from api.parser.quote_goes_by import goes_by_before, named_after_noun
from api.parser.quote_kin import kin_opening
from api.parser.quote_names import demonym, lower_compound
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_partial import described_object
from api.parser.quote_people import Mention
from api.parser.quote_roles import ORG_HEAD, titled
from api.parser.quote_shapes import dateline_end
from api.parser.quote_spans import MASK, sentence_of
from api.parser.quote_subject_before import (
    WINDOW,
    WORD,
    WORK_OF,
    aside_start,
    clause_start,
    ends_with_comma,
    subject_before,
    tail,
)
from api.parser.quote_subjects import (
    owned_role,
    owner_pronoun,
    portfolio_field,
    reported_subject,
)
from api.parser.quote_words import (
    BLAME_PRAISE_VERBS,
    LABEL_VERBS,
    MESSAGE_NOUNS,
    NAMING_PARTICIPLES,
    NAMING_VERBS,
    PARTICIPLES,
    REPORTING_VERBS,
    bracketed_styles,
    possessed_kin,
)

# The main clause's subject is looked for among this many names at the start of a sentence.
FIRST_NAMES: Final = 16


def _after(masked: str, lo: int, hi: int) -> str:
    """masked[lo:hi], but at most its first WINDOW characters."""
    return masked[lo : min(hi, lo + WINDOW)]


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
# (about 0.2 us a field); one is made per reporting clause, and none is changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Clause:
    """A reporting verb with its subject: a mention, or words that name nobody (`the man`)."""

    start: int  # first character of the clause (its subject, or the verb when the subject follows)
    verb_start: int
    verb_end: int
    subject: Mention | None
    phrase: str | None  # the subject's words when they are not a name: "the man", "officials"

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(
        self,
        start: int,
        verb_start: int,
        verb_end: int,
        subject: Mention | None,
        phrase: str | None,
    ) -> None:
        self.start = start
        self.verb_start = verb_start
        self.verb_end = verb_end
        self.subject = subject
        self.phrase = phrase


# `citing “...”`, `citing a “...”`: the most characters between `citing` and the quote.
_CITED_REACH: Final = 4
# Participles of a court's or an inquiry's verdict: `..., ruling that an officer “failed to”`.
_VERDICTS: Final = frozenset({"ruling", "finding"})


def _verdict_participle(masked: str, start: int, end: int) -> bool:
    """`overturned the order, ruling that the officer “...”`: a verdict's participle after a
    comma and before `that` reports the subject's words (`the ruling that` is a noun's)."""
    return masked.endswith(", ", 0, start) and masked.startswith(" that ", end)


def _subject_after(
    masked: str, mentions: Sequence[Mention], verb_end: int, starts: Sequence[int]
) -> tuple[Mention | None, str | None]:
    """The subject written after a verb: `said Jane Doe`, `says WHO`, `according to the study`."""
    k = bisect_left(starts, verb_end)
    if k < len(mentions) and mentions[k].start - verb_end <= WINDOW:
        mention = mentions[k]
        if k + 1 < len(mentions) and starts[k + 1] == mention.start:
            # `said Acme chief executive Jane Roe`: the name whose role takes in `Acme`
            mention = mentions[k + 1]
        if k + 1 < len(mentions) and portfolio_field(masked, mentions[k], mentions[k + 1]):
            return mentions[k + 1], None  # `said Works and Housing Minister Ann Lee`
        person = owned_role(masked, mentions, k, mention, verb_end)
        if person is not None:
            return person, None
        if mention.kind != "pronoun" and named_after_noun(masked, verb_end, mention.start):
            # `said the farmer, who gave his surname as Chan`: the name the clause gives
            return (mention._replace(kind="person") if mention.kind == "single" else mention), None
        between = masked[verb_end : mention.start].split()
        articles = all(w.lower() in ("the", "a", "an") for w in between)
        if mention.kind == "org" and mention.role and between and between[0].lower() == "the":
            articles = all(w.islower() for w in between[1:4]) and len(between) <= 4  # "the folk"
        articles = articles or possessed_kin(between)  # `said her son Jonas`
        articles = articles or bracketed_styles(between)  # `said Dr. (Mrs) Ada Obi`
        if (articles or WORK_OF.fullmatch(" ".join(between) + " ")) and not mention.possessive:
            return mention, None
    rest = re.split(r"[,;:.()—–" + MASK + "]", _after(masked, verb_end, len(masked)), maxsplit=1)[0]
    words = WORD.findall(rest)[: PHRASE_WORDS + PHRASE_NAME_WORDS]
    return None, (" ".join(_phrase_words(words)) or None)


# A subject phrase after a verb keeps this many words, and up to PHRASE_NAME_WORDS more while
# they finish a capitalised name: `a spokesman for the Rijnmond Safety Region`.
PHRASE_WORDS: Final = 6
PHRASE_NAME_WORDS: Final = 4


def _phrase_words(words: list[str]) -> list[str]:
    """The first PHRASE_WORDS words, and the rest of a name that the cut would split."""
    n = min(PHRASE_WORDS, len(words))
    while n < len(words) and words[n][:1].isupper() and words[n - 1][:1].isupper():
        n += 1
    return words[:n]


def _aside_verb(masked: str, verb: int, colon: re.Match, sentence_start: int) -> bool:
    """`Boateng, asked whether he would vote, was noncommittal: “...”`: the verb sits in an
    aside that a comma closes before the colon's own clause (or in the question a sentence
    opens with: `Asked what he had said, the manager smiled: “...”`)."""
    if "," not in masked[verb : colon.start()]:
        return False
    return (
        masked[verb - 2 : verb] == ", " or _ASKED_OPENING.match(masked, sentence_start) is not None
    )


QUESTION_CHARS = 300  # at most this far from the sentence's start to the question's comma


def _past_question(masked: str, sentence_start: int, before: int) -> int:
    """`Asked whether Santa Luzia would sell, de Albuquerque Neto shrugged:`: the names of the
    question a sentence opens with are not its subject; the main clause opens after its comma."""
    if _ASKED_OPENING.match(masked, sentence_start) is None:
        return sentence_start
    # (the question's comma within QUESTION_CHARS: a long sentence is not read again per colon)
    comma = masked.find(", ", sentence_start, min(before, sentence_start + QUESTION_CHARS))
    return sentence_start if comma < 0 else comma + 2


def asked_opening(masked: str, sentence_start: int) -> bool:
    """`Asked whether he blamed X, the Argentine said:`: the sentence opens with the question
    put to its subject (whose answer follows)."""
    return _ASKED_OPENING.match(masked, sentence_start) is not None


def _in_question(masked: str, sentence_start: int, verb: int) -> bool:
    """`Asked whether Y had said anything after the verdict, he said:`: a verb inside the
    question a sentence opens with (before its comma) reports no one's words."""
    if "Asked " not in masked[sentence_start : sentence_start + 8]:
        return False  # (most sentences: one slice, no pattern)
    if _ASKED_OPENING.match(masked, sentence_start) is None:
        return False
    if ", " in masked[sentence_start:verb]:
        return False  # (the main clause's verb, after the question's comma)
    return masked.find(", ", verb, sentence_start + QUESTION_CHARS) >= 0


def _first_subject(
    masked: str,
    mentions: Sequence[Mention],
    before: int,
    sentence_start: int,
    starts: Sequence[int],
) -> Mention | None:
    """The main clause's subject, for `Ryabkov dashed hopes, saying ...`."""
    if sentence_start == 0 and masked[:1].isupper() and masked[1:2].isupper():
        sentence_start = dateline_end(masked)  # `TORONTO (Reuters) - X rejected ..., saying`
    k = bisect_left(starts, sentence_start)
    first = [m for m in mentions[k : k + FIRST_NAMES] if m.start < before]
    for i, mention in enumerate(first):
        if mention.possessive:
            continue
        if (
            i
            and mention.kind == "person"
            and _owned_opening(masked, first[i - 1], mention, sentence_start)
        ):
            return mention  # `Colombia's Ana Ruiz won ..., calling it “...”`
        after = first[i + 1] if i + 1 < len(first) else None
        if mention.kind == "single" and after is not None and after.kind != "pronoun":
            if _described_kind(masked, mention, after) and _described_opening(
                masked, sentence_start, after.start
            ):
                return after  # `Ticket holder Derek Ash, 61:`: a description's word, no subject
        if clause_start(masked, mention.start, sentence_start):
            if after is not None and after.start == mention.start:
                return after  # `Acme chief executive Jane Roe:` names Jane Roe
            if mention.kind == "org" and _body_modifies(masked, mention.end):
                return None  # `A Federal Court judge has ..., ruling`: the judge, unnamed
            return mention
        if mention.kind == "person" and _described_opening(masked, sentence_start, mention.start):
            return mention  # `Fly-half Derek Ash, 61:`
        if goes_by_before(masked, mention.start):
            # `His co-host, who goes by Kenji, cut in:` (no name before it): a person
            return mention._replace(kind="person") if mention.kind == "single" else mention
    return None


def _owned_opening(masked: str, owner: Mention, mention: Mention, sentence_start: int) -> bool:
    """`Colombia's Ana Ruiz`, `Norvik Racing's Tom Ek` opening the clause: a person's name right
    after a place's or a team's possessive is the subject (the possessive only says whose)."""
    return (
        owner.possessive
        and owner.end + 1 == mention.start
        and clause_start(masked, owner.start, sentence_start)
    )


# `The brokerage raised ...`: a sentence opened by `The` and a body's noun (its subject), the
# noun in group 2, `The brokerage` in group 1.
_BODY_OPENING: Final = re.compile(r"\s*([Tt]he ([a-z]+)) ")


def _body_opening(masked: str, sentence_start: int) -> re.Match[str] | None:
    """`The brokerage raised ...`: the sentence's opening `The` and body noun (ORG_ANAPHORS),
    read by both participle rules; None when the sentence opens otherwise."""
    match = _BODY_OPENING.match(masked, sentence_start)
    return match if match is not None and match.group(2) in ORG_ANAPHORS else None


# `A Federal Court judge has overturned ..., ruling that`: a sentence opened by `a`, a body's
# capitalised name (three words at most) and a person's title.
_TITLED_OPENING: Final = re.compile(r"\s*(An? (?:[A-Z][\w'’-]* ){0,3}([a-z]+)) (?=[a-z])")


# `asked to see`, `urged to stay`: a verb of asking with an infinitive after it reports what
# someone asked for, not words (`asked to the meeting`, `he asked to no one`: no infinitive).
_REQUEST_VERBS: Final = frozenset("asked urged begged".split())
_REQUEST_REACH: Final = 40  # `“...” and had asked`: the quote a few words before the verb
_REQUEST: Final = re.compile(
    r" to (?!the |a |an |his |her|their |its |our |my |him|them|us |me |no|any|every|some)"
    r"[a-z]{2,}\b"
)


def _requested_after_quote(masked: str, sentence_start: int, start: int, end: int) -> bool:
    """`said the King had been “...” and had asked to see the glass`: a verb of asking with an
    infinitive after a quote of its sentence (which another clause reports); a request with no
    quote before it (`The festival said it had asked to see the forms`) is still read."""
    if _REQUEST.match(masked, end) is None:
        return False
    # (the few words before the verb only: a long sentence of requests stays linear)
    return MASK in masked[max(sentence_start, start - _REQUEST_REACH) : start]


def _inside_phrase(subject: Mention, sentence_start: int, clauses: Sequence[Clause]) -> bool:
    """`Analysts at Morrow Hale said ..., noting`: the name a participle's subject search met is
    a word of its sentence's clause before, whose subject was read as a phrase (that phrase is
    the participle's subject, not the word `Analysts`); so is a name in that clause's reported
    words (`The company said it was rerouting loads through Arvik and Tolsey, adding`)."""
    if not clauses:
        return False
    last = clauses[-1]
    if last.subject is not None or last.phrase is None or last.start < sentence_start:
        return False
    if subject.start < last.start:
        # (`Staff were made redundant ‘...’, the letter said, adding that`: a word of the
        # reported words fronted before the phrase's clause)
        return last.start > sentence_start
    return subject.start < last.verb_start or last.verb_end <= subject.start


def _fronted_reporter(
    subject: Mention | None, sentence_start: int, clauses: Sequence[Clause]
) -> Mention | None:
    """`Compensation would be $9, the Ministry of X said in a statement, adding that`: the named
    subject of its sentence's reporting clause before the participle, when the subject search
    met a word before that subject (of the reported words fronted before it), not `X said Y
    would ..., adding` (the first name is the reporter's own)."""
    if subject is None or not clauses:
        return None
    last = clauses[-1]
    if last.verb_start < sentence_start or last.subject is None:
        return None
    return last.subject if subject.start < last.subject.start < last.verb_start else None


def _participle_phrase(masked: str, sentence_start: int, clauses: Sequence[Clause]) -> str | None:
    """The description a participle with no named subject reports for: that of its sentence's
    clause before it (`The 27-year-old said ..., adding that`), else the body's noun opening
    the sentence (`The brokerage raised its target, saying`), or a titled person's description
    (`A Federal Court judge has overturned ..., ruling that`); None when there is none."""
    if clauses and clauses[-1].verb_start >= sentence_start and clauses[-1].subject is None:
        return clauses[-1].phrase
    if masked[sentence_start : sentence_start + 1] not in ("T", "t", " ", "A"):
        return None  # (most sentences: no match to try)
    titled_opening = _TITLED_OPENING.match(masked, sentence_start)
    if titled_opening is not None and titled(titled_opening.group(2)):
        return titled_opening.group(1)
    match = _body_opening(masked, sentence_start)
    if match is None:
        return None
    if not masked[match.end() : match.end() + 1].islower():
        return None  # (`The brokerage raised`: a verb after the noun, no name)
    return "the " + match.group(2)


def _body_modifies(masked: str, end: int) -> bool:
    """`Federal Court judge`: a body's name before a person's lowercase title is that person's
    description, not the subject (`ORG_HEAD` nouns, `Acme union`, stay the body's)."""
    if masked[end : end + 1] != " ":
        return False
    word = masked[end + 1 : end + 24].split(" ", 1)[0]
    return word.islower() and titled(word) and ORG_HEAD.fullmatch(word) is None


def _described_kind(masked: str, mention: Mention, after: Mention) -> bool:
    """The name after a one-word capital a description may open before: a person's (`Ticket
    holder Derek Ash`), or a body's after a nationality (`Canadian grocer Brantwood Inc`) or
    before a body's noun (`Irish lender Corrib Savings Bank`)."""
    if after.kind == "person":
        return True
    if after.kind != "org":
        return False
    if demonym(mention.name):
        return True
    noun = masked[mention.end : after.start].rsplit(None, 1)[-1:]
    return bool(noun) and ORG_HEAD.fullmatch(noun[0]) is not None


def _object_noun(clauses: Sequence[Clause], phrase: str | None, sentence_start: int) -> bool:
    """`X said recalls came too late:`, `X said the case showed that recalls ...`: a reporting
    verb's word with no subject of its own (no name, and no phrase but one holding the verb
    before it), after a clause of its sentence, is a noun in that clause's words."""
    if not clauses or clauses[-1].verb_start < sentence_start:
        return False
    return phrase is None or not REPORTING_VERBS.isdisjoint(phrase.split())


# A description of no more than four words that opens a sentence before a name: a capitalised
# word and lower-case ones (`Ticket holder`, `Season-ticket holder`, `Longtime customer`).
_DESCRIPTION: Final = re.compile(r"\s*([A-Z][\w’'-]*)((?:\s+[a-z][\w’'-]*){0,3})\s+")
DESCRIPTION_CHARS: Final = 60
# First words that open a clause or a phrase of place or time, not a description of someone.
_NOT_DESCRIBING: Final = frozenset(
    "in on at after before when while for with by from to as if since during then but and so "
    "because although though once".split()
)


def _described_opening(masked: str, sentence_start: int, name_start: int) -> bool:
    """Only a short lower-case description of a person opens the sentence before the name."""
    if name_start - sentence_start > DESCRIPTION_CHARS:
        return False  # (no match is tried over a long opening: four words are far shorter)
    match = _DESCRIPTION.fullmatch(masked, sentence_start, name_start)
    if match is None:
        return False
    words = match.group(2).split()
    if not words and not lower_compound(match.group(1)):
        return False  # one capitalised word alone is a name's or a clause's (`Fly-half` is not)
    return match.group(1).lower() not in _NOT_DESCRIBING and not any(
        w in _NOT_DESCRIBING or w in ("the", "a", "an", "is", "was", "are", "were") for w in words
    )


# `quoted the council leader, X, as saying`, `cited X as saying`: the participle reports the
# words of the verb's object, not of its subject (`Your report quoted ...`); a passive's agent
# or a place (`was quoted by the agency X as saying`, `quoted in the Herald as`) is not it.
_QUOTED_AS: Final = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\b(?!\s+(?:by|in|on|at|from)\b)"
    r"(?P<who>[^.;:!?" + MASK + r"]{1,120}?)"
    r",?\s+as\s+$"
)


def _quoted_as(
    masked: str, mentions: Sequence[Mention], participle: int, starts: Sequence[int]
) -> Mention | None:
    """The object of `quoted X as saying`: the last name between the verb and `as`."""
    if masked[participle - 3 : participle] != "as ":
        return None  # (nearly every participle: no look back)
    match = _QUOTED_AS.search(masked, max(0, participle - 160), participle)
    if match is None:
        return None
    lo, hi = match.span("who")
    inside = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
    named = [m for m in inside if m.kind != "pronoun" and not m.possessive]
    return named[-1] if named else None


# `with the union warning`, `with Acme saying`: `with`, then the participle's own subject of up
# to four words (an article or owner first, or none), right before it.
_WITH_SUBJECT: Final = re.compile(
    r"\bwith ((?:(?:the|a|an|its|their|his|her) )?[\w’'-]+(?: [\w’'-]+){0,3}) $"
)

_WITH_DETERMINERS: Final = frozenset("the a an its their his her".split())


def _with_subject(
    masked: str, mentions: Sequence[Mention], verb: tuple[int, int], starts: Sequence[int]
) -> Clause | None:
    """`..., with the union warning further strikes were “on the table”`: a participle after
    `with` and its own subject speaks for that subject (a name, or words naming a body), not
    for the sentence's (`Sydney commuters face ...`)."""
    start, end = verb
    if masked.rfind("with ", max(0, start - 40), start) < 0:
        return None  # (nearly every participle: no `with` just before it)
    match = _WITH_SUBJECT.search(masked, max(0, start - 40), start)
    if match is None or "," in match.group(1) or match.group(1) in _WITH_DETERMINERS:
        return None  # (`closed the session with a warning`: a noun, not a participle)
    lo = match.start(1)
    inside = mentions[bisect_left(starts, lo) : bisect_left(starts, start)]
    named = [m for m in inside if m.kind != "pronoun" and not m.possessive]
    if named:
        return Clause(lo, start, end, named[-1], None)
    return Clause(lo, start, end, None, match.group(1))


# A comma and a conjunction before a second verb of one subject: `said ..., but warned`.
_COMMA_CONJUNCTION: Final = (", but ", ", and ")
_CONJUNCTION_CHARS: Final = max(map(len, _COMMA_CONJUNCTION))  # (the longest: `, but `)


def _shared_subject(
    masked: str, start: int, sentence_start: int, clauses: list[Clause]
) -> Clause | None:
    """`The company said that X had power, but warned that`: the clause of the sentence's
    first reporting verb, when this verb follows `, but`/`, and` with no subject of its own
    (its subject is that verb's, not a name in what that verb reported); else None."""
    if not masked.endswith(_COMMA_CONJUNCTION, max(0, start - _CONJUNCTION_CHARS), start):
        return None
    first = None
    for clause in reversed(clauses):  # (the sentence's clauses only: the latest come last)
        if clause.verb_start < sentence_start:
            break
        first = clause
    if first is None or (first.subject is None and first.phrase is None):
        return None
    return first


def _coordinated(masked: str, verb_start: int) -> bool:
    """`... and warned that`: a second verb sharing the subject of the first."""
    words = tail(masked, 0, verb_start).rsplit(None, 1)
    return bool(words) and words[-1].lower() in ("and", "but")


def _names_quote(masked: str, verb_end: int, sentence_end: int, word: str = "") -> bool:
    """`called the ruling “...”`: a short object, then a quote (`described the blasts as
    shaking the windows “...”`: a longer one, through `as`)."""
    rest = _after(masked, verb_end, sentence_end)
    head = rest.split(MASK, 1)[0]
    if MASK not in rest or "," in head:
        return False
    return len(head.split()) <= 5 or described_object(word, head)


# The first words of a description of one speaker: `the union's regional director`, `its chair`.
_DESCRIPTION_OPENERS: Final = frozenset("the a an its his her their".split())


# `a final the German called`, `in what the cathedral's dean called`, `a decision the company
# described as`, `a shortage one pharmacist described as`: a noun (or `what`), then a
# description of one speaker right before the naming verb; the description names the speaker,
# not the sentence's nearest name.
_EMBEDDED_DESCRIPTION: Final = re.compile(
    r"(?:\b[a-z]{3,} )(?P<who>(?:the|its|one) (?:[a-z]+(?:['’]s)? |[A-Z][a-z]+(?:['’]s)? ){0,2}"
    r"[A-Za-z][a-z]+) $"
)


def _described(phrase: str) -> bool:
    """`The union's regional director`, `its chair`: a phrase for one speaker by a role, not a
    bare plural (`Officials praised the “heroic” effort`: their label, no one's words)."""
    first, _, rest = phrase.partition(" ")
    return bool(rest) and first.lower() in _DESCRIPTION_OPENERS


def _described_as(masked: str, verb_end: int) -> bool:
    """`described the gap as “...”`: the object, then `as` right before the quote."""
    head = _after(masked, verb_end, len(masked)).split(MASK, 1)[0].rstrip()
    return head.endswith(" as")


def _names_a_term(masked: str, verb_end: int) -> bool:
    """`termed the role as “...”`, `termed the conditions a “...”`: `as` or an article right
    before the quote makes it the name of a thing."""
    head = _after(masked, verb_end, len(masked)).split(MASK, 1)[0].split()
    return bool(head) and head[-1].lower() in _TERM_LEADS


def _inverted(masked: str, verb_start: int, sentence_start: int) -> bool:
    """`“...,” said Jane Doe` or `“always fatal”, says WHO`: the verb right after a quote."""
    before = tail(masked, sentence_start, verb_start).rstrip(" ,—–")
    if before in ("So", "Thus"):
        return True  # `“...” So says Mara Quint`: the adverb turns the subject round
    return not before or before[-1] == MASK


def _reported_pronoun(masked: str, subject: Mention | None) -> bool:
    """`, said he had heard a bang`: a pronoun followed by a lowercase word opens what was said
    (`, said he.` turns the subject round; `said he had` does not)."""
    if subject is None or subject.kind != "pronoun":
        return False
    after = masked[subject.end : subject.end + 2]
    return len(after) == 2 and after[0] == " " and after[1].islower()


# Words right before a quote that make a label's verb name a thing: `termed it a “...”`.
_TERM_LEADS: Final = frozenset("as a an the".split())
_COLON_QUOTE: Final = re.compile(r":\s*" + MASK)
# `the chief executive was candid` right before a colon: `the` and one or two lowercase words as
# the subject of `was`/`is` and one word (no name in the sentence to speak instead); the first
# may own the second (`The union’s statement ended:`).
# `Asked what she had told them, ...`: a sentence opening with the question put to its subject.
_ASKED_OPENING: Final = re.compile(r"\s*Asked (?:what|whether|if|why|how|about|who|when|where)\b")
_DESCRIBED_MOOD: Final = re.compile(
    r"(?:^|(?<=[,.] ))(?P<who>[Tt]he [a-z-]+(?:['’]s)?(?: [a-z-]+)?) "
    r"(?:(?:was|is) [a-z]+|[a-z]{2,}ed)$"
)
_VERB_START: Final = attrgetter("verb_start")
# `'s verdict`, `’s final answer`: an owner's ending, one modifier at most, a noun for what
# someone said, right before a colon.
_OWNED_MESSAGE: Final = re.compile(
    r"['’]s (?:[a-z]+ )?(?:" + "|".join(sorted(MESSAGE_NOUNS)) + r")\s*$"
)


def _message_owner(
    masked: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    sentence_start: int,
    colon: re.Match[str],
) -> Mention | None:
    """`Lee's verdict: “...”`, `The mayor's reply, Ann Lee's answer:` -> the owner of a noun for
    what someone said, opening the sentence right before the colon, said the quote (`Lee's
    garden:`, no such noun, names no speaker)."""
    k = bisect_left(starts, sentence_start)
    owner = mentions[k] if k < len(mentions) else None
    if owner is None or not owner.possessive or owner.start >= colon.start():
        return None
    if masked[sentence_start : owner.start].strip():
        return None  # (the owner opens the sentence: `In Lee's view:` is an aside's)
    if _OWNED_MESSAGE.match(masked, owner.end - 2, colon.start()) is None:
        return None
    return owner._replace(possessive=False)


# `“...,” as the economist Sir Nigel Abernethy put it`: `put it` reports after `as` and a subject.
_AS_PUT: Final = re.compile(r"\b[Aa]s (?P<who>[^,.;:!?" + MASK + r"]{1,80}?) (?P<verb>puts?) it\b")


def _as_put_clauses(
    masked: str, mentions: Sequence[Mention], starts: Sequence[int]
) -> list[Clause]:
    """`as X put it` clauses: X is the last name between `as` and `put` (after a role), or the
    words there when they name nobody (`as one official put it`)."""
    clauses = []
    for match in _AS_PUT.finditer(masked):
        lo, hi = match.span("who")
        inside = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
        named = [m for m in inside if m.kind != "pronoun" and not m.possessive]
        pronouns = [m for m in inside if m.kind == "pronoun"]
        subject = named[-1] if named else (pronouns[0] if pronouns else None)
        phrase = None if subject else " ".join(masked[lo:hi].split()[:6])
        verb_start, verb_end = match.span("verb")
        clauses.append(Clause(match.start(), verb_start, verb_end, subject, phrase))
    return clauses


def find_clauses(
    masked: str,
    mentions: Sequence[Mention],
    bounds: Sequence[tuple[int, int]],
    cues: Sequence[tuple[int, int, str]] | None = None,
    starts: Sequence[int] | None = None,
) -> list[Clause]:
    """Every reporting clause of a paragraph whose quotes are masked, in text order.

    `cues` are its cue_spans when the caller found them already (in one scan of the article),
    `starts` the mentions' starts when it has them (the Paragraph's mention_starts).
    """
    cues = cue_spans(masked) if cues is None else cues
    if not cues and MASK not in masked:
        return []  # no reporting word and no quote: most lines of a list or a transcript
    clauses: list[Clause] = []
    starts = [m.start for m in mentions] if starts is None else starts
    # (each cue's sentence, sentence_of's answer, in one walk of the bounds: cues are in text
    # order; a search per cue costs more than a step or two of the walk)
    at, last = 0, len(bounds) - 1
    for start, end, word in cues:
        while at < last and bounds[at + 1][0] <= start:
            at += 1
        sentence = bounds[at] if bounds[at][0] <= start < bounds[at][1] else bounds[-1]
        sentence_start = sentence[0]
        if word in ("according", "According") and masked[end : end + 4] == " to ":
            subject, phrase = _subject_after(masked, mentions, end + 4, starts)
            clauses.append(Clause(start, start, end + 3, subject, phrase))
        elif word in PARTICIPLES:
            if word == "citing" and MASK not in masked[end : end + _CITED_REACH]:
                continue  # `citing weak demand`: a reason, no one's words (`citing “...”` are)
            if word in _VERDICTS and not _verdict_participle(masked, start, end):
                continue  # `the ruling said`, `its findings`: a noun, not a judge's participle
            with_clause = _with_subject(masked, mentions, (start, end), starts)
            if with_clause is not None:
                clauses.append(with_clause)
                continue
            subject = (
                _sender_before(masked, mentions, start, starts)
                or _quoted_as(masked, mentions, start, starts)
                or _first_subject(masked, mentions, start, sentence_start, starts)
            )
            if subject is not None and _inside_phrase(subject, sentence_start, clauses):
                subject = None  # (the main clause's subject is its phrase: the participle's too)
            subject = _fronted_reporter(subject, sentence_start, clauses) or subject
            phrase = None if subject else _participle_phrase(masked, sentence_start, clauses)
            clauses.append(Clause(start, start, end, subject, phrase))
        elif word in REPORTING_VERBS:
            if word in _REQUEST_VERBS and _requested_after_quote(
                masked, sentence_start, start, end
            ):
                continue  # `“...” and had asked to see the glass`: a request, no words reported
            if word.endswith("ed") and _attributive(masked, start, end):
                continue  # `by the repeated outages`: an adjective, no one's verb
            clause = _verb_clause(masked, mentions, starts, (start, end), sentence_start, clauses)
            if clause is not None:
                clauses.append(clause)
        elif word in DOCUMENT_CUE_VERBS:
            if not document_cue(masked, start):
                continue  # `the United States`, `Acme Records`: no document's verb
            clause = _verb_clause(masked, mentions, starts, (start, end), sentence_start, clauses)
            if clause is not None:
                clauses.append(clause)
        elif word in NAMING_VERBS:
            clause = _naming_clause(masked, mentions, starts, (start, end, word), sentence)
            if clause is not None:
                clauses.append(clause)
        elif word in NAMING_PARTICIPLES:
            if clauses and clauses[-1].verb_start >= sentence_start:
                continue  # `X said ..., calling it “...”`: the clause before is the quote's
            clause = _naming_participle(masked, mentions, starts, (start, end, word), sentence)
            if clause is not None:
                clauses.append(clause)
    if MASK not in masked:  # (no quote: no `as X put it` and no `X: “...”` either)
        return sorted(clauses, key=_VERB_START) if len(clauses) > 1 else clauses
    if " put" in masked:
        clauses += _as_put_clauses(masked, mentions, starts)
    if " by " in masked:
        clauses += _directed_clauses(masked, mentions, starts)
    # (sorted once here: the colon clauses added after come after every clause of their verb's
    # place, as they did when the whole list was sorted at the end only; sorts are stable)
    clauses.sort(key=_VERB_START)
    # (no colon, no `X: “...”`: most quoting paragraphs spared the pattern's scan)
    colon = (
        _colon_clauses(masked, mentions, starts, bounds, list(map(_VERB_START, clauses)))
        if ":" in masked
        else []
    )
    return sorted(clauses + colon, key=_VERB_START) if colon else clauses


# Words after which a participle is an adjective of the noun that follows: `the stated aim`.
_DETERMINERS: Final = frozenset("the a an its their his our my your this these those".split())
# (the longest, `these`, with the spaces around it)
_DETERMINER_REACH: Final = max(map(len, _DETERMINERS)) + len("  ")


def _directed_clauses(
    masked: str, mentions: Sequence[Mention], starts: Sequence[int]
) -> list[Clause]:
    """`A circular issued by the X's revenue wing ... directed field offices to clear “...”`:
    a clause of the issuer (a body's name right after `by`, its owner when possessive: the
    body whose wing it is, or a person who signed it) at the verb (see directed_by_document)."""
    found: list[Clause] = []
    for issuer_start, verb_start, verb_end in directed_by_document(masked):
        k = bisect_left(starts, issuer_start)
        issuer = mentions[k] if k < len(mentions) else None
        if issuer is None or issuer.start != issuer_start or issuer.kind == "pronoun":
            continue
        found.append(Clause(issuer_start, verb_start, verb_end, issuer, None))
    return found


def _sender_before(
    masked: str, mentions: Sequence[Mention], start: int, starts: Sequence[int]
) -> Mention | None:
    """`Residents received letters from the X Association warning that lawns must be kept
    “...”` -> the association: a body named right before the participle (at `start`) as the
    sender of a document (see sent_from) gives the document's words, not the sentence's
    subject; None otherwise (`Residents of the X Estate, warning that`)."""
    k = bisect_left(starts, start) - 1
    if k < 0:
        return None
    sender = mentions[k]
    if sender.kind != "org" or masked[sender.end : start] != " ":
        return None
    return sender if sent_from(masked, sender.start) else None


def _attributive(masked: str, start: int, end: int) -> bool:
    """`concerned by the repeated outages`, `its stated aim`: a participle right after an
    article or a possessive and before a lower-case word is an adjective (a subject stands
    between them and a verb: `the mayor said`; `“...,” the said.` is a slip for one)."""
    if masked[end : end + 1] != " " or not masked[end + 1 : end + 2].islower():
        return False
    words = masked[max(0, start - _DETERMINER_REACH) : start].split()
    return masked[start - 1 : start] == " " and bool(words) and words[-1] in _DETERMINERS


def _verb_clause(
    masked: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    verb: tuple[int, int],
    sentence_start: int,
    clauses: list[Clause],
) -> Clause | None:
    """A reporting verb's clause: its subject after it when inverted (`said Roe`), else before
    it (`Roe said`), after a comma (`, said X.`) or the first verb's (`X questioned ... and
    warned`); none for a description that is the object of an earlier clause."""
    start, end = verb
    if _in_question(masked, sentence_start, start):
        return None  # `Asked whether Y had said anything, he said:`: Y's verb is the question's
    sender = told_in_document_from(masked, start, end)
    if sender is not None:
        # (`X was told in a letter from Y Ltd that ...`: Y's words, X only heard them)
        k = bisect_left(starts, sender)
        if k < len(mentions) and starts[k] == sender and mentions[k].kind != "pronoun":
            return Clause(start, start, end, mentions[k], None)
        noun = sender_noun(masked, sender)
        if noun is not None and noun in ORG_ANAPHORS:
            # (`X was told in an email from the company that ...`: the body that noun calls)
            return Clause(start, start, end, None, "the " + noun)
    if _inverted(masked, start, sentence_start):
        subject, phrase = _subject_after(masked, mentions, end, starts)
        return Clause(start, start, end, subject, phrase)
    begin, subject, phrase = subject_before(masked, mentions, start, sentence_start, starts)
    shared = _shared_subject(masked, start, sentence_start, clauses)
    if shared is not None and (subject is None or subject.start > shared.verb_end):
        # `The company said that ... Arden Hospital ..., but warned that`: the first verb's
        # subject, not a name inside what it reported
        return Clause(shared.start, start, end, shared.subject, shared.phrase)
    aside = aside_start(masked, start) if subject is None and phrase is None else None
    if aside is not None:
        # `The centre, meanwhile, said the X gauge had ...`: the subject before the aside
        begin, subject, phrase = subject_before(masked, mentions, aside, sentence_start, starts)
    if subject is None and phrase is None and ends_with_comma(masked, start):
        subject, phrase = _subject_after(masked, mentions, end, starts)  # ", said X."
        if _reported_pronoun(masked, subject):
            # `The first witness, driver X, said he had heard`: the sentence's subject
            subject = _first_subject(masked, mentions, start, sentence_start, starts)
    if subject is None and _coordinated(masked, start):
        # "Ostrowski questioned whether ... and warned that": the first verb's subject
        k = bisect_left(starts, start)
        lo = max(bisect_left(starts, sentence_start), k - FIRST_NAMES)
        subject = reported_subject(masked, mentions, starts, lo, k)
        subject = subject or _first_subject(masked, mentions, start, sentence_start, starts)
        begin = subject.start if subject else begin
        phrase = None if subject else phrase
    if subject is None and _object_noun(clauses, phrase, sentence_start):
        return None
    return Clause(begin, start, end, subject, phrase)


def _naming_clause(
    masked: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    verb: tuple[int, int, str],
    sentence: tuple[int, int],
) -> Clause | None:
    """`Dorsey called the ruling “a win ...”`: a naming verb is speech when a named subject says
    it, or words naming nobody before `as` (`one of them described the gap as “...”`), not a
    term (`officials called the conditions a “flash drought”`)."""
    start, end, word = verb
    # (the object is read first: a term, or no quote after it, needs no subject)
    if word in LABEL_VERBS and _names_a_term(masked, end):
        return None  # "termed the conditions a “flash drought”": a term, not words
    if not _names_quote(masked, end, sentence[1], word):
        return None
    embedded = _EMBEDDED_DESCRIPTION.search(masked, max(sentence[0], start - 60), start)
    if embedded is not None:
        # `in a final the German called “...”`: the description, not the name before it
        return Clause(embedded.start("who"), start, end, None, embedded.group("who"))
    begin, subject, phrase = subject_before(masked, mentions, start, sentence[0], starts)
    spoken = subject is not None or (phrase and _described_as(masked, end))
    # (`the union's regional director accused managers of “...”`: a description blames)
    spoken = spoken or (phrase and word in BLAME_PRAISE_VERBS and _described(phrase))
    spoken = spoken or (phrase and _body_names(masked, sentence[0], (start, end)))
    near_start = start - sentence[0] <= _UNNAMED_REACH
    if not spoken and subject is None and near_start and not _names_a_term(masked, end):
        one = _UNNAMED_ONE.match(masked, sentence[0], start)
        if one is not None:
            # `A grandmother who ..., called the vote “a done deal”`: an unnamed person's words
            return Clause(one.start("who"), start, end, None, one.group("who"))
    return Clause(begin, start, end, subject, phrase) if spoken else None


# `A grandmother who drives ..., and who did not give her name, called`: a sentence opening
# with one unnamed person (an indefinite article or `One`, up to three words), relative
# clauses about them at most, then the naming verb.
# (a bounded look-back: a person and two relative clauses, not a whole run-on sentence)
_UNNAMED_REACH: Final = 200
_UNNAMED_ONE: Final = re.compile(
    r"\s*(?P<who>(?:An?|One) (?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)"
    r"(?:,? who [^" + MASK + r";:]*)?\s*$"
)


def unnamed_naming(masked: str, clause: Clause, word: str) -> bool:
    """`A neighbour called the plan “...”`: a naming clause that only the unnamed person's rule
    of _naming_clause makes (not a blame's or a description's `as`), whose one quoted word the
    filter reads as a scare quote rather than their words."""
    phrase = clause.phrase
    return (
        clause.subject is None
        and phrase is not None
        and word in NAMING_VERBS
        and word not in BLAME_PRAISE_VERBS
        and _UNNAMED_ONE.match(phrase) is not None
        and not _described_as(masked, clause.verb_end)
    )


def _body_names(masked: str, sentence_start: int, verb: tuple[int, int]) -> bool:
    """`The company called the package “...”`: `The` and a body's noun (ORG_ANAPHORS) opening
    the sentence right before the naming verb say the body's words (`Officials called ...`, no
    body's noun, and `called the storm a “...”`, a term: not read)."""
    start, end = verb
    opening = _body_opening(masked, sentence_start)
    return opening is not None and opening.end() == start and not _names_a_term(masked, end)


# `calling the company “...”`, `accusing Acme of`: the participle's object opens with a
# determiner, a pronoun or a capital (`calling for`, `calling into question` name no one's words).
_NAMED_OBJECT: Final = re.compile(r" (?:the|a|an|it|him|her|them|his|its|their|this|that|[A-Z])")
# The subjects a naming participle reports: a person's or a body's name (`Prices rose, ...` no).
_SPEAKING_KINDS: Final = frozenset({"person", "org"})


def _naming_participle(
    masked: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    verb: tuple[int, int, str],
    sentence: tuple[int, int],
) -> Clause | None:
    """`The brokerage raised its target, calling the company “...”`: a naming participle after
    a comma, a quote a short object on, gives the words of the sentence's subject (a name, or
    `The` and a body's noun opening it); None otherwise."""
    start, end, word = verb
    if not masked.endswith(", ", 0, start) or not _names_quote(masked, end, sentence[1], word):
        return None
    if not _NAMED_OBJECT.match(masked, end):
        return None  # `, calling into question the “...” view`: no one's words named
    subject = _first_subject(masked, mentions, start, sentence[0], starts)
    if subject is None or subject.kind not in _SPEAKING_KINDS:
        subject = _modified_body(masked, mentions, start, sentence[0], starts)
    if subject is not None:
        return Clause(start, start, end, subject, None)
    opening = _body_opening(masked, sentence[0])
    if opening is None:
        return None
    return Clause(start, start, end, None, opening.group(1))


# `The opposition `, `Nukuvai's ruling `: `The` or a capital's possessive, one lowercase word.
_MODIFIED_OPENING: Final = re.compile(r"\s*(?:[Tt]he|[A-Z][\w-]*['’]s) [a-z]+ ")


def _modified_body(
    masked: str,
    mentions: Sequence[Mention],
    before: int,
    sentence_start: int,
    starts: Sequence[int],
) -> Mention | None:
    """`Vailu's opposition Reform Party on Monday rejected ...`: a body's name opening the
    sentence after `The` or a place's possessive and one lowercase word (its subject)."""
    if sentence_start == 0 and masked[:1].isupper() and masked[1:2].isupper():
        sentence_start = dateline_end(masked)  # `PORT X, Vailu (AFP) - Vailu's opposition`
    k = bisect_left(starts, sentence_start)
    for mention in mentions[k : k + 3]:
        if mention.start >= before:
            break
        opening = _MODIFIED_OPENING.match(masked, sentence_start, mention.start)
        if mention.kind == "org" and opening is not None and opening.end() == mention.start:
            return mention
    return None


def _colon_clauses(
    masked: str,
    mentions: Sequence[Mention],
    starts: Sequence[int],
    bounds: Sequence[tuple[int, int]],
    verbs: list[int],
) -> list[Clause]:
    """`Jones was blunt: “...”`: a colon before a quote names its speaker without a reporting
    verb (a subject, an owner's pronoun, a relation or a description), unless a reporting verb
    of its sentence comes before it (`Roe said: “...”`)."""
    clauses = []
    for match in _COLON_QUOTE.finditer(masked):
        sentence_start = sentence_of(bounds, match.start())[0]
        k = bisect_left(verbs, match.start())
        if (
            k
            and verbs[k - 1] >= sentence_start
            and not _aside_verb(masked, verbs[k - 1], match, sentence_start)
        ):
            continue  # `Roe said: “...”`: the reporting verb before the colon is the clause
        opening = _past_question(masked, sentence_start, match.start())
        subject = _first_subject(masked, mentions, match.start(), opening, starts)
        subject = subject or owner_pronoun(masked, sentence_start, match.start())
        subject = subject or _message_owner(masked, mentions, starts, sentence_start, match)
        if subject:
            clauses.append(Clause(subject.start, match.start(), match.start() + 1, subject, None))
        elif kin := kin_opening(masked, sentence_start, match.start()):
            # `Her husband shook his head: “...”`: the relation is the speaker
            phrase = kin.group("phrase")
            clauses.append(Clause(kin.start(), match.start(), match.start() + 1, None, phrase))
        elif described := _DESCRIBED_MOOD.search(masked, sentence_start, match.start()):
            # `the chief executive was candid: “...”`: the description is the speaker
            begin, phrase = described.start("who"), described.group("who")
            clauses.append(Clause(begin, match.start(), match.start() + 1, None, phrase))
    return clauses
