"""Gives each quote a speaker: from its own sentence, its paragraph, or the paragraph before."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Final, Literal

from api.parser.quote_bylines import credited
from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph, Prepared
from api.parser.quote_described import topic_people
from api.parser.quote_entries import Resolved
from api.parser.quote_kin import ELDER_KIN, kin_subjects
from api.parser.quote_nearby import (
    NOBODY,
    Attribution,
    carried_over,
    from_neighbours,
    named_after,
    named_next,
    sentence_before,
)
from api.parser.quote_orgs import SUBJECT_TITLES, described_subjects
from api.parser.quote_owners import noun_owner
from api.parser.quote_people import Mention
from api.parser.quote_registry import Registry
from api.parser.quote_relative_partial import unnamed_relative
from api.parser.quote_spans import Span

# (named, for the store to read its values: a compiled dataclass keeps no annotations)
SpeakerKind = Literal["person", "organisation"]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or an organisation that is quoted in the article."""

    name: str  # full name as introduced ("Jeffrey Edmonds"; "the Kremlin" -> "Kremlin")
    kind: SpeakerKind
    role: str | None  # description seen in this article, without a leading article

    # (written out, as the dataclass would write it for a frozen class: see quotes.Quote)
    def __init__(self, name: str, kind: SpeakerKind, role: str | None) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "role", role)


_NO_ROW: tuple[Attribution, ...] = ()
_POSITION_KIND: Final = itemgetter(0, 1)


def _resolve_clauses(registry: Registry, paragraph: Paragraph) -> dict[int, Resolved | None]:
    """Resolve every reporting clause in reading order, noting names as they appear."""
    resolved: dict[int, Resolved | None] = {}
    described = described_subjects(paragraph.masked, paragraph.bounds)
    if paragraph.clauses and _pronoun_clause(paragraph.clauses):
        # `Her sister, who ..., laughs. “...,” she says.`: a person described as a subject,
        # looked for only where a pronoun's clause after it may mean them
        described += kin_subjects(paragraph.masked, paragraph.bounds)
        described += topic_people(paragraph.masked, paragraph.bounds)
    mentions = paragraph.mentions
    if not paragraph.clauses and not described:
        registry.read(paragraph, mentions)  # (names alone, most paragraphs without a quote)
        return resolved
    # Clauses and described subjects in text order; the mentions, already in text order, are
    # read in runs between them (a mention at a clause's verb before the clause), one call a run.
    items: list[tuple[int, int, object]] = [*zip(paragraph.verbs, repeat(1), paragraph.clauses)]
    items += [(at, 2, head) for at, head in described]
    starts, read = paragraph.mention_starts, 0
    unnamed: str | None = None  # the sex of an unnamed relative that was a subject, if any
    for position, kind, item in sorted(items, key=_POSITION_KIND) if len(items) > 1 else items:
        upto = bisect_right(starts, position, read)
        if upto > read:
            if unnamed is not None and _names_someone(mentions[read:upto]):
                unnamed = None  # someone named since the relative: a pronoun may be them
            registry.read(paragraph, mentions[read:upto])
            read = upto
        if kind == 2:
            if _described(registry, paragraph, position, item):
                unnamed = _unnamed_kin(item) or unnamed
            continue
        if unnamed is not None and _means_unnamed(item, unnamed):
            resolved[id(item)] = _UNNAMED  # `Her husband, who ..., smiled. “...,” he said`
            continue
        where = (paragraph.index, position)
        result = registry.resolve(item, where, paragraph)
        resolved[id(item)] = result
        if item.subject is None and (result is None or result.name is None):
            unnamed = _indefinite_person(paragraph, item) or unnamed
        if result is not None:
            registry.event(where, result.name)
    if read < len(mentions):
        registry.read(paragraph, mentions[read:])
    return resolved


# The sex a relation's noun gives (`Her husband` is a he), for the pronouns that may mean them.
_KIN_SEX: Final = {
    "husband": "m",
    "son": "m",
    "brother": "m",
    "wife": "f",
    "daughter": "f",
    "sister": "f",
    **ELDER_KIN,  # `Her grandfather`: a he
}
_UNNAMED: Final = Resolved(None, None)  # a clause whose subject the article never names


# `A man ..., who would not give his name, said`: a sentence opening with
# someone unnamed, of a sex its noun gives.
_INDEFINITE: Final = re.compile(r"(?:An?|One) (?:[a-z-]+ )?(man|woman|boy|girl)\b")
_INDEFINITE_SEX: Final = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}


def _indefinite_person(paragraph: Paragraph, clause: Clause) -> str | None:
    """The sex of the unnamed person opening the sentence of a clause that names no one (`A
    man ..., said he ...`): a later `he` with no one named since is him."""
    start = paragraph.sentence(clause.verb_start)[0]
    match = _INDEFINITE.match(paragraph.masked, start)
    return _INDEFINITE_SEX[match.group(1)] if match else None


def _unnamed_kin(head: str) -> str | None:
    """The sex of a relation written as a sentence's subject (`Her husband`: m), else None."""
    return _KIN_SEX.get(head.rsplit(None, 1)[-1].lower())


def _names_someone(mentions: Sequence[Mention]) -> bool:
    """A person's name (or a lone capital that may be one) among `mentions`."""
    return any(m.kind == "person" or m.kind == "single" for m in mentions)


def _means_unnamed(clause: Clause, sex: str) -> bool:
    """`Her husband, who farms with her, was cautious. “...,” he said`: a pronoun of the
    relation's sex, with no one named since, is the relation the article never named."""
    subject = clause.subject
    return subject is not None and subject.kind == "pronoun" and subject.gender == sex


