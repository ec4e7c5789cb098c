"""A run of more than FIELD_BLOCK standalone fields of figures in a row is one block of data,
none of its lines tried as a head (api/parser/headings.py, outside_field_blocks): a budget, so
that a page of short field lines costs about what a page of text does."""

from __future__ import annotations

import pytest

from api.parser.headings import FIELD_BLOCK, outside_field_blocks
from api.parser.layout import Line, Picture
from tests.parser.exports import heads_of

INTRO = "We logged every reading for a whole winter on an exposed hill above the harbour town."
TEXT = "The vane stuck twice in the January frosts and had to be freed by hand before dawn."


def rain(n: int) -> list[str]:
    return [f"Rain on day {i + 1}: {i % 17}mm" for i in range(n)]


def wards(n: int) -> list[str]:
    return [f"Ward {i + 1}: {1000 + 37 * i} votes" for i in range(n)]


def samples(n: int) -> list[str]:
    return [f"Sample {i + 1}: {i % 9}.{i % 7}mg" for i in range(n)]


def alone_lines(texts: list[str]) -> list[Line]:
    return [Line(text, alone=True) for text in texts]


@pytest.mark.parametrize("make", [rain, wards, samples])
def test_a_run_longer_than_a_block_is_left_out(make):
    items = alone_lines([INTRO, *make(FIELD_BLOCK + 1), TEXT])
    assert outside_field_blocks(items, list(range(len(items)))) == [0, len(items) - 1]


@pytest.mark.parametrize("make", [rain, wards, samples])
def test_a_run_of_a_block_at_most_is_kept(make):
    items = alone_lines([INTRO, *make(FIELD_BLOCK), TEXT])
    alone = list(range(len(items)))
    assert outside_field_blocks(items, alone) == alone


@pytest.mark.parametrize("make", [rain, wards, samples])
def test_a_paragraph_or_a_picture_ends_a_run(make):
    half = make(FIELD_BLOCK)
    items: list = [*alone_lines(half), Picture("A gauge", "The gauge at dawn"), *alone_lines(half)]
    alone = [k for k, item in enumerate(items) if isinstance(item, Line)]
    assert outside_field_blocks(items, alone) == alone
    items = alone_lines([*half, TEXT, *half])
    alone = list(range(len(items)))
    assert outside_field_blocks(items, alone) == alone


def test_only_standalone_lines_make_a_run():
    items = alone_lines([INTRO, *samples(FIELD_BLOCK + 1), TEXT])
    alone = [k for k in range(len(items)) if k != FIELD_BLOCK // 2]  # (one line of a block)
    assert outside_field_blocks(items, alone) == alone


@pytest.mark.parametrize("make", [rain, wards, samples])
def test_the_heads_around_a_block_of_data_stand(make):
    blocks = [INTRO, "Full readings", *make(FIELD_BLOCK + 12), "What we found", TEXT]
    heads = heads_of(*blocks, "Price: £120", "No. 2: Kestrel Mini", TEXT)
    assert heads == ["Full readings", "What we found", "No. 2: Kestrel Mini"]
