"""worst56: per-name and per-cue reads made once, the answers those of the parser before the cuts
(on made-up text):

- listed_field_start searches a title's field list only when ` of `/` for ` stands between its
  reach and the last comma (a chain of fields, `X Affairs, Y Affairs, ...`, is not searched
  again for each field);
- _kind_named reads the description's implying words once and tests each recent name's last
  word against them (what name_implies answers);
- Registry.recent_names: the recent events' names read once per cue until the next event.
"""

from __future__ import annotations

import random

import pytest

from api.parser.quote_context import build_paragraphs
from api.parser.quote_orgs import implying_words, last_name_word, name_implies
from api.parser.quote_registry import Registry
from api.parser.quote_roles import (
    _LAST_ITEM,
    _LIST_REACH,
    _LISTED_TITLE,
    TITLE_WORDS,
    listed_field_start,
    role_comma,
)
from api.parser.quote_tokens import last_mark
from tests.quotes.helpers import speakers


def _searched(head: str, cut: int) -> int | None:
    """listed_field_start as it was: the title's pattern searched whatever the span holds."""
    if cut < 0 or head[cut] != "," or not _LAST_ITEM.fullmatch(head, cut + 1):
        return None
    found = _LISTED_TITLE.search(head, max(0, cut - _LIST_REACH))
    if found is None or found.group(1).lower() not in TITLE_WORDS:
        return None
    return found.start()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("The Minister for Energy, Water and Mines", 0),
        ("Its Secretary of Trade, Industry, Fisheries and Ports", 0),
        ("He thanked the Minister for Culture, Sport and Heritage", 11),
        ("The Minister of Health, Tarn Affairs, Vell Affairs, Orin Affairs", 0),
        # near-misses: the title out of reach, no title, a field word as a title's
        ("The Minister of Health, " + ", ".join(f"Kade{i} Affairs" for i in range(30)), None),
        ("Tarn Affairs, Vell Affairs, Orin Affairs", None),
        ("The chair of the board, Vell Rail", None),
    ],
)
def test_listed_field_start(head: str, expected: int | None) -> None:
    cut = last_mark(head, ",;:\x00(")
    assert listed_field_start(head, cut) == expected
    assert listed_field_start(head, cut) == _searched(head, cut)


def test_listed_field_start_against_the_search_on_random_heads() -> None:
    pieces = [
        "The Minister for ",
        "Its Secretary of ",
        "the Director of ",
        "The chair of ",
        "Energy",
        "Water and Mines",
        "Tarn Affairs",
        "Sport & Heritage",
        ", ",
        ", and ",
        " for ",
        " of ",
        " and ",
        "the ",
        "Vell",
        "x",
    ]
    rng = random.Random(56)
    for _ in range(4000):
        head = "".join(rng.choices(pieces, k=rng.randint(1, 24))).rstrip()
        cut = last_mark(head, ",;:\x00(")
        assert listed_field_start(head, cut) == _searched(head, cut), head


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The Minister for Energy, Water and Mines, Ann Lee, said so.",
            "Ann Lee",
            (0, "Minister for Energy, Water and Mines"),
        ),
        (
            "The Minister of Health, Tarn Affairs and Vell Affairs, Ann Lee, said so.",
            "Ann Lee",
            (0, "Minister of Health, Tarn Affairs and Vell Affairs"),
        ),
        ("His lawyer, Tom Vey, said so.", "Tom Vey", (0, "lawyer")),
        # near-miss: a chain of fields, its title out of reach: no role's list
        (
            "The Ministry of Health, "
            + "".join(f"Kade{i} Affairs, " for i in range(30))
            + "Ann Lee, said so.",
            "Ann Lee",
            None,
        ),
    ],
)
def test_role_comma_answers(text: str, name: str, expected: tuple[int, str] | None) -> None:
    start = text.index(name)
    assert role_comma(text, start, start + len(name)) == expected


@pytest.mark.parametrize(
    "description", ["operator", "rail operator", "housing association", "energy company", "firm"]
)
def test_implying_words_tell_what_name_implies_tells(description: str) -> None:
    words = description.split()
    implying = implying_words(words)
    for name in ("Vell Rail", "Tarn Homes", "Orin Gas", "Kade Co. W.L.L.", "Ann Lee", "Buses"):
        assert (last_name_word(name) in implying) is name_implies(words, name)


_ANSWERS = [
    (
        ("Kestrel Buses said fares would rise.", '"Costs are up," the operator said.'),
        ["Kestrel Buses"],
    ),
    (
        (
            "Tarn Travel Co. W.L.L., whose secretary is Dr (Mrs) Ada Tarn, and Coun Jo Vell spoke. "
            '"x," the operator said.',
        ),
        ["Tarn Travel Co. W.L.L."],
    ),
    (
        (
            "Assistant U.S. Attorney Ann Lee told the court that Tom Vey had lied.",
            '"It is clear," the prosecutor said.',
        ),
        ["Ann Lee"],
    ),
    (
        (
            'Ida Kell, 63, spoke. "x," the retiree asked. '
            'Abel Sorn, 71, spoke. "y," the retiree asked.',
        ),
        ["Ida Kell", "Abel Sorn"],
    ),
    # near-misses: the latest of two bodies of the kind; a person's name ending in a kind's
    # word; a captain who is one now over a retired one named first
    (
        ("Kestrel Buses and Orin Rail both cut routes.", '"Drivers," the operator said.'),
        ["Kestrel Buses"],
    ),
    (("Mayor Dana Gas opened the fair.", '"Welcome," the utility said.'), [None]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), _ANSWERS)
def test_answers_are_unchanged(paragraphs: tuple[str, ...], expected: list[str | None]) -> None:
    assert speakers(*paragraphs) == expected


def test_recent_names_are_the_recent_events_and_follow_a_new_event() -> None:
    registry = Registry(
        build_paragraphs(["Ann Lee spoke. Tom Vey spoke.", "Ida Kell spoke. It rained."])
    )
    for where in [(0, 0), (0, 20), (1, 0), (1, 30)]:
        assert registry.recent_names(where) == list(registry._recent(where))
    before = registry.recent_names((1, 30))
    registry.event((1, 20), "Abel Sorn")
    after = registry.recent_names((1, 30))
    assert after == list(registry._recent((1, 30)))
    assert after[0] == "Abel Sorn" and after[1:] == before
