"""The article JSON built directly (api/web/article_json.py) is marshmallow's dump, to the byte."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson

from api.schemas.article import ARTICLE_SCHEMA
from api.store import articles as store
from api.store import web_pages
from api.web.article_json import article_fields
from api.web.representations import BUILDERS, JSON
from tests.corpus import CORPUS_DIR
from tests.parser.html.pages import page, paragraphs
from tests.store.test_html_articles import BODY, PAGE
from tests.synthetic import articles

HTML_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html_stress" / "fresh"
# Made-up exports with what the synthetic ones lack: no body image, a credit-less caption,
# bullets, accents and quotes from a body and from a person with no role.
EXPORTS = [
    "Orchard grant lifts cider makers\n\n"
    "- Growers share a regional fund\n- Presses run through the winter\n\n"
    "The county's cider makers will share a grant of 40,000 euros, the council said.\n\n"
    '"It keeps the presses running," said Maëlle Quéré, who runs a farm near the coast.\n\n'
    "Apples\n\n"
    '"We will plant again in March," the Cider Growers Guild said in a statement.',
    "Night buses return to the valley\n\n"
    "[Image: A bus at the depot]\nThe depot at night.\n\n"
    "Night buses will run again from Friday.\n\n"
    '"Riders asked and we listened," said Tomasz Wójcik, the operator\'s planner.',
]


def _exports() -> list[str]:
    texts = articles(40) + EXPORTS
    if CORPUS_DIR.is_dir():  # the real articles, where they ship: more shapes of every part
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.rglob("*.txt"))[:80]]
    return texts


def _pages() -> list[bytes]:
    pages = [PAGE, page(BODY).encode("utf-8"), page(paragraphs(3), lang="").encode("utf-8")]
    return pages + [path.read_bytes() for path in sorted(HTML_FIXTURES.glob("*.html"))[:12]]


def _stored() -> list[store.StoredArticle]:
    """Articles as a write caches them and as a read loads them, metadata present and absent."""
    written = [store.ingest_text(text, tags=["b", "a"])[0] for text in _exports()]
    written.append(store.ingest_text(articles(1, start=99)[0], publisher="P", url=None)[0])
    published = datetime(2024, 5, 1, 6, 7, 8, 90_123, tzinfo=UTC)
    meta = {"url": "https://example.org/a", "publisher": "Q", "published_at": published}
    written.append(store.ingest_text(articles(1, start=98)[0], **meta)[0])
    written += [
        web_pages.ingest_html(html, url=f"https://example.com/news/{n}")[0]
        for n, html in enumerate(_pages())
    ]
    return written + [store.get_article(article.id) for article in written]


def test_the_article_json_is_marshmallows_byte_for_byte(app):
    stored = _stored()
    with app.test_request_context("/", base_url="http://localhost/root"):
        for article in stored:
            expected = orjson.dumps(ARTICLE_SCHEMA.dump(article))
            assert orjson.dumps(article_fields(article)) == expected
            assert BUILDERS[JSON](article) == expected  # what is cached and served
    assert any(article.people for article in stored)  # people were dumped too
    assert any(article.document.images for article in stored)
    assert any(article.source == "html" and article.authors for article in stored)
    assert any(article.published_at is None for article in stored)
    assert any(block.type == "list" for article in stored for block in article.document.body)


def test_the_keys_are_the_schemas_in_its_order(app):
    article = store.ingest_text(articles(1, start=97)[0], tags=["x"])[0]
    with app.test_request_context("/"):
        assert list(article_fields(article)) == list(ARTICLE_SCHEMA.dump_fields)
