"""The words that make a reporting clause, found by one split: `said`, `telling`, `according`;
and the subject pronouns (`he`, `They`), found by the same split."""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_documents import DOCUMENT_CUE_VERBS
from api.parser.quote_words import NAMING_PARTICIPLES, NAMING_VERBS, PARTICIPLES, REPORTING_VERBS

# The words find_clauses acts on, found once for a text instead of a look-up per word of it.
_CUE_WORDS: Final = sorted(
    REPORTING_VERBS
    | PARTICIPLES
    | NAMING_VERBS
    | NAMING_PARTICIPLES
    | DOCUMENT_CUE_VERBS
    | {"according", "According"}
)


# The text is read as its runs of ASCII letters: every other character (a non-ASCII one encoded
# as `?` first) is a space in the text's bytes. A run is a cue word when it is one of them and
# stands where a word starts (see cue_spans); the runs are split out and looked up as a set, and
# only the cue words found are looked for again, for their places. (A regex of the words tried
# at every run of the text cost more: a try per word, where a split and a set cost little.)
_LETTERS: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_GAPS: Final = bytes(c if c in _LETTERS else ord(" ") for c in range(256))
_CUES: Final = {word.encode(): word for word in _CUE_WORDS}
_CUE_BYTES: Final = frozenset(_CUES)
# Subject pronouns, as quote_people reads them (a word of its own: `he`, not `the` or `he_`).
PRONOUN_WORDS: Final = ("he", "she", "they", "it", "He", "She", "They", "It")
_PRONOUN_BYTES: Final = {word.encode(): word.lower() for word in PRONOUN_WORDS}
_PRONOUN_SET: Final = frozenset(_PRONOUN_BYTES)
_SOUGHT: Final = _CUE_BYTES | _PRONOUN_SET  # (the words of one split's look-up)
# (a pronoun is looked for with a space at either end: bare, `he` and `it` would be found inside
# most words, `the`, `with`)
_NEEDLES: Final = {word: b" " + word + b" " for word in _PRONOUN_BYTES}
# What ends a word for the parser besides a space: a word character or mark after the run (a
# digit, `_`, a non-ASCII letter, an apostrophe, a hyphen) glues it to more.
_GLUED_AFTER: Final = re.compile(r"[\w'’-]")
# The same as characters: `\w` is a letter, a digit or a numeral (`str.isalnum`) or `_`.
_GLUE_MARKS: Final = frozenset("_'’-")
_WORD_CHARS: Final = re.compile(r"[\w'’-]")


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
    runs = _letter_runs(masked)
    found: list[tuple[int, int, str]] = []
    for cue in _CUE_BYTES.intersection(runs.split()):
        _add_places(found, masked, runs, cue)
    if len(found) > 1:
        found.sort()  # (in text order: each word's places are found in turn)
    return found


def cues_and_pronouns(
    masked: str,
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """cue_spans and pronoun_words of the text, from one split of it: `He said` ->
    ([(3, 7, "said")], [(0, 2, "he")]). (A scan per pronoun cost more than the cue words' split,
    which finds both at once.)"""
    runs = _letter_runs(masked)
    cues: list[tuple[int, int, str]] = []
    pronouns: list[tuple[int, int, str]] = []
    for word in _SOUGHT.intersection(runs.split()):
        if word in _CUES:
            _add_places(cues, masked, runs, word)
        else:
            _add_pronouns(pronouns, masked, runs, word)
    if len(cues) > 1:
        cues.sort()  # (in text order: each word's places are found in turn)
    if len(pronouns) > 1:
        pronouns.sort()
    return cues, pronouns


def pronoun_words(masked: str) -> list[tuple[int, int, str]]:
    """Subject pronouns as (start, end, lowercase word): `He said` -> [(0, 2, "he")]."""
    runs = _letter_runs(masked)
    found: list[tuple[int, int, str]] = []
    for word in _PRONOUN_SET.intersection(runs.split()):
        _add_pronouns(found, masked, runs, word)
    if len(found) > 1:
        found.sort()
    return found


def _letter_runs(masked: str) -> bytes:
    """The text's bytes with every character but an ASCII letter a space, one space added at
    either end: a word at either end of the text is between spaces too, and a run found at `at`
    in these bytes starts at `at` in the text, one place on."""
    return (" " + masked + " ").encode("ascii", "replace").translate(_GAPS)


def _add_pronouns(found: list[tuple[int, int, str]], masked: str, runs: bytes, word: bytes) -> None:
    """Add where a pronoun stands as a word of its own to `found`: no word character (a letter,
    a digit or numeral, `_`) right before or after it: `He`, `he’s`, `she-wolf`; not `3he`,
    `éhe`, `he_`. (Its run of ASCII letters is the word: the needle's spaces.)"""
    lower, size, needle = _PRONOUN_BYTES[word], len(word), _NEEDLES[word]
    at = runs.find(needle)
    while at != -1:
        end = at + size
        before, after = masked[at - 1 : at], masked[end : end + 1]  # ("" at either end)
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            found.append((at, end, lower))
        at = runs.find(needle, end + 1)  # (from the space after it: `he he`)


def _add_places(found: list[tuple[int, int, str]], masked: str, runs: bytes, cue: bytes) -> None:
    """Add where a cue word stands as a word of its own in the text (see cue_spans) to `found`:
    a list appended to, not a generator's (which cost an object and a resume per place)."""
    word, size = _CUES[cue], len(cue)
    # The word is looked for bare, its run's bounds read after: a needle with a space at either
    # end skips a byte at a time over the spaces, which stand in for every non-letter; a bare
    # word of four letters or more skips most of the text by its length (a cue word inside a
    # longer run, `read` in `already`, is one more find).
    # (`runs` has a space added at either end: a word at `k` in it is at `k - 1` in the text)
    k = runs.find(cue)
    while k != -1:
        at, end = k - 1, k - 1 + size
        if runs[k - 1] == _SPACE and runs[k + size] == _SPACE:
            # (a word after a space or a line break, nearly every one, starts a word: no walk
            # back; the character after it read by index, not by a match of `_GLUED_AFTER`)
            after = masked[end : end + 1]
            if not (after.isalnum() or after in _GLUE_MARKS) and (
                masked[at - 1 : at] in _AFTER_GAP or _starts_word(masked, at)
            ):
                found.append((at, end, word))
        k = runs.find(cue, k + size)  # (from the space after it: `said said`)


_AFTER_GAP: Final = frozenset({"", " ", "\n"})  # (the character before a match, if any)
_SPACE: Final = ord(" ")  # (a byte of `runs` read by index is a number)
