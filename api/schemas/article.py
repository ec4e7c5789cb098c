"""marshmallow schemas of the API; a class name minus "Schema" is its openapi.yaml component."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache

from flask import request, url_for
from marshmallow import Schema, ValidationError, fields, post_load, pre_dump, validate

from api.config import Settings
from api.parser.analysis import speaker_fields
from api.values import MAX_ID, MAX_TAG_LENGTH, to_aware_utc

# What a stored row's id can be: past the 64-bit range none exists, and the database would overflow.
STORED_ID = validate.Range(min=1, max=MAX_ID)

OUT_OF_RANGE = "Must be between years 1 and 9999 once converted to UTC."
KINDS = ["person", "organisation"]
MAX_TAGS = 32
# A tag: no control character anywhere (the look-ahead: `$` would let a final newline pass),
# no space at either end.
TAG_PATTERN = r"^(?![\s\S]*[\x00-\x1f\x7f])\S(.*\S)?$"
TAG_RULE = (
    "A tag is 1 to 64 characters: no control characters or line breaks, and no space at its"
    " start or end (spaces inside are fine: 'local news')."
)


UNPRINTABLE = r"[\x00-\x1f\x7f]"  # control characters, NUL and line ends included
# Spelled without flags, which a JSON Schema pattern cannot carry.
WEB_ADDRESS = validate.Regexp(
    r"^[Hh][Tt][Tt][Pp][Ss]?://[^\x00-\x20\x7f]+$",
    error="Must be an http or https URL without spaces or control characters.",
)


class AwareDateTime(fields.AwareDateTime):
    """An ISO 8601 time with an offset; Python's parser would also take a NUL inside one."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and re.search(UNPRINTABLE, value):
            raise self.make_error("invalid", input=value, obj_type=self.OBJ_TYPE)
        return super()._deserialize(value, attr, data, **kwargs)


def instant(description: str, **kwargs) -> AwareDateTime:
    """A moment as clients write it, on reads and writes alike: an ISO 8601 time with or without
    an offset (without, it is UTC), or a date alone (midnight UTC); it is stored in UTC.

    Example: "2024-03-02" and "2024-03-02T00:00:00" load as 2024-03-02T00:00:00+00:00.
    """
    return AwareDateTime(
        default_timezone=UTC,
        validate=in_utc_range,
        metadata={
            "description": f"{description} A date (`2024-05-01`, midnight UTC) or an ISO 8601"
            " time; without an offset it is UTC. Years 1 to 9999 in UTC.",
            "example": "2024-05-01",
        },
        **kwargs,
    )


def in_utc_range(value: datetime) -> None:
    """Accept any time that is still a datetime in UTC, where it is stored and compared.

    `0001-01-01T00:00:00Z` is fine; `0001-01-01T00:00:00+01:00` falls before year 1 in UTC.
    """
    try:
        value.astimezone(UTC)
    except OverflowError:
        raise ValidationError(OUT_OF_RANGE) from None


class ArticleMetadataSchema(Schema):
    """An article's metadata, each key optional: the body of PATCH (a JSON merge patch).

    `null` clears a value (tags too); keys left out stay as they are; unknown keys are errors.
    """

    url = fields.Url(
        allow_none=True,
        schemes={"http", "https"},
        # marshmallow lets NUL and other control characters through in the path: the pattern
        # refuses them (and says so in the contract).
        validate=[validate.Length(max=2048), WEB_ADDRESS],
        metadata={"format": "uri", "description": "Where the article was published."},
    )
    # No NUL: PostgreSQL rejects it in any text value, and both databases must answer alike (422).
    publisher = fields.String(
        allow_none=True, validate=[validate.Length(min=1, max=200), validate.Regexp(r"^[^\x00]*$")]
    )
    published_at = instant("When the article was published; answered in UTC.", allow_none=True)
    tags = fields.List(
        fields.String(
            validate=[
                validate.Length(min=1, max=MAX_TAG_LENGTH),
                validate.Regexp(TAG_PATTERN, error=TAG_RULE),
            ]
        ),
        allow_none=True,
        validate=validate.Length(max=MAX_TAGS),
        metadata={
            "description": "Short labels; each kept once and listed sorted. Replaces all tags.",
            "example": ["elections", "local"],
        },
    )

    @post_load
    def _no_tags_is_empty(self, data: dict, **kwargs) -> dict:
        if "tags" in data and data["tags"] is None:
            data["tags"] = []
        return data


