"""Article resources: create from an export, list, read (JSON, export text, JSON-LD, ninjs, HTML),
patch, delete."""

from __future__ import annotations

from flask import current_app, request, url_for
from flask.views import MethodView
from werkzeug.exceptions import (
    NotFound,
    PreconditionFailed,
    UnsupportedMediaType,
)

from api.schemas.article import ARTICLE_SCHEMA, ArticleCreateSchema, ArticleMetadataSchema
from api.schemas.listing import ArticleListSchema, item_schema, link_header, page_links
from api.schemas.query import LIST_DESCRIPTION, ArticleListQuerySchema
from api.store import articles as store
from api.store import listing as article_list
from api.store import metadata as metadata_store
from api.store import web_pages
from api.values import MAX_ID
from api.web.docs import Blueprint, problem_responses
from api.web.errors import QUERY_ARGS
from api.web.representations import (
    HTML,
    JSON,
    JSONLD,
    MIMETYPES,
    NINJS,
    TEXT,
    JsonOfWrite,
    article_response,
    etag_matches,
    negotiate,
)
from api.web.uploads import COMPRESSED_BODIES, create_fields, is_page, json_object, page_fields

blp = Blueprint("articles", __name__, url_prefix="/articles", description="Parsed news articles.")

# Ids past the 64-bit range cannot exist: the converter answers 404 before any query overflows.
ARTICLE_ID = f"<int(min=1, max={MAX_ID}):article_id>"

CREATE_BODY = {
    "required": True,
    "description": "The export as text/plain, a news article's web page as text/html (its"
    " charset from the Content-Type, a byte-order mark or the page's `<meta>`; its URL from"
    " `Content-Location` or the `url` parameter), or a JSON object with the export and"
    " metadata. " + COMPRESSED_BODIES,
    "content": {
        "text/plain": {"schema": {"type": "string", "minLength": 1}},
        "text/html": {"schema": {"type": "string", "minLength": 1}},
        "application/json": {"schema": ArticleCreateSchema},
    },
}
EXPORT_TEXT = {"type": "string", "description": "The article in the plain-text export format."}
JSONLD_DOCUMENT = {
    "type": "object",
    "description": "The article as a schema.org `NewsArticle` in JSON-LD (https://schema.org):"
    " headline, description (the bullets), articleBody, image (`ImageObject`s with caption and"
    " creditText), publisher, datePublished, keywords (the tags), wordCount, the people quoted"
    " (`mentions`) and the quotes as `Quotation`s with their speaker as `creator`. Properties"
    " Copydesk does not know are left out.",
    "required": ["@context", "@type", "@id", "headline"],
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "enum": ["NewsArticle"]},
        "@id": {"type": "string", "format": "uri"},
        "headline": {"type": "string"},
    },
}
NINJS_DOCUMENT = {
    "type": "object",
    "description": "The article as an IPTC ninjs 3.3 news item"
    " (http://www.iptc.org/std/ninjs/ninjs-schema_3.3.json): headlines, descriptions (the"
    " bullets), bodies (HTML), associations (the pictures, caption as a description and credit"
    " in `by`), people and organisations quoted, subjects (the tags) and dates.",
    "required": ["uri"],
    "properties": {"uri": {"type": "string", "format": "uri"}},
}
HTML_PAGE = {
    "type": "string",
    "description": "The article as an HTML page: `<article>`, `<h1>`, the bullets as a list,"
    " `<figure>`s with caption and credit, `<h2>` subheadings, paragraphs with each quote in a"
    " `<q>` naming its speaker, and the JSON-LD; no script, a strict Content-Security-Policy.",
}
# Every representation of GET /articles/{id}, beside the JSON: (schema, media type).
OTHER_REPRESENTATIONS = {
    TEXT: EXPORT_TEXT,
    JSONLD: JSONLD_DOCUMENT,
    NINJS: NINJS_DOCUMENT,
    HTML: HTML_PAGE,
}
LOCATION = {"Location": {"description": "The new article's URL.", "schema": {"type": "string"}}}
LINK = {
    "Link": {
        "description": 'The neighbouring pages (RFC 8288): `<...>; rel="next"`, `rel="prev"`.',
        "schema": {"type": "string"},
    }
}
LAST_MODIFIED = {
    "Last-Modified": {
        "description": "When the article last changed (for `If-Modified-Since`).",
        "schema": {"type": "string"},
    }
}
PATCH_BODY = {
    "required": True,
    "description": "A JSON merge patch (RFC 7396) of the metadata; application/json works too.",
    "content": {
        "application/merge-patch+json": {"schema": ArticleMetadataSchema},
        "application/json": {"schema": ArticleMetadataSchema},
    },
}
IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": False,
    "schema": {"type": "string"},
    "description": "The ETag of the version the change is meant for: 412 if the article has"
    " changed since. Without it the change applies to whatever version is stored.",
}
ETAG = {
    "ETag": {"description": "The ETag of the changed article's JSON.", "schema": {"type": "string"}}
}


PAGE_URL = {
    "in": "query",
    "name": "url",
    "required": False,
    "schema": {"type": "string", "format": "uri", "maxLength": 2048},
    "description": "Where the article was published (`Content-Location` says it too; a JSON"
    " body's own `url` wins). For a text/html body it resolves the page's relative links, and"
    " it is stored as the article's `url` unless the page names a canonical URL. 422 unless an"
    " http(s) URL.",
}


