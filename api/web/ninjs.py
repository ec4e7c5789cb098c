"""An article as IPTC ninjs 3.3 (News in JSON), the format newsroom systems exchange.

Media type `application/ninjs+json`: IPTC registers none with IANA, and this is the one ninjs
feeds in use announce. The document validates against IPTC's JSON Schema for 3.3
(tests/fixtures/standards/, tests/web/test_ninjs.py). How Copydesk's fields map:

- `headlines` (role `main`); the bullets as `descriptions` (role `summary`, one per bullet);
- the body as one `bodies` item (role `main`, text/html: `<h2>`, `<p>` and `<q>` as in the
  HTML page, without the figures, which are the associations);
- each image as an `associations` item (`type: picture`): its caption as a `descriptions` item
  of role `caption`, its alt text as one of role `alt`, its credit line in `by` (ninjs's
  statement about the creator of the content; ninjs has no separate credit-line property),
  and a `renditions` item when the picture's address is known;
- the people quoted as `people` (persons) and `organisations`, `rel: quoted`, their role as
  `literal`, their Copydesk URL as `uri`; tags as `subjects`;
- the publisher as an `infoSources` item of role `publisher`;
- `firstCreated`/`versionCreated` are when Copydesk stored this article and this version of it;
  the publication time, when known, is `contentCreated` (ninjs has no "published" property).
"""

from __future__ import annotations

import orjson

from api.web.article_facts import Facts
from api.web.article_page import body_parts

MIMETYPE = "application/ninjs+json"
VERSION = "3.3"
SCHEMA = f"http://www.iptc.org/std/ninjs/ninjs-schema_{VERSION}.json#"


def ninjs(facts: Facts) -> dict:
    """The ninjs news item of this article, as a JSON-ready dict (unknown keys left out)."""
    article, document = facts.article, facts.article.document
    people = [(a.person_id, a.speaker) for a in article.people]
    body_words = sum(len(text.split()) for text in facts.text_blocks)
    data = {
        "uri": facts.url("articles.article"),
        "standard": {"name": "ninjs", "version": VERSION, "schema": SCHEMA},
        "type": "text",
        "representationType": "full",
        "profile": "text-photo" if document.images else "text-only",
        "firstCreated": _time(article.created_at),
        "versionCreated": _time(article.updated_at),
        "contentCreated": _time(article.published_at),
        "language": facts.language,
        "headlines": [{"role": "main", "value": document.headline}],
        "descriptions": [{"role": "summary", "value": bullet} for bullet in document.bullets],
        "bodies": [
            {
                "role": "main",
                "contentType": "text/html",
                "wordCount": body_words,
                "value": "\n".join(body_parts(facts, figures=False)),
            }
        ],
        "by": ", ".join(facts.authors),
        "infoSources": [{"name": article.publisher, "role": "publisher"}]
        if article.publisher
        else [],
        "people": [_party(facts, i, s) for i, s in people if s.kind != "organisation"],
        "organisations": [_party(facts, i, s) for i, s in people if s.kind == "organisation"],
        "subjects": [{"name": tag, "rel": "keyword"} for tag in article.tags],
        "associations": [
            _picture(facts, n, image) for n, image in enumerate(document.images, start=1)
        ],
        "altIds": [{"role": "url", "value": article.url}] if article.url else [],
    }
    if facts.description and not document.bullets:
        data["descriptions"] = [{"role": "summary", "value": facts.description}]
    if facts.section:
        data["subjects"].append({"name": facts.section, "rel": "section"})
    return _known(data)


def ninjs_bytes(facts: Facts) -> bytes:
    """The document's bytes (UTF-8 JSON)."""
    return orjson.dumps(ninjs(facts))


def _party(facts: Facts, person_id: int, speaker) -> dict:
    return _known(
        {
            "name": speaker.name,
            "rel": "quoted",
            "uri": facts.person_url(person_id),
            "literal": speaker.role,
        }
    )


def _picture(facts: Facts, number: int, image) -> dict:
    src = facts.image_src(image)
    descriptions = [{"role": "caption", "value": image.caption}]
    if image.alt:
        descriptions.append({"role": "alt", "value": image.alt})
    return _known(
        {
            "name": f"image{number}",
            "rel": "image",
            "uri": f"{facts.url('articles.article')}#image{number}",
            "type": "picture",
            "descriptions": descriptions,
            "by": image.credit,
            "renditions": [{"name": "original", "href": src}] if src else [],
        }
    )


def _time(value) -> str | None:
    return value.isoformat() if value is not None else None


def _known(data: dict) -> dict:
    """The keys that have a value: None, "" and [] mean Copydesk does not know."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}
