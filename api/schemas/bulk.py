"""marshmallow schemas of bulk import reports; a class name minus "Schema" is its component."""

from __future__ import annotations

from marshmallow import Schema, fields, post_dump, validate

from api.schemas.article import STORED_ID

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
        metadata={"description": "`existing`: the same content was already stored (not changed)."},
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
