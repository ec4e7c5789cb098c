"""worst46's reordered and gated tests answer what the code they replaced answered.

Each cut is checked against the code it replaced (written out here) on made-up lines and
documents: numbered items in several digit systems, prose runs, line shapes,
near-misses the rules must not fire on.
"""

from __future__ import annotations

import random

from api.parser.heading_kin import is_caps
from api.parser.heading_numbered_runs import ITEM_NUMBER
from api.parser.heading_offers import PRICE
from api.parser.headings import (
    LONG_CHARS,
    LONG_WORDS,
    MAX_CHARS,
    MAX_WORDS,
    PRICE_ENTRY,
    _shapes,
    few_words,
    following_length,
    head_text,
    head_within,
    is_stated_question,
    item_number,
    shaped_head,
    stands_out,
    typical_length,
)
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import read_shape
from tests.parser.test_worst38_gates import _caps_loop

# (numbered lines in ASCII and other decimal digits, near-misses: a superscript, a fraction, a
# Roman numeral, three digits, a number without its mark or its space, a letter first)
_OPENINGS = [
    "3. Ottawa",
    "12) Lend a hand",
    "٣. Cairo",
    "३) Delhi",
    "² Squared",
    "½ A half",
    "Ⅳ. Fourth",
    "123. Too far",
    "4 Margate",
    "5.Tight",
    "A. Letter",
    "No. 3: Moto G85",
    "",
    " 6. Indented",
    "7.\tTabbed",
]


def _old_item_number(item: Item) -> int:
    if not isinstance(item, Line):
        return -1
    match = ITEM_NUMBER.match(item.text)
    return int(match[1]) if match else -1


def test_item_number_gate_answers_as_the_pattern() -> None:
    rng = random.Random(46)
    digits = "0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९²³½ⅣA x"
    texts = list(_OPENINGS)
    for _ in range(4000):
        opening = "".join(rng.choice(digits) for _ in range(rng.randint(0, 3)))
        texts.append(opening + rng.choice([". ", ") ", ".", " ", ": ", ".\n"]) + "Item")
    for text in texts:
        assert item_number(Line(text, True)) == _old_item_number(Line(text, True)), text
    assert item_number(Picture("alt", "caption")) == -1
    assert item_number(Line("٣. Cairo", True)) == 3
    assert item_number(Line("² Squared", True)) == -1


def _old_shaped(items: list[Item], alone: list[int]) -> list[bool]:
    """_shapes' strict shape as it was read, the typical length taken first."""
    typical = typical_length(items)
    shaped = [False] * len(items)
    for k in alone:
        text = items[k].text
        if len(text) <= LONG_CHARS:
            if PRICE.search(text) and PRICE_ENTRY.match(text):
                continue
            if text[-1] == "?" and is_stated_question(text):
                continue
        if not few_words(text, LONG_WORDS):
            continue
        shape = read_shape(text)
        head = head_text(text, shape)
        if not shaped_head(text, shape, head, LONG_WORDS, LONG_CHARS):
            continue
        question = shape.question
        shaped[k] = (few_words(text, MAX_WORDS) and head_within(head, MAX_WORDS, MAX_CHARS)) or (
            stands_out(text, shape.number > 0, typical, following_length(items, k)) and not question
        )
    return shaped


_LINES = [
    "The hidden cost of cheap flights for regional airports and their towns",
    "How to keep a business focus the easy way",
    "Why the river floods every spring",
    "3. Get help from a mentor who has done it before you",
    "The big question",
    "Is this the end of the high street as we know it today?",
    "Mains £18 to £26",
    "A short paragraph of prose that ends a sentence.",
    "A much longer paragraph of prose that runs on for a while, and ends a sentence at last"
    " after a clause or two about the weather and the tides.",
    "Councils that can no longer afford to keep their runways open",
    "Why the small councils that run our regional airports can no longer keep them open",
    "3. Know what to do when the boiler fails in the first cold week of the winter",
    "A very long paragraph of prose that runs on and on for a good while, ends a sentence at"
    " last after a clause or two about the weather, the tides, the harbour and the boats that"
    " come and go from it in the summer months when the visitors arrive.",
]


def test_typical_length_read_when_needed_changes_no_shape() -> None:
    rng = random.Random(46046)
    long_shaped = 0
    for _ in range(2000):
        items: list[Item] = []
        for _ in range(rng.randint(1, 14)):
            if rng.random() < 0.08:
                items.append(Picture("alt", "caption"))
            else:
                items.append(Line(rng.choice(_LINES), rng.random() < 0.95))
        alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
        found = _shapes(items, alone, frozenset())
        old = _old_shaped(items, alone)
        assert found.shaped == old
        long_shaped += sum(1 for k in alone if old[k] and not few_words(items[k].text, MAX_WORDS))
    assert long_shaped > 0  # (some long heads stand out by the typical length)


def test_is_caps_ascii_gate_answers_as_the_loop() -> None:
    rng = random.Random(4600)
    alphabet = "AaBZz 019.,:'-!?&ÉéßⓐⅣ中ʰ"
    texts = ["LOW TIDE", "TOP 10", "A Dane said it.", "1. 2.", "AB", "ABC", "I", "A B C", ""]
    texts += ["ÉTÉ EN FRANCE", "ABC ⓐ", "Ⅳ ABC", "中文 ABC", "ABCʰ", "ß ABC"]
    for _ in range(6000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
    for text in texts:
        assert is_caps(text) == _caps_loop(text), text
    assert is_caps("LOW TIDE") and not is_caps("A Dane said it.")
