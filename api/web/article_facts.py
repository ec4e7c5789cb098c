"""What Copydesk knows about one article, gathered once for its standard representations:
schema.org JSON-LD (api/web/jsonld.py), IPTC ninjs (api/web/ninjs.py), the HTML page
(api/web/article_page.py) and feed entries (api/web/feeds.py).

Every builder reads the article through `Facts`, so each fact is looked up in one place. The
fields articles from web pages add (images' `src`, authors, language, section, description and
modified_at) are one line each below, None for articles from exports, and every builder leaves
out what is None.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from flask import request

from api.parser.document import Image
from api.schemas.article import id_link
from api.store import quotes as quotes_store
from api.store.articles import StoredArticle
from api.store.quotes import StoredQuote


@dataclass(frozen=True)
class Quoted:
    """One quote as the representations mark it: its span in its paragraph and its speaker."""

    start: int
    end: int
    name: str | None  # None: the parser could not tell who spoke
    kind: str | None  # "person" or "organisation"
    link: str | None  # the speaker's absolute URL


@dataclass(frozen=True)
class Facts:
    """One loaded article, its quotes, and the absolute URLs of its resources."""

    article: StoredArticle
    quotes: tuple[StoredQuote, ...]
    host: str  # scheme and host, no trailing slash: "http://localhost:8000"

    # Fields articles from web pages add: one line each, None for articles from exports.
    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(_name(a) for a in getattr(self.article, "authors", None) or ())

    @property
    def language(self) -> str | None:
        return getattr(self.article, "language", None)

    @property
    def section(self) -> str | None:
        return getattr(self.article, "section", None)

    @property
    def description(self) -> str | None:
        return getattr(self.article, "description", None)

    @property
    def modified_at(self) -> datetime | None:
        return getattr(self.article, "modified_at", None)

    @staticmethod
    def image_src(image: Image) -> str | None:
        return getattr(image, "src", None)

    # What the store holds today.
    @property
    def headline(self) -> str:
        return self.article.document.headline

    @property
    def summary(self) -> str | None:
        """The bullets as one text (one per line), else the article's own description."""
        return "\n".join(self.article.document.bullets) or self.description

    @property
    def text_blocks(self) -> list[str]:
        """Subheadings and paragraphs in reading order, as plain text."""
        return [b.text for b in self.article.document.body if b.text]

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.text_blocks)

    @cached_property
    def quotes_by_paragraph(self) -> dict[int, list[Quoted]]:
        """Each paragraph's quotes (by index among body paragraphs), in order, none overlapping."""
        found: dict[int, list[Quoted]] = defaultdict(list)
        for stored in self.quotes:
            quote, speaker = stored.quote, stored.speaker
            spans = found[quote.paragraph]
            if spans and quote.start < spans[-1].end:
                continue  # overlapping spans cannot both be marked; the parser makes none
            spans.append(
                Quoted(
                    quote.start,
                    quote.end,
                    speaker.name if speaker else None,
                    speaker.kind if speaker else None,
                    self.person_url(speaker.id) if speaker else None,
                )
            )
        return found

    def url(self, endpoint: str) -> str:
        """The absolute URL of one of this article's resources: `url("articles.article")`."""
        return self.host + id_link(endpoint, article_id=self.article.id)

    def person_url(self, person_id: int) -> str:
        return self.host + id_link("people.get_person", person_id=person_id)


def gather(article: StoredArticle) -> Facts:
    """The facts of a loaded article: its quotes are read here (one query)."""
    return Facts(article, tuple(quotes_store.quotes_of(article.id)), request.host_url.rstrip("/"))


def _name(author) -> str:
    """An author as a name, whether the store keeps names or objects with a `name`."""
    return author if isinstance(author, str) else author.name
