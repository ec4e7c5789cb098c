"""The words that make a reporting clause, found by two scans: `said`, `telling`, `according`."""

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
# the whole words would find. A word is found after any character but an ASCII letter (as a
# look-behind would ask), the text scanned with a space before it for a word at its very start.
_TREE = _prefix_tree(_CUE_WORDS)
_FIRST_LETTERS = "".join(sorted({word[0] for word in _CUE_WORDS}))
# Nearly every word follows a space: a pattern that opens with one lets the engine skip from
# space to space, where one that opens with a set of characters tests every character of the
# text against it (that test was half the time of the scan).
_AFTER_SPACE = re.compile(r" (" + _TREE + r")(?![\w'’-])")
# The words after any other character (a line break, a mark, a digit, a masked quote) are found
# in the text's bytes with each such character as `#` (every non-ASCII one is encoded as `?`
# first), so that this scan too opens with one character; the look-ahead for a first letter lets
# a long masked quote's run of `#` go by without a try of the tree at each.
_KEPT_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ")
_CLASSES = bytes(c if c in _KEPT_BYTES else ord("#") for c in range(256))
_AFTER_MARK = re.compile(
    b"#(?=[" + _FIRST_LETTERS.encode() + b"])(" + _TREE.encode() + b")(?![A-Za-z])"
)
# What the pattern above cannot see in the bytes: a word character or mark after the word.
_GLUED_AFTER = re.compile(r"[\w'’-]")
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
    text = " " + masked  # (offsets in it are one more than in the masked text)
    # (after a space, a word starts: no walk back)
    found = [(m.start(1) - 1, m.end(1) - 1, m.group(1)) for m in _AFTER_SPACE.finditer(text)]
    classes = text.encode("ascii", "replace").translate(_CLASSES)
    if b"#" not in classes:
        return found
    for match in _AFTER_MARK.finditer(classes):
        start, end = match.start(1) - 1, match.end(1) - 1
        if _GLUED_AFTER.match(masked, end):
            continue
        # (a word after a line break, nearly every one of these, starts a word: no walk back)
        if masked[start - 1 : start] in _AFTER_GAP or _starts_word(masked, start):
            found.append((start, end, masked[start:end]))
    found.sort()  # (each word once, in text order: the two scans' words interleave)
    return found


_AFTER_GAP = frozenset({"", "\n"})  # (the character before a match, if any)