class ArticleCreateSchema(ArticleMetadataSchema):
    """A create request as JSON: the export text plus optional metadata; unknown keys are errors."""

    text = fields.String(
        required=True,
        metadata={"description": "The article in the plain-text export format (UTF-8)."},
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
    src = fields.String(
        allow_none=True,
        metadata={
            "description": "The picture's absolute http(s) URL (null when the page gave none);"
            " only in articles from web pages.",
            "example": "https://example.com/img/pier.jpg",
        },
    )


class BlockSchema(Schema):
    """One step of the reading order: a paragraph, a subheading, a list, or a pointer to an
    image."""

    type = fields.String(
        required=True, validate=validate.OneOf(["paragraph", "subheading", "image", "list"])
    )
    text = fields.String(metadata={"description": "For paragraphs and subheadings."})
    image = fields.Integer(
        validate=validate.Range(min=0),
        metadata={"description": "For image blocks: the index of the image in `images`."},
    )
    items = fields.List(
        fields.String(validate=validate.Length(min=1)),
        validate=validate.Length(min=1),
        metadata={"description": "For list blocks (from web pages): the items in order."},
    )

    def get_attribute(self, obj, attr, default):
        # A block's dict has no `items` key unless it is a list: not dict.items.
        if isinstance(obj, dict):
            return obj.get(attr, default)
        return super().get_attribute(obj, attr, default)


class ArticleLinksSchema(Schema):
    """Where an article and its export text live."""

    self = fields.String(required=True, metadata={"example": "/articles/1"})
    text = fields.String(required=True, metadata={"example": "/articles/1.txt"})
    quotes = fields.String(required=True, metadata={"example": "/articles/1/quotes"})


class PersonRefSchema(Schema):
    """Who is quoted: enough to name them and link to the rest."""

    id = fields.Integer(required=True, validate=STORED_ID)
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    link = fields.String(required=True, metadata={"example": "/people/1"})


class ArticlePersonSchema(PersonRefSchema):
    """A person quoted in an article, with the role the article gives them."""

    role = fields.String(required=True, allow_none=True, metadata={"example": "harbour master"})


class ArticleSchema(Schema):
    """A whole article: its parsed content, metadata and links."""

    id = fields.Integer(required=True, validate=STORED_ID)
    headline = fields.String(required=True)
    bullets = fields.List(fields.String(), required=True)
    images = fields.List(fields.Nested(ImageSchema), required=True)
    body = fields.List(fields.Nested(BlockSchema), required=True)
    word_count = fields.Integer(required=True, validate=validate.Range(min=0))
    content_hash = fields.String(required=True)
    url = fields.String(required=True, allow_none=True)
    publisher = fields.String(required=True, allow_none=True)
    published_at = fields.DateTime(required=True, allow_none=True)
    tags = fields.List(
        fields.String(),
        required=True,
        metadata={"description": "Sorted. An article from a web page has its keywords here."},
    )
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    source = fields.String(
        required=True,
        validate=validate.OneOf(["text", "html"]),
        metadata={"description": "`text`: from an export; `html`: extracted from a web page."},
    )
    modified_at = fields.DateTime(
        required=True,
        allow_none=True,
        metadata={"description": "When the page says the article was last changed."},
    )
    authors = fields.List(
        fields.String(), required=True, metadata={"description": "Names, in the page's order."}
    )
    language = fields.String(
        required=True, allow_none=True, metadata={"description": "As the page gives it: `en`."}
    )
    description = fields.String(
        required=True, allow_none=True, metadata={"description": "The page's own summary."}
    )
    section = fields.String(
        required=True, allow_none=True, metadata={"description": "The page's section: `World`."}
    )
    people = fields.List(
        fields.Nested(ArticlePersonSchema),
        required=True,
        metadata={"description": "Everyone quoted, in order of their first quote."},
    )
    links = fields.Nested(ArticleLinksSchema, required=True)

    @pre_dump
    def _from_stored(self, article, **kwargs) -> dict:
        # Content keys come from Document.to_dict so the CLI's `parse` and the API agree; the
        # stored row's values (dates as datetimes) win over the page fields it adds.
        return {
            **article.document.to_dict(),
            **stored_fields(article),
            "source": article.source,
            "modified_at": article.modified_at,
            "authors": list(article.authors),
            "language": article.language,
            "description": article.description,
            "section": article.section,
            "tags": list(article.tags),
            "people": people_fields(article.people),
            "links": article_links(article.id),
        }


# The one instance that both documents GET /articles/{id} (the routes' @blp.response) and dumps
# its bytes (api/web/representations.py); one instance also spares copying fields per dump.
ARTICLE_SCHEMA = ArticleSchema()


def stored_fields(stored) -> dict:
    """What an article and its list item share from the article's row: id, url, publisher,
    content hash and the dates (UTC), from a StoredArticle or a listed row alike."""
    return {
        "id": stored.id,
        "content_hash": stored.content_hash,
        "url": stored.url,
        "publisher": stored.publisher,
        "published_at": to_aware_utc(stored.published_at),
        "created_at": to_aware_utc(stored.created_at),
        "updated_at": to_aware_utc(stored.updated_at),
    }


def people_fields(appearances) -> list[dict]:
    """The people an article quotes or names, each with their link."""
    return [
        {"id": a.person_id, **speaker_fields(a.speaker), "link": person_link(a.person_id)}
        for a in appearances
    ]


def article_links(article_id: int) -> dict:
    """An article's `links`: itself, its export text, its quotes (ArticleLinksSchema's order)."""
    return {
        "self": id_link("articles.article", article_id=article_id),
        "text": id_link("articles.get_article_text", article_id=article_id),
        "quotes": id_link("quotes.list_article_quotes", article_id=article_id),
    }


def person_link(person_id: int) -> str:
    """The URL of a person resource."""
    return id_link("people.get_person", person_id=person_id)


# Stands for the id while url_for builds a link: a valid id no real one will be for a while.
_ID_MARK = "7777777777777777777"


def id_link(endpoint: str, **by_id: int) -> str:
    """url_for(endpoint, name=id) for a resource named by one id, built by url_for once per
    endpoint and mount point and the id put in: a page has dozens of links, and url_for is
    slow next to a string substitution (docs/benchmarks.md, "Costs behind the code").

    Example: `id_link("articles.article", article_id=7)` → "/articles/7"
    """
    ((name, value),) = by_id.items()
    template = _link_template(endpoint, name, request.script_root)
    return template.replace(_ID_MARK, str(int(value)))


@lru_cache(maxsize=64)
def _link_template(endpoint: str, name: str, script_root: str) -> str:
    return url_for(endpoint, **{name: int(_ID_MARK)})


class SummaryLinksSchema(Schema):
    """Where the whole article lives."""

    self = fields.String(required=True, metadata={"example": "/articles/1"})


class PageLinksSchema(Schema):
    """This page and its neighbours; `null` where there is none."""

    self = fields.String(required=True)
    next = fields.String(required=True, allow_none=True)
    prev = fields.String(required=True, allow_none=True)


class PageSchema(Schema):
    """The envelope of every list: a page of `items`, the total, and links to its neighbours.

    Dumped from {items, total, limit, offset, filters}; the links repeat the filters.
    """

    items = fields.List(fields.Raw(), required=True)  # each list names its item schema
    total = fields.Integer(required=True, validate=validate.Range(min=0))
    limit = fields.Integer(required=True, validate=validate.Range(min=1))
    offset = fields.Integer(required=True, validate=validate.Range(min=0))
    links = fields.Nested(PageLinksSchema, required=True)

    @pre_dump
    def _add_links(self, page: dict, **kwargs) -> dict:
        limit, offset, total = page["limit"], page["offset"], page["total"]
        args = {**request.view_args, **page.get("filters", {})}

        def link(start: int) -> str:
            return url_for(request.endpoint, **args, limit=limit, offset=start)

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
    """The service process answers."""

    status = fields.String(required=True, validate=validate.OneOf(["ok"]))


class ReadinessSchema(Schema):
    """The service can serve traffic: its database answers and its schema is up to date."""

    status = fields.String(required=True, validate=validate.OneOf(["ready"]))
    database = fields.String(required=True, validate=validate.OneOf(["ok"]))
    migrations = fields.String(required=True, validate=validate.OneOf(["current"]))
