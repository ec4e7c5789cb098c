"""The app's responses hand the server the same status and headers as werkzeug's own would."""

from __future__ import annotations

import pytest
from flask import Response
from werkzeug.test import EnvironBuilder

from api import CopydeskResponse

STREAMED = None  # a generator, made afresh for each response

CASES = [
    (b"{}", 200, {"ETag": '"abc"', "Vary": "Accept"}),
    (b"made", 201, {"Location": "/articles/7"}),
    (b"", 204, {}),
    (b"", 304, {"ETag": '"abc"', "Content-Type": "application/json"}),
    (b"moved", 301, {"Location": "/caf\u00e9"}),
    (b"here", 200, {"Content-Location": "/articles/7.json"}),
    (STREAMED, 200, {}),
]


@pytest.mark.parametrize(("body", "status", "headers"), CASES)
@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_the_wsgi_answer_is_werkzeugs(body, status, headers, method):
    environ = EnvironBuilder(path="/articles/7", method=method).get_environ()

    def made(response_class):
        content = iter([b"streamed"]) if body is STREAMED else body
        return response_class(content, status=status, headers=headers)

    ours, theirs = made(CopydeskResponse), made(Response)

    our_body, our_status, our_headers = ours.get_wsgi_response(environ)
    their_body, their_status, their_headers = theirs.get_wsgi_response(environ)

    assert our_status == their_status
    assert our_headers == their_headers
    assert b"".join(our_body) == b"".join(their_body)
