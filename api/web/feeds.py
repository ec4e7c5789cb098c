"""Feeds of a query: Atom (RFC 4287) and JSON Feed 1.1 of the newest articles that the article
list's filters and search select, so that a reader can subscribe to a search or to a person.

Entries are read with the list's own query (api/store/listing.py), newest stored first, and
described through the same facts as the article's other representations (api/web/article_facts.py):
each links to the article's HTML page and its JSON. The bytes depend only on the articles, so the
body's ETag (api/web/http_cache.py) answers conditional GETs.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

import orjson
from flask import current_app, request, url_for

from api.search.cursors import Sort
from api.search.selection import DOCUMENT_PARTS, ArticleFilters
from api.store.articles import StoredArticle, stored_article
from api.store.listing import ListedArticle, load_article_list
from api.web.article_facts import Facts

ATOM_MIMETYPE = "application/atom+xml"
JSON_FEED_MIMETYPE = "application/feed+json"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM = "http://www.w3.org/2005/Atom"
NEWEST = Sort.parse("-id")
PARTS = DOCUMENT_PARTS | {"tags"}
GENERATOR = "Copydesk"
# An empty feed's `updated`: no article, so no time; a fixed one keeps its bytes (and ETag) stable.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Characters XML 1.0 cannot hold at all (a publisher name may carry one): left out.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ET.register_namespace("", ATOM)


def entries(filters: ArticleFilters, limit: int) -> list[Facts]:
    """The newest `limit` articles the filters select, as facts (no quotes: entries show none)."""
    listing = load_article_list(filters, NEWEST, limit=limit, parts=PARTS)
    host = request.host_url.rstrip("/")
    return [Facts(_article(item), (), host) for item in listing.items]


def atom_response(filters: ArticleFilters, limit: int):
    """200 with the Atom feed of the selection."""
    body = atom_bytes(entries(filters, limit))
    return current_app.response_class(body, mimetype=ATOM_MIMETYPE)


def json_feed_response(filters: ArticleFilters, limit: int):
    """200 with the JSON Feed of the selection."""
    body = orjson.dumps(json_feed(entries(filters, limit)))
    return current_app.response_class(body, mimetype=JSON_FEED_MIMETYPE)


def atom_bytes(items: list[Facts]) -> bytes:
    """The Atom document: the feed's id is its own URL (query included)."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", request.url)
    _add(feed, "title", _title())
    _add(feed, "updated", _stamp(max((f.article.updated_at for f in items), default=EPOCH)))
    _link(feed, "self", ATOM_MIMETYPE, request.url)
    _link(feed, "alternate", JSON_FEED_MIMETYPE, _sibling("feeds.json_feed"))
    _link(feed, "related", "application/json", _sibling("articles.list_articles"))
    _add(_add(feed, "author"), "name", GENERATOR)
    _add(feed, "generator", GENERATOR)
    for facts in items:
        _atom_entry(feed, facts)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _atom_entry(feed: ET.Element, facts: Facts) -> None:
    article = facts.article
    entry = _add(feed, "entry")
    _add(entry, "id", facts.url("articles.article"))
    _add(entry, "title", facts.headline)
    _link(entry, "alternate", "text/html", facts.url("articles.get_article_html"))
    _link(entry, "alternate", "application/json", facts.url("articles.article"))
    if article.url:
        _link(entry, "via", "text/html", article.url)
    if article.published_at:
        _add(entry, "published", _stamp(article.published_at))
    _add(entry, "updated", _stamp(facts.modified_at or article.updated_at))
    for name in _authors(facts):
        _add(_add(entry, "author"), "name", name)
    for tag in article.tags:
        ET.SubElement(entry, f"{{{ATOM}}}category", term=NOT_XML.sub("", tag))
    summary = _summary(facts)
    if summary:
        _add(entry, "summary", summary).set("type", "text")


def json_feed(items: list[Facts]) -> dict:
    """The JSON Feed 1.1 document, as a JSON-ready dict."""
    return {
        "version": JSON_FEED_VERSION,
        "title": _title(),
        "home_page_url": _sibling("articles.list_articles"),
        "feed_url": request.url,
        "description": "The newest articles Copydesk holds that this query selects.",
        "authors": [{"name": GENERATOR}],
        "items": [_json_item(facts) for facts in items],
    }


def _json_item(facts: Facts) -> dict:
    article = facts.article
    item = {
        "id": facts.url("articles.article"),
        "url": facts.url("articles.get_article_html"),
        "external_url": article.url,
        "title": facts.headline,
        "summary": _summary(facts),
        "content_text": facts.body_text or facts.headline,
        "date_published": _stamp(article.published_at) if article.published_at else None,
        "date_modified": _stamp(facts.modified_at or article.updated_at),
        "authors": [{"name": name} for name in _authors(facts)],
        "language": facts.language,
        "tags": list(article.tags),
        # Extension (JSON Feed allows keys starting with `_`): the article's other formats.
        "_copydesk": {
            "json": facts.url("articles.article"),
            "jsonld": facts.url("articles.get_article_jsonld"),
            "ninjs": facts.url("articles.get_article_ninjs"),
        },
    }
    return {key: value for key, value in item.items() if value not in (None, "", [])}


def _authors(facts: Facts) -> tuple[str, ...]:
    """Who wrote it when known; else the publisher, the entity responsible for it."""
    if facts.authors:
        return facts.authors
    return (facts.article.publisher,) if facts.article.publisher else ()


def _summary(facts: Facts) -> str | None:
    """The bullets (one per line), else the first paragraph."""
    if facts.summary:
        return facts.summary
    paragraphs = facts.article.document.paragraphs
    return paragraphs[0] if paragraphs else None


def _article(item: ListedArticle) -> StoredArticle:
    """A listed article with its document and tags, as the facts read it."""
    return stored_article(item.row, item.document, tags=tuple(item.tags or ()))


def _title() -> str:
    query = ", ".join(f"{name}={value}" for name, value in request.args.items())
    return f"Copydesk: articles{f' ({query})' if query else ''}"


def _sibling(endpoint: str) -> str:
    """The absolute URL of another endpoint with this request's query string."""
    return request.host_url.rstrip("/") + url_for(endpoint, **request.args)


def _add(parent: ET.Element, name: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{name}")
    if text is not None:
        element.text = NOT_XML.sub("", text)
    return element


def _link(parent: ET.Element, rel: str, mimetype: str, href: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", rel=rel, type=mimetype, href=NOT_XML.sub("", href))


def _stamp(moment: datetime) -> str:
    """An RFC 3339 time in UTC, as Atom and JSON Feed write them."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
