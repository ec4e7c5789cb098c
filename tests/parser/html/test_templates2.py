"""Rules found on the second fresh batch of unseen templates (tests/fixtures/html_stress/fresh2)."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def test_footnote_marks_and_back_links_leave_the_text():
    body = (
        f"<p>The fare was capped.<sup><a href='#fn-1' id='ref-1'>1</a></sup> {FILLER}</p>"
        f"{paragraphs(2)}<h2>Notes</h2><ol><li id='fn-1'>Report of 14 November, item 6."
        " <a href='#ref-1'>&#8617;</a></li></ol>"
    )
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"The fare was capped. {FILLER}"
    assert texts(doc)[-1] == "Report of 14 November, item 6."


def test_a_superscript_that_is_no_note_link_stays():
    body = f"<p>The hall covers 400 m<sup>2</sup> of the old yard. {FILLER}</p>{paragraphs(2)}"
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"The hall covers 400 m2 of the old yard. {FILLER}"


def test_a_print_views_bracketed_mark_after_a_link_leaves_the_text():
    link = "<a href='https://news.example/tag/ferries/'>the ferry board</a>"
    body = f"<p>The fare was capped by {link} <sup>[1]</sup> on Monday. {FILLER}</p>{paragraphs(2)}"
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"The fare was capped by the ferry board on Monday. {FILLER}"


@pytest.mark.parametrize(
    "sup",
    [
        "the ferry board<sup>[1]</sup>",  # no link before it: the text's own note
        "<a href='https://news.example/b'>the ferry board</a><sup>1</sup>",  # no brackets
        "<a href='https://news.example/b'>the ferry board</a>, <sup>[1]</sup>",  # text between
    ],
)
def test_a_bracketed_mark_without_a_link_just_before_it_stays(sup):
    body = f"<p>The fare was capped by {sup} on Monday. {FILLER}</p>{paragraphs(2)}"
    before_monday = texts(parse_html(page(body)))[0].split(" on Monday")[0]
    assert before_monday.endswith("1]" if "[" in sup else "board1")


def test_print_page_jump_lines_are_chrome():
    body = (
        f"{paragraphs(2)}<p>See QUARRY, Page A6</p><p>QUARRY: Continued from Page A1</p>"
        f"<p>Continued on page 4</p>{paragraphs(2, 'Later')}"
    )
    doc = parse_html(page(body))
    assert not [t for t in texts(doc) if "Page" in t or "page" in t]
    assert len(texts(doc)) == 4


def test_a_news_release_closing_lines_are_chrome():
    body = (
        f"{paragraphs(3)}<p>Media contact:<br>Jo Reyes<br>press@example.com</p>"
        "<p>SOURCE Harrowgate Energy</p>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_sentence_about_a_source_stays():
    body = f"{paragraphs(2)}<p>Source: the council's own figures, published in March.</p>"
    doc = parse_html(page(body))
    assert texts(doc)[-1] == "Source: the council's own figures, published in March."


def test_a_call_to_action_box_is_chrome():
    body = (
        f"{paragraphs(3)}<div class='recipe-call-to-action'><span>Tried this recipe?</span>"
        "<span>Tag us so we can see it, and tell your friends about the soup!</span></div>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_credit_kept_in_a_data_attribute_is_the_pictures_credit():
    figure = (
        "<figure data-credit='Ewan Trebilcock'><img src='/i/lamps.jpg' alt='Lamps'>"
        "<figcaption>The lamps on the harbour wall.</figcaption></figure>"
    )
    doc = parse_html(page(paragraphs(1) + figure + paragraphs(2, "More")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The lamps on the harbour wall.", "Ewan Trebilcock")
    ]


def test_a_picture_block_between_text_blocks_of_a_site_builder_is_kept():
    block = "<div class='sqs-block html-block'><div class='sqs-block-content'>{}</div></div>"
    picture = (
        "<figure><img src='/i/kiln.jpg' alt='Kiln'><figcaption><p>Pots in the chamber."
        " <span>Photo: Wren Abernathy</span></p></figcaption></figure>"
    )
    body = (
        block.format(f"<div class='text'>{paragraphs(2)}</div>")
        + "<div class='sqs-block image-block'><div class='sqs-block-content'>"
        + f"{picture}</div></div>"
        + block.format(f"<div class='text'>{paragraphs(2, 'Later')}</div>")
    )
    doc = parse_html(page(body))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Pots in the chamber.", "Wren Abernathy")
    ]
    assert [b.type for b in doc.body][2] == "image"


def test_a_hero_picture_above_the_headline_is_the_lead_picture():
    html = (
        "<!doctype html><html><head><title>Satellite sends pictures</title></head><body>"
        "<main><article><div class='hero'><div><img src='/i/sat.jpg' alt='Sat'></div>"
        "<div class='hero-caption-box'><span class='hero-caption'>The satellite on the bench."
        "</span> <span class='hero-credit'>Photo: Imogen Treacy</span></div></div>"
        f"<div class='head'><h1>Satellite sends pictures</h1></div>"
        f"<div class='text'>{paragraphs(3)}</div></article></main></body></html>"
    )
    doc = parse_html(html)
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The satellite on the bench.", "Imogen Treacy")
    ]
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def blog(title: str, post_title: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<header><h1 class='title'><a href='/'>Marsh Watcher</a></h1></header>"
        f"<div class='post'><h3 class='post-title'>{post_title}</h3>"
        f"<div class='post-body'>{paragraphs(3)}</div></div></body></html>"
    )


def test_a_blogs_name_in_h1_gives_way_to_the_post_title():
    doc = parse_html(
        blog("Marsh Watcher: The winter count at Saltcote", "The winter count at Saltcote")
    )
    assert doc.headline == "The winter count at Saltcote"
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_the_h1_stays_the_headline_when_no_heading_shows_the_rest_of_the_title():
    doc = parse_html(blog("Marsh Watcher: The winter count at Saltcote", "Winter count"))
    assert doc.headline == "Marsh Watcher"


def test_a_summary_line_without_a_full_stop_is_a_deck():
    body = f"<div class='field-summary'>Five branches will open on Sundays</div>{paragraphs(3)}"
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_lede_written_in_a_summary_box_stays():
    lede = "Three people have died in the protests, after clashes between the two sides."
    doc = parse_html(page(f"<div class='article__summary summary'>{lede}</div>{paragraphs(3)}"))
    assert texts(doc)[0] == lede


def unmarked_box(credit: str) -> str:
    return (
        "<div class='x1'><div class='x2'><img src='/i/hall.jpg' alt='Hall'></div><div class='x3'>"
        f"<span class='x4'>Stalls under the old roof.</span><span class='x5'>{credit}</span>"
        "</div></div>"
    )


def test_a_lead_picture_box_without_class_names_is_told_by_its_credit_label():
    html = page(f"{unmarked_box('Photograph: Hana Sorel')}<div class='t'>{paragraphs(3)}</div>")
    doc = parse_html(html)
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Stalls under the old roof.", "Hana Sorel")
    ]
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_picture_box_whose_last_line_has_no_credit_label_has_no_caption():
    html = page(f"{unmarked_box('Hana Sorel')}<div class='t'>{paragraphs(3)}</div>")
    doc = parse_html(html)
    assert [i.caption for i in doc.images if i.caption] == []
