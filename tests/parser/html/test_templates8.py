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


def card(inner: str, href: str = "/2025/11/30/egrets-spread-north") -> str:
    return (
        f"<div class='bucketwrap internallink'><div class='bucket img'><a href='{href}'>"
        "<img src='https://img.example.com/media/egret_sq-150.jpg' alt='' width='150'></a></div>"
        f"<div class='bucket'>{inner}</div></div>"
    )


def test_a_card_to_another_story_in_the_text_is_not_body():
    title = "<h3 class='slug'>Environment</h3><p><a href='/2025/11/30/egrets-spread-north'>"
    title += "Little egrets, once rare, now nest on every river in the county</a></p>"
    doc = parse_html(page(paragraphs(2) + card(title) + paragraphs(1, "B")))
    assert "Environment" not in texts(doc)
    assert doc.images == ()


def test_a_picture_linking_elsewhere_with_its_own_caption_stays():
    caption = "<p>Little egrets on the mud at Penwarne Point, where a pair nested this spring.</p>"
    doc = parse_html(page(paragraphs(2) + card(caption) + paragraphs(1, "B")))
    assert len(doc.images) == 1


def test_a_picture_linking_to_its_file_is_no_card():
    title = "<p><a href='https://img.example.com/media/egret_sq-150.jpg'>Egrets, bigger</a></p>"
    href = "https://img.example.com/media/egret_sq-150.jpg"
    doc = parse_html(page(paragraphs(2) + card(title, href) + paragraphs(1, "B")))
    assert len(doc.images) == 1


def test_a_header_linking_its_picture_and_title_to_the_post_stays():
    header = (
        "<div class='post-header'><a href='/posts/ferry'><img src='https://img.example.com/"
        "media/ferry.jpg' alt='The ferry' width='700'></a><h1><a href='/posts/ferry'>"
        "Ferry returns to the island</a></h1></div>"
    )
    body = header + paragraphs(3)
    html = page(body).replace("<h1>Ferry returns to the island</h1>", "")
    doc = parse_html(html)
    assert doc.headline == "Ferry returns to the island"
    assert [i.src for i in doc.images] == ["https://img.example.com/media/ferry.jpg"]


def test_a_picture_link_with_a_label_inside_is_no_card():
    box = (
        "<div class='photo'><a href='/galleries/harbour'><img src='https://img.example.com/media/"
        "harbour.jpg' alt='The harbour' width='700'><span class='overlay'>Gallery</span></a></div>"
    )
    doc = parse_html(page(paragraphs(2) + box + paragraphs(1, "B")))
    assert [i.src for i in doc.images] == ["https://img.example.com/media/harbour.jpg"]


def module_page(og_title: str, story_head: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>News Flash • Ashgrove, TN • CivicEngage</title>"
        f"<meta property='og:title' content='{og_title}'></head><body>"
        "<h1 class='moduleTitle'>News Flash</h1><div class='newsFlash'>"
        f"<h3 id='NewsFlashTitle'>{story_head}</h3>{paragraphs(3)}</div></body></html>"
    )


def test_a_heading_that_is_the_metadata_headline_beats_a_module_h1():
    title = "Boil water advisory lifted for Elm Hill"
    doc = parse_html(module_page(title, title))
    assert doc.headline == title
    assert title not in texts(doc)


def test_a_module_h1_stays_when_no_heading_is_the_metadata_headline():
    doc = parse_html(module_page("Boil water advisory lifted for Elm Hill", "Water news"))
    assert doc.headline == "News Flash"


def print_view(title: str, line: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><p id='BlogTitle'>{line}</p>"
        f"<div class='entry'>{paragraphs(3)}</div></body></html>"
    )


def test_a_print_views_title_gives_the_part_the_page_shows():
    headline = "Cockle pickers win back the north bank"
    doc = parse_html(print_view(f"Saltmarsh Gazette » {headline} » Print", headline))
    assert doc.headline == headline


def test_a_title_whose_one_long_part_the_page_does_not_show_stays_whole():
    title = "Saltmarsh Gazette » Cockle pickers win back the north bank » Print"
    doc = parse_html(print_view(title, "Saltmarsh Gazette"))
    assert doc.headline == title


def test_a_linked_heading_that_is_the_metadata_headline_is_a_teasers():
    title = "Boil water advisory lifted for Elm Hill"
    html = module_page(title, "Water news").replace(
        "</div></body>", f"</div><aside><h3><a href='/x'>{title}</a></h3></aside></body>"
    )
    html = html.replace("<aside>", "<div class='most-read'>").replace("</aside>", "</div>")
    assert parse_html(html).headline == "News Flash"


def test_a_headline_h1_worded_otherwise_than_the_metadata_stays():
    title = "Boil water advisory lifted for Elm Hill"
    html = module_page(title, title).replace("News Flash</h1>", "Elm Hill can drink again</h1>")
    assert parse_html(html).headline == "Elm Hill can drink again"
