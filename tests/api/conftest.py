"""API test fixtures: a client whose every response is checked against openapi.yaml."""

from __future__ import annotations

import json
import logging

import pytest

from api.observability.logs import JsonFormatter
from api.web import representations
from tests.api.contract import Contract

# Synthetic export text (invented, in the export layout): headline, lead image, bullets,
# paragraphs, a subheading and an inline image.
ARTICLE_TEXT = """\
Village bakery wins regional prize for its rye loaf

Loaves of dark rye bread cooling on a wooden rack
The prize-winning rye loaves on the cooling rack.Sam Placeholder/Example Wire
  • The bakery has used the same starter since 1987.
  • Judges tasted 140 loaves from 38 bakeries.

A family bakery in the village of Northbrook has won the regional bread prize for its dark rye.

The judges praised the loaf's crust and its slightly sour crumb.

How the loaf is made

Each batch rests for eighteen hours before it goes into the oven.

A baker shaping dough on a floured bench
Shaping starts before dawn.Lee Example/Example Wire

The owners say they will not raise their prices after the win.
"""


@pytest.fixture(scope="session")
def contract() -> Contract:
    """The committed OpenAPI contract, loaded once."""
    return Contract()


@pytest.fixture
def client(client, contract):
    """The shared test client, checking each response against the contract as it arrives."""
    return contract.watch(client)


@pytest.fixture
def article_text() -> str:
    """A synthetic article export."""
    return ARTICLE_TEXT


@pytest.fixture
def created(client, article_text) -> dict:
    """An article stored through the API; its JSON."""
    response = client.post("/articles", data=article_text, content_type="text/plain")
    assert response.status_code == 201
    return response.get_json()


class JsonLines(logging.Handler):
    """Keeps each log record as the JSON line the server would write, formatted as it is emitted."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[dict] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(json.loads(self.format(record)))


@pytest.fixture
def json_log():
    """The JSON log lines written while the test runs (INFO and up), as dicts."""
    handler = JsonLines()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield handler.lines
    root.removeHandler(handler)
    root.setLevel(level)


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """The ids of the articles whose bytes are built from their parts, one entry per build."""
    built = []
    original = representations.article_bytes
    monkeypatch.setattr(
        representations,
        "article_bytes",
        lambda stored, kind: built.append(stored.id) or original(stored, kind),
    )
    return built
