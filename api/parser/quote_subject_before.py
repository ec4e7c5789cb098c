"""The subject written before a reporting verb (`Pifer said`, `the man wrote`), and clause openings.

A name with its appositive, a pronoun, or words that name nobody; `clause_start` tells whether a
mention opens a clause (`Similarly, Wendy Sherman, who ..., said`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Final

from api.parser.quote_body_subjects import (
    apposed_branch,
    branch_of_body,
    lowercase_owner_start,
    organ_after,
)
from api.parser.quote_documents import WORK_NOUNS, document_aside, document_from, sent_document
from api.parser.quote_goes_by import goes_by_before
from api.parser.quote_names import companion_word, lower_compound
from api.parser.quote_people import Mention, inside_role
from api.parser.quote_roles import AGENT_ENDINGS, titled
from api.parser.quote_spans import MASK
from api.parser.quote_subjects import (
    after_comma,
    after_preposition,
    owner,
    placed_object,
    spoken_for,
    titled_lists,
    unclosed_appositives,
)
from api.parser.quote_tokens import last_mark, word_key
from api.parser.quote_words import (
    ADVERBIAL,
    FAMILY_WORDS,
    FORMER_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    PARTICIPLES,
    REPORTING_VERBS,
)

WORD: Final = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_OPENERS: Final = frozenset(
    "and but while as that so because although though when after before since if where whereas "
    "then".split()
)
# Adverbs of time that open a sentence without a comma before its subject: `Afterwards she was
# hoarse:`, `Later Jones said` (the sentence's first word only: mid-sentence, `she later told
# Jones` makes Jones an object).
_OPENING_ADVERBS: Final = frozenset(
    "afterwards afterward later finally meanwhile eventually now today yesterday tonight "
    "instead".split()
)
# Words that show a stretch of text is more than a subject: "the software as the company".
_NOT_IN_SUBJECT: Final = frozenset(
    "as that which who when while because if than to is are was were be has had have will would "
    "could should not".split()
)
_CORPORATE_SUFFIXES: Final = frozenset("inc ltd corp llc plc co gmbh ag sa".split())
_PAIR: Final = re.compile(r"[A-Z][\w'’.-]*\s+and\s+$")
# Adverbs and auxiliaries that may stand between a subject phrase and its verb.
_TRAILING: Final = frozenset(
    "also later then previously once again further recently repeatedly earlier separately "
    "likewise first similarly too still often has have had simply flatly bluntly quickly "
    "quietly publicly privately".split()
)
_BOUNDARY_CHARS: Final = ",;:(—–" + MASK
# How far (in characters) a clause looks back from its verb for its subject, and forward for a
# subject written after it. Subjects, roles and appositives are far shorter; the bound keeps the
# work per verb constant in a paragraph-long sentence, and gives up subjects written further off.
WINDOW: Final = 400


def tail(text: str, lo: int, hi: int) -> str:
    """text[lo:hi], but at most its last WINDOW characters."""
    start = hi - WINDOW  # (a comparison, not max(): this runs several times per clause)
    return text[lo if lo > start else start : hi]


def ends_with_comma(masked: str, pos: int) -> bool:
    """The text before pos ends in a comma, whitespace aside: `..., said Smith`."""
    return tail(masked, 0, pos).rstrip().endswith(",")


# A sentence adverb or short phrase set off by commas between a subject and its verb.
_ADVERB_ASIDE: Final = re.compile(
    r", (?:meanwhile|however|though|too|also|instead|likewise|similarly|separately|meantime"
    r"|nonetheless|nevertheless|in turn|in response|in reply|in contrast|in a statement"
    r"|for (?:its|his|her|their|our) part), $"
)
_ASIDE_CHARS: Final = 24  # the longest aside above, its commas counted


def aside_start(masked: str, pos: int) -> int | None:
    """`The centre, meanwhile, said the X gauge had been replaced` -> where `, meanwhile,`
    starts: a sentence adverb between commas before the verb at pos, so that the subject is
    read before it (`The centre`), not after the verb as in `..., said X.`; None otherwise."""
    found = _ADVERB_ASIDE.search(masked, max(0, pos - _ASIDE_CHARS), pos)
    return None if found is None else found.start()


_HONORIFIC_WORDS: Final = 3  # the honorifics read back before a name at most (`Prof. Dr`)
# The longest a style of address is written, its stop and a mark about it counted.
_HONORIFIC_CHARS: Final = max(map(len, HONORIFICS)) + 2


def honorifics_start(masked: str, name_start: int) -> int:
    """`its secretary, Prof. Dr Ada Obi`, `its secretary, Dr (Mrs) Ada Obi` -> where `Prof.`,
    `Dr` start, read at `Ada`: the honorifics right before a name are read back over (the name's
    start itself when none)."""
    start = name_start
    for _ in range(_HONORIFIC_WORDS):
        # (the space before the longest style: `Comrade`, `Shrimati` are read back whole)
        space = masked.rfind(" ", max(0, start - _HONORIFIC_CHARS - 1), start - 1)
        if start - space - 2 > _HONORIFIC_CHARS:
            break  # (no space in reach: a word too long for a style, not read whole back)
        # (a second style in brackets after the first: `Dr (Mrs) Ada Obi`)
        word = masked[space + 1 : start - 1].removeprefix("(").removesuffix(")")
        if start < 2 or masked[start - 1] != " " or word_key(word) not in HONORIFICS:
            break
        start = space + 1
    return start


def _adverbial(between: str) -> bool:
    """`Pifer also said`, `Roe allegedly told`: only small words between subject and verb."""
    if "," in between:
        return False
    first = between.split(None, 1)
    if not first:
        return True  # (most subjects: a space, and no word, before the verb)
    # (the first word mostly settles it: a name further back has a clause, up to WINDOW
    # characters of it, before the verb; those words are split only when it is an adverb)
    if not (first[0].lower() in ADVERBIAL or _ly(first[0])):
        return False
    return len(first) == 1 or all(w.lower() in ADVERBIAL or _ly(w) for w in first[1].split())


def _ly(word: str) -> bool:
    """A lowercase adverb in -ly: `allegedly`, `reportedly`, `angrily`."""
    return len(word) > 4 and word.islower() and word.endswith("ly") and word.isalpha()


# A sentence opening with a description of the name after it, ending in a doer's noun:
# `Rival bidder X, which ..., said`, `Local supermarket operator X, ...` (no preposition:
# `Shares of builder X` is no description of X).
_ROLE_OPENING: Final = re.compile(
    r"[A-Z][a-z]+ (?:(?!(?:of|for|at|in|with|to|from|by|on|and|or|the|an?) )[a-z]+ )?"
    r"[a-z]{3,}(?:er|or|ist)"
)


def _role_opened(masked: str, start: int, sentence_start: int) -> bool:
    """`Rival bidder X Materials, which had offered ..., said`: only a description of the name
    stands before it in its sentence (see _ROLE_OPENING)."""
    return _ROLE_OPENING.fullmatch(tail(masked, sentence_start, start).rstrip()) is not None


# A descriptor opening a sentence before a name has at most this many words (`Local retired
# bus driver` is four) and characters.
DESCRIPTOR_WORDS: Final = 4
DESCRIPTOR_CHARS: Final = 48
# Words that make an opening more than a description: a preposition, an article, a joiner.
_NOT_DESCRIPTOR: Final = frozenset(
    "of for at in on with to from by as and or but the a an after before when while since "
    "then so if".split()
)


# A possessive opening a companion's description: `Her colleague X, a ..., said` (a bare
# `Colleague X` may be a given name's capital: companion_opening reads that one).
_POSSESSIVE_OPENERS: Final = frozenset({"his", "her", "their", "my", "our"})


# A person's noun the role tables lack (no agent's ending, and a verb's or a mass noun's
# meaning too): read only as the last word of a description opening the sentence.
_PLAIN_ROLE_NOUNS: Final = frozenset({"counsel", "clerk", "pilot", "monk", "nun", "poet"})


def plain_role_noun(word: str) -> bool:
    """`counsel` of `Senior counsel X Y, appearing for ..., argued` -> True: a person's noun
    before a name (`Defence counsel X, 52, said` too); `advice`, `firm` -> False."""
    return word in _PLAIN_ROLE_NOUNS


def descriptor_opened(masked: str, start: int, sentence_start: int) -> bool:
    """`Mum-of-two X, 34, who ..., told` and `Retired postman X, 79, said` -> True at X: only
    words saying who the person is open the sentence before the name, a hyphened noun of one
    word (`Father-of-three`) or words ending in a person's noun (`Retired postman`, `Local bus
    driver`); `Police arrested X` and `After lunch X` -> False."""
    if start - sentence_start > DESCRIPTOR_CHARS:
        return False
    words = masked[sentence_start:start].split()
    if not words or len(words) > DESCRIPTOR_WORDS or not words[0][:1].isupper():
        return False
    if words[0].lower() in _NOT_DESCRIPTOR or not words[0].replace("-", "").isalpha():
        return False
    rest = words[1:]
    if not rest:
        return lower_compound(words[0])  # (a lone capitalised word may be a given name)
    for word in rest:
        if not word.replace("-", "").isalpha() or not word.islower() or word in _NOT_DESCRIPTOR:
            return False
        if word in REPORTING_VERBS or (word.endswith("ed") and word not in FORMER_WORDS):
            return False  # `Officers questioned X`: a verb, the name its object
    last = rest[-1]
    return (
        titled(last)
        or plain_role_noun(last)
        or last in FAMILY_WORDS
        or last.endswith(AGENT_ENDINGS)
        or (words[0].lower() in _POSSESSIVE_OPENERS and companion_word(last))
        or _who_follows(masked, start, rest)
    )


# The lower-case words a `who` description reads after its capital (`Keswick mountain guide`).
_WHO_NOUN_WORDS: Final = 2
# A relative pronoun only a person takes, opening the aside right after a name.
_WHO_ASIDE: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, who ")


# Irregular pasts a subject does to a person named after them (`Police met X, who ...`): verbs,
# never the noun of a description, which the `-ed` test misses.
IRREGULAR_PASTS: Final = frozenset(
    (
        "met", "saw", "caught", "brought", "bought", "sought", "fought", "taught", "told",
        "found", "sent", "took", "gave", "left", "led", "held", "hit", "struck", "beat", "drove",
        "chose", "heard", "kept", "knew", "made", "paid", "put", "sold", "shot", "won", "wrote",
        "let", "bit", "threw", "swore", "forgave", "overtook", "upheld", "withheld",
    )
)  # fmt: skip


def _who_follows(masked: str, start: int, rest: list[str]) -> bool:
    """`Mountain guide X Y, who ..., said` -> True at X: a person's `who` right after the name
    makes the lower-case noun before it (one the tables lack) the person's description; not a
    verb's past or present form (`Officers questioned X, who`: `-ed` is read above, an irregular
    past here, `Police met X, who ..., later said`; a plural or a verb's `-s` too), nor more than
    _WHO_NOUN_WORDS words after the first."""
    last = rest[-1]
    if len(rest) > _WHO_NOUN_WORDS or last.endswith("s") or len(last) < 3:
        return False
    if last in IRREGULAR_PASTS:
        return False
    return _WHO_ASIDE.match(masked, start) is not None


# A hyphened modifier in lower case between an article and a name (`The three-member X`, `the
# newly-formed X`, `A state-run X`): it describes the name, so the article still opens the
# name's clause.
_HYPHENED_MODIFIER: Final = re.compile(r"\b(?:[Tt]he|[Aa]n?)( [a-z\d]+(?:-[a-z\d]+)+)$")


