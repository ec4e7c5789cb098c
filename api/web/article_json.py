"""The article resource's JSON (GET /articles/{id}) built in one pass from the stored article.

ArticleSchema (api/schemas/article.py) describes the resource and documents it; its dump built
the cached JSON until import43: a pre-dump dict of the article's values, then every field asked
for its key and value again, the blocks through BlockSchema's own accessor. Every value is
already of the type its field dumps unchanged (a str, an int, a list of them, None where the
field allows it), but for the dates, which the field writes as `datetime.isoformat` does; so the
dict is built here in the schema's field order with those values. The content keys come from
`Document.to_dict`, as in the schema's pre-dump, so the CLI's `parse` and the API still agree.

`tests/web/test_article_json.py` checks the bytes equal marshmallow's dump of ARTICLE_SCHEMA on
synthetic, corpus and web-page articles, with and without metadata, people and tags: a field
added to the schema and not here fails it.
"""

from __future__ import annotations

from datetime import datetime

from api.schemas.article import article_links, person_link
from api.store.articles import StoredArticle
from api.values import to_aware_utc


def article_fields(article: StoredArticle) -> dict:
    """ARTICLE_SCHEMA.dump(article), as orjson writes it, without marshmallow: the same keys in
    the same order, the same values.

    Example: `orjson.dumps(article_fields(a)) == orjson.dumps(ARTICLE_SCHEMA.dump(a))`.
    """
    content = article.document.to_dict()
    return {
        "id": article.id,
        "headline": content["headline"],
        "bullets": content["bullets"],
        "images": content["images"],
        "body": content["body"],
        "word_count": content["word_count"],
        "content_hash": article.content_hash,
        "url": article.url,
        "publisher": article.publisher,
        "published_at": _iso(article.published_at),
        "tags": list(article.tags),
        "created_at": _iso(article.created_at),
        "updated_at": _iso(article.updated_at),
        "source": article.source,
        "modified_at": _iso(article.modified_at),
        "authors": list(article.authors),
        "language": article.language,
        "description": article.description,
        "section": article.section,
        "people": [_person(appearance) for appearance in article.people],
        "links": article_links(article.id),
    }


def _person(appearance) -> dict:
    """One `people` item in ArticlePersonSchema's order: id, name, kind, link, role."""
    speaker = appearance.speaker
    return {
        "id": appearance.person_id,
        "name": speaker.name,
        "kind": speaker.kind,
        "link": person_link(appearance.person_id),
        "role": speaker.role,
    }


def _iso(value: datetime | None) -> str | None:
    """A stored time as fields.DateTime dumps it (UTC, as the schema's pre-dump made it)."""
    return None if value is None else to_aware_utc(value).isoformat()
