"""An article's representations (JSON, export text) as bytes, cached per article version."""

from __future__ import annotations

import orjson
from flask import Response, current_app, request
from werkzeug.exceptions import NotFound
from werkzeug.http import http_date, quote_etag

from api import store
from api.http_cache import LRU, version_tag
from api.parser import render
from api.schemas import ArticleSchema

JSON, TEXT = "json", "text"
MIMETYPES = {JSON: "application/json", TEXT: "text/plain"}
# Per worker. Articles are 2-30 KB of JSON, so this keeps the few thousand most read.
CACHE_BYTES = 64 * 1024 * 1024


def article_bytes(article: store.StoredArticle, representation: str) -> bytes:
    """The article as the API shows it: ArticleSchema JSON, or the export text (UTF-8)."""
    if representation == JSON:
        # The same bytes as flask-smorest's dump through the app's orjson provider.
        return orjson.dumps(ArticleSchema().dump(article))
    return render(article.document).encode("utf-8")


def article_etag(article: store.StoredArticle, representation: str) -> str:
    """The ETag value (unquoted) of one representation of this version of the article."""
    return _etag(article.id, article.content_hash, article.updated_at, representation)


def article_response(article_id: int, representation: str) -> Response:
    """200 with the article's representation, its ETag and Last-Modified; NotFound if none.

    A version already served by this worker is answered from memory: one indexed query, no
    parts loaded, no marshmallow, not even its validators recomputed. The key holds everything
    the bytes depend on.
    """
    version = store.article_version(article_id)
    if version is None:
        raise NotFound(f"There is no article {article_id}.")
    cache = _cache()
    key = (article_id, *version, representation, request.script_root)
    served = cache.get(key)
    if served is None:
        article = store.get_article(article_id)
        if article is None:
            raise NotFound(f"There is no article {article_id}.")  # deleted meanwhile
        # Keyed by the version actually loaded, which may be newer than the one looked up.
        version = (article.content_hash, article.updated_at)
        key = (article_id, *version, representation, request.script_root)
        served = _Served(
            article_bytes(article, representation),
            {
                "ETag": quote_etag(_etag(article_id, *version, representation)),
                "Last-Modified": http_date(version[1]),
            },
        )
        cache.put(key, served)
    return current_app.response_class(
        served.body, mimetype=MIMETYPES[representation], headers=served.headers
    )


class _Served:
    """A representation's bytes and validator headers, as the cache keeps them (sized by body)."""

    __slots__ = ("body", "headers")

    def __init__(self, body: bytes, headers: dict[str, str]):
        self.body, self.headers = body, headers

    def __len__(self) -> int:
        return len(self.body)


def _etag(article_id, content_hash, updated_at, representation) -> str:
    return version_tag(article_id, content_hash, updated_at.isoformat(), representation)


def _cache() -> LRU:
    cache = current_app.extensions.get("article_representations")
    if cache is None:
        cache = current_app.extensions.setdefault("article_representations", LRU(CACHE_BYTES))
    return cache
