"""speed56: a lone place before a noun for its residents (`An Orwa man`, `the Tarsel residents`)
read back from the nouns, where one pattern opening with `\\b` was tried at every character of
the article. The reading must find exactly what that pattern found: it is checked against the
pattern (kept here as the definition) on random texts of near misses, and on articles."""

from __future__ import annotations

import random
import re

import pytest

from api.parser.quote_context import build_paragraphs
from api.parser.quote_recall import home_places
from api.parser.quote_registry import Registry

# The pattern the article was scanned with before speed56: what home_places must find.
_DEFINITION = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) ([A-Z][a-z'’-]+) (?:man|woman|men|women|boy|girl|resident|residents|"
    r"native|natives|villager|villagers|local|locals|couple|family)\b"
)

# Articles, places and nouns, and near misses of each: an article inside a word (`Xthe`,
# `_the`, `Aa-an`), a capital alone or after a small letter, accents and digits after a noun
# (`mané`, `man2`), longer words opening as a noun does (`many`, `mention`, `locally`).
_PIECES = [
    "a", "an", "A", "An", "the", "The", "THE", "Xthe", "_the", "an_", "é", "a,", "the\n",
    "Vellmor", "Quarro", "O'ssa", "Tren-dal", "Brí", "Ab", "B", "Q-", "Kell’a", "aKell", "Man",
    "man", "many", "men", "mention", "woman", "women", "womanly", "residents", "resident_",
    "resident", "local", "locals", "locally", "couple", "family", "boy", "girl", "villagers",
    "villager", "native", "natives", "mané", "man2", "said", ",", ".", "-", "'", "’", "1",
    "Aa-an", "Bb-the", "the Vellmor", "an Ossek",
]  # fmt: skip
_GAPS = [" ", " ", " ", "", "\n", ", "]


def _text(rng: random.Random) -> str:
    """A random run of the pieces above and gaps."""
    return "".join(rng.choice(_PIECES) + rng.choice(_GAPS) for _ in range(rng.randint(1, 14)))


def test_finds_what_the_pattern_found_on_random_texts():
    """On 30,000 random texts the places read back from the nouns are the pattern's, and
    thousands of them hold one."""
    rng = random.Random(5601)
    holding = 0
    for _ in range(30_000):
        text = _text(rng)
        expected = {m[1] for m in _DEFINITION.finditer(text)}
        assert set(home_places(text)) == expected, text
        holding += bool(expected)
    assert holding > 1_000


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("An Orlenby man who declined to be named said he was angry.", {"Orlenby"}),
        ("Two of the Tasker-on residents and a Vell’s couple spoke.", {"Tasker-on", "Vell’s"}),
        ("The Quimby family left; a Ruthen villagers' group stayed.", {"Quimby", "Ruthen"}),
        ("the Brackmoor locals, an Oste native and a Pell boy", {"Brackmoor", "Oste", "Pell"}),
        # near misses: a longer noun, a noun run on, an article inside a word, a second capital
        ("An Orlenby manager, a Tarsel mention, the Vell womanly air", set()),
        ("Dean Orlenby man, Xthe Tarsel family, the Old Vell man", set()),
        ("the ORLENBY man, the Ørsted man, the Tarsel man2, a T man", set()),
        ("the Orlenby\nman, the Tarsel  family, the  Vell boy", set()),
    ],
)
def test_home_places_and_near_misses(text: str, places: set[str]):
    """Invented places before a residents' noun; near misses the pattern never took."""
    assert set(home_places(text)) == places
    assert {m[1] for m in _DEFINITION.finditer(text)} == places


def test_registry_places_as_before():
    """A place written before a noun for its people is a place to the registry; a name only
    before `manager` is not."""
    paragraphs = [
        "An Orlenby man who declined to be named said the road had flooded.",
        "Tarsel Holdings said its manager would reply. A Quimby manager was not reached.",
    ]
    registry = Registry(build_paragraphs(paragraphs))
    assert registry.is_place("Orlenby")
    assert not registry.is_place("Quimby")
    assert not registry.is_place("Tarsel")
