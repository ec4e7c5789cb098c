"""Schemas of the article list's items and pages; `fields` and `include` narrow or widen items.

A class name minus "Schema" is its openapi.yaml component.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import TYPE_CHECKING

from flask import request, url_for
from marshmallow import Schema, fields, pre_dump, validate

from api.schemas.article import (
    STORED_ID,
    ArticlePersonSchema,
    BlockSchema,
    ImageSchema,
    SummaryLinksSchema,
    id_link,
    people_fields,
    stored_fields,
)
from api.schemas.quotes import QuoteSchema
from api.search.cursors import Cursor
from api.search.selection import TOTAL_LIMIT

if TYPE_CHECKING:  # the listing's dataclasses come in; the schemas never query
    from api.store.listing import ArticleList, ListedArticle

SUMMARY = ("id", "headline", "word_count", "image_count", "publisher", "published_at")
DEFAULT_FIELDS = (*SUMMARY, "created_at", "links")
INCLUDABLE = ("bullets", "images", "body", "people", "quotes", "tags")


def sparse(schema: type[Schema]) -> type[Schema]:
    """A subclass of `schema` with no required field, nested ones too: `fields` may drop any.

    `ImageSchema` → `ImagePartSchema` (component ImagePart); its dump hooks are inherited.
    """
    name = schema.__name__.removesuffix("Schema") + "PartSchema"
    if name in _SPARSE:
        return _SPARSE[name]
    declared = {}
    for key, field in schema._declared_fields.items():
        field = copy.copy(field)
        field.required = False
        if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested):
            field.inner = copy.copy(field.inner)
            field.inner.nested = sparse(field.inner.nested)
        elif isinstance(field, fields.Nested):
            field.nested = sparse(field.nested)
        declared[key] = field
    doc = f"{schema.__doc__} (Any of its fields may be left out by `fields`.)"
    _SPARSE[name] = type(name, (schema,), {**declared, "__doc__": doc})
    return _SPARSE[name]


_SPARSE: dict[str, type[Schema]] = {}


class ArticleListItemSchema(Schema):
    """An article in the list: a summary by default; `fields` and `include` change what shows.

    Only `id` is always there. `snippet` comes with `q`.
    """

    id = fields.Integer(required=True, validate=STORED_ID)
    headline = fields.String()
    word_count = fields.Integer(validate=validate.Range(min=0))
    image_count = fields.Integer(validate=validate.Range(min=0))
    publisher = fields.String(allow_none=True)
    published_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    url = fields.String(allow_none=True)
    content_hash = fields.String()
    tags = fields.List(fields.String(), metadata={"description": "Sorted."})
    bullets = fields.List(fields.String())
    images = fields.List(fields.Nested(sparse(ImageSchema)))
    body = fields.List(fields.Nested(sparse(BlockSchema)))
    people = fields.List(fields.Nested(sparse(ArticlePersonSchema)))
    quotes = fields.List(
        fields.Nested(sparse(QuoteSchema)), metadata={"description": "In reading order."}
    )
    snippet = fields.String(
        metadata={"description": "HTML: the best-matching words of the article, HTML-escaped,"
                  " with each match in `<mark>`; `…` where the text is cut.",
                  "example": "…the <mark>harbour</mark> master said on Monday…"},
    )  # fmt: skip
    links = fields.Nested(sparse(SummaryLinksSchema))

    @pre_dump
    def _from_listed(self, item: ListedArticle, **kwargs) -> dict:
        row = item.row
        data = {
            **stored_fields(row),
            "headline": row.headline,
            "word_count": row.word_count,
            "image_count": item.image_count,
            "links": {"self": id_link("articles.article", article_id=row.id)},
        }
        if item.document is not None:
            data.update(item.document.to_dict())
        if item.people is not None:
            data["people"] = people_fields(item.people)
        if item.tags is not None:
            data["tags"] = list(item.tags)
        if item.quotes is not None:
            data["quotes"] = list(item.quotes)
        if item.snippet is not None:
            data["snippet"] = item.snippet
        return data


class ArticleListLinksSchema(Schema):
    """This page and its neighbours (`null` where there is none): follow `next` to walk all."""

    self = fields.String(required=True)
    next = fields.String(required=True, allow_none=True)
    prev = fields.String(required=True, allow_none=True)


class DumpedList(fields.List):
    """A list the view has already dumped (with the request's `only`): passed on as it is."""

    def _serialize(self, value, attr, obj, **kwargs):
        return value


class ArticleListSchema(Schema):
    """One page of the article list; also `Link: <next>; rel="next"` in the headers."""

    items = DumpedList(fields.Nested(ArticleListItemSchema), required=True)
    total = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={
            "description": "How many articles the filters select, on all pages, counted up to"
            f" {TOTAL_LIMIT:,}: when more are selected it is {TOTAL_LIMIT:,} and `total_exact`"
            " is false."
        },
    )
    total_exact = fields.Boolean(
        required=True,
        metadata={"description": "Whether `total` is exact (false: it is a lower bound)."},
    )
    limit = fields.Integer(required=True, validate=validate.Range(min=1))
    links = fields.Nested(ArticleListLinksSchema, required=True)


def page_links(listing: ArticleList) -> dict:
    """Links to this page and its neighbours: the request's parameters with another cursor."""
    args = {k: v for k, v in request.args.items() if k not in ("cursor", "offset")}

    def link(cursor: Cursor | None) -> str | None:
        return cursor and url_for(request.endpoint, **args, cursor=cursor.encode())

    this = url_for(request.endpoint, **request.args)
    return {"self": this, "next": link(listing.next), "prev": link(listing.prev)}


def link_header(links: dict) -> dict:
    """The `Link` header (RFC 8288) for a page's neighbours; no header when there are none."""
    value = ", ".join(f'<{links[rel]}>; rel="{rel}"' for rel in ("next", "prev") if links[rel])
    return {"Link": value} if value else {}


@lru_cache(maxsize=1)
def field_paths() -> tuple[str, ...]:
    """Every name `fields` accepts: the item's fields, then their nested fields, dotted."""
    return tuple(_paths(ArticleListItemSchema()))


def _paths(schema: Schema, prefix: str = "") -> list[str]:
    names, nested = [], []
    for name, field in schema.fields.items():
        names.append(prefix + name)
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested):
            nested += _paths(inner.schema, f"{prefix}{name}.")
    return names + nested


@lru_cache(maxsize=256)
def item_schema(only: tuple[str, ...]) -> ArticleListItemSchema:
    """The item schema narrowed to `only` (schemas are reusable: one per distinct selection)."""
    return ArticleListItemSchema(only=only, many=True)
