"""openapi.yaml as a test oracle: every real response the API tests get must match it."""

from __future__ import annotations

import gzip
import json

from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from openapi_core.validation.response.exceptions import MissingData
from openapi_schema_validator import OAS30Validator
from werkzeug.wrappers import Response

from api.config import PROJECT_ROOT

SPEC_PATH = PROJECT_ROOT / "openapi.yaml"
# Served beside the API but not part of it: the contract itself and its viewer.
OUTSIDE_CONTRACT = ("/openapi.yaml", "/docs")


def _ndjson(data: bytes | str) -> list:
    """An NDJSON body as the list of its lines' values."""
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def _text(data: bytes | str) -> str:
    """An XML or HTML body as the string the contract documents."""
    return data.decode("utf-8") if isinstance(data, bytes) else data


def _decoded(response):
    """The response as a client reads it: a gzip-coded body decompressed (coding is not content)."""
    if response.headers.get("Content-Encoding") != "gzip":
        return response
    headers = [
        (k, v) for k, v in response.headers if k not in ("Content-Encoding", "Content-Length")
    ]
    return Response(gzip.decompress(response.get_data()), response.status, headers)


class _AnsweredRequest(WerkzeugOpenAPIRequest):
    """The request behind a test response; its body was consumed by the app, and is not needed."""

    @property
    def body(self) -> bytes:
        return b""


class Contract:
    """Validates test-client responses against the committed openapi.yaml."""

    def __init__(self) -> None:
        # openapi-core reads only plain JSON as JSON; problem+json is JSON too, and NDJSON is
        # documented as an array of its lines.
        deserializers = {
            "application/problem+json": json.loads,
            "application/x-ndjson": _ndjson,
            # The article's standard representations and the feeds (api/web/*.py).
            "application/ld+json": json.loads,
            "application/ninjs+json": json.loads,
            "application/feed+json": json.loads,
            "application/atom+xml": _text,
            "text/html": _text,
        }
        config = Config(extra_media_type_deserializers=deserializers)
        self.openapi = OpenAPI.from_file_path(str(SPEC_PATH), config=config)
        spec = self.openapi.spec.read_value()
        self.problem = OAS30Validator(
            {**spec["components"]["schemas"]["Problem"], "components": spec["components"]}
        )

    def watch(self, client):
        """The client, changed to check each response against the contract as it arrives."""
        original_open = client.open

        def open_and_check(*args, **kwargs):
            response = original_open(*args, **kwargs)
            self.check(response)
            return response

        client.open = open_and_check
        return client

    def check(self, response) -> None:
        """Fail the test when the response breaks the contract."""
        request = response.request
        if request.path.startswith(OUTSIDE_CONTRACT) or request.method in ("HEAD", "OPTIONS"):
            return
        # openapi-core swaps a streamed body for a copy of its iterator, which has no close():
        # hand the original's close() to the response, or the access line is never written.
        close = getattr(response.response, "close", None)
        try:
            self.openapi.validate_response(
                _AnsweredRequest(request), WerkzeugOpenAPIResponse(_decoded(response))
            )
        except MissingData:
            # An export of nothing has no lines (an empty array); openapi-core calls it missing.
            if response.mimetype != "application/x-ndjson" or response.get_data():
                raise
        except (PathNotFound, OperationNotFound):
            # Unknown paths and methods are outside every operation, but still answer problems.
            assert response.status_code >= 400, request.path
            assert response.mimetype == "application/problem+json"
            self.problem.validate(response.get_json())
        finally:
            if close is not None and getattr(response.response, "close", None) is not close:
                response.call_on_close(close)
