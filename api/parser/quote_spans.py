"""Pairs quote marks into spans, and splits a paragraph into sentences around them.

Double marks are quotation marks; single marks are when an article quotes with them (British
style: more single marks open quotes than double ones), and then doubles nest inside them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from api.parser.quote_abbreviated_names import (
    ABBREVIATED_GIVEN,
    FIRM_ENDINGS,
    TITLE_CHARS,
    abbreviated_given,
    firm_closed,
    stacked_title,
)
from api.parser.quote_words import (
    ABBREVIATIONS,
    NAMING_PARTICIPLES,
    NAMING_VERBS,
    REPORTING_VERBS,
)

STRAIGHT: Final = '"'
OPENING: Final = "“"
CLOSING: Final = "”"
MARKS: Final = STRAIGHT + OPENING + CLOSING
SINGLE_MARKS: Final = "'‘’"
# A single mark opening a quote: at the start of a word after a space or bracket, before a
# letter: `said ‘We`, `('Yes` (not `’90s` or `rock ’n’`, handled when pairing).
# (The mark is written first and what stands before it as a look-behind after it: the engine
# then skips straight to the marks instead of trying the look-behind at every character.)
# (or before a currency sign: `could reach ‘€1.5 million or more’`, `‘£40 a week’`; no
# apostrophe stands before one, as one does before a year's digits: `the ’90s`)
QUOTE_WORD_START: Final = r"(?=[^\W\d_]|[£$€¥₹])"
_SINGLE_OPEN: Final = re.compile(r"['‘](?<![^\s(\[—–]['‘])" + QUOTE_WORD_START)
# The same, one pattern per mark, for counting them over a whole article (and a double mark
# opening a quote, before a non-space): a pattern that opens with one character skips to it,
# where one that opens with a set tests the set on every character of the text.
_SINGLE_OPENS: Final = {
    m: re.compile(m + r"(?<![^\s(\[—–]" + m + r")" + QUOTE_WORD_START) for m in "'‘"
}
_DOUBLE_OPENS: Final = {m: re.compile(m + r"(?<![^\s(\[—–]" + m + r")(?=\S)") for m in '"“'}
# A single mark closing one: after a non-space, before a non-letter: `win,’ she`, `farce’.`
# (not the second mark of a one-letter elision: `rock ’n’ roll`)
_SINGLE_CLOSE: Final = re.compile(r"(?<=\S)(?<!\s['’]\w)['’](?![^\W_])")
# `the players’ union`: a plural's apostrophe, a mark after an s and before a lowercase word.
_PLURAL_OWNER: Final = re.compile(r"(?<=s)['’] (?=[a-z])")
# What stands before a single-mark quote that opens a sentence, and what its words end on.
_SENTENCE_ENDS: Final = ".?!:"
_QUOTE_PUNCTUATION: Final = ",.?!…—-"
# stands in for quoted characters so that no name or verb is found inside quotes
MASK: Final = "\x00"
_OPEN_AFTER: Final = " \t([{—–-/\u00a0"


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__
# (about 0.2 us a field); one is made per quote, and none is changed after it is made.
@dataclass(slots=True, unsafe_hash=True)
class Span:
    """Text between a pair of quote marks in one paragraph; `close` is None when it runs on."""

    paragraph: int
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark, None when the paragraph ends first
    start: int  # first character of the whitespace-trimmed text
    end: int  # just past its last character
    # just past the closing mark (or past the text of a run-on quote): a field, not a property,
    # as it is read a dozen times per quote and a property is a Python call per read
    stop: int

    # (written out, as the dataclass would write it: compiled (mypyc), the one the dataclass
    # generates is a Python function run by the interpreter; this one is native code)
    def __init__(
        self, paragraph: int, open: int, close: int | None, start: int, end: int, stop: int
    ) -> None:
        self.paragraph = paragraph
        self.open = open
        self.close = close
        self.start = start
        self.end = end
        self.stop = stop


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
    if end <= start:
        return None
    return Span(paragraph, open_, close, start, end, end if close is None else close + 1)


def paragraph_spans(index: int, text: str) -> list[Span]:
    """Quote spans of one paragraph, pairing marks left to right."""
    spans: list[Span] = []
    if STRAIGHT not in text and OPENING not in text and CLOSING not in text:
        return spans  # most paragraphs of a long list or transcript: no regex scan for them
    open_at: int | None = None
    for i in _mark_offsets(text):
        ch = text[i]
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


def _mark_offsets(text: str) -> list[int]:
    """Offsets of the text's double quote marks, in order."""
    return _offsets_of(text, MARKS)


