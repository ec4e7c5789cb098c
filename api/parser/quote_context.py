"""One body paragraph prepared for quote work: its quote spans, sentences, names and clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final, NamedTuple

from api.parser.quote_budget import NameBudget, within_quote_budget
from api.parser.quote_clauses import Clause, find_clauses
from api.parser.quote_cues import cues_and_pronouns
from api.parser.quote_documents import record_source
from api.parser.quote_lowercase import LowercaseWords
from api.parser.quote_people import Mention, find_mentions
from api.parser.quote_roles import ORG_HEAD, titled
from api.parser.quote_spans import (
    MASK,
    Span,
    breaks_nowhere,
    find_spans,
    mask,
    sentences,
    stop_offsets,
)
from api.parser.quote_words import NAME_PARTICLES, possessed_kin


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
# (about 0.2 us a field); one is made per paragraph, and none is changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Paragraph:
    """A paragraph with every quote masked, so names and verbs come from the text outside quotes."""

    index: int
    text: str
    spans: tuple[Span, ...]  # every pair of quote marks, titles and scare quotes included
    masked: str
    bounds: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    clauses: tuple[Clause, ...]
    # sorted offsets for binary search, so that no look-up walks the whole paragraph
    opens: tuple[int, ...] = field(default=(), repr=False)
    verbs: tuple[int, ...] = field(default=(), repr=False)
    mention_starts: tuple[int, ...] = field(default=(), repr=False)
    sentence_starts: tuple[int, ...] = field(default=(), repr=False)
    # quotes past the article's quote budget: `text` ends at the first one's opening mark
    unread: tuple[Span, ...] = field(default=(), repr=False)

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(
        self,
        index: int,
        text: str,
        spans: tuple[Span, ...],
        masked: str,
        bounds: tuple[tuple[int, int], ...],
        mentions: tuple[Mention, ...],
        clauses: tuple[Clause, ...],
        opens: tuple[int, ...] = (),
        verbs: tuple[int, ...] = (),
        mention_starts: tuple[int, ...] = (),
        sentence_starts: tuple[int, ...] = (),
        unread: tuple[Span, ...] = (),
    ) -> None:
        self.index = index
        self.text = text
        self.spans = spans
        self.masked = masked
        self.bounds = bounds
        self.mentions = mentions
        self.clauses = clauses
        self.opens = opens
        self.verbs = verbs
        self.mention_starts = mention_starts
        self.sentence_starts = sentence_starts
        self.unread = unread

    def sentence(self, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding an offset (the last one for an offset past the end)."""
        # as sentence_of does, but bisecting plain offsets: cheaper than comparing pairs
        bounds = self.bounds
        if len(bounds) == 1:
            return bounds[0]  # (one sentence: the one found, and the last one, for any offset)
        after = bisect_right(self.sentence_starts, offset)
        found = bounds[after - 1 if after else 0]
        return found if found[0] <= offset < found[1] else bounds[-1]

    def sentence_before(self, start: int) -> int:
        """Start of the last sentence that ends at or before `start` (0 when there is none)."""
        after = bisect_right(self.bounds, start, key=_end)  # the first one ending past `start`
        return self.bounds[after - 1][0] if after else 0

    def clauses_between(self, lo: int, hi: int) -> tuple[Clause, ...]:
        """Clauses whose verb starts in [lo, hi), in text order."""
        return self.clauses[bisect_left(self.verbs, lo) : bisect_left(self.verbs, hi)]

    def mentions_between(self, lo: int, hi: int) -> tuple[Mention, ...]:
        """Mentions that start in [lo, hi), in text order."""
        starts = self.mention_starts
        return self.mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def has_quote_between(self, lo: int, hi: int) -> bool:
        """True when a quote mark opens in [lo, hi), or a quote opened before lo runs into it."""
        k = bisect_left(self.opens, lo)
        if k < len(self.opens) and self.opens[k] < hi:
            return True
        return k > 0 and self.spans[k - 1].stop > lo

    def span_index(self, span: Span) -> int:
        """The position of one of this paragraph's spans in `spans`."""
        return bisect_left(self.opens, span.open)

    def starts_with_quote(self, span: Span) -> bool:
        """True when nothing but whitespace stands before the span's opening mark."""
        return self.text[: span.open].strip() == ""


_SINGLE: Final = (0,)  # the sentence starts of a paragraph that is one sentence
_NONE: list = []  # (read only) what a scan found in a paragraph where it found nothing


class Prepared(NamedTuple):
    """An article's paragraphs prepared, with what the Registry reads of their whole text."""

    paragraphs: list[Paragraph]
    masked: str  # every paragraph's masked text, joined by line breaks
    lowercase: LowercaseWords  # the lowercase words of `masked`, as asked while finding names


