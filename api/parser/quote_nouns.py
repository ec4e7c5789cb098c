"""Patterns for a set of lowercase words in any case, spelt so that the regex engine skips to
their first letters: a pattern opening with \\b or a case-insensitive alternation is tried at
every character, which in a long run of quotes was a tenth of each quote's time."""

from __future__ import annotations

import re


def words_pattern(words: frozenset[str], whole: bool = True) -> re.Pattern[str]:
    r"""\b(?:word|...)\b case-insensitive when `whole`, else (?:word|...) anywhere in a word.

    Each word is its first letter (one of a set of plain letters the engine skips to), then
    `(?<!\w.)` for the \b before it, and `(?<=x)` tying the rest of the word to that letter.
    """
    by_first: dict[str, list[str]] = {}
    for word in sorted(words):
        by_first.setdefault(word[0], []).append(word[1:])
    firsts = "".join(by_first)
    # (what IGNORECASE also matches to an i or an s: the dotted İ, the dotless ı, the long ſ)
    letters = firsts + firsts.upper() + "\u0130\u0131\u017f"
    rests = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in by_first.items())
    if whole:
        return re.compile(f"[{letters}](?<!\\w.)(?i:{rests})\\b")
    return re.compile(f"[{letters}](?i:{rests})")
