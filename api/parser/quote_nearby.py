"""Speakers a quote takes from around it when its own clause names nobody.

Another quote of its paragraph (`“...,” Ruiz said. “...”`), the sentence before (`Jones disagreed.
“That is not true.”`), or the previous paragraph's speaker (`Ruiz said ...` then `“It worked.”`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.quote_bylines import credit_line
from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph
from api.parser.quote_entries import AGED, Method, Resolved
from api.parser.quote_people import Mention
from api.parser.quote_registry import Registry
from api.parser.quote_spans import MASK, Span
from api.parser.quote_subject_before import clause_start
from api.parser.quote_subjects import after_preposition, main_subject
from api.parser.quote_words import MESSAGE_NOUNS


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
# (about 0.2 us a field); one is made per quote, and none is changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Attribution:
    """The speaker found for one span; `direct` when its own sentence names the speaker."""

    speaker: str | None
    method: Method | None
    direct: bool = False

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(self, speaker: str | None, method: Method | None, direct: bool = False) -> None:
        self.speaker = speaker
        self.method = method
        self.direct = direct


NOBODY: Final = Attribution(None, None)
_WHO: Final = re.compile(r",\s+who\s")  # `Roe, who ...,`: a clause that describes the person
_NON_SPACE: Final = re.compile(r"\S")


def _names_between(registry: Registry, paragraph: Paragraph, lo: int, hi: int) -> set[str]:
    """Known people and full names mentioned outside quotes between two offsets."""
    names = set()
    for mention in paragraph.mentions_between(lo, hi):
        if mention.kind in ("pronoun", "org") or _object(paragraph.masked, mention.start):
            continue  # `said in a statement to Rolling Stone`: who was told, not who speaks
        if mention.kind == "person":
            names.add(registry.full_name(mention.name))
        elif mention.kind == "single" and mention.name.lower() not in registry.lowercase:
            full = registry.by_surname(mention.name)
            if full:
                names.add(full)
    return names


# Words before a name that make it the object of speech or of a role: `told Fox News`, `to
# Rolling Stone`, `an analyst at Morningstone Securities`.
_TO_WHOM: Final = frozenset("to told with tells telling of about at for".split())


def _object(masked: str, start: int) -> bool:
    """The name follows `to`, `with` or `told`: `in an interview with Ana Ruiz`."""
    words = masked[max(0, start - 12) : start].split()
    return bool(words) and words[-1] in _TO_WHOM


# A quote takes the speaker of another quote of its paragraph at most this many quotes away:
# further off, a run of unattributed quotes is left without a speaker.
NEIGHBOURS: Final = 16


def _nearest(found: list, i: int) -> int | None:
    """The nearest quote with a result: before i first, else after it (within NEIGHBOURS).

    A window without any result is told by counting its Nones (a loop in C): in a long run of
    unattributed quotes, a step in Python per neighbour was most of a quote's cost.
    """
    lo, hi = max(0, i - NEIGHBOURS), min(len(found), i + 1 + NEIGHBOURS)
    before = found[lo:i]
    if before.count(None) < len(before):
        for j in range(i - 1, lo - 1, -1):
            if found[j] is not None:
                return j
    after = found[i + 1 : hi]
    if after.count(None) < len(after):
        for j in range(i + 1, hi):
            if found[j] is not None:
                return j
    return None


def from_neighbours(
    registry: Registry, paragraph: Paragraph, spans: Sequence[Span], found: list, i: int
) -> Attribution | None:
    """A quote of a paragraph whose speaker another quote of it names, with nobody in between."""
    j = _nearest(found, i)
    if j is None:
        return None
    other = found[j]
    if other.speaker is None:
        return NOBODY  # `“...,” the man wrote. “...”`: still the unnamed writer
    lo, hi = (spans[j].stop, spans[i].open) if j < i else (spans[i].stop, spans[j].open)
    if j < i and other.direct:
        lo = max(lo, min(hi, _attribution_end(paragraph, spans[j])))
    if _names_between(registry, paragraph, lo, hi) - {other.speaker}:
        return None
    return Attribution(other.speaker, other.method)


def _attribution_end(paragraph: Paragraph, span: Span) -> int:
    """`“A,” Ann Lee told reporters outside the West Wing. “B.”`: the end of the sentence that
    attributes a quote; names there are whom the speaker spoke to or of, not a new speaker."""
    return paragraph.sentence(span.stop)[1]


def carried_over(
    registry: Registry,
    paragraphs: Sequence[Paragraph],
    paragraph: Paragraph,
    clauses: dict[int, Resolved | None],
) -> Attribution | None:
    """A quote-first paragraph keeps the last paragraph's speaker when nobody else comes between."""
    source = paragraph.index - 1
    while (
        source > 0 and paragraph.index - source <= EMBED_LINES and _embed_line(paragraphs[source])
    ):
        source -= 1  # `Club statement` and `— Acme (@acme) May 2` between two parts of a quote
    if source > 0 and _silent(paragraphs[source]):
        source -= 1  # `The minister declined to comment.`: no voice for the quote, passed over
    if source < 0:
        return None
    previous = paragraphs[source]
    last = registry.last_speech(source)
    if last is None and not previous.spans:
        last = registry.last_subject(source)  # `Ana Ruiz disagreed.` then `“It worked.”`
    if last is None or last[1] is None:
        return None
    (_, offset), name = last
    # names in the speaker's own sentence are whom they spoke of or to: `said of the plan Ruiz made`
    after = previous.sentence(offset)[1]
    strangers = _names_between(registry, previous, after, len(previous.text))
    for skipped in paragraphs[source + 1 : paragraph.index + 1]:
        strangers |= _names_between(registry, skipped, 0, len(skipped.text))
    if strangers - {name}:
        return None
    if any(r is None or r.name != name for r in clauses.values()):
        return None  # the paragraph reports someone speaking, and not clearly the same speaker
    asker = _asked_back(registry, paragraphs, paragraph, source, name)
    return Attribution(asker or name, "carried over")


