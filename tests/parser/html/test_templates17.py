"""Rules of html34 (fresh17's first look), each on made-up snippets: a picture named for its share
overlay, a paragraph bold by its span's class, the family of tip-off calls, a deck set as a head
under the headline and bracketed credits naming a holder before a picture's word."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import (
    closing_texts,
    figure_page,
    image_pairs,
    middle_page,
    paragraphs,
    texts,
)

PICTURE = "<img src='https://example.org/up/quarry.jpg' alt='The quarry' width='640'>"


def image_group(img_class: str, caption_class: str, credit_class: str) -> str:
    """A page whose text holds a picture group: the picture in wrappers, then its caption and
    credit as sibling elements, no figure."""
    group = (
        f"<div class='img-group'><div class='img-wrap'><img class='{img_class}'"
        " src='https://cdn.example.org/2026/07/kiln-9913.jpg' alt='A brick kiln' width='634'"
        " height='423'></div>"
        f"<p class='{caption_class}'>The old kiln at Marlow Bottom, fired for the last time in"
        f" 1968</p><span class='{credit_class}'>Tobias Greaves/Vale Echo</span></div>"
    )
    return middle_page(group)


@pytest.mark.parametrize(
    ("img_class", "caption_class", "credit_class"),
    [
        ("blkBorder img-share", "imageCaption", "imageCredit"),
        ("shareable-image lazy", "media-caption", "media-credit"),
        ("js-share-image", "pic__caption", "pic__credit"),
        ("hero", "imageCaption", "imageCredit"),
    ],
)
def test_a_picture_named_for_its_share_overlay_keeps_its_caption_and_credit(
    img_class, caption_class, credit_class
):
    html = image_group(img_class, caption_class, credit_class)
    caption = "The old kiln at Marlow Bottom, fired for the last time in 1968"
    assert image_pairs(html) == [(caption, "Tobias Greaves/Vale Echo")]
    assert caption not in texts(parse_html(html))


def test_a_share_buttons_icon_is_still_no_picture():
    icon = "<img class='share-icon' src='https://example.org/static/icons/whatsapp.svg' alt=''>"
    html = middle_page(f"<p>{icon}</p>")
    assert not parse_html(html).images


@pytest.mark.parametrize(
    "head",
    [
        "<span class='mol-style-bold'>Night patrols on the allotments</span>",
        "<span class='text-bold'>What happens next</span>",
        "<span class='articleText isBold'>A long wait for the ferry</span>",
        "<span class='u-heavy'>Where the money went</span>",
        "<span style='font-weight: 700'>The view from the harbour</span>",
    ],
)
def test_a_paragraph_bold_by_its_spans_class_or_style_is_a_head(head):
    html = middle_page(f"<p>{head}</p>")
    found = [b.text for b in parse_html(html).body if b.type == "subheading"]
    assert found == [head[head.index(">") + 1 : head.rindex("<")]]


@pytest.mark.parametrize(
    "line",
    [
        "<span class='semibold'>Night patrols on the allotments</span>",
        "<span class='boldface-note'>What happens next</span>",
        "<span class='text-bold'>The patrols start on Monday and run until March.</span>",
    ],
)
def test_a_span_not_set_bold_or_a_sentence_is_no_head(line):
    html = middle_page(f"<p>{line}</p>")
    assert not [b for b in parse_html(html).body if b.type == "subheading"]


@pytest.mark.parametrize(
    "call",
    [
        "<p><span class='style-bold'>Do you know more? Email tips@valeecho.example</span></p>",
        "<p>Have you been affected by the closures? Email newsdesk@harbourpost.example</p>",
        "<p><strong>Were you there? Call 0161 496 0112</strong></p>",
        "<p>Did you see the fire? Contact us on 0800 555 0199</p>",
        "<p><em>Share your story: stories@northgazette.example</em></p>",
        "<p>Contact the newsroom at 0113 496 0777 or desk@ridgetimes.example</p>",
        "<p>Does anyone know more about the missing bell? Message us on 07700 900 456</p>",
    ],
)
def test_a_tip_off_call_closing_the_text_is_chrome(call):
    assert len(closing_texts(call)) == 3


@pytest.mark.parametrize(
    "line",
    [
        "<p>Do you know more about the mill? Historians in the town say its records were lost"
        " in a flood in 1953, and no one has found a copy since.</p>",
        "<p>Anyone who saw the crash should contact police on 0800 555 0101.</p>",
        "<p>Were you there when the bridge closed, the inspector asked each of the drivers.</p>",
    ],
)
def test_a_sentence_about_knowing_or_calling_stays(line):
    assert len(closing_texts(line)) == 4


def deck_page(head: str, tag: str = "h2") -> str:
    """A page whose header holds the headline, a head right under it, a byline and the lead
    picture with its caption, the text in a box of its own after the header."""
    header = (
        f"<header class='story-head'><h1>Quarry to close after ninety years</h1><{tag}>{head}"
        f"</{tag}><div class='by'><span>Ines Holloway-Marsh</span></div><figure>"
        "<img src='https://example.org/up/quarry-face.jpg' alt='A quarry face' width='640'>"
        "<figcaption><p>The quarry face above Coldharbour in November (Dale Strickland/Moor"
        " News)</p></figcaption></figure></header>"
    )
    body = "<div class='story-body'>" + paragraphs(3) + "</div>"
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Quarry</title></head>"
        f"<body><main><article>{header}{body}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "tag"),
    [
        ("Two hundred workers say they were told of the decision by text message", "h2"),
        ("The owners blame falling demand for stone and the cost of fuel", "h2"),
        ("Residents of Coldharbour fear for the village school once the jobs go.", "h3"),
    ],
)
def test_a_head_under_the_headline_a_sentence_long_is_the_deck(head, tag):
    document = parse_html(deck_page(head, tag))
    assert head not in texts(document)
    assert not [b for b in document.body if b.type == "subheading"]


def test_a_short_head_under_the_headline_stays_a_head():
    document = parse_html(deck_page("Background"))
    assert [b.text for b in document.body if b.type == "subheading"] == ["Background"]


PHOTO = "<img src='https://example.org/up/fair.jpg' alt='The fair'>"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Stalls at the winter fair on Sunday. (Gazette Photo)", "Gazette Photo"),
        ("Riders at the Kestrel Park meet. (PTI photo)", "PTI photo"),
        ("The old signal box before its repair. (File photo)", "File photo"),
        ("Dancers on the ghat at dusk. (Photo: Meera Iyengar-Bose)", "Meera Iyengar-Bose"),
        (
            "Crowds at the stadium gates. (Express Photo by Kunal Dhawan)",
            "Kunal Dhawan",
        ),
        ("A heron on the reservoir wall. (Harbour Trust Picture)", "Harbour Trust Picture"),
    ],
)
def test_a_bracketed_holder_before_a_pictures_word_is_the_credit(caption, credit):
    head = caption[: caption.rindex(" (")]
    assert image_pairs(figure_page(PHOTO, caption)) == [(head, credit)]


@pytest.mark.parametrize(
    "caption",
    [
        "A queue outside a polling station. (Representational image)",
        "The entry that took first place (Winning Photo)",
        "She holds up the award (a photo of her late father)",
    ],
)
def test_a_bracketed_note_on_the_picture_is_no_credit(caption):
    assert image_pairs(figure_page(PHOTO, caption)) == [(caption, None)]
