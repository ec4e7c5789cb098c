"""Page metadata: JSON-LD first, then microdata, OpenGraph and <meta>; canonical URL."""

from __future__ import annotations

import json

from api.parser import parse_html
from tests.parser.html.pages import page, paragraphs


def ld(data) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Ferry returns",
    "datePublished": "2019-11-05T10:00:00Z",
    "dateModified": "2019-11-05T12:30:00-05:00",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "The Daily Example"},
    "inLanguage": "en-GB",
    "description": "The <b>ferry</b> is back &amp; running.",
    "articleSection": "Island",
    "keywords": "ferry, transport,ferry",
}


def test_json_ld_news_article():
    doc = parse_html(page(paragraphs(3), head=ld(ARTICLE), lang=""))
    assert doc.published_at == "2019-11-05T10:00:00+00:00"
    assert doc.modified_at == "2019-11-05T12:30:00-05:00"
    assert doc.authors == ("Jane Doe", "John Roe")
    assert doc.publisher == "The Daily Example"
    assert doc.language == "en-GB"
    assert doc.description == "The ferry is back & running."
    assert doc.section == "Island"
    assert doc.keywords == ("ferry", "transport")


def test_json_ld_in_a_graph_and_a_broken_script_is_skipped():
    head = "<script type='application/ld+json'>{not json</script>" + ld(
        {"@graph": [{"@type": "WebSite", "name": "X"}, {**ARTICLE, "@type": ["BlogPosting"]}]}
    )
    assert parse_html(page(paragraphs(3), head=head)).authors == ("Jane Doe", "John Roe")


def test_opengraph_and_meta_fill_what_json_ld_lacks():
    head = (
        "<meta property='article:published_time' content='2019-11-04T08:00:00+01:00'>"
        "<meta property='og:site_name' content='Island Times'>"
        "<meta name='author' content='By Ann Lee'>"
        "<meta property='article:tag' content='harbour'><meta property='article:tag' content='sea'>"
        "<meta name='description' content='A short summary.'>"
        "<meta property='og:url' content='https://news.example/og'>"
    )
    doc = parse_html(page(paragraphs(3), head=head, lang="pt_BR"))
    assert doc.published_at == "2019-11-04T08:00:00+01:00"
    assert doc.publisher == "Island Times"
    assert doc.authors == ("Ann Lee",)
    assert doc.keywords == ("harbour", "sea")
    assert doc.description == "A short summary."
    assert doc.language == "pt-BR"
    assert doc.url == "https://news.example/og"


def test_microdata():
    body = (
        "<div itemscope itemtype='https://schema.org/NewsArticle'>"
        "<time itemprop='datePublished' datetime='2019-11-03'>Sunday</time>"
        "<span itemprop='author' itemscope><span itemprop='name'>Ann Lee</span></span></div>"
    )
    doc = parse_html(page(body + paragraphs(3)))
    assert doc.published_at == "2019-11-03T00:00:00"
    assert doc.authors == ("Ann Lee",)


def test_canonical_url_wins_over_the_given_one_and_is_made_absolute():
    head = "<link rel='canonical' href='/island/ferry'>"
    doc = parse_html(page(paragraphs(3), head=head), url="https://news.example/amp/ferry?x=1")
    assert doc.url == "https://news.example/island/ferry"


def test_the_given_url_is_kept_without_a_canonical_and_unsafe_urls_are_dropped():
    head = "<link rel='canonical' href='javascript:alert(1)'>"
    assert parse_html(page(paragraphs(3), head=head), url="https://n.example/a").url == (
        "https://n.example/a"
    )
    assert parse_html(page(paragraphs(3)), url="data:text/html,hi").url is None


def test_to_dict_has_the_page_fields_and_text_articles_keep_their_keys():
    from api.parser import decode, parse

    html_keys = parse_html(page(paragraphs(3), head=ld(ARTICLE))).to_dict().keys()
    text_keys = parse(decode(b"Headline\n\nBody text here.\n")).to_dict().keys()
    assert set(text_keys) == {"headline", "bullets", "images", "body", "word_count"}
    assert set(html_keys) - set(text_keys) == {
        "source", "url", "published_at", "modified_at", "authors", "publisher", "language",
        "description", "section", "keywords",
    }  # fmt: skip