# Someone not speaking: `declined to comment`, `did not respond to requests`, `could not be
# reached`.
_NOT_SPEAKING: Final = re.compile(
    r"\b(?:declined|refused) to (?:comment|be interviewed|speak)|\bdid not (?:respond|reply|"
    r"return)|\bcould not be reached|\bwas not available for comment"
)


def _silent(paragraph: Paragraph) -> bool:
    """`The minister declined to comment.`: a paragraph of someone unnamed not speaking, with no
    quote and no name: a bare quote after it is not theirs, and the speaker before it goes on."""
    if paragraph.spans or any(m.kind != "pronoun" for m in paragraph.mentions):
        return False
    return _NOT_SPEAKING.search(paragraph.masked) is not None


def _asked_back(
    registry: Registry,
    paragraphs: Sequence[Paragraph],
    paragraph: Paragraph,
    source: int,
    answerer: str,
) -> str | None:
    """`“When did you know?”` asked by Roe, `“On the Thursday,” replied Lee`, then a bare
    `“And you told them on the Sunday?”`: a question right after an answer to a question goes
    back to the one who asked, not on with the one who answered."""
    if source < 1 or not _asks(paragraph, 0) or _asks(paragraphs[source], -1):
        return None
    if not _asks(paragraphs[source - 1], -1):
        return None
    earlier = registry.last_speech(source - 1)
    if earlier is None or earlier[1] is None or earlier[1] == answerer:
        return None
    return earlier[1]


def _asks(paragraph: Paragraph, k: int) -> bool:
    """The paragraph's quote `k` (0 the first, -1 the last) is a question."""
    if not paragraph.spans:
        return False
    span = paragraph.spans[k]
    return paragraph.text[span.start : span.end].rstrip(",").endswith("?")


_BREAK: Final = re.compile(r"[—–]|[.!?]\s")


def _next_sentence(paragraph: Paragraph, end: int) -> tuple[int, int] | None:
    """The bounds of the paragraph's sentence starting at or after `end`, None past its last."""
    following = bisect_left(paragraph.sentence_starts, end)
    return paragraph.bounds[following] if following < len(paragraph.bounds) else None


