"""The stress set (tests/fixtures/stress): each article parses as its hand-written answers say,
but for the shapes no rule tells apart yet, kept as expected failures so that a fix shows."""

from __future__ import annotations

import pytest

from api.parser import parse
from benchmarks.stress_eval import STRESS, read_annotated

KNOWN = {
    "h05_one_line_paragraphs": "one-line paragraphs shaped and spaced as full-sentence heads are",
}


def cases() -> list:
    """One parameter per stress article, the known misses marked as strict expected failures."""
    return [
        pytest.param(
            path,
            id=path.stem,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN[path.stem])]
            if path.stem in KNOWN
            else [],
        )
        for path in sorted(STRESS.glob("*/*.txt"))
    ]


def test_the_stress_set_has_both_parts():
    assert len(list((STRESS / "dev").glob("*.txt"))) >= 20
    assert len(list((STRESS / "held").glob("*.txt"))) >= 10


@pytest.mark.parametrize("path", cases())
def test_a_stress_article_parses_as_a_reader_reads_it(path):
    case = read_annotated(path.read_text(encoding="utf-8"))
    doc = parse(case.export)
    assert [block.text for block in doc.body if block.type == "subheading"] == case.heads
    assert case.scored_paragraphs(doc.paragraphs) == case.paragraphs
    assert [(image.caption, image.credit) for image in doc.images] == case.images