def _offsets_of(text: str, marks: Iterable[str]) -> list[int]:
    """Offsets of every one-character mark of `marks` in the text, in order."""
    # str.find per mark, not a regex scan: the engine tests each character against the set and
    # makes a match object per mark, several times the cost of finding each mark by memchr
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def find_spans(paragraphs: Sequence[str]) -> list[tuple[Span, ...]]:
    """Quote spans of every paragraph, in order, with the article's own quotation marks.

    (Tuples: a paragraph without a quote then holds the one empty tuple, not a list of its own.)
    """
    if quotes_with_single_marks(paragraphs):
        pair, other, clear = single_spans, paragraph_spans, _clear_double_quote
    else:
        pair, other, clear = paragraph_spans, single_spans, _clear_single_in_double_copy
    found: list[tuple[Span, ...]] = []
    for i, text in enumerate(paragraphs):
        spans = pair(i, text)
        if not spans:
            spans = _other_mark_quotes(other(i, text), text, clear)
        found.append(tuple(spans))
    return found


def _other_mark_quotes(
    spans: list[Span], text: str, clear: Callable[[Span, str], bool]
) -> list[Span]:
    """A paragraph without a quote in the article's mark keeps the other mark's quotes when
    each is clearly one: `'We're tired,' she said.` in copy quoted in double marks."""
    return spans if spans and all(clear(span, text) for span in spans) else []


def _clear_single_quote(span: Span, text: str) -> bool:
    """`. 'We're tired,' she said.` -> True; `Rohan 'Bigga' Tulloch`, `the song 'Blue Moon'`
    -> False: a closed single-mark quote opening a sentence and ending on its punctuation,
    before a cue or the paragraph's end (a nickname or a title stands inside a sentence)."""
    if span.close is None or not text[span.start].isupper():
        return False
    before = text[: span.open].rstrip()
    # (a list's number, `7. 'Home', by ...`, ends no sentence)
    if before and (before[-1] not in _SENTENCE_ENDS or before[-2:-1].isdigit()):
        return False
    after = text[span.stop : span.stop + 2]
    if text[span.end - 1] in _QUOTE_PUNCTUATION:
        return not after or after[0].isspace()
    # (British style, the stop or comma outside the mark: `'We're tired', she said.`; one word
    # so marked is a title: `'Home', by the pupils`)
    return (
        after[:1] in (",", ".")
        and (len(after) == 1 or after[1].isspace())
        and " " in text[span.start : span.end]
    )


def _clear_single_in_double_copy(span: Span, text: str) -> bool:
    """A quote in single marks that copy quoted in double ones keeps: a whole sentence (see
    _clear_single_quote), or a partial quote after a verb of saying (see _quoted_partial)."""
    return _clear_single_quote(span, text) or _quoted_partial(span, text)


# A partial quote is this many words at least: one or two words so marked are a scare quote or
# a title (`the so-called ‘reform’`, `her ‘Blue Moon’`).
_PARTIAL_WORDS: Final = 3
_PARTIAL_REACH: Final = 120  # the characters before the mark read for the verb
_SAYING_VERBS: Final = NAMING_VERBS | NAMING_PARTICIPLES | REPORTING_VERBS
_WORD: Final = re.compile(r"[a-z]+")


def _quoted_partial(span: Span, text: str) -> bool:
    """`described the name as ‘a bit of a mouthful’.` -> True: a closed quote in curly single
    marks (no apostrophe opens so) of three words or more, ending its clause (a comma or a
    stop after it), with a verb of saying or naming in its sentence before it; `the ‘once in a
    generation’ deal` (the sentence goes on) and `so-called ‘reform’` -> False."""
    if span.close is None or text[span.open] != "‘":
        return False
    if text.count(" ", span.start, span.end) < _PARTIAL_WORDS - 1:
        return False
    after = text[span.stop : span.stop + 1]
    if after and after not in ",.;" and text[span.end - 1] not in _QUOTE_PUNCTUATION:
        return False
    lo = max(0, span.open - _PARTIAL_REACH)
    before = text[lo : span.open]
    sentence = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    words = _WORD.findall(before, sentence + 1)
    return not _SAYING_VERBS.isdisjoint(words)


def _clear_double_quote(span: Span, text: str) -> bool:
    """`said it was “reviewing every option”.` -> True, `Rohan “Bigga” Tulloch` -> False: a
    closed double-mark quote of more than one word (doubles are no apostrophe; one word between
    them is a nickname or a scare quote)."""
    return span.close is not None and " " in text[span.start : span.end]


