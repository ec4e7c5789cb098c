"""Feeds of a query: the newest articles that the article list's filters and search select, as
Atom and as JSON Feed 1.1 (a reader subscribes to a search, a publisher or a person's quotes)."""

from __future__ import annotations

from api.schemas.query import FeedQuerySchema
from api.web import feeds
from api.web.docs import Blueprint, problem_responses
from api.web.errors import QUERY_ARGS

blp = Blueprint(
    "feeds", __name__, url_prefix="/feeds", description="Feeds of a query: Atom and JSON Feed."
)

FEED_DESCRIPTION = (
    "The newest articles (newest stored first, up to `limit`) that the filters and search of"
    " `GET /articles` select, the same parameters meaning the same. Each entry links to the"
    " article's HTML page and its JSON. Conditional GET: send the `ETag` back in"
    " `If-None-Match` for a 304 while nothing changed."
)
ATOM_DOCUMENT = {"type": "string", "description": "An Atom feed (RFC 4287)."}
JSON_FEED_DOCUMENT = {
    "type": "object",
    "description": "A JSON Feed 1.1 (https://jsonfeed.org/version/1.1).",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"type": "string", "enum": [feeds.JSON_FEED_VERSION]},
        "title": {"type": "string"},
        "items": {"type": "array", "items": {"type": "object", "required": ["id"]}},
    },
}


@blp.route("/articles.atom", methods=["GET"])
@blp.doc(operationId="getArticlesAtomFeed", description=FEED_DESCRIPTION)
@blp.arguments(FeedQuerySchema(), **QUERY_ARGS, as_kwargs=True)
@blp.response(200, ATOM_DOCUMENT, content_type=feeds.ATOM_MIMETYPE)
@problem_responses(blp, 400)
def atom_feed(filters, limit: int):
    """The newest selected articles as an Atom feed."""
    return feeds.atom_response(filters, limit)


@blp.route("/articles.json", methods=["GET"])
@blp.doc(operationId="getArticlesJsonFeed", description=FEED_DESCRIPTION)
@blp.arguments(FeedQuerySchema(), **QUERY_ARGS, as_kwargs=True)
@blp.response(200, JSON_FEED_DOCUMENT, content_type=feeds.JSON_FEED_MIMETYPE)
@problem_responses(blp, 400)
def json_feed(filters, limit: int):
    """The newest selected articles as a JSON Feed 1.1."""
    return feeds.json_feed_response(filters, limit)
