"""Quotes and speakers of the real corpus articles, taken from each expected.json's paragraphs."""

from __future__ import annotations

import json

import pytest

from api.parser.quotes import analyse_quotes
from tests.corpus import CORPUS_DIR, corpus_names, load_case
from tests.quotes.helpers import dev_key

REFERENCE = "000_1422e3b34ff9195b"


def _dev_with_quotes() -> list[str]:
    """Dev articles annotated with quotes; a placeholder that skips when the corpus is absent."""
    if not CORPUS_DIR.is_dir():
        return ["<corpus missing>"]
    names = []
    for path in sorted((CORPUS_DIR / "dev").glob("*.expected.json")):
        if "quotes" in json.loads(path.read_text(encoding="utf-8")):
            names.append("dev/" + path.name.removesuffix(".expected.json"))
    return names


@pytest.fixture(scope="module")
def reference() -> tuple[dict, object]:
    """The reference article's expected parse and our analysis of its paragraphs."""
    _, expected = load_case(REFERENCE)
    return expected, analyse_quotes(expected["paragraphs"])


def test_reference_quote_spans(reference):
    expected, analysis = reference
    want = [(q["paragraph"], q["text"], q["speaker"]) for q in expected["quotes"]]
    got = [(q.paragraph, q.text, q.speaker) for q in analysis.quotes]
    assert len(got) == 26
    assert got == want


def test_reference_people_and_roles(reference):
    expected, analysis = reference
    want = [(p["name"], p["role"]) for p in expected["people"]]
    assert [(s.name, s.role) for s in analysis.speakers] == want
    assert {s.kind for s in analysis.speakers} == {"person"}


def test_reference_split_quote_is_marked(reference):
    _, analysis = reference
    first, second = [q for q in analysis.quotes if q.paragraph == 25][:2]
    assert (first.text, first.continues) == ("So, in a real sense,", True)
    assert second.continues is False


@pytest.mark.parametrize("name", _dev_with_quotes())
def test_dev_quotes_and_speakers(name):
    _, expected = load_case(name)
    analysis = analyse_quotes(expected["paragraphs"])
    want = [(dev_key(q["text"]), q["speaker"]) for q in expected["quotes"]]
    assert [(dev_key(q.text), q.speaker) for q in analysis.quotes] == want


@pytest.mark.parametrize("name", corpus_names())
def test_offsets_point_at_the_quote_text(name):
    _, expected = load_case(name)
    paragraphs = expected["paragraphs"]
    analysis = analyse_quotes(paragraphs)
    for quote in analysis.quotes:
        assert paragraphs[quote.paragraph][quote.start : quote.end] == quote.text
        assert quote.text == quote.text.strip() and quote.text
