"""marshmallow schemas of bulk import reports; a class name minus "Schema" is its component."""

from __future__ import annotations

from marshmallow import (
    Schema,
    ValidationError,
    fields,
    post_dump,
    post_load,
    validate,
    validates_schema,
)

from api.parser import Block, Document, Image
from api.schemas.article import (
    STORED_ID,
    ArticleMetadataSchema,
    AwareDateTime,
    BlockSchema,
    ImageSchema,
    ProblemSchema,
    in_utc_range,
)

DERIVED = "Ignored on import: derived again from the content."


class ArticleRestoreSchema(ArticleMetadataSchema):
    """An exported article as an import line: a line of GET /articles/export, as it is.

    The content (headline, bullets, images, body), metadata, tags and dates are stored as given,
    under `id` when there is one; what is derived from the content (word_count, content_hash,
    people, links) is accepted and derived again. Unknown keys are errors.
    """

    id = fields.Integer(
        validate=STORED_ID,
        metadata={
            "description": "Restore under this id; an article already stored under it with"
            " other content is an error. Without it the article gets a new id."
        },
    )
    headline = fields.String(required=True, validate=validate.Length(min=1))
    bullets = fields.List(fields.String(), load_default=list)
    images = fields.List(fields.Nested(ImageSchema), load_default=list)
    body = fields.List(fields.Nested(BlockSchema), required=True, validate=validate.Length(min=1))
    created_at = AwareDateTime(validate=in_utc_range, metadata={"description": "Kept as given."})
    updated_at = AwareDateTime(validate=in_utc_range, metadata={"description": "Kept as given."})
    source = fields.String(load_default="text", validate=validate.OneOf(["text", "html"]))
    modified_at = AwareDateTime(allow_none=True, load_default=None, validate=in_utc_range)
    authors = fields.List(fields.String(validate=validate.Length(min=1)), load_default=list)
    language = fields.String(allow_none=True, load_default=None)
    description = fields.String(allow_none=True, load_default=None)
    section = fields.String(allow_none=True, load_default=None)
    word_count = fields.Raw(load_only=True, metadata={"description": DERIVED})
    content_hash = fields.Raw(load_only=True, metadata={"description": DERIVED})
    people = fields.Raw(load_only=True, metadata={"description": DERIVED})
    links = fields.Raw(load_only=True, metadata={"description": DERIVED})

    @validates_schema
    def _blocks_fit(self, data: dict, **kwargs) -> None:
        images = len(data.get("images", ()))
        for n, block in enumerate(data.get("body", ())):
            if block["type"] == "image":
                if block.get("image") is None or block["image"] >= images or "text" in block:
                    raise ValidationError(
                        f"an image block needs `image`, an index into `images` (0-{images - 1}),"
                        " and no `text`",
                        f"body.{n}",
                    )
            elif block["type"] == "list":
                if not block.get("items") or "text" in block or "image" in block:
                    raise ValidationError(
                        "a list block needs `items`, not `text` or `image`", f"body.{n}"
                    )
            elif "items" in block:
                raise ValidationError(f"a {block['type']} block has no `items`", f"body.{n}")
            elif not isinstance(block.get("text"), str) or "image" in block:
                raise ValidationError(
                    f"a {block['type']} block needs `text`, not `image`", f"body.{n}"
                )

    @post_load
    def _document(self, data: dict, **kwargs) -> dict:
        for derived in ("word_count", "content_hash", "people", "links"):
            data.pop(derived, None)
        data["document"] = Document(
            headline=data.pop("headline"),
            bullets=tuple(data.pop("bullets")),
            images=tuple(
                Image(alt=i["alt"], caption=i["caption"], credit=i["credit"], src=i.get("src"))
                for i in data.pop("images")
            ),
            body=tuple(
                Block("image", image=b["image"])
                if b["type"] == "image"
                else Block("list", items=tuple(b["items"]))
                if b["type"] == "list"
                else Block(b["type"], b["text"])
                for b in data.pop("body")
            ),
            source=data.pop("source"),
            modified_at=_iso(data.pop("modified_at")),
            authors=tuple(data.pop("authors")),
            language=data.pop("language"),
            description=data.pop("description"),
            section=data.pop("section"),
        )
        if "id" in data:
            data["article_id"] = data.pop("id")
        return data


def _iso(value) -> str | None:
    return None if value is None else value.isoformat()


class PageLineSchema(ArticleMetadataSchema):
    """A web page as an import line: its HTML as a string, where it came from, and tags (load
    it with `only=PAGE_LINE_FIELDS`: the publisher and date come from the page)."""

    html = fields.String(
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "The page's HTML (the JSON string is its text)."},
    )

    @post_load
    def _page(self, data: dict, **kwargs) -> dict:
        data["page"] = data.pop("html")
        return data


PAGE_LINE_FIELDS = ("html", "url", "tags")


STATUSES = ["created", "existing", "error"]


class ImportOutcomeSchema(Schema):
    """What became of one article of an import."""

    line = fields.Integer(
        required=True,
        validate=validate.Range(min=1),
        metadata={"description": "1-based line where the article starts in the upload."},
    )
    status = fields.String(
        required=True,
        validate=validate.OneOf(STATUSES),
        metadata={
            "description": "`existing`: the same content was already stored (not changed; for an"
            " exported article, under its id or, when another article has that content, under"
            " that one's id)."
        },
    )
    id = fields.Integer(
        validate=STORED_ID,
        metadata={"description": "The stored article (absent on errors)."},
    )
    error = fields.String(metadata={"description": "Why the line was not stored (errors only)."})

    @post_dump
    def _omit_empty(self, data: dict, **kwargs) -> dict:
        return {key: value for key, value in data.items() if value is not None}


class ImportReportSchema(Schema):
    """The outcome of an import: counts, and one result per article in upload order."""

    created = fields.Integer(required=True, validate=validate.Range(min=0))
    existing = fields.Integer(required=True, validate=validate.Range(min=0))
    failed = fields.Integer(required=True, validate=validate.Range(min=0))
    results = fields.List(fields.Nested(ImportOutcomeSchema), required=True)


class ImportProblemSchema(ProblemSchema):
    """An import that stored no article (every one failed): the problem, with the report."""

    created = fields.Integer(validate=validate.Range(min=0))
    existing = fields.Integer(validate=validate.Range(min=0))
    failed = fields.Integer(validate=validate.Range(min=0))
    results = fields.List(
        fields.Nested(ImportOutcomeSchema),
        metadata={"description": "Each article's outcome, as in a 200 answer."},
    )
