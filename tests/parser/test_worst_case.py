"""Adversarial inputs of 100 KB go through the whole parser in bounded time (linear stages).

The bound is generous on purpose (a shared machine may be slow): it catches a stage that turns
superlinear again, which takes minutes on these inputs, not a few percent of drift.
"""

from __future__ import annotations

import time

import pytest

from benchmarks.parser_worst_case import SHAPES, run_once

SIZE = 100 * 1024
BOUND_SECONDS = 10.0


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_adversarial_shape_finishes_in_bounded_time(name):
    data = SHAPES[name](SIZE).encode()
    assert len(data) >= SIZE * 0.9
    start = time.perf_counter()
    run_once(data)
    assert time.perf_counter() - start < BOUND_SECONDS, name


def test_many_quotes_in_one_paragraph_are_all_found():
    data = SHAPES['"Yes," he said.'](10 * 1024).encode()
    assert run_once(data) == 10 * 1024 // len('"Yes," he said. ')