def past_hyphened_modifier(before: str) -> str:
    """`The three-member` -> `The`, `Police said the newly-formed` -> `Police said the`: the text
    before a name without a hyphened modifier right after its article (else `before` itself)."""
    if "-" not in before:
        return before  # (most names: no hyphen in the words before them)
    match = _HYPHENED_MODIFIER.search(before)
    return before[: match.start(1)] if match is not None else before


def clause_start(masked: str, start: int, sentence_start: int) -> bool:
    """The mention opens a clause: `Similarly, Wendy Sherman, who ..., said`."""
    before = past_hyphened_modifier(tail(masked, sentence_start, start).rstrip())
    words = before.rsplit(None, 1)  # only the last words are read: split no further
    if words and words[-1].lower() in ("the", "a", "an"):
        before = before[: -len(words[-1])].rstrip()  # "The Software Workers Guild, ..., said"
        words = before.rsplit(None, 1)
    while words and words[-1] in NAME_PARTICLES and words[-1].islower():
        # `, de Albuquerque Neto shrugged`: a surname's particles in lower case open it
        before = before[: -len(words[-1])].rstrip()
        words = before.rsplit(None, 1)
    if not before or before[-1] in _BOUNDARY_CHARS:
        return True
    if words[-1].lower() in _CLAUSE_OPENERS:
        return True
    return len(words) == 1 and words[0].lower() in _OPENING_ADVERBS


