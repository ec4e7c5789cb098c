"""The search index on each backend: how a search matches, scores and orders its matches.

SQLite keeps an FTS5 table (MATCH, bm25); PostgreSQL a table of tsvectors (@@, ts_rank), with
an index of words' positions for phrases when the RUM extension is there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from peewee import OP, SQL, Expression, NodeList, Table, fn

from api.search.query import Node, loosened, to_fts5, to_tsquery, wanted_terms
from api.search.text import snippet
from api.store.db import database, is_sqlite
from api.store.models import Article

# The search index, article_fts (migrations/0003_search.py): on SQLite an FTS5 table whose
# hidden column of the same name takes MATCH; on PostgreSQL a table of tsvectors, each beside
# the values filters read (migrations/0012_search_filter_values.py).
FILTERED_COLUMNS = ("publisher", "published_at", "created_at", "has_images")
FTS = Table("article_fts", ("rowid", "article_fts", "search_vector", *FILTERED_COLUMNS))
FTS = FTS.bind(database)
# PostgreSQL with RUM: search_vector spelt so that only the index of words' positions
# (migrations/0011_search_phrases.py) answers it, for phrases; GIN is faster for words.
PHRASE_INDEX = "article_fts_phrases"
# PostgreSQL with RUM: the matches of words with their ids, to hand them out newest first
# (migrations/0013_search_newest.py).
NEWEST_INDEX = "article_fts_newest"
PHRASE_VECTOR = NodeList((FTS.search_vector, SQL("|| ''::tsvector")), parens=True)
# As the index does to the text (see 0003_search): anything but letters, digits and the
# to_tsquery syntax that search_query writes becomes a space. In the C locale that also
# splits words at non-ASCII letters, exactly as it did in the indexed text.
_TSQUERY_NOISE = "[^[:alnum:]'&|!<>:*() -]+"


def matching(q: Node, *, index_first: bool = False) -> Node:
    """The condition that an article matches `q`: its id is in the list of matches.

    The list is built once: joined instead, SQLite may run the search again for each article
    another filter's index yields (a second per query at 100k). `index_first` keeps the list
    from driving the query, so that SQLite walks a sort index and tests each article against
    it, rather than reading every match's row (its columns sit behind the long texts) to sort.
    """
    ids = FTS.select(FTS.rowid).where(match(q))
    article_id = NodeList((SQL("+"), Article.id), glue="") if index_first else Article.id
    return Expression(article_id, OP.IN, ids)


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


# The setting as it was (set_config returns the new one), then turned off; then put back.
_ORDERED_SCANS = (
    "SELECT current_setting('enable_bitmapscan'), set_config('enable_bitmapscan', 'off', true)"
)
_RESTORED_SCANS = "SELECT set_config('enable_bitmapscan', %s, true)"


@contextmanager
def ordered_scans() -> Iterator[None]:
    """PostgreSQL, for the statements run inside: walk an index in its order rather than gather
    every match of a condition in a bitmap (no-op on SQLite).

    For a phrase's candidates handed out newest first and checked until enough match, the
    planner expects far fewer candidates than there are (109 for the 3,341 of `wind & farm`
    at 100k), so it gathers, sorts, checks and scores all of them, several times slower.
    Put back after (not if a statement failed: its transaction is then aborted, and rolling
    it back puts the setting back), so that later statements, which may need GIN's bitmaps,
    plan as before.
    """
    if is_sqlite():
        yield
        return
    before = database.execute_sql(_ORDERED_SCANS).fetchone()[0]
    yield
    database.execute_sql(_RESTORED_SCANS, (before,))


def snippets(q: Node, texts: dict[int, str]) -> dict[int, str]:
    """An HTML snippet (matches in <mark>, the rest escaped) of each article's search text."""
    terms = wanted_terms(q)
    return {article_id: snippet(text, terms) for article_id, text in texts.items()}


def score_of(text: str, row: Table = FTS):
    """A match's score for a search_text: lower is more relevant, on both backends.

    `row`: the search index under another alias (PostgreSQL).
    """
    if is_sqlite():
        return fn.bm25(FTS.article_fts)
    return score_of_vector(text, row.search_vector)


def score_of_vector(text: str, vector):
    """PostgreSQL: score_of for a match whose tsvector is the expression `vector`."""
    # Negated, so that lower is better as with bm25; float8, so that a score sent back in a
    # cursor compares equal (float4 text does not round-trip through a double).
    return (0 - fn.ts_rank(vector, tsquery_of(text), 1)).cast("float8")


def rowid_key():
    """The search index's rowid, to order or bound the matches by, not to find them by.

    PostgreSQL would walk the primary key (backwards for an order, from the cutoff for a bound)
    testing every row, decompressing each tsvector; an expression it cannot look
    up makes it take the matches from the GIN index, then sort or filter them. FTS5 walks its
    own index by rowid either way, and uses a rowid bound to skip older matches.
    """
    return FTS.rowid if is_sqlite() else FTS.rowid + 0


def match(q: Node):
    """The condition that the search index matches `q`."""
    return match_text(search_text(q), by_positions(q))


def search_text(q: Node) -> str:
    """The search as the index's query language writes it (FTS5's, or to_tsquery's)."""
    return to_fts5(q) if is_sqlite() else to_tsquery(q)


def match_text(text: str, positions: bool = False):
    """The condition that the index matches this search_text; with `positions`, the
    condition that only the index of words' positions answers (see by_positions)."""
    if is_sqlite():
        return NodeList((FTS.article_fts, SQL("MATCH"), text))
    vector = PHRASE_VECTOR if positions else FTS.search_vector
    return NodeList((vector, SQL("@@"), tsquery_of(text)))


def by_positions(q: Node) -> bool:
    """Whether PostgreSQL's index of words' positions should find the matches of `q`: it has
    a phrase, and the index exists (migrations/0011_search_phrases.py: the RUM extension).

    The answers are the same either way; only their cost differs.
    """
    return not is_sqlite() and loosened(q) is not None and _has_positions_index()


def _has_positions_index() -> bool:
    return _has_index(PHRASE_INDEX)


def has_newest_index() -> bool:
    """Whether this PostgreSQL database has the index that hands matches out newest first
    (migrations/0013_search_newest.py: the RUM extension). The answers are the same either
    way; only their cost differs."""
    return not is_sqlite() and _has_index(NEWEST_INDEX)


def _has_index(name: str) -> bool:
    """Whether this database has the index `name`; asked once per opened database."""
    found = getattr(database.obj, "_copydesk_indexes", None)
    if found is None:
        found = database.obj._copydesk_indexes = {}
    if name not in found:
        row = database.execute_sql("SELECT to_regclass(%s) IS NOT NULL", (name,))
        found[name] = bool(row.fetchone()[0])
    return found[name]


def newest_first():
    """PostgreSQL: the order of matches, newest first, that the index of their ids
    (has_newest_index) answers: each id's distance below 2**53 (exact as a float8)."""
    return NodeList((FTS.rowid, SQL("<=| 9007199254740992::bigint")))


# The condition of that index (it is partial): true of every row, written only where it is
# wanted (migrations/0013_search_newest.py); in the SQL's text, so that the planner sees it.
NEWEST_ONLY = NodeList((FTS.rowid, SQL("> 0")))


def tsquery_of(text: str):
    """PostgreSQL's tsquery of a search_text, with what the index never holds made spaces."""
    cleaned = fn.regexp_replace(text, _TSQUERY_NOISE, " ", "g")
    return fn.to_tsquery("simple", cleaned)
