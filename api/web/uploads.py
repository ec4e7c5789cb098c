"""Bulk work: every matching article in keyset batches, and many uploaded articles, each alone."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import orjson
from flask import request
from marshmallow import ValidationError
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType

from api.parser import decode
from api.parser.errors import ParseError
from api.schemas.article import ArticleCreateSchema, ArticleMetadataSchema
from api.schemas.bulk import PAGE_LINE_FIELDS, ArticleRestoreSchema, PageLineSchema
from api.schemas.compiled import planned_load
from api.store import articles as store
from api.store import restore, web_pages
from api.web.errors import FieldProblem, field_errors

# A line holding only a form feed separates plain-text exports in one upload (`printf '\f\n'`):
# it cannot occur inside an export, whose text the parser cleans of control characters.
TEXT_SEPARATOR = "\f"
NDJSON = "application/x-ndjson"
TEXT_MIMETYPE = "text/plain"
HTML_MIMETYPES = ("text/html", "application/xhtml+xml")
UTF8_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}  # ASCII is a subset of UTF-8
# Request bodies may come compressed (NDJSON uploads shrink 5-10x): wbits for zlib per coding.
CODINGS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
SUPPORTED_CODINGS = ("gzip", "deflate")
IDENTITY = ("", "identity")
# Said in the request bodies' descriptions (a Content-Encoding parameter would have fuzzers send
# plain bodies labelled gzip, and OpenAPI describes bodies decoded anyway).
COMPRESSED_BODIES = (
    "Send it with `Content-Encoding: gzip` or `deflate` to compress it (NDJSON shrinks 5-10x):"
    " the size limits apply to the decompressed body (413 beyond, found without inflating it"
    " whole); other codings are 415."
)


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
    return list(ndjson_stream(body.split(b"\n")))


def text_records(body: bytes) -> list[Record]:
    """The exports of a plain-text upload, split at lines holding only a form feed."""
    return list(text_stream(body.split(b"\n")))


def ndjson_stream(lines: Iterable[bytes]) -> Iterator[Record]:
    """The non-blank lines (each without its line end) as records, numbered from 1."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield Record(number, line)


def text_stream(lines: Iterable[bytes]) -> Iterator[Record]:
    """The exports of lines (each without its line end), split at lines holding only a form
    feed; each record starts at its headline's line."""
    start, chunk = None, []
    for number, line in enumerate(lines, start=1):
        if line.rstrip(b"\r") == TEXT_SEPARATOR.encode():
            if start is not None:
                yield Record(start, b"\n".join(chunk))
            start, chunk = None, []
            continue
        if start is None and line.strip():
            start = number  # the headline's line, not the separator's
        chunk.append(line)
    if start is not None:
        yield Record(start, b"\n".join(chunk))


def import_records(
    records: Iterable[Record],
    *,
    ndjson: bool,
    on_stored: Callable[[store.StoredArticle], object] | None = None,
) -> Iterator[Outcome]:
    """Store each record on its own: one bad record never touches the others.

    An NDJSON line is `{text, url?, ...}` (as POST /articles takes it), a web page
    `{html, url?, tags?}`, or an exported article (a line of GET /articles/export), restored
    under its id (restore.restore_article).
    Idempotent: a record whose content is already stored is `existing`, so an upload can be
    retried whole. Database outages propagate (the client retries; no article is half-stored).
    Records are parsed a batch at a time, then written in one transaction (store.write_batch),
    where a record that fails rolls back alone. `on_stored` runs in each created article's write.
    """
    for batch in _batches(records):
        yield from _write(_prepare_batch(batch, ndjson, on_stored))


# Records parsed before their batch is written: the parsed articles are held meanwhile, and the
# write lock for the batch's writes.
WRITE_BATCH_RECORDS = 50
WRITE_BATCH_BYTES = 4 * 1024 * 1024


def _batches(records: Iterable[Record]) -> Iterator[list[Record]]:
    """The records in upload order, in lists of at most WRITE_BATCH_RECORDS and (unless one
    record is larger) WRITE_BATCH_BYTES."""
    batch: list[Record] = []
    size = 0
    for record in records:
        if batch and (
            len(batch) == WRITE_BATCH_RECORDS or size + len(record.data) > WRITE_BATCH_BYTES
        ):
            yield batch
            batch, size = [], 0
        batch.append(record)
        size += len(record.data)
    if batch:
        yield batch


