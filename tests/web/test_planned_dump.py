"""The planned dump (api/schemas/compiled.py) gives marshmallow's dump, byte for byte."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
from marshmallow import Schema, fields, post_dump, pre_dump

from api.schemas.article import ARTICLE_SCHEMA
from api.schemas.compiled import planned_dump
from api.store import articles as store
from api.store import web_pages
from tests.corpus import CORPUS_DIR
from tests.store.test_html_articles import PAGE
from tests.synthetic import articles


def _texts() -> list[str]:
    texts = articles(40)
    if CORPUS_DIR.is_dir():  # the real articles, where they ship: more shapes of every part
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.rglob("*.txt"))[:80]]
    return texts


def test_the_article_json_is_marshmallows_byte_for_byte(app):
    stored = [store.ingest_text(text, tags=["b", "a"])[0] for text in _texts()]
    stored.append(web_pages.ingest_html(PAGE, url="https://example.com/news/ferry")[0])
    stored.append(store.ingest_text(articles(1, start=99)[0], publisher="P", url=None)[0])
    planned = planned_dump(ARTICLE_SCHEMA)

    with app.test_request_context("/", base_url="http://localhost/root"):
        for article in stored:
            assert orjson.dumps(planned(article)) == orjson.dumps(ARTICLE_SCHEMA.dump(article))
    assert any(article.people for article in stored)  # people were dumped too
    assert any(article.document.images for article in stored)


class Inner(Schema):
    n = fields.Integer()
    s = fields.String(data_key="S")


class Hooked(Inner):
    @pre_dump
    def _wrap(self, obj, **kwargs):
        return {"n": obj, "s": obj}

    @post_dump
    def _mark(self, data, **kwargs):
        return {**data, "hooked": True}


class Odd(Schema):
    """Fields and values the plan must hand to marshmallow: defaults, other attributes, values
    of another type, a field class without a shortcut, nested lists with hooks."""

    name = fields.String(attribute="other")
    count = fields.Integer(dump_default=7)
    as_text = fields.Integer(as_string=True)
    words = fields.List(fields.String())
    when = fields.DateTime()
    inner = fields.Nested(Inner)
    inners = fields.List(fields.Nested(Inner))
    many = fields.Nested(Inner, many=True)
    hooked = fields.Nested(Hooked, many=True)
    constant = fields.Constant("c")
    items = fields.String()  # a dict's attribute when the dict has no such key


def test_defaults_attributes_and_unusual_values_dump_as_marshmallow_dumps_them():
    schema = Odd()
    planned = planned_dump(schema)
    objects = [
        {},
        {"other": "x", "count": None, "as_text": 3, "words": ["a", 1, b"b"], "inner": None},
        {"other": 5, "count": True, "as_text": None, "words": None, "when": datetime.now(UTC)},
        {"inner": {"n": "3", "s": 4}, "inners": [{"n": 1}, {}], "many": [{"s": "t"}]},
        {"hooked": [1, 2], "many": None, "inners": None, "name": "not the attribute"},
    ]
    for obj in objects:
        assert planned(obj) == schema.dump(obj)
        assert orjson.dumps(planned(obj)) == orjson.dumps(schema.dump(obj))


def test_a_schema_of_many_and_its_hooks_dump_as_marshmallow_dumps_them():
    for schema in (Inner(many=True), Hooked(many=True), Hooked()):
        obj = [1, 2] if schema.many else 3
        if isinstance(schema, Inner) and not isinstance(schema, Hooked):
            obj = [{"n": 1, "s": "a"}, {}]
        assert planned_dump(schema)(obj) == schema.dump(obj)
