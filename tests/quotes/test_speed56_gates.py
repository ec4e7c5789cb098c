"""speed56: two searches the attribution side made where they could find nothing, spared with
every answer as before. The bodies' index looks for a service's verb (`maintained by`) or a
contract (`contract with`) only before a name that `by`, `to` or `with` (and `the`) precede; a
`she` looks for `him`/`his` in its sentence (a `he` for `her`) by a search for the word and a
look at its sides. Each is checked against the pattern it replaced or spares, on random texts."""

from __future__ import annotations

import random
import re

import pytest

from api.parser.quote_open_bodies import (
    _CONTRACTED,
    _CONTRACTED_WITH,
    _DOER_OF,
    _SERVED_BY,
    _SERVED_ENDS,
    served_by_nouns,
)
from api.parser.quote_registry import _OTHER_OBJECT, _object_pronoun_in

# The patterns `_sexed_against_other` searched the sentence with before speed56.
_OBJECT_PATTERN = {"she": re.compile(r"\b(?:him|his)\b"), "he": re.compile(r"\bher\b")}
# The pronouns and words around or inside them (`other`, `this`, `hers`, `whim`, `_her`).
_OBJECT_PIECES = [
    "him", "his", "her", "hers", "other", "this", "Him", "HER", "_her", "her_", "hé", "é",
    "himself", "h", "is", "er", "2his", "his2", "he", "she", ",", ".", "’", "-", "herb", "whim",
]  # fmt: skip


@pytest.mark.parametrize("pronoun", ["she", "he"])
def test_object_pronoun_found_where_the_pattern_found_it(pronoun: str):
    """Within any bounds of 30,000 random texts (a word cut by either bound, a word character
    just outside it), the search and look answer as the pattern's search did."""
    rng = random.Random(5602)
    found = 0
    for _ in range(30_000):
        pieces = rng.choices(_OBJECT_PIECES, k=rng.randint(0, 10))
        text = "".join(piece + rng.choice([" ", "", ", ", "\n"]) for piece in pieces)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text) + 2)
        expected = _OBJECT_PATTERN[pronoun].search(text, start, end) is not None
        assert _object_pronoun_in(text, start, end, _OTHER_OBJECT[pronoun]) == expected
        found += expected
    assert found > 1_000


@pytest.mark.parametrize(
    ("text", "words", "found"),
    [
        ("Halvard Ostrem met Ilse Brenn. She told him the plan.", ("him", "his"), True),
        ("Ilse Brenn met Halvard Ostrem; he thanked her.", ("her",), True),
        ("He asked whether the other plan was there.", ("her",), False),  # inside words
        ("She said this was whimsical, hers to keep.", ("him", "his"), False),
    ],
)
def test_object_pronoun_examples(text: str, words: tuple[str, ...], found: bool):
    """Invented sentences: an object pronoun as a word of its own; near misses inside words."""
    assert _object_pronoun_in(text, 0, len(text), words) is found


def _served_before(before: str) -> tuple[str, ...]:
    """served_by_nouns as it was before speed56: both searches, whatever the window ends with."""
    found = _SERVED_BY.search(before)
    if found is None:
        return _CONTRACTED if _CONTRACTED_WITH.search(before) is not None else ()
    doer = _DOER_OF.get(found.group(1))
    return (*_CONTRACTED, doer) if doer else _CONTRACTED


_SERVED_PIECES = [
    "is", "are", "was", "were", "been", "maintained", "run", "built", "operated", "by", "the",
    "a", "to", "with", "since", "2019", "in", "weekends", "contract", "awarded", "signed",
    "city's", "’s", "thereby", "standby", "into", "Bay", "by\n", "the\n",
]  # fmt: skip
_SERVED_ENDINGS = [
    "is maintained by ", "were run since 2019 by the ", "been operated on weekends by ",
    "was built by the \n", "’s contract with ", "'s contracts with the ",
    "awarded the contract to ", "signed a cleaning contract to \n", "are serviced by",
    "is run bythe ", "were cleaned in the spring by the  ", "Is maintained by ", "maintained by ",
]  # fmt: skip


def test_served_by_as_both_searches_answered():
    """On 40,000 random windows before a name, half ending in a service's or a contract's words
    or a near miss of them (`bythe `, two spaces, `Is`, no `is`), the gated answer is the
    searches' answer."""
    rng = random.Random(5603)
    served = 0
    for k in range(40_000):
        pieces = rng.choices(_SERVED_PIECES, k=rng.randint(0, 8))
        text = "".join(piece + rng.choice([" ", " ", "", ", ", "\n"]) for piece in pieces)
        if k % 2:
            text += rng.choice(_SERVED_ENDINGS)
        text = text[-rng.randint(0, 60) :] if rng.random() < 0.3 else text
        expected = _served_before(text)
        assert served_by_nouns(text) == expected, text
        served += bool(expected)
    assert served > 5_000


def test_served_by_ends_cover_every_match():
    """Each way the two patterns may end is among the gate's endings."""
    for ending in ["by ", "by the ", "to ", "to the ", "with ", "with the "]:
        assert ending in _SERVED_ENDS and ending + "\n" in _SERVED_ENDS
