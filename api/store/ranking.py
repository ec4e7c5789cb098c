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
    NEWEST_ONLY,
    by_positions,
    has_newest_index,
    match,
    match_text,
    newest_first,
    ordered_scans,
    rowid_key,
    score_of,
    score_of_vector,
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
    every match before the limit), then scores only those; where the index of the matches'
    ids is (has_newest_index), it hands a word's matches out newest first, and the rows of
    the older ones are never read; a phrase's candidates (its loosened query's matches) too,
    each checked in turn until enough match.
    """
    if is_sqlite():
        sql, params = _BEST_OF_NEWEST.sql(search_text(q), RANKED_MATCHES, want)
    elif (loose := loosened(q)) is not None and has_newest_index():
        sql, params = _BEST_OF_NEWEST_ORDERED_PHRASES.sql(
            to_tsquery(q), to_tsquery(loose), RANKED_MATCHES, want
        )
        with ordered_scans():
            return _ranked_rows(sql, params)
    elif loose is not None:
        sql, params = _BEST_OF_NEWEST_PHRASES.sql(
            to_tsquery(q), to_tsquery(loose), RANKED_MATCHES, want
        )
    elif has_newest_index():
        sql, params = _BEST_OF_NEWEST_ORDERED.sql(to_tsquery(q), RANKED_MATCHES, want)
    else:
        sql, params = _BEST_OF_NEWEST_PG.sql(to_tsquery(q), RANKED_MATCHES, want)
    return _ranked_rows(sql, params)


def _ranked_rows(sql: str, params: list) -> list[tuple]:
    """The (id, score) rows of a statement, as named tuples."""
    return [_RANKED_ROW._make(row) for row in database.execute_sql(sql, params).fetchall()]


def _best_of_newest(text: str, newest: int, want: int) -> Select:
    matches = FTS.select(FTS.rowid.alias("id"), score_of(text).alias("score"))
    matches = matches.where(match_text(text)).order_by(rowid_key().desc()).limit(newest)
    found = matches.alias(SEARCH)
    match_id, score = Entity(SEARCH, "id"), Entity(SEARCH, "score")
    best = Select([found], [match_id, score]).order_by(score.asc(), match_id.desc())
    return best.limit(want).bind(database)


def _best_of_newest_pg(text: str, newest: int, want: int) -> Select:
    """The newest matches' ids (see _newest_ids), then only their scores."""
    ctes, ids = _newest_ids(text, newest, _indexed_newest(text, None, newest))
    return _best_of(text, ids, want).with_cte(*ctes, ids)


def _best_of_newest_phrases(text: str, loose: str, newest: int, want: int) -> Select:
    """As _best_of_newest_pg for a query with phrases (see _indexed_newest), scoring each
    candidate where it is checked: its row is read once, not again to be scored."""
    return _best_of_scored(text, newest, want, _indexed_newest(text, loose, newest, scored=True))


def _best_of_newest_ordered(text: str, newest: int, want: int) -> Select:
    """As _best_of_newest_pg, with the index that hands the matches out newest first: only
    the newest matches' rows are read, each scored as it is read."""
    return _best_of_scored(text, newest, want, _ordered_newest(text, newest, scored=True))


def _best_of_newest_ordered_phrases(text: str, loose: str, newest: int, want: int) -> Select:
    """As _best_of_newest_phrases, the candidates handed out newest first by the index of the
    matches' ids (has_newest_index): only the rows of the candidates checked are read."""
    ordered = _ordered_newest(text, newest, scored=True, loose=loose)
    return _best_of_scored(text, newest, want, ordered)


def _best_of_scored(text: str, newest: int, want: int, indexed) -> Select:
    """The `want` best of the newest matches that `indexed` finds with their scores (the
    walk over the newest rows scores its matches as well)."""
    ctes, ids = _newest_ids(text, newest, indexed, scored=True)
    best = Select([ids], [ids.c.rowid.alias("id"), ids.c.score.alias("score")])
    best = best.order_by(SQL("score").asc(), SQL("id").desc()).limit(want)
    return best.with_cte(*ctes, ids).bind(database)


