"""Peewee models: an article and its ordered parts (bullets, images, body blocks)."""

from __future__ import annotations

from typing import get_args

from peewee import (
    CharField,
    Check,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from api.db import BaseModel, MonotonicIdField, utcnow
from api.parser.document import BlockType

BLOCK_TYPES = get_args(BlockType)


class Article(BaseModel):
    """One stored article; `content_hash` makes the same article posted twice one row."""

    id = MonotonicIdField()
    headline = TextField()
    content_hash = CharField(max_length=64, unique=True)  # sha256 hex of the canonical render
    source_text = TextField()  # the normalised export, kept so a better parser can re-read it
    word_count = IntegerField()
    url = TextField(null=True)
    publisher = TextField(null=True, index=True)
    published_at = DateTimeField(null=True)  # naive UTC, like every timestamp column
    created_at = DateTimeField(default=utcnow, index=True)
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "article"


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

    class Meta:
        table_name = "image"
        indexes = ((("article", "position"), True),)


class BodyBlock(BaseModel):
    """One step of the reading order: a paragraph or subheading (`text`), or an `image`."""

    article = ForeignKeyField(Article, on_delete="CASCADE", index=False)
    position = IntegerField()
    type = CharField(max_length=16, constraints=[Check(f"type IN {BLOCK_TYPES!r}")])
    text = TextField(null=True)
    image = ForeignKeyField(Image, null=True, on_delete="CASCADE")

    class Meta:
        table_name = "body_block"
        indexes = ((("article", "position"), True),)


MODELS = (Article, Bullet, Image, BodyBlock)
