"""Synthetic articles with varied attribution patterns, checked quote by quote."""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import fixture_names, load_fixture


@pytest.fixture(params=fixture_names())
def case(request) -> tuple[dict, object]:
    """A fixture article and our analysis of it."""
    data = load_fixture(request.param)
    return data, analyse_quotes(data["paragraphs"])


def test_there_are_enough_fixture_articles():
    assert len(fixture_names()) >= 12


def test_quotes_speakers_and_methods(case):
    data, analysis = case
    want = [(q["paragraph"], q["text"], q["speaker"], q["method"]) for q in data["quotes"]]
    got = [(q.paragraph, q.text, q.speaker, q.method) for q in analysis.quotes]
    assert got == want


def test_people_kinds_and_roles(case):
    data, analysis = case
    want = [(p["name"], p["kind"], p["role"]) for p in data["people"]]
    assert [(s.name, s.kind, s.role) for s in analysis.speakers] == want


def test_offsets(case):
    data, analysis = case
    for quote in analysis.quotes:
        assert data["paragraphs"][quote.paragraph][quote.start : quote.end] == quote.text
