"""The numbered migrations: they build exactly the models' schema, and revert cleanly."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest
from peewee import SQL, SqliteDatabase, Table
from playhouse.migrations import Migration, Runner
from playhouse.schema_diff import diff_models

from api.config import Settings
from api.store.db import open_database
from api.store.models import MODELS

MIGRATIONS_DIR = Settings().migrations_dir
ALL_MIGRATIONS = [m.name for m in Migration.load_directory(MIGRATIONS_DIR)]
HISTORY_TABLE = "schema_migration"
# Tables no model declares, maintained by triggers: the full-text index (0003_search) and, on
# SQLite, each article's filter values (0008_article_filter_values).
DERIVED_TABLE_PREFIXES = ("article_fts", "article_filter_values")


@pytest.fixture
def empty_db(empty_database_url):
    """An open database with no tables at all."""
    db = open_database(empty_database_url)
    yield db
    db.close()


def _tables(db) -> set[str]:
    """User tables: SQLite's own bookkeeping (sqlite_sequence for AUTOINCREMENT) is not schema."""
    return {t for t in db.get_tables() if not t.startswith("sqlite_")}


def _schema(db) -> dict:
    """Every model table's columns, indexes and foreign keys (and DDL text on SQLite)."""
    schema = {}
    tables = {t for t in _tables(db) if not t.startswith(DERIVED_TABLE_PREFIXES)}
    for table in sorted(tables - {HISTORY_TABLE}):
        schema[table] = {
            "columns": [
                (c.name, c.data_type, c.null, c.primary_key) for c in db.get_columns(table)
            ],
            "indexes": sorted((i.name, tuple(i.columns), i.unique) for i in db.get_indexes(table)),
            "foreign_keys": sorted(
                (f.column, f.dest_table, f.dest_column) for f in db.get_foreign_keys(table)
            ),
        }
        if isinstance(db, SqliteDatabase):
            # The DDL also carries what introspection does not show: CHECK and ON DELETE.
            sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,))
            schema[table]["sql"] = sql.fetchone()[0].replace("IF NOT EXISTS ", "")
    return schema


def test_upgrade_on_an_empty_database_matches_the_models(empty_db):
    assert Runner(empty_db, MIGRATIONS_DIR).up() == ALL_MIGRATIONS
    diff = diff_models(empty_db, MODELS)
    assert not diff, f"migrations and models differ:\n{diff}"


def test_migrated_schema_equals_the_schema_the_models_would_create(empty_db):
    runner = Runner(empty_db, MIGRATIONS_DIR)
    runner.up()
    migrated = _schema(empty_db)
    runner.down(ALL_MIGRATIONS[0])
    assert _schema(empty_db) == {}
    # Tests may create tables from the models; the application never does.
    with empty_db.bind_ctx(MODELS):
        empty_db.create_tables(MODELS)
    assert _schema(empty_db) == migrated


def test_downgrade_then_upgrade_again(empty_db):
    runner = Runner(empty_db, MIGRATIONS_DIR)
    runner.up()
    assert runner.down(ALL_MIGRATIONS[0]) == list(reversed(ALL_MIGRATIONS))
    assert _tables(empty_db) == {HISTORY_TABLE}
    assert runner.applied() == {}
    assert runner.up() == ALL_MIGRATIONS
    assert not diff_models(empty_db, MODELS)


# Rows as the first migration's tables hold them: later migrations must carry them along.
ARTICLE_ROW = {
    "headline": "Ferry timetable changes for the winter",
    "content_hash": "f" * 64,
    "source_text": "Ferry timetable changes for the winter\n\nBoats leave an hour later.\n",
    "word_count": 11,
    "url": "https://example.com/ferry",
    "publisher": "Example Wire",
    "published_at": datetime(2024, 11, 2, 8, 30),
    "created_at": datetime(2024, 11, 2, 9, 0, 0, 250000),
    "updated_at": datetime(2024, 11, 2, 9, 0, 0, 250000),
}
BULLET_ROW = {"position": 0, "text": "Boats leave an hour later."}


