"""The budgets of an article's quote analysis: how many runs of capitals it may have classified
as names, and how many quotes it may have analysed for their speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from api.parser.quote_spans import Span

# An article's runs of capitals are classified as names (the costliest step per word) up to
# NAMES_BUDGET of them, then at most one per NAME_SPACING characters of its prose so far, counted
# across paragraphs: the work stays in proportion to the text, one-name lines included. The
# articles seen have at most 18 runs more than one per 20 characters allow; a denser list of
# names than that loses its excess names (not speakers then), and so do names right after it.
# Only a paragraph with a word in lower case outside its quotes (prose) adds to the allowance:
# a line of nothing but capitals (`Aa Bb`, `– Ann K.`) spends what prose left over, adds nothing,
# so that thousands of one-name lines are not one classified name every 20 characters (that
# was most of such a list's cost: docs/benchmarks.md, the parser's worst case).
NAMES_BUDGET: Final = 32
NAME_SPACING: Final = 20
# (a word opening with a lower-case letter, Latin-1's included: `(?<!\S.)` after the letter for
# the word's start, so that the pattern opens with the letters and the search skips to the next
# one in C instead of trying a look-behind at every character: `the` in `"Ab" the`)
_PROSE_WORD: Final = re.compile(r"[a-zß-öø-ÿ](?<!\S.)")


class NameBudget:
    """The names an article has had classified, against the prose it has had so far: the budget
    of NAMES_BUDGET, then one per NAME_SPACING characters, holds across its paragraphs, and
    thousands of one-name lines (`Aa Bb` a line) add nothing to it."""

    __slots__ = ("considered", "text_before")

    def __init__(self) -> None:
        self.considered = 0
        self.text_before = 0


# Marks a paragraph holds, found once in text order (`was chaired by`, `Lee's niece`, `said in
# a statement`), are read back from a point only this far: the latest few, so that a paragraph
# of thousands of them stays linear.
LATEST_FEW: Final = 4

# How many words after the first prose reads by a space's find before its search: `Prime
# Minister Ana Ruiz said` finds `said` by its search.
_WORDS_READ: Final = 4


def _prose_letter(character: str) -> bool:
    """`é` -> True, `É` and `1` -> False: one of _PROSE_WORD's letters (a lower-case letter of
    ASCII or Latin-1)."""
    return "a" <= character <= "z" or "ß" <= character <= "ö" or "ø" <= character <= "ÿ"


def prose(text: str) -> bool:
    """True when a paragraph has a word in lower case: its characters add to the allowance."""
    # (most paragraphs: one of the first few words opens in lower case, read by slices and
    # finds; the search, whose set-up costs more than it reads, is for the rest, `Deputy
    # Secretary of State ...`, a line of names)
    if _prose_letter(text[:1]):
        return True
    space = text.find(" ")
    for _ in range(_WORDS_READ):
        if space < 0:
            break
        if _prose_letter(text[space + 1 : space + 2]):
            return True
        space = text.find(" ", space + 1)
    return _PROSE_WORD.search(text) is not None


def allowed(characters: int) -> int:
    """How many names an article may have had classified by this many characters of text."""
    return NAMES_BUDGET + characters // NAME_SPACING


def first_allowed(considered: int, characters: int) -> int:
    """How many characters past `characters` of text the next name may be classified, when
    `considered` names have been: the first offset where allowed() exceeds it."""
    return (considered - NAMES_BUDGET + 1) * NAME_SPACING - characters


# An article's quotes (every pair of quote marks) are analysed for their speakers up to
# QUOTES_BUDGET of them, then one per QUOTE_SPACING characters of its text up to the end of the
# paragraph that holds them. Each analysed quote costs about as much as a line of prose (its
# sentence, cue, reporting clause, the names before it, its attribution), so a paragraph of
# nothing but quotes (`"Yes," he said. ` on end, a quote every 16 characters) cost several
# times prose's per character (docs/benchmarks.md, the parser's worst case). The articles seen, and
# runs spliced from their paragraphs, have at most 3 quotes more than one per 50 characters allow (6
# more than one per 100).
QUOTES_BUDGET: Final = 64
QUOTE_SPACING: Final = 50


def quotes_allowed(characters: int) -> int:
    """How many quotes an article may have had analysed by this many characters of text."""
    return QUOTES_BUDGET + characters // QUOTE_SPACING


Unread = dict[int, tuple["Span", ...]]


def within_quote_budget(
    paragraphs: Sequence[str], all_spans: list[tuple[Span, ...]]
) -> tuple[Sequence[str], list[tuple[Span, ...]], Unread]:
    """The paragraphs and spans the analysis reads, and the spans it leaves unread, by paragraph.

    A paragraph holding more quotes than the budget leaves it is read up to the opening mark of
    its first quote over the budget: the names, clauses and quotes after that are not analysed
    (the quotes are reported without a speaker). Without such a paragraph, the arguments as
    they are.
    """
    if sum(map(len, all_spans)) <= QUOTES_BUDGET:
        return paragraphs, all_spans, {}  # (most articles: fewer quotes than the first allowance)
    texts, spans_read, unread = list(paragraphs), list(all_spans), {}
    analysed = characters = 0
    for index, spans in enumerate(all_spans):
        characters += len(paragraphs[index]) + 1
        room = quotes_allowed(characters) - analysed
        if len(spans) > room:
            # (a paragraph's spans are in order and never overlap: those kept end before the cut)
            texts[index] = paragraphs[index][: spans[room].open]
            spans_read[index], unread[index] = spans[:room], spans[room:]
            spans = spans[:room]
        analysed += len(spans)
    return texts, spans_read, unread
