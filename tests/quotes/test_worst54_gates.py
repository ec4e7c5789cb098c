"""worst54: two per-cue walks over the latest KNOWN_ENTRIES entries cut (the answers are those of
the parser before the cuts, on made-up text):

- a body's kind named by a description (`the utility said` of `Northvale Energy`) is looked up
  by the last words that imply it (EntryPlaces.last_word_since), not by testing each entry;
- a person's noun carried by an introduction (`the farmer said` of `X, who grows rice,`) is
  looked for only among the people whose first sentence holds the noun or its family
  (Described._carrying, _may_carry), not by reading every introduction per cue.
"""

from __future__ import annotations

import pytest

from api.parser.quote_entries import Entry, EntryWords
from api.parser.quote_orgs import implying_words, last_name_word, name_implies
from tests.quotes.helpers import speakers


def _people(count: int) -> str:
    """`count` made-up people, one short sentence each: entries entered after a body."""
    return " ".join(f"Ann Vel{chr(97 + i // 26)}{chr(97 + i % 26)} spoke." for i in range(count))


_ANSWERS = [
    (
        ("Northvale Energy said bills would rise in March.", '"Prices," the utility said.'),
        ["Northvale Energy"],
    ),
    (
        (
            "Bellmoor Homes has bought the site.",
            'Some objected. "We listened," the housing association said.',
        ),
        ["Bellmoor Homes"],
    ),
    (
        ("The Lantern Playhouse will close.", '"The roof needs work," the theatre said.'),
        ["Lantern Playhouse"],
    ),
    (
        ("Tarn Valley Rail cut its timetable.", '"Drivers are ill," the rail operator said.'),
        ["Tarn Valley Rail"],
    ),
    (
        ("Kestrel Buses said fares would rise.", '"Costs are up," the operator said.'),
        ["Kestrel Buses"],
    ),
    (
        ("Riverside Borough approved the plan.", '"It is agreed," the council said.'),
        ["Riverside Borough"],
    ),
    (
        ("Lake Orin Area Schools closed early.", '"Snow," the district said.'),
        ["Lake Orin Area Schools"],
    ),
    # 150 people entered after the body: still among the latest KNOWN_ENTRIES
    (
        ("Northvale Energy said bills would rise. " + _people(150), '"Costs," the utility said.'),
        ["Northvale Energy"],
    ),
    # near-misses: two bodies of the kind, a person's name ending in a kind's word, a body
    # entered before the latest KNOWN_ENTRIES, a description of no name's kind
    (
        ("Northvale Energy and Southfield Power both raised prices.", '"Costs," the utility said.'),
        [None],
    ),
    (("Mayor Dana Gas opened the fair.", '"Welcome," the utility said.'), [None]),
    (
        ("Northvale Energy said bills would rise. " + _people(230), '"Costs," the utility said.'),
        [None],
    ),
    (("Acme Ltd said prices would rise.", '"Costs are up," the company said.'), ["Acme Ltd"]),
]


_INTRODUCED = [
    (
        (
            "Mira Tol, 58, who grows rice near the river, lost her crop.",
            "Officials visited on Monday.",
            '"It is gone," the farmer said.',
        ),
        ["Mira Tol"],
    ),
    (
        (
            "Kai Brem, 15, won the junior final.",
            "His coach, Ann Roe, watched.",
            '"Nervous," the schoolboy said.',
        ),
        ["Kai Brem"],
    ),
    (
        (
            "Abel Sorn, who has dredged the bay since 1988, sold his boat.",
            "Nobody bid.",
            '"Over," the fisherman said.',
        ),
        ["Abel Sorn"],
    ),
    (
        (
            "Abel Sorn lost six cows. Tom Vey, a herdsman, helped. Ida Kell, a nurse, came too.",
            '"They strayed," the herdsman said.',
        ),
        ["Tom Vey"],
    ),
    (
        ("Lena Ovik runs the bakery on Mill Street.", '"Bread first," the baker said.'),
        ["Lena Ovik"],
    ),
    # near-misses: no introduction holds the noun; the noun only in an earlier cue's sentence
    (
        (
            "Mira Tol, a retired teacher, lost her crop.",
            "Officials came.",
            '"Gone," the farmer said.',
        ),
        [None],
    ),
    (
        (
            "Lena Ovik, the bakery's owner, opened early.",
            "Queues formed by six.",
            '"Bread first," the baker said.',
        ),
        [None],
    ),
    (
        (
            'Abel Sorn lost six cows. "They strayed," the herdsman said. Tom Vey agreed.',
            '"Sad," the herdsman said.',
        ),
        ["Abel Sorn", "Tom Vey"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _ANSWERS + _INTRODUCED)
def test_answers_are_unchanged(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("operator", ["rail", "trains", "buses", "coaches"]),
        ("rail operator", ["rail", "trains", "buses", "coaches"]),
        ("housing association", ["homes", "housing"]),
        ("energy company", ["energy", "power", "electric", "electricity", "gas"]),
        ("company", []),
        ("minister", []),
    ],
)
def test_implying_words_are_those_name_implies_reads(description: str, expected: list[str]):
    words = description.split()
    assert sorted(implying_words(words)) == sorted(expected)
    for word in ("rail", "homes", "energy", "gas", "borough", "ltd", "group"):
        name = f"Vell {word.capitalize()}"
        assert name_implies(words, name) is (word in expected)


@pytest.mark.parametrize(
    ("name", "expected"), [("Oakridge Homes", "homes"), ("Gas", "gas"), ("", ""), ("  ", "")]
)
def test_last_name_word(name: str, expected: str) -> None:
    assert last_name_word(name) == expected


def test_last_word_since_reads_the_latest_places_only() -> None:
    words = EntryWords()
    for name in ("Vell Rail", "Ann Lee", "Orin Rail", "Tarn Homes", "Kade Rail"):
        words.add(Entry(name, "organisation"))
    places = words.places
    assert list(places.last_word_since("rail", 0)) == ["Kade Rail", "Orin Rail", "Vell Rail"]
    assert list(places.last_word_since("rail", 2)) == ["Kade Rail", "Orin Rail"]
    assert list(places.last_word_since("rail", -5)) == ["Kade Rail", "Orin Rail", "Vell Rail"]
    assert list(places.last_word_since("homes", 4)) == []
    assert list(places.last_word_since("buses", 0)) == []
