"""The text an article is searched by, and the HTML snippets cut from it for search results.

Snippets are cut here rather than by the engines (FTS5's snippet(), PostgreSQL's ts_headline),
so that both backends show the same words, and so that a page costs work in proportion to its
size, not to the number of matches: FTS5 cannot limit snippet() to a page's rows cheaply.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from html import escape

from api.parser.document import Document
from api.search_query import Term

SNIPPET_WORDS = 12
ELLIPSIS = "…"
# The words of the text, as FTS5's unicode61 tokenizer (and the PostgreSQL index) split it.
_WORDS = re.compile(r"[^\W_]+")
_NEWLINES = re.compile("\n")
_TRAILING = re.compile(r"[^\w\s]*")  # punctuation right after a word: `mill,` `mill.”`


def search_text(document: Document) -> str:
    """Headline, bullets, body text, then image captions and credits, one per line."""
    lines = [document.headline, *document.bullets]
    lines += [block.text for block in document.body if block.text]
    for image in document.images:
        lines.append(image.caption)
        if image.credit:
            lines.append(image.credit)
    return "\n".join(lines)


def fold(word: str) -> str:
    """A word as the index compares it: lower case, accents removed (`Éclair` → `eclair`)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text: str, terms: list[Term], size: int = SNIPPET_WORDS) -> str:
    """HTML: the `size` words of one line of `text` richest in the terms, matches in <mark>.

    The rest is escaped; `…` marks where the line goes on. Without a match (a prefix the index
    matched in its own way) it is the start of the first line, the headline.
    """
    words = list(_WORDS.finditer(text))
    if not words:
        return ""
    folded = [w.lower() if w.isascii() else fold(w) for w in (word.group() for word in words)]
    marked = _matches(folded, terms)
    starts = [0] + [newline.end() for newline in _NEWLINES.finditer(text)]  # line starts
    line_of = [bisect_right(starts, word.start()) - 1 for word in words]
    first_of = {}  # line -> its first word, last_of: line -> one past its last word
    for i, line in enumerate(line_of):
        first_of.setdefault(line, i)
    last_of = {line: i + 1 for i, line in enumerate(line_of)}
    start, end = _best_window(marked, line_of, first_of, last_of, size)
    line = line_of[start]
    # From the line's start (or the first word) to its end (or the punctuation after the last).
    at = starts[line] if start == first_of[line] else words[start].start()
    pieces = []
    for i in range(start, end):
        word = words[i]
        pieces.append(escape(text[at : word.start()], quote=False))
        shown = escape(word.group(), quote=False)
        pieces.append(f"<mark>{shown}</mark>" if marked[i] is not None else shown)
        at = word.end()
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    stop = line_end if end == last_of[line] else _TRAILING.match(text, at).end()
    pieces.append(escape(text[at:stop], quote=False))
    html = " ".join("".join(pieces).split())
    before = ELLIPSIS if start > first_of[line] else ""
    return before + html + (ELLIPSIS if end < last_of[line] else "")


def _matches(folded: list[str], terms: list[Term]) -> list[int | None]:
    """For each word, the index of the term it is part of, or None."""
    marked: list[int | None] = [None] * len(folded)
    for index, term in enumerate(terms):
        wanted = [fold(word) for word in term.words]
        last = len(wanted) - 1
        head, tail = wanted[0], wanted[last]
        if last == 0 and term.prefix:
            starts = [i for i, word in enumerate(folded) if word.startswith(head)]
        else:
            starts = [i for i, word in enumerate(folded) if word == head]
        for i in starts:
            if last and (
                i + last >= len(folded)
                or any(folded[i + k] != wanted[k] for k in range(1, last))
                or not (
                    folded[i + last].startswith(tail) if term.prefix else folded[i + last] == tail
                )
            ):
                continue
            for k in range(last + 1):
                marked[i + k] = index
    return marked


def _best_window(marked, line_of, first_of, last_of, size: int) -> tuple[int, int]:
    """(first, one past last) word of the window of one line with the most different terms,
    then the most matches; windows start a little before a match."""
    best, best_score = (0, min(size, last_of[line_of[0]])), (-1, -1)
    for i, term in enumerate(marked):
        if term is None or (i and marked[i - 1] is not None):
            continue
        line = line_of[i]
        start = max(first_of[line], min(i - size // 4, last_of[line] - size))
        end = min(last_of[line], start + size)
        window = [t for t in marked[start:end] if t is not None]
        score = (len(set(window)), len(window))
        if score > best_score:
            best, best_score = (start, end), score
    return best
