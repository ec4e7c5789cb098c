"""Schemas of the query strings that select articles: filters, search, sort, fields, cursor.

A class name minus "Schema" is its openapi.yaml component. `ArticleFilterQuerySchema` is the
filters alone, for every endpoint that reads many articles; the list adds the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marshmallow import Schema, ValidationError, fields, post_load, validate

from api.config import Settings
from api.schemas.article import STORED_ID, instant
from api.schemas.listing import DEFAULT_FIELDS, INCLUDABLE, field_paths
from api.search.cursors import Cursor, CursorError, Sort, sort_choices
from api.search.query import QueryError, parse
from api.search.selection import PARTS, RANKED_MATCHES, TOTAL_LIMIT, ArticleFilters
from api.values import MAX_ID

NO_NUL = validate.Regexp(r"^[^\x00]*$", error="Must not contain NUL characters.")
TEXT = [validate.Length(min=1, max=200), NO_NUL]  # PostgreSQL rejects NUL in any text value
MAX_Q_LENGTH = 500
MAX_IDS = 100
IDS_PATTERN = r"^[0-9]+(,[0-9]+)*$"
MAX_CURSOR_LENGTH = 2000
MAX_FIELD_NAME = 64  # longer than any field path, short enough to quote back in an error
LIST_DESCRIPTION = "\n\n".join(
    (
        "Articles selected by any combination of filters, newest first unless `sort` says"
        " otherwise.",
        "**Search.** `q` searches headlines, bullets, body text, captions and credits. Words"
        ' must all match; `"exact words"` is a phrase; `harb*` matches words starting with'
        " `harb`; `OR` (upper case) gives alternatives (`ferry OR bridge`); `NOT word`,"
        ' `-word` or `-"exact words"` excludes; parentheses group. Everything else is plain'
        " text: a query is only refused (400) when it has no letters or digits to look for,"
        " or only excludes. With `q`, items come best match first and carry a `snippet`:"
        " HTML-escaped text with the matches in `<mark>`. Relevance ranks the newest"
        f" {RANKED_MATCHES:,} articles matching `q`; older matches follow them, newest first.",
        "**Pages.** Follow `links.next` (also in the `Link` header) until it is `null` to walk"
        " every selected article exactly once, however many there are and even while articles"
        " are added: its `cursor` marks a position in the sort order, so the 1,000th page is as"
        " fast as the first. `links.prev` goes back. `offset` suits small jumps only. `total`"
        f" counts the selected articles up to {TOTAL_LIMIT:,}; `total_exact` is false when"
        " more are selected.",
        "**Fields.** Items are summaries. `include=quotes,people,body` adds heavy parts;"
        " `fields=` picks exactly the fields wanted (`id` always comes), nested ones dotted:"
        " `fields=headline,images.credit`.",
        "Unknown parameters, fields and sort keys, and cursors this API did not make, are 400"
        " problems naming the parameter.",
    )
)


class SearchQuery(fields.String):
    """`q`, parsed into a query tree (api.search.query); text with nothing to search is invalid."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        if len(text) > MAX_Q_LENGTH:
            raise ValidationError(f"Longer than {MAX_Q_LENGTH} characters.")
        try:
            return parse(text)
        except QueryError as exc:
            raise ValidationError(str(exc)) from None


class CommaList(fields.String):
    """A comma-separated list in one parameter (`ids=1,2,3`), documented as a string.

    With a `pattern`, the whole value must match it (and the contract says so).
    """

    def __init__(self, item: fields.Field, *, max_items: int, pattern: str | None = None, **kwargs):
        if pattern is not None:
            kwargs["metadata"] = {**kwargs.get("metadata", {}), "pattern": pattern}
        super().__init__(**kwargs)
        self.item = item
        self.max_items = max_items
        self.pattern = pattern and re.compile(pattern)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data)
        if self.pattern and not self.pattern.fullmatch(text):
            raise ValidationError(f"Must match {self.pattern.pattern}.")
        items = [part.strip() for part in text.split(",")]
        if len(items) > self.max_items:
            raise ValidationError(f"At most {self.max_items} items.")
        return tuple(self.item.deserialize(part) for part in items)


