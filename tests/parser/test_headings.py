"""The subheading rule: shape (length, ending, one sentence, no dateline) and context."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.headings import is_dateline, is_heading_shaped


@pytest.mark.parametrize(
    "text",
    [
        "'The big question'",
        "SCORES QUARANTINED",
        "How is the plague spread?",
        "WHAT SAY YOU, IMPEACHMENT JURY?",
        "Riders and schedules",
        "‘The old songs’",
        "2020 in review",
        "Mr. Smith goes to Washington",
    ],
)
def test_heading_shaped(text):
    assert is_heading_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "The newly selected five are:",
        "Nowadays, plague is easily treated with antibiotics.",
        'Untreated plague is "always fatal"',
        "Untreated plague is “always fatal”",
        "WASHINGTON (AP) —",
        "Indianapolis –",
        "It rained. Then it stopped",
        "Is there a limit? Not yet",
        "Game on!",
        "And then…",
        "or not at all",
        "one two three four five six seven eight nine ten eleven",
        "PORT ELLIS (Reuters)",
        "SAINT ANNE, Quebec",
    ],
)
def test_not_heading_shaped(text):
    assert not is_heading_shaped(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (AP)", True),
        ("SAN JUAN, Puerto Rico (AP)", True),
        ("LONDON, England", True),
        ("PARIS, Nov. 18", True),
        ("WHAT SAY YOU, IMPEACHMENT JURY?", False),
        ("SCORES QUARANTINED", False),
        ("The results (so far)", False),
    ],
)
def test_is_dateline(text, expected):
    assert is_dateline(text) is expected


def kinds(text: str) -> list[str]:
    """The body block types of a parsed article, images included."""
    return [block.type for block in parse(text).body]


def test_heading_between_paragraphs_is_a_subheading():
    assert kinds("H\n\nFirst one.\n\nThe big question\n\nSecond one.") == [
        "paragraph",
        "subheading",
        "paragraph",
    ]


def test_consecutive_short_lines_are_a_list_of_paragraphs():
    text = "H\n\nThe five are:\n\nBlue Harbor, Kent\n\nRed Hill, Alton\n\nGrey Rock, Ely\n\nEnd."
    assert kinds(text) == ["paragraph"] * 5


def test_short_line_after_a_colon_is_a_list_item():
    assert kinds("H\n\nThe prize is:\n\nA year of flour\n\nMore text.") == ["paragraph"] * 3


def test_question_after_a_colon_is_still_a_subheading():
    text = "H\n\nThree questions:\n\nWHO IS AHEAD?\n\nNobody knows yet."
    assert kinds(text) == ["paragraph", "subheading", "paragraph"]


def test_heading_shaped_last_line_is_a_paragraph():
    assert kinds("H\n\nSome text.\n\nFollow us online") == ["paragraph", "paragraph"]


def test_heading_shaped_line_inside_a_block_is_a_paragraph():
    assert kinds("H\n\nFirst line.\nShort label\nThird line.\n\nEnd.") == ["paragraph"] * 4


def test_image_between_does_not_hide_a_subheading():
    text = "H\n\nText.\n\nAlt\nCaption.Reuters\n\nThe big question\n\nMore text."
    assert kinds(text) == ["paragraph", "image", "subheading", "paragraph"]
