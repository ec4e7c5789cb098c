"""Bulk work: every matching article in keyset batches, and many uploaded articles, each alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import orjson
from marshmallow import ValidationError
from peewee import Select

from api import store
from api.db import database
from api.errors import field_errors
from api.models import Article
from api.parser import decode
from api.parser.errors import ParseError
from api.schemas import ArticleCreateSchema

EXPORT_BATCH = 200  # articles read per query: memory holds one batch, whatever the total
# A line holding only a form feed separates plain-text exports in one upload (`printf '\f\n'`):
# it cannot occur inside an export, whose text the parser cleans of control characters.
TEXT_SEPARATOR = "\f"


@dataclass(frozen=True)
class Record:
    """One article of an upload: where it starts (1-based line) and its bytes."""

    line: int
    data: bytes


@dataclass(frozen=True)
class Outcome:
    """What became of one record: created, existing (the same content was stored) or error."""

    line: int
    status: str
    id: int | None = None
    error: str | None = None


def iter_articles(query: Select) -> Iterator[store.StoredArticle]:
    """Every article the query selects, oldest first, read in batches after the last id seen.

    Keyset, not offset: each batch costs the same however deep the export is, and articles
    stored meanwhile (higher ids) are included while deleted ones are simply not met again.
    """
    last_id = 0
    while True:
        # One short read transaction per batch, so that rows and their parts agree.
        with database.atomic():
            rows = list(query.where(Article.id > last_id).order_by(Article.id).limit(EXPORT_BATCH))
            articles = store.complete(rows)
        yield from articles
        if len(rows) < EXPORT_BATCH:
            return
        last_id = rows[-1].id


def ndjson_records(body: bytes) -> list[Record]:
    """The non-blank lines of an NDJSON upload, numbered from 1."""
    return [
        Record(number, line)
        for number, line in enumerate(body.split(b"\n"), start=1)
        if line.strip()
    ]


def text_records(body: bytes) -> list[Record]:
    """The exports of a plain-text upload, split at lines holding only a form feed."""
    records, start, chunk = [], None, []
    for number, line in enumerate(body.split(b"\n"), start=1):
        if line.rstrip(b"\r") == TEXT_SEPARATOR.encode():
            records.append((start, chunk))
            start, chunk = None, []
            continue
        if start is None and line.strip():
            start = number  # the headline's line, not the separator's
        chunk.append(line)
    records.append((start, chunk))
    return [Record(start, b"\n".join(lines)) for start, lines in records if start is not None]


def import_records(
    records: Iterable[Record],
    *,
    ndjson: bool,
    on_stored: Callable[[store.StoredArticle], object] | None = None,
) -> Iterator[Outcome]:
    """Store each record in its own transaction; one bad record never touches the others.

    Idempotent: a record whose content is already stored is `existing`, so an upload can be
    retried whole. Database outages propagate (the client retries; nothing is half-stored).
    `on_stored` runs in each created article's transaction (store.save_article).
    """
    for record in records:
        try:
            fields = _ndjson_fields(record.data) if ndjson else {"text": decode(record.data)}
            article, created = store.ingest_text(**fields, on_stored=on_stored)
        except ValidationError as exc:
            yield Outcome(record.line, "error", error=describe(exc))
        except ParseError as exc:  # EncodingError included
            yield Outcome(record.line, "error", error=f"text: {exc}")
        else:
            yield Outcome(record.line, "created" if created else "existing", id=article.id)


def _ndjson_fields(line: bytes) -> dict:
    """One NDJSON line as create fields; ValidationError says what is wrong with it."""
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        # Its own "line 1" would mislead: the upload's line number is the record's.
        raise ValidationError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(data, dict):
        raise ValidationError("expected a JSON object {text, url?, publisher?, ...}")
    return ArticleCreateSchema().load(data)


def describe(error: ValidationError) -> str:
    """marshmallow's messages as one line: `url: Not a valid URL.; tags.0: Shorter...`."""
    return "; ".join(
        f"{item['field']}: {item['message']}" if "field" in item else item["message"]
        for item in field_errors(error.messages)
    )
