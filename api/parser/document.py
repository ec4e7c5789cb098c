"""The parsed article: plain frozen dataclasses and their JSON-ready dict form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockType = Literal["paragraph", "subheading", "image"]


@dataclass(frozen=True)
class Image:
    """A photo: its alt text, its caption and the photo credit split off the caption."""

    alt: str
    caption: str
    credit: str | None = None


@dataclass(frozen=True)
class Block:
    """One step of the reading order: a paragraph, a subheading, or a pointer to an image."""

    type: BlockType
    text: str | None = None
    image: int | None = None  # index into Document.images, for type == "image"

    def to_dict(self) -> dict:
        if self.type == "image":
            return {"type": "image", "image": self.image}
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True)
class Document:
    """A whole article. Images not referenced from `body` are lead images (before the text)."""

    headline: str
    bullets: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    body: tuple[Block, ...] = field(default_factory=tuple)

    @property
    def paragraphs(self) -> list[str]:
        """The body paragraphs in reading order (quote offsets index into this list)."""
        return [b.text for b in self.body if b.type == "paragraph"]

    @property
    def lead_images(self) -> list[int]:
        """Indexes of images that stand before the body (not placed inside it)."""
        placed = {b.image for b in self.body if b.type == "image"}
        return [i for i in range(len(self.images)) if i not in placed]

    @property
    def word_count(self) -> int:
        """Words a reader reads: headline, bullets, paragraphs and subheadings (not captions)."""
        texts = [self.headline, *self.bullets]
        texts += [b.text for b in self.body if b.text]
        return sum(len(t.split()) for t in texts)

    def to_dict(self) -> dict:
        """The article's content keys, exactly as the API's article resource spells them."""
        return {
            "headline": self.headline,
            "bullets": list(self.bullets),
            "images": [
                {"alt": im.alt, "caption": im.caption, "credit": im.credit} for im in self.images
            ],
            "body": [b.to_dict() for b in self.body],
            "word_count": self.word_count,
        }
