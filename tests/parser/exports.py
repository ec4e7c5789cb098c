"""Made-up exports for the heading tests: a headline over the given blocks, the heads a reader
finds in it, and sections of a table written out as text."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.layout import Item, Line, Picture

# Running text for made-up exports: paragraphs long enough that a short line between them
# reads as a head or a punchy line, not as their sibling.
LONG = (
    "The committee met for most of the afternoon and heard from residents of both villages, "
    "who described the flooding of the lower road in detail and asked for a new culvert."
)
COSTED = (
    "The committee met for most of the afternoon and went through the figures line by line, "
    "and by the end of it nobody in the room could say with a straight face that the plan had "
    "been costed properly, least of all the treasurer who had drawn it up in the first place."
)
COSTED_FOLLOW_UP = (
    "Some of the members had seen it coming for months, they said afterwards, because the "
    "same shortfall had turned up in the spring accounts and again in the summer ones, and "
    "each time it had been put down to a late payment that never in fact arrived at all."
)
MINUTES = "The hall was booked for a second meeting in March, and the minutes were sent round."
HERON_PICTURE = (
    "A grey heron standing in shallow water at dawn\nA heron on the lake in May.Photograph: "
    "Ines Marlow"
)


def article(*blocks: str) -> str:
    """An export of a headline and the given blocks."""
    return "Headline\n\n" + "\n\n".join(blocks) + "\n"


def lines(*texts: str) -> list[Item]:
    """Body items of standalone lines, '|' a picture: ('A.', '|', 'B.') -> Line, Picture, Line."""
    return [Picture("A harbour", "Jo Doe") if t == "|" else Line(t, alone=True) for t in texts]


def heads_of(*blocks: str) -> list[str]:
    """The subheadings of an export of a headline and the given blocks."""
    return [b.text for b in parse(article(*blocks)).body if b.type == "subheading"]


TABLE_TEXT = (
    "The figures tell only part of it, and those who were there will say the day turned on a "
    "handful of moments that no table records, whatever was written about it during the week."
)


def table_sections(
    heads: list[str], header: str, rows: list[str], after: str = TABLE_TEXT
) -> list[str]:
    """An export's blocks, a section per head: the head, a table's header row, its rows and the
    text `after`: (["North"], "Name Age", ["Jo 27"]) -> [TABLE_TEXT, "North", "Name Age", ...]."""
    blocks = [TABLE_TEXT]
    for head in heads:
        blocks += [head, header, *rows, after]
    return blocks


def head_over_rows(
    label: str, rows: list[str], heads: list[str], after: str = TABLE_TEXT
) -> list[str]:
    """An export's blocks: `label` over the rows (no header row between) and the text `after`,
    then a section of text per head: ("Key figures", ["Jo 27"], ["North"]) -> [TABLE_TEXT,
    "Key figures", "Jo 27", after, "North", TABLE_TEXT]."""
    blocks = [TABLE_TEXT, label, *rows, after]
    for head in heads:
        blocks += [head, TABLE_TEXT]
    return blocks


def class_cases(classes: dict, known_misses: set[tuple[str, int]]) -> list:
    """One pytest parameter per case of each named class, the (class, index) pairs in
    `known_misses` marked as strict expected failures (the audits' tables)."""
    return [
        pytest.param(
            name,
            case,
            id=f"{name}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=name)]
            if (name, i) in known_misses
            else [],
        )
        for name, cases in classes.items()
        for i, case in enumerate(cases)
    ]
