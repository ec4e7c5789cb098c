"""The first-character sets before the chrome and furniture patterns are the patterns' own:
every ASCII character a pattern can match first, read from its parsed form (re's parser), is
in its set, and no other. A pattern changed without its set fails here."""

import re
from re import _constants as c
from re import _parser

import pytest

from api.parser import page_chrome
from api.parser.heading_kin import (
    ADVERT,
    ADVERT_OPENERS,
    LINK_LABEL,
    LINK_LABEL_OPENERS,
    is_furniture,
)
from api.parser.page_chrome import (
    BOX_LABEL,
    CONTRIBUTORS,
    CONTROL,
    is_box_label,
    is_chrome,
    is_control,
)

_CATEGORIES = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}


def _first_items(seq) -> tuple[list, bool]:
    """The items a match of `seq` can start on, and whether `seq` can match nothing."""
    items: list = []
    for op, av in seq:
        if op is c.AT:
            continue  # (zero-width: `^`, `$`)
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            return [*items, (op, av)], False
        if op is c.BRANCH:
            nullable = False
            for branch in av[1]:
                got, empty = _first_items(branch)
                items += got
                nullable = nullable or empty
        elif op is c.SUBPATTERN:
            assert not av[1] and not av[2], "a flag changed inside: not read here"
            got, nullable = _first_items(av[3])
            items += got
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            got, empty = _first_items(av[2])
            items += got
            nullable = av[0] == 0 or empty
        else:
            raise AssertionError(f"not read here: {op}")
        if not nullable:
            return items, False
    return items, True


def _item_pattern(op, av) -> str:
    if op is c.LITERAL:
        return re.escape(chr(av))
    if op is c.ANY:
        return "."
    assert op is c.IN, f"not read here: {op}"
    parts = []
    for kind, value in av:
        if kind is c.LITERAL:
            parts.append(re.escape(chr(value)))
        elif kind is c.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        else:
            assert kind is c.CATEGORY, f"not read here: {kind}"
            parts.append(_CATEGORIES[value])
    return f"[{''.join(parts)}]"


def _ascii_openers(pattern: re.Pattern[str]) -> frozenset[str]:
    items, nullable = _first_items(_parser.parse(pattern.pattern, pattern.flags))
    assert not nullable
    firsts = [re.compile(_item_pattern(*item), pattern.flags) for item in items]
    return frozenset(ch for ch in map(chr, range(128)) if any(f.match(ch) for f in firsts))


@pytest.mark.parametrize(
    ("pattern", "openers"),
    [
        (CONTROL, page_chrome._CONTROL_OPENERS),
        (BOX_LABEL, page_chrome._BOX_LABEL_OPENERS),
        (CONTRIBUTORS, page_chrome._CONTRIBUTORS_OPENERS),
        (LINK_LABEL, LINK_LABEL_OPENERS),
        (ADVERT, ADVERT_OPENERS),
    ],
)
def test_openers_are_the_patterns_own(pattern: re.Pattern[str], openers: frozenset[str]) -> None:
    assert _ascii_openers(pattern) == openers


@pytest.mark.parametrize(
    "text",
    [
        "Share",
        " share on X ",
        "3 comments",
        "Copy link",
        "Most popular",
        "à lire aussi",
        "ſhare",
        "Newsletters",
        "Price: £19.99",
        "Minack Theatre",
        "",
        "Hamlet",
        "Read more: Floods",
        "Photos | Day one",
        "Advertisement",
        "Publicité",
        "Reporting by Jo Ng",
        "Additional reporting by Al Roe",
        "No. 3: Moto G85",
    ],
)
def test_the_tests_answer_as_the_patterns(text: str) -> None:
    assert is_control(text) == (CONTROL.match(text.strip()) is not None)
    assert is_box_label(text) == (BOX_LABEL.match(text.strip()) is not None)
    contributors = CONTRIBUTORS.match(text.strip()) is not None
    assert not contributors or is_chrome(text)
    link = (":" in text or "|" in text) and LINK_LABEL.match(text) is not None
    assert is_furniture(text) == (link or ADVERT.match(text) is not None or is_chrome(text))
