"""speed34: the capitals of an article found by one capital_words scan of its paragraphs joined
by line breaks, each paragraph given its share (capitals_by_paragraph), not by a scan per
paragraph.
Compared with the per-paragraph scan on generated paragraphs: the same words at the same
offsets, and find_mentions given them finds the same mentions."""

from __future__ import annotations

import random
from itertools import accumulate

from api.parser.quote_budget import NameBudget
from api.parser.quote_people import find_mentions
from api.parser.quote_tokens import (
    _ARTICLE_NAME,
    _CAPITAL_WORD,
    _MARKS,
    _MATCH_START,
    _MUTATED_NAME,
    _NON_ASCII_LETTER,
    TOKEN,
    _capital_letter,
    _opens_after,
    capital_words,
    capitals_by_paragraph,
)

_PIECES = [
    " ", "  ", "\t", "\u00a0", "’", "—", "“", "”", "'", ".", ",", "-", "&", "_", "9", "²", "٣",
    "É", "Ó", "Ł", "é", "ß", "Ω", "Ö", "ǅ", "Ann", "Lee", "Marta", "Quill", "de h", "Ó ", "Ní ",
    "Mac an ", "Nic an ", "tSaoir", "bhFear", "al-", "el-", "Sisi", "the", "of", "de la ", "U.S.",
    "3M", "said", "he", "Inc.", "x", "A", "Z", "a", "'s", "Dr. ", "😀", "\x00",
]  # fmt: skip


def _old_capital_words(text: str) -> list:
    """speed33's capital_words, a scan of one paragraph."""
    found = list(_CAPITAL_WORD.finditer(text))
    if "l-" in text:
        articled = [m.start() - 2 for m in _ARTICLE_NAME.finditer(text)]
        if articled:
            found += map(TOKEN.match, [text] * len(articled), articled)
            found.sort(key=_MATCH_START)
    ascii = text.isascii()
    if "c an " in text or (not ascii and ("Ó " in text or "í " in text or "de h" in text)):
        glued = [m.end() for m in _MUTATED_NAME.finditer(text)]
        if glued:
            found += map(TOKEN.match, [text] * len(glued), glued)
            found.sort(key=_MATCH_START)
    if not ascii:
        others = [
            m.start() for m in _NON_ASCII_LETTER.finditer(text) if _capital_letter(text, m.start())
        ]
        if others:
            found += map(TOKEN.match, [text] * len(others), others)
            found.sort(key=_MATCH_START)
    return [
        match
        for match in found
        if not (k := match.start())
        or ((char := text[k - 1]) not in _MARKS and not char.isdecimal())
        or _opens_after(text, k - 1)
    ]


def _paragraphs(rng: random.Random) -> list[str]:
    count = rng.randint(1, 5)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 12))) for _ in range(count)]


def _shared(paragraphs: list[str]) -> tuple[list, list[int]]:
    joined = "\n".join(paragraphs)
    starts = list(accumulate((len(p) + 1 for p in paragraphs[:-1]), initial=0))
    return capitals_by_paragraph(joined, paragraphs, starts), starts


def test_each_paragraphs_share_is_its_own_scan():
    rng = random.Random(34)
    for _ in range(20_000):
        paragraphs = _paragraphs(rng)
        shared, starts = _shared(paragraphs)
        for text, found, base in zip(paragraphs, shared, starts, strict=True):
            got = [(m.start() - base, m.end() - base, m[0]) for m in found]
            expected = [(m.start(), m.end(), m[0]) for m in _old_capital_words(text)]
            assert got == expected, (paragraphs, text)
            assert [(m.start(), m.end(), m[0]) for m in capital_words(text)] == expected, text


def test_mentions_from_the_shared_capitals_are_the_same():
    rng = random.Random(3434)
    for _ in range(6_000):
        paragraphs = _paragraphs(rng)
        shared, starts = _shared(paragraphs)
        alone, together = NameBudget(), NameBudget()
        for text, found, base in zip(paragraphs, shared, starts, strict=True):
            expected = find_mentions(text, alone)
            assert find_mentions(text, together, None, frozenset(), found, base) == expected, (
                paragraphs,
                text,
            )


def test_shares_of_an_article():
    paragraphs = ["Ann Lee said.", "", "the rest", "Nic an tSaoir and al-Sisi met Óscar Ruiz"]
    shared, starts = _shared(paragraphs)
    words = [[m[0] for m in found] for found in shared]
    assert words == [["Ann", "Lee"], [], [], ["Nic", "tSaoir", "al-Sisi", "Óscar", "Ruiz"]]
    assert starts == [0, 14, 15, 24]


def test_a_mutation_only_where_the_paragraphs_own_test_looks_for_it():
    # (`de h` before a capital is read as a mutation only in a paragraph with non-ASCII letters)
    paragraphs = ["Zoë Brant", "Ann de hQuill spoke", "Órla de hÍde"]
    assert "hQuill" in [m[0] for m in capital_words("\n".join(paragraphs))]
    shared, _ = _shared(paragraphs)
    assert [[m[0] for m in found] for found in shared] == [
        ["Zoë", "Brant"],
        ["Ann"],
        ["Órla", "hÍde"],
    ]
