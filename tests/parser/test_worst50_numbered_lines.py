"""worst50: the numbered runs read the page's numbered lines found once (numbered_lines), not
every standalone line three times. The readers' answers on those lines equal their answers on
every standalone line, on made-up pages: runs in order, a number out of sequence, a number met
again, two labels, a transcript's turns, pages with no number at all."""

from __future__ import annotations

import pytest

from api.parser.heading_numbered_runs import (
    numbered_lines,
    numbered_run_heads,
    numbered_series,
)
from api.parser.layout import Item, Line, Picture

TEXT = (
    "The wardens on the north shore count every boat that lands and turn back those that come "
    "without the paper slip the kiosk gives out, and the ferry office keeps a list of them."
)
SHORT = "It rained all week."


def page(*lines: str) -> list[Item]:
    """A page of standalone lines, a paragraph of text under each numbered line."""
    items: list[Item] = [Line(TEXT, alone=True)]
    for text in lines:
        items += [Line(text, alone=True), Line(TEXT, alone=True)]
    return items


PAGES = {
    "bare run": page("1) Go early", "2) Pay at the kiosk", "3) Which hut is open?"),
    "labelled run": page("Step 1: Register", "Step 2: Pay the fee", "Step 3: Sail over"),
    "out of sequence": page("1) Go early", "2) Pay at the kiosk", "4) Sail", "5) Walk"),
    "met again": page("Caller 1: Why now?", "Caller 2: Who pays?", "Caller 1: And then?"),
    "two labels": page("Step 1: Register", "Stage 2: Pay", "Step 3: Sail over"),
    "no number": page("The big question", SHORT, "Where the money went"),
    "a label after a bare run": page("1) Go", "2) Pay", "3) Sail", "Step 4: Walk", "5) Eat"),
    "a field's figure": page("Day 1: Arrive", "Day 2: 14 km on foot", "Day 3: Leave"),
    "one number": page(SHORT, "1) Go early", SHORT),
    "starts at two": page("2) Pay at the kiosk", "3) Sail", "4) Walk"),
}


def with_picture(items: list[Item]) -> list[Item]:
    """The page with a picture after its first paragraph: a standalone line index skipped."""
    return [items[0], Picture("Alt", "A caption. Photo: Ana Roe"), *items[1:]]


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("pictured", [False, True])
def test_the_runs_on_the_numbered_lines_equal_the_runs_on_every_line(
    name: str, pictured: bool
) -> None:
    items = with_picture(PAGES[name]) if pictured else PAGES[name]
    alone = [k for k, item in enumerate(items) if isinstance(item, Line)]
    numbered = numbered_lines(items, alone)
    assert set(numbered) <= set(alone)
    assert numbered_run_heads(items, numbered) == numbered_run_heads(items, alone)
    for every in range(3):  # no line flagged, every other one, all of them
        flags = [every == 2 or (every == 1 and k % 4 == 1) for k in range(len(items))]
        assert numbered_series(items, numbered, flags) == numbered_series(items, alone, flags)


def test_the_lines_stop_at_the_first_number_out_of_sequence() -> None:
    items = PAGES["out of sequence"]
    assert [items[k].text for k in numbered_lines(items, list(range(len(items))))] == [
        "1) Go early",
        "2) Pay at the kiosk",
        "4) Sail",
    ]


def test_a_page_with_no_number_has_no_numbered_line() -> None:
    items = PAGES["no number"]
    assert numbered_lines(items, list(range(len(items)))) == []
