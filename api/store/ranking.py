"""Relevance: the best of a search's newest matches, and every match's score for deeper pages.

Only the RANKED_MATCHES newest matches are scored; older ones follow, newest first.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import replace

from peewee import SQL, Case, Entity, NodeList, Select, fn

from api.search.query import Node, loosened, to_tsquery
from api.search.selection import RANKED_MATCHES, ArticleFilters
from api.store.db import database, is_sqlite
from api.store.models import Article
from api.store.queries import indexed_conditions, tested_articles, tested_source
from api.store.search_index import (
    FTS,
    by_positions,
    match,
    match_text,
    rowid_key,
    score_of,
    search_text,
    tsquery_of,
)
from api.store.statements import Statement

SEARCH = "search"  # the alias of the matches joined to article
SCORE = Entity(SEARCH, "score")  # lower is more relevant, on both backends
MATCH_ID = Entity(SEARCH, "rowid")  # the id of a matching article


def rank_cutoff(q: Node) -> int | None:
    """The id of the oldest match that relevance ranks: the RANKED_MATCHES-th newest match of
    `q`, or None when fewer match (all of them are ranked)."""
    statement = _CUTOFF[by_positions(q)]
    row = database.execute_sql(*statement.sql(search_text(q), RANKED_MATCHES - 1)).fetchone()
    return None if row is None else row[0]


def _cutoff(positions: bool) -> Statement:
    return Statement(
        lambda text, skipped: (
            FTS.select(FTS.rowid)
            .where(match_text(text, positions))
            .order_by(rowid_key().desc())
            .limit(1)
            .offset(skipped)
        )
    )


_CUTOFF = {positions: _cutoff(positions) for positions in (False, True)}


def best_of_newest(q: Node, want: int) -> list[tuple]:
    """The `want` best (lowest score, then newest) of the RANKED_MATCHES newest matches of `q`,
    as (id, score) named tuples: the first page of a search by relevance.

    One statement, no rank_cutoff looked for first (for a rare phrase that alone scanned every
    match). SQLite scores the newest matches as FTS5 yields them, newest first. PostgreSQL
    keeps the newest matches first (a materialised CTE: its planner would otherwise score
    every match before the limit), then scores only those.
    """
    if is_sqlite():
        sql, params = _BEST_OF_NEWEST.sql(search_text(q), RANKED_MATCHES, want)
    elif (loose := loosened(q)) is None:
        sql, params = _BEST_OF_NEWEST_PG.sql(to_tsquery(q), RANKED_MATCHES, want)
    else:
        sql, params = _BEST_OF_NEWEST_PHRASES.sql(
            to_tsquery(q), to_tsquery(loose), RANKED_MATCHES, want
        )
    cursor = database.execute_sql(sql, params)
    return [_RANKED_ROW._make(row) for row in cursor]


def _best_of_newest(text: str, newest: int, want: int) -> Select:
    matches = FTS.select(FTS.rowid.alias("id"), score_of(text).alias("score"))
    matches = matches.where(match_text(text)).order_by(rowid_key().desc()).limit(newest)
    found = matches.alias(SEARCH)
    match_id, score = Entity(SEARCH, "id"), Entity(SEARCH, "score")
    best = Select([found], [match_id, score]).order_by(score.asc(), match_id.desc())
    return best.limit(want).bind(database)


def _best_of_newest_pg(text: str, newest: int, want: int) -> Select:
    """The newest matches' ids (see _newest_ids), then only their scores."""
    found = FTS.select(FTS.rowid).where(match_text(text))
    found = found.order_by(rowid_key().desc()).limit(newest)
    ctes, ids = _newest_ids(text, newest, lambda gate: (found.where(gate), ()))
    return _best_of(text, ids, want).with_cte(*ctes, ids)


def _best_of_newest_phrases(text: str, loose: str, newest: int, want: int) -> Select:
    """As _best_of_newest_pg for a query with phrases, which the GIN index cannot check: the
    matches of its loosened() form, newest first, each checked in turn until enough match.

    Each candidate is read on its own (LATERAL: a nested loop), in the order of the
    materialised list, so that the checking stops at the newest `newest` matches. The count
    (or a search with a filter) checks every candidate: it is there that the index of words'
    positions helps, where there is one; here it was no faster (docs/benchmarks.md).
    """

    def found(gate):
        candidates = FTS.select(FTS.rowid).where(match_text(loose), gate)
        candidates = candidates.order_by(rowid_key().desc()).cte("candidates", materialized=True)
        row = FTS.alias("checked")
        checked = row.select(SQL("1")).where(
            (row.rowid == candidates.c.rowid),
            NodeList((row.search_vector, SQL("@@"), tsquery_of(text))),
        )
        checked = checked.limit(1)  # a LIMIT keeps the planner from making the loop a join
        lateral = NodeList((SQL("LATERAL"), checked.alias("found")))
        source = NodeList((candidates, SQL("CROSS JOIN"), lateral))
        return Select([source], [candidates.c.rowid]).limit(newest), (candidates,)

    ctes, ids = _newest_ids(text, newest, found)
    return _best_of(text, ids, want).with_cte(*ctes, ids)


