"""rb5: near-misses of stop 51's heading rules, read back for over-fitting (issue 15).

Lines in a picture's slot are heads beside sentence heads only when none speaks in the first
person: 'I never went back.' after a picture is a writer's own voice going on (as paced_heads
reads an essay's one-line paragraphs), whatever its case ('My father cried.'). Made-up pages.
"""

from __future__ import annotations

import pytest

from api.parser.heading_picture_slots import in_first_person
from tests.parser.test_heads94 import SLOTTED, page, read


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("I was nineteen that summer.", True),
        ("My father cried.", True),
        ("We closed the shop in May.", True),
        ("I’m still here.", True),
        ("The ovens are older.", False),
        ("Imogen left in May.", False),
        ("Usher played the hall.", False),
    ],
)
def test_in_first_person(text, first):
    assert in_first_person(text) is first


@pytest.mark.parametrize(
    "slots",
    [
        ["I was nineteen that summer.", "I never went back."],
        ["We closed the shop in May.", "My father cried."],
        ["The ovens were cold.", "Our neighbours left first."],
    ],
)
@pytest.mark.parametrize("head", [SLOTTED[0][0], SLOTTED[2][0]], ids=["quoted", "single-quoted"])
def test_first_person_lines_in_picture_slots_are_the_text(head, slots):
    assert read(page(head, slots)) == ([], [])


@pytest.mark.parametrize("head", [SLOTTED[0][0], SLOTTED[2][0]], ids=["quoted", "single-quoted"])
def test_third_person_lines_in_picture_slots_stay_heads(head):
    slots = ["The bakery opened in 1931. It never shut.", "The ovens are older."]
    assert read(page(head, slots)) == (slots, [])
