"""worst46's reordered and gated tests answer what the code they replaced answered.

Each cut is checked against the code it replaced (written out here) on made-up lines and
documents: numbered items in several digit systems, essays of full-sentence heads, prose runs,
near-misses the rules must not fire on.
"""

from __future__ import annotations

import random

from api.parser.heading_limits import LONG_RATIO
from api.parser.heading_siblings import (
    SENTENCE_SIBLINGS,
    answers_a_question,
    develops,
    even_sentence_heads,
    evenly_spaced,
    is_statement_head_shape,
    opens_a_section,
)
from api.parser.headings import ITEM_NUMBER, item_number
from api.parser.layout import Item, Line, Picture

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


def _old_even_sentence_heads(items: list[Item], alone: list[int]) -> list[int]:
    found = [
        k
        for k in alone
        if 0 < k < len(items) - 1
        and items[k].text[-1:] == "."
        and is_statement_head_shape(items[k].text)
        and opens_a_section(items, k)
        and not answers_a_question(items, k)
        and develops(items, k)
    ]
    if len(found) < SENTENCE_SIBLINGS or not evenly_spaced(found, len(items)):
        return []
    shortest = LONG_RATIO * max(len(items[k].text) for k in found)
    for k, item in enumerate(items):
        if k not in found and isinstance(item, Line) and len(item.text) < shortest:
            return []
    return found


_HEADS = [
    "A park is not a venue.",
    "The money is real, but it is small.",
    "There is a better way.",
    "It paid off.",
    "Yes. It is.",
    "Why does it matter?",
    "The oven is older than the street. So is the recipe.",
    "Most of them did.",
]
_TEXTS = [
    "It is where children learn to ride. Fencing it off changes that for every family nearby.",
    "The council has promised a review. Nobody has seen the terms of it, and the deadline has"
    " passed twice since the spring.",
    "Short text.",
    "One sentence that runs on without a second one for quite a long way indeed",
    "Mostly, yes. But not everywhere, and not in the winter months when the ferry stops.",
]


def _essay(rng: random.Random) -> list[Item]:
    items: list[Item] = [Line(rng.choice(_TEXTS), True)]
    for _ in range(rng.randint(2, 12)):
        kind = rng.random()
        if kind < 0.1:
            items.append(Picture("alt", "caption"))
        elif kind < 0.55:
            items.append(Line(rng.choice(_HEADS), True))
        else:
            items.append(Line(rng.choice(_TEXTS), rng.random() < 0.9))
    return items


def test_even_sentence_heads_order_changes_nothing() -> None:
    rng = random.Random(4646)
    fired = 0
    for _ in range(3000):
        items = _essay(rng)
        alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
        new = even_sentence_heads(items, alone, [False] * len(items))
        assert new == _old_even_sentence_heads(items, alone)
        fired += bool(new)
    assert fired > 0  # (some essays are evenly headed)


def test_even_sentence_heads_essay_and_near_misses() -> None:
    text = _TEXTS[0]
    essay: list[Item] = [Line(text, True)]
    for head in ("A park is not a venue.", "There is a better way.", "The tide comes twice."):
        essay += [Line(head, True), Line(text, True)]
    alone = list(range(len(essay)))
    assert even_sentence_heads(essay, alone, [False] * len(essay)) == [1, 3, 5]
    # a line under prose of its own length develops nothing: no head
    flat = [Line("The tide comes twice a day here.", True) for _ in range(9)]
    assert even_sentence_heads(flat, list(range(9)), [False] * 9) == []
    # one reply among them ('Yes. It is.') is no head: the run is left short
    replies: list[Item] = [Line(text, True)]
    for head in ("Yes. It is.", "No. It was not.", "Mostly. Not always."):
        replies += [Line(head, True), Line(text, True)]
    assert even_sentence_heads(replies, list(range(len(replies))), [False] * 7) == []
