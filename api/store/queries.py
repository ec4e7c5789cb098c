"""Which articles a request asks for: its filters and full-text search as one peewee query.

`article_filter` is shared by every way of reading many articles (the list, the export), so that
the same query parameters always select the same articles.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from peewee import (
    OP,
    SQL,
    Case,
    Column,
    Entity,
    Expression,
    ModelSelect,
    NodeList,
    Select,
    Table,
    fn,
)
from peewee import Node as SqlNode

from api.search.query import Node, loosened, to_fts5, to_tsquery, wanted_terms
from api.search.selection import RANKED_MATCHES, TOTAL_LIMIT, ArticleFilters
from api.search.text import snippet
from api.store.db import database, is_sqlite
from api.store.models import Article, ArticlePerson, Image, Person
from api.store.quotes import named
from api.store.statements import Statement
from api.values import MAX_ID, to_naive_utc

# Every column but the two long texts (the export and what search reads), which no list shows.
LISTED_COLUMNS = tuple(
    field
    for field in Article._meta.sorted_fields
    if field.name not in ("source_text", "search_text")
)
# SQLite: the filter values of each article, by id (migrations/0008_article_filter_values.py).
FILTER_VALUES = "article_filter_values"
# The search index, article_fts (migrations/0003_search.py): on SQLite an FTS5 table whose
# hidden column of the same name takes MATCH; on PostgreSQL a table of tsvectors.
_FTS = Table("article_fts", ("rowid", "article_fts", "search_vector")).bind(database)
# PostgreSQL with RUM: search_vector spelt so that only the index of words' positions
# (migrations/0011_search_phrases.py) answers it, for phrases; GIN is faster for words.
PHRASE_INDEX = "article_fts_phrases"
PHRASE_VECTOR = NodeList((_FTS.search_vector, SQL("|| ''::tsvector")), parens=True)
SEARCH = "search"  # the alias of the matches joined to article
SCORE = Entity(SEARCH, "score")  # lower is more relevant, on both backends
MATCH_ID = Entity(SEARCH, "rowid")  # the id of a matching article
# As the index does to the text (see 0003_search): anything but letters, digits and the
# to_tsquery syntax that search_query writes becomes a space. In the C locale that also
# splits words at non-ASCII letters, exactly as it did in the indexed text.
_TSQUERY_NOISE = "[^[:alnum:]'&|!<>:*() -]+"


def article_filter(params: ArticleFilters) -> ModelSelect:
    """Articles matching every filter set in `params`: unordered, every column but the texts."""
    query = Article.select(*LISTED_COLUMNS)
    conditions = []
    if params.q is not None:
        conditions.append(matching(params.q))
    if params.publisher is not None:
        conditions.append(Article.publisher == params.publisher)
    if params.speaker is not None:
        conditions.append(Article.id.in_(_quoting(_person_condition(params.speaker))))
    if params.person is not None:
        conditions.append(Article.id.in_(_quoting(ArticlePerson.person == params.person)))
    if params.credit is not None:
        credited = Image.select(Image.article).where(Image.credit.contains(params.credit))
        conditions.append(Article.id.in_(credited))
    if params.author is not None:
        conditions.append(Article.id.in_(_by_author(params.author)))
    if params.language is not None:
        conditions.append(Article.id.in_(_in_language(params.language)))
    if params.has_images is not None:
        exists = fn.EXISTS(Image.select(SQL("1")).where(Image.article == Article.id))
        conditions.append(exists if params.has_images else ~exists)
    for column, after, before in (
        (Article.published_at, params.published_after, params.published_before),
        (Article.created_at, params.created_after, params.created_before),
    ):
        if after is not None:
            conditions.append(column >= to_naive_utc(after))
        if before is not None:
            conditions.append(column < to_naive_utc(before))
    if params.ids is not None:
        conditions.append(Article.id.in_(list(params.ids)))
    return query.where(*conditions) if conditions else query


def matching(q: Node, *, index_first: bool = False) -> Node:
    """The condition that an article matches `q`: its id is in the list of matches.

    The list is built once: joined instead, SQLite may run the search again for each article
    another filter's index yields (a second per query at 100k). `index_first` keeps the list
    from driving the query, so that SQLite walks a sort index and tests each article against
    it, rather than reading every match's row (its columns sit behind the long texts) to sort.
    """
    ids = _FTS.select(_FTS.rowid).where(_match(q))
    article_id = NodeList((SQL("+"), Article.id), glue="") if index_first else Article.id
    return Expression(article_id, OP.IN, ids)


def search_only(params: ArticleFilters) -> bool:
    """Whether `q` is the only filter set, so that the search index alone can answer."""
    return params.q is not None and params == ArticleFilters(q=params.q)


def rank_cutoff(q: Node) -> int | None:
    """The id of the oldest match that relevance ranks: the RANKED_MATCHES-th newest match of
    `q`, or None when fewer match (all of them are ranked)."""
    statement = _CUTOFF[_by_positions(q)]
    row = database.execute_sql(*statement.sql(_search_text(q), RANKED_MATCHES - 1)).fetchone()
    return None if row is None else row[0]


def _cutoff(positions: bool) -> Statement:
    return Statement(
        lambda text, skipped: (
            _FTS.select(_FTS.rowid)
            .where(_match_text(text, positions))
            .order_by(_rowid_key().desc())
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
        sql, params = _BEST_OF_NEWEST.sql(_search_text(q), RANKED_MATCHES, want)
    elif (loose := loosened(q)) is None:
        sql, params = _BEST_OF_NEWEST_PG.sql(to_tsquery(q), RANKED_MATCHES, want)
    else:
        sql, params = _BEST_OF_NEWEST_PHRASES.sql(
            to_tsquery(q), to_tsquery(loose), RANKED_MATCHES, want
        )
    cursor = database.execute_sql(sql, params)
    return [_RANKED_ROW._make(row) for row in cursor]


def _best_of_newest(text: str, newest: int, want: int) -> Select:
    matches = _FTS.select(_FTS.rowid.alias("id"), _score(text).alias("score"))
    matches = matches.where(_match_text(text)).order_by(_rowid_key().desc()).limit(newest)
    found = matches.alias(SEARCH)
    match_id, score = Entity(SEARCH, "id"), Entity(SEARCH, "score")
    best = Select([found], [match_id, score]).order_by(score.asc(), match_id.desc())
    return best.limit(want).bind(database)


def _best_of_newest_pg(text: str, newest: int, want: int) -> Select:
    """The newest matches' ids (see _newest_ids), then only their scores."""
    found = _FTS.select(_FTS.rowid).where(_match_text(text))
    found = found.order_by(_rowid_key().desc()).limit(newest)
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
        candidates = _FTS.select(_FTS.rowid).where(_match_text(loose), gate)
        candidates = candidates.order_by(_rowid_key().desc()).cte("candidates", materialized=True)
        row = _FTS.alias("checked")
        checked = row.select(SQL("1")).where(
            (row.rowid == candidates.c.rowid),
            NodeList((row.search_vector, SQL("@@"), _tsquery_of(text))),
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
    recent = _FTS.select(_FTS.rowid, _FTS.search_vector).order_by(_FTS.rowid.desc())
    sampled = recent.limit(SAMPLE_ROWS).alias("sampled")
    hit = NodeList((sampled.c.search_vector, SQL("@@"), _tsquery_of(text)))
    hits = fn.COUNT(SQL("1")).filter(hit).alias("hits")
    sample = Select([sampled], [hits, fn.COUNT(SQL("1")).alias("rows")])
    sample = sample.cte("sample", materialized=True)
    dense = Select([sample], [sample.c.hits * 2 >= sample.c.rows])
    walk = recent.where(dense).limit(WALKED_ROWS).alias("walk")
    walked = Select([walk], [walk.c.rowid]).where(
        NodeList((walk.c.search_vector, SQL("@@"), _tsquery_of(text)))
    )
    walked = walked.limit(newest).cte("walked", materialized=True)
    complete = Select([walked], [fn.COUNT(SQL("1"))])
    found, ctes = indexed(complete < newest)
    ids = Select([walked], [walked.c.rowid]).where(complete >= newest) + found
    return [sample, walked, *ctes], ids.cte("newest", materialized=True)


def _best_of(text: str, ids, want: int) -> Select:
    """The `want` best of the ids in the CTE `ids` (lowest score, then newest)."""
    scored = _FTS.select(_FTS.rowid.alias("id"), _score(text).alias("score"))
    scored = scored.from_(ids).join(_FTS, on=(_FTS.rowid == ids.c.rowid)).with_cte(ids)
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
    matches = _scores(q, cutoff).alias(SEARCH)
    return matches.select_from(MATCH_ID.alias("id"), SCORE.alias("score"))


def scored_articles(params: ArticleFilters, cutoff: int | None) -> ModelSelect:
    """article_filter's articles among the ranked matches (every match, or those from `cutoff`
    on), with their search scores, so that `SCORE` can be read.

    The scores are computed once (a materialised CTE) and drive the query: each ranked match
    is looked up by id and tested against the other filters. Joined the other way, SQLite
    walked every article a date filter selects (70,000 at 100k) to find the 1,000 ranked.
    """
    scores = _scores(params.q, None)
    if cutoff is not None:
        scores = scores.where(_rowid_key() >= cutoff)
    scores = scores.cte(SEARCH, materialized=True)
    others = _tested_articles(replace(params, q=None))
    # SQLite never reorders a CROSS JOIN; PostgreSQL plans it as any inner join.
    source = NodeList((scores, SQL("CROSS JOIN"), _tested_source()))
    return others.from_(source).where(scores.c.rowid == Article.id).with_cte(scores)


def older_matches(params: ArticleFilters, cutoff: int) -> ModelSelect:
    """article_filter's articles older than `cutoff` (matches too old to be ranked), with a
    null `score` like the ranked ones' column."""
    older = _tested_articles(params).where(Article.id < cutoff)
    return older.select(Article.id, SQL("NULL").alias("score"))


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
        statement = _SEARCH_COUNT[_by_positions(params.q)]
        return statement.sql(_search_text(params.q), TOTAL_LIMIT + 1)
    if params.q is not None and is_sqlite():
        # The matches in the index's order, each looked up among the filter values: joined so,
        # counting stops at the limit, where a list of matches would be built whole first.
        others = _tested_articles(replace(params, q=None))
        source = NodeList((_FTS, SQL("CROSS JOIN"), _tested_source()))
        query = others.from_(source).where(_match(params.q), _FTS.rowid == Article.id)
    elif params.q is not None:
        query = _tested_articles(params)
    else:
        query = article_filter(params)
    return _counting(query, TOTAL_LIMIT + 1).sql()


def _counting(query: Select, most: int) -> Select:
    """SELECT COUNT of the query's rows, up to `most`."""
    counted = query.select(SQL("1")).limit(most).alias("counted")
    return Select([counted], [fn.COUNT(SQL("1"))]).bind(database)


def _search_count(positions: bool) -> Statement:
    return Statement(
        lambda text, most: _counting(_FTS.select().where(_match_text(text, positions)), most)
    )


_SEARCH_COUNT = {positions: _search_count(positions) for positions in (False, True)}


def _run_count(sql: str, params: list) -> tuple[int, bool]:
    count = database.execute_sql(sql, params).fetchone()[0]
    return min(count, TOTAL_LIMIT), count <= TOTAL_LIMIT


# Both in one statement (one round trip), for the current transaction only.
_SEARCH_SETTINGS = (
    "SELECT set_config('enable_seqscan', 'off', true),"
    " set_config('max_parallel_workers_per_gather', '0', true)"
)


def favour_search_index() -> None:
    """Within the current transaction, have PostgreSQL use the search index and no parallel
    workers (no-op on SQLite).

    Its planner does not count the work of decompressing every stored tsvector, so for words
    in many articles it reads them all rather than the GIN index, many times slower; and it
    hands a filtered search's count to parallel workers, whose start-up costs more than they
    save on a request's scale (docs/benchmarks.md, "Costs behind the code").
    """
    if not is_sqlite():
        database.execute_sql(_SEARCH_SETTINGS)


def snippets(q: Node, texts: dict[int, str]) -> dict[int, str]:
    """An HTML snippet (matches in <mark>, the rest escaped) of each article's search text."""
    terms = wanted_terms(q)
    return {article_id: snippet(text, terms) for article_id, text in texts.items()}


def _scores(q: Node, cutoff: int | None) -> Select:
    """The matching articles' ids (`rowid`) and scores (`score`); null for those before cutoff."""
    text = _search_text(q)
    score = _score(text)
    if cutoff is not None:
        score = Case(None, [(_FTS.rowid >= cutoff, score)], None)  # scored only when needed
    return _FTS.select(_FTS.rowid, score.alias("score")).where(_match(q))


def _score(text: str):
    """A match's score for a _search_text: lower is more relevant, on both backends."""
    if is_sqlite():
        return fn.bm25(_FTS.article_fts)
    # Negated, so that lower is better as with bm25; float8, so that a score sent back in a
    # cursor compares equal (float4 text does not round-trip through a double).
    return (0 - fn.ts_rank(_FTS.search_vector, _tsquery_of(text), 1)).cast("float8")


def _rowid_key():
    """The search index's rowid, to order or bound the matches by, not to find them by.

    PostgreSQL would walk the primary key (backwards for an order, from the cutoff for a bound)
    testing every row, decompressing each tsvector; an expression it cannot look
    up makes it take the matches from the GIN index, then sort or filter them. FTS5 walks its
    own index by rowid either way, and uses a rowid bound to skip older matches.
    """
    return _FTS.rowid if is_sqlite() else _FTS.rowid + 0


def _tested_articles(params: ArticleFilters) -> ModelSelect:
    """article_filter's article ids, for testing many matches against the filters, each one
    looked up by id: the filters read article_filter_values on SQLite (see _tested_source)."""
    if not is_sqlite():
        return article_filter(params).select(Article.id)
    query = article_filter(replace(params, has_images=None)).from_(_tested_source())
    if params.has_images is not None:
        images = Column(Article._meta.table, "image_count")
        query = query.where(images > 0 if params.has_images else images == 0)
    return query.select(Article.id)


def _tested_source() -> SqlNode:
    """Where _tested_articles reads articles: on SQLite, each article's filter values.

    There the columns filters read sit behind the long texts in article's rows (overflow
    pages); article_filter_values (migrations/0008_article_filter_values.py) holds them, and the
    image count, in a row of their own under the same names. PostgreSQL keeps them in the row.
    """
    return _FilterValues() if is_sqlite() else Article._meta.table


class _FilterValues(SqlNode):
    """article_filter_values in a FROM clause, under article's alias: conditions on article's
    id, dates and publisher read the same columns of this table."""

    def __sql__(self, ctx):
        ctx.literal(f'"{FILTER_VALUES}" AS ')
        return ctx.sql(Entity(ctx.alias_manager[Article._meta.table]))


def _match(q: Node):
    return _match_text(_search_text(q), _by_positions(q))


def _search_text(q: Node) -> str:
    """The search as the index's query language writes it (FTS5's, or to_tsquery's)."""
    return to_fts5(q) if is_sqlite() else to_tsquery(q)


def _match_text(text: str, positions: bool = False):
    """The condition that the index matches this _search_text; with `positions`, the
    condition that only the index of words' positions answers (see _by_positions)."""
    if is_sqlite():
        return NodeList((_FTS.article_fts, SQL("MATCH"), text))
    vector = PHRASE_VECTOR if positions else _FTS.search_vector
    return NodeList((vector, SQL("@@"), _tsquery_of(text)))


def _by_positions(q: Node) -> bool:
    """Whether PostgreSQL's index of words' positions should find the matches of `q`: it has
    a phrase, and the index exists (migrations/0011_search_phrases.py: the RUM extension).

    The answers are the same either way; only their cost differs.
    """
    return not is_sqlite() and loosened(q) is not None and _has_positions_index()


def _has_positions_index() -> bool:
    """Whether this database has the phrase index; asked once per opened database."""
    db = database.obj
    found = getattr(db, "_copydesk_positions_index", None)
    if found is None:
        row = database.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (PHRASE_INDEX,))
        found = bool(row.fetchone()[0])
        db._copydesk_positions_index = found
    return found


