"""Bulk article resources: export every matching article as NDJSON; import many in one upload."""

from __future__ import annotations

from collections import Counter

from flask import current_app, request, stream_with_context

from api.schemas.article import ArticleCreateSchema, ArticleSchema
from api.schemas.bulk import ArticleRestoreSchema, ImportProblemSchema, ImportReportSchema
from api.schemas.query import ArticleFilterQuerySchema
from api.search.selection import ArticleFilters
from api.store.queries import article_filter
from api.web import uploads as bulk
from api.web.docs import Blueprint, problem_responses
from api.web.errors import PROBLEM_MIMETYPE, QUERY_ARGS, problem
from api.web.representations import cache_json, export_lines
from api.web.response_headers import error_headers
from api.web.uploads import (
    COMPRESSED_BODIES,
    NDJSON,
    TEXT_MIMETYPE,
    check_upload_limits,
    request_body,
    upload_is_ndjson,
)

blp = Blueprint("bulk", __name__, url_prefix="/articles", description="Many articles at once.")

IMPORT_BODY = {
    "required": True,
    "description": "NDJSON: one JSON object per line, either {text, url?, publisher?,"
    " published_at?, tags?} as for POST /articles, or an exported article: a line of"
    " GET /articles/export as it is, restored under its id (content, metadata, tags and dates"
    " as given; quotes and people derived again). Or text/plain: exports one after another,"
    " each ended by a line holding only a form feed (U+000C). " + COMPRESSED_BODIES,
    "content": {
        NDJSON: {
            "schema": {
                "type": "array",
                "items": {"oneOf": [ArticleCreateSchema, ArticleRestoreSchema]},
            }
        },
        TEXT_MIMETYPE: {"schema": {"type": "string", "minLength": 1}},
    },
}
NOTHING_STORED = (
    "No article was stored: every one failed (the problem carries the report), or the upload"
    " was refused whole (too many articles)."
)


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
@blp.doc(
    operationId="importArticles",
    requestBody=IMPORT_BODY,
    description="When articles were sent and none was stored (every one failed), the answer is"
    " 422, a problem that carries the report, so that `curl --fail` and scripts stop; when some"
    " were stored it is 200 with the failures in `results`.",
)
@blp.response(
    200,
    ImportReportSchema,
    description="Each article's outcome, in upload order (some may have failed).",
)
@blp.alt_response(
    422,
    schema=ImportProblemSchema,
    content_type=PROBLEM_MIMETYPE,
    description=NOTHING_STORED,
    headers=error_headers(422),
)
@problem_responses(blp, 400, 413, 415)
def import_articles():
    """Store many articles, each on its own: a bad one is reported, never spoils the rest."""
    ndjson = upload_is_ndjson()
    request.max_content_length = current_app.config["SETTINGS"].import_max_bytes
    body = request_body()
    records = bulk.ndjson_records(body) if ndjson else bulk.text_records(body)
    check_upload_limits(records, current_app.config["SETTINGS"])
    # Each created article's JSON is kept in its transaction: its first GET reads kept bytes.
    outcomes = list(bulk.import_records(records, ndjson=ndjson, on_stored=cache_json))
    counts = Counter(outcome.status for outcome in outcomes)
    report = {
        "created": counts["created"],
        "existing": counts["existing"],
        "failed": counts["error"],
        "results": outcomes,
    }
    if counts["error"] and not (counts["created"] or counts["existing"]):
        detail = f"No article was stored: all {counts['error']} failed; see `results`."
        return problem(422, detail, extensions=ImportReportSchema().dump(report))
    return report
