"""Bulk article resources: export every matching article as NDJSON; import many in one upload."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from flask import current_app, request, stream_with_context
from flask_smorest import Blueprint
from marshmallow import ValidationError
from werkzeug.exceptions import UnsupportedMediaType

from api import bulk
from api.article_query import ArticleFilters, article_filter
from api.bulk_schemas import ImportReportSchema
from api.docs import problem_responses
from api.errors import QUERY_ARGS, FieldProblem
from api.query_schemas import ArticleFilterQuerySchema
from api.representations import JSON, article_bytes, keep_json
from api.routes.articles import TEXT_MIMETYPE, UTF8_CHARSETS, request_body
from api.schemas import ArticleCreateSchema, ArticleSchema

blp = Blueprint("bulk", __name__, url_prefix="/articles", description="Many articles at once.")

NDJSON = "application/x-ndjson"
CHUNK_BYTES = 64 * 1024  # lines are sent in chunks of about this size, not one write per line
IMPORT_BODY = {
    "required": True,
    "description": "NDJSON: one JSON object per line, {text, url?, publisher?, published_at?,"
    " tags?} as for POST /articles. Or text/plain: exports one after another, each ended by a"
    " line holding only a form feed (U+000C).",
    "content": {
        NDJSON: {"schema": {"type": "array", "items": ArticleCreateSchema}},
        TEXT_MIMETYPE: {"schema": {"type": "string", "minLength": 1}},
    },
}


@blp.route("/export", methods=["GET"])
@blp.doc(operationId="exportArticles")
@blp.arguments(ArticleFilterQuerySchema, **QUERY_ARGS, as_kwargs=True)
@blp.response(
    200,
    ArticleSchema(many=True),
    content_type=NDJSON,
    description="NDJSON, streamed: one Article per line, oldest first (not a JSON array).",
)
@problem_responses(blp, 400)
def export_articles(filters: ArticleFilters):
    """Every article the filters select (as GET /articles's) as NDJSON, in constant memory."""
    lines = export_lines(article_filter(filters))
    return current_app.response_class(stream_with_context(lines), mimetype=NDJSON)


@blp.route("/import", methods=["POST"])
@blp.doc(operationId="importArticles", requestBody=IMPORT_BODY)
@blp.response(200, ImportReportSchema, description="Each article's outcome, in upload order.")
@problem_responses(blp, 400, 413, 415, 422)
def import_articles():
    """Store many articles, each on its own: a bad one is reported, never spoils the rest."""
    ndjson = _upload_is_ndjson()
    request.max_content_length = current_app.config["SETTINGS"].import_max_bytes
    body = request_body()
    records = bulk.ndjson_records(body) if ndjson else bulk.text_records(body)
    _check_limits(records, current_app.config["SETTINGS"])
    # Each created article's JSON is kept in its transaction: its first GET reads kept bytes.
    outcomes = list(bulk.import_records(records, ndjson=ndjson, on_stored=keep_json))
    counts = Counter(outcome.status for outcome in outcomes)
    return {
        "created": counts["created"],
        "existing": counts["existing"],
        "failed": counts["error"],
        "results": outcomes,
    }


def _check_limits(records: list[bulk.Record], settings) -> None:
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


def export_lines(query) -> Iterator[bytes]:
    """The selected articles as NDJSON lines (the JSON of GET /articles/{id}), in chunks."""
    return _chunked(article_bytes(a, JSON) + b"\n" for a in bulk.iter_articles(query))


def _chunked(lines: Iterable[bytes]) -> Iterator[bytes]:
    buffer: list[bytes] = []
    size = 0
    for line in lines:
        buffer.append(line)
        size += len(line)
        if size >= CHUNK_BYTES:
            yield b"".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield b"".join(buffer)


def _upload_is_ndjson() -> bool:
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
