"""SQLite's article_filter_values (0008): triggers keep them in step, `check` finds drift."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from api.commands.search_check import filter_values
from api.store import articles as store
from api.store import metadata as metadata_store
from tests.store.samples import make_document

# SQLite's alone: PostgreSQL reads the filter columns from the articles themselves.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def _values(db) -> dict[int, tuple]:
    rows = db.execute_sql(
        "SELECT id, published_at, publisher, image_count FROM article_filter_values"
    )
    return {row[0]: row[1:] for row in rows.fetchall()}


def test_every_write_keeps_the_values_equal_to_the_articles(db):
    ids = [store.save_article(make_document(n), "Plain text\n\nNo images.")[0].id for n in range(3)]
    assert {i: count for i, (_, _, count) in _values(db).items()} == dict.fromkeys(ids, 2)

    published = datetime(2024, 5, 1, tzinfo=UTC)
    metadata_store.update_metadata(ids[0], {"publisher": "Wire", "published_at": published})
    store.reparse_article(ids[1])  # its source has no images: they are replaced by none
    store.delete_article(ids[2])

    values = _values(db)
    assert values.keys() == {ids[0], ids[1]}
    assert values[ids[0]][1:] == ("Wire", 2)
    assert values[ids[0]][0].startswith("2024-05-01")
    assert values[ids[1]][2] == 0
    assert list(filter_values()) == []


def test_values_changed_behind_the_triggers_are_named(db, database_url, run_cli):
    article_id = store.save_article(make_document(), "text")[0].id
    db.execute_sql("UPDATE article_filter_values SET image_count = 0")

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert any(
        line.startswith("problem: filter values (dates, publisher, image count) are out of step")
        and f"ids {article_id};" in line
        for line in lines
    ), lines
