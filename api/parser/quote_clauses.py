"""Reporting clauses outside quotes (`Pifer said`, `said Jane Doe`, `according to X`), subjects."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from api.parser.quote_cues import cue_spans
from api.parser.quote_people import Mention
from api.parser.quote_spans import MASK, sentence_of
from api.parser.quote_subjects import (
    after_comma,
    after_preposition,
    owned_role,
    owner,
    owner_pronoun,
    reported_subject,
    spoken_for,
    titled_lists,
    unclosed_appositives,
)
from api.parser.quote_words import ADVERBIAL, NAMING_VERBS, PARTICIPLES, REPORTING_VERBS

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_OPENERS = frozenset(
    "and but while as that so because although though when after before since if where whereas "
    "then".split()
)
# Words that show a stretch of text is more than a subject: "the software as the company".
_NOT_IN_SUBJECT = frozenset(
    "as that which who when while because if than to is are was were be has had have will would "
    "could should not".split()
)
_CORPORATE_SUFFIXES = frozenset("inc ltd corp llc plc co gmbh ag sa".split())
_PAIR = re.compile(r"[A-Z][\w'’.-]*\s+and\s+$")
# Adverbs and auxiliaries that may stand between a subject phrase and its verb.
_TRAILING = frozenset(
    "also later then previously once again further recently repeatedly earlier separately "
    "likewise first similarly too still often has have had simply flatly bluntly quickly "
    "quietly publicly privately".split()
)
_BOUNDARY_CHARS = ",;:(—–" + MASK
# How far (in characters) a clause looks back from its verb for its subject, and forward for a
# subject written after it. Subjects, roles and appositives are far shorter; the bound keeps the
# work per verb constant in a paragraph-long sentence, and gives up subjects written further off.
WINDOW = 400
# The main clause's subject is looked for among this many names at the start of a sentence.
FIRST_NAMES = 16


def _tail(text: str, lo: int, hi: int) -> str:
    """text[lo:hi], but at most its last WINDOW characters."""
    return text[max(lo, hi - WINDOW) : hi]


def _after(masked: str, lo: int, hi: int) -> str:
    """masked[lo:hi], but at most its first WINDOW characters."""
    return masked[lo : min(hi, lo + WINDOW)]


def _ends_with_comma(masked: str, pos: int) -> bool:
    """The text before pos ends in a comma, whitespace aside: `..., said Smith`."""
    return _tail(masked, 0, pos).rstrip().endswith(",")


@dataclass(frozen=True, slots=True)
class Clause:
    """A reporting verb with its subject: a mention, or words that name nobody (`the man`)."""

    start: int  # first character of the clause (its subject, or the verb when the subject follows)
    verb_start: int
    verb_end: int
    subject: Mention | None
    phrase: str | None  # the subject's words when they are not a name: "the man", "officials"


def _adverbial(between: str) -> bool:
    """`Pifer also said`, `Roe allegedly told`: only small words between subject and verb."""
    if "," in between:
        return False
    return all(w.lower() in ADVERBIAL or _ly(w) for w in between.split())


def _ly(word: str) -> bool:
    """A lowercase adverb in -ly: `allegedly`, `reportedly`, `angrily`."""
    return len(word) > 4 and word.islower() and word.endswith("ly") and word.isalpha()


def clause_start(masked: str, start: int, sentence_start: int) -> bool:
    """The mention opens a clause: `Similarly, Wendy Sherman, who ..., said`."""
    before = _tail(masked, sentence_start, start).rstrip()
    words = before.rsplit(None, 1)  # only the last words are read: split no further
    if words and words[-1].lower() in ("the", "a", "an"):
        before = before[: -len(words[-1])].rstrip()  # "The Software Workers Guild, ..., said"
        words = before.rsplit(None, 1)
    if not before or before[-1] in _BOUNDARY_CHARS:
        return True
    return words[-1].lower() in _CLAUSE_OPENERS


# A short aside in brackets right after a name: `Rep. Ilhan Omar (D-Minn.) said`.
_BRACKETS = re.compile(r"^\s*\([^()\x00]{1,40}\)")
# A relative clause set off by commas between a subject and its verb: `, which was leaked,`.
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()\x00]*,\s*$")


def _phrase_before(masked: str, verb_start: int, sentence_start: int) -> tuple[int, str] | None:
    """Words from the clause's start to the verb: `the man` in `the man wrote`.

    A relative clause in between is skipped: `The statement, which a paper obtained, claimed`.
    """
    relative = _RELATIVE.search(_tail(masked, sentence_start, verb_start))
    if relative:
        verb_start = verb_start - len(_tail(masked, sentence_start, verb_start)) + relative.start()
    head = _tail(masked, sentence_start, verb_start)
    cut = max(head.rfind(ch) for ch in _BOUNDARY_CHARS)
    if cut < 0 and verb_start - len(head) > sentence_start:
        return None  # the clause starts further back than any subject phrase reaches
    sentence_start = verb_start - len(head)
    words = _WORD.findall(head[cut + 1 :])
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    if not words or len(words) > 8 or any(w.lower() in _NOT_IN_SUBJECT for w in words):
        return None
    begin = sentence_start + cut + 1 + head[cut + 1 :].index(words[0])
    return begin, " ".join(words)


def _mentions_in(
    mentions: Sequence[Mention], starts: Sequence[int], lo: int, hi: int
) -> Sequence[Mention]:
    """Mentions that start in [lo, hi)."""
    return mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]


def subject_before(
    masked: str,
    mentions: Sequence[Mention],
    verb_start: int,
    sentence_start: int,
    starts: Sequence[int] | None = None,
) -> tuple[int, Mention | None, str | None]:
    """The subject written before a verb: a name (with an appositive), a pronoun, or a phrase."""
    starts = [m.start for m in mentions] if starts is None else starts
    lo = max(sentence_start, verb_start - WINDOW)
    near = _mentions_in(mentions, starts, lo, verb_start)
    candidates = [m for m in near if m.end <= verb_start]
    for mention in reversed(candidates):
        if mention.possessive or mention.name.lower().rstrip(".") in _CORPORATE_SUFFIXES:
            continue  # `Acme, Inc., says`: the suffix belongs to the name before it
        if after_preposition(masked, mention.start) and not spoken_for(masked, mention.start):
            # `a spokeswoman for Harbor Walks said`, `officials in Kyiv said`: not the subject
            people = unclosed_appositives(masked, candidates, verb_start)
            person = _opening(masked, people, sentence_start)
            person = person or owner(masked, candidates, mention)
            if person is not None:
                return person.start, person, None
            continue
        if after_comma(masked, mention.start):
            # `Nilesh Shah, MD, Kotak Mahindra AMC said`: a title and a body after the name
            people = titled_lists(masked, candidates, mention)
            person = _opening(masked, people, sentence_start)
            if person is not None:
                return person.start, person, None
        between = masked[mention.end : verb_start]
        if between.lstrip().startswith(")"):
            continue  # `Omar (D-Minn.) said`: a name inside the brackets is not the subject
        between = _BRACKETS.sub("", between, count=1)
        if _adverbial(between):
            head = _tail(masked, sentence_start, mention.start)
            pair = _PAIR.search(head)
            if pair:  # "Smith and Jones said": two speakers, no single name to give
                begin = mention.start - len(head) + pair.start()
                return begin, None, masked[begin : mention.end]
            return mention.start, mention, None
        inner = between.strip()
        enclosed = inner.startswith(",") and inner.endswith(",") and len(inner) > 2
        if enclosed and MASK not in inner and clause_start(masked, mention.start, sentence_start):
            return mention.start, mention, None
        if inner == "," and _ends_with_comma(masked, mention.name_start):
            return mention.start, mention, None  # "Harlow's campaign manager, Tessa Grier, said"
    phrase = _phrase_before(masked, verb_start, sentence_start)
    if phrase:
        return phrase[0], None, phrase[1]
    return verb_start, None, None


def _opening(masked: str, people: Iterable[Mention], sentence_start: int) -> Mention | None:
    """The first of these people whose name opens a clause."""
    return next((p for p in people if clause_start(masked, p.start, sentence_start)), None)


# A work that speaks for its author: "according to a report by the Harbury Council".
_WORK_OF = re.compile(
    r"(?:(?:a|an|the) )?(?:(?:new|recent|latest|joint|annual) )?(?:report|study|statement|letter|"
    r"filing|survey|analysis|review|memo|complaint|lawsuit|ruling|estimates?|poll|data|figures) "
    r"(?:by|from|of) (?:the )?",
    re.IGNORECASE,
)


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
        person = owned_role(masked, mentions, k, mention, verb_end)
        if person is not None:
            return person, None
        between = masked[verb_end : mention.start].split()
        articles = all(w.lower() in ("the", "a", "an") for w in between)
        if mention.kind == "org" and mention.role and between and between[0].lower() == "the":
            articles = all(w.islower() for w in between[1:4]) and len(between) <= 4  # "the folk"
        if (articles or _WORK_OF.fullmatch(" ".join(between) + " ")) and not mention.possessive:
            return mention, None
    rest = re.split(r"[,;:.()—–" + MASK + "]", _after(masked, verb_end, len(masked)), maxsplit=1)[0]
    words = _WORD.findall(rest)[:6]
    return None, (" ".join(words) or None)


def _first_subject(
    masked: str,
    mentions: Sequence[Mention],
    before: int,
    sentence_start: int,
    starts: Sequence[int],
) -> Mention | None:
    """The main clause's subject, for `Ryabkov dashed hopes, saying ...`."""
    k = bisect_left(starts, sentence_start)
    first = [m for m in mentions[k : k + FIRST_NAMES] if m.start < before]
    for i, mention in enumerate(first):
        if not mention.possessive and clause_start(masked, mention.start, sentence_start):
            if i + 1 < len(first) and first[i + 1].start == mention.start:
                return first[i + 1]  # `Acme chief executive Jane Roe:` names Jane Roe
            return mention
    return None