def build_paragraphs(paragraphs: Sequence[str]) -> Prepared:
    """Prepare every body paragraph of an article."""
    prepared = []
    budget = NameBudget()
    paragraphs, all_spans, unread = within_quote_budget(paragraphs, find_spans(paragraphs))
    masks = list(map(mask, paragraphs, all_spans))
    # Stops, pronouns and cue words are found by one scan of the article (its paragraphs joined
    # by line breaks, which no match crosses): a scan per paragraph cost more than the rest of
    # the work on a one-line paragraph.
    joined = "\n".join(masks)
    starts = list(accumulate((len(m) + 1 for m in masks[:-1]), initial=0))
    stops = _offsets_by_paragraph(stop_offsets(joined), starts)
    # (the cue words and the pronouns from one split of the text into its words)
    found_cues, found_pronouns = cues_and_pronouns(joined)
    pronouns = _words_by_paragraph(found_pronouns, starts)
    cues = _words_by_paragraph(found_cues, starts)
    # (asked of a three-word name opening a sentence, and by the Registry, of the same text: its
    # answers to the first are not searched for again)
    vocabulary = LowercaseWords(joined, paragraphs)
    for index, spans in enumerate(all_spans):
        text, masked = paragraphs[index], masks[index]
        # (a paragraph without a quote, a stop or a reporting word is one sentence without a
        # clause: most lines of a long list, spared the calls that would find so; so is one
        # whose stops are all inside its words, `Price: £19.99`)
        plain = not spans and (index not in stops or breaks_nowhere(text, stops[index]))
        if plain:
            bounds: tuple[tuple[int, int], ...] = ((0, len(text)),)
        else:
            bounds = tuple(sentences(text, spans, masked, stops.get(index, _NONE)))
        mentions = tuple(find_mentions(masked, budget, pronouns.get(index, _NONE), vocabulary))
        # (comprehensions, not `map` with an attrgetter: compiled, each read is a native field's,
        # where the getter was a generic attribute look-up per item)
        mention_starts = tuple([m.start for m in mentions]) if mentions else ()
        if plain and index not in cues and MASK not in masked:
            clauses: tuple[Clause, ...] = ()
        else:
            found = find_clauses(masked, mentions, bounds, cues.get(index, _NONE), mention_starts)
            clauses = tuple(found)
        # (most lines of a long list hold no quote, name or clause: nothing to map for them)
        prepared.append(
            Paragraph(
                index,
                text,
                spans,
                masked,
                bounds,
                mentions,
                clauses,
                tuple([span.open for span in spans]) if spans else (),
                tuple([clause.verb_start for clause in clauses]) if clauses else (),
                mention_starts,
                _SINGLE if len(bounds) == 1 else tuple([bound[0] for bound in bounds]),
                unread.get(index, ()) if unread else (),
            )
        )
    return Prepared(prepared, joined, vocabulary)


# (`“...” So says Ann Lee`: an adverb that turns the subject round after the verb)
_LEADS: Final = ("", "the", "The", "a", "A", "an", "So", "Thus")
_SMALL: Final = frozenset("the a an as and or of to in at for that which".split())
_OWNER: Final = re.compile(r"\w['’]s?$")  # a possessive word: `Acme's`, `NBC Sports’`
# A role opened by an article, `of`/`for`/`at`, and the capitalised name of the body it serves
# (`of` and `&` may join its words: `Isle of Carna Ferry Company`).
_ROLE_OF_BODY: Final = re.compile(
    r"(?:the|a|an) (?:[a-z][\w'’-]* ){1,4}(?:of|for|at) (?:the )?"
    r"[A-Z][\w'’.&-]*(?: (?:of |& )?[A-Z][\w'’.&-]*){0,7}"
)


def _role_lead(lead: str) -> bool:
    """A role the mention did not take in: `“...,” envoy to Chile Ana Ruiz said`."""
    words = lead.split()
    if words and all(w in NAME_PARTICLES for w in words):
        return True  # `“...,” de la Fuente said`: the lowercase start of a surname
    if len(words) > 6 and _ROLE_OF_BODY.fullmatch(lead):
        # `“...,” the president of the X Student Association, Ann Lee, said`: a body's long name
        return any(titled(w) for w in words[1:5])
    if not 0 < len(words) <= 6 or MASK in lead:
        return False  # (every rule below wants a few words and no quote among them)
    if any(_OWNER.search(w) for w in words):
        return True  # `“...,” NBC Sports’ Mike Florio said`, `Jo Bell's husband Tim Bell`
    if possessed_kin(words):
        return True  # `“...,” her son Jonas said`: a relation named by a possessive
    if len(words) <= 3 and ORG_HEAD.fullmatch(words[-1].lower()):
        # `“...,” ride-hailing company Zoomly said`: the kind of body the name is
        return not any(w.lower() in _SMALL for w in words)
    return any(titled(w) for w in words)