# A record's own problems (an outcome `error`); anything else (the database) propagates.
RECORD_ERRORS = (ValidationError, ParseError, restore.IdTaken, restore.NotRepresentable)


# A record on its way to its write: an export parsed and hashed, any other record's write, or
# the outcome of its failure.
Staged = store.ParsedText | store.Write | Outcome


def _prepare_batch(
    batch: list[Record], ndjson: bool, on_stored
) -> list[tuple[Record, store.Write | Outcome]]:
    """Each record's prepared write (parsed, analysed), or the outcome of its failure. The
    exports are parsed first, then which of them are stored already is read once for all (a
    read an article was a cost of its own), then each new one is analysed."""
    staged = [(record, _stage(record, ndjson, on_stored)) for record in batch]
    digests = [item.digest for _, item in staged if isinstance(item, store.ParsedText)]
    stored = store.stored_hashes(digests) if digests else set()
    return [(record, _prepared(record, item, stored)) for record, item in staged]


def _stage(record: Record, ndjson: bool, on_stored) -> Staged:
    """The record parsed (an export: hashed, not analysed yet), or the outcome of its failure."""
    try:
        if ndjson:
            return _prepare_line(record.data, on_stored)
        return store.parse_text(decode(record.data), on_stored=on_stored)
    except RECORD_ERRORS as exc:
        return _failure(record, exc)


def _prepared(record: Record, item: Staged, stored: set[str]) -> store.Write | Outcome:
    """A staged record's write (an export's prepared now), or the outcome of its failure."""
    if not isinstance(item, store.ParsedText):
        return item
    try:
        return store.prepare_parsed(item, stored)
    except RECORD_ERRORS as exc:
        return _failure(record, exc)


def _write(prepared: list[tuple[Record, store.Write | Outcome]]) -> list[Outcome]:
    """Run a batch's writes in one transaction; each record's outcome, in order."""
    writes = [write for _, write in prepared if isinstance(write, store.Write)]
    if not writes:
        return [outcome for _, outcome in prepared]
    outcomes = []
    with store.write_batch(writes) as batch:
        for record, write in prepared:
            if isinstance(write, Outcome):
                outcomes.append(write)
                continue
            try:
                article, was_created = batch.run(write)
            except RECORD_ERRORS as exc:
                outcomes.append(_failure(record, exc))
                continue
            status = "created" if was_created else "existing"
            outcomes.append(Outcome(record.line, status, id=article.id))
    return outcomes


def _failure(record: Record, exc: Exception) -> Outcome:
    """The outcome of a record that failed with one of RECORD_ERRORS."""
    if isinstance(exc, ValidationError):
        return Outcome(record.line, "error", error=describe(exc))
    if isinstance(exc, ParseError):  # EncodingError included
        return Outcome(record.line, "error", error=f"text: {exc}")
    if isinstance(exc, restore.IdTaken):
        return Outcome(record.line, "error", error=f"id: {exc}")
    return Outcome(record.line, "error", error=f"body: {exc}")


# Import lines are loaded by plans of their schemas (the same results and errors, less work).
CREATE_SCHEMA = ArticleCreateSchema()
RESTORE_SCHEMA = ArticleRestoreSchema()
PAGE_URL_SCHEMA = ArticleMetadataSchema(only=("url",))
PAGE_LINE_SCHEMA = PageLineSchema(only=PAGE_LINE_FIELDS)
_load_create = planned_load(CREATE_SCHEMA)
_load_page_line = planned_load(PAGE_LINE_SCHEMA)


