"""The parsed article: plain frozen dataclasses and their JSON-ready dict form."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from api.parser.text import count_words

# The block types storage knows (api.models derives body_block's CHECK from these; migration
# 0010 added "list"). AnyBlockType is kept as a name for the extractor's code.
BlockType = Literal["paragraph", "subheading", "image", "list"]
AnyBlockType = BlockType
Source = Literal["text", "html"]


@dataclass(frozen=True)
class Image:
    """A photo: its alt text, its caption and the photo credit split off the caption."""

    alt: str
    caption: str
    credit: str | None = None
    src: str | None = None  # absolute http(s) URL of the picture, for articles from web pages


@dataclass(frozen=True)
class Block:
    """One step of the reading order: a paragraph, a subheading, a list, or an image pointer."""

    type: AnyBlockType
    text: str | None = None
    image: int | None = None  # index into Document.images, for type == "image"
    items: tuple[str, ...] = ()  # the list's items in order, for type == "list"

    def to_dict(self) -> dict:
        if self.type == "image":
            return {"type": "image", "image": self.image}
        if self.type == "list":
            return {"type": "list", "items": list(self.items)}
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True)
class Document:
    """A whole article. Images not referenced from `body` are lead images (before the text)."""

    headline: str
    bullets: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    body: tuple[Block, ...] = field(default_factory=tuple)
    # What web pages add (articles from exports keep the defaults): where the article came from,
    # and the page's metadata. Dates are ISO 8601 strings as the page gives them, normalised.
    source: Source = "text"
    url: str | None = None
    published_at: str | None = None
    modified_at: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    language: str | None = None
    description: str | None = None
    section: str | None = None
    keywords: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs in reading order (quote offsets index into this list)."""
        return [b.text for b in self.body if b.type == "paragraph"]

    @property
    def lead_images(self) -> list[int]:
        """Indexes of images that stand before the body (not placed inside it)."""
        placed = {b.image for b in self.body if b.type == "image"}
        return [i for i in range(len(self.images)) if i not in placed]

    @cached_property
    def word_count(self) -> int:
        """Words a reader reads: headline, bullets, paragraphs and subheadings (not captions).

        Counted once per document (the store's row and the cached JSON both read it); a
        `dataclasses.replace` copy counts its own."""
        texts = [self.headline, *self.bullets]
        texts += [b.text for b in self.body if b.text]
        texts += [item for b in self.body for item in b.items]
        return sum(map(count_words, texts))

    def to_dict(self) -> dict:
        """The article's content keys, exactly as the API's article resource spells them.

        An article from a web page adds `src` to its images and the page's fields after these.
        """
        page = self.source != "text"
        content = {
            "headline": self.headline,
            "bullets": list(self.bullets),
            "images": [
                {"alt": im.alt, "caption": im.caption, "credit": im.credit}
                | ({"src": im.src} if page else {})
                for im in self.images
            ],
            "body": [b.to_dict() for b in self.body],
            "word_count": self.word_count,
        }
        return content | (self.page_fields() if page else {})

    def page_fields(self) -> dict:
        """The fields a web page adds: {'source': 'html', 'url': ..., 'authors': [...], ...}."""
        return {
            "source": self.source,
            "url": self.url,
            "published_at": self.published_at,
            "modified_at": self.modified_at,
            "authors": list(self.authors),
            "publisher": self.publisher,
            "language": self.language,
            "description": self.description,
            "section": self.section,
            "keywords": list(self.keywords),
        }
