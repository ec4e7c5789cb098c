"""Restoring exported articles: each stored again under its own id, its quotes derived again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from api.parser import ParseError, parse, render
from api.parser.analysis import analyse
from api.parser.document import Document
from api.parser.quotes import QuoteAnalysis
from api.store.articles import (
    StoredArticle,
    Write,
    find_by_hash,
    normalise_source,
    people_first,
    save_parts,
    with_document,
    write_now,
)
from api.store.db import database, is_sqlite
from api.store.documents import article_columns, insert_article
from api.store.models import Article

# Held (PostgreSQL, per transaction) while a restore moves the id sequence past the id it
# stores, so that two restores never move it backwards between their read and their setval.
RESTORE_LOCK = 0x636F7079  # "copy"


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
    return write_now(
        prepare_restore(
            document,
            article_id=article_id,
            url=url,
            publisher=publisher,
            published_at=published_at,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
            on_stored=on_stored,
        )
    )


def prepare_restore(
    document: Document, *, article_id: int | None = None, tags: Iterable[str] = (), **meta
) -> Write:
    """What restore_article does before its transaction (the duplicate look-up, the read-back
    check, the quote analysis), done now; the write it returns stores the article (arguments
    as restore_article's; IdTaken may come from either)."""
    text = render(document)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    existing = _restored(article_id, digest)  # no parse and no analysis for what is stored
    if existing is not None:
        found = with_document(existing)
        return Write(lambda known: (found, False))
    try:
        representable = parse(text) == export_parts(document)
    except ParseError as exc:
        raise NotRepresentable(f"its export text cannot be read back: {exc}") from None
    if not representable:
        raise NotRepresentable(
            "its export text reads back as a different article (a paragraph that looks like a"
            " subheading or a list item, text inside a caption, ...)"
        )
    analysis = analyse(document)
    restored = _Restored(document, text, digest, analysis, article_id)
    return Write(
        lambda known: _write_restored(restored, known, tags=tags, **meta),
        analysis.speakers,
        lambda: _stored_meanwhile(article_id, digest),
    )


@dataclass(frozen=True)
class _Restored:
    """An exported article checked and analysed, not stored yet."""

    document: Document
    text: str
    digest: str
    analysis: QuoteAnalysis
    article_id: int | None


def _write_restored(
    restored: _Restored,
    known: dict | None,
    *,
    url: str | None = None,
    publisher: str | None = None,
    published_at: datetime | None = None,
    tags: Iterable[str] = (),
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    on_stored: Callable[[StoredArticle], object] | None = None,
) -> tuple[StoredArticle, bool]:
    """A restored article's statements, in the caller's transaction (`known`: as
    quotes_store.save_quotes's). IdTaken comes before any of them (a SQLite batch relies on it:
    store.articles._run_unsaved)."""
    article_id, digest = restored.article_id, restored.digest
    existing = _restored(article_id, digest)
    if existing is not None:
        return with_document(existing), False
    people_created = people_first(restored.analysis)
    if article_id is not None:
        _reserve_id(article_id)
    columns = article_columns(
        restored.document,
        digest,
        normalise_source(restored.text),
        url,
        publisher,
        published_at,
        created_at=created_at,
        updated_at=updated_at,
    )
    row = insert_article(columns, restored.document, article_id=article_id)
    stored = save_parts(
        row, restored.document, restored.analysis, tags, on_stored, people_created, known
    )
    return stored, True


def _stored_meanwhile(article_id: int | None, digest: str) -> StoredArticle | None:
    """After an IntegrityError: the article another writer stored meanwhile under this id or
    with this content (IdTaken when the id now holds other content), or None."""
    existing = _restored(article_id, digest)
    return None if existing is None else with_document(existing)


def export_parts(document: Document) -> Document:
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
