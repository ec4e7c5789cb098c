"""The storage layer: saving parsed articles (deduplicated, one transaction each), reading them."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from peewee import IntegrityError, Select

from api.observability.metrics import ARTICLES_STORED
from api.parser import ParseError, parse, parse_html, render
from api.parser.analysis import analyse
from api.parser.document import Block, Document
from api.parser.document import Image as DocImage
from api.parser.text import clean
from api.search.text import search_text
from api.store import quotes as quotes_store
from api.store import tags as tags_store
from api.store.db import database, is_sqlite, utcnow, write_transaction
from api.store.models import Article, ArticlePage, BodyBlock, Bullet, Image
from api.store.queries import LISTED_COLUMNS
from api.store.statements import rows_by_ids
from api.values import is_stored_id, to_aware_utc, to_naive_utc

EXPORT_BATCH = 200  # articles read per query: memory holds one batch, whatever the total
# Held (PostgreSQL, per transaction) while a restore moves the id sequence past the id it
# stores, so that two restores never move it backwards between their read and their setval.
RESTORE_LOCK = 0x636F7079  # "copy"
PAGE_COMPRESSION = 6  # zlib's default level: a news page shrinks to about a fifth
MAX_TAG = 64  # characters of a tag (article_tag.tag): longer keywords are not made tags


class IdTaken(Exception):
    """A restored article names an id that holds other content: nothing is changed."""

    def __init__(self, article_id: int):
        super().__init__(
            f"article {article_id} is stored with different content; delete it first, or leave"
            " `id` out of the line to store this one under a new id"
        )
        self.article_id = article_id


class NotRepresentable(ValueError):
    """A structure that its own export text does not give back (so it could not be re-read)."""


@dataclass(frozen=True)
class StoredArticle:
    """A stored article: its parse rebuilt from the rows, plus what the store knows about it."""

    id: int
    document: Document
    content_hash: str
    url: str | None
    publisher: str | None
    published_at: datetime | None  # timezone-aware UTC
    created_at: datetime  # timezone-aware UTC
    updated_at: datetime  # timezone-aware UTC
    people: tuple[quotes_store.Appearance, ...] = ()  # loaded for one article, not for lists
    tags: tuple[str, ...] = ()  # sorted; loaded for one article, not for lists
    # What web pages add (articles from exports keep the defaults).
    source: str = "text"
    modified_at: datetime | None = None  # timezone-aware UTC
    authors: tuple[str, ...] = ()
    language: str | None = None
    description: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class Page:
    """A web page as received, kept with its article so that `reparse` can extract it again."""

    body: bytes
    url: str | None = None  # where it was fetched: the base of its relative links
    content_type: str | None = None  # as received, for its charset


def content_hash(document: Document) -> str:
    """The sha256 hex of the document's canonical text, so re-spaced copies hash the same."""
    return hashlib.sha256(render(document).encode("utf-8")).hexdigest()


def normalise_source(text: str) -> str:
    """The export as stored: the parser's hygiene (LF, no controls, NFC), no outer blank lines."""
    return clean(text).strip("\n") + "\n"


def save_article(
    document: Document,
    source_text: str,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    on_stored: Callable[[StoredArticle], object] | None = None,
    page: Page | None = None,
) -> tuple[StoredArticle, bool]:
    """Store a parsed article with its quotes and tags in one transaction; (article, created).

    A document from a web page (source "html") also stores its metadata; `page`, the page it
    was extracted from, is kept compressed for `reparse`.

    An article already stored (same content hash) is returned untouched, tags included.
    `on_stored(article)` runs inside the transaction once a new article is stored, so what it
    writes commits with it (the API keeps the article's JSON: api/web/representations.py).
    """
    digest = content_hash(document)
    # A duplicate is found by its hash (exact: the unique key itself) before the quote
    # analysis, which is nearly all of a new article's cost: a duplicate costs a parse and
    # one indexed read (docs/benchmarks.md, "Duplicates"). The transaction looks again.
    existing = find_by_hash(digest)
    if existing is not None:
        return _with_document(existing), False
    analysis = analyse(document)  # before the transaction: pure work need not hold the lock
    try:
        with write_transaction():
            existing = find_by_hash(digest)
            if existing is not None:
                return _with_document(existing), False
            row = _insert(
                document, digest, normalise_source(source_text), url, publisher, published_at
            )
            if page is not None:
                _save_page(row.id, page)
            stored = _save_parts(row, document, analysis, tags, on_stored)
    except IntegrityError:
        # Another writer stored the same content between our look-up and our insert
        # (PostgreSQL, or a savepoint inside an outer transaction): theirs is the article.
        existing = find_by_hash(digest)
        if existing is None:
            raise
        return _with_document(existing), False
    ARTICLES_STORED.inc()  # after the transaction: a rolled-back article is not counted
    return stored, True


