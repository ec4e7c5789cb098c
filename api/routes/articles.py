"""Article resources: create from an export, list, read (as JSON or export text), delete."""

from __future__ import annotations

import orjson
from flask import Response, current_app, request, url_for
from flask.views import MethodView
from flask_smorest import Blueprint
from werkzeug.exceptions import (
    BadRequest,
    NotFound,
    RequestEntityTooLarge,
    UnsupportedMediaType,
)

from api import store
from api.docs import problem_responses
from api.parser import decode, render
from api.schemas import (
    MAX_ID,
    ArticleCreateSchema,
    ArticlePageSchema,
    ArticleSchema,
    PageQuerySchema,
)

blp = Blueprint("articles", __name__, url_prefix="/articles", description="Parsed news articles.")

# Ids past the 64-bit range cannot exist: the converter answers 404 before any query overflows.
ARTICLE_ID = f"<int(min=1, max={MAX_ID}):article_id>"
TEXT_MIMETYPE = "text/plain"
UTF8_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}  # ASCII is a subset of UTF-8

CREATE_BODY = {
    "required": True,
    "description": "The export as text/plain, or a JSON object with the export and metadata.",
    "content": {
        "text/plain": {"schema": {"type": "string", "minLength": 1}},
        "application/json": {"schema": ArticleCreateSchema},
    },
}
EXPORT_TEXT = {"type": "string", "description": "The article in the plain-text export format."}
LOCATION = {"Location": {"description": "The new article's URL.", "schema": {"type": "string"}}}


def _request_body() -> bytes:
    """The request body; a body over the limit is 413 even when it came chunked."""
    data = request.get_data(cache=False)
    if request.content_length is None and len(data) == request.max_content_length:
        # Without Content-Length werkzeug stops reading at the limit and says nothing: a body
        # that was cut short must not be stored as if it were whole.
        if request.environ["wsgi.input"].read(1):
            raise RequestEntityTooLarge()
    return data


def _create_fields() -> dict:
    """The create request's fields, read from a text/plain export or a JSON object."""
    if request.mimetype == TEXT_MIMETYPE:
        charset = request.mimetype_params.get("charset", "utf-8").lower()
        if charset not in UTF8_CHARSETS:
            raise UnsupportedMediaType(f"The export must be UTF-8, not {charset}.")
        return {"text": decode(_request_body())}
    if request.is_json:
        try:
            data = orjson.loads(_request_body())
        except orjson.JSONDecodeError as exc:
            raise BadRequest(f"The body is not valid JSON: {exc}") from None
        return ArticleCreateSchema().load(data)
    raise UnsupportedMediaType(
        "Send the export as text/plain, or a JSON object {text, url, publisher, published_at}"
        " as application/json."
    )


def _get_or_404(article_id: int) -> store.StoredArticle:
    article = store.get_article(article_id)
    if article is None:
        raise NotFound(f"There is no article {article_id}.")
    return article


def _export_response(article: store.StoredArticle) -> Response:
    return current_app.response_class(render(article.document), mimetype=TEXT_MIMETYPE)


@blp.route("", methods=["POST"])
@blp.doc(operationId="createArticle", requestBody=CREATE_BODY)
@blp.response(201, ArticleSchema, headers=LOCATION, description="The article was stored.")
@blp.alt_response(200, schema=ArticleSchema, success=True, description="Already stored: that one.")
@problem_responses(blp, 400, 413, 415, 422)
def create_article():
    """Parse and store an article; the same content sent again answers 200 with the stored one."""
    article, created = store.ingest_text(**_create_fields())
    if not created:
        return article, 200
    return article, 201, {"Location": url_for(".article", article_id=article.id)}


@blp.route("", methods=["GET"])
@blp.doc(operationId="listArticles")
@blp.arguments(PageQuerySchema, location="query", as_kwargs=True)
@blp.response(200, ArticlePageSchema)
def list_articles(limit: int, offset: int):
    """A page of article summaries, newest first, with the total count."""
    items, total = store.list_articles(limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@blp.route(f"/{ARTICLE_ID}", endpoint="article")
class ArticleItem(MethodView):
    """One article. GET and DELETE share one URL rule, so an impossible id is 404 for both."""

    @blp.doc(operationId="getArticle")
    @blp.response(200, ArticleSchema, headers={"Vary": {"schema": {"type": "string"}}})
    @blp.alt_response(200, schema=EXPORT_TEXT, content_type=TEXT_MIMETYPE, success=True)
    @problem_responses(blp, 404)
    def get(self, article_id: int):
        """The whole article as JSON, or as export text when `Accept` prefers text/plain."""
        article = _get_or_404(article_id)
        accepted = request.accept_mimetypes
        # No Accept header, or one that is indifferent, gets JSON: JSON is this API's default.
        if accepted.quality(TEXT_MIMETYPE) > accepted.quality("application/json"):
            return _export_response(article), {"Vary": "Accept"}
        return article, {"Vary": "Accept"}

    @blp.doc(operationId="deleteArticle")
    @blp.response(204, description="The article was deleted.")
    @problem_responses(blp, 404)
    def delete(self, article_id: int):
        """Delete an article."""
        if not store.delete_article(article_id):
            raise NotFound(f"There is no article {article_id}.")
        response = current_app.response_class(status=204)
        del response.headers["Content-Type"]  # no body, so no type
        return response


@blp.route(f"/{ARTICLE_ID}.txt", methods=["GET"])
@blp.doc(operationId="getArticleText")
@blp.response(200, EXPORT_TEXT, content_type=TEXT_MIMETYPE)
@problem_responses(blp, 404)
def get_article_text(article_id: int):
    """The article rendered back into the plain-text export format."""
    return _export_response(_get_or_404(article_id))