def named_next(registry: Registry, paragraph: Paragraph, span: Span) -> Attribution | None:
    """`“...” That was the verdict of Prof. Ann Lee, who ...`: a quote that is a paragraph's
    whole first sentence, then a sentence (without a quote) that first introduces a person by
    full name: the article names its speaker after the words."""
    if len(paragraph.spans) != 1 or not paragraph.starts_with_quote(span):
        return None
    end = paragraph.sentence(span.open)[1]
    tail = paragraph.masked[span.stop : end].strip(" .!?,")
    sex = _LEAD_PRONOUNS.get(tail) if tail else None
    if (tail and sex is None) or end >= len(paragraph.text):
        return None
    after = _next_sentence(paragraph, end)
    if after is None:
        return None
    lo, hi = after
    people = [m for m in paragraph.mentions_between(lo, hi) if m.kind != "pronoun"]
    if sex is not None:
        return _introduced_after(registry, paragraph, people, lo, sex)
    aged = _aged_subject(registry, paragraph, people, lo) or _message_from(
        registry, paragraph, people, lo
    )
    if aged:
        return Attribution(aged, "explicit")
    # (`Dock worker Sam Oduya`: the role's capital starts where the person does)
    first = next((m for m in people if m.kind == "person" and m.start == people[0].start), None)
    if first is None or first.possessive:
        return None
    if _BREAK.search(paragraph.masked, lo, first.start):
        return None  # `We agree. — Cleo Marsh`: a credit line's dash, or a sentence between
    if registry.first_seen.get(first.name) != (paragraph.index, first.start):
        return None  # someone named before is spoken of here, not introduced
    return Attribution(registry.full_name(first.name), "explicit")


# `“...,” she said.` as a whole sentence: the pronoun's sex, for a speaker named only after it.
_LEAD_PRONOUNS: Final = {"she said": "f", "she says": "f", "he said": "m", "he says": "m"}


def _introduced_after(
    registry: Registry, paragraph: Paragraph, people: list[Mention], lo: int, sex: str
) -> Attribution | None:
    """`“I never expected to win,” she said. Ana Lind, 23, took gold ...`: a pronoun that no one
    before stands for (no one is named in the paragraphs before), then a sentence opening with a
    person's full name of the pronoun's sex, introduced there: the speaker named after."""
    first = people[0] if people else None
    if first is None or first.kind != "person" or first.possessive or first.start != lo:
        return None
    if registry.first_seen.get(first.name) != (paragraph.index, first.start):
        return None
    if usual_sex(first.name.split(" ", 1)[0]) != sex or first.gender not in (None, sex):
        return None
    if any(seen[0] < paragraph.index for seen in registry.first_seen.values()):
        return None  # someone named before may be whom the pronoun stands for
    return Attribution(registry.full_name(first.name), "pronoun")


# `That was the message from `, `Those were the words of `: a sentence naming whose the quote
# before it was (the noun one of what is said, one modifier at most before it).
_MESSAGE_FROM: Final = re.compile(
    r"(?:That|This|Such|Those|These) (?:was|is|were|are) (?:the |their |his |her )?"
    r"(?:[a-z]+ )?(?:" + "|".join(sorted(MESSAGE_NOUNS)) + ") (?:from|of) "
)


def _message_from(registry: Registry, paragraph: Paragraph, people: list, lo: int) -> str | None:
    """`“...” That was the message from Hollis at a briefing.`: a known person named by surname
    (or in full) right after such an opening is the quote's speaker."""
    if not people or paragraph.masked[lo : lo + 4] not in _MESSAGE_OPENINGS:
        return None  # (most next sentences open otherwise: no pattern run)
    found = _MESSAGE_FROM.match(paragraph.masked, lo)
    if found is None:
        return _answered_how(registry, paragraph, people, lo)
    # (`from Herons captain Tayla Lee`: the team's word and the person open at one place)
    there = [m for m in people if m.start == found.end()]
    person = next((m for m in there if m.kind == "person"), None)
    if person is not None:
        return registry.full_name(person.name)
    single = there[0] if there else None
    return registry.by_surname(single.name) if single and single.kind == "single" else None


_MESSAGE_OPENINGS: Final = frozenset({"That", "This", "Such", "Thos", "Thes"})
# `That was how `, `This is exactly how `: a sentence whose clause after `how` says who met
# something with the quote before it (`... how the union's president, X, greeted the news`).
_HOW_ANSWERED: Final = re.compile(r"(?:That|This) (?:was|is) (?:just |exactly )?how ")