# A word in most articles: the newest rows are read in turn (the primary key backwards) and
# tested, when at least half of the newest SAMPLE_ROWS match, up to WALKED_ROWS of them;
# the GIN index would yield every match to be sorted. Each row tested costs a tsvector's
# decompression, hence the sample and the bound (docs/benchmarks.md, "Costs behind the code").
SAMPLE_ROWS = 100
WALKED_ROWS = 4000


def _newest_ids(text: str, newest: int, indexed) -> tuple[list, object]:
    """The CTEs that find the ids of the `newest` newest matches of `text`, and the last of
    them (`newest`, its column `rowid`), which holds them.

    `indexed(gate)` is (the query of those ids through the search index, its CTEs), run
    only under `gate`: when the walk over the newest rows did not find them all.
    """
    recent = FTS.select(FTS.rowid, FTS.search_vector).order_by(FTS.rowid.desc())
    sampled = recent.limit(SAMPLE_ROWS).alias("sampled")
    hit = NodeList((sampled.c.search_vector, SQL("@@"), tsquery_of(text)))
    hits = fn.COUNT(SQL("1")).filter(hit).alias("hits")
    sample = Select([sampled], [hits, fn.COUNT(SQL("1")).alias("rows")])
    sample = sample.cte("sample", materialized=True)
    dense = Select([sample], [sample.c.hits * 2 >= sample.c.rows])
    walk = recent.where(dense).limit(WALKED_ROWS).alias("walk")
    walked = Select([walk], [walk.c.rowid]).where(
        NodeList((walk.c.search_vector, SQL("@@"), tsquery_of(text)))
    )
    walked = walked.limit(newest).cte("walked", materialized=True)
    complete = Select([walked], [fn.COUNT(SQL("1"))])
    found, ctes = indexed(complete < newest)
    ids = Select([walked], [walked.c.rowid]).where(complete >= newest) + found
    return [sample, walked, *ctes], ids.cte("newest", materialized=True)


def _best_of(text: str, ids, want: int) -> Select:
    """The `want` best of the ids in the CTE `ids` (lowest score, then newest)."""
    scored = FTS.select(FTS.rowid.alias("id"), score_of(text).alias("score"))
    scored = scored.from_(ids).join(FTS, on=(FTS.rowid == ids.c.rowid)).with_cte(ids)
    return scored.order_by(SQL("score").asc(), SQL("id").desc()).limit(want).bind(database)


_BEST_OF_NEWEST = Statement(_best_of_newest)
_BEST_OF_NEWEST_PG = Statement(_best_of_newest_pg)
_BEST_OF_NEWEST_PHRASES = Statement(_best_of_newest_phrases)
_RANKED_ROW = namedtuple("RankedRow", ("id", "score"))


def ranked_matches(q: Node, cutoff: int | None) -> Select:
    """Every match's `id` and `score`, from the search index alone (no article row is read).

    The columns are `MATCH_ID` and `SCORE` to filter and sort on; matches older than `cutoff`
    are not scored (their score is null).
    """
    return _as_search(_scores(q, cutoff))


def scored_articles(params: ArticleFilters, cutoff: int | None) -> tuple[Select, object]:
    """article_filter's articles among the ranked matches (every match, or those from `cutoff`
    on), with their search scores: (the query of their `id` and `score`, the id to order by).

    PostgreSQL answers from the search index alone, whose rows hold the values filters read.
    SQLite computes the scores once (a materialised CTE), which drive the query: each ranked
    match is looked up by id and tested against the other filters. Joined the other way, it
    walked every article a date filter selects (70,000 at 100k) to find the 1,000 ranked.
    """
    scores = _scores(params.q, None)
    if cutoff is not None:
        scores = scores.where(rowid_key() >= cutoff)
    if not is_sqlite():
        return _as_search(scores.where(*indexed_conditions(params))), MATCH_ID
    scores = scores.cte(SEARCH, materialized=True)
    others = tested_articles(replace(params, q=None))
    # SQLite never reorders a CROSS JOIN.
    source = NodeList((scores, SQL("CROSS JOIN"), tested_source()))
    found = others.from_(source).where(scores.c.rowid == Article.id).with_cte(scores)
    return found.select(Article.id, SCORE.alias("score")), Article.id


def older_matches(params: ArticleFilters, cutoff: int) -> Select:
    """article_filter's articles older than `cutoff` (matches too old to be ranked), as
    scored_articles' query gives them (its id expression), with a null `score`."""
    if not is_sqlite():
        older = FTS.select(FTS.rowid, SQL("NULL").alias("score"))
        older = older.where(match(params.q), rowid_key() < cutoff, *indexed_conditions(params))
        return _as_search(older)
    older = tested_articles(params).where(Article.id < cutoff)
    return older.select(Article.id, SQL("NULL").alias("score"))


def _as_search(matches: Select) -> Select:
    """A query of the search index's `rowid` and `score` as `id` and `score`, read through
    `MATCH_ID` and `SCORE`."""
    return matches.alias(SEARCH).select_from(MATCH_ID.alias("id"), SCORE.alias("score"))


def _scores(q: Node, cutoff: int | None) -> Select:
    """The matching articles' ids (`rowid`) and scores (`score`); null for those before cutoff."""
    text = search_text(q)
    score = score_of(text)
    if cutoff is not None:
        score = Case(None, [(FTS.rowid >= cutoff, score)], None)  # scored only when needed
    return FTS.select(FTS.rowid, score.alias("score")).where(match(q))
