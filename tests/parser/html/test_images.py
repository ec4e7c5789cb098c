"""Pictures: the real source behind lazy loading, chrome pictures left out, caption and credit."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs, texts

URL = "https://news.example/island/ferry-returns"


def images(body: str, head: str = ""):
    return parse_html(page(paragraphs(2) + body + paragraphs(2, "B"), head=head), url=URL).images


@pytest.mark.parametrize(
    ("img", "src"),
    [
        ("<img src='/p/ferry.jpg'>", "https://news.example/p/ferry.jpg"),
        ("<img src='data:image/gif;base64,R0lG' data-src='ferry.jpg'>", "https://news.example/island/ferry.jpg"),
        ("<img srcset='/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w'>", "https://news.example/l.jpg"),
        ("<img data-lazy-src='//cdn.example/f.jpg' src='/blank.png'>", "https://cdn.example/f.jpg"),
        ("<picture><source srcset='/w.webp 800w'><img></picture>", "https://news.example/w.webp"),
    ],
)  # fmt: skip
def test_the_source_is_absolute_and_lazy_loading_understood(img, src):
    found = images(f"<figure>{img}<figcaption>The ferry at dawn.</figcaption></figure>")
    assert [i.src for i in found] == [src]


@pytest.mark.parametrize(
    "img",
    [
        "<img src='/t/pixel.gif' width='1' height='1'>",
        "<img src='/brand/logo.png'>",
        "<img src='/icons/share.png' class='icon'>",
        "<img src='/staff/jane.jpg' class='author-headshot'>",
        "<img src='/ads/summer-sale.jpg'>",
        "<img src='javascript:alert(1)'>",
        "<img src='/arrow.svg'>",
    ],
)
def test_pixels_icons_logos_headshots_ads_and_unsafe_sources_are_left_out(img):
    assert images(img) == ()


def test_caption_and_credit_elements_are_split():
    figure = (
        "<figure><img src='/p/a.jpg' alt='The pier'><figcaption>Riders wait on the pier."
        " <span class='credit'>Photo: Jane Doe/AP</span></figcaption></figure>"
    )
    (image,) = images(figure)
    assert (image.alt, image.caption, image.credit) == (
        "The pier",
        "Riders wait on the pier.",
        "Jane Doe/AP",
    )


def test_a_credit_glued_to_the_caption_is_split_by_the_text_rules():
    caption = "<figcaption>Riders wait. (Jane Doe/Reuters)</figcaption>"
    figure = f"<figure><img src='/p/a.jpg'>{caption}</figure>"
    (image,) = images(figure)
    assert (image.caption, image.credit) == ("Riders wait.", "Jane Doe/Reuters")


def test_a_picture_box_without_figure_and_a_credit_beside_the_caption():
    box = (
        "<div class='asset-image'><div><img src='/p/b.jpg'></div><div class='image-meta'>"
        "<div class='image-caption'>The harbour at noon.</div>"
        "<div class='image-credit'>John Roe, Island Times</div></div></div>"
    )
    (image,) = images(box)
    assert (image.caption, image.credit) == ("The harbour at noon.", "John Roe, Island Times")


def test_a_labelled_second_caption_line_is_the_credit():
    figure = (
        "<figure><img src='/p/c.jpg'><figcaption>Gulls over the bay.</figcaption>"
        "<figcaption class='below'>Photo: Getty Images</figcaption></figure>"
    )
    (image,) = images(figure)
    assert (image.caption, image.credit) == ("Gulls over the bay.", "Getty Images")


def test_a_json_ld_credit_is_used_when_the_caption_has_none():
    head = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "image": {"@type":'
        ' "ImageObject", "url": "https://news.example/p/d.jpg", "creditText": "Ann Lee"}}'
        "</script>"
    )
    (image,) = images(
        "<figure><img src='/p/d.jpg'><figcaption>Nets drying.</figcaption></figure>", head
    )
    assert (image.caption, image.credit) == ("Nets drying.", "Ann Lee")


def test_a_picture_without_alt_takes_the_headline_and_stands_where_it_is():
    doc = parse_html(
        page(paragraphs(1) + "<figure><img src='/p/e.jpg'></figure>" + paragraphs(1, "B")), url=URL
    )
    assert doc.images[0].alt == "Ferry returns to the island"
    assert [b.type for b in doc.body] == ["paragraph", "image", "paragraph"]
    assert doc.to_dict()["images"][0]["src"] == "https://news.example/p/e.jpg"


def test_a_box_marked_both_caption_and_source_holds_the_caption_and_the_credit():
    box = (
        "<p><span class='image-box'><img src='/p/f.jpg'><span class='caption-source'>"
        "<span class='caption'>Boats at rest.</span><span class='source'>Reuters</span>"
        "</span></span></p>"
    )
    (image,) = images(box)
    assert (image.caption, image.credit) == ("Boats at rest.", "Reuters")


def test_a_lead_picture_beside_the_text_container_is_kept():
    lead = "<figure><img src='/p/lead.jpg'><figcaption>The quay.</figcaption></figure>"
    doc = parse_html(page(lead + f"<div class='text'>{paragraphs(4)}</div>"), url=URL)
    assert [i.caption for i in doc.images] == ["The quay."]
    assert doc.lead_images == [0]  # above the text: a lead picture, as in an export


def test_a_json_ld_credit_matches_a_resized_copy_of_the_picture():
    head = (
        '<script type=\'application/ld+json\'>{"@type": "ImageObject", "url":'
        ' "https://news.example/p/g.jpg?w=2000", "copyrightHolder": {"name": "Sea Co"}}'
        "</script>"
    )
    figure = "<figure><img src='/p/g.jpg?w=600'><figcaption>Sails.</figcaption></figure>"
    (image,) = images(figure, head)
    assert image.credit == "Sea Co"


@pytest.mark.parametrize(
    "picture",
    [
        "<div role='img' aria-label='The ferry at the pier'>The ferry at the pier</div>",
        "<span role='img' aria-label='The ferry at the pier'></span>",
        "<img alt='The ferry at the pier'>",  # an address only a script would have given
    ],
)
def test_a_figure_picture_named_by_aria_is_a_picture_without_a_file(picture):
    found = images(f"<figure>{picture}<figcaption>The ferry at dawn.</figcaption></figure>")

    assert [(i.alt, i.caption, i.src) for i in found] == [
        ("The ferry at the pier", "The ferry at dawn.", None)
    ]


def test_an_element_with_the_img_role_but_no_name_is_not_a_picture():
    found = images("<figure><div role='img'></div><figcaption>The ferry.</figcaption></figure>")

    assert found == ()


@pytest.mark.parametrize(
    ("before", "placed"),
    [
        ("<figure><img src='/lead.jpg'><figcaption>Lead.</figcaption></figure>", False),
        ("<figure><img src='/a.jpg'><figcaption>A.</figcaption></figure>"
         "<figure><img src='/b.jpg'><figcaption>B.</figcaption></figure>", False),
        ("<p>Opening paragraph of the story, long enough to be text.</p>"
         "<figure><img src='/c.jpg'><figcaption>C.</figcaption></figure>", True),
    ],
)  # fmt: skip
def test_pictures_above_the_first_text_are_lead_pictures(before, placed):
    document = parse_html(page(before + paragraphs(3)), url=URL)

    assert document.images
    in_body = [b for b in document.body if b.type == "image"]
    assert bool(in_body) is placed
    assert document.body[0].type == "paragraph"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Gulls over the bay. Photo courtesy of Harbor Works", "Harbor Works"),
        ("Gulls over the bay. <span class='credit'>Image courtesy Acme Labs</span>", "Acme Labs"),
        # Without a picture word before it, 'Courtesy of' is part of the credit.
        ("Gulls over the bay. <span class='credit'>Courtesy of Al</span>", "Courtesy of Al"),
    ],
)  # fmt: skip
def test_a_picture_courtesy_label_is_not_part_of_the_credit(line, credit):
    (image,) = images(f"<figure><img src='/p/e.jpg'><figcaption>{line}</figcaption></figure>")
    assert (image.caption, image.credit) == ("Gulls over the bay.", credit)


def test_a_caption_button_is_neither_the_caption_nor_the_text():
    figure = (
        "<figure><img src='/p/f.jpg'><figcaption class='caption'>Gulls over the bay."
        " <b class='hide-caption'>hide caption</b></figcaption>"
        "<b class='toggle-caption'><b>toggle caption</b></b></figure>"
    )
    doc = parse_html(page(paragraphs(2) + figure + paragraphs(2, "B")), url=URL)
    assert [i.caption for i in doc.images] == ["Gulls over the bay."]
    assert not any("caption" in t for t in texts(doc))


def test_a_caption_that_only_mentions_a_caption_stays():
    figure = (
        "<figure><img src='/p/g.jpg'><figcaption class='caption'>"
        "<span class='caption-text'>Crews hide the caption boards.</span></figcaption></figure>"
    )
    (image,) = images(figure)
    assert image.caption == "Crews hide the caption boards."


def name_credit(last: str):
    figure = (
        "<figure><img src='/p/h.jpg'><figcaption><span>Gulls over the bay.</span>"
        f"{last}</figcaption></figure>"
    )
    (image,) = images(figure)
    return image


def test_a_credit_span_of_a_name_and_its_agency_is_taken_whole():
    image = name_credit("<span>Ana Ruiz (EFE)</span>")
    assert (image.caption, image.credit) == ("Gulls over the bay.", "Ana Ruiz (EFE)")


def test_words_that_are_no_name_before_an_agency_are_not_its_credit():
    assert name_credit("<span>the old pier (EFE)</span>").credit == "EFE"