# A work that speaks for its author: "according to a report by the Harbury Council".
WORK_OF: Final = re.compile(
    r"(?:(?:a|an|the) )?(?:(?:new|recent|latest|joint|annual) )?(?:report|study|statement|letter|"
    r"filing|survey|analysis|review|memo|complaint|lawsuit|ruling|estimates?|poll|data|figures) "
    r"(?:by|from|of) (?:the )?",
    re.IGNORECASE,
)


# `A report by the `, `a new study by ` right before a name: its author (`by`, not `from`: `A
# letter from X, who ..., said` is the letter's, its writer's name inside the subject); `The
# report, by ` too (`The report, by Ann Lee, a researcher, said`: the author's).
# (`An engineering report by consultants X`: the maker's trade, in lower case, before its name)
_WORK_BY_END: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?(?:" + WORK_NOUNS + r"),? by (?:the )?(?:[a-z]+ ){0,2}$"
)
_MAKER_REACH: Final = 40  # (` by ` and the two words of a maker's trade before its name)


def _work_by(masked: str, start: int, sentence_start: int) -> bool:
    """`A report by the X, published on Thursday, said`: the name is a work's author, the work
    opening the clause (its words are the author's, whatever aside stands before the verb)."""
    head = tail(masked, sentence_start, start)
    if not head.endswith(("by ", "the ")) and " by " not in head[-_MAKER_REACH:]:
        return False  # (most names: no work's `by` right before them)
    found = _WORK_BY_END.search(head)
    return found is not None and clause_start(
        masked, start - len(head) + found.start(), sentence_start
    )


# A short aside in brackets right after a name: `Rep. Ilhan Omar (D-Minn.) said`.
_BRACKETS: Final = re.compile(r"^\s*\([^()\x00]{1,40}\)")
# A relative clause set off by commas between a subject and its verb: `, which was leaked,`.
_RELATIVE: Final = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()\x00]*,\s*$")
# ...and so is a noun's appositive: `The stewards of the ORF, the sport's governing body, said`.
_APPOSED: Final = re.compile(r",\s+(?:the|an?|its|their)\s[^,;:()\x00]{1,50},\s*$")
# ...and a prepositional aside: `The ministry, in a statement issued later, said`, `The
# department, for its part, said`.
_ASIDE: Final = re.compile(
    r",\s+(?:in|on|at|by|for|after|during|through|via|from)\s[^,;:()\x00]{1,50},\s*$"
)

# ...and a participle's aside of how one spoke or was reached: `A union official, speaking on
# condition of anonymity, said`, `The driver, pointing at the bus, said`, `A spokesman for the
# agency, reached by the Times, said`, `The mayor, asked about the cuts, said` (the words before
# it the subject).
_PARTICIPLE_ASIDE: Final = re.compile(
    r",\s+(?:[a-z]{2,}ing|reached|contacted|approached|interviewed|asked|questioned)"
    r"\s[^,;:()\x00]{1,60},\s*$"
)


