"""Heads read off the document (issue 15, fresh20's shapes, made-up texts): the label of a live
page's summary box over its score and clock lines ('Key moments')."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

GAME = (
    "The visitors led for most of the night, but a late run of nine straight points turned the "
    "game, and the home crowd stayed on its feet through the final two possessions."
)
VOTE = (
    "Turnout ran higher than in any county election this century, and the count in the two "
    "largest wards went on past midnight before the last boxes were opened."
)
RACE = (
    "The leaders were together on the final climb until the last kilometre, where the young "
    "rider from the smaller team attacked and held on to the line by two seconds."
)


@pytest.mark.parametrize(
    ("label", "lines", "text"),
    [
        ("Key moments", ("Final: Harwick 88, Dunmore 84", "Halftime: Dunmore 45, Harwick 40"),
         GAME),
        ("Key events", ("11.52pm: Polls close in Elsbury North", "1.05am: Recount called"),
         VOTE),
        ("Key points", ("Stage winner: Ivo Castellane", "Overall leader: Piet Marrow"), RACE),
        ("Key takeaways", ("Final: Calder 3, Brightwater 1", "Attendance: 31,402"), GAME),
    ],
)  # fmt: skip
def test_a_summary_box_label_over_score_or_clock_lines_is_a_head(label, lines, text):
    """A live page's summary box is labelled as a 'Related stories' box is: a head wherever it
    stands, its short lines under it none."""
    assert heads_of(text, label, *lines, text) == [label]


@pytest.mark.parametrize(
    "line", ["Key moments came late in the fourth quarter.", "Key points of the deal were agreed."]
)
def test_a_sentence_opening_on_the_label_words_is_no_head(line):
    """Only the label alone is the box's: a line going on after it is text."""
    assert line not in heads_of(GAME, line, VOTE)


MILL = (
    "The mill on the river ran for ninety years before the last shift walked out, and the "
    "town that grew up around its gates has been trying to decide what it is for ever since. "
    "The chimney still stands over the bridge, and the children call it the finger."
)
LOOM = (
    "Most of the looms were sold for scrap in the spring, but a few were kept by the families "
    "of the weavers, who still bring them out for the fair each August on the green. A few "
    "more went to a museum in the city, where they sit behind a rope in a quiet room."
)
SHORT = "Nobody argued."


@pytest.mark.parametrize(
    "sentence",
    [
        "The orders came back. The workers did not.",
        "In 1998, for the first time in a century, the wheel stopped.",
        "The council kept the building and sold the land.",
    ],
)
def test_sentence_heads_beside_as_many_quoted_heads_as_labels(sentence):
    """Two quoted heads and two plain labels: the pull quotes show the pattern, and the labels,
    short as they are, do not make the typical paragraph short."""
    heads = heads_of(
        MILL, "“We made cloth for the whole county”", LOOM, SHORT, sentence, LOOM, MILL,
        "‘Nobody asked us’", MILL, "The river", LOOM, "In their own words", MILL,
        "The last of the looms went north.", LOOM,
    )  # fmt: skip
    assert sentence in heads and "The last of the looms went north." in heads


@pytest.mark.parametrize(
    "line", ["Somebody could. Nobody did.", "I suspect not. The owners disagree."]
)
def test_a_line_opening_on_an_elliptic_sentence_is_no_head(line):
    """A first sentence whose verb is in the text before answers it: running text."""
    heads = heads_of(
        MILL, "“We made cloth for the whole county”", LOOM, SHORT, line, LOOM, MILL,
        "‘Nobody asked us’", MILL, "The river", LOOM, "The last of the looms went north.", LOOM,
    )  # fmt: skip
    assert line not in heads


@pytest.mark.parametrize("place", ["Galena, Ill.", "Bisbee, Ariz.", "Lanesboro, Minn."])
def test_a_place_head_ending_on_a_state_abbreviation_is_a_head(place):
    """The state's period ends no sentence: the place is a head as 'Galena' alone would be."""
    assert place in heads_of(MILL, place, LOOM, "The Old Depot", MILL)


def test_a_sentence_ending_on_a_state_abbreviation_without_a_comma_is_no_head():
    """Without the town and its comma before, the period may end a sentence."""
    assert "They moved back to Ill." not in heads_of(MILL, "They moved back to Ill.", LOOM)