def _answered_how(registry: Registry, paragraph: Paragraph, people: list, lo: int) -> str | None:
    """`“...” That was how the president of the union, Comrade Ann Lee, greeted the news`: the
    first person named as the subject after `how` (not an owner, not after a preposition: `how
    the wife of X reacted` names no speaker; a body after one is the role's) said the quote."""
    found = _HOW_ANSWERED.match(paragraph.masked, lo)
    if found is None:
        return None
    for mention in people:
        if mention.start < found.end() or mention.possessive:
            continue
        if after_preposition(paragraph.masked, mention.start):
            if mention.kind == "person":
                return None  # `how the wife of X reacted`: X is not the subject
            continue  # `how the chair of the Vendors Guild, X, greeted`: the body of a role
        return registry.full_name(mention.name) if mention.kind == "person" else None
    return None


def named_after(registry: Registry, paragraph: Paragraph, span: Span) -> Attribution | None:
    """`Groups welcomed the ruling. “...” That was how X greeted the news.`: a quote that is a
    sentence of its own inside its paragraph, then a sentence that opens by naming whose words
    they were (`That was the verdict of X`, `That was how X reacted`)."""
    start, end = paragraph.sentence(span.open)
    after = _next_sentence(paragraph, end)
    if after is None:
        return None  # (the paragraph's last sentence)
    masked = paragraph.masked
    lo, hi = after
    if masked[lo : lo + 4] not in _MESSAGE_OPENINGS or masked[end:lo].strip():
        return None  # (most quotes: no such sentence right after them, one slice)
    if masked[start : span.open].strip() or masked[span.stop : end].strip(" .!?,"):
        return None  # (words of the quote's own sentence around it: its clause decides)
    people = [m for m in paragraph.mentions_between(lo, hi) if m.kind != "pronoun"]
    name = _message_from(registry, paragraph, people, lo)
    return Attribution(name, "explicit") if name else None


def _aged_subject(registry: Registry, paragraph: Paragraph, people: list, lo: int) -> str | None:
    """`“...” Ashcroft, 66, was only half joking.`, `“...” Roe, who has lived here for years, was
    not convinced.`: a known person's surname with an age or a `who` clause opening the next
    sentence is the speaker brought back, not someone merely spoken of."""
    if not people or people[0].kind != "single" or paragraph.masked[lo : people[0].start].strip():
        return None
    after = people[0].end
    if not AGED.match(paragraph.masked, after) and not _WHO.match(paragraph.masked, after):
        return None
    return registry.by_surname(people[0].name)


# At most this many lines of an embed (a label, a credit) stand between two parts of a quote.
EMBED_LINES: Final = 2


def _embed_line(paragraph: Paragraph) -> bool:
    """`Club statement`, `— Acme (@acme) May 2, 2020`: a line that is no sentence of the story."""
    text = paragraph.text.strip()
    if paragraph.spans or paragraph.clauses:
        return False
    return credit_line(text) is not None or (len(text.split()) <= 6 and text[-1:] not in ".!?:")


def sentence_before(
    registry: Registry,
    paragraph: Paragraph,
    span: Span,
    resolved_clauses: dict[int, Resolved | None],
) -> Attribution | None:
    """`Jones disagreed. “That is not true.”`: a quote opening a sentence after its speaker's."""
    start = paragraph.sentence(span.open)[0]
    if start == 0 or _NON_SPACE.search(paragraph.masked, start, span.open):
        return None  # (searched in place: a copy per quote is quadratic in one long sentence)
    before = paragraph.sentence_before(start)
    if MASK in paragraph.masked[before:start]:
        return None  # that sentence quotes someone already
    reported = _reported(paragraph, before, start, resolved_clauses)
    if reported is not None:
        return reported
    named = paragraph.mentions_between(before, start)
    if named and named[0].possessive:
        owned = _owner_opening(registry, paragraph, named, before)
        if owned is not None:
            return owned
    mentions = [m for m in named if not m.possessive]
    if not mentions:
        return _described_before(registry, paragraph, before)
    subject = _after_opening(registry, paragraph.masked, mentions)
    if not clause_start(paragraph.masked, subject.start, before) and not _lone_he_she(mentions):
        if subject.kind not in _NAMED or not main_subject(paragraph.masked, subject.start, before):
            # (`Aguirre’s teammate Rafael Ortiz was blunter.`: an owner's role; `Told this,
            # Okafor groans.`: a surname after an opening phrase is its sentence's subject)
            return None
    if subject.kind == "single" and not registry.by_surname(subject.name):
        return None  # "Indiana was hit hardest.": a lone capital is no speaker here
    clause = Clause(subject.start, subject.end, subject.end, subject, None)
    resolved = registry.resolve(clause, (paragraph.index, subject.start), paragraph)
    if not resolved or not resolved.name:
        return None
    if _names_between(registry, paragraph, subject.end, start) - {resolved.name}:
        return None
    return Attribution(resolved.name, resolved.method)


