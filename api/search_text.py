"""The text an article is searched by, and the HTML snippets cut from it for search results.

Snippets are cut here rather than by the engines (FTS5's snippet(), PostgreSQL's ts_headline),
so that both backends show the same words, and so that a page costs work in proportion to its
size, not to the number of matches: FTS5 cannot limit snippet() to a page's rows cheaply.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from api.parser.document import Document
from api.search_query import Term

SNIPPET_WORDS = 12
ELLIPSIS = "…"
# The words of the text, as FTS5's unicode61 tokenizer (and the PostgreSQL index) split it.
_WORDS = re.compile(r"[^\W_]+")
# Combining marks (accents once NFKD has split them off): FTS5's remove_diacritics drops them.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
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


def fold(text: str) -> str:
    """Text as the index compares it: lower case, accents removed (`Éclair` → `eclair`)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.lower()))


def snippet(text: str, terms: list[Term], size: int = SNIPPET_WORDS) -> str:
    """HTML: the `size` words of one line of `text` richest in the terms, matches in <mark>.

    The rest is escaped; `…` marks where the line goes on. Without a match (a prefix the index
    matched in its own way) it is the start of the first line, the headline.
    """
    wanted = [[fold(word) for word in term.words] for term in terms]
    heads = {words[0] for words in wanted}
    best = None  # (score, line, marked words, start, end)
    for line in text.split("\n"):
        # A cheap test first: most lines of a long article hold none of the words.
        if not any(head in (line.lower() if line.isascii() else fold(line)) for head in heads):
            continue
        words = list(_WORDS.finditer(line))
        folded = [w.lower() if w.isascii() else fold(w) for w in (m.group() for m in words)]
        marked = _matches(folded, terms, wanted)
        score, start, end = _best_window(marked, size)
        if score > (best[0] if best else (0, 0)):
            best = (score, line, words, marked, start, end)
            if score[0] == len(terms):
                break  # every term in one window: nothing can do better
    if best is None:
        line = text.split("\n", 1)[0]
        words = list(_WORDS.finditer(line))
        best = (None, line, words, [None] * len(words), 0, min(size, len(words)))
    _, line, words, marked, start, end = best
    return _render(line, words, marked, start, end)


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
            starts = [i for i, word in enumerate(folded) if word == head]
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


def _best_window(marked: list[int | None], size: int) -> tuple[tuple[int, int], int, int]:
    """(score, start, end) of the window with the most different terms, then the most matches;
    windows start a little before a match."""
    best = ((0, 0), 0, min(size, len(marked)))
    for i, term in enumerate(marked):
        if term is None or (i and marked[i - 1] is not None):
            continue
        start = max(0, min(i - size // 4, len(marked) - size))
        window = [t for t in marked[start : start + size] if t is not None]
        score = (len(set(window)), len(window))
        if score > best[0]:
            best = (score, start, min(len(marked), start + size))
    return best