@blp.route("", methods=["POST"])
@blp.doc(operationId="createArticle", requestBody=CREATE_BODY, parameters=[PAGE_URL])
@blp.response(201, ARTICLE_SCHEMA, headers=LOCATION, description="The article was stored.")
@blp.alt_response(200, schema=ARTICLE_SCHEMA, success=True, description="Already stored: that one.")
@problem_responses(blp, 400, 413, 415, 422)
def create_article():
    """Parse and store an article; the same content sent again answers 200 with the stored one."""
    # Its JSON is cached with it, so that the first GET reads cached bytes; the answer is them.
    written = JsonOfWrite()
    if is_page():
        article, created = web_pages.ingest_html(**page_fields(), on_stored=written)
    else:
        article, created = store.ingest_text(**create_fields(), on_stored=written)
    if not created:
        written.reuse_or_cache(article)
        return written.response(article, 200)
    location = url_for(".article", article_id=article.id)
    return written.response(article, 201, {"Location": location})


@blp.route("", methods=["GET"])
@blp.doc(operationId="listArticles", description=LIST_DESCRIPTION)
# An instance: given the class, webargs would build the schema (copying every field) per request.
@blp.arguments(ArticleListQuerySchema(), **QUERY_ARGS, as_kwargs=True)
@blp.response(200, ArticleListSchema, headers=LINK)
def list_articles(filters, sort, cursor, selection, limit: int, offset: int):
    """Search, filter and sort articles; a page of them with the fields asked for."""
    listing = article_list.load_article_list(
        filters, sort, limit=limit, cursor=cursor, offset=offset, parts=selection.parts
    )
    links = page_links(listing)
    items = item_schema(selection.only).dump(listing.items)
    body = {
        "items": items,
        "total": listing.total,
        "total_exact": listing.total_exact,
        "limit": limit,
        "links": links,
    }
    return body, link_header(links)


NEGOTIATION = (
    "`Accept` chooses the representation: "
    + ", ".join(f"`{mimetype}`" for mimetype in MIMETYPES.values())
    + ". Without `Accept`, or when it ranks them alike, JSON. An `Accept` that allows none of"
    " them is a 406 problem listing them. Each representation has its own `ETag`. The same"
    " representations have URLs of their own: `.json`, `.txt`, `.jsonld`, `.ninjs.json`,"
    " `.html` after the article's."
)


def _other_representations(view):
    """Document the representations besides JSON as alternative 200 answers."""
    for representation, schema in OTHER_REPRESENTATIONS.items():
        view = blp.alt_response(
            200, schema=schema, content_type=MIMETYPES[representation], success=True
        )(view)
    return view


@blp.route(f"/{ARTICLE_ID}", endpoint="article")
class ArticleItem(MethodView):
    """One article. GET and DELETE share one URL rule, so an impossible id is 404 for both."""

    @blp.doc(operationId="getArticle", description=NEGOTIATION)
    @blp.response(
        200, ARTICLE_SCHEMA, headers={"Vary": {"schema": {"type": "string"}}, **LAST_MODIFIED}
    )
    @_other_representations
    @problem_responses(blp, 404, 406)
    def get(self, article_id: int):
        """The whole article: JSON, or the representation `Accept` prefers."""
        representation = negotiate(request.environ.get("HTTP_ACCEPT"))
        return article_response(article_id, representation, vary="Accept")

    @blp.doc(operationId="updateArticle", requestBody=PATCH_BODY, parameters=[IF_MATCH])
    @blp.response(200, ARTICLE_SCHEMA, headers=ETAG, description="The article as changed.")
    @problem_responses(blp, 400, 404, 412, 413, 415, 422)
    def patch(self, article_id: int):
        """Change an article's url, publisher, published_at or tags; If-Match guards the change."""
        if not request.is_json:
            raise UnsupportedMediaType("Send a JSON object as application/merge-patch+json.")
        changes = ArticleMetadataSchema().load(json_object())
        is_expected = etag_matches(article_id, request.if_match) if request.if_match else None
        written = JsonOfWrite()
        try:
            article = metadata_store.update_metadata(
                article_id, changes, is_expected=is_expected, on_changed=written
            )
        except metadata_store.VersionConflict:
            raise PreconditionFailed(
                f"Article {article_id} has changed since that ETag; GET it again and retry."
            ) from None
        if article is None:
            raise NotFound(f"There is no article {article_id}.")
        if written.built is None:
            written.reuse_or_cache(article)  # the patch changed nothing
        return written.response(article, 200, send_etag=True)

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


def _suffix_view(suffix: str, representation: str, schema, summary: str) -> None:
    """GET /articles/{id}<suffix>: one representation at a URL of its own (no negotiation)."""

    def view(article_id: int):
        return article_response(article_id, representation)

    view.__name__ = f"get_article_{representation}"
    view.__doc__ = summary
    operation = "getArticle" + {"jsonld": "JsonLd", "ninjs": "Ninjs"}.get(
        representation, representation.capitalize()
    )
    view = problem_responses(blp, 404)(view)
    view = blp.response(200, schema, content_type=MIMETYPES[representation], headers=LAST_MODIFIED)(
        view
    )
    view = blp.doc(operationId=operation)(view)
    blp.route(f"/{ARTICLE_ID}{suffix}", methods=["GET"])(view)


_suffix_view(".json", JSON, ARTICLE_SCHEMA, "The article as JSON, as `GET /articles/{id}`.")
_suffix_view(".txt", TEXT, EXPORT_TEXT, "The article rendered back into the export format.")
_suffix_view(".jsonld", JSONLD, JSONLD_DOCUMENT, "The article as schema.org NewsArticle JSON-LD.")
_suffix_view(".ninjs.json", NINJS, NINJS_DOCUMENT, "The article as an IPTC ninjs 3.3 news item.")
_suffix_view(".html", HTML, HTML_PAGE, "The article as a semantic HTML page.")
