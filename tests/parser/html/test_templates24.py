"""Rules of html42 (fresh21's first look), each on made-up snippets: a sentence-long head closing
the headline's block is the deck, a print edition's note and a magazine's end mark close no
text, a paragraph whose class names a tip-off line is chrome, a credit after a spaced bar ends
a caption, and summary points in a sidebar ARIA names or in paragraphs of an item's class are
the bullets."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    middle_texts,
    page,
    paragraphs,
    texts,
)

SRC = "https://img.example.org/2026/12/harbour-crane-1600.jpg"
IMG = f"<img src='{SRC}' alt='A crane over the harbour'>"
LEAD = f"<figure>{IMG}<figcaption>The crane at dawn. Photo: Ilse Marrow</figcaption></figure>"


def header_page(header: str, headline: str = "Ferry returns to the island", between="") -> str:
    """A page whose headline stands in `header` (holding '{h1}'), the text in a box after it."""
    h1 = f"<h1>{headline}</h1>"
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{headline} | The Daily Example</title></head><body>"
        "<header class='site-header'><nav><a href='/news'>News</a></nav></header>"
        f"<main><article>{header.format(h1=h1)}{between}"
        f"<div class='story-body'>{paragraphs(3)}</div></article></main>"
        "<footer><p>Copyright The Daily Example, all rights reserved, since long ago.</p></footer>"
        "</body></html>"
    )


# A sentence-long head closing the headline's block: the deck.

DECK = "Commuters on three islands will get a boat every hour from the spring"


@pytest.mark.parametrize(
    ("header", "between"),
    [
        (
            "<section class='css-1x2y3z'><span class='rubric'>Transport</span>{h1}"
            f"<h2 class='css-9q8w7e'>{DECK}</h2></section>",
            "<div class='css-meta'><time>Dec 6th 2026</time></div>",
        ),
        (f"<header class='article-top'>{{h1}}<h2>{DECK}</h2></header>", LEAD),
        (
            f"<div class='headline-block'><a href='/t'>Islands</a>{{h1}}<h3>{DECK}</h3></div>",
            f"<div class='byline-row'>Jo Pell</div>{LEAD}",
        ),
    ],
)
def test_a_long_head_closing_the_headline_block_is_the_deck(header, between):
    document = parse_html(header_page(header, between=between))
    assert DECK not in texts(document)
    assert [b.text for b in document.body if b.type == "subheading"] == []
    assert texts(document)[0].startswith("Paragraph 1.")


def test_a_long_head_after_the_lede_stays_a_head():
    head = "Why the council changed its mind about the early crossing"
    html = page(f"{paragraphs(1)}<h2>{head}</h2>{paragraphs(2, 'B')}")
    document = parse_html(html)
    assert [b.text for b in document.body if b.type == "subheading"] == [head]


def test_a_long_head_closing_a_block_before_bare_paragraphs_stays():
    header = f"<div class='top'>{{h1}}<h2>{DECK}</h2></div>"
    html = header_page(header, between=paragraphs(2, "Lede"))
    assert DECK in texts(parse_html(html))


# A print edition's note closing the text.


@pytest.mark.parametrize(
    "note",
    [
        "This article appeared in the Science section of the print edition under the headline"
        ' "Tide turns"',
        "A version of this article appears in print on March 3, 2026, Section B, Page 4 of the"
        " Valley edition",
        "This story first appeared in the print edition of the Harbour Weekly",
    ],
)
def test_a_print_edition_note_closing_the_text_is_dropped(note):
    found = closing_texts(f"<p class='footnote'>{note}</p>")
    assert found[-1].startswith("Paragraph 3.")


def test_a_sentence_on_something_that_appeared_stays():
    line = "This story appeared to worry the council, which met again on Friday to talk it over."
    assert closing_texts(f"<p>{line}</p>")[-1] == line


# A magazine's end mark after the last sentence.


@pytest.mark.parametrize("mark", ["<span class='ufinish'>■</span>", "∎", " ◼"])
def test_the_end_mark_after_the_last_sentence_is_dropped(mark):
    found = closing_texts(f"<p>The boats will run until the ice comes.{mark}</p>")
    assert found[-1] == "The boats will run until the ice comes."


def test_a_symbol_after_no_stop_stays():
    found = closing_texts("<p>Grades on the chart run from A to the lowest, marked ■</p>")
    assert found[-1].endswith("■")


# A paragraph whose class names a tip-off line.


@pytest.mark.parametrize(
    "line",
    [
        "<p class='tip-off'><em>Do you have a tip on a transport story that The Courier should"
        " be covering? Let us know via transport@courier.example.</em></p>",
        "<p class='tip-line'><i>Do you run a market stall, or have you sold at one? Contact"
        " Priya Venn on Signal at priya.77 or by email at tips@ledger.example.</i></p>",
        "<p class='newsTips'><em>Were you on the last ferry out? Our desk reads everything"
        " sent to harbour@gazette.example.</em></p>",
    ],
)
def test_an_italic_line_a_tip_class_names_is_dropped(line):
    assert closing_texts(line)[-1].startswith("Paragraph 3.")


def test_an_italic_line_a_guides_tip_class_names_stays():
    line = (
        "<p class='tip'><em>Keep your receipts: the office at help@council.example answers"
        " within a week.</em></p>"
    )
    assert closing_texts(line)[-1].startswith("Keep your receipts")


@pytest.mark.parametrize(
    "quote",
    [
        "<blockquote><p>The flyer read: <em>Do you drive a cab at night? Email"
        " drivers@union.example</em></p></blockquote>",
        "<p class='tip-line'>“Do you have a tip about the depot? Email me at"
        " depot@union.example,” the flyer taped to every cab read.</p>",
    ],
)
def test_a_quoted_tip_line_stays(quote):
    assert any("drive a cab" in t or "the depot" in t for t in middle_texts(quote))


# A credit after a spaced bar ending the caption.


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Cranes unload the first ship at the new quay on Nov. 28. | KYODO", "KYODO"),
        (
            "The harbour master checks the tide gauge. | COURTESY OF THE HARBOUR TRUST",
            "COURTESY OF THE HARBOUR TRUST",
        ),
        (
            "The Amari family on the quay in 1961. | Courtesy of the Amari family",
            "Courtesy of the Amari family",
        ),
        ("Dockers walk out at noon. | Tomas Ekwall / Reuters", "Tomas Ekwall / Reuters"),
    ],
)
def test_a_credit_after_a_bar_ends_the_caption(caption, credit):
    found = image_pairs(figure_page(IMG, caption))
    assert found == [(caption[: caption.rfind(" | ")], credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "Fans | and players cheer at the final whistle in Leith.",
        "The quay at dusk. | the view from the old lighthouse",
    ],
)
def test_a_bar_inside_the_caption_is_no_credit(caption):
    assert image_pairs(figure_page(IMG, caption)) == [(caption, None)]


# Summary points in a sidebar ARIA names.

POINTS = (
    "The ferry will run every hour from April.",
    "Fares rise by a fifth for visitors.",
    "Islanders ride free on school days.",
)
ITEMS = "".join(f"<li>{p}</li>" for p in POINTS)


@pytest.mark.parametrize(
    "box",
    [
        f"<aside class='enhancement-insights' aria-label='Key points'><h2>Key points</h2>"
        f"<ul>{ITEMS}</ul></aside>",
        f"<aside aria-label='Summary'><h3 class='box-title'>In short</h3><ol>{ITEMS}</ol></aside>",
        f"<aside class='x7' aria-label='Key takeaways'><ul class='x8'>{ITEMS}</ul></aside>",
    ],
)
def test_a_sidebar_aria_names_summary_points_gives_the_bullets(box):
    document = parse_html(page(LEAD + box + paragraphs(3)))
    assert document.bullets == POINTS
    assert texts(document)[0].startswith("Paragraph 1.")


def test_a_sidebar_of_related_links_gives_no_bullets():
    links = "".join(f"<li><a href='/s/{i}'>{p}</a></li>" for i, p in enumerate(POINTS))
    box = f"<aside aria-label='Highlights'><ul>{links}</ul></aside>"
    document = parse_html(page(LEAD + box + paragraphs(3)))
    assert document.bullets == ()


def test_a_summary_sidebar_inside_the_text_gives_no_bullets():
    box = f"<aside aria-label='Key points'><ul>{ITEMS}</ul></aside>"
    document = parse_html(page(paragraphs(2) + box + paragraphs(2, "B")))
    assert document.bullets == ()


# Summary points as paragraphs of an item's class.


@pytest.mark.parametrize(
    ("box_open", "item_class"),
    [
        (
            "<div class='key-points' data-module='summary'>"
            "<p class='key-points__label'>Key points</p>",
            "key-points__item",
        ),
        ("<div class='article-highlights'>", "highlights__item"),
        ("<div class='c41' data-component='Takeaways'><p class='c42'>At a glance</p>", "t-item"),
    ],
)
def test_paragraphs_of_an_item_class_in_a_summary_box_are_the_bullets(box_open, item_class):
    items = "".join(f"<p class='{item_class}'>{p}</p>" for p in POINTS)
    header = f"<header class='entry-header'>{{h1}}{box_open}{items}</div></header>"
    document = parse_html(header_page(header, between=LEAD))
    assert document.bullets == POINTS
    assert not set(POINTS) & set(texts(document))


def test_item_paragraphs_inside_the_text_are_the_texts():
    items = "".join(f"<p class='highlights-item'>{p}</p>" for p in POINTS)
    html = page(paragraphs(2) + f"<div class='highlights'>{items}</div>" + paragraphs(2, "B"))
    document = parse_html(html)
    assert document.bullets == ()
    assert POINTS[0] in texts(document)


def test_one_item_paragraph_is_no_summary():
    header = (
        "<header>{h1}<div class='summary'>"
        f"<p class='summary__item'>{POINTS[0]}</p></div></header>"
    )
    assert parse_html(header_page(header)).bullets == ()
