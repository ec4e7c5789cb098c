"""Auth fixtures: clients with no key or a read key, and an app where reads need a key.

The contract and the keyed `client` come from tests/conftest.py.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from api import create_app

# Synthetic export text (invented): a headline, a paragraph and a quote.
ARTICLE_TEXT = """\
Harbour town votes to keep its night ferry

The council of Eastmere voted on Tuesday to keep the night ferry running through the winter.

"People work late shifts across the water," councillor Ida Marsh said.
"""


@pytest.fixture
def anonymous_client(anonymous_client, contract):
    """A client with no key whose every response must match the contract."""
    return contract.watch(anonymous_client)


@pytest.fixture
def reader(app, client_for, contract):
    """A client with a `read` key."""
    return contract.watch(client_for(app, "read"))


@pytest.fixture
def locked_app(settings, db):
    """An app with READ_REQUIRES_KEY=1."""
    application = create_app(replace(settings, read_requires_key=True))
    application.testing = True
    return application


@pytest.fixture
def article(client) -> dict:
    """An article stored with the write key; its JSON."""
    response = client.post("/articles", data=ARTICLE_TEXT, content_type="text/plain")
    assert response.status_code == 201
    return response.get_json()
