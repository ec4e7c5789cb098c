"""`python -m api check`: sound data passes; orphans, half-stored articles and old schemas fail."""

from __future__ import annotations

import pytest

from api.store import articles as store
from api.store.db import is_sqlite
from api.store.models import Article, BodyBlock, Bullet
from tests.store.samples import export_text, make_document


@pytest.fixture
def stored(db) -> list[int]:
    """Three articles stored the normal way (two with an inline image, one with a quote); ids."""
    with_images = [store.save_article(make_document(n), "text")[0].id for n in range(2)]
    return [*with_images, store.ingest_text(export_text(2))[0].id]


def _foreign_keys_off(db) -> None:
    # How a careless script or a restored partial dump gets rows past the constraints.
    if is_sqlite():
        db.execute_sql("PRAGMA foreign_keys = OFF")
    else:
        db.execute_sql("SET session_replication_role = replica")


def test_sound_data_passes_and_counts_are_printed(stored, database_url, run_cli):
    result = run_cli(database_url, "check")

    assert result.returncode == 0, result.stdout
    lines = result.stdout.decode().splitlines()
    assert "article: 3 rows" in lines
    assert f"bullet: {Bullet.select().count()} rows" in lines
    assert lines[-1] == "ok: no problems found"


def test_an_empty_database_passes(database_url, run_cli):
    result = run_cli(database_url, "check")

    assert result.returncode == 0, result.stdout
    assert "article: 0 rows" in result.stdout.decode().splitlines()


def test_orphan_rows_fail_naming_the_table(db, stored, database_url, run_cli):
    _foreign_keys_off(db)
    db.execute_sql(
        "INSERT INTO bullet (article_id, position, text) VALUES (999, 0, 'Left behind.')"
    )

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    out = result.stdout.decode()
    assert "problem: 1 bullet rows point at a missing article (column article_id)" in out
    assert out.splitlines()[-1] == "1 problems found"


def test_a_half_stored_article_fails(db, stored, database_url, run_cli):
    victim = stored[1]
    BodyBlock.delete().where((BodyBlock.article == victim) & (BodyBlock.position == 1)).execute()

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    out = result.stdout.decode()
    assert f"problem: article {victim}: body_block positions have gaps" in out
    assert f"problem: article {victim}: its parts do not match its content_hash" in out
    assert f"article {stored[0]}:" not in out


@pytest.mark.parametrize(
    "change",
    [
        {"headline": "A headline someone edited by hand"},
        {"word_count": 1},
    ],
)
def test_an_article_altered_outside_the_store_fails(db, stored, database_url, run_cli, change):
    Article.update(**change).where(Article.id == stored[2]).execute()

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    assert f"problem: article {stored[2]}: " in result.stdout.decode()


def test_an_image_block_showing_another_articles_image_fails(db, stored, database_url, run_cli):
    first, second = stored[0], stored[1]
    block = BodyBlock.get((BodyBlock.article == first) & (BodyBlock.type == "image"))
    other_image = BodyBlock.get((BodyBlock.article == second) & (BodyBlock.type == "image")).image
    BodyBlock.update(image=other_image).where(BodyBlock.id == block.id).execute()

    result = run_cli(database_url, "check")

    assert result.returncode == 1
    assert f"article {first}: body block {block.position} shows another's image" in (
        result.stdout.decode()
    )


def test_pending_migrations_fail_with_the_upgrade_hint(empty_database_url, run_cli):
    result = run_cli(empty_database_url, "check")

    assert result.returncode == 1
    out = result.stdout.decode()
    assert "problem: migrations pending: 0001_initial" in out
    assert "python -m api db upgrade" in out


def test_invalid_database_url_exits_2(run_cli):
    result = run_cli("mysql://nowhere/copydesk", "check")

    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr.decode()
