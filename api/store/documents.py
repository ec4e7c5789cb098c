"""An article's Document as rows: its article row's columns, bullets, images and body blocks,
written in the caller's transaction and read back into Documents."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import replace
from datetime import datetime

from api.parser.document import Block, Document
from api.parser.document import Image as DocImage
from api.search.text import search_text
from api.store.db import is_sqlite, utcnow
from api.store.models import Article, BodyBlock, Bullet, Image
from api.store.statements import Insert, rows_by_ids
from api.values import to_aware_utc, to_naive_utc


def insert_article(columns: dict, document, *, article_id: int | None = None) -> Article:
    """Insert an article row of `columns` (article_columns') with its parts, under
    `article_id` when one is given (a restore keeps its ids)."""
    if article_id is None:
        article = insert_article_row(columns)
    else:
        values = [columns[name] for name in ARTICLE_COLUMNS]
        new_id = _INSERT_ARTICLE_WITH_ID.one([article_id, *values])
        article = Article(id=new_id, **columns)
    insert_parts(article.id, document)
    return article


def article_columns(
    document,
    digest,
    source_text,
    url,
    publisher,
    published_at,
    *,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> dict:
    """A new article row's columns (ARTICLE_COLUMNS), its dates now unless given."""
    now = utcnow()
    created = to_naive_utc(created_at) or now
    return dict(
        headline=document.headline,
        content_hash=digest,
        source_text=source_text,
        word_count=document.word_count,
        search_text=search_text(document),
        url=url,
        publisher=publisher,
        published_at=to_naive_utc(published_at),
        created_at=created,
        updated_at=to_naive_utc(updated_at) or created,
        **page_columns(document),
    )


def insert_article_row(columns: dict) -> Article:
    """Insert an article row (article_columns'), without its parts; the row as Article.create
    would have returned it."""
    new_id = _INSERT_ARTICLE.one([columns[name] for name in ARTICLE_COLUMNS])
    return Article(id=new_id, **columns)


def insert_article_rows(rows: list[dict]) -> dict[str, Article]:
    """Insert new article rows (article_columns', their content hashes unlike each other's and
    any stored one's) without their parts, a statement for many; the rows inserted, by content
    hash, in the same order.

    On SQLite the search index (FTS5) writes the terms a statement leaves pending as a segment
    of its own when the next statement that may need undoing starts: one statement for many
    rows makes one segment of them where a statement each made one per article
    (docs/benchmarks.md, "import30"). On PostgreSQL one statement is one round trip for many
    articles; a content another writer stored since it was looked for is left out, not an
    error (`ON CONFLICT DO NOTHING`: the whole statement would fail), its article not inserted.
    Example: `[row.id for row in insert_article_rows([a, b]).values()]` == [41, 42]
    """
    insert = _INSERT_ARTICLE if is_sqlite() else _INSERT_NEW_ARTICLE
    ids = insert.keys(
        [[columns[name] for name in ARTICLE_COLUMNS] for columns in rows], "content_hash"
    )
    return {
        columns["content_hash"]: Article(id=ids[columns["content_hash"]], **columns)
        for columns in rows
        if columns["content_hash"] in ids
    }


# The columns an article is inserted with (its id too when restored under its own).
ARTICLE_COLUMNS = (
    "headline",
    "content_hash",
    "source_text",
    "word_count",
    "search_text",
    "url",
    "publisher",
    "published_at",
    "created_at",
    "updated_at",
    "source",
    "modified_at",
    "authors",
    "language",
    "description",
    "section",
)
_INSERT_ARTICLE = Insert(Article, ARTICLE_COLUMNS)
# A batch's new articles on PostgreSQL (insert_article_rows): another writer's content is left out.
_INSERT_NEW_ARTICLE = Insert(
    Article, ARTICLE_COLUMNS, after='ON CONFLICT ("content_hash") DO NOTHING'
)
_INSERT_ARTICLE_WITH_ID = Insert(Article, ("id", *ARTICLE_COLUMNS))
_INSERT_BULLETS = Insert(Bullet, ("article", "position", "text"))
_INSERT_IMAGE = Insert(Image, ("article", "position", "alt", "caption", "credit", "src"))
_INSERT_BLOCKS = Insert(BodyBlock, ("article", "position", "type", "text", "image", "items"))


def page_columns(document: Document) -> dict:
    """The article columns a web page fills (an export's document gives their defaults)."""
    return {
        "source": document.source,
        "modified_at": to_naive_utc(page_instant(document.modified_at)),
        "authors": json.dumps(list(document.authors), ensure_ascii=False),
        "language": document.language,
        "description": document.description,
        "section": document.section,
    }


def as_stored(document: Document, row: Article) -> Document:
    """The document as the store gives it back: an article from a web page takes its url,
    publisher and dates from the row, and its keywords are tags; an export's is unchanged."""
    if document.source == "text":
        return document
    return replace(
        document,
        url=row.url,
        publisher=row.publisher,
        published_at=page_iso(row.published_at),
        modified_at=page_iso(row.modified_at),
        authors=tuple(json.loads(row.authors)) if isinstance(row.authors, str) else row.authors,
        language=row.language,
        description=row.description,
        section=row.section,
        keywords=(),
    )


def insert_parts(article_id: int, document: Document) -> None:
    """The bullets, images and body blocks of a new (or emptied) article."""
    insert_parts_of([(article_id, document)])


def insert_parts_of(articles: list[tuple[int, Document]]) -> None:
    """The bullets, images and body blocks of new articles (article id, document), each table's
    rows in one run of statements for all, in the articles' order: the ids that insert_parts
    one article after another would give (a SQLite batch's run of new articles)."""
    _INSERT_BULLETS.many(
        (article_id, i, text)
        for article_id, document in articles
        for i, text in enumerate(document.bullets)
    )
    # Body blocks need each image's id: one statement returns them (by article and position).
    image_ids = _INSERT_IMAGE.keys(
        [
            (article_id, i, im.alt, im.caption, im.credit, im.src)
            for article_id, document in articles
            for i, im in enumerate(document.images)
        ],
        ("article", "position"),
    )
    _INSERT_BLOCKS.many(
        (
            article_id,
            i,
            block.type,
            block.text,
            image_ids[article_id, block.image] if block.type == "image" else None,
            json.dumps(list(block.items), ensure_ascii=False) if block.type == "list" else None,
        )
        for article_id, document in articles
        for i, block in enumerate(document.body)
    )


def load_documents(rows: list[Article]) -> dict[int, Document]:
    """Rebuild the Documents of several articles with one query per part table."""
    ids = [row.id for row in rows]
    bullets, images, blocks = defaultdict(list), defaultdict(list), defaultdict(list)
    image_positions = {}
    for article_id, text in _bullet_rows(ids):
        bullets[article_id].append(text)
    for image_id, article_id, position, alt, caption, credit, src in _image_rows(ids):
        images[article_id].append(DocImage(alt=alt, caption=caption, credit=credit, src=src))
        image_positions[image_id] = position
    for article_id, kind, text, image_id, items in _block_rows(ids):
        if kind == "image":
            block = Block(type="image", image=image_positions[image_id])
        elif kind == "list":
            block = Block(type="list", items=tuple(json.loads(items or "[]")))
        else:
            block = Block(type=kind, text=text)
        blocks[article_id].append(block)
    return {
        row.id: as_stored(
            Document(
                headline=row.headline,
                bullets=tuple(bullets[row.id]),
                images=tuple(images[row.id]),
                body=tuple(blocks[row.id]),
                source=row.source,
            ),
            row,
        )
        for row in rows
    }


def page_instant(value: str | None) -> datetime | None:
    """An ISO 8601 date as the extractor gives it, as a datetime (None when unreadable)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def page_iso(value: datetime | None) -> str | None:
    """A stored (naive UTC) timestamp as the ISO string a Document holds."""
    return None if value is None else to_aware_utc(value).isoformat()


_bullet_rows = rows_by_ids(
    lambda ids: (
        Bullet.select(Bullet.article, Bullet.text)
        .where(Bullet.article.in_(ids))
        .order_by(Bullet.position)
    )
)
_image_rows = rows_by_ids(
    lambda ids: (
        Image.select(
            Image.id,
            Image.article,
            Image.position,
            Image.alt,
            Image.caption,
            Image.credit,
            Image.src,
        )
        .where(Image.article.in_(ids))
        .order_by(Image.position)
    )
)
_block_rows = rows_by_ids(
    lambda ids: (
        BodyBlock.select(
            BodyBlock.article, BodyBlock.type, BodyBlock.text, BodyBlock.image, BodyBlock.items
        )
        .where(BodyBlock.article.in_(ids))
        .order_by(BodyBlock.position)
    )
)
