"""Rules of html43 (fresh22's first look), each on made-up snippets: a credit's 'Copyright' or
'Photo /' label goes, two or more capitalised words in parentheses after a caption's closing stop
are its credit, and summary points in a box whose class names them (a sidebar's list, or the
paragraphs under a label paragraph) are the bullets."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import figure_page, image_pairs, page, paragraphs, texts

SRC = "https://img.example.org/2026/12/orchard-frost-1600.jpg"
IMG = f"<img src='{SRC}' alt='Frost on apple blossom'>"
LEAD = f"<figure>{IMG}<figcaption>Blossom at dawn. Photo: Rufus Anwell</figcaption></figure>"


# A credit label 'Copyright' or 'Photo /' goes as 'Photo:' does.


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "<span class='media__text'>Frost on the blossom in the lower orchard</span>"
            "<span class='media__copyright'>Copyright Talia Bronsveld/Orchard Weekly</span>",
            "Talia Bronsveld/Orchard Weekly",
        ),
        (
            "Pickers wait out the cold in the packing shed."
            "<span class='photo-credit'>copyright: Dev Okonjo</span>",
            "Dev Okonjo",
        ),
        (
            "<span>A smudge pot burns between the rows.</span>"
            "<small class='credit'>Copyright © Hallam Press</small>",
            "Hallam Press",
        ),
    ],
)
def test_a_copyright_label_leaves_the_credit(caption, credit):
    assert image_pairs(figure_page(IMG, caption))[0][1] == credit


@pytest.mark.parametrize(
    ("caption", "head", "credit"),
    [
        (
            "Growers light fires in the orchard before dawn. Photo / Marama Whetu-Oakes",
            "Growers light fires in the orchard before dawn.",
            "Marama Whetu-Oakes",
        ),
        (
            "The packing shed was rebuilt last year. Photo / Supplied",
            "The packing shed was rebuilt last year.",
            "Supplied",
        ),
        (
            "Frost cloth covers the young trees. Picture / Ansel Kerrigan",
            "Frost cloth covers the young trees.",
            "Ansel Kerrigan",
        ),
    ],
)
def test_a_slash_label_glued_to_the_caption_leaves_the_credit(caption, head, credit):
    assert image_pairs(figure_page(IMG, caption)) == [(head, credit)]


def test_a_copyright_word_in_a_sentence_stays():
    caption = "<span class='credit'>Copyright lawyers met the growers</span>"
    assert image_pairs(figure_page(IMG, f"An orchard at dusk.{caption}"))[0][1] == (
        "Copyright lawyers met the growers"
    )


# Capitalised words in parentheses after the caption's closing stop: its source.


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Volunteers clear the flooded lane at Marsh End. (Tolland County)", "Tolland County"),
        (
            "The new footbridge opens on Monday. (Harwick District Council)",
            "Harwick District Council",
        ),
        ("A heron on the restored wetland! (Wildfowl Trust)", "Wildfowl Trust"),
    ],
)
def test_capitalised_words_after_the_stop_are_the_credit(caption, credit):
    head = caption[: caption.rfind(" (")]
    assert image_pairs(figure_page(IMG, caption)) == [(head, credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers at Marsh End (Tolland County) clear the flooded lane.",
        "Volunteers clear the flooded lane at Marsh End (Tolland County)",
        "The footbridge opens on Monday. (Weather permitting)",
    ],
)
def test_parentheses_inside_the_sentence_are_no_credit(caption):
    assert image_pairs(figure_page(IMG, caption)) == [(caption, None)]


# Summary points in a box whose class names them.

POINTS = (
    "The orchard lost a third of its blossom to frost.",
    "Growers will claim on the regional relief fund.",
    "Picking is expected to start two weeks late.",
)
ITEMS = "".join(f"<li>{p}</li>" for p in POINTS)
PARAS = "".join(f"<p>{p}</p>" for p in POINTS)


@pytest.mark.parametrize(
    "box",
    [
        f"<aside class='b-key-points'><h2 class='b-key-points__title'>Key Points</h2>"
        f"<ul>{ITEMS}</ul></aside>",
        f"<aside class='storyKeyPoints'><h3>At a glance</h3><ol>{ITEMS}</ol></aside>",
        f"<aside id='article-summary'><ul class='list'>{ITEMS}</ul></aside>",
    ],
)
def test_a_sidebar_whose_class_names_summary_points_gives_the_bullets(box):
    document = parse_html(page(LEAD + box + paragraphs(3)))
    assert document.bullets == POINTS
    assert texts(document)[0].startswith("Paragraph 1.")


def test_a_summary_sidebar_by_class_inside_the_text_gives_no_bullets():
    box = f"<aside class='key-points'><ul>{ITEMS}</ul></aside>"
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert document.bullets == ()


@pytest.mark.parametrize(
    "box",
    [
        "<div class='story__keypoints'><p class='story__keypoints-label'>Key points</p>"
        f"{PARAS}</div>",
        f"<div class='articleKeyPoints'><p><strong>What you need to know</strong></p>{PARAS}</div>",
        f"<section class='summary-box'><p>In brief</p>{PARAS}</section>",
    ],
)
def test_paragraphs_under_a_label_in_a_summary_box_are_the_bullets(box):
    document = parse_html(page(LEAD + box + f"<div class='story-body'>{paragraphs(3)}</div>"))
    assert document.bullets == POINTS
    assert not set(POINTS) & set(texts(document))
    assert texts(document)[0].startswith("Paragraph 1.")


def test_label_paragraphs_inside_the_text_are_the_texts():
    box = f"<div class='key-points'><p>Key points</p>{PARAS}</div>"
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert document.bullets == ()
    assert POINTS[0] in texts(document)


def test_a_summary_box_with_a_sentence_first_gives_no_bullets():
    box = f"<div class='key-points'><p>The frost came early this year.</p>{PARAS}</div>"
    document = parse_html(page(LEAD + box + f"<div class='story-body'>{paragraphs(3)}</div>"))
    assert document.bullets == ()
