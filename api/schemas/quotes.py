"""marshmallow schemas of quotes and people; a class name minus "Schema" is its component."""

from __future__ import annotations

from dataclasses import asdict

from flask import url_for
from marshmallow import Schema, fields, pre_dump, validate

from api.parser.analysis import quote_fields
from api.schemas.article import (
    KINDS,
    STORED_ID,
    PageQuerySchema,
    PageSchema,
    PersonRefSchema,
    id_link,
    person_link,
)

# Search text: bounded, and free of NUL, which PostgreSQL rejects in any text value.
SEARCH_TEXT = [validate.Length(min=1, max=200), validate.Regexp(r"^[^\x00]*$")]
METHODS = ["explicit", "pronoun", "surname", "carried over"]


class QuoteQuerySchema(PageQuerySchema):
    """Query parameters of the quote list: a page, narrowed by any of speaker, text and article."""

    speaker = fields.String(
        validate=SEARCH_TEXT,
        metadata={"description": "A person's id, or a name or whole words of one (`Quay` finds"
                  " Ann Quay), in any spelling that normalises the same (case, accents,"
                  " punctuation).", "example": "Ann Quay"},
    )  # fmt: skip
    q = fields.String(
        validate=SEARCH_TEXT,
        metadata={"description": "Text the quote contains (case-insensitive)."},
    )
    article = fields.Integer(
        validate=STORED_ID,
        metadata={"description": "Only this article's quotes (none when it does not exist)."},
    )


class PeopleQuerySchema(PageQuerySchema):
    """Query parameters of the people list."""

    q = fields.String(
        validate=SEARCH_TEXT,
        metadata={"description": "Part of the name (case, accents and punctuation ignored)."},
    )


def article_ref(article_id: int) -> dict:
    """An ArticleRef: the id of an article and its URL."""
    return {"id": article_id, "link": id_link("articles.article", article_id=article_id)}


class ArticleRefSchema(Schema):
    """An article named from elsewhere: its id and where it lives."""

    id = fields.Integer(required=True, validate=STORED_ID)
    link = fields.String(required=True, metadata={"example": "/articles/1"})


class QuoteSchema(Schema):
    """A quoted span of a body paragraph: where it is, what it says, and who said it."""

    id = fields.Integer(required=True, validate=STORED_ID)
    article = fields.Nested(ArticleRefSchema, required=True)
    paragraph = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "0-based index among the article's body paragraphs."},
    )
    start = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "Offset of the quote's first character in the paragraph."},
    )
    end = fields.Integer(
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "Offset just past its last character (`text` is the slice)."},
    )
    text = fields.String(required=True)
    speaker = fields.Nested(
        PersonRefSchema,
        required=True,
        allow_none=True,
        metadata={"description": "`null` when the article does not make clear who said it."},
    )
    method = fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(METHODS),
        metadata={"description": "How the speaker was found: named in the sentence, by pronoun,"
                  " by surname, or carried over from the paragraph before."},
    )  # fmt: skip
    continues = fields.Boolean(
        required=True, metadata={"description": "The next quote carries on this same quote."}
    )

    @pre_dump
    def _from_stored(self, stored, **kwargs) -> dict:
        # Quote keys come from api.parser.analysis.quote_fields: `parse` and the API agree.
        person = stored.speaker
        speaker = person and {**asdict(person), "link": person_link(person.id)}
        return {
            "id": stored.id,
            "article": article_ref(stored.article_id),
            **quote_fields(stored.quote, speaker),
        }


class QuotePageSchema(PageSchema):
    """One page of quotes: newest article first, in reading order within an article."""

    items = fields.List(fields.Nested(QuoteSchema), required=True)


class PersonRoleSchema(Schema):
    """A role an article gives a person, e.g. `harbour master`."""

    role = fields.String(required=True)
    article = fields.Nested(ArticleRefSchema, required=True)


class PersonLinksSchema(Schema):
    """Where a person and their quotes live."""

    self = fields.String(required=True, metadata={"example": "/people/1"})
    quotes = fields.String(required=True, metadata={"example": "/quotes?speaker=1"})


class PersonSchema(Schema):
    """A person (or organisation) across all stored articles."""

    id = fields.Integer(required=True, validate=STORED_ID)
    name = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(KINDS))
    roles = fields.List(
        fields.Nested(PersonRoleSchema),
        required=True,
        metadata={"description": "The roles articles give them, newest article first."},
    )
    quote_count = fields.Integer(required=True, validate=validate.Range(min=0))
    article_count = fields.Integer(required=True, validate=validate.Range(min=0))
    links = fields.Nested(PersonLinksSchema, required=True)

    @pre_dump
    def _from_stored(self, person, **kwargs) -> dict:
        return {
            **asdict(person),
            "roles": [{"role": r, "article": article_ref(a)} for r, a in person.roles],
            "links": {
                "self": person_link(person.id),
                "quotes": url_for("quotes.list_quotes", speaker=person.id),
            },
        }


class PersonPageSchema(PageSchema):
    """One page of the people quoted in stored articles, by name."""

    items = fields.List(fields.Nested(PersonSchema), required=True)
