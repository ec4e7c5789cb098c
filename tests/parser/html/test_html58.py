"""Rules of html58, on made-up snippets: 'Image source:' a credit's label, a support box's title
read apart from its line, a bare <div> head between paragraphs, an embed's lone line, a
disclosure's <summary> a box's title, an item box wrapping one paragraph a point, a card with no
address, and an editor's note closing the text; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from api.parser.html.text_chrome import EDIT_NOTE
from tests.parser.html.pages import (
    FILLER,
    closing_texts,
    image_pairs,
    middle_page,
    middle_texts,
    page,
    paragraphs,
    texts,
)

# ---- 'Image source:' labels a credit (credits.LABEL) ----------------------------------------


@pytest.mark.parametrize(
    ("box", "pair"),
    [
        # the credit after a <br> in the caption's own box, under the picture
        (
            "<div class='pic'><img src='/m/a.jpg' alt='A tram'><div class='pic-cap'>A tram"
            " crosses the bridge at dawn.<br>Image source: Lumen Wire</div></div>",
            ("A tram crosses the bridge at dawn.", "Lumen Wire"),
        ),
        # glued to the caption's stop
        (
            "<div><img src='/m/b.jpg' alt='Stalls'><div>Stalls on the quay before the market"
            " opens.Image source: Getty Images/Ola Brandt</div></div>",
            ("Stalls on the quay before the market opens.", "Getty Images/Ola Brandt"),
        ),
        # in a figure, lower case 'source'
        (
            "<figure><img src='/m/c.jpg' alt='A kiln'><figcaption>The kiln at the Hollow Lane"
            " works. Image Source: Pottery Guild</figcaption></figure>",
            ("The kiln at the Hollow Lane works.", "Pottery Guild"),
        ),
    ],
)
def test_image_source_labels_the_credit(box, pair):
    assert image_pairs(middle_page(box)) == [pair]


def test_a_caption_naming_an_image_source_in_its_sentence_keeps_it():
    """'the image source' inside a sentence labels nothing."""
    box = (
        "<figure><img src='/m/d.jpg' alt='A map'><figcaption>A map drawn from the image source"
        " the survey used.</figcaption></figure>"
    )
    assert image_pairs(middle_page(box)) == [
        ("A map drawn from the image source the survey used.", None)
    ]


def test_a_real_paragraph_after_a_picture_stays_text():
    """A paragraph after a picture's box is the text's, not its caption."""
    found = middle_texts(
        "<div class='pic'><img src='/m/e.jpg' alt='Boats'></div><p>Image sources differ on the"
        f" date. {FILLER}</p>"
    )
    assert any(line.startswith("Image sources differ") for line in found)


# ---- a support box's title read apart from its line (clean.appeal_box) ----------------------


@pytest.mark.parametrize(
    "box",
    [
        # the pitch's word in the title only, the title glued to the line in the tree
        "<div class='x-box'><h4>Support our journalism</h4><p>Become a member of the Quay Post"
        " community. <a>Join us</a></p></div>",
        "<div><h3>Back independent reporting</h3><p>It takes a few dollars a month.</p><a>Chip"
        " in</a></div>",
        "<section><h4>For our readers</h4><p>Help keep the lights on this winter. <a>Donate</a>"
        "</p></section>",
    ],
)
def test_a_support_box_after_the_text_is_chrome(box):
    found = closing_texts(box)
    assert len(found) == 3 and all(line.endswith(FILLER) for line in found)


@pytest.mark.parametrize(
    "box",
    [
        # a charity's call in the story names none of the readers who pay
        "<div><h4>How to help</h4><p>The shelter on Mill Road takes volunteers on weekends."
        " <a>Join us</a></p></div>",
        # a paragraph that mentions support, its link inside the sentence
        "<p>Readers who want to support the rowing club can <a>join the club</a> this spring"
        " and row on Sundays.</p>",
    ],
)
def test_a_call_to_support_that_is_the_storys_stays(box):
    found = closing_texts(box)
    assert len(found) > 3


# ---- a bare <div> head between paragraphs (blocks.head_between_paragraphs) -------------------


def two_paragraphs(prefix: str) -> str:
    """Two paragraphs set apart by <br><br> in one <p>."""
    return f"<p>{prefix} one. {FILLER}<br><br>{prefix} two. {FILLER}</p>"


@pytest.mark.parametrize(
    ("body", "heads"),
    [
        # two heads of one class, the second after a picture
        (
            two_paragraphs("A")
            + "<div class='sub'>Harbour works</div>"
            + two_paragraphs("B")
            + "<figure><img src='/m/f.jpg' alt='A quay'><figcaption>The quay.</figcaption>"
            "</figure><div class='sub'>What comes next</div>" + two_paragraphs("C"),
            ["Harbour works", "What comes next"],
        ),
        # one head, no class, between plain paragraphs
        (paragraphs(2) + "<div>The costs</div>" + paragraphs(2, "D"), ["The costs"]),
        # a head with a span inside
        (
            paragraphs(2) + "<div class='x'><span>Who pays</span></div>" + paragraphs(1, "E"),
            ["Who pays"],
        ),
    ],
)
def test_a_div_line_between_paragraphs_is_a_head(body, heads):
    document = parse_html(page(body))
    assert [b.text for b in document.body if b.type == "subheading"] == heads


@pytest.mark.parametrize(
    "line",
    [
        "<div>Then the rain came.</div>",  # a sentence
        "<div><a>Ferry timetable</a></div>",  # a link
    ],
)
def test_a_div_line_that_is_no_head(line):
    document = parse_html(page(paragraphs(2) + line + paragraphs(2, "F")))
    assert not [b for b in document.body if b.type == "subheading"]


def test_an_ad_label_beside_its_slot_is_no_head():
    """A label over an ad's empty slot, between paragraphs: no head."""
    slot = "<div class='stream'><span>Matangazo</span><ins class='slot'></ins></div>"
    assert not [
        b
        for b in parse_html(page(paragraphs(2) + slot + paragraphs(2))).body
        if b.type == "subheading"
    ]


