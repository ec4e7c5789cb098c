"""Quote resources: every stored quote, filtered and paginated, and one article's quotes."""

from __future__ import annotations

from werkzeug.exceptions import NotFound

from api.routes.articles import ARTICLE_ID
from api.schemas.article import PageQuerySchema
from api.schemas.quotes import QuotePageSchema, QuoteQuerySchema
from api.store import quotes as quotes_store
from api.web.docs import Blueprint, problem_responses
from api.web.errors import QUERY_ARGS

blp = Blueprint("quotes", __name__, description="Quotes in the articles and who said them.")


@blp.route("/quotes", methods=["GET"])
@blp.doc(operationId="listQuotes")
@blp.arguments(QuoteQuerySchema, **QUERY_ARGS, as_kwargs=True)
@blp.response(200, QuotePageSchema)
def list_quotes(limit: int, offset: int, **filters):
    """A page of quotes, newest article first, narrowed by speaker, text and article."""
    items, total = quotes_store.list_quotes(
        limit=limit,
        offset=offset,
        speaker=filters.get("speaker"),
        text=filters.get("q"),
        article=filters.get("article"),
    )
    return {"items": items, "total": total, "limit": limit, "offset": offset, "filters": filters}


@blp.route(f"/articles/{ARTICLE_ID}/quotes", methods=["GET"])
@blp.doc(operationId="listArticleQuotes")
@blp.arguments(PageQuerySchema, **QUERY_ARGS, as_kwargs=True)
@blp.response(200, QuotePageSchema)
@problem_responses(blp, 404)
def list_article_quotes(article_id: int, limit: int, offset: int):
    """A page of one article's quotes, in reading order."""
    page = quotes_store.article_quotes(article_id, limit=limit, offset=offset)
    if page is None:
        raise NotFound(f"There is no article {article_id}.")
    items, total = page
    return {"items": items, "total": total, "limit": limit, "offset": offset}
