"""Direct quotes in body paragraphs: their text, offsets and speakers."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from api.parser.attribution import Speaker, attribute
from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph, build_paragraphs
from api.parser.quote_entries import Method
from api.parser.quote_filter import drop_echoes, speech_spans
from api.parser.quote_interviews import answer_unlabelled
from api.parser.quote_spans import MARKS, SINGLE_MARKS, Span

__all__ = ["Quote", "QuoteAnalysis", "Speaker", "analyse_quotes"]
_HAS_MARK: Final = re.compile("[" + MARKS + SINGLE_MARKS + "]")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted span; a quote split around its attribution gives one Quote per part."""

    paragraph: int  # 0-based index into Document.paragraphs (body paragraphs only)
    start: int  # offset of the first character of the quote text in that paragraph
    end: int  # offset just past its last character; paragraph[start:end] == text
    text: str
    speaker: str | None  # Speaker.name, or None when not clear
    method: Method | None
    continues: bool = False  # the next span carries on this same quote

    # (written out, as the dataclass would write it for a frozen class: compiled (mypyc), the
    # one the dataclass generates is a Python function run by the interpreter; this one is
    # native code, and `object.__setattr__` sets a frozen field)
    def __init__(
        self,
        paragraph: int,
        start: int,
        end: int,
        text: str,
        speaker: str | None,
        method: Method | None,
        continues: bool = False,
    ) -> None:
        object.__setattr__(self, "paragraph", paragraph)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "method", method)
        object.__setattr__(self, "continues", continues)


@dataclass(frozen=True, slots=True)
class QuoteAnalysis:
    """Every quote of an article and the speakers that have at least one of them."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]  # in order of first appearance


def _runs_on(paragraphs: Sequence[Paragraph], kept: Sequence[Sequence[Span]]) -> set[int]:
    """Paragraphs whose first quote continues one left open at the end of the paragraph before.

    `“... and then we left.` (no closing mark) followed by `“We never went back.”`.
    """
    found = set()
    for index in range(1, len(paragraphs)):
        previous, current = kept[index - 1], kept[index]
        if previous and previous[-1].close is None and current:
            if paragraphs[index].starts_with_quote(current[0]):
                found.add(index)
    return found


def _split(paragraph: Paragraph, first: Span, second: Span) -> bool:
    """`“So, in a real sense,” he explained, “this does give them ...”`: one quote, two parts."""
    # (the cheapest tests first: most pairs of quotes have no comma between them)
    if not paragraph.masked[first.stop : second.open].rstrip().endswith(","):
        return False
    if paragraph.sentence(first.open) != paragraph.sentence(second.open):
        return False
    if paragraph.text[first.start : first.end][-1:] in (".", "?", "!"):
        return False
    return len(paragraph.clauses_between(first.stop, second.open)) == 1


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a block (and on again after it if it was on).

    The analysis builds a few objects per paragraph and per quote, and no reference cycles
    (tests/quotes/test_collector.py): the collector has nothing to free in them, but each of its
    full passes walks every live object, and there are more such passes the more objects there
    are. On 2 MB of one-line paragraphs that was a third of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def analyse_quotes(paragraphs: Sequence[str]) -> QuoteAnalysis:
    """Find the quotes of an article's body paragraphs and who said each of them."""
    if not any(_HAS_MARK.search(text) for text in paragraphs):
        return QuoteAnalysis((), ())  # not one quote mark: no names or clauses need finding
    with collector_paused():
        return _analyse(paragraphs)


def _analyse(paragraphs: Sequence[str]) -> QuoteAnalysis:
    article = build_paragraphs(paragraphs)
    prepared = article.paragraphs
    # (the empty tuple for a paragraph without quotes: no list of its own for the collector)
    clauses: dict[int, Clause | None] = {}  # a kept span's reporting clause, by the span's id
    kept = [speech_spans(p, clauses) if p.spans else () for p in prepared]
    drop_echoes(prepared, kept)
    runs_on = _runs_on(prepared, kept)
    found, speakers = attribute(article, kept, runs_on, clauses)
    answer_unlabelled(prepared, kept, found)
    quotes = []
    for paragraph, spans, attributions in zip(prepared, kept, found, strict=True):
        for i, (span, attribution) in enumerate(zip(spans, attributions, strict=True)):
            if i + 1 < len(spans):
                continues = _split(paragraph, span, spans[i + 1])
            else:
                continues = paragraph.index + 1 in runs_on
            quotes.append(
                Quote(
                    paragraph=paragraph.index,
                    start=span.start,
                    end=span.end,
                    text=paragraph.text[span.start : span.end],
                    speaker=attribution.speaker,
                    method=attribution.method,
                    continues=continues,
                )
            )
        if paragraph.unread:
            quotes.extend(_unread(paragraph, paragraphs[paragraph.index]))
    return QuoteAnalysis(tuple(quotes), tuple(speakers))


def _unread(paragraph: Paragraph, text: str) -> Iterator[Quote]:
    """The quotes of a paragraph past the article's quote budget: found, with no speaker."""
    for span in paragraph.unread:
        yield Quote(paragraph.index, span.start, span.end, text[span.start : span.end], None, None)
