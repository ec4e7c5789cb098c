"""Quote analysis pauses the cyclic garbage collector: it must make no cycles, and restore it."""

from __future__ import annotations

import gc

import pytest

from api.parser.quotes import analyse_quotes, collector_paused
from tests.quotes.helpers import fixture_names, load_fixture

# One-line paragraphs, a run-on quote, a pull quote and a credit line besides the fixtures.
_ODD = [
    "Aa Bb",
    '"Yes," he said. "No," she said.',
    "“We went on and on",
    "“And then we left,” Ann Lee said.",
    "“The show was great.”",
    "– Ann K.",
]


@pytest.fixture
def collector_off():
    """The collector off for the test (as the analysis has it), and back as it was after."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.mark.parametrize("name", fixture_names())
def test_the_analysis_leaves_no_reference_cycles(name, collector_off):
    paragraphs = load_fixture(name)["paragraphs"] + _ODD
    gc.collect()
    analysis = analyse_quotes(paragraphs)
    assert analysis.quotes
    del analysis
    assert gc.collect() == 0  # nothing unreachable: reference counting freed it all


def test_the_collector_is_on_again_after_an_analysis():
    assert gc.isenabled()
    analyse_quotes(['"Yes," Ann Lee said.'])
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off(collector_off):
    analyse_quotes(['"Yes," Ann Lee said.'])
    assert not gc.isenabled()


def test_the_collector_is_on_again_after_an_error():
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("stop")
    assert gc.isenabled()
