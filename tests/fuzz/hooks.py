"""schemathesis hooks, loaded through schemathesis.toml: how to send and read NDJSON bodies."""

from __future__ import annotations

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson_body(ctx: schemathesis.SerializationContext, value) -> bytes:
    """An upload: the contract documents it as an array, which goes as one JSON value a line."""
    items = value if isinstance(value, list) else [value]
    return b"".join(json.dumps(item).encode() + b"\n" for item in items)


@schemathesis.deserializer("application/x-ndjson")
def ndjson_response(ctx: schemathesis.DeserializationContext, response) -> list:
    """An export: one JSON value a line, checked as the array the contract documents."""
    return [json.loads(line) for line in response.content.splitlines() if line.strip()]
