"""What the database commands share: the error exit, and the database bound for one command."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database

from api.store.db import database, open_database


def fail(message: str) -> int:
    """Say what went wrong on stderr and give the exit status for an unusable setup: 2."""
    print(f"error: {message}", file=sys.stderr)
    return 2


@contextmanager
def bound_database(url: str) -> Iterator[Database]:
    """The proxy bound to DATABASE_URL while a command runs; ValueError when the URL is bad."""
    db = open_database(url)
    database.initialize(db)
    try:
        yield db
    finally:
        db.close()
        database.initialize(None)
