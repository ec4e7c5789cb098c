"""Migration 0013: PostgreSQL's index of the matches' ids where the server has RUM, nothing where
it has not; and searches find the same articles, in the same order, with or without it."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from api.search.cursors import Sort
from api.search.query import parse
from api.search.selection import ArticleFilters
from api.store import ranking
from api.store.counts import count_articles
from api.store.db import database
from api.store.pages import article_page
from api.store.search_index import NEWEST_INDEX, has_newest_index
from tests.listing import store
from tests.search.migration_files import has_index, load_migration

MIGRATION = "0013_search_newest"


@pytest.fixture
def migrated(runner):
    """An empty database migrated up to this migration, bound to the model proxy."""
    runner.up(MIGRATION)
    return runner


def test_upgrade_adds_the_index_where_rum_is_installed_and_down_removes_it(migrated):
    db = migrated.database
    if isinstance(db, SqliteDatabase):
        assert migrated.down(MIGRATION) == [MIGRATION]  # nothing to do, both ways
        return
    available = load_migration(MIGRATION)._rum_available(db)

    assert has_index(db, NEWEST_INDEX) == available  # Makefile's `postgres` installs it for CI
    assert migrated.down(MIGRATION) == [MIGRATION]
    assert not has_index(db, NEWEST_INDEX)
    assert migrated.up(MIGRATION) == [MIGRATION]
    assert has_index(db, NEWEST_INDEX) == available


def test_without_rum_the_upgrade_adds_nothing(migrated, monkeypatch):
    db = migrated.database
    if isinstance(db, SqliteDatabase):
        return
    migrated.down(MIGRATION)
    module = load_migration(MIGRATION)
    monkeypatch.setattr(module, "_rum_available", lambda db: False)

    module.up(None, db)

    assert not has_index(db, NEWEST_INDEX)


# Words in most of the articles (the walk over the newest rows), in some, in one, in none;
# operators; a word whose older matches rank better than the newest.
QUERIES = [
    "tram",
    "depot",
    "closed",
    "absent",
    "tram -closed",
    "depot OR closed",
    "tram*",
    '"tram depot"',
    '"tram depot" -closed',
    'depot OR "tram depot"',
    '"depot tram"',
    'tram -"tram depot"',
    '"a tram"',
]


@pytest.mark.parametrize("text", QUERIES)
def test_words_find_the_same_with_or_without_the_index(client, monkeypatch, three_ranked, text):
    for n, body in enumerate(
        ["The depot sent a tram.", "A tram, a tram, a tram depot.", "The tram depot closed.",
         "The tram ran late.", "A tram.", "The depot tram ran.", "Trams and a tramline."]
    ):  # fmt: skip
        store(client, f"Tram notes, part {n}", body)
    # With the index where the database has it (see the test below), then without.
    found = [_searched(text)]
    monkeypatch.setattr(ranking, "has_newest_index", lambda: False)
    found.append(_searched(text))

    assert found[0] == found[1]


def _searched(text: str) -> tuple:
    """First pages by relevance (bare and filtered), their cursors, and the count."""
    pages = [
        article_page(ArticleFilters(q=parse(text)), Sort("relevance"), limit=limit)
        for limit in (1, 2, 10)
    ]
    filtered = ArticleFilters(q=parse(text), has_images=False)
    pages.append(article_page(filtered, Sort("relevance"), limit=2))
    return [(page.rows, page.next) for page in pages], count_articles(ArticleFilters(q=parse(text)))


def test_a_phrase_leaves_the_planner_settings_as_it_found_them(client, backend):
    """The first page of a phrase turns bitmap scans off for its own statement only: later
    statements of the same transaction (another search's GIN bitmaps) plan as before."""
    stored = store(client, "Tram notes", "The tram depot closed.")
    with database.atomic():
        page = article_page(ArticleFilters(q=parse('"tram depot"')), Sort("relevance"), limit=5)
        after = None if backend == "sqlite" else _setting("enable_bitmapscan")

    assert [row.id for row in page.rows] == [stored]
    assert after in (None, "on")


def _setting(name: str) -> str:
    return database.execute_sql("SELECT current_setting(%s)", (name,)).fetchone()[0]


def test_searches_use_the_index_where_the_upgrade_made_it(runner):
    """The comparison above compares two paths on PostgreSQL with RUM (as CI runs it)."""
    runner.up()
    db = runner.database
    if isinstance(db, SqliteDatabase):
        assert not has_newest_index()
        return

    available = load_migration(MIGRATION)._rum_available(db)
    assert has_newest_index() == available == has_index(db, NEWEST_INDEX)


@pytest.fixture
def three_ranked(monkeypatch):
    """Relevance ranks only the newest three matches."""
    monkeypatch.setattr("api.store.ranking.RANKED_MATCHES", 3)
