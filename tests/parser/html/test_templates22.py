"""Rules of html41 (fresh20's first look), each on made-up snippets: a labelled credit as bare
text after the caption's element, a two-word credit label glued to the caption, a captioned
and credited picture whose file names a QR code, a teaser paragraph under the headline and a
closing line asking for sensitive tips."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import figure_page, image_pairs, middle_page

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