def _ordered_newest(text: str, newest: int, *, scored: bool = False, loose: str | None = None):
    """_newest_ids' `indexed(gate)` through the index of the matches' ids
    (has_newest_index): it yields the matches newest first, so only the `newest` newest are
    read from the table. With `scored`, each is scored as it is read: above the LIMIT, so
    that no more are scored should the planner sort the matches instead.

    With phrases, which that index cannot check (`loose`, the loosened() form, is given): it
    yields the loosened form's matches newest first, each checked in turn (its vector held
    once, see _held) until `newest` match; only with `scored`, and under ordered_scans,
    without which the planner gathers and checks every candidate.
    """

    def words(gate):
        found = FTS.select(FTS.rowid, *([FTS.search_vector] if scored else []))
        found = found.where(match_text(text), NEWEST_ONLY, gate)
        found = found.order_by(newest_first()).limit(newest)
        if not scored:
            return found, ()
        found = found.alias("ordered")
        return Select([found], [found.c.rowid, score_of(text, found.c).alias("score")]), ()

    def phrases(gate):
        candidates = FTS.select(FTS.rowid, _held(FTS.search_vector))
        candidates = candidates.where(match_text(loose), NEWEST_ONLY, gate)
        # OFFSET 0 keeps the subquery apart (see _held), in the index's order.
        candidates = candidates.order_by(newest_first()).offset(0).alias("ordered")
        vector = _element(candidates.c.held)
        checked = Select(
            [candidates], [candidates.c.rowid, score_of_vector(text, vector).alias("score")]
        )
        checked = checked.where(NodeList((vector, SQL("@@"), tsquery_of(text))))
        return checked.limit(newest), ()

    return words if loose is None else phrases


def _indexed_newest(text: str, loose: str | None, newest: int, *, scored: bool = False):
    """_newest_ids' `indexed(gate)`: the newest matches through the search index.

    With phrases, which the GIN index cannot check (`loose`, the loosened() form, is given):
    the matches of the loosened form, newest first, each checked in turn until enough match
    (with `scored`, each match's score beside its id). The candidates keep their vectors as
    the bitmap scan found them (a pointer, for the vectors stored out of line), so that no
    candidate is looked up again by id; each is checked in the order of the materialised list,
    so that the checking stops at the newest `newest` matches. The count (or a search with a
    filter) checks every candidate: it is there that the index of words' positions helps,
    where there is one; here it was no faster (docs/benchmarks.md).
    """

    def words(gate):
        found = FTS.select(FTS.rowid).where(match_text(text), gate)
        return found.order_by(rowid_key().desc()).limit(newest), ()

    def phrases(gate):
        candidates = FTS.select(FTS.rowid, FTS.search_vector).where(match_text(loose), gate)
        candidates = candidates.order_by(rowid_key().desc()).cte("candidates", materialized=True)
        read, vector = _read_once(candidates)
        checked = Select(
            [read],
            [read.c.rowid, *([score_of_vector(text, vector).alias("score")] if scored else [])],
        )
        checked = checked.where(NodeList((vector, SQL("@@"), tsquery_of(text))))
        return checked.limit(newest), (candidates,)

    return words if loose is None else phrases


def _read_once(candidates) -> tuple[Select, NodeList]:
    """The candidates with each vector read once: (their rows, the vector's expression)."""
    read = Select([candidates], [candidates.c.rowid, _held(candidates.c.search_vector)])
    read = read.offset(0).alias("checked")
    return read, _element(read.c.held)


def _held(vector) -> NodeList:
    """A vector held once, as `held`: read it back with _element.

    A vector stored out of line is fetched again by every function given it (the phrase
    check, then ts_rank): put in a one-element array, it is fetched once, and the array's
    element is read in memory. The subquery that holds it must stay apart (a LIMIT or OFFSET
    0): merged into the query above, it would be fetched again per use (docs/benchmarks.md,
    issue 19).
    """
    return NodeList((SQL("ARRAY["), vector, SQL("]")), glue="").alias("held")


def _element(held) -> NodeList:
    """The vector that _held holds."""
    return NodeList((held, SQL("[1]")), glue="")


def best_of_filtered(params: ArticleFilters, want: int) -> tuple[list[tuple], bool]:
    """PostgreSQL: the `want` best of the RANKED_MATCHES newest matches of `params.q` that
    pass its other filters, as best_of_newest gives them; and whether those newest were all
    the matches (then no older match can follow them).

    One statement, where rank_cutoff and scored_articles take two: the filters read the search
    index's rows, and only the newest matches that pass them are scored.
    """
    text, loose = to_tsquery(params.q), loosened(params.q)
    loose = None if loose is None else to_tsquery(loose)
    if loose is None and has_newest_index():
        indexed = _ordered_newest(text, RANKED_MATCHES)
    else:
        indexed = _indexed_newest(text, loose, RANKED_MATCHES)
    ctes, ids = _newest_ids(text, RANKED_MATCHES, indexed)
    best = FTS.select(FTS.rowid.alias("id"), score_of(text).alias("score"))
    best = best.from_(ids).join(FTS, on=(FTS.rowid == ids.c.rowid))
    best = best.where(*indexed_conditions(params)).order_by(SQL("score"), SQL("id").desc())
    best = best.limit(want).alias("best")
    # Joined to a row that always exists, so that the number ranked comes back without matches.
    ranked = Select([ids], [fn.COUNT(SQL("1")).alias("ranked")]).alias("ranked")
    source = NodeList((ranked, SQL("LEFT JOIN"), best, SQL("ON TRUE")))
    best_id, best_score = Entity("best", "id"), Entity("best", "score")
    query = Select([source], [best_id, best_score, Entity("ranked", "ranked")])
    query = query.order_by(best_score.asc(), best_id.desc()).with_cte(*ctes, ids)
    rows = database.execute_sql(*query.bind(database).sql()).fetchall()
    found = [_RANKED_ROW(row[0], row[1]) for row in rows if row[0] is not None]
    return found, rows[0][2] < RANKED_MATCHES


