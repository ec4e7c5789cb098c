"""worst44's shared facts and gates answer what the work they spare answered.

Each cut is checked against the code it replaced (written out here) on made-up lines: numbered
items, labels with and without a colon's space, quoted heads, fields, questions, pictures.
"""

from __future__ import annotations

import random
from itertools import compress

from api.parser.heading_kin import LIST_NUMBER, line_at
from api.parser.heading_label_runs import (
    LABEL_RUN_MIN,
    numbered_label,
    numbered_label_heads,
    over_its_text,
)
from api.parser.heading_pairs import (
    FIELD,
    LABEL_PAGE,
    LABEL_WORDS,
    box_entries,
    holds_more,
    is_label,
    is_quoted,
    labelled_quoted_heads,
)
from api.parser.heading_places import has_stacked_heads
from api.parser.headings import is_heading_shaped, is_numbered, numbered_shape
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import NUMBERED_LABEL, is_question, read_shape
from api.parser.sentences import SENTENCE_ENDS

# (numbered items and labels, fields, quoted heads, questions, sentences, near-misses: a
# colon with no space after it, three digits, a lower-case label, no number)
_LINES = [
    "No. 3: Moto G85",
    "Tip #2: Rest",
    "Step 12: Mix the dough",
    "Myth 1: Feed a cold",
    "Myth 2: Wet hair",
    "Myth 3: Sugar",
    "Day 5. Across to Pico",
    "3) Moto G85",
    "4. Take stock",
    "Ratio 3:1 wins",
    "No. 123: Too far",
    "step 3: mix",
    "No. 3 Moto G85",
    "Price: £19.99",
    "Weight: 1.2kg",
    "Open: noon to 3pm",
    "The facts",
    "The Anchor, 14 Harbour Street",
    "'The fare is up again'",
    "“A return fare is more than my weekly shop”",
    "Letter of the week",
    "Who pays for it?",
    "Had these “moments of doubt?”",
    "It rained on the roof all night long.",
    "Pros",
    "Cons",
    "Minack Theatre",
    "Until 21 June",
    "Free",
    "Juror 4: I agree.",
    "Day 1: 12 km",
]


def _items(rng: random.Random, count: int) -> list[Item]:
    items: list[Item] = []
    for _ in range(count):
        if rng.random() < 0.08:
            items.append(Picture("Alt text", "A caption.Jo Lane/AP"))
        else:
            items.append(Line(rng.choice(_LINES), rng.random() < 0.9))
    return items


def _flags(rng: random.Random, items: list[Item], share: float) -> list[bool]:
    return [isinstance(it, Line) and rng.random() < share for it in items]


def test_labelled_is_the_label_pattern_and_numbered_shape_is_is_numbered() -> None:
    rng = random.Random(44)
    pieces = ["No.", "Tip", "Step", "#", "3", "12", "123", ":", ": ", " ", "Moto", "x", "."]
    texts = _LINES + ["".join(rng.choice(pieces) for _ in range(6)) for _ in range(3000)]
    for text in [t for t in texts if t]:
        shape = read_shape(text)
        assert shape.labelled == (NUMBERED_LABEL.match(text) is not None), text
        assert numbered_shape(shape) == is_numbered(text), text
        assert shape.question == is_question(text), text


def test_labelled_examples() -> None:
    assert read_shape("No. 3: Moto G85").labelled
    assert read_shape("Tip #2: Rest").labelled
    assert not read_shape("Ratio 3:1 wins").labelled  # (no space after the colon)
    assert not read_shape("No. 123: Too far").labelled  # (three digits)
    assert not read_shape("No. 3 Moto G85").labelled  # (no colon)
    assert is_heading_shaped("Who pays for it?")
    assert not is_heading_shaped("It rained on the roof all night long.")


def _old_has_stacked_heads(items: list[Item], flags: list[bool]) -> bool:
    return any(
        flags[k - 1] and flags[k] and isinstance(items[k - 1], Line) for k in range(1, len(items))
    )


def _old_is_label(line: Line | None) -> bool:
    if line is None or not line.alone or not line.text[0].isupper():
        return False
    text = line.text
    if len(text.split()) > LABEL_WORDS or any(mark in text for mark in ",:?"):
        return False
    return not any(map(str.isdigit, text)) and text[-1] not in SENTENCE_ENDS


