"""worst49: `the contractor said` asks only which bodies a generic noun of any body may mean
(Registry._open_bodies_named), read without the index of every noun (_bodies_by_noun), and that
index reads each body's name once. The list is the index's OPEN_BODY list, on made-up articles:
bodies with relative clauses, a person's role naming a body, a bracketed short form, a dateline,
a firm taken on as plural practitioners, bodies named again.
"""

from __future__ import annotations

import random

from api.parser.quote_context import build_paragraphs
from api.parser.quote_open_bodies import OPEN_BODY
from api.parser.quote_registry import Registry
from tests.quotes.helpers import speakers

_SENTENCES = [
    "Brellow Games, which publishes Quill, said sales rose.",
    "Tarvish Water Hauling LLC, which supplies the town, was paid.",
    "Ostmere City Hall (OCH) said the road would close.",
    "OSTMERE: Vandry Engineering Sdn Bhd won the tender.",
    "Kelby historian Ana Ruiz said the record was clear.",
    "The council appointed Pellan Advisory as business rescue practitioners.",
    "The Harl Port Authority fined the operator.",
    '"It is done," the contractor said.',
    '"We will see," the publisher said.',
    "Brellow Games said it again.",
    "Mia Brandt, a nurse, said so.",
    "It rained.",
]


def _articles(count: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [
        [" ".join(rng.choices(_SENTENCES, k=rng.randint(1, 4))) for _ in range(rng.randint(1, 6))]
        for _ in range(count)
    ]


def test_open_bodies_are_the_index_open_list() -> None:
    for paragraphs in _articles(60, 49):
        registry = Registry(build_paragraphs(paragraphs))
        assert registry._open_bodies_named() == registry._bodies_by_noun().get(OPEN_BODY, [])


def test_open_bodies_skip_a_role_and_a_short_form() -> None:
    registry = Registry(
        build_paragraphs(
            ["Kelby historian Ana Ruiz said so. Ostmere City Hall (OCH) agreed.", "It rained."]
        )
    )
    names = [name for _, name in registry._open_bodies_named()]
    assert names == ["Ostmere City Hall"]  # (not `OCH`, its short form in brackets)


def test_contractor_is_the_body_named_last() -> None:
    assert speakers(
        "Vandry Engineering Sdn Bhd won the tender to repair the bridge.",
        '"It is done," the contractor said.',
    ) == ["Vandry Engineering Sdn Bhd"]


def test_the_role_named_body_is_left_out() -> None:
    registry = Registry(build_paragraphs(["Kelby historian Ana Ruiz said the record was clear."]))
    assert "Kelby" not in [name for _, name in registry._open_bodies_named()]