# A body's acronym in brackets after its name, which opens no clause (see _phrase_before): `A
# letter from the Vell Bureau (VB) to the council said`.
_ACRONYMS: Final = re.compile(r" \([A-Z]{2,}\)")
_SUBJECT_WORDS: Final = 8  # the most words a subject phrase before its verb holds
_DOCUMENT_WORDS: Final = 12  # ...and a document's from a body's name (see document_from)


def _blank(match: re.Match) -> str:
    """The matched text as as many spaces (positions kept)."""
    return " " * len(match.group())


def _phrase_before(masked: str, verb_start: int, sentence_start: int) -> tuple[int, str] | None:
    """Words from the clause's start to the verb: `the man` in `the man wrote`.

    A relative clause, an appositive or a prepositional aside in between is skipped: `The
    statement, which a paper obtained, claimed`, `The stewards of the ORF, the sport's governing
    body, said`, `The ministry, in a statement issued later, said`, `An official, speaking on
    condition of anonymity, said`, `A spokesman, reached by phone, said`.
    """
    head = tail(masked, sentence_start, verb_start)
    # (_RELATIVE ends in a comma and spaces: the search only where the words before end so)
    skipped = None
    if head.rstrip().endswith(","):
        relative = (
            _RELATIVE.search(head)
            or _APPOSED.search(head)
            or _ASIDE.search(head)
            or _PARTICIPLE_ASIDE.search(head)
        )
        # (else a document's participle aside: `The letter, seen by the Courier, said`)
        skipped = relative.start() if relative else document_aside(head)
    if skipped is not None:
        verb_start = verb_start - len(head) + skipped
        head = tail(masked, sentence_start, verb_start)
    cut = last_mark(_ACRONYMS.sub(_blank, head) if "(" in head else head, _BOUNDARY_CHARS)
    if cut < 0 and verb_start - len(head) > sentence_start:
        return None  # the clause starts further back than any subject phrase reaches
    sentence_start = verb_start - len(head)
    phrase = head[cut + 1 :]
    words = WORD.findall(phrase)
    while words and words[-1].lower() in _TRAILING:
        words.pop()
    if words and words[-1] == "and":
        words = _coordinated_subject(words)
    opening = (
        (document_from(phrase.lstrip()) or sent_document(phrase.lstrip()))
        if len(words) > 5
        else None
    )
    if opening is not None:  # `A notice from the contractor taped to the doors said`
        words = WORD.findall(opening)
    # (a document from a body's long name: `A letter from the Vell Competition and Consumer
    # Commission` holds more words than a person's subject would)
    longest = _DOCUMENT_WORDS if opening is not None else _SUBJECT_WORDS
    if not words or len(words) > longest or not _NOT_IN_SUBJECT.isdisjoint(map(str.lower, words)):
        return None
    return sentence_start + cut + 1 + phrase.index(words[0]), " ".join(words)


# Words before which a past form ending in `-ed` modifies a noun (`the retired postman`, `a
# newly elected mayor`) rather than says what the subject did.
_MODIFIED_AFTER: Final = frozenset("the a an this that his her their its".split())


def _coordinated_subject(words: list[str]) -> list[str]:
    """`The coroner recorded a narrative conclusion and [said]`: the subject's words before the
    first verb in the past (`-ed`) that follows a noun, when `and` joins its clause to the
    reporting verb (`the coroner`); no words when there is none (`the retired postman and`)."""
    for k in range(1, min(len(words) - 1, 5)):
        word = words[k]
        before = words[k - 1].lower()
        if word.endswith("ed") and word.islower() and before not in _MODIFIED_AFTER:
            if not _ly(before):
                return words[:k]
    return []


def _pair(head: str) -> re.Match | None:
    """_PAIR in the text before a name: `Smith and ` before `Jones said`."""
    stripped = head.rstrip()
    if not stripped.endswith("and"):
        return None  # (the pattern ends in `and`: only then is it tried at all)
    # Its first name is the word before that `and`, and the pattern's words hold no space: the
    # search starts after the words before it rather than at every capital of the head.
    before = stripped[:-3].rsplit(None, 1)
    return _PAIR.search(head, len(before[0]) if len(before) == 2 else 0)


