"""The filter values searches read (SQLite: article_filter_values, 0008; PostgreSQL: the search
index's rows, 0012): triggers keep them in step, `check` finds drift."""

from __future__ import annotations

from datetime import UTC, datetime

from api.commands.search_check import filter_values
from api.store import articles as store
from api.store import metadata as metadata_store
from api.store.db import is_sqlite
from tests.store.samples import make_document

# Each backend's values as (published_at, publisher, whether the article has images) by id.
SQLITE_VALUES = "SELECT id, published_at, publisher, image_count FROM article_filter_values"
POSTGRES_VALUES = "SELECT rowid, published_at, publisher, has_images FROM article_fts"


def _values(db) -> dict[int, tuple]:
    rows = db.execute_sql(SQLITE_VALUES if is_sqlite() else POSTGRES_VALUES).fetchall()
    return {row[0]: (str(row[1]), row[2], row[3]) for row in rows}


def test_every_write_keeps_the_values_equal_to_the_articles(db):
    ids = [store.save_article(make_document(n), "Plain text\n\nNo images.")[0].id for n in range(3)]
    images = 2 if is_sqlite() else True  # an image count, or whether there are any
    assert {i: found for i, (_, _, found) in _values(db).items()} == dict.fromkeys(ids, images)

    published = datetime(2024, 5, 1, tzinfo=UTC)
    metadata_store.update_metadata(ids[0], {"publisher": "Wire", "published_at": published})
    store.reparse_article(ids[1])  # its source has no images: they are replaced by none
    store.delete_article(ids[2])

    values = _values(db)
    assert values.keys() == {ids[0], ids[1]}
    assert values[ids[0]][1:] == ("Wire", images)
    assert values[ids[0]][0].startswith("2024-05-01")
    assert values[ids[1]][2] == 0  # no image (False == 0)
    assert list(filter_values()) == []


def test_an_image_added_to_an_article_without_any_is_counted(db):
    article_id = store.save_article(make_document(), "Plain text\n\nNo images.")[0].id
    store.reparse_article(article_id)  # none now
    marks = ", ".join([db.param] * 4)
    db.execute_sql(
        f"INSERT INTO image (article_id, position, caption, alt) VALUES ({marks})",
        (article_id, 0, "A caption", "A photo"),
    )

    assert _values(db)[article_id][2] == 1  # True == 1
    assert list(filter_values()) == []


def test_values_changed_behind_the_triggers_are_named(db, database_url, run_cli):
    article_id = store.save_article(make_document(), "text")[0].id
    if is_sqlite():
        db.execute_sql("UPDATE article_filter_values SET image_count = 0")
    else:
        db.execute_sql("UPDATE article_fts SET has_images = false")

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert any(
        line.startswith("problem: filter values (dates, publisher, images) are out of step")
        and f"ids {article_id};" in line
        for line in lines
    ), lines
