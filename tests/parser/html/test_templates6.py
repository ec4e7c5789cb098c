"""Rules found on the sixth fresh batch of unseen templates (html_stress/fresh6)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs


def picture(caption: str) -> tuple[str, str | None]:
    figure = f"<figure><img src='/f/pier.jpg' alt='Pier'><figcaption>{caption}</figcaption>"
    figure += "</figure>"
    (image,) = parse_html(page(paragraphs(1) + figure + paragraphs(2, "B"))).images
    return image.caption, image.credit


def test_new_credit_labels_are_taken_off():
    assert picture("The pier at low tide. 📷 Sam Ortiz") == ("The pier at low tide.", "Sam Ortiz")
    assert picture("The pier at low tide. (photo credit: Ana Lima)") == (
        "The pier at low tide.",
        "Ana Lima",
    )
    caption = "The pier at low tide. <small>Image © Harbour Trust / Kit Morrow</small>"
    assert picture(caption) == ("The pier at low tide.", "Harbour Trust / Kit Morrow")


def test_a_caption_mentioning_a_camera_or_an_image_keeps_its_words():
    # No label: a camera's name and the word 'image' in a sentence are the caption's own.
    assert picture("Vera with her first camera, 1971.")[1] is None
    assert picture("An image of the pier from the lighthouse.")[1] is None
    assert picture("The pier at low tide (photo of 1962)")[1] is None


def body_texts(extra: str) -> list[str]:
    doc = parse_html(page(paragraphs(2) + extra + paragraphs(1, "B")))
    return [b.text for b in doc.body if b.text]


def test_a_heads_permalink_mark_is_not_its_text():
    head = "<h3 class='header-anchor-post'>Why the vent matters<div><a href='#why'>#</a></div></h3>"
    assert "Why the vent matters" in body_texts(head)
    pilcrow = "<h2 id='costs'>What it costs <a class='anchor' href='#costs'>¶</a></h2>"
    assert "What it costs" in body_texts(pilcrow)


def test_a_hashtag_link_stays():
    line = "<p>Send your pictures with <a href='#tags'>#harbourlights</a> by Friday.</p>"
    assert "Send your pictures with #harbourlights by Friday." in body_texts(line)


def test_a_donate_box_and_a_list_of_references_are_not_body():
    donate = (
        "<div class='donate-inline'><h3>£10 could buy a week of lunches</h3>"
        "<p>Help us keep the kitchen open.</p></div>"
    )
    references = (
        "<div id='references' class='c-article-references'><h2>References</h2>"
        "<ol><li><p>Doe, J. et al. <i>J. Ecol.</i> <b>4</b>, 12 (2026).</p></li></ol></div>"
    )
    for extra in (donate, references):
        assert len(body_texts(extra)) == 3, extra


def test_text_about_references_and_donations_stays():
    # Words in the text, not a box's marks; a box marked so without a list.
    line = "<p>Donate your old coats at the library, which needs references for volunteers.</p>"
    assert len(body_texts(line)) == 4
    box = "<div class='references-note'><p>The council's own figures were used throughout.</p>"
    box += "</div>"
    assert "The council's own figures were used throughout." in body_texts(box)
