"""Rules of html39 (fresh19's first look), each on made-up snippets: a picture drawn by a
custom element or a lazy stand-in in a <figure>, a caption's fine print, a class-less caption
span beside a credit named as its caption's part, camelCase class words (a deck, an article
word qualifying a byline's part) and a tip-off line asking about the reader."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import figure_page, middle_page, page, paragraphs, texts

SRC = "https://img.example.net/2026/11/harbour-wall-1600.jpg"


def pictures(html: str) -> list[tuple[str, str | None]]:
    """The pictures' captions and credits of a page."""
    return [(i.caption, i.credit) for i in parse_html(html).images]


# A picture's stand-in in a <figure> holding no <img>.


@pytest.mark.parametrize(
    "picture",
    [
        f"<div class='placeholder'><progressive-image src='{SRC}' alt='The harbour wall'>"
        "</progressive-image></div>",
        f"<lazy-picture data-src='{SRC}' alt='The harbour wall'></lazy-picture>",
        f"<div class='media-frame' data-src='{SRC}' alt='The harbour wall'></div>",
        f"<picture><x-img src='{SRC}' alt='The harbour wall'></x-img></picture>",
    ],
)
def test_a_stand_in_for_a_picture_in_a_figure_is_the_picture(picture):
    html = figure_page(picture, "Waves over the harbour wall at dawn. Photo: Ines Garrow / PA")
    assert parse_html(html).images[0].src == SRC
    assert pictures(html) == [("Waves over the harbour wall at dawn.", "Ines Garrow / PA")]


def test_a_figure_with_its_img_keeps_that_picture_alone():
    picture = (
        f"<img src='{SRC}' alt='The harbour wall'>"
        "<span-badge src='https://img.example.net/badge.png' alt='Exclusive'></span-badge>"
    )
    html = figure_page(picture, "Waves over the harbour wall at dawn.")
    assert [i.src for i in parse_html(html).images] == [SRC]


def test_a_video_in_a_figure_is_no_picture():
    video = "<video src='https://img.example.net/clip.mp4' alt='A clip'></video>"
    assert parse_html(figure_page(video, "The storm reaches the pier.")).images == ()


# A caption's fine print: a <small> after the caption's block.


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "<p>A tractor crosses the ford at Wenbury.</p><small>getty</small>",
            ("A tractor crosses the ford at Wenbury.", "getty"),
        ),
        (
            "<div class='cap-text'>Volunteers sort donated coats</div><small>shutterstock</small>",
            ("Volunteers sort donated coats", "shutterstock"),
        ),
        (
            "<span>The mill in its last working year.</span><small>Orla Beckett</small>",
            ("The mill in its last working year.", "Orla Beckett"),
        ),
    ],
)
def test_fine_print_after_the_caption_is_its_credit(caption, expected):
    assert pictures(figure_page(f"<img src='{SRC}' alt='x'>", caption)) == [expected]


def test_fine_print_inside_the_captions_sentence_stays_in_it():
    found = pictures(figure_page(f"<img src='{SRC}' alt='x'>", "The lock built in <small>1871"))
    assert found == [("The lock built in 1871", None)]


# A class-less caption span beside a credit named as its caption's part.


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "<span>Pupils at the school gate on Monday</span> "
            "<span class='mar-caption__credit'>(Image: Submitted)</span>",
            ("Pupils at the school gate on Monday", "Submitted"),
        ),
        (
            "<span>The new footbridge over the Lent</span>"
            "<span class='photo-caption__source'>Kirsty Abell / Herald</span>",
            ("The new footbridge over the Lent", "Kirsty Abell / Herald"),
        ),
        (
            "<em>Lifeboat crew at the slipway</em> <span class='caption-credit'>Photo: RNLI</span>",
            ("Lifeboat crew at the slipway", "RNLI"),
        ),
    ],
)
def test_a_captions_credit_part_beside_a_plain_span_is_the_credit(caption, expected):
    html = figure_page(f"<img src='{SRC}' alt='x'>", caption)
    assert pictures(html.replace("<figcaption>", "<figcaption class='mar-caption'>")) == [expected]


def test_a_credit_part_holding_the_whole_caption_is_split_as_before():
    caption = "<span class='caption-credit'>Ducks on the mill pond. Photo: Harry Vell</span>"
    assert pictures(figure_page(f"<img src='{SRC}' alt='x'>", caption)) == [
        ("Ducks on the mill pond.", "Harry Vell")
    ]


# camelCase class words: a deck, and an article word qualifying a part's name.


@pytest.mark.parametrize(
    "deck",
    [
        "<p class='ArticleDek_root__Q7pLx'>Thirty years on, the ferry still runs on time.</p>",
        "<div class='StoryStandfirst'>Thirty years on, the ferry still runs on time.</div>",
        "<p class='HeroSubtitle_text__9aZ'>Thirty years on, the ferry still runs on time.</p>",
    ],
)
def test_a_deck_named_in_a_camelcase_part_is_no_text(deck):
    found = texts(parse_html(page(deck + paragraphs(3))))
    assert not any("Thirty years on" in t for t in found)
    assert len(found) == 3


def test_a_camelcase_word_inside_another_is_no_deck():
    first = "<p class='Redeck_x'>Thirty years on, the ferry still runs on time.</p>"
    found = texts(parse_html(page(first + paragraphs(3))))
    assert found[0] == "Thirty years on, the ferry still runs on time."


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='ArticleBylines_root__Mx2'>By <a href='/a/'>Rhea Voss</a>"
        "<time datetime='2026-11-02'>November 2, 2026</time></div>",
        "<div class='StoryTimestamp_wrap'><time>November 2, 2026, 6 AM ET</time></div>",
        "<div class='PostByline'>By Lorne Haddix | November 2, 2026</div>",
    ],
)
def test_a_byline_part_qualified_by_an_article_word_is_chrome(byline):
    found = texts(parse_html(page(byline + paragraphs(3))))
    assert not any("November 2" in t for t in found)
    assert len(found) == 3


def test_the_articles_body_part_stays():
    body = f"<section class='ArticleBody_root__nH3'>{paragraphs(3)}</section>"
    assert len(texts(parse_html(page(body)))) == 3


# A tip-off line asking about the reader's own situation.


@pytest.mark.parametrize(
    "line",
    [
        "<p><em>Do you work night shifts at a care home and want to share your story? Contact"
        " this reporter at tbrannock@example.com.</em></p>",
        "<p>Are you a tenant facing a rent rise of more than 10%? Email us at"
        " money@example.co.uk</p>",
        "<p><i>Have you ever worked for a delivery app? Get in touch with our newsroom.</i></p>",
        "<p>Do you live near the proposed quarry? Contact the reporter at h.osei@example.org</p>",
    ],
)
def test_a_question_about_the_reader_then_a_call_to_the_reporter_goes(line):
    found = texts(parse_html(page(paragraphs(3) + line)))
    assert len(found) == 3


@pytest.mark.parametrize(
    "line",
    [
        "<p>Are you a landlord in the district? Contact the council to register each property"
        " before April.</p>",
        "<p>Were you a patient at the clinic in March? Contact police on 101 quoting the"
        " incident number; detectives want to hear from you.</p>",
        "<p>Do you work from home? Then the rule means you can claim back part of your bills.</p>",
    ],
)
def test_a_question_about_the_reader_in_the_story_stays(line):
    found = texts(parse_html(middle_page(line)))
    assert len(found) == 5
