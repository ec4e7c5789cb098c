"""Rules found on the third fresh batch of unseen templates (tests/fixtures/html_stress/fresh3)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import page, texts

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
