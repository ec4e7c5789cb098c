"""Peewee models: articles, their parts, tags, quotes and who said them; API keys; the bytes
already built of each article's representations."""

from __future__ import annotations

from typing import get_args

from peewee import (
    SQL,
    BlobField,
    BooleanField,
    CharField,
    Check,
    CompositeKey,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from api.parser.attribution import SpeakerKind
from api.parser.document import BlockType, Source
from api.parser.quote_entries import Method
from api.store.db import BaseModel, MonotonicIdField, utcnow
from api.values import MAX_TAG_LENGTH

BLOCK_TYPES = get_args(BlockType)
SOURCES = get_args(Source)
SPEAKER_KINDS = get_args(SpeakerKind)
QUOTE_METHODS = get_args(Method)
KEY_SCOPES = ("read", "write")  # `write` may also read


class Article(BaseModel):
    """One stored article; `content_hash` makes the same article posted twice one row."""

    id = MonotonicIdField()
    headline = TextField()
    content_hash = CharField(max_length=64, unique=True)  # sha256 hex of the canonical render
    source_text = TextField()  # the normalised export, kept so a better parser can re-read it
    word_count = IntegerField()
    url = TextField(null=True)
    publisher = TextField(null=True, index=True)
    published_at = DateTimeField(null=True, index=True)  # naive UTC, like every timestamp
    created_at = DateTimeField(default=utcnow, index=True)
    updated_at = DateTimeField(default=utcnow)
    # What full-text search indexes (api/search/text.py); the index itself, article_fts, and
    # the triggers that keep it in step live in migrations/0003_search.py, not in a model.
    # Last, and with a database default, because migration 0003 adds it with ALTER TABLE.
    search_text = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # What web pages add (migrations/0010_html_articles.py, hence last and with defaults):
    # where the article came from, and the page's metadata. `authors` is a JSON list of names
    # in the page's order: always read whole with the row, never joined on.
    source = CharField(
        max_length=8,
        default="text",
        constraints=[SQL("DEFAULT 'text'"), Check(f"source IN {SOURCES!r}")],
    )
    modified_at = DateTimeField(null=True)  # naive UTC
    authors = TextField(default="[]", constraints=[SQL("DEFAULT '[]'")])
    language = TextField(null=True)
    description = TextField(null=True)
    section = TextField(null=True)

    class Meta:
        table_name = "article"


# Sorting by headline walks an index of its first 200 characters: a btree entry can always
# hold that (PostgreSQL refuses entries over ~2.7 KB, and a headline has no length limit).
HEADLINE_KEY = fn.substr(Article.headline, SQL("1"), SQL("200"))
Article.add_index(Article.index(HEADLINE_KEY, Article.id, name="article_headline_key"))
# What filters read, beside the id, for counting filtered searches without reading article rows
# (migrations/0006_article_filter_index.py). SQLite's searches now read the table of filter
# values (0008) instead, which also holds the image count.
FILTER_INDEX = "article_filter_columns"
Article.add_index(
    Article.index(
        Article.id, Article.published_at, Article.created_at, Article.publisher, name=FILTER_INDEX
    )
)

# Each article's version beside its id, so that checking kept bytes against it reads no article
# row (migrations/0009_article_version_index.py; SQLite's rows hold it after the long texts).
VERSION_INDEX = "article_version"
Article.add_index(
    Article.index(Article.id, Article.content_hash, Article.updated_at, name=VERSION_INDEX)
)


class Bullet(BaseModel):
    """A summary bullet, at `position` among its article's bullets."""

    # No separate index on article: the unique (article, position) index serves its lookups.
    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    position = IntegerField()
    text = TextField()

    class Meta:
        table_name = "bullet"
        indexes = ((("article", "position"), True),)


class Image(BaseModel):
    """A photo with its caption and the credit split off it, at `position` in Document.images."""

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    position = IntegerField()
    alt = TextField()
    caption = TextField()
    credit = TextField(null=True)
    src = TextField(null=True)  # absolute http(s) URL, for articles from web pages

    class Meta:
        table_name = "image"
        indexes = ((("article", "position"), True),)


class BodyBlock(BaseModel):
    """One step of the reading order: a paragraph or subheading (`text`), an `image`, or a list
    (`items`, a JSON list of strings)."""

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    position = IntegerField()
    type = CharField(max_length=16, constraints=[Check(f"type IN {BLOCK_TYPES!r}")])
    text = TextField(null=True)
    image = ForeignKeyField(Image, null=True, on_delete="CASCADE")
    items = TextField(null=True)

    class Meta:
        table_name = "body_block"
        indexes = ((("article", "position"), True),)


class Person(BaseModel):
    """A speaker, one row across all articles: `normalised_name` says who is the same person."""

    id = MonotonicIdField()  # never reused, so a link to a person keeps naming them
    name = TextField()  # as first seen
    normalised_name = TextField(unique=True)  # see quotes_store.normalise_name
    kind = CharField(max_length=16, constraints=[Check(f"kind IN {SPEAKER_KINDS!r}")])

    class Meta:
        table_name = "person"


class Quote(BaseModel):
    """A quoted span of a body paragraph, at `position` among its article's quotes."""

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    position = IntegerField()
    paragraph = IntegerField()  # index into the article's body paragraphs
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    speaker = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    method = CharField(
        max_length=16, null=True, constraints=[Check(f"method IN {QUOTE_METHODS!r}")]
    )
    continues = BooleanField(default=False)  # the next quote carries on this one

    class Meta:
        table_name = "quote"
        indexes = ((("article", "position"), True),)


class ArticlePerson(BaseModel):
    """A person quoted in an article, with the role the article gives them there."""

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    person = ForeignKeyField(Person, on_delete="CASCADE")
    position = IntegerField()  # order of first quote in the article
    role = TextField(null=True)

    class Meta:
        table_name = "article_person"
        indexes = ((("article", "person"), True), (("article", "position"), True))


class ArticleTag(BaseModel):
    """A tag an editor gave an article (PATCH /articles/{id}); an article has each tag once."""

    # No separate index on article: the unique (article, tag) index serves its lookups.
    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    tag = CharField(max_length=MAX_TAG_LENGTH, index=True)

    class Meta:
        table_name = "article_tag"
        indexes = ((("article", "tag"), True),)


class ApiKey(BaseModel):
    """A client's API key: only its SHA-256 is stored, so the key itself is shown once, at birth."""

    id = MonotonicIdField()  # never reused: `keys revoke ID` can never hit a newer key
    name = TextField()
    prefix = CharField(max_length=16)  # the key's public start, to recognise it in `keys list`
    key_hash = CharField(max_length=64, unique=True)  # sha256 hex; requests are looked up by it
    scope = CharField(max_length=8, constraints=[Check(f"scope IN {KEY_SCOPES!r}")])
    created_at = DateTimeField(default=utcnow)
    revoked_at = DateTimeField(null=True)
    last_used_at = DateTimeField(null=True)  # to the minute: see keys_store.TOUCH_INTERVAL

    class Meta:
        table_name = "api_key"


class ArticleRepresentation(BaseModel):
    """An article's JSON or export text as last served, so that reading it again is one query.

    Only a cache: `version` names everything the bytes were built from (api/web/representations.py),
    and bytes whose version is not the article's current one are never served.
    """

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    representation = CharField(max_length=8)  # "json" or "text"
    version = TextField()
    body = BlobField()

    class Meta:
        table_name = "article_representation"
        primary_key = CompositeKey("article", "representation")


class ArticlePage(BaseModel):
    """The web page an article was extracted from, zlib-compressed, so that `reparse` can run
    the extractor again (articles from exports have none: their source_text is their source)."""

    article = ForeignKeyField(Article, on_delete="CASCADE", primary_key=True)
    url = TextField(null=True)  # where the page was fetched: the base of its relative links
    content_type = TextField(null=True)  # as received, for its charset
    body = BlobField()  # zlib.compress(page bytes)

    class Meta:
        table_name = "article_page"


MODELS = (
    Article,
    Bullet,
    Image,
    BodyBlock,
    Person,
    Quote,
    ArticlePerson,
    ArticleTag,
    ApiKey,
    ArticleRepresentation,
    ArticlePage,
)
