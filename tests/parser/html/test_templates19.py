"""Rules of html38, each on made-up snippets: the headline's summary points in a list a deck's
word or a summary's names (their items no deck), and the text's paragraphs set apart by
'<br><br>' inside one element."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import paragraphs, texts

POINTS = ("Rents in the old town rose by a tenth this year", "The council will cap new lets")


def header_page(header: str, headline: str = "Tenants face steep rises in the old town") -> str:
    """A page whose header holds the headline then `header`, the text in a box of its own."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Rents</title></head>"
        "<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><main><article>"
        f"<div class='story-head'><h1>{headline}</h1>{header}</div>"
        f"<div class='story-text'>{paragraphs(3)}</div></article></main>"
        "<footer><p>Copyright The Valley Courier, all rights reserved, since long ago.</p>"
        "</footer></body></html>"
    )


def items(css: str = "") -> str:
    return "".join(f"<li{css}>{point}</li>" for point in POINTS)


@pytest.mark.parametrize(
    "header",
    [
        f"<ul class='abstract-v3'>{items(' class=abstract-v3__item')}</ul>",
        f"<ul class='story-subtitle'>{items()}</ul>",
        f"<ul class='dek-points'><li><i>{POINTS[0]}</i></li><li><i>{POINTS[1]}</i></li></ul>",
        f"<div class='brief__summary_x1'><h2>Summary</h2><ul class='brief__list'>"
        f"{items(' class=summary__item__9a')}</ul></div>",
        f"<section class='story-keys'><h2>The key points</h2><ul>{items()}</ul></section>",
    ],
)
def test_the_headlines_points_are_the_bullets(header):
    document = parse_html(header_page(header))
    assert list(document.bullets) == list(POINTS)
    found = texts(document)
    assert not any(point in found for point in POINTS)
    assert len(found) == 3


def test_a_deck_list_inside_the_text_stays_the_texts():
    text = f"{paragraphs(2)}<ul class='story-subtitle'>{items()}</ul>{paragraphs(1, 'B')}"
    document = parse_html(header_page("").replace(paragraphs(3), text))
    assert not document.bullets
    assert all(point in texts(document) for point in POINTS)


def test_an_unmarked_list_under_the_headline_is_no_bullets():
    document = parse_html(header_page(f"<ul class='tags'>{items()}</ul>"))
    assert not document.bullets


def test_a_one_line_deck_is_still_a_deck():
    deck = "<p class='article-abstract'>Rents rose by a tenth, and the council acts</p>"
    document = parse_html(header_page(deck))
    assert not document.bullets
    assert not any("council acts" in t for t in texts(document))
