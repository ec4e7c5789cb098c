"""The document pass over subheadings: kin heads, group labels and transcript turns."""

from __future__ import annotations

import pytest

from api.parser.heading_kin import form, is_caps, pattern
from tests.parser.exports import LONG, heads_of

SHORT = "The meeting ended early."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LOW TIDE", True),
        ("TOP 10", True),
        ("Low tide", False),
        ("UK", False),
        ("2024", False),
    ],
)
def test_is_caps(text, expected):
    assert is_caps(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sowing Phase: Plant early", ("the", 3, "phase")),
        ("Step 2: Pack light", ("step", 2, "#")),
        ("Update: the road is open", ("update", 1, "update")),
        ("No label here", None),
        ("One two three four five: too long a label", None),
    ],
)
def test_pattern(text, expected):
    assert pattern(text) == expected


def test_form():
    assert form("2. Take stock") == (False, False, True)
    assert form("“Not again”") == (False, True, False)
    assert form("LOW TIDE") == (True, False, False)


@pytest.mark.parametrize(
    ("under", "head"),
    [
        ("Ferry timetables", "Winter sailings"),
        ("The season ahead", "What changes in March"),
        ("Our verdict", "Where to buy it"),
    ],
)
def test_head_right_under_a_head_is_a_kin_head(under, head):
    blocks = [LONG, "Opening hours", LONG, "Prices and tickets", LONG, under, head, LONG]
    assert heads_of(*blocks)[-2:] == [under, head]


@pytest.mark.parametrize(
    "head", ["A chance for the others", "Where the money goes", "What happens next"]
)
def test_head_after_a_line_ending_in_a_colon_is_a_kin_head(head):
    blocks = [LONG, "Opening hours", LONG, "Here is the timetable:", head, LONG, "Prices", LONG]
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    "blocks",
    [
        # fewer than two confident heads: the place decides alone
        [LONG, "Opening hours", LONG, "Here is the timetable:", "A chance for others", LONG],
        # a list goes on after the line
        [LONG, "Opening hours", LONG, "Prices", LONG, "The options:", "A chance for others",
         "Ferry tickets", LONG],
        # what follows is no longer than the line: no paragraph it introduces
        [LONG, "Opening hours", LONG, "Prices", LONG, "The options:", "A chance for others",
         SHORT, LONG],
        # after an unpunctuated line that is no head: a list's last item
        [LONG, "Opening hours", LONG, "Prices", LONG, "The options:",
         "Season passes for the residents of both villages and for the families who come to stay "
         "with them for a week or more in the summer", "A chance for others", LONG],
        # speech in quotation marks when no head is quoted
        [LONG, "Opening hours", LONG, "Prices", LONG, "The options:", "“A chance for others”",
         LONG],
    ],
)  # fmt: skip
def test_lines_unlike_the_heads_stay_paragraphs(blocks):
    assert not {"A chance for others", "“A chance for others”"} & set(heads_of(*blocks))


@pytest.mark.parametrize(
    "labels",
    [
        ("The Sowing Phase: Plant early", "The Growing Phase: Water", "The Harvest Phase: Pick"),
        ("Step 1: Pick a day", "Step 2: Pack light", "Step 3: Leave early"),
        ("The first week: Arrival", "The second week: The coast", "The last week: Home"),
    ],
)
def test_head_sharing_a_label_pattern_needs_no_contrast(labels):
    first, *rest = labels
    blocks = [LONG, "The four stages", first, SHORT, LONG]
    for label in rest:
        blocks += [label, LONG]
    assert heads_of(*blocks)[1:] == list(labels)


@pytest.mark.parametrize(
    "groups",
    [
        {"LOW TIDE": ["Crabs in pools", "Sand flats"], "HIGH TIDE": ["Seals on the rocks"]},
        {"MORNING": ["Coffee at the pier"], "EVENING": ["Dinner in town", "A walk"]},
        {"TOOLS": ["A hammer", "Nails"], "PAINT": ["Two brushes"], "WOOD": ["Pine boards"]},
    ],
)
def test_all_caps_lines_over_list_groups_are_labels(groups):
    blocks = [LONG, "The guide sorts the walks like this:"]
    for label, rows in groups.items():
        blocks += [label, *rows]
    assert heads_of(*blocks, LONG) == list(groups)


def test_one_all_caps_line_over_a_list_is_not_enough():
    blocks = [LONG, "The list:", "LOW TIDE", "Crabs in pools", "Sand flats", LONG]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize("speaker", ["Prof. Lee", "Ana", "Mayor Jo Hart"])
def test_a_transcript_turn_is_never_a_head(speaker):
    turn = f"{speaker}: And what are we doing here?"
    blocks = [f"{speaker}: Welcome back. " + LONG, f"Guest: Thank you. {LONG}"]
    blocks += [f"{speaker}: {LONG}", turn, f"Guest: {LONG}", f"{speaker}: Thanks. {LONG}"]
    assert turn not in heads_of(*blocks)


@pytest.mark.parametrize(
    "head",
    [
        "How the valley rebuilt its bridges and roads in the years after the great storm",
        "What the council plans to do about the lower road before the next winter comes",
        "Why the river floods every spring and what the town can do about it now",
    ],
)
def test_long_line_is_a_head_in_a_document_with_heads(head):
    blocks = [LONG, "Opening hours", LONG, "Prices and tickets", LONG, head, SHORT, LONG]
    assert heads_of(*blocks)[-1] == head


@pytest.mark.parametrize(
    "blocks",
    [
        # no confident heads: the long line needs its contrast
        [SHORT, "How the valley rebuilt its bridges and roads after the great storm", SHORT],
        # after a line ending in a colon: a list item
        [LONG, "Opening hours", LONG, "Prices", LONG, "The options:",
         "How the valley rebuilt its bridges and roads after the great storm", SHORT, LONG],
        # in a run of long unpunctuated lines: a list
        [LONG, "Opening hours", LONG, "Prices", LONG,
         "How the valley rebuilt its bridges and roads after the great storm",
         "Season passes for the residents of both villages and for their families", SHORT],
    ],
)  # fmt: skip
def test_long_line_without_its_place_stays_a_paragraph(blocks):
    assert "How the valley rebuilt its bridges and roads after the great storm" not in heads_of(
        *blocks
    )
