"""The part of `python -m api check` that proves the search index agrees with the articles,
and so do the filter values that searches with filters read.

The index, article_fts (migrations/0003_search.py), is kept by triggers; a restored dump, a
script run with triggers off or a damaged file can still leave it behind. Each query below reads
the index and the articles once (set differences, no per-article round trips), so the check
stays a matter of seconds at 100k articles.
"""

from __future__ import annotations

from collections.abc import Iterator

from peewee import DatabaseError

from api.store.db import database, is_sqlite

SHOWN_IDS = 10  # ids named per problem line; the rest are counted
# The tsvector the PostgreSQL trigger stores for an article: migrations/0003_search.py's
# POSTGRES_VECTOR applied to article.search_text (a test keeps the two equal).
POSTGRES_VECTOR = "to_tsvector('simple', regexp_replace({}, '[^[:alnum:]]+', ' ', 'g'))"
SQLITE_REBUILD = "INSERT INTO article_fts (article_fts) VALUES ('rebuild')"
POSTGRES_REBUILD = "UPDATE article SET search_text = search_text"
# What the filter values should hold: each article's columns and image count (SQLite's
# article_filter_values, migrations/0008), or whether it has images (PostgreSQL's search index
# rows, migrations/0012).
ARTICLE_FILTER_VALUES = (
    "SELECT a.id, a.published_at, a.created_at, a.publisher,"
    " (SELECT count(*) FROM image WHERE image.article_id = a.id) FROM article AS a"
)
KEPT_FILTER_VALUES = (
    "SELECT id, published_at, created_at, publisher, image_count FROM article_filter_values"
)
FILTER_VALUES_REBUILD = (
    f"DELETE FROM article_filter_values; INSERT INTO article_filter_values {ARTICLE_FILTER_VALUES}"
)
POSTGRES_FILTER_VALUES = (
    "SELECT a.id, a.published_at, a.created_at, a.publisher,"
    " EXISTS (SELECT 1 FROM image WHERE image.article_id = a.id) FROM article AS a"
)
POSTGRES_KEPT_FILTER_VALUES = (
    "SELECT rowid AS id, published_at, created_at, publisher, has_images FROM article_fts"
)


def search_index() -> Iterator[str]:
    """Articles missing from the search index, index rows without an article, stale entries."""
    if is_sqlite():
        yield from _sqlite_index()
    else:
        yield from _postgres_index()


def _sqlite_index() -> Iterator[str]:
    # FTS5 keeps one docsize row per indexed document, under the article's id.
    missing = _ids("SELECT id FROM article EXCEPT SELECT id FROM article_fts_docsize")
    extra = _ids("SELECT id FROM article_fts_docsize EXCEPT SELECT id FROM article")
    yield from _membership(missing, extra, SQLITE_REBUILD)
    try:
        # With rank 1, FTS5 also re-reads the external content (article.search_text) and
        # compares it with the index, which finds text changed behind the triggers' back.
        database.execute_sql(
            "INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 1)"
        )
    except DatabaseError as exc:
        yield (
            f"search index does not match the articles' text (FTS5 integrity-check: {exc});"
            f" rebuild it with: {SQLITE_REBUILD}"
        )


def _postgres_index() -> Iterator[str]:
    missing = _ids("SELECT id FROM article EXCEPT SELECT rowid FROM article_fts")
    extra = _ids("SELECT rowid FROM article_fts EXCEPT SELECT id FROM article")
    yield from _membership(missing, extra, POSTGRES_REBUILD)
    stale = _ids(
        "SELECT f.rowid FROM article_fts f JOIN article a ON a.id = f.rowid"
        f" WHERE f.search_vector <> {POSTGRES_VECTOR.format('a.search_text')}"
    )
    if stale:
        yield (
            f"search index is stale for {_listed(stale)} (tsvector differs from the one their"
            f" text gives now); refresh it with: {POSTGRES_REBUILD}"
        )


def filter_values() -> Iterator[str]:
    """Articles whose filter values (SQLite: migrations/0008_article_filter_values.py;
    PostgreSQL: the search index's rows, 0012) differ from their own columns and images, and
    values kept for articles that are gone."""
    if is_sqlite():
        article, kept, repair = ARTICLE_FILTER_VALUES, KEPT_FILTER_VALUES, FILTER_VALUES_REBUILD
    else:
        article, kept = POSTGRES_FILTER_VALUES, POSTGRES_KEPT_FILTER_VALUES
        repair = POSTGRES_REBUILD
    differing = _ids(
        f"SELECT id FROM ({article} EXCEPT {kept}) AS a"
        f" UNION SELECT id FROM ({kept} EXCEPT {article}) AS k"
    )
    if differing:
        yield (
            f"filter values (dates, publisher, images) are out of step for"
            f" {_listed(differing)}; searches with filters may miss or wrongly count them;"
            f" rebuild them with: {repair}"
        )


def _membership(missing: list[int], extra: list[int], repair: str) -> Iterator[str]:
    if missing:
        yield f"search index lacks {_listed(missing)} (search cannot find them); repair: {repair}"
    if extra:
        yield f"search index has rows for {len(extra)} missing articles: ids {_shown(extra)}"


def _ids(query: str) -> list[int]:
    return sorted(row[0] for row in database.execute_sql(query).fetchall())


def _listed(ids: list[int]) -> str:
    return f"{len(ids)} article{'s' if len(ids) != 1 else ''}: ids {_shown(ids)}"


def _shown(ids: list[int]) -> str:
    more = f" and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else ""
    return ", ".join(map(str, ids[:SHOWN_IDS])) + more