def _described(registry: Registry, paragraph: Paragraph, at: int, head: str) -> bool:
    """`The company denied it in a statement.` makes the company salient for `the statement`.
    True when the words name no one the article knows (`Her husband` never named)."""
    start, end = paragraph.sentence(at)
    if paragraph.has_quote_between(start, end):
        return False  # a sentence that quotes someone makes its speaker salient instead
    where = (paragraph.index, at)
    if head in SUBJECT_TITLES:
        body = registry.titled_person(head)  # `The judge also ordered ...`
    elif head.startswith("lead "):
        body = registry.lead_person(where)  # `The lead author was more hopeful.`
    elif " " in head:
        body = registry.resolve_phrase(head, where).name  # `Her sister, who ..., laughs`
    else:
        body = registry.described_body(head, where)
    if body:
        registry.event(where, body)
        registry.introductions.add(where)
    return not body


def _pronoun_clause(clauses: Sequence[Clause]) -> bool:
    """A clause whose subject is a pronoun (`she says`): only one may mean a person described
    before it rather than named."""
    for clause in clauses:
        if clause.subject is not None and clause.subject.kind == "pronoun":
            return True
    return False


def attribute(
    article: Prepared,
    kept: Sequence[Sequence[Span]],
    runs_on: set[int],
    clauses: dict[int, Clause | None],
) -> tuple[list[Sequence[Attribution]], list[Speaker]]:
    """Speakers for the kept spans of every paragraph, and the speakers in order of first quote.

    `article` is build_paragraphs' result; `runs_on` holds the paragraphs whose first span
    continues the previous paragraph's last one; `clauses` the reporting clause of each kept
    span, by the span's id (see speech_spans).
    """
    paragraphs = article.paragraphs
    registry = Registry(article)
    # A paragraph without a kept quote gets the empty tuple, not a list of its own: one object
    # fewer per paragraph for the cyclic collector to walk (thousands of one-line paragraphs).
    results: list[Sequence[Attribution]] = []
    for paragraph, spans in zip(paragraphs, kept, strict=True):
        resolved = _resolve_clauses(registry, paragraph)
        if not spans:
            results.append(_NO_ROW)
            continue
        found: list[Attribution | None] = []
        for span in spans:
            clause = clauses[id(span)]
            result = resolved.get(id(clause)) if clause else None
            if result is not None and clause and unnamed_relative(paragraph, clause, span):
                result = Resolved(
                    None, result.method
                )  # (`the minister, who had promised to “...”`)
            found.append(Attribution(result.name, result.method, True) if result else None)
        if spans and paragraph.index in runs_on and found[0] is None and results[-1]:
            before = results[-1][-1]
            found[0] = Attribution(before.speaker, before.method)
        for i in range(len(spans)):
            if found[i] is None:
                found[i] = named_after(registry, paragraph, spans[i])
            if found[i] is None:
                found[i] = from_neighbours(registry, paragraph, spans, found, i)
            if found[i] is None:
                found[i] = sentence_before(registry, paragraph, spans[i], resolved)
            if found[i] is None and (owner := noun_owner(registry, paragraph, spans[i])):
                found[i] = Attribution(owner.name, owner.method, True)
        head = found[0] if spans else None
        if head is not None and head.speaker is None and paragraph.starts_with_quote(spans[0]):
            # (`“...,” she said.` with no one before it: the person the next sentence introduces)
            found[0] = named_next(registry, paragraph, spans[0]) or head
        if spans and found[0] is None and paragraph.starts_with_quote(spans[0]):
            # (through a local: mypyc reads `found[0]` as the None it was narrowed to above)
            opening = named_next(registry, paragraph, spans[0])
            found[0] = opening or carried_over(registry, paragraphs, paragraph, resolved)
            for i in range(1, len(spans)):
                if found[i] is None:
                    found[i] = from_neighbours(registry, paragraph, spans, found, i)
        final = [f or NOBODY for f in found]
        for span, attribution in zip(spans, final, strict=True):
            if attribution.speaker and not attribution.direct:
                registry.event((paragraph.index, span.open), attribution.speaker)
        results.append(final)
    _fill_back(results, runs_on)
    _credit_lines(registry, paragraphs, kept, results)
    return results, _speakers(registry, results)


def _credit_lines(
    registry: Registry,
    paragraphs: Sequence[Paragraph],
    kept: Sequence[Sequence[Span]],
    results: list[Sequence[Attribution]],
) -> None:
    """`“The show was great.”` then `– Ann K.`: unattributed quotes take the credited name."""
    for index, (paragraph, spans, row) in enumerate(zip(paragraphs, kept, results, strict=True)):
        if not spans or any(a.speaker for a in row):
            continue
        following = paragraph.index + 1 < len(paragraphs)
        name = credited(
            paragraph, spans, paragraphs[paragraph.index + 1].text if following else None
        )
        if name:
            name = registry.credited(name)
            results[index] = [Attribution(name, "explicit", True) for _ in row]


def _fill_back(results: list[Sequence[Attribution]], runs_on: set[int]) -> None:
    """`“... [no closing mark]` then `“...,” she said.`: the later part names the whole quote."""
    for index in sorted(runs_on, reverse=True):
        head, tail = results[index - 1], results[index]
        if head and tail and tail[0].direct and not head[-1].direct:
            results[index - 1] = [*head[:-1], Attribution(tail[0].speaker, tail[0].method, True)]


def _speakers(registry: Registry, results: list[Sequence[Attribution]]) -> list[Speaker]:
    seen: dict[str, Speaker] = {}
    for row in results:
        for attribution in row:
            name = attribution.speaker
            if name and name not in seen:
                entry = registry.entries[name]
                seen[name] = Speaker(entry.name, entry.kind, entry.role)
    return list(seen.values())
