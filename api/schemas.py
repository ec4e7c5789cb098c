"""marshmallow schemas of the API; a class name minus "Schema" is its openapi.yaml component."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import url_for
from marshmallow import Schema, ValidationError, fields, pre_dump, validate

from api.config import Settings

MAX_ID = 2**63 - 1  # SQLite and PostgreSQL bigint both end here
# A day inside each end of datetime's range, so converting any offset to UTC cannot overflow.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, tzinfo=UTC)


def _within_datetime_range(value: datetime) -> None:
    if not EARLIEST <= value <= LATEST:
        raise ValidationError("Must be between years 1 and 9999.")


class ArticleCreateSchema(Schema):
    """A create request as JSON: the export text plus optional metadata; unknown keys are errors."""

    text = fields.String(
        required=True,
        metadata={"description": "The article in the plain-text export format (UTF-8)."},
    )
    url = fields.Url(
        load_default=None,
        allow_none=True,
        schemes={"http", "https"},
        validate=validate.Length(max=2048),
        metadata={"format": "uri", "description": "Where the article was published."},
    )
    publisher = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(min=1, max=200)
    )
    published_at = fields.AwareDateTime(
        load_default=None,
        allow_none=True,
        validate=_within_datetime_range,
        metadata={"description": "ISO 8601 with a UTC offset, e.g. 2024-05-01T09:30:00+02:00."},
    )


class PageQuerySchema(Schema):
    """Query parameters of a paginated list."""

    limit = fields.Integer(
        load_default=Settings.page_size_default,
        validate=validate.Range(min=1, max=Settings.page_size_max),
        metadata={"description": "How many items to return."},
    )
    offset = fields.Integer(
        load_default=0,
        validate=validate.Range(min=0, max=MAX_ID),
        metadata={"description": "How many items to skip."},
    )


class ImageSchema(Schema):
    """A photo of the article: alt text, caption, and the credit split off the caption."""

    alt = fields.String(required=True)
    caption = fields.String(required=True)
    credit = fields.String(required=True, allow_none=True)


class BlockSchema(Schema):
    """One step of the reading order: a paragraph, a subheading, or a pointer to an image."""

    type = fields.String(
        required=True, validate=validate.OneOf(["paragraph", "subheading", "image"])
    )
    text = fields.String(metadata={"description": "For paragraphs and subheadings."})
    image = fields.Integer(
        validate=validate.Range(min=0),
        metadata={"description": "For image blocks: the index of the image in `images`."},
    )


class ArticleLinksSchema(Schema):
    """Where an article and its export text live."""

    self = fields.String(required=True, metadata={"example": "/articles/1"})
    text = fields.String(required=True, metadata={"example": "/articles/1.txt"})


class ArticleSchema(Schema):
    """A whole article: its parsed content, metadata and links."""

    id = fields.Integer(required=True, validate=validate.Range(min=1, max=MAX_ID))
    headline = fields.String(required=True)
    bullets = fields.List(fields.String(), required=True)
    images = fields.List(fields.Nested(ImageSchema), required=True)
    body = fields.List(fields.Nested(BlockSchema), required=True)
    word_count = fields.Integer(required=True, validate=validate.Range(min=0))
    content_hash = fields.String(required=True)
    url = fields.String(required=True, allow_none=True)
    publisher = fields.String(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    links = fields.Nested(ArticleLinksSchema, required=True)

    @pre_dump
    def _from_stored(self, article, **kwargs) -> dict:
        # Content keys come from Document.to_dict so the CLI's `parse` and the API agree.
        return {
            "id": article.id,
            **article.document.to_dict(),
            "content_hash": article.content_hash,
            "url": article.url,
            "publisher": article.publisher,
            "published_at": article.published_at,
            "created_at": article.created_at,
            "updated_at": article.updated_at,
            "links": {
                "self": url_for("articles.article", article_id=article.id),
                "text": url_for("articles.get_article_text", article_id=article.id),
            },
        }


class SummaryLinksSchema(Schema):
    """Where the whole article lives."""

    self = fields.String(required=True, metadata={"example": "/articles/1"})


class ArticleSummarySchema(Schema):
    """An article in a list: enough to choose it, with a link to the whole of it."""

    id = fields.Integer(required=True, validate=validate.Range(min=1, max=MAX_ID))
    headline = fields.String(required=True)
    word_count = fields.Integer(required=True, validate=validate.Range(min=0))
    image_count = fields.Integer(required=True, validate=validate.Range(min=0))
    publisher = fields.String(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    created_at = fields.DateTime(required=True)
    links = fields.Nested(SummaryLinksSchema, required=True)

    @pre_dump
    def _from_stored(self, article, **kwargs) -> dict:
        return {
            "id": article.id,
            "headline": article.document.headline,
            "word_count": article.document.word_count,
            "image_count": len(article.document.images),
            "publisher": article.publisher,
            "published_at": article.published_at,
            "created_at": article.created_at,
            "links": {"self": url_for("articles.article", article_id=article.id)},
        }


class PageLinksSchema(Schema):
    """This page and its neighbours; `null` where there is none."""

    self = fields.String(required=True)
    next = fields.String(required=True, allow_none=True)
    prev = fields.String(required=True, allow_none=True)


class ArticlePageSchema(Schema):
    """One page of the article list, newest first, with the total count."""

    items = fields.List(fields.Nested(ArticleSummarySchema), required=True)
    total = fields.Integer(required=True, validate=validate.Range(min=0))
    limit = fields.Integer(required=True, validate=validate.Range(min=1))
    offset = fields.Integer(required=True, validate=validate.Range(min=0))
    links = fields.Nested(PageLinksSchema, required=True)

    @pre_dump
    def _add_links(self, page: dict, **kwargs) -> dict:
        limit, offset, total = page["limit"], page["offset"], page["total"]

        def link(start: int) -> str:
            return url_for("articles.list_articles", limit=limit, offset=start)

        has_next = offset + limit < total
        has_prev = offset > 0
        links = {
            "self": link(offset),
            "next": link(offset + limit) if has_next else None,
            "prev": link(max(0, min(offset, total) - limit)) if has_prev else None,
        }
        return {**page, "links": links}


class ProblemErrorSchema(Schema):
    """One thing wrong with the request: which field (when one is at fault) and why."""

    field = fields.String(metadata={"description": "Dotted path of the field, e.g. `url`."})
    message = fields.String(required=True)


class ProblemSchema(Schema):
    """An RFC 9457 problem: every error response has this shape."""

    type = fields.String(required=True, metadata={"example": "about:blank"})
    title = fields.String(required=True, metadata={"example": "Unprocessable Entity"})
    status = fields.Integer(required=True, validate=validate.Range(min=400, max=599))
    detail = fields.String(required=True)
    errors = fields.List(fields.Nested(ProblemErrorSchema))


class HealthSchema(Schema):
    """The service and its database answer."""

    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