def _prepare_line(line: bytes, on_stored) -> store.ParsedText | store.Write:
    """Prepare one NDJSON line's write, of any shape (an export's parsed and hashed only);
    ValidationError says what is wrong with it."""
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        # Its own "line 1" would mislead: the upload's line number is the record's.
        raise ValidationError(f"not valid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(data, dict) or not {"text", "headline", "html"} & data.keys():
        raise ValidationError(
            "expected a JSON object {text, url?, publisher?, ...}, a web page {html, url?, tags?}"
            " or an exported article {id?, headline, bullets, images, body, ...}"
        )
    if "html" in data:
        return web_pages.prepare_html(**_load_page_line(data), on_stored=on_stored)
    if "text" in data:
        return store.parse_text(**_load_create(data), on_stored=on_stored)
    return restore.prepare_restore(**RESTORE_SCHEMA.load(data), on_stored=on_stored)


def describe(error: ValidationError) -> str:
    """marshmallow's messages as one line: `url: Not a valid URL.; tags.0: Shorter...`."""
    return "; ".join(
        f"{item['field']}: {item['message']}" if "field" in item else item["message"]
        for item in field_errors(error.messages)
    )


def request_body() -> bytes:
    """The request body, decompressed when it came with `Content-Encoding: gzip` or `deflate`.

    A body over the limit (request.max_content_length) is 413 even when it came chunked, and so
    is a compressed body that decompresses beyond it (found without inflating more than the
    limit: a zip bomb costs its compressed size, not its decompressed one). Other codings: 415.
    """
    coding = request.headers.get("Content-Encoding", "").strip().lower()
    if coding in IDENTITY:
        return _raw_body()
    if coding not in CODINGS:
        raise UnsupportedMediaType(
            f"Content-Encoding {coding!r} is not supported: send the body uncompressed, or"
            f" compressed with {' or '.join(SUPPORTED_CODINGS)}."
        )
    return inflate(_raw_body(), coding, request.max_content_length)


def inflate(data: bytes, coding: str, limit: int | None) -> bytes:
    """A gzip (one or more members) or deflate (zlib, or raw) body decompressed, a piece at a
    time, to at most `limit` bytes: 413 beyond, 400 when it is not valid `coding` data.

    Example: `inflate(gzip.compress(b"x" * 10), "gzip", 100)` == b"x" * 10
    """
    wbits = CODINGS[coding]
    if coding == "deflate" and not _zlib_header(data):
        wbits = -zlib.MAX_WBITS  # raw deflate, as some clients send "deflate"
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits)
        pending = rest
        while pending:
            room = 0 if limit is None else limit - len(out) + 1  # 0: no bound
            try:
                out += inflater.decompress(pending, room)
            except zlib.error as exc:
                raise FieldProblem(
                    400, "body", f"The body is not valid {coding} data: {exc}."
                ) from None
            if limit is not None and len(out) > limit:
                raise FieldProblem(
                    413,
                    "body",
                    f"The request body decompresses to more than the limit of {limit} bytes.",
                )
            pending = inflater.unconsumed_tail
        if not inflater.eof:
            raise FieldProblem(400, "body", f"The {coding} body is cut short.")
        # gzip allows members one after another (`cat a.gz b.gz`); deflate has one stream.
        rest = inflater.unused_data if coding != "deflate" else b""
        if inflater.unused_data and coding == "deflate":
            raise FieldProblem(400, "body", "The deflate body has data after its end.")
    return bytes(out)


def _zlib_header(data: bytes) -> bool:
    """Whether data starts with a zlib (RFC 1950) header: method 8, checksum of the two bytes."""
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def _raw_body() -> bytes:
    """The body as it came; a body over the limit is 413 even when it came chunked."""
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


def is_page() -> bool:
    """Whether the request's body is a web page (text/html or XHTML)."""
    return request.mimetype in HTML_MIMETYPES


def request_url() -> str | None:
    """The article's URL a create request gives beside its body: `Content-Location`, else the
    `url` query parameter; 422 (as a `url` in a JSON body) unless an absolute http(s) URL."""
    url = request.headers.get("Content-Location") or request.args.get("url") or None
    if url is not None:
        where = "Content-Location" if request.headers.get("Content-Location") else "url"
        try:
            PAGE_URL_SCHEMA.load({"url": url})
        except ValidationError as exc:
            reason = " ".join(exc.messages.get("url", ["Not a valid URL."]))
            raise FieldProblem(422, where, f"{reason} ({url[:200]!r})") from None
    return url


def page_fields() -> dict:
    """A text/html create request's fields: the page's bytes (decoded by the extractor, from
    the header's charset, a byte-order mark or the <meta>), its Content-Type, and its URL."""
    return {
        "page": request_body(),
        "url": request_url(),
        "content_type": request.headers.get("Content-Type"),
    }


def create_fields() -> dict:
    """The create request's fields, read from a text/plain export or a JSON object; the URL
    from `Content-Location` or `?url=` when the body gives none."""
    url = request_url()
    if request.mimetype == TEXT_MIMETYPE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in UTF8_CHARSETS:
            raise UnsupportedMediaType(f"The export must be UTF-8, not {charset}.")
        return {"text": decode(request_body()), "url": url}
    if request.is_json:
        fields = ArticleCreateSchema().load(json_object())
        return {**fields, "url": fields.get("url") or url}
    raise UnsupportedMediaType(
        "Send the export as text/plain, a web page as text/html, or a JSON object"
        " {text, url, publisher, published_at} as application/json."
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
