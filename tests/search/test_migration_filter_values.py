"""Migration 0012: PostgreSQL's search index rows take the filter values of articles already
stored, and reverting leaves the index exactly as 0011 made it (nothing to do on SQLite)."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import SqliteDatabase

from api.commands.search_check import filter_values
from api.search.query import parse
from api.search.selection import ArticleFilters
from api.store import articles as store
from api.store.counts import count_articles
from tests.store.samples import make_document

MIGRATION = "0012_search_filter_values"
BEFORE = "0011_search_phrases"
# What PostgreSQL knows of the index: its columns, indexes, constraints, the triggers of
# article and image and the source of the functions they run.
POSTGRES_DEFINITION = (
    """SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute
       WHERE attrelid = 'article_fts'::regclass AND attnum > 0 AND NOT attisdropped
       ORDER BY attnum""",
    """SELECT pg_get_indexdef(indexrelid) FROM pg_index
       WHERE indrelid = 'article_fts'::regclass ORDER BY 1""",
    """SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
       WHERE conrelid = 'article_fts'::regclass ORDER BY 1""",
    """SELECT pg_get_triggerdef(oid) FROM pg_trigger
       WHERE NOT tgisinternal AND tgrelid IN ('article'::regclass, 'image'::regclass)
       ORDER BY 1""",
    "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'article_fts%%' ORDER BY 1",
)
SQLITE_DEFINITION = ("SELECT type, name, sql FROM sqlite_master ORDER BY type, name",)


def _definition(db) -> list[list[tuple]]:
    queries = SQLITE_DEFINITION if isinstance(db, SqliteDatabase) else POSTGRES_DEFINITION
    return [db.execute_sql(query).fetchall() for query in queries]


def _store(n: int, text: str, **meta) -> int:
    return store.save_article(make_document(n), text, **meta)[0].id


def test_upgrade_gives_articles_already_stored_their_values(runner):
    runner.up(BEFORE)
    published = datetime(2024, 5, 1, tzinfo=UTC)
    with_images = _store(1, "text", publisher="Wire", published_at=published)
    without = _store(2, "Plain text\n\nNo images.")
    store.reparse_article(without)  # its source has no images: it keeps none

    assert runner.up(MIGRATION) == [MIGRATION]

    assert list(filter_values()) == []
    word = parse(make_document(1).headline.split()[0])
    assert count_articles(ArticleFilters(q=word, has_images=True, publisher="Wire")) == (1, True)
    assert count_articles(ArticleFilters(q=word, published_after=published)) == (1, True)
    assert count_articles(ArticleFilters(q=word, has_images=False)) == (0, True)
    assert {with_images, without} == set(store.article_ids())


def test_down_leaves_the_index_as_0011_made_it(runner):
    runner.up(BEFORE)
    _store(1, "text")
    before = _definition(runner.database)

    runner.up(MIGRATION)
    upgraded = _definition(runner.database)
    assert runner.down(MIGRATION) == [MIGRATION]

    assert _definition(runner.database) == before
    assert (upgraded == before) == isinstance(runner.database, SqliteDatabase)
    _store(2, "text")  # the trigger 0011 had indexes it
    indexed = runner.database.execute_sql("SELECT count(*) FROM article_fts").fetchone()[0]
    assert indexed == 2