# `, Denmark and Finland,` after `Sweden`: only names, commas and a last `and`/`or`, the rest of
# a list the name is in (an appositive says what the name is: `, 52,`, `, its director,`).
_CAPITALS = r"(?: [A-Z][\w'’.-]*)+"
_LIST_TAIL: Final = re.compile(rf",{_CAPITALS}(?:,{_CAPITALS})* (?:and|or){_CAPITALS},$")


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
    lo = verb_start - WINDOW
    near = _mentions_in(mentions, starts, sentence_start if sentence_start > lo else lo, verb_start)
    if not near:
        # (`the spokeswoman said`: no name to read, so no name's rule below can answer)
        return _phrase_subject(masked, verb_start, sentence_start)
    # (the nearest comes first and mostly decides)
    if near and near[-1].end <= verb_start:
        last: Mention | None = near[-1]  # (most clauses: the nearest name ends before the verb)
    else:
        last = next((m for m in reversed(near) if m.end <= verb_start), None)
    opener = _relative_opener(masked, near, last, verb_start)
    if opener is not None:
        return opener.start, opener, None
    relative = _relative_subject(masked, holding_role(near, last, verb_start), verb_start)
    if relative is not None:
        relative = _who_past_workplace(masked, near, relative, verb_start)
        return relative.start, relative, None
    role_end = _place_role_end(masked, near)
    for k in range(len(near) - 1, -1, -1):
        mention = near[k]
        if mention.end > verb_start:
            continue  # (not a candidate: it runs past the verb)
        if k and inside_role(near[k - 1], mention):
            continue  # `The North Norfolk MP, X Y, said`: the post's place, not the speaker
        if mention.name_start < role_end:
            continue  # `The MP for Ashby and Dunmore, X, said`: the role's place, not X
        if mention.possessive or mention.name.lower().rstrip(".") in _CORPORATE_SUFFIXES:
            continue  # `Acme, Inc., says`: the suffix belongs to the name before it
        body = apposed_branch(masked, near, k, verb_start)
        if body is not None and clause_start(masked, body.start, sentence_start):
            return body.start, body, None  # `The X Congress (XC), Vell Council, said`
        if branch_of_body(masked, mention, verb_start, sentence_start):
            return mention.start, mention, None  # `The Vell chapter of the X Union said`
        placed = _placed_description(masked, mention, verb_start)
        if placed is not None:
            return placed, None, masked[placed : mention.end]
        if _apposed_to_opening(masked, mention, verb_start, sentence_start):
            return mention.start, mention, None  # `A director of the firm, Ann Lee, said`
        if after_preposition(masked, mention.start) and not spoken_for(masked, mention.start):
            person = _past_preposition(masked, near, mention, verb_start, sentence_start)
            if person is not None:
                return person.start, person, None
            continue
        if placed_object(masked, mention) and not spoken_for(masked, mention.start):
            # `Capt. X of the county Fire Department said`: the body's owner, when one is named
            # (`Officials in the state Health Department said` keeps the body, as before)
            person = _past_preposition(masked, near, mention, verb_start, sentence_start)
            if person is not None:
                return person.start, person, None
        if after_comma(masked, mention.start) and masked.startswith(_COUNTY, mention.start):
            continue  # `in Tuam, Co Galway, said`: the county of the place before, not a name
        if after_comma(masked, mention.start):
            person = _titled_list_subject(masked, near, mention, verb_start, sentence_start)
            if person is not None:
                return person.start, person, None
        found = _name_subject(masked, near, mention, verb_start, sentence_start)
        if found is not None:
            return found
    return _unnamed_subject(masked, near, verb_start, sentence_start)


def _place_role_end(masked: str, near: Sequence[Mention]) -> int:
    """`The Labour MP for Ashby and Dunmore, Helen Crofts,` -> where the name starts: a role
    naming places joined by `and` (a constituency, a diocese) is part of the person it
    precedes; its places are never the subject (`and Dunmore` would open a clause). -1 if none."""
    for mention in near:
        if mention.name_start > mention.start and mention.kind == "person":
            role = masked.find(" for ", mention.start, mention.name_start)
            if role >= 0 and masked.find(" and ", role, mention.name_start) >= 0:
                return mention.name_start
    return -1


# An Irish county after its town (`in Tuam, Co Galway,`): a place, never the subject.
_COUNTY: Final = "Co "


def _past_preposition(
    masked: str, near: Sequence[Mention], mention: Mention, verb_start: int, sentence_start: int
) -> Mention | None:
    """`a spokeswoman for Harbor Walks said`, `officials in Kyiv said`: a name after a
    preposition is not the subject; a person an unclosed appositive opens, or the name's owner,
    may be."""
    candidates = [m for m in near if m.end <= verb_start]
    people = unclosed_appositives(masked, candidates, verb_start)
    person = _opening(masked, people, sentence_start)
    return person or owner(masked, candidates, mention)


def _titled_list_subject(
    masked: str, near: Sequence[Mention], mention: Mention, verb_start: int, sentence_start: int
) -> Mention | None:
    """`Nilesh Shah, MD, Kotak Mahindra AMC said`: a title and a body after the name; the
    person opening the list."""
    candidates = [m for m in near if m.end <= verb_start]
    people = titled_lists(masked, candidates, mention)
    return _opening(masked, people, sentence_start)


