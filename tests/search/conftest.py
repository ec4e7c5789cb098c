"""Fixtures of the search tests: a migration runner on an empty database."""

from __future__ import annotations

import pytest
from playhouse.migrations import Runner

from api.config import Settings
from api.store.db import database, open_database


@pytest.fixture
def runner(empty_database_url):
    """A migration runner on an empty database, which the model proxy is bound to."""
    db = open_database(empty_database_url)
    database.initialize(db)
    yield Runner(db, Settings().migrations_dir)
    db.close()
    database.initialize(None)
