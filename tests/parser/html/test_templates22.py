"""Rules of html41 (fresh20's first look), each on made-up snippets: a labelled credit as bare
text after the caption's element, a two-word credit label glued to the caption, a captioned
and credited picture whose file names a QR code, a teaser paragraph under the headline and a
closing line asking for sensitive tips."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    middle_page,
    page,
    paragraphs,
    texts,
)

SRC = "https://img.example.org/2026/12/orchard-frost-1600.jpg"
IMG = f"<img src='{SRC}' alt='Frost on an apple orchard'>"


# A credit label's bare text after the caption's element in the caption block.


@pytest.mark.parametrize(
    ("block", "credit"),
    [
        (
            "<div class='photo-caption'><span class='caption'>Frost on the orchard at"
            " dawn.</span> Photo: Valley Times / Orla Quennell</div>",
            "Valley Times / Orla Quennell",
        ),
        (
            "<figcaption><span class='cap-text'>Frost on the orchard at dawn.</span>"
            " Picture: Benedek Sarrow</figcaption>",
            "Benedek Sarrow",
        ),
        (
            "<div class='image-legend'><p class='legend-text'>Frost on the orchard at"
            " dawn.</p> Credit: Tamsin Oduya/Harbour Wire</div>",
            "Tamsin Oduya/Harbour Wire",
        ),
    ],
)
def test_a_labelled_text_after_the_caption_element_is_the_credit(block, credit):
    html = middle_page(f"<div class='media'>{IMG}{block}</div>")
    assert image_pairs(html) == [("Frost on the orchard at dawn.", credit)]


def test_unlabelled_text_after_the_caption_element_is_no_credit():
    html = middle_page(
        f"<div class='media'>{IMG}<div class='photo-caption'><span class='caption'>Frost on"
        " the orchard at dawn.</span> Growers lost a third of the blossom.</div></div>"
    )
    assert image_pairs(html)[0][1] is None


# A two-word credit label glued to the caption goes whole.


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Frost on the orchard at dawn.<strong>Image Credits:</strong>Orla Quennell",
            "Orla Quennell",
        ),
        ("Frost on the orchard at dawn.<b>Photo Credit:</b>Valley Times", "Valley Times"),
        ("Frost on the orchard at dawn.<em>Picture Credits:</em> Benedek Sarrow", "Benedek Sarrow"),
    ],
)
def test_a_two_word_label_glued_to_the_caption_goes_whole(caption, credit):
    assert image_pairs(figure_page(IMG, caption)) == [("Frost on the orchard at dawn.", credit)]


def test_a_lower_case_credit_word_in_a_sentence_stays():
    caption = "Frost on the orchard, a picture credited to Valley Times."
    assert image_pairs(figure_page(IMG, caption))[0][0] == caption


# A captioned, credited picture whose file or alt names a code to scan is the story's.


@pytest.mark.parametrize(
    ("src", "alt"),
    [
        ("https://img.example.org/2026/12/qrcode.jpg", "A QR code sign on a market stall"),
        ("https://cdn.example.com/news/2026/qr-code-poster.png", "A poster at a bus stop"),
        ("https://media.example.net/photos/library_qr.webp", "A QR code on a library shelf"),
    ],
)
def test_a_captioned_credited_picture_naming_a_code_is_kept(src, alt):
    html = figure_page(
        f"<img src='{src}' alt='{alt}'>",
        "<span class='caption-text'>Readers scan the code to borrow a book.</span>"
        " <span class='caption-credit'>PHOTO: MARGIT OSEI-LANG</span>",
    )
    assert image_pairs(html) == [("Readers scan the code to borrow a book.", "MARGIT OSEI-LANG")]


@pytest.mark.parametrize(
    "caption",
    ["Scan to download our app", "<span class='credit'>Photo: Margit Osei-Lang</span>", ""],
)
def test_a_code_picture_without_both_caption_and_credit_is_junk(caption):
    src = "https://img.example.org/2026/12/qrcode.jpg"
    assert image_pairs(figure_page(f"<img src='{src}' alt='Scan me'>", caption)) == []


def test_an_uncaptioned_code_picture_in_the_text_is_junk():
    src = "https://img.example.org/2026/12/app-qr.png"
    assert image_pairs(middle_page(f"<p><img src='{src}' alt='QR code'></p>")) == []


# A teaser or intro line under the headline, the text in a box of its own, is the standfirst.

LEDE = (
    "The orchard's growers met at the village hall on Thursday night to count what the late"
    " frost had cost them, row by row and tree by tree."
)
STANDFIRST = "A late frost has cost the valley's growers a third of their blossom."


def headed_page(line: str) -> str:
    """A page whose headline a line follows, the text going on in a box of its own."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Frost</title></head>"
        f"<body><main><article><h1>Late frost hits the valley's orchards</h1>{line}"
        "<div class='byline'>By Orla Quennell</div>"
        f"<div class='story-body'><p>{LEDE}</p>{paragraphs(3)}</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        f"<p class='teaser-text'>{STANDFIRST}</p>",
        f"<div class='article-teaser'>{STANDFIRST}</div>",
        f"<p class='intro'>{STANDFIRST}</p>",
        f"<div class='story__intro'><p>{STANDFIRST}</p></div>",
    ],
)
def test_a_teaser_or_intro_under_the_headline_is_the_standfirst(line):
    found = texts(parse_html(headed_page(line)))
    assert STANDFIRST not in found
    assert found[0] == LEDE


def test_an_intro_paragraph_opening_the_text_stays():
    html = page(
        f"<div class='article__content'><p class='article__content--intro'>{LEDE}</p>"
        f"{paragraphs(3)}</div>"
    )
    assert texts(parse_html(html))[0] == LEDE


# A closing line asking for sensitive tips by a secure channel is a tip-off line.


@pytest.mark.parametrize(
    "line",
    [
        "<p><em>Got a sensitive tip or confidential documents? We cover the courts. Reach Tamsin"
        " Oduya securely on Signal at @to.19.</em></p>",
        "<p class='tip-box'>Have confidential documents about the port? We report on shipping."
        " Contact Benedek Sarrow via SecureDrop or on Signal.</p>",
        "<p><i>Do you have a news tip about city hall? Our team reads every message. Message"
        " Orla Quennell on WhatsApp at +1 555 0134.</i></p>",
    ],
)
def test_a_closing_call_for_sensitive_tips_is_dropped(line):
    assert closing_texts(line) == [t for t in closing_texts("") if t]


def test_a_sentence_naming_a_secure_channel_stays():
    line = "<p>Got a tip? The detectives say the informant reached them on Signal last year.</p>"
    assert "informant reached them on Signal" in " ".join(closing_texts(line))


def test_a_story_line_about_messaging_stays():
    line = "<p>She said she would reach her brother on WhatsApp once the ferry docked.</p>"
    assert "reach her brother on WhatsApp" in " ".join(closing_texts(line))