def _owner_opening(
    registry: Registry, paragraph: Paragraph, named: Sequence[Mention], before: int
) -> Attribution | None:
    """`Ruiz’s best-known dish came from her grandmother in Ibadan. “She never measured
    anything.”`: a sentence that names no one (a place aside) but the person whose possessive
    opens it is about them; the quote after it is theirs, as after `Ruiz disagreed.`."""
    owner = named[0]
    if paragraph.masked[before : owner.start].strip():
        return None
    for other in named[1:]:  # (`in Porto`: a place's capital, no one else, may follow)
        if other.kind != "pronoun" and (other.kind != "single" or registry.by_surname(other.name)):
            return None
    if owner.kind == "person":
        name: str | None = registry.full_name(owner.name)
    elif owner.kind == "single":
        name = registry.by_surname(owner.name)
    else:
        return None
    entry = registry.entries.get(name) if name else None
    if entry is None or entry.kind != "person":
        return None
    return Attribution(name, "carried over")


def _lone_he_she(mentions: list[Mention]) -> bool:
    """`At the door she turns back.`: `he` or `she` the only one the sentence names is its
    subject, past any opening phrase (an object would be `him`, `her`)."""
    return len(mentions) == 1 and mentions[0].kind == "pronoun" and mentions[0].name in _HE_SHE


_HE_SHE: Final = frozenset({"he", "she", "He", "She"})


def _after_opening(registry: Registry, masked: str, mentions: list[Mention]) -> Mention:
    """`Told this, Okafor groans.`, `Hearing it, Okafor laughs.`: the capital of a sentence's
    opening phrase (a participle, no one's surname) stands before its comma; the subject is
    the name after it."""
    first = mentions[0]
    if (
        len(mentions) > 1
        and first.kind == "single"
        and "," in masked[first.end : mentions[1].start]
        and not registry.by_surname(first.name)
    ):
        return mentions[1]
    return first


_NAMED: Final = frozenset(
    {"person", "single"}
)  # a full name, or a lone one (a surname, checked below)
# `The 31-year-old was frank.`, `The mayor was defiant.`: a sentence opened by `the` and a noun.
_DESCRIBED_OPENING: Final = re.compile(r"\s*[Tt]he ([a-z0-9][\w-]*) [a-z]")


# `Asked about her plans, the champion laughed.`: after an opening phrase, a description is the
# subject only with a verb of a speaker's reaction (`In May, the stadium was full` names no one).
REACTION_VERBS: Final = frozenset(
    "laughed laughs smiled smiles shrugged shrugs grinned grins sighed sighs nodded nods"
    " chuckled chuckles winced winces beamed beams frowned frowns".split()
)
_REACTION_AFTER_OPENING: Final = re.compile(
    r"\s*[A-Z][^,.;:!?\n]{0,80}, the ([a-z0-9][\w-]*) (?:"
    + "|".join(sorted(REACTION_VERBS))
    + r")\b"
)


def _described_before(registry: Registry, paragraph: Paragraph, before: int) -> Attribution | None:
    """`The 31-year-old was frank about the shot. ‘...’`: the sentence before names no one but
    describes its subject; the description points back as `the 31-year-old said` would."""
    match = _DESCRIBED_OPENING.match(paragraph.masked, before) or _REACTION_AFTER_OPENING.match(
        paragraph.masked, before
    )
    if match is None:
        return None
    resolved = registry.resolve_phrase("the " + match.group(1), (paragraph.index, before))
    return Attribution(resolved.name, resolved.method) if resolved.name else None


def _reported(
    paragraph: Paragraph, before: int, start: int, resolved_clauses: dict[int, Resolved | None]
) -> Attribution | None:
    """`Sometimes plans fail, she said. “But ...”`: the sentence before reports its speaker."""
    clauses = paragraph.clauses_between(before, start)
    if len(clauses) != 1:
        return None
    result = resolved_clauses.get(id(clauses[0]))
    if result is None or result.name is None:
        return None
    return Attribution(result.name, result.method)