def _old_box_entries(items: list[Item], flags: list[bool]) -> list[int]:
    found = []
    for k in compress(range(1, len(items) - 1), flags[1:-1]):
        above, line, below = line_at(items, k - 1), line_at(items, k), line_at(items, k + 1)
        if not (flags[k - 1] and above and line and below) or FIELD.match(line.text):
            continue
        if LIST_NUMBER.match(line.text):
            continue
        if FIELD.match(below.text) and holds_more(line.text, above.text):
            found.append(k)
    return found


def _old_labelled_quoted_heads(
    items: list[Item], shaped: list[bool], flags: list[bool]
) -> list[int]:
    quoted = [
        k
        for k in compress(range(1, len(items) - 1), shaped[1:-1])
        if not flags[k] and is_quoted(line_at(items, k))
    ]
    if not quoted or sum(flags) < LABEL_PAGE:
        return []
    found = []
    for k in quoted:
        label, below = line_at(items, k - 1), line_at(items, k + 1)
        if label is None or below is None or not shaped[k - 1] or flags[k - 1]:
            continue
        if is_quoted(label) or below.text[-1] not in SENTENCE_ENDS or shaped[k + 1]:
            continue
        if k == 1 or isinstance(items[k - 2], Picture):
            found += [k - 1, k]
    return found


def _old_numbered_label_heads(items: list[Item], alone: list[int]) -> list[int]:
    run: list[int] = []
    label = ""
    for k in alone:
        found = numbered_label(items[k].text)
        if found is None:
            continue
        word, number = found
        if label and word != label:
            return []
        label = word
        if number != len(run) + 1 or not over_its_text(items, k):
            return []
        run.append(k)
    return run if len(run) >= LABEL_RUN_MIN else []


def test_heading_gates_answer_as_the_old_code() -> None:
    rng = random.Random(4444)
    fired = {"stacked": 0, "box": 0, "quoted": 0, "label": 0}
    for _ in range(1500):
        items = _items(rng, rng.randint(2, 14))
        share = rng.choice([0.1, 0.4, 0.8])
        flags, shaped = _flags(rng, items, share), _flags(rng, items, 0.7)
        stacked = has_stacked_heads(items, flags)
        assert stacked == _old_has_stacked_heads(items, flags)
        boxes = box_entries(items, flags)
        assert boxes == _old_box_entries(items, flags)
        quoted = labelled_quoted_heads(items, shaped, flags)
        assert quoted == _old_labelled_quoted_heads(items, shaped, flags)
        for item in items:
            line = item if isinstance(item, Line) else None
            assert is_label(line) == _old_is_label(line)
            fired["label"] += is_label(line)
        alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
        assert numbered_label_heads(items, alone) == _old_numbered_label_heads(items, alone)
        fired["stacked"] += stacked
        fired["box"] += bool(boxes)
        fired["quoted"] += bool(quoted)
    # (each rule fired on some lists and not on others: the comparison is not vacuous; the
    # quoted heads' shape is too rare to draw, and is built below)
    assert fired["stacked"] and fired["box"] and fired["label"], fired


def test_a_label_over_a_quoted_head() -> None:
    text = "It rained on the roof all night long."
    items: list[Item] = [
        Picture("Alt text", "A caption.Jo Lane/AP"),
        Line("Letter of the week", True),
        Line("'The fare is up again'", True),
        Line(text, True),
        Line("Pros", True),
        Line(text, True),
        Line("Cons", True),
        Line(text, True),
    ]
    shaped = [False, True, True, False, True, False, True, False]
    heads = [False, False, False, False, True, False, True, False]
    assert labelled_quoted_heads(items, shaped, heads) == [1, 2]
    assert _old_labelled_quoted_heads(items, shaped, heads) == [1, 2]
    one_head = [False, False, False, False, True, False, False, False]  # (fewer than LABEL_PAGE)
    assert labelled_quoted_heads(items, shaped, one_head) == []
    assert _old_labelled_quoted_heads(items, shaped, one_head) == []
    unquoted = [*items[:2], Line("The fare is up again", True), *items[3:]]
    assert labelled_quoted_heads(unquoted, shaped, heads) == []


def test_a_myth_run_is_still_found() -> None:
    text = "Sleep is when the body mends itself, as the studies show."
    items: list[Item] = [Line("Intro.", True)]
    for n in (1, 2, 3):
        items += [Line(f"Myth {n}: A cold is caught", True), Line(text, True)]
    alone = list(range(len(items)))
    assert numbered_label_heads(items, alone) == [1, 3, 5]
    # lines without a colon's space are passed over as before: the run stands
    items += [Line("Ratio 3:1 wins", True), Line("Free", True)]
    assert numbered_label_heads(items, list(range(len(items)))) == [1, 3, 5]