# A word in most articles: the newest rows are read in turn (the primary key backwards) and
# tested, when at least half of the newest SAMPLE_ROWS match, up to WALKED_ROWS of them;
# the GIN index would yield every match to be sorted. Each row tested costs a tsvector's
# decompression, hence the sample and the bound (docs/benchmarks.md, "Costs behind the code").
SAMPLE_ROWS = 100
WALKED_ROWS = 4000


def _newest_ids(text: str, newest: int, indexed, *, scored: bool = False) -> tuple[list, object]:
    """The CTEs that find the ids of the `newest` newest matches of `text`, and the last of
    them (`newest`, its column `rowid`), which holds them.

    `indexed(gate)` is (the query of those ids through the search index, its CTEs), run
    only under `gate`: when the walk over the newest rows did not find them all. With
    `scored`, it gives their scores as well, and `newest` has a column `score` (null for
    the ids the walk found).
    """
    recent = FTS.select(FTS.rowid, FTS.search_vector).order_by(FTS.rowid.desc())
    sampled = recent.limit(SAMPLE_ROWS).alias("sampled")
    hit = NodeList((sampled.c.search_vector, SQL("@@"), tsquery_of(text)))
    hits = fn.COUNT(SQL("1")).filter(hit).alias("hits")
    sample = Select([sampled], [hits, fn.COUNT(SQL("1")).alias("rows")])
    sample = sample.cte("sample", materialized=True)
    dense = Select([sample], [sample.c.hits * 2 >= sample.c.rows])
    walked = _walked(text, newest, dense, scored=scored).cte("walked", materialized=True)
    complete = Select([walked], [fn.COUNT(SQL("1"))])
    found, ctes = indexed(complete < newest)
    score = [walked.c.score] if scored else []
    ids = Select([walked], [walked.c.rowid, *score]).where(complete >= newest) + found
    return [sample, walked, *ctes], ids.cte("newest", materialized=True)


def _walked(text: str, newest: int, dense, *, scored: bool) -> Select:
    """The newest rows read in turn (primary key backwards) while `dense`, up to WALKED_ROWS,
    and the first `newest` that match `text`; with `scored`, each with its score, from the
    vector the check read (held once, see _held): not looked up again to be scored."""
    vector = FTS.search_vector
    walk = FTS.select(FTS.rowid, _held(vector) if scored else vector)
    walk = walk.where(dense).order_by(FTS.rowid.desc()).limit(WALKED_ROWS).alias("walk")
    vector = _element(walk.c.held) if scored else walk.c.search_vector
    score = [score_of_vector(text, vector).alias("score")] if scored else []
    walked = Select([walk], [walk.c.rowid, *score])
    return walked.where(NodeList((vector, SQL("@@"), tsquery_of(text)))).limit(newest)


def _best_of(text: str, ids, want: int) -> Select:
    """The `want` best of the ids in the CTE `ids` (lowest score, then newest)."""
    scored = FTS.select(FTS.rowid.alias("id"), score_of(text).alias("score"))
    scored = scored.from_(ids).join(FTS, on=(FTS.rowid == ids.c.rowid)).with_cte(ids)
    return scored.order_by(SQL("score").asc(), SQL("id").desc()).limit(want).bind(database)


_BEST_OF_NEWEST = Statement(_best_of_newest)
_BEST_OF_NEWEST_PG = Statement(_best_of_newest_pg)
_BEST_OF_NEWEST_PHRASES = Statement(_best_of_newest_phrases)
_BEST_OF_NEWEST_ORDERED = Statement(_best_of_newest_ordered)
_BEST_OF_NEWEST_ORDERED_PHRASES = Statement(_best_of_newest_ordered_phrases)
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
