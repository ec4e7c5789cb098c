"""The storage layer: saving parsed articles (deduplicated, one transaction each), reading them."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import takewhile

from peewee import IntegrityError, Select
from psycopg import pq

from api.observability.metrics import ARTICLES_STORED
from api.parser import parse, parse_html, render
from api.parser.analysis import analyse
from api.parser.article import parse_cleaned
from api.parser.document import Document
from api.parser.quotes import QuoteAnalysis, Speaker
from api.parser.text import clean
from api.search.text import search_text
from api.store import quotes as quotes_store
from api.store import tags as tags_store
from api.store.db import database, is_sqlite, utcnow, write_transaction
from api.store.documents import (
    article_columns,
    as_stored,
    insert_article_row,
    insert_article_rows,
    insert_parts,
    insert_parts_of,
    load_documents,
    page_columns,
    page_instant,
)
from api.store.models import Article, ArticlePage, BodyBlock, Bullet, Image
from api.store.queries import LISTED_COLUMNS
from api.store.statements import Statement, rows_by_ids
from api.values import is_stored_id, to_aware_utc, to_naive_utc

EXPORT_BATCH = 200  # articles read per query: memory holds one batch, whatever the total
PAGE_COMPRESSION = 6  # zlib's default level: a news page shrinks to about a fifth
# Held (PostgreSQL, per transaction) by a batch of writes (write_batch).
BATCH_LOCK = 0x62617463  # "batc"


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
class Write:
    """The write of an article already parsed and analysed: `run(known)` stores it and answers
    (article, created), inside a transaction its caller holds (write_now's, or write_batch's);
    `known` is the Person rows the transaction has read, by normalised name, or None
    (quotes_store.save_quotes). `speakers`: the people it may create. `recover()`, after `run`
    failed with an IntegrityError and was rolled back: the article another writer stored
    meanwhile under the same content (or id), or None. `new`: a new article's write in two
    steps, for a batch to insert the rows of several together (write_batch)."""

    run: Callable[[dict | None], tuple[StoredArticle, bool]]
    speakers: tuple[Speaker, ...] = ()
    recover: Callable[[], StoredArticle | None] = lambda: None
    new: NewRow | None = None


@dataclass(frozen=True)
class NewRow:
    """A new article's write as `run` does it, in two steps: `columns()` its row's columns (its
    dates now), and `finish(row, known)`, once that row is inserted, the rest (parts, page,
    quotes, people, tags, on_stored): the stored article. `digest`: its content hash. On
    PostgreSQL `finish` takes the article's people as created: a batch creates them all first
    (write_batch). A SQLite batch writes the parts, quotes, people and tags of a run of new
    articles together (`document`, `analysis`, `tags`), then each one's `announce(row, people,
    tags)`: the page, on_stored, the stored article."""

    digest: str
    columns: Callable[[], dict]
    finish: Callable[[Article, dict | None], StoredArticle]
    document: Document
    analysis: QuoteAnalysis
    tags: Iterable[str]
    announce: Callable[[Article, tuple, tuple[str, ...]], StoredArticle]


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
    return stored_source(clean(text))


def stored_source(cleaned: str) -> str:
    """normalise_source of a text clean() has cleaned already: 'Headline\\n\\nBody.\\n\\n' ->
    'Headline\\n\\nBody.\\n'."""
    return cleaned.strip("\n") + "\n"


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
    return write_now(
        prepare_article(
            document,
            source_text,
            url=url,
            publisher=publisher,
            published_at=published_at,
            tags=tags,
            on_stored=on_stored,
            page=page,
        )
    )


def prepare_article(document: Document, source_text: str, **meta) -> Write:
    """What save_article does before its transaction (the hash, the duplicate check, the quote
    analysis), done now; the write it returns stores the article (arguments as save_article's).

    A duplicate is found by its hash (exact: the unique key itself) before the quote analysis,
    which is nearly all of a new article's cost: a duplicate costs a parse and one indexed read
    (docs/benchmarks.md, "Duplicates"); its write returns it. The write looks again.
    """
    digest = content_hash(document)
    return _prepare_hashed(document, source_text, digest, find_by_hash(digest), **meta)


def _prepare_hashed(
    document: Document,
    source_text: str,
    digest: str,
    existing: Article | None,
    *,
    cleaned: bool = False,
    url: str | None = None,
    publisher: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    on_stored: Callable[[StoredArticle], object] | None = None,
    page: Page | None = None,
) -> Write:
    """prepare_article's write, once the document's hash (`digest`) and the article stored
    under it (`existing`, or None) are found; `cleaned`: source_text is clean()'s output
    already (parse_text's), so it is not cleaned again."""
    if existing is not None:
        return _found(with_document(existing))
    analysis = analyse(document)  # before the transaction: pure work need not hold the lock
    source = stored_source(source_text) if cleaned else normalise_source(source_text)
    new = _NewArticle(document, source, digest, analysis, url, publisher, published_at)

    def finish(row: Article, known: dict | None, people_created: bool = False) -> StoredArticle:
        return _finish_new(new, row, tags, on_stored, page, people_created, known)

    def finish_in_batch(row: Article, known: dict | None) -> StoredArticle:
        return finish(row, known, not is_sqlite())

    def announce(row: Article, people: tuple, saved_tags: tuple[str, ...]) -> StoredArticle:
        return _announce_new(new, row, page, people, saved_tags, on_stored)

    return Write(
        lambda known: _write_new(new, finish, known),
        analysis.speakers,
        lambda: stored_with_hash(digest),
        NewRow(digest, lambda: _columns(new), finish_in_batch, document, analysis, tags, announce),
    )


def write_now(write: Write) -> tuple[StoredArticle, bool]:
    """Run a prepared write in its own transaction, counting the article once it commits."""
    stored, created = run_alone(write, write_transaction)
    if created:
        ARTICLES_STORED.inc()  # after the transaction: a rolled-back article is not counted
    return stored, created


def run_alone(
    write: Write, transaction: Callable[[], AbstractContextManager], known: dict | None = None
):
    """Run a write in a transaction (or savepoint) of its own, which rolls back alone when it
    fails; (article, created). An IntegrityError, once rolled back, means another writer stored
    the same content (or id) between our look-up and our insert (PostgreSQL, or a savepoint
    inside an outer transaction): theirs is the article."""
    try:
        with transaction():
            return write.run(known)
    except IntegrityError:
        existing = write.recover()
        if existing is None:
            raise
        return existing, False


class Batch:
    """The writes of one write_batch: `run(write)` runs each, in their order, and counts what
    it created. `people`: the Person rows read in the batch, by normalised name, for its next
    articles (a read of people an article less; people are never changed nor removed by a
    write). `rows`: the rows inserted ahead for writes not run yet, by write."""

    def __init__(self, writes: Iterable[Write] = ()) -> None:
        self.created = 0
        self.people: dict = {}
        self.writes = list(writes)
        self._index = {id(write): i for i, write in enumerate(self.writes)}
        self.rows: dict[int, Article] = {}
        # SQLite: the people and tags stored ahead with those rows' parts, by article id.
        self._saved: dict[int, tuple[tuple, tuple[str, ...]]] = {}
        self._ahead: set[int] = set()  # the writes whose row was considered for inserting ahead

    def run(self, write: Write) -> tuple[StoredArticle, bool]:
        """Run one write of the batch; a write that fails leaves the others as they were."""
        stored, created = self._run(write)
        self.created += created
        return stored, created

    def _run(self, write: Write) -> tuple[StoredArticle, bool]:
        if not is_sqlite():
            return self._run_postgres(write)
        return _run_unsaved(lambda: self._run_sqlite(write))

    def _run_sqlite(self, write: Write) -> tuple[StoredArticle, bool]:
        """A write whose row went ahead has its parts, quotes, people and tags written with
        it (_parts_ahead): what is left is its page and on_stored, and a failure there leaves
        half an article, so the batch cannot commit (BatchSpoiled), whatever it wrote itself."""
        row = self._row_ahead(write)
        if row is None:
            return write.run(self.people)
        assert write.new is not None  # only a new article's row is inserted ahead
        people, tags = self._saved.pop(row.id)
        try:
            return write.new.announce(row, people, tags), True
        except Exception as exc:
            raise BatchSpoiled("an article failed after its rows were written ahead") from exc

    def _run_postgres(self, write: Write) -> tuple[StoredArticle, bool]:
        """A write whose row went ahead finishes without a savepoint (two round trips an
        article). A write that fails then is undone as its savepoint's rollback would: its
        row deleted, with every row of the write in cascade (its id spent either way), and
        its error raised. An error of the database itself aborts the whole transaction, as
        any error does that no savepoint catches; it propagates, as it did from the
        savepoint (no other writer can hold this write's new content: its row holds it).
        Any other write runs in a savepoint."""
        row = self._row_ahead(write)
        if row is None:
            return run_alone(write, database.atomic, self.people)
        assert write.new is not None  # only a new article's row is inserted ahead
        try:
            return write.new.finish(row, self.people), True
        except Exception:
            if not _transaction_failed():
                delete_rows([row.id])
            raise

    def _row_ahead(self, write: Write) -> Article | None:
        """The row inserted ahead for this write (inserting it with its run's first), or None."""
        if write.new is not None and id(write) in self._index and id(write) not in self._ahead:
            self._insert_ahead(write)
        return self.rows.pop(id(write), None)

    def _insert_ahead(self, write: Write) -> None:
        """Insert the rows of this write's article and of the new articles that follow it in
        the batch without another kind of write between them, in one statement (one search
        index segment for all: insert_article_rows), in their order, so that ids are as the
        writes one by one would give them. Left out: a content stored already or met before
        in the run (on PostgreSQL, or stored by another writer since it was read); those writes
        find the article stored when they run, as they did."""
        start = self._index[id(write)]
        run = list(takewhile(lambda other: other.new is not None, self.writes[start:]))
        self._ahead.update(id(other) for other in run)
        taken = stored_hashes([other.new.digest for other in run if other.new is not None])
        fresh = []
        for other in run:
            if other.new is not None and other.new.digest not in taken:
                taken.add(other.new.digest)
                fresh.append(other)
        rows = insert_article_rows([other.new.columns() for other in fresh if other.new])
        self.rows.update(
            (id(other), rows[other.new.digest])
            for other in fresh
            if other.new is not None and other.new.digest in rows
        )
        if is_sqlite():
            self._parts_ahead([other for other in fresh if id(other) in self.rows])

    def _parts_ahead(self, writes: list[Write]) -> None:
        """SQLite: the parts, quotes, people and tags of these writes' new articles, whose rows
        went ahead, in one run of statements a table for all (a statement a table an article
        was most of the write's cost outside the parse: docs/benchmarks.md, "import42"), in
        their order, so that every id is as the writes one by one would give it."""
        news = [(self.rows[id(write)], write.new) for write in writes if write.new is not None]
        insert_parts_of([(row.id, new.document) for row, new in news])
        people = quotes_store.save_quotes_of(
            [(row.id, new.analysis) for row, new in news], self.people
        )
        tags = tags_store.save_tags_of([(row.id, new.tags) for row, new in news])
        for (row, _), people_of, tags_of in zip(news, people, tags, strict=True):
            self._saved[row.id] = (people_of, tags_of)


def _transaction_failed() -> bool:
    """Whether PostgreSQL's transaction is aborted: an error no savepoint caught."""
    status = database.connection().pgconn.transaction_status
    return status == pq.TransactionStatus.INERROR


def delete_rows(article_ids: list[int]) -> None:
    """Delete these articles in the caller's transaction, their parts, quotes, people's
    appearances, tags and cached representations in cascade (their people stay)."""
    Article.delete().where(Article.id.in_(article_ids)).execute()


def _run_unsaved(run: Callable[[], tuple[StoredArticle, bool]]) -> tuple[StoredArticle, bool]:
    """A SQLite batch's write, without a savepoint (two statements and a uuid each, twice an
    article with its cached JSON's). None is needed: SQLite undoes a failed statement alone and
    the batch holds the write lock, so no other writer can store the same content meanwhile; a
    write fails alone only with what its reads find before it writes anything (IdTaken: an id
    taken by another line of the batch). A write that fails after writing (or whose rows went
    ahead: Batch._run_sqlite) rolls the batch back whole rather than commit half an article."""
    connection = database.connection()
    changes = connection.total_changes
    try:
        done = run()
    except Exception as exc:
        if connection.total_changes != changes:
            raise BatchSpoiled("an article failed after some of its rows were written") from exc
        raise
    if not connection.in_transaction:
        # An error SQLite ends the whole transaction for (a full disk, an I/O error), caught
        # on its way (the cached JSON's is): what follows must not be written outside it.
        raise BatchSpoiled("the batch's transaction ended while an article was written")
    return done


class BatchSpoiled(RuntimeError):
    """A batch cannot commit: a write failed after writing (after its row went ahead), or its
    (SQLite) transaction ended."""


@contextmanager
def write_batch(writes: Iterable[Write]) -> Iterator[Batch]:
    """One transaction for these prepared writes, run by the caller inside it with the batch
    yielded (`batch.run(write)`): a write that fails rolls back alone, and the batch commits
    once (a commit per article was a fifth of an import's CPU on SQLite, the pages it touched
    written to the WAL each time, and cost PostgreSQL a flush of its WAL to disk:
    docs/benchmarks.md, "Import: one transaction per batch"). The articles are counted once the
    batch commits.

    Both databases insert the rows of a run of new articles in one statement (Batch.rows);
    SQLite their parts, quotes, people and tags too, a run of statements a table for all.
    PostgreSQL: each other write runs in a savepoint; batches take one lock in turn (two batches
    would hold content hashes in their own orders), and a batch creates all its people first,
    sorted, as every writer creates a new article's people before its row (people_first): no
    writer then waits for a person while holding something another writer waits for (a
    deadlock), whatever order its articles share people in. Their parses, done before, still
    run side by side. A person created for an article whose write then fails stays, as the
    people of a deleted article do. SQLite: no savepoints (_run_unsaved).
    """
    batch = Batch(writes)
    with write_transaction():
        if not is_sqlite():
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (BATCH_LOCK,))
            created = quotes_store.create_people(s for w in batch.writes for s in w.speakers)
            quotes_store.people_by_key(set(created), batch.people)
        yield batch
        if batch.rows and is_sqlite():
            # Rows inserted ahead for writes the caller did not run: never commit them bare.
            raise BatchSpoiled("articles were inserted for writes that did not run")
        if batch.rows:
            # PostgreSQL: the writes that ran commit, each whole, as with their own savepoints.
            delete_rows([row.id for row in batch.rows.values()])
    ARTICLES_STORED.inc(batch.created)


def ingest_text(text: str, **meta) -> tuple[StoredArticle, bool]:
    """Parse an export and store it (keywords as for save_article); ParseError propagates."""
    return write_now(prepare_text(text, **meta))


def prepare_text(text: str, **meta) -> Write:
    """Parse an export and prepare its write (keywords as for save_article); ParseError
    propagates. As prepare_article(parse(text), text), the export cleaned once."""
    parsed = parse_text(text, **meta)
    existing = find_by_hash(parsed.digest)
    return _prepare_hashed(
        parsed.document, parsed.cleaned, parsed.digest, existing, cleaned=True, **meta
    )


@dataclass(frozen=True)
class ParsedText:
    """An export parsed and hashed (parse_text), its write not prepared yet (prepare_parsed):
    a batch learns which of its articles are stored in one read for all (stored_hashes)."""

    document: Document
    cleaned: str  # the export as clean() leaves it, which the parse read: the stored source's
    digest: str
    meta: dict


def parse_text(text: str, **meta) -> ParsedText:
    """Parse an export and hash it (keywords as for save_article); ParseError propagates. The
    export is cleaned once, for the parse and the stored source both (docs/benchmarks.md,
    "import41")."""
    cleaned = clean(text)
    document = parse_cleaned(cleaned)
    return ParsedText(document, cleaned, content_hash(document), meta)


def prepare_parsed(parsed: ParsedText, stored: set[str]) -> Write:
    """prepare_text's write of a parsed export; `stored`: those of its batch's hashes that a
    stored article has, read before (stored_hashes), so that only a duplicate reads its row.

    Example: prepare_parsed(parse_text(text), stored_hashes([digest])) acts as prepare_text(text).
    """
    digest = parsed.digest
    existing = find_by_hash(digest) if digest in stored else None
    return _prepare_hashed(
        parsed.document, parsed.cleaned, digest, existing, cleaned=True, **parsed.meta
    )


@dataclass(frozen=True)
class _NewArticle:
    """An article parsed and analysed, not stored yet."""

    document: Document
    source_text: str  # as stored (normalise_source's)
    digest: str
    analysis: QuoteAnalysis
    url: str | None
    publisher: str | None
    published_at: datetime | None


def _found(stored: StoredArticle) -> Write:
    return Write(lambda known: (stored, False))


def _write_new(new: _NewArticle, finish, known: dict | None):
    """A new article's statements, in the caller's transaction (the same content stored
    meanwhile is returned instead); `finish` as NewRow's."""
    existing = find_by_hash(new.digest)
    if existing is not None:
        return with_document(existing), False
    people_created = people_first(new.analysis)
    return finish(insert_article_row(_columns(new)), known, people_created), True


def _columns(new: _NewArticle) -> dict:
    """The new article's row (documents.article_columns), its dates now."""
    return article_columns(
        new.document,
        new.digest,
        new.source_text,
        new.url,
        new.publisher,
        new.published_at,
    )


def _finish_new(
    new: _NewArticle, row: Article, tags, on_stored, page: Page | None, people_created, known
) -> StoredArticle:
    """A new article's statements after its row: parts, page, then save_parts'."""
    insert_parts(row.id, new.document)
    if page is not None:
        _save_page(row.id, page)
    return save_parts(row, new.document, new.analysis, tags, on_stored, people_created, known)


def _announce_new(
    new: _NewArticle, row: Article, page: Page | None, people, tags, on_stored
) -> StoredArticle:
    """A new article's statements once its parts, quotes, people and tags are written (a
    SQLite batch's run, together): its page, then stored_new's."""
    if page is not None:
        _save_page(row.id, page)
    return stored_new(row, new.document, people, tags, on_stored)


def stored_with_hash(digest: str) -> StoredArticle | None:
    """The stored article with this content hash, whole, or None."""
    existing = find_by_hash(digest)
    return None if existing is None else with_document(existing)


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
            **page_columns(document),
            "source_text": normalise_source(render(document)),
            "url": document.url or page.url,
            "publisher": document.publisher,
            "published_at": to_naive_utc(page_instant(document.published_at)),
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
        insert_parts(article_id, document)
        quotes_store.save_quotes(article_id, analysis)
    return before, len(analysis.quotes)


def stored_articles(rows: list[Article]) -> list[StoredArticle]:
    """Whole articles (parts, people, tags) for these rows, with a few queries for all of them."""
    ids = [row.id for row in rows]
    documents = load_documents(rows)
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


def stored_hashes(digests: list[str]) -> set[str]:
    """Those of these content hashes that a stored article has: one read for many."""
    found: set[str] = set()
    for start in range(0, len(digests), HASHES_PER_READ):
        chunk = list(dict.fromkeys(digests[start : start + HASHES_PER_READ]))
        marks = ", ".join([database.param] * len(chunk))
        found.update(h for (h,) in database.execute_sql(_HASHES_SQL.format(marks=marks), chunk))
    return found


HASHES_PER_READ = 500  # within any build's limit of parameters
# Plain SQL, as people_by_key's: the unique index on content_hash answers it.
_HASHES_SQL = 'SELECT "content_hash" FROM "article" WHERE "content_hash" IN ({marks})'


def find_by_hash(digest: str) -> Article | None:
    """The article with this content hash; a new article (the usual case) costs one cheap read."""
    sql, params = _ID_BY_HASH.sql(digest)
    found = database.execute_sql(sql, params).fetchone()
    return None if found is None else Article.get_or_none(Article.id == found[0])


_ID_BY_HASH = Statement(
    lambda digest: Article.select(Article.id).where(Article.content_hash == digest)
)


_article_rows = rows_by_ids(lambda ids: Article.select(*LISTED_COLUMNS).where(Article.id.in_(ids)))


def with_document(row: Article) -> StoredArticle:
    return stored_articles([row])[0]


def people_first(analysis: QuoteAnalysis) -> bool:
    """On PostgreSQL, create a new article's people before its row; whether it did.

    Every writer then takes the key locks of new people (in sorted order) before that of a new
    content hash, as a batch does (write_batch): a writer holding a new hash never waits for a
    person, so none waits on a person that another, waiting on its hash, holds (a deadlock
    between a batch and a single article of the same content). SQLite has one writer at a time.
    """
    if is_sqlite():
        return False
    quotes_store.create_people(analysis.speakers)
    return True


def save_parts(
    row: Article,
    document: Document,
    analysis,
    tags,
    on_stored,
    people_created: bool = False,
    known: dict | None = None,
) -> StoredArticle:
    """A new article row's quotes, people and tags, stored in its transaction; then on_stored.
    `people_created`: people_first created its people; `known`: as quotes_store.save_quotes's."""
    people = quotes_store.save_quotes(row.id, analysis, people_created=people_created, known=known)
    saved_tags = tags_store.save_tags(row.id, tags)
    return stored_new(row, document, people, saved_tags, on_stored)


def stored_new(row: Article, document: Document, people, tags, on_stored) -> StoredArticle:
    """A new article stored whole (its rows written), then on_stored, in its transaction."""
    stored = stored_article(row, as_stored(document, row), people, tags)
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
