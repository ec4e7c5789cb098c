"""Rules of html40, each on made-up snippets: the headline's summary points in a list a
template's component names a summary (data-qa, data-testid, data-component, or its items'
class), above the text; a list so named inside the text, a list of related links and a
<details> box's list are no bullets."""

from __future__ import annotations

import pytest

from api.parser import parse_html
from tests.parser.html.pages import paragraphs, texts

POINTS = (
    "The orchard will lose a third of its pear trees to the new road",
    "Growers have until June to lodge an objection",
)


def template_page(header: str, text: str = "") -> str:
    """A page of generated class names: the headline, `header`, a byline, then the text."""
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Pears</title></head>"
        "<body><nav><a href='/'>Home</a><a href='/farming'>Farming</a></nav><main>"
        "<article class='c-9x2f'><h1 class='c-1kq'>Road plan to cut through county orchard</h1>"
        f"{header}<div class='c-77b'><a href='/people/odile-marsh'>Odile Marsh</a></div>"
        f"<div class='c-3mz'>{text or paragraphs(3)}</div></article></main>"
        "<footer><p>Copyright The Vale Ledger, all rights reserved, since long ago.</p>"
        "</footer></body></html>"
    )


def points(css: str = "") -> str:
    return "".join(f"<li{css}><span>{point}</span></li>" for point in POINTS)


@pytest.mark.parametrize(
    "header",
    [
        f"<div class='c-nq4' data-qa='ContentSummary-Container'><ul class='c-1c4'>{points()}"
        "</ul></div>",
        f"<ul class='c-8ab' data-testid='keyPoints'>{points()}</ul>",
        f"<div data-component='article-highlights'><ul>{points()}</ul></div>",
        f"<ul class='c-0de'>{points(' class=tldr-item')}</ul>",
        f"<section data-testid='StoryTakeaways'><ol class='c-5rr'>{points()}</ol></section>",
        f"<div class='c-2aa'><ul class='c-2ab'>{points(' class=summary__item')}</ul></div>",
    ],
)
def test_a_list_a_component_names_a_summary_is_the_bullets(header):
    document = parse_html(template_page(header))
    assert list(document.bullets) == list(POINTS)
    found = texts(document)
    assert not any(point in found for point in POINTS)
    assert len(found) == 3


def test_a_summary_list_inside_the_text_stays_the_texts():
    box = f"<div data-qa='StorySummary'><ul>{points()}</ul></div>"
    document = parse_html(template_page("", f"{paragraphs(2)}{box}{paragraphs(1, 'B')}"))
    assert not document.bullets
    assert all(point in texts(document) for point in POINTS)


def test_related_links_named_summary_are_no_bullets():
    links = "".join(f"<li><a href='/story/{n}'>{point}</a></li>" for n, point in enumerate(POINTS))
    document = parse_html(template_page(f"<ul data-testid='related-summary'>{links}</ul>"))
    assert not document.bullets


def test_a_details_boxs_list_is_no_bullets():
    box = f"<details><summary>What we know</summary><ul>{points()}</ul></details>"
    document = parse_html(template_page(box))
    assert not document.bullets
