"""Gives each quote a speaker: from its own sentence, its paragraph, or the paragraph before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Literal

from api.parser.quote_bylines import credit_line, credited
from api.parser.quote_clauses import Clause, clause_start
from api.parser.quote_context import Paragraph
from api.parser.quote_entries import Method, Resolved
from api.parser.quote_orgs import described_subjects
from api.parser.quote_owners import noun_owner
from api.parser.quote_registry import Registry
from api.parser.quote_spans import MASK, Span


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person or an organisation that is quoted in the article."""

    name: str  # full name as introduced ("Jeffrey Edmonds"; "the Kremlin" -> "Kremlin")
    kind: Literal["person", "organisation"]
    role: str | None  # description seen in this article, without a leading article


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker found for one span; `direct` when its own sentence names the speaker."""

    speaker: str | None
    method: Method | None
    direct: bool = False


_NOBODY = Attribution(None, None)
_NO_ROW: tuple[Attribution, ...] = ()
_POSITION_KIND = itemgetter(0, 1)
_NON_SPACE = re.compile(r"\S")


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
_TO_WHOM = frozenset("to told with tells telling of about at for".split())


def _object(masked: str, start: int) -> bool:
    """The name follows `to`, `with` or `told`: `in an interview with Ana Ruiz`."""
    words = masked[max(0, start - 12) : start].split()
    return bool(words) and words[-1] in _TO_WHOM


# A quote takes the speaker of another quote of its paragraph at most this many quotes away:
# further off, a run of unattributed quotes is left without a speaker.
NEIGHBOURS = 16


def _nearest(found: list, i: int) -> int | None:
    """The nearest quote with a result: before i first, else after it (within NEIGHBOURS)."""
    for j in range(i - 1, max(-1, i - 1 - NEIGHBOURS), -1):
        if found[j] is not None:
            return j
    for j in range(i + 1, min(len(found), i + 1 + NEIGHBOURS)):
        if found[j] is not None:
            return j
    return None


def _from_neighbours(
    registry: Registry, paragraph: Paragraph, spans: Sequence[Span], found: list, i: int
) -> Attribution | None:
    """A quote of a paragraph whose speaker another quote of it names, with nobody in between."""
    j = _nearest(found, i)
    if j is None:
        return None
    other = found[j]
    if other.speaker is None:
        return _NOBODY  # `“...,” the man wrote. “...”`: still the unnamed writer
    lo, hi = (spans[j].stop, spans[i].open) if j < i else (spans[i].stop, spans[j].open)
    if _names_between(registry, paragraph, lo, hi) - {other.speaker}:
        return None
    return Attribution(other.speaker, other.method)


def _carried_over(
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
    return Attribution(name, "carried over")


# At most this many lines of an embed (a label, a credit) stand between two parts of a quote.
EMBED_LINES = 2


def _embed_line(paragraph: Paragraph) -> bool:
    """`Club statement`, `— Acme (@acme) May 2, 2020`: a line that is no sentence of the story."""
    text = paragraph.text.strip()
    if paragraph.spans or paragraph.clauses:
        return False
    return credit_line(text) is not None or (len(text.split()) <= 6 and text[-1:] not in ".!?:")


def _sentence_before(
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
    mentions = [m for m in paragraph.mentions_between(before, start) if not m.possessive]
    if not mentions or not clause_start(paragraph.masked, mentions[0].start, before):
        return None
    subject = mentions[0]
    if subject.kind == "single" and not registry.by_surname(subject.name):
        return None  # "Indiana was hit hardest.": a lone capital is no speaker here
    clause = Clause(subject.start, subject.end, subject.end, subject, None)
    resolved = registry.resolve(clause, (paragraph.index, subject.start), paragraph)
    if not resolved or not resolved.name:
        return None
    if _names_between(registry, paragraph, subject.end, start) - {resolved.name}:
        return None
    return Attribution(resolved.name, resolved.method)


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


def _resolve_clauses(registry: Registry, paragraph: Paragraph) -> dict[int, Resolved | None]:
    """Resolve every reporting clause in reading order, noting names as they appear."""
    resolved: dict[int, Resolved | None] = {}
    described = described_subjects(paragraph.masked, paragraph.bounds)
    if not paragraph.mentions and not paragraph.clauses:
        for position, head in described:  # (most lines of a list: nothing else to order)
            _described(registry, paragraph, position, head)
        return resolved
    items: list[tuple[int, int, object]] = [
        *zip(paragraph.mention_starts, repeat(0), paragraph.mentions),
        *zip(paragraph.verbs, repeat(1), paragraph.clauses),
    ]
    items += [(at, 2, head) for at, head in described]
    for position, kind, item in sorted(items, key=_POSITION_KIND):
        if kind == 0:
            registry.note(paragraph, item)
            registry.subject(paragraph, item)
            continue
        if kind == 2:
            _described(registry, paragraph, position, item)
            continue
        where = (paragraph.index, position)
        result = registry.resolve(item, where, paragraph)
        resolved[id(item)] = result
        if result is not None:
            registry.event(where, result.name)
    return resolved


def _described(registry: Registry, paragraph: Paragraph, at: int, head: str) -> None:
    """`The company denied it in a statement.` makes the company salient for `the statement`."""
    start, end = paragraph.sentence(at)
    if paragraph.has_quote_between(start, end):
        return  # a sentence that quotes someone makes its speaker salient instead
    where = (paragraph.index, at)
    body = registry.described_body(head, where)
    if body:
        registry.event(where, body)
        registry.introductions.add(where)


def attribute(
    paragraphs: Sequence[Paragraph],
    kept: Sequence[Sequence[Span]],
    runs_on: set[int],
    clauses: dict[int, Clause | None],
) -> tuple[list[Sequence[Attribution]], list[Speaker]]:
    """Speakers for the kept spans of every paragraph, and the speakers in order of first quote.

    `runs_on` holds the paragraphs whose first span continues the previous paragraph's last one;
    `clauses` the reporting clause of each kept span, by the span's id (see speech_spans).
    """
    registry = Registry(paragraphs)
    registry.scan_names(paragraphs)
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
            found.append(Attribution(result.name, result.method, True) if result else None)
        if spans and paragraph.index in runs_on and found[0] is None and results[-1]:
            before = results[-1][-1]
            found[0] = Attribution(before.speaker, before.method)
        for i in range(len(spans)):
            if found[i] is None:
                found[i] = _from_neighbours(registry, paragraph, spans, found, i)
            if found[i] is None:
                found[i] = _sentence_before(registry, paragraph, spans[i], resolved)
            if found[i] is None and (owner := noun_owner(registry, paragraph, spans[i])):
                found[i] = Attribution(owner.name, owner.method, True)
        if spans and found[0] is None and paragraph.starts_with_quote(spans[0]):
            found[0] = _carried_over(registry, paragraphs, paragraph, resolved)
            for i in range(1, len(spans)):
                if found[i] is None:
                    found[i] = _from_neighbours(registry, paragraph, spans, found, i)
        final = [f or _NOBODY for f in found]
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