def _offsets_by_paragraph(found: Iterable[int], starts: list[int]) -> dict[int, list[int]]:
    """Offsets in the joined paragraphs as {paragraph index: offsets within that paragraph}."""
    by_paragraph: dict[int, list[int]] = {}
    for at in found:
        index = bisect_right(starts, at) - 1
        by_paragraph.setdefault(index, []).append(at - starts[index])
    return by_paragraph


def _words_by_paragraph(
    found: Iterable[tuple[int, int, str]], starts: list[int]
) -> dict[int, list[tuple[int, int, str]]]:
    """Words (start, end, text) in the joined paragraphs, by paragraph, offsets within it."""
    by_paragraph: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, word in found:
        index = bisect_right(starts, start) - 1
        shift = starts[index]
        by_paragraph.setdefault(index, []).append((start - shift, end - shift, word))
    return by_paragraph


def clause_for(
    paragraph: Paragraph,
    span: Span,
    sentence: tuple[int, int] | None = None,
    index: int | None = None,
) -> Clause | None:
    """The reporting clause of a quote: right after it (`“...,” he said`), else before it.

    `sentence` is the bounds of the quote's sentence, `index` the span's place in the paragraph's
    spans, when the caller has them already.
    """
    sentence_start, sentence_end = sentence or paragraph.sentence(span.open)
    verbs, clauses = paragraph.verbs, paragraph.clauses
    last = bisect_left(verbs, span.open) - 1
    # the nearest clause before the quote in its sentence (after an earlier quote or not)
    before = clauses[last] if last >= 0 and verbs[last] >= sentence_start else None
    if span.stop >= sentence_end and sentence_end < len(paragraph.text):
        if before is not None:
            return before  # `X claimed that they had “come to terms.” The deal said ...`
        # `“Who pays?” Mr. Pike asked.`: the quote's own mark ended the sentence
        sentence_end = paragraph.sentence(sentence_end)[1]
    k = paragraph.span_index(span) if index is None else index
    spans = paragraph.spans
    after_end = sentence_end
    if k + 1 < len(spans) and spans[k + 1].open < sentence_end:
        after_end = spans[k + 1].open  # the next quote's own clause is not this one's
    first = bisect_left(verbs, span.stop)
    if first < len(clauses) and clauses[first].verb_start < after_end:
        clause = clauses[first]
        if clause.start >= span.stop:  # (the words between read only for a clause after the quote)
            lead = paragraph.masked[span.stop : clause.start].strip(" ,—–")
            if (lead in _LEADS or _role_lead(lead)) and not _subordinate(clause, before):
                if not _report_source(paragraph.masked, clause, before):
                    return clause
            if before is None and _closing(paragraph.masked, clause):
                return clause
    return before


# Conjunctions that open a clause of its own: `after a newspaper reported that ...`.
_SUBORDINATORS: Final = frozenset(
    "after before since because although though until unless whereas".split()
)


def _subordinate(clause: Clause, before: Clause | None) -> bool:
    """`X has told the court he “...” after a newspaper reported that ...`: a clause after the
    quote opened by a conjunction reports something else when a named subject's clause before
    the quote gives it (`he “...”`, a partial quote of X)."""
    if clause.phrase is None or before is None or before.subject is None:
        return False
    if before.subject.start >= before.verb_start:
        return False  # (`told the court he “...”`: a name after the verb is its object)
    return clause.phrase.split(" ", 1)[0].lower() in _SUBORDINATORS


# A closing `according to` (see _report_source, _according_closing).
_ACCORDING: Final = ("according to ", "According to ")


def _report_source(masked: str, clause: Clause, before: Clause | None) -> bool:
    """`The regulator warned the owners that the wall needed “urgent work,” according to
    inspection records`: a closing `according to` papers (see record_source) after a quote whose
    own clause before it, in its sentence, has a subject says where the report comes from, not
    who spoke (`..., according to its secretary, X` is X's)."""
    if before is None or (before.subject is None and not before.phrase):
        return False
    if clause.subject is not None or not clause.phrase:
        return False
    according = masked.startswith(_ACCORDING, clause.verb_start)
    return according and record_source(clause.phrase)


def _closing(masked: str, clause: Clause) -> bool:
    """A clause that closes its sentence after a comma gives the quote of its sentence that
    no clause before names a speaker: `, according to the agency.` (see _according_closing),
    `He had been “...” when he was brought up, a hospital spokeswoman said.`"""
    if _according_closing(masked, clause):
        return True
    return masked.startswith(".", clause.verb_end) and masked.endswith(", ", 0, clause.start)


def _according_closing(masked: str, clause: Clause) -> bool:
    """`Bees add “well over $18 billion” to crops' value, according to the agency.`: a closing
    `, according to X` gives the quote of its sentence that no clause before names a speaker."""
    return masked.startswith(_ACCORDING, clause.verb_start) and (
        masked.endswith(", ", 0, clause.verb_start)
    )


def _end(bound: tuple[int, int]) -> int:
    return bound[1]
