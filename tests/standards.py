"""The standards the article's representations are checked against, loaded from the copies in
tests/fixtures/standards/ (README.md there says where each comes from): no network."""

from __future__ import annotations

import json
from functools import cache

import jsonschema
from pyld import jsonld

from api.config import PROJECT_ROOT

STANDARDS = PROJECT_ROOT / "tests" / "fixtures" / "standards"
SCHEMA_ORG = "http://schema.org/"


@cache
def schemaorg_context() -> dict:
    """schema.org's published context (release 12.0): {"@context": {...}}."""
    return json.loads((STANDARDS / "schemaorg" / "schemaorgcontext.jsonld").read_text())


def _loader(context: dict):
    def load(url: str, options=None) -> dict:
        if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
            raise AssertionError(f"the test would fetch {url}: only schema.org's context is here")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": context}  # fmt: skip

    return load


def expand(document: dict, *, vocab: bool = True) -> list:
    """The document expanded with schema.org's bundled context. Without `vocab`, the context's
    catch-all `@vocab` is left out, so a term that schema.org does not define is dropped."""
    context = schemaorg_context()
    if not vocab:
        context = {"@context": {k: v for k, v in context["@context"].items() if k != "@vocab"}}
    return jsonld.expand(document, {"documentLoader": _loader(context)})


@cache
def ninjs_validator() -> jsonschema.Draft202012Validator:
    """IPTC's ninjs 3.3 schema, checking formats too (date-time; uri where a checker exists)."""
    schema = json.loads((STANDARDS / "ninjs" / "ninjs-schema_3.3.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@cache
def json_feed_validator() -> jsonschema.Draft202012Validator:
    """JSON Feed 1.1 as its specification words it (a schema written from the spec's text)."""
    schema = json.loads((STANDARDS / "jsonfeed" / "jsonfeed-1.1.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def terms(expanded) -> tuple[set[str], set[str]]:
    """Every property IRI and every type IRI in an expanded JSON-LD document."""
    properties: set[str] = set()
    types: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@type":  # a node's types, or a value's datatype (schema:Date)
                    types.update([value] if isinstance(value, str) else value)
                elif not key.startswith("@"):
                    properties.add(key)
                walk(value)

    walk(expanded)
    return properties, types