def _first_tables(db) -> tuple[Table, Table]:
    """The article and bullet tables as the first migration made them, without models."""
    article = Table("article", ("id", *ARTICLE_ROW), primary_key="id").bind(db)
    bullet = Table("bullet", ("id", "article_id", *BULLET_ROW), primary_key="id").bind(db)
    return article, bullet


def _stored_rows(db) -> list[list[tuple]]:
    return [
        list(table.select(*(getattr(table, c) for c in table._columns)).tuples())
        for table in _first_tables(db)
    ]


@pytest.mark.parametrize("start", ALL_MIGRATIONS)
def test_upgrade_and_downgrade_keep_the_rows_already_stored(empty_db, start):
    runner = Runner(empty_db, MIGRATIONS_DIR)
    runner.up(start)
    article, bullet = _first_tables(empty_db)
    article_id = article.insert(ARTICLE_ROW).execute()
    bullet.insert({"article_id": article_id, **BULLET_ROW}).execute()
    before = _stored_rows(empty_db)

    runner.up()
    assert _stored_rows(empty_db) == before
    assert not diff_models(empty_db, MODELS)

    # Back to the first migration: every later one reverts without touching these rows.
    if len(ALL_MIGRATIONS) > 1:
        runner.down(ALL_MIGRATIONS[1])
    assert list(runner.applied()) == [ALL_MIGRATIONS[0]]
    assert _stored_rows(empty_db) == before


def test_pwmigrate_runs_the_same_migrations(empty_database_url, empty_db):
    result = subprocess.run(
        [sys.executable, "-m", "playhouse.migrations", empty_database_url, "up"]
        + ["--directory", MIGRATIONS_DIR],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert [f"applied: {name}" for name in ALL_MIGRATIONS] == result.stdout.splitlines()
    assert not diff_models(empty_db, MODELS)


def test_db_commands_upgrade_status_and_downgrade(empty_database_url, run_cli):
    first = ALL_MIGRATIONS[0]

    status = run_cli(empty_database_url, "db", "status")
    assert status.returncode == 1  # pending migrations
    assert f"[ ] {first}" in status.stdout.decode()

    upgrade = run_cli(empty_database_url, "db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    assert upgrade.stdout.decode().splitlines() == [f"applied: {n}" for n in ALL_MIGRATIONS]

    again = run_cli(empty_database_url, "db", "upgrade")
    assert (again.returncode, again.stdout.decode().strip()) == (0, "nothing to do")

    status = run_cli(empty_database_url, "db", "status")
    assert status.returncode == 0
    assert f"[x] {first}" in status.stdout.decode()

    down = run_cli(empty_database_url, "db", "downgrade", "--to", first)
    assert down.returncode == 0, down.stderr
    assert f"reverted: {first}" in down.stdout.decode().splitlines()


def test_downgrade_to_an_unknown_migration_exits_2(empty_database_url, run_cli):
    result = run_cli(empty_database_url, "db", "downgrade", "--to", "0999_missing")
    assert result.returncode == 2
    assert "0999_missing" in result.stderr.decode()


def test_invalid_database_url_exits_2_naming_the_variable(run_cli):
    result = run_cli("mysql://nowhere/copydesk", "db", "upgrade")
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr.decode()


def test_reverting_0010_turns_list_blocks_into_paragraphs(empty_db):
    runner = Runner(empty_db, MIGRATIONS_DIR)
    runner.up()
    article, _ = _first_tables(empty_db)
    article_id = article.insert(ARTICLE_ROW).execute()
    block = Table("body_block", ("id", "article_id", "position", "type", "text", "items"))
    block = block.bind(empty_db)
    block.insert(
        article_id=article_id, position=0, type="list", items='["Boats leave.", "Bikes free."]'
    ).execute()

    runner.down("0010_html_articles")
    rows = list(
        Table("body_block", ("type", "text")).bind(empty_db).select(SQL("type"), SQL("text"))
    )
    assert [(r["type"], r["text"]) for r in rows] == [("paragraph", "Boats leave. Bikes free.")]
