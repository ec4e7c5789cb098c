"""Rules of html31, each on made-up snippets of templates with generated class names: a header's
parts named by data attributes, heads quoting the text, credits set before the picture, caption
and credit spans beside it and a lead picture above the text's box."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import FILLER, image_pairs, paragraphs, texts

PICTURE = "<img src='https://example.org/media/pier-2031.jpg' alt='A pier at low tide'>"


def generated_page(header: str, body: str, before: str = "") -> str:
    """A page whose <article> holds the headline's box, header parts, then the text's box, every
    class name generated; `before` goes above the <article>."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Pier to reopen after storm repairs | The Coastal Post</title></head><body>"
        "<header><nav><a href='/'>Home</a><a href='/news'>News</a></nav></header><main>"
        f"{before}<article class='x9k2l'>"
        "<div class='x7h1a'><h1 class='x1q0p'>Pier to reopen after storm repairs</h1></div>"
        f"{header}<div class='x4b8z' data-kind='text'>{body}</div></article></main>"
        "<footer><p>The Coastal Post, all rights reserved.</p></footer></body></html>"
    )


def body_text(html: str) -> list[str]:
    return texts(parse_html(html))


# 1. The header's parts above the text's box: a deck named by a data attribute, a byline box.


@pytest.mark.parametrize(
    "deck",
    [
        "<div data-gu-name='standfirst' class='q1w2e3'><p>Engineers say the deck is safe again"
        " after eight months of work</p></div>",
        "<div data-component='article-dek' class='sc-9a8b7c'><p>The council paid for most of"
        " the repairs, and the rest came from a charity appeal</p></div>",
        "<section data-testid='subheadline' class='css-1x2y3z'><p>Anglers and a cafe owner"
        " welcome the news, while the harbour board counts the cost</p></section>",
    ],
)
def test_a_deck_named_by_a_data_attribute_is_no_text(deck):
    found = body_text(generated_page(deck, paragraphs(4)))
    assert found[0].startswith("Paragraph 1.")
    assert len(found) == 4


def test_a_data_attribute_naming_no_deck_keeps_its_paragraph():
    lede = "<div data-component='text-block' class='m3n4'><p>The pier, closed since a storm in"
    lede += " March, will reopen to walkers on Saturday morning, its owners said.</p></div>"
    found = body_text(generated_page(lede, paragraphs(4)))
    assert found[0].startswith("The pier, closed since a storm")


@pytest.mark.parametrize(
    "byline",
    [
        "<div class='k2j3'><address><a rel='author' href='/profile/ines-vardy'>Ines Vardy</a>"
        " Coastal affairs reporter</address><details><summary>Sat 4 Apr 2031 09.10 BST"
        "</summary>Last modified on Sat 4 Apr 2031 12.00 BST</details></div>",
        "<div class='z0y9'><span>By <a rel='author' href='/staff/omar-delacroix'>Omar"
        " Delacroix</a>, Senior business correspondent, published on the fourth of April"
        "</span></div>",
        "<div class='p5o6'><address>Written by Hettie Barlow-Nkemelu, environment editor,"
        " with reporting from the harbour office</address></div>",
    ],
)
def test_a_byline_box_above_the_text_is_no_text(byline):
    found = body_text(generated_page(byline, paragraphs(4)))
    assert found[0].startswith("Paragraph 1.")
    assert len(found) == 4


def test_a_sentence_box_above_the_text_with_no_byline_stays():
    lede = "<div class='r8t9'>Walkers will be back on the pier on Saturday, eight months after"
    lede += " a storm tore away part of its deck, the owners said on Friday.</div>"
    found = body_text(generated_page(lede, paragraphs(4)))
    assert found[0].startswith("Walkers will be back")


# 2. A head quoting a sentence of the text is a head, not a pull quote's copy.


@pytest.mark.parametrize(
    ("head", "said"),
    [
        ("<h2>‘We never thought it would close’</h2>", "We never thought it would close"),
        ("<h3>“The timber was rotten to the core”</h3>", "The timber was rotten to the core"),
        ("<h2>A season of repairs lies ahead of us</h2>", "A season of repairs lies ahead of us"),
    ],
)
def test_a_head_quoting_the_text_stays_a_head(head, said):
    body = paragraphs(2) + head + f"<p>“{said},” the owner, Rhys Banfield, said. {FILLER}</p>"
    document = parse_html(generated_page("", body + paragraphs(2, "B")))
    heads = [b.text for b in document.body if b.type == "subheading"]
    assert len(heads) == 1 and said in heads[0]


