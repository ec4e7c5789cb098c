"""An article as schema.org `NewsArticle` in JSON-LD (application/ld+json).

Each term is a schema.org term (tests/web/test_jsonld.py expands the document with schema.org's
context and checks that every property is a schema.org IRI). What Copydesk does not know is left
out, never guessed: no `author` until articles have authors, no `dateModified` until they carry
the time their publisher changed them (Copydesk's own `updated_at` is when its copy changed).
"""

from __future__ import annotations

import orjson

from api.web.article_facts import Facts

MIMETYPE = "application/ld+json"
CONTEXT = "https://schema.org"
# A speaker's kind as Copydesk stores it, and the schema.org type it is.
SPEAKER_TYPES = {"person": "Person", "organisation": "Organization"}


def news_article(facts: Facts) -> dict:
    """The NewsArticle of this article, as a JSON-ready dict (keys with no value left out)."""
    article, document = facts.article, facts.article.document
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": facts.url("articles.article"),
        "url": article.url,
        "headline": document.headline,
        "description": facts.summary,
        "articleBody": facts.body_text,
        "wordCount": document.word_count,
        "image": [_image(facts, image) for image in document.images],
        "author": [{"@type": "Person", "name": name} for name in facts.authors],
        "publisher": article.publisher and {"@type": "Organization", "name": article.publisher},
        "datePublished": _time(article.published_at),
        "dateModified": _time(facts.modified_at),
        "inLanguage": facts.language,
        "articleSection": facts.section,
        "keywords": list(article.tags),
        "mentions": [_speaker(facts, a.person_id, a.speaker) for a in article.people],
        "hasPart": [_quotation(facts, stored) for stored in facts.quotes],
    }
    return _known(data)


def jsonld_bytes(facts: Facts) -> bytes:
    """The document's bytes (UTF-8 JSON)."""
    return orjson.dumps(news_article(facts))


def _image(facts: Facts, image) -> dict:
    src = facts.image_src(image)
    return _known(
        {
            "@type": "ImageObject",
            "contentUrl": src,
            "url": src,
            "caption": image.caption,
            "description": image.alt,  # the alt text: what the picture shows
            "creditText": image.credit,
        }
    )


def _speaker(facts: Facts, person_id: int, speaker) -> dict:
    kind = SPEAKER_TYPES.get(speaker.kind, "Person")
    # A role ("harbour master") is a person's job title; an organisation's is a description.
    role_term = "jobTitle" if kind == "Person" else "description"
    return _known(
        {
            "@type": kind,
            "@id": facts.person_url(person_id),
            "name": speaker.name,
            role_term: speaker.role,
        }
    )


def _quotation(facts: Facts, stored) -> dict:
    speaker = stored.speaker
    creator = None
    if speaker is not None:
        creator = {
            "@type": SPEAKER_TYPES.get(speaker.kind, "Person"),
            "@id": facts.person_url(speaker.id),
            "name": speaker.name,
        }
    return _known({"@type": "Quotation", "text": stored.quote.text, "creator": creator})


def _time(value) -> str | None:
    return value.isoformat() if value is not None else None


def _known(data: dict) -> dict:
    """The keys that have a value: None, "" and [] mean Copydesk does not know."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}
