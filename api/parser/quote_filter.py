"""Tells someone's words from titles, nicknames, chants and scare quotes."""

from __future__ import annotations

import re

from api.parser.quote_context import Paragraph, clause_for
from api.parser.quote_spans import MASK, Span
from api.parser.quote_words import LIST_JOINERS, NOT_SPEECH_CUES, TITLE_SMALL_WORDS

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _cue_before(paragraph: Paragraph, span: Span, sentence_start: int) -> bool:
    """`the song “...”`, `dubbed “...”`, `signs with sayings such as, “...”`."""
    head = paragraph.masked[max(sentence_start, _previous_stop(paragraph, span)) : span.open]
    words = [w.lower() for w in _WORD.findall(head)[-3:]]
    return any(w in NOT_SPEECH_CUES for w in words)


def _previous_stop(paragraph: Paragraph, span: Span) -> int:
    """Just past the quote before this one (0 for the first): text before it is masked."""
    k = paragraph.span_index(span)
    return paragraph.spans[k - 1].stop if k > 0 else 0


def _joined(paragraph: Paragraph, previous: Span, span: Span) -> bool:
    """`“Fund our schools,” and “Put kids first,”`: quotes listed one after another."""
    between = paragraph.masked[previous.stop : span.open]
    words = [w.lower() for w in _WORD.findall(between)]
    return MASK not in between and all(w in LIST_JOINERS for w in words)


def title_case(words: list[str]) -> int:
    """How many words a title-cased text has, given its words (0 when it is not): `Red for Ed`."""
    big = [w for w in words if w.lower() not in TITLE_SMALL_WORDS or w == words[0]]
    if len(big) < 2 or not all(w[0].isupper() for w in big):
        return 0
    return len(words)


def _standalone(masked: str, sentence_start: int, open_: int) -> bool:
    """Nothing but a colon-ended lead before the quote in its sentence: `She said: “...`."""
    i = open_
    while i > sentence_start and masked[i - 1].isspace():
        i -= 1
    return i == sentence_start or masked[i - 1] == ":"


def speech_spans(paragraph: Paragraph) -> list[Span]:
    """The spans that hold someone's words, in order."""
    kept: list[Span] = []
    previous: Span | None = None
    previous_cued = False
    spans = paragraph.spans
    for span in spans:
        sentence_start, sentence_end = paragraph.sentence(span.open)
        text = paragraph.text[span.start : span.end]
        cued = _cue_before(paragraph, span, sentence_start)
        if previous is not None and previous_cued and _joined(paragraph, previous, span):
            cued = True  # a list of titles or chants shares the cue of its first item
        previous, previous_cued = span, cued
        if cued:
            continue
        clause = clause_for(paragraph, span)
        tight = clause is not None and clause.verb_start > span.open
        words = _WORD.findall(text)
        capitals = title_case(words)
        if capitals >= 3 or (capitals and not tight):
            continue  # `“We’re Not Gonna Take It”`, `“Star Wars,”`
        standalone = _standalone(paragraph.masked, sentence_start, span.open)
        if len(words) == 1 and words[0][0].isupper() and not standalone:
            continue  # `sold under the “AquaSwift” name`: a name, not someone's word
        has_clause = bool(paragraph.clauses_between(sentence_start, sentence_end))
        if standalone or has_clause:
            kept.append(span)
    return kept
