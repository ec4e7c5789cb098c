"""Rules found on the eighth fresh batch of unseen templates (html_stress/fresh8)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs, texts


def lone_picture(name: str, alt: str = "Boats") -> str:
    src = f"https://img.example.com/media/{name}.jpg"
    return f"<p><a href='{src}'><img src='{src}' alt='{alt}' width='500'></a></p>"


def test_a_typed_caption_under_a_picture_loses_its_credit_label():
    typed = "<p><em><span>The wharf in the summer of 1964. Photo: Helm family collection</span>"
    typed += "</em></p>"
    doc = parse_html(page(paragraphs(2) + lone_picture("wharf") + typed + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The wharf in the summer of 1964.", "Helm family collection")
    ]
    assert not any("Photo:" in t for t in texts(doc))


def test_a_typed_caption_without_a_credit_stays_whole():
    typed = "<p><em>Walter Helm at the tiller, with the photo he took at the lock.</em></p>"
    doc = parse_html(page(paragraphs(2) + lone_picture("wharf") + typed + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("Walter Helm at the tiller, with the photo he took at the lock.", None)
    ]


def test_a_typed_caption_and_a_picture_without_alt_text():
    typed = "<p><em>The lock gates in 1964. Photo: Alun Marsh</em></p>"
    doc = parse_html(page(paragraphs(2) + lone_picture("gates", alt="") + typed, headline=""))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The lock gates in 1964.", "Alun Marsh")
    ]


def enlargement(name: str, after: str) -> str:
    """A picture inside its enlargement link, a box of caption and credit beside its wrapper."""
    src = f"https://img.example.com/media/{name}.jpg"
    return (
        f"<div class='imagewrap'><a href='#' class='enlarge-link'><picture>"
        f"<img src='{src}' alt='A heron' width='650'></picture></a></div>{after}"
    )


def test_a_caption_box_beside_a_pictures_link_is_its_caption():
    box = (
        "<div class='credit-caption'><div class='caption'><p>A heron at the saltmarsh edge.</p>"
        "</div><span class='credit'>Maya Oduya/KRWF</span></div>"
    )
    doc = parse_html(page(paragraphs(2) + enlargement("heron", box) + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("A heron at the saltmarsh edge.", "Maya Oduya/KRWF")
    ]
    assert "A heron at the saltmarsh edge." not in texts(doc)


def test_a_caption_paragraph_beside_a_pictures_link_is_its_caption():
    box = "<p class='wp-caption-text'>A heron at the saltmarsh edge. Photo: Maya Oduya</p>"
    doc = parse_html(page(paragraphs(2) + enlargement("heron", box) + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("A heron at the saltmarsh edge.", "Maya Oduya")
    ]


def test_a_plain_paragraph_beside_a_pictures_link_stays_text():
    line = "<p>A heron stood at the saltmarsh edge while the volunteers counted the egrets.</p>"
    doc = parse_html(page(paragraphs(2) + enlargement("heron", line) + paragraphs(1, "B")))
    assert [(i.caption, i.credit) for i in doc.images] == [("", None)]
    assert line[3:-4] in texts(doc)


def test_a_caption_box_with_its_own_picture_is_not_the_lone_pictures():
    other = (
        "<div class='caption-card'><img src='https://img.example.com/media/egret.jpg' alt='Egret'"
        " width='650'><p>An egret on the mud.</p></div>"
    )
    doc = parse_html(page(paragraphs(2) + enlargement("heron", other) + paragraphs(1, "B")))
    assert doc.images[0].caption != "An egret on the mud."


def test_a_caption_box_after_a_wrapper_holding_text_is_not_the_pictures():
    src = "https://img.example.com/media/heron.jpg"
    body = (
        f"<div class='inset'><p>The count began in 1979.</p><a href='#'><img src='{src}' alt='A'"
        " width='650'></a></div><p class='caption'>Volunteers on the sea wall at Tregarrow.</p>"
    )
    doc = parse_html(page(paragraphs(2) + body + paragraphs(1, "B")))
    assert [i.caption for i in doc.images] == [""]


def figure_in(box_class: str) -> str:
    return (
        f"<figure class='{box_class}'><img src='https://img.example.com/media/vans.jpg'"
        " alt='Vans' width='700'><figcaption>Two of the vans charging at the depot."
        " (Photo: Rafe Cotter)</figcaption></figure>"
    )


def test_a_figure_in_a_pictures_widget_is_the_articles():
    for box in ("hs-image-widget-figure", "elementor-widget-image", "widget_image"):
        doc = parse_html(page(paragraphs(2) + figure_in(box) + paragraphs(1, "B")))
        assert [(i.caption, i.credit) for i in doc.images] == [
            ("Two of the vans charging at the depot.", "Rafe Cotter")
        ], box


def test_a_widget_box_is_still_chrome():
    for box in ("widget", "widget image-gallery", "sidebar-widget"):
        doc = parse_html(page(paragraphs(2) + figure_in(box) + paragraphs(1, "B")))
        assert doc.images == (), box


def contents(label: str) -> str:
    links = "".join(
        f"<li><a href='#{slug}'>{slug.title()}</a></li>" for slug in ("routes", "vans", "costs")
    )
    return f"<div class='hs-toc'>{label}<ul>{links}</ul></div>"


def test_a_table_of_contents_title_is_neither_text_nor_head():
    for label, line in (
        ("<p><strong>In this article:</strong></p>", "In this article:"),
        ("<p>Jump to:</p>", "Jump to:"),
    ):
        doc = parse_html(page(paragraphs(1) + contents(label) + paragraphs(2, "B")))
        assert line not in texts(doc)
        assert len(texts(doc)) == 3


def test_a_line_before_a_list_of_links_that_is_a_sentence_stays():
    label = "<p>The council published three reports on the ferry this year.</p>"
    doc = parse_html(page(paragraphs(1) + contents(label) + paragraphs(2, "B")))
    assert "The council published three reports on the ferry this year." in texts(doc)


def test_a_bold_head_over_text_and_links_stays_a_head():
    box = "<div><p><strong>Where to read more</strong></p><p>" + "Text. " * 20 + "</p></div>"
    doc = parse_html(page(paragraphs(1) + box + contents("") + paragraphs(2, "B")))
    assert "Where to read more" in [b.text for b in doc.body if b.type == "subheading"]
