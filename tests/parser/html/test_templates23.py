"""Rules of heads41, each on made-up snippets: summary points under the lead picture, the
picture a content root of its own above them, are the bullets; a summary list after the text
and a plain list under the picture are none."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import paragraphs, texts

POINTS = (
    "The ferry will run every twenty minutes from March.",
    "Fares for islanders stay at two pounds a crossing.",
    "The old slipway will be rebuilt over the winter.",
)


def pictured_page(figure: str, summary: str, after: str = "") -> str:
    """A page of the headline, a byline, the lead picture, `summary`, the text's box, then
    `after`."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Ferry</title></head>"
        "<body><nav><a href='/'>Home</a><a href='/news'>News</a></nav><main>"
        "<article class='story'><h1 class='story__title'>Island ferry to run all year</h1>"
        "<div class='story__author'><a href='/author/bryn-tallis'>Bryn Tallis</a></div>"
        f"{figure}{summary}<div class='story__body'>{paragraphs(8)}</div>{after}</article></main>"
        "<footer><p>Copyright The Sound Courier, all rights reserved, since long ago.</p>"
        "</footer></body></html>"
    )


def items() -> str:
    return "".join(f"<li>{point}</li>" for point in POINTS)


FIGURES = [
    "<figure class='story__image'><img src='https://img.example/ferry.jpg' alt='A ferry'>"
    "<figcaption>The ferry at the pier on Monday. (Ana Roe/Courier)</figcaption></figure>",
    "<figure class='lead-media'><picture><img src='https://img.example/pier.jpg' alt='A pier'>"
    "</picture><figcaption class='caption'>The pier at low tide.</figcaption></figure>",
    "<figure><img src='https://img.example/slip.jpg' alt='A slipway'><figcaption>The slipway "
    "in 1960. Photo: Island Archive</figcaption></figure>",
]


@pytest.mark.parametrize(
    ("figure", "summary"),
    [
        (FIGURES[0], f"<div class='story__summary'><ul class='story__summary-list'>{items()}"
         "</ul></div>"),
        (FIGURES[1], f"<ul class='article-highlights'>{items()}</ul>"),
        (FIGURES[2], f"<div class='key-points'><ol>{items()}</ol></div>"),
    ],
)  # fmt: skip
def test_summary_points_under_the_lead_picture_are_the_bullets(figure, summary):
    document = parse_html(pictured_page(figure, summary))
    assert list(document.bullets) == list(POINTS)
    assert not any(point in texts(document) for point in POINTS)


def test_a_summary_list_after_the_text_is_no_bullets():
    after = f"<div class='story__summary'><ul class='story__summary-list'>{items()}</ul></div>"
    document = parse_html(pictured_page(FIGURES[0], "", after))
    assert not document.bullets


def test_a_plain_list_under_the_lead_picture_is_no_bullets():
    document = parse_html(pictured_page(FIGURES[1], f"<ul class='tags'>{items()}</ul>"))
    assert not document.bullets
