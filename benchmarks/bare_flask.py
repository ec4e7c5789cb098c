"""The yardstick of benchmarks/read_ratio.py: a bare Flask app with one route that answers
constant JSON bytes of a given size, to be served by gunicorn with its default settings.

    gunicorn -w 2 'benchmarks.bare_flask:app'    # then GET /constant/12000
"""

from __future__ import annotations

from flask import Flask, Response

app = Flask(__name__)
_bodies: dict[int, bytes] = {}


@app.get("/constant/<int:size>")
def constant(size: int) -> Response:
    """`size` bytes of JSON (a string of x's), built once per size."""
    body = _bodies.get(size)
    if body is None:
        body = _bodies[size] = b'"' + b"x" * max(size - 2, 0) + b'"'
    return Response(body, mimetype="application/json")
