"""Migration 0011: PostgreSQL's phrase index where the server has RUM, nothing where it has not;
and phrases find the same articles, in the same order, through either index."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from api.search.cursors import Sort
from api.search.query import parse
from api.search.selection import ArticleFilters
from api.store import search_index
from api.store.counts import count_articles
from api.store.pages import article_page
from api.store.search_index import PHRASE_INDEX
from tests.listing import store
from tests.search.migration_files import has_index, load_migration

MIGRATION = "0011_search_phrases"
HAS_RUM = "SELECT 1 FROM pg_extension WHERE extname = 'rum'"


@pytest.fixture
def migrated(runner):
    """An empty database migrated up to this migration, bound to the model proxy."""
    runner.up(MIGRATION)
    return runner


def test_upgrade_adds_the_phrase_index_where_rum_is_installed_and_down_removes_it(migrated):
    db = migrated.database
    if isinstance(db, SqliteDatabase):
        assert migrated.down(MIGRATION) == [MIGRATION]  # nothing to do, both ways
        return
    available = load_migration(MIGRATION)._rum_available(db)

    assert has_index(db, PHRASE_INDEX) == available  # Makefile's `postgres` installs it for CI
    assert migrated.down(MIGRATION) == [MIGRATION]
    assert not has_index(db, PHRASE_INDEX)
    assert db.execute_sql(HAS_RUM).fetchone() is None
    assert migrated.up(MIGRATION) == [MIGRATION]
    assert has_index(db, PHRASE_INDEX) == available


def test_without_rum_the_upgrade_adds_nothing(migrated, monkeypatch):
    db = migrated.database
    if isinstance(db, SqliteDatabase):
        return
    migrated.down(MIGRATION)
    module = load_migration(MIGRATION)
    monkeypatch.setattr(module, "_rum_available", lambda db: False)

    module.up(None, db)

    assert not has_index(db, PHRASE_INDEX)


QUERIES = ['"tram depot"', '"tram depot" -closed', 'depot OR "tram depot"', '"depot tram"']


@pytest.mark.parametrize("text", QUERIES)
def test_phrases_find_the_same_through_either_index(client, monkeypatch, three_ranked, text):
    for n, body in enumerate(
        ["The depot sent a tram.", "The tram depot sent a tram.", "A tram depot tram depot.",
         "The tram depot closed.", "The depot tram ran.", "The tram depot opened."]
    ):  # fmt: skip
        store(client, f"Depot notes, part {n}", body)
    filters = ArticleFilters(q=parse(text))
    found = {}
    for positions in (False, True):
        monkeypatch.setattr(
            search_index, "_has_positions_index", lambda positions=positions: positions
        )
        pages = [
            article_page(filters, Sort("relevance"), limit=10),
            article_page(
                ArticleFilters(q=parse(text), has_images=False), Sort("relevance"), limit=2
            ),
            article_page(filters, Sort("relevance", reverse=True), limit=10),
        ]
        found[positions] = ([page.rows for page in pages], count_articles(filters))

    assert found[False] == found[True]


@pytest.fixture
def three_ranked(monkeypatch):
    """Relevance ranks only the newest three matches."""
    monkeypatch.setattr("api.store.ranking.RANKED_MATCHES", 3)
