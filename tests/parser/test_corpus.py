"""Every real article in the shared corpus parses exactly as its expected JSON says."""

from __future__ import annotations

import pytest

from api.parser import parse, render
from tests.corpus import corpus_dir, corpus_names, load_case
from tests.parser.expected import FIELDS, actual_field, expected_field


@pytest.fixture(scope="module", params=corpus_names())
def corpus_case(request):
    """(parsed Document, expected dict) for one corpus article."""
    text, expected = load_case(request.param)
    return parse(text), expected


@pytest.mark.parametrize("field", FIELDS)
def test_corpus_field_matches_expected(corpus_case, field):
    doc, expected = corpus_case
    assert actual_field(doc, field) == expected_field(expected, field)


def test_corpus_article_survives_a_round_trip(corpus_case):
    doc, _ = corpus_case
    assert parse(render(doc)) == doc


def test_reference_article_body_is_the_expected_reading_order():
    reference = sorted(corpus_dir().glob("000_*.txt"))[0]
    text, expected = load_case(reference.stem)
    assert parse(text).to_dict()["body"] == expected["body"]


def test_reference_article_lead_image_stays_out_of_the_body():
    reference = sorted(corpus_dir().glob("000_*.txt"))[0]
    doc = parse(load_case(reference.stem)[0])
    assert doc.lead_images == [0]
    assert len(doc.bullets) == 2
