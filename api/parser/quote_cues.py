"""The words that make a reporting clause, found by one scan: `said`, `telling`, `according`."""

from __future__ import annotations

import re

from api.parser.quote_words import NAMING_VERBS, PARTICIPLES, REPORTING_VERBS

# The words find_clauses acts on, found by one scan instead of a look-up per word of the text.
_CUE_WORDS = sorted(REPORTING_VERBS | PARTICIPLES | NAMING_VERBS | {"according", "According"})


def _prefix_tree(words: list[str]) -> str:
    """One regex alternation shaped as a tree of shared prefixes: `sa(?:id|ys)` for said, says.

    The regex engine then steps once per character instead of trying every word in turn.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return "(?:" + body + ")?" if "" in node else body


# A word matches only where the next character ends it, so the tree finds what an alternation of
# the whole words would find.
# (The look-ahead for a first letter is redundant but lets most positions fail before the tree.)
_FIRST_LETTERS = "".join(sorted({word[0] for word in _CUE_WORDS}))
# The character before a word is matched too (any but an ASCII letter, as a look-behind would
# ask), so that the engine skips to such characters, a fifth of the text, before it tries the
# tree; the text is scanned with a space before it, for a word at its very start.
_CUES = re.compile(
    r"[^A-Za-z](?=[" + _FIRST_LETTERS + "])(" + _prefix_tree(_CUE_WORDS) + r")(?![\w'’-])"
)
_WORD_CHARS = re.compile(r"[\w'’-]")


def _starts_word(masked: str, start: int) -> bool:
    """True when _WORD would start a word at `start` (no letter earlier in the same run)."""
    i = start
    while i > 0 and _WORD_CHARS.match(masked[i - 1]):
        i -= 1
        if "A" <= masked[i] <= "Z" or "a" <= masked[i] <= "z":
            return False
    return True


def cue_spans(masked: str) -> list[tuple[int, int, str]]:
    """The words of the text that are reporting verbs, participles, naming verbs or `according`,
    as (start, end, word): `Roe said` -> [(4, 8, "said")]."""
    found = []
    for match in _CUES.finditer(" " + masked):
        start, end = match.span(1)
        start, end = start - 1, end - 1  # (offsets in the text without the space before it)
        # (a word after a space or a line break, nearly every one, starts a word: no walk back)
        if masked[start - 1 : start] in _AFTER_GAP or _starts_word(masked, start):
            found.append((start, end, match.group(1)))
    return found


_AFTER_GAP = frozenset({"", " ", "\n"})  # (the character before a match, if any)