def _name_subject(
    masked: str, near: Sequence[Mention], mention: Mention, verb_start: int, sentence_start: int
) -> tuple[int, Mention | None, str | None] | None:
    """The name is the subject when only small words (`Pifer also said`), a bracketed aside
    (`Omar (D-Minn.) said`) or an appositive set off by commas (`Ana Lee, 52, said`) stand
    before the verb; `Smith and Jones said` is two speakers, a phrase."""
    between = masked[mention.end : verb_start]
    if between.lstrip().startswith(")"):
        return None  # `Omar (D-Minn.) said`: a name inside the brackets is not the subject
    if mention.kind == "org" and not mention.possessive and organ_after(between):
        return mention.start, mention, None  # `The X Irrigation District board said`
    if "(" in between:
        between = _BRACKETS.sub("", between, count=1)
    if _adverbial(between):
        head = tail(masked, sentence_start, mention.start)
        pair = _pair(head)
        if pair:  # "Smith and Jones said": two speakers, no single name to give
            begin = mention.start - len(head) + pair.start()
            return begin, None, masked[begin : mention.end]
        return mention.start, mention, None
    inner = between.strip()
    aside, comma, after = inner.rpartition(",")
    if comma and after.strip() and _adverbial(after):
        inner = aside + ","  # `Ana Lee, 52, allegedly told`: an adverb after the aside
    enclosed = inner.startswith(",") and inner.endswith(",") and len(inner) > 2
    if enclosed and _LIST_TAIL.match(inner):
        return None  # "of Norway, Sweden, Denmark and Finland, said": a list's rest, no aside
    if (
        enclosed
        and MASK not in inner
        and (
            clause_start(masked, _styled_start(masked, near, mention), sentence_start)
            or _work_by(masked, mention.start, sentence_start)
            or _role_opened(masked, mention.start, sentence_start)
            or descriptor_opened(masked, mention.start, sentence_start)
        )
    ):
        return mention.start, mention, None
    if inner == "," and (
        ends_with_comma(masked, mention.name_start)
        or ends_with_comma(masked, mention.start)
        or ends_with_comma(masked, honorifics_start(masked, mention.name_start))
    ):
        # "Harlow's campaign manager, Tessa Grier, said"; with a title of its own before the
        # name, "Its director, Professor Mbali Ntuli, said" (the mention starts at the title)
        return mention.start, mention, None
    if inner == "," and _apposed_with_article(masked, mention):
        # "Her nephew, the architect Ann Lee, said": the apposition opens with an article
        return mention.start, mention, None
    if inner == "," and goes_by_before(masked, mention.start):
        # "His co-host, who goes by Kenji, said": the name is a person's
        person = mention._replace(kind="person") if mention.kind == "single" else mention
        return mention.start, person, None
    return None


# A sentence opening with a determiner, a role's noun and a preposition: `A director of`, `The
# former head of`, `A regular at` (group `noun`).
_ROLE_OF_OPENING: Final = re.compile(
    r"\s*(?:An?|The|One|Her|His|Their|Its|Our|My) (?:[a-z-]+ )?(?P<noun>[a-z-]+) "
    r"(?:of|for|at|from|with|in|on) "
)
# At most this many characters from the sentence's start to the apposed name.
_OPENING_REACH: Final = 80


def _apposed_to_opening(
    masked: str, mention: Mention, verb_start: int, sentence_start: int
) -> bool:
    """`A director of the exporter, Ann Lee, said` -> True: a person's name set off by commas
    between the sentence's opening noun phrase (a determiner, a role's noun, a preposition, no
    comma) and the verb names that phrase's person, though the preposition stands before it
    (`A spokesman for Acme, Acme Ltd, said`: a body's name; `A letter to the director of the
    firm, Ann Lee, said`: a letter, no role, opens it)."""
    name = mention.name_start
    if mention.kind != "person" or mention.possessive or not after_comma(masked, name):
        return False
    if masked[mention.end : verb_start].strip() != "," or name - sentence_start > _OPENING_REACH:
        return False
    opening = masked[sentence_start : name - 2]
    if "," in opening or MASK in opening:
        return False
    role = _ROLE_OF_OPENING.match(masked, sentence_start, name)
    # (`A letter to the director of the firm, X, said`: no role's noun opens it, the letter's)
    return role is not None and titled(role.group("noun"))


def _apposed_with_article(masked: str, mention: Mention) -> bool:
    """`Her nephew, the architect Ann Lee,`: a common noun, a comma, an article and up to three
    lower-case role words right before the name (or its mention's start): an apposition;
    without the article when the role words end in a person's noun (`A regular at the shop,
    retired postman Ann Lee,`; `The report, which quoted chairman Ann Lee,` is no apposition)."""
    low = mention.start - _APPOSED_REACH if mention.start > _APPOSED_REACH else 0
    if _APPOSED_ROLE.search(masked, low, mention.start) is not None:
        return True
    bare = _APPOSED_BARE_ROLE.search(masked, low, mention.start)
    if bare is None:
        return False
    words = bare.group("role").split()
    return _person_shaped(words[-1]) and not any(
        w in _NOT_ROLE_WORDS or w in PARTICIPLES for w in words
    )


# `nephew, the `, `spokesman, a local `: a common noun, then an apposition's opening before a
# name (after a name, `Lee, a Democrat, said`, the apposition says what Lee is: Lee speaks).
# (no preposition among the words: `, a subsidiary of Acme Corp, said` is the subsidiary's)
_APPOSED_ROLE: Final = re.compile(
    r"(?<![\w'’-])[a-z][a-z-]*, (?:the|an?) "
    r"(?:(?!(?:of|for|at|in|with|to|from|by|on|and|or) )[a-z][a-z-]* ){0,3}$"
)
_APPOSED_REACH: Final = 40
# `shop, retired postman `: a common noun, a comma, then role words without an article.
_APPOSED_BARE_ROLE: Final = re.compile(
    r"(?<![\w'’-])[a-z][a-z-]*, (?P<role>(?:[a-z][a-z-]* ){1,3})$"
)
# Words that make the words after a comma a clause or a phrase of their own, not a role.
_NOT_ROLE_WORDS: Final = frozenset(
    "of for at in with to from by on and or but which who whose that as".split()
)


# `The farmer from Erlin said`: a person's noun after `the`, then `from` and a place right
# before the verb: the place says where the person is from; the description is the subject.
_FROM_PLACE: Final = re.compile(r"\b[Tt]he (?:[a-z][a-z-]* ){0,2}(?P<noun>[a-z][a-z-]*) from $")
_FROM_REACH: Final = 60


