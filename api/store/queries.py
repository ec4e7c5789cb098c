"""Which articles a request asks for: its filters as one peewee query, search among them.

`article_filter` is shared by every way of reading many articles (the list, the export), so that
the same query parameters always select the same articles.
"""

from __future__ import annotations

import json
from collections import namedtuple
from dataclasses import replace

from peewee import SQL, Column, Entity, ModelSelect, fn
from peewee import Node as SqlNode

from api.search.selection import ArticleFilters
from api.store.db import is_sqlite
from api.store.models import Article, ArticlePerson, Image, Person
from api.store.quotes import named
from api.store.search_index import FTS, matching
from api.values import MAX_ID, to_naive_utc

# Every column but the two long texts (the export and what search reads), which no list shows.
LISTED_COLUMNS = tuple(
    field
    for field in Article._meta.sorted_fields
    if field.name not in ("source_text", "search_text")
)
# SQLite: the filter values of each article, by id (migrations/0008_article_filter_values.py).
FILTER_VALUES = "article_filter_values"


def article_filter(params: ArticleFilters) -> ModelSelect:
    """Articles matching every filter set in `params`: unordered, every column but the texts."""
    query = Article.select(*LISTED_COLUMNS)
    conditions = [] if params.q is None else [matching(params.q)]
    conditions += _conditions(params, _ARTICLE)
    return query.where(*conditions) if conditions else query


def indexed_conditions(params: ArticleFilters) -> list:
    """PostgreSQL: every filter set in `params` but `q`, as conditions on the search index's
    own row, which holds the values filters read (migrations/0012_search_filter_values.py)."""
    return _conditions(params, _INDEXED)


# Where each filter reads its value: the id, the three columns, and whether there are images.
_Columns = namedtuple("_Columns", ("id", "publisher", "published_at", "created_at", "images"))
_ARTICLE = _Columns(
    Article.id,
    Article.publisher,
    Article.published_at,
    Article.created_at,
    fn.EXISTS(Image.select(SQL("1")).where(Image.article == Article.id)),
)
_INDEXED = _Columns(FTS.rowid, FTS.publisher, FTS.published_at, FTS.created_at, FTS.has_images)


def _conditions(params: ArticleFilters, columns: _Columns) -> list:
    """The conditions of every filter but `q`, on these columns."""
    conditions = []
    if params.publisher is not None:
        conditions.append(columns.publisher == params.publisher)
    if params.speaker is not None:
        conditions.append(columns.id.in_(_quoting(_person_condition(params.speaker))))
    if params.person is not None:
        conditions.append(columns.id.in_(_quoting(ArticlePerson.person == params.person)))
    if params.credit is not None:
        credited = Image.select(Image.article).where(Image.credit.contains(params.credit))
        conditions.append(columns.id.in_(credited))
    if params.author is not None:
        conditions.append(columns.id.in_(_by_author(params.author)))
    if params.language is not None:
        conditions.append(columns.id.in_(_in_language(params.language)))
    if params.has_images is not None:
        conditions.append(columns.images if params.has_images else ~columns.images)
    for column, after, before in (
        (columns.published_at, params.published_after, params.published_before),
        (columns.created_at, params.created_after, params.created_before),
    ):
        if after is not None:
            conditions.append(column >= to_naive_utc(after))
        if before is not None:
            conditions.append(column < to_naive_utc(before))
    if params.ids is not None:
        conditions.append(columns.id.in_(list(params.ids)))
    return conditions


def search_only(params: ArticleFilters) -> bool:
    """Whether `q` is the only filter set, so that the search index alone can answer."""
    return params.q is not None and params == ArticleFilters(q=params.q)


def tested_articles(params: ArticleFilters) -> ModelSelect:
    """article_filter's article ids, for testing many matches against the filters, each one
    looked up by id: the filters read article_filter_values on SQLite (see tested_source)."""
    if not is_sqlite():
        return article_filter(params).select(Article.id)
    query = article_filter(replace(params, has_images=None)).from_(tested_source())
    if params.has_images is not None:
        images = Column(Article._meta.table, "image_count")
        query = query.where(images > 0 if params.has_images else images == 0)
    return query.select(Article.id)


def tested_source() -> SqlNode:
    """Where tested_articles reads articles: on SQLite, each article's filter values.

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
