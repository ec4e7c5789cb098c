"""Adversarial inputs of 100 KB go through the whole parser in bounded time (linear stages).

The bound is generous on purpose (a shared machine may be slow): it catches a stage that turns
superlinear again, which takes minutes on these inputs, not a few percent of drift. It counts the
process's CPU seconds, not wall time, so that other work on a loaded machine does not trip it. A few
shapes are also timed at 50 KB and 200 KB: a quadratic step shows as 16x for 4x the input.
Both are timed on an input's first read (no memo holds its own words); the growth test's as
benchmarks/parser_worst_case.py reads it, the best of two fresh children that read the normal
articles first.
"""

from __future__ import annotations

import time

import pytest

from benchmarks.parser_worst_case import SHAPES, normal_articles, run_once, timed

SIZE = 100 * 1024
BOUND_SECONDS = 10.0


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_adversarial_shape_finishes_in_bounded_time(name):
    data = SHAPES[name](SIZE).encode()
    assert len(data) >= SIZE * 0.9
    start = time.process_time()
    run_once(data)
    assert time.process_time() - start < BOUND_SECONDS, name


def _cpu_seconds(data: bytes) -> float:
    """The best of two first reads, each in a fresh child that read the normal articles first (the
    script's ruler); generous timeout."""
    took = timed(data, timeout=120.0, repeat=2, warm=normal_articles())
    assert took is not None, "over 120 s"
    return took


# Shapes where a step per quote or per name once walked everything before it.
# And a caption's run of spaces, which a credit pattern once tried from every space; and the
# sections' rules (headings.py, heading_groups.py), which look at the heads around a head.
GROWTH_SHAPES = [
    "particle surname run",
    "namesakes",
    "bodies' spokeswomen",  # (a spokesperson's body read off the paragraph, not searched back)
    "quotes, then their clause",
    "Name said run",
    "spaced caption",
    "dotted web name",  # a website's name in a credit, its dotted parts tried once each
    "priced sections",  # a scan of the heads per priced head once
    "labelled groups",
    "label heads",  # a repeated label's lines read once more, not once per head
    "sign-offs",  # a letters page's sign-offs, each read once with the lines around it
    "marked heads",  # the heads' mark read once per head, not once per question
    "item fields",  # an item's fields walked back a few lines, not the whole run
    "item fields in runs of 48",  # (the same, each line tried as a head: no block of data)
    "picture sections",  # the pictures between two heads walked once
    "listings",  # each run of an entry's details walked once
    "programme",  # repeated heads grouped by their words once, their neighbours read once
    "bodies, which publish",  # (relative clauses read once, not per `the publisher`)
    "people known as",  # (other names read once, not per quote)
    "the doctoral candidate said",  # (a noun's predications read once per paragraph)
    "the company said",
    "the 34-year-old said",
    "possessive openings",
    "reaction verbs",
    "role-word people",
    "asked-back questions",
    "the statement said",
    "lead judgments",  # (the giver of a judgment bisected for, not walked to)
    "the mayor-elect said",  # (the article's winners read once, not per quote)
    "bodies, which publish",  # (the styles before a name read back in reach, not to the start)
    "the veteran apiarist said",  # (a cue's `He`-led sentences bisected for, a bounded few)
    "He-led, the librarian said",  # (a trade shown after a name read on, not per cue)
    "the retiree asked",  # (the latest sentence's people read back from the cue)
    "W.L.L. companies",  # (a body inside a person's role bisected for among the roles)
    "one ministry's field chain",  # (a leading legal form read in its reach, nothing sliced)
    "reached-by asides",  # (the bodies listed for a short form only for one capital word)
    "colonless labels",  # (the questions in passing a set: one look-up per head)
    "kin-opened trades",  # (a noun's carriers read once per noun, not each introduction per cue)
    "the shipwright said",  # (the last resort reads someone unnamed in a bounded reach)
    "the regulator warned",  # (speakers107: the public bodies read in a bounded reach)
    "and the league said",  # (speakers107: a joined description, a spokesperson's body)
    "the reeve said",  # (speakers110: a post's noun at its latest few places, bisected)
    "the miner said, unnamed",  # (speakers110: withheld asides in a bounded reach)
    "the report says, a paper",  # (speakers110: papers to an organ in a bounded reach)
    "the judge said she called",  # (speakers110: one opening per pronoun's sentence)
]


@pytest.mark.parametrize("name", GROWTH_SHAPES)
def test_four_times_the_input_takes_about_four_times_as_long(name):
    """Linear: 4x the time for 4x the bytes; a quadratic step would take 16x. Bound: 8x."""
    small = _cpu_seconds(SHAPES[name](50 * 1024).encode())
    large = _cpu_seconds(SHAPES[name](200 * 1024).encode())
    assert large < 8 * small + 0.05, (name, small, large)


def test_many_quotes_in_one_paragraph_are_all_found():
    data = SHAPES['"Yes," he said.'](10 * 1024).encode()
    assert run_once(data) == 10 * 1024 // len('"Yes," he said. ')
