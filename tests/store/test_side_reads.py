"""A search's total is counted beside the page, on another connection, when that is safe."""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest

from api.search.query import parse
from api.search.selection import ArticleFilters
from api.store import articles as store
from api.store.counts import count_articles, prepared_count
from api.store.db import close_all, database
from api.store.side_reads import start_side_read
from tests.store.samples import make_document


def _where() -> tuple[int, int]:
    """The thread a read runs on, and the connection it reads through."""
    return threading.get_ident(), id(database.connection())


def test_a_read_runs_on_another_thread_and_connection(db):
    here = _where()

    there = start_side_read(_where).result(timeout=10)

    assert there[0] != here[0]
    assert there[1] != here[1]
    assert not database.is_closed()  # the caller's connection is still its own


def test_inside_a_transaction_a_read_runs_inline_and_sees_its_writes(db):
    searched = ArticleFilters(q=parse("harbour"))
    before = count_articles(searched)[0]
    with database.atomic():
        store.save_article(make_document(1), "text")

        assert start_side_read(_where).result()[0] == threading.get_ident()
        assert start_side_read(prepared_count(searched)).result() == (before + 1, True)


def test_a_count_apart_sees_what_was_committed_before_it(db):
    searched = ArticleFilters(q=parse("harbour"))
    store.save_article(make_document(1), "text")
    store.save_article(make_document(2), "text")

    assert start_side_read(prepared_count(searched)).result(timeout=10) == (2, True)


def test_a_failing_read_raises_where_its_result_is_asked_for(db):
    def broken():
        return database.execute_sql("SELECT * FROM no_such_table").fetchall()

    pending = start_side_read(broken)

    with pytest.raises(Exception, match="no_such_table"):
        pending.result(timeout=10)
    assert database.execute_sql("SELECT 1").fetchone() == (1,)  # this connection is unharmed


def test_a_search_with_a_pool_of_one_counts_beside_it_without_waiting(settings, db):
    from api import create_app  # the full app, whose pool serves the request and the count

    store.save_article(make_document(1), "text")
    app = create_app(replace(settings, db_pool_size=1))
    try:
        began = time.monotonic()
        response = app.test_client().get("/articles?q=harbour")
        took = time.monotonic() - began
    finally:
        close_all(database.obj)

    assert response.status_code == 200
    assert (response.json["total"], response.json["total_exact"]) == (1, True)
    assert took < 5  # no wait for a connection (a pool without room waits 10 s)