def _placed_description(masked: str, mention: Mention, verb_start: int) -> int | None:
    """Where `The farmer` of `The farmer from Erlin said` starts: a person's noun (a title
    word or an agent's ending) before `from` and the name right before the verb; None for
    any other (`The letter from Acme said`: no person's noun)."""
    if masked[mention.end : verb_start].strip() or mention.possessive:
        return None
    found = _FROM_PLACE.search(masked, max(0, mention.start - _FROM_REACH), mention.start)
    if found is None:
        return None
    noun = found.group("noun")
    return found.start() if _person_shaped(noun) else None


# The endings of a doer's noun (AGENT_ENDINGS but `-ant`, `-ent`: `plant`, `event` are things).
_DOER_ENDINGS: Final = tuple(e for e in AGENT_ENDINGS if e not in ("ant", "ent"))


def _person_shaped(noun: str) -> bool:
    """`farmer`, `registrar`, `chairman` -> True; `plant`, `event` -> False: a title word or
    a doer's ending, the shape of a person's noun."""
    return titled(noun) or noun.endswith(_DOER_ENDINGS)


def _unnamed_subject(
    masked: str, near: Sequence[Mention], verb_start: int, sentence_start: int
) -> tuple[int, Mention | None, str | None]:
    """With no name right before the verb: one a relative clause names, a work's author, else
    the words before the verb (`the man wrote`)."""
    named = _named_in_relative(masked, near, verb_start)
    if named is not None:
        return named.start, named, None
    author = _work_owner(masked, near, verb_start, sentence_start)
    if author is not None:
        return author.start, author, None
    return _phrase_subject(masked, verb_start, sentence_start)


# `the words of the registrar, who said`: a description right before a relative `who` and the
# verb, which the relative stands for (a person's noun: `which` would be a body's or a thing's).
_WHO_DESCRIBED: Final = re.compile(
    r"\b(?P<phrase>[Tt]he (?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*),\s+who\s+$"
)
_WHO_REACH: Final = 60  # (`the `, three words, `, who `)


def _phrase_subject(
    masked: str, verb_start: int, sentence_start: int
) -> tuple[int, Mention | None, str | None]:
    """subject_before's answer when no name is the subject: the words before the verb, if any
    (`the words of the registrar, who said`: the description `who` stands for)."""
    lo = max(sentence_start, verb_start - _WHO_REACH)
    # (the pattern ends `who` and spaces at the verb: most verbs have no `who` right before)
    who = masked[lo:verb_start].rstrip().endswith("who")
    described = _WHO_DESCRIBED.search(masked, lo, verb_start) if who else None
    if described is not None and _person_shaped(described.group("phrase").rpartition(" ")[2]):
        return described.start("phrase"), None, described.group("phrase")
    phrase = _phrase_before(masked, verb_start, sentence_start)
    if phrase:
        return phrase[0], None, phrase[1]
    return verb_start, None, None


# `A resident, who gave her name only as Pat, says`: a relative clause that gives the name of
# the one a description brings in (`asked to be identified as X`, `gave only his first name, X`).
_NAMED_AS: Final = re.compile(r",\s+who\s+[^,;:()\x00]{0,60}?\b(?:as|name,|name is|name was)\s+$")


def _named_in_relative(masked: str, near: Sequence[Mention], verb_start: int) -> Mention | None:
    """The name a relative clause right before the verb gives its subject (see _NAMED_AS)."""
    last = near[-1] if near else None
    if last is None or last.kind == "pronoun" or last.possessive:
        return None
    if not masked.startswith(",", last.end) or masked[last.end + 1 : verb_start].strip():
        return None  # (the name must close the clause: `..., who ... as Pat, says`)
    return last if _NAMED_AS.search(tail(masked, 0, last.start)) else None


# `, who met the council's convener, `: a relative clause opening right after a person's name,
# its verb a deed, not the speech (`, who said`, `, who told` are the name's own clause).
_WHO_DID: Final = re.compile(r",\s+who\s+(?!(?:said|says|told|tells|added|adds)\b)[a-z]")


def _relative_opener(
    masked: str, near: Sequence[Mention], last: Mention | None, verb_start: int
) -> Mention | None:
    """`X, who met the convener, Councillor Y, last week, said`: Y, the name nearest the
    verb, is inside the relative clause opened right after X (an aside closing before the
    verb); X is the subject. None when no person's `, who <verb>` holds the nearest name."""
    if last is None or last.kind == "pronoun" or not masked[last.end : verb_start].strip():
        return None
    if not masked[last.end : verb_start].rstrip().endswith(","):
        return None  # (`X, who met Y, and Z said`: the aside does not close before the verb)
    for mention in reversed(near):
        if mention.end > last.start:
            continue
        if mention.kind != "person" or mention.possessive:
            return None  # (the name the clause opens after must be a person's own)
        between = masked[mention.end : last.start]
        if ";" in between or MASK in between:
            return None
        return mention if _WHO_DID.match(masked, mention.end) else None
    return None


# `, which said`, `, who later told`: a relative pronoun (and an adverb) before the verb.
_WHICH_VERB: Final = re.compile(r",\s+(?:which|who)\s+(?:(?:\w+ly|now|also|then|later|still)\s+)?$")