def restore_article(
    document: Document,
    *,
    article_id: int | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    on_stored: Callable[[StoredArticle], object] | None = None,
) -> tuple[StoredArticle, bool]:
    """Store an article as an export line describes it (its structure, not its text), under its
    own id when it names one; (article, created). Quotes and people are derived again.

    The same content already stored (under that id, or without one, anywhere) is returned
    untouched, metadata and tags included, so a restore can be repeated. IdTaken when the id
    holds other content; NotRepresentable when `parse(render(document)) != document`, since the
    stored source (the render) must read back as the article for `reparse` and `check`.
    Ids: SQLite's AUTOINCREMENT moves past an explicit id by itself; PostgreSQL's sequence is
    moved past it here, so that later inserts never collide with a restored id.
    """
    text = render(document)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = _restored(article_id, digest)  # no parse and no analysis for what is stored
    if existing is not None:
        return _with_document(existing), False
    try:
        representable = parse(text) == _export_parts(document)
    except ParseError as exc:
        raise NotRepresentable(f"its export text cannot be read back: {exc}") from None
    if not representable:
        raise NotRepresentable(
            "its export text reads back as a different article (a paragraph that looks like a"
            " subheading or a list item, text inside a caption, ...)"
        )
    analysis = analyse(document)
    try:
        with write_transaction():
            existing = _restored(article_id, digest)
            if existing is not None:
                return _with_document(existing), False
            if article_id is not None:
                _reserve_id(article_id)
            row = _insert(
                document,
                digest,
                normalise_source(text),
                url,
                publisher,
                published_at,
                article_id=article_id,
                created_at=created_at,
                updated_at=updated_at,
            )
            stored = _save_parts(row, document, analysis, tags, on_stored)
    except IntegrityError:
        # Another writer stored this id or this content meanwhile.
        existing = _restored(article_id, digest)
        if existing is None:
            raise
        return _with_document(existing), False
    ARTICLES_STORED.inc()
    return stored, True


def _export_parts(document: Document) -> Document:
    """What the export text says of a document: no page fields, no images' src."""
    return Document(
        document.headline,
        document.bullets,
        tuple(replace(image, src=None) for image in document.images),
        document.body,
    )


def _restored(article_id: int | None, digest: str) -> Article | None:
    """The article a restore finds already stored: at its id (IdTaken when that id holds other
    content), else anywhere with its content; None when it is new."""
    if article_id is not None:
        row = Article.get_or_none(Article.id == article_id)
        if row is not None:
            if row.content_hash != digest:
                raise IdTaken(article_id)
            return row
    return find_by_hash(digest)


def _reserve_id(article_id: int) -> None:
    """Make sure the id sequence hands out only ids above a restored one (PostgreSQL)."""
    if is_sqlite():
        return  # AUTOINCREMENT: sqlite_sequence follows the largest id ever inserted
    database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (RESTORE_LOCK,))
    # Only ever forwards: ids handed out before stay below the sequence.
    database.execute_sql(
        "SELECT setval(s.seq, %s) FROM"
        " (SELECT pg_get_serial_sequence('article', 'id')::regclass AS seq) AS s"
        " WHERE %s > COALESCE(pg_sequence_last_value(s.seq), 0)",
        (article_id, article_id),
    )


def ingest_text(text: str, **meta) -> tuple[StoredArticle, bool]:
    """Parse an export and store it (keywords as for save_article); ParseError propagates."""
    return save_article(parse(text), text, **meta)


def ingest_html(
    page: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    **meta,
) -> tuple[StoredArticle, bool]:
    """Extract a web page's article and store it with the page; ParseError propagates.

    `url` (where the page was fetched) resolves relative links and is stored as the article's
    url unless the page names a canonical one; `published_at` is used when the page gives no
    date (a WARC record's date). The page's keywords become tags, beside `tags`.
    """
    if isinstance(page, str):
        page, content_type = page.encode("utf-8"), "text/html; charset=utf-8"
    document = parse_html(page, url=url, content_type=content_type)
    return save_article(
        document,
        render(document),
        url=document.url or url,
        publisher=document.publisher,
        published_at=_instant(document.published_at) or published_at,
        tags=[*tags, *keyword_tags(document.keywords)],
        page=Page(page, url, content_type),
        **meta,
    )


