"""speed48's shortcuts answer as the reads they replace did (the old reads are written out here
as references), on synthetic texts of the shapes each rule reads, near misses included."""

import random

import pytest

from api.parser.quote_filter import _WORD, _last_words
from api.parser.quote_roles import _TITLE_TRADE, _titled_trade_before, _trade_word
from api.parser.quote_shapes import (
    _FIELD_AND_BEFORE,
    _PLACE_BEFORE,
    occupation,
    title_field_and_before,
    title_place_before,
)
from api.parser.quote_subjects import _OPENING_ENDS, _OWNER_BEFORE, main_subject
from api.parser.quote_tokens import last_mark, word_key
from api.parser.quote_words import TITLE_WORDS

_PIECES = [
    " ", "  ", ", ", "; ", ": ", "(", "\n", "\u00a0", "—", "’s ", "'s ", " the ", " a ", "An ",
    "The ", "of ", "for ", "to ", " and ", "Minister ", "Water ", "Head ", "keeper ", "trainee ",
    "inspector ", "Senior ", "envoy ", "Chile ", "Brannock ", "Velloria’s ", "said ", "On Monday",
    "Tuvessa ", "quietly ", "x", "É", "3", "-", ".",
]  # fmt: skip


def _texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def _old_main_subject(masked: str, start: int, sentence_start: int) -> bool:
    """main_subject as it read before speed48: by a copy of the stretch, stripped and split."""
    lo = start - 200
    before = masked[sentence_start if sentence_start > lo else lo : start].rstrip()
    if not before:
        return True
    tail = before[-40:]
    if "’s" in tail or "'s" in tail:
        owner = _OWNER_BEFORE.search(before, max(0, len(before) - 80))
        if owner:
            before = before[: owner.start()].rstrip()
            if not before:
                return True
    if before[-1] in _OPENING_ENDS:
        return True
    last = before.rsplit(None, 1)[-1]
    if last.lower() not in ("the", "a", "an"):
        return False
    before = before[: -len(last)].rstrip()
    return not before or before[-1] in _OPENING_ENDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velloria’s Tuvessa Brannock", True),  # an owner before the name: its subject
        ("On Monday, Tuvessa Brannock", True),  # after an opening phrase
        ("The Tuvessa Brannock", True),  # an article opening the sentence
        ("quietly the Tuvessa Brannock", False),  # near miss: an article after other words
        ("said Tuvessa Brannock", False),  # near miss: a verb before the name
    ],
)
def test_main_subject_by_offsets(text: str, expected: bool) -> None:
    start = text.index("Tuvessa")
    assert main_subject(text, start, 0) is expected
    assert _old_main_subject(text, start, 0) is expected


def test_main_subject_reads_as_the_copy_did() -> None:
    for text in _texts(48):
        for start in range(len(text) + 1):
            for sentence_start in (0, start // 2, start):
                assert main_subject(text, start, sentence_start) == _old_main_subject(
                    text, start, sentence_start
                ), (text, start, sentence_start)


@pytest.mark.parametrize(
    ("head", "marks", "expected"),
    [("a, b; c", ",;", 4), ("no marks here", ",;:", -1), ("(x, y", "(,", 2), ("", ",", -1)],
)
def test_last_mark(head: str, marks: str, expected: int) -> None:
    assert last_mark(head, marks) == expected == max(map(head.rfind, marks))


def test_last_mark_is_the_greatest_rfind() -> None:
    for text in _texts(49, 500):
        for marks in (",;:\x00(", ",;:(—–", "’'"):
            assert last_mark(text, marks) == max(map(text.rfind, marks)), (text, marks)


@pytest.mark.parametrize("count", [1, 6, 11])
def test_last_words_are_the_heads_last(count: int) -> None:
    for text in _texts(50, 1000):
        head = text * 4  # (longer than the tail read first, in most)
        assert _last_words(head, count) == _WORD.findall(head)[-count:], head


def test_last_words_of_a_long_sentence_and_a_long_word() -> None:
    sentence = "Brannock had long dubbed the quiet deal struck over a winter in the talks as "
    assert _last_words(sentence * 3, 11) == _WORD.findall(sentence * 3)[-11:]
    glued = "x" * 300  # near miss: no space in the tail, the whole head is split
    assert _last_words(glued, 11) == [glued]


def _old_titled_trade_before(text: str, first: int) -> bool:
    if first < 2 or not text[first - 2].islower():
        return False
    found = _TITLE_TRADE.search(text, max(0, first - 32), first)
    if found is None or not _trade_word(found.group(2)):
        return False
    return word_key(found.group(1)) in TITLE_WORDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Head keeper Tuvessa Brannock", True),
        ("Chief gardener Tuvessa Brannock", True),
        ("Head keepers Tuvessa Brannock", False),  # near miss: no trade's ending before the name
        ("Head keeper, Tuvessa Brannock", False),  # near miss: a comma before the name
    ],
)
def test_titled_trade_before(text: str, expected: bool) -> None:
    first = text.index("Tuvessa")
    assert _titled_trade_before(text, first) is expected
    assert _old_titled_trade_before(text, first) is expected


def _old_place_before(text: str, start: int) -> bool:
    match = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(match) and occupation(match.group(1))


def _old_field_and_before(text: str, start: int) -> bool:
    match = _FIELD_AND_BEFORE.search(text, max(0, start - 60), start)
    return bool(match) and occupation(match.group(1))


def test_window_ends_tested_first_read_as_the_patterns() -> None:
    for text in _texts(51):
        for start in range(len(text) + 1):
            assert _titled_trade_before(text, start) == _old_titled_trade_before(text, start)
            assert title_place_before(text, start) == _old_place_before(text, start)
            assert title_field_and_before(text, start) == _old_field_and_before(text, start)


@pytest.mark.parametrize(
    ("text", "place", "field"),
    [
        ("envoy to Chile Tuvessa", False, False),
        ("Minister for Tuvessa", True, False),
        ("Minister of Water and Tuvessa", False, True),
        ("Minister of Water and\nTuvessa", False, False),  # near miss: no space before the name
    ],
)
def test_place_and_field_before(text: str, place: bool, field: bool) -> None:
    start = text.index("Tuvessa")
    assert title_place_before(text, start) == place == _old_place_before(text, start)
    assert title_field_and_before(text, start) == field == _old_field_and_before(text, start)