def _tsquery_of(text: str):
    cleaned = fn.regexp_replace(text, _TSQUERY_NOISE, " ", "g")
    return fn.to_tsquery("simple", cleaned)


def _by_author(name: str) -> ModelSelect:
    """Ids of the articles naming this author (any case): its JSON string is in `authors`.

    A subquery on article of its own: on SQLite the filters may read article_filter_values
    under article's alias, and that table has no authors.
    """
    row = Article.alias()
    needle = fn.lower(json.dumps(name, ensure_ascii=False))
    found = (
        fn.instr(fn.lower(row.authors), needle)
        if is_sqlite()
        else fn.strpos(fn.lower(row.authors), needle)
    )
    return row.select(row.id).where(found > 0)


def _in_language(tag: str) -> ModelSelect:
    """Ids of the articles in this language: 'en' finds 'en', 'EN' and 'en-GB' (the tag is
    letters, digits and hyphens only: the schema checks it, so LIKE sees no wildcard)."""
    row = Article.alias()
    language = fn.lower(row.language)
    return row.select(row.id).where(
        (language == tag.lower()) | (language.startswith(tag.lower() + "-"))
    )


def _person_condition(speaker: str):
    if speaker.isascii() and speaker.isdigit():
        person_id = int(speaker)
        return ArticlePerson.person == person_id if person_id <= MAX_ID else SQL("1 = 0")
    return named(speaker)


def _quoting(condition) -> ModelSelect:
    """Ids of the articles that quote the people meeting `condition`."""
    return ArticlePerson.select(ArticlePerson.article).join(Person).where(condition)