def keyword_tags(keywords: Iterable[str]) -> list[str]:
    """A page's keywords as tags: trimmed, those a tag can be (1 to 64 characters, one line)."""
    tags = (" ".join(k.split()) for k in keywords)
    return [tag for tag in tags if 0 < len(tag) <= MAX_TAG]


def _instant(value: str | None) -> datetime | None:
    """An ISO 8601 date as the extractor gives it, as a datetime (None when unreadable)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _iso(value: datetime | None) -> str | None:
    """A stored (naive UTC) timestamp as the ISO string a Document holds."""
    return None if value is None else to_aware_utc(value).isoformat()


def _save_page(article_id: int, page: Page) -> None:
    ArticlePage.create(
        article=article_id,
        url=page.url,
        content_type=page.content_type,
        body=zlib.compress(page.body, PAGE_COMPRESSION),
    )


def load_page(article_id: int) -> Page | None:
    """The web page an article was extracted from, or None (an article from an export)."""
    row = ArticlePage.get_or_none(ArticlePage.article == article_id)
    if row is None:
        return None
    return Page(zlib.decompress(bytes(row.body)), row.url, row.content_type)


def get_article(article_id: int) -> StoredArticle | None:
    """The article with this id, or None."""
    if not is_stored_id(article_id):
        return None
    found = get_articles([article_id])
    return found[0] if found else None


def get_articles(article_ids: list[int]) -> list[StoredArticle]:
    """Those of these articles that exist, whole, in id order: a few queries for all of them."""
    rows = [
        Article(**{field.name: value for field, value in zip(LISTED_COLUMNS, found, strict=True)})
        for found in _article_rows(article_ids)
    ]
    return stored_articles(sorted(rows, key=lambda row: row.id))


def reparse_article(article_id: int) -> tuple[int, int] | None:
    """Parse a stored article's source again and replace its parts and quotes in one transaction.

    Returns (quotes before, quotes after), or None when there is no such article. People keep
    their ids. ParseError, or IntegrityError when the new parse duplicates another stored
    article, leaves the article as it was.
    """
    if not is_stored_id(article_id):
        return None
    source = Article.select(Article.source_text).where(Article.id == article_id).scalar()
    if source is None:
        return None
    # The source is never rewritten, so it can be read before locking. An article from a web
    # page is extracted again from the kept page, and its export text and metadata follow.
    page = load_page(article_id)
    if page is None:
        source_kind = Article.select(Article.source).where(Article.id == article_id).scalar()
        if source_kind == "html":
            # Restored from an export line, without its page: its parts stay as they are (the
            # text form has no images' src), only the quotes are found again.
            stored = get_article(article_id)
            if stored is None:
                return None
            document, fields = stored.document, {}
        else:
            document, fields = parse(source), {}
    else:
        document = parse_html(page.body, url=page.url, content_type=page.content_type)
        fields = {
            **_page_columns(document),
            "source_text": normalise_source(render(document)),
            "url": document.url or page.url,
            "publisher": document.publisher,
            "published_at": to_naive_utc(_instant(document.published_at)),
        }
        fields = {k: v for k, v in fields.items() if v is not None}
    analysis = analyse(document)
    with write_transaction():
        if not Article.select().where(Article.id == article_id).exists():
            return None  # deleted meanwhile
        before = quotes_store.delete_quotes(article_id)
        for part in (BodyBlock, Image, Bullet):
            part.delete().where(part.article == article_id).execute()
        Article.update(
            headline=document.headline,
            content_hash=content_hash(document),
            word_count=document.word_count,
            search_text=search_text(document),
            updated_at=utcnow(),
            **fields,
        ).where(Article.id == article_id).execute()
        _insert_parts(article_id, document)
        quotes_store.save_quotes(article_id, analysis)
    return before, len(analysis.quotes)


def stored_articles(rows: list[Article]) -> list[StoredArticle]:
    """Whole articles (parts, people, tags) for these rows, with a few queries for all of them."""
    ids = [row.id for row in rows]
    documents = _load_documents(rows)
    people = quotes_store.appearances(ids)
    tags = tags_store.load_tags(ids)
    return [
        stored_article(row, documents[row.id], people.get(row.id, ()), tags.get(row.id, ()))
        for row in rows
    ]


def article_ids() -> list[int]:
    """The id of every stored article, oldest first."""
    return [row.id for row in Article.select(Article.id).order_by(Article.id)]


def delete_article(article_id: int) -> bool:
    """Delete an article and its parts; False when there was none."""
    if not is_stored_id(article_id):
        return False
    with database.atomic():
        return Article.delete().where(Article.id == article_id).execute() > 0


def find_by_hash(digest: str) -> Article | None:
    return Article.get_or_none(Article.content_hash == digest)


def _insert(
    document,
    digest,
    source_text,
    url,
    publisher,
    published_at,
    *,
    article_id: int | None = None,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> Article:
    now = utcnow()
    created = to_naive_utc(created_at) or now
    ids = {} if article_id is None else {"id": article_id}
    article = Article.create(
        **ids,
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
        **_page_columns(document),
    )
    _insert_parts(article.id, document)
    return article


def _page_columns(document: Document) -> dict:
    """The article columns a web page fills (an export's document gives their defaults)."""
    return {
        "source": document.source,
        "modified_at": to_naive_utc(_instant(document.modified_at)),
        "authors": json.dumps(list(document.authors), ensure_ascii=False),
        "language": document.language,
        "description": document.description,
        "section": document.section,
    }


def _as_stored(document: Document, row: Article) -> Document:
    """The document as the store gives it back: an article from a web page takes its url,
    publisher and dates from the row, and its keywords are tags; an export's is unchanged."""
    if document.source == "text":
        return document
    return replace(
        document,
        url=row.url,
        publisher=row.publisher,
        published_at=_iso(row.published_at),
        modified_at=_iso(row.modified_at),
        authors=tuple(json.loads(row.authors)) if isinstance(row.authors, str) else row.authors,
        language=row.language,
        description=row.description,
        section=row.section,
        keywords=(),
    )


def _insert_parts(article_id: int, document: Document) -> None:
    """The bullets, images and body blocks of a new (or emptied) article."""
    if document.bullets:
        Bullet.insert_many(
            [
                {"article": article_id, "position": i, "text": t}
                for i, t in enumerate(document.bullets)
            ]
        ).execute()
    # One by one, because body blocks need each image's id (articles have a handful of images).
    image_ids = [
        Image.create(
            article=article_id,
            position=i,
            alt=im.alt,
            caption=im.caption,
            credit=im.credit,
            src=im.src,
        ).id
        for i, im in enumerate(document.images)
    ]
    if document.body:
        BodyBlock.insert_many(
            [
                {
                    "article": article_id,
                    "position": i,
                    "type": block.type,
                    "text": block.text,
                    "image": image_ids[block.image] if block.type == "image" else None,
                    "items": (
                        json.dumps(list(block.items), ensure_ascii=False)
                        if block.type == "list"
                        else None
                    ),
                }
                for i, block in enumerate(document.body)
            ]
        ).execute()


def _load_documents(rows: list[Article]) -> dict[int, Document]:
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
        row.id: _as_stored(
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


_article_rows = rows_by_ids(lambda ids: Article.select(*LISTED_COLUMNS).where(Article.id.in_(ids)))
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


def _with_document(row: Article) -> StoredArticle:
    return stored_articles([row])[0]


def _save_parts(row: Article, document: Document, analysis, tags, on_stored) -> StoredArticle:
    """A new article row's quotes, people and tags, stored in its transaction; then on_stored."""
    people = quotes_store.save_quotes(row.id, analysis)
    saved_tags = tags_store.save_tags(row.id, tags)
    stored = stored_article(row, _as_stored(document, row), people, saved_tags)
    if on_stored is not None:
        on_stored(stored)
    return stored


def stored_article(row, document: Document, people=(), tags=()) -> StoredArticle:
    """The StoredArticle of an article row (or a listed row) and its document and parts."""
    return StoredArticle(
        id=row.id,
        document=document,
        content_hash=row.content_hash,
        url=row.url,
        publisher=row.publisher,
        published_at=to_aware_utc(row.published_at),
        created_at=to_aware_utc(row.created_at),
        updated_at=to_aware_utc(row.updated_at),
        people=tuple(people),
        tags=tuple(tags),
        source=document.source,
        modified_at=to_aware_utc(row.modified_at),
        authors=document.authors,
        language=row.language,
        description=row.description,
        section=row.section,
    )


def walk_articles(query: Select) -> Iterator[StoredArticle]:
    """Every article the query selects, oldest first, read in batches after the last id seen.

    Keyset, not offset: each batch costs the same however deep the export is, and articles
    stored meanwhile (higher ids) are included while deleted ones are simply not met again.
    """
    last_id = 0
    while True:
        # One short read transaction per batch, so that rows and their parts agree.
        with database.atomic():
            rows = list(query.where(Article.id > last_id).order_by(Article.id).limit(EXPORT_BATCH))
            articles = stored_articles(rows)
        yield from articles
        if len(rows) < EXPORT_BATCH:
            return
        last_id = rows[-1].id
