"""Rules found on the third and fourth fresh batches of unseen templates (html_stress/fresh3, 4)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts

POINTS = (
    "Heavy snow has closed the mountain road over the pass and the valley road.",
    "About 1,800 homes in the upper dale are without power this morning.",
    "Schools in the three villages of the upper dale are closed today.",
)


def live_entry(classes: str, title: str, inner: str) -> str:
    """One live-blog post: its head with a title, its text in a box, a share footer."""
    return (
        f"<article class='{classes}'><header class='post__head'><h2>{title}</h2></header>"
        f"<div class='post__body'>{inner}</div>"
        "<footer><button>Share this post</button></footer></article>"
    )


def pinned_blog(pinned_classes: str) -> str:
    points = "".join(f"<li>{p}</li>" for p in POINTS)
    body = live_entry(pinned_classes, "What we know so far", f"<ul>{points}</ul>")
    body += live_entry("post", "Power back by evening", "<p>Engineers have reached the fault.</p>")
    body += live_entry("post", "Good morning", "<p>Welcome to our live coverage today.</p>")
    return page(f"<div class='feed'>{body}</div>")


def test_a_pinned_posts_fellow_posts_join_it():
    doc = parse_html(pinned_blog("post post--pinned"))
    heads = [b.text for b in doc.body if b.type == "subheading"]
    assert heads == ["What we know so far", "Power back by evening", "Good morning"]
    assert texts(doc)[-1] == "Welcome to our live coverage today."


def test_a_pinned_post_without_a_modifier_is_read_alone():
    # Without the marked variant nothing says the other boxes are posts of the same blog.
    doc = parse_html(pinned_blog("pinned-post"))
    assert "Good morning" not in texts(doc)
    assert [t for t in texts(doc) if t in POINTS] == list(POINTS)


def test_a_drop_cap_drawn_and_spelled_for_screen_readers_is_read_once():
    body = (
        "<p><span class='dropcap' aria-hidden='true'>T</span><span class='visually-hidden'>T"
        f"</span>he foundry cast its last bell. {FILLER}</p>{paragraphs(2)}"
    )
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"The foundry cast its last bell. {FILLER}"


def test_an_aria_hidden_text_without_a_twin_stays_hidden():
    body = (
        "<p><span aria-hidden='true'>★</span><span class='visually-hidden'>Rated four of five"
        f"</span> The foundry cast its last bell. {FILLER}</p>{paragraphs(2)}"
    )
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"The foundry cast its last bell. {FILLER}"


def test_a_head_over_only_a_list_of_links_is_chrome():
    body = (
        f"{paragraphs(3)}<section><h2>More on this story</h2><ul><li><a href='/t/ferries'>"
        "Ferries</a></li><li><a href='/t/island'>Island</a></li></ul></section>"
    )
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_head_over_a_list_of_the_articles_own_points_stays():
    body = (
        f"{paragraphs(3)}<section><h2>What happens next</h2><ul><li>The council votes in"
        " March.</li><li>The ferry sails again in May.</li></ul></section>"
    )
    doc = parse_html(page(body))
    assert [b.text for b in doc.body if b.type == "subheading"] == ["What happens next"]


def test_a_wire_sign_off_leaves_the_text():
    body = f"{paragraphs(3)}<p>Reporting by Jo Eklund in Oslo; Editing by Tom Harwell</p>"
    doc = parse_html(page(body))
    assert texts(doc) == [f"Paragraph {i}. {FILLER}" for i in range(1, 4)]


def test_a_sentence_about_reporting_stays():
    line = "Reporting by the Echo found that fares rose twice in a year."
    doc = parse_html(page(f"{paragraphs(3)}<p>{line}</p>"))
    assert texts(doc)[-1] == line


def listing(lines: str) -> str:
    return (
        f"{paragraphs(2)}<div class='box'><div class='box__inner'><h4>If you go</h4>"
        f"<ul>{lines}</ul><p><a href='/cal'>Add to calendar</a></p></div></div>"
        f"{paragraphs(1, 'Last')}"
    )


def test_an_event_listing_box_is_chrome():
    lines = (
        "<li><strong>What:</strong> Lantern parade</li><li><strong>When:</strong> Saturday,"
        " 5.30pm</li><li><strong>Where:</strong> Market Square</li><li><b>Cost:</b> Free</li>"
    )
    doc = parse_html(page(listing(lines)))
    assert texts(doc) == [*(f"Paragraph {i}. {FILLER}" for i in (1, 2)), f"Last 1. {FILLER}"]


def test_a_list_of_labelled_points_of_the_story_stays():
    lines = (
        "<li><strong>Apple:</strong> sold fewer phones in the autumn than a year ago</li>"
        "<li><strong>Tesla:</strong> opened a factory</li><li><b>Meta:</b> cut prices</li>"
    )
    doc = parse_html(page(listing(lines)))
    assert "Tesla: opened a factory" in texts(doc)


def picture(name: str) -> str:
    src = f"https://img.example.com/media/{name}.jpg"
    return f"<div class='img'><img src='{src}' alt='Pots' width='740' height='493'></div>"


def test_an_italic_line_under_a_picture_amid_the_text_is_its_caption():
    body = f"{paragraphs(2)}{picture('shelves')}<p><em>The shelves on count day.</em></p>"
    doc = parse_html(page(body + paragraphs(1, "Last")))
    assert "The shelves on count day." not in texts(doc)
    assert [i.caption for i in doc.images] == ["The shelves on count day."]


def test_an_italic_line_under_a_picture_above_the_text_stays_text():
    body = f"{picture('lead')}<p><i>Average daily intake 1694 kcal.</i></p>{paragraphs(2)}"
    doc = parse_html(page(body))
    assert texts(doc)[0] == "Average daily intake 1694 kcal."


def test_a_news_releases_bold_about_line_is_a_paragraph():
    body = f"{paragraphs(2)}<p><b>About Harrowgate Energy</b></p>{paragraphs(1, 'Boiler')}"
    doc = parse_html(page(body))
    assert [b.type for b in doc.body][2] == "paragraph"
    assert texts(doc)[2] == "About Harrowgate Energy"


def test_a_bold_head_of_the_story_stays_a_head():
    body = f"{paragraphs(2)}<p><b>A change of heart at the office</b></p>{paragraphs(1, 'L')}"
    doc = parse_html(page(body))
    assert [b.type for b in doc.body][2] == "subheading"


def test_a_head_anchored_by_its_own_words_stays_though_they_name_chrome():
    body = f"{paragraphs(2)}<h2 id='how-the-money-will-be-shared'>How the money will be shared</h2>"
    doc = parse_html(page(body + paragraphs(1, "Last")))
    assert [b.text for b in doc.body if b.type == "subheading"] == ["How the money will be shared"]


def test_a_head_named_chrome_by_its_class_or_another_id_goes():
    body = (
        f"{paragraphs(2)}<h3 class='newsletter-head' id='get-the-briefing'>Get the briefing</h3>"
        f"<h3 id='social-links'>Follow the council</h3>{paragraphs(1, 'Last')}"
    )
    doc = parse_html(page(body))
    assert not [b for b in doc.body if b.type == "subheading"]
