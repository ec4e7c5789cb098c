"""Rules review57 widened from a fixture's own words to their class.

Each case is made up; the shapes, not the words, are what the rules read. Near-misses are
cases the rule must leave as they were.
"""

from __future__ import annotations

import pytest

from api.parser.quote_tokens import acronym
from tests.quotes.helpers import speakers as _speakers

Case = tuple[list[str], list[str | None]]

# `X and his partner, <First>,` / `X, 52, and her spouse, <First>,`: any spouse's noun makes a
# couple (quote_registry._AND_SPOUSE), not only `his wife` / `her husband`; a title of the
# other sex then picks the spouse named by a given name alone.
SPOUSE_NOUNS: list[Case] = [
    (
        [
            "Daniel Kerr and his partner, Maya, run the bakery.",
            "“We open at six,” Mr Kerr said.",
            "Ms Kerr said: “The ovens are old.”",
        ],
        ["Daniel Kerr", "Maya"],
    ),
    (
        [
            "Priya Nair, 52, and her spouse, Arjun, lost their shop.",
            "“It was all we had,” Ms Nair said.",
            "Mr Nair said: “We will rebuild.”",
        ],
        ["Priya Nair", "Arjun"],
    ),
    (
        [
            "Marguerite Ossel and her partner, Henrik, sailed from Brest in June.",
            "“The storm caught us off Ushant,” Mr Ossel said.",
        ],
        ["Henrik"],
    ),
    (
        # near-misses: a business partner, a partner named in full, a title of the named one's
        # own sex
        [
            "Daniel Kerr and his business partner, Maya, run the bakery.",
            "“We open at six,” Mr Kerr said.",
            "Ms Kerr said: “The ovens are old.”",
        ],
        ["Daniel Kerr", "Daniel Kerr"],
    ),
    (
        [
            "Daniel Kerr and his partner, Maya Stone, run the bakery.",
            "“We open at six,” Mr Kerr said.",
            "Ms Kerr said: “The ovens are old.”",
        ],
        ["Daniel Kerr", "Daniel Kerr"],
    ),
    (
        [
            "Tobias Lind and his husband, Jonas, moved here in May.",
            "“We love the quiet,” Mr Lind said.",
        ],
        ["Tobias Lind"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOUSE_NOUNS)
def test_any_spouse_noun_makes_a_couple(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# A lead's first word printed in capitals is no acronym for any article or demonstrative
# (quote_tokens.CAPITALISED_DETERMINERS), not only `THE`: the body after it keeps its name.
CAPITALISED_LEADS: list[Case] = [
    (
        [
            "AN Office of Works inspector closed the bridge on Friday.",
            "“It is not safe,” the office said.",
        ],
        ["Office of Works"],
    ),
    (
        [
            "THE Tarrow Water Board will cut supply at night.",
            "“The reservoir is at a third,” the board said.",
        ],
        ["Tarrow Water Board"],
    ),
    (
        [
            "THIS Valmar Transit plan will add six routes, officials said.",
            "“Every suburb gains a bus,” Valmar Transit said.",
        ],
        ["Valmar Transit"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CAPITALISED_LEADS)
def test_a_capitalised_determiner_opening_a_lead_is_no_acronym(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("AN", False), ("THESE", False), ("THE", False), ("ANC", True), ("NATO", True)],
)
def test_determiners_are_no_acronyms_but_acronyms_stay(word, expected):
    assert acronym(word) is expected
