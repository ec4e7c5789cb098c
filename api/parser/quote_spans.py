"""Pairs double quote marks into spans, and splits a paragraph into sentences around them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from api.parser.quote_words import ABBREVIATIONS

STRAIGHT = '"'
OPENING = "“"
CLOSING = "”"
MARKS = STRAIGHT + OPENING + CLOSING
MASK = "\x00"  # stands in for quoted characters so that no name or verb is found inside quotes
_OPEN_AFTER = " \t([{—–-/\u00a0"


@dataclass(frozen=True)
class Span:
    """Text between a pair of quote marks in one paragraph; `close` is None when it runs on."""

    paragraph: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None when the paragraph ends first
    start: int  # first character of the whitespace-trimmed text
    end: int  # just past its last character

    @property
    def stop(self) -> int:
        """Offset just past the closing mark (or past the text of a run-on quote)."""
        return self.end if self.close is None else self.close + 1


def _opens(text: str, i: int) -> bool:
    """A mark at the start of a word: `said “no`, `("Yes`."""
    before_ok = i == 0 or text[i - 1] in _OPEN_AFTER
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def _make(paragraph: int, text: str, open_: int, close: int | None) -> Span | None:
    inner_end = len(text) if close is None else close
    start, end = open_ + 1, inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(paragraph, open_, close, start, end) if end > start else None


def paragraph_spans(index: int, text: str) -> list[Span]:
    """Quote spans of one paragraph, pairing marks left to right."""
    spans: list[Span] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch not in MARKS:
            continue
        if open_at is None:
            if ch == CLOSING and not _opens(text, i):
                continue  # a stray closing mark
            if ch == STRAIGHT and i > 0 and text[i - 1].isdigit():
                continue  # inches: 6'2"
            open_at = i
            continue
        if ch == OPENING and _opens(text, i) and i > 0 and text[i - 1].isspace():
            # `“Hello, he said. “Bye.”`: the first quote was never closed; end it here.
            span = _make(index, text, open_at, i - 1)
            open_at = i
        else:
            span = _make(index, text, open_at, i)
            open_at = None
        if span:
            spans.append(span)
    if open_at is not None:
        span = _make(index, text, open_at, None)
        if span:
            spans.append(span)
    return spans


def find_spans(paragraphs: Sequence[str]) -> list[list[Span]]:
    """Quote spans of every paragraph, in order."""
    return [paragraph_spans(i, text) for i, text in enumerate(paragraphs)]


def starts_with_quote(text: str) -> bool:
    """True when the paragraph opens with a quote mark: `“But it does appear ...`."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in OPENING + STRAIGHT


def mask(text: str, spans: Sequence[Span]) -> str:
    """The paragraph with every quote (marks included) blanked out, offsets unchanged."""
    chars = list(text)
    for span in spans:
        for i in range(span.open, span.stop):
            chars[i] = MASK
    return "".join(chars)


_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _abbreviation(text: str, dot: int) -> bool:
    """`Gov.` in `Gov. Eric Holcomb`, or an initial as in `J. Smith`."""
    match = _WORD_BEFORE.search(text[:dot])
    if not match:
        return False
    word = match.group(1)
    return word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word


def _starts_sentence(text: str, i: int) -> int | None:
    """Offset of the next sentence's first character when one starts after whitespace at i."""
    if i >= len(text) or not text[i].isspace():
        return None if i < len(text) else len(text)
    while i < len(text) and text[i].isspace():
        i += 1
    if i == len(text):
        return i
    ch = text[i]
    return i if ch.isupper() or ch.isdigit() or ch in OPENING + STRAIGHT + "(" else None


def sentences(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Sentence bounds (start, end); full stops inside quotes never split a sentence."""
    closes = {s.close: s for s in spans if s.close is not None}
    inside = set()
    for span in spans:
        inside.update(range(span.open, span.stop))
    bounds, begin, i = [], 0, 0
    while i < len(text):
        after = None
        if i in closes:
            span = closes[i]
            if text[span.start : span.end][-1:] in (".", "?", "!"):
                after = i + 1
        elif i not in inside and text[i] in ".?!":
            if text[i] != "." or not _abbreviation(text, i):
                after = i + 1
                while after < len(text) and text[after] in ")]’'":
                    after += 1
        if after is not None:
            nxt = _starts_sentence(text, after)
            if nxt is not None and nxt < len(text):
                bounds.append((begin, after))
                begin = nxt
                i = nxt
                continue
        i += 1
    bounds.append((begin, len(text)))
    return bounds


def sentence_of(bounds: Sequence[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding an offset."""
    for start, end in bounds:
        if start <= offset < end:
            return start, end
    return bounds[-1]
