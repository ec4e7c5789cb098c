"""Editing an article's metadata (url, publisher, published_at, tags), one version at a time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from api.store import articles as store
from api.store import tags as tags_store
from api.store.db import is_sqlite, utcnow, write_transaction
from api.store.models import Article
from api.values import is_stored_id, to_aware_utc, to_naive_utc

COLUMNS = ("url", "publisher", "published_at")  # the article columns a change may set


class VersionConflict(Exception):
    """The stored article is no longer the version the caller read (a failed If-Match)."""


def update_metadata(
    article_id: int,
    changes: dict,
    *,
    is_expected: Callable[[str, datetime], bool] | None = None,
    on_changed: Callable[[store.StoredArticle], object] | None = None,
) -> store.StoredArticle | None:
    """Set any of url, publisher, published_at and tags in one transaction; the article after.

    None when there is no such article. With `is_expected(content_hash, updated_at)` the change
    applies only to a version it accepts, else VersionConflict (checked on the locked row, so
    one read of the article decides). A change that changes nothing writes
    nothing; any other moves updated_at forward, so the article's validators change, and runs
    `on_changed(article after)` inside the transaction (the API keeps the new version's JSON).
    """
    if not is_stored_id(article_id):
        return None
    with write_transaction():
        query = Article.select().where(Article.id == article_id)
        if not is_sqlite():
            query = query.for_update()  # SQLite's IMMEDIATE transaction already holds the lock
        row = query.get_or_none()
        if row is None:
            return None
        if is_expected is not None and not is_expected(
            row.content_hash, to_aware_utc(row.updated_at)
        ):
            raise VersionConflict(f"article {article_id} has changed")
        wanted = {name: changes[name] for name in COLUMNS if name in changes}
        if "published_at" in wanted:
            wanted["published_at"] = to_naive_utc(wanted["published_at"])
        columns = {name: value for name, value in wanted.items() if getattr(row, name) != value}
        new_tags = tags_store.normalise(changes["tags"]) if "tags" in changes else None
        if new_tags == tags_store.load_tags([article_id]).get(article_id, ()):
            new_tags = None
        if columns or new_tags is not None:
            # Strictly later than before even if the clock stepped back or ticked too coarsely:
            # the article's ETag and Last-Modified are derived from updated_at.
            columns["updated_at"] = max(utcnow(), row.updated_at + timedelta(microseconds=1))
            Article.update(columns).where(Article.id == article_id).execute()
        if new_tags is not None:
            tags_store.replace_tags(article_id, new_tags)
        article = store.get_article(article_id)
        if on_changed is not None and "updated_at" in columns:
            on_changed(article)
        return article
