"""Articles from web pages: extracted, stored with their page's metadata and keywords as tags."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from api.parser import parse_html, render
from api.store.articles import Page, StoredArticle, Write, prepare_article, write_now
from api.store.documents import page_instant
from api.values import MAX_TAG_LENGTH


def ingest_html(page: bytes | str, **meta) -> tuple[StoredArticle, bool]:
    """Extract a web page's article and store it with the page; ParseError propagates
    (keywords as for prepare_html)."""
    return write_now(prepare_html(page, **meta))


def prepare_html(
    page: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    **meta,
) -> Write:
    """Extract a web page's article and prepare its write with the page (prepare_article);
    ParseError propagates.

    `url` (where the page was fetched) resolves relative links and is stored as the article's
    url unless the page names a canonical one; `published_at` is used when the page gives no
    date (a WARC record's date). The page's keywords become tags, beside `tags`.
    """
    if isinstance(page, str):
        page, content_type = page.encode("utf-8"), "text/html; charset=utf-8"
    document = parse_html(page, url=url, content_type=content_type)
    return prepare_article(
        document,
        render(document),
        url=document.url or url,
        publisher=document.publisher,
        published_at=page_instant(document.published_at) or published_at,
        tags=[*tags, *keyword_tags(document.keywords)],
        page=Page(page, url, content_type),
        **meta,
    )


def keyword_tags(keywords: Iterable[str]) -> list[str]:
    """A page's keywords as tags: trimmed, those a tag can be (1 to 64 characters, one line)."""
    tags = (" ".join(k.split()) for k in keywords)
    return [
        tag for tag in tags if 0 < len(tag) <= MAX_TAG_LENGTH
    ]  # a longer keyword is not made a tag
