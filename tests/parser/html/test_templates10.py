"""Rules found on the tenth fresh batch of unseen templates (html_stress/fresh10)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs, texts


def test_ruby_readings_are_left_out_of_headline_heads_and_text():
    headline = "<ruby>町<rp>(</rp><rt>まち</rt><rp>)</rp></ruby>の給食"
    body = "<h2><ruby>農家<rt>のうか</rt></ruby>さん</h2>"
    body += f"<p><ruby>野菜<rt>やさい</rt></ruby>を食べた。 {FILLER}</p>" + paragraphs(2)
    doc = parse_html(page(body, headline=headline))
    assert doc.headline == "町の給食"
    assert texts(doc)[:2] == ["農家さん", f"野菜を食べた。 {FILLER}"]


def test_ruby_base_text_without_readings_is_kept_whole():
    body = f"<p><ruby>漢字</ruby>の話。 {FILLER}</p>" + paragraphs(2)
    doc = parse_html(page(body))
    assert texts(doc)[0] == f"漢字の話。 {FILLER}"
