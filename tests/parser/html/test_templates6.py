"""Rules found on the sixth fresh batch of unseen templates (html_stress/fresh6)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


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


# The sixth batch's leftovers (html18a): a blog's name over its post's title, a sponsored box,
# a story's counters.


def blog_post(title: str, post_title: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<header id='header'><h1 class='blog-title'><a href='/'>wool and weather</a></h1></header>"
        f"<section id='posts'><article class='post'><h2 class='title'>{post_title}</h2>"
        f"<div class='body-text'>{paragraphs(3)}</div></article></section></body></html>"
    )


def test_a_title_running_on_past_the_posts_heading_names_the_post():
    # The title is the post's first words; its heading is the start of them.
    doc = parse_html(
        blog_post("wool and weather — Finished the jumper at last", "Finished the jumper")
    )
    assert doc.headline == "Finished the jumper"


def test_a_short_heading_at_the_start_of_the_title_does_not_name_the_post():
    # Two words at the start of the title's rest are a section's name, not the post's title.
    doc = parse_html(blog_post("wool and weather — Winter count at Saltcote", "Winter count"))
    assert doc.headline == "wool and weather"
    doc = parse_html(blog_post("wool and weather — Finished the jumper", "The jumper at last"))
    assert doc.headline == "wool and weather"


def test_a_sponsored_box_is_not_body():
    award = (
        "<div class='motm-box'><h3>Man of the match</h3><p class='name'>Dara Quinn</p>"
        "<p>Sponsored by Quayside Motors</p><a href='/vote'>Vote now</a></div>"
    )
    vote = (
        "<div class='fan-vote'><div><h4>Player of the day</h4><p>Cast your vote</p></div>"
        "<p>In association with <a href='https://x.example'>Harbour Tyres</a></p></div>"
    )
    for box in (award, vote):
        assert body_texts(box) == [f"Paragraph {i}. {FILLER}" for i in (1, 2)] + [
            f"B 1. {FILLER}"
        ], box


def test_a_sentence_about_a_sponsor_and_a_box_without_a_sponsor_line_stay():
    line = "<p>Sponsored by the harbour board, the scheme has planted 400 trees this year.</p>"
    assert "Sponsored by the harbour board, the scheme has planted 400 trees this year." in (
        body_texts(line)
    )
    box = "<div class='motm-box'><h3>Man of the match</h3><p>Dara Quinn, for his free kick</p>"
    box += "</div>"
    assert "Dara Quinn, for his free kick" in body_texts(box)
    # A sponsor's line alone in the text is the text's to keep.
    assert "Supported by the Lottery Fund" in body_texts("<p>Supported by the Lottery Fund</p>")


def test_a_storys_counters_are_not_body():
    counters = (
        "<div class='jk'><div class='pw-multi-vote-count'><p>1.2K</p></div>"
        "<div class='pw-responses-count'><p>38</p></div></div>"
    )
    doc = parse_html(page(counters + paragraphs(3)))
    assert [b.text for b in doc.body if b.text] == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_number_in_a_head_or_outside_a_counter_stays():
    head = "<h2><span class='counter'>1.</span> Define your target</h2>"
    assert "1. Define your target" in body_texts(head)
    figure = "<div class='stat'><p>38</p></div>"
    assert "38" in body_texts(figure)


def pictures_of(box: str) -> list:
    return list(parse_html(page(paragraphs(1) + box + paragraphs(2, "B"))).images)


def test_a_video_players_poster_is_no_picture_and_its_caption_no_text():
    for mark in ("wv-player__placeholder", "video-player", "jwplayer"):
        player = (
            f"<div class='media-lead'><div class='{mark}'><img src='/v/cows-poster.jpg' alt=''>"
            "</div><p class='media-lead__caption'>Watch: Firefighters guide cows to a field</p>"
            "</div>"
        )
        assert pictures_of(player) == [], mark
        assert "Watch: Firefighters guide cows to a field" not in body_texts(player)


def test_a_players_picture_on_a_sports_page_stays():
    # A footballer's profile box is no video player.
    box = (
        "<figure class='player-profile'><img src='/p/quinn.jpg' alt='Dara Quinn'>"
        "<figcaption>Dara Quinn signed from Eastfield in the summer.</figcaption></figure>"
    )
    (image,) = pictures_of(box)
    assert image.caption == "Dara Quinn signed from Eastfield in the summer."


def test_a_summary_sentence_above_the_lead_picture_is_a_deck():
    # A CMS's summary field, then its media field, then the body field.
    deck = "A cooperative owned by 900 residents will sell power to the grid from January."
    body = (
        f"<div class='field--name-field-summary'>{deck}</div>"
        "<div class='field--name-field-media'><img src='/m/solar.jpg' alt='Panels'></div>"
        f"<div class='field--name-body'>{paragraphs(3)}</div>"
    )
    assert texts(parse_html(page(body))) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]


def test_a_summary_sentence_the_text_goes_on_from_stays():
    # No picture between it and the text: the lede, whatever stands further down.
    lede = "Three people have died in the protests, after clashes between the two sides."
    body = f"<div class='summary'><p>{lede}</p></div>{paragraphs(1)}"
    body += f"<figure><img src='/m/square.jpg' alt='Square'></figure>{paragraphs(2, 'B')}"
    assert texts(parse_html(page(body)))[0] == lede


def leaf(text: str, kind: str = "text") -> str:
    return f"<div class='block-{kind}'><div class='leaf'>{text}</div></div>"


def block_editor_page(after: str = "") -> str:
    # Every line its own box of one leaf, as a block editor (Notion) draws a page.
    lines = [
        leaf(f"Paragraph 1. {FILLER}"),
        "<div class='block-head'><h3>Opening a shift</h3></div>",
        leaf("Two volunteers open each shift."),
        leaf("Unlock the cage and switch on the laptop.", "bullet"),
        leaf(f"Paragraph 2. {FILLER}"),
        leaf(f"Paragraph 3. {FILLER}"),
    ]
    return (
        "<!doctype html><html><head><title>How we run the library</title></head><body>"
        "<div class='page'><div class='title-block'><h1>How we run the library</h1></div>"
        f"<div class='content'>{''.join(lines)}{after}</div></div></body></html>"
    )


def test_a_block_editors_short_boxes_between_its_paragraphs_are_text():
    doc = parse_html(block_editor_page())
    assert texts(doc) == [
        f"Paragraph 1. {FILLER}",
        "Opening a shift",
        "Two volunteers open each shift.",
        "Unlock the cage and switch on the laptop.",
        f"Paragraph 2. {FILLER}",
        f"Paragraph 3. {FILLER}",
    ]


def test_a_box_after_a_block_editors_last_paragraph_stays_out():
    doc = parse_html(block_editor_page(leaf("Old rota (2024)", "toggle")))
    assert texts(doc)[-1] == f"Paragraph 3. {FILLER}"


def test_a_sponsored_storys_header_keeps_its_headline():
    # The sponsor's line beside the headline: the header is no box to drop.
    doc = parse_html(
        "<!doctype html><html><head><title>Ferry returns to the island</title></head><body>"
        "<article><header><h1>Ferry returns to the island</h1><p>Sponsored by Quayside Motors</p>"
        f"</header>{paragraphs(3)}</article></body></html>"
    )
    assert doc.headline == "Ferry returns to the island"
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]
