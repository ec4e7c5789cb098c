"""Speakers97: two-word styles off a name, `chairman` sexless, a figure's unit letter no name.

`Tok Ketua Aziz Omar` names Aziz Omar (a style of two words, neither a style alone, before a
given name and a surname); `chairman` before a name is an office's name that many papers give
women too, so it gives no sex that a later `she` must step over; the `M` of `$14M` is a sum's
unit, no single-word name that would stand beside the person a paragraph opens with. Each with
near-misses left alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_names import role_noun_sex, two_word_style
from api.parser.quote_tokens import Token
from tests.quotes.helpers import names_found
from tests.quotes.helpers import speakers as _speakers


def _tokens(*words: str) -> list[Token]:
    """Made-up name tokens (two_word_style reads only their texts)."""
    return [Token(0, 0, word, False, False) for word in words]


# --- two-word styles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("Tok", "Ketua", "Aziz", "Omar"), True),
        (("Tan", "Sri", "Halim", "Bakar"), True),
        (("Ketua", "Kampung", "Rosli", "Idris", "Jamal"), True),
        (("Tan", "Sri", "Halim"), False),  # (one word left: too little for a name)
        (("Tok", "Aziz", "Omar", "Jamal"), False),  # (`Tok` alone is no style here)
        (("Sri", "Tan", "Wei", "Ling"), False),  # (the words the other way round)
    ],
)
def test_two_word_style(words: tuple[str, ...], expected: bool) -> None:
    assert two_word_style(_tokens(*words)) is expected


def test_a_village_head_by_his_two_word_style() -> None:
    found = _speakers(
        "Residents of the riverside hamlet have boiled their water for a month.",
        "The village head, Tok Ketua Zainal Abidin, said the wells had turned brown. “We were "
        "told the pipes would be fixed by June,” the village head said.",
    )
    assert found == ["Zainal Abidin"]


def test_a_tan_sri_named_with_her_own_words() -> None:
    assert names_found("Tan Sri Aminah Rashid said the board would meet again.") == [
        "Aminah Rashid"
    ]


def test_a_surname_tan_keeps_its_place() -> None:
    # (near-miss: `Tan` is a surname, and `Tan Wei Ling` holds no two-word style)
    assert names_found("Tan Wei Ling said the clinic would stay open.") == ["Tan Wei Ling"]


# --- `chairman` says no sex -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the committee chairman Noraini Hashim", None),
        ("the retired postman Dai Hughes", "m"),  # (near-miss: a trade's `-man` still says)
        ("the local fisherwoman Ann Roe", "f"),
    ],
)
def test_role_noun_sex(text: str, expected: str | None) -> None:
    name = " ".join(text.split()[-2:])
    assert role_noun_sex(text, text.index(name)) == expected


def test_she_of_a_chairman_past_a_man_named_after_her() -> None:
    found = _speakers(
        "The river has been closed to anglers since the spill.",
        "Water board chairman Dr Siti Norhaliza, who toured the bank on Monday, said the "
        "samples were clear.",
        "Asked whether the ban would be lifted, Norhaliza replied: “Not before the tests are "
        "done.” Farid Kamal said anglers would gather on Sunday.",
        "“We will test again in a fortnight,” she said.",
    )
    assert found[-1] == "Siti Norhaliza"


def test_he_of_a_chairman_still_his() -> None:
    # (near-miss: `chairman` gives no sex, and the man is still `he` by his own name)
    found = _speakers(
        "The club's accounts were published on Friday.",
        "Club chairman Graham Ostler said the deficit had halved.",
        "“We are not out of the woods,” he said.",
    )
    assert found == ["Graham Ostler"]


# --- a figure's unit letter ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor told the paper he had spent $14M on the roof.", ["Okafor"]),
        ("Brannigan said the 5K run raised funds.", ["Brannigan"]),
        ("Brannigan met Q. Lyle at the race.", ["Brannigan", "Lyle"]),  # (no digit before)
    ],
)
def test_a_figure_unit_is_no_name(text: str, expected: list[str]) -> None:
    assert [n.split()[-1] for n in names_found(text)] == expected


def test_she_past_a_man_who_spent_millions() -> None:
    found = _speakers(
        "The market was shut on Friday after inspectors found an open drain.",
        "It is owned by trader Kwesi Mensah-Boateng, 61.",
        "Mensah-Boateng told reporters he had spent $3M on repairs.",
        "Chief inspector Dr Abena Owusu-Ansah said the drain must be covered. Mensah-Boateng, "
        "who was at the gate, said the work would take weeks.",
        "“We only ask for a covered drain,” she said.",
    )
    assert found == ["Abena Owusu-Ansah"]
