"""One body paragraph prepared for quote work: its quote spans, sentences, names and clauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from api.parser.quote_clauses import Clause, find_clauses
from api.parser.quote_people import Mention, find_mentions
from api.parser.quote_spans import Span, find_spans, mask, sentence_of, sentences


@dataclass(frozen=True)
class Paragraph:
    """A paragraph with every quote masked, so names and verbs come from the text outside quotes."""

    index: int
    text: str
    spans: tuple[Span, ...]  # every pair of quote marks, titles and scare quotes included
    masked: str
    bounds: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    clauses: tuple[Clause, ...]

    def sentence(self, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding an offset."""
        return sentence_of(self.bounds, offset)

    def starts_with_quote(self, span: Span) -> bool:
        """True when nothing but whitespace stands before the span's opening mark."""
        return self.text[: span.open].strip() == ""


def build_paragraphs(paragraphs: Sequence[str]) -> list[Paragraph]:
    """Prepare every body paragraph of an article."""
    prepared = []
    for index, spans in enumerate(find_spans(paragraphs)):
        text = paragraphs[index]
        masked = mask(text, spans)
        bounds = tuple(sentences(text, spans))
        mentions = tuple(find_mentions(masked))
        clauses = tuple(find_clauses(masked, mentions, bounds))
        prepared.append(Paragraph(index, text, tuple(spans), masked, bounds, mentions, clauses))
    return prepared


def clause_for(paragraph: Paragraph, span: Span, others: Sequence[Span]) -> Clause | None:
    """The reporting clause of a quote: right after it (`“...,” he said`), else before it."""
    sentence_start, sentence_end = paragraph.sentence(span.open)
    if span.stop >= sentence_end and sentence_end < len(paragraph.text):
        # `“Who pays?” Mr. Pike asked.`: the quote's own mark ended the sentence
        sentence_end = paragraph.sentence(sentence_end)[1]
    later = [s.open for s in others if s.open > span.open and s.open < sentence_end]
    after_end = min(later, default=sentence_end)
    for clause in paragraph.clauses:
        if span.stop <= clause.verb_start < after_end:
            lead = paragraph.masked[span.stop : clause.start].strip(" ,")
            if clause.start >= span.stop and lead in ("", "the", "The", "a", "A", "an"):
                return clause
            break
    earlier = [s.stop for s in others if s.stop <= span.open and s.stop > sentence_start]
    before_start = max(earlier, default=sentence_start)
    found = [c for c in paragraph.clauses if before_start <= c.verb_start < span.open]
    if found:
        return found[-1]
    found = [c for c in paragraph.clauses if sentence_start <= c.verb_start < span.open]
    return found[-1] if found else None
