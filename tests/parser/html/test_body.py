"""Body rules: paragraphs, subheadings, lists in reading order; page chrome left out."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def kinds(document) -> list[str]:
    return [block.type for block in document.body]


def test_paragraphs_in_order_and_the_visible_h1_is_the_headline():
    doc = parse_html(page(paragraphs(3)))
    assert doc.headline == "Ferry returns to the island"
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in (1, 2, 3)]
    assert doc.source == "html"


@pytest.mark.parametrize("tag", ["h2", "h3", "h4"])
def test_heading_tags_are_subheadings(tag):
    doc = parse_html(page(paragraphs(1) + f"<{tag}>What comes next</{tag}>" + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "subheading", "paragraph"]
    assert doc.body[1].text == "What comes next"


@pytest.mark.parametrize(
    "head", ["<p><strong>The cost of fuel</strong></p>", "<p><b>Who rides at dawn?</b></p>"]
)
def test_short_bold_only_paragraphs_act_as_subheadings(head):
    doc = parse_html(page(paragraphs(1) + head + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "subheading", "paragraph"]


def test_a_bold_sentence_stays_a_paragraph():
    bold = "<p><b>The ferry left at nine.</b></p>"
    doc = parse_html(page(paragraphs(1) + bold + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("head", ["WHO PAYS FOR IT?", "THE NEXT STEP"])
def test_short_all_caps_paragraphs_act_as_subheadings(head):
    doc = parse_html(page(paragraphs(1) + f"<p>{head}</p>" + paragraphs(1, "B")))
    assert doc.body[1].type == "subheading"
    assert doc.body[1].text == head


def test_lists_stay_lists():
    items = "<ul><li>Buy a ticket at the pier.</li><li>Board ten minutes early.</li></ul>"
    doc = parse_html(page(paragraphs(1) + items + paragraphs(1, "B")))
    assert kinds(doc) == ["paragraph", "list", "paragraph"]
    assert doc.body[1].items == ("Buy a ticket at the pier.", "Board ten minutes early.")
    assert doc.to_dict()["body"][1] == {"type": "list", "items": list(doc.body[1].items)}


@pytest.mark.parametrize(
    "chrome",
    [
        "<div class='share-bar'><a href='https://x.example/s'>Share on social media</a> and more"
        " ways to tell your friends about this story today</div>",
        "<div class='newsletter-signup'><p>Get the best of the news in your inbox every"
        " morning, free of charge, when you sign up today.</p></div>",
        "<section id='comments'><p>I think the ferry should run every hour of the day,"
        " frankly, and so do my neighbours.</p></section>",
        "<div class='related-stories'><ul><li><a href='/a'>Bridge closes for the winter</a></li>"
        "<li><a href='/b'>New harbour master named</a></li></ul></div>",
        "<p><a href='/more'>Read more: the island's ferry history in pictures</a></p>",
        "<div class='byline'>By Jane Doe, Island Correspondent, with additional reporting</div>",
        "<aside><p>Editor's pick: the best beaches on the island for a quiet summer walk.</p>"
        "</aside>",
    ],
)
def test_page_chrome_is_not_body(chrome):
    doc = parse_html(page(paragraphs(2) + chrome + paragraphs(2, "B")))
    assert len(texts(doc)) == 4
    assert all(t.startswith(("Paragraph", "B ")) for t in texts(doc))


def test_a_pull_quote_repeating_the_body_is_left_out():
    quote = "members spoke for more than an hour about the ferry timetable"
    body = paragraphs(2) + f"<blockquote><p>“{quote}”</p></blockquote>" + paragraphs(1, "B")
    doc = parse_html(page(body))
    assert not any(t.strip("“”") == quote for t in texts(doc))
    assert len(texts(doc)) == 3


def test_text_before_the_headline_in_the_article_is_not_body():
    body = "<p class='kicker'>Island news and transport updates for everyone</p>"
    html = page(paragraphs(2)).replace("<article>", f"<article>{body}")
    assert len(texts(parse_html(html))) == 2


def test_br_separated_text_without_paragraph_tags():
    loose = "<div class='text'>" + f"First part. {FILLER}<br><br>Second part. {FILLER}" + "</div>"
    doc = parse_html(page(loose))
    assert texts(doc) == [f"First part. {FILLER}", f"Second part. {FILLER}"]


def test_an_article_split_into_chunks_styled_alike():
    chunk = "<div class='grid'><div class='article-chunk'>{}</div></div><div class='ad'>Ad</div>"
    body = chunk.format(paragraphs(3, "A")) + chunk.format(paragraphs(3, "B"))
    doc = parse_html(page(body))
    assert [t.split(".")[0] for t in texts(doc)] == ["A 1", "A 2", "A 3", "B 1", "B 2", "B 3"]


def test_markup_is_stripped_and_entities_decoded():
    doc = parse_html(page(f"<p>Fish &amp; chips <i>at</i>&nbsp;the pier &lt;3. {FILLER}</p>"))
    assert texts(doc)[0].startswith("Fish & chips at the pier <3.")


def test_headline_without_h1_comes_from_the_metadata():
    html = page(paragraphs(3)).replace("<h1>Ferry returns to the island</h1>", "")
    html = html.replace("</head>", "<meta property='og:title' content='Ferry is back'></head>")
    assert parse_html(html).headline == "Ferry is back"


def test_a_data_table_gives_a_paragraph_per_row_and_a_layout_table_is_walked():
    table = "<table><tr><th>Boat</th><th>Seats</th></tr><tr><td>Gull</td><td>80</td></tr></table>"
    doc = parse_html(page(paragraphs(2) + table))
    assert texts(doc)[-2:] == ["Boat Seats", "Gull 80"]
    layout = f"<table><tr><td>{paragraphs(3)}</td></tr></table>"
    assert len(texts(parse_html(page(layout)))) == 3


def test_a_second_h1_in_the_body_is_a_subheading():
    doc = parse_html(page(paragraphs(1) + "<h1>The second phase</h1>" + paragraphs(1, "B")))
    assert [b.type for b in doc.body] == ["paragraph", "subheading", "paragraph"]


def test_a_grid_of_promo_cards_is_not_body():
    card = (
        "<div class='card'><a href='/story/{0}'><img src='/t/{0}.jpg'></a><p>Teaser {0}: a"
        " short line about another story on the site.</p></div>"
    )
    grid = "<div class='more'>" + "".join(card.format(i) for i in range(4)) + "</div>"
    doc = parse_html(page(paragraphs(3) + grid))
    assert len(texts(doc)) == 3
    assert doc.images == ()


def test_a_pop_up_card_inside_a_sentence_is_removed_but_the_name_kept():
    card = (
        "<span class='pop'><a href='/people/ann'>Ann Lee</a><span class='pop-card'><span>"
        "<img src='/p/ann.jpg'><a href='/a'>Another story about the harbour</a>"
        "<a href='/b'>A third story about boats</a></span></span></span>"
    )
    doc = parse_html(page(f"<p>The ferry was welcomed by {card} on Friday. {FILLER}</p>"))
    assert texts(doc) == [f"The ferry was welcomed by Ann Lee on Friday. {FILLER}"]


@pytest.mark.parametrize(
    "stray",
    [
        "<div class='gallery-controls'><span class='credit'>Ann Lee, Island Times</span></div>",
        "<p>Photo: Ann Lee, Island Times</p>",
        "<p>___</p>",
        "<p>Close</p>",
    ],
)
def test_stray_credits_rules_and_button_labels_are_not_body(stray):
    doc = parse_html(page(paragraphs(2) + stray + paragraphs(1, "B")))
    assert len(texts(doc)) == 3


def test_an_article_page_with_many_related_headlines_is_not_an_index():
    related = "".join(f"<h3><a href='/r/{i}'>Related story {i}</a></h3>" for i in range(6))
    short = "".join(f"<p>Short paragraph {i} with a few words in it.</p>" for i in range(8))
    html = page(short + related)
    with pytest.raises(Exception, match="index"):
        parse_html(html)
    doc = parse_html(html.replace("</head>", "<meta property='og:type' content='article'></head>"))
    assert len(texts(doc)) == 8


def test_custom_elements_inside_a_sentence_stay_inline():
    cite = "<x-citation source='db'><a href='https://ref.example/1'>1</a></x-citation>"
    doc = parse_html(page(f"<p>{FILLER} ({cite}).</p>" + paragraphs(2)))
    assert texts(doc)[0] == f"{FILLER} (1)."


def test_a_wordpress_shortcode_left_in_the_text_is_not_body():
    code = "<p>[button link='/x' type='big']Send us your review[/button]</p>"
    assert len(texts(parse_html(page(paragraphs(2) + code)))) == 2


@pytest.mark.parametrize("where", ["before", "inside"])
def test_summary_points_are_bullets_not_body(where):
    points = "<ul class='story-highlights'><li>Ferry back.</li><li>Fares unchanged.</li></ul>"
    body = f"<div class='text'>{paragraphs(3)}</div>"
    html = page(points + body if where == "before" else body.replace("<p>", points + "<p>", 1))
    doc = parse_html(html)
    assert doc.bullets == ("Ferry back.", "Fares unchanged.")
    assert len(texts(doc)) == 3


def test_a_loose_row_of_links_is_not_body():
    row = (
        "<div class='row'><a href='/f'>Facebook</a> <a href='/t'>Twitter</a> <a href='/w'>Mail"
        " this story to a friend</a></div>"
    )
    doc = parse_html(page(f"<div class='text'>{paragraphs(3)}</div>{row}"))
    assert len(texts(doc)) == 3


def test_a_lead_text_box_beside_the_paragraphs_is_body():
    lead = f"<div class='lead'>Lead. {FILLER}</div>"
    doc = parse_html(page(lead + f"<div class='text'>{paragraphs(5)}</div>"))
    assert texts(doc)[0] == f"Lead. {FILLER}"