def quotes_with_single_marks(paragraphs: Sequence[str]) -> bool:
    """True when more single marks than double ones open quotes: `‘We will win,’ she said.`"""
    text = "\n".join(paragraphs)
    if "'" not in text and "‘" not in text:
        return False  # (no mark that opens a single quote: most articles, spared both scans)
    singles = _count(_SINGLE_OPENS, text)
    return singles > 0 and singles > _count(_DOUBLE_OPENS, text)


def _count(opens: dict[str, re.Pattern[str]], text: str) -> int:
    """How many marks open a quote in the text (as the pattern for both marks finds them)."""
    # (a mark the text does not hold is not scanned for: `‘` and `“` in most ASCII articles)
    return sum(len(pattern.findall(text)) for mark, pattern in opens.items() if mark in text)


def single_spans(index: int, text: str) -> list[Span]:
    """Quote spans between single marks: `‘We will win,’ she said.`, doubles nested inside.

    An opening mark pairs with the next mark that can close it before another opens, so each
    stretch of text is read once; a mark glued to the next word closes nothing.
    """
    spans: list[Span] = []
    opening = _SINGLE_OPEN.search(text)
    while opening is not None:
        following = _SINGLE_OPEN.search(text, opening.end())
        close = _single_close(text, opening.end(), following.start() if following else len(text))
        if close is None and following is not None:
            opening = following  # `‘A’하는 ... ‘B’`: no mark closes before the next opens
            continue
        span = _make(index, text, opening.start(), close)
        if span:
            spans.append(span)
        # a close stands before `following`, so the next quote opens there (or none does: the
        # quote left open runs on to the paragraph's end)
        opening = following if close is not None else None
    return spans


def _single_close(text: str, lo: int, hi: int) -> int | None:
    """The mark in text[lo:hi] that closes a single-mark quote; a plural's apostrophe
    (`the players’ union`) only when no other mark does."""
    plural = None
    for candidate in _SINGLE_CLOSE.finditer(text, lo, hi):
        if not _PLURAL_OWNER.match(text, candidate.start()):
            return candidate.start()
        plural = candidate.start() if plural is None else plural
    return plural


