"""The stress set (tests/fixtures/stress): each article parses as its hand-written answers say,
but for the shapes no rule tells apart yet, kept as expected failures so that a fix shows."""

from __future__ import annotations

import pytest

from api.parser import parse
from benchmarks.stress_eval import STRESS, read_annotated

KNOWN = {
    "d09_recipe_lists": "'Method' closes a list opened by 'What you need', with no shared shape",
    "h05_one_line_paragraphs": "one-line paragraphs shaped and spaced as full-sentence heads are",
    # a reader takes it for page chrome; the publishers' markup often has such lines as <h2>,
    # which the export benchmark counts as heads, so no rule is written for it either way
    "g01_howto_section_subsection": "'Comments' over a closing newsletter line reads as a head",
    # the chrome batch's first look, on main's parser, before any rule was written for it
    **dict.fromkeys(
        (
            "c01_listicle_share_bar",
            "c02_explainer_long_heads_chrome",
            "c03_quoted_heads_profile",
            "c09_opinion_rhetorical_chrome",
            "c10_full_sentence_heads",
            "c11_caps_kicker_bio_box",
            "c12_photo_gallery_credits",
            "c13_live_updates_timestamps",
            "c14_listicle_question_heads_dateline",
            "c15_news_inline_chrome",
        ),
        "first look: page chrome, timestamps or a head shape no rule reads yet",
    ),
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
    assert doc.paragraphs == case.paragraphs
    assert [(image.caption, image.credit) for image in doc.images] == case.images