def test_a_pull_quote_repeating_the_text_still_goes():
    quote = "<aside><blockquote><p>We never thought it would close</p></blockquote></aside>"
    said = "<p>“We never thought it would close,” said Maud Ferreira, who sells tea there.</p>"
    found = body_text(generated_page("", paragraphs(2) + quote + said + paragraphs(2, "B")))
    assert "We never thought it would close" not in found


# 3. A credit set in the figure before the picture, its label hidden or shown.


def in_text(figure: str) -> str:
    return generated_page("", paragraphs(2) + figure + paragraphs(2, "B"))


@pytest.mark.parametrize(
    ("before", "credit"),
    [
        (
            "<div class='a1'><span class='visually-hidden'>Image source, </span>"
            "<span class='a2'>Harbour Trust Archive</span></div>",
            "Harbour Trust Archive",
        ),
        (
            "<p class='b7'><span class='sr-only'>Photo credit: </span>Tomasz Wren</p>",
            "Tomasz Wren",
        ),
        ("<small class='c3'>Photo: Adaeze Obi / Shorewatch</small>", "Adaeze Obi / Shorewatch"),
    ],
)
def test_a_credit_before_the_picture_in_its_figure_is_its_credit(before, credit):
    caption = "<figcaption>Waves break over the pier’s end in March</figcaption>"
    found = image_pairs(in_text(f"<figure>{before}{PICTURE}{caption}</figure>"))
    assert found == [("Waves break over the pier’s end in March", credit)]


@pytest.mark.parametrize(
    "before",
    ["<span class='d4'>Watch</span>", "<span class='d5'>1 of 6</span>", "<b>See the pier.</b>"],
)
def test_a_label_before_the_picture_is_no_credit(before):
    caption = "<figcaption>Waves break over the pier’s end in March</figcaption>"
    found = image_pairs(in_text(f"<figure>{before}{PICTURE}{caption}</figure>"))
    assert found == [("Waves break over the pier’s end in March", None)]


# 4. Caption and credit spans beside the picture in a figure with no figcaption.


@pytest.mark.parametrize(
    ("spans", "caption", "credit"),
    [
        (
            "<div class='f_ccw'><span class='f_cp'>The pier’s deck was relaid in oak.</span> "
            "<span class='f_cr'>Marisol Quint, Coastal Post</span></div>",
            "The pier’s deck was relaid in oak.",
            "Marisol Quint, Coastal Post",
        ),
        (
            "<div class='g9'><span>Divers checked the piles in May!</span>"
            "<span>Photo: Lars Egede</span></div>",
            "Divers checked the piles in May!",
            "Lars Egede",
        ),
        (
            "<p class='h2x'><em>Crowds gathered for the first reopening in 1998.</em>"
            "<small>Brightsea Museum Collection</small></p>",
            "Crowds gathered for the first reopening in 1998.",
            "Brightsea Museum Collection",
        ),
    ],
)
def test_caption_and_credit_spans_beside_the_picture_are_taken(spans, caption, credit):
    found = image_pairs(in_text(f"<figure><div class='w'>{PICTURE}</div>{spans}</figure>"))
    assert found == [(caption, credit)]


def test_two_spans_that_are_no_caption_and_credit_stay_out():
    spans = "<div class='k1'><span>Share</span><span>Save for later</span></div>"
    found = image_pairs(in_text(f"<figure><div class='w'>{PICTURE}</div>{spans}</figure>"))
    assert found == [("", None)]


# 5. A picture marked as a preview is no deck: the lead picture above the text's box stays.


@pytest.mark.parametrize(
    "marks", ["img has-preview", "lazy-img preview", "hero__preview-image preview"]
)
def test_a_lead_picture_marked_preview_is_listed(marks):
    cover = (
        f"<div class='cover'><figure><img class='{marks}' alt='The pier'"
        " src='https://example.org/media/pier-lead.jpg'><figcaption>The pier before the storm."
        " (Nell Paskin/CPW)</figcaption></figure></div>"
    )
    found = image_pairs(generated_page(cover, paragraphs(4)))
    assert found == [("The pier before the storm.", "Nell Paskin/CPW")]


def test_a_preview_box_with_text_is_still_a_deck():
    deck = "<div class='story-preview'>Repairs to the pier cost more than expected</div>"
    found = body_text(generated_page(deck, paragraphs(4)))
    assert found[0].startswith("Paragraph 1.")