def starts_with_quote(text: str) -> bool:
    """True when the paragraph opens with a quote mark: `“But it does appear ...`."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in OPENING + STRAIGHT


def mask(text: str, spans: Sequence[Span]) -> str:
    """The paragraph with every quote (marks included) blanked out, offsets unchanged.

    `spans` are in text order, as paragraph_spans and single_spans pair them.
    """
    if not spans:
        return text
    parts, done = [], 0
    for span in spans:
        begin = done if done > span.open else span.open
        if span.stop > begin:
            parts += [text[done:begin], MASK * (span.stop - begin)]
            done = span.stop
    parts.append(text[done:])
    return "".join(parts)


# An abbreviation is a short word: looking further back than this cannot change the answer for
# any word in ABBREVIATIONS, and keeps a long run of letters and dots from being read again and
# again (`J.J.J.J...`).
_WORD_LOOKBACK: Final = 32


def _word_before(text: str, dot: int) -> str:
    """The run of word characters and dots ending at `dot` (at most _WORD_LOOKBACK of them):
    `Gov` in `said Gov. Holcomb` (at the stop), `` after a quote mark or a bracket."""
    if not dot or not _run_character(text[dot - 1]):
        return ""  # (a stop after a quote mark or a bracket, no word before it)
    # (read back one character at a time: compiled, each step is a native index and test, where
    # a match on the reversed window cost a regex call's set-up, several times a short word's
    # steps; `[\w.]*` was that match's pattern, `\w` being what str.isalnum takes, and `_`)
    low = dot - _WORD_LOOKBACK if dot > _WORD_LOOKBACK else 0
    # (most words stand after a space and hold letters only, `spoke.`: the slice from the last
    # space is the run when the character test holds for all of it, read by one native call)
    space = text.rfind(" ", low, dot)
    word = text[space + 1 if space >= 0 else low : dot]
    if word.isalnum():
        return word
    start = dot - 1
    while start > low and _run_character(text[start - 1]):
        start -= 1
    return text[start:dot]


def _run_character(char: str) -> bool:
    """`a`, `É`, `7`, `_`, `.` -> True; ` `, `’`, `-` -> False: a word character or a dot."""
    return char.isalnum() or char == "_" or char == "."


def _abbreviation(text: str, dot: int) -> bool:
    """`Gov.` in `Gov. Eric Holcomb`, or an initial as in `J. Smith`."""
    word = _word_before(text, dot)
    if not word:
        return False
    if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word:
        return not (word in FIRM_ENDINGS and firm_closed(text, dot - len(word), dot))
    # `Ma. Teresa Cruz said` (the set first: most words before a stop are none of them)
    if word.lower() in ABBREVIATED_GIVEN:
        return abbreviated_given(text, dot - len(word), dot + 1)
    # `, Ing. Dr X`: a title before a known title (the short test first: most words are longer)
    return len(word) <= TITLE_CHARS and stacked_title(text, dot - len(word), dot + 1)


def stop_offsets(masked: str) -> list[int]:
    """Offsets of the full stops, question and exclamation marks of a masked text."""
    return _offsets_of(masked, ".?!")


def _candidates(
    spans: Sequence[Span], text: str, masked: str, stops: Sequence[int] | None
) -> tuple[Sequence[int], dict[int, Span]]:
    """Offsets where a sentence may end, in order, and the quotes closing at them: closing
    marks of quotes whose words end on a stop (`“Yes.” Then`; not `“Yes,” she said`, which
    ends none), and stops outside quotes."""
    stops = stop_offsets(masked) if stops is None else stops
    if not spans:
        return stops, {}  # found in order
    ending = {
        s.close: s
        for s in spans
        if s.close is not None and s.end > s.start and text[s.end - 1] in _QUOTE_ENDS
    }
    return (sorted([*ending, *stops]) if ending else stops), ending


_CLOSERS: Final = ")]’'"  # closing brackets and marks a sentence's end takes in after its stop
_OPENERS: Final = (
    OPENING + STRAIGHT + "‘'("
)  # what may open a sentence besides a capital or a digit


# The stops a quote's own words end on for it to end its sentence: `“We won.” Then`.
_QUOTE_ENDS: Final = (".", "?", "!")


def _break_at(text: str, i: int, span: Span | None) -> tuple[int, int] | None:
    """(just past the sentence ending at i, the next sentence's first character) when a
    sentence ends at i and another starts after whitespace; `span` is the quote closing at i,
    its words ending on a stop (a quote ends its sentence only when its own words do).

    (One call per candidate, the abbreviation read last: most stops are followed by a space and
    a capital, and a stop inside a number or an initialism by neither.)
    """
    n = len(text)
    after = i + 1
    if span is None:
        while after < n and text[after] in _CLOSERS:
            after += 1
    if after >= n or not text[after].isspace():
        return None
    start = after + 1
    while start < n and text[start].isspace():
        start += 1
    if start == n:
        return None  # only whitespace follows: the paragraph's last sentence
    ch = text[start]
    if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
        return None
    if span is None and text[i] == "." and _abbreviation(text, i):
        return None
    return after, start


def breaks_nowhere(text: str, stops: Sequence[int]) -> bool:
    """`Price: £19.99`, `v2.1 is out` -> True, `It rained. Then` -> False: every stop of a text
    without quotes sits inside a word or ends it, so it is one sentence, as sentences() finds
    (a break wants whitespace after the stop and its closing marks: see _break_at)."""
    # (a paragraph's fixed work kept to its stops: a field line's figure, `£19.99`, ran the whole
    # sentence split to find no break)
    for i in stops:
        after = text[i + 1 : i + 2]
        if after and (after.isspace() or after in _CLOSERS):
            return False
    return True


def sentences(
    text: str,
    spans: Sequence[Span],
    masked: str | None = None,
    stops: Sequence[int] | None = None,
) -> list[tuple[int, int]]:
    """Sentence bounds (start, end); full stops inside quotes never split a sentence.

    `stops` are the stop_offsets of the masked text when the caller found them already.
    """
    masked = mask(text, spans) if masked is None else masked
    candidates, ending = _candidates(spans, text, masked, stops)
    # a stop that is the paragraph's last character starts no sentence after it
    if not candidates or candidates[0] >= len(text) - 1:
        return [(0, len(text))]  # one sentence (most lines of a list): nothing to look at
    # (a stop outside quotes is no closing mark: the masked text hides those)
    closing = ending.get
    bounds, begin, skip_to = [], 0, 0
    for i in candidates:
        if i < skip_to:
            continue
        found = _break_at(text, i, closing(i))
        if found is not None:
            bounds.append((begin, found[0]))
            begin = skip_to = found[1]
    bounds.append((begin, len(text)))
    return bounds


def sentence_of(bounds: Sequence[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding an offset (the last sentence for an offset past the end)."""
    # the first sentence starting past it (tuples compare in C: no key function per step)
    after = bisect_right(bounds, (offset, _PAST))
    found = bounds[max(0, after - 1)]
    return found if found[0] <= offset < found[1] else bounds[-1]


_PAST: Final = float("inf")  # (offset, _PAST) sorts after every sentence that starts at offset
