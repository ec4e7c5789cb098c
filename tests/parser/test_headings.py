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


LONG = (
    "The committee met for most of the afternoon and heard from residents of both villages, "
    "who described the flooding of the lower road in detail and asked for a new culvert."
)


def article(*blocks: str) -> str:
    """An export of a headline and the given blocks."""
    return "Headline\n\n" + "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    "heads",
    [
        ["1. Define your target", "2. Take stock", "3. Ask for help"],
        ["1) Pick a day", "2) Pack light", "3) Leave early"],
        ["10. Keep the receipts", "11. File on time"],
    ],
)
def test_numbered_listicle_heads_are_subheadings(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG]
    found = [b.text for b in parse(article(*blocks)).body if b.type == "subheading"]
    assert found == heads


@pytest.mark.parametrize(
    "head",
    [
        '"A question of trust"',
        "“Not in my street”",
        "‘The last ferry’",
    ],
)
def test_heads_in_quotation_marks_are_subheadings(head):
    assert kinds(article(LONG, head, LONG)) == ["paragraph", "subheading", "paragraph"]


@pytest.mark.parametrize(
    "head",
    [
        "Why the river floods every spring and what the town plans to do about it",
        "How a small bakery in the harbour became the busiest shop on the coast road",
        "What the new timetable means for people who commute to the city every day",
    ],
)
def test_long_sentence_case_heads_without_punctuation_are_subheadings(head):
    assert len(head.split()) > 10
    assert kinds(article(LONG, head, LONG)) == ["paragraph", "subheading", "paragraph"]


def test_long_unpunctuated_line_among_short_paragraphs_is_a_paragraph():
    short = "Rain fell all day on the hills."
    line = "Why the river floods every spring and what the town plans to do about it"
    assert kinds(article(short, line, short)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "question",
    [
        "But does that mean we stop trying?",
        "And who will pay for the new road?",
        "So what happens next?",
    ],
)
def test_rhetorical_question_opening_with_a_conjunction_is_a_paragraph(question):
    assert kinds(article(LONG, question, LONG)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "question",
    ["Who pays for the new road?", "What happens next?", "Is the water safe to drink?"],
)
def test_question_heads_are_subheadings(question):
    assert kinds(article(LONG, question, LONG)) == ["paragraph", "subheading", "paragraph"]


@pytest.mark.parametrize("dateline", ["PORT ELLIS (Reuters)", "SAINT ANNE, Quebec"])
def test_datelines_stay_paragraphs(dateline):
    assert kinds(article(dateline, LONG, LONG)) == ["paragraph"] * 3
