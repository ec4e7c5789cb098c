"""Articles from web pages in storage: metadata, images' src, lists, the kept page, reparse."""

from __future__ import annotations

import json
import zlib
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from api.parser import parse, parse_html, render
from api.store import articles as store
from api.store import restore, web_pages
from api.store.models import Article, ArticlePage, BodyBlock
from tests.parser.html.pages import page, paragraphs

LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Ferry returns to the island",
    "datePublished": "2024-03-02T08:30:00+01:00",
    "dateModified": "2024-03-03T10:00:00Z",
    "author": [{"@type": "Person", "name": "Ann Writer"}, {"@type": "Person", "name": "Bo Lee"}],
    "publisher": {"@type": "Organization", "name": "The Daily Example"},
    "articleSection": "Travel",
    "keywords": ["ferries", "islands"],
    "description": "The ferry sails again after a winter in dock.",
}
HEAD = (
    f"<script type='application/ld+json'>{json.dumps(LD)}</script>"
    "<link rel='canonical' href='https://example.com/news/ferry-returns'>"
)
BODY = (
    paragraphs(2) + "<figure><img src='/img/pier.jpg' alt='The pier'>"
    "<figcaption>The pier at dawn. Photo: Jane Doe/Example Wire</figcaption></figure>"
    + "<h2>What changes for riders</h2>"
    + paragraphs(1, "Riders")
    + "<ul><li>The first boat leaves at six.</li><li>Bikes ride free.</li></ul>"
    + paragraphs(1, "Last")
)
PAGE = page(BODY, HEAD).encode("utf-8")
FETCHED_FROM = "https://example.com/news/ferry-returns?utm=feed"


def test_an_html_article_reads_back_as_the_extractor_gave_it(db):
    extracted = parse_html(PAGE, url=FETCHED_FROM)
    assert any(b.type == "list" for b in extracted.body)  # the page exercises every part
    assert any(image.src for image in extracted.images)

    saved, created = web_pages.ingest_html(PAGE, url=FETCHED_FROM, content_type="text/html")
    assert created
    fetched = store.get_article(saved.id)
    assert fetched == saved
    # The same structure as the extractor's, with its keywords as tags.
    assert fetched.document == replace(
        extracted,
        keywords=(),
        published_at="2024-03-02T07:30:00+00:00",
        modified_at="2024-03-03T10:00:00+00:00",
    )
    assert fetched.tags == ("ferries", "islands")
    assert fetched.source == "html"
    assert fetched.url == "https://example.com/news/ferry-returns"  # canonical over fetched
    assert fetched.publisher == "The Daily Example"
    assert fetched.published_at == datetime(2024, 3, 2, 7, 30, tzinfo=UTC)
    assert fetched.modified_at == datetime(2024, 3, 3, 10, 0, tzinfo=UTC)
    assert fetched.authors == ("Ann Writer", "Bo Lee")
    assert (fetched.language, fetched.section) == ("en", "Travel")
    assert fetched.description == LD["description"]
    # The text form is its export, and it reads back as the same text structure.
    row = Article.get_by_id(saved.id)
    assert row.source_text == render(extracted)
    assert parse(row.source_text) == restore.export_parts(extracted)


def test_the_page_is_kept_compressed_and_given_back(db):
    saved, _ = web_pages.ingest_html(
        PAGE, url=FETCHED_FROM, content_type="text/html; charset=utf-8"
    )
    kept = ArticlePage.get_by_id(saved.id)
    assert len(bytes(kept.body)) < len(PAGE)
    assert zlib.decompress(bytes(kept.body)) == PAGE
    assert store.load_page(saved.id) == store.Page(PAGE, FETCHED_FROM, "text/html; charset=utf-8")


def test_a_page_given_as_text_is_kept_as_utf8(db):
    saved, _ = web_pages.ingest_html(PAGE.decode("utf-8"))
    assert store.load_page(saved.id).body == PAGE
    assert store.get_article(saved.id).document.headline == "Ferry returns to the island"


def test_an_export_has_no_page_and_keeps_the_defaults(db):
    saved, _ = store.ingest_text("A short note\n\nJust this one line of text.\n")
    assert store.load_page(saved.id) is None
    fetched = store.get_article(saved.id)
    assert (fetched.source, fetched.authors, fetched.language, fetched.modified_at) == (
        "text",
        (),
        None,
        None,
    )
    assert fetched.document.source == "text"


def test_the_same_page_twice_is_one_article(db):
    first, created = web_pages.ingest_html(PAGE, url=FETCHED_FROM)
    again, created_again = web_pages.ingest_html(PAGE, url=FETCHED_FROM)
    assert (created, created_again) == (True, False)
    assert again.id == first.id
    assert ArticlePage.select().count() == 1


def test_reparse_extracts_again_from_the_kept_page(db):
    saved, _ = web_pages.ingest_html(PAGE, url=FETCHED_FROM)
    # Damage what a reparse rebuilds: the parts, the metadata and the export text.
    BodyBlock.delete().where(BodyBlock.article == saved.id, BodyBlock.type == "list").execute()
    Article.update(source_text="Something else\n\nEntirely.\n", section=None, authors="[]").where(
        Article.id == saved.id
    ).execute()

    assert store.reparse_article(saved.id) is not None
    assert store.get_article(saved.id).document == saved.document
    row = Article.get_by_id(saved.id)
    assert row.source_text == render(saved.document)
    assert (row.section, json.loads(row.authors)) == ("Travel", ["Ann Writer", "Bo Lee"])


def test_deleting_an_article_deletes_its_page(db):
    saved, _ = web_pages.ingest_html(PAGE)
    assert store.delete_article(saved.id)
    assert ArticlePage.select().count() == 0


@pytest.mark.parametrize(
    ("keywords", "tags"),
    [
        (["  Ferries  ", "x" * 65, "", "island\nlife"], ["Ferries", "island life"]),
        ([], []),
    ],
)
def test_keywords_become_the_tags_a_tag_can_be(keywords, tags):
    assert web_pages.keyword_tags(keywords) == tags


def test_search_text_holds_list_items_and_authors(db):
    saved, _ = web_pages.ingest_html(PAGE)
    text = Article.get_by_id(saved.id).search_text
    assert "Bikes ride free." in text.splitlines()
    assert "Bo Lee" in text.splitlines()


def test_reparse_keeps_a_restored_page_article_without_its_page(db):
    saved, _ = web_pages.ingest_html(PAGE, url=FETCHED_FROM)
    ArticlePage.delete().execute()  # as after a restore from an export line

    assert store.reparse_article(saved.id) is not None
    assert store.get_article(saved.id).document == saved.document
