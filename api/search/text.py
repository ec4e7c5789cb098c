"""The text an article is searched by, and the HTML snippets cut from it for search results.

Snippets are cut here rather than by the engines (FTS5's snippet(), PostgreSQL's ts_headline),
so that both backends show the same words, and so that a page costs work in proportion to its
size, not to the number of matches: FTS5 cannot limit snippet() to a page's rows cheaply.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape
from typing import NamedTuple

from api.parser.document import Document
from api.search.query import Term

SNIPPET_WORDS = 12
ELLIPSIS = "…"
# The words of the text, as FTS5's unicode61 tokenizer (and the PostgreSQL index) split it.
_WORDS = re.compile(r"[^\W_]+")
# Combining marks (accents once NFKD has split them off): FTS5's remove_diacritics drops them.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# A letter or digit beyond ASCII: a line without one has words that lower() folds as fold()
# does, and in lower case _ASCII_WORDS finds the same words as _WORDS, faster.
_NON_ASCII_WORD_CHARACTER = re.compile(r"[^\W\x00-\x7f]")
_ASCII_WORDS = re.compile("[a-z0-9]+")
_TRAILING = re.compile(r"[^\w\s]*")  # punctuation right after a word: `mill,` `mill.”`


def search_text(document: Document) -> str:
    """Headline, bullets, body text (list items too), then image captions and credits, then
    the authors of a web page, one per line."""
    lines = [document.headline, *document.bullets]
    for block in document.body:
        lines += [block.text] if block.text else block.items
    for image in document.images:
        lines.append(image.caption)
        if image.credit:
            lines.append(image.credit)
    lines += document.authors
    return "\n".join(lines)


def fold(text: str) -> str:
    """Text as the index compares it: lower case, accents removed (`Éclair` → `eclair`)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


class _Window(NamedTuple):
    """The best window of one line: its score (terms, matches), the term each word is part of
    (or None), and the window: words start to end (exclusive)."""

    score: tuple[int, int]
    marked: list[int | None]
    start: int
    end: int


def snippet(text: str, terms: list[Term], size: int = SNIPPET_WORDS) -> str:
    """HTML: the `size` words of one line of `text` richest in the terms, matches in <mark>.

    The rest is escaped; `…` marks where the line goes on. Without a match (a prefix the index
    matched in its own way) it is the start of the first line, the headline.
    """
    wanted = [[fold(word) for word in term.words] for term in terms]
    lines = text.split("\n")
    best = _best_line(lines, terms, wanted, size)
    if best is None:
        words = list(_WORDS.finditer(lines[0]))
        return _render(lines[0], words, [None] * len(words), 0, min(size, len(words)))
    index, window = best
    words = list(_WORDS.finditer(lines[index]))
    return _render(lines[index], words, window.marked, window.start, window.end)


def _best_line(
    lines: list[str], terms: list[Term], wanted: list[list[str]], size: int
) -> tuple[int, _Window] | None:
    """(index, window) of the first line whose window holds every term or, when none does, of
    the line with the best window (the first of equals); None when no line matches.

    Weighing a line means splitting and folding its words, and in a long article an OR finds
    a word in nearly every line: lines are weighed in the order of a cheap upper bound on
    their score, and no further once no line left can beat the best one weighed.
    """
    windows: dict[int, _Window] = {}

    def weigh(index: int) -> _Window:
        if index not in windows:
            windows[index] = _line_window(lines[index], terms, wanted, size)
        return windows[index]

    bounds = {}
    for index, line in enumerate(lines):
        bound = _score_bound(line, wanted, size)
        if bound is None:
            continue
        bounds[index] = bound
        if bound[0] == len(terms) and weigh(index).score[0] == len(terms):
            return index, windows[index]  # every term in one window: nothing can do better
    best = None  # (score, -index): greater is better, earlier wins among equal scores
    for index, bound in sorted(bounds.items(), key=_highest_bound_first):
        if best is not None and (bound, -index) <= best:
            break  # this line, and every one after it, cannot beat the best
        score = weigh(index).score
        if score > (0, 0) and (best is None or (score, -index) > best):
            best = (score, -index)
    return None if best is None else (-best[1], windows[-best[1]])


def _highest_bound_first(item: tuple[int, tuple[int, int]]) -> tuple[int, int, int]:
    index, (terms, matches) = item
    return -terms, -matches, index