def test_a_page_mark_between_jump_lines_is_no_head():
    """A printed page's mark between its jump lines (no sentences) is no head."""
    body = (
        paragraphs(2)
        + "<p>See HARBOUR, Page B4</p><div class='brk'><span>Page B4</span></div>"
        + "<p>HARBOUR: Continued from Page B1</p>"
        + paragraphs(2, "K")
    )
    assert not [b for b in parse_html(page(body)).body if b.type == "subheading"]


def test_a_div_line_after_a_picture_alone_is_no_head():
    """After a picture, with no head of its class standing between paragraphs: no head."""
    body = (
        paragraphs(2)
        + "<figure><img src='/m/g.jpg' alt='A pier'></figure><div class='note'>Pier at low tide"
        "</div>" + paragraphs(2, "G")
    )
    assert not [b for b in parse_html(page(body)).body if b.type == "subheading"]


# ---- an embed's lone line (clean.embed_copy) -------------------------------------------------


@pytest.mark.parametrize(
    "embed",
    [
        # a video's caption beside its frame
        "<div class='v'><iframe src='https://video.example/embed/1'></iframe><p class='v-c'>"
        "Watch: how the lock gates open</p></div>",
        # a social post's copy beside its frame
        "<div class='post-embed'><iframe src='https://social.example/embed/post/9'></iframe>"
        "<p>Proud of the crew today! Launch day is here</p></div>",
        # a player and a span line in a figure
        "<figure><video src='/v/2.mp4'></video><span>Drone footage of the estuary</span></figure>",
    ],
)
def test_the_lone_line_of_an_embed_is_chrome(embed):
    found = middle_texts(embed)
    assert len(found) == 4 and all(line.endswith(FILLER) for line in found)


@pytest.mark.parametrize(
    ("box", "count"),
    [
        # the text's paragraphs around a player in the same box
        (
            f"<div><p>Before. {FILLER}</p><iframe src='https://video.example/embed/3'></iframe>"
            f"<p>After. {FILLER}</p></div>",
            6,
        ),
        # a long paragraph next to a frame is the text's
        (
            f"<div><iframe src='https://video.example/embed/4'></iframe><p>Lone. {FILLER}"
            f" {FILLER}</p></div>",
            5,
        ),
    ],
)
def test_text_beside_a_frame_stays(box, count):
    assert len(middle_texts(box)) == count


# ---- a disclosure's <summary> a box's title (article.titled) --------------------------------

POINTS = "<ul><li>Fares fall in May.</li><li>Two boats join.</li><li>The pier reopens.</li></ul>"


@pytest.mark.parametrize(
    "box",
    [
        f"<aside class='q'><details open><summary>Quick take</summary>{POINTS}</details></aside>",
        f"<aside><details><summary>Key points</summary>{POINTS}</details></aside>",
        f"<aside><details open><summary>What to know</summary>{POINTS}</details></aside>",
    ],
)
def test_a_key_points_disclosure_gives_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == ("Fares fall in May.", "Two boats join.", "The pier reopens.")