class ArticleFilterQuerySchema(Schema):
    """Which articles to select; every parameter given must hold. Loads to {"filters": ...}."""

    q = SearchQuery(
        metadata={
            "description": "Full-text search over headline, bullets, body, captions and credits:"
            ' words (all must match), "exact phrases", `prefix*`, `OR`, `NOT word` or `-word`,'
            " parentheses. Matching ignores case (and accents on SQLite).",
            "example": '"harbour master" OR mayor -ferry',
        }
    )
    publisher = fields.String(validate=TEXT, metadata={"description": "Exactly as stored."})
    speaker = fields.String(
        validate=TEXT,
        metadata={"description": "Articles quoting these people: an id, or a name or whole words"
                  " of one (`Pifer` finds Steven Pifer), in any spelling that normalises the same"
                  " (case, accents, punctuation).",
                  "example": "Ann Quay"},
    )  # fmt: skip
    person = fields.Integer(
        validate=STORED_ID,
        metadata={"description": "Articles quoting the person with this id."},
    )
    credit = fields.String(
        validate=TEXT,
        metadata={"description": "Articles with an image whose credit contains this text, in any"
                  " case: `reuters` finds photos by Reuters.", "example": "Reuters"},
    )  # fmt: skip
    author = fields.String(
        validate=TEXT,
        metadata={"description": "Articles from web pages naming this author: the whole name,"
                  " in any case.", "example": "Ann Writer"},
    )  # fmt: skip
    language = fields.String(
        validate=validate.Regexp(
            r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", error="A language tag: `en`, `pt-BR`."
        ),
        metadata={"description": "Articles in this language (a page's): `en` also finds"
                  " `en-GB`; any case.", "example": "en"},
    )  # fmt: skip
    has_images = fields.Boolean(metadata={"description": "With (true) or without (false) images."})
    published_after = instant("Published at or after this time.")
    published_before = instant("Published before this time.")
    created_after = instant("Stored at or after this time.")
    created_before = instant("Stored before this time.")
    ids = CommaList(
        fields.Integer(validate=STORED_ID),
        max_items=MAX_IDS,
        # ASCII digits only: int() would also take '١' (an Arabic-Indic one), '1_0' and ' +1'.
        pattern=IDS_PATTERN,
        metadata={"description": f"Only these articles: up to {MAX_IDS} comma-separated ids.",
                  "example": "1,2,3"},
    )  # fmt: skip

    @post_load
    def _to_filters(self, data: dict, **kwargs) -> dict:
        names = ArticleFilters.__dataclass_fields__
        filters = ArticleFilters(**{k: v for k, v in data.items() if k in names})
        return self.loaded_arguments({k: v for k, v in data.items() if k not in names}, filters)

    def loaded_arguments(self, rest: dict, filters: ArticleFilters) -> dict:
        """The loaded arguments: the filters, plus whatever a subclass reads besides them."""
        return {**rest, "filters": filters}


FEED_SIZE_DEFAULT, FEED_SIZE_MAX = 20, 100


class FeedQuerySchema(ArticleFilterQuerySchema):
    """A feed's query string: the article list's filters and search, and how many entries."""

    limit = fields.Integer(
        load_default=FEED_SIZE_DEFAULT,
        validate=validate.Range(min=1, max=FEED_SIZE_MAX),
        metadata={"description": "How many of the newest selected articles the feed holds."},
    )


@dataclass(frozen=True)
class Selection:
    """What each list item shows: marshmallow `only` paths, and the parts they need loaded."""

    only: tuple[str, ...]
    parts: frozenset[str]