def _score_bound(line: str, wanted: list[list[str]], size: int) -> tuple[int, int] | None:
    """At least the score of the line's best window; None when no term can match in it.

    Each match of a term starts with the term's first word, so counting that word in the
    folded line bounds the terms and the matches, as long as the line's words fold letter by
    letter (ASCII words: curly quotes and dashes do not matter). For a line with other words
    the bound is the most there can be.
    """
    ascii_words = _has_ascii_words(line)
    folded = line.lower() if ascii_words else fold(line)
    counts = [folded.count(words[0]) for words in wanted]
    if not any(counts):
        return None  # most lines of a long article hold none of the words
    if not ascii_words:
        return len(wanted), size
    terms = matches = 0
    for count, words in zip(counts, wanted, strict=True):
        if count:
            terms += 1
            matches += count * len(words)  # a phrase marks each of its words
    return terms, min(size, matches)


def _has_ascii_words(line: str) -> bool:
    """Whether every word of the line is ASCII (then lower() folds it as fold() would)."""
    return line.isascii() or _NON_ASCII_WORD_CHARACTER.search(line) is None


def _line_window(line: str, terms: list[Term], wanted: list[list[str]], size: int) -> _Window:
    """The best window of one line (see _best_window)."""
    if _has_ascii_words(line):
        folded = _ASCII_WORDS.findall(line.lower())
    else:
        folded = [w.lower() if w.isascii() else fold(w) for w in _WORDS.findall(line)]
    marked = _matches(folded, terms, wanted)
    score, start, end = _best_window(marked, size)
    return _Window(score, marked, start, end)


def _render(line: str, words: list, marked: list, start: int, end: int) -> str:
    """Words start..end of the line as HTML, from the line's start (or the first word) to its
    end (or the punctuation after the last word)."""
    if not words:
        return escape(line, quote=False)
    at = 0 if start == 0 else words[start].start()
    pieces = []
    for i in range(start, end):
        word = words[i]
        pieces.append(escape(line[at : word.start()], quote=False))
        shown = escape(word.group(), quote=False)
        pieces.append(f"<mark>{shown}</mark>" if marked[i] is not None else shown)
        at = word.end()
    stop = len(line) if end == len(words) else _TRAILING.match(line, at).end()
    pieces.append(escape(line[at:stop], quote=False))
    html = " ".join("".join(pieces).split())
    return (ELLIPSIS if start > 0 else "") + html + (ELLIPSIS if end < len(words) else "")


def _matches(folded: list[str], terms: list[Term], wanted: list[list[str]]) -> list[int | None]:
    """For each word, the index of the term it is part of, or None."""
    marked: list[int | None] = [None] * len(folded)
    for index, (term, words) in enumerate(zip(terms, wanted, strict=True)):
        last = len(words) - 1
        head, tail = words[0], words[last]
        if last == 0 and term.prefix:
            starts = [i for i, word in enumerate(folded) if word.startswith(head)]
        else:
            starts = _positions(folded, head)
        for i in starts:
            if last and (
                i + last >= len(folded)
                or any(folded[i + k] != words[k] for k in range(1, last))
                or not (
                    folded[i + last].startswith(tail) if term.prefix else folded[i + last] == tail
                )
            ):
                continue
            for k in range(last + 1):
                marked[i + k] = index
    return marked


def _positions(folded: list[str], word: str) -> list[int]:
    """Where the word occurs in the list (list.index scans faster than a loop)."""
    found, at = [], -1
    try:
        while True:
            at = folded.index(word, at + 1)
            found.append(at)
    except ValueError:
        return found


def _best_window(marked: list[int | None], size: int) -> tuple[tuple[int, int], int, int]:
    """(score, start, end) of the window with the most different terms, then the most matches;
    windows start a little before a match."""
    best = ((0, 0), 0, min(size, len(marked)))
    for i in [i for i, term in enumerate(marked) if term is not None]:
        if i and marked[i - 1] is not None:
            continue
        start = max(0, min(i - size // 4, len(marked) - size))
        window = [t for t in marked[start : start + size] if t is not None]
        score = (len(set(window)), len(window))
        if score > best[0]:
            best = (score, start, min(len(marked), start + size))
    return best
