"""speed53: fewer calls per capital and per body's name on the mention side, each checked
against the full work written out below as the reference. A capital after a gap's byte opens a
word without the character test; a capital's Token is made from the word the scan cut; an
office's head is found by a loop; a body's name is tested for `of`/`and` (or the text before
it for ` of `/` and `) before its split or the pattern; the capitals' bytes are split by a run
of bytes other than a space (`[^ ]`, the same bytes as `[Clm]`); a name after no space nor line
break follows no body's noun, told before the endings' tests."""

from __future__ import annotations

import re

from api.parser.given_names import usual_sex
from api.parser.quote_body_names import (
    _PLACE_OF,
    _PLACE_OF_REACH,
    _THE_AND,
    _THE_AND_REACH,
    OFFICE_HEADS,
    PLACE_OF_HEADS,
    office_inside,
    person_after_office,
    place_of_start,
    the_and_start,
)
from api.parser.quote_shapes import BODY_BEFORE, body_before
from api.parser.quote_tokens import (
    _CLASSED_WORD,
    _CLASSES,
    TOKEN,
    Words,
    _classed_capitals,
    _opens_word,
    capital_words,
    word_key,
)
from api.parser.quote_words import TITLE_WORDS
from tests.quotes.helpers import generated_texts

_CAPITAL_PIECES = [
    " ", " ", " ", "Ann", "Lee", "Lee’s", "Lee's", "O’Neil", "’Tis", "3M", "U.S.", "McDonald",
    "x", "the", ".", ",", "—", "–", "(", ")", "\n", "\x00", "9", "-", "_", "&", "'", "’", "“",
    "”", "Jr.", "Ma.", "Co.", "Dr.", "home.", "A",
]  # fmt: skip


def _classed_reference(text: str) -> list[tuple[int, int, str]]:
    """_classed_capitals as it was: every capital not after a lower-case letter asked
    _opens_word."""
    plain = text
    for mark, same in (("’", "'"), ("—", " "), ("–", " ")):
        plain = plain.replace(mark, same)
    return [
        (start, end, word)
        for start, end, word in _classed_capitals(text, plain)
        if _opens_word(text, start)
    ]


def test_a_capital_after_a_gap_opens_a_word_as_the_character_test_says():
    """Every capital the byte test keeps, the character test keeps too; and none it drops is
    kept by the scan of the whole text (`capital_words`, against TOKEN's own split)."""
    checked = 0
    for text in generated_texts(_CAPITAL_PIECES, 5353, 20_000, 14):
        plain = text.replace("’", "'").replace("—", " ").replace("–", " ")
        if not plain.isascii():
            continue
        checked += 1
        found = capital_words(text)
        assert found == _classed_reference(text), repr(text)
        words = [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(text) if m[0][0].isupper()]
        assert found == words, repr(text)
    assert checked > 10_000


def test_capitals_after_dashes_brackets_and_marks():
    """`Lee—Ann` (a dash: a gap), `(Ruiz`, `“Cole`, `'Bob` open words; `9Bo` too (a digit opens
    no word: the word opens at its capital); near miss `x'Ann` (a mark after a letter: inside
    `x'Ann`, no word opens at `A`)."""
    assert [w for _, _, w in capital_words("said Lee—Ann (Ruiz) “Cole")] == [
        "Lee",
        "Ann",
        "Ruiz",
        "Cole",
    ]
    assert capital_words("x'Ann and 9Bo") == [(11, 13, "Bo")]
    assert [w for _, _, w in capital_words("'Bob said. U.S. Navy")] == ["Bob", "U.S.", "Navy"]


def test_tokens_made_from_the_scans_words_are_the_ones_read_from_the_text():
    for text in generated_texts(_CAPITAL_PIECES, 5354, 5_000, 14):
        made, read = Words(text), Words(text)
        for found in capital_words(text):
            assert made.made(found) == read[found[0]], repr(text)


def _office_inside_reference(name: str) -> bool:
    """office_inside as it was, with its generator."""
    words = name.split()
    head = next((k for k in range(1, len(words)) if words[k] in OFFICE_HEADS), 0)
    after = words[head + 1 :]
    return head > 0 and len(after) <= 1 and (not after or usual_sex(after[0]) is None)


def _person_after_office_reference(name: str) -> int:
    """person_after_office as it was, the name always split."""
    words = name.split()
    if "of" not in words:
        return 0
    for k in range(len(words) - 2, 0, -1):
        word = words[k]
        if word[:1].isupper() and word_key(word) in TITLE_WORDS:
            after = words[k + 1 :]
            named = 2 <= len(after) <= 3 and usual_sex(after[0]) is not None
            return k + 1 if named and "of" in words[:k] else 0
    return 0


_NAME_PIECES = [
    "Ombudsman", "Ombudsperson", "Ombudsmen", "Gas", "Tasmania", "Nadia", "Cruz", "Jane",
    "Lee", "Port", "of", "Vell", "Mayor", "Governor", "Bank", "Tarn", "Office", "the",
    "ofa", "Of", "\xa0", "Ana", "Roe",
]  # fmt: skip


