"""Rules found on the ninth fresh batch of unseen templates (html_stress/fresh9)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def block(kind: str, inner: str) -> str:
    """A site builder's block: every one named 'sb-widget', its kind after it."""
    container = f"<div class='sb-widget-container'>{inner}</div>"
    return f"<div class='sb-element sb-widget sb-widget-{kind}'>{container}</div>"


def builder_post(blocks: str) -> str:
    """The post's content box, named by the builder's word and as the post's content."""
    return f"<div class='sb-element sb-widget sb-widget-theme-post-content'>{blocks}</div>"


def text_block(name: str) -> str:
    return block("text-editor", f"<p>{name}. {FILLER}</p>")


FILLER_P = f"<p>Last. {FILLER}</p>"

PICTURE = block(
    "image",
    "<figure><img src='https://img.example.com/hall.jpg' alt='The hall' width='800'>"
    "<figcaption>The hall on its opening night.</figcaption></figure>",
)


def test_a_site_builders_blocks_inside_the_post_content_are_the_article():
    blocks = text_block("First") + block("heading", "<h2>Where it goes next</h2>") + PICTURE
    blocks += text_block("Second") + text_block("Third")
    doc = parse_html(page(builder_post(blocks)))
    assert texts(doc) == [
        f"First. {FILLER}",
        "Where it goes next",
        f"Second. {FILLER}",
        f"Third. {FILLER}",
    ]
    assert [i.caption for i in doc.images] == ["The hall on its opening night."]


def test_a_builder_block_with_a_chrome_word_of_its_own_is_still_chrome():
    share = block("share-buttons", "<p>Share this story with your friends and neighbours.</p>")
    blocks = text_block("First") + share + text_block("Second") + text_block("Third")
    doc = parse_html(page(builder_post(blocks)))
    assert not any("Share this" in t for t in texts(doc))
    assert len(texts(doc)) == 3


def test_blocks_named_so_outside_the_post_content_are_still_chrome():
    blocks = text_block("First") + text_block("Second") + text_block("Third")
    aside = "<p>Our opening hours are on the notice board.</p>"
    aside = f"<div class='sb-widget sb-widget-text'>{aside}</div>"
    doc = parse_html(page(builder_post(blocks) + aside))
    assert not any("opening hours" in t for t in texts(doc))
    assert len(texts(doc)) == 3


def forum_picture(facts: str) -> str:
    """A forum's enlargement link: the picture with a line of file facts drawn on it."""
    src = "https://forum.example.org/uploads/original/ab12cd.jpeg"
    return (
        f"<div class='lightbox-wrapper'><a class='lightbox' href='{src}'>"
        f"<img src='{src}' alt='The weir in flood' width='690'>"
        f"<div class='meta'>{facts}</div></a></div>"
    )


def test_a_picture_links_file_name_and_size_are_no_text():
    facts = "<span class='filename'>weir-flood.jpeg</span><span>2048×1365 412 KB</span>"
    caption = "<p><em>The weir on Sunday morning. Photo: Ann Pike</em></p>"
    doc = parse_html(page(paragraphs(2) + forum_picture(facts) + caption + FILLER_P))
    assert not any("KB" in t or "jpeg" in t for t in texts(doc))
    assert [(i.caption, i.credit) for i in doc.images] == [
        ("The weir on Sunday morning.", "Ann Pike")
    ]


def test_a_download_link_without_a_picture_keeps_its_file_facts():
    link = "<a href='https://example.org/plans.jpeg'>plans.jpeg 2.4 MB</a>"
    line = f"<p>The drawings are online as one file, {link}, for anyone to read.</p>"
    doc = parse_html(page(paragraphs(2) + line))
    assert any("plans.jpeg 2.4 MB" in t for t in texts(doc))
