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
_CUES = re.compile(
    r"(?<![A-Za-z])(?=[" + _FIRST_LETTERS + "])(?:" + _prefix_tree(_CUE_WORDS) + r")(?![\w'’-])"
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
    """The cue words of the text as (start, end, word): `Roe said` -> [(4, 8, "said")]."""
    return [(m.start(), m.end(), m.group()) for m in cue_words(masked)]


def cue_words(masked: str) -> list[re.Match]:
    """The words of the text that are reporting verbs, participles, naming verbs or `according`."""
    # (a word after a space or a line break, nearly every one, starts a word: no walk back)
    return [
        match
        for match in _CUES.finditer(masked)
        if masked[match.start() - 1 : match.start()] in _AFTER_GAP
        or _starts_word(masked, match.start())
    ]


_AFTER_GAP = frozenset({"", " ", "\n"})  # (the character before a match, if any)