def test_a_faq_disclosure_inside_the_text_stays_text():
    """A <details> question and answer inside the text gives no bullets."""
    faq = (
        "<details><summary>What does a ticket cost?</summary><p>A return ticket costs four"
        f" pounds. {FILLER}</p></details>"
    )
    document = parse_html(page(paragraphs(2) + faq + paragraphs(2, "H")))
    assert document.bullets == ()
    assert any(line.startswith("A return ticket") for line in texts(document))


def test_a_sources_disclosure_gives_no_bullets():
    box = f"<aside><details><summary>Sources</summary>{POINTS}</details></aside>"
    assert parse_html(page(box + paragraphs(3))).bullets == ()


# ---- an item box wrapping one paragraph is a point line (article.is_point_line) -------------


def item_box(title: str, item: str = "<div class='s-item'><p>{}</p></div>") -> str:
    """A summary box: a title <p> and three item boxes, each wrapping a <p>."""
    lines = ("Fares fall in May.", "Two boats join the route.", "The pier reopens in June.")
    items = "".join(item.format(line) for line in lines)
    return f"<div class='s-box'><p class='s-title'>{title}</p>{items}</div>"


@pytest.mark.parametrize(
    "box",
    [
        item_box("SUMMARY"),
        item_box("Key points", "<div class='kp'><p>{}</p></div>"),
        item_box("In brief", "<div><p><span>{}</span></p></div>"),
    ],
)
def test_item_boxes_of_one_paragraph_give_the_bullets(box):
    document = parse_html(page(box + paragraphs(3)))
    assert document.bullets == (
        "Fares fall in May.",
        "Two boats join the route.",
        "The pier reopens in June.",
    )


def test_item_boxes_of_two_paragraphs_are_no_points():
    box = item_box("Key points", "<div class='kp'><p>{}</p><p>More on it, at length.</p></div>")
    assert parse_html(page(box + paragraphs(3))).bullets == ()


def test_item_boxes_inside_the_text_are_the_texts():
    body = paragraphs(2) + item_box("Key points") + paragraphs(2, "J")
    assert parse_html(page(body)).bullets == ()


# ---- a card with no address (clean.story_card) -----------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        "<div class='x'><span>ALSO READ</span><a><img src='/t/1.jpg' alt='Cookies'>How a small"
        " bakery found its first thousand buyers</a></div>",
        "<div><a><img src='/t/2.jpg' alt=''><span>Why the night ferry lost money last"
        " year</span></a></div>",
        "<div class='rel-box'><p>More</p><a><img src='/t/3.jpg' alt='A van'>The van that"
        " brings the library to the islands</a></div>",
    ],
)
def test_a_card_with_no_address_is_chrome(card):
    document = parse_html(middle_page(card))
    assert len(texts(document)) == 4 and not document.images


def test_a_picture_in_a_link_with_no_address_and_no_title_stays():
    """A picture alone in a link with no address, its caption outside: the story's."""
    box = (
        "<figure><a><img src='/m/h.jpg' alt='A seal'></a><figcaption>A seal on the slipway."
        "</figcaption></figure>"
    )
    assert image_pairs(middle_page(box)) == [("A seal on the slipway.", None)]


# ---- an editor's note closing the text (text_chrome.EDIT_NOTE) -------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "<p class='ed'><em>(Edited by Kestrin Halloway)</em></p>",
        "<p>[Edited and translated by Ruth Ansah]</p>",
        "<p><i>(Editing by Tom Okonjo.)</i></p>",
    ],
)
def test_an_editors_note_closing_the_text_is_chrome(note):
    found = closing_texts(note)
    assert len(found) == 3 and all(line.endswith(FILLER) for line in found)


@pytest.mark.parametrize(
    "line",
    [
        "The film was edited by Ann Lee over two winters.",
        "(The interview was edited by the author for length.)",
        "(Edited by hand, the map shows the old quay.)",
    ],
)
def test_a_line_about_editing_is_no_note(line):
    assert EDIT_NOTE.fullmatch(line) is None
    assert closing_texts(f"<p>{line}</p>")[-1] == line


def test_an_editors_note_inside_the_text_stays():
    found = middle_texts("<p>(Edited by Nadia Ferreira)</p>")
    assert "(Edited by Nadia Ferreira)" in found
