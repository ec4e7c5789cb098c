"""Bulk work: every matching article in keyset batches, and many uploaded articles, each alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import orjson
from flask import request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType

from api.parser import decode
from api.parser.errors import ParseError
from api.schemas.article import ArticleCreateSchema
from api.store import articles as store
from api.web.errors import FieldProblem, field_errors

# A line holding only a form feed separates plain-text exports in one upload (`printf '\f\n'`):
# it cannot occur inside an export, whose text the parser cleans of control characters.
TEXT_SEPARATOR = "\f"
NDJSON = "application/x-ndjson"
TEXT_MIMETYPE = "text/plain"
UTF8_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}  # ASCII is a subset of UTF-8


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


def request_body() -> bytes:
    """The request body; a body over the limit is 413 even when it came chunked."""
    data = request.get_data(cache=False)
    if request.content_length is None and len(data) == request.max_content_length:
        # Without Content-Length werkzeug stops reading at the limit and says nothing: a body
        # that was cut short must not be stored as if it were whole.
        if request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return data


def json_object() -> object:
    """The request body parsed as JSON (400 when it is not JSON)."""
    try:
        return orjson.loads(request_body())
    except orjson.JSONDecodeError as exc:
        raise FieldProblem(400, "body", f"The body is not valid JSON: {exc}") from None


def create_fields() -> dict:
    """The create request's fields, read from a text/plain export or a JSON object."""
    if request.mimetype == TEXT_MIMETYPE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in UTF8_CHARSETS:
            raise UnsupportedMediaType(f"The export must be UTF-8, not {charset}.")
        return {"text": decode(request_body())}
    if request.is_json:
        return ArticleCreateSchema().load(json_object())
    raise UnsupportedMediaType(
        "Send the export as text/plain, or a JSON object {text, url, publisher, published_at}"
        " as application/json."
    )


def upload_is_ndjson() -> bool:
    """True for NDJSON, False for plain-text exports; 415 for anything else."""
    if request.mimetype == NDJSON:
        return True
    if request.mimetype == TEXT_MIMETYPE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset in UTF8_CHARSETS:
            return False
        raise UnsupportedMediaType(f"The exports must be UTF-8, not {charset}.")
    raise UnsupportedMediaType(
        f"Send {NDJSON} (one JSON object per line) or {TEXT_MIMETYPE} (exports separated by"
        " form-feed lines)."
    )


def check_upload_limits(records: list[Record], settings) -> None:
    """Refuse the whole upload, storing nothing, when it holds too many or too large articles."""
    if len(records) > settings.import_max_lines:
        raise ValidationError(
            {
                "body": [
                    f"The upload holds {len(records)} articles;"
                    f" at most {settings.import_max_lines} per request."
                ]
            }
        )
    # One article is held to POST /articles's limit, whichever way it comes in.
    for record in records:
        if len(record.data) > settings.max_body_bytes:
            raise FieldProblem(
                413,
                "body",
                f"The article at line {record.line} is {len(record.data)} bytes; one article may"
                f" be at most {settings.max_body_bytes} bytes.",
            )
