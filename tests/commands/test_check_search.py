"""`python -m api check` and the search index: out of step with the articles, check names them."""

from __future__ import annotations

import importlib.util

import pytest

from api.commands.search_check import POSTGRES_VECTOR
from api.config import PROJECT_ROOT
from api.store.db import is_sqlite
from api.store.models import Article
from tests.store.samples import make_document

OTHER_TEXT = "words the article never had"


@pytest.fixture
def stored(db) -> list[int]:
    """Three articles stored the normal way; their ids."""
    from api.store import articles as store

    return [store.save_article(make_document(n), "text")[0].id for n in range(3)]


def _behind_the_triggers(db) -> None:
    # How a restored dump or a hand-run script writes without the triggers that keep the index.
    if is_sqlite():
        db.execute_sql("DROP TRIGGER article_fts_update")  # SQLite cannot switch one off
    else:
        db.execute_sql("SET session_replication_role = replica")


def _drop_index_row(db, article_id: int) -> None:
    if is_sqlite():
        text = Article.get_by_id(article_id).search_text
        db.execute_sql(
            "INSERT INTO article_fts (article_fts, rowid, search_text) VALUES ('delete', ?, ?)",
            (article_id, text),
        )
    else:
        db.execute_sql("DELETE FROM article_fts WHERE rowid = %s", (article_id,))


def _index_other_words(db, article_id: int) -> None:
    """The index entry of an article now holds words its text does not (a stale entry)."""
    if is_sqlite():
        _drop_index_row(db, article_id)
        db.execute_sql(
            "INSERT INTO article_fts (rowid, search_text) VALUES (?, ?)", (article_id, OTHER_TEXT)
        )
    else:
        db.execute_sql(
            "UPDATE article_fts SET search_vector = to_tsvector('simple', %s) WHERE rowid = %s",
            (OTHER_TEXT, article_id),
        )


def _run(run_cli, database_url) -> tuple[int, list[str]]:
    result = run_cli(database_url, "check")
    return result.returncode, result.stdout.decode().splitlines()


def test_a_healthy_index_passes(stored, database_url, run_cli):
    status, lines = _run(run_cli, database_url)

    assert status == 0, lines
    assert lines[-1] == "ok: no problems found"


def test_an_article_missing_from_the_index_is_named(db, stored, database_url, run_cli):
    _drop_index_row(db, stored[1])

    status, lines = _run(run_cli, database_url)

    assert status == 1
    assert any(
        line.startswith(f"problem: search index lacks 1 article: ids {stored[1]} ")
        for line in lines
    ), lines


def test_a_stale_index_entry_fails(db, stored, database_url, run_cli):
    _index_other_words(db, stored[2])

    status, lines = _run(run_cli, database_url)

    assert status == 1
    problems = [line for line in lines if line.startswith("problem: ")]
    if is_sqlite():  # FTS5 says that the index and the text differ, not for which article
        assert problems == [
            "problem: search index does not match the articles' text (FTS5 integrity-check:"
            " database disk image is malformed); rebuild it with: INSERT INTO article_fts"
            " (article_fts) VALUES ('rebuild')"
        ]
    else:
        assert problems == [
            f"problem: search index is stale for 1 article: ids {stored[2]} (tsvector differs"
            " from the one their text gives now); refresh it with: UPDATE article SET"
            " search_text = search_text"
        ]


def test_text_changed_behind_the_triggers_fails_twice(db, stored, database_url, run_cli):
    _behind_the_triggers(db)
    Article.update(search_text=OTHER_TEXT).where(Article.id == stored[0]).execute()

    status, lines = _run(run_cli, database_url)

    assert status == 1
    # The stored text no longer comes from the article's parts, and the index no longer from it.
    assert f"problem: article {stored[0]}: search_text (what search reads) is stale" in lines
    index_problem = "search index does not match" if is_sqlite() else "search index is stale"
    assert any(line.startswith(f"problem: {index_problem}") for line in lines), lines


def test_an_index_row_without_its_article_is_named(db, stored, database_url, run_cli):
    if is_sqlite():
        db.execute_sql("INSERT INTO article_fts (rowid, search_text) VALUES (999, 'ghost')")
    else:
        _behind_the_triggers(db)  # the foreign key is a trigger too
        db.execute_sql(
            "INSERT INTO article_fts (rowid, search_vector, created_at)"
            " VALUES (999, to_tsvector('simple', 'ghost'), now())"
        )

    status, lines = _run(run_cli, database_url)

    assert status == 1
    assert "problem: search index has rows for 1 missing articles: ids 999" in lines


def test_the_recomputed_vector_is_the_triggers():
    path = PROJECT_ROOT / "migrations" / "0003_search.py"
    spec = importlib.util.spec_from_file_location("search_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)

    assert POSTGRES_VECTOR == migration.POSTGRES_VECTOR
