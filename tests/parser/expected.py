"""Compare a Document with an expected.json (corpus and fixture layout), one field at a time."""

from __future__ import annotations

from api.parser import Document

# The fields of an expected.json a test checks, each one a separate assertion.
FIELDS = (
    "headline",
    "bullets",
    "image_alts",
    "image_captions",
    "image_credits",
    "paragraphs",
    "subheadings",
)


def actual_field(doc: Document, field: str) -> object:
    """One field of a parsed Document, in expected.json's shape."""
    return {
        "headline": lambda: doc.headline,
        "bullets": lambda: list(doc.bullets),
        "image_alts": lambda: [image.alt for image in doc.images],
        "image_captions": lambda: [image.caption for image in doc.images],
        "image_credits": lambda: [image.credit for image in doc.images],
        "paragraphs": lambda: doc.paragraphs,
        "subheadings": lambda: [b.text for b in doc.body if b.type == "subheading"],
    }[field]()


def expected_field(expected: dict, field: str) -> object:
    """One field of an expected.json, in the shape actual_field gives."""
    images = expected["images"]
    return {
        "headline": lambda: expected["headline"],
        "bullets": lambda: expected["bullets"],
        "image_alts": lambda: [image["alt"] for image in images],
        "image_captions": lambda: [image["caption"] for image in images],
        "image_credits": lambda: [image["credit"] for image in images],
        "paragraphs": lambda: expected["paragraphs"],
        "subheadings": lambda: [s["text"] for s in expected.get("subheadings", [])],
    }[field]()