# `X’s own survey, hardly a campaigning document, reported`: a work that speaks for its owner,
# then an aside set off by commas or nothing, up to the verb (an adverb may stand before it).
_OWNED_WORK: Final = re.compile(
    r"\s*(?:(?:own|new|latest|annual|recent|final) )?(?:report|study|survey|statement|"
    r"letter|filing|analysis|review|memo|poll|figures|data)(?:, [^,;:()\x00]{1,60},)?"
    r"\s+(?:(?:\w+ly|also|later|then)\s+)?$"
)


def _work_owner(
    masked: str, near: Sequence[Mention], verb_start: int, sentence_start: int
) -> Mention | None:
    """`The Acme Guild’s own survey, ..., reported that`: the owner of a work that opens the
    clause speaks through it (the nearest possessive name, opening the clause)."""
    owner = next((m for m in reversed(near) if m.end <= verb_start and m.possessive), None)
    if owner is None or owner.kind == "pronoun":
        return None
    if not _OWNED_WORK.match(masked, _after_owner(masked, owner), verb_start):
        return None
    return owner if clause_start(masked, owner.start, sentence_start) else None


def _after_owner(masked: str, owner: Mention) -> int:
    """Just past a possessive name's ending: `Acme’s` or `Employers’`."""
    end = owner.end
    while end < len(masked) and masked[end] in "'’s" and end - owner.end < 2:
        end += 1
    return end


def _styled_start(masked: str, near: Sequence[Mention], mention: Mention) -> int:
    """`Its chair, Dr (Mrs) Ada Obi, who ..., said` -> where `Dr` stands: a name's clause opens
    at the styles of address written before it (see honorifics_start), a bracketed second
    style too, as it opens at an owner's name (see _owner_start)."""
    return honorifics_start(masked, _owner_start(masked, near, mention))


def _owner_start(masked: str, near: Sequence[Mention], mention: Mention) -> int:
    """Where a name with a role opens, the role's owner included: `Employers’ group X` and
    `Business group X` open at their first word; so does a body's name after its owner's
    (`Australia’s Department of X`); else the mention's own start."""
    if not mention.role and not masked.endswith(_OWNED, 0, mention.start):
        return mention.start
    k = next((k for k, m in enumerate(near) if m is mention), 0)
    owner = near[k - 1] if k else None
    if owner is None or owner.kind == "pronoun" or masked[owner.end : mention.start].strip():
        if mention.kind == "org" and not mention.role:
            opened = lowercase_owner_start(masked, mention.start)
            if opened >= 0:
                return opened  # `The health ministry’s Health Services Division`
        return mention.start
    if not mention.role and not (owner.possessive and mention.kind == "org"):
        return mention.start
    return owner.start


_OWNED: Final = ("’s ", "'s ", "s’ ", "s' ")  # a possessive's ending right before a name


def holding_role(near: Sequence[Mention], last: Mention | None, verb_start: int) -> Mention | None:
    """`retired Ontario justice X, who wrote`: the person whose role holds the place (`Ontario`,
    the mention that starts last) is the name nearest the verb; else `last` itself."""
    if last is None or len(near) < 2:
        return last
    for mention in near[-2::-1]:  # (the role's owner starts just before the names it holds)
        if mention.kind != "person" or mention.start > last.start:
            continue
        if last.end <= mention.end <= verb_start and mention.name_start > last.start:
            return mention
        return last
    return last


def _relative_subject(masked: str, last: Mention | None, verb_start: int) -> Mention | None:
    """`from the Acme Foundation, which said it was “...”`: the name the relative stands for
    (`last`, the candidate nearest the verb)."""
    if last is None or last.kind == "pronoun" or last.possessive:
        return None
    if masked[last.end : last.end + 1] != ",":
        return None  # (_WHICH_VERB opens with the comma: no match to try without one)
    return last if _WHICH_VERB.match(masked, last.end, verb_start) else None


# `, a fisheries economist at the `, `, director of the `: a person's role naming a workplace,
# between the person and the body a later `, who said` follows (the body is not the `who`).
_WORKPLACE_ROLE: Final = re.compile(
    r", (?:(?:an?|the) )?(?:[a-z][a-z-]* ){0,3}[a-z][a-z-]* (?:at|of|for|with|from) (?:the )?$"
)
# `, who said`: a relative pronoun only a person takes (`which` is a body's or a thing's).
_WHO_VERB: Final = re.compile(r",\s+who\b")


def _who_past_workplace(
    masked: str, near: Sequence[Mention], relative: Mention, verb_start: int
) -> Mention:
    """`Dr Ada Kell, an economist at the University of Orm, who said`: `who` stands for the
    person whose role names the body, not the body; else `relative` itself."""
    if relative.kind == "person" or not _WHO_VERB.match(masked, relative.end, verb_start):
        return relative
    k = next((k for k, m in enumerate(near) if m is relative), 0)
    person = near[k - 1] if k else None
    if person is None or person.kind != "person" or person.possessive:
        return relative
    if not _WORKPLACE_ROLE.fullmatch(masked, person.end, relative.start):
        return relative
    return person


def _opening(masked: str, people: Iterable[Mention], sentence_start: int) -> Mention | None:
    """The first of these people whose name opens a clause."""
    return next((p for p in people if clause_start(masked, p.start, sentence_start)), None)
