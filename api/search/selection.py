"""What a request for many articles selects: its filters, the parts it shows, and the bounds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from api.search.query import Node

# Relevance ranks the newest this many articles matching `q`, so that a common word's cost is
# bounded; older matches follow them, newest first.
RANKED_MATCHES = 1000
# `total` counts at most this many articles; beyond it says "at least" (`total_exact` false).
TOTAL_LIMIT = 10_000
# Parts an item may show beyond its summary. The first three are rebuilt from every part row
# of the article (the document); the others are read on their own, so that asking for people
# does not load each article's body blocks (hundreds of rows a page).
DOCUMENT_PARTS = frozenset({"bullets", "images", "body"})
PARTS = DOCUMENT_PARTS | {"people", "tags", "quotes", "snippet"}


@dataclass(frozen=True)
class ArticleFilters:
    """The parsed filters of a request; each one that is set must hold."""

    q: Node | None = None  # a parsed search (api.search.query.parse)
    publisher: str | None = None  # exactly as stored
    speaker: str | None = None  # a person's id, or their name in any spelling
    person: int | None = None  # a person's id
    credit: str | None = None  # part of an image credit, any case: "reuters"
    author: str | None = None  # one of a web page's authors, whole name, any case
    language: str | None = None  # a language tag; "en" also finds "en-GB"
    has_images: bool | None = None
    published_after: datetime | None = None  # at or after
    published_before: datetime | None = None  # strictly before
    created_after: datetime | None = None
    created_before: datetime | None = None
    ids: tuple[int, ...] | None = None
