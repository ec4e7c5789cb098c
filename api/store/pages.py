"""Sorted pages of articles: keyset pagination over (sort key, id), forwards and backwards.

A cursor names a position between two articles by the sort key and id of the one before it,
so the next page is `WHERE (key, id) > (...)`: as fast on the 1,000th page as on the first,
and stable while articles are added (they appear if they sort after the position).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from peewee import Node, Select

from api.search.cursors import Cursor, Sort, SortError
from api.search.selection import ArticleFilters
from api.store import ranking
from api.store.db import read_transaction
from api.store.models import HEADLINE_KEY, Article
from api.store.queries import LISTED_COLUMNS, article_filter, search_only
from api.store.ranking import (
    MATCH_ID,
    SCORE,
    best_of_newest,
    older_matches,
    rank_cutoff,
    ranked_matches,
    scored_articles,
)
from api.store.search_index import favour_search_index, matching
from api.store.statements import rows_by_ids


@dataclass(frozen=True)
class Page:
    """The article rows of one page (every column but the long texts, as named tuples), and
    its neighbours."""

    rows: list[tuple]
    next: Cursor | None
    prev: Cursor | None


@dataclass(frozen=True)
class _Segment:
    """Rows that sort together: `order` is (expression, descending) pairs, the id last."""

    where: Node | None
    order: tuple[tuple[Node, bool], ...]
    nulls: bool = False  # rows whose (nullable) key is null: their cursors carry value None
    base: Select | None = None  # the query of its rows, when not the page's


def article_page(
    filters: ArticleFilters,
    sort: Sort,
    *,
    limit: int,
    cursor: Cursor | None = None,
    offset: int = 0,
    columns: tuple[Node, ...] = (),
) -> Page:
    """One page of the filtered articles in `sort` order, after or before `cursor` or `offset`.

    Each row has the listed columns, and `columns` (aliased expressions) as well.
    """
    if sort.key == "relevance" and filters.q is None:
        raise SortError("sort=relevance needs a search: give q as well.")
    if _first_of_ranked(filters, sort, cursor, offset, limit):
        return _first_ranked_page(filters, sort, limit, columns)
    backwards = cursor is not None and cursor.before
    # One read transaction: every segment of the walk sees the same articles.
    with read_transaction():
        if filters.q is not None:
            favour_search_index()
        cutoff = rank_cutoff(filters.q) if sort.key == "relevance" else None
        base, article_id = _keys(filters, sort, cutoff)
        older = None
        if cutoff is not None and not search_only(filters):
            older = older_matches(filters, cutoff)  # walked apart from the scored ones
        segments = _segments(sort, article_id, cutoff, older)
        found = _page_rows(base, segments, cursor, limit + 1, backwards=backwards, offset=offset)
        more = len(found) > limit
        found = found[:limit][::-1] if backwards else found[:limit]
        rows = _rows([key.id for key in found], columns)
    if backwards:
        after = _cursor_at(sort, found[-1], before=False) if found else _reversed_cursor(cursor)
        prev = _cursor_at(sort, found[0], before=True) if more else None
    else:
        after = _cursor_at(sort, found[-1], before=False) if more else None
        if found and (cursor is not None or offset > 0):
            prev = _cursor_at(sort, found[0], before=True)
        else:
            prev = _reversed_cursor(cursor) if cursor is not None else None
    return Page(rows, after, prev)


def _first_of_ranked(filters, sort: Sort, cursor, offset: int, limit: int) -> bool:
    """Whether this is the first page of a bare search by relevance, best first, within the
    ranked matches (so that no match too old to be ranked can be on it)."""
    return (
        sort.key == "relevance"
        and not sort.reverse
        and cursor is None
        and offset == 0
        and search_only(filters)
        and limit + 1 <= ranking.RANKED_MATCHES  # read now: tests lower it
    )


def _first_ranked_page(
    filters: ArticleFilters, sort: Sort, limit: int, columns: tuple[Node, ...]
) -> Page:
    """The first page of a bare search by relevance: the best of the newest matches."""
    with read_transaction():
        favour_search_index()
        found = best_of_newest(filters.q, limit + 1)
        rows = _rows([key.id for key in found[:limit]], columns)
    more = len(found) > limit
    return Page(rows, _cursor_at(sort, found[limit - 1], before=False) if more else None, None)


def _keys(filters: ArticleFilters, sort: Sort, cutoff: int | None) -> tuple[Select, Node]:
    """The query of ids and sort keys to walk (and its id expression).

    Only keys are read while walking, which an index may answer alone; whole rows are read for
    the page's articles only.
    """
    if sort.key == "relevance" and search_only(filters):
        # A bare search is ranked in the index: joining articles would read a row per match.
        return ranked_matches(filters.q, cutoff), MATCH_ID
    if sort.key == "relevance":
        return scored_articles(filters, cutoff)
    if sort.key == "id":
        return article_filter(filters).select(Article.id), Article.id
    keys = article_filter(replace(filters, q=None)).select(Article.id, _key(sort).alias(sort.key))
    if filters.q is not None:
        keys = keys.where(matching(filters.q, index_first=True))
    return keys, Article.id


def _key(sort: Sort) -> Node:
    """The expression a sort key orders by: an indexed one for each."""
    return HEADLINE_KEY if sort.key == "headline" else getattr(Article, sort.key)


def _rows(ids: list[int], columns: tuple[Node, ...]) -> list[tuple]:
    """The listed columns (and `columns`) of these articles, in this order, as named tuples."""
    found = {row.id: row for row in _listed_rows(columns)(ids)}
    return [found[article_id] for article_id in ids if article_id in found]


@cache
def _listed_rows(columns: tuple[Node, ...]):
    """rows(ids) of the listed columns and these: compiled once per number of ids."""
    return rows_by_ids(
        lambda ids: Article.select(*LISTED_COLUMNS, *columns).where(Article.id.in_(ids)),
        named=True,
    )


def _segments(sort: Sort, article_id: Node, cutoff=None, older=None) -> list[_Segment]:
    """The parts of the order to walk in turn (relevance: see _relevance_segments)."""
    descending = sort.reverse
    if sort.key == "id":
        return [_Segment(None, ((Article.id, descending),))]
    if sort.key == "relevance":
        return _relevance_segments(descending, article_id, cutoff, older)
    column = _key(sort)
    keyed = _Segment(None, ((column, descending), (Article.id, descending)))
    if not getattr(Article, sort.key).null:
        return [keyed]
    # Articles without a date come last whichever way dates run; each part walks an index.
    return [
        _Segment(column.is_null(False), keyed.order),
        _Segment(column.is_null(True), ((Article.id, descending),), nulls=True),
    ]


def _relevance_segments(descending: bool, article_id: Node, cutoff, older) -> list[_Segment]:
    """Best first (lowest score), among equals the newest; then the matches too old to be
    ranked (null score), newest first. Descending is the exact reverse.

    `older` is the query of those older matches when the page's base holds only the ranked
    ones (a search with other filters); a bare search's base holds them all.
    """
    ranked = ((SCORE, descending), (article_id, not descending))
    if cutoff is None:
        return [_Segment(None, ranked)]
    newest_first = ((article_id, not descending),)
    if older is None:
        segments = [
            _Segment(article_id >= cutoff, ranked),
            _Segment(article_id < cutoff, newest_first, nulls=True),
        ]
    else:
        segments = [_Segment(None, ranked), _Segment(None, newest_first, nulls=True, base=older)]
    return segments[::-1] if descending else segments


def _page_rows(
    base: Select,
    segments: list[_Segment],
    cursor: Cursor | None,
    want: int,
    *,
    backwards: bool = False,
    offset: int = 0,
) -> list[tuple]:
    """Up to `want` (id, sort key) rows from the cursor on (nearest first), segment by segment."""
    if cursor is not None and len(segments) > 1:
        start = next(i for i, s in enumerate(segments) if s.nulls == (cursor.value is None))
    else:
        start = len(segments) - 1 if backwards else 0
    order = range(start, -1, -1) if backwards else range(start, len(segments))
    rows: list[Article] = []
    keys = None if cursor is None else _cursor_keys(cursor, segments[start])
    for index in order:
        segment = segments[index]
        query = base if segment.base is None else segment.base
        query = query if segment.where is None else query.where(segment.where)
        if keys is not None:
            query = query.where(_past_keys(segment.order, keys, backwards))
        directions = [(expr, descending != backwards) for expr, descending in segment.order]
        query = query.order_by(*(e.desc() if d else e.asc() for e, d in directions))
        found = list(query.limit(want - len(rows)).offset(offset or None).namedtuples())
        if offset and not found:
            offset = max(0, offset - query.order_by().count())  # skipped this whole segment
        elif offset:
            offset = 0
        rows += found
        keys = None
        if len(rows) >= want:
            break
    return rows


def _past_keys(order, keys: tuple, backwards: bool) -> Node:
    """Rows strictly past `keys` in this order (or before them, walking backwards)."""
    exprs = [expr for expr, _ in order]
    ups = [descending == backwards for _, descending in order]  # True: later rows are greater
    if len(exprs) == 1:
        return exprs[0] > keys[0] if ups[0] else exprs[0] < keys[0]
    (first, second), (v1, v2) = exprs, keys
    past_first = first > v1 if ups[0] else first < v1
    past_second = second > v2 if ups[1] else second < v2
    if ups[0] == ups[1]:
        # `first >= v1` bounds an index range on (key, id), expression keys too, where a
        # row-value comparison would be a filter over the whole index in SQLite.
        reached = first >= v1 if ups[0] else first <= v1
        return reached & (past_first | past_second)
    return past_first | ((first == v1) & past_second)


def _cursor_keys(cursor: Cursor, segment: _Segment) -> tuple:
    """The values of the segment's order expressions at the cursor."""
    return (cursor.id,) if len(segment.order) == 1 else (cursor.value, cursor.id)


def _cursor_at(sort: Sort, row: tuple, *, before: bool) -> Cursor:
    if sort.key == "id":
        value = None
    elif sort.key == "relevance":
        value = row.score
    else:
        value = getattr(row, sort.key)
    return Cursor(str(sort), before, value, row.id)


def _reversed_cursor(cursor: Cursor) -> Cursor:
    """The same position, facing the other way: the neighbour of an empty page."""
    return Cursor(cursor.sort, not cursor.before, cursor.value, cursor.id)
