"""speed32: cue_spans adds each cue word's places to one list (`_add_places`), not by a
generator per word extended into it, and sorts only when it found more than one. Compared with
the code it replaced (speed31's) on generated texts."""

from __future__ import annotations

from collections.abc import Iterator

from api.parser.quote_cues import (
    _AFTER_GAP,
    _CUE_BYTES,
    _CUES,
    _GAPS,
    _GLUE_MARKS,
    _starts_word,
    cue_spans,
)
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", ".", ",", "'", "’", "-", "_", "“", "”", "9", "٣", "²",
    "é", "É", "ß", "😀", "\x00", "a", "Z", "said", "Said", "says", "told", "tells", "according",
    "According", "asked", "added", "sa", "id", "x-", "re", "warned", "noted", "the", "Mensah",
]  # fmt: skip


def _places_by_generator(masked: str, runs: bytes, cue: bytes) -> Iterator[tuple[int, int, str]]:
    """speed31's `_places`: a generator per cue word."""
    word, size, needle = _CUES[cue], len(cue), b" " + cue + b" "
    at = runs.find(needle)
    while at != -1:
        start, end = at, at + size
        after = masked[end : end + 1]
        if not (after.isalnum() or after in _GLUE_MARKS) and (
            masked[start - 1 : start] in _AFTER_GAP or _starts_word(masked, start)
        ):
            yield start, end, word
        at = runs.find(needle, end + 1)


def _cue_spans_by_generators(masked: str) -> list[tuple[int, int, str]]:
    """speed31's cue_spans."""
    runs = (" " + masked + " ").encode("ascii", "replace").translate(_GAPS)
    found = []
    for cue in _CUE_BYTES.intersection(runs.split()):
        found += _places_by_generator(masked, runs, cue)
    found.sort()
    return found


def test_cue_spans_answers_as_the_generators_did():
    for text in generated_texts(_PIECES, 32, 20_000, 16):
        assert cue_spans(text) == _cue_spans_by_generators(text), text


def test_cue_spans_in_text_order():
    text = "told by Ama Boateng, who said she was asked and later said so"
    assert [word for _, _, word in cue_spans(text)] == ["told", "said", "asked", "said"]
    assert cue_spans("He said") == [(3, 7, "said")]
    assert cue_spans("no cue here") == []
