"""worst55: the glue reader reads each tail's strong-credit verdict once per caption line, looks
the camel-case words up by the glue point's character and reads a credit's pieces once; every
answer stays as it was (made-up captions, with the near misses that must not split)."""

from __future__ import annotations

import pytest

from api.parser.credit_words import is_credit_like, is_strong_credit
from api.parser.credits import split_credit

ALT = "Alt text."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a holder's initials glued onto a dotted code of two letters: split before them
        ("Troops in the U.S.D.R. Jane Doe/AP", "Troops in the U.S.", "D.R. Jane Doe/AP"),
        ("A hangar of the U.K.M.P. Roe/Reuters", "A hangar of the U.K.", "M.P. Roe/Reuters"),
        ("A parade in the U.S.A.J. Doe/AP", "A parade in the U.S.A.", "J. Doe/AP"),
        ("A float in the U.S.Jane Doe / AP", "A float in the U.S.", "Jane Doe / AP"),
        ("Rally outside the U.K.Senate Press Pool", "Rally outside the U.K.", "Senate Press Pool"),
        # camel-case words are no glue points, a credit after them still splits
        (
            "A tour of the YouTube offices.Jane Doe/AP",
            "A tour of the YouTube offices.",
            "Jane Doe/AP",
        ),
        ("Workers at a SeaWorld park.Reuters", "Workers at a SeaWorld park.", "Reuters"),
        (
            "A console on a table.PlayStation/Handout",
            "A console on a table.",
            "PlayStation/Handout",
        ),
        ("A man on his GoPro.Ana Lima/EPA", "A man on his GoPro.", "Ana Lima/EPA"),
        # credits whose shape the lowercase agency, the figure's address or the lender settles
        (
            "A seal at the harbour.picture alliance/dpa/Jane Doe",
            "A seal at the harbour.",
            "picture alliance/dpa/Jane Doe",
        ),
        ("A street in Bishkek.24.kg/Jane Doe", "A street in Bishkek.", "24.kg/Jane Doe"),
        (
            "A painting lent.Courtesy of the Acme Gallery",
            "A painting lent.",
            "Courtesy of the Acme Gallery",
        ),
        ("The sea at dusk.Ola Berg", "The sea at dusk.", "Ola Berg"),
    ],
)
def test_glued_credits_split_as_before(line: str, caption: str, credit: str) -> None:
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Sailors of the U.S.S.R. Navy",  # a code of its own, no credit's shape after it
        "Soldiers of the U.S.Army",  # the code's noun
        "A gamer with a new PlayStation",  # the inner capital of a camel-case word
        "Fans at a TikTok event",
        "Delegates of the E.U.N.A.T.O. summit",
    ],
)
def test_near_misses_stay_whole(line: str) -> None:
    assert split_credit(ALT, line) == (line, None)


def test_one_line_verdicts_never_stand_in_for_another() -> None:
    # the same tail read on lines in turn, split on one and whole on the other
    lines = [
        ("Troops in the U.S.D.R. Jane Doe/AP", ("Troops in the U.S.", "D.R. Jane Doe/AP")),
        ("Sailors of the U.S.S.R. Navy", ("Sailors of the U.S.S.R. Navy", None)),
        ("Ships off the U.K.D.R. Jane Doe/AP", ("Ships off the U.K.", "D.R. Jane Doe/AP")),
    ]
    for _ in range(2):
        for line, expected in lines:
            assert split_credit(ALT, line) == expected


@pytest.mark.parametrize(
    ("tail", "like", "strong"),
    [
        ("D.R. Jane Doe/AP", True, True),
        ("Jane Doe, Associated Press", True, True),
        ("Jane Doe for The Daily Post", True, True),
        ("24.kg/Jane Doe", True, True),
        ("picture alliance/dpa/Jane Doe", True, True),
        ("Courtesy of Acme Pictures", True, False),  # a lender's, no holders joined
        ("Jane Doe", True, False),
        ("Navy", True, False),
        ("Is it him?", False, False),
        ("reuters file", False, False),
    ],
)
def test_credit_shape_and_strength(tail: str, like: bool, strong: bool) -> None:
    assert (is_credit_like(tail), is_strong_credit(tail)) == (like, strong)
