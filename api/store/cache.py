"""The built bytes of articles' representations, cached beside them so that a read is one query.

Only a cache, checked on every read (api/web/representations.py): a read never waits for a writer
to cache bytes, and bytes that cannot be cached are simply built again next time.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

import peewee

from api.store.db import SQLITE_PRAGMAS, database, is_sqlite
from api.store.models import VERSION_INDEX, Article
from api.values import is_stored_id, to_aware_utc

log = logging.getLogger(__name__)

# Plain SQL: these run on reads of an article, where peewee's query builder would cost more than
# the statements themselves. The article's version and the cached bytes come in one indexed query.
LOOKUP_SQL = (
    "SELECT a.content_hash, a.updated_at, r.version, r.body FROM article a{indexed}"
    " LEFT JOIN article_representation r"
    " ON r.article_id = a.id AND r.representation = {param}"
    " WHERE a.id = {param}"
)
PUT_SQL = (
    "INSERT INTO article_representation (article_id, representation, version, body)"
    " VALUES ({param}, {param}, {param}, {param})"
    " ON CONFLICT (article_id, representation)"
    " DO UPDATE SET version = excluded.version, body = excluded.body"
)
# Each article's version beside the name of its cached bytes, a batch at a time after an id.
VERSIONS_SQL = (
    "SELECT a.id, a.content_hash, a.updated_at, r.version FROM article a{indexed}"
    " LEFT JOIN article_representation r"
    " ON r.article_id = a.id AND r.representation = {param}"
    " WHERE a.id > {param} ORDER BY a.id LIMIT {param}"
)


def _statement(template: str) -> str:
    """One of the statements above for the bound database (formatted once per database kind).

    SQLite reads the version from its index: by rowid it would read the article's row, whose
    `updated_at` sits after the long texts (migrations/0009_article_version_index.py).
    """
    return _formatted(template, database.param, is_sqlite())


@lru_cache(maxsize=16)
def _formatted(template: str, param: str, sqlite: bool) -> str:
    indexed = f' INDEXED BY "{VERSION_INDEX}"' if sqlite else ""
    return template.format(param=param, indexed=indexed)


# How long PostgreSQL may wait for another writer's lock on the same row before giving up.
POSTGRES_LOCK_WAIT = "100ms"


@dataclass(frozen=True)
class CachedBytes:
    """An article's current version, and the bytes cached for it (None when there are none)."""

    content_hash: str
    updated_at: datetime  # timezone-aware UTC
    version: str | None  # what `body` was built from
    body: bytes | None


def lookup(article_id: int, representation: str) -> CachedBytes | None:
    """The article's version and its cached bytes of this representation; None when no article."""
    if not is_stored_id(article_id):
        return None
    row = database.execute_sql(_statement(LOOKUP_SQL), (representation, article_id)).fetchone()
    if row is None:
        return None
    content_hash, updated_at, version, body = row
    body = bytes(body) if body is not None else None
    return CachedBytes(content_hash, _stored_time(updated_at), version, body)


@lru_cache(maxsize=4096)  # reads of the same article versions bring the same few values back
def _stored_time(value) -> datetime:
    """A stored `updated_at` (text on SQLite) as a timezone-aware datetime."""
    return to_aware_utc(Article.updated_at.python_value(value))


@dataclass(frozen=True)
class CachedVersion:
    """An article's current version, and what its cached bytes were built from (None: nothing)."""

    article_id: int
    content_hash: str
    updated_at: datetime  # timezone-aware UTC
    version: str | None


def versions(representation: str, *, after: int, limit: int) -> list[CachedVersion]:
    """Up to `limit` articles with ids above `after`, in id order, and what is cached of them.

    Reads no bytes: enough to tell which articles have nothing cached, or bytes of another version.
    """
    sql = _statement(VERSIONS_SQL)
    rows = database.execute_sql(sql, (representation, after, limit)).fetchall()
    return [
        CachedVersion(id_, digest, _stored_time(at), version) for id_, digest, at, version in rows
    ]


def put(article_id: int, representation: str, version: str, body: bytes) -> bool:
    """Cache these bytes as the article's representation, unless that means waiting for another
    writer (or the article is gone); whether they were cached.

    Inside the caller's write transaction (an API write caching what it just wrote) the bytes
    commit with the write, and a failure undoes the cache alone: PostgreSQL needs a savepoint
    for that, SQLite undoes a failed statement by itself (a savepoint cost two statements and a
    uuid per write; an error that ends SQLite's whole transaction, a full disk, ends it with or
    without one).
    """
    sql = PUT_SQL.format(param=database.param)
    params = (article_id, representation, version, body)
    try:
        if database.in_transaction():
            # The caller's transaction already holds the write lock, and its settings are its
            # own: a SET LOCAL here would make the article's commit asynchronous too.
            with nullcontext() if is_sqlite() else database.atomic():
                database.execute_sql(sql, params)
            return True
        with _without_waiting(), database.atomic():
            if not is_sqlite():
                # A cache need not wait for its commit to reach the disk: lost, it is rebuilt.
                database.execute_sql(f"SET LOCAL lock_timeout = '{POSTGRES_LOCK_WAIT}'")
                database.execute_sql("SET LOCAL synchronous_commit = off")
            database.execute_sql(sql, params)
    except (peewee.OperationalError, peewee.IntegrityError) as exc:
        # Busy (a bulk import holds the write lock), read-only, or the article was just deleted.
        log.debug("article %s: %s bytes not cached: %s", article_id, representation, exc)
        return False
    return True


@contextmanager
def _without_waiting():
    """On SQLite, a write that finds the database locked fails at once instead of queueing."""
    if not is_sqlite():
        yield
        return
    database.execute_sql("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {SQLITE_PRAGMAS['busy_timeout']}")
