"""The article list: a sorted, filtered page with just the parts its items were asked to show."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from peewee import JOIN, fn

from api.parser.document import Document
from api.search.cursors import Cursor, Sort
from api.search.selection import DOCUMENT_PARTS, ArticleFilters
from api.store import articles as store
from api.store import tags as tags_store
from api.store.counts import prepared_count
from api.store.db import database
from api.store.models import Article, Image, Person, Quote
from api.store.pages import article_page
from api.store.quotes import Appearance, StoredQuote, appearances, stored_quote
from api.store.search_index import snippets
from api.store.side_reads import start_side_read

# How many images an article has, as a column of its row.
IMAGE_COUNT = (
    Image.select(fn.COUNT(Image.id)).where(Image.article == Article.id).alias("image_count")
)


@dataclass(frozen=True)
class ListedArticle:
    """One item of the list: the article's columns, and whichever parts were asked for."""

    row: tuple  # every column of an article but the long texts, by name
    image_count: int
    document: Document | None = None  # headline, bullets, images and body, when asked for
    people: tuple[Appearance, ...] | None = None
    tags: tuple[str, ...] | None = None
    quotes: tuple[StoredQuote, ...] | None = None
    snippet: str | None = None  # HTML: the best match in <mark>, when searching


@dataclass(frozen=True)
class ArticleList:
    """A page of the list, the total number of articles the filters select, and neighbours."""

    items: list[ListedArticle]
    total: int
    total_exact: bool  # False: more than `total` articles are selected
    next: Cursor | None
    prev: Cursor | None


def load_article_list(
    filters: ArticleFilters,
    sort: Sort,
    *,
    limit: int,
    cursor: Cursor | None = None,
    offset: int = 0,
    parts: frozenset[str] = frozenset(),
) -> ArticleList:
    """A page of the filtered articles in `sort` order, each item with `parts` loaded.

    SortError when the sort needs a search that is not there.
    """
    snippet = filters.q is not None and "snippet" in parts
    # Read with the page's rows rather than by queries of their own: the image count (unless
    # the documents, read anyway, give it) and the text a snippet is cut from.
    columns = () if parts & DOCUMENT_PARTS else (IMAGE_COUNT,)
    columns += (Article.search_text,) if snippet else ()
    # Counted while the page is found (see api/store/side_reads.py: its own read of the database).
    counted = start_side_read(prepared_count(filters))
    # One read transaction: the page and its parts describe the same moment.
    with database.atomic():
        page = article_page(
            filters, sort, limit=limit, cursor=cursor, offset=offset, columns=columns
        )
        ids = [row.id for row in page.rows]
        documents = {}
        if parts & DOCUMENT_PARTS:
            documents = {a.id: a.document for a in store.stored_articles(page.rows)}
            counts = {i: len(document.images) for i, document in documents.items()}
        else:
            counts = {row.id: row.image_count for row in page.rows}
        people = appearances(ids) if "people" in parts else {}
        tags = tags_store.load_tags(ids) if "tags" in parts else {}
        quotes = _quotes(ids) if "quotes" in parts else {}
    texts = {row.id: row.search_text for row in page.rows} if snippet else {}
    found = snippets(filters.q, texts) if snippet else {}
    items = [
        ListedArticle(
            row=row,
            image_count=counts.get(row.id, 0),
            document=documents.get(row.id),
            people=people.get(row.id, ()) if "people" in parts else None,
            tags=tags.get(row.id, ()) if "tags" in parts else None,
            quotes=tuple(quotes.get(row.id, ())) if "quotes" in parts else None,
            snippet=found.get(row.id),
        )
        for row in page.rows
    ]
    total, exact = counted.result()
    return ArticleList(items, total, exact, page.next, page.prev)


def _quotes(ids: list[int]) -> dict[int, list[StoredQuote]]:
    """The quotes of these articles in reading order, with one query for all of them."""
    found: dict[int, list[StoredQuote]] = defaultdict(list)
    if not ids:
        return found
    query = (
        Quote.select(Quote, Person)
        .join(Person, JOIN.LEFT_OUTER)
        .where(Quote.article.in_(ids))
        .order_by(Quote.article, Quote.position)
    )
    for row in query:
        found[row.article_id].append(stored_quote(row))
    return found