def _coordinated(masked: str, verb_start: int) -> bool:
    """`... and warned that`: a second verb sharing the subject of the first."""
    words = _tail(masked, 0, verb_start).rsplit(None, 1)
    return bool(words) and words[-1].lower() in ("and", "but")


def _names_quote(masked: str, verb_end: int, sentence_end: int) -> bool:
    """`called the ruling “...”`: a short object, then a quote."""
    rest = _after(masked, verb_end, sentence_end)
    head = rest.split(MASK, 1)[0]
    return MASK in rest and len(head.split()) <= 5 and "," not in head


def _inverted(masked: str, verb_start: int, sentence_start: int) -> bool:
    """`“...,” said Jane Doe` or `“always fatal”, says WHO`: the verb right after a quote."""
    before = _tail(masked, sentence_start, verb_start).rstrip(" ,—–")
    return not before or before[-1] == MASK


_COLON_QUOTE = re.compile(r":\s*" + MASK)


def find_clauses(
    masked: str,
    mentions: Sequence[Mention],
    bounds: Sequence[tuple[int, int]],
    cues: Sequence[tuple[int, int, str]] | None = None,
) -> list[Clause]:
    """Every reporting clause of a paragraph whose quotes are masked, in text order.

    `cues` are its cue_spans when the caller found them already (in one scan of the article).
    """
    cues = cue_spans(masked) if cues is None else cues
    if not cues and MASK not in masked:
        return []  # no reporting word and no quote: most lines of a list or a transcript
    clauses = []
    starts = [m.start for m in mentions]
    for start, end, word in cues:
        sentence_start = sentence_of(bounds, start)[0]
        if word in ("according", "According") and masked[end : end + 4] == " to ":
            subject, phrase = _subject_after(masked, mentions, end + 4, starts)
            clauses.append(Clause(start, start, end + 3, subject, phrase))
        elif word in PARTICIPLES:
            subject = _first_subject(masked, mentions, start, sentence_start, starts)
            clauses.append(Clause(start, start, end, subject, None))
        elif word in REPORTING_VERBS:
            if _inverted(masked, start, sentence_start):
                subject, phrase = _subject_after(masked, mentions, end, starts)
                clauses.append(Clause(start, start, end, subject, phrase))
            else:
                begin, subject, phrase = subject_before(
                    masked, mentions, start, sentence_start, starts
                )
                if subject is None and phrase is None and _ends_with_comma(masked, start):
                    subject, phrase = _subject_after(masked, mentions, end, starts)  # ", said X."
                if subject is None and _coordinated(masked, start):
                    # "Ostrowski questioned whether ... and warned that": the first verb's subject
                    k = bisect_left(starts, start)
                    lo = max(bisect_left(starts, sentence_start), k - FIRST_NAMES)
                    subject = reported_subject(masked, mentions, starts, lo, k)
                    subject = subject or _first_subject(
                        masked, mentions, start, sentence_start, starts
                    )
                    begin = subject.start if subject else begin
                    phrase = None if subject else phrase
                clauses.append(Clause(begin, start, end, subject, phrase))
        elif word in NAMING_VERBS:
            # "Dorsey called the ruling “a win ...”": only a named subject makes it speech
            begin, subject, _ = subject_before(masked, mentions, start, sentence_start, starts)
            if subject is not None and _names_quote(masked, end, sentence_of(bounds, start)[1]):
                clauses.append(Clause(begin, start, end, subject, None))
    verbs = [c.verb_start for c in sorted(clauses, key=lambda c: c.verb_start)]
    for match in _COLON_QUOTE.finditer(masked):
        # `Jones was blunt: “...”` names its speaker without a reporting verb
        sentence_start = sentence_of(bounds, match.start())[0]
        k = bisect_left(verbs, match.start())
        if k and verbs[k - 1] >= sentence_start:
            continue  # `Roe said: “...”`: the reporting verb before the colon is the clause
        subject = _first_subject(masked, mentions, match.start(), sentence_start, starts)
        subject = subject or owner_pronoun(masked, sentence_start, match.start())
        if subject:
            clauses.append(Clause(subject.start, match.start(), match.start() + 1, subject, None))
    return sorted(clauses, key=lambda c: c.verb_start)
