"""Synthetic fixture articles (tests/fixtures/articles) parse exactly as their expected JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from api.parser import decode, parse, render
from tests.parser.expected import FIELDS, actual_field, expected_field

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
NAMES = sorted(path.stem for path in ARTICLES.glob("*.txt"))


@pytest.fixture(scope="module", params=NAMES)
def fixture_case(request):
    """(parsed Document, expected dict) for one fixture article, read as bytes like the CLI."""
    base = ARTICLES / request.param
    doc = parse(decode(base.with_suffix(".txt").read_bytes()))
    expected = json.loads(base.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return doc, expected


def test_there_are_at_least_fifteen_fixtures():
    assert len(NAMES) >= 15
    assert all((ARTICLES / f"{name}.expected.json").is_file() for name in NAMES)


@pytest.mark.parametrize("field", FIELDS)
def test_fixture_field_matches_expected(fixture_case, field):
    doc, expected = fixture_case
    assert actual_field(doc, field) == expected_field(expected, field)


def test_fixture_body_is_the_expected_reading_order(fixture_case):
    doc, expected = fixture_case
    assert doc.to_dict()["body"] == expected["body"]


def test_fixture_survives_a_round_trip(fixture_case):
    doc, _ = fixture_case
    assert parse(render(doc)) == doc


@pytest.mark.parametrize(
    ("name", "raw"),
    [("crlf_endings", b"\r\n"), ("bom_start", b"\xef\xbb\xbf"), ("control_chars", b"\x00")],
)
def test_byte_level_fixtures_really_carry_their_bytes(name, raw):
    assert raw in (ARTICLES / f"{name}.txt").read_bytes()