def test_offices_in_names_as_the_generator_and_the_split_said():
    import random

    rng = random.Random(5355)
    for _ in range(20_000):
        name = " ".join(rng.choices(_NAME_PIECES, k=rng.randint(1, 7)))
        assert office_inside(name) == _office_inside_reference(name), name
        assert person_after_office(name) == _person_after_office_reference(name), name


def test_offices_near_misses():
    """`Gas Ombudsman Tasmania` a body; `Ombudsman Jane Lee` (the head opens it) and `Public
    Ombudsman Nadia Cruz` (a given name after it) people; `Port of Vell Mayor Ana Roe` a
    mayor's name after four words; `Bank Governor Ana Roe` (no `of`), `Ofa Lino` (`of` inside a
    word only) none."""
    assert office_inside("Gas Ombudsman Tasmania")
    assert not office_inside("Ombudsman Jane Lee")
    assert not office_inside("Public Ombudsman Nadia Cruz")
    assert person_after_office("Port of Vell Mayor Ana Roe") == 4
    assert person_after_office("Bank Governor Ana Roe") == 0
    assert person_after_office("Ofa Lino") == 0


def _start_reference(pattern: re.Pattern[str], reach: int, text: str, start: int) -> int:
    """Where the pattern's first group opens in the window before `start`, or -1."""
    found = pattern.search(text, max(0, start - reach), start)
    return -1 if found is None else found.start(1)


_BEFORE_PIECES = [
    " ", " ", "of", "and", "the", "The", "Isle", "Port", "City", "Power", "Gas", "\n", ",",
    "Wight", "x", "of\n", "Of", "AND",
]  # fmt: skip


def test_place_and_and_starts_as_the_patterns_alone_found():
    """The text before the name tested for ` of ` / ` and ` first (a line break after it too:
    the patterns' `$` matches before one): the same starts as the patterns on every place."""
    for text in generated_texts(_BEFORE_PIECES, 5356, 4_000, 12):
        for start in range(len(text) + 1):
            place = _start_reference(_PLACE_OF, _PLACE_OF_REACH, text, start)
            if place >= 0 and text[place : text.index(" ", place)] not in PLACE_OF_HEADS:
                place = -1
            assert place_of_start(text, start) == place, (text, start)
            assert the_and_start(text, start) == _start_reference(
                _THE_AND, _THE_AND_REACH, text, start
            ), (text, start)


def test_place_and_and_starts_near_misses():
    """`the Isle of Wight Council`, `the Power and Gas Ombudsman` (and with a line break before
    the name) found; `John Smith of Harlow` (no place's head), `Lee and Acme` (no `the`) not."""
    text = "the Isle of Wight Council"
    assert place_of_start(text, text.index("Wight")) == text.index("Isle")
    text = "the Power and Gas Ombudsman"
    assert the_and_start(text, text.index("Gas")) == text.index("Power")
    text = "the Power and \nGas Ombudsman"
    assert the_and_start(text, text.index("Gas")) == text.index("Power")
    text = "John Smith of Harlow Council"
    assert place_of_start(text, text.index("Harlow")) == -1
    text = "Lee and Acme Holdings"
    assert the_and_start(text, text.index("Acme")) == -1


_BODY_PIECES = [
    " ", " ", ", ", "the", "startup", "band", "trio", "label", "Lee", "(", "“", "\n", "x",
    "group", "union", "-", "fund", "Fund", "unionist",
]  # fmt: skip


def test_bodies_before_names_as_the_pattern_alone_found():
    """body_before against BODY_BEFORE's search of the 40 characters before every place."""
    for text in generated_texts(_BODY_PIECES, 5357, 4_000, 10):
        for start in range(len(text) + 1):
            found = body_before(text, start)
            reference = BODY_BEFORE.search(text, max(0, start - 40), start)
            assert (found and found.span()) == (reference and reference.span()), (text, start)


def test_bodies_before_names_near_misses():
    """`startup Zoomly`, `the band, Quarry`, `trio \\nSaltwick` (a line break after the space:
    the pattern's `$`) find the noun; `(Zoomly`, `“Quarry`, `unionist Lee`, `Fund Lee` none."""
    assert body_before("the startup Zoomly", 12)[0] == "startup "
    assert body_before("the band, Quarry", 10)[0] == "band, "
    assert body_before("the trio \nSaltwick", 10) is not None
    assert body_before("the startup (Zoomly", 13) is None
    assert body_before("the label “Quarry", 11) is None
    assert body_before("unionist Lee", 9) is None
    assert body_before("Fund Lee", 5) is None


def test_the_classes_split_by_any_byte_but_a_space_as_by_the_class():
    """Every byte of the classes is `C`, `l`, `m` or a space: `C[^ ]*` splits as `C[Clm]*`."""
    assert set(_CLASSES) == set(b"Clm ")
    classed = re.compile(rb"(C[Clm]*)")
    for text in generated_texts(_CAPITAL_PIECES, 5358, 5_000, 14):
        plain = text.replace("’", "'").replace("—", " ").replace("–", " ")
        if plain.isascii():
            classes = plain.encode("ascii").translate(_CLASSES)
            assert _CLASSED_WORD.split(classes) == classed.split(classes), repr(text)