class ArticleListQuerySchema(ArticleFilterQuerySchema):
    """The article list's query string: filters, sort, what items show, and which page."""

    sort = fields.String(
        validate=validate.OneOf(sort_choices()),
        metadata={"description": "`relevance` (best match first; needs `q`), `published_at`,"
                  " `created_at`, `headline` or `id`; `-` reverses (newest first, worst match"
                  " first). Default: `relevance` with `q`, else `-id` (newest stored first)."
                  " Articles without `published_at` come last either way."},
    )  # fmt: skip
    # Not `fields`: a schema's own `fields` attribute holds its fields.
    only_fields = CommaList(
        fields.String(validate=validate.Length(max=MAX_FIELD_NAME)),  # echoed in errors: short
        max_items=50,
        data_key="fields",
        metadata={"description": "Sparse fieldset: only these item fields (and `id`), dotted for"
                  " nested ones.", "example": "headline,images.credit"},
    )  # fmt: skip
    include = CommaList(
        fields.String(validate=validate.OneOf(INCLUDABLE)),
        max_items=len(INCLUDABLE),
        metadata={"description": f"Parts to add to each item: {', '.join(INCLUDABLE)}.",
                  "example": "quotes,people"},
    )  # fmt: skip
    limit = fields.Integer(
        load_default=Settings.page_size_default,
        validate=validate.Range(min=1, max=Settings.page_size_max),
        metadata={"description": "How many items to return."},
    )
    cursor = fields.String(
        validate=[validate.Length(max=MAX_CURSOR_LENGTH), NO_NUL],
        metadata={"description": "Where the page starts: copy it from `links.next` (or `prev`)"
                  " of the page before, with the same `sort`; it is opaque."},
    )  # fmt: skip
    offset = fields.Integer(
        load_default=0,
        validate=validate.Range(min=0, max=MAX_ID),
        metadata={"description": "Articles to skip (not with `cursor`). Slow far in: walk"
                  " `links.next` instead."},
    )  # fmt: skip

    def loaded_arguments(self, rest: dict, filters: ArticleFilters) -> dict:
        """Sort, cursor and item fields, checked against each other and against the filters."""
        text = rest.pop("sort", None) or ("relevance" if filters.q is not None else "-id")
        sort = Sort.parse(text)  # OneOf has checked it
        if sort.key == "relevance" and filters.q is None:
            raise ValidationError("sort by relevance needs q.", "sort")
        cursor = None
        if "cursor" in rest:
            if rest["offset"]:
                raise ValidationError("Give cursor or offset, not both.", "offset")
            try:
                cursor = Cursor.decode(rest.pop("cursor"), sort)
            except CursorError as exc:
                raise ValidationError(str(exc), "cursor") from None
        selection = selection_for(
            rest.pop("only_fields", None), rest.pop("include", ()), searching=filters.q is not None
        )
        return {**rest, "filters": filters, "sort": sort, "cursor": cursor, "selection": selection}


def selection_for(wanted: tuple[str, ...] | None, include: tuple[str, ...], *, searching: bool):
    """The Selection for `fields` and `include`; ValidationError naming unknown fields."""
    if wanted is None:
        chosen = set(DEFAULT_FIELDS) | ({"snippet"} if searching else set())
    else:
        valid = field_paths()
        unknown = [name for name in wanted if name not in valid]
        if unknown:
            message = f"Unknown {', '.join(unknown)}; valid fields: {', '.join(valid)}."
            raise ValidationError(message, "fields")
        chosen = {"id", *wanted}
    chosen |= set(include)
    # A whole field makes its dotted parts redundant (and marshmallow would narrow it to them).
    kept = {p for p in chosen if p.split(".")[0] == p or p.split(".")[0] not in chosen}
    only = tuple(p for p in field_paths() if p in kept)  # in the schema's order, as dumped
    return Selection(only, frozenset(p.split(".")[0] for p in only) & PARTS)
