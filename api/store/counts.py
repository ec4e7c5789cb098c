"""How many articles a request selects: exact up to TOTAL_LIMIT, on both backends."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from peewee import SQL, NodeList, Select, fn

from api.search.selection import TOTAL_LIMIT, ArticleFilters
from api.store.db import database, is_sqlite
from api.store.models import Article
from api.store.queries import (
    article_filter,
    indexed_conditions,
    search_only,
    tested_articles,
    tested_source,
)
from api.store.search_index import (
    FTS,
    by_positions,
    favour_search_index,
    match,
    match_text,
    search_text,
)
from api.store.statements import Statement


def count_articles(params: ArticleFilters) -> tuple[int, bool]:
    """How many articles match every filter set in `params`, counting up to TOTAL_LIMIT;
    (count, whether that is all of them)."""
    return prepared_count(params)()


def prepared_count(params: ArticleFilters) -> Callable[[], tuple[int, bool]]:
    """count_articles, compiled now, run when called: another thread can run it (on its own
    connection) without building a query, which would hold the GIL (see api/store/side_reads.py)."""
    sql, values = _count_statement(params)
    if params.q is None or is_sqlite():
        return partial(_run_count, sql, values)

    def favoured() -> tuple[int, bool]:
        with database.atomic():
            favour_search_index()
            return _run_count(sql, values)

    return favoured


def _count_statement(params: ArticleFilters) -> tuple[str, list]:
    if search_only(params):
        statement = _SEARCH_COUNT[by_positions(params.q)]
        return statement.sql(search_text(params.q), TOTAL_LIMIT + 1)
    if params.q is not None and is_sqlite():
        # The matches in the index's order, each looked up among the filter values: joined so,
        # counting stops at the limit, where a list of matches would be built whole first.
        others = tested_articles(replace(params, q=None))
        source = NodeList((FTS, SQL("CROSS JOIN"), tested_source()))
        query = others.from_(source).where(match(params.q), FTS.rowid == Article.id)
    elif params.q is not None:
        # The index's own rows hold the filters' values: one pass over the matches.
        query = FTS.select(SQL("1")).where(match(params.q), *indexed_conditions(params))
    else:
        query = article_filter(params)
    return _counting(query, TOTAL_LIMIT + 1).sql()


def _counting(query: Select, most: int) -> Select:
    """SELECT COUNT of the query's rows, up to `most`."""
    counted = query.select(SQL("1")).limit(most).alias("counted")
    return Select([counted], [fn.COUNT(SQL("1"))]).bind(database)


def _search_count(positions: bool) -> Statement:
    return Statement(
        lambda text, most: _counting(FTS.select().where(match_text(text, positions)), most)
    )


_SEARCH_COUNT = {positions: _search_count(positions) for positions in (False, True)}


def _run_count(sql: str, params: list) -> tuple[int, bool]:
    count = database.execute_sql(sql, params).fetchone()[0]
    return min(count, TOTAL_LIMIT), count <= TOTAL_LIMIT
